"""Cedar Shop (Shopify): /products.json and the store locator from saved responses, then a whole crawl.

Fixtures: ``python tests/fixtures/refresh.py cedarshop "/products.json?limit=250&page=1"
"/products.json?limit=250&page=2" /pages/stores``.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from decimal import Decimal

import pytest
from freezegun import freeze_time
from scrapy.http import Request, TextResponse

from demo.catalog import expanded_catalog
from demo.server import DemoServer
from demo.sites import listings
from crawler.items import Offer, Store
from crawler.platforms.base import InvalidPage
from spiders.cedarshop import CedarshopSpider
from tests.conftest import ROOT
from tests.spider_harness import fixture_path, fixture_response

BASE = "http://127.0.0.1:8102"
JSON = {"Content-Type": "application/json; charset=utf-8"}
PAGE_1 = "products.json--limit_250-page_1"
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]


def start_requests(spider) -> list:
    async def collect():
        return [request async for request in spider.start()]
    return asyncio.run(collect())


def products_page(name: str = PAGE_1, page: int = 1):
    response = fixture_response("cedarshop", name, f"{BASE}/products.json?limit=250&page={page}", kind="text",
                                headers=JSON)
    with freeze_time("2026-11-20T10:00:00Z"):
        return list(CedarshopSpider().parse_products_page(response, page=page))


@pytest.fixture(scope="module")
def parsed():
    return products_page()


@pytest.fixture(scope="module")
def offers(parsed) -> list[Offer]:
    return [o for o in parsed if isinstance(o, Offer)]


def by_sku(offers, sku) -> Offer:
    (offer,) = [o for o in offers if o["retailer_sku"] == sku]
    return offer


@pytest.fixture(scope="module")
def ryzen(offers) -> Offer:
    return by_sku(offers, "100-100001404WOF")


def test_title(ryzen):
    assert ryzen["title"] == "AMD Ryzen 7 9700X 8-Core Desktop Processor"


def test_sku_and_mpn(ryzen):
    assert (ryzen["retailer_sku"], ryzen["mpn"]) == ("100-100001404WOF", "100-100001404WOF")


def test_gtin_from_barcode(ryzen):
    assert ryzen["gtin"] == "0730143000055"


def test_brand_from_vendor_and_category_from_product_type(ryzen):
    assert (ryzen["brand"], ryzen["category"]) == ("AMD", "CPU")


def test_price_and_compare_at_price(ryzen):
    assert ryzen["price"] == Decimal("331.00")
    assert ryzen["regular_price"] == Decimal("349.00")
    assert ryzen.get("currency") is None  # Shopify's JSON has none: the retailer's USD applies


def test_availability(ryzen):
    assert ryzen["availability"] == "InStock"


def test_url_image_time_retailer(ryzen):
    assert ryzen["url"] == f"{BASE}/products/amd-ryzen-7-9700x"
    assert ryzen["image_url"] == f"{BASE}/cdn/shop/files/amd-ryzen-7-9700x.svg?v=1735689600"
    assert ryzen["scraped_at"].isoformat() == "2026-11-20T10:00:00+00:00"
    assert ryzen["retailer"] == "cedarshop"


def test_one_offer_per_variant(offers):
    data = json.loads(fixture_path("cedarshop", PAGE_1).read_bytes())
    assert len(offers) == sum(len(p["variants"]) for p in data["products"]) == 91
    assert len({o["retailer_sku"] for o in offers}) == len(offers)


def test_variant_title_url_and_image(offers):
    ssd = by_sku(offers, "MZ-V9P2T0BW")
    assert ssd["title"] == "Samsung 990 PRO NVMe M.2 SSD - 2TB"
    assert ssd["url"] == f"{BASE}/products/samsung-990-pro-nvme-m-2-ssd?variant=43210987001009"
    assert ssd["image_url"] == f"{BASE}/cdn/shop/files/samsung-990-pro-2tb.svg?v=1735689600"
    assert ssd["price"] == Decimal("168.00") and ssd["regular_price"] is None and ssd["gtin"] is None


@pytest.mark.parametrize("sku, availability", [
    ("MZ-V9P1T0BW", "OutOfStock"),    # a sold-out variant of a product that has others in stock
    ("CP-9020200-NA", "PreOrder"),    # available, tagged "Pre-order"
    ("MZ-V9P4T0BW", "InStock"),
])
def test_stock_states(offers, sku, availability):
    assert by_sku(offers, sku)["availability"] == availability


def test_shop_own_code_is_not_an_mpn(offers):
    own = [o for o in offers if o["retailer_sku"].startswith("CS-")]
    assert own and all(o.get("mpn") is None for o in own)


@pytest.mark.parametrize("index", range(0, 91, 7))
def test_every_offer_has_the_required_fields(offers, index):
    offer = offers[index]
    assert offer["retailer"] == "cedarshop" and offer["title"] and offer["retailer_sku"]
    assert offer["url"].startswith(f"{BASE}/products/")
    assert isinstance(offer["price"], Decimal) and offer["price"] > 0
    assert offer["regular_price"] is None or offer["regular_price"] > offer["price"]
    assert offer["availability"] in ("InStock", "OutOfStock", "PreOrder")
    assert offer["image_url"].startswith(f"{BASE}/cdn/shop/files/") and offer["brand"] and offer["category"]


def test_a_full_page_asks_for_the_next(parsed):
    (request,) = [r for r in parsed if isinstance(r, Request)]
    assert request.url == f"{BASE}/products.json?limit=250&page=2"
    assert request.cb_kwargs == {"page": 2, "bad_pages": 0}


def test_an_empty_page_ends_the_crawl():
    assert products_page("products.json--limit_250-page_2", page=2) == []


def until_raised(outputs) -> tuple[list, Exception | None]:
    """What a callback yields before it raises, and what it raised."""
    yielded = []
    try:
        for output in outputs:
            yielded.append(output)
    except Exception as error:  # noqa: BLE001 - the test looks at it
        return yielded, error
    return yielded, None


def test_an_invalid_page_is_recorded_and_skipped_once():
    spider = CedarshopSpider()
    broken = TextResponse(f"{BASE}/products.json?limit=250&page=3", body=b'{"products": [{"id": 1,', headers=JSON,
                          encoding="utf-8")
    (request,), error = until_raised(spider.parse_products_page(broken, page=3))
    assert request.url.endswith("page=4") and request.cb_kwargs["bad_pages"] == 1
    assert isinstance(error, InvalidPage) and str(error) == "products.json page 3: not JSON"
    assert until_raised(spider.parse_products_page(broken, page=4, bad_pages=1))[0] == []


def test_start_asks_for_stores_and_the_first_page():
    requests = start_requests(CedarshopSpider())
    assert [r.url for r in requests] == [f"{BASE}/pages/stores", f"{BASE}/products.json?limit=250&page=1"]


def test_stores():
    response = fixture_response("cedarshop", "pages__stores", f"{BASE}/pages/stores")
    stores = list(CedarshopSpider().parse_stores(response))
    assert [s["ref"] for s in stores] == ["cs-mar-mikhael", "cs-byblos", "cs-saida"]
    byblos = stores[1]
    assert isinstance(byblos, Store) and byblos["retailer"] == "cedarshop"
    assert (byblos["name"], byblos["city"], byblos["address"]) == ("Cedar Shop Byblos", "Byblos", "Old Souk Road")
    assert (byblos["latitude"], byblos["longitude"]) == (34.1211, 35.648)
    assert byblos["opening_hours"] == "Mo-Su 10:00-21:00" and byblos["phone"] == "+961 9 540 318"


def test_whole_crawl_into_postgres(db):
    products = expanded_catalog(30)
    expected = {listing.mpn or listing.sku: listing for listing in listings("cedarshop", products)}
    with DemoServer(["cedarshop"], base_port=0, n_products=30) as demo:
        process = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "cedarshop", "-a", f"base_url={demo.base_urls['cedarshop']}",
             *FAST], cwd=ROOT, env=os.environ.copy(), capture_output=True, text=True, timeout=120)
    assert process.returncode == 0, process.stderr[-3000:]
    run = db.execute("SELECT * FROM crawl_runs").fetchone()
    assert (run["status"], run["finish_reason"]) == ("finished", "finished"), run
    assert run["offers_accepted"] == len(expected) and run["stores_accepted"] == 3 and run["items_rejected"] == 0
    stored = {r["retailer_sku"]: r for r in db.execute("SELECT * FROM offers WHERE retailer_id = 'cedarshop'")}
    assert set(stored) == set(expected)
    for sku, listing in expected.items():
        assert (stored[sku]["price"], stored[sku]["currency"]) == (listing.price, "USD"), sku
        assert stored[sku]["regular_price"] == listing.regular_price, sku


def test_the_page_cap_is_logged_once_and_counted_in_the_crawls_stats(caplog):
    # (a shop that never answers an empty page stops at max_pages: said, and kept in the run's stats)
    from scrapy.utils.test import get_crawler

    crawler = get_crawler(CedarshopSpider)
    spider = CedarshopSpider.from_crawler(crawler)
    spider.max_pages = 1
    response = fixture_response("cedarshop", PAGE_1, f"{BASE}/products.json?limit=250&page=1", kind="text",
                                headers=JSON)
    with caplog.at_level("WARNING"):
        for _ in range(2):  # a second page at the cap is not a second line
            outputs = list(spider.parse_products_page(response, page=1))
            assert outputs and not [r for r in outputs if isinstance(r, Request)]
    assert crawler.stats.get_value("pricelens/cut_short") == "page cap: 1 products.json pages"
    lines = [r.getMessage() for r in caplog.records if "cut short" in r.getMessage()]
    assert lines == ["cedarshop: crawl cut short: page cap: 1 products.json pages; the shop may list more products"]


def test_a_page_below_the_cap_is_no_cut():
    from scrapy.utils.test import get_crawler

    crawler = get_crawler(CedarshopSpider)
    spider = CedarshopSpider.from_crawler(crawler)
    response = fixture_response("cedarshop", PAGE_1, f"{BASE}/products.json?limit=250&page=1", kind="text",
                                headers=JSON)
    list(spider.parse_products_page(response, page=1))
    assert crawler.stats.get_value("pricelens/cut_short") is None
