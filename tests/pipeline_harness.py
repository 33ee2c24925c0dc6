"""Run items through the real pipelines without a reactor (for tests and benchmarks).

The crawl run's writer thread does the database work as in a crawl; without a reactor its
results are delivered here, on the test's thread: ``feed`` returns once every batch it handed
over is written or spooled, and an item that waits for room in the writer's queue waits for it.
"""

from __future__ import annotations

import inspect

from twisted.internet.defer import Deferred

from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from crawler.platforms.base import RetailerSpider
from pipelines.dedupe import DedupePipeline
from pipelines.normalize import NormalizePipeline
from pipelines.store import StorePipeline
from pipelines.validate import ValidatePipeline


class HarnessSpider(RetailerSpider):
    name = "harness"
    retailer_name = "Harness Shop"
    base_url = "https://shop.example"
    default_currency = "USD"
    decimal_separator = "."


class PipelineRun:
    """One crawl run's pipelines; ``feed`` items, then ``close``."""

    def __init__(self, spider_cls=HarnessSpider, settings: dict | None = None, **spider_kwargs):
        self.crawler = get_crawler(spider_cls, settings or {})
        self.crawler.spider = self.crawler._create_spider(**spider_kwargs)
        self.pipelines = [cls.from_crawler(self.crawler) for cls in
                          (NormalizePipeline, ValidatePipeline, DedupePipeline, StorePipeline)]
        self.kept, self.dropped = [], []
        for pipeline in self.pipelines:
            if hasattr(pipeline, "open_spider"):
                pipeline.open_spider()

    @property
    def spider(self):
        return self.crawler.spider

    @property
    def stats(self):
        return self.crawler.stats

    def settle(self) -> None:
        """Wait until the run's writer has written (or spooled) everything handed to it."""
        run = getattr(self.crawler, "_pricelens_run", None)
        if run is not None:
            run.writer.settle()

    def drive(self, value):
        """The value of what a pipeline method returned: a coroutine is run to its end, the
        writer settled whenever it waits."""
        if isinstance(value, Deferred):
            self.settle()
            results = []
            value.addBoth(results.append)
            assert results, "a Deferred still waiting after the writer settled"
            if hasattr(results[0], "raiseException"):
                results[0].raiseException()
            return results[0]
        if not inspect.iscoroutine(value):
            return value
        while True:
            try:
                value.send(None)
            except StopIteration as stop:
                return stop.value
            self.settle()

    def feed(self, *items):
        for item in items:
            try:
                for pipeline in self.pipelines:
                    item = self.drive(pipeline.process_item(item))
            except DropItem as exc:
                self.dropped.append((item, str(exc)))
                self.stats.inc_value("item_dropped_count")
            else:
                self.kept.append(item)
                self.stats.inc_value("item_scraped_count")
        self.settle()
        return self

    @property
    def run(self):
        return self.pipelines[-1].run

    def close(self, reason: str = "finished"):
        store = self.pipelines[-1]
        self.drive(store.close_spider())
        self.drive(self.run.finish(reason))  # what the crawl-run extension does at spider_closed
        self.run.writer.join(timeout=30)
        return self
