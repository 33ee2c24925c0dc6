"""Beirut Bytes (WooCommerce Store API): saved API pages and store locator, then a whole crawl.

Fixtures: ``python tests/fixtures/refresh.py beirutbytes
"/wp-json/wc/store/v1/products?per_page=100&page=1" "/wp-json/wc/store/v1/products?per_page=100&page=2"
/stores/``; the response headers (X-WP-Total, X-WP-TotalPages) are given by the tests.
"""

from __future__ import annotations

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
from crawler.platforms.woocommerce import minor_units, product_fields
from spiders.beirutbytes import BeirutbytesSpider
from tests.conftest import DATASETS, ROOT
from tests.spider_harness import fixture_path, fixture_response

BASE = "http://127.0.0.1:8103"
API = f"{BASE}/wp-json/wc/store/v1/products"
PAGE_1 = "wp-json__wc__store__v1__products--per_page_100-page_1"
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]


def api_page(name: str = PAGE_1, page: int = 1, total_pages: int | None = 1, **kwargs) -> list:
    headers = {"Content-Type": "application/json; charset=utf-8", "X-WP-Total": "92"}
    if total_pages is not None:
        headers["X-WP-TotalPages"] = str(total_pages)
    response = fixture_response("beirutbytes", name, f"{API}?per_page=100&page={page}", kind="text", headers=headers)
    with freeze_time("2026-11-20T10:00:00Z"):
        return list(BeirutbytesSpider().parse_products_page(response, page=page, **kwargs))


@pytest.fixture(scope="module")
def offers() -> list[Offer]:
    return [item for item in api_page() if isinstance(item, Offer)]


def by_sku(offers, sku) -> Offer:
    (offer,) = [o for o in offers if o["retailer_sku"] == sku]
    return offer


@pytest.fixture(scope="module")
def monitor(offers) -> Offer:
    return by_sku(offers, "24G2SP")


def test_title(monitor):
    assert monitor["title"] == 'Monitor AOC 24G2SP 24" FHD IPS 165 Hz'


def test_sku_is_the_mpn_here(monitor):
    assert (monitor["retailer_sku"], monitor["mpn"]) == ("24G2SP", "24G2SP")


def test_gtin_from_the_ean_attribute(monitor):
    assert monitor["gtin"] == "4038986000017"


def test_brand_and_category(monitor):
    assert (monitor["brand"], monitor["category"]) == ("AOC", "Monitor")


def test_prices_in_minor_units(monitor):
    # currency_minor_unit 0: "12146000" is 12,146,000 LBP
    assert monitor["price"] == Decimal("12146000")
    assert monitor["regular_price"] == Decimal("13802000")
    assert monitor["currency"] == "LBP"


def test_availability(monitor):
    assert monitor["availability"] == "InStock"


def test_url_image_time_retailer(monitor):
    assert monitor["url"] == f"{BASE}/product/monitor-aoc-24g2sp-24-fhd-ips-165-hz/"
    assert monitor["image_url"] == f"{BASE}/wp-content/uploads/demo/aoc-24g2sp.svg"
    assert monitor["scraped_at"].isoformat() == "2026-11-20T10:00:00+00:00"
    assert monitor["retailer"] == "beirutbytes"


@pytest.mark.parametrize("sku, availability", [
    ("BX8071513400F", "OutOfStock"),
    ("TUF-RTX4070TI-O12G-GAMING", "BackOrder"),  # is_on_backorder: the shop's pre-orders
    ("24G2SP", "InStock"),
])
def test_stock_states(offers, sku, availability):
    assert by_sku(offers, sku)["availability"] == availability


def test_every_product_is_an_offer(offers):
    assert len(offers) == len(json.loads(fixture_path("beirutbytes", PAGE_1).read_bytes())) == 92


@pytest.mark.parametrize("index", range(0, 92, 7))
def test_every_offer_has_the_required_fields(offers, index):
    offer = offers[index]
    assert offer["retailer"] == "beirutbytes" and offer["title"] and offer["retailer_sku"]
    assert offer["url"].startswith(f"{BASE}/product/") and offer["url"].endswith("/")
    assert isinstance(offer["price"], Decimal) and offer["price"] >= 1000 and offer["currency"] == "LBP"
    assert offer["regular_price"] is None or offer["regular_price"] > offer["price"]
    assert offer["availability"] in ("InStock", "OutOfStock", "BackOrder")
    assert offer["brand"] and offer["category"] and offer["image_url"].endswith(".svg")
    assert offer["retailer_sku"].startswith("BB-") == (offer.get("mpn") is None)


def test_one_page_in_all_asks_for_nothing_more():
    assert not [r for r in api_page() if isinstance(r, Request)]


def test_the_first_page_asks_for_every_other_page_at_once():
    requests = [r for r in api_page(total_pages=3) if isinstance(r, Request)]
    assert [r.url for r in requests] == [f"{API}?per_page=100&page=2", f"{API}?per_page=100&page=3"]
    assert all(r.cb_kwargs["follow"] is False for r in requests)
    # a page asked for by the first one asks for nothing itself
    assert not [r for r in api_page(page=2, total_pages=3, follow=False) if isinstance(r, Request)]


def test_without_a_page_count_pages_follow_until_an_empty_one():
    (request,) = [r for r in api_page(total_pages=None) if isinstance(r, Request)]
    assert request.url == f"{API}?per_page=100&page=2"
    empty = "wp-json__wc__store__v1__products--per_page_100-page_2"
    assert api_page(empty, page=2, total_pages=None) == []


def test_an_error_answer_is_recorded_and_stops_the_pages():
    body = b'{"code": "rest_invalid_param", "message": "Invalid parameter(s): per_page", "data": {"status": 400}}'
    response = TextResponse(f"{API}?per_page=100&page=1", body=body, encoding="utf-8")
    outputs = BeirutbytesSpider().parse_products_page(response, page=1)
    request = next(outputs)
    assert request.cb_kwargs["bad_pages"] == 1  # one more try, then it stops
    with pytest.raises(InvalidPage, match="Store API page 1: JSON that is not a list of products"):
        next(outputs)
    with pytest.raises(InvalidPage):
        list(BeirutbytesSpider().parse_products_page(response, page=2, bad_pages=1))


def test_minor_units_of_the_documented_example():
    # WooCommerce's documented Store API answer: "1105" with currency_minor_unit 2 is 11.05 GBP
    (example,) = json.loads((DATASETS / "woocommerce" / "products_list_example.json").read_text())
    fields = product_fields(example)
    assert (fields["price"], fields["currency"], fields["regular_price"]) == (Decimal("11.05"), "GBP", None)
    assert (fields["retailer_sku"], fields["title"], fields["availability"]) == ("wp-pennant", "WordPress Pennant",
                                                                                 "InStock")
    assert fields["url"] == "https://local.wordpress.test/product/wordpress-pennant/"
    assert fields["image_url"] == "https://local.wordpress.test/wp-content/uploads/2020/03/pennant-1.jpg"


@pytest.mark.parametrize("value, minor, expected", [
    ("1105", 2, Decimal("11.05")), ("15220000", 0, Decimal("15220000")), ("1999", 3, Decimal("1.999")),
    (None, 2, None), ("", 2, None),   # "abc" is refused with its reason: tests/test_feed_hostile.py
])
def test_minor_units(value, minor, expected):
    assert minor_units(value, minor) == expected


def test_variable_product_takes_the_lowest_price():
    fields = product_fields({"id": 7, "type": "variable", "prices": {
        "price": "2000", "regular_price": "2500", "currency_code": "EUR", "currency_minor_unit": 2,
        "price_range": {"min_amount": "1500", "max_amount": "2500"}}, "is_in_stock": True})
    assert (fields["price"], fields["regular_price"], fields["retailer_sku"]) == (Decimal("15.00"), Decimal("25.00"),
                                                                                  "7")


def test_stores():
    response = fixture_response("beirutbytes", "stores", f"{BASE}/stores/")
    stores = list(BeirutbytesSpider().parse_stores(response))
    assert [s["ref"] for s in stores] == ["bb-verdun", "bb-dora", "bb-mina", "bb-saida"]
    mina = stores[2]
    assert isinstance(mina, Store) and mina["retailer"] == "beirutbytes"
    assert (mina["name"], mina["city"], mina["address"]) == ("Beirut Bytes El Mina", "Tripoli", "Port Street, El Mina")
    assert (mina["latitude"], mina["longitude"]) == (34.448, 35.813)


def test_whole_crawl_into_postgres(db):
    products = expanded_catalog(30)
    expected = {listing.mpn or listing.sku: listing for listing in listings("beirutbytes", products)}
    with DemoServer(["beirutbytes"], base_port=0, n_products=30) as demo:
        process = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "beirutbytes", "-a", f"base_url={demo.base_urls['beirutbytes']}",
             *FAST], cwd=ROOT, env=os.environ.copy(), capture_output=True, text=True, timeout=120)
    assert process.returncode == 0, process.stderr[-3000:]
    run = db.execute("SELECT * FROM crawl_runs").fetchone()
    assert (run["status"], run["finish_reason"]) == ("finished", "finished"), run
    assert run["offers_accepted"] == len(expected) and run["stores_accepted"] == 4 and run["items_rejected"] == 0
    stored = {r["retailer_sku"]: r for r in db.execute("SELECT * FROM offers WHERE retailer_id = 'beirutbytes'")}
    assert set(stored) == set(expected)
    for sku, listing in expected.items():
        assert (stored[sku]["price"], stored[sku]["currency"]) == (listing.price, "LBP"), sku
        assert stored[sku]["regular_price"] == listing.regular_price, sku
        assert stored[sku]["gtin"] == listing.gtin, sku


@pytest.mark.parametrize("total_pages, why", [(5, "page cap: 3 of 5 Store API pages"), (None, None)])
def test_the_page_cap_is_said_and_kept_in_the_crawls_stats(caplog, total_pages, why):
    # (fix15) a shop with more pages than max_pages: the crawl stops there, with one line and a stat
    from scrapy.utils.test import get_crawler

    crawler = get_crawler(BeirutbytesSpider)
    spider = BeirutbytesSpider.from_crawler(crawler)
    spider.max_pages = 3
    headers = {"Content-Type": "application/json; charset=utf-8"}
    if total_pages is not None:
        headers["X-WP-TotalPages"] = str(total_pages)
    page = 1 if total_pages is not None else 3  # without a page count: the cap's page, still full
    response = fixture_response("beirutbytes", PAGE_1, f"{API}?per_page=100&page={page}", kind="text",
                                headers=headers)
    with caplog.at_level("WARNING"):
        requests = [r for r in spider.parse_products_page(response, page=page) if isinstance(r, Request)]
    assert [r.url.rsplit("=", 1)[1] for r in requests] == (["2", "3"] if total_pages else [])
    why = why or "page cap: 3 Store API pages"
    assert crawler.stats.get_value("pricelens/cut_short") == why
    assert [r.getMessage() for r in caplog.records if "cut short" in r.getMessage()] == [
        f"beirutbytes: crawl cut short: {why}; the shop may list more products"]
