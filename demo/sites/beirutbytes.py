"""Beirut Bytes (LBP): a WooCommerce shop with the Store API.

URL layout::

    /robots.txt                                         WordPress-style
    /wp-json/wc/store/v1/products?per_page=100&page=N   list of products; per_page 1..100
            (default 10; outside -> 400 rest_invalid_param), page past the last -> [];
            headers X-WP-Total, X-WP-TotalPages, Link rel="next"/"prev"
    /wp-json/wc/store/v1/products/<id>                  one product (404 JSON when unknown)
    /wp-json/wc/store/v1/products/categories            product categories
    /product/<slug>/                                    product page (HTML + Product JSON-LD)
    /stores                                             branches, JSON-LD list of schema.org Store
    /wp-content/uploads/demo/<key>.svg                  product pictures

A product is the Store API shape: id, name, slug, parent, type, variation, permalink,
sku, short_description, description, on_sale, prices{price, regular_price,
sale_price, price_range, currency_code "LBP", currency_symbol "ل.ل",
currency_minor_unit 0, currency_decimal_separator, currency_thousand_separator,
currency_prefix, currency_suffix}, price_html, average_rating, review_count,
images[], categories[{id, name, slug, link}], tags[], brands[{id, name, slug, link}],
attributes[] (a local "EAN" attribute carries the GTIN when the shop has it),
variations[], has_options, is_purchasable, is_in_stock, is_on_backorder (pre-orders),
low_stock_remaining, sold_individually, add_to_cart, extensions. Prices are strings
in minor units; LBP has minor unit 0, so "15220000" is 15,220,000 LBP.
"""

from __future__ import annotations

import re

from demo.catalog import CatalogProduct
from demo.sites.base import DemoSite
from demo.sites.common import (
    CATEGORY_WORDS,
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
    json_response,
    jsonld_script,
    mention_mpn,
    money_lbp,
    page,
    page_count,
    short_model,
    soften_caps,
    store_jsonld,
    with_query,
)

API = "/wp-json/wc/store/v1"
LBP_SYMBOL = "ل.ل"


def _title(product: CatalogProduct, mpn: str | None) -> str:
    # "SSD Samsung 990 Pro 2 TB NVMe M.2 (MZ-V9P2T0BW)"
    kind = CATEGORY_WORDS.get(product.category, product.category)
    return mention_mpn(f"{kind} {product.brand} {soften_caps(short_model(product))}", mpn, " ({mpn})")


PROFILE = RetailerProfile(
    name="beirutbytes",
    display_name="Beirut Bytes",
    currency="LBP",
    price_factor=0.98,
    price_noise=0.05,
    coverage=0.85,
    gtin_rate=0.50,
    mpn_rate=0.80,
    title=_title,
    price_style="lbp1000",
    sku_prefix="BB-",
)

BRANCHES = (
    Branch("bb-verdun", "Beirut Bytes Verdun", "Rachid Karami Street, Verdun", "Beirut", "Beirut", "1103 2100",
           33.8853, 35.4833, "+961 1 791 604"),
    Branch("bb-dora", "Beirut Bytes Dora", "Dora Highway, Bourj Hammoud", "Beirut", "Mount Lebanon", "1202",
           33.8984, 35.5470, "+961 1 249 377"),
    Branch("bb-mina", "Beirut Bytes El Mina", "Port Street, El Mina", "Tripoli", "North", "1300", 34.4480, 35.8130,
           "+961 6 205 118"),
    Branch("bb-saida", "Beirut Bytes Saida", "Eastern Boulevard", "Saida", "South", "1600", 33.5571, 35.3815,
           "+961 7 751 226", ("Mo-Sa 09:00-18:00",)),
)


def _wp_slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:190]


class BeirutBytes(DemoSite):
    profile = PROFILE
    branches = BRANCHES
    robots_txt = (
        "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: /cart/\n"
        "Disallow: /checkout/\nDisallow: /my-account/\n"
    )
    routes = (
        (r"/", "home"),
        (API + r"/products/?", "products_api"),
        (API + r"/products/categories/?", "categories_api"),
        (API + r"/products/(?P<product_id>\d+)/?", "product"),
        (r"/product/(?P<slug>[a-z0-9-]+)/?", "product_page"),
        (r"/stores/?", "stores"),
    )

    def __init__(self, products, *, day: int = 0, empty: bool = False):
        super().__init__(products, day=day, empty=empty)
        self.slugs: dict[str, str] = {}
        used: set[str] = set()
        for listing in self.listings:
            slug = base = _wp_slug(listing.title)
            number = 2
            while slug in used:  # WordPress appends -2, -3 ... to a taken slug
                slug, number = f"{base}-{number}", number + 1
            used.add(slug)
            self.slugs[listing.key] = slug
        self.by_slug = {self.slugs[l.key]: l for l in self.listings}
        self.by_id = {self.product_id(l): l for l in self.listings}
        names = list(dict.fromkeys(p.category for p in self.products))
        self.category_ids = {name: 15 + i for i, name in enumerate(names)}
        brands = sorted({p.brand for p in self.products})
        self.brand_ids = {name: 300 + i for i, name in enumerate(brands)}

    @staticmethod
    def product_id(listing: Listing) -> int:
        return 1000 + listing.index * 7

    def image_url(self, request: Request, listing: Listing) -> str:
        return f"{request.base_url}/wp-content/uploads/demo/{listing.key}.svg"

    def permalink(self, request: Request, listing: Listing) -> str:
        return f"{request.base_url}/product/{self.slugs[listing.key]}/"

    # --------------------------------------------------------------- API
    def product_object(self, request: Request, listing: Listing) -> dict:
        product = listing.product
        regular = listing.regular_price or listing.price
        image = self.image_url(request, listing)
        category_slug = _wp_slug(product.category)
        brand_slug = _wp_slug(product.brand)
        attributes = []
        if listing.gtin:
            attributes.append({"id": 0, "name": "EAN", "taxonomy": None, "has_variations": False,
                               "terms": [{"id": 0, "name": listing.gtin, "slug": listing.gtin}]})
        price_html = (
            f'<del aria-hidden="true"><span class="woocommerce-Price-amount amount">{money_lbp(regular)}'
            f"&nbsp;<span class=\"woocommerce-Price-currencySymbol\">{LBP_SYMBOL}</span></span></del> "
            if listing.on_sale else ""
        ) + (f'<span class="woocommerce-Price-amount amount">{money_lbp(listing.price)}&nbsp;'
             f'<span class="woocommerce-Price-currencySymbol">{LBP_SYMBOL}</span></span>')
        return {
            "id": self.product_id(listing),
            "name": listing.title,
            "slug": self.slugs[listing.key],
            "parent": 0,
            "type": "simple",
            "variation": "",
            "permalink": self.permalink(request, listing),
            "sku": listing.mpn or listing.sku,
            "short_description": f"<p>{esc(product.brand)} {esc(product.model)}</p>",
            "description": f"<p>{esc(product.brand)} {esc(product.model)}. Official warranty.</p>",
            "on_sale": listing.on_sale,
            "prices": {
                "price": str(int(listing.price)),
                "regular_price": str(int(regular)),
                "sale_price": str(int(listing.price)),
                "price_range": None,
                "currency_code": "LBP",
                "currency_symbol": LBP_SYMBOL,
                "currency_minor_unit": 0,
                "currency_decimal_separator": ".",
                "currency_thousand_separator": ",",
                "currency_prefix": "",
                "currency_suffix": f" {LBP_SYMBOL}",
            },
            "price_html": price_html,
            "average_rating": "0",
            "review_count": 0,
            "images": [
                {
                    "id": 5000 + listing.index,
                    "src": image,
                    "thumbnail": image,
                    "srcset": f"{image} 400w",
                    "sizes": "(max-width: 400px) 100vw, 400px",
                    "name": f"{listing.key}.svg",
                    "alt": listing.title,
                }
            ],
            "categories": [
                {
                    "id": self.category_ids.get(product.category, 14),
                    "name": product.category,
                    "slug": category_slug,
                    "link": f"{request.base_url}/product-category/{category_slug}/",
                }
            ],
            "tags": [],
            "brands": [
                {
                    "id": self.brand_ids.get(product.brand, 299),
                    "name": product.brand,
                    "slug": brand_slug,
                    "link": f"{request.base_url}/brand/{brand_slug}/",
                }
            ],
            "attributes": attributes,
            "variations": [],
            "has_options": False,
            "is_purchasable": listing.availability != OUT_OF_STOCK,
            "is_in_stock": listing.availability != OUT_OF_STOCK,
            "is_on_backorder": listing.availability == PRE_ORDER,
            "low_stock_remaining": None,
            "sold_individually": False,
            "add_to_cart": {
                "text": "Add to cart" if listing.availability != OUT_OF_STOCK else "Read more",
                "description": f"Add “{listing.title}” to your cart",
                "url": f"?add-to-cart={self.product_id(listing)}",
                "minimum": 1,
                "maximum": 9999,
                "multiple_of": 1,
            },
            "extensions": {},
        }

    def products_api(self, request: Request) -> Response:
        errors = {}
        per_page = page_number = None
        for name, default, maximum in (("per_page", 10, 100), ("page", 1, None)):
            raw = request.arg(name)
            try:
                value = default if raw is None else int(raw)
            except ValueError:
                value = -1
            if value < 1 or (maximum is not None and value > maximum):
                bound = f"between 1 (inclusive) and {maximum} (inclusive)" if maximum else "greater than 0"
                errors[name] = f"{name} must be {bound}"
            if name == "per_page":
                per_page = value
            else:
                page_number = value
        if errors:
            return json_response(
                {"code": "rest_invalid_param", "message": f"Invalid parameter(s): {', '.join(errors)}",
                 "data": {"status": 400, "params": errors}},
                400,
            )
        total = len(self.listings)
        pages = page_count(total, per_page)
        start = (page_number - 1) * per_page
        chunk = self.listings[start:start + per_page]
        base = f"{request.base_url}{API}/products"
        links = []
        if page_number > 1 and pages:
            links.append(f'<{with_query(base, per_page=per_page, page=min(page_number - 1, pages))}>; rel="prev"')
        if page_number < pages:
            links.append(f'<{with_query(base, per_page=per_page, page=page_number + 1)}>; rel="next"')
        headers = {"X-WP-Total": str(total), "X-WP-TotalPages": str(pages)}
        if links:
            headers["Link"] = ", ".join(links)
        return json_response([self.product_object(request, l) for l in chunk], headers=headers)

    def product(self, request: Request, product_id: str) -> Response:
        listing = self.by_id.get(int(product_id))
        if listing is None:
            return json_response({"code": "woocommerce_rest_product_invalid_id", "message": "Invalid product ID.",
                                  "data": {"status": 404}}, 404)
        return json_response(self.product_object(request, listing))

    def categories_api(self, request: Request) -> Response:
        counts: dict[str, int] = {}
        for listing in self.listings:
            counts[listing.product.category] = counts.get(listing.product.category, 0) + 1
        return json_response([
            {"id": cid, "name": name, "slug": _wp_slug(name), "description": "", "parent": 0,
             "count": counts.get(name, 0), "image": None, "review_count": 0,
             "permalink": f"{request.base_url}/product-category/{_wp_slug(name)}/"}
            for name, cid in self.category_ids.items()
        ])

    # -------------------------------------------------------------- HTML
    def home(self, request: Request) -> Response:
        items = "\n".join(
            f'<li class="product"><a href="{esc(self.permalink(request, l))}">{esc(l.title)}</a></li>'
            for l in self.listings[:24]
        )
        body = (f"<h1>{esc(self.display_name)}</h1>\n<p><a href=\"/stores/\">Our branches</a></p>\n"
                f'<ul class="products">\n{items}\n</ul>')
        return html_response(page(self.display_name, body, site_name=self.display_name))

    def product_page(self, request: Request, slug: str) -> Response | None:
        listing = self.by_slug.get(slug)
        if listing is None:
            return None
        availability = {IN_STOCK: "InStock", OUT_OF_STOCK: "OutOfStock", PRE_ORDER: "BackOrder"}
        data = {
            "@context": "https://schema.org/",
            "@type": "Product",
            "@id": self.permalink(request, listing) + "#product",
            "name": listing.title,
            "url": self.permalink(request, listing),
            "image": self.image_url(request, listing),
            "sku": listing.mpn or listing.sku,
            "offers": [{
                "@type": "Offer",
                "price": str(int(listing.price)),
                "priceCurrency": "LBP",
                "availability": f"http://schema.org/{availability[listing.availability]}",
                "url": self.permalink(request, listing),
                "seller": {"@type": "Organization", "name": self.display_name},
            }],
        }
        if listing.gtin:
            data["gtin13"] = listing.gtin
        stock = {IN_STOCK: "In stock", OUT_OF_STOCK: "Out of stock", PRE_ORDER: "Available on backorder"}
        price = self.product_object(request, listing)["price_html"]
        body = (
            f'<div class="product type-product" id="product-{self.product_id(listing)}">\n'
            f'<h1 class="product_title entry-title">{esc(listing.title)}</h1>\n'
            f'<p class="price">{price}</p>\n'
            f'<p class="stock">{stock[listing.availability]}</p>\n'
            f'<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">'
            f"{esc(listing.mpn or listing.sku)}</span></span></div>\n</div>"
        )
        head = jsonld_script(data) + "\n"
        return html_response(page(f"{listing.title} – Beirut Bytes", body, site_name=self.display_name,
                                  head=head))

    def stores(self, request: Request) -> Response:
        items = "\n".join(
            f'<div class="branch"><h3>{esc(b.name)}</h3><p>{esc(b.address)}</p><p>{esc(b.phone)}</p></div>'
            for b in self.branches
        )
        head = jsonld_script(store_jsonld(self.branches, self.display_name, request.base_url, "/stores/")) + "\n"
        return html_response(page("Branches – Beirut Bytes", f"<h1>Branches</h1>\n{items}",
                                  site_name=self.display_name, head=head))
