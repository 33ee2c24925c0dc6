"""Middlewares: retries that back off per domain, and failed pages recorded with their reason.

Scrapy's RetryMiddleware re-queues a failed request at once. On 429 and 503 (and the other
retry codes and network errors) a polite crawler slows down instead: each retry raises the
download delay of the request's domain slot to ``RETRY_BACKOFF_BASE * 2**(attempt-1)``
seconds (or the server's ``Retry-After``, whichever is larger), capped by
``RETRY_BACKOFF_MAX``. Each good response afterwards halves the raised delay again, down to
the configured ``DOWNLOAD_DELAY`` (AutoThrottle, when on, keeps adjusting it as well).
Each backoff is counted in the stats as ``pricelens/backoff/<status or exception>``.

robots.txt is obeyed with Scrapy's own middleware, which reads ``Allow``/``Disallow`` only;
``CrawlDelayRobotsTxtMiddleware`` replaces it and also keeps each host's download slot at
least as slow as the host's ``Crawl-delay`` (or ``Request-rate``) for our user agent: one
request at a time, without the random jitter that could shorten the wait, capped by
``ROBOTSTXT_MAX_CRAWL_DELAY`` (a longer delay is logged as capped). Counted in the stats as
``pricelens/robotstxt/crawl_delay`` (the longest delay applied).

A page that still fails after the retries (HTTP >= 400, a timeout, a refused connection) or
whose callback raises (invalid JSON, truncated HTML) is counted in ``pricelens/pages_failed``
and recorded in ``rejections`` (``action = 'page_failed'``) with the reason; the crawl goes on.
"""

from __future__ import annotations

from email.utils import parsedate_to_datetime
from datetime import datetime, timezone

import logging

from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.httpobj import urlparse_cached


logger = logging.getLogger(__name__)


def download_slot(crawler, request, *, create: bool = False):
    """(key, Scrapy downloader slot) of the request's host, as the downloader picks it. The slot
    is None before the host's first request, unless ``create``; both are None without a crawl."""
    downloader = getattr(getattr(crawler, "engine", None), "downloader", None)
    if downloader is None:
        return None, None
    if create:
        return downloader._get_slot(request, None)  # (no public way to make a slot)
    key = downloader.get_slot_key(request)
    return key, downloader.slots.get(key)


def retry_after_seconds(value: bytes | str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), None if absent/bad."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)
        self.backed_off: dict[str, float] = {}  # slot key -> its delay before the backoff

    def process_response(self, request, response, spider=None):
        if response.status < 400:
            self._recover(request)
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        self._back_off(request, str(response.status), retry_after_seconds(response.headers.get("Retry-After")))
        return super().process_response(request, response)

    def process_exception(self, request, exception, spider=None):
        if isinstance(exception, self.exceptions_to_retry) and not request.meta.get("dont_retry", False):
            self._back_off(request, type(exception).__name__, None)
        return super().process_exception(request, exception)

    def _recover(self, request) -> None:
        key, slot = download_slot(self.crawler, request)
        if key not in self.backed_off or slot is None:
            return
        base = self.backed_off[key]
        slot.delay = max(base, slot.delay / 2)
        if slot.delay <= base:
            del self.backed_off[key]

    def _back_off(self, request, cause: str, retry_after: float | None) -> None:
        attempt = request.meta.get("retry_times", 0) + 1
        delay = min(self.backoff_max, max(self.backoff_base * 2 ** (attempt - 1), retry_after or 0.0))
        stats = self.crawler.stats
        stats.inc_value(f"pricelens/backoff/{cause}")
        stats.max_value("pricelens/backoff/max_delay", delay)
        key, slot = download_slot(self.crawler, request)
        if slot is not None and slot.delay < delay:
            self.backed_off.setdefault(key, slot.delay)  # the delay to come back to
            slot.delay = delay


class CrawlDelayRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, which also honours ``Crawl-delay`` and ``Request-rate``."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.max_crawl_delay = crawler.settings.getfloat("ROBOTSTXT_MAX_CRAWL_DELAY", 60.0)
        self._delays: dict[str, float | None] = {}  # netloc -> seconds between requests, as robots.txt asks

    def process_request_2(self, rp, request) -> None:
        super().process_request_2(rp, request)  # IgnoreRequest when robots.txt forbids the URL
        if rp is None:
            return
        netloc = urlparse_cached(request).netloc  # robots.txt is per netloc (Scrapy's key too)
        if netloc not in self._delays:
            self._delays[netloc] = self._robots_delay(rp, request, netloc)
        delay = self._delays[netloc]
        if not delay:
            return
        _, slot = download_slot(self.crawler, request, create=True)
        if slot is not None and (slot.delay < delay or slot.jitter):
            slot.delay = max(slot.delay, delay)
            slot.jitter = 0.0

    def _robots_delay(self, rp, request, host: str) -> float | None:
        """Seconds to wait between two requests to the host, from its robots.txt (None: no rule)."""
        useragent = self._robotstxt_useragent or request.headers.get(b"User-Agent", self._default_useragent)
        delay = None
        try:
            delay = rp.crawl_delay(useragent)
            rate = getattr(getattr(rp, "rp", None), "request_rate", None)
            rate = rate(useragent if isinstance(useragent, str) else useragent.decode("latin-1")) if rate else None
            if rate and rate.requests:
                delay = max(delay or 0.0, rate.seconds / rate.requests)
        except (AttributeError, NotImplementedError, TypeError, ValueError):
            pass
        if not delay or delay <= 0:
            return None
        if delay > self.max_crawl_delay:
            logger.warning("robots.txt of %s asks for %g s between requests; waiting %g s "
                           "(ROBOTSTXT_MAX_CRAWL_DELAY)", host, delay, self.max_crawl_delay)
            delay = self.max_crawl_delay
        else:
            logger.info("robots.txt of %s: %g s between requests", host, delay)
        self.crawler.stats.max_value("pricelens/robotstxt/crawl_delay", delay)
        return float(delay)


def _records_to_database(crawler) -> bool:
    pipelines = crawler.settings.getdict("ITEM_PIPELINES")
    return any(str(path).endswith("StorePipeline") for path in pipelines)


def record_page_failure(crawler, url: str, reason: str) -> None:
    """Count a page that failed for good and, when the crawl stores to the database, record it in
    ``rejections`` with the reason. Errbacks that handle their own failures call this when they
    give up. Without a crawler (a callback called directly, as in tests) there is nothing to record."""
    if crawler is None:
        return
    crawler.stats.inc_value("pricelens/pages_failed")
    if _records_to_database(crawler):
        from crawler.runs import CrawlRun

        CrawlRun.of(crawler).reject(item_type="page", url=url, reason=reason[:500], action="page_failed")


class _FailureRecorder:
    """Shared by the middlewares below: a failed page becomes a ``rejections`` row."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def record(self, url: str, reason: str) -> None:
        record_page_failure(self.crawler, url, reason)


class PageFailureDownloaderMiddleware(_FailureRecorder):
    """Sits before the retry middleware (towards the engine): sees what retries gave up on."""

    def process_response(self, request, response, spider=None):
        if request.meta.get("handle_httpstatus_all") or response.status in request.meta.get("handle_httpstatus_list", ()):
            return response  # the callback expects this status (e.g. a platform probe's 404)
        if response.status >= 400 and not response.url.endswith("/robots.txt"):
            self.record(response.url, f"HTTP {response.status} after retries")
        return response

    def process_exception(self, request, exception, spider=None):
        if isinstance(exception, IgnoreRequest) and "redirect" not in str(exception):
            return None  # robots.txt, offsite, filters: decisions, not failures
        if request.errback is not None:
            return None  # the spider handles (and may retry) this failure; it records it when it gives up
        if not request.url.endswith("/robots.txt"):
            self.record(request.url, f"download failed: {type(exception).__name__}: {exception}".rstrip(": "))
        return None


class PageFailureSpiderMiddleware(_FailureRecorder):
    """A callback that raised: the page is recorded with the exception, the crawl goes on."""

    def process_spider_exception(self, response, exception, spider=None):
        if isinstance(exception, HttpError):
            return None  # already recorded by the downloader middleware
        self.record(response.url, f"parse failed: {type(exception).__name__}: {exception}")
        return None


class RecordingRedirectMiddleware(RedirectMiddleware):
    """Scrapy's redirects; a request that reaches REDIRECT_MAX_TIMES is recorded as failed
    (Scrapy drops it silently)."""

    def __init__(self, settings):
        super().__init__(settings)
        self.failures = None

    @classmethod
    def from_crawler(cls, crawler):
        middleware = super().from_crawler(crawler)
        middleware.failures = _FailureRecorder(crawler)
        return middleware

    def _redirect(self, redirected, request, *args, **kwargs):
        try:
            return super()._redirect(redirected, request, *args, **kwargs)
        except IgnoreRequest as exc:
            self.failures.record(request.url, f"redirect loop: {exc} ({request.meta.get('redirect_times', 0)} hops)")
            raise
