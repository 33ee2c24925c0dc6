"""Semilla Verde (EUR, Barcelona): a seed bank on WooCommerce with the Store API, in Spanish.

URL layout::

    /robots.txt                                         WordPress-style
    /wp-json/wc/store/v1/products?per_page=100&page=N   the strains: variable products; per_page
            1..100 (default 10; outside -> 400 rest_invalid_param), a page past the last -> [];
            headers X-WP-Total, X-WP-TotalPages
    /wp-json/wc/store/v1/products?type=variation[&parent=ID]   the packs (variations) as products
    /wp-json/wc/store/v1/products/<id>                  one strain or one pack (404 JSON when unknown)
    /producto/<slug>/                                   product page (HTML + Product JSON-LD, one
                                                        Offer per pack)
    /tienda/                                            the shop, JSON-LD schema.org Store
    /wp-content/uploads/demo/<strain key>.svg           pictures

A strain is a ``variable`` product in the Store API's shape: its ``variations`` list the packs
(``{"id", "attributes": [{"name": "Pack", "value": "5-semillas"}]}``), its ``prices`` carry the
``price_range`` of the packs, ``brands`` the breeder, ``categories`` the type (Semillas
Feminizadas, Autoflorecientes, Regulares, CBD) and ``attributes`` the pack terms, THC, CBD,
genetics and flowering time where the breeder shows them. A pack (``type=variation``) has its own
id, sku, ``variation`` ("Pack: 5 semillas"), prices in cents (EUR, minor unit 2), ``is_in_stock``
and ``low_stock_remaining`` (the packs left when 10 or fewer), and ``parent`` = the strain's id.
"""

from __future__ import annotations

import re
from decimal import Decimal

from demo.sites.common import (
    OUT_OF_STOCK,
    Branch,
    Request,
    Response,
    esc,
    html_response,
    json_response,
    jsonld_script,
    page,
    page_count,
    store_jsonld,
)
from demo.sites.seedbank import PackListing, SeedBankProfile, SeedBankSite, Strain, profile_stub

API = "/wp-json/wc/store/v1"
SEED_PROFILE = SeedBankProfile(name="semillaverde", display_name="Semilla Verde", currency="EUR",
                               per_eur=Decimal(1), price_factor=0.97, price_noise=0.04,
                               coverage=0.9, smallest_pack=1, price_style="00", sku_prefix="SV-")
TYPE_NAME = {"feminised": "Feminizada", "autoflowering": "Autofloreciente", "regular": "Regular", "cbd": "CBD"}
CATEGORY = {"feminised": "Semillas Feminizadas", "autoflowering": "Semillas Autoflorecientes",
            "regular": "Semillas Regulares", "cbd": "Semillas CBD"}
BRANCHES = (
    Branch("sv-gracia", "Semilla Verde Gràcia", "Carrer de Verdi 32", "Barcelona", "Catalunya", "08012",
           41.4036, 2.1571, "+34 932 18 44 07", ("Mo-Sa 10:30-20:30",)),
)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def pack_label(seeds: int) -> str:
    return "1 semilla" if seeds == 1 else f"{seeds} semillas"


def product_name(strain: Strain) -> str:
    word = TYPE_NAME[strain.type]
    if strain.type == "autoflowering" and re.search(r"\bauto", strain.name, re.I):
        return strain.name
    return f"{strain.name} {word}"


def _cents(value) -> str:
    return str(int(value * 100))


class SemillaVerde(SeedBankSite):
    seed_profile = SEED_PROFILE
    profile = profile_stub(SEED_PROFILE)
    branches = BRANCHES
    robots_txt = ("User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: /cart/\n"
                  "Disallow: /carrito/\nDisallow: /checkout/\nDisallow: /mi-cuenta/\n")
    routes = (
        (r"/", "home"),
        (API + r"/products/?", "products_api"),
        (API + r"/products/(?P<product_id>\d+)/?", "product"),
        (r"/producto/(?P<slug>[a-z0-9-]+)/?", "product_page"),
        (r"/tienda/?", "stores"),
    )

    def __init__(self, products=(), *, day: int = 0, empty: bool = False):
        super().__init__(products, day=day, empty=empty)
        self.strain_list = [s for s in self.strains if s.key in self.by_strain]
        self.by_slug = {_slug(product_name(s)): s for s in self.strain_list}
        self.by_id: dict[int, object] = {}
        for strain in self.strain_list:
            self.by_id[self.strain_id(strain)] = strain
            for listing in self.by_strain[strain.key]:
                self.by_id[self.pack_id(listing)] = listing

    def strain_id(self, strain: Strain) -> int:
        return 2000 + self.strains.index(strain) * 20

    def pack_id(self, listing: PackListing) -> int:
        return self.strain_id(listing.strain) + 1 + [s for s, _ in listing.strain.packs].index(listing.seeds)

    def permalink(self, request: Request, strain: Strain) -> str:
        return f"{request.base_url}/producto/{_slug(product_name(strain))}/"

    def image_url(self, request: Request, strain: Strain) -> str:
        return f"{request.base_url}/wp-content/uploads/demo/{strain.key}.svg"

    # --------------------------------------------------------------- API
    @staticmethod
    def prices(price, regular, price_range=None) -> dict:
        return {"price": _cents(price), "regular_price": _cents(regular), "sale_price": _cents(price),
                "price_range": price_range, "currency_code": "EUR", "currency_symbol": "€",
                "currency_minor_unit": 2, "currency_decimal_separator": ",", "currency_thousand_separator": ".",
                "currency_prefix": "", "currency_suffix": " €"}

    def strain_object(self, request: Request, strain: Strain) -> dict:
        packs = self.by_strain[strain.key]
        cheapest = min(packs, key=lambda l: l.price)
        low, high = min(l.price for l in packs), max(l.price for l in packs)
        image = self.image_url(request, strain)
        attributes = [{"id": 1, "name": "Pack", "taxonomy": "pa_pack", "has_variations": True,
                       "terms": [{"id": 100 + l.seeds, "name": pack_label(l.seeds), "slug": _slug(pack_label(l.seeds))}
                                 for l in packs]}]
        for number, (name, value) in enumerate((("THC", strain.thc), ("CBD", strain.cbd),
                                                ("Genética", strain.genetics), ("Floración", strain.flowering)),
                                               start=2):
            if value:
                attributes.append({"id": number, "name": name, "taxonomy": None, "has_variations": False,
                                   "terms": [{"id": 0, "name": value, "slug": _slug(value)}]})
        in_stock = any(l.availability != OUT_OF_STOCK for l in packs)
        return {
            "id": self.strain_id(strain), "name": product_name(strain), "slug": _slug(product_name(strain)),
            "parent": 0, "type": "variable", "variation": "", "permalink": self.permalink(request, strain),
            "sku": f"SV-{self.strains.index(strain) + 1:03d}",
            "short_description": f"<p>{esc(strain.name)} de {esc(strain.breeder)}.</p>",
            "description": f"<p>{esc(strain.name)} ({esc(strain.breeder)}). THC: {esc(strain.thc or '—')}.</p>",
            "on_sale": any(l.on_sale for l in packs),
            "prices": self.prices(cheapest.price, cheapest.regular_price or cheapest.price,
                                  {"min_amount": _cents(low), "max_amount": _cents(high)}),
            "price_html": f'<span class="woocommerce-Price-amount amount">{low:.2f} €</span> – '
                          f'<span class="woocommerce-Price-amount amount">{high:.2f} €</span>'.replace(".", ","),
            "average_rating": "0", "review_count": 0,
            "images": [{"id": 7000 + self.strains.index(strain), "src": image, "thumbnail": image,
                        "srcset": f"{image} 400w", "sizes": "(max-width: 400px) 100vw, 400px",
                        "name": f"{strain.key}.svg", "alt": strain.name}],
            "categories": [{"id": 40 + ["feminised", "autoflowering", "regular", "cbd"].index(strain.type),
                            "name": CATEGORY[strain.type], "slug": _slug(CATEGORY[strain.type]),
                            "link": f"{request.base_url}/categoria/{_slug(CATEGORY[strain.type])}/"}],
            "tags": [],
            "brands": [{"id": 500 + sorted({s.breeder for s in self.strains}).index(strain.breeder),
                        "name": strain.breeder, "slug": _slug(strain.breeder),
                        "link": f"{request.base_url}/banco/{_slug(strain.breeder)}/"}],
            "attributes": attributes,
            "variations": [{"id": self.pack_id(l), "attributes": [{"name": "Pack", "value": _slug(pack_label(l.seeds))}]}
                           for l in packs],
            "has_options": True, "is_purchasable": True, "is_in_stock": in_stock, "is_on_backorder": False,
            "low_stock_remaining": None, "sold_individually": False,
            "add_to_cart": {"text": "Seleccionar opciones", "description": f"Elige una opción para “{product_name(strain)}”",
                            "url": self.permalink(request, strain), "minimum": 1, "maximum": 9999, "multiple_of": 1},
            "extensions": {},
        }

    def pack_object(self, request: Request, listing: PackListing) -> dict:
        strain = listing.strain
        label = pack_label(listing.seeds)
        regular = listing.regular_price or listing.price
        in_stock = listing.availability != OUT_OF_STOCK
        image = self.image_url(request, strain)
        return {
            "id": self.pack_id(listing), "name": product_name(strain), "slug": _slug(product_name(strain)),
            "parent": self.strain_id(strain), "type": "variation", "variation": f"Pack: {label}",
            "permalink": f"{self.permalink(request, strain)}?attribute_pa_pack={_slug(label)}",
            "sku": listing.sku, "short_description": "", "description": "",
            "on_sale": listing.on_sale, "prices": self.prices(listing.price, regular),
            "price_html": f'<span class="woocommerce-Price-amount amount">{listing.price:.2f} €</span>'.replace(".", ","),
            "average_rating": "0", "review_count": 0,
            "images": [{"id": 7000 + self.strains.index(strain), "src": image, "thumbnail": image,
                        "srcset": f"{image} 400w", "sizes": "(max-width: 400px) 100vw, 400px",
                        "name": f"{strain.key}.svg", "alt": strain.name}],
            "categories": [], "tags": [], "brands": [], "attributes": [], "variations": [],
            "has_options": False, "is_purchasable": in_stock, "is_in_stock": in_stock, "is_on_backorder": False,
            "low_stock_remaining": listing.stock if in_stock and listing.stock <= 10 else None,
            "sold_individually": False,
            "add_to_cart": {"text": "Añadir al carrito" if in_stock else "Leer más",
                            "description": f"Añadir “{product_name(strain)} - {label}” a tu carrito",
                            "url": f"?add-to-cart={self.pack_id(listing)}", "minimum": 1, "maximum": 9999,
                            "multiple_of": 1},
            "extensions": {},
        }

    def products_api(self, request: Request) -> Response:
        errors, values = {}, {}
        for name, default, maximum in (("per_page", 10, 100), ("page", 1, None)):
            raw = request.arg(name)
            try:
                value = default if raw is None else int(raw)
            except ValueError:
                value = -1
            if value < 1 or (maximum is not None and value > maximum):
                errors[name] = f"{name} must be between 1 (inclusive) and {maximum} (inclusive)" if maximum \
                    else f"{name} must be greater than 0"
            values[name] = value
        kind = request.arg("type")
        if kind not in (None, "", "simple", "variable", "variation"):
            errors["type"] = "type is not one of simple, grouped, external, variable, variation"
        parent = request.arg("parent")
        if parent is not None and not parent.isdigit():
            errors["parent"] = "parent is not of type array"
        if errors:
            return json_response({"code": "rest_invalid_param", "message": f"Invalid parameter(s): {', '.join(errors)}",
                                  "data": {"status": 400, "params": errors}}, 400)
        if kind == "variation":
            items = [(l, self.pack_object) for l in self.listings
                     if parent is None or self.strain_id(l.strain) == int(parent)]
        elif kind == "simple":
            items = []
        else:
            items = [(s, self.strain_object) for s in self.strain_list]
        per_page, number = values["per_page"], values["page"]
        chunk = items[(number - 1) * per_page:number * per_page]
        headers = {"X-WP-Total": str(len(items)), "X-WP-TotalPages": str(page_count(len(items), per_page))}
        return json_response([build(request, item) for item, build in chunk], headers=headers)

    def product(self, request: Request, product_id: str) -> Response:
        found = self.by_id.get(int(product_id))
        if found is None:
            return json_response({"code": "woocommerce_rest_product_invalid_id", "message": "ID de producto no válido.",
                                  "data": {"status": 404}}, 404)
        if isinstance(found, PackListing):
            return json_response(self.pack_object(request, found))
        return json_response(self.strain_object(request, found))

    # -------------------------------------------------------------- HTML
    def home(self, request: Request) -> Response:
        items = "\n".join(f'<li class="product"><a href="{esc(self.permalink(request, s))}">{esc(product_name(s))}</a>'
                          f"</li>" for s in self.strain_list)
        body = (f"<h1>{esc(self.display_name)}</h1>\n<p>Banco de semillas en Barcelona. "
                f'<a href="/tienda/">Nuestra tienda</a></p>\n<ul class="products">\n{items}\n</ul>')
        return html_response(page(self.display_name, body, site_name=self.display_name, lang="es"))

    def product_page(self, request: Request, slug: str) -> Response | None:
        strain = self.by_slug.get(slug)
        if strain is None:
            return None
        packs = self.by_strain[strain.key]
        url = self.permalink(request, strain)
        data = {
            "@context": "https://schema.org/", "@type": "Product", "@id": url + "#product",
            "name": product_name(strain), "url": url, "image": self.image_url(request, strain),
            "brand": {"@type": "Brand", "name": strain.breeder},
            "offers": [{"@type": "Offer", "sku": l.sku, "name": f"{product_name(strain)} - {pack_label(l.seeds)}",
                        "price": f"{l.price:.2f}", "priceCurrency": "EUR",
                        "availability": "http://schema.org/" + ("OutOfStock" if l.availability == OUT_OF_STOCK
                                                                else "InStock"),
                        "url": f"{url}?attribute_pa_pack={_slug(pack_label(l.seeds))}"} for l in packs],
        }
        rows = "".join(
            f'<tr><td>{esc(pack_label(l.seeds))}</td><td>{f"{l.price:.2f}".replace(".", ",")} €</td>'
            f'<td>{"Agotado" if l.availability == OUT_OF_STOCK else f"{l.stock} en stock"}</td></tr>' for l in packs)
        facts = "".join(f"<li>{esc(name)}: {esc(value)}</li>" for name, value in
                        (("Banco", strain.breeder), ("Tipo", TYPE_NAME[strain.type]), ("THC", strain.thc),
                         ("CBD", strain.cbd), ("Genética", strain.genetics), ("Floración", strain.flowering)) if value)
        body = (f'<div class="product type-product product-type-variable" id="product-{self.strain_id(strain)}">\n'
                f'<h1 class="product_title entry-title">{esc(product_name(strain))}</h1>\n'
                f'<ul class="facts">{facts}</ul>\n<table class="variations">{rows}</table>\n</div>')
        return html_response(page(f"{product_name(strain)} – Semilla Verde", body, site_name=self.display_name,
                                  head=jsonld_script(data) + "\n", lang="es"))

    def stores(self, request: Request) -> Response:
        data = store_jsonld(self.branches, self.display_name, request.base_url, "/tienda/", country="ES")
        items = "".join(f'<div class="branch"><h3>{esc(b.name)}</h3><p>{esc(b.street)}, {esc(b.postal_code)} '
                        f'{esc(b.city)}</p><p>{esc(b.phone)}</p></div>' for b in self.branches)
        return html_response(page("Tienda – Semilla Verde", f"<h1>Nuestra tienda</h1>\n{items}",
                                  site_name=self.display_name, head=jsonld_script(data) + "\n", lang="es"))
