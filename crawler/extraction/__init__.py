"""Generic product extraction from any product page.

``extract_product(html, url)`` returns a dict with the keys ``name, price,
currency, regular_price, availability, availability_state, sku, gtin, mpn,
brand, image, category``.  ``price``/``regular_price`` are decimal strings
("1299.99"), ``currency`` an ISO 4217 code.  ``availability`` answers "can it
be bought now?" with schema.org's two states, InStock or OutOfStock (a
pre-order or back-order can be ordered now: InStock; a discontinued product
cannot: OutOfStock); ``availability_state`` keeps the page's own finer state
(InStock, OutOfStock, PreOrder, BackOrder, Discontinued), which the crawler
stores.  A field is ``None`` when the page gives no evidence for it.  A priced
page whose only declared currency names none ("ZZZ") has ``currency`` None and
``currency_unread`` the text as written (the pipeline refuses it with that value).

Decoding
    Bytes are decoded with ``w3lib.encoding.html_to_unicode``: BOM, then the
    HTTP ``Content-Type`` (optional ``content_type`` argument), then the
    ``<meta charset>`` / ``http-equiv`` declaration, then strict UTF-8, then
    cp1252.

Sources, in order of trust
    Every source yields a partial record; a field is taken from the first
    source, in this order, that has a value for it (exceptions below).

    1. JSON-LD (``<script type="application/ld+json">``).  Parsed strictly
       first, then repaired when broken: HTML/JS comments, CDATA wrappers,
       trailing commas, raw newlines and control characters, invalid
       backslash escapes, HTML-entity-encoded scripts, trailing garbage.
       ``@graph``, top-level arrays and ``@id`` references are flattened;
       @id expansion is bounded (500 nodes per item, 4,000 per page, no
       cycles) and a capped page logs one warning naming it.
    2. Microdata (extruct), converted to the same JSON-LD shape.
    3. RDFa (extruct), only when some ``typeof`` names a Product or Offer.
    4. Meta tags (``property``, ``name`` or ``itemprop``):
       ``product:price:amount``, ``og:price:amount``,
       ``product:availability``, ``product:brand``,
       ``product:retailer_item_id``, ``og:title``, ``og:image`` ...
    5. HTML evidence (:class:`HtmlEvidence`), see below.
    6. Analytics data layers (``brand`` keys in inline scripts), only for a
       brand the title names.

    In 1-3 the candidates are Product-like nodes (Product, ProductGroup,
    Vehicle, Book ... or anything carrying ``offers``, e.g. an Event); the
    main one has the name matching the page title both ways, identifiers
    found in the URL (a price only breaks ties); products inside an
    ItemList or isRelatedTo/isSimilarTo are other products.  ProductGroup ``hasVariant``: the variant named by
    the URL.  ``offers`` may be a dict or a list, an AggregateOffer
    (``lowPrice``) or carry ``priceSpecification`` (a ListPrice /
    StrikethroughPrice becomes ``regular_price``).  ``brand`` may be a
    string or an object, GTINs come from ``gtin13/12/14/8/gtin`` (check
    digit verified), availability from URLs, bare tokens or free text.
    Variants of one product (several offers, or several nodes with the same
    name): in stock if any variant is; a SKU that differs between variants
    is a size/colour SKU and is not reported as the product's.

HTML evidence (prices: options for the price model; other fields: last resort)
    Only visible content counts: not hidden by inline style / ``hidden`` /
    hiding classes, not in header/footer/nav/aside or in lists of other
    products (related, recommended, carousel, slider-library slides ..., or
    a section headed "Customers also bought", "Vous aimerez aussi" ...).  The
    anchor is the title element: the H1 that best matches og:title/<title>
    (an H1 inside a link is another product's tile; when the best H1 shares
    few of the title's words, an H2/H3 or *title* element that matches wins).
    * price: orphan ``itemprop=price``, ``data-price`` attributes and short
      texts that are a number with a currency sign next to it or sit in
      price markup; scored by distance to the title (after it is best),
      "price" in class/id and sale markers; instalments, unit prices,
      shipping, savings, ex-VAT, "from", ratings, bids, fee/tax markup and
      counts in parentheses are skipped;
      repeated markup with differing amounts (variant swatches) is
      penalised.  Struck-through or was/RRP/old-price candidates near the
      chosen price give ``regular_price``.  A bare number takes the
      currency of the element next to it ("<b>294</b><i>元</i>").
    * availability: ``itemprop=availability`` nearest the title (not in
      hidden or chrome subtrees; out of stock only inside the main block when
      there is one), else an enabled "add to cart"/"buy" control near the
      title (InStock, many languages), else the text of the nearest element
      whose class/id says availability/stock, not in a variant picker, else
      a short out-of-stock text right after the title (never InStock from
      bare text; not a specification table's value).
    * sku, mpn, gtin, brand: orphan ``itemprop`` attributes, then
      specification tables / definition lists / "Label: value" texts with
      labels in several languages (SKU, ASIN, item number, Artikelnummer,
      EAN, model number, Marke, Brand name, Značka ...; a labelled
      manufacturer gives its name without the legal form, "Acme GmbH" ->
      Acme); for the SKU also elements whose class/id/data-* names a
      reference (not an amount with a currency), then an id-like token of
      the URL that the page repeats (visible text or a data-*id attribute);
      for the brand also a brand-page link or brand-class element: within
      50 elements of the title as shown, further away only when the title
      or the analytics data layer confirms it (not the shop's navbar-brand).
    * image: ``<link rel=image_src>``, else the (zoomable) picture nearest
      to the title.  category: breadcrumbs (BreadcrumbList, then a
      breadcrumb container's links), without "Home" and the product itself.

Cross-checks against the visible page
    * Price (:mod:`crawler.extraction.model`): every amount any source gives
      is an option, scored by a logistic regression over generic evidence
      (sources agreeing, shown on the page, nearness to the title and to the
      buy control, inside the main product block -- the smallest element
      holding the title and the nearest enabled buy control --, or shown only
      outside that block while it shows another amount, currency next to it, price/sale wording, emphasis, struck-through or "was",
      repeated tiles).  A structured amount the page shows scaled by a power
      of ten (minor units, "1.299" for 1299) is read as shown.  Weights in
      ``price_model.json``, fitted and measured leave-one-page-out by
      ``benchmarks/bench_extraction.py``.  Currency and regular price come
      with the chosen amount; a missing currency comes from another source,
      else from the site's country.
    * SKU: a SKU the page labels explicitly ("Product code: 123"), else an
      id shown next to the title in reference markup, beats a structured-data
      SKU that appears nowhere on the page; a structured SKU the page shows
      with separators ("466/7999" for 4667999) is reported as shown.
    * Brand: a brand the page labels explicitly ("Brand name: Yongli") beats a
      structured-data brand the visible page never shows; schema.org
      ``manufacturer`` (a company) gives its name without the legal form.
    * Availability: a priced offer with no evidence either way is InStock;
      "out of stock" while the main product block can be bought (enabled
      buy control) and the stock wording by the title does not say so is
      InStock (the mark came from a variant or another product); structured
      "in stock" while nothing on the page can be bought and the stock
      wording by the title says out of stock is OutOfStock (stale data).

Price text and currencies
    Price text is parsed by ``crawler.prices.parse_price`` (price-parser
    plus context rules); currency symbols and each country's currency are
    ``crawler.prices.currencies``' one table.  Ambiguous symbols ("$", "kr", "Rs", "¥") resolve to the
    site's country currency (ccTLD, else ``<html lang>`` region) when it
    uses that symbol; single-letter symbols count only in their country.
    Zero or negative amounts are placeholders and are ignored.

Modules
    ``document`` decoding, parsing, the title element and the site's country;
    ``jsonld``, ``microdata``, ``rdfa``, ``meta`` and ``html`` one per source;
    ``datalayer`` analytics brands; ``schema`` schema.org nodes -> records;
    ``model`` the price decision; ``decide`` merges the records;
    ``vocabulary`` the multilingual words and patterns; ``money`` prices and
    currencies (over :mod:`crawler.prices`); ``values`` field normalisers.
"""

from __future__ import annotations

import logging

from dataclasses import dataclass, field

from urllib.parse import urlsplit

import lxml.etree

from crawler.extraction.breadcrumbs import breadcrumb_category, html_breadcrumb
from crawler.extraction.datalayer import datalayer_record
from crawler.extraction.decide import AVAILABILITY_VALUES, FIELDS, merge_records
from crawler.extraction.document import Page, decode_html, parse_tree, read_meta
from crawler.extraction.html import HtmlEvidence
from crawler.extraction.jsonld import jsonld_items, jsonld_nodes, loads_tolerant
from crawler.extraction.meta import meta_record
from crawler.extraction.microdata import microdata_nodes
from crawler.extraction.model import PriceModel, default_model, fit_price_model, price_options
from crawler.extraction.money import (
    format_amount,
    parse_price_text,
    symbol_iso_candidates,
    symbol_to_iso,
    to_iso_currency,
)
from crawler.extraction.rdfa import rdfa_nodes
from crawler.extraction.schema import best_product, offer_record, product_record
from crawler.extraction.values import clean_brand, normalize_availability

__all__ = [
    "AVAILABILITY_VALUES", "FIELDS", "Collected", "HtmlEvidence", "Page", "PriceModel", "collect", "decide",
    "default_model", "fit_price_model", "price_options", "best_product", "breadcrumb_category",
    "clean_brand", "decode_html", "extract_product", "format_amount", "html_breadcrumb", "jsonld_items",
    "jsonld_nodes", "loads_tolerant", "merge_records", "meta_record", "microdata_nodes",
    "normalize_availability", "offer_record", "parse_price_text", "parse_tree", "product_record",
    "rdfa_nodes", "read_meta", "symbol_iso_candidates", "symbol_to_iso", "to_iso_currency",
]

log = logging.getLogger(__name__)

@dataclass
class Collected:
    """Everything the sources found on one page, before deciding."""

    page: Page
    evidence: HtmlEvidence
    records: list[dict]
    nodes: list[dict]
    jsonld_unread: list = field(default_factory=list)  # the JSON-LD scripts that cannot be read


def collect(html: str | bytes, url: str, *, content_type: str | None = None) -> Collected:
    """Run every source over a page (each guarded: one broken source loses only itself)."""
    url = _usable_url(url)
    text = decode_html(html, content_type)
    tree = parse_tree(text)
    page = Page.build(tree, url, text)
    evidence = HtmlEvidence(page)
    unread: list = []
    jsonld = _guarded("jsonld", url, jsonld_nodes, tree, url, None, unread) or []
    microdata = _guarded("microdata", url, microdata_nodes, tree, url) or []
    sources = [
        ("jsonld", _guarded("jsonld", url, best_product, jsonld, page)),
        ("microdata", _guarded("microdata", url, best_product, microdata, page)),
        ("rdfa", _guarded("rdfa", url, lambda: best_product(rdfa_nodes(tree, text, url), page))),
        ("meta", _guarded("meta", url, meta_record, page)),
        ("html", _guarded("html", url, evidence.record)),
    ]
    records = [dict(record, _source=name) for name, record in sources if record]
    return Collected(page, evidence, records, jsonld + microdata, unread)


def decide(collected: Collected, price_model: PriceModel | None = None) -> dict:
    """The product record from what the sources found (``price_model``
    defaults to the fitted one in ``price_model.json``)."""
    page = collected.page
    result = merge_records(collected.records, page, collected.evidence, price_model or default_model())
    if result["brand"] is None:  # the last source, read only when the others have no brand
        result["brand"] = (_guarded("datalayer", page.url, datalayer_record, page) or {}).get("brand")
    if result["category"] is None:
        result["category"] = breadcrumb_category(collected.nodes, result["name"]) or html_breadcrumb(
            page.tree, result["name"]
        )
    # a product with several offers (a list of offers, each with its own price, currency, stock):
    # every one of them, for the spider to emit each as an offer (crawler.platforms.base)
    offers = next((r["all_offers"] for r in collected.records if r.get("all_offers")), None)
    if offers:
        result["all_offers"] = offers
    if collected.jsonld_unread:  # (for the spider: a page without an offer says why, see platforms/base.py)
        result["jsonld_unread"] = collected.jsonld_unread
    return result


def extract_product(
    html: str | bytes, url: str, *, content_type: str | None = None, price_model: PriceModel | None = None
) -> dict:
    """Extract one product record from a product page (see module docstring)."""
    result = decide(collect(html, url, content_type=content_type), price_model)
    state = result.get("availability")
    result["availability_state"] = state
    result["availability"] = CAN_BUY_NOW.get(state, state)
    return result


# schema.org's finer states as the answer to "can it be bought now?"
CAN_BUY_NOW = {"PreOrder": "InStock", "BackOrder": "InStock", "Discontinued": "OutOfStock"}


def _usable_url(url: str | None) -> str:
    """The page's URL, or "" (unknown) when it cannot be split ("http://[::1"):
    every step reads an unknown URL as no host and no path, as they do for ""."""
    try:
        urlsplit(url or "").hostname
    except ValueError as exc:
        log.warning("unusable page URL %r treated as unknown: %s", url, exc)
        return ""
    return url or ""


def _guarded(source: str, url: str, function, *args):
    """Run one source; a page that breaks one source must not lose the others."""
    try:
        return function(*args)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError, lxml.etree.LxmlError) as exc:
        log.warning("%s extraction failed on %s: %r", source, url, exc)
        return None
