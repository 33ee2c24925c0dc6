"""Structured-data shops: sitemap discovery, product pages read by the generic extractor.

Declare ``sitemap_urls`` (default: ``<base_url>/robots.txt``, whose ``Sitemap:`` lines lead to
the sitemaps; sitemap indexes are followed) and ``sitemap_rules`` (regex on the URL ->
callback name; default: everything is a product page). Each product page goes through
:func:`crawler.extraction.extract_product` (JSON-LD, microdata, RDFa, Open Graph, then HTML
evidence) and becomes one Offer.

The pages a sitemap lists are not all queued at once (a sitemap of 100,000 URLs made 100,000
requests, ~380 MB): their URLs wait in a plain list, and requests are made from it as the
scheduler runs low (``scheduler_empty``), at most ``PRICELENS_SITEMAP_QUEUE`` scheduled and not
yet downloaded at a time. ``sitemap_page_request(url, callback)`` builds each request (the
rendered platform renders them).

The sitemap protocol allows no index inside an index: a sitemap reached through more than
``SITEMAP_MAX_DEPTH`` (2) sitemaps - an index of indexes, one level more than the protocol
allows - is not requested, with one log line and the count ``pricelens/sitemap/too_deep``
(a shop whose index points to an ever new index, ``?n=k`` -> ``?n=k+1``, would never end).
"""

from __future__ import annotations

from collections import deque
from urllib.parse import urljoin

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.spiders import SitemapSpider

from crawler.extraction import extract_product
from crawler.fields import is_http_url
from crawler.middlewares import record_page_failure
from crawler.urlmask import shown_cut
from crawler.platforms.base import RetailerSpider, page_text


SITEMAP_MAX_DEPTH = 2  # sitemaps above a sitemap (robots.txt not counted): index -> index -> sitemap
SITEMAP_URL_MAX = 2048  # characters of a URL a sitemap lists (as MAX_URL_LENGTH of an offer)


def robots_sitemap_urls(body: bytes, base_url: str):
    """The ``Sitemap:`` URLs of a robots.txt, as Scrapy's ``sitemap_urls_from_robots`` reads them, each
    joined to ``base_url`` on its own: one that urljoin cannot read (``Sitemap: http://[::1``, "Invalid
    IPv6 URL") is given as written - refused as no http(s) address - where it raised in Scrapy's
    generator: a traceback, and every Sitemap line of the file lost (the shop's offers with them)."""
    for line in body.splitlines():
        if line.lstrip()[:8].lower() != b"sitemap:":
            continue
        try:
            url = line.partition(b":")[2].strip().decode()
        except UnicodeDecodeError:
            continue
        try:
            yield urljoin(base_url, url)
        except ValueError:
            yield url


class StructuredDataSpider(RetailerSpider, SitemapSpider):
    platform = "structured"
    sitemap_paths: tuple[str, ...] = ("/robots.txt",)
    sitemap_rules = [("", "parse_product")]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not getattr(self, "sitemap_urls", None):
            self.sitemap_urls = [self.url(path) for path in self.sitemap_paths]
        self.sitemap_pages: deque[tuple[str, object]] = deque()  # (URL, callback) not requested yet
        self.sitemap_queue = 0  # 0: no crawl to feed (a callback called directly): yield the requests

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.sitemap_queue = max(1, crawler.settings.getint("PRICELENS_SITEMAP_QUEUE", 64))
        crawler.signals.connect(spider.feed_sitemap_pages, signal=signals.scheduler_empty)
        crawler.signals.connect(spider.sitemap_pages_left, signal=signals.spider_idle)
        return spider

    async def start(self):
        for request in self.store_requests():
            yield request
        # (Scrapy's SitemapSpider.start, each URL checked: the shop spider's detection hands over the
        # robots.txt "Sitemap:" lines as written, and one "Sitemap: javascript:alert(1)" raised "Missing
        # scheme" - a traceback, no sitemap requested, no offer; a 50,000-character one was requested and
        # logged whole)
        for url in self.sitemap_urls:
            if self._requestable(url, None):
                yield scrapy.Request(url, self._parse_sitemap)

    def sitemap_page_request(self, url: str, callback) -> scrapy.Request:
        """The request of a page a sitemap lists."""
        return scrapy.Request(url, callback=callback)

    def _parse_sitemap(self, response):
        """Sitemaps (and robots.txt) lead to sitemaps, requested at once, and to pages, which
        wait for :meth:`feed_sitemap_pages`."""
        from_robots = response.url.endswith("/robots.txt")
        depth = 0 if from_robots else response.meta.get("pricelens_sitemap_depth", 0) + 1
        for request in self._sitemap_requests(response):
            if request.callback == self._parse_sitemap:
                if depth > SITEMAP_MAX_DEPTH:
                    self.crawler.stats.inc_value("pricelens/sitemap/too_deep")
                    if self.crawler.stats.get_value("pricelens/sitemap/too_deep") == 1:
                        self.logger.warning("%s: a sitemap index %d levels deep lists another sitemap (%s): not "
                                            "followed (the protocol allows no index in an index; at most %d levels)",
                                            response.url, depth, request.url[:200], SITEMAP_MAX_DEPTH)
                    continue
                request.meta["pricelens_sitemap_depth"] = depth
                yield request
            elif not self.sitemap_queue:
                yield self.sitemap_page_request(request.url, request.callback)
            else:
                self.sitemap_pages.append((request.url, request.callback))
        if self.sitemap_queue:
            self.crawler.stats.max_value("pricelens/sitemap/waiting_max", len(self.sitemap_pages))
            self.feed_sitemap_pages()

    def _sitemap_requests(self, response):
        """Scrapy's requests of a sitemap (or robots.txt), none for a URL it cannot request: Scrapy built
        them after listing every URL, and one ``<loc>javascript:...</loc>`` (or a relative one)
        raised "Missing scheme in request url" - a traceback, and every later URL of the sitemap lost."""
        if response.url.endswith("/robots.txt"):
            for url in robots_sitemap_urls(response.body, response.url):
                if self._requestable(url, response):
                    yield scrapy.Request(url, callback=self._parse_sitemap)
            return
        self._sitemap_response = response  # (for sitemap_filter: Scrapy lists the URLs before it returns)
        try:
            requests = super()._parse_sitemap(response)
        finally:
            self._sitemap_response = None
        yield from requests

    def sitemap_filter(self, entries):
        """The entries of a sitemap whose URL (and alternate URLs) can be requested; each other one is
        a failed page recorded with its reason (``pricelens/pages_failed/sitemap_url``)."""
        response = getattr(self, "_sitemap_response", None)
        for entry in entries:
            if entry.get("loc") and not self._requestable(entry["loc"], response):
                continue
            if entry.get("alternate"):
                entry["alternate"] = [url for url in entry["alternate"] if self._requestable(url, response)]
            yield entry

    def _requestable(self, url: str, response) -> bool:
        """An absolute http(s) URL of at most SITEMAP_URL_MAX characters (sitemaps.org: under 2,048; a
        longer one was requested - sitemap pages bypass Scrapy's URL length limit - and its 100,000
        characters logged with the answer)."""
        if is_http_url(url) and len(url) <= SITEMAP_URL_MAX:
            return True
        where = f" in {response.url}" if response is not None else ""
        what = (f"a URL of {len(url)} characters, more than {SITEMAP_URL_MAX}" if is_http_url(url)
                else "a URL that is not an absolute http(s) address")
        record_page_failure(self.crawler, shown_cut(url, SITEMAP_URL_MAX), f"a sitemap lists {what}{where}",
                            "sitemap_url")
        return False

    def feed_sitemap_pages(self) -> int:
        """Schedule waiting sitemap pages until PRICELENS_SITEMAP_QUEUE requests are scheduled."""
        engine = getattr(self.crawler, "engine", None)
        scheduler = engine.scheduler if engine is not None and engine.spider is not None else None
        if scheduler is None or not self.sitemap_pages:
            return 0
        fed = 0
        while self.sitemap_pages and len(scheduler) < self.sitemap_queue:
            url, callback = self.sitemap_pages.popleft()
            engine.crawl(self.sitemap_page_request(url, callback))
            fed += 1
        return fed

    def sitemap_pages_left(self, spider=None):
        """spider_idle: a crawl with sitemap pages still waiting is not over."""
        if self.feed_sitemap_pages():
            raise DontCloseSpider

    def parse_product(self, response):
        if self.refuse_non_html(response):
            return
        product = extract_product(page_text(response), response.url)
        if self.refuse_unread_jsonld(response, product):
            return
        for offer in self.offers_from_extracted(response, product):
            yield from self.emit(offer, response, "product")
