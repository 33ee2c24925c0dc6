"""The Seed Vault (GBP, London): a seed bank on Shopify — ``/products.json``, one variant per pack.

URL layout::

    /robots.txt                         Shopify-style; Sitemap: <base>/sitemap.xml
    /products.json?limit=250&page=N     {"products": [...]} in Shopify's shape; a page past the
                                        last is {"products": []}
    /products/<handle>                  product page (HTML + schema.org Product JSON-LD)
    /products/<handle>.json             {"product": {...}}
    /pages/stores                       the shop, JSON-LD schema.org Store
    /sitemap.xml                        index -> /sitemap_products_1.xml
    /cdn/shop/files/<strain key>.svg    pictures

A strain is one product: ``title`` "Amnesia Haze Feminised Seeds", ``vendor`` the breeder,
``product_type`` the type (Feminised / Autoflowering / Regular / CBD Seeds), ``tags`` the breeder,
the type and "THC 22%" / "CBD <1%" where shown, ``body_html`` the strain's facts, ``options``
[{"name": "Pack Size", "values": ["Pack of 3", "Pack of 5", ...]}] and one variant per pack
(``title`` "Pack of 5", ``sku``, ``price`` "35.99", ``compare_at_price`` during promotions,
``available``). No single seeds: the smallest pack is 3.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from demo.sites.common import (
    OUT_OF_STOCK,
    Branch,
    Request,
    Response,
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
from demo.sites.seedbank import PackListing, SeedBankProfile, SeedBankSite, Strain, profile_stub

SEED_PROFILE = SeedBankProfile(name="seedvault", display_name="The Seed Vault", currency="GBP",
                               per_eur=Decimal("0.86"), price_factor=1.02, price_noise=0.05, coverage=0.85,
                               smallest_pack=3, price_style="99", sku_prefix="TSV-")
PRODUCT_TYPE = {"feminised": "Feminised Seeds", "autoflowering": "Autoflowering Seeds",
                "regular": "Regular Seeds", "cbd": "CBD Seeds"}
BRANCHES = (
    Branch("tsv-camden", "The Seed Vault Camden", "212 Camden High Street", "London", "Greater London", "NW1 8QR",
           51.5414, -0.1446, "+44 20 7485 3391", ("Mo-Sa 10:00-19:00", "Su 11:00-17:00")),
)
SHOP_TZ = "+00:00"


def product_title(strain: Strain) -> str:
    if strain.type == "autoflowering" and "auto" in strain.name.lower():
        return f"{strain.name} Seeds"
    return f"{strain.name} {PRODUCT_TYPE[strain.type]}"


def handle(strain: Strain) -> str:
    return strain.key


class SeedVault(SeedBankSite):
    seed_profile = SEED_PROFILE
    profile = profile_stub(SEED_PROFILE)
    branches = BRANCHES
    robots_txt = (
        "# we use Shopify as our ecommerce platform\n\n"
        "User-agent: *\nDisallow: /admin\nDisallow: /cart\nDisallow: /orders\nDisallow: /checkouts/\n"
        "Disallow: /checkout\nDisallow: /account\nDisallow: /search\n\nSitemap: {base}/sitemap.xml\n"
    )
    routes = (
        (r"/", "home"),
        (r"/products\.json", "products_json"),
        (r"/products/(?P<handle>[a-z0-9-]+)\.json", "product_json"),
        (r"/products/(?P<handle>[a-z0-9-]+)", "product_page"),
        (r"/pages/stores", "stores"),
        (r"/sitemap\.xml", "sitemap"),
        (r"/sitemap_products_1\.xml", "sitemap_products"),
    )

    def __init__(self, products=(), *, day: int = 0, empty: bool = False):
        super().__init__(products, day=day, empty=empty)
        self.strain_list = [s for s in self.strains if s.key in self.by_strain]
        self.by_handle = {handle(s): s for s in self.strain_list}

    def image_url(self, request: Request, strain: Strain) -> str:
        return f"{request.base_url}/cdn/shop/files/{strain.key}.svg?v=1735689600"

    def product_id(self, strain: Strain) -> int:
        return 8_100_200_000_000 + self.strains.index(strain) * 1_013

    def variant_id(self, listing: PackListing) -> int:
        return 45_600_700_000_000 + self.strains.index(listing.strain) * 1_009 + listing.seeds

    @staticmethod
    def pack_label(listing: PackListing) -> str:
        return f"Pack of {listing.seeds}"

    def product_object(self, request: Request, strain: Strain) -> dict:
        index = self.strains.index(strain)
        created = f"{(demo_date(0) - timedelta(days=40 + index * 3)).isoformat()}T09:00:00{SHOP_TZ}"
        updated = f"{demo_date(self.day).isoformat()}T07:00:00{SHOP_TZ}"
        packs = self.by_strain[strain.key]
        pid = self.product_id(strain)
        variants = [{
            "id": self.variant_id(l), "title": self.pack_label(l), "option1": self.pack_label(l), "option2": None,
            "option3": None, "sku": l.sku, "requires_shipping": True, "taxable": True, "featured_image": None,
            "available": l.availability != OUT_OF_STOCK, "price": money_usd(l.price), "grams": 5,
            "compare_at_price": money_usd(l.regular_price) if l.regular_price else None, "position": position,
            "product_id": pid, "created_at": created, "updated_at": updated, "barcode": None,
        } for position, l in enumerate(packs, start=1)]
        tags = [strain.breeder, PRODUCT_TYPE[strain.type]]
        tags += [f"THC {strain.thc}"] if strain.thc else []
        tags += [f"CBD {strain.cbd}"] if strain.cbd else []
        if any(l.on_sale for l in packs):
            tags.append("Sale")
        facts = "".join(f"<li>{esc(name)}: {esc(value)}</li>" for name, value in
                        (("Breeder", strain.breeder), ("Type", PRODUCT_TYPE[strain.type]), ("THC", strain.thc),
                         ("CBD", strain.cbd), ("Genetics", strain.genetics), ("Flowering", strain.flowering))
                        if value)
        return {
            "id": pid, "title": product_title(strain), "handle": handle(strain),
            "body_html": f"<p>{esc(strain.name)} by {esc(strain.breeder)}.</p><ul>{facts}</ul>"
                         "<p>Sold as souvenirs for collectors, where the law allows.</p>",
            "published_at": created, "created_at": created, "updated_at": updated,
            "vendor": strain.breeder, "product_type": PRODUCT_TYPE[strain.type], "tags": sorted(tags),
            "variants": variants,
            "images": [{"id": 36_000_000_000_000 + index * 31, "created_at": created, "position": 1,
                        "updated_at": updated, "product_id": pid, "variant_ids": [],
                        "src": self.image_url(request, strain), "width": 400, "height": 400}],
            "options": [{"name": "Pack Size", "position": 1, "values": [self.pack_label(l) for l in packs]}],
        }

    def products_json(self, request: Request) -> Response:
        limit = request.int_arg("limit", 30, maximum=250)
        number = request.int_arg("page", 1)
        chunk = self.strain_list[(number - 1) * limit:number * limit]
        return json_response({"products": [self.product_object(request, s) for s in chunk]})

    def product_json(self, request: Request, handle: str) -> Response:
        strain = self.by_handle.get(handle)
        if strain is None:
            return json_response({"errors": "Not Found"}, 404)
        return json_response({"product": self.product_object(request, strain)})

    def home(self, request: Request) -> Response:
        items = "\n".join(f'<li><a href="/products/{esc(handle(s))}">{esc(product_title(s))}</a></li>'
                          for s in self.strain_list)
        body = (f"<h1>{esc(self.display_name)}</h1>\n<p><a href=\"/pages/stores\">Visit the shop</a></p>\n"
                f'<ul class="product-grid">\n{items}\n</ul>')
        return html_response(page(self.display_name, body, site_name=self.display_name, lang="en-GB"))

    def product_page(self, request: Request, handle: str) -> Response | None:
        strain = self.by_handle.get(handle)
        if strain is None:
            return None
        url = f"{request.base_url}/products/{handle}"
        packs = self.by_strain[strain.key]
        data = {
            "@context": "https://schema.org", "@type": "Product", "name": product_title(strain),
            "brand": {"@type": "Brand", "name": strain.breeder}, "url": url,
            "image": [self.image_url(request, strain)],
            "offers": [{"@type": "Offer", "sku": l.sku, "price": money_usd(l.price), "priceCurrency": "GBP",
                        "availability": "https://schema.org/" + ("OutOfStock" if l.availability == OUT_OF_STOCK
                                                                 else "InStock"),
                        "url": f"{url}?variant={self.variant_id(l)}"} for l in packs],
        }
        options = "".join(f'<option value="{self.variant_id(l)}">{esc(self.pack_label(l))} — £{money_usd(l.price)}'
                          f'{" (sold out)" if l.availability == OUT_OF_STOCK else ""}</option>' for l in packs)
        body = (f'<div class="product" data-product-id="{self.product_id(strain)}">\n'
                f'<h1 class="product__title">{esc(product_title(strain))}</h1>\n'
                f'<p class="product__vendor">{esc(strain.breeder)}</p>\n'
                f'<label>Pack Size <select name="id">{options}</select></label>\n</div>')
        return html_response(page(f"{product_title(strain)} – The Seed Vault", body, site_name=self.display_name,
                                  head=jsonld_script(data) + "\n", lang="en-GB"))

    def stores(self, request: Request) -> Response:
        data = store_jsonld(self.branches, self.display_name, request.base_url, "/pages/stores", country="GB")
        items = "".join(f'<li class="store"><strong>{esc(b.name)}</strong><br>{esc(b.street)}, {esc(b.city)} '
                        f'{esc(b.postal_code)}<br>{esc(b.phone)}</li>' for b in self.branches)
        return html_response(page("Our shop – The Seed Vault", f'<h1>Our shop</h1>\n<ul class="store-list">{items}</ul>',
                                  site_name=self.display_name, head=jsonld_script(data) + "\n", lang="en-GB"))

    def sitemap(self, request: Request) -> Response:
        return xml_response(sitemap_index([(f"{request.base_url}/sitemap_products_1.xml", None)]))

    def sitemap_products(self, request: Request) -> Response:
        return xml_response(urlset([(f"{request.base_url}/products/{handle(s)}", self.today)
                                    for s in self.strain_list]))
