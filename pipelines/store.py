"""Store: write offers and stores to PostgreSQL in batches, never on the crawl's thread.

Items are buffered and handed to the crawl run in batches (``PRICELENS_STORE_BATCH``, no
commit per item). The run's writer thread (:class:`crawler.store.writer.Writer`) writes them, so a
slow or absent database never stops the downloads: while ``PRICELENS_DB_QUEUE`` batches wait
for it, ``process_item`` waits for room without blocking the reactor (back-pressure the Scrapy
way: the items in progress hold their pages, and Scrapy stops scheduling downloads when too
many wait). Offers are COPYed into a staging table and upserted in one statement
(:mod:`crawler.store.writes`): new offers are inserted, known ones updated, ``last_seen_at``
always moves, and a ``price_history`` row is appended only for a new offer or when its price,
regular price, currency or availability changed, and at most one per offer and observation
time (a replayed batch or a re-run adds none). A batch the database cannot take is retried
and then spooled (:mod:`crawler.store.runs`). A batch the database refuses for what a row holds (a
CHECK, a number beyond its column, a key beyond its index's limit: SQLSTATE class 54, never
retried), or that fails for any other error that is not an outage (a
value psycopg cannot adapt, a bug), is split until the failing rows are found
(:func:`crawler.store.writes.write_isolating`): each becomes a ``rejections`` row with the
reason and the raw value (``pricelens/rejected/database_refused``), the other rows are stored.
An offer's current state is its newest observation: an older batch adds history, never
overwrites it. No batch is dropped. When the spider closes, what is still buffered is handed to
the writer and ``close_spider`` waits until every batch is written or spooled; the crawl-run
extension then finishes the run (its counts, stats and finish reason).
"""

from __future__ import annotations

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.utils.defer import maybe_deferred_to_future

from crawler.store.writes import OFFER_COLUMNS, STORE_COLUMNS
from crawler.store.runs import CrawlRun
from pipelines._base import CrawlerPipeline, item_type
from pipelines.dedupe import offer_key


class StorePipeline(CrawlerPipeline):
    def __init__(self, crawler):
        super().__init__(crawler)
        self.batch_size = crawler.settings.getint("PRICELENS_STORE_BATCH", 500)
        self.offers: list[tuple] = []
        self.stores: list[tuple] = []
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @property
    def run(self) -> CrawlRun:
        return CrawlRun.of(self.crawler)

    def open_spider(self):
        # starts the run at the start, not at the first item (its writer thread opens it)
        self.run.on_shutdown(self.flush)

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
        if self.run.room() is None:
            return item
        return self._when_room(item)  # the item is buffered already; it waits, not the reactor

    async def _when_room(self, item):
        while (room := self.run.room()) is not None:
            await _awaitable(room)
        return item

    def flush_offers(self) -> None:
        rows, self.offers = self.offers, []
        self.run.write("offers", rows)

    def flush_stores(self) -> None:
        rows, self.stores = self.stores, []
        self.run.write("stores", rows)

    def flush(self) -> None:
        self.flush_offers()
        self.flush_stores()

    async def close_spider(self):
        self.flush()
        self.run.flush_rejections()
        await _awaitable(self.run.writer.idle())

    async def spider_closed(self, spider, reason):
        # the crawl-run extension finishes the run, after the middlewares recorded their failed
        # pages; without it (PRICELENS_RECORD_RUN off) the pipeline does
        if not self.crawler.settings.getbool("PRICELENS_RECORD_RUN"):
            self.flush()
            await _awaitable(self.run.finish(reason))


def _awaitable(d):
    """A Deferred to await in a coroutine: an asyncio future under the crawl's asyncio reactor;
    the Deferred itself without a reactor (the pipeline harness drives the coroutine)."""
    try:
        return maybe_deferred_to_future(d)
    except RuntimeError:  # no reactor installed and no running loop
        return d


def offer_row(adapter: ItemAdapter) -> tuple:
    values = {"retailer_id": adapter.get("retailer"), "offer_key": offer_key(adapter), "seen_at": adapter.get("scraped_at")}
    return tuple(values[c] if c in values else adapter.get(c) for c in OFFER_COLUMNS)


def store_row(adapter: ItemAdapter) -> tuple:
    return tuple(adapter.get("retailer" if c == "retailer_id" else c) for c in STORE_COLUMNS)
