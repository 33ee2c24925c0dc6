"""PixelHub (rendered): pages as Chromium drew them, the sitemap, and the browser settings bundle.

Fixtures: ``python tests/fixtures/pixelhub/render.py /product/amd-ryzen-9-9950x /product/wd-blue-2tb
/product/samsung-990-evo-2tb /product/gigabyte-rtx4070-super-gaming-oc /product/wd-black-sn770-1tb
/stores`` (the rendered DOM, saved once with the system Chromium) and ``python
tests/fixtures/refresh.py pixelhub /robots.txt /sitemap.xml``. The real browser crawl is in
``tests/test_rendered_crawl.py``.
"""

from __future__ import annotations

import pytest
from freezegun import freeze_time
from playwright.async_api import TimeoutError as PlaywrightTimeoutError
from scrapy.http import Request
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from crawler.browser import chromium_executable
from crawler.items import Offer, Store
from crawler.platforms.rendered import PLAYWRIGHT_HANDLER, RENDERED_SETTINGS, RenderedSpider
from spiders.pixelhub import PixelhubSpider
from tests.spider_harness import fixture_response

BASE = "http://127.0.0.1:8105"
KEYS = ["amd-ryzen-9-9950x", "wd-blue-2tb", "samsung-990-evo-2tb", "gigabyte-rtx4070-super-gaming-oc",
        "wd-black-sn770-1tb"]


def parse_product(key: str, spider_cls=PixelhubSpider) -> Offer:
    response = fixture_response("pixelhub", f"product__{key}", f"{BASE}/product/{key}",
                                meta={"playwright": True})
    with freeze_time("2026-11-20T10:00:00Z"):
        (item,) = list(spider_cls().parse_product(response))
    return item


@pytest.fixture(scope="module")
def cpu() -> Offer:
    return parse_product("amd-ryzen-9-9950x")


def test_title(cpu):
    assert cpu["title"] == "AMD Ryzen 9 9950X 16-Core Desktop Processor"


def test_identifiers(cpu):
    assert (cpu["retailer_sku"], cpu["mpn"], cpu["gtin"]) == ("PXH-00023", "100-100001277WOF", "0730143000048")


def test_brand_and_category(cpu):
    assert (cpu["brand"], cpu["category"]) == ("AMD", "CPU")


def test_prices(cpu):
    assert (cpu["price"], cpu["regular_price"], cpu["currency"]) == ("$508.95", "$598.95", "USD")


def test_availability(cpu):
    assert cpu["availability"] == "In stock"


def test_url_image_time_retailer(cpu):
    assert cpu["url"] == f"{BASE}/product/amd-ryzen-9-9950x"
    assert cpu["image_url"] == f"{BASE}/static/img/amd-ryzen-9-9950x.svg"
    assert cpu["scraped_at"].isoformat() == "2026-11-20T10:00:00+00:00"
    assert cpu["retailer"] == "pixelhub"


@pytest.mark.parametrize("key, availability, mpn, gtin", [
    ("wd-blue-2tb", "Pre-order", None, "0718037000053"),
    ("samsung-990-evo-2tb", "Out of stock", "MZ-V9E2T0BW", "8801643000042"),
    ("wd-black-sn770-1tb", "Out of stock", None, None),
    ("gigabyte-rtx4070-super-gaming-oc", "In stock", "GV-N407SGAMING OC-12GD", "4719331000035"),
])
def test_stock_states_and_missing_identifiers(key, availability, mpn, gtin):
    offer = parse_product(key)
    assert (offer["availability"], offer.get("mpn"), offer.get("gtin")) == (availability, mpn, gtin)


@pytest.mark.parametrize("key", KEYS)
def test_every_rendered_page_has_the_required_fields(key):
    offer = parse_product(key)
    assert offer["title"] and offer["retailer_sku"].startswith("PXH-") and offer["url"] == f"{BASE}/product/{key}"
    assert offer["price"].startswith("$") and offer["currency"] == "USD" and offer["brand"] and offer["category"]


class GenericPixelhub(PixelhubSpider):
    product_fields = None  # no selectors: the generic extractor reads the rendered DOM


def test_the_generic_extractor_reads_a_rendered_page_too():
    offer = parse_product("amd-ryzen-9-9950x", GenericPixelhub)
    assert offer["title"] == "AMD Ryzen 9 9950X 16-Core Desktop Processor"
    assert str(offer["price"]) == "508.95" and offer["availability"] == "InStock"


def test_stores_from_the_rendered_locator():
    response = fixture_response("pixelhub", "stores", f"{BASE}/stores")
    stores = list(PixelhubSpider().parse_stores(response))
    assert [s["ref"] for s in stores] == ["pxh-gemmayzeh", "pxh-jounieh", "pxh-zahle"]
    assert all(isinstance(s, Store) and s["retailer"] == "pixelhub" for s in stores)
    assert (stores[0]["latitude"], stores[0]["longitude"], stores[0]["city"]) == (33.8952, 35.5155, "Beirut")


def test_robots_and_sitemap_are_plain_downloads_and_products_are_rendered():
    spider = PixelhubSpider()
    robots = fixture_response("pixelhub", "robots.txt", f"{BASE}/robots.txt", kind="text")
    (sitemap,) = list(spider._parse_sitemap(robots))
    assert sitemap.url == f"{BASE}/sitemap.xml" and not sitemap.meta.get("playwright")
    products = list(spider._parse_sitemap(fixture_response("pixelhub", "sitemap.xml", sitemap.url, kind="xml")))
    assert len(products) == 76
    for request in products:
        assert request.url.startswith(f"{BASE}/product/") and request.callback == spider.parse_product
        assert request.meta["playwright"] is True and request.errback == spider.render_failed
        (wait,) = request.meta["playwright_page_methods"]
        assert (wait.method, wait.args, wait.kwargs) == ("wait_for_selector", ("#app[data-rendered='true']",),
                                                         {"timeout": 15_000})


def test_the_store_locator_is_rendered():
    (request,) = list(PixelhubSpider().store_requests())
    assert request.url == f"{BASE}/stores" and request.meta["playwright"] is True


def test_the_browser_bundle_is_in_the_spider_settings():
    settings = PixelhubSpider.custom_settings
    assert settings["DOWNLOAD_HANDLERS"] == {"http": PLAYWRIGHT_HANDLER, "https": PLAYWRIGHT_HANDLER}
    assert settings["TWISTED_REACTOR"] == "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
    assert settings["PLAYWRIGHT_BROWSER_TYPE"] == "chromium"
    assert settings["PLAYWRIGHT_LAUNCH_OPTIONS"]["headless"] is True
    assert settings["PLAYWRIGHT_LAUNCH_OPTIONS"].get("executable_path") == chromium_executable()
    assert settings["PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT"] > 0


def test_a_spider_adds_to_the_bundle_without_losing_it():
    class Slow(RenderedSpider):
        name = "slow"
        custom_settings = {"PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": 90_000}

    assert Slow.custom_settings == {**RENDERED_SETTINGS, "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": 90_000}


def test_the_bundle_is_for_rendered_spiders_only():
    from spiders.cedarshop import CedarshopSpider
    from spiders.techzone import TechzoneSpider

    assert not (CedarshopSpider.custom_settings or {}).get("DOWNLOAD_HANDLERS")
    assert not (TechzoneSpider.custom_settings or {}).get("DOWNLOAD_HANDLERS")


def test_a_page_that_never_draws_is_retried_then_counted():
    crawler = get_crawler(PixelhubSpider)
    spider = PixelhubSpider.from_crawler(crawler)
    request = spider.rendered(Request(f"{BASE}/product/never", callback=spider.parse_product))
    tries = 0
    while True:
        failure = Failure(PlaywrightTimeoutError("Timeout 15000ms exceeded."))
        failure.request = request
        retried = list(spider.render_failed(failure))
        if not retried:
            break
        (request,) = retried
        tries += 1
        assert request.meta["playwright"] is True and request.dont_filter
    assert tries == spider.render_retries == 2
    stats = crawler.stats.get_stats()
    assert stats["pricelens/rendered/timeout"] == 3 and stats["pricelens/rendered/gave_up"] == 1
