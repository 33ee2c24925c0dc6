-- Pages that could not be fetched or parsed are recorded beside refused items.
ALTER TABLE rejections DROP CONSTRAINT rejections_action_check;
ALTER TABLE rejections ADD CONSTRAINT rejections_action_check
    CHECK (action IN ('dropped', 'field_removed', 'page_failed'));
ALTER TABLE crawl_runs ADD COLUMN pages_failed integer NOT NULL DEFAULT 0;
