"""Any shop by its address: detect the platform, then crawl it with that platform's base.

    scrapy crawl shop -a url=https://some-shop.example [-a retailer=some-shop]
                      [-a currency=USD] [-a decimal_separator=,] [-a stores=/pages/stores]
                      [-a retailer_name="Some Shop"]

The crawl starts with the probes of :mod:`crawler.platforms.detect`, fetched like any page
(robots.txt, User-Agent, retries): the home page first (a shop that does not answer it is
unreachable), then robots.txt, sitemap.xml, Shopify's products.json and WooCommerce's Store
API at once. Then a spider of the detected platform (:class:`ShopifySpider`,
:class:`WooCommerceSpider` or :class:`StructuredDataSpider`) is built with this crawl's facts
and the crawl goes on with its requests: this spider delegates, it does not copy their logic.

The items belong to ``retailer_id``: ``-a retailer`` or, without it, a slug of the host name
(``www.some-shop.example`` -> ``some-shop-example``, with the port when there is one); its name
on the site is ``-a retailer_name`` or the host, with the port when there is one.
A shop that does not answer, or whose platform is not recognised, is logged in one line and
the crawl closes with the reason ``shop_unreachable`` / ``shop_unrecognised`` (a failed run);
a Shopify shop whose currency cannot be found and is not given closes with
``shop_currency_unknown``. A missing or bad ``-a url``, ``-a retailer`` or ``-a currency`` (an
ISO 4217 code, checked against babel's list of currencies) is one line on stderr and exit code 2
before the crawl opens (no retailer, no run).
"""

from __future__ import annotations

import re
import sys
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import CloseSpider

from crawler.extraction import collect, extract_product
from crawler.middlewares import record_item_refused
from crawler.platforms.base import (RetailerSpider, argument_value_problem, base_url_problem, page_text,
                                    site_path_problem)
from crawler.platforms.detect import PROBES, Detection, Probe, detect
from crawler.platforms.shopify import ShopifySpider
from crawler.platforms.structured import StructuredDataSpider
from crawler.platforms.woocommerce import WooCommerceSpider
from crawler.prices import is_iso_currency

def declares_a_product(text: str, url: str) -> bool:
    """Does the page's structured data (JSON-LD, microdata, RDFa) hold a schema.org Product?"""
    return any(record.get("_source") in ("jsonld", "microdata", "rdfa") for record in collect(text, url).records)


RETAILER_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,62}")


class ShopStructuredDataSpider(StructuredDataSpider):
    """Structured data for a shop nobody configured: every sitemap URL is tried, only products kept."""

    def parse_product(self, response):
        if self.refuse_non_html(response):
            return
        text = page_text(response)
        product = extract_product(text, response.url)
        if self.refuse_unread_jsonld(response, product):
            return
        if not product.get("name") or (product.get("price") is None and product.get("availability") is None):
            if product.get("name") and declares_a_product(text, response.url):
                # the page's structured data says it is a product: its unreadable price ("-0") is a
                # rejections row, not a page counted as no product
                record_item_refused(self.crawler, response.url, "product without a readable price or availability "
                                                               "(its structured data declares a product)")
                return
            self.crawler.stats.inc_value("pricelens/shop/not_a_product")
            return
        for offer in self.offers_from_extracted(response, product):
            yield from self.emit(offer, response, "product")


PLATFORM_SPIDERS: dict[str, type[RetailerSpider]] = {
    "shopify": ShopifySpider,
    "woocommerce": WooCommerceSpider,
    "structured": ShopStructuredDataSpider,
}


RETAILER_PROBLEM = "must be a lower-case id (letters, digits, - and _)"


def url_problem(url: str | None) -> str | None:
    """What is wrong with ``-a url`` (one line), or None: an http(s) address with a host that
    ``urlsplit`` reads (``http://[::1`` is no address, nor is a port out of range)."""
    if not url:
        return "-a url=<the shop's http(s) address> is required"
    return base_url_problem(url, "url")


def retailer_id_from_url(url: str) -> str | None:
    """``https://www.some-shop.example:8443/`` -> ``some-shop-example-8443``."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    slug = re.sub(r"[^a-z0-9]+", "-", host).strip("-")
    if slug and parts.port:
        slug = f"{slug}-{parts.port}"
    return slug or None


def retailer_name_from_url(url: str) -> str | None:
    """The shop's name shown on the site when ``-a retailer_name`` is not given: its host, with the
    port when there is one (``http://127.0.0.1:8123`` -> ``127.0.0.1:8123``), so two shops on one
    host are two names, as they are two retailer ids."""
    parts = urlsplit(url)
    host = parts.hostname
    if not host:
        return None
    if ":" in host:  # an IPv6 address is written in brackets beside its port
        host = f"[{host}]"
    return f"{host}:{parts.port}" if parts.port else host


class ShopSpider(RetailerSpider):
    name = "shop"
    platform = None          # known once the probes have answered
    country = None
    probe_retries = 1
    ARGUMENT_RANGES = {"probe_retries": (0, 10)}
    close_when_unreachable = False  # the home-page probe says so itself (shop_unreachable)

    @classmethod
    def argument_problem(cls, key: str, value):
        """As :meth:`RetailerSpider.argument_problem`, and ``-a retailer=`` / ``-a currency=`` as
        ``__init__`` refuses them (so ``schedules.toml`` refuses them when it is loaded)."""
        problem, value = super().argument_problem(key, value)  # (the text first: its control characters, length)
        if problem is not None or not isinstance(value, str):
            return problem, value
        if key == "retailer" and value.strip() and not RETAILER_ID.fullmatch(value.strip().lower()):
            return RETAILER_PROBLEM, value
        if key == "currency" and value.strip() and not is_iso_currency(value.strip().upper()):
            return "must be an ISO 4217 currency code (USD, EUR, LBP ...)", value
        if key == "stores":
            return site_path_problem(value), value
        return None, value

    @classmethod
    def missing_argument_problem(cls, arguments: dict) -> str | None:
        """``-a url=`` (or ``-a base_url=``) is required: without it there is no shop to crawl."""
        return None if arguments.get("url") or arguments.get("base_url") else url_problem(None)

    def __init__(self, url: str | None = None, retailer: str | None = None, currency: str | None = None,
                 stores: str | None = None, *args, **kwargs):
        # (these five are this method's own keywords, never in RetailerSpider's loop over the arguments:
        # `-a url=<10,000 characters>` opened a run and Scrapy logged the address whole; `-a stores=` with
        # a newline in it was the newline `-a store_locator_path=` is refused for) - each checked by the one
        # check of an argument's value, ``argument_value_problem`` (session 25, dedupe25: this method
        # repeated its address and its retailer / currency checks in other words)
        for key, value in (("url", url), ("base_url", kwargs.get("base_url")), ("retailer", retailer),
                           ("currency", currency), ("stores", stores)):
            problem = argument_value_problem(type(self), key, value) if value else None
            if problem:
                print(f"scrapy crawl shop: {problem}", file=sys.stderr)
                sys.exit(2)
        base_url = kwargs.pop("base_url", None) or url
        self.argument_error = url_problem(base_url)  # (none given: it is required)
        if self.argument_error:
            base_url = None
        super().__init__(*args, base_url=base_url, **kwargs)
        self.retailer_id = (retailer or "").strip().lower() or retailer_id_from_url(self.base_url)
        if not self.argument_error and not RETAILER_ID.fullmatch(self.retailer_id or ""):
            self.argument_error = f"-a retailer: {RETAILER_PROBLEM}"  # (an id the address gives none of)
        self.retailer_name = getattr(self, "retailer_name", None) or retailer_name_from_url(self.base_url)
        if currency:
            self.default_currency = currency.strip().upper()
        if stores:
            self.store_locator_path = stores
        if self.argument_error:  # before the crawl opens: no retailer, no run, no alert for a typo
            print(f"scrapy crawl shop: {self.argument_error}", file=sys.stderr)
            sys.exit(2)
        self.probes: dict[str, Probe] = {}
        self.detection: Detection | None = None
        self.platform_spider: RetailerSpider | None = None

    # -- probing ---------------------------------------------------------------------------------
    def probe(self, probe: str) -> scrapy.Request:
        return scrapy.Request(
            self.url(PROBES[probe]), callback=self.probe_answered, errback=self.probe_failed,
            cb_kwargs={"probe": probe}, dont_filter=True, priority=100,
            meta={"handle_httpstatus_all": True, "max_retry_times": self.probe_retries},
        )

    async def start(self):
        yield self.probe("home")  # first: a shop that does not answer is not asked four more times

    async def probe_answered(self, response, probe: str):
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        self.probes[probe] = Probe(response.url, response.status, response.body, content_type)
        async for output in self.probed(probe):
            yield output

    async def probe_failed(self, failure):
        request = failure.request
        probe = request.cb_kwargs["probe"]
        self.probes[probe] = Probe(request.url, error=failure.getErrorMessage()[:300])
        async for output in self.probed(probe):
            yield output

    async def probed(self, probe: str):
        """After the home page: the other probes; after the last one: decide and start the crawl."""
        if probe == "home" and self.probes["home"].status is not None:
            for other in PROBES:
                if other != "home":
                    yield self.probe(other)
            return
        if probe != "home" and len(self.probes) < len(PROBES):
            return
        if self.detection is not None:
            return
        self.detection = detection = detect(self.probes, self.base_url)
        evidence = f" ({'; '.join(detection.evidence)})" if detection.evidence else ""
        if detection.platform is None:
            reason = "shop_unreachable" if not detection.reachable else "shop_unrecognised"
            self.logger.error("shop %s: %s%s — nothing to crawl", self.base_url, detection.reason, evidence)
            self.crawler.stats.set_value(f"pricelens/{reason}", f"shop {self.base_url}: {detection.reason}")
            raise CloseSpider(reason)
        self.logger.info("shop %s is %s: %s%s", self.base_url, detection.platform, detection.reason, evidence)
        self.default_currency = self.default_currency or detection.currency
        if detection.platform == "shopify" and not self.default_currency and detection.sample_product:
            # Shopify's JSON has no currency: a product page says it
            yield scrapy.Request(self.url(f"/products/{detection.sample_product}"), callback=self.currency_found,
                                 errback=self.currency_found, dont_filter=True, priority=100)
            return
        async for output in self.start_platform():
            yield output

    async def currency_found(self, response_or_failure):
        if isinstance(response_or_failure, scrapy.http.TextResponse):
            product = extract_product(page_text(response_or_failure), response_or_failure.url)
            self.default_currency = product.get("currency")
        if not self.default_currency:
            why = f"shop {self.base_url}: Shopify does not say its currency; pass -a currency=<ISO code>"
            self.logger.error("%s", why)
            self.crawler.stats.set_value("pricelens/shop_currency_unknown", why)  # (the run's failure line)
            raise CloseSpider("shop_currency_unknown")
        async for output in self.start_platform():
            yield output

    # -- delegation ------------------------------------------------------------------------------
    def build_platform_spider(self, detection: Detection) -> RetailerSpider:
        """A spider of the detected platform, carrying this crawl's retailer facts."""
        base = PLATFORM_SPIDERS[detection.platform]
        facts = {
            "name": self.name,
            "retailer_name": self.retailer_name,
            "platform": detection.platform,
            "country": self.country,
            "default_currency": self.default_currency,
            "decimal_separator": self.decimal_separator,
            "store_locator_path": self.store_locator_path,
        }
        if detection.platform == "structured":
            facts["sitemap_urls"] = list(detection.sitemap_urls)
        if detection.platform == "woocommerce":
            # each variation (a seed pack, a size) has its own price and stock: one offer each, as
            # Shopify's variants are; without this a variable product is one offer at its lowest price
            facts["crawl_variations"] = True
        facts["retailer_id"] = self.retailer_id  # a fact of the class: -a may not set it (RetailerSpider)
        cls = type(f"Shop{base.__name__}", (base,), facts)
        return cls.from_crawler(self.crawler, base_url=self.base_url)

    async def start_platform(self):
        self.platform = self.detection.platform
        self.platform_spider = self.build_platform_spider(self.detection)
        self.crawler.stats.set_value("pricelens/shop/platform", self.platform)
        async for request in self.platform_spider.start():
            yield request
