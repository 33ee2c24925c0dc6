"""Shopify shops: the storefront's public ``/products.json``, one Offer per variant.

Crawls ``<base_url>/products.json?limit=250&page=N`` from page 1 until a page has no
products (or is not a product feed twice in a row: a bad page is
counted as ``pricelens/page/invalid_json``, recorded as a failed page, and skipped). Each variant of each product becomes one
Offer:

==================  ================================================================
Offer field         from
==================  ================================================================
``retailer_sku``    the variant's ``sku``, else its ``id``
``title``           product ``title`` + " - " + variant ``title`` (unless "Default Title")
``url``             ``/products/<handle>?variant=<id>`` (``/products/<handle>`` when the
                    product has one variant)
``price``           variant ``price`` (Shopify's JSON always uses "." for decimals)
``regular_price``   variant ``compare_at_price`` when above the price
``availability``    variant ``available``: InStock / OutOfStock; PreOrder when a
                    one-variant product carries a tag of ``preorder_tags``
``gtin``            variant ``barcode``
``brand``           product ``vendor``
``category``        ``product_type``, else the first tag that is not the vendor or a
                    marketing word (``ignored_tags``)
``image_url``       the variant's own picture, else the product's first image
``thc``, ``cbd``    a tag "THC 22%" / "CBD: <1%" (a seed bank's strain figures)
``breeder``         a tag "Breeder: <name>" (the vendor is the brand)
==================  ================================================================

The currency is not in Shopify's JSON: declare ``default_currency``. The store locator is the
base's JSON-LD ``parse_stores`` on ``store_locator_path``.

Hooks: ``post_process_item(item, response, source)`` with ``source = (product, variant)``.

::

    class CedarshopSpider(ShopifySpider):
        name = "cedarshop"
        retailer_name = "Cedar Shop"
        base_url = "http://127.0.0.1:8102"
        default_currency = "USD"
        decimal_separator = "."
        store_locator_path = "/pages/stores"
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Iterator

import scrapy

from crawler.platforms.base import InvalidPage, RetailerSpider
from crawler.prices import parse_price

DEFAULT_VARIANT_TITLE = "Default Title"


def _decimal(value, field: str = "price") -> Decimal | str | None:
    """A variant's price: Shopify writes a bare number ("19.99"); a shop's text such as
    "1,234.56" or "$12.50" is read by the project's price parser (Shopify's JSON always uses "."
    for decimals); what neither reads ("NaN", "ask us") is kept as text, for normalize and
    validate to refuse with the raw value. A value that is no text or number (an object, a
    list, true) raises ValueError: the product is refused with that reason."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float, Decimal)):
        raise ValueError(f"{field} is a JSON {type(value).__name__}, not an amount")
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        amount = None
    if amount is not None and amount.is_finite():
        return amount
    parsed = parse_price(str(value), decimal_separator=".")
    if parsed.amount is not None and parsed.amount.is_finite():
        return parsed.amount
    return str(value)


def _text(value) -> str | None:
    """A JSON value that should be text: text as it is, a number as its digits, else None."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _tags(product: dict) -> list[str]:
    """Shopify tags (a list, or one comma-separated text) as text; objects and lists are no tags."""
    tags = product.get("tags") or []
    if isinstance(tags, str):
        tags = tags.split(",")
    if not isinstance(tags, list):
        return []
    return [text.strip() for text in map(_text, tags) if text and text.strip()]


def product_url(base_url: str, product: dict) -> str:
    return f"{base_url}/products/{product.get('handle')}"


def variant_image(product: dict, variant: dict) -> str | None:
    """The variant's own picture, else the image listing the variant, else the first image."""
    featured = variant.get("featured_image")
    if isinstance(featured, dict) and featured.get("src"):
        return featured["src"]
    images = [image for image in product.get("images") or [] if isinstance(image, dict) and image.get("src")]
    for image in images:
        if variant.get("id") is not None and variant.get("id") in (image.get("variant_ids") or []):
            return image["src"]
    if images:
        return images[0]["src"]
    image = product.get("image")
    return image.get("src") if isinstance(image, dict) else None


def product_category(product: dict, ignored_tags: frozenset[str] = frozenset()) -> str | None:
    if _text(product.get("product_type")):
        return _text(product["product_type"])
    vendor = (_text(product.get("vendor")) or "").lower()
    for tag in _tags(product):
        if tag and tag.lower() != vendor and tag.lower() not in ignored_tags \
                and tag.split(" ")[0].rstrip(":").lower() not in ("thc", "cbd", "breeder"):  # a fact, not a kind
            return tag
    return None


def tag_value(product: dict, name: str) -> str | None:
    """"22%" of a tag "THC 22%" / "THC: 22%" (Shopify tags: a list, or one comma-separated text)."""
    for tag in _tags(product):
        head, _, rest = tag.partition(" ")
        if head.rstrip(":").lower() == name and rest.strip(": "):
            return rest.strip(": ")
    return None


def variant_offers(product: dict, base_url: str, *, preorder_tags=frozenset(),
                   ignored_tags=frozenset()) -> Iterator[tuple[dict, dict]]:
    """(offer fields, variant) for every variant of a ``/products.json`` product."""
    variants = [v for v in product.get("variants") or [] if isinstance(v, dict)]
    url = product_url(base_url, product)
    tags = {tag.lower() for tag in _tags(product)} if isinstance(product.get("tags"), list) else set()
    preorder = bool(tags & preorder_tags) and len(variants) == 1
    category = product_category(product, ignored_tags)
    facts = {"thc": tag_value(product, "thc"), "cbd": tag_value(product, "cbd"),
             "breeder": tag_value(product, "breeder")}
    for variant in variants:
        title = _text(product.get("title")) or ""
        variant_title = (_text(variant.get("title")) or "").strip()
        if variant_title and variant_title != DEFAULT_VARIANT_TITLE:
            title = f"{title} - {variant_title}"
        price = _decimal(variant.get("price"))
        regular = _decimal(variant.get("compare_at_price"), "compare_at_price")
        if isinstance(regular, Decimal) and (price is None or (isinstance(price, Decimal) and regular <= price)):
            regular = None  # no "was" price above the price (text is left for validate to judge)
        available = variant.get("available")
        if available is None:
            availability = None
        elif not available:
            availability = "OutOfStock"
        else:
            availability = "PreOrder" if preorder else "InStock"
        fields = {
            "url": f"{url}?variant={variant['id']}" if len(variants) > 1 and variant.get("id") else url,
            "retailer_sku": _text(variant.get("sku")) or (_text(variant.get("id")) if variant.get("id") else None),
            "title": title,
            "brand": _text(product.get("vendor")) or None,
            "gtin": _text(variant.get("barcode")) or None,
            "category": category,
            "image_url": variant_image(product, variant),
            "price": price,
            "regular_price": regular,
            "availability": availability,
            **facts,
        }
        yield fields, variant


class ShopifySpider(RetailerSpider):
    platform = "shopify"
    products_path = "/products.json"
    page_size = 250                     # Shopify's maximum
    ARGUMENT_RANGES = {"page_size": (1, 250)}  # (a larger limit is no more products: Shopify gives 250)
    max_pages = 400                     # a guard against a shop that never answers an empty page
    #                                     (reaching it with a full page: ``cut_short``, logged and in the run's stats)
    preorder_tags: tuple[str, ...] = ("pre-order", "preorder", "pre order")
    ignored_tags: tuple[str, ...] = ("sale", "new", "pre-order", "preorder", "featured", "bestseller")
    max_bad_pages = 2                   # stop after this many invalid pages in a row

    async def start(self):
        for request in self.store_requests():
            yield request
        yield self.products_page(1)

    def products_page(self, page: int, bad_pages: int = 0) -> scrapy.Request:
        return scrapy.Request(
            self.url(f"{self.products_path}?limit={self.page_size}&page={page}"),
            callback=self.parse_products_page,
            cb_kwargs={"page": page, "bad_pages": bad_pages},
        )

    def parse_products_page(self, response, page: int = 1, bad_pages: int = 0):
        data = self.json_body(response)
        if not isinstance(data, dict) or not isinstance(data.get("products"), list):
            if data is not None:
                self.count("unexpected_json", response)
            if bad_pages + 1 < self.max_bad_pages and page < self.max_pages:
                yield self.products_page(page + 1, bad_pages + 1)  # the next page may be fine
            elif bad_pages + 1 < self.max_bad_pages:
                self.cut_short(f"page cap: {self.max_pages} products.json pages")
            else:
                self.logger.error("%s: %d bad products.json pages in a row, stopping at page %d",
                                  self.name, bad_pages + 1, page)
            what = "not JSON" if data is None else "JSON without a products list"
            raise InvalidPage(f"products.json page {page}: {what}")
        products = data["products"]
        if not products:
            return
        for product in products:
            yield from self.product_offers(
                response, product, lambda p: self.parse_product(response, p), what="a products.json entry",
                url=lambda p: product_url(self.base_url, p) if isinstance(p.get("handle"), str) else None)
        if page < self.max_pages:
            yield self.products_page(page + 1)
        else:
            self.cut_short(f"page cap: {self.max_pages} products.json pages")

    def parse_product(self, response, product: dict):
        """Offers of one ``products.json`` product (one per variant). Shopify gives every product a
        variant at least (its price); one without any (``"variants": null``, ``[]``, no object in the
        list) is refused with its reason, not passed over without a word."""
        variants = 0
        for fields, variant in variant_offers(
            product, self.base_url,
            preorder_tags=frozenset(t.lower() for t in self.preorder_tags),
            ignored_tags=frozenset(t.lower() for t in self.ignored_tags),
        ):
            variants += 1
            yield from self.emit(self.offer(response, **fields), response, (product, variant))
        if not variants:
            raise ValueError("a products.json product without a variant (an object with its price)")
