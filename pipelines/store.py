"""Store: write offers and stores to PostgreSQL in batches.

Items are buffered and handed to the crawl run in batches (``PRICELENS_STORE_BATCH``, no
commit per item). Offers are COPYed into a staging table and upserted in one statement
(:mod:`crawler.db.writes`): new offers are inserted, known ones updated, ``last_seen_at``
always moves, and a ``price_history`` row is appended only for a new offer or when its price,
regular price, currency or availability changed, and at most one per offer and observation
time (a replayed batch or a re-run adds none). A batch the database cannot take is retried
and then spooled (:mod:`crawler.runs`). A batch the database refuses for what a row holds (a
CHECK, a number beyond its column) is split until the refused rows are found
(:func:`crawler.db.writes.write_isolating`): each becomes a ``rejections`` row with the
database's reason and the raw value (``pricelens/rejected/database_refused``), the other rows
are stored. No batch is dropped. When the spider closes, what is still buffered is
flushed, never lost, and the ``crawl_runs`` row gets its counts, stats and finish reason.
"""

from __future__ import annotations

from itemadapter import ItemAdapter
from scrapy import signals

from crawler.db.writes import OFFER_COLUMNS, STORE_COLUMNS, refusal, write_isolating
from crawler.runs import CrawlRun
from pipelines._base import CrawlerPipeline, item_type
from pipelines.dedupe import offer_key


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

    def process_item(self, item):
        adapter = ItemAdapter(item)
        kind = item_type(item)
        if kind == "offer":
            self.offers.append(offer_row(adapter))
            if len(self.offers) >= self.batch_size:
                self.flush_offers()
        elif kind == "store":
            self.stores.append(store_row(adapter))
            if len(self.stores) >= self.batch_size:
                self.flush_stores()
        return item

    def flush_offers(self) -> None:
        rows, self.offers = self.offers, []
        if not rows:
            return
        results, stored = self.write("offers", rows)
        self.counts["offers_accepted"] += stored
        for result in results:
            if result is not None:
                self.counts["offers_new"] += result["new"]
                self.counts["offers_changed"] += result["changed"]
                self.stats.inc_value("pricelens/offers/written", result["written"])
                self.stats.inc_value("pricelens/price_history/written", result["history"])

    def flush_stores(self) -> None:
        rows, self.stores = self.stores, []
        if not rows:
            return
        results, stored = self.write("stores", rows)
        self.counts["stores_accepted"] += stored
        for result in results:
            if result is not None:
                self.stats.inc_value("pricelens/stores/written", result["written"])

    def write(self, kind: str, rows: list[tuple]) -> tuple[list[dict | None], int]:
        """Write a batch through the run (retried, else spooled); rows the database refuses are
        isolated and recorded as rejections. Returns the writes' results (None: spooled) and
        how many rows were stored or spooled."""
        results, refused = write_isolating(lambda part: self.run.write(kind, part), rows)
        for row, error in refused:
            found = refusal(kind, row, error)
            self.stats.inc_value("pricelens/rejected")
            self.stats.inc_value("pricelens/rejected/database_refused")
            self.run.reject(item_type=found["item_type"], url=found["url"], field=found["field"],
                            reason=found["reason"], raw_value=found["raw_value"], action="dropped")
        return results, len(rows) - len(refused)

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
    values = {"retailer_id": adapter.get("retailer"), "offer_key": offer_key(adapter), "seen_at": adapter.get("scraped_at")}
    return tuple(values[c] if c in values else adapter.get(c) for c in OFFER_COLUMNS)


def store_row(adapter: ItemAdapter) -> tuple:
    return tuple(adapter.get("retailer" if c == "retailer_id" else c) for c in STORE_COLUMNS)
