"""What the five demo shops share: the market, prices, stock, titles, branches, HTML helpers.

Everything here is a pure function of (retailer, product key, day): no clocks, no
global random state, so a page is the same bytes every time it is asked for.
"""

from __future__ import annotations

import hashlib
import html
import json
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Callable, Sequence
from urllib.parse import urlencode

from demo.catalog import CatalogProduct

LBP_PER_USD = Decimal(89_500)
DEMO_EPOCH = date(2025, 1, 1)  # "day 0" of the demo market

IN_STOCK = "InStock"
OUT_OF_STOCK = "OutOfStock"
PRE_ORDER = "PreOrder"


def unit(*parts: object) -> float:
    """A deterministic number in [0, 1) from ``parts`` (stable across runs and Pythons)."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def seed(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest()[:8], "big")


def demo_date(day: int) -> date:
    return DEMO_EPOCH + timedelta(days=day)


# ----------------------------------------------------------------------- titles

_KEEP_UPPER = {
    "RTX", "SSD", "HDD", "NVME", "DDR5", "DDR4", "OLED", "IPS", "USB", "RGB", "ATX", "LGA", "AMD", "MSI", "TKL",
    "QHD", "UHD", "FHD", "GPU", "CPU", "RAM", "NAS", "SATA", "PCIE", "EXPO", "XT", "XTX", "GRE", "WD", "HX", "HS",
    "AX", "BE", "LG", "HP", "II", "III", "UDIMM", "TUF", "ROG", "MX", "GL", "PSU", "QD", "M3",
}
_UNIT = re.compile(r"\b(\d+(?:\.\d+)?)(TB|GB|MB|Hz|W)\b")
_TRAILING_KIND = re.compile(
    r"\s+(?:8-Core |16-Core |6-Core )?(?:Desktop Processor|Gaming Monitor|Curved Monitor|Monitor|"
    r"AM5 ATX Motherboard|AM5 Micro-ATX Motherboard|LGA1700 ATX Motherboard|Motherboard|ATX Power Supply|"
    r"Power Supply|SSD|HDD)$"
)

CATEGORY_WORDS = {
    "SSD": "SSD", "HDD": "Hard Drive", "CPU": "Processor", "GPU": "Graphics Card", "RAM": "Memory",
    "Motherboard": "Motherboard", "Monitor": "Monitor", "Laptop": "Laptop", "PSU": "Power Supply",
    "Keyboard": "Keyboard", "Mouse": "Mouse", "Headset": "Headset", "Headphones": "Headphones", "Router": "Router",
}


def short_model(product: CatalogProduct) -> str:
    """The model without its trailing product-kind words ("... NVMe M.2 SSD" -> "... NVMe M.2")."""
    return _TRAILING_KIND.sub("", product.model)


def soften_caps(text: str) -> str:
    """"990 PRO 2TB" -> "990 Pro 2 TB": shop-typed titles, not the manufacturer's."""

    def word(match: re.Match) -> str:
        token = match.group(0)
        return token if token.upper() in _KEEP_UPPER else token.capitalize()

    text = re.sub(r"\b[A-Z]{3,}\b", word, text)
    return _UNIT.sub(r"\1 \2", text)


def mention_mpn(title: str, mpn: str | None, template: str) -> str:
    """Append ``mpn`` with ``template`` unless the title already contains it."""
    if not mpn or mpn.lower() in title.lower():
        return title
    return title + template.format(mpn=mpn)


# ----------------------------------------------------------------------- market


@dataclass(frozen=True)
class RetailerProfile:
    name: str
    display_name: str
    currency: str  # "USD" or "LBP"
    price_factor: float  # the shop's general level against the street price
    price_noise: float  # +- this fraction per product
    coverage: float  # share of the catalog the shop sells
    gtin_rate: float  # share of listings that show a GTIN
    mpn_rate: float  # share of listings that show the MPN
    title: Callable[[CatalogProduct, str | None], str]
    price_style: str  # "99" (x.99), "95", "00", "cents", "lbp1000", "lbp10000"
    sku_prefix: str


@dataclass(frozen=True)
class Listing:
    """One shop's offer for one catalog product on one day."""

    retailer: str
    product: CatalogProduct
    index: int  # position of the product in the served catalog (stable ids come from it)
    title: str
    price: Decimal  # what the customer pays now, in ``currency``
    regular_price: Decimal | None  # the "was" price when on sale, else None
    currency: str
    availability: str  # IN_STOCK, OUT_OF_STOCK or PRE_ORDER
    mpn: str | None
    gtin: str | None
    sku: str

    @property
    def key(self) -> str:
        return self.product.key

    @property
    def on_sale(self) -> bool:
        return self.regular_price is not None


def _round_price(value: Decimal, style: str) -> Decimal:
    if style == "99":
        return max(value.quantize(Decimal("1"), rounding=ROUND_HALF_UP), Decimal(1)) - Decimal("0.01")
    if style == "00":
        return max(value.quantize(Decimal("1"), rounding=ROUND_HALF_UP), Decimal(1)).quantize(Decimal("0.01"))
    if style == "95":
        return max(value.quantize(Decimal("1"), rounding=ROUND_HALF_UP), Decimal(1)) - Decimal("0.05")
    if style == "cents":
        return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if style.startswith("lbp"):
        step = Decimal(style[3:])
        lbp = value * LBP_PER_USD
        return max((lbp / step).quantize(Decimal("1"), rounding=ROUND_HALF_UP), Decimal(1)) * step
    raise ValueError(style)


@dataclass
class _History:
    factor: float
    stock: str
    change_days: list[int] = field(default_factory=list)


def _stock_state(draw: float) -> str:
    if draw < 0.09:
        return OUT_OF_STOCK
    if draw < 0.12:
        return PRE_ORDER
    return IN_STOCK


def _history(retailer: str, key: str, day: int) -> _History:
    """Price factor and stock state after ``day`` days of drift.

    One random stream per (retailer, key); every simulated day draws exactly four
    numbers, so the state on day d is always the continuation of day d-1.
    About 2% of products change price per day (55% of changes are drops) and about
    1% change stock state; sales (below) add about 1% more price changes a day.
    """
    rng = random.Random(seed("history", retailer, key))
    state = _History(factor=1.0, stock=_stock_state(rng.random()))
    for today in range(1, day + 1):
        price_draw, size_draw, stock_draw, new_stock = rng.random(), rng.random(), rng.random(), rng.random()
        if price_draw < 0.02:
            size = 0.02 + 0.10 * size_draw
            step = -size if price_draw < 0.011 else size
            state.factor = min(1.35, max(0.65, state.factor * (1 + step)))
            state.change_days.append(today)
        if stock_draw < 0.01:
            state.stock = _stock_state(new_stock)
    return state


def sells(profile: RetailerProfile, product: CatalogProduct) -> bool:
    return unit("sells", profile.name, product.key) < profile.coverage


def make_listing(profile: RetailerProfile, product: CatalogProduct, index: int, day: int) -> Listing:
    name, key = profile.name, product.key
    history = _history(name, key, day)
    noise = 1 + profile.price_noise * (2 * unit("noise", name, key) - 1)
    regular_usd = product.usd_price * Decimal(str(round(profile.price_factor * noise * history.factor, 4)))
    regular = _round_price(regular_usd, profile.price_style)
    # Sales periods last three weeks, staggered per product; ~12% of products are on sale.
    offset = int(unit("sale-offset", name, key) * 21)
    period = (day + offset) // 21
    price, was = regular, None
    if unit("sale", name, key, period) < 0.12:
        discount = (5, 8, 10, 12, 15, 20)[int(unit("discount", name, key, period) * 6)]
        price = _round_price(regular_usd * Decimal(100 - discount) / 100, profile.price_style)
        if price < regular:
            was = regular
        else:
            price = regular
    mpn = product.mpn if unit("mpn", name, key) < profile.mpn_rate else None
    gtin = product.gtin if product.gtin and unit("gtin", name, key) < profile.gtin_rate else None
    return Listing(
        retailer=name,
        product=product,
        index=index,
        title=profile.title(product, mpn),
        price=price,
        regular_price=was,
        currency=profile.currency,
        availability=history.stock,
        mpn=mpn,
        gtin=gtin,
        sku=f"{profile.sku_prefix}{index + 1:05d}",
    )


def build_listings(
    profile: RetailerProfile, products: Sequence[CatalogProduct], day: int, *, always: Sequence[str] = ()
) -> list[Listing]:
    """The shop's listings for ``day``, in catalog order."""
    forced = set(always)
    return [
        make_listing(profile, product, index, day)
        for index, product in enumerate(products)
        if product.key in forced or sells(profile, product)
    ]


def money_usd(value: Decimal) -> str:
    return f"{value:.2f}"


def money_lbp(value: Decimal) -> str:
    return f"{int(value):,}"


# --------------------------------------------------------------------- branches


@dataclass(frozen=True)
class Branch:
    ref: str
    name: str
    street: str
    city: str
    region: str
    postal_code: str
    latitude: float
    longitude: float
    phone: str
    opening_hours: tuple[str, ...] = ("Mo-Fr 09:00-19:00", "Sa 09:00-16:00")

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, Lebanon"


def store_jsonld(branches: Sequence[Branch], display_name: str, base_url: str, page: str,
                 country: str = "LB") -> list[dict]:
    """schema.org Store objects, one per branch (``country``: ISO 3166 code of the addresses)."""
    return [
        {
            "@context": "https://schema.org",
            "@type": "Store",
            "@id": f"{base_url}{page}#{b.ref}",
            "name": b.name,
            "branchCode": b.ref,
            "parentOrganization": {"@type": "Organization", "name": display_name, "url": f"{base_url}/"},
            "address": {
                "@type": "PostalAddress",
                "streetAddress": b.street,
                "addressLocality": b.city,
                "addressRegion": b.region,
                "postalCode": b.postal_code,
                "addressCountry": country,
            },
            "geo": {"@type": "GeoCoordinates", "latitude": b.latitude, "longitude": b.longitude},
            "telephone": b.phone,
            "openingHours": list(b.opening_hours),
            "url": f"{base_url}{page}#{b.ref}",
        }
        for b in branches
    ]


# ------------------------------------------------------------------ HTTP & HTML


@dataclass
class Response:
    status: int
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Request:
    path: str
    query: dict[str, list[str]]
    base_url: str  # "http://127.0.0.1:8101", from the Host header

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default

    def int_arg(self, name: str, default: int, *, minimum: int = 1, maximum: int | None = None) -> int:
        raw = self.arg(name)
        try:
            value = int(raw) if raw is not None else default
        except ValueError:
            value = default
        value = max(minimum, value)
        return min(value, maximum) if maximum is not None else value


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def jsonld_script(data: object) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{text}\n</script>'


def html_response(body: str, status: int = 200) -> Response:
    return Response(status, body.encode("utf-8"))


def json_response(data: object, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    return Response(status, body, "application/json; charset=utf-8", dict(headers or {}))


def text_response(text: str, content_type: str = "text/plain; charset=utf-8") -> Response:
    return Response(200, text.encode("utf-8"), content_type)


def xml_response(text: str) -> Response:
    return Response(200, text.encode("utf-8"), "application/xml; charset=utf-8")


def page(title: str, body: str, *, site_name: str, head: str = "", lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n{head}</head>\n<body>\n"
        f'<header class="site-header"><a class="logo" href="/">{esc(site_name)}</a></header>\n'
        f"<main>\n{body}\n</main>\n"
        f'<footer class="site-footer">{esc(site_name)} — demo shop of the pricelens project. '
        f"Prices and stock are generated.</footer>\n</body>\n</html>\n"
    )


def not_found(site_name: str, path: str) -> Response:
    body = page("Page not found", f"<h1>404 — page not found</h1><p>{esc(path)}</p>", site_name=site_name)
    return html_response(body, 404)


def svg_image(label: str) -> Response:
    """A small placeholder product picture (so image URLs resolve without other hosts)."""
    hue = int(unit("hue", label) * 360)
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400">'
        f'<rect width="400" height="400" fill="hsl({hue},45%,85%)"/>'
        f'<text x="200" y="205" font-family="sans-serif" font-size="18" text-anchor="middle">{esc(label[:40])}'
        "</text></svg>"
    )
    return Response(200, svg.encode("utf-8"), "image/svg+xml")


def urlset(urls: Sequence[tuple[str, str | None]]) -> str:
    """A sitemap <urlset> from (loc, lastmod) pairs."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for loc, lastmod in urls:
        mod = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
        lines.append(f"<url><loc>{esc(loc)}</loc>{mod}</url>")
    lines.append("</urlset>\n")
    return "\n".join(lines)


def sitemap_index(urls: Sequence[tuple[str, str | None]]) -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for loc, lastmod in urls:
        mod = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
        lines.append(f"<sitemap><loc>{esc(loc)}</loc>{mod}</sitemap>")
    lines.append("</sitemapindex>\n")
    return "\n".join(lines)


def with_query(base: str, **params: object) -> str:
    return f"{base}?{urlencode(params)}"


def page_count(total: int, per_page: int) -> int:
    return (total + per_page - 1) // per_page if total else 0


__all__ = [
    "Branch", "CATEGORY_WORDS", "DEMO_EPOCH", "IN_STOCK", "LBP_PER_USD", "Listing", "OUT_OF_STOCK", "PRE_ORDER",
    "Request", "Response", "RetailerProfile", "build_listings", "demo_date", "esc", "html_response",
    "json_response", "jsonld_script", "make_listing", "mention_mpn", "money_lbp", "money_usd", "not_found", "page",
    "short_model", "sitemap_index", "soften_caps", "store_jsonld", "svg_image", "text_response", "unit",
    "urlset", "with_query", "xml_response", "page_count",
]
