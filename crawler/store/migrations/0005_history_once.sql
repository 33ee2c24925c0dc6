-- price_history holds one row per offer and observation time, so a replayed batch (the spool)
-- or a crawl run again for the same time (the demo run twice) is stored once: the writes
-- insert with ON CONFLICT DO NOTHING. Duplicates already stored are removed first; of rows
-- that share an offer and a time the first one written (lowest id) is kept.
DELETE FROM price_history
WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY offer_id, observed_at ORDER BY id) AS n
                             FROM price_history) numbered
             WHERE n > 1);
DROP INDEX IF EXISTS price_history_offer_time;  -- the unique constraint's index serves its look-ups
ALTER TABLE price_history ADD CONSTRAINT price_history_offer_observed UNIQUE (offer_id, observed_at);
