"""A Scrapy extension for tests: the most requests ever waiting in the scheduler.

On every ``request_scheduled`` it reads the scheduler's length (requests scheduled and not yet
handed to the downloader) and keeps the maximum in the stat ``queue_probe/max_scheduled``."""

from __future__ import annotations

from scrapy import signals


class QueueProbe:
    def __init__(self, crawler):
        self.crawler = crawler
        crawler.signals.connect(self.request_scheduled, signal=signals.request_scheduled)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def request_scheduled(self, request, spider=None):
        scheduler = self.crawler.engine.scheduler
        if scheduler is not None:
            self.crawler.stats.max_value("queue_probe/max_scheduled", len(scheduler) + 1)
