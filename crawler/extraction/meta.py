"""Open Graph / product meta tags."""

from __future__ import annotations

import re
from decimal import Decimal
from crawler.extraction.urls import join_url

from crawler.extraction.document import Page
from crawler.extraction.money import _positive, parse_price_text, to_iso_currency, unread_currency
from crawler.extraction.values import _clean_gtin, normalize_availability

def _meta_first(meta: dict[str, str], *keys: str) -> str | None:
    for key in keys:
        if meta.get(key):
            return meta[key]
    return None


def meta_record(page: Page) -> dict:
    meta = page.meta
    amount_text = _meta_first(
        meta, "product:price:amount", "og:price:amount", "product:sale_price:amount",
        "twitter:data1", "og:price", "product:price",
    )
    currency_raw = _meta_first(meta, "product:price:currency", "og:price:currency", "product:sale_price:currency")
    price, text_currency = (None, None)
    if amount_text:
        price, text_currency = parse_price_text(amount_text, page)
        if re.fullmatch(r"\s*\d+(?:\.\d+)?\s*", amount_text):
            price = _positive(Decimal(amount_text.strip()))
    regular_text = _meta_first(meta, "product:original_price:amount", "og:price:standard_amount")
    regular = parse_price_text(regular_text, page)[0] if regular_text else None
    record = {
        "name": _meta_first(meta, "og:title", "twitter:title"),
        "price": price,
        "currency": to_iso_currency(currency_raw, page.country_currency) or (text_currency if price else None),
        "currency_unread": unread_currency(currency_raw, page.country_currency),
        "regular_price": regular if regular and regular != price else None,
        "availability": normalize_availability(
            _meta_first(meta, "product:availability", "og:availability", "availability")
        ),
        "sku": _meta_first(meta, "product:retailer_item_id", "product:sku", "sku"),
        "gtin": _clean_gtin(_meta_first(meta, "product:gtin", "product:ean", "product:upc", "gtin13", "gtin")),
        "mpn": _meta_first(meta, "product:mfr_part_no", "product:mpn", "mpn"),
        "brand": _meta_first(meta, "product:brand", "og:brand", "brand"),
        "image": _meta_image(meta, page.url),
        "category": _meta_first(meta, "product:category"),
    }
    if "twitter:data1" in meta and amount_text == meta.get("twitter:data1") and not text_currency:
        record["price"] = None  # twitter:data1 is only a price when it shows a currency
    return record


def _meta_image(meta: dict[str, str], base: str) -> str | None:
    image = _meta_first(meta, "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "image")
    return join_url(base, image) if image else None
