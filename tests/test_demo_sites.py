"""The demo catalog, the five demo tech shops, the two demo seed banks and their server, over real HTTP."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from collections import Counter
from decimal import Decimal
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import pytest

from demo.catalog import CATALOG, CatalogProduct, expanded_catalog, gs1_check_digit, is_valid_gtin
from demo.server import RETAILERS, DemoServer
from demo.sites import SEED_BANKS, SITES, TECH_SITES, build_site, catalog_for
from demo.sites.seedbank import STRAINS_FILE, TYPES, CatalogueError, load_strains, strains
from demo.sites.techzone import BAD_GTIN_KEY, GARBAGE_PRICE_KEY, GARBAGE_PRICE_TEXT

JSONLD = re.compile(r'<script type="application/ld\+json">\s*(.*?)\s*</script>', re.S)
LEBANON_LAT = (33.0, 34.7)
LEBANON_LNG = (35.0, 36.7)


def fetch(url: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def get_text(url: str) -> str:
    status, _, body = fetch(url)
    assert status == 200, url
    return body.decode("utf-8")


def get_json(url: str):
    status, headers, body = fetch(url)
    assert status == 200, url
    assert headers["Content-Type"].startswith("application/json")
    return json.loads(body)


def jsonld(html: str) -> list:
    return [json.loads(block) for block in JSONLD.findall(html)]


@pytest.fixture(scope="module")
def demo():
    with DemoServer(base_port=0) as server:
        yield server


@pytest.fixture(scope="module")
def big_demo():
    with DemoServer(["megapc", "cedarshop", "beirutbytes"], base_port=0, n_products=600) as server:
        yield server


@pytest.fixture(scope="module")
def empty_demo():
    with DemoServer(base_port=0, empty=list(RETAILERS)) as server:
        yield server


# ------------------------------------------------------------------ catalog


def test_catalog_products_are_complete_and_distinct():
    assert 80 <= len(CATALOG) <= 120
    for attribute in ("key", "mpn", "gtin"):
        values = [getattr(p, attribute) for p in CATALOG]
        assert len(set(values)) == len(values), attribute
    for product in CATALOG:
        assert isinstance(product, CatalogProduct)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", product.key)
        assert product.brand and product.model and product.mpn and product.category
        assert product.usd_price > 0 and product.usd_price == product.usd_price.quantize(Decimal("0.01"))
        assert len(product.gtin) == 13 and is_valid_gtin(product.gtin)


def test_catalog_has_real_part_numbers_and_near_duplicates():
    by_mpn = {p.mpn: p for p in CATALOG}
    assert by_mpn["MZ-V9P2T0BW"].key == "samsung-990-pro-2tb"
    assert by_mpn["100-100000910WOF"].model.startswith("Ryzen 7 7800X3D")
    assert {"TUF-RTX4070-O12G-GAMING", "TUF-RTX4070S-O12G-GAMING", "TUF-RTX4070TI-O12G-GAMING"} <= set(by_mpn)
    assert {"MZ-V9P1T0BW", "MZ-V9P2T0BW"} <= set(by_mpn)
    assert {"910-006557", "910-006558"} <= set(by_mpn)  # same mouse, two colours


def test_gs1_check_digit():
    assert gs1_check_digit("400638133393") == "1"  # 4006381333931, the GS1 textbook example
    assert is_valid_gtin("4006381333931")
    assert not is_valid_gtin("4006381333932")
    assert not is_valid_gtin("40063813339x")


def test_expanded_catalog_has_10000_unique_valid_products():
    products = expanded_catalog(10_000)
    assert len(products) == 10_000
    assert products[: len(CATALOG)] == list(CATALOG)
    for attribute in ("key", "mpn", "gtin"):
        assert len({getattr(p, attribute) for p in products}) == 10_000, attribute
    assert all(is_valid_gtin(p.gtin) and len(p.gtin) == 13 for p in products)
    assert all(p.usd_price > 0 for p in products)
    assert len({p.category for p in products}) >= 12
    assert expanded_catalog(250) == products[:250]  # deterministic and prefix-stable
    assert expanded_catalog(10) == list(CATALOG[:10])


# ------------------------------------------------------------ every shop


@pytest.mark.parametrize("retailer", list(RETAILERS))
def test_robots_txt(demo, retailer):
    status, headers, body = fetch(demo.base_urls[retailer] + "/robots.txt")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    parser = RobotFileParser()
    parser.parse(body.decode().splitlines())
    assert not parser.can_fetch("pricelens", demo.base_urls[retailer] + "/cart/")
    assert parser.can_fetch("pricelens", demo.base_urls[retailer] + "/")


@pytest.mark.parametrize("retailer", list(RETAILERS))
def test_unknown_paths_are_404(demo, retailer):
    for path in ("/no-such-page", "/p/no-such-product.html", "/products/no-such-product",
                 "/product/999999", "/product/no-such-product"):
        status, _, _ = fetch(demo.base_urls[retailer] + path)
        assert status == 404, path


@pytest.mark.parametrize("retailer", list(RETAILERS))
def test_html_is_utf8(demo, retailer):
    status, headers, body = fetch(demo.base_urls[retailer] + "/")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert b'<meta charset="utf-8">' in body


STORE_PAGES = {"techzone": "/stores", "cedarshop": "/pages/stores", "beirutbytes": "/stores/"}
SEED_STORE_PAGES = {"semillaverde": ("/tienda/", "ES"), "seedvault": ("/pages/stores", "GB")}


@pytest.mark.parametrize("retailer", list(STORE_PAGES))
def test_store_jsonld(demo, retailer):
    (stores,) = jsonld(get_text(demo.base_urls[retailer] + STORE_PAGES[retailer]))
    assert 3 <= len(stores) <= 6
    for store in stores:
        assert store["@type"] == "Store"
        assert store["name"] and store["telephone"].startswith("+961") and store["openingHours"]
        assert store["address"]["@type"] == "PostalAddress"
        assert store["address"]["addressCountry"] == "LB" and store["address"]["addressLocality"]
        assert LEBANON_LAT[0] < store["geo"]["latitude"] < LEBANON_LAT[1]
        assert LEBANON_LNG[0] < store["geo"]["longitude"] < LEBANON_LNG[1]
        assert store["url"].startswith(demo.base_urls[retailer])


def test_megapc_branches_have_coordinates(demo):
    page = get_text(demo.base_urls["megapc"] + "/branches")
    assert "ld+json" not in page
    rows = re.findall(r'<tr class="branch"[^>]*data-lat="([\d.]+)" data-lng="([\d.]+)"', page)
    assert 3 <= len(rows) <= 6
    assert all(LEBANON_LAT[0] < float(lat) < LEBANON_LAT[1] and LEBANON_LNG[0] < float(lng) < LEBANON_LNG[1]
               for lat, lng in rows)


def test_pixelhub_stores_are_rendered_from_json(demo):
    shell = get_text(demo.base_urls["pixelhub"] + "/stores")
    assert "/api/stores.json" in shell and "PixelHub Gemmayzeh" not in shell
    data = get_json(demo.base_urls["pixelhub"] + "/api/stores.json")
    assert 3 <= len(data["stores"]) <= 6
    for store in data["stores"]:
        assert LEBANON_LAT[0] < store["latitude"] < LEBANON_LAT[1]
        assert LEBANON_LNG[0] < store["longitude"] < LEBANON_LNG[1]
    assert [s["@type"] for s in data["jsonld"]] == ["Store"] * len(data["stores"])


def test_pages_are_deterministic(demo):
    for retailer, path in [("techzone", "/sitemap-products.xml"), ("techzone", "/p/samsung-990-pro-1tb.html"),
                           ("cedarshop", "/products.json?limit=250&page=1"),
                           ("beirutbytes", "/wp-json/wc/store/v1/products?per_page=100&page=1"),
                           ("megapc", "/category/graphics-cards"), ("pixelhub", "/api/catalog.json")]:
        first = fetch(demo.base_urls[retailer] + path)[2]
        assert first == fetch(demo.base_urls[retailer] + path)[2]
    # and across fresh site objects (another process would build the same)
    for retailer in SITES:
        one = build_site(retailer).handle("/", {}, "http://shop.test").body
        assert one == build_site(retailer).handle("/", {}, "http://shop.test").body
        assert build_site(retailer).listings == build_site(retailer).listings


def test_absolute_urls_follow_the_host_header(demo):
    status, _, body = fetch(demo.base_urls["techzone"] + "/sitemap.xml", {"Host": "techzone.test:9000"})
    assert status == 200 and b"http://techzone.test:9000/sitemap-products.xml" in body


def test_most_products_are_sold_by_three_or_more_shops():
    sellers = Counter(listing.key for retailer in TECH_SITES for listing in build_site(retailer).listings)
    assert sum(1 for p in CATALOG if sellers[p.key] >= 3) >= 0.85 * len(CATALOG)
    for retailer in TECH_SITES:
        assert 0.6 * len(CATALOG) <= len(build_site(retailer).listings) <= len(CATALOG)


def test_titles_prices_and_identifiers_differ_between_shops():
    listings = {retailer: build_site(retailer).by_key for retailer in TECH_SITES}
    key = "samsung-990-pro-2tb"
    titles = {listings[r][key].title for r in TECH_SITES if key in listings[r]}
    assert len(titles) >= 3
    for retailer in TECH_SITES:
        shop = list(listings[retailer].values())
        assert any(l.mpn is None for l in shop) or retailer == "techzone"
        assert any(l.gtin is None for l in shop)
        assert {l.availability for l in shop} >= {"InStock", "OutOfStock"}
        assert any(l.regular_price is not None and l.regular_price > l.price for l in shop)
    assert any(l.availability == "PreOrder" for r in TECH_SITES for l in listings[r].values())


def test_prices_drift_by_day():
    day0 = {l.key: l.price for l in build_site("techzone", day=0).listings}
    day5 = {l.key: l.price for l in build_site("techzone", day=5).listings}
    changed = [k for k in day0 if day0[k] != day5[k]]
    assert changed and len(changed) < 0.5 * len(day0)
    assert any(day5[k] < day0[k] for k in changed) and any(day5[k] > day0[k] for k in changed)


def test_lbp_prices_follow_the_usd_price():
    usd = {l.key: l.price for l in build_site("techzone").listings}
    lbp = {l.key: l.price for l in build_site("megapc").listings}
    ratios = sorted(lbp[k] / usd[k] for k in usd.keys() & lbp.keys())
    median = ratios[len(ratios) // 2]
    assert Decimal(80_000) < median < Decimal(100_000)


# ------------------------------------------------------------------ techzone


def test_techzone_sitemaps(demo):
    base = demo.base_urls["techzone"]
    index = get_text(base + "/sitemap.xml")
    assert "<sitemapindex" in index
    locations = re.findall(r"<loc>(.*?)</loc>", index)
    assert locations == [base + "/sitemap-products.xml", base + "/sitemap-pages.xml"]
    products = re.findall(r"<loc>(.*?)</loc>", get_text(locations[0]))
    assert len(products) == len(demo.sites["techzone"].listings)
    assert all(re.fullmatch(re.escape(base) + r"/p/[a-z0-9-]+\.html", url) for url in products)
    assert base + "/stores" in get_text(locations[1])
    assert "Sitemap: " + base + "/sitemap.xml" in get_text(base + "/robots.txt")


def test_techzone_product_jsonld(demo):
    site = demo.sites["techzone"]
    listing = next(l for l in site.listings if l.mpn and l.gtin and l.key not in (GARBAGE_PRICE_KEY, BAD_GTIN_KEY))
    url = f"{demo.base_urls['techzone']}/p/{listing.key}.html"
    html = get_text(url)
    (product,) = jsonld(html)
    assert product["@type"] == "Product"
    assert product["name"] == listing.title
    assert product["brand"] == {"@type": "Brand", "name": listing.product.brand}
    assert product["sku"] == listing.sku and product["mpn"] == listing.mpn and product["gtin13"] == listing.gtin
    assert product["category"] == listing.product.category and product["url"] == url
    assert product["image"][0].endswith(".svg") and fetch(product["image"][0])[0] == 200
    offer = product["offers"]
    assert offer["priceCurrency"] == "USD" and Decimal(offer["price"]) == listing.price
    assert offer["availability"].startswith("https://schema.org/")
    assert f'<h1 class="product-title">' in html and f"${offer['price']}" in html


def test_techzone_discount_has_strikethrough_price(demo):
    site = demo.sites["techzone"]
    listing = next(l for l in site.listings if l.on_sale and l.key != GARBAGE_PRICE_KEY)
    (product,) = jsonld(get_text(f"{demo.base_urls['techzone']}/p/{listing.key}.html"))
    specs = product["offers"]["priceSpecification"]
    strike = [s for s in specs if s.get("priceType") == "https://schema.org/StrikethroughPrice"]
    assert Decimal(strike[0]["price"]) == listing.regular_price > Decimal(product["offers"]["price"])


def test_techzone_garbage_price_and_bad_gtin(demo):
    base = demo.base_urls["techzone"]
    (garbage,) = jsonld(get_text(f"{base}/p/{GARBAGE_PRICE_KEY}.html"))
    assert garbage["offers"]["price"] == GARBAGE_PRICE_TEXT
    (bad,) = jsonld(get_text(f"{base}/p/{BAD_GTIN_KEY}.html"))
    assert len(bad["gtin13"]) == 13 and not is_valid_gtin(bad["gtin13"])
    assert bad["gtin13"][:-1] == next(p for p in CATALOG if p.key == BAD_GTIN_KEY).gtin[:-1]
    for listing in demo.sites["techzone"].listings:  # nothing else is broken
        if listing.gtin and listing.key != BAD_GTIN_KEY:
            assert is_valid_gtin(listing.gtin)


def test_techzone_special_products_survive_a_short_catalog():
    site = build_site("techzone", CATALOG[:12])
    assert site.garbage_price_key in site.by_key and site.bad_gtin_key in site.by_key
    assert not is_valid_gtin(site.by_key[site.bad_gtin_key].gtin)


# ------------------------------------------------------------------ cedarshop


def shopify_pages(base: str, limit: int) -> list[list[dict]]:
    pages = []
    for number in range(1, 100):
        products = get_json(f"{base}/products.json?limit={limit}&page={number}")["products"]
        pages.append(products)
        if not products:
            return pages
    raise AssertionError("pagination never ended")


def test_shopify_pagination_ends_with_an_empty_page(demo):
    site = demo.sites["cedarshop"]
    pages = shopify_pages(demo.base_urls["cedarshop"], 20)
    assert pages[-1] == [] and all(len(p) == 20 for p in pages[:-2]) and 0 < len(pages[-2]) <= 20
    products = [p for page in pages for p in page]
    variants = [v for p in products for v in p["variants"]]
    assert len(variants) == len(site.listings)
    assert len({p["id"] for p in products}) == len(products) and len({v["id"] for v in variants}) == len(variants)
    assert any(len(p["variants"]) >= 2 for p in products)
    assert products == get_json(f"{demo.base_urls['cedarshop']}/products.json?limit=250&page=1")["products"]


def test_shopify_product_shape(demo):
    base = demo.base_urls["cedarshop"]
    products = get_json(f"{base}/products.json?limit=250")["products"]
    for product in products:
        assert {"id", "title", "handle", "vendor", "product_type", "tags", "variants", "images", "options"} <= set(
            product)
        assert isinstance(product["tags"], list) and product["images"][0]["src"].startswith(base)
        for variant in product["variants"]:
            assert re.fullmatch(r"\d+\.\d\d", variant["price"])
            assert variant["compare_at_price"] is None or Decimal(variant["compare_at_price"]) > Decimal(
                variant["price"])
            assert isinstance(variant["available"], bool) and variant["sku"]
            assert variant["barcode"] is None or is_valid_gtin(variant["barcode"])
    grouped = next(p for p in products if len(p["variants"]) > 1)
    assert grouped["options"][0]["values"] == [v["option1"] for v in grouped["variants"]]
    assert get_json(f"{base}/products/{grouped['handle']}.json")["product"] == grouped
    (ld,) = jsonld(get_text(f"{base}/products/{grouped['handle']}"))
    assert ld["@type"] == "Product" and len(ld["offers"]) == len(grouped["variants"])


def test_shopify_limit_defaults_and_caps(big_demo):
    base = big_demo.base_urls["cedarshop"]
    assert len(get_json(f"{base}/products.json")["products"]) == 30
    assert len(get_json(f"{base}/products.json?limit=1000")["products"]) == 250


# ---------------------------------------------------------------- beirutbytes

WOO = "/wp-json/wc/store/v1/products"


def test_woo_headers_and_minor_units(demo):
    site = demo.sites["beirutbytes"]
    base = demo.base_urls["beirutbytes"]
    status, headers, body = fetch(f"{base}{WOO}?per_page=100&page=1")
    assert status == 200
    assert headers["X-WP-Total"] == str(len(site.listings)) and headers["X-WP-TotalPages"] == "1"
    products = json.loads(body)
    assert len(products) == len(site.listings)
    for product in products:
        prices = product["prices"]
        assert prices["currency_code"] == "LBP" and prices["currency_minor_unit"] == 0
        assert prices["currency_symbol"] == "ل.ل"
        assert prices["price"].isdigit() and int(prices["price"]) > 100_000
        assert int(prices["regular_price"]) >= int(prices["price"])
        assert product["on_sale"] == (prices["regular_price"] != prices["price"])
        assert product["permalink"].startswith(base + "/product/") and isinstance(product["is_in_stock"], bool)
        assert product["categories"][0]["name"] and product["images"][0]["src"].startswith(base)
    assert get_json(f"{base}{WOO}/{products[3]['id']}") == products[3]
    assert fetch(products[3]["permalink"])[0] == 200


def test_woo_pagination(big_demo):
    base = big_demo.base_urls["beirutbytes"]
    status, headers, body = fetch(f"{base}{WOO}?per_page=100&page=1")
    total, pages = int(headers["X-WP-Total"]), int(headers["X-WP-TotalPages"])
    assert pages == -(-total // 100) and pages > 1 and 'rel="next"' in headers["Link"]
    seen = []
    for number in range(1, pages + 1):
        seen += [p["id"] for p in get_json(f"{base}{WOO}?per_page=100&page={number}")]
    assert len(seen) == len(set(seen)) == total
    assert get_json(f"{base}{WOO}?per_page=100&page={pages + 1}") == []
    assert len(get_json(f"{base}{WOO}")) == 10  # WordPress default per_page
    status, _, body = fetch(f"{base}{WOO}?per_page=101")
    assert status == 400 and json.loads(body)["code"] == "rest_invalid_param"


# --------------------------------------------------------------------- megapc

LBP_TEXT = re.compile(r"^\d{1,3}(,\d{3})* ل\.ل$")


def megapc_tiles(html: str) -> list[dict]:
    tiles = []
    for block in re.findall(r'<li class="product-tile"(.*?)</li>', html, re.S):
        tiles.append({
            "sku": re.search(r'data-sku="([^"]+)"', block).group(1),
            "href": re.search(r'href="(/product/\d+)"', block).group(1),
            "title": re.search(r'<h3 class="product-title">(.*?)</h3>', block).group(1),
            "price": re.search(r'<span class="price">(.*?)</span>', block).group(1),
            "was": (re.search(r'<del class="was-price">(.*?)</del>', block) or [None, None])[1],
            "stock": re.search(r'<span class="stock-badge [^"]+">(.*?)</span>', block).group(1),
        })
    return tiles


def test_megapc_category_pagination(big_demo):
    base = big_demo.base_urls["megapc"]
    home = get_text(base + "/")
    categories = re.findall(r'<a href="(/category/[a-z0-9-]+)">', home)
    assert "/category/graphics-cards" in categories
    url, tiles, pages = base + "/category/graphics-cards", [], 0
    while url:
        html = get_text(url)
        page_tiles = megapc_tiles(html)
        pages += 1
        following = re.search(r'<a class="next" rel="next" href="([^"]+)"', html)
        assert len(page_tiles) == 24 or not following
        tiles += page_tiles
        url = urljoin(url, following.group(1)) if following else None
    total = int(re.search(r'<p class="result-count">(\d+) products</p>', get_text(base + "/category/graphics-cards"))
                .group(1))
    assert pages > 1 and len(tiles) == total and len({t["sku"] for t in tiles}) == total
    for tile in tiles:
        assert LBP_TEXT.match(tile["price"]) and (tile["was"] is None or LBP_TEXT.match(tile["was"]))
        assert tile["stock"] in {"In stock", "Out of stock", "Pre-order"}
    assert fetch(base + tiles[0]["href"])[0] == 200
    assert "product-tile" not in get_text(base + f"/category/graphics-cards?page={pages + 1}")


# ------------------------------------------------------------------- pixelhub


def test_pixelhub_shell_and_api(demo):
    base = demo.base_urls["pixelhub"]
    site = demo.sites["pixelhub"]
    catalog = get_json(base + "/api/catalog.json")
    assert catalog["count"] == len(catalog["products"]) == len(site.listings)
    entry = catalog["products"][0]
    listing = site.by_key[entry["key"]]
    shell = get_text(entry["url"])
    assert '<meta charset="utf-8">' in shell and "/api/product/" in shell
    assert listing.title not in shell and "ld+json" not in shell.split("<script>")[0]
    assert "http://" not in shell and "https://" not in shell  # nothing from other hosts
    data = get_json(entry["api"])
    assert data["title"] == listing.title and data["brand"] == listing.product.brand
    assert data["sku"] == listing.sku and data["currency"] == "USD"
    assert Decimal(data["price"]) == listing.price
    assert data["availability"] in {"in_stock", "out_of_stock", "preorder"}
    sitemap = get_text(base + "/sitemap.xml")
    assert len(re.findall(r"<loc>", sitemap)) == len(site.listings)


# ---------------------------------------------------------------- empty shops


def test_empty_shops_list_nothing(empty_demo):
    urls = empty_demo.base_urls
    assert "<url>" not in get_text(urls["techzone"] + "/sitemap-products.xml")
    assert get_json(urls["cedarshop"] + "/products.json?limit=250&page=1") == {"products": []}
    status, headers, body = fetch(urls["beirutbytes"] + WOO + "?per_page=100&page=1")
    assert (status, headers["X-WP-Total"], headers["X-WP-TotalPages"], json.loads(body)) == (200, "0", "0", [])
    assert "product-tile" not in get_text(urls["megapc"] + "/category/graphics-cards")
    assert get_json(urls["pixelhub"] + "/api/catalog.json")["count"] == 0
    assert jsonld(get_text(urls["techzone"] + "/stores"))  # stores are still there


def test_server_ports_and_errors():
    with DemoServer(["techzone"], ports={"techzone": 0}) as server:
        assert list(server.base_urls) == ["techzone"]
        port = urlsplit(server.base_urls["techzone"]).port
        assert port and port != RETAILERS["techzone"]
    assert server.base_urls == {}
    with pytest.raises(ValueError):
        DemoServer(["nosuchshop"])
    assert len(catalog_for(None)) == len(CATALOG) and len(catalog_for(150)) == 150


# ---------------------------------------------------------------- seed banks


def test_strain_catalogue_is_data_and_complete():
    catalogue = strains()
    assert STRAINS_FILE.suffix == ".toml" and 20 <= len(catalogue) <= 60
    assert len({s.key for s in catalogue}) == len(catalogue)
    assert {s.type for s in catalogue} == set(TYPES)
    assert len({s.breeder for s in catalogue}) >= 6
    for strain in catalogue:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", strain.key) and strain.name and strain.breeder
        seeds = [n for n, _ in strain.packs]
        assert seeds == sorted(set(seeds)) and all(price > 0 for _, price in strain.packs)
        per_seed = [price / n for n, price in strain.packs]
        assert per_seed == sorted(per_seed, reverse=True), strain.key  # bigger packs are cheaper per seed
    assert any(s.thc is None for s in catalogue) or any(s.cbd is None for s in catalogue)  # "where shown"


@pytest.mark.parametrize("text, message", [
    ('[[strain]]\nkey = "a"\nname = "A"\nbreeder = "B"\ntype = "indica"\npacks = { 5 = 40 }\n',
     "strain #1 (a): type must be one of feminised, autoflowering, regular, cbd, not 'indica'"),
    ('[[strain]]\nkey = "a"\nname = "A"\nbreeder = "B"\ntype = "regular"\n', "strain #1 (a): 'packs' is missing"),
    ('[[strain]]\nkey = "a"\nname = "A"\nbreeder = "B"\ntype = "regular"\npacks = { five = 40 }\n',
     "strain #1 (a): packs must map seeds to a price in EUR"),
    ("[[strain]\n", "cannot read the strain catalogue"),
])
def test_a_bad_strain_catalogue_is_one_clear_line(tmp_path, text, message):
    path = tmp_path / "strains.toml"
    path.write_text(text)
    with pytest.raises(CatalogueError) as error:
        load_strains(path)
    assert str(error.value).startswith(str(path)) and message in str(error.value)
    assert "\n" not in str(error.value)


@pytest.mark.parametrize("retailer", SEED_BANKS)
def test_seed_banks_sell_packs_with_their_own_price_and_stock(retailer):
    days = [build_site(retailer, day=day) for day in range(0, 40, 3)]
    site = days[0]
    by_strain = site.by_strain
    assert len(by_strain) >= 0.8 * len(strains())
    assert sum(len(packs) > 1 for packs in by_strain.values()) >= 0.8 * len(by_strain)
    for packs in by_strain.values():
        assert len({l.sku for l in packs}) == len(packs)
        regular = [(l.regular_price or l.price) / l.seeds for l in packs]
        assert regular == sorted(regular, reverse=True)
    # prices move over the days, both ways, and stock is per pack
    first, later = {l.key: l.price for l in days[0].listings}, {l.key: l.price for l in days[-1].listings}
    moved = [k for k in first if k in later and first[k] != later[k]]
    assert any(later[k] < first[k] for k in moved) and any(later[k] > first[k] for k in moved)
    mixed = [packs for d in days for packs in d.by_strain.values()
             if {l.availability for l in packs} == {"InStock", "OutOfStock"}]
    assert mixed, "some strain has a pack sold out while another is in stock"
    assert any(l.on_sale and l.regular_price > l.price for d in days for l in d.listings)


def test_the_seed_banks_sell_the_same_strains_in_different_packs():
    verde, vault = build_site("semillaverde"), build_site("seedvault")
    shared = verde.by_strain.keys() & vault.by_strain.keys()
    assert len(shared) >= 15
    assert min(l.seeds for l in vault.listings) == 3 and min(l.seeds for l in verde.listings) == 1
    assert {l.currency for l in verde.listings} == {"EUR"} and {l.currency for l in vault.listings} == {"GBP"}


def test_semillaverde_store_api_variable_products_and_variations(demo):
    base = demo.base_urls["semillaverde"]
    site = demo.sites["semillaverde"]
    status, headers, body = fetch(base + WOO + "?per_page=5&page=1")
    products = json.loads(body)
    assert status == 200 and headers["X-WP-Total"] == str(len(site.by_strain)) and len(products) == 5
    product = products[0]
    assert product["type"] == "variable" and product["has_options"] and product["brands"][0]["name"]
    assert product["categories"][0]["name"].startswith("Semillas ")
    assert {a["name"] for a in product["attributes"]} >= {"Pack", "THC"}
    variations = get_json(f"{base}{WOO}?type=variation&parent={product['id']}&per_page=100")
    assert [v["id"] for v in variations] == [v["id"] for v in product["variations"]]
    for variation in variations:
        assert variation["type"] == "variation" and variation["parent"] == product["id"]
        assert re.fullmatch(r"Pack: (1 semilla|\d+ semillas)", variation["variation"])
        assert variation["prices"]["currency_code"] == "EUR" and variation["prices"]["currency_minor_unit"] == 2
        assert get_json(f"{base}{WOO}/{variation['id']}")["sku"] == variation["sku"]
    low = min(int(v["prices"]["price"]) for v in variations)
    assert product["prices"]["price_range"]["min_amount"] == str(low)
    everything = get_json(f"{base}{WOO}?type=variation&per_page=100&page=1")
    assert len(everything) == min(100, len(site.listings))
    assert fetch(base + WOO + "?type=bundle")[0] == 400 and fetch(base + WOO + "?per_page=101")[0] == 400
    page = get_text(product["permalink"])
    (data,) = jsonld(page)
    assert len(data["offers"]) == len(variations) and "THC" in page


def test_seedvault_products_json_packs_as_variants(demo):
    base = demo.base_urls["seedvault"]
    products = get_json(base + "/products.json?limit=250&page=1")["products"]
    assert len(products) == len(demo.sites["seedvault"].by_strain)
    assert get_json(base + "/products.json?limit=250&page=2") == {"products": []}
    product = products[0]
    assert product["options"][0]["name"] == "Pack Size" and product["vendor"] and product["product_type"]
    assert all(re.fullmatch(r"Pack of \d+", v["title"]) for v in product["variants"])
    assert any(tag.startswith("THC ") for tag in product["tags"])
    assert get_json(f"{base}/products/{product['handle']}.json")["product"] == product
    (data,) = jsonld(get_text(f"{base}/products/{product['handle']}"))
    assert [o["sku"] for o in data["offers"]] == [v["sku"] for v in product["variants"]]


@pytest.mark.parametrize("retailer", list(SEED_STORE_PAGES))
def test_seed_bank_stores(demo, retailer):
    path, country = SEED_STORE_PAGES[retailer]
    (stores,) = jsonld(get_text(demo.base_urls[retailer] + path))
    assert len(stores) == 1 and stores[0]["address"]["addressCountry"] == country


def test_empty_seed_banks_list_nothing(empty_demo):
    urls = empty_demo.base_urls
    assert get_json(urls["seedvault"] + "/products.json?limit=250&page=1") == {"products": []}
    assert get_json(urls["semillaverde"] + WOO + "?per_page=100&page=1") == []
    assert get_json(urls["semillaverde"] + WOO + "?type=variation&per_page=100&page=1") == []


def test_seed_bank_pages_are_deterministic(demo):
    for retailer, path in [("semillaverde", WOO + "?per_page=100&page=1"),
                           ("semillaverde", WOO + "?type=variation&per_page=100&page=1"),
                           ("seedvault", "/products.json?limit=250&page=1")]:
        assert fetch(demo.base_urls[retailer] + path)[2] == fetch(demo.base_urls[retailer] + path)[2]
