"""Cedar Shop (USD): a Shopify storefront.

URL layout::

    /robots.txt                         Shopify-style; Sitemap: <base>/sitemap.xml
    /products.json?limit=250&page=N     {"products": [...]} in Shopify's shape; limit 1..250
                                        (default 30); a page past the last is {"products": []}
    /products/<handle>                  product page (HTML + schema.org Product JSON-LD)
    /products/<handle>.json             {"product": {...}} (same object as in products.json)
    /pages/stores                       store locator, JSON-LD list of schema.org Store
    /sitemap.xml                        index -> /sitemap_products_1.xml, /sitemap_pages_1.xml
    /cdn/shop/files/<key>.svg           product pictures

A product: id, title, handle, body_html, published_at, created_at, updated_at,
vendor, product_type, tags[], variants[] (id, title, option1..3, sku, barcode,
requires_shipping, taxable, featured_image, available, price "123.45",
compare_at_price "140.00"|null, grams, position, product_id, created_at,
updated_at), images[] (id, src, width, height, position, product_id, variant_ids),
options[] (name, position, values). Some products group 2-3 catalog products as
variants (capacities or colours); a variant's sku is the MPN when the shop knows it,
its barcode the GTIN or null.
"""

from __future__ import annotations

from datetime import timedelta

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
    demo_date,
    esc,
    html_response,
    json_response,
    jsonld_script,
    money_usd,
    page,
    sitemap_index,
    store_jsonld,
    urlset,
    xml_response,
)

SHOP_TZ = "+02:00"  # Asia/Beirut in winter


def _title(product: CatalogProduct, mpn: str | None) -> str:
    return f"{product.brand} {product.model}"


PROFILE = RetailerProfile(
    name="cedarshop",
    display_name="Cedar Shop",
    currency="USD",
    price_factor=1.03,
    price_noise=0.05,
    coverage=0.85,
    gtin_rate=0.70,
    mpn_rate=0.85,
    title=_title,
    price_style="00",
    sku_prefix="CS-",
)

BRANCHES = (
    Branch("cs-mar-mikhael", "Cedar Shop Mar Mikhael", "Armenia Street, Mar Mikhael", "Beirut", "Beirut",
           "1100 2070", 33.8975, 35.5228, "+961 1 566 081"),
    Branch("cs-byblos", "Cedar Shop Byblos", "Old Souk Road", "Byblos", "Keserwan-Jbeil", "1401", 34.1211, 35.6480,
           "+961 9 540 318", ("Mo-Su 10:00-21:00",)),
    Branch("cs-saida", "Cedar Shop Saida", "Riad El Solh Street", "Saida", "South", "1600", 33.5606, 35.3756,
           "+961 7 723 904"),
)

# Products that Cedar Shop sells as one Shopify product with variants:
# handle -> (title, option name, spec that names the variant, member keys).
VARIANT_GROUPS: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "samsung-990-pro-nvme-m-2-ssd": (
        "Samsung 990 PRO NVMe M.2 SSD", "Capacity", "capacity",
        ("samsung-990-pro-1tb", "samsung-990-pro-2tb", "samsung-990-pro-4tb")),
    "wd-black-sn850x-nvme-ssd": (
        "Western Digital WD_BLACK SN850X NVMe M.2 SSD", "Capacity", "capacity",
        ("wd-black-sn850x-1tb", "wd-black-sn850x-2tb")),
    "g-skill-trident-z5-rgb-32gb-ddr5-6000-cl30": (
        "G.Skill Trident Z5 RGB 32GB (2x16GB) DDR5-6000 CL30", "Color", "color",
        ("gskill-trident-z5-rgb-32gb-6000-cl30-black", "gskill-trident-z5-rgb-32gb-6000-cl30-white")),
    "apple-macbook-air-13-m3-8gb-256gb": (
        "Apple MacBook Air 13\" M3 8GB 256GB", "Color", "color",
        ("apple-macbook-air-13-m3-midnight", "apple-macbook-air-13-m3-starlight")),
    "logitech-g-pro-x-superlight-2": (
        "Logitech G PRO X SUPERLIGHT 2 LIGHTSPEED Wireless Gaming Mouse", "Color", "color",
        ("logitech-g-pro-x-superlight-2-black", "logitech-g-pro-x-superlight-2-white")),
    "logitech-mx-master-3s": (
        "Logitech MX Master 3S Performance Wireless Mouse", "Color", "color",
        ("logitech-mx-master-3s-graphite", "logitech-mx-master-3s-pale-grey")),
    "sony-wh-1000xm5": (
        "Sony WH-1000XM5 Wireless Noise Cancelling Headphones", "Color", "color",
        ("sony-wh-1000xm5-black", "sony-wh-1000xm5-silver")),
}
_GROUP_OF = {key: handle for handle, (_, _, _, keys) in VARIANT_GROUPS.items() for key in keys}


class ShopifyProduct:
    """One storefront product: a handle and its variants (listings)."""

    def __init__(self, handle: str, title: str, option_name: str | None, variants: list[tuple[str, Listing]]):
        self.handle = handle
        self.title = title
        self.option_name = option_name
        self.variants = variants  # (option value, listing)

    @property
    def first(self) -> Listing:
        return self.variants[0][1]

    @property
    def id(self) -> int:
        return 7_912_345_000_000 + self.first.index * 1_013


class CedarShop(DemoSite):
    profile = PROFILE
    branches = BRANCHES
    robots_txt = (
        "# we use Shopify as our ecommerce platform\n\n"
        "User-agent: *\nDisallow: /admin\nDisallow: /cart\nDisallow: /orders\nDisallow: /checkouts/\n"
        "Disallow: /checkout\nDisallow: /account\nDisallow: /search\nDisallow: /collections/*sort_by*\n\n"
        "Sitemap: {base}/sitemap.xml\n"
    )
    routes = (
        (r"/", "home"),
        (r"/products\.json", "products_json"),
        (r"/products/(?P<handle>[a-z0-9-]+)\.json", "product_json"),
        (r"/products/(?P<handle>[a-z0-9-]+)", "product_page"),
        (r"/pages/stores", "stores"),
        (r"/sitemap\.xml", "sitemap"),
        (r"/sitemap_products_1\.xml", "sitemap_products"),
        (r"/sitemap_pages_1\.xml", "sitemap_pages"),
    )

    def __init__(self, products, *, day: int = 0, empty: bool = False):
        super().__init__(products, day=day, empty=empty)
        self.shop_products: list[ShopifyProduct] = []
        groups: dict[str, ShopifyProduct] = {}
        for listing in self.listings:
            handle = _GROUP_OF.get(listing.key)
            if handle is None:
                self.shop_products.append(ShopifyProduct(listing.key, listing.title, None, [("", listing)]))
                continue
            title, option_name, spec, _ = VARIANT_GROUPS[handle]
            value = listing.product.specs.get(spec, listing.key)
            if handle in groups:
                groups[handle].variants.append((value, listing))
            else:
                groups[handle] = ShopifyProduct(handle, title, option_name, [(value, listing)])
                self.shop_products.append(groups[handle])
        self.by_handle = {p.handle: p for p in self.shop_products}

    def image_url(self, request: Request, listing: Listing) -> str:
        return f"{request.base_url}/cdn/shop/files/{listing.key}.svg?v=1735689600"

    # -------------------------------------------------------------- JSON
    def _timestamps(self, listing: Listing) -> tuple[str, str]:
        created = demo_date(0) - timedelta(days=30 + listing.index % 400)
        return f"{created.isoformat()}T10:00:00{SHOP_TZ}", f"{demo_date(self.day).isoformat()}T08:00:00{SHOP_TZ}"

    def product_object(self, request: Request, item: ShopifyProduct) -> dict:
        created, updated = self._timestamps(item.first)
        product = item.first.product
        variants, images = [], []
        for position, (value, listing) in enumerate(item.variants, start=1):
            title = value or "Default Title"
            variants.append(
                {
                    "id": 43_210_987_000_000 + listing.index * 1_009,
                    "title": title,
                    "option1": title,
                    "option2": None,
                    "option3": None,
                    "sku": listing.mpn or listing.sku,
                    "requires_shipping": True,
                    "taxable": True,
                    "featured_image": None,
                    "available": listing.availability != OUT_OF_STOCK,
                    "price": money_usd(listing.price),
                    "grams": 0,
                    "compare_at_price": money_usd(listing.regular_price) if listing.regular_price else None,
                    "position": position,
                    "product_id": item.id,
                    "created_at": created,
                    "updated_at": updated,
                    "barcode": listing.gtin,
                }
            )
            images.append(
                {
                    "id": 35_000_000_000_000 + listing.index * 31,
                    "created_at": created,
                    "position": position,
                    "updated_at": updated,
                    "product_id": item.id,
                    "variant_ids": [variants[-1]["id"]] if item.option_name else [],
                    "src": self.image_url(request, listing),
                    "width": 400,
                    "height": 400,
                }
            )
        tags = [product.category, product.brand]
        if any(listing.availability == PRE_ORDER for _, listing in item.variants):
            tags.append("Pre-order")
        if any(listing.on_sale for _, listing in item.variants):
            tags.append("Sale")
        options = (
            [{"name": item.option_name, "position": 1, "values": [v for v, _ in item.variants]}]
            if item.option_name
            else [{"name": "Title", "position": 1, "values": ["Default Title"]}]
        )
        return {
            "id": item.id,
            "title": item.title,
            "handle": item.handle,
            "body_html": f"<p>{esc(item.title)}. Official warranty in Lebanon.</p>",
            "published_at": created,
            "created_at": created,
            "updated_at": updated,
            "vendor": product.brand,
            "product_type": product.category,
            "tags": sorted(tags),
            "variants": variants,
            "images": images,
            "options": options,
        }

    def products_json(self, request: Request) -> Response:
        limit = request.int_arg("limit", 30, maximum=250)
        page_number = request.int_arg("page", 1)
        start = (page_number - 1) * limit
        chunk = self.shop_products[start:start + limit]
        return json_response({"products": [self.product_object(request, item) for item in chunk]})

    def product_json(self, request: Request, handle: str) -> Response | None:
        item = self.by_handle.get(handle)
        if item is None:
            return json_response({"errors": "Not Found"}, 404)
        return json_response({"product": self.product_object(request, item)})

    # -------------------------------------------------------------- HTML
    def home(self, request: Request) -> Response:
        items = "\n".join(
            f'<li><a href="/products/{esc(p.handle)}">{esc(p.title)}</a></li>' for p in self.shop_products[:24]
        )
        body = (f"<h1>{esc(self.display_name)}</h1>\n<p><a href=\"/pages/stores\">Find a store</a></p>\n"
                f'<ul class="product-grid">\n{items}\n</ul>')
        return html_response(page(self.display_name, body, site_name=self.display_name))

    def product_page(self, request: Request, handle: str) -> Response | None:
        item = self.by_handle.get(handle)
        if item is None:
            return None
        url = f"{request.base_url}/products/{item.handle}"
        first = item.first
        product = first.product
        availability = {IN_STOCK: "InStock", OUT_OF_STOCK: "OutOfStock", PRE_ORDER: "PreOrder"}
        offers, rows, first_price = [], [], ""
        for value, listing in item.variants:
            offers.append(
                {
                    "@type": "Offer",
                    "sku": listing.mpn or listing.sku,
                    "price": money_usd(listing.price),
                    "priceCurrency": "USD",
                    "availability": f"https://schema.org/{availability[listing.availability]}",
                    "url": url,
                }
            )
            label = value or "Default Title"
            was = (f' <s class="compare-at">${money_usd(listing.regular_price)}</s>'
                   if listing.regular_price else "")
            stock = "Sold out" if listing.availability == OUT_OF_STOCK else (
                "Pre-order" if listing.availability == PRE_ORDER else "In stock")
            rows.append(f'<option value="{esc(label)}">{esc(label)} — ${money_usd(listing.price)}</option>')
            if not first_price:
                first_price = (f'<span class="price-item price-item--regular">${money_usd(listing.price)}</span>'
                               f"{was} <span class=\"stock\">{stock}</span>")
        data = {
            "@context": "https://schema.org",
            "@type": "Product",
            "name": item.title,
            "brand": {"@type": "Brand", "name": product.brand},
            "url": url,
            "image": [self.image_url(request, first)],
            "offers": offers,
        }
        if first.mpn:
            data["mpn"] = first.mpn
        select = (f'<label>{esc(item.option_name)} <select name="id">{"".join(rows)}</select></label>'
                  if item.option_name else "")
        body = (
            f'<div class="product" data-product-id="{item.id}">\n'
            f'<h1 class="product__title">{esc(item.title)}</h1>\n'
            f'<p class="product__vendor">{esc(product.brand)}</p>\n'
            f'<img src="{esc(self.image_url(request, first))}" alt="{esc(item.title)}">\n'
            f'<div class="price">{first_price}</div>\n{select}\n</div>'
        )
        head = jsonld_script(data) + "\n"
        return html_response(page(f"{item.title} – Cedar Shop", body, site_name=self.display_name, head=head))

    def stores(self, request: Request) -> Response:
        items = "\n".join(
            f'<li class="store"><strong>{esc(b.name)}</strong><br>{esc(b.address)}<br>{esc(b.phone)}</li>'
            for b in self.branches
        )
        head = jsonld_script(store_jsonld(self.branches, self.display_name, request.base_url, "/pages/stores"))
        body = f'<h1>Our stores</h1>\n<ul class="store-list">\n{items}\n</ul>'
        return html_response(page("Stores – Cedar Shop", body, site_name=self.display_name, head=head + "\n"))

    def sitemap(self, request: Request) -> Response:
        base = request.base_url
        return xml_response(sitemap_index([(f"{base}/sitemap_products_1.xml", None),
                                           (f"{base}/sitemap_pages_1.xml", None)]))

    def sitemap_products(self, request: Request) -> Response:
        base = request.base_url
        return xml_response(urlset([(f"{base}/products/{p.handle}", self.today) for p in self.shop_products]))

    def sitemap_pages(self, request: Request) -> Response:
        return xml_response(urlset([(f"{request.base_url}/pages/stores", None)]))
