"""Generic product extraction from any product page.

``extract_product(html, url)`` returns a dict with the keys ``name, price,
currency, regular_price, availability, sku, gtin, mpn, brand, image,
category``.  ``price``/``regular_price`` are decimal strings ("1299.99"),
``currency`` an ISO 4217 code, ``availability`` one of InStock, OutOfStock,
PreOrder, BackOrder, Discontinued; a field is ``None`` when the page gives no
evidence for it.

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
       ``@graph``, top-level arrays and ``@id`` references are flattened.
    2. Microdata (extruct), converted to the same JSON-LD shape.
    3. RDFa (extruct), only when some ``typeof`` names a Product or Offer.
    4. Meta tags (``property``, ``name`` or ``itemprop``):
       ``product:price:amount``, ``og:price:amount``,
       ``product:availability``, ``product:brand``,
       ``product:retailer_item_id``, ``og:title``, ``og:image`` ...
    5. HTML evidence (:class:`HtmlEvidence`), see below.

    In 1-3 the candidates are Product-like nodes (Product, ProductGroup,
    Vehicle, Book ... or anything carrying ``offers``, e.g. an Event); the
    main one has the name closest to the page title, identifiers found in
    the URL and a price.  ProductGroup ``hasVariant``: the variant named by
    the URL.  ``offers`` may be a dict or a list, an AggregateOffer
    (``lowPrice``) or carry ``priceSpecification`` (a ListPrice /
    StrikethroughPrice becomes ``regular_price``).  ``brand`` may be a
    string or an object, GTINs come from ``gtin13/12/14/8/gtin`` (check
    digit verified), availability from URLs, bare tokens or free text.
    Variants of one product (several offers, or several nodes with the same
    name): in stock if any variant is; a SKU that differs between variants
    is a size/colour SKU and is not reported as the product's.

HTML evidence (last resort, only for fields still missing)
    Only visible content counts: not hidden by inline style / ``hidden`` /
    hiding classes, not in header/footer/nav/aside or in lists of other
    products (related, recommended, carousel ...).  The anchor is the title
    element: the H1 that best matches og:title/<title> (else an H2/H3 or
    *title* element that does).
    * price: orphan ``itemprop=price``, ``data-price`` attributes and short
      texts that are a number with a currency sign next to it or sit in
      price markup; scored by distance to the title (after it is best),
      "price" in class/id and sale markers; instalments, unit prices,
      shipping, savings, ex-VAT, "from", ratings and bids are skipped;
      repeated markup with differing amounts (variant swatches) is
      penalised.  Struck-through or was/RRP/old-price candidates near the
      chosen price give ``regular_price``.  A bare number takes the
      currency of the element next to it ("<b>294</b><i>元</i>").
    * availability: ``itemprop=availability``, else an enabled "add to
      cart"/"buy" control near the title (InStock, many languages), else the
      text of the nearest element whose class/id says availability/stock.
    * sku, mpn, gtin, brand: orphan ``itemprop`` attributes, then
      specification tables / definition lists / "Label: value" texts with
      labels in several languages (SKU, ASIN, item number, Artikelnummer,
      EAN, model number, Marke ...); for the SKU also elements whose
      class/id/data-* names a reference, then an id-like token of the URL
      that the page repeats (visible text or a data-*id attribute).
    * image: ``<link rel=image_src>``, else the (zoomable) picture nearest
      to the title.  category: breadcrumbs (BreadcrumbList, then a
      breadcrumb container's links), without "Home" and the product itself.

Cross-checks against the visible page
    * Price: the most trusted source's price is kept unless the page never
      shows it while a later source's price is shown (stale or starting
      prices in JSON-LD).  Price, currency and regular price come as a pair
      from one source; a missing currency comes from another source, else
      from the site's country.
    * SKU: a SKU the page labels explicitly ("Product code: 123") beats a
      structured-data SKU that appears nowhere on the page.
    * Availability: a priced offer with no evidence either way is InStock.

Price text and currencies
    Price text is parsed by ``crawler.prices.parse_price`` (price-parser
    plus context rules) when available, else by price-parser with the local
    symbol table.  Ambiguous symbols ("$", "kr", "Rs", "¥") resolve to the
    site's country currency (ccTLD, else ``<html lang>`` region) when it
    uses that symbol; single-letter symbols count only in their country.
    Zero or negative amounts are placeholders and are ignored.
"""

from __future__ import annotations

import html as html_lib
import json
import logging
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Iterator
from urllib.parse import unquote, urljoin, urlsplit

import lxml.etree
import lxml.html
from extruct.rdfa import RDFaExtractor
from extruct.utils import parse_xmldom_html
from extruct.w3cmicrodata import MicrodataExtractor
from w3lib.encoding import html_to_unicode

from crawler.fields import normalize_availability as _normalize_availability

from crawler.prices import currency_to_iso as _shared_currency_to_iso
from crawler.prices import parse_price as _shared_parse_price

log = logging.getLogger(__name__)

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


# ---------------------------------------------------------------------------
# public entry point
# ---------------------------------------------------------------------------


def extract_product(html: str | bytes, url: str, *, content_type: str | None = None) -> dict:
    """Extract one product record from a product page (see module docstring)."""
    text = decode_html(html, content_type)
    tree = parse_tree(text)
    page = Page.build(tree, url, text)
    evidence = HtmlEvidence(page)
    jsonld = _guarded("jsonld", url, jsonld_nodes, tree) or []
    microdata = _guarded("microdata", url, microdata_nodes, tree, url) or []
    sources = [
        ("jsonld", _guarded("jsonld", url, best_product, jsonld, page)),
        ("microdata", _guarded("microdata", url, best_product, microdata, page)),
        ("rdfa", _guarded("rdfa", url, lambda: best_product(rdfa_nodes(tree, text, url), page))),
        ("meta", _guarded("meta", url, meta_record, page)),
        ("html", _guarded("html", url, evidence.record)),
    ]
    records = [dict(record, _source=name) for name, record in sources if record]
    result = merge_records(records, page, evidence)
    if result["category"] is None:
        result["category"] = breadcrumb_category(jsonld + microdata, result["name"]) or html_breadcrumb(
            tree, result["name"]
        )
    return result


def _guarded(source: str, url: str, function, *args):
    """Run one source; a page that breaks one source must not lose the others."""
    try:
        return function(*args)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError, lxml.etree.LxmlError) as exc:
        log.warning("%s extraction failed on %s: %r", source, url, exc)
        return None


# ---------------------------------------------------------------------------
# decoding and parsing
# ---------------------------------------------------------------------------


def _sniff_encoding(body: bytes) -> str:
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def decode_html(html: str | bytes, content_type: str | None = None) -> str:
    """Decode page bytes: BOM, HTTP header, meta charset, utf-8, cp1252."""
    if isinstance(html, str):
        return html
    _, text = html_to_unicode(content_type, html, auto_detect_fun=_sniff_encoding)
    return text


def parse_tree(text: str) -> lxml.html.HtmlElement:
    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:
        tree = lxml.html.fromstring(text.encode("utf-8", "replace"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        tree = None
    if tree is None:
        tree = lxml.html.fromstring("<html><body></body></html>")
    return tree


# ---------------------------------------------------------------------------
# page context: title, url, country hints
# ---------------------------------------------------------------------------

_CCTLD_CURRENCY = {
    "uk": "GBP", "gb": "GBP", "ca": "CAD", "au": "AUD", "nz": "NZD", "ar": "ARS",
    "cl": "CLP", "mx": "MXN", "co": "COP", "br": "BRL", "pe": "PEN", "uy": "UYU",
    "in": "INR", "pk": "PKR", "lk": "LKR", "np": "NPR", "kz": "KZT", "ru": "RUB",
    "by": "BYN", "ua": "UAH", "pl": "PLN", "cz": "CZK", "hu": "HUF", "ro": "RON",
    "bg": "BGN", "hr": "HRK", "rs": "RSD", "se": "SEK", "no": "NOK", "dk": "DKK",
    "is": "ISK", "ch": "CHF", "li": "CHF", "jp": "JPY", "cn": "CNY", "kr": "KRW",
    "tw": "TWD", "hk": "HKD", "sg": "SGD", "my": "MYR", "th": "THB", "id": "IDR",
    "ph": "PHP", "vn": "VND", "tr": "TRY", "il": "ILS", "sa": "SAR", "ae": "AED",
    "qa": "QAR", "kw": "KWD", "eg": "EGP", "za": "ZAR", "ng": "NGN", "ke": "KES",
    "ma": "MAD", "us": "USD",
    **dict.fromkeys(
        "de fr it es pt nl be at ie fi gr sk si lv lt ee lu mt cy".split(), "EUR"
    ),
}


@dataclass
class Page:
    tree: lxml.html.HtmlElement
    url: str
    country_currency: str | None
    titles: list[str]
    h1: lxml.html.HtmlElement | None
    meta: dict[str, str]
    html: str = ""
    order: dict[Any, int] = field(default_factory=dict)

    @classmethod
    def build(cls, tree, url: str, html: str = "") -> "Page":
        meta = read_meta(tree)
        h1 = _title_h1(tree, meta)
        titles = [
            _clean_text(h1.text_content()) if h1 is not None else "",
            meta.get("og:title", ""),
            _clean_text(" ".join(tree.xpath("//title//text()"))),
        ]
        return cls(
            tree=tree,
            url=url or "",
            country_currency=_country_currency(tree, url or ""),
            titles=[t for t in titles if t],
            h1=h1,
            meta=meta,
            html=html,
        )

    def position(self, element) -> int:
        """Document-order index of an element (lazily computed)."""
        if not self.order:
            self.order = {el: i for i, el in enumerate(self.tree.iter())}
        return self.order.get(element, 0)


def _title_h1(tree, meta: dict[str, str]):
    """The product title element: the H1 that best matches og:title / <title>
    (the first one on ties), else the first H2/H3 or *title*/*name* element
    whose text is mostly made of the page title's words."""
    title = meta.get("og:title") or _clean_text(" ".join(tree.xpath("//title//text()")))
    best, best_score = None, -1.0
    for h1 in tree.xpath("//h1"):
        text = _clean_text(h1.text_content())
        if not text:
            continue
        score = _similarity(text, title) if title else 0.0
        if score > best_score + 0.2:
            best, best_score = h1, score
    if best is not None or not title:
        return best
    xpath = "//h2 | //h3 | //*[contains(@class, 'title') or contains(@class, 'name') or contains(@id, 'title')]"
    for el in tree.xpath(xpath):
        text = _clean_text(el.text_content())
        if 3 <= len(text) <= 200 and len(_tokens(text)) >= 2 and _similarity(text, title) >= 0.8:
            return el
    return None


def _country_currency(tree, url: str) -> str | None:
    host = (urlsplit(url).hostname or "").lower()
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    if tld in _CCTLD_CURRENCY:
        return _CCTLD_CURRENCY[tld]
    lang = (tree.get("lang") or "").lower().replace("_", "-")
    region = lang.split("-")[1] if "-" in lang else ""
    return _CCTLD_CURRENCY.get(region)


# ---------------------------------------------------------------------------
# tolerant JSON(-LD) parsing
# ---------------------------------------------------------------------------

_VALID_ESCAPES = set('"\\/bfnrtu')


_TRAILING_COMMA_RE = re.compile(r'"(?:[^"\\]|\\.)*"|,\s*([}\]])')


def _repair_json(text: str) -> str:
    """Remove comments and trailing commas, fix escapes and raw newlines."""
    out: list[str] = []
    i, n = 0, len(text)
    in_string = False
    while i < n:
        ch = text[i]
        if in_string:
            if ch == "\\" and i + 1 < n:
                nxt = text[i + 1]
                out.append("\\" + nxt if nxt in _VALID_ESCAPES else "\\\\" + nxt)
                i += 2
                continue
            if ch == '"':
                in_string = False
            elif ch == "\n":
                ch = "\\n"
            elif ch == "\r":
                ch = "\\r"
            elif ch == "\t":
                ch = "\\t"
            out.append(ch)
            i += 1
            continue
        if ch == '"':
            in_string = True
        elif text.startswith("//", i):
            i = text.find("\n", i)
            i = n if i < 0 else i
            continue
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        elif text.startswith("<!--", i):
            i += 4
            continue
        elif text.startswith("-->", i):
            i += 3
            continue
        elif text.startswith("<![CDATA[", i):
            i += 9
            continue
        elif text.startswith("]]>", i):
            i += 3
            continue
        out.append(ch)
        i += 1
    return _TRAILING_COMMA_RE.sub(lambda m: m.group(1) or m.group(0), "".join(out))


def _decode_values(text: str) -> list:
    """Decode one or more JSON values laid side by side (trailing garbage ignored)."""
    decoder = json.JSONDecoder(strict=False)
    values, i = [], 0
    while True:
        start = min((p for p in (text.find("{", i), text.find("[", i)) if p >= 0), default=-1)
        if start < 0:
            break
        try:
            value, i = decoder.raw_decode(text, start)
        except ValueError:
            break
        values.append(value)
    return values


def loads_tolerant(text: str) -> list:
    """Parse a JSON-LD script body; return its top-level values ([] if hopeless)."""
    text = text.strip().lstrip("\ufeff")
    if not text:
        return []
    try:
        return [json.loads(text, strict=False)]
    except ValueError:
        pass
    candidates = [text]
    if "&quot;" in text or "&#" in text:
        candidates.append(html_lib.unescape(text))
    for candidate in candidates:
        repaired = _repair_json(candidate)
        try:
            return [json.loads(repaired, strict=False)]
        except ValueError:
            values = _decode_values(repaired)
            if values:
                return values
    return []


def jsonld_items(tree) -> list[dict]:
    """Top-level JSON-LD items of a page (arrays flattened, broken JSON repaired)."""
    items: list[dict] = []
    for script in tree.xpath("//script[@type]"):
        kind = script.get("type", "").lower()
        if "ld+json" not in kind:
            continue
        for value in loads_tolerant(script.text_content() or ""):
            items.extend(v for v in (value if isinstance(value, list) else [value]) if v)
    return [item for item in items if isinstance(item, dict)]


# ---------------------------------------------------------------------------
# schema.org node helpers
# ---------------------------------------------------------------------------

PRODUCT_TYPES = {
    "product", "productgroup", "productmodel", "individualproduct", "someproducts",
    "vehicle", "car", "motorcycle", "book", "drug", "dietarysupplement",
    "musicalbum", "musicrelease", "movie", "videogame", "softwareapplication",
    "mobileapplication", "creativework", "watch", "clothing",
}
OFFER_TYPES = {"offer", "aggregateoffer"}


def _types(node: dict) -> set[str]:
    raw = node.get("@type") or node.get("type") or []
    raw = raw if isinstance(raw, list) else [raw]
    return {re.split(r"[/#:]", str(t))[-1].lower() for t in raw if t}


def _get(node: dict, *keys: str):
    """First present value among keys, matched case-insensitively."""
    if not isinstance(node, dict):
        return None
    lowered = None
    for key in keys:
        if key in node and node[key] not in (None, "", [], {}):
            return node[key]
        if lowered is None:
            lowered = {str(k).lower(): v for k, v in node.items()}
        value = lowered.get(key.lower())
        if value not in (None, "", [], {}):
            return value
    return None


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text_value(value) -> str | None:
    """A plain string out of str / number / {name|@value|value} / list."""
    for item in _as_list(value):
        if isinstance(item, dict):
            item = _get(item, "name", "@value", "value", "@id")
            if isinstance(item, (dict, list)):
                item = _text_value(item)
        if isinstance(item, (int, float)) and not isinstance(item, bool):
            item = str(item)
        if isinstance(item, str):
            cleaned = _clean_text(html_lib.unescape(item))
            if cleaned:
                return cleaned
    return None


def _walk(value, seen=None) -> Iterator[dict]:
    """Every dict inside a JSON value (depth-first, document order)."""
    if isinstance(value, dict):
        yield value
        for key, child in value.items():
            if key in ("isRelatedTo", "isSimilarTo", "isAccessoryOrSparePartFor", "review"):
                continue
            yield from _walk(child)
    elif isinstance(value, list):
        for child in value:
            yield from _walk(child)


def _resolve_refs(items: list[dict]) -> list[dict]:
    """Replace {"@id": x} stubs with the full node carrying that @id."""
    by_id = {}
    for node in _walk(items):
        node_id = node.get("@id")
        if isinstance(node_id, str) and len(node) > 1:
            by_id.setdefault(node_id, node)

    def resolve(value, depth=0):
        if depth > 8:
            return value
        if isinstance(value, dict):
            if set(value) == {"@id"} and value["@id"] in by_id:
                value = by_id[value["@id"]]
            return {k: resolve(v, depth + 1) for k, v in value.items()}
        if isinstance(value, list):
            return [resolve(v, depth + 1) for v in value]
        return value

    return [resolve(item) for item in items]


def jsonld_nodes(tree) -> list[dict]:
    items = []
    for item in jsonld_items(tree):
        graph = item.get("@graph")
        if isinstance(graph, list):
            items.extend(g for g in graph if isinstance(g, dict))
        elif isinstance(graph, dict):
            items.append(graph)
        if len(item) > 2 or "@graph" not in item:
            items.append(item)
    return _resolve_refs(items)


def microdata_nodes(tree, url: str) -> list[dict]:
    if not tree.xpath("//*[@itemscope][1]"):
        return []
    try:
        items = MicrodataExtractor().extract_items(tree, url)
    except Exception:  # extruct is robust, but never let a page crash us
        return []
    return [_microdata_to_jsonld(item) for item in items]


def _microdata_to_jsonld(value):
    if isinstance(value, list):
        return [_microdata_to_jsonld(v) for v in value]
    if isinstance(value, dict) and "properties" in value:
        node = {"@type": value.get("type")}
        node.update({k: _microdata_to_jsonld(v) for k, v in value["properties"].items()})
        return node
    return value


def rdfa_nodes(tree, text: str, url: str) -> list[dict]:
    """schema.org nodes from RDFa (parsed only if the page uses typeof)."""
    if not any(re.search(r"product|offer", t, re.I) for t in tree.xpath("//@typeof")):
        return []
    try:
        document = parse_xmldom_html(text.encode("utf-8", "replace"), encoding="utf-8")
        expanded = RDFaExtractor().extract_items(document, base_url=url)
    except Exception:
        return []
    return _rdfa_to_jsonld(expanded)


def _rdfa_to_jsonld(expanded: list[dict]) -> list[dict]:
    """Compact expanded RDFa JSON-LD: short property names, nested references."""

    def short(uri: str) -> str:
        return re.split(r"[/#:]", uri)[-1]

    by_id = {n.get("@id"): n for n in expanded if isinstance(n, dict)}

    def convert(node, depth=0):
        out = {"@type": [short(t) for t in node.get("@type", [])]}
        for key, values in node.items():
            if key.startswith("@"):
                continue
            converted = []
            for v in values if isinstance(values, list) else [values]:
                if isinstance(v, dict) and "@value" in v:
                    converted.append(v["@value"])
                elif isinstance(v, dict) and "@id" in v:
                    ref = by_id.get(v["@id"])
                    converted.append(convert(ref, depth + 1) if ref and depth < 5 else v["@id"])
            out[short(key)] = converted[0] if len(converted) == 1 else converted
        return out

    return [convert(n) for n in expanded if isinstance(n, dict) and n.get("@type")]


# ---------------------------------------------------------------------------
# picking the page's main product and reading its fields
# ---------------------------------------------------------------------------


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
    candidates = [n for node in nodes for n in _walk(node) if _is_product(n)]
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
    score = 0.0
    if record.get("price") is not None:
        score += 2
    if record.get("name"):
        score += 3 * max((_similarity(record["name"], t) for t in page.titles), default=0)
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
        "brand": clean_brand(_text_value(_get(node, "brand"))) or clean_brand(_text_value(_get(node, "manufacturer"))),
        "image": _image_url(_get(node, "image"), page.url),
        "category": _category_text(_get(node, "category")),
    }
    record.update({k: v for k, v in offer.items() if v is not None})
    if record.get("sku") is None and offer.get("sku"):
        record["sku"] = offer["sku"]
    return record


def _identifier(value) -> str | None:
    text = _text_value(value)
    if not text:
        return None
    text = re.sub(r"^(?:isbn|ean|gtin\d*|upc|sku|mpn|asin)\s*[:#]\s*", "", text, flags=re.I)
    if _placeholder(text):
        return None
    head, _, rest = text.partition(" ")
    if rest and len(head) >= 5 and re.search(r"\d", head) and not re.search(r"\d", rest) and re.search(r"[^\W\d]{3}", rest):
        text = head  # "TE502955-1293415 Housse de canapé" -> the code alone
    return text if len(text) <= 64 else None


def _placeholder(text: str) -> bool:
    """Unrendered template variables such as "$metabrand" or "{{ sku }}"."""
    return bool(re.match(r"^\$[a-z_]", text, re.I) or "{{" in text or "}}" in text or "<%" in text)


def clean_brand(value: str | None) -> str | None:
    if not value:
        return None
    value = _clean_text(html_lib.unescape(value))
    if ":" in value and len(value) > 20:
        value = value.rsplit(":", 1)[1].strip()  # "See more from brand: Acme" -> "Acme"
    if not value or _placeholder(value) or len(value) > 60 or value.lower() in ("null", "none", "n/a", "undefined"):
        return None
    return value


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
        if isinstance(item, str) and item.strip():
            return urljoin(base, item.strip())
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
    priced = [r for r in records if r.get("price") is not None]
    if not priced:
        return _merge_variants(records[0], records) if records else {}
    named = [r for o, r in zip(offer_list, records) if r.get("price") is not None and _names_page(o, page)]
    if len(named) == 1:
        return named[0]  # the URL selects this variant's offer
    return _merge_variants(priced[0], records)


def _names_page(offer: dict, page: Page) -> bool:
    """Is the offer's url the page's own URL (a variant URL, say)?"""
    offer_url = _text_value(_get(offer, "url"))
    if not offer_url or not page.url:
        return False
    offer_url = unquote(urljoin(page.url, offer_url)).lower().rstrip("/")
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


def _positive(amount: Decimal | None) -> Decimal | None:
    try:
        return amount if amount is not None and amount.is_finite() and amount > 0 else None
    except InvalidOperation:
        return None


# ---------------------------------------------------------------------------
# availability
# ---------------------------------------------------------------------------

def normalize_availability(value: str | None) -> str | None:
    """Map schema.org URLs, tokens and free text to an availability label (None when unknown):
    the same vocabulary as the pipelines (:func:`crawler.fields.normalize_availability`)."""
    label = _normalize_availability(value) if value else "Unknown"
    return None if label == "Unknown" else label


# ---------------------------------------------------------------------------
# prices and currencies
# ---------------------------------------------------------------------------

# Symbols whose ISO code is not obvious from price-parser's table, and the
# default for ambiguous ones (overridden by the page's country when it uses
# the same symbol).
_SYMBOL_ISO = {
    "$": "USD", "us$": "USD", "usd": "USD", "c$": "CAD", "ca$": "CAD", "cad": "CAD",
    "a$": "AUD", "au$": "AUD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "mx$": "MXN",
    "r$": "BRL", "nt$": "TWD", "€": "EUR", "eur": "EUR", "euro": "EUR", "£": "GBP",
    "gbp": "GBP", "¥": "JPY", "￥": "JPY", "円": "JPY", "元": "CNY", "rmb": "CNY",
    "₹": "INR", "rs": "INR", "rs.": "INR", "₨": "INR", "₩": "KRW", "원": "KRW",
    "₽": "RUB", "руб": "RUB", "руб.": "RUB", "р.": "RUB", "₴": "UAH", "грн": "UAH",
    "₸": "KZT", "тг": "KZT", "тг.": "KZT", "тенге": "KZT", "zł": "PLN", "zl": "PLN",
    "kč": "CZK", "kc": "CZK", "ft": "HUF", "lei": "RON", "лв": "BGN", "лв.": "BGN",
    "kn": "HRK", "kr": "SEK", "kr.": "DKK", "chf": "CHF", "fr.": "CHF", "₺": "TRY",
    "tl": "TRY", "₪": "ILS", "฿": "THB", "₫": "VND", "₱": "PHP", "rp": "IDR",
    "rm": "MYR", "r": "ZAR", "ر.س": "SAR", "sr": "SAR", "د.إ": "AED", "aed": "AED",
    "br": "BYN", "byn": "BYN", "руб.бел": "BYN",
}
# ccTLD currency wins for these ambiguous symbols when it shares them.
_SYMBOL_FAMILY = {
    "$": {"USD", "CAD", "AUD", "NZD", "ARS", "CLP", "MXN", "COP", "SGD", "HKD", "TWD", "UYU", "BRL"},
    "kr": {"SEK", "NOK", "DKK", "ISK"},
    "kr.": {"SEK", "NOK", "DKK", "ISK"},
    "rs": {"INR", "PKR", "LKR", "NPR"},
    "rs.": {"INR", "PKR", "LKR", "NPR"},
    "₨": {"INR", "PKR", "LKR", "NPR"},
    "¥": {"JPY", "CNY"},
    "元": {"CNY", "TWD", "HKD"},
    "￥": {"JPY", "CNY"},
    "£": {"GBP", "EGP"},
    "fr.": {"CHF"},
    "р.": {"RUB", "BYN"},
    "руб": {"RUB", "BYN"},
    "руб.": {"RUB", "BYN"},
    "br": {"BYN"},
}


def _price_parser_symbols() -> dict[str, str]:
    """symbol -> ISO from price-parser's own currency table (if available)."""
    try:
        from price_parser._currencies import CURRENCIES
    except ImportError:  # pragma: no cover
        return {}
    table: dict[str, str] = {}
    for code, info in CURRENCIES.items():
        for key in ("s", "sn"):
            symbol = info.get(key)
            if symbol:
                table.setdefault(_symbol_key(symbol), code)
        for symbol in info.get("sn2", []) or []:
            table.setdefault(_symbol_key(symbol), code)
    return table


def _symbol_key(symbol: str) -> str:
    return re.sub(r"[\u200e\u200f\s~]", "", symbol).lower()


_ISO_CODES: set[str] = set()
try:
    from price_parser._currencies import CURRENCIES as _PP_CURRENCIES

    _ISO_CODES = {c for c in _PP_CURRENCIES if re.fullmatch(r"[A-Z]{3}", c)}
except ImportError:  # pragma: no cover
    pass
_ISO_CODES |= set(_CCTLD_CURRENCY.values()) | {"EUR", "USD", "BYN"}
_PP_SYMBOLS = _price_parser_symbols()


def symbol_to_iso(symbol: str | None, country_currency: str | None = None) -> str | None:
    """ISO 4217 code for a currency symbol/code as shown on a page."""
    if not symbol:
        return None
    key = _symbol_key(symbol)
    if not key:
        return None
    if key.upper() in _ISO_CODES:
        return key.upper()
    family = _SYMBOL_FAMILY.get(key)
    if family and country_currency in family:
        return country_currency
    if key in _SYMBOL_ISO:
        return _SYMBOL_ISO[key]
    stripped = key.rstrip(".")
    if stripped in _SYMBOL_ISO:
        return _SYMBOL_ISO[stripped]
    return _PP_SYMBOLS.get(key) or _PP_SYMBOLS.get(stripped)


def symbol_iso_candidates(symbol: str) -> set[str]:
    """Every ISO code a shown symbol may stand for (used to score benchmarks)."""
    key = _symbol_key(symbol)
    found = {symbol_to_iso(symbol)} | _SYMBOL_FAMILY.get(key, set())
    return {c for c in found if c}


def to_iso_currency(raw: str | None, country_currency: str | None = None) -> str | None:
    if not raw:
        return None
    try:
        code = _shared_currency_to_iso(raw, default_currency=country_currency)
    except Exception:
        code = None
    return code or symbol_to_iso(raw, country_currency)


def parse_price_text(text: str, page: Page | None = None) -> tuple[Decimal | None, str | None]:
    """(amount, ISO currency) from price text, via crawler.prices."""
    amount, currency, _ = _price_parts(text, page.country_currency if page else None)
    return amount, currency


_COMMON_SYMBOLS = set("$€£¥₹₩₽₺₪฿₫₱₴₸￥")


def _price_parts(text: str, country: str | None) -> tuple[Decimal | None, str | None, str | None]:
    """(amount, ISO currency, currency as shown) of a short price text."""
    text = _clean_text(text)
    if not text or len(text) > 80 or not re.search(r"\d", text):
        return None, None, None
    shared = _shared_parse_price(text, default_currency=country)
    amount, raw = shared.amount, shared.currency_raw
    currency = shared.currency if raw else None
    if currency is None:
        raw, currency = _currency_word(text, country)
    if raw and not _plausible_symbol(raw, currency, country):
        raw = currency = None
    return _positive(amount), currency, raw


def _plausible_symbol(raw: str, currency: str | None, country: str | None) -> bool:
    """Single letters (G, R, K ...) count as currencies only in their own country."""
    core = raw.strip(" .")
    if len(core) > 1 or core in _COMMON_SYMBOLS:
        return True
    return currency is not None and currency == country


def _currency_word(text: str, country: str | None) -> tuple[str | None, str | None]:
    """Currency named by a bare word in price text that price-parser misses."""
    for token in re.findall(r"[^\d\s.,:;()\-–+*/]+\.?", text):
        code = symbol_to_iso(token, country)
        if code:
            return token, code
    return None, None


def _symbol_next_to_number(text: str, raw: str) -> bool:
    symbol = re.escape(raw.strip())
    return bool(re.search(symbol + r"\s?[-+]?\d|\d[\d.,\-]*\s?" + symbol, text, re.I))


def format_amount(amount: Decimal | None) -> str | None:
    if amount is None:
        return None
    text = format(amount.normalize(), "f")
    if "." in text and len(text.split(".")[1]) == 1:
        text += "0"
    return text


# ---------------------------------------------------------------------------
# meta tags
# ---------------------------------------------------------------------------


def read_meta(tree) -> dict[str, str]:
    """First content of every <meta property|name|itemprop>, keys lower-cased."""
    meta: dict[str, str] = {}
    for el in tree.xpath("//meta[@content]"):
        content = (el.get("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (el.get(attr) or "").strip().lower()
            if key:
                meta.setdefault(key, content)
    return meta


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
    return urljoin(base, image) if image else None


def _clean_gtin(value: str | None, strict: bool = False) -> str | None:
    """The digits of a GTIN-8/12/13/14.  A code that lost its leading zeros
    ("32429335302") is padded to the length that makes its check digit
    valid.  A declared code (structured data, meta tags) with a wrong check
    digit is passed on as given, for the item pipeline to judge and record;
    with ``strict`` (codes guessed from page text) it is dropped."""
    if not value:
        return None
    digits = re.sub(r"^(?:isbn|ean|gtin\d*|upc)\s*[:#]?\s*|[\s-]", "", str(value).strip(), flags=re.I)
    if not digits.isdigit() or not 8 <= len(digits) <= 14:
        return None
    for length in (8, 12, 13, 14):
        if length >= len(digits) and _gtin_valid(digits.zfill(length)):
            return digits.zfill(length)
    return None if strict else digits


# ---------------------------------------------------------------------------
# category from breadcrumbs
# ---------------------------------------------------------------------------

_HOME_RE = re.compile(
    r"^(?:home|homepage|start|startseite|accueil|inicio|início|home page|главная|головна|首页|ホーム|홈|"
    r"domov|strona główna|etusivu|forside|hem|página inicial|pagina iniziale)$",
    re.I,
)


def _trail(names: list[str], product_name: str | None) -> str | None:
    """Breadcrumb names without "Home" and without the product itself, joined by " > "."""
    names = [n for n in names if n]
    if names and _HOME_RE.match(names[0]):
        names = names[1:]
    if names and product_name and names[-1].lower() == product_name.lower():
        names = names[:-1]
    return " > ".join(names) if names else None


def breadcrumb_category(nodes: list[dict], product_name: str | None) -> str | None:
    """Category path from a schema.org BreadcrumbList (JSON-LD or microdata)."""
    for node in _walk(nodes):
        if "breadcrumblist" not in _types(node):
            continue
        elements = [e for e in _as_list(_get(node, "itemListElement")) if isinstance(e, dict)]
        elements.sort(key=lambda e: _position_number(_get(e, "position")))
        names = []
        for element in elements:
            item = _get(element, "item")
            name = _text_value(_get(element, "name"))
            if not name and isinstance(item, dict):
                name = _text_value(_get(item, "name"))
            names.append(name)
        trail = _trail(names, product_name)
        if trail:
            return trail
    return None


def _position_number(value) -> float:
    try:
        return float(str(value))
    except (TypeError, ValueError):
        return float("inf")


def html_breadcrumb(tree, product_name: str | None) -> str | None:
    """Category path from the link texts of a breadcrumb container."""
    xpath = "//*[contains(@class, 'readcrumb') or contains(@id, 'readcrumb') or contains(@class, 'BREADCRUMB')]"
    for container in tree.xpath(xpath):
        names = [_clean_text(a.text_content()) for a in container.xpath(".//a")]
        names = [n for n in names if n and len(n) <= 60]
        trail = _trail(list(dict.fromkeys(names)), product_name)
        if trail:
            return trail
    return None


# ---------------------------------------------------------------------------
# HTML evidence (last resort)
# ---------------------------------------------------------------------------


def _clean_text(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _similarity(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta)


_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "title", "option", "select", "textarea"}
_CHROME_TAGS = {"header", "footer", "nav", "aside"}
# class/id words of containers that are not the product's own content
_CHROME_WORDS = (
    "related", "recommend", "similar", "upsell", "up-sell", "crosssell", "cross-sell", "also", "recent",
    "viewed", "carousel", "bestseller", "best-seller", "topseller", "top-seller", "sponsored", "advert",
    "compare-list", "compare-products", "comparison", "minicart", "mini-cart", "cart-drawer", "cart-flyout",
    "cart-popup", "megamenu", "mega-menu", "breadcrumb", "cookie", "newsletter", "footer", "header",
)
_MAIN_WORDS = ("product", "price", "detail", "main")
_DIGIT_RE = re.compile(r"\d")
_OLD_WORDS = (
    r"old|was|regular|reg|list|original|orig|strike|striked|strikethrough|crossed|before|rrp|msrp|"
    r"compare|uvp|prev|previous|retail|standard|normal|full|initial|barred|alt|vorher|statt|streich|"
    r"antes|tachado|ancien|barre|vecchio|stara|stary"
)
_OLD_PRICE_RE = re.compile(
    rf"(?:{_OLD_WORDS})[-_ ]?price|price[-_ ]?(?!list)(?:{_OLD_WORDS})\b|"
    r"\b(?:old|was|strike|strikethrough|crossed|rrp|msrp|uvp|before|prev|previous|original)\b",
    re.I,
)
_OLD_LABEL_RE = re.compile(
    r"\b(?:was|rrp|uvp|msrp|list price|regular price|reg\.? price|retail price|compare at|statt|"
    r"vorher|avant|prima|antes|previously|originally)\b|原價|原价|定價|建議售價|市場價|参考价",
    re.I,
)
_PRICE_HINT_RE = re.compile(
    r"price|preis|prix|prezzo|precio|preco|preço|cena|cijena|hinta|pris|fiyat|цена|ціна|kaina|amount", re.I
)
_SALE_PRICE_RE = re.compile(
    r"sale|special|current|final|now|our|actual|offer|promo|deal|buy|selling|main|big|large|primary",
    re.I,
)
# text around a number that says it is not the product's price
_PRICE_NOISE_RE = re.compile(
    r"/\s*(?:mo|month|kg|g|l|ml|m|m2|m²|st|stk|pc|pcs|unit)\b|\bper (?:month|unit|kg|item)|monthly|a month|"
    r"install?ment|\bcuotas\b|\bmeses\b|mensual|\bmonat|\bmois\b|\bmese\b|měsíc|mesiac|miesi|\brat[ae]\b|ratenzahlung|"
    r"shipping|delivery|livraison|versand|lieferung|env[ií]o|spedizione|doprava|po[sš]tovn|\bporto\b|\bfrete\b|"
    r"\bsave\b|\bsaving|\bspar(?:en|st)\b|[ée]conomi|ahorr|risparmi|u[sš]et|oszcz|bonus|\bpoints?\b|cashback|"
    r"ohne mwst|\bexcl|\bexkl|bez dph|bez ddv|brez ddv|bez vat|bez pdv|без ндс|zonder btw|\bex\.? vat|"
    r"hors (?:taxe|tva)|\bht\b|\bnetto\b|sin iva|senza iva|每期|分期|起|以上|\d\s*up\b|"
    r"%|\bfrom\b|\bab\b|à partir|a partir|\bdesde\b|\bda\b|\bod\b|\boptions?\b|\boffers\b|angebote|offres|"
    r"rating|review|\bstars?\b|sterne|étoiles|bewertung|starting|start(?:ing)? (?:price|bid)|opening bid|"
    r"startpreis|mindestgebot|prix de départ|precio (?:inicial|de salida)|\bbids?\b|gebote|enchères",
    re.I,
)
_ADD_TO_CART_RE = re.compile(
    r"add[\s_-]*to[\s_-]*(?:cart|basket|bag|trolley)|addtocart|addtobasket|addtobag|buy[\s_-]*(?:it[\s_-]*)?now|"
    r"buy[\s_-]*button|btn[\s_-]*buy|in den (?:warenkorb|einkaufswagen)|warenkorb|ajouter au panier|"
    r"aggiungi al carrello|añadir al carrito|añadir a la cesta|agregar al carrito|adicionar ao carrinho|"
    r"comprar|kaufen|jetzt kaufen|acheter|acquista|do ko[sš][ií]k|do koszyka|v košarico|u košaric|"
    r"в корзину|купить|kosárba|sepete ekle|lägg i varukorg|læg i kurv|legg i handlekurv|"
    r"lisää ostoskoriin|in winkelwagen|bestellen|naroči|objednat|kupi|place bid|bid now|"
    r"加入購物車|立即購買|加入购物车|立即购买|カートに入れる|장바구니|구매하기|أضف إلى|اشتري",
    re.I,
)
_AVAILABILITY_HINT_RE = re.compile(
    r"availab|stock|lager|dostupn|verf[üu]g|disponib|inventory|delivery-?status|skladem|skladom|nalich",
    re.I,
)
# attribute values naming an element that shows the product's reference
_ID_HINT_RE = re.compile(
    r"\bsku\b|product-?ref(?:erence)?|\breference\b|article-?(?:number|nr|no|code)|item-?(?:number|code|no)|"
    r"product-?(?:code|number|id)\b|art-?nr",
    re.I,
)

# Labels of specification tables ("SKU: 1234", <th>EAN</th><td>...</td> ...),
# normalised to lower case; earlier tiers win over later ones.
_SKU_LABELS = [
    re.compile(r"sku|asin|sku (?:number|no\.?|#|code)", re.I),
    re.compile(
        r"(?:ebay )?item (?:number|no\.?|#|id|code)|article (?:number|no\.?|code)|"
        r"art\.? ?(?:nr|no|nº|n°)\.?|artikel ?(?:nummer|nr\.?)|artikelnr\.?|"
        r"product (?:code|id|number|no\.?)|prod(?:uct)? ?#|id (?:do )?produ(?:to|ct|it|cto|kt)|"
        r"código(?: de producto| del producto| art[ií]culo)?|cod(?:ice|\.)?(?: articolo| prodotto)|"
        r"šifra(?: artikla| proizvoda)?|kód (?:produktu|tovaru)|kod (?:produktu|towaru)|код товара|артикул|"
        r"numer katalogowy|cikkszám|varenummer|tuotenumero|商品編號|商品编号|品番|상품번호|ad #|ad id|ad number",
        re.I,
    ),
    re.compile(r"r[ée]f(?:[ée]rence|\.)?(?: produit| article)?|ref(?:erence|\.)?|kód|kod|код|cod\.?|codice|code", re.I),
]
_MPN_LABELS = [
    re.compile(
        r"mpn|(?:item )?model(?: number| no\.?| #|nummer|nr\.?)|manufacturer (?:part )?(?:number|no\.?|#)|"
        r"part (?:number|no\.?|#)|mfr\.? ?(?:part )?(?:number|no\.?|#)|herstellernummer|"
        r"hersteller-?artikelnummer|modellnummer|num[ée]ro du mod[èe]le(?: de l'article)?|"
        r"r[ée]f[ée]rence (?:fabricant|constructeur)|numero (?:di )?modello(?: articolo)?|"
        r"número de (?:modelo|pieza)|produktové číslo|part ?no\.?|kod producenta|型番|型號|型号",
        re.I,
    ),
    re.compile(r"model|modell|modèle|modello|modelo|модель", re.I),
]
_GTIN_LABELS = [
    re.compile(
        r"(?:ean|gtin|upc|isbn|jan|barcode|ean[/ -]upc|ean-?13|gtin-?1[34]|isbn-?1[03]|código de barras|штрихкод)"
        r"(?: code| number| kód| kod| nummer)?",
        re.I,
    )
]
_BRAND_LABELS = [
    re.compile(
        r"brand|marke|marque|marca|merk|marka|märke|mærke|merkki|brend|бренд|марка|ブランド|品牌|브랜드", re.I
    ),
    re.compile(
        r"manufacturer|hersteller|fabricant|produttore|fabricante|producent|výrobca|výrobce|proizvajalec|"
        r"proizvođač|gyártó|производитель|üretici",
        re.I,
    ),
]


_ANY_LABEL_RE = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (*_SKU_LABELS, *_MPN_LABELS, *_GTIN_LABELS, *_BRAND_LABELS)), re.I
)


def _normalize_label(text: str) -> str:
    text = re.sub(r"[\u200e\u200f\u00a0]", " ", text)
    return _clean_text(text).strip(" :：-–|·•*").lower()


def _gtin_valid(code: str) -> bool:
    """GS1 mod-10 check digit (GTIN-8/12/13/14); all-zero codes are rejected."""
    if not code.isdigit() or len(code) not in (8, 12, 13, 14) or not code.strip("0"):
        return False
    digits = [int(c) for c in code]
    check = digits.pop()
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return (10 - total % 10) % 10 == check


def _spaced_text(el) -> str:
    """Text content with a space between inline pieces (labels and values)."""
    return _clean_text(" ".join(el.itertext()))


@dataclass
class PriceCandidate:
    amount: Decimal
    currency: str | None
    score: float
    position: int
    is_old: bool
    signature: str = ""


class HtmlEvidence:
    """Heuristics over visible markup; used for fields structured data lacks.

    Only "visible" elements count: not in <script>/<style>, not hidden by
    inline style / ``hidden`` / common hiding classes, and not inside page
    chrome (header, footer, nav, aside) or lists of other products
    (related, recommended, carousel ...).  Distances are counted in elements,
    in document order, from the title H1.
    """

    def __init__(self, page: Page):
        self.page = page
        self.tree = page.tree
        self.anchor = page.position(page.h1) if page.h1 is not None else None
        self.visible = _visible_elements(page)
        self.visible_set = set(self.visible)
        self.text_len = _text_lengths(self.visible)
        self.itemprops: dict[str, list] = {}
        for el in self.tree.xpath("//*[@itemprop]"):
            for name in (el.get("itemprop") or "").split():
                self.itemprops.setdefault(name.lower(), []).append(el)
        self._pairs: list[tuple[str, str, int]] | None = None

    def record(self) -> dict:
        price, currency, regular = self.price()
        return {
            "name": self.page.titles[0] if self.page.h1 is not None else None,
            "price": price,
            "currency": currency,
            "regular_price": regular,
            "availability": self.availability(),
            "sku": self.sku(),
            "gtin": self.gtin(),
            "mpn": self.labelled(_MPN_LABELS, max_len=40, check=_looks_like_id),
            "brand": self.brand(),
            "image": self.image(),
            "category": None,
        }

    def excluded(self, el) -> bool:
        return el not in self.visible_set

    def distance(self, el) -> float:
        """Document-order distance from the title (negative = before it)."""
        if self.anchor is None:
            return float(self.page.position(el))
        return float(self.page.position(el) - self.anchor)

    def near(self, el, limit: int = 1500) -> bool:
        return self.anchor is None or abs(self.distance(el)) <= limit

    # -- price -------------------------------------------------------------

    def price(self) -> tuple[Decimal | None, str | None, Decimal | None]:
        """(amount, currency, regular amount) of the best visible price."""
        candidates = self.price_candidates()
        _penalize_repeats(candidates)
        current = [c for c in candidates if not c.is_old]
        if not current:
            return None, None, None
        best = max(current, key=lambda c: (c.score, -c.position))
        if best.score < 1.5:
            return None, None, None
        olds = [
            c for c in candidates
            if c.is_old and c.amount > best.amount and abs(c.position - best.position) < 40
        ]
        regular = min(olds, key=lambda c: abs(c.position - best.position)).amount if olds else None
        return best.amount, best.currency, regular

    def visible_prices(self) -> set[Decimal]:
        return {c.amount for c in self.price_candidates() if not c.is_old}

    def price_candidates(self) -> list[PriceCandidate]:
        if hasattr(self, "_candidates"):
            return self._candidates
        found = [c for c in map(self._attribute_price, self._price_attribute_elements()) if c]
        seen: set = set()
        for el in self.visible:
            own = (el.text or "") + "".join(child.tail or "" for child in el)
            if not _DIGIT_RE.search(own):
                continue
            node, below, struck = el, None, False
            for _ in range(3):  # the number's element and up to two wrappers
                if node is None or node in seen:
                    break
                seen.add(node)
                if self.text_len.get(node, 61) > 60:
                    break
                cand = self._text_price(node, node.text_content())
                if cand:
                    same = below is not None and below.amount == cand.amount
                    struck = _struck(node) or (struck and same)
                    if struck:
                        cand.is_old = True  # a struck-through price or a wrapper around one
                    found.append(cand)
                    below = cand
                node = node.getparent()
        self._candidates = found
        return found

    def _price_attribute_elements(self) -> list:
        return self.itemprop("price") + self.tree.xpath("//*[@data-price or @data-price-amount or @data-product-price]")

    def itemprop(self, *names: str) -> list:
        """Elements with one of these itemprop names (inside an itemscope or not)."""
        return [el for name in names for el in self.itemprops.get(name.lower(), [])]

    def _attribute_price(self, el) -> PriceCandidate | None:
        if self.excluded(el):
            return None
        raw = el.get("content") or el.get("data-price") or el.get("data-price-amount") or el.get("data-product-price")
        if raw is None:
            raw = el.text_content()
        amount, currency = parse_price_text(raw, self.page)
        if amount is None:
            return None
        score = 3.0 + self._proximity(el)
        return PriceCandidate(amount, currency, score, self.page.position(el), self._is_old(el), "@" + el.tag)

    def _text_price(self, el, text: str) -> PriceCandidate | None:
        text = _spaced_text(el) if len(el) else _clean_text(text)
        text = re.sub(r"(\d)\s*([.,])\s*(\d)", r"\1\2\3", text)
        if not text or len(re.findall(r"\d+(?:[.,\s]\d+)*", text)) > 1:
            return None
        amount, currency, raw = _price_parts(text, self.page.country_currency)
        if amount is None or amount > Decimal("100000000"):
            return None
        if raw and not _symbol_next_to_number(text, raw):
            currency = raw = None
        leftover = re.sub(r"[\d.,\s\-–:]+", " ", text.replace(raw, " ") if raw else text)
        if len(_clean_text(leftover)) > 25:
            return None
        if currency is None and re.fullmatch(r"[\d.,\s]+", text):
            currency = _neighbour_currency(el, self.page.country_currency)
        hint = self._hint(el)
        has_price_hint = bool(_PRICE_HINT_RE.search(hint))
        if raw and len(raw) > 3 and raw.isalpha() and not raw.isupper() and not has_price_hint:
            return None  # a spelled-out word ("0.66 Pounds" is a weight) needs price markup
        if currency is None and not has_price_hint:
            return None
        if _PRICE_NOISE_RE.search(text) or _PRICE_NOISE_RE.search(_label_text(el)):
            return None
        score = self._proximity(el)
        score += 1.5 if currency else 0
        score += 2 if has_price_hint else 0
        score += 0.5 if _SALE_PRICE_RE.search(hint) else 0
        signature = f"{el.tag}.{el.get('class') or ''}"
        return PriceCandidate(amount, currency, score, self.page.position(el), self._is_old(el), signature)

    def _hint(self, el) -> str:
        """class / id / itemprop of the element and two ancestors."""
        parts = []
        node = el
        for _ in range(3):
            if node is None:
                break
            parts.extend([node.get("class") or "", node.get("id") or "", node.get("itemprop") or ""])
            node = node.getparent()
        return " ".join(parts).lower()

    def _is_old(self, el) -> bool:
        """Struck through, labelled "was"/"RRP"..., or marked old/was/list price
        by its (parent's) class or id."""
        if _struck(el) or _OLD_LABEL_RE.search(_label_text(el)):
            return True
        node = el
        for _ in range(2):
            if node is None:
                break
            own = ((node.get("class") or "") + " " + (node.get("id") or "")).lower()
            if _OLD_PRICE_RE.search(own):
                return True
            node = node.getparent()
        return False

    def _proximity(self, el) -> float:
        """Up to 3 points right after the title, up to 2 right before it, less further away."""
        if self.anchor is None:
            return 1.0
        d = self.distance(el)
        if d >= 0:
            return 3.0 / (1.0 + d / 60.0)
        return 2.0 / (1.0 + -d / 120.0)

    # -- availability ------------------------------------------------------

    def availability(self) -> str | None:
        """itemprop=availability, else an enabled add-to-cart control (InStock),
        else the text of the nearest availability/stock element."""
        for el in self.itemprop("availability"):
            value = normalize_availability(el.get("href") or el.get("content") or el.text_content())
            if value:
                return value
        if self.has_add_to_cart():
            return "InStock"
        return self._hinted_availability()

    def _hinted_availability(self) -> str | None:
        found = []
        for el in self.visible:
            hint = (el.get("class") or "") + " " + (el.get("id") or "")
            if not _AVAILABILITY_HINT_RE.search(hint) or not self.near(el):
                continue
            text = _clean_text(el.text_content())
            if not text or len(text) > 150:
                continue
            value = normalize_availability(text)
            if value:
                found.append((abs(self.distance(el)), value))
        return min(found)[1] if found else None

    def has_add_to_cart(self) -> bool:
        """Is there an enabled "add to cart" / "buy" control near the title?"""
        for el in self.visible:
            if not self.near(el) or not _control_like(el) or _disabled(el):
                continue
            if self.text_len.get(el, 0) > 60:
                continue
            label = " ".join(
                [el.text_content(), el.get("value") or "", el.get("id") or "", el.get("name") or "",
                 el.get("class") or "", el.get("title") or "", el.get("aria-label") or ""]
            )
            if _ADD_TO_CART_RE.search(label):
                return True
        return False

    # -- identifiers -------------------------------------------------------

    def spec_pairs(self) -> list[tuple[str, str, int]]:
        """(label, value, position) from table rows, <dt>/<dd>, "Label: value"
        texts and label elements followed by a value element."""
        if self._pairs is not None:
            return self._pairs
        pairs: list[tuple[str, str, int]] = []
        for el in self.visible:
            position = self.page.position(el)
            if el.tag == "tr":
                cells = [c for c in el if isinstance(c.tag, str) and c.tag in ("th", "td")]
                if len(cells) == 2:
                    pairs.append((_normalize_label(_spaced_text(cells[0])), _spaced_text(cells[1]), position))
                continue
            if el.tag == "dt":
                nxt = el.getnext()
                if nxt is not None and nxt.tag == "dd":
                    pairs.append((_normalize_label(_spaced_text(el)), _spaced_text(nxt), position))
                continue
            length = self.text_len.get(el, 0)
            if length > 120 or length < 2:
                continue
            raw = el.text_content()
            if ":" in raw or "：" in raw:
                text = re.sub(r"[\u200e\u200f]", "", _spaced_text(el))
                match = re.match(r"^([^:：]{2,40})[:：]\s*([^:：]{1,80})$", text)
                if match:
                    pairs.append((_normalize_label(match.group(1)), match.group(2).strip(), position))
                    continue
            if length <= 40 and not _DIGIT_RE.search(raw):
                label = _normalize_label(raw)
                nxt = el.getnext()
                if _ANY_LABEL_RE.fullmatch(label) and nxt is not None and nxt in self.visible_set:
                    value = _spaced_text(nxt)
                    if 0 < len(value) <= 80:
                        pairs.append((label, value, position))
        self._pairs = pairs
        return pairs

    def labelled(self, tiers: list[re.Pattern], max_len: int = 64, check=None) -> str | None:
        """Value of the nearest pair whose label matches, trying tiers in order."""
        for labels in tiers:
            found = []
            for label, value, position in self.spec_pairs():
                if not labels.fullmatch(label):
                    continue
                value = _first_value(value)
                if not value or len(value) > max_len or (check and not check(value)):
                    continue
                found.append((abs(position - (self.anchor or 0)), value))
            if found:
                return min(found)[1]
        return None

    def labelled_sku(self) -> str | None:
        """A SKU shown with an explicit label (SKU, item number, product code ...)."""
        return self.labelled(_SKU_LABELS[:2], max_len=40, check=_looks_like_id)

    def visible_text(self) -> str:
        if not hasattr(self, "_visible_text"):
            self._visible_text = " ".join(
                (el.text or "") + " " + " ".join(child.tail or "" for child in el) for el in self.visible
            )
        return self._visible_text

    def sku(self) -> str | None:
        for el in self.itemprop("sku", "productID"):
            value = _identifier(el.get("content") or el.text_content())
            if value:
                return value
        return (
            self.labelled(_SKU_LABELS[:2], max_len=40, check=_looks_like_id)
            or self.hinted_id()
            or self.labelled(_SKU_LABELS[2:], max_len=40, check=_looks_like_id)
            or self.url_id()
        )

    def hinted_id(self) -> str | None:
        """Short id-like text of an element whose class/id/data-* names a reference."""
        for el in self.visible:
            names = " ".join(v for k, v in el.attrib.items() if k in ("class", "id") or k.startswith("data-"))
            if not names or not _ID_HINT_RE.search(names) or not self.near(el, 800):
                continue
            text = _spaced_text(el)
            match = re.match(r"^(?:[^:：]{2,30}[:：]\s*)?(\S+)$", text)
            if match and _looks_like_id(match.group(1)) and len(match.group(1)) >= 4:
                return match.group(1)
        return None

    def url_id(self) -> str | None:
        """An id-like token of the URL that the page repeats (visible text or data-* id attribute)."""
        tokens = _url_id_tokens(self.page.url)
        if not tokens:
            return None
        visible = self.visible_text()
        for token in tokens:
            match = re.search(r"(?<![\w/-])" + re.escape(token) + r"(?![\w/-])", visible, re.I)
            if match:
                return match.group(0)
            attribute = r"data-[\w-]*(?:id|sku)[\w-]*\s*=\s*[\"']" + re.escape(token) + "[\"']"
            if re.search(attribute, self.page.html, re.I):
                return token
        return None

    def gtin(self) -> str | None:
        for el in self.itemprop("gtin13", "gtin12", "gtin14", "gtin8", "gtin", "isbn"):
            value = _clean_gtin(el.get("content") or el.text_content())
            if value:
                return value
        value = self.labelled(_GTIN_LABELS, max_len=20, check=lambda v: _gtin_valid(re.sub(r"[\s-]", "", v)))
        return re.sub(r"[\s-]", "", value) if value else None

    def image(self) -> str | None:
        """<link rel=image_src>, else the picture nearest to the title."""
        for href in self.tree.xpath("//link[@rel='image_src']/@href"):
            if href.strip():
                return urljoin(self.page.url, href.strip())
        found = []
        for el in self.visible:
            if el.tag != "img" or not self.near(el, 400):
                continue
            src = next((el.get(a) for a in _IMAGE_ATTRIBUTES if (el.get(a) or "").strip()), None)
            if not src or src.startswith("data:") or _ICON_RE.search(src + " " + (el.get("class") or "")):
                continue
            sizes = [int(v) for v in (el.get("width"), el.get("height")) if v and v.isdigit()]
            if sizes and min(sizes) < 100:
                continue
            large = any(el.get(a) for a in _IMAGE_ATTRIBUTES[:4])  # a zoom / high-resolution version
            found.append((not large, abs(self.distance(el)), src.strip()))
        return urljoin(self.page.url, min(found)[2]) if found else None

    def brand(self) -> str | None:
        for el in self.itemprop("brand"):
            value = _clean_text(el.get("content") or el.text_content())
            if value and len(value) <= 60:
                return value
        return self.labelled(_BRAND_LABELS, max_len=50)


_IMAGE_ATTRIBUTES = ("data-old-hires", "data-zoom-image", "data-large", "data-full", "data-src", "src")
_ICON_RE = re.compile(r"icon|logo|sprite|pixel|spacer|badge|flag|rating|stars?\b|avatar|placeholder|loader|\.svg|\.gif", re.I)


def _visible_elements(page: Page) -> list:
    """Elements in document order, skipping hidden subtrees and page chrome
    (the title's own ancestors are always kept)."""
    keep = set(page.h1.iterancestors()) if page.h1 is not None else set()
    out = []
    stack = [page.tree]
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            continue
        if el not in keep and (_hidden(el) or _chrome(el)):
            continue
        out.append(el)
        stack.extend(reversed(el))
    return out


def _control_like(el) -> bool:
    """A button, link, submit input or an element styled as a buy/cart control."""
    if el.tag in ("button", "a") or el.get("role") == "button":
        return True
    if el.tag == "input":
        return (el.get("type") or "").lower() in ("submit", "button", "image")
    names = ((el.get("class") or "") + " " + (el.get("id") or "")).lower()
    return "buy" in names or "cart" in names or "basket" in names


def _text_lengths(elements: list) -> dict:
    """Length of every element's text content, computed bottom-up in one pass."""
    lengths: dict = {}
    for el in reversed(elements):
        total = len(el.text or "")
        for child in el:
            total += lengths.get(child, 0) + len(child.tail or "")
        lengths[el] = total
    return lengths


def _chrome(el) -> bool:
    if el.tag in _CHROME_TAGS:
        return True
    hint = (el.get("class") or "") + " " + (el.get("id") or "")
    if len(hint) < 3:
        return False
    hint = hint.lower()
    return any(w in hint for w in _CHROME_WORDS) and not any(w in hint for w in _MAIN_WORDS)


def _penalize_repeats(candidates: list[PriceCandidate]) -> None:
    """Prices in repeated markup with different amounts (variant swatches,
    option lists) are less likely to be the product's own price."""
    amounts: dict[str, set] = {}
    for c in candidates:
        amounts.setdefault(c.signature, set()).add(c.amount)
    for c in candidates:
        if c.signature and len(amounts[c.signature]) >= 2:
            c.score -= 1.0


def _first_value(value: str) -> str:
    """Cut a value where a following "Other label:" starts."""
    value = re.split(r"\s+[^\s:]+(?:\s[^\s:]+){0,3}\s?:\s", value)[0]
    return value.strip(" :#")


def _neighbour_currency(el, country: str | None) -> str | None:
    """Currency shown in its own element right before or after a bare number."""
    previous, following = el.getprevious(), el.getnext()
    previous = previous if previous is not None and isinstance(previous.tag, str) else None
    following = following if following is not None and isinstance(following.tag, str) else None
    texts = [el.tail or ""]
    if following is not None and not (el.tail or "").strip():
        texts.append(following.text_content())
    if previous is not None and not (previous.tail or "").strip():
        texts.append(previous.text_content())
    parent = el.getparent()
    if previous is None and parent is not None:
        texts.append(parent.text or "")
    for text in texts:
        text = text.strip()
        if 0 < len(text) <= 4 and not any(ch.isdigit() for ch in text):
            code = symbol_to_iso(text, country)
            if code and _plausible_symbol(text, code, country):
                return code
    return None


def _struck(el) -> bool:
    """Is the element (or its parent) struck through (<del>, <s>, line-through)?"""
    node = el
    for _ in range(2):
        if node is None:
            return False
        if node.tag in ("del", "s", "strike"):
            return True
        if "line-through" in (node.get("style") or "").replace(" ", "").lower():
            return True
        node = node.getparent()
    return False


def _label_text(el) -> str:
    """Text right around an element: its parent's own text (not its children's)."""
    parent = el.getparent()
    if parent is None:
        return ""
    own = (parent.text or "") + " ".join(child.tail or "" for child in parent)
    return _clean_text(own)[:120]


def _looks_like_id(value: str) -> bool:
    return bool(re.search(r"\d", value)) and len(value) <= 40 and len(value.split()) <= 3


def _url_id_tokens(url: str) -> list[str]:
    """Id-like tokens of a URL (digit runs, alphanumeric codes), last path piece first."""
    parts = urlsplit(unquote(url))
    pieces = [p for p in parts.path.split("/") if p]
    pieces += [v for kv in parts.query.split("&") for v in kv.split("=")[1:]]
    tokens: list[str] = []
    for piece in reversed(pieces):
        piece = re.sub(r"\.(?:html?|php|aspx?|jsp)$", "", piece, flags=re.I)
        codes = re.findall(r"[A-Za-z0-9]*\d[A-Za-z0-9]*(?:-[A-Za-z0-9]*\d[A-Za-z0-9]*)*", piece)
        for code in codes:
            for token in [code, *code.split("-")]:
                if len(token) >= 5 and sum(ch.isdigit() for ch in token) >= 4:
                    tokens.append(token)
                digits = re.search(r"\d{5,}$", token)
                if digits and digits.group(0) != token:
                    tokens.append(digits.group(0))
    return list(dict.fromkeys(tokens))


_HIDING_CLASSES = {"hidden", "d-none", "hide", "is-hidden", "visually-hidden", "sr-only", "invisible"}


def _hidden(el) -> bool:
    style = el.get("style")
    if style and re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", style, re.I):
        return True
    if el.get("hidden") is not None:
        return True
    classes = el.get("class")
    return bool(classes) and not _HIDING_CLASSES.isdisjoint(classes.lower().split())


def _disabled(el) -> bool:
    if el.get("disabled") is not None or el.get("aria-disabled") == "true":
        return True
    classes = (el.get("class") or "").lower()
    return bool(re.search(r"\bdisabled\b|\bis-disabled\b|unavailable|sold-?out|out-?of-?stock", classes))


# ---------------------------------------------------------------------------
# merging
# ---------------------------------------------------------------------------


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


def _prefer_visible_sku(sku: str | None, records: list[dict], evidence: "HtmlEvidence") -> str | None:
    """A SKU the page labels explicitly ("Product code: 123") beats a
    structured-data SKU that the page never shows."""
    labelled = evidence.labelled_sku()
    if not labelled or not sku or labelled.lower() == sku.lower():
        return sku or labelled
    if re.search(r"(?<![\w-])" + re.escape(sku) + r"(?![\w-])", evidence.visible_text(), re.I):
        return sku
    return labelled


def merge_records(records: list[dict], page: Page, evidence: "HtmlEvidence | None" = None) -> dict:
    """First non-empty value per field, with two cross-checks against the
    visible page (see _price_source and _prefer_visible_sku); price, currency
    and regular price are taken together from one source."""
    result: dict[str, Any] = dict.fromkeys(FIELDS)
    price_source = _price_source(records, evidence)
    for key in FIELDS:
        for record in records:
            value = record.get(key)
            if value not in (None, ""):
                result[key] = value
                break
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
    result["brand"] = clean_brand(result["brand"]) or next(
        (clean_brand(r.get("brand")) for r in records if clean_brand(r.get("brand"))), None
    )
    if result["currency"] is None and result["price"] is not None:
        result["currency"] = page.country_currency
    if result["availability"] is None and result["price"] is not None:
        result["availability"] = "InStock"  # a priced offer with no sign of the contrary
    if result["regular_price"] is not None and result["price"] is not None:
        if result["regular_price"] <= result["price"]:
            result["regular_price"] = None
    result["price"] = format_amount(result["price"])
    result["regular_price"] = format_amount(result["regular_price"])
    for key in ("name", "sku", "gtin", "mpn", "category"):
        if isinstance(result[key], str):
            result[key] = _clean_text(html_lib.unescape(result[key])) or None
    return result
