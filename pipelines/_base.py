"""What every pricelens pipeline shares: the crawler, and the kind of item in hand."""

from __future__ import annotations

from crawler.items import Offer, Store


class CrawlerPipeline:
    """Keeps the crawler (Scrapy 2.13+ passes no spider to pipeline methods)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @property
    def spider(self):
        return self.crawler.spider


def item_type(item) -> str:
    """``offer``, ``store`` or the class name in lower case."""
    if isinstance(item, Offer):
        return "offer"
    if isinstance(item, Store):
        return "store"
    return type(item).__name__.lower()
