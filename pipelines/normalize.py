"""Normalize: clean every field an item carries, without deciding what is kept.

Text loses HTML entities, tags and extra white space; URLs become absolute and canonical
(tracking parameters dropped); price text becomes a Decimal using the retailer's decimal
separator and default currency (``crawler.prices``); currency symbols become ISO 4217 (a declared
currency that names none - "ZZZ" - stays as written: the shop's default is only for a price that
declares no currency);
availability words and schema.org URLs become one of InStock, OutOfStock, PreOrder,
BackOrder, Discontinued, Unknown. Pack size and unit (``crawler.units``): the ones a spider gave,
in canonical form (2 TB -> 2000 GB), else read from the title (which carries the variant name)
and category; none when the title says nothing or something ambiguous. A value that cannot
be read is left as it came, for ``validate`` to refuse with the reason.
"""

from __future__ import annotations

import logging
import math
import re
from decimal import Decimal

from itemadapter import ItemAdapter

from crawler import categories, clock
from crawler.fields import canonical_url, clean_text, normalize_availability, normalize_condition
from crawler.gtin import normalize_gtin
from crawler.prices import currency_to_iso, parse_price
from crawler.store.runs import retailer_id
from crawler.units import canonical, parse_units
from pipelines._base import CrawlerPipeline, item_type

logger = logging.getLogger(__name__)
_PLAIN_NUMBER = re.compile(r"\d{1,12}(\.\d{1,6})?")


def _plain_amount(raw, separator: str | None) -> Decimal | None:
    """A number that needs no parsing: int, Decimal, finite float, or text like "154.99"
    (not for a retailer whose decimal separator is ",": there "1.234" means 1234)."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, (int, Decimal)):
        return Decimal(raw)
    if isinstance(raw, float):
        return Decimal(str(raw)) if math.isfinite(raw) else None
    if isinstance(raw, str) and _PLAIN_NUMBER.fullmatch(raw) and not (separator == "," and "." in raw):
        return Decimal(raw)
    return None


def _as_text(value) -> str:
    """A value as text for validate to refuse with (an int of more than 4,300 digits has no str())."""
    try:
        return str(value).strip()
    except ValueError:
        return f"a whole number of about {int(value.bit_length() * 0.30103)} digits"


def store_text(value) -> bool:
    """Is ``value`` a store's text as a shop's data gives it: text, a number (a phone, a branch code) or a
    list of texts (the lines of an address, of a week's hours)? Anything else (an object, true, a list of
    numbers or of lists: ``"openingHours": [1, 2]``) is left as it came, for validate to remove with the
    reason (it became the text "{'@type': ...}" or "1 2" on the map)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, (str, int, Decimal)) or (isinstance(value, float) and math.isfinite(value)):
        return True
    return isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value)


OFFER_TEXT_FIELDS = ("title", "brand", "mpn", "category", "retailer_sku", "breeder", "seed_type", "thc", "cbd")
STORE_TEXT_FIELDS = ("ref", "name", "address", "city", "phone", "opening_hours")


class NormalizePipeline(CrawlerPipeline):
    def process_item(self, item):
        adapter = ItemAdapter(item)
        if not adapter.get("retailer"):
            adapter["retailer"] = retailer_id(self.spider)
        kind = item_type(item)
        if kind == "offer":
            self.normalize_offer(adapter)
        elif kind == "store":
            self.normalize_store(adapter)
        return item

    def normalize_offer(self, adapter: ItemAdapter) -> None:
        spider = self.spider
        for field in OFFER_TEXT_FIELDS:
            if adapter.get(field) is not None:
                adapter[field] = clean_text(adapter[field])
        base = getattr(spider, "base_url", None)
        for field in ("url", "image_url"):
            if adapter.get(field):
                adapter[field] = canonical_url(adapter[field], base) or adapter[field]
        self.categorize(adapter)
        if adapter.get("gtin") is not None:
            adapter["gtin"] = normalize_gtin(adapter["gtin"]) or _as_text(adapter["gtin"])

        default_currency = getattr(spider, "default_currency", None)
        separator = getattr(spider, "decimal_separator", None)
        declared = adapter.get("currency")
        declared_text = clean_text(declared) if declared not in (None, "") else None
        currency = currency_to_iso(declared_text, default_currency) if declared_text else None
        # a currency the page declares and no table reads ("ZZZ", "Monopoly money") is no
        # price in the shop's currency: kept as written, for validate to refuse with the raw value
        unread = declared_text if declared_text and currency is None else None
        for field in ("price", "regular_price"):
            raw = adapter.get(field)
            if raw is None or raw == "":
                adapter[field] = None
                continue
            if not isinstance(raw, (str, bytes, int, float, Decimal)):
                continue  # a table or a list is no amount (its repr's digits are not one): validate refuses it
            plain = _plain_amount(raw, separator)
            if plain is not None:  # structured data: a bare number needs no parsing
                adapter[field] = plain
                continue
            parsed = parse_price(raw, decimal_separator=separator, default_currency=currency or default_currency)
            if parsed.amount is not None:
                adapter[field] = parsed.amount
                if field == "price" and currency is None and unread is None:
                    currency = parsed.currency
            # else: unreadable, kept as it came for validate to refuse with the reason
        if currency is None and unread is None and isinstance(adapter.get("price"), Decimal):
            currency = default_currency
        adapter["currency"] = currency or unread or None
        adapter["availability"] = normalize_availability(adapter.get("availability"))
        if adapter.get("condition") is not None:
            adapter["condition"] = normalize_condition(adapter["condition"])
        if not adapter.get("scraped_at"):
            adapter["scraped_at"] = clock.now()
        self.normalize_units(adapter)

    @staticmethod
    def normalize_units(adapter: ItemAdapter) -> None:
        given = [adapter.get(f) for f in ("pack_size", "unit", "unit_quantity")]
        if any(v not in (None, "") for v in given):
            units = canonical(*given)
            if units is None:  # unreadable: kept as it came, the database refuses it with the reason
                return
        else:
            units = parse_units(adapter.get("title"), category=adapter.get("category"))
        if units is None:
            return
        adapter["pack_size"], adapter["unit"], adapter["unit_quantity"] = units.pack_size, units.unit, \
            units.unit_quantity

    def categorize(self, adapter: ItemAdapter) -> None:
        """The shop's label stays as shop_category; category becomes the canonical category of
        ``crawler/categories.toml`` (empty when nothing fits: reported by ``pricelens status``)."""
        label = adapter.get("category")
        if not adapter.get("shop_category"):
            adapter["shop_category"] = label or None
        try:
            adapter["category"] = categories.canonical(adapter.get("shop_category"), adapter.get("retailer"))
        except categories.TaxonomyError as exc:
            # a broken category file loses no offer: the label is kept, the category left empty
            # (`pricelens status` shows the error; `pricelens categories --remap` maps them later)
            adapter["category"] = None
            if not getattr(self, "_taxonomy_error", None):
                self._taxonomy_error = str(exc)
                logger.error("categories not mapped: %s", exc)
            self.stats.inc_value("normalize/category_file_error")

    def normalize_store(self, adapter: ItemAdapter) -> None:
        for field in STORE_TEXT_FIELDS:
            if adapter.get(field) is not None and store_text(adapter[field]):
                adapter[field] = clean_text(adapter[field])
        for field in ("latitude", "longitude"):
            value = adapter.get(field)
            if value is None or value == "":
                adapter[field] = None
                continue
            try:
                adapter[field] = float(str(value).strip().replace(",", "."))
            except ValueError:
                pass  # validate removes it with the reason
        if adapter.get("url"):
            adapter["url"] = canonical_url(adapter["url"], getattr(self.spider, "base_url", None)) or adapter["url"]
