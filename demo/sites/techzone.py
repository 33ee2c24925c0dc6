"""TechZone (USD): a structured-data shop — sitemaps and schema.org JSON-LD.

URL layout::

    /robots.txt               Disallow: /cart, /checkout; Sitemap: <base>/sitemap.xml
    /sitemap.xml              <sitemapindex> -> /sitemap-products.xml, /sitemap-pages.xml
    /sitemap-products.xml     <urlset> of /p/<key>.html (lastmod = demo date)
    /sitemap-pages.xml        <urlset> of /, /stores, /about
    /p/<key>.html             product page: schema.org Product JSON-LD + visible HTML
    /stores                   store locator: a JSON-LD list of schema.org Store
    /images/<key>.svg         product picture

Two products are broken on purpose (see ``GARBAGE_PRICE_KEY`` and ``BAD_GTIN_KEY``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

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
    jsonld_script,
    mention_mpn,
    money_usd,
    page,
    short_model,
    sitemap_index,
    store_jsonld,
    urlset,
    xml_response,
)

# The product whose JSON-LD offer price is text, not a number ("Call for price").
GARBAGE_PRICE_KEY = "tp-link-archer-be800"
GARBAGE_PRICE_TEXT = "Call for price"
# The product whose gtin13 has a wrong check digit (last digit + 1 mod 10).
BAD_GTIN_KEY = "aoc-24g2sp"

SCHEMA_AVAILABILITY = {
    IN_STOCK: "https://schema.org/InStock",
    OUT_OF_STOCK: "https://schema.org/OutOfStock",
    PRE_ORDER: "https://schema.org/PreOrder",
}
AVAILABILITY_TEXT = {IN_STOCK: "In stock", OUT_OF_STOCK: "Out of stock", PRE_ORDER: "Pre-order"}


def _title(product: CatalogProduct, mpn: str | None) -> str:
    # "Samsung 990 PRO 2TB NVMe M.2 MZ-V9P2T0BW"
    return mention_mpn(f"{product.brand} {short_model(product)}", mpn, " {mpn}")


PROFILE = RetailerProfile(
    name="techzone",
    display_name="TechZone",
    currency="USD",
    price_factor=1.00,
    price_noise=0.04,
    coverage=0.90,
    gtin_rate=0.90,
    mpn_rate=0.95,
    title=_title,
    price_style="99",
    sku_prefix="TZ-",
)

BRANCHES = (
    Branch("tz-hamra", "TechZone Hamra", "Hamra Street, Ras Beirut", "Beirut", "Beirut", "1103 2030",
           33.8966, 35.4823, "+961 1 340 112"),
    Branch("tz-achrafieh", "TechZone Achrafieh", "Sassine Square, Achrafieh", "Beirut", "Beirut", "1100 2110",
           33.8869, 35.5206, "+961 1 218 450"),
    Branch("tz-kaslik", "TechZone Kaslik", "Fouad Chehab Road, Kaslik", "Jounieh", "Keserwan-Jbeil", "1200",
           33.9764, 35.6158, "+961 9 635 220", ("Mo-Sa 10:00-20:00",)),
    Branch("tz-tripoli", "TechZone Tripoli", "Azmi Street", "Tripoli", "North", "1300", 34.4335, 35.8362,
           "+961 6 431 770"),
    Branch("tz-zahle", "TechZone Zahle", "Brazil Street", "Zahle", "Beqaa", "1801", 33.8463, 35.9020,
           "+961 8 812 330"),
)


def _wrong_check_digit(gtin: str) -> str:
    return gtin[:-1] + str((int(gtin[-1]) + 1) % 10)


class TechZone(DemoSite):
    profile = PROFILE
    branches = BRANCHES
    robots_txt = (
        "User-agent: *\nDisallow: /cart\nDisallow: /checkout\nAllow: /\n\nSitemap: {base}/sitemap.xml\n"
    )
    routes = (
        (r"/", "home"),
        (r"/sitemap\.xml", "sitemap"),
        (r"/sitemap-products\.xml", "sitemap_products"),
        (r"/sitemap-pages\.xml", "sitemap_pages"),
        (r"/p/(?P<key>[a-z0-9-]+)\.html", "product_page"),
        (r"/stores", "stores"),
        (r"/about", "about"),
        (r"/cart|/checkout", "cart"),
    )

    def __init__(self, products: Sequence[CatalogProduct], *, day: int = 0, empty: bool = False):
        keys = [p.key for p in products]
        # With a short catalog the named products may be missing: fall back to the last ones.
        self.garbage_price_key = GARBAGE_PRICE_KEY if GARBAGE_PRICE_KEY in keys else (keys[-1] if keys else "")
        bad = BAD_GTIN_KEY if BAD_GTIN_KEY in keys else (keys[-2] if len(keys) > 1 else "")
        self.bad_gtin_key = bad
        super().__init__(products, day=day, empty=empty)
        if self.bad_gtin_key in self.by_key:
            listing = self.by_key[self.bad_gtin_key]
            gtin = listing.gtin or listing.product.gtin
            if gtin:
                self._replace(listing, gtin=_wrong_check_digit(gtin))

    def always_listed(self) -> Sequence[str]:
        return [k for k in (self.garbage_price_key, self.bad_gtin_key) if k]

    def _replace(self, listing: Listing, **changes) -> None:
        new = replace(listing, **changes)
        self.listings[self.listings.index(listing)] = new
        self.by_key[new.key] = new

    # ------------------------------------------------------------------ pages
    def home(self, request: Request) -> Response:
        items = "\n".join(
            f'<li><a href="/p/{esc(l.key)}.html">{esc(l.title)}</a></li>' for l in self.listings[:24]
        )
        body = (
            f"<h1>{esc(self.display_name)} — computers and components in Lebanon</h1>\n"
            f'<p><a href="/stores">Our stores</a> · <a href="/about">About</a></p>\n'
            f'<h2>Featured</h2>\n<ul class="featured">\n{items}\n</ul>'
        )
        return html_response(page(self.display_name, body, site_name=self.display_name))

    def about(self, request: Request) -> Response:
        body = "<h1>About TechZone</h1><p>Prices in US dollars, VAT included.</p>"
        return html_response(page("About", body, site_name=self.display_name))

    def cart(self, request: Request) -> Response:
        return html_response(page("Cart", "<h1>Your cart is empty</h1>", site_name=self.display_name))

    def sitemap(self, request: Request) -> Response:
        base = request.base_url
        return xml_response(sitemap_index([(f"{base}/sitemap-products.xml", self.today),
                                           (f"{base}/sitemap-pages.xml", self.today)]))

    def sitemap_products(self, request: Request) -> Response:
        base = request.base_url
        return xml_response(urlset([(f"{base}/p/{l.key}.html", self.today) for l in self.listings]))

    def sitemap_pages(self, request: Request) -> Response:
        base = request.base_url
        return xml_response(urlset([(f"{base}/", None), (f"{base}/stores", None), (f"{base}/about", None)]))

    def product_jsonld(self, request: Request, listing: Listing) -> dict:
        url = f"{request.base_url}/p/{listing.key}.html"
        product = listing.product
        data: dict = {
            "@context": "https://schema.org",
            "@type": "Product",
            "name": listing.title,
            "brand": {"@type": "Brand", "name": product.brand},
            "sku": listing.sku,
        }
        if listing.mpn:
            data["mpn"] = listing.mpn
        if listing.gtin:
            data["gtin13"] = listing.gtin
        data.update(
            {
                "image": [self.image_url(request, listing)],
                "category": product.category,
                "url": url,
                "description": f"{product.brand} {product.model}.",
            }
        )
        offer: dict = {
            "@type": "Offer",
            "url": url,
            "priceCurrency": "USD",
            "price": money_usd(listing.price),
            "availability": SCHEMA_AVAILABILITY[listing.availability],
            "itemCondition": "https://schema.org/NewCondition",
            "seller": {"@type": "Organization", "name": self.display_name},
        }
        if listing.key == self.garbage_price_key:
            offer["price"] = GARBAGE_PRICE_TEXT
        elif listing.regular_price is not None:
            offer["priceSpecification"] = [
                {"@type": "UnitPriceSpecification", "price": money_usd(listing.price), "priceCurrency": "USD"},
                {
                    "@type": "UnitPriceSpecification",
                    "priceType": "https://schema.org/StrikethroughPrice",
                    "price": money_usd(listing.regular_price),
                    "priceCurrency": "USD",
                },
            ]
        data["offers"] = offer
        return data

    def product_page(self, request: Request, key: str) -> Response | None:
        listing = self.by_key.get(key)
        if listing is None:
            return None
        product = listing.product
        garbage = listing.key == self.garbage_price_key
        price_html = (
            f'<span class="price">{GARBAGE_PRICE_TEXT}</span>'
            if garbage
            else f'<span class="price" data-price="{money_usd(listing.price)}">${money_usd(listing.price)}</span>'
        )
        if listing.regular_price is not None and not garbage:
            price_html += f' <del class="regular-price">${money_usd(listing.regular_price)}</del>'
        rows = [("SKU", listing.sku), ("Brand", product.brand)]
        if listing.mpn:
            rows.append(("Part number", listing.mpn))
        if listing.gtin:
            rows.append(("EAN", listing.gtin))
        rows += [(name.replace("_", " ").capitalize(), value) for name, value in product.specs.items()]
        table = "\n".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
        body = (
            f'<nav class="breadcrumb"><a href="/">Home</a> › <span>{esc(product.category)}</span></nav>\n'
            f'<article class="product" data-sku="{esc(listing.sku)}">\n'
            f'<h1 class="product-title">{esc(listing.title)}</h1>\n'
            f'<img class="product-image" src="{esc(self.image_url(request, listing))}" alt="{esc(listing.title)}">\n'
            f'<p class="brand">Brand: <span>{esc(product.brand)}</span></p>\n'
            f'<div class="price-box">{price_html}</div>\n'
            f'<p class="availability {listing.availability.lower()}">'
            f"{AVAILABILITY_TEXT[listing.availability]}</p>\n"
            f'<table class="specs">\n{table}\n</table>\n'
            f'<form action="/cart" method="post"><button type="submit">Add to cart</button></form>\n'
            f"</article>"
        )
        head = jsonld_script(self.product_jsonld(request, listing)) + "\n"
        return html_response(page(f"{listing.title} | TechZone", body, site_name=self.display_name, head=head))

    def stores(self, request: Request) -> Response:
        items = "\n".join(
            f'<li class="store" id="{esc(b.ref)}"><h2>{esc(b.name)}</h2><p>{esc(b.address)}</p>'
            f"<p>{esc(b.phone)}</p><p>{esc(', '.join(b.opening_hours))}</p></li>"
            for b in self.branches
        )
        head = jsonld_script(store_jsonld(self.branches, self.display_name, request.base_url, "/stores")) + "\n"
        body = f'<h1>Our stores</h1>\n<ul class="stores">\n{items}\n</ul>'
        return html_response(page("Stores | TechZone", body, site_name=self.display_name, head=head))
