-- A crawl stopped on purpose (SIGTERM or Ctrl-C to the crawl, the scheduler's shutdown: Scrapy's
-- finish reason 'shutdown') is a run of its own status, 'stopped': neither finished nor failed,
-- so it raises no alert and is not retried. Runs stopped before this migration stay 'failed'.
ALTER TABLE crawl_runs DROP CONSTRAINT IF EXISTS crawl_runs_status_check;
ALTER TABLE crawl_runs ADD CONSTRAINT crawl_runs_status_check
    CHECK (status IN ('running', 'finished', 'failed', 'stopped'));
