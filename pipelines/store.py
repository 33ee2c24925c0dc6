"""Store: write offers and stores to PostgreSQL in batches.

Offers are COPYed into a temporary staging table and upserted in one statement per batch
(no commit per item): new offers are inserted, known ones updated, ``last_seen_at`` always
moves, and a ``price_history`` row is appended only for a new offer or when its price,
regular price, currency or availability changed. The ``crawl_runs`` row opened for the run
gets its counts, stats and finish reason when the spider closes; items still buffered then
are flushed first, never lost.
"""

from __future__ import annotations

from itemadapter import ItemAdapter
from scrapy import signals

from crawler.runs import CrawlRun
from pipelines._base import CrawlerPipeline, item_type
from pipelines.dedupe import offer_key

OFFER_COLUMNS = ("retailer_id", "offer_key", "url", "retailer_sku", "title", "brand", "mpn", "gtin",
                 "category", "image_url", "price", "regular_price", "currency", "availability",
                 "condition", "seen_at")
STORE_COLUMNS = ("retailer_id", "ref", "name", "address", "city", "latitude", "longitude", "phone",
                 "opening_hours", "url")

_STAGE = f"""
CREATE TEMPORARY TABLE IF NOT EXISTS offer_stage (
    retailer_id text, offer_key text, url text, retailer_sku text, title text, brand text, mpn text,
    gtin text, category text, image_url text, price numeric, regular_price numeric, currency text,
    availability text, condition text, seen_at timestamptz
) ON COMMIT DELETE ROWS
"""

_CHANGED = """(o.price IS DISTINCT FROM s.price OR o.regular_price IS DISTINCT FROM s.regular_price
              OR o.currency IS DISTINCT FROM s.currency OR o.availability IS DISTINCT FROM s.availability)"""

_UPSERT = f"""
WITH staged AS (
    SELECT DISTINCT ON (retailer_id, offer_key) * FROM offer_stage ORDER BY retailer_id, offer_key, seen_at DESC
), previous AS (
    SELECT s.offer_key, o.id IS NULL AS is_new, (o.id IS NULL OR {_CHANGED}) AS changed
    FROM staged s LEFT JOIN offers o ON o.retailer_id = s.retailer_id AND o.offer_key = s.offer_key
), upserted AS (
    INSERT INTO offers AS o ({", ".join(c for c in OFFER_COLUMNS if c != "seen_at")},
                             first_seen_at, last_seen_at, last_changed_at, last_run_id)
    SELECT {", ".join(c for c in OFFER_COLUMNS if c != "seen_at")}, seen_at, seen_at, seen_at, %(run_id)s
    FROM staged
    ON CONFLICT (retailer_id, offer_key) DO UPDATE SET
        url = EXCLUDED.url, retailer_sku = EXCLUDED.retailer_sku, title = EXCLUDED.title,
        brand = EXCLUDED.brand, mpn = EXCLUDED.mpn, gtin = EXCLUDED.gtin, category = EXCLUDED.category,
        image_url = EXCLUDED.image_url, price = EXCLUDED.price, regular_price = EXCLUDED.regular_price,
        currency = EXCLUDED.currency, availability = EXCLUDED.availability, condition = EXCLUDED.condition,
        last_seen_at = GREATEST(o.last_seen_at, EXCLUDED.last_seen_at), last_run_id = EXCLUDED.last_run_id,
        last_changed_at = CASE WHEN (o.price IS DISTINCT FROM EXCLUDED.price
                                     OR o.regular_price IS DISTINCT FROM EXCLUDED.regular_price
                                     OR o.currency IS DISTINCT FROM EXCLUDED.currency
                                     OR o.availability IS DISTINCT FROM EXCLUDED.availability)
                               THEN EXCLUDED.last_seen_at ELSE o.last_changed_at END
    RETURNING o.id, o.offer_key
), history AS (
    INSERT INTO price_history (offer_id, run_id, observed_at, price, regular_price, currency, availability)
    SELECT u.id, %(run_id)s, s.seen_at, s.price, s.regular_price, s.currency, s.availability
    FROM upserted u JOIN previous p USING (offer_key) JOIN staged s USING (offer_key)
    WHERE p.changed
    RETURNING 1
)
SELECT count(*) FILTER (WHERE is_new) AS new, count(*) FILTER (WHERE changed AND NOT is_new) AS changed,
       count(*) AS written, (SELECT count(*) FROM history) AS history
FROM previous
"""

_STORE_UPSERT = f"""
INSERT INTO stores AS st ({", ".join(STORE_COLUMNS)}, last_run_id)
VALUES ({", ".join("%s" for _ in STORE_COLUMNS)}, %s)
ON CONFLICT (retailer_id, ref) DO UPDATE SET
    name = EXCLUDED.name, address = EXCLUDED.address, city = EXCLUDED.city,
    latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, phone = EXCLUDED.phone,
    opening_hours = EXCLUDED.opening_hours, url = EXCLUDED.url,
    last_seen_at = now(), last_run_id = EXCLUDED.last_run_id
"""


class StorePipeline(CrawlerPipeline):
    def __init__(self, crawler):
        super().__init__(crawler)
        self.batch_size = crawler.settings.getint("PRICELENS_STORE_BATCH", 500)
        self.offers: list[tuple] = []
        self.stores: list[tuple] = []
        self.counts = {"offers_accepted": 0, "stores_accepted": 0, "offers_new": 0, "offers_changed": 0}
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @property
    def run(self) -> CrawlRun:
        return CrawlRun.of(self.crawler)

    def open_spider(self):
        self.run  # opens the crawl_runs row at the start, not at the first item
        self.run.conn.execute(_STAGE)

    def process_item(self, item):
        adapter = ItemAdapter(item)
        kind = item_type(item)
        if kind == "offer":
            self.offers.append(offer_row(adapter))
            if len(self.offers) >= self.batch_size:
                self.flush_offers()
        elif kind == "store":
            self.stores.append(tuple(adapter.get(c if c != "retailer_id" else "retailer") for c in STORE_COLUMNS))
            if len(self.stores) >= self.batch_size:
                self.flush_stores()
        return item

    def flush_offers(self) -> None:
        if not self.offers:
            return
        rows, self.offers = self.offers, []
        conn = self.run.conn
        with conn.transaction():
            with conn.cursor() as cur:
                with cur.copy(f"COPY offer_stage ({', '.join(OFFER_COLUMNS)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
                counts = cur.execute(_UPSERT, {"run_id": self.run.id}).fetchone()
        self.counts["offers_accepted"] += counts["written"]
        self.counts["offers_new"] += counts["new"]
        self.counts["offers_changed"] += counts["changed"]
        self.stats.inc_value("pricelens/offers/written", counts["written"])
        self.stats.inc_value("pricelens/price_history/written", counts["history"])

    def flush_stores(self) -> None:
        if not self.stores:
            return
        rows, self.stores = self.stores, []
        conn = self.run.conn
        with conn.transaction():
            with conn.cursor() as cur:
                cur.executemany(_STORE_UPSERT, [row + (self.run.id,) for row in rows])
        self.counts["stores_accepted"] += len(rows)
        self.stats.inc_value("pricelens/stores/written", len(rows))

    def close_spider(self):
        self.flush_offers()
        self.flush_stores()
        self.run.flush_rejections()

    def spider_closed(self, spider, reason):
        # after every pipeline has closed: the buffers are empty, the stats complete
        self.flush_offers()
        self.flush_stores()
        self.run.finish(reason, self.counts)


def offer_row(adapter: ItemAdapter) -> tuple:
    values = {
        "retailer_id": adapter.get("retailer"),
        "offer_key": offer_key(adapter),
        "seen_at": adapter.get("scraped_at"),
    }
    return tuple(values[c] if c in values else adapter.get(c) for c in OFFER_COLUMNS)
