"""Scrapy extensions: the crawl's run record and its health check.

:class:`CrawlRunExtension` owns the :class:`~crawler.store.runs.CrawlRun` of every crawl,
whoever started it (``scrapy crawl``, ``pricelens crawl``, the demo, the scheduler, Scrapyd):
opened at ``spider_opened``, fed through signals, finished at ``spider_closed`` and then
checked (:func:`check_health`: the alerts of :mod:`crawler.health`). It is enabled in
``crawler/settings.py`` and on while ``PRICELENS_RECORD_RUN`` is.
"""

from __future__ import annotations

import logging

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.threads import deferToThread

from crawler.middlewares import item_refused, page_failed, run_closing
from crawler.store import connect
from crawler.store.runs import CrawlRun

logger = logging.getLogger(__name__)


class CrawlRunExtension:
    """The crawl's run, from the spider's opening to its health check.

    ``spider_opened``: the run is opened by its writer thread (the store pipeline may have
    started it already), the crawl does not wait for it; the
    run counts the offers and stores written through it (:meth:`CrawlRun.write`);
    a failed page (:data:`crawler.middlewares.page_failed`, sent by
    :func:`crawler.middlewares.record_page_failure`) becomes one of the run's rejections;
    ``spider_closed``: :data:`crawler.middlewares.run_closing` lets the middlewares record what
    they still hold, the run is finished, and :func:`crawler.health.check_run` raises the alerts
    the run deserves (zero offers, a failed run, drift against the retailer's recent runs), with
    the ``[health]`` rules of the schedule file when there is one. The scheduler checks the same
    run again afterwards; an alert is recorded, logged and posted once per run and kind.
    """

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("PRICELENS_RECORD_RUN"):
            raise NotConfigured("PRICELENS_RECORD_RUN is off")
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.page_failed, signal=page_failed)
        crawler.signals.connect(extension.item_refused, signal=item_refused)
        return extension

    @property
    def run(self) -> CrawlRun | None:
        return getattr(self.crawler, "_pricelens_run", None)

    def spider_opened(self, spider):
        # never waits: the run's writer thread opens it (connect, replay the spool, the
        # crawl_runs row) while the first pages are downloaded; a database that never comes
        # closes the crawl as database_unavailable, with one line, its writes spooled
        CrawlRun.of(self.crawler)

    def page_failed(self, url: str, reason: str) -> None:
        CrawlRun.of(self.crawler).reject(item_type="page", url=url, reason=reason[:500], action="page_failed")

    def item_refused(self, url: str | None, reason: str, raw_value=None, item_type: str = "offer",
                     field: str | None = None) -> None:
        CrawlRun.of(self.crawler).reject(item_type=item_type, url=url, field=field, reason=reason[:500],
                                         raw_value=raw_value)

    async def spider_closed(self, spider, reason):
        self.crawler.signals.send_catch_log(run_closing)
        run = self.run
        if run is None:
            return None
        # Scrapy waits for this: everything queued is written (or spooled), the run finished,
        # then checked (off the reactor thread), before the crawl process ends
        await maybe_deferred_to_future(run.finish(reason))
        if run.recorded:
            await maybe_deferred_to_future(deferToThread(check_health, run.id))


def check_health(run_id: int) -> list:
    """Raise the alerts a closed run deserves; a failure is one logged line, never fatal."""
    from crawler import health

    try:
        with connect() as conn:
            return health.check_run(conn, run_id, health.schedule_rules())
    except Exception as exc:  # the crawl is over: an alert that cannot be written must not crash it
        logger.error("health check of run %s failed: %s: %s", run_id, type(exc).__name__,
                     str(exc).strip().splitlines()[0] if str(exc).strip() else "")
        return []
