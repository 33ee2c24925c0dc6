"""schema.org nodes (from JSON-LD, microdata or RDFa): the main product and its offers."""

from __future__ import annotations

import re
from decimal import Decimal
from urllib.parse import unquote
from crawler.extraction.urls import join_url

from crawler.extraction.document import Page
from crawler.extraction.money import _positive, parse_price_text, to_iso_currency, unread_currency
from crawler.extraction.nodes import _SKIPPED_KEYS, _as_list, _get, _text_value, _types, _walk
from crawler.extraction.text import _similarity
from crawler.extraction.values import _clean_gtin, _identifier, clean_brand, company_brand, normalize_availability

PRODUCT_TYPES = {
    "product", "productgroup", "productmodel", "individualproduct", "someproducts",
    "vehicle", "car", "motorcycle", "book", "drug", "dietarysupplement",
    "musicalbum", "musicrelease", "movie", "videogame", "softwareapplication",
    "mobileapplication", "creativework", "watch", "clothing",
}
OFFER_TYPES = {"offer", "aggregateoffer"}


def _is_product(node: dict) -> bool:
    types = _types(node)
    if types & PRODUCT_TYPES:
        return True
    if types & {"breadcrumblist", "listitem", "itemlist", "organization", "website"}:
        return False
    return _get(node, "offers") is not None


def _top_offer_nodes(nodes: list[dict]) -> list[dict]:
    """Offers that stand alone (not inside a product), e.g. microdata Offer items."""
    return [n for n in nodes if _types(n) & OFFER_TYPES and _get(n, "price", "lowPrice")]


def best_product(nodes: list[dict], page: Page) -> dict | None:
    """Record of the page's main product among schema.org nodes, or None."""
    found = [(n, listed) for node in nodes for n, listed in _walk_listed(node) if _is_product(n)]
    if any(not listed for _, listed in found):  # products in lists (recommendations ...) are others
        found = [(n, listed) for n, listed in found if not listed]
    candidates = [n for n, _ in found]
    variants = {id(v) for n in candidates for v in _as_list(_get(n, "hasVariant")) if isinstance(v, dict)}
    records = [product_record(n, page) for n in candidates if id(n) not in variants]
    records = [r for r in records if any(r.get(k) for k in ("price", "sku", "name", "gtin"))]
    if not records:
        offers = _top_offer_nodes(nodes)
        return offer_record(offers[0], page) if offers else None
    best = max(enumerate(records), key=lambda ir: (_product_score(ir[1], page), -ir[0]))[1]
    siblings = [r for r in records if r.get("name") and (r.get("name") or "").lower() == (best.get("name") or "").lower()]
    best = _merge_variants(best, siblings)
    if best.get("price") is None:
        offers = _top_offer_nodes(nodes)
        if offers:
            best = {**offer_record(offers[0], page), **{k: v for k, v in best.items() if v}}
    return best


_LIST_TYPES = {"itemlist", "offercatalog", "collectionpage", "searchresultspage"}


def _walk_listed(value, listed: bool = False):
    """(dict, inside an ItemList-like node) for every dict, like _walk."""
    if isinstance(value, dict):
        yield value, listed
        listed = listed or bool(_types(value) & _LIST_TYPES)
        for key, child in value.items():
            if key in _SKIPPED_KEYS:
                continue
            yield from _walk_listed(child, listed or key == "itemListElement")
    elif isinstance(value, list):
        for child in value:
            yield from _walk_listed(child, listed)


def _merge_variants(chosen: dict, variants: list[dict]) -> dict:
    """One product shown as several variants (sizes, colours, offers): it is
    in stock when any variant is, and a SKU that differs between variants is
    a variant SKU, not the product's."""
    if len(variants) < 2:
        return chosen
    chosen = dict(chosen)
    if any(v.get("availability") == "InStock" for v in variants):
        chosen["availability"] = "InStock"
    skus = {v.get("sku") for v in variants if v.get("sku")}
    if len(skus) > 1:
        if chosen.get("mpn") == chosen.get("sku"):
            chosen["mpn"] = None
        chosen["sku"] = None
    return chosen


def _product_score(record: dict, page: Page) -> float:
    """Evidence that a record is the page's main product: its name matches
    the title both ways (a short name like "Kettle" inside a long title is
    not enough), its identifier is in the URL; a price only breaks ties."""
    score = 0.0
    if record.get("price") is not None:
        score += 1
    if record.get("name"):
        score += 3 * max(
            ((_similarity(record["name"], t) + _similarity(t, record["name"])) / 2 for t in page.titles), default=0
        )
    url = unquote(page.url).lower()
    for key in ("sku", "gtin", "mpn"):
        value = (record.get(key) or "").lower()
        if len(value) >= 4 and value in url:
            score += 2
            break
    return score


def product_record(node: dict, page: Page) -> dict:
    """Fields of one Product-like node; for a ProductGroup, of the variant
    the URL names, else of all variants together (see _merge_variants)."""
    own = _product_fields(node, page)
    variants = [v for v in _as_list(_get(node, "hasVariant")) if isinstance(v, dict)]
    if not variants:
        return own
    chosen = _variant_named_by_url(variants, page)
    if chosen is not None:
        record = _product_fields(chosen, page)
    elif own.get("price") is None:
        records = [_product_fields(v, page) for v in variants]
        record = _merge_variants(records[0], records)
    else:
        return own
    for key, value in own.items():  # the group's brand, name, category ... fill the gaps
        if record.get(key) in (None, "") and value not in (None, ""):
            record[key] = value
    return record


def _variant_named_by_url(variants: list[dict], page: Page) -> dict | None:
    url = unquote(page.url).lower()
    for variant in variants:
        for key in ("sku", "gtin13", "gtin", "productID", "url", "@id"):
            value = _text_value(_get(variant, key))
            if value and len(value) >= 4 and value.lower().rstrip("/") in url:
                return variant
    return None


def _product_fields(node: dict, page: Page) -> dict:
    offer = offer_record_from(_get(node, "offers"), page)
    record = {
        "name": _text_value(_get(node, "name")),
        "sku": _identifier(_get(node, "sku", "productID", "productGroupID")),
        "gtin": _gtin_from(node),
        "mpn": _identifier(_get(node, "mpn")),
        "brand": clean_brand(_text_value(_get(node, "brand"))) or company_brand(_text_value(_get(node, "manufacturer"))),
        "image": _image_url(_get(node, "image"), page.url),
        "category": _category_text(_get(node, "category")),
    }
    record.update({k: v for k, v in offer.items() if v is not None})
    if record.get("sku") is None and offer.get("sku"):
        record["sku"] = offer["sku"]
    return record


def _gtin_from(node: dict) -> str | None:
    for key in ("gtin13", "gtin12", "gtin14", "gtin8", "gtin", "isbn", "ean", "upc"):
        value = _clean_gtin(_text_value(_get(node, key)))
        if value:
            return value
    return None


def _image_url(value, base: str) -> str | None:
    for item in _as_list(value):
        if isinstance(item, dict):
            item = _get(item, "contentUrl", "url", "@id")
            item = _as_list(item)[0] if isinstance(item, list) and item else item
        if isinstance(item, str) and item.strip() and join_url(base, item.strip()):
            return join_url(base, item.strip())
    return None


def _category_text(value) -> str | None:
    text = _text_value(value)
    if text and len(text) > 200:
        return None
    return text


# ---------------------------------------------------------------------------
# offers
# ---------------------------------------------------------------------------

_LIST_PRICE_TYPES = ("listprice", "strikethroughprice", "msrp", "srp", "regularprice")


def offer_record_from(offers, page: Page) -> dict:
    """Price, currency, availability ... from an ``offers`` value."""
    offer_list = [o for o in _as_list(offers) if isinstance(o, dict)]
    records = [offer_record(o, page) for o in offer_list]
    for offer, record in zip(offer_list, records):
        if "aggregateoffer" in _types(offer) and not record.get("availability"):
            record["aggregate_offer"] = True  # a summary naming no availability: unknown, not guessed (decide)
    priced = [r for r in records if r.get("price") is not None]
    if not priced:
        return _merge_variants(records[0], records) if records else {}
    named = [r for o, r in zip(offer_list, records) if r.get("price") is not None and _names_page(o, page)]
    if len(named) == 1:
        return named[0]  # the URL selects this variant's offer
    merged = _merge_variants(priced[0], records)
    if len(priced) > 1:  # each offer of the product (its own price, currency, stock, SKU): see all_offers
        # with the offer's own name and url, which tell variants sharing one SKU apart
        merged["all_offers"] = [dict(r, offer_name=_text_value(_get(o, "name")), offer_url=_offer_url(o, page))
                                for o, r in zip(offer_list, records) if r.get("price") is not None]
    return merged


def _offer_url(offer: dict, page: Page) -> str | None:
    url = _text_value(_get(offer, "url"))
    return join_url(page.url, url.strip()) if url and url.strip() else None  # (None: one urllib cannot read)


def _names_page(offer: dict, page: Page) -> bool:
    """Is the offer's url the page's own URL (a variant URL, say)?"""
    offer_url = _text_value(_get(offer, "url"))
    if not offer_url or not page.url:
        return False
    offer_url = join_url(page.url, offer_url)
    if offer_url is None:  # an address urllib cannot read names no page
        return False
    offer_url = unquote(offer_url).lower().rstrip("/")
    return unquote(page.url).lower().rstrip("/").startswith(offer_url)


def offer_record(offer: dict, page: Page) -> dict:
    types = _types(offer)
    currency_raw = _text_value(_get(offer, "priceCurrency", "currency"))
    price = None
    regular = None
    for spec in _as_list(_get(offer, "priceSpecification")):
        if not isinstance(spec, dict):
            continue
        spec_price = _amount(_get(spec, "price", "minPrice"), page)
        spec_type = (_text_value(_get(spec, "priceType")) or "").lower()
        if spec_price is None:
            continue
        currency_raw = currency_raw or _text_value(_get(spec, "priceCurrency"))
        if any(t in spec_type for t in _LIST_PRICE_TYPES):
            regular = regular or spec_price
        elif price is None:
            price = spec_price
    direct = _amount(_get(offer, "price"), page)
    if "aggregateoffer" in types or direct is None:
        direct = direct if direct is not None else _amount(_get(offer, "lowPrice"), page)
    price = direct if direct is not None else price
    nested = {}
    if price is None and _get(offer, "offers"):
        nested = offer_record_from(_get(offer, "offers"), page)
        price = nested.get("price")
        currency_raw = currency_raw or nested.get("currency")
    if currency_raw is None:
        currency_raw = _nested_currency(_get(offer, "price", "lowPrice"))
    availability = normalize_availability(_text_value(_get(offer, "availability")))
    item = _get(offer, "itemOffered")
    sku = _identifier(_get(offer, "sku"))
    if sku is None and isinstance(item, dict):
        sku = _identifier(_get(item, "sku"))
    return {
        "price": price,
        "currency": to_iso_currency(currency_raw, page.country_currency),
        "currency_unread": unread_currency(currency_raw, page.country_currency),
        "regular_price": regular if regular != price else None,
        "availability": availability or nested.get("availability"),
        "sku": sku,
        "gtin": _gtin_from(offer),
        "mpn": _identifier(_get(offer, "mpn")),
    }


def _nested_currency(value) -> str | None:
    for node in _walk(value):
        found = _text_value(_get(node, "currency", "priceCurrency", "currencyCode"))
        if found:
            return found
    return None


def _amount(value, page: Page) -> Decimal | None:
    """A positive Decimal price from a structured value (number, text, nested dict)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = _get(value, "value", "amount", "decimalPrice", "price", "sales", "@value")
        return _amount(value, page)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return _positive(Decimal(str(value)))
    text = str(value).strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return _positive(Decimal(text))
    parsed = parse_price_text(text, page)
    return parsed[0]
