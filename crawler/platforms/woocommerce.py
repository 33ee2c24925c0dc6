"""WooCommerce shops: the public Store API, ``/wp-json/wc/store/v1/products``.

Crawls ``<base_url>/wp-json/wc/store/v1/products?per_page=100&page=N``: page 1 first; when it
carries ``X-WP-TotalPages`` the other pages are requested at once, else pages follow one by
one until an empty list. A page that is not a list of products is counted
(``pricelens/page/invalid_json``), recorded as a failed page, and skipped. Each product becomes one Offer:

==================  ================================================================
Offer field         from
==================  ================================================================
``retailer_sku``    ``sku``, else the product ``id``
``title``           ``name``
``url``             ``permalink``
``price``           ``prices.price`` in minor units / 10**``currency_minor_unit``
                    (``"1105"`` with minor unit 2 is 11.05); for a variable product
                    the lowest price of ``price_range``
``regular_price``   ``prices.regular_price`` when above the price
``currency``        ``prices.currency_code``
``availability``    ``is_on_backorder``: BackOrder; ``is_in_stock``: InStock; else OutOfStock
``brand``           ``brands[0].name``, else a "Brand" attribute
``gtin``            an attribute named EAN / GTIN / UPC / Barcode / ISBN (first term)
``mpn``             an attribute named MPN / Part number / Manufacturer part number
``category``        the first of ``categories`` that is not "Uncategorized"
``image_url``       ``images[0].src``
``breeder``         an attribute named Breeder / Banco / Seedbank / Criador / Züchter
``seed_type``       an attribute named Seed type / Tipo de semilla / Samenart / Type de graine
``thc``, ``cbd``    an attribute named THC / CBD (first term: "22%"), else a tag "THC 22%"
==================  ================================================================

Variable products (``crawl_variations = True``, e.g. a seed bank's packs of 1, 3, 5, 10 seeds):
a product of type ``variable`` with ``variations`` is not an offer itself; its variations are
read from ``?type=variation&parent=<id>`` (the Store API lists variations as products) and
each becomes one Offer with its own sku, price, regular price, stock and URL, the parent's
brand, category, attributes and picture, and the title "<parent name> - <variation values>"
("Amnesia Haze Feminizada - 5 semillas"), from which normalize reads the pack and unit.

The store locator is the base's JSON-LD ``parse_stores`` on ``store_locator_path``.

Hooks: ``post_process_item(item, response, source)`` with ``source`` = the product dict
(``(parent, variation)`` for a variation).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import scrapy

from crawler.platforms.base import InvalidPage, RetailerSpider

API_PATH = "/wp-json/wc/store/v1/products"
GTIN_ATTRIBUTES = {"ean", "gtin", "gtin13", "gtin-13", "upc", "barcode", "isbn", "ean13", "ean-13"}
MPN_ATTRIBUTES = {"mpn", "part number", "manufacturer part number", "part no", "part no."}
BRAND_ATTRIBUTES = {"brand", "manufacturer"}
BREEDER_ATTRIBUTES = {"breeder", "banco", "seedbank", "seed bank", "banco de semillas", "criador", "zuchter",
                      "züchter", "breeder / seedbank", "obtentor"}
SEED_TYPE_ATTRIBUTES = {"seed type", "tipo de semilla", "tipo de semillas", "samenart", "samentyp",
                        "type de graine", "type de graines", "tipo di seme", "tipo di semi"}


def _permalink(product: dict):
    """A Store API entry's page (``RetailerSpider.refuse_product`` falls back to the page read)."""
    return product.get("permalink")


MAX_MINOR_UNIT = 4  # ISO 4217's most (CLF, UYW); a shop's 999999999 is no currency's


def minor_units(value, minor_unit, field: str = "price") -> Decimal | None:
    """``"1105"`` with minor unit 2 -> Decimal("11.05"). A value that is not a finite number of
    minor units ("NaN", an object) or a minor unit outside 0..4 raises ValueError naming it: the
    product is refused with that reason (not read as a price nobody wrote)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float, Decimal)):
        raise ValueError(f"{field} is a JSON {type(value).__name__}, not an amount in minor units")
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite():
        raise ValueError(f"{field} {str(value)[:40]!r} is not an amount in minor units")
    unit = 2 if minor_unit is None or minor_unit == "" else minor_unit
    try:
        exponent = int(unit) if not isinstance(unit, (bool, float)) else None
    except (ValueError, TypeError):
        exponent = None
    if exponent is None or not 0 <= exponent <= MAX_MINOR_UNIT:
        raise ValueError(f"currency_minor_unit {str(unit)[:20]!r} is not 0 to {MAX_MINOR_UNIT}")
    return amount.scaleb(-exponent)


def attribute_value(product: dict, names: set[str]) -> str | None:
    """The first term of the first attribute whose name is one of ``names`` (case-insensitive)."""
    for attribute in product.get("attributes") or []:
        if not isinstance(attribute, dict):
            continue
        if str(attribute.get("name") or "").strip().lower() in names:
            for term in attribute.get("terms") or []:
                if isinstance(term, dict) and term.get("name"):
                    return str(term["name"])
    return None


def tag_value(product: dict, name: str) -> str | None:
    """"22%" of a tag "THC 22%" / "THC: 22%" (a shop listing a strain's figures as tags)."""
    for tag in product.get("tags") or []:
        text = str(tag.get("name") if isinstance(tag, dict) else tag or "").strip()
        head, _, rest = text.partition(" ")
        if head.rstrip(":").lower() == name and rest.strip(": "):
            return rest.strip(": ")
    return None


def product_fields(product: dict) -> dict:
    """Offer fields of one Store API product."""
    prices = product.get("prices") or {}
    if not isinstance(prices, dict):
        raise ValueError(f"prices is a JSON {type(prices).__name__}, not an object")
    minor = prices.get("currency_minor_unit", 2)
    price = minor_units(prices.get("price"), minor)
    price_range = prices.get("price_range")
    if isinstance(price_range, dict) and price_range.get("min_amount") not in (None, ""):
        price = minor_units(price_range["min_amount"], minor)
    regular = minor_units(prices.get("regular_price"), minor, "regular_price")
    if regular is not None and (price is None or regular <= price):
        regular = None
    if product.get("is_on_backorder"):
        availability = "BackOrder"
    elif product.get("is_in_stock") is None:
        availability = None
    else:
        availability = "InStock" if product.get("is_in_stock") else "OutOfStock"
    brands = [b for b in product.get("brands") or [] if isinstance(b, dict) and b.get("name")]
    categories = [c for c in product.get("categories") or []
                  if isinstance(c, dict) and c.get("name") and c.get("slug") != "uncategorized"]
    images = [i for i in product.get("images") or [] if isinstance(i, dict) and i.get("src")]
    return {
        "url": product.get("permalink"),
        "retailer_sku": product.get("sku") or (str(product["id"]) if product.get("id") is not None else None),
        "title": product.get("name"),
        "brand": brands[0]["name"] if brands else attribute_value(product, BRAND_ATTRIBUTES),
        "gtin": product.get("global_unique_id") or attribute_value(product, GTIN_ATTRIBUTES),
        "mpn": attribute_value(product, MPN_ATTRIBUTES),
        "category": categories[0]["name"] if categories else None,
        "image_url": images[0]["src"] if images else None,
        "price": price,
        "regular_price": regular,
        "currency": prices.get("currency_code") or None,
        "availability": availability,
        "breeder": attribute_value(product, BREEDER_ATTRIBUTES),
        "seed_type": attribute_value(product, SEED_TYPE_ATTRIBUTES),
        "thc": attribute_value(product, {"thc"}) or tag_value(product, "thc"),
        "cbd": attribute_value(product, {"cbd"}) or tag_value(product, "cbd"),
    }


class WooCommerceSpider(RetailerSpider):
    platform = "woocommerce"
    api_path = API_PATH
    per_page = 100                      # the Store API's maximum
    ARGUMENT_RANGES = {"per_page": (1, 100)}  # (the Store API answers a larger per_page with an error 400)
    max_pages = 500
    max_bad_pages = 2                   # stop after this many invalid pages in a row
    crawl_variations = False            # True: one offer per variation of a variable product

    async def start(self):
        for request in self.store_requests():
            yield request
        yield self.products_page(1)

    def products_page(self, page: int, *, follow: bool = True, bad_pages: int = 0) -> scrapy.Request:
        """One page of products; ``follow``: this page decides which pages come next."""
        return scrapy.Request(
            self.url(f"{self.api_path}?per_page={self.per_page}&page={page}"),
            callback=self.parse_products_page,
            cb_kwargs={"page": page, "follow": follow, "bad_pages": bad_pages},
        )

    def parse_products_page(self, response, page: int = 1, follow: bool = True, bad_pages: int = 0):
        data = self.json_body(response)
        if not isinstance(data, list):
            if data is not None:
                self.count("unexpected_json", response)
            if follow and bad_pages + 1 < self.max_bad_pages and page < self.max_pages:
                yield self.products_page(page + 1, bad_pages=bad_pages + 1)  # the next page may be fine
            what = "not JSON" if data is None else "JSON that is not a list of products"
            raise InvalidPage(f"Store API page {page}: {what}")
        for product in data:
            if (isinstance(product, dict) and self.crawl_variations and product.get("type") == "variable"
                    and product.get("variations")):
                yield self.variations_page(product)
                continue
            yield from self.product_offers(
                response, product, lambda p: self.emit(self.offer(response, **product_fields(p)), response, p),
                what="a Store API entry", url=_permalink)
        if not data or not follow:
            return
        total_pages = _int(response.headers.get("X-WP-TotalPages"))
        if total_pages is None:
            if page < self.max_pages:
                yield self.products_page(page + 1)
            else:
                self.cut_short(f"page cap: {self.max_pages} Store API pages")
            return
        if total_pages > self.max_pages:
            self.cut_short(f"page cap: {self.max_pages} of {total_pages} Store API pages")
        for number in range(page + 1, min(total_pages, self.max_pages) + 1):  # all at once
            yield self.products_page(number, follow=False)

    def variations_page(self, parent: dict, page: int = 1) -> scrapy.Request:
        return scrapy.Request(
            self.url(f"{self.api_path}?type=variation&parent={parent.get('id')}&per_page={self.per_page}&page={page}"),
            callback=self.parse_variations, cb_kwargs={"parent": parent, "page": page},
        )

    def parse_variations(self, response, parent: dict, page: int = 1):
        data = self.json_body(response)
        if not isinstance(data, list):
            if data is not None:
                self.count("unexpected_json", response)
            what = "not JSON" if data is None else "JSON that is not a list of variations"
            raise InvalidPage(f"Store API variations of product {parent.get('id')}: {what}")
        try:
            inherited = product_fields(parent)
        except Exception as error:  # noqa: BLE001 -- the parent's fields are every variation's
            self.refuse_product(response, parent, error, parent.get("permalink"))
            return
        for variation in data:
            yield from self.product_offers(
                response, variation,
                lambda v: self.emit(self.offer(response, **variation_fields(inherited, parent, v)), response, (parent, v)),
                what="a Store API variation", url=_permalink)
        total_pages = _int(response.headers.get("X-WP-TotalPages"))
        if data and total_pages is not None and page < min(total_pages, self.max_pages):
            yield self.variations_page(parent, page + 1)
        elif data and total_pages is not None and page < total_pages:
            self.cut_short(f"page cap: {self.max_pages} Store API pages of variations")


def variation_values(variation: dict) -> str:
    """"Pack: 5 semillas, Tipo: Feminizada" -> "5 semillas, Feminizada" (the values a buyer picks)."""
    text = str(variation.get("variation") or "")
    parts = [part.split(":", 1)[-1].strip() for part in text.split(",")]
    return ", ".join(part for part in parts if part)


def variation_fields(inherited: dict, parent: dict, variation: dict) -> dict:
    """Offer fields of one variation: its own price, stock, sku and URL over the parent's fields."""
    own = product_fields(variation)
    fields = dict(inherited)
    for name in ("price", "regular_price", "currency", "availability", "gtin", "mpn", "image_url"):
        if own.get(name) not in (None, ""):
            fields[name] = own[name]
    if own["regular_price"] is None:
        fields["regular_price"] = None  # the parent's "was" price is not this variation's
    fields["retailer_sku"] = variation.get("sku") or (str(variation["id"]) if variation.get("id") is not None
                                                     else None)
    fields["url"] = variation.get("permalink") or inherited.get("url")
    values = variation_values(variation)
    name = parent.get("name") or variation.get("name") or ""
    fields["title"] = f"{name} - {values}" if values and values not in name else (variation.get("name") or name)
    return fields


def _int(value) -> int | None:
    if value is None:
        return None
    try:
        return int(value.decode() if isinstance(value, bytes) else value)
    except (ValueError, UnicodeDecodeError):
        return None
