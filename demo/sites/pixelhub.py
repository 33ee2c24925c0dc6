"""PixelHub (USD): a JavaScript-rendered shop — only a real browser sees the offers.

URL layout::

    /robots.txt                 Disallow: /checkout; Sitemap: <base>/sitemap.xml
    /sitemap.xml                <urlset> of /product/<key>
    /api/catalog.json           {"count": N, "products": [{"key", "url", "api"}, ...]}
    /product/<key>              HTML shell (<meta charset="utf-8">, empty <div id="app">); its
                                inline script fetches /api/product/<key>.json and renders
                                h1.product-title, .brand, .price, .regular-price,
                                .availability, .sku, .mpn, .gtin into the DOM and sets
                                <div id="app" data-rendered="true"> when done
    /api/product/<key>.json     {"key", "url", "title", "brand", "sku", "mpn"|null, "gtin"|null,
                                 "category", "price": "169.99", "regular_price": "189.99"|null,
                                 "currency": "USD", "availability": "in_stock"|"out_of_stock"|
                                 "preorder", "image", "updated": "2025-01-01"}
    /stores                     HTML shell rendered from /api/stores.json into li.store
                                (data-lat, data-lng) plus an injected JSON-LD list of Store
    /api/stores.json            {"stores": [{"id", "name", "street", "city", "region",
                                 "postal_code", "country", "latitude", "longitude", "phone",
                                 "opening_hours": [...]}]}
    /static/img/<key>.svg       product pictures

All scripts are inline; nothing is loaded from another host.
"""

from __future__ import annotations

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
    json_response,
    money_usd,
    store_jsonld,
    urlset,
    xml_response,
)

API_AVAILABILITY = {IN_STOCK: "in_stock", OUT_OF_STOCK: "out_of_stock", PRE_ORDER: "preorder"}


def _title(product: CatalogProduct, mpn: str | None) -> str:
    return f"{product.brand.upper()} {product.model}"


PROFILE = RetailerProfile(
    name="pixelhub",
    display_name="PixelHub",
    currency="USD",
    price_factor=1.04,
    price_noise=0.05,
    coverage=0.75,
    gtin_rate=0.60,
    mpn_rate=0.90,
    title=_title,
    price_style="95",
    sku_prefix="PXH-",
)

BRANCHES = (
    Branch("pxh-gemmayzeh", "PixelHub Gemmayzeh", "Gouraud Street, Gemmayzeh", "Beirut", "Beirut", "1100 2090",
           33.8952, 35.5155, "+961 1 442 915", ("Mo-Sa 10:00-20:00",)),
    Branch("pxh-jounieh", "PixelHub Jounieh", "Maameltein Road", "Jounieh", "Keserwan-Jbeil", "1200", 33.9700,
           35.6110, "+961 9 216 740"),
    Branch("pxh-zahle", "PixelHub Zahle", "Hoch Al Umara Street", "Zahle", "Beqaa", "1801", 33.8500, 35.8980,
           "+961 8 801 265"),
)

_SHELL = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>PixelHub</title>
<style>body{{font-family:sans-serif;margin:2rem}} .price{{font-size:1.5rem;font-weight:bold}}</style>
</head>
<body>
<header class="site-header"><a class="logo" href="/">PixelHub</a></header>
<div id="app" data-key="{key}"><p class="loading">Loading…</p></div>
<noscript>PixelHub needs JavaScript.</noscript>
<script>
{script}
</script>
</body>
</html>
"""

_COMMON_JS = r"""
function el(tag, cls, text) {
  var node = document.createElement(tag);
  if (cls) { node.className = cls; }
  if (text !== undefined && text !== null) { node.textContent = String(text); }
  return node;
}
function getJSON(url) {
  return fetch(url, {headers: {"Accept": "application/json"}}).then(function (r) {
    if (!r.ok) { throw new Error("HTTP " + r.status + " for " + url); }
    return r.json();
  });
}
var app = document.getElementById("app");
"""

_PRODUCT_JS = _COMMON_JS + r"""
var LABELS = {in_stock: "In stock", out_of_stock: "Out of stock", preorder: "Pre-order"};
getJSON("/api/product/" + encodeURIComponent(app.getAttribute("data-key")) + ".json").then(function (p) {
  document.title = p.title + " | PixelHub";
  var box = el("article", "product");
  box.setAttribute("data-sku", p.sku);
  box.appendChild(el("h1", "product-title", p.title));
  var img = el("img", "product-image"); img.src = p.image; img.alt = p.title; box.appendChild(img);
  box.appendChild(el("p", "brand", p.brand));
  var prices = el("div", "prices");
  var price = el("span", "price", "$" + p.price);
  price.setAttribute("data-currency", p.currency);
  prices.appendChild(price);
  if (p.regular_price) { prices.appendChild(el("del", "regular-price", "$" + p.regular_price)); }
  box.appendChild(prices);
  var stock = el("p", "availability " + p.availability, LABELS[p.availability] || p.availability);
  box.appendChild(stock);
  var facts = el("dl", "facts");
  [["SKU", "sku", p.sku], ["Part number", "mpn", p.mpn], ["EAN", "gtin", p.gtin],
   ["Category", "category", p.category]].forEach(function (row) {
    if (!row[2]) { return; }
    facts.appendChild(el("dt", null, row[0]));
    facts.appendChild(el("dd", row[1], row[2]));
  });
  box.appendChild(facts);
  app.replaceChildren(box);
  app.setAttribute("data-rendered", "true");
}).catch(function (e) { app.replaceChildren(el("p", "error", "Could not load the product: " + e.message)); });
"""

_STORES_JS = _COMMON_JS + r"""
getJSON("/api/stores.json").then(function (data) {
  var list = el("ul", "stores");
  var graph = [];
  data.stores.forEach(function (s) {
    var item = el("li", "store");
    item.id = s.id;
    item.setAttribute("data-lat", s.latitude);
    item.setAttribute("data-lng", s.longitude);
    item.appendChild(el("h2", "store-name", s.name));
    item.appendChild(el("p", "store-address", s.street + ", " + s.city));
    item.appendChild(el("p", "store-phone", s.phone));
    item.appendChild(el("p", "store-hours", s.opening_hours.join(", ")));
    list.appendChild(item);
  });
  var ld = document.createElement("script");
  ld.type = "application/ld+json";
  ld.textContent = JSON.stringify(data.jsonld);
  document.head.appendChild(ld);
  app.replaceChildren(el("h1", null, "Our stores"), list);
  app.setAttribute("data-rendered", "true");
}).catch(function (e) { app.replaceChildren(el("p", "error", "Could not load the stores: " + e.message)); });
"""

_HOME_JS = _COMMON_JS + r"""
getJSON("/api/catalog.json").then(function (data) {
  var list = el("ul", "catalog");
  data.products.forEach(function (p) {
    var item = el("li");
    var link = el("a", null, p.key);
    link.href = p.url;
    item.appendChild(link);
    list.appendChild(item);
  });
  var stores = el("a", null, "Our stores"); stores.href = "/stores";
  app.replaceChildren(el("h1", null, "PixelHub"), stores, list);
  app.setAttribute("data-rendered", "true");
}).catch(function (e) { app.replaceChildren(el("p", "error", "Could not load the catalog: " + e.message)); });
"""


class PixelHub(DemoSite):
    profile = PROFILE
    branches = BRANCHES
    robots_txt = "User-agent: *\nDisallow: /checkout\nDisallow: /cart\n\nSitemap: {base}/sitemap.xml\n"
    routes = (
        (r"/", "home"),
        (r"/product/(?P<key>[a-z0-9-]+)", "product_shell"),
        (r"/api/product/(?P<key>[a-z0-9-]+)\.json", "product_api"),
        (r"/api/catalog\.json", "catalog_api"),
        (r"/api/stores\.json", "stores_api"),
        (r"/stores", "stores_shell"),
        (r"/sitemap\.xml", "sitemap"),
    )

    def image_url(self, request: Request, listing: Listing) -> str:
        return f"{request.base_url}/static/img/{listing.key}.svg"

    def _shell(self, key: str, script: str) -> Response:
        return html_response(_SHELL.format(key=esc(key), script=script))

    def home(self, request: Request) -> Response:
        return self._shell("", _HOME_JS)

    def product_shell(self, request: Request, key: str) -> Response | None:
        if key not in self.by_key:
            return None
        return self._shell(key, _PRODUCT_JS)

    def stores_shell(self, request: Request) -> Response:
        return self._shell("", _STORES_JS)

    def product_object(self, request: Request, listing: Listing) -> dict:
        return {
            "key": listing.key,
            "url": f"{request.base_url}/product/{listing.key}",
            "title": listing.title,
            "brand": listing.product.brand,
            "sku": listing.sku,
            "mpn": listing.mpn,
            "gtin": listing.gtin,
            "category": listing.product.category,
            "price": money_usd(listing.price),
            "regular_price": money_usd(listing.regular_price) if listing.regular_price else None,
            "currency": "USD",
            "availability": API_AVAILABILITY[listing.availability],
            "image": self.image_url(request, listing),
            "updated": self.today,
        }

    def product_api(self, request: Request, key: str) -> Response:
        listing = self.by_key.get(key)
        if listing is None:
            return json_response({"error": "not found"}, 404)
        return json_response(self.product_object(request, listing))

    def catalog_api(self, request: Request) -> Response:
        base = request.base_url
        return json_response({
            "count": len(self.listings),
            "products": [{"key": l.key, "url": f"{base}/product/{l.key}", "api": f"{base}/api/product/{l.key}.json"}
                         for l in self.listings],
        })

    def stores_api(self, request: Request) -> Response:
        stores = [
            {"id": b.ref, "name": b.name, "street": b.street, "city": b.city, "region": b.region,
             "postal_code": b.postal_code, "country": "LB", "latitude": b.latitude, "longitude": b.longitude,
             "phone": b.phone, "opening_hours": list(b.opening_hours)}
            for b in self.branches
        ]
        return json_response({"stores": stores,
                              "jsonld": store_jsonld(self.branches, self.display_name, request.base_url, "/stores")})

    def sitemap(self, request: Request) -> Response:
        base = request.base_url
        return xml_response(urlset([(f"{base}/product/{l.key}", self.today) for l in self.listings]))
