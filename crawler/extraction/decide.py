"""Merging the sources' records into one product (cross-checked against the visible page)."""

from __future__ import annotations

import html as html_lib
import re
from typing import Any

from crawler.extraction.document import Page
from crawler.extraction.html import HtmlEvidence
from crawler.extraction.model import PriceModel, price_options
from crawler.extraction.money import format_amount
from crawler.extraction.text import _clean_text
from crawler.extraction.values import clean_brand

FIELDS = (
    "name",
    "price",
    "currency",
    "regular_price",
    "availability",
    "sku",
    "gtin",
    "mpn",
    "brand",
    "image",
    "category",
)
AVAILABILITY_VALUES = ("InStock", "OutOfStock", "PreOrder", "BackOrder", "Discontinued")


def _price_source(records: list[dict], evidence: "HtmlEvidence | None") -> dict | None:
    """The most trusted record with a price, unless its price is nowhere on
    the visible page while a later source's price is shown there (stale or
    starting prices in structured data)."""
    priced = [r for r in records if r.get("price") is not None]
    if not priced:
        return None
    first = priced[0]
    if evidence is None or len(priced) == 1:
        return first
    shown = evidence.visible_prices()
    if first["price"] in shown:
        return first
    for other in priced[1:]:
        if other["price"] != first["price"] and other["price"] in shown:
            return other
    return first


def _modelled_price(records: list[dict], evidence, model: PriceModel) -> dict | None:
    """The price option the model prefers, as a record (price, currency,
    regular price) -- None when no option is likely enough."""
    chosen = model.choose(price_options(records, evidence))
    if chosen is None:
        return None
    return {"price": chosen.amount, "currency": chosen.currencies[0] if chosen.currencies else None,
            "regular_price": chosen.regular}


def _check_availability(availability: str | None, evidence: "HtmlEvidence") -> str | None:
    """"Out of stock" while the main product's block (title + an enabled buy
    control) can be bought and the stock wording next to the title does not
    say otherwise: the mark came from a variant or another product.  "In
    stock" (structured data) while the page has no enabled buy control and
    its stock wording next to the title says out of stock: the page wins."""
    if availability == "OutOfStock" and evidence.can_be_bought():
        if evidence.hinted_availability() in (None, "InStock"):
            return "InStock"
    if availability == "InStock" and not evidence.can_be_bought() and not evidence.has_add_to_cart():
        # structured data says in stock, but nothing on the page can be bought and the stock
        # wording next to the title says it cannot: the visible page is the newer evidence
        hinted = evidence.hinted_availability()
        if hinted in ("OutOfStock", "Discontinued"):
            return hinted
    return availability


def _prefer_visible_sku(sku: str | None, records: list[dict], evidence: "HtmlEvidence") -> str | None:
    """A SKU the page labels explicitly ("Product code: 123"), else an id
    shown next to the title in an element named for a reference, beats a
    structured-data SKU that the page never shows.  A structured SKU the page
    shows with separators ("466/7999" for 4667999) is reported as shown."""
    visible = evidence.visible_text()
    if sku and sku.lower() in visible.lower() and re.search(
        r"(?<![\w-])" + re.escape(sku) + r"(?![\w-])", visible, re.I
    ):
        return sku
    if sku:
        shown = _shown_with_separators(sku, visible)
        if shown:
            return shown
    labelled = evidence.labelled_sku() or (evidence.hinted_id() if sku else None)
    if not labelled or not sku or labelled.lower() == sku.lower():
        return sku or labelled
    return labelled


def _shown_with_separators(sku: str, visible: str) -> str | None:
    """``sku`` as the page writes it with separators between its characters
    ("466/7999", "ABC-123 45"), when it is a code of 5+ letters and digits."""
    if not re.fullmatch(r"[A-Za-z0-9]{5,}", sku) or not re.search(r"\d", sku):
        return None
    if sku.lower() not in re.sub(r"[/. -]", "", visible).lower():
        return None  # quick test before the slower search with separators
    pattern = r"(?<![\w/.-])" + r"[/. -]?".join(re.escape(ch) for ch in sku) + r"(?![\w/-])"
    match = re.search(pattern, visible, re.I)
    return match.group(0) if match else None


def _prefer_visible_brand(brand: str | None, evidence: "HtmlEvidence") -> str | None:
    """A brand the page labels explicitly ("Brand name: Yongli") beats a
    structured-data brand that the visible page never shows (a placeholder,
    the marketplace's own name, another product's)."""
    if not brand:
        return brand
    labelled = clean_brand(evidence.labelled_brand())
    if not labelled or labelled.lower() == brand.lower() or evidence.shows(brand):
        return brand
    return labelled


def merge_records(
    records: list[dict], page: Page, evidence: "HtmlEvidence | None" = None, price_model: PriceModel | None = None
) -> dict:
    """First non-empty value per field, with two cross-checks against the
    visible page (see _price_source and _prefer_visible_sku); price, currency
    and regular price are taken together from one source."""
    result: dict[str, Any] = dict.fromkeys(FIELDS)
    if price_model is not None:
        price_source = _modelled_price(records, evidence, price_model)
    else:
        price_source = _price_source(records, evidence)
    for key in FIELDS:
        for record in records:
            value = record.get(key)
            if value not in (None, ""):
                result[key] = value
                break
    if price_model is not None and price_source is None:
        result["price"] = result["regular_price"] = None
    if price_source is not None:
        result["price"] = price_source["price"]
        result["regular_price"] = price_source.get("regular_price") or next(
            (r.get("regular_price") for r in records if r.get("price") == price_source["price"] and r.get("regular_price")),
            None,
        )
        if price_source.get("currency"):
            result["currency"] = price_source["currency"]
    if evidence is not None:
        result["sku"] = _prefer_visible_sku(result["sku"], records, evidence)
        result["availability"] = _check_availability(result["availability"], evidence)
    result["brand"] = clean_brand(result["brand"]) or next(
        (clean_brand(r.get("brand")) for r in records if clean_brand(r.get("brand"))), None
    )
    if evidence is not None:
        result["brand"] = _prefer_visible_brand(result["brand"], evidence)
    if result["currency"] is None and result["price"] is not None:
        # a currency the page declares and no table reads is kept as written (the pipeline
        # refuses the price with it); the country's currency is only for a price that names none
        unread = next((r.get("currency_unread") for r in records if r.get("currency_unread")), None)
        if unread:
            result["currency_unread"] = unread
        else:
            result["currency"] = page.country_currency
    if result["availability"] is None and result["price"] is not None and not any(
            r.get("aggregate_offer") for r in records):
        # a priced offer with no sign of the contrary; an AggregateOffer (a summary of several
        # offers, its lowest price) that names no availability stays unknown ('Unknown' in the table)
        result["availability"] = "InStock"
    if result["regular_price"] is not None and result["price"] is not None:
        if result["regular_price"] <= result["price"]:
            result["regular_price"] = None
    result["price"] = format_amount(result["price"])
    result["regular_price"] = format_amount(result["regular_price"])
    for key in ("name", "sku", "gtin", "mpn", "category"):
        if isinstance(result[key], str):
            result[key] = _clean_text(html_lib.unescape(result[key])) or None
    return result
