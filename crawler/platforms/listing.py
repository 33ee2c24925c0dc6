"""Listing-page shops: category pages of product tiles, read with selectors declared on the spider.

What the spider declares (a selector is CSS unless it starts with ``/``, ``./`` or ``(``:
then it is XPath; ``::text`` / ``::attr(x)`` / ``text()`` / ``@x`` pick what is read; the
text of every match is joined with spaces)::

    start_paths = ("/",)                         # where the crawl starts
    category_links = "ul.categories a::attr(href)"  # links from a start page to listing pages;
                                                 # None: the start paths are listing pages
    tile = "li.product-tile"                     # one product on a listing page
    tile_fields = {                              # Offer field -> selector inside the tile
        "title": "h3.product-title::text", "url": "a::attr(href)",
        "price": ".price::text", "regular_price": ".was-price::text",
        "availability": ".stock-badge::text", "retailer_sku": "::attr(data-sku)",
        "mpn": "::attr(data-mpn)", "image_url": "img::attr(src)",
    }
    page_fields = {"category": "h1::text"}       # read once per listing page, given to its tiles
    next_page = "a.next::attr(href)"             # pagination; a page without tiles ends it
    product_fields = {...}                       # optional: follow each tile's url and read
                                                 # these on the product page (they win over the
                                                 # tile's values when present; a product page
                                                 # that fails leaves the tile's offer)

Stores come from ``store_locator_path``: with ``store_row`` (one element per branch) and
``store_fields`` (Store field -> selector inside the row, e.g. ``"latitude":
"::attr(data-lat)"``), else from JSON-LD with the base's ``parse_stores``.

Relative ``url`` and ``image_url`` values are made absolute. Hooks:
``post_process_item(item, response, source)`` with ``source`` "tile" or "product".
"""

from __future__ import annotations

import scrapy

from crawler.extraction.urls import join_url
from crawler.items import Store
from crawler.middlewares import CrawlStopping, record_page_failure
from crawler.platforms.base import RetailerSpider

URL_FIELDS = ("url", "image_url")


def select(node, query: str):
    """CSS or XPath (a query starting with ``/``, ``./`` or ``(``) under ``node``."""
    query = query.strip()
    if query.startswith(("/", "./", "(")):
        return node.xpath(query)
    return node.css(query)


def select_text(node, query: str | None) -> str | None:
    """The text of every match of ``query`` joined with spaces; None when nothing matches."""
    if not query:
        return None
    parts = [part.strip() for part in select(node, query).getall()]
    text = " ".join(part for part in parts if part)
    return text or None


def select_fields(node, fields: dict[str, str] | None) -> dict:
    """Field -> text for every declared selector that matches (missing ones are left out)."""
    values = {}
    for name, query in (fields or {}).items():
        value = select_text(node, query)
        if value is not None:
            values[name] = value
    return values


def selector_problem(query: str) -> str | None:
    """What is wrong with a selector given as an argument (``-a tile=``), or None: CSS, or XPath when it
    starts with ``/``, ``./`` or ``(``, that parsel can read. (``-a tile=!!!`` failed every listing page
    with a traceback, the run "finished" without offers, exit 0.) The selector is not repeated."""
    from parsel import Selector

    try:
        select(Selector(text="<html><body></body></html>"), query)
    except Exception as exc:  # noqa: BLE001 -- cssselect's SelectorSyntaxError, lxml's XPathError ...
        kind = "an XPath" if query.strip().startswith(("/", "./", "(")) else "a CSS selector"
        return f"expected a CSS selector, or an XPath starting with /, ./ or (; got {kind} that cannot be " \
               f"read ({type(exc).__name__})"
    return None


class ListingSpider(RetailerSpider):
    platform = "listing"
    # the arguments that are selectors: checked before the crawl (an empty one is none, but for tile)
    SELECTOR_ARGUMENTS = ("category_links", "tile", "next_page", "store_row")

    @classmethod
    def argument_problem(cls, key: str, value):
        # (the text first, once: ``RetailerSpider.argument_problem``'s ``text_problem``; then the selector)
        problem, value = super().argument_problem(key, value)
        if problem is not None or key not in cls.SELECTOR_ARGUMENTS or not isinstance(value, str):
            return problem, value
        if not value.strip():
            return ("expected a selector (CSS, or XPath starting with /)", value) if key == "tile" else (None, None)
        return selector_problem(value), value

    start_paths: tuple[str, ...] = ("/",)
    category_links: str | None = None
    tile: str = ""
    tile_fields: dict[str, str] = {}
    page_fields: dict[str, str] = {}
    next_page: str | None = None
    product_fields: dict[str, str] | None = None
    store_row: str | None = None
    store_fields: dict[str, str] = {}

    async def start(self):
        for request in self.store_requests():
            yield request
        callback = self.parse_start if self.category_links else self.parse_listing
        for path in self.start_paths:
            yield scrapy.Request(self.url(path), callback=callback)

    def parse_start(self, response):
        """A start page: follow its category links to listing pages."""
        for href in select(response, self.category_links).getall():
            url = self.link(response, href)
            if url:
                yield scrapy.Request(url, callback=self.parse_listing)

    def parse_listing(self, response):
        """A listing page: one offer (or product-page request) per tile, then the next page."""
        tiles = select(response, self.tile)
        if not tiles:
            return
        shared = select_fields(response, self.page_fields)
        for tile in tiles:
            fields = {**shared, **select_fields(tile, self.tile_fields)}
            for name in URL_FIELDS:
                if fields.get(name):  # one urllib cannot read is kept as it came: validate refuses it
                    fields[name] = join_url(response.url, fields[name]) or fields[name]
            if self.product_fields and fields.get("url") and join_url(response.url, fields["url"]):
                yield scrapy.Request(fields["url"], callback=self.parse_product, errback=self.product_page_failed,
                                     cb_kwargs={"tile": fields})
            else:
                yield from self.emit(self.offer(response, **fields), response, "tile")
        if self.next_page:
            url = self.link(response, select_text(response, self.next_page))
            if url:
                yield scrapy.Request(url, callback=self.parse_listing)

    def parse_product(self, response, tile: dict | None = None):
        """A product page reached from a tile: its declared fields win over the tile's."""
        fields = dict(tile or {})
        found = select_fields(response, self.product_fields)
        if found.get("image_url"):
            found["image_url"] = join_url(response.url, found["image_url"]) or found["image_url"]
        fields.update(found)
        fields["url"] = response.url
        yield from self.emit(self.offer(response, **fields), response, "product")

    def link(self, response, href: str | None) -> str | None:
        """The absolute URL of a link to follow, or None: none, or one urllib cannot read
        ("http://[::1", counted as ``pricelens/page/unreadable_link``; the page's other links are followed)."""
        if not href or not href.strip():
            return None
        url = join_url(response.url, href.strip())
        if url is None:
            self.count("unreadable_link", response)
        return url

    def product_page_failed(self, failure):
        """A product page that could not be had: recorded (not when the crawl is closing and
        dropped it unsent), and the offer is made from its tile alone."""
        if not failure.check(CrawlStopping):
            record_page_failure(getattr(self, "crawler", None), failure.request.url,
                                "product page failed (offer kept from its listing tile): "
                                f"{failure.getErrorMessage()[:300]}")
        tile = failure.request.cb_kwargs.get("tile")
        if tile:
            yield from self.emit(self.offer(None, **tile), None, "tile")

    def parse_stores(self, response):
        """Stores from declared rows (``store_row`` + ``store_fields``), else JSON-LD."""
        if not self.store_row:
            yield from super().parse_stores(response)
            return
        for row in select(response, self.store_row):
            fields = select_fields(row, self.store_fields)
            fields.setdefault("ref", fields.get("name"))
            fields["url"] = (join_url(response.url, fields["url"]) if fields.get("url") else None) or response.url
            store = Store(retailer=self.retailer_id, **{k: v for k, v in fields.items() if k in Store.fields})
            yield from self.emit(store, response, "stores")
