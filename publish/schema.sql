-- The snapshot: one SQLite file built for reading. Tables are denormalised for the site;
-- indexes, FTS and summaries are added by publish/export.py after the rows are in.

CREATE TABLE fx_rates (
    currency   TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    per_usd    REAL NOT NULL,
    source     TEXT,
    PRIMARY KEY (currency, valid_from)
);

CREATE TABLE retailers (
    id               TEXT PRIMARY KEY,
    name             TEXT NOT NULL,
    base_url         TEXT,
    platform         TEXT,
    country          TEXT,
    default_currency TEXT,
    offer_count      INTEGER,
    in_stock_count   INTEGER,
    store_count      INTEGER,
    last_crawl_at    TEXT,
    last_crawl_status TEXT
);

CREATE TABLE products (
    id                    INTEGER PRIMARY KEY,
    title                 TEXT NOT NULL,
    brand                 TEXT,
    mpn                   TEXT,
    gtin                  TEXT,
    category              TEXT,
    offer_count           INTEGER,
    retailer_count        INTEGER,
    in_stock_count        INTEGER,
    best_price_usd        REAL,
    best_offer_id         INTEGER,
    best_retailer         TEXT,
    best_in_stock_price_usd REAL,
    best_in_stock_offer_id INTEGER,
    best_in_stock_retailer TEXT,
    highest_price_usd     REAL,
    spread_pct            REAL,
    all_time_low_usd      REAL,
    low_30d_usd           REAL
);

CREATE TABLE offers (
    id               INTEGER PRIMARY KEY,
    product_id       INTEGER REFERENCES products(id),
    retailer_id      TEXT NOT NULL REFERENCES retailers(id),
    retailer_name    TEXT,
    title            TEXT NOT NULL,
    brand            TEXT,
    mpn              TEXT,
    gtin             TEXT,
    category         TEXT,
    url              TEXT NOT NULL,
    image_url        TEXT,
    price            REAL,
    regular_price    REAL,
    currency         TEXT,
    price_usd        REAL,
    discount_pct     REAL,
    availability     TEXT NOT NULL,
    in_stock         INTEGER NOT NULL,
    condition        TEXT,
    match_method     TEXT,
    match_confidence REAL,
    first_seen_at    TEXT,
    last_verified_at TEXT,
    last_changed_at  TEXT
);

CREATE TABLE price_history (
    id            INTEGER PRIMARY KEY,
    offer_id      INTEGER NOT NULL REFERENCES offers(id),
    product_id    INTEGER REFERENCES products(id),
    retailer_id   TEXT NOT NULL REFERENCES retailers(id),
    observed_at   TEXT NOT NULL,
    price         REAL,
    regular_price REAL,
    currency      TEXT,
    price_usd     REAL,
    availability  TEXT NOT NULL
);

CREATE TABLE stores (
    id            INTEGER PRIMARY KEY,
    retailer_id   TEXT NOT NULL REFERENCES retailers(id),
    retailer_name TEXT,
    ref           TEXT,
    name          TEXT NOT NULL,
    address       TEXT,
    city          TEXT,
    latitude      REAL,
    longitude     REAL,
    phone         TEXT,
    opening_hours TEXT,
    url           TEXT,
    last_seen_at  TEXT
);

CREATE TABLE crawl_runs (
    id              INTEGER PRIMARY KEY,
    retailer_id     TEXT NOT NULL REFERENCES retailers(id),
    started_at      TEXT NOT NULL,
    finished_at     TEXT,
    duration_s      REAL,
    status          TEXT NOT NULL,
    finish_reason   TEXT,
    items_scraped   INTEGER,
    offers_accepted INTEGER,
    stores_accepted INTEGER,
    items_rejected  INTEGER,
    fields_removed  INTEGER,
    duplicates      INTEGER,
    offers_new      INTEGER,
    offers_changed  INTEGER,
    pages           INTEGER,
    http_errors     INTEGER
);

CREATE TABLE rejections_summary (
    retailer_id     TEXT,
    run_id          INTEGER,
    item_type       TEXT,
    action          TEXT,
    field           TEXT,
    reason          TEXT,
    count           INTEGER,
    example_url     TEXT,
    example_value   TEXT
);
