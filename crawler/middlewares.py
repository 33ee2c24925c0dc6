"""Middlewares: retries that back off per domain, and failed pages recorded with their reason.

Scrapy's RetryMiddleware re-queues a failed request at once. On 429 and 503 (and the other
retry codes and network errors) a polite crawler slows down instead: each retry raises the
download delay of the request's domain slot to ``RETRY_BACKOFF_BASE * 2**(attempt-1)``
seconds (or the server's ``Retry-After``, whichever is larger), capped by
``RETRY_BACKOFF_MAX``. A ``Retry-After`` is honoured up to ``RETRY_AFTER_MAX`` (30 s; a longer
one is counted in ``pricelens/backoff/retry_after_capped``): one busy answer must not slow a whole
shop for minutes. The next good response puts the slot back at the delay it had before the
backoff at once (AutoThrottle, when on, keeps adjusting it as well).
Each backoff is counted in the stats as ``pricelens/backoff/<status or exception>``. When the
crawl stops (SIGTERM, Ctrl-C, a close reason) nothing is retried and the requests waiting in the
downloader are dropped (``BackoffRetryMiddleware``).

robots.txt is obeyed with Scrapy's own middleware, which reads ``Allow``/``Disallow`` only;
``CrawlDelayRobotsTxtMiddleware`` replaces it and also keeps each host's download slot at
least as slow as the host's ``Crawl-delay`` (or ``Request-rate``) for our user agent: one
request at a time, without the random jitter that could shorten the wait, capped by
``ROBOTSTXT_MAX_CRAWL_DELAY`` (a longer delay is logged as capped). Counted in the stats as
``pricelens/robotstxt/crawl_delay`` (the longest delay applied).

A page that still fails after the retries (HTTP >= 400, a timeout, a refused connection),
whose redirects loop (to itself, A -> B -> A, or past REDIRECT_MAX_TIMES) or lead to a non-http(s)
URL (``file:``), whose body decompresses beyond DOWNLOAD_MAXSIZE (a gzip bomb), or whose callback
raises (invalid JSON, truncated HTML) is counted in ``pricelens/pages_failed`` and
``pricelens/pages_failed/<kind>`` and recorded in ``rejections`` (``action = 'page_failed'``)
with the reason; the crawl goes on. A shop that refuses every connection from the start ends
the crawl at once (``UnreachableSiteMiddleware``, reason ``site_unreachable``).
"""

from __future__ import annotations

from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import logging

from scrapy import signals
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.httpobj import urlparse_cached
from scrapy.exceptions import CannotResolveHostError, DownloadConnectionRefusedError
from twisted.internet.error import ConnectionRefusedError as TxConnectionRefusedError, DNSLookupError
from w3lib.url import canonicalize_url
from crawler.urlmask import hide_credentials, mask_url, shown_cut, without_credentials


logger = logging.getLogger(__name__)

# Signals between the Scrapy wiring and the crawl-run extension (crawler/extensions.py), so that
# neither the middlewares nor the platform bases import the system of record:
# run_closing: sent (no arguments) by the extension at spider_closed, before the run is closed:
# what is still to record goes in now;
# page_failed: sent (url, reason) by record_page_failure; the extension records it in the run.
run_closing = object()
page_failed = object()
# item_refused: sent (url, reason, raw_value) by record_item_refused: a product the spider could
# not read (a hostile feed entry); the extension records it in the run as a dropped offer.
item_refused = object()


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


class CrawlStopping(IgnoreRequest):
    """A request dropped because the crawl is closing (not a failed page, not an HTTP error)."""


def crawl_stopping(crawler) -> bool:
    """Is the crawl closing (SIGTERM or Ctrl-C: ``Crawler.stop``; a CloseSpider reason; the
    engine's slot closing)? Scrapy then waits for every request already in the downloader."""
    if crawler is None or not getattr(crawler, "crawling", True):
        return crawler is not None
    engine = getattr(crawler, "engine", None)
    if engine is None:
        return False
    slot = getattr(engine, "_slot", None)  # (Scrapy has no public "closing" flag)
    return not engine.running or (slot is not None and slot.closing is not None)


class BackoffRetryMiddleware(RetryMiddleware):
    """Retries with exponential backoff per domain and Retry-After (see the module docstring),
    which stop when the crawl stops: a request met while the crawl is closing is not retried
    and not backed off (:class:`CrawlStopping`, an ``IgnoreRequest``, counted in
    ``pricelens/stopping/dropped``), and the requests already waiting in the downloader's slots - behind a backoff delay of up to
    RETRY_BACKOFF_MAX each - are dropped at once (Scrapy's shutdown waits for every request
    in the downloader), so a stopped crawl closes within a second or two plus the downloads
    still in transfer (DOWNLOAD_TIMEOUT at most)."""

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX", 30.0)
        self.backed_off: dict[str, float] = {}  # slot key -> its delay before the backoff
        self._watch = None
        self._released = False

    @classmethod
    def from_crawler(cls, crawler):
        middleware = super().from_crawler(crawler)
        crawler.signals.connect(middleware._engine_started, signal=signals.engine_started)
        crawler.signals.connect(middleware._engine_stopped, signal=signals.engine_stopped)
        return middleware

    # -- the crawl stopping ------------------------------------------------------------------------
    def _engine_started(self):
        from twisted.internet.task import LoopingCall

        # Scrapy sends no signal when a shutdown begins (spider_closed comes after the wait for the
        # downloader): the engine's state is looked at four times a second
        self._watch = LoopingCall(self._check_stopping)
        self._watch.start(0.25, now=False)

    def _engine_stopped(self):
        if self._watch is not None and self._watch.running:
            self._watch.stop()

    def _check_stopping(self) -> None:
        if self._released or not crawl_stopping(self.crawler):
            return
        self._released = True
        downloader = getattr(self.crawler.engine, "downloader", None)
        dropped = 0
        for slot in list(getattr(downloader, "slots", {}).values()):
            while slot.queue:
                request, waiting = slot.queue.popleft()
                dropped += 1
                waiting.errback(CrawlStopping(f"crawl stopping: {request.url} not downloaded"))
        if dropped:
            self.crawler.stats.inc_value("pricelens/stopping/dropped", dropped)
            logger.info("crawl stopping: %d request(s) waiting in the downloader dropped", dropped)

    def _stopping(self, request) -> None:
        """IgnoreRequest when the crawl is closing: no download, no retry, no backoff."""
        if crawl_stopping(self.crawler):
            self.crawler.stats.inc_value("pricelens/stopping/dropped")
            raise CrawlStopping(f"crawl stopping: {request.url} not retried")

    def process_request(self, request, spider=None):
        self._stopping(request)

    # -- retries -------------------------------------------------------------------------------------
    def process_response(self, request, response, spider=None):
        if response.status < 400:
            self._recover(request)
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        self._stopping(request)
        self._back_off(request, str(response.status), retry_after_seconds(response.headers.get("Retry-After")))
        return super().process_response(request, response)

    def process_exception(self, request, exception, spider=None):
        if isinstance(exception, self.exceptions_to_retry) and not request.meta.get("dont_retry", False):
            self._stopping(request)
            self._back_off(request, type(exception).__name__, None)
        return super().process_exception(request, exception)

    def _recover(self, request) -> None:
        """A good answer: the slot is back at its delay from before the backoff at once."""
        key, slot = download_slot(self.crawler, request)
        if key not in self.backed_off or slot is None:
            return
        slot.delay = self.backed_off.pop(key)

    def _back_off(self, request, cause: str, retry_after: float | None) -> None:
        attempt = request.meta.get("retry_times", 0) + 1
        stats = self.crawler.stats
        if retry_after is not None and retry_after > self.retry_after_max:
            stats.inc_value("pricelens/backoff/retry_after_capped")
            stats.max_value("pricelens/backoff/retry_after_asked", retry_after)
            retry_after = self.retry_after_max
        delay = min(self.backoff_max, max(self.backoff_base * 2 ** (attempt - 1), retry_after or 0.0))
        stats.inc_value(f"pricelens/backoff/{cause}")
        stats.max_value("pricelens/backoff/max_delay", delay)
        key, slot = download_slot(self.crawler, request)
        if slot is not None and slot.delay < delay:
            self.backed_off.setdefault(key, slot.delay)  # the delay to come back to
            slot.delay = delay


class UrlCredentialsMiddleware:
    """A request whose URL carries a user and password (a shop's sitemap, robots.txt ``Sitemap:`` line,
    link or redirect naming ``http://user:pw@host/...``) is sent again without them, counted in
    ``pricelens/url_credentials_dropped``, with one warning line for the crawl (the password hidden).
    Scrapy's HTTP client refused such a URL ("invalid hostname: user:pw@host": an ERROR with a
    traceback, the page lost, a rejections row and the log naming the password); a shop's published
    password is not one to send (``-a base_url`` / ``-a url`` with one is refused before the crawl)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.warned = False

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request):
        bare = without_credentials(request.url)
        if bare == request.url:
            return None
        self.crawler.stats.inc_value("pricelens/url_credentials_dropped")
        if not self.warned:
            self.warned = True
            logger.warning("%s: a URL with a user and password, requested without them (and every other one "
                           "of this crawl: pricelens/url_credentials_dropped)", hide_credentials(request.url))
        return request.replace(url=bare)


class OneLineRobotsError(logging.Filter):
    """Scrapy's robots.txt middleware logs a robots.txt it could not download (a refused or reset
    connection, a timeout after the retries) as an ERROR with the whole traceback, and then crawls
    as if robots.txt allowed everything. That record becomes one WARNING line naming the robots.txt
    and the exception (its first line, cut): nothing failed that the crawl does not go on without."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args if isinstance(record.args, dict) else {}
        if "f_exception" not in args or not record.exc_info:
            return True
        exc, request = args["f_exception"], args.get("request")
        try:
            parts = urlparse_cached(request)
            where = mask_url(f"{parts.scheme}://{parts.netloc}/robots.txt")  # (a user's password: ***)
        except Exception:  # noqa: BLE001 -- a log line must never raise
            where = "robots.txt"
        text = " ".join(str(exc).split())
        record.msg = "%s could not be downloaded (%s); crawling as if it allowed every page"
        record.args = (where, shown_cut(f"{type(exc).__name__}: {text}" if text else type(exc).__name__, 300))
        record.exc_info = record.exc_text = None
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


class OneLineDownloadError(logging.Filter):
    """Scrapy's scraper logs a page whose download failed for good (after the retries: a connection
    closed mid-answer, a header too large for its client) as ``Error downloading <GET ...>`` with the
    whole traceback, after the retry middleware's own ``Gave up retrying <GET ...> (failed 4 times):
    ...`` line; the page is recorded in ``rejections`` (PageFailureDownloaderMiddleware). That record
    becomes one line, the exception's type and first line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.exc_info or not str(record.msg).startswith("Error downloading"):
            return True
        exc = record.exc_info[1]
        try:
            text = " ".join(str(exc).split())
            request = record.args.get("request") if isinstance(record.args, dict) else None
        except Exception:  # noqa: BLE001 -- a log line must never raise
            text, request = "", None
        record.msg = "Error downloading %s: %s"
        record.args = (request if request is not None else "a page",
                       shown_cut(f"{type(exc).__name__}: {text}" if text else type(exc).__name__, 300))
        record.exc_info = record.exc_text = None
        return True


class CrawlDelayRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, which also honours ``Crawl-delay`` and ``Request-rate``;
    a robots.txt that cannot be downloaded is one warning line (:class:`OneLineRobotsError`)."""

    def __init__(self, crawler):
        super().__init__(crawler)
        robots_logger = logging.getLogger(RobotsTxtMiddleware.__module__)
        if not any(isinstance(f, OneLineRobotsError) for f in robots_logger.filters):
            robots_logger.addFilter(OneLineRobotsError())
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
        self._keep_delay(slot, delay)

    @staticmethod
    def _keep_delay(slot, delay: float) -> None:
        if slot is not None and (slot.delay < delay or slot.jitter):
            slot.delay = max(slot.delay, delay)
            slot.jitter = 0.0

    def process_response(self, request, response, spider=None):
        """After each response from a host with a Crawl-delay, its slot's delay is raised back
        to it: AutoThrottle lowers a slot's delay on a quick 200 (a robots.txt fetched again),
        and the requests already waiting in the slot (retries of 429s) would otherwise leave
        at the lowered pace (review 14: 2.5 s apart under Crawl-delay: 5)."""
        delay = self._delays.get(urlparse_cached(request).netloc)
        if delay:
            self._keep_delay(download_slot(self.crawler, request)[1], delay)
        return response

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


def record_page_failure(crawler, url: str, reason: str, kind: str | None = None) -> None:
    """Count a page that failed for good (``pricelens/pages_failed`` and, with ``kind``,
    ``pricelens/pages_failed/<kind>``) and send :data:`page_failed`: when the crawl records its
    run (``PRICELENS_RECORD_RUN``), the crawl-run extension records it in ``rejections`` with the
    reason. Errbacks that handle their own failures call this when they give up. Without a
    crawler (a callback called directly, as in tests) there is nothing to record."""
    if crawler is None:
        return
    crawler.stats.inc_value("pricelens/pages_failed")
    if kind:
        crawler.stats.inc_value(f"pricelens/pages_failed/{kind}")
    crawler.signals.send_catch_log(page_failed, url=url, reason=reason)


def record_item_refused(crawler, url: str | None, reason: str, raw_value=None, *,
                        kind: str = "unreadable_product", item_type: str = "offer", field: str | None = None) -> None:
    """Count (``pricelens/rejected``, ``pricelens/rejected/<kind>``) and send
    :data:`item_refused` for one product a callback could not read: the crawl-run extension
    records it as a ``rejections`` row (``dropped``, with the reason and the raw product), and
    the callback goes on with the rest of its page. Without a crawler nothing is recorded."""
    if crawler is None:
        return
    crawler.stats.inc_value("pricelens/rejected")
    crawler.stats.inc_value(f"pricelens/rejected/{kind}")
    crawler.signals.send_catch_log(item_refused, url=url, reason=reason, raw_value=raw_value, item_type=item_type,
                                   field=field)


class _FailureRecorder:
    """Shared by the middlewares below: a failed page becomes a ``rejections`` row."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def record(self, url: str, reason: str, kind: str | None = None) -> None:
        record_page_failure(self.crawler, url, reason, kind)


class PageFailureDownloaderMiddleware(_FailureRecorder):
    """Sits before the retry middleware (towards the engine): sees what retries gave up on.

    It also sees every final response (redirects already followed): a 3xx that arrives here was
    not followed (its ``Location`` is not http(s), e.g. ``file:``) and is recorded. A redirect
    the duplicate filter dropped (its target was requested on its own: ``A -> B`` and ``B -> A``
    with both listed) is remembered; if by the end of the crawl its target was itself redirected
    and no chain through it ever reached a page, its source is a failed page (``redirect loop``).
    Only URLs of redirect chains are kept, not every page of the crawl."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.redirected: set[str] = set()  # URLs that redirected elsewhere
        self.reached: set[str] = set()     # URLs whose redirect chain ended in a response
        self.dropped_redirects: dict[str, list[str]] = {}  # target URL -> the URLs that redirected to it
        crawler.signals.connect(self.request_dropped, signal=signals.request_dropped)
        scraper_logger = logging.getLogger("scrapy.core.scraper")  # (its "Error downloading" traceback)
        if not any(isinstance(f, OneLineDownloadError) for f in scraper_logger.filters):
            scraper_logger.addFilter(OneLineDownloadError())
        crawler.signals.connect(self.run_closing, signal=run_closing)

    def _chain(self, request) -> list[str]:
        return [canonicalize_url(url) for url in request.meta.get("redirect_urls", ())]

    def process_response(self, request, response, spider=None):
        chain = self._chain(request)
        self.redirected.update(chain)
        if chain and not (300 <= response.status < 400 and "Location" in response.headers):
            self.reached.update(chain)
        expected = (*request.meta.get("handle_httpstatus_list", ()),
                    *getattr(self.crawler.spider, "handle_httpstatus_list", ()))
        if request.meta.get("handle_httpstatus_all") or response.status in expected:
            return response  # the callback expects this status (e.g. a platform probe's 404)
        if response.url.endswith("/robots.txt"):
            return response
        if response.status >= 400:
            self.record(response.url, f"HTTP {response.status} after retries", "http_error")
        elif 300 <= response.status < 400 and not request.meta.get("dont_redirect"):
            location = response.headers.get("Location", b"").decode("latin-1")
            if location:
                target = urljoin(response.url, location)
                why = ("is not an http(s) URL" if urlsplit(target).scheme not in ("http", "https")
                       else "was not followed")
                self.record(response.url, f"HTTP {response.status} redirect to {location[:300]!r} {why}",
                            "bad_redirect")
        return response

    def process_exception(self, request, exception, spider=None):
        self.redirected.update(self._chain(request))
        if isinstance(exception, IgnoreRequest):
            return None  # robots.txt, offsite, filters: decisions; redirects and sizes are recorded where raised
        if request.errback is not None:
            return None  # the spider handles (and may retry) this failure; it records it when it gives up
        if not request.url.endswith("/robots.txt"):
            self.record(request.url, f"download failed: {type(exception).__name__}: {exception}".rstrip(": "),
                        "download_error")
        return None

    def request_dropped(self, request, spider=None):
        """The duplicate filter dropped a request; if it was a redirect, remember where it came from."""
        chain = request.meta.get("redirect_urls")
        if chain:
            self.redirected.update(self._chain(request))
            self.dropped_redirects.setdefault(canonicalize_url(request.url), []).append(chain[0])

    def run_closing(self):
        """Before the run is closed: each dropped redirect whose target redirected and never led to a page."""
        for target, sources in self.dropped_redirects.items():
            if target not in self.redirected or target in self.reached:
                continue  # the target was a page (or failed and was recorded under its own URL)
            for source in dict.fromkeys(sources):
                self.record(source, f"redirect loop: redirected to {target}, which redirects and never "
                                    f"led to a page"[:500], "redirect_loop")
        self.dropped_redirects.clear()


class PageFailureSpiderMiddleware(_FailureRecorder):
    """A callback that raised: the page is recorded with the exception, the crawl goes on."""

    def process_spider_exception(self, response, exception, spider=None):
        if isinstance(exception, HttpError):
            return None  # already recorded by the downloader middleware
        self.record(response.url, f"parse failed: {type(exception).__name__}: {exception}", "parse_error")
        return None


class _RecordsFailures:
    """Mixed into a Scrapy middleware built by ``from_crawler``: ``self.failures`` records its
    failed pages."""

    failures: "_FailureRecorder | None" = None

    @classmethod
    def from_crawler(cls, crawler):
        middleware = super().from_crawler(crawler)
        middleware.failures = _FailureRecorder(crawler)
        return middleware


class RecordingRedirectMiddleware(_RecordsFailures, RedirectMiddleware):
    """Scrapy's redirects; a redirect back to a URL of its own chain (``A -> A``, ``A -> B -> A``)
    or a chain that reaches REDIRECT_MAX_TIMES is recorded as a failed page (Scrapy drops the
    first in its duplicate filter and the second silently). A redirect to a host outside the
    spider's ``allowed_domains`` (another site, or the same server under another name:
    localhost for 127.0.0.1) is recorded too, "redirected off the shop's site: <host>" (Scrapy's
    offsite middleware would drop it with a count only)."""

    def _redirect(self, redirected, request, *args, **kwargs):
        chain = [*request.meta.get("redirect_urls", []), request.url]
        seen = [canonicalize_url(url) for url in chain]
        target = canonicalize_url(redirected.url)
        if target in seen:
            hops = " -> ".join([*chain[seen.index(target):], redirected.url])
            self.failures.record(chain[0], f"redirect loop: {hops}"[:500], "redirect_loop")
            raise IgnoreRequest(f"redirect loop: {hops}")
        off_site = self._off_site_host(redirected)
        if off_site is not None:
            self.failures.record(chain[0], f"redirected off the shop's site: {off_site}"[:500], "offsite_redirect")
            raise IgnoreRequest(f"redirected off the shop's site: {off_site}")
        try:
            return super()._redirect(redirected, request, *args, **kwargs)
        except IgnoreRequest as exc:
            self.failures.record(chain[0], f"redirect loop: {exc} ({request.meta.get('redirect_times', 0)} hops, "
                                           f"last {request.url})"[:500], "redirect_loop")
            raise

    def _off_site_host(self, redirected) -> str | None:
        """The host a redirect leads to when the offsite middleware would drop it, else None."""
        spider = getattr(self.failures.crawler, "spider", None)
        domains = [d for d in getattr(spider, "allowed_domains", None) or () if d]
        if not domains or redirected.dont_filter or redirected.meta.get("allow_offsite"):
            return None
        if urlsplit(redirected.url).scheme not in ("http", "https"):
            return None  # file:, ... are refused (and recorded) by the redirect itself
        host = (urlparse_cached(redirected).hostname or "").lower()
        # (as Scrapy's offsite middleware: the host or a subdomain of it, whatever the port)
        if any(host == d.lower() or host.endswith("." + d.lower()) for d in domains):
            return None
        return host or redirected.url[:200]


class RecordingHttpCompressionMiddleware(_RecordsFailures, HttpCompressionMiddleware):
    """Scrapy's decompression; a body that decompresses beyond DOWNLOAD_MAXSIZE (a gzip bomb)
    is recorded as a failed page (Scrapy drops it with a warning only), and so is a body that is not
    what its ``Content-Encoding`` says (``gzip`` over plain text, a gzip cut short: Scrapy logged an
    ERROR with the whole traceback and the page was lost without a rejections row), with one warning."""

    def process_response(self, request, response, spider=None):
        try:
            return super().process_response(request, response)
        except IgnoreRequest:
            max_size = request.meta.get("download_maxsize", self._max_size)
            self.failures.record(response.url, f"body larger than DOWNLOAD_MAXSIZE ({max_size} B) once "
                                               f"decompressed ({len(response.body)} B compressed)", "too_large")
            raise
        except Exception as exc:  # noqa: BLE001 -- BadGzipFile, zlib.error, EOFError, brotli's and zstd's errors
            encoding = (response.headers.get("Content-Encoding") or b"").decode("latin-1")[:40]
            text = " ".join(str(exc).split())
            reason = shown_cut(f"body cannot be decompressed as its Content-Encoding {encoding!r} says "
                               f"({type(exc).__name__}{': ' + text if text else ''})", 300)
            logger.warning("%s: %s", response.url, reason)
            self.failures.record(response.url, reason, "undecodable")
            raise IgnoreRequest(reason) from None


class UnreachableSiteMiddleware:
    """A shop that refuses connections (or whose host name does not resolve) from its very first
    requests: one line saying so, and the crawl closes at once with the reason
    ``site_unreachable`` (a failed run), instead of retrying every page with backoff.

    Sits after the retry middleware (its ``process_exception`` runs first). Only the spider's
    own host (``base_url``) counts; once that host has answered anything, later refusals are
    ordinary failures (retried, then recorded). ``PRICELENS_UNREACHABLE_AFTER`` connection
    failures in a row (default 2: the first try and one retry) close the crawl. A spider that
    handles an unreachable shop itself sets ``close_when_unreachable = False``.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.after = max(1, crawler.settings.getint("PRICELENS_UNREACHABLE_AFTER", 2))
        self.answered: set[str] = set()
        self.failures: dict[str, int] = {}
        self.closing = False

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _site(self, request) -> str | None:
        """The request's host:port when it is the spider's own shop, else None."""
        spider = self.crawler.spider
        if spider is None or not getattr(spider, "close_when_unreachable", False):
            return None
        base = urlsplit(getattr(spider, "base_url", "") or "")
        target = urlparse_cached(request)
        if not base.hostname or (target.hostname, target.port) != (base.hostname, base.port):
            return None
        return target.netloc

    def process_response(self, request, response, spider=None):
        site = self._site(request)
        if site is not None:
            self.answered.add(site)
        return response

    def process_exception(self, request, exception, spider=None):
        site = self._site(request)
        if site is None or site in self.answered:
            return None
        if isinstance(exception, (DownloadConnectionRefusedError, TxConnectionRefusedError)):
            what = "refuses connections"
        elif isinstance(exception, (CannotResolveHostError, DNSLookupError)):
            what = "has a host name that does not resolve"
        else:
            return None
        self.failures[site] = self.failures.get(site, 0) + 1
        if self.failures[site] < self.after and not self.closing:
            return None  # one more try (the retry middleware backs off first)
        if not self.closing:
            self.closing = True
            spider = self.crawler.spider
            retailer = getattr(spider, "retailer_id", None) or spider.name
            logger.error("%s: %s %s (is the shop running? `make shops`)", retailer,
                         getattr(spider, "base_url", site), what)
            self.crawler.stats.set_value("pricelens/site_unreachable", f"{site} {what}")
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="site_unreachable"))
        raise IgnoreRequest(f"{site} {what}")
