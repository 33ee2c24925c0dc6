"""Validate: decide what is kept, and record every refusal with its reason.

An offer needs a retailer, a title, a URL, and either a positive price with a currency or an
out-of-stock state (OutOfStock, Discontinued). Prices are judged as the database will store
them (``numeric(20, 4)``): rounded to 4 decimal places first (the item then carries the rounded
amount), so a price that rounds to zero is refused, and one of 10^12 or more is refused as too
large. A bad field that the offer can live without
(a GTIN whose check digit is wrong, a regular price that is not a positive number, an image
URL that is not http(s)) is removed and the offer kept; a currency must be an ISO 4217 code (a
declared one normalize could not read, "ZZZ", is refused with its raw value, never replaced by the
shop's default); a title longer than 600 characters (``MAX_TITLE_LENGTH``), a URL longer than
2,048 or a retailer_sku longer than 500 is refused; a brand, MPN, category label, breeder, seed type, THC or CBD longer
than 1,000 characters (or 2,000 bytes in UTF-8) is removed.
A store needs a ref and a name; a ref longer than 500 characters or a name longer than 300 is refused;
an address or opening hours longer than 1,000 characters, a city longer than 200, a phone longer than
100, a URL longer than 2,048 (or one that is not http(s)) is removed; any of them of more than 2,000
bytes in UTF-8 too (:data:`STORE_TEXT_LIMITS`). Coordinates out of range, or both 0 (a blank map pin),
are removed. Every refusal and removal goes to the ``rejections``
table through the crawl run and is counted in the stats (``pricelens/rejected/<reason>``,
``pricelens/field/<field>/invalid``). Nothing is dropped silently.
"""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from crawler.fields import MAX_TITLE_LENGTH, is_http_url
from crawler.gtin import is_valid_gtin, isbn10_as_gtin
from crawler.prices import MAX_VALID_AMOUNT
from crawler.prices.currencies import is_iso_currency
from crawler.store.runs import CrawlRun
from pipelines._base import CrawlerPipeline, item_type

NO_PRICE_NEEDED = {"OutOfStock", "Discontinued"}

# The longest title and URL an offer may carry. A title of more is a page's whole text or a
# template gone wrong (``crawler.fields.MAX_TITLE_LENGTH``, the matcher's limit too); a URL of more
# is no link a browser or a sitemap takes (sitemaps.org: under 2,048). Such an offer is refused with
# a rejections row (its first 2,000 characters as the raw value), not cut.
MAX_URL_LENGTH = 2048
# The other text an offer carries: a shop's brand, MPN, category label ... of more than this is no
# label but a page's text (a hostile shop's 10 MB brand went into every snapshot and page; a
# category label past ~2,700 bytes made PostgreSQL refuse the whole offer: its index row is too
# big). Removed with a rejections row, the offer kept. The retailer's own id keys the offer: one
# longer than MAX_SKU_LENGTH refuses it (its index row, too, has ~2,700 bytes at most).
MAX_FIELD_LENGTH = 1000
# ... and of more than this many bytes in UTF-8: the index row is counted in bytes, and 1,000
# ideographs are 3,000 (a shop's category label in Chinese made the database refuse the offer)
MAX_FIELD_BYTES = 2000
OPTIONAL_TEXT_FIELDS = ("brand", "mpn", "category", "shop_category", "breeder", "seed_type", "thc", "cbd")
MAX_SKU_LENGTH = 500
# A store's text, at most (characters; and MAX_FIELD_BYTES in UTF-8 each). The ref keys the store
# (UNIQUE (retailer_id, ref): its index row has ~2,700 bytes at most) and the name is required: either
# longer refuses the store. The rest is removed, the store kept. Generous for real branches: a name is
# "Hamra - ABC Mall, Level 2" (under 100), a city's longest name is ~170 characters, an address with
# its building, floor, district and directions stays under 300, a phone (several numbers joined) under
# 60, a week of opening hours with holidays under 500; more is a page's text or a template gone wrong
# (a hostile shop's 10 MB store name went into the map and every snapshot).
STORE_TEXT_LIMITS = {"ref": MAX_SKU_LENGTH, "name": 300, "address": 1000, "city": 200, "phone": 100,
                     "opening_hours": 1000, "url": MAX_URL_LENGTH}
STORE_REQUIRED = ("ref", "name")


def too_long(value, limit: int, kind: str = "an offer") -> str | None:
    """Why a text value is too long to keep (``is 1200 characters, more than the 1000 a store may
    have``, or its UTF-8 bytes beyond :data:`MAX_FIELD_BYTES`), or None."""
    if not isinstance(value, str):
        return None
    if len(value) > limit:
        return f"is {len(value)} characters, more than the {limit} {kind} may have"
    if len(value) * 4 > MAX_FIELD_BYTES:
        size = len(value.encode("utf-8", "surrogatepass"))
        if size > MAX_FIELD_BYTES:
            return f"is {size} bytes in UTF-8, more than the {MAX_FIELD_BYTES} {kind} may have"
    return None


class Refused(Exception):
    def __init__(self, code: str, reason: str, field: str | None = None, raw=None):
        super().__init__(reason)
        self.code, self.reason, self.field, self.raw = code, reason, field, raw


class ValidatePipeline(CrawlerPipeline):
    def process_item(self, item):
        adapter = ItemAdapter(item)
        kind = item_type(item)
        try:
            if kind == "offer":
                self.check_offer(adapter)
            elif kind == "store":
                self.check_store(adapter)
        except Refused as refusal:
            self.stats.inc_value("pricelens/rejected")
            self.stats.inc_value(f"pricelens/rejected/{refusal.code}")
            url = _short_url(adapter.get("url"))
            self.run.reject(item_type=kind, url=url, field=refusal.field,
                            reason=refusal.reason, raw_value=refusal.raw, action="dropped")
            raise DropItem(f"{kind} refused: {refusal.reason} ({url})", log_level="INFO") from None
        return item

    @property
    def run(self) -> CrawlRun:
        return CrawlRun.of(self.crawler)

    def remove_field(self, adapter: ItemAdapter, kind: str, field: str, reason: str) -> None:
        raw = adapter.get(field)
        adapter[field] = None
        self.stats.inc_value("pricelens/fields_removed")
        self.stats.inc_value(f"pricelens/field/{field}/invalid")
        self.run.reject(item_type=kind, url=_short_url(adapter.get("url")), field=field, reason=reason,
                        raw_value=raw, action="field_removed")

    def check_offer(self, adapter: ItemAdapter) -> None:
        for field in ("retailer", "title", "url"):
            if not adapter.get(field):
                raise Refused(f"missing_{field}", f"missing {field}", field, adapter.get(field))
        if not is_http_url(adapter["url"]):
            raise Refused("bad_url", "URL is not absolute http(s)", "url", adapter["url"])
        for field, limit in (("title", MAX_TITLE_LENGTH), ("url", MAX_URL_LENGTH),
                             ("retailer_sku", MAX_SKU_LENGTH)):
            length = len(str(adapter[field])) if adapter.get(field) is not None else 0
            if length > limit:
                raise Refused(f"long_{field}", f"{field} is {length} characters, more than the {limit} an offer "
                              "may have", field, adapter[field])
        for field in OPTIONAL_TEXT_FIELDS:
            problem = too_long(adapter.get(field), MAX_FIELD_LENGTH)
            if problem:
                self.remove_field(adapter, "offer", field, f"{field} {problem}")

        availability = adapter.get("availability") or "Unknown"
        price = adapter.get("price")
        if price is not None:
            problem = _amount_problem(price, "price")
            if problem:
                if availability in NO_PRICE_NEEDED:
                    self.remove_field(adapter, "offer", "price", problem)
                else:
                    raise Refused("invalid_price", problem, "price", price)
            elif not adapter.get("currency"):
                raise Refused("missing_currency", "price without a recognised currency", "currency", None)
            elif not is_iso_currency(str(adapter["currency"])):
                # (a declared currency normalize could not read - "ZZZ", "points" - or a shop's
                # default written wrong: a price in an unknown currency is no price in the shop's)
                raise Refused("unknown_currency", "currency is not an ISO 4217 code", "currency",
                              adapter.get("currency"))
            else:
                adapter["price"] = _as_stored(price)
        currency = adapter.get("currency")
        if currency and adapter.get("price") is None and not is_iso_currency(str(currency)):
            self.remove_field(adapter, "offer", "currency", "currency is not an ISO 4217 code")
        if adapter.get("price") is None and availability not in NO_PRICE_NEEDED:
            raise Refused("missing_price", f"no price and availability is {availability}, not out of stock",
                          "price", None)

        regular = adapter.get("regular_price")
        if regular is not None:
            problem = _amount_problem(regular, "regular price")
            if problem:
                self.remove_field(adapter, "offer", "regular_price", problem)
            else:
                adapter["regular_price"] = _as_stored(regular)
        gtin = adapter.get("gtin")
        if gtin is not None and not is_valid_gtin(gtin):
            as_gtin = isbn10_as_gtin(gtin)  # a book's ISBN-10 is its ISBN-13 (a GTIN-13)
            if as_gtin is not None:
                adapter["gtin"] = as_gtin
            else:
                self.remove_field(adapter, "offer", "gtin", "GTIN check digit or length is wrong")
        image = adapter.get("image_url")
        if image is not None and not is_http_url(image):
            self.remove_field(adapter, "offer", "image_url", "image URL is not absolute http(s)")

    def check_store(self, adapter: ItemAdapter) -> None:
        # a store has no page URL of its own (most often): each reason names the store (its ref and
        # name), so its rejections row can be traced
        which = store_named(adapter)
        for field in STORE_TEXT_LIMITS:  # (what normalize could not read as text: left as it came)
            value = adapter.get(field)
            if value is None or isinstance(value, str):
                continue
            problem = f"{which}: {field} is no text ({shape(value)})"
            if field in STORE_REQUIRED:
                raise Refused(f"unreadable_{field}", problem, field, _raw(value))
            self.remove_field(adapter, "store", field, problem)
        for field in ("retailer", "ref", "name"):
            if not adapter.get(field):
                raise Refused(f"missing_{field}", f"{which}: store without {field}", field, adapter.get(field))
        for field, limit in STORE_TEXT_LIMITS.items():
            problem = too_long(adapter.get(field), limit, "a store")
            if problem is None:
                continue
            if field in STORE_REQUIRED:
                raise Refused(f"long_{field}", f"{which}: {field} {problem}", field, adapter[field])
            self.remove_field(adapter, "store", field, f"{which}: {field} {problem}")
        url = adapter.get("url")
        if url is not None and not is_http_url(url):
            self.remove_field(adapter, "store", "url", f"{which}: URL is not absolute http(s)")
        for field, limit in (("latitude", 90), ("longitude", 180)):
            value = adapter.get(field)
            if value is None:
                continue
            if not isinstance(value, float) or not -limit <= value <= limit:
                self.remove_field(adapter, "store", field,
                                  f"{which}: {field} is not a number between -{limit} and {limit}")
        if adapter.get("latitude") == 0 and adapter.get("longitude") == 0:
            # (0, 0 is in the Gulf of Guinea: a map pin left blank, no branch's place)
            for field in ("latitude", "longitude"):
                self.remove_field(adapter, "store", field, f"{which}: coordinates 0, 0 are a blank map pin, not a place")
        if (adapter.get("latitude") is None) != (adapter.get("longitude") is None):
            other = "longitude" if adapter.get("latitude") is None else "latitude"
            self.remove_field(adapter, "store", other, f"{which}: coordinate without its pair")


def shape(value) -> str:
    """What a value that should have been text is: ``an object``, ``true``, ``a list holding int``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, (list, tuple)):
        kinds = sorted({"object" if isinstance(v, dict) else "list" if isinstance(v, (list, tuple))
                        else "null" if v is None else type(v).__name__ for v in value if not isinstance(v, str)})
        return f"a list holding {', '.join(kinds)}" if kinds else "a list"
    if isinstance(value, float):
        return f"the number {value}"
    return f"a {type(value).__name__}"


def _raw(value) -> str:
    """A value that is no text, as its rejections row keeps it: JSON (its first 2,000 characters)."""
    try:
        return json.dumps(value, ensure_ascii=False, default=str)[:2000]
    except (TypeError, ValueError, RecursionError):
        return repr(value)[:2000]


def store_named(adapter: ItemAdapter) -> str:
    """``store s2 "Downtown"``: how a store's rejections row names it (ref and name, either missing)."""
    ref, name = adapter.get("ref"), adapter.get("name")
    shown = f"store {str(ref)[:100] if ref else '(no ref)'}"
    return f'{shown} "{str(name)[:100]}"' if name else shown


def _short_url(url):
    """The URL a rejections row names: at most MAX_URL_LENGTH characters (the whole one of a
    refused long URL is the row's raw value, its first 2,000 characters)."""
    return url[:MAX_URL_LENGTH] if isinstance(url, str) else url


# offers.price and offers.regular_price are numeric(20, 4): PostgreSQL rounds to 4 decimal
# places, half away from zero, before the CHECK (> 0) sees the value.
STORED_SCALE = Decimal("0.0001")


def _as_stored(value: Decimal) -> Decimal:
    """The amount the database will store: rounded to its 4 decimal places when it has more."""
    stored = value.quantize(STORED_SCALE, rounding=ROUND_HALF_UP)
    return value if stored == value else stored


def _amount_problem(value, name: str = "price") -> str | None:
    """Why an amount is unusable as the database would store it, or None when it is a positive
    amount below 10^12 once rounded to 4 decimal places."""
    if not isinstance(value, Decimal) or not value.is_finite():
        return f"{name} is not a number"
    if value <= 0:
        return f"{name} is zero or negative"
    if value >= MAX_VALID_AMOUNT:
        return f"{name} is too large (an amount must be below 10^12)"
    if _as_stored(value) <= 0:
        return f"{name} rounds to zero at the 4 decimal places the database keeps"
    return None
