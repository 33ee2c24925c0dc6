"""Run items through the real pipelines without a reactor (for tests and benchmarks)."""

from __future__ import annotations

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

    def feed(self, *items):
        for item in items:
            try:
                for pipeline in self.pipelines:
                    item = pipeline.process_item(item)
            except DropItem as exc:
                self.dropped.append((item, str(exc)))
                self.stats.inc_value("item_dropped_count")
            else:
                self.kept.append(item)
                self.stats.inc_value("item_scraped_count")
        return self

    def close(self, reason: str = "finished"):
        store = self.pipelines[-1]
        store.close_spider()
        store.spider_closed(self.spider, reason)
        return self
