-- The spool lines already replayed: a line's writes and its row here are one transaction, so a
-- spool file replayed again (a crash after its writes, before the file was deleted) writes
-- nothing twice (rejections, a run's counts). run_id: the run a spooled "open" line created.
CREATE TABLE spool_replayed (
    file        text NOT NULL,
    line        integer NOT NULL,
    run_id      bigint REFERENCES crawl_runs(id) ON DELETE CASCADE,
    replayed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (file, line)
);
