-- Crawl health alerts: what the scheduler noticed about a run (crawler/health.py).
-- One row per run and kind, so checking a run twice records nothing new. A run that never
-- opened a crawl_runs row (the crawl process died first) gives an alert with run_id NULL;
-- retailer_id is therefore not a foreign key: the retailer may not be registered yet.

CREATE TABLE alerts (
    id          bigserial PRIMARY KEY,
    retailer_id text NOT NULL,
    run_id      bigint REFERENCES crawl_runs(id) ON DELETE CASCADE,
    kind        text NOT NULL
                CHECK (kind IN ('run_failed', 'zero_offers', 'offer_drop', 'rejection_jump')),
    message     text NOT NULL,
    details     jsonb NOT NULL DEFAULT '{}'::jsonb,   -- observed value, baseline, threshold
    created_at  timestamptz NOT NULL DEFAULT now(),
    notified_at timestamptz,                          -- when the webhook accepted it
    UNIQUE (run_id, kind)
);
CREATE INDEX alerts_retailer_created ON alerts (retailer_id, created_at DESC);
