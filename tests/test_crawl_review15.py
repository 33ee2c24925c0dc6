"""A structured-data shop with what the session-15 review found dropped or crashing: a PDF listed
in the sitemap, a product with two offers, an AggregateOffer without availability, redirects to
another host (and to the same server under another name), and a chain of sitemap indexes that
never ends. Each page ends as an offer or a rejections row with its reason; the crawl ends."""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from decimal import Decimal

import pytest

from tests.local_server import LocalServer, ShopHandler
from tests.test_crawl import scrapy_crawl


def page(data: dict) -> bytes:
    return (f'<!doctype html><html><head><meta charset="utf-8"><title>{data["name"]}</title>'
            f'<script type="application/ld+json">{json.dumps(data)}</script></head>'
            f'<body><h1>{data["name"]}</h1></body></html>').encode()


PRODUCTS = {
    "/p/good": page({"@context": "https://schema.org", "@type": "Product", "name": "Good Widget", "sku": "G1",
                     "offers": {"@type": "Offer", "price": "9.99", "priceCurrency": "USD",
                                "availability": "https://schema.org/InStock"}}),
    "/p/arrayoffers": page({"@context": "https://schema.org", "@type": "Product", "name": "Array Offers Widget",
                            "sku": "A1", "offers": [
                                {"@type": "Offer", "price": "29.99", "priceCurrency": "USD",
                                 "availability": "InStock", "sku": "A1-red"},
                                {"@type": "Offer", "price": "31.50", "priceCurrency": "EUR",
                                 "availability": "OutOfStock", "sku": "A1-blue"}]}),
    "/p/aggregate": page({"@context": "https://schema.org", "@type": "Product", "name": "Aggregate Widget",
                          "sku": "AG1", "offers": {"@type": "AggregateOffer", "lowPrice": "10.00",
                                                   "highPrice": "99.00", "priceCurrency": "USD", "offerCount": 5}}),
    "/p/negzero": page({"@type": "Product", "name": "Neg Zero", "offers": {"@type": "Offer", "price": "-0",
                                                                          "priceCurrency": "USD"}}),
}
OTHERS = ["/p/pdf", "/p/redirect", "/p/redirect-same"]


class ReviewShop(LocalServer):
    def __init__(self, chain: bool = False):
        self.hits: Counter = Counter()
        shop = self

        class Handler(ShopHandler):
            def do_GET(self):  # noqa: N802
                shop.hits[self.path] += 1
                base, port = shop.url, shop.server.server_port
                if self.path == "/":
                    return self.send(200, b"<!doctype html><html><head><title>Review shop</title></head>"
                                          b"<body><h1>Review shop</h1></body></html>")
                if self.path == "/robots.txt":
                    return self.send(200, b"User-agent: *\nSitemap: /sitemap.xml\n", "text/plain")
                if self.path.startswith("/sitemap.xml"):
                    if chain:  # every index names the next one: /sitemap.xml?n=k -> ?n=k+1
                        n = int(self.path.split("n=")[1]) if "n=" in self.path else 0
                        return self.send(200, (
                            '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                            f"<sitemap><loc>{base}/sitemap.xml?n={n + 1}</loc></sitemap></sitemapindex>").encode(),
                            "application/xml")
                    urls = "".join(f"<url><loc>{base}{path}</loc></url>" for path in [*PRODUCTS, *OTHERS])
                    return self.send(200, ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                                           f'sitemap/0.9">{urls}</urlset>').encode(), "application/xml")
                if self.path == "/p/pdf":
                    return self.send(200, b"%PDF-1.4 binary\x00\x01", "application/pdf")
                if self.path == "/p/redirect":
                    return self.send(302, headers=[("Location", "http://other-host.invalid/p/good")])
                if self.path == "/p/redirect-same":
                    return self.send(301, headers=[("Location", f"http://localhost:{port}/p/good")])
                if self.path in PRODUCTS:
                    return self.send(200, PRODUCTS[self.path])
                return self.send(404, b"no")

        super().__init__(Handler)


def crawl_with_run_id(retailer: str, base_url: str, *extra: str):
    """(the finished ``scrapy crawl`` process, the id of the run it opened or None): the crawl says its run
    (PRICELENS_RUN_ID_FILE), so a test reads its own run, never "the newest" one - another test's crawl
    may have left a run behind, or open one meanwhile."""
    from crawler.store.runs import RUN_ID_FILE_ENV

    with tempfile.TemporaryDirectory() as scratch:
        path = os.path.join(scratch, "run_id")
        process = scrapy_crawl(retailer, base_url, *extra, env={RUN_ID_FILE_ENV: path})
        try:
            with open(path) as handle:
                return process, int(handle.read())
        except FileNotFoundError:
            return process, None


def own_run(conn, run_id: int | None) -> dict:
    assert run_id is not None, "the crawl opened no run"
    return conn.execute("SELECT * FROM crawl_runs WHERE id = %s", (run_id,)).fetchone()


def leave_a_run_behind(conn, retailer: str) -> None:
    """A run newer than the crawl's, as a crawl of another test left it (its process killed: running)."""
    conn.execute("INSERT INTO retailers (id, name) VALUES (%s, %s) ON CONFLICT DO NOTHING", (retailer, retailer))
    conn.execute("INSERT INTO crawl_runs (retailer_id, stats) VALUES (%s, '{}')", (retailer,))


@pytest.fixture(scope="module")
def crawled(database_url):
    from crawler.store import connect
    from tests.conftest import empty_tables

    with empty_tables(database_url):
        pass
    with ReviewShop() as shop:
        process, run_id = crawl_with_run_id("techzone", shop.url, "-a", "store_locator_path=", "-s", "LOG_LEVEL=INFO")
    with connect(database_url) as conn:
        leave_a_run_behind(conn, "techzone")
        run = own_run(conn, run_id)
        offers = {r["retailer_sku"]: r for r in conn.execute("SELECT * FROM offers")}
        rejections = {r["url"].replace(shop.url, ""): r["reason"] for r in conn.execute(
            "SELECT url, reason FROM rejections")}
    return process, run, offers, rejections


def test_the_crawl_ends_without_a_traceback(crawled):
    process, run, _, _ = crawled
    assert process.returncode == 0, process.stderr[-3000:]
    assert "Traceback" not in process.stderr and "Spider error" not in process.stderr
    assert run["status"] == "finished"


def test_a_pdf_in_the_sitemap_is_one_rejections_row(crawled):
    _, run, _, rejections = crawled
    assert rejections["/p/pdf"] == "not HTML (application/pdf)"
    assert run["stats"]["pricelens/pages_failed/not_html"] == 1


def test_each_offer_of_a_product_is_an_offer(crawled):
    _, _, offers, _ = crawled
    red, blue = offers["A1-red"], offers["A1-blue"]
    assert (red["price"], red["currency"], red["availability"]) == (Decimal("29.99"), "USD", "InStock")
    assert (blue["price"], blue["currency"], blue["availability"]) == (Decimal("31.50"), "EUR", "OutOfStock")
    assert red["url"] == blue["url"]


def test_an_aggregate_offer_without_availability_stays_unknown(crawled):
    _, _, offers, _ = crawled
    assert offers["AG1"]["availability"] == "Unknown"
    assert offers["AG1"]["price"] == Decimal("10.00")


def test_redirects_off_the_site_are_rejections_rows(crawled):
    _, run, offers, rejections = crawled
    assert rejections["/p/redirect"] == "redirected off the shop's site: other-host.invalid"
    assert rejections["/p/redirect-same"] == "redirected off the shop's site: localhost"
    assert run["stats"]["pricelens/pages_failed/offsite_redirect"] == 2
    assert set(offers) == {"G1", "A1-red", "A1-blue", "AG1"}


def test_a_chain_of_sitemap_indexes_ends(database_url):
    from tests.conftest import empty_tables

    with empty_tables(database_url):
        pass
    with ReviewShop(chain=True) as shop:
        process = scrapy_crawl("techzone", shop.url, "-a", "store_locator_path=", "-s", "LOG_LEVEL=INFO")
        sitemaps = sorted(path for path in shop.hits if path.startswith("/sitemap.xml"))
    # (no product behind the chain: the run is finished_without_items, a failed run - exit 1 since session 22)
    assert process.returncode == 1, process.stderr[-3000:]
    assert sitemaps == ["/sitemap.xml", "/sitemap.xml?n=1", "/sitemap.xml?n=2"]
    lines = [line for line in process.stderr.splitlines() if "not followed (the protocol allows no index" in line]
    assert len(lines) == 1 and "/sitemap.xml?n=3" in lines[0]


def test_the_shop_spider_records_a_product_whose_price_cannot_be_read(database_url):
    from crawler.store import connect
    from tests.conftest import empty_tables

    with empty_tables(database_url):
        pass
    with ReviewShop() as shop:
        process, run_id = crawl_with_run_id("shop", shop.url, "-a", f"url={shop.url}", "-a", "retailer=reviewshop")
        url = shop.url
    assert process.returncode == 0, process.stderr[-3000:]
    with connect(database_url) as conn:
        leave_a_run_behind(conn, "other")
        reasons = {r["url"]: r["reason"] for r in conn.execute("SELECT url, reason FROM rejections")}
        run = own_run(conn, run_id)
    assert reasons[f"{url}/p/negzero"] == ("product without a readable price or availability "
                                            "(its structured data declares a product)")
    assert reasons[f"{url}/p/pdf"] == "not HTML (application/pdf)"
    assert "pricelens/shop/not_a_product" not in run["stats"]


def test_sigterm_while_scrapy_is_closing_still_finishes_the_run(db, database_url, tmp_path):
    """SIGTERM after "Closing spider (closespider_itemcount)", while the last downloads are under
    way: the reactor's shutdown waits for the close under way to reach spider_closed, so the run
    ends as Scrapy was closing it (failed, closespider_itemcount), with the offers it wrote, never
    left running. (It ended as 'shutdown' or 'closespider_itemcount', whichever finish came first.)"""
    import signal
    import subprocess
    import sys

    from crawler.store.runs import RUN_ID_FILE_ENV
    from tests.conftest import ROOT
    from tests.fault_server import FaultShop

    # /p/hang keeps the close waiting while the signal comes (a small /p/bomb: it only slowed the crawl)
    with FaultShop(hang_seconds=1.5, bomb_bytes=64 * 1024) as shop:
        process = subprocess.Popen(
            [sys.executable, "-m", "scrapy", "crawl", "techzone", "-a", f"base_url={shop.url}",
             "-a", "store_locator_path=", "-s", "CLOSESPIDER_ITEMCOUNT=1", "-s", "DOWNLOAD_DELAY=0",
             "-s", "LOG_LEVEL=INFO", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16", "-s", "RETRY_ENABLED=False"],
            cwd=ROOT, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "DATABASE_URL": database_url, RUN_ID_FILE_ENV: str(tmp_path / "run_id")})
        seen = []
        for line in process.stderr:
            seen.append(line)
            if "Closing spider (closespider_itemcount)" in line:
                process.send_signal(signal.SIGTERM)
                break
        rest = process.stderr.read()
        process.wait(timeout=120)
    assert any("Closing spider (closespider_itemcount)" in line for line in seen), "".join(seen)[-3000:]
    assert "Traceback" not in rest, rest[-3000:]
    run = own_run(db, int((tmp_path / "run_id").read_text()))
    assert (run["status"], run["finish_reason"]) == ("failed", "closespider_itemcount"), (run, rest[-3000:])
    assert run["offers_accepted"] == db.execute("SELECT count(*) AS n FROM offers").fetchone()["n"] >= 1


# -- offers of one product that share one SKU (session 16) ---------------------------------------------
def shared_sku_offers(*offers) -> list:
    """The offers the techzone spider emits for a product page whose offers carry no SKU of their own
    (the product's "T1" keys them all), and the refusals it records."""
    from scrapy.http import HtmlResponse, Request
    from scrapy.utils.test import get_crawler

    from crawler.middlewares import item_refused
    from spiders.techzone import TechzoneSpider

    crawler = get_crawler(TechzoneSpider)
    spider = TechzoneSpider.from_crawler(crawler)
    refused = []
    crawler.signals.connect(lambda **kw: refused.append(kw), signal=item_refused, weak=False)
    url = "http://127.0.0.1:8101/p/tee"
    body = page({"@context": "https://schema.org", "@type": "Product", "name": "Tee", "sku": "T1",
                 "offers": [{"@type": "Offer", "priceCurrency": "USD", **o} for o in offers]})
    emitted = list(spider.parse_product(HtmlResponse(url, body=body, request=Request(url))))
    return emitted, refused, crawler.stats


def test_offers_sharing_a_sku_with_other_prices_are_refused_with_the_reason():
    emitted, refused, stats = shared_sku_offers({"price": "10.00", "name": "Small"}, {"price": "12.00", "name": "Large"})
    assert [(o["retailer_sku"], o["price"]) for o in emitted] == [("T1", "10.00")]
    [row] = refused
    assert row["reason"] == ("offer 2 of 2 shares SKU T1 with offer 1 but differs (price '12.00' / '10.00'; "
                             "name 'Large' / 'Small'); one offer per SKU is kept")
    assert json.loads(row["raw_value"])["price"] == "12.00"
    assert stats.get_value("pricelens/rejected/offer_shares_sku") == 1


def test_offers_sharing_a_sku_and_a_price_but_not_a_name_or_url_are_not_dropped_silently():
    # the duplicate check compares price, currency and stock: these two were one offer and no row
    emitted, refused, _ = shared_sku_offers(
        {"price": "10.00", "name": "Red", "url": "/p/tee?colour=red"},
        {"price": "10.00", "name": "Blue", "url": "/p/tee?colour=blue"})
    assert len(emitted) == 1
    [row] = refused
    assert row["reason"] == ("offer 2 of 2 shares SKU T1 with offer 1 but differs (name 'Blue' / 'Red'; url "
                             "'http://127.0.0.1:8101/p/tee?colour=blue' / 'http://127.0.0.1:8101/p/tee?colour=red');"
                             " one offer per SKU is kept")


def test_the_same_offer_twice_is_one_offer_and_no_refusal():
    emitted, refused, _ = shared_sku_offers({"price": "10.00"}, {"price": "10.00"})
    assert refused == [] and {o["price"] for o in emitted} == {"10.00"}
