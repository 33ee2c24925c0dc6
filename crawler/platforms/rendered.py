"""JavaScript-rendered shops: product pages rendered by Chromium through scrapy-playwright.

Browser rendering is opt-in per spider with one named settings bundle,
:data:`RENDERED_SETTINGS`, which :class:`RenderedSpider` merges into its ``custom_settings``:
scrapy-playwright's download handler for http and https, the asyncio reactor, the system
Chromium (:func:`crawler.browser.launch_options`), a navigation timeout, at most
``PLAYWRIGHT_MAX_PAGES_PER_CONTEXT`` tabs, and no pictures, fonts or media downloaded by the
browser. Only requests whose meta has ``playwright=True`` open a browser tab: robots.txt, the
sitemaps and any JSON go through Scrapy's normal downloader.

Discovery is the structured-data base's (``robots.txt`` -> sitemaps -> ``sitemap_rules``);
every page matched by a rule is rendered. What the spider declares::

    render_wait = "#app[data-rendered='true']"   # a selector that appears once the page is drawn
    render_timeout = 15_000                      # ms to wait for it; then the page is retried
    render_retries = 2                           # ... this many times, then counted and dropped
    product_fields = {"title": "h1::text", ...}  # selectors on the rendered DOM (see listing.py);
                                                 # None: the generic extractor reads the page
    render_stores = True                         # the store locator is rendered too

A page that never shows ``render_wait`` (a Playwright error) is counted as
``pricelens/rendered/timeout`` per try and ``pricelens/rendered/gave_up`` at the end; other
failures (network, HTTP status) as ``pricelens/rendered/failed``. Hooks: ``post_process_item(item, response, source)``.
"""

from __future__ import annotations

import asyncio

from playwright.async_api import Error as PlaywrightError
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.utils.defer import deferred_from_coro
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler
from scrapy_playwright.page import PageMethod

from crawler.browser import chromium_executable, launch_options
from crawler.middlewares import CrawlStopping, record_page_failure
from crawler.extraction import extract_product
from crawler.extraction.urls import join_url
from crawler.platforms.base import page_text
from crawler.platforms.listing import select_fields
from crawler.platforms.structured import StructuredDataSpider

PLAYWRIGHT_HANDLER = "crawler.platforms.rendered.DeadlinePlaywrightHandler"


class DeadlinePlaywrightHandler(ScrapyPlaywrightDownloadHandler):
    """scrapy-playwright's handler with a hard deadline on every rendered page.

    When Chromium dies with tabs open, the tabs' pending calls can wait for ever: no Playwright
    timeout fires on a browser that is gone. Each rendered download gets at most
    ``PRICELENS_RENDER_DEADLINE`` seconds (default 90); past it a ``TimeoutError`` goes to the
    spider's errback, which renders the page again (scrapy-playwright relaunches the browser).
    """

    def __init__(self, crawler, *args, **kwargs):
        super().__init__(crawler, *args, **kwargs)
        self.deadline = crawler.settings.getfloat("PRICELENS_RENDER_DEADLINE", 90.0)

    async def _download_request(self, request, spider=None):
        try:
            return await asyncio.wait_for(super()._download_request(request, spider), self.deadline)
        except asyncio.TimeoutError:
            self._crawler.stats.inc_value("pricelens/rendered/deadline")
            raise PlaywrightError(f"no rendered page within {self.deadline:g} s (did the browser die?)") from None
SKIPPED_RESOURCES = frozenset({"image", "media", "font"})


def skip_heavy_resources(request) -> bool:
    """PLAYWRIGHT_ABORT_REQUEST: the browser does not download pictures, fonts or media."""
    return request.resource_type in SKIPPED_RESOURCES


RENDERED_SETTINGS: dict = {
    "DOWNLOAD_HANDLERS": {"http": PLAYWRIGHT_HANDLER, "https": PLAYWRIGHT_HANDLER},
    "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
    "PLAYWRIGHT_BROWSER_TYPE": "chromium",
    "PLAYWRIGHT_LAUNCH_OPTIONS": launch_options(),
    "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": 30_000,
    "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 4,
    "PLAYWRIGHT_ABORT_REQUEST": skip_heavy_resources,
}


def wait_selector_problem(value: str) -> str | None:
    """What is wrong with ``-a render_wait=`` (the CSS selector the browser waits for on every page), or
    None: a selector cssselect reads, without pseudo-elements (``::text`` is parsel's, not the browser's).
    (Any text was taken: ``-a render_wait='!!!'`` made every page fail in the browser, retried, then
    dropped - a run with no offers.) The value is not repeated."""
    from cssselect import GenericTranslator

    expected = "expected a CSS selector (an element that appears once the page is drawn"
    if not value.strip():
        return f"{expected}, such as body)"
    try:
        GenericTranslator().css_to_xpath(value)
    except Exception as exc:  # noqa: BLE001 -- SelectorSyntaxError, ExpressionError, RecursionError (deep nesting)
        return f"{expected}); got one that cannot be read ({type(exc).__name__})"
    return None


class RenderedSpider(StructuredDataSpider):
    platform = "rendered"
    custom_settings = dict(RENDERED_SETTINGS)
    render_wait: str = "body"
    render_timeout: int = 15_000
    render_retries: int = 2
    # (-a render_timeout=1 timed every page out; =1000000000 waited 11 days for a page that never renders)
    ARGUMENT_RANGES = {"render_timeout": (1_000, 300_000), "render_retries": (0, 10)}
    # (a selector, not a page: at most 500 characters)
    ARGUMENT_LIMITS = {**StructuredDataSpider.ARGUMENT_LIMITS, "render_wait": 500}
    render_stores: bool = True
    product_fields: dict[str, str] | None = None

    @classmethod
    def argument_problem(cls, key: str, value):
        # (the text first, once: ``RetailerSpider.argument_problem``'s ``text_problem``; then the selector)
        problem, value = super().argument_problem(key, value)
        if problem is None and key == "render_wait" and isinstance(value, str):
            problem = wait_selector_problem(value)
        return problem, value

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # a spider's own custom_settings are added to the bundle, never replace it
        if "custom_settings" in cls.__dict__ and cls.custom_settings is not None:
            cls.custom_settings = {**RENDERED_SETTINGS, **cls.custom_settings}

    def rendered(self, request):
        """The same request, rendered by the browser and waited for."""
        meta = {
            **request.meta,
            "playwright": True,
            "playwright_page_methods": [
                PageMethod("wait_for_selector", self.render_wait, timeout=self.render_timeout),
            ],
        }
        return request.replace(meta=meta, errback=self.render_failed)

    def store_requests(self):
        for request in super().store_requests():
            yield self.rendered(request) if self.render_stores else request

    def sitemap_page_request(self, url, callback):
        # sitemaps are plain downloads; the pages they list are rendered
        return self.rendered(super().sitemap_page_request(url, callback))

    def render_failed(self, failure):
        """Errback of rendered pages: a page that did not draw in time is tried again."""
        request = failure.request
        stats = self.crawler.stats
        if failure.check(CrawlStopping):  # the crawl is closing: not downloaded, not a failed page
            return
        if failure.check(PlaywrightError) and "BrowserType.launch" in failure.getErrorMessage():
            self.browser_unavailable(request, failure)  # no page will render: not retried page by page
            return
        if not failure.check(PlaywrightError):  # network and HTTP errors: the retry middleware's job
            stats.inc_value("pricelens/rendered/failed")
            self.logger.error("%s failed: %s", request.url, failure.getErrorMessage()[:300])
            record_page_failure(getattr(self, "crawler", None), request.url, f"download failed: {failure.getErrorMessage()[:300]}")
            return
        stats.inc_value("pricelens/rendered/timeout")
        retry = get_retry_request(request, spider=self, reason="render_timeout",
                                  max_retry_times=self.render_retries)
        if retry is not None:
            self.logger.warning("%s not rendered (%s), retrying", request.url, failure.getErrorMessage()[:200])
            yield retry
        else:
            stats.inc_value("pricelens/rendered/gave_up")
            self.logger.error("%s never rendered: %s", request.url, failure.getErrorMessage()[:200])
            record_page_failure(getattr(self, "crawler", None), request.url,
                                f"never rendered after {self.render_retries} retries: {failure.getErrorMessage()[:200]}")

    def browser_unavailable(self, request, failure) -> None:
        """Chromium cannot be started (``PRICELENS_CHROMIUM`` names no Chromium, a broken install):
        one line naming the executable, and the crawl closes as ``browser_unavailable`` (a failed
        run) - it retried every page three times for minutes and ended "finished without items"."""
        stats = self.crawler.stats
        stats.inc_value("pricelens/rendered/browser_unavailable")
        if getattr(self, "_closing_for_browser", False):
            return
        self._closing_for_browser = True
        executable = chromium_executable() or "Playwright's own Chromium"
        message = failure.getErrorMessage().strip().splitlines()[0][:200] if failure.getErrorMessage().strip() else ""
        self.logger.error("%s: the browser could not be started (%s): %s; set PRICELENS_CHROMIUM to a Chromium "
                          "executable, or install Debian's chromium", self.name, executable, message)
        stats.set_value("pricelens/browser_unavailable", f"{executable}: {message}")
        record_page_failure(getattr(self, "crawler", None), request.url, f"browser could not be started ({executable})")
        deferred_from_coro(self.crawler.engine.close_spider_async(reason="browser_unavailable"))

    def parse_product(self, response):
        if self.refuse_non_html(response):
            return
        if self.product_fields is None:
            product = extract_product(page_text(response), response.url)
            if self.refuse_unread_jsonld(response, product):
                return
            for offer in self.offers_from_extracted(response, product):
                yield from self.emit(offer, response, "product")
            return
        fields = select_fields(response, self.product_fields)
        if fields.get("image_url"):
            fields["image_url"] = join_url(response.url, fields["image_url"]) or fields["image_url"]
        fields["url"] = response.url
        yield from self.emit(self.offer(response, **fields), response, "product")
