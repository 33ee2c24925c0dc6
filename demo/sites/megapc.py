"""Mega PC (LBP): plain listing HTML, no structured data anywhere.

URL layout::

    /robots.txt                  Disallow: /cart, /search
    /                            homepage: <ul class="categories"> of <a href="/category/<slug>">
    /category/<slug>?page=N      24 tiles per page (page 1 when absent), relative
                                 <a class="next" rel="next" href="/category/<slug>?page=N+1">
                                 while there is a next page; past the last page: no tiles
    /product/<id>                product page: title, price, was price, stock, spec table
                                 (Brand, Part number when known, EAN when known)
    /branches                    <table class="branches">, one <tr class="branch"
                                 data-lat=".." data-lng=".."> per branch

A tile::

    <li class="product-tile" data-sku="MPC-00002" data-id="20001" [data-mpn="MZ-V9P2T0BW"]>
      <a class="product-link" href="/product/20001"> <img ...> <h3 class="product-title">..</h3></a>
      <div class="prices"><span class="price">15,220,000 ل.ل</span>
           [<del class="was-price">16,910,000 ل.ل</del>]</div>
      <span class="stock-badge in-stock|out-of-stock|pre-order">In stock|Out of stock|Pre-order</span>
    </li>

Prices are always "<digits with , thousands> ل.ل" (Lebanese pounds, no decimals).
"""

from __future__ import annotations

import re

from demo.catalog import CatalogProduct
from demo.sites.base import DemoSite
from demo.sites.common import (
    IN_STOCK,
    OUT_OF_STOCK,
    PRE_ORDER,
    Branch,
    Listing,
    Request,
    Response,
    RetailerProfile,
    esc,
    html_response,
    money_lbp,
    page,
    page_count,
    short_model,
)

PER_PAGE = 24
LBP_SYMBOL = "ل.ل"

CATEGORY_PAGES = {
    "GPU": ("graphics-cards", "Graphics Cards"),
    "CPU": ("processors", "Processors"),
    "Motherboard": ("motherboards", "Motherboards"),
    "RAM": ("memory", "Memory"),
    "SSD": ("ssd", "SSDs"),
    "HDD": ("hard-drives", "Hard Drives"),
    "PSU": ("power-supplies", "Power Supplies"),
    "Monitor": ("monitors", "Monitors"),
    "Laptop": ("laptops", "Laptops"),
    "Keyboard": ("keyboards", "Keyboards"),
    "Mouse": ("mice", "Mice"),
    "Headset": ("headsets", "Gaming Headsets"),
    "Headphones": ("headphones", "Headphones"),
    "Router": ("networking", "Networking"),
}
STOCK_BADGE = {IN_STOCK: ("in-stock", "In stock"), OUT_OF_STOCK: ("out-of-stock", "Out of stock"),
               PRE_ORDER: ("pre-order", "Pre-order")}


def _title(product: CatalogProduct, mpn: str | None) -> str:
    # "990 PRO 2TB NVMe M.2 — Samsung"
    return f"{short_model(product)} — {product.brand}"


PROFILE = RetailerProfile(
    name="megapc",
    display_name="Mega PC",
    currency="LBP",
    price_factor=0.97,
    price_noise=0.06,
    coverage=0.80,
    gtin_rate=0.30,
    mpn_rate=0.75,
    title=_title,
    price_style="lbp10000",
    sku_prefix="MPC-",
)

BRANCHES = (
    Branch("mpc-badaro", "Mega PC Badaro", "Badaro Street", "Beirut", "Beirut", "1106 2030", 33.8733, 35.5137,
           "+961 1 385 210"),
    Branch("mpc-jounieh", "Mega PC Jounieh", "Jounieh Main Road", "Jounieh", "Keserwan-Jbeil", "1200", 33.9810,
           35.6180, "+961 9 912 447"),
    Branch("mpc-byblos", "Mega PC Byblos", "Jbeil Highway Exit", "Byblos", "Keserwan-Jbeil", "1401", 34.1236,
           35.6521, "+961 9 797 160"),
    Branch("mpc-zahle", "Mega PC Zahle", "Maalaka Main Street", "Zahle", "Beqaa", "1801", 33.8392, 35.9105,
           "+961 8 930 552"),
    Branch("mpc-tripoli", "Mega PC Tripoli", "Al-Tall Square", "Tripoli", "North", "1300", 34.4367, 35.8445,
           "+961 6 446 081"),
    Branch("mpc-saida", "Mega PC Saida", "Riad El Solh Street", "Saida", "South", "1600", 33.5630, 35.3690,
           "+961 7 735 902"),
)


def category_page(category: str) -> tuple[str, str]:
    """(slug, heading) of the listing page of a catalog category."""
    if category in CATEGORY_PAGES:
        return CATEGORY_PAGES[category]
    return re.sub(r"[^a-z0-9]+", "-", category.lower()).strip("-"), category


def lbp(value) -> str:
    return f"{money_lbp(value)} {LBP_SYMBOL}"


class MegaPC(DemoSite):
    profile = PROFILE
    branches = BRANCHES
    robots_txt = "User-agent: *\nDisallow: /cart\nDisallow: /search\n"
    routes = (
        (r"/", "home"),
        (r"/category/(?P<slug>[a-z0-9-]+)", "category"),
        (r"/product/(?P<product_id>\d+)", "product_page"),
        (r"/branches", "branches_page"),
    )

    def __init__(self, products, *, day: int = 0, empty: bool = False):
        super().__init__(products, day=day, empty=empty)
        self.categories: dict[str, tuple[str, list[Listing]]] = {}
        for category in dict.fromkeys(p.category for p in self.products):
            slug, heading = category_page(category)
            self.categories[slug] = (heading, [])
        for listing in self.listings:
            self.categories[category_page(listing.product.category)[0]][1].append(listing)
        self.by_id = {self.product_id(l): l for l in self.listings}

    @staticmethod
    def product_id(listing: Listing) -> int:
        return 20_000 + listing.index

    def home(self, request: Request) -> Response:
        items = "\n".join(
            f'<li><a href="/category/{slug}">{esc(heading)}</a> <span class="count">({len(listings)})</span></li>'
            for slug, (heading, listings) in self.categories.items()
        )
        body = (f"<h1>Mega PC — everything for your PC</h1>\n<nav>\n<ul class=\"categories\">\n{items}\n</ul>\n"
                f'</nav>\n<p><a href="/branches">Our branches</a></p>')
        return html_response(page("Mega PC", body, site_name=self.display_name))

    def _tile(self, listing: Listing) -> str:
        pid = self.product_id(listing)
        mpn = f' data-mpn="{esc(listing.mpn)}"' if listing.mpn else ""
        was = f' <del class="was-price">{lbp(listing.regular_price)}</del>' if listing.regular_price else ""
        badge_class, badge = STOCK_BADGE[listing.availability]
        return (
            f'<li class="product-tile" data-sku="{esc(listing.sku)}" data-id="{pid}"{mpn}>\n'
            f'<a class="product-link" href="/product/{pid}"><img src="/static/img/{esc(listing.key)}.svg" '
            f'alt="" loading="lazy"><h3 class="product-title">{esc(listing.title)}</h3></a>\n'
            f'<div class="prices"><span class="price">{lbp(listing.price)}</span>{was}</div>\n'
            f'<span class="stock-badge {badge_class}">{badge}</span>\n</li>'
        )

    def category(self, request: Request, slug: str) -> Response | None:
        if slug not in self.categories:
            return None
        heading, listings = self.categories[slug]
        number = request.int_arg("page", 1)
        pages = max(1, page_count(len(listings), PER_PAGE))
        chunk = listings[(number - 1) * PER_PAGE:number * PER_PAGE]
        tiles = "\n".join(self._tile(l) for l in chunk) if chunk else ""
        nav = []
        if number > 1:
            nav.append(f'<a class="prev" rel="prev" href="/category/{slug}?page={min(number - 1, pages)}">'
                       "« Previous</a>")
        nav.append(f'<span class="current">Page {number} of {pages}</span>')
        if number < pages:
            nav.append(f'<a class="next" rel="next" href="/category/{slug}?page={number + 1}">Next »</a>')
        empty = "" if chunk else '<p class="no-products">No products found.</p>\n'
        body = (
            f'<h1 class="category-title">{esc(heading)}</h1>\n'
            f'<p class="result-count">{len(listings)} products</p>\n{empty}'
            f'<ul class="product-grid">\n{tiles}\n</ul>\n'
            f'<nav class="pagination">{" ".join(nav)}</nav>'
        )
        return html_response(page(f"{heading} — Mega PC", body, site_name=self.display_name))

    def product_page(self, request: Request, product_id: str) -> Response | None:
        listing = self.by_id.get(int(product_id))
        if listing is None:
            return None
        product = listing.product
        slug, heading = category_page(product.category)
        rows = [("Brand", product.brand), ("Item code", listing.sku)]
        if listing.mpn:
            rows.append(("Part number", listing.mpn))
        if listing.gtin:
            rows.append(("EAN", listing.gtin))
        rows += [(k.replace("_", " ").capitalize(), v) for k, v in product.specs.items()]
        table = "\n".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
        was = f' <del class="was-price">{lbp(listing.regular_price)}</del>' if listing.regular_price else ""
        badge_class, badge = STOCK_BADGE[listing.availability]
        body = (
            f'<p class="breadcrumbs"><a href="/">Home</a> / <a href="/category/{slug}">{esc(heading)}</a></p>\n'
            f'<div class="product-detail" data-sku="{esc(listing.sku)}" data-id="{self.product_id(listing)}">\n'
            f'<h1 class="product-title">{esc(listing.title)}</h1>\n'
            f'<img src="/static/img/{esc(listing.key)}.svg" alt="{esc(listing.title)}">\n'
            f'<div class="prices"><span class="price">{lbp(listing.price)}</span>{was}</div>\n'
            f'<span class="stock-badge {badge_class}">{badge}</span>\n'
            f'<table class="specs">\n{table}\n</table>\n</div>'
        )
        return html_response(page(f"{listing.title} | Mega PC", body, site_name=self.display_name))

    def branches_page(self, request: Request) -> Response:
        rows = "\n".join(
            f'<tr class="branch" id="{esc(b.ref)}" data-lat="{b.latitude}" data-lng="{b.longitude}">'
            f'<td class="name">{esc(b.name)}</td><td class="address">{esc(b.street)}</td>'
            f'<td class="city">{esc(b.city)}</td><td class="phone">{esc(b.phone)}</td>'
            f'<td class="hours">{esc("; ".join(b.opening_hours))}</td></tr>'
            for b in self.branches
        )
        body = (
            "<h1>Our branches</h1>\n<table class=\"branches\">\n"
            "<thead><tr><th>Branch</th><th>Address</th><th>City</th><th>Phone</th><th>Opening hours</th></tr>"
            f"</thead>\n<tbody>\n{rows}\n</tbody>\n</table>"
        )
        return html_response(page("Branches — Mega PC", body, site_name=self.display_name))
