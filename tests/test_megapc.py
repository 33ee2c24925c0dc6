"""Mega PC (listing HTML): home, category and product pages, branches, then a whole paginated crawl.

Fixtures: ``python tests/fixtures/refresh.py megapc / /category/processors /product/20029
/product/20023 /product/20002 /branches``. No category of the hand-written catalog fills a
page (24 tiles), so ``category__graphics-cards`` and its ``--page_2`` / ``--page_3`` were saved
the same way from the demo server with ``n_products=240`` (``DemoServer(["megapc"],
ports={"megapc": 8104}, n_products=240)``), where graphics cards take 25 tiles.
"""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal

import pytest
from freezegun import freeze_time
from scrapy.http import Request
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from demo.catalog import expanded_catalog
from demo.server import DemoServer
from demo.sites import listings
from crawler.items import Offer, Store
from crawler.prices import parse_price
from spiders.megapc import MegapcSpider
from tests.conftest import ROOT
from tests.spider_harness import fixture_response

BASE = "http://127.0.0.1:8104"
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16"]


def page(name: str, path: str):
    return fixture_response("megapc", name, f"{BASE}{path}")


def listing_output(name: str, path: str) -> list[Request]:
    return list(MegapcSpider().parse_listing(page(name, path)))


def product(product_id: int, tile_page=("category__processors", "/category/processors")) -> Offer:
    """The offer of a product page reached from its tile, as the crawl builds it."""
    (request,) = [r for r in listing_output(*tile_page) if r.url == f"{BASE}/product/{product_id}"]
    response = page(f"product__{product_id}", f"/product/{product_id}")
    with freeze_time("2026-11-20T10:00:00Z"):
        (offer,) = list(MegapcSpider().parse_product(response, **request.cb_kwargs))
    return offer


@pytest.fixture(scope="module")
def cpu() -> Offer:
    return product(20029)


def lbp(text: str) -> Decimal:
    parsed = parse_price(text, decimal_separator=MegapcSpider.decimal_separator,
                         default_currency=MegapcSpider.default_currency)
    assert parsed.currency == "LBP"
    return parsed.amount


def test_title(cpu):
    assert cpu["title"] == "Core Ultra 9 285K — Intel"


def test_identifiers(cpu):
    assert (cpu["retailer_sku"], cpu["mpn"], cpu["gtin"]) == ("MPC-00030", "BX80768285K", "0735858000055")


def test_brand_from_the_spec_table_and_category_from_the_listing(cpu):
    assert (cpu["brand"], cpu["category"]) == ("Intel", "Processors")


def test_prices_are_lebanese_pounds_with_thousands_commas(cpu):
    assert (cpu["price"], cpu["regular_price"]) == ("39,710,000 ل.ل", "49,640,000 ل.ل")
    assert (lbp(cpu["price"]), lbp(cpu["regular_price"])) == (Decimal(39_710_000), Decimal(49_640_000))


def test_availability(cpu):
    assert cpu["availability"] == "In stock"


def test_url_image_time_retailer(cpu):
    assert cpu["url"] == f"{BASE}/product/20029"
    assert cpu["image_url"] == f"{BASE}/static/img/intel-core-ultra-9-285k.svg"
    assert cpu["scraped_at"].isoformat() == "2026-11-20T10:00:00+00:00"
    assert cpu["retailer"] == "megapc"


@pytest.mark.parametrize("product_id, tile_page, availability, mpn, gtin", [
    (20023, ("category__processors", "/category/processors"), "Pre-order", "100-100001404WOF", "0730143000055"),
    (20002, None, "Out of stock", "MZ-V9P4T0BW", None),
])
def test_stock_states_and_missing_identifiers(product_id, tile_page, availability, mpn, gtin):
    if tile_page is None:  # reached without a tile: the product page alone
        response = page(f"product__{product_id}", f"/product/{product_id}")
        (offer,) = list(MegapcSpider().parse_product(response))
        assert offer.get("price") is None  # the product fields declare no price: the tile brings it
    else:
        offer = product(product_id, tile_page)
        assert offer["availability"] == availability
    assert (offer.get("mpn"), offer.get("gtin")) == (mpn, gtin)


def test_a_product_page_that_fails_leaves_the_offer_of_its_tile():
    (request,) = [r for r in listing_output("category__processors", "/category/processors")
                  if r.url == f"{BASE}/product/20029"]
    failure = Failure(HttpError(page("product__20029", "/product/20029"), "Ignoring non-200 response"))
    failure.request = request
    (offer,) = list(request.errback(failure))
    assert (offer["url"], offer["retailer_sku"], offer["mpn"], offer["price"]) == (
        f"{BASE}/product/20029", "MPC-00030", "BX80768285K", "39,710,000 ل.ل")
    assert offer.get("gtin") is None  # only the product page shows it


def test_home_page_leads_to_every_category():
    requests = list(MegapcSpider().parse_start(page("index.html", "/")))
    assert len(requests) == 14 and all(r.callback.__name__ == "parse_listing" for r in requests)
    assert requests[0].url == f"{BASE}/category/ssd" and f"{BASE}/category/graphics-cards" in [r.url for r in requests]


def test_every_tile_becomes_a_product_page_request():
    requests = listing_output("category__processors", "/category/processors")
    assert len(requests) == 10 and all(r.callback.__name__ == "parse_product" for r in requests)
    for request in requests:
        tile = request.cb_kwargs["tile"]
        assert tile["url"] == request.url and request.url.startswith(f"{BASE}/product/")
        assert tile["title"] and tile["retailer_sku"].startswith("MPC-") and tile["category"] == "Processors"
        assert lbp(tile["price"]) > 1_000_000 and tile["availability"] in ("In stock", "Out of stock", "Pre-order")
        assert tile["image_url"].startswith(f"{BASE}/static/img/")


def test_pagination_follows_next_until_a_page_without_tiles():
    first = listing_output("category__graphics-cards", "/category/graphics-cards")
    products = [r for r in first if r.callback.__name__ == "parse_product"]
    (next_page,) = [r for r in first if r.callback.__name__ == "parse_listing"]
    assert len(products) == 24 and next_page.url == f"{BASE}/category/graphics-cards?page=2"
    second = listing_output("category__graphics-cards--page_2", "/category/graphics-cards?page=2")
    assert [r.callback.__name__ for r in second] == ["parse_product"]  # the last tile, no next link
    assert listing_output("category__graphics-cards--page_3", "/category/graphics-cards?page=3") == []


def test_stores_from_the_branches_table():
    stores = list(MegapcSpider().parse_stores(page("branches", "/branches")))
    assert len(stores) == 6 and all(isinstance(s, Store) and s["retailer"] == "megapc" for s in stores)
    zahle = next(s for s in stores if s["ref"] == "mpc-zahle")
    assert (zahle["name"], zahle["address"], zahle["city"]) == ("Mega PC Zahle", "Maalaka Main Street", "Zahle")
    assert (zahle["latitude"], zahle["longitude"]) == ("33.8392", "35.9105")  # text: normalize makes floats
    assert zahle["phone"] == "+961 8 930 552" and zahle["opening_hours"] == "Mo-Fr 09:00-19:00; Sa 09:00-16:00"


def test_whole_crawl_with_pagination_into_postgres(db):
    products = expanded_catalog(240)  # graphics cards fill more than one page of 24
    expected = {listing.sku: listing for listing in listings("megapc", products)}
    with DemoServer(["megapc"], base_port=0, n_products=240) as demo:
        process = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "megapc", "-a", f"base_url={demo.base_urls['megapc']}", *FAST],
            cwd=ROOT, env=os.environ.copy(), capture_output=True, text=True, timeout=180)
    assert process.returncode == 0, process.stderr[-3000:]
    run = db.execute("SELECT * FROM crawl_runs").fetchone()
    assert (run["status"], run["finish_reason"]) == ("finished", "finished"), run
    assert run["offers_accepted"] == len(expected) and run["stores_accepted"] == 6 and run["items_rejected"] == 0
    stored = {r["retailer_sku"]: r for r in db.execute("SELECT * FROM offers WHERE retailer_id = 'megapc'")}
    assert set(stored) == set(expected)
    for sku, listing in expected.items():
        row = stored[sku]
        assert (row["price"], row["regular_price"], row["currency"]) == (listing.price, listing.regular_price,
                                                                           "LBP"), sku
        assert (row["mpn"], row["gtin"], row["availability"]) == (listing.mpn, listing.gtin, listing.availability), sku
    pages = db.execute("SELECT count(*) AS n FROM offers WHERE url LIKE '%/product/%'").fetchone()["n"]
    assert pages == len(expected)
    assert run["pages"] > len(expected) + 15  # product pages + categories + the page 2 of graphics cards
