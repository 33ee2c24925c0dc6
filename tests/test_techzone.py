"""TechZone (structured data): product pages and the store locator, from saved pages."""

from __future__ import annotations

from decimal import Decimal

import pytest
from freezegun import freeze_time
from scrapy.http import Request

from crawler.items import Offer, Store
from spiders.techzone import TechzoneSpider
from tests.spider_harness import fixture_response

BASE = "http://127.0.0.1:8101"


def parse_product(key: str) -> Offer:
    response = fixture_response("techzone", f"p__{key}.html", f"{BASE}/p/{key}.html")
    with freeze_time("2026-11-20T10:00:00Z"):
        (item,) = list(TechzoneSpider().parse_product(response))
    return item


@pytest.fixture(scope="module")
def ssd() -> Offer:
    return parse_product("samsung-990-pro-2tb")


def test_title(ssd):
    assert ssd["title"] == "Samsung 990 PRO 2TB NVMe M.2 MZ-V9P2T0BW"


def test_identifiers(ssd):
    assert (ssd["retailer_sku"], ssd["mpn"], ssd["gtin"]) == ("TZ-00002", "MZ-V9P2T0BW", "8801643000028")


def test_brand_and_category(ssd):
    assert (ssd["brand"], ssd["category"]) == ("Samsung", "SSD")


def test_prices(ssd):
    assert Decimal(ssd["price"]) == Decimal("154.99")
    assert Decimal(ssd["regular_price"]) == Decimal("171.99")
    assert ssd["currency"] == "USD"


def test_availability(ssd):
    assert ssd["availability"] == "InStock"


def test_url_image_and_time(ssd):
    assert ssd["url"] == f"{BASE}/p/samsung-990-pro-2tb.html"
    assert ssd["image_url"] == f"{BASE}/images/samsung-990-pro-2tb.svg"
    assert ssd["scraped_at"].isoformat() == "2026-11-20T10:00:00+00:00"
    assert ssd["retailer"] == "techzone"


@pytest.mark.parametrize("key, availability", [
    ("crucial-p3-plus-1tb", "OutOfStock"), ("crucial-t500-2tb", "PreOrder"), ("samsung-990-pro-2tb", "InStock"),
])
def test_stock_states(key, availability):
    assert parse_product(key)["availability"] == availability


def test_missing_mpn_stays_missing():
    assert parse_product("amd-ryzen-7-9700x")["mpn"] is None


def test_garbage_price_reaches_the_pipelines_as_text():
    item = parse_product("tp-link-archer-be800")
    assert item["title"] and item["price"] in (None, "Call for price")


@pytest.mark.parametrize("key", ["samsung-990-pro-2tb", "crucial-p3-plus-1tb", "crucial-t500-2tb",
                                 "aoc-24g2sp", "amd-ryzen-7-9700x"])
def test_every_product_page_has_the_required_fields(key):
    item = parse_product(key)
    assert item["title"] and item["url"].startswith(BASE) and item["retailer_sku"].startswith("TZ-")
    assert item["price"] is not None and item["currency"] == "USD"


def test_stores():
    response = fixture_response("techzone", "stores", f"{BASE}/stores")
    stores = list(TechzoneSpider().parse_stores(response))
    assert len(stores) >= 3 and all(isinstance(s, Store) for s in stores)
    hamra = next(s for s in stores if s["ref"] == "tz-hamra")
    assert hamra["name"] == "TechZone Hamra"
    assert hamra["latitude"] == pytest.approx(33.8966)
    assert 35 < hamra["longitude"] < 36
    assert hamra["city"] and hamra["address"] and hamra["phone"]
    assert len({s["ref"] for s in stores}) == len(stores)


def test_sitemap_leads_to_product_pages():
    spider = TechzoneSpider()
    index = fixture_response("techzone", "sitemap.xml", f"{BASE}/sitemap.xml", kind="xml")
    followed = [r.url for r in spider._parse_sitemap(index)]
    assert f"{BASE}/sitemap-products.xml" in followed
    products = fixture_response("techzone", "sitemap-products.xml", f"{BASE}/sitemap-products.xml", kind="xml")
    requests = list(spider._parse_sitemap(products))
    assert len(requests) >= 80
    assert all(isinstance(r, Request) and "/p/" in r.url and r.callback == spider.parse_product for r in requests)


def test_base_url_argument_moves_the_spider():
    spider = TechzoneSpider(base_url="http://127.0.0.1:9999/")
    assert spider.sitemap_urls == ["http://127.0.0.1:9999/robots.txt"]
    assert spider.allowed_domains == ["127.0.0.1"]
