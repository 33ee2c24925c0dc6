-- The snapshot: one SQLite file built for reading. Tables are denormalised for the site and
-- filled by publish/export.py from the queries of publish/streams.py, in column order;
-- indexes and FTS are added once the rows are in (publish/export.py: INDEXES, FTS).
-- Times are ISO 8601 UTC text, money is NUMERIC (a whole amount is stored as an integer, so
-- 8250000 LBP shows as such, not as 8250000.0), flags are 0/1. Column descriptions and units
-- are in publish/metadata.yaml.

CREATE TABLE snapshot (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    published_at   TEXT NOT NULL,        -- the moment of PostgreSQL the snapshot shows
    window_start   TEXT NOT NULL,        -- published_at minus 30 days: start of the "30-day" columns
    version        TEXT,
    products       INTEGER,
    offers         INTEGER,
    price_history  INTEGER,
    retailers      INTEGER,
    stores         INTEGER
);

CREATE TABLE fx_rates (
    currency   TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_to   TEXT,
    per_usd    REAL NOT NULL,
    source     TEXT,
    PRIMARY KEY (currency, valid_from)
);

CREATE TABLE retailers (
    id                 TEXT PRIMARY KEY,
    name               TEXT NOT NULL,
    base_url           TEXT,
    platform           TEXT,
    country            TEXT,
    default_currency   TEXT,
    offer_count        INTEGER,
    in_stock_count     INTEGER,
    matched_count      INTEGER,
    store_count        INTEGER,
    last_crawl_at      TEXT,
    last_crawl_status  TEXT,
    last_crawl_reason  TEXT,
    last_crawl_offers  INTEGER,
    last_success_at    TEXT,
    runs_30d           INTEGER,
    failed_runs_30d    INTEGER,
    alerts_30d         INTEGER
);

CREATE TABLE products (
    id                      INTEGER PRIMARY KEY,
    title                   TEXT NOT NULL,
    brand                   TEXT,
    mpn                     TEXT,
    gtin                    TEXT,
    category                TEXT,
    offer_count             INTEGER NOT NULL DEFAULT 0,
    retailer_count          INTEGER NOT NULL DEFAULT 0,
    in_stock_count          INTEGER NOT NULL DEFAULT 0,
    best_price_usd          NUMERIC,
    best_offer_id           INTEGER REFERENCES offers(id),
    best_retailer           TEXT,
    best_in_stock_price_usd NUMERIC,
    best_in_stock_offer_id  INTEGER REFERENCES offers(id),
    best_in_stock_retailer  TEXT,
    highest_price_usd       NUMERIC,
    spread_pct              REAL,
    all_time_low_usd        NUMERIC,
    all_time_low_at         TEXT,
    all_time_low_offer_id   INTEGER REFERENCES offers(id),
    previous_low_usd        NUMERIC,
    low_30d_usd             NUMERIC,
    family_id               TEXT,           -- families.id (publish/families.py)
    breeder                 TEXT,           -- seeds: the breeder of its offers
    seed_type               TEXT            -- seeds: feminised, autoflowering, regular, cbd
);

-- One item in all its packs or sizes across shops (crawler/families.py): a strain of a breeder
-- of one seed type in packs of 1, 3, 5, 10 seeds; a drive line in 1 TB and 2 TB; a memory line as
-- a 2x8 GB kit and a 16 GB module. Filled after the other tables (publish/families.py).
CREATE TABLE families (
    id                    TEXT PRIMARY KEY,  -- readable slug: royal-queen-seeds-amnesia-haze-feminised
    name                  TEXT,              -- the item without its pack or size, as a shop writes it
    brand                 TEXT,              -- the breeder for seeds
    seed_type             TEXT,
    category              TEXT,
    unit                  TEXT,              -- what its prices compare per: seed, GB, g, ml, piece
    product_count         INTEGER,           -- packs / sizes (matched products)
    offer_count           INTEGER,
    retailer_count        INTEGER,
    in_stock_count        INTEGER,
    packs                 TEXT,              -- the units of each pack or size offered: "1, 3, 5, 10"
    best_unit_price_usd   REAL,              -- cheapest price per unit in stock (USD)
    best_unit_offer_id    INTEGER,
    best_unit_retailer    TEXT
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
    price            NUMERIC,
    regular_price    NUMERIC,
    currency         TEXT,
    price_usd        NUMERIC,
    discount_pct     REAL,
    availability     TEXT NOT NULL,
    in_stock         INTEGER NOT NULL,
    condition        TEXT,
    match_method     TEXT,
    match_confidence REAL,
    high_30d         NUMERIC,
    low_30d          NUMERIC,
    first_seen_at    TEXT,
    last_verified_at TEXT,
    last_changed_at  TEXT,
    pack_size        INTEGER,                      -- items in the pack (crawler/units.py)
    unit             TEXT,                         -- seed, piece, GB, g, ml
    unit_quantity    REAL,                         -- units in one item (16 for a 16 GB module)
    unit_price_usd   REAL,                         -- price_usd per unit: price / (pack_size * unit_quantity)
    shop_category    TEXT,                 -- the shop's own label; category is the canonical one
    history_days     REAL,                 -- days since first_seen_at: how much history the 30-day columns have
    -- seed offers (publish/families.py): breeder (else the brand), canonical seed type, THC / CBD as shown
    breeder          TEXT,
    seed_type        TEXT,                 -- feminised, autoflowering, regular, cbd
    thc              TEXT,
    cbd              TEXT,
    family_id        TEXT                  -- families.id: the item in all its packs / sizes (crawler/families.py)
);

CREATE TABLE price_history (
    id             INTEGER PRIMARY KEY,
    offer_id       INTEGER NOT NULL REFERENCES offers(id),
    observed_at    TEXT NOT NULL,
    price          NUMERIC,
    regular_price  NUMERIC,
    currency       TEXT,
    price_usd      NUMERIC,
    availability   TEXT NOT NULL,
    previous_price NUMERIC,
    movement       TEXT
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
    last_seen_at  TEXT,
    popup         TEXT
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
    rejected_pct    REAL,
    fields_removed  INTEGER,
    duplicates      INTEGER,
    offers_new      INTEGER,
    offers_changed  INTEGER,
    pages           INTEGER,
    http_errors     INTEGER
);

CREATE TABLE rejections_summary (
    id              INTEGER PRIMARY KEY,
    retailer_id     TEXT,
    run_id          INTEGER REFERENCES crawl_runs(id),
    item_type       TEXT,
    action          TEXT,
    field           TEXT,
    reason          TEXT,
    count           INTEGER,
    example_url     TEXT,
    example_value   TEXT,
    last_seen_at    TEXT
);

-- retailer_id is not a foreign key: an alert may name a retailer that was never registered
CREATE TABLE alerts (
    id          INTEGER PRIMARY KEY,
    retailer_id TEXT NOT NULL,
    run_id      INTEGER REFERENCES crawl_runs(id),
    kind        TEXT NOT NULL,
    message     TEXT NOT NULL,
    details     TEXT,
    created_at  TEXT NOT NULL,
    notified_at TEXT
);

-- Each product's cheapest in-stock price per UTC day, summed up over the last 30 and 90 days
CREATE TABLE price_stats (
    product_id  INTEGER NOT NULL REFERENCES products(id),
    days        INTEGER NOT NULL,          -- 30 or 90
    high_usd    NUMERIC,
    high_on     TEXT,                      -- the latest day at that high (YYYY-MM-DD, UTC)
    avg_usd     NUMERIC,
    low_usd     NUMERIC,
    low_on      TEXT,
    days_priced INTEGER,                   -- days of the window with an in-stock price
    PRIMARY KEY (product_id, days)
);
