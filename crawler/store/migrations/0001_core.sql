-- The system of record: retailers, their stores and offers, price history, crawl runs,
-- rejections and currency rates. Money is numeric; times are timestamptz (UTC).

CREATE TABLE retailers (
    id               text PRIMARY KEY,              -- the spider's name
    name             text NOT NULL,
    base_url         text,
    platform         text,                          -- shopify, woocommerce, structured, listing, rendered, ...
    country          text,
    default_currency char(3),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE crawl_runs (
    id              bigserial PRIMARY KEY,
    retailer_id     text NOT NULL REFERENCES retailers(id),
    started_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    status          text NOT NULL DEFAULT 'running'
                    CHECK (status IN ('running', 'finished', 'failed')),
    finish_reason   text,
    items_scraped   integer NOT NULL DEFAULT 0,    -- items the spider yielded
    offers_accepted integer NOT NULL DEFAULT 0,    -- offers written
    stores_accepted integer NOT NULL DEFAULT 0,
    items_rejected  integer NOT NULL DEFAULT 0,    -- dropped with a reason (see rejections)
    fields_removed  integer NOT NULL DEFAULT 0,    -- bad fields removed from kept items
    duplicates      integer NOT NULL DEFAULT 0,
    offers_new      integer NOT NULL DEFAULT 0,
    offers_changed  integer NOT NULL DEFAULT 0,    -- price, regular price or availability changed
    pages           integer NOT NULL DEFAULT 0,
    http_errors     integer NOT NULL DEFAULT 0,
    stats           jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX crawl_runs_retailer_started ON crawl_runs (retailer_id, started_at DESC);

CREATE TABLE stores (
    id            bigserial PRIMARY KEY,
    retailer_id   text NOT NULL REFERENCES retailers(id),
    ref           text NOT NULL,                   -- the retailer's own id of the branch
    name          text NOT NULL,
    address       text,
    city          text,
    latitude      double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude     double precision CHECK (longitude BETWEEN -180 AND 180),
    phone         text,
    opening_hours text,
    url           text,
    first_seen_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at  timestamptz NOT NULL DEFAULT now(),
    last_run_id   bigint REFERENCES crawl_runs(id),
    UNIQUE (retailer_id, ref)
);

CREATE TABLE products (
    id          bigserial PRIMARY KEY,
    title       text NOT NULL,
    brand       text,
    mpn         text,
    gtin        text,
    category    text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE offers (
    id               bigserial PRIMARY KEY,
    retailer_id      text NOT NULL REFERENCES retailers(id),
    offer_key        text NOT NULL,                -- retailer's sku, else the canonical URL
    url              text NOT NULL,
    retailer_sku     text,
    title            text NOT NULL,
    brand            text,
    mpn              text,
    gtin             text,
    category         text,
    image_url        text,
    price            numeric(20, 4) CHECK (price > 0),
    regular_price    numeric(20, 4) CHECK (regular_price > 0),
    currency         char(3),
    availability     text NOT NULL DEFAULT 'Unknown'
                     CHECK (availability IN ('InStock', 'OutOfStock', 'PreOrder', 'BackOrder',
                                             'Discontinued', 'Unknown')),
    condition        text,
    product_id       bigint REFERENCES products(id),
    match_method     text,
    match_confidence real,
    first_seen_at    timestamptz NOT NULL,
    last_seen_at     timestamptz NOT NULL,
    last_changed_at  timestamptz NOT NULL,
    last_run_id      bigint REFERENCES crawl_runs(id),
    UNIQUE (retailer_id, offer_key)
);
CREATE INDEX offers_product ON offers (product_id);
CREATE INDEX offers_gtin ON offers (gtin) WHERE gtin IS NOT NULL;

-- One row per offer whenever price, regular price or availability changed (and the first sighting).
CREATE TABLE price_history (
    id            bigserial PRIMARY KEY,
    offer_id      bigint NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
    run_id        bigint REFERENCES crawl_runs(id),
    observed_at   timestamptz NOT NULL,
    price         numeric(20, 4),
    regular_price numeric(20, 4),
    currency      char(3),
    availability  text NOT NULL
);
CREATE INDEX price_history_offer_time ON price_history (offer_id, observed_at);

-- Every item refused, and every field removed from a kept item, with why.
CREATE TABLE rejections (
    id          bigserial PRIMARY KEY,
    run_id      bigint REFERENCES crawl_runs(id),
    retailer_id text,
    item_type   text NOT NULL,                    -- offer, store
    url         text,
    field       text,                             -- NULL when the whole item is refused
    action      text NOT NULL CHECK (action IN ('dropped', 'field_removed')),
    reason      text NOT NULL,
    raw_value   text,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX rejections_run ON rejections (run_id);

-- Units of a currency per 1 USD, valid from a date until the next row of that currency.
CREATE TABLE currency_rates (
    currency    char(3) NOT NULL,
    valid_from  date NOT NULL,
    per_usd     numeric(20, 6) NOT NULL CHECK (per_usd > 0),
    source      text NOT NULL,
    PRIMARY KEY (currency, valid_from)
);
INSERT INTO currency_rates (currency, valid_from, per_usd, source) VALUES
    ('USD', DATE '2000-01-01', 1, 'identity'),
    ('LBP', DATE '2024-02-01', 89500, 'Banque du Liban official rate since Feb 2024'),
    ('EUR', DATE '2024-01-01', 0.92, 'approximate 2024 average'),
    ('GBP', DATE '2024-01-01', 0.79, 'approximate 2024 average');
