"""The generic `shop` spider: platform detection from saved probes, delegation, and whole crawls.

Fixtures: ``python tests/fixtures/shop/save_probes.py techzone cedarshop beirutbytes megapc``
(what each probe of ``crawler.platforms.detect.PROBES`` got from the demo shops on their
default ports, 404s included).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from decimal import Decimal

import pytest
from scrapy.exceptions import CloseSpider
from scrapy.http import HtmlResponse, Request
from scrapy.http.headers import Headers
from scrapy.responsetypes import responsetypes
from scrapy.utils.test import get_crawler
from twisted.internet.error import ConnectionRefusedError
from twisted.python.failure import Failure

from demo.catalog import expanded_catalog
from demo.server import DemoServer
from demo.sites import listings
from crawler.items import Offer, Store
from crawler.platforms.detect import PROBES, Probe, detect
from crawler.platforms.shopify import ShopifySpider
from crawler.platforms.structured import StructuredDataSpider
from crawler.platforms.woocommerce import WooCommerceSpider
from spiders.shop import ShopSpider, retailer_id_from_url
from tests.conftest import FIXTURES, ROOT
from tests.spider_harness import fixture_path, fixture_response

PORTS = {"techzone": 8101, "cedarshop": 8102, "beirutbytes": 8103, "megapc": 8104}
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=INFO",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]


def saved_probes(retailer: str) -> dict[str, dict]:
    return json.loads((FIXTURES / "shop" / f"{retailer}.json").read_text(encoding="utf-8"))


def probes_of(retailer: str) -> dict[str, Probe]:
    return {name: Probe(p["url"], p["status"], p["body"].encode("utf-8"), p["content_type"])
            for name, p in saved_probes(retailer).items() if name in PROBES}


def response_of(saved: dict, request: Request | None = None):
    headers = Headers({"Content-Type": saved["content_type"]})
    body = saved["body"].encode("utf-8")
    cls = responsetypes.from_args(headers=headers, url=saved["url"], body=body)
    return cls(url=saved["url"], status=saved["status"], headers=headers, body=body,
               request=request or Request(saved["url"]))


def collect(async_iterable) -> list:
    async def run():
        return [output async for output in async_iterable]
    return asyncio.run(run())


def shop_spider(demo: str | None = None, **arguments) -> ShopSpider:
    """A `shop` spider bound to a crawler; ``demo``: a demo shop's default address as ``url``."""
    if demo:
        arguments.setdefault("url", f"http://127.0.0.1:{PORTS[demo]}")
    crawler = get_crawler(ShopSpider)
    return ShopSpider.from_crawler(crawler, **arguments)


# -- detection ----------------------------------------------------------------------------------

@pytest.mark.parametrize("retailer, platform", [
    ("cedarshop", "shopify"), ("beirutbytes", "woocommerce"), ("techzone", "structured"), ("megapc", None),
])
def test_detect_the_demo_shops(retailer, platform):
    detection = detect(probes_of(retailer), f"http://127.0.0.1:{PORTS[retailer]}")
    assert detection.platform == platform and detection.reachable


def test_structured_shops_are_crawled_from_their_sitemaps():
    detection = detect(probes_of("techzone"), "http://127.0.0.1:8101")
    assert detection.sitemap_urls == ["http://127.0.0.1:8101/sitemap.xml"]


def test_woocommerce_says_its_currency():
    assert detect(probes_of("beirutbytes"), "http://127.0.0.1:8103").currency == "LBP"


def test_shopify_names_a_product_whose_page_says_the_currency():
    detection = detect(probes_of("cedarshop"), "http://127.0.0.1:8102")
    assert (detection.currency, detection.sample_product) == (None, "samsung-990-pro-nvme-m-2-ssd")


def test_a_listing_only_shop_is_unrecognised_with_the_reason():
    detection = detect(probes_of("megapc"), "http://127.0.0.1:8104")
    assert detection.reason == "unrecognised: no Shopify feed, no WooCommerce Store API, no sitemap"


def test_a_shop_that_answers_nothing_is_unreachable():
    probes = {name: Probe(f"http://shop.invalid{path}", error="DNS lookup failed") for name, path in PROBES.items()}
    detection = detect(probes, "http://shop.invalid")
    assert (detection.platform, detection.reachable) == (None, False)
    assert detection.reason == "unreachable: DNS lookup failed"


def test_markers_are_evidence_not_a_decision():
    home = Probe("https://s.example/", 200, b'<html><script src="https://cdn.shopify.com/s/x.js"></script>'
                 b'<script>Shopify.currency = {"active":"EUR","rate":"1.0"};</script></html>')
    closed = Probe("https://s.example/products.json?limit=1", 401, b'{"errors": "Unavailable"}')
    detection = detect({"home": home, "shopify": closed}, "https://s.example")
    assert detection.platform is None and detection.evidence == ["Shopify markers in the home page"]
    feed = Probe("https://s.example/products.json?limit=1", 200, b'{"products": [{"handle": "mug"}]}')
    detection = detect({"home": home, "shopify": feed}, "https://s.example")
    assert (detection.platform, detection.currency, detection.sample_product) == ("shopify", "EUR", "mug")


@pytest.mark.parametrize("url, retailer_id", [
    ("https://www.some-shop.example/", "some-shop-example"),
    ("http://127.0.0.1:8102", "127-0-0-1-8102"),
    ("https://Shop.Example.COM/path?x=1", "shop-example-com"),
])
def test_retailer_id_from_the_host(url, retailer_id):
    assert retailer_id_from_url(url) == retailer_id


# -- the spider ---------------------------------------------------------------------------------

def test_two_shops_on_one_host_are_two_names():
    # the site shows retailers by name: 127.0.0.1:8123 and :8124 were both "127.0.0.1", one shop there
    first, second = shop_spider(url="http://127.0.0.1:8123"), shop_spider(url="http://127.0.0.1:8124/")
    assert (first.retailer_name, second.retailer_name) == ("127.0.0.1:8123", "127.0.0.1:8124")
    assert (first.retailer_id, second.retailer_id) == ("127-0-0-1-8123", "127-0-0-1-8124")
    assert shop_spider(url="https://www.some-shop.example/").retailer_name == "www.some-shop.example"
    assert shop_spider(url="http://[::1]:8125").retailer_name == "[::1]:8125"
    assert shop_spider(url="http://127.0.0.1:8123", retailer_name="Some Shop").retailer_name == "Some Shop"


def test_retailer_argument_is_the_retailer_id():
    assert shop_spider("cedarshop", retailer="cedar-test").retailer_id == "cedar-test"
    assert shop_spider("cedarshop").retailer_id == "127-0-0-1-8102"
    assert shop_spider("cedarshop").name == "shop"


@pytest.mark.parametrize("arguments", [
    {}, {"url": "ftp://x.example"}, {"url": "http://x.example", "retailer": "No!"},
    {"url": "http://[::1"}, {"url": "http://x.example:99999"},          # urlsplit refuses them (review 14)
    {"url": "http://x.example", "currency": "XXXX"}, {"url": "http://x.example", "currency": "ZZZ"},
    {"url": "http://x.example", "currency": "XXX"},                     # ISO's "no currency"
])
def test_bad_arguments_are_one_line_and_exit_2(arguments, capsys):
    with pytest.raises(SystemExit) as exited:
        shop_spider(**arguments)
    assert exited.value.code == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("scrapy crawl shop: -a ")


def test_a_currency_argument_is_an_iso_code_in_any_case():
    assert shop_spider("cedarshop", currency="eur").default_currency == "EUR"
    assert shop_spider("cedarshop", currency="LBP").default_currency == "LBP"


@pytest.mark.parametrize("arguments", [[], ["-a", "url=ftp://x"], ["-a", "url=x"], ["-a", "url=http://[::1"],
                                       ["-a", "url=http://127.0.0.1:9", "-a", "currency=XXXX"],
                                       ["-a", "url=http://127.0.0.1:9", "-a", "currency=ZZZ"]])
def test_a_crawl_with_a_bad_url_creates_no_retailer_and_no_run(db, data_dir, arguments):
    process = crawl(*arguments)
    assert process.returncode == 2, process.stderr[-3000:]
    assert "Traceback" not in process.stderr
    errors = [line for line in process.stderr.splitlines() if " INFO: " not in line and not line.startswith((" ", "{"))]
    what = "-a currency: " if any("currency" in a for a in arguments) else "-a url="
    assert len(errors) == 1 and what in errors[0], process.stderr
    assert not (data_dir / "spool").exists()  # nothing spooled for the next crawl to trip on
    assert db.execute("SELECT count(*) AS n FROM crawl_runs").fetchone()["n"] == 0
    assert db.execute("SELECT count(*) AS n FROM retailers").fetchone()["n"] == 0


def test_the_home_page_is_probed_first_then_the_rest_at_once():
    spider = shop_spider("cedarshop")
    (home,) = collect(spider.start())
    assert home.url == "http://127.0.0.1:8102/" and home.meta["handle_httpstatus_all"]
    others = collect(spider.probe_answered(response_of(saved_probes("cedarshop")["home"]), probe="home"))
    assert sorted(r.cb_kwargs["probe"] for r in others) == sorted(p for p in PROBES if p != "home")


def test_an_unreachable_home_page_closes_the_spider_at_once():
    spider = shop_spider(url="http://127.0.0.1:9")
    (home,) = collect(spider.start())
    failure = Failure(ConnectionRefusedError("Connection refused"))
    failure.request = home
    with pytest.raises(CloseSpider) as closed:
        collect(spider.probe_failed(failure))
    assert closed.value.reason == "shop_unreachable"


def answer_probes(spider: ShopSpider, retailer: str) -> list:
    """Feed the saved probe answers to the spider as the crawl would; the output of the last one."""
    saved = saved_probes(retailer)
    output = []
    for name in PROBES:
        output = collect(spider.probe_answered(response_of(saved[name]), probe=name))
    return output


def test_an_unrecognised_shop_closes_the_spider_with_the_reason():
    with pytest.raises(CloseSpider) as closed:
        answer_probes(shop_spider("megapc"), "megapc")
    assert closed.value.reason == "shop_unrecognised"


def test_shopify_is_crawled_by_the_shopify_base_for_the_given_retailer():
    spider = shop_spider("cedarshop", retailer="cedar-test")
    (currency_page,) = answer_probes(spider, "cedarshop")
    assert currency_page.url == "http://127.0.0.1:8102/products/samsung-990-pro-nvme-m-2-ssd"
    (first_page,) = collect(spider.currency_found(response_of(saved_probes("cedarshop")["sample_product"])))
    assert (spider.platform, spider.default_currency) == ("shopify", "USD")
    delegate = spider.platform_spider
    assert isinstance(delegate, ShopifySpider) and first_page.callback == delegate.parse_products_page
    assert (delegate.retailer_id, delegate.base_url, delegate.default_currency) == ("cedar-test",
                                                                                   "http://127.0.0.1:8102", "USD")
    assert first_page.url == "http://127.0.0.1:8102/products.json?limit=250&page=1"
    page = fixture_response("cedarshop", "products.json--limit_250-page_1", first_page.url, kind="text",
                            headers={"Content-Type": "application/json"})
    offers = [o for o in first_page.callback(page, **first_page.cb_kwargs) if isinstance(o, Offer)]
    assert len(offers) == 91 and {o["retailer"] for o in offers} == {"cedar-test"}
    assert by_sku(offers, "MZ-V9P2T0BW")["price"] == Decimal("168.00")


def by_sku(offers, sku):
    (offer,) = [o for o in offers if o["retailer_sku"] == sku]
    return offer


def test_woocommerce_is_crawled_by_the_woocommerce_base_with_its_currency():
    spider = shop_spider("beirutbytes", stores="/stores/")
    requests = answer_probes(spider, "beirutbytes")
    assert isinstance(spider.platform_spider, WooCommerceSpider) and spider.default_currency == "LBP"
    assert [r.url for r in requests] == ["http://127.0.0.1:8103/stores/",
                                        "http://127.0.0.1:8103/wp-json/wc/store/v1/products?per_page=100&page=1"]
    stores = list(requests[0].callback(fixture_response("beirutbytes", "stores", requests[0].url)))
    assert len(stores) == 4 and all(isinstance(s, Store) and s["retailer"] == "127-0-0-1-8103" for s in stores)


def test_structured_shops_start_from_the_sitemaps_found():
    spider = shop_spider("techzone", currency="usd")
    (sitemap,) = answer_probes(spider, "techzone")
    assert isinstance(spider.platform_spider, StructuredDataSpider) and spider.default_currency == "USD"
    assert sitemap.url == "http://127.0.0.1:8101/sitemap.xml"


def test_structured_pages_without_a_product_are_skipped():
    spider = shop_spider("techzone")
    answer_probes(spider, "techzone")
    about = fixture_response("techzone", "stores", "http://127.0.0.1:8101/stores")
    assert list(spider.platform_spider.parse_product(about)) == []
    product = fixture_response("techzone", "p__samsung-990-pro-2tb.html",
                               "http://127.0.0.1:8101/p/samsung-990-pro-2tb.html")
    (offer,) = list(spider.platform_spider.parse_product(product))
    assert offer["retailer"] == "127-0-0-1-8101" and offer["gtin"] == "8801643000028"


def test_a_page_in_the_wrong_charset_is_read_as_cp1252():
    spider = shop_spider("techzone")
    answer_probes(spider, "techzone")
    page = fixture_path("techzone", "p__samsung-990-pro-2tb.html").read_text(encoding="utf-8")
    page = page.replace("Samsung 990 PRO 2TB NVMe M.2 MZ-V9P2T0BW", "Écran Café 27” – Noir")
    response = HtmlResponse("http://127.0.0.1:8101/p/ecran.html", body=page.encode("cp1252"),
                            headers={"Content-Type": "text/html; charset=utf-8"})
    (offer,) = list(spider.platform_spider.parse_product(response))
    assert offer["title"] == "Écran Café 27” – Noir"


# -- whole crawls -------------------------------------------------------------------------------

def crawl(*arguments: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scrapy", "crawl", "shop", *arguments, *FAST], cwd=ROOT,
                          env={**os.environ, **(env or {})}, capture_output=True, text=True, timeout=120)


def test_crawl_a_shopify_shop_by_its_url(tmp_path):
    expected = listings("cedarshop", expanded_catalog(12))
    feed = tmp_path / "items.jsonl"
    with DemoServer(["cedarshop"], base_port=0, n_products=12) as demo:
        process = crawl("-a", f"url={demo.base_urls['cedarshop']}", "-a", "retailer=cedar-test",
                        "-a", "stores=/pages/stores", "-O", str(feed), env={"PRICELENS_PIPELINES": "0"})
    assert process.returncode == 0, process.stderr[-3000:]
    assert "is shopify: /products.json answers Shopify's product feed" in process.stderr
    items = [json.loads(line) for line in feed.read_text().splitlines()]
    offers = [i for i in items if "price" in i]
    assert len(offers) == len(expected) and len(items) == len(expected) + 3
    assert {i["retailer"] for i in items} == {"cedar-test"}
    assert sorted(Decimal(o["price"]) for o in offers) == sorted(listing.price for listing in expected)


def test_crawl_a_woocommerce_shop_into_postgres_as_the_given_retailer(db):
    expected = listings("beirutbytes", expanded_catalog(12))
    with DemoServer(["beirutbytes"], base_port=0, n_products=12) as demo:
        process = crawl("-a", f"url={demo.base_urls['beirutbytes']}", "-a", "retailer=bytes-test")
    assert process.returncode == 0, process.stderr[-3000:]
    run = db.execute("SELECT * FROM crawl_runs").fetchone()
    assert (run["retailer_id"], run["status"], run["finish_reason"]) == ("bytes-test", "finished", "finished")
    offers = db.execute("SELECT retailer_id, price, currency FROM offers").fetchall()
    assert len(offers) == len(expected) == run["offers_accepted"]
    assert {(o["retailer_id"], o["currency"]) for o in offers} == {("bytes-test", "LBP")}


def test_the_shop_spider_crawls_every_pack_of_a_woocommerce_seed_bank_as_its_own_spider_does(tmp_path):
    """Variable products: one offer per variation (a pack of seeds), as the configured spider."""
    feeds = {}
    with DemoServer(["semillaverde"], base_port=0, n_products=40) as demo:
        base = demo.base_urls["semillaverde"]
        for spider, arguments in (("shop", ["-a", f"url={base}", "-a", "currency=EUR", "-a", "decimal_separator=,"]),
                                  ("semillaverde", ["-a", f"base_url={base}"])):
            feed = feeds[spider] = tmp_path / f"{spider}.jsonl"
            process = subprocess.run([sys.executable, "-m", "scrapy", "crawl", spider, *arguments, *FAST,
                                      "-O", str(feed)], cwd=ROOT, env={**os.environ, "PRICELENS_PIPELINES": "0"},
                                     capture_output=True, text=True, timeout=120)
            assert process.returncode == 0, process.stderr[-3000:]
    offers = {spider: sorted((o["retailer_sku"], o["title"], o["price"])
                             for o in map(json.loads, feed.read_text().splitlines()) if "price" in o)
              for spider, feed in feeds.items()}
    assert len(offers["semillaverde"]) > len({title.split(" - ")[0] for _, title, _ in offers["semillaverde"]})
    assert offers["shop"] == offers["semillaverde"]


def test_an_unreachable_shop_is_a_failed_run(db):
    process = crawl("-a", "url=http://127.0.0.1:9", "-s", "RETRY_TIMES=0")
    assert "Traceback" not in process.stderr.split("[shop] ERROR")[-1]
    assert "shop http://127.0.0.1:9: unreachable" in process.stderr
    run = db.execute("SELECT status, finish_reason, offers_accepted FROM crawl_runs").fetchone()
    assert (run["status"], run["finish_reason"], run["offers_accepted"]) == ("failed", "shop_unreachable", 0)


def test_an_unrecognised_shop_is_a_failed_run(db):
    with DemoServer(["megapc"], base_port=0, n_products=5) as demo:
        process = crawl("-a", f"url={demo.base_urls['megapc']}")
    assert "unrecognised: no Shopify feed, no WooCommerce Store API, no sitemap" in process.stderr
    assert "Traceback" not in process.stderr
    run = db.execute("SELECT status, finish_reason FROM crawl_runs").fetchone()
    assert (run["status"], run["finish_reason"]) == ("failed", "shop_unrecognised")


@pytest.mark.parametrize("retailer, platform", [("cedarshop", "shopify"), ("beirutbytes", "woocommerce"),
                                                ("techzone", "structured"), ("megapc", None)])
def test_detect_platform_from_a_script(retailer, platform):
    from crawler.platforms.detect import detect_platform

    with DemoServer([retailer], base_port=0, n_products=5) as demo:
        assert detect_platform(demo.base_urls[retailer]) == platform


def test_detect_platform_of_nothing():
    from crawler.platforms.detect import detect_platform

    assert detect_platform("http://127.0.0.1:9", timeout=2) is None


def test_detect_command_says_a_shop_is_unreachable():
    process = subprocess.run([sys.executable, "-m", "crawler.platforms.detect", "http://127.0.0.1:9"], cwd=ROOT,
                             capture_output=True, text=True, timeout=120)
    assert process.returncode == 1 and process.stdout == ""
    (line,) = process.stderr.strip().splitlines()
    assert line.startswith("detect: http://127.0.0.1:9: unreachable: "), line


def test_detect_command_names_the_platform_or_why_not():
    with DemoServer(["beirutbytes", "megapc"], base_port=0, n_products=5) as demo:
        found = subprocess.run([sys.executable, "-m", "crawler.platforms.detect", demo.base_urls["beirutbytes"]],
                               cwd=ROOT, capture_output=True, text=True, timeout=120)
        unknown = subprocess.run([sys.executable, "-m", "crawler.platforms.detect", demo.base_urls["megapc"]],
                                 cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert (found.returncode, found.stdout.strip()) == (0, "woocommerce")
    assert unknown.returncode == 1 and "unrecognised: no Shopify feed" in unknown.stderr
