"""Review of session 20's change (hostile values): what the attack found, each fixed with its test."""

from __future__ import annotations

import pytest

from crawler.settings import bad_set_option


# -- `scrapy -s`: a delay or timeout that is a number but no duration ---------------------------------
# `-s DOWNLOAD_DELAY=inf` (or 1e400) passed the check and the crawl never downloaded anything nor
# ended; `-s DOWNLOAD_TIMEOUT=nan` or -1 failed every request with a Twisted AssertionError traceback.
@pytest.mark.parametrize("pair", ["DOWNLOAD_DELAY=inf", "DOWNLOAD_DELAY=1e400", "DOWNLOAD_TIMEOUT=nan",
                                  "DOWNLOAD_TIMEOUT=-1", "CLOSESPIDER_TIMEOUT=-inf", "AUTOTHROTTLE_MAX_DELAY=NaN"])
def test_set_option_refuses_non_finite_or_negative_duration(pair):
    problem = bad_set_option(pair, {"DOWNLOAD_DELAY": 0, "DOWNLOAD_TIMEOUT": 180, "CLOSESPIDER_TIMEOUT": 0,
                                    "AUTOTHROTTLE_MAX_DELAY": 60.0})
    assert problem is not None and problem.endswith("expected a number of 0 or more (not inf nor nan)")


@pytest.mark.parametrize("pair", ["DOWNLOAD_DELAY=0", "DOWNLOAD_DELAY=0.5", "CLOSESPIDER_TIMEOUT=1e+06"])
def test_set_option_keeps_real_durations(pair):
    assert bad_set_option(pair, {"DOWNLOAD_DELAY": 0, "CLOSESPIDER_TIMEOUT": 0}) is None


# -- `-a` arguments a spider's __init__ names itself never met the argument limits ---------------------
# `-a url=<10,000 characters>` opened a crawl run (a zero_offers alert) and Scrapy logged the address whole
# (a 10,119-character line); `-a base_url=` the same for every platform spider; `-a stores=` took a newline.
LONG_URL = "http://127.0.0.1:9/" + "y" * 10_000


@pytest.mark.parametrize("args, line", [
    (["crawl", "shop", "-a", "url=" + LONG_URL],
     "scrapy crawl shop: -a url: expected at most 2048 characters, got 10019"),
    (["crawl", "shop", "-a", "base_url=" + LONG_URL],
     "scrapy crawl shop: -a base_url: expected at most 2048 characters, got 10019"),
    (["crawl", "techzone", "-a", "base_url=" + LONG_URL],
     "scrapy crawl techzone: -a base_url: expected at most 2048 characters, got 10019"),
    (["crawl", "shop", "-a", "url=http://127.0.0.1:9/", "-a", "stores=/stores\nX-Evil: 1"],
     "scrapy crawl shop: -a stores: expected text without control characters (newline, tab, NUL ...)"),
    (["crawl", "shop", "-a", "url=http://127.0.0.1:9/", "-a", "retailer=" + "r" * 5000],
     "scrapy crawl shop: -a retailer: expected at most 2048 characters, got 5000"),
])
def test_named_spider_arguments_meet_the_argument_limits(args, line):
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    result = subprocess.run([sys.executable, "-m", "scrapy", *args], cwd=ROOT, capture_output=True, text=True,
                            timeout=120, env={**os.environ, "PRICELENS_RECORD_RUN": "0"})
    assert result.returncode == 2, result.stderr[-500:]
    assert result.stderr.strip().splitlines()[-1] == line
    assert "y" * 100 not in result.stderr and "Traceback" not in result.stderr


# `-s CONCURRENT_REQUESTS_PER_DOMAIN=-1` (a whole number, so it passed) left the crawl waiting for a free
# download slot for ever; other whole-number settings may be negative (DEPTH_PRIORITY=-1: breadth first)
@pytest.mark.parametrize("pair", ["CONCURRENT_REQUESTS_PER_DOMAIN=-1", "CONCURRENT_REQUESTS_PER_DOMAIN=0",
                                  "CONCURRENT_REQUESTS=0", "CONCURRENT_ITEMS=-5"])
def test_set_option_refuses_a_concurrency_below_one(pair):
    defaults = {"CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": 8, "CONCURRENT_ITEMS": 100}
    assert bad_set_option(pair, defaults).endswith("expected a whole number of 1 or more")


@pytest.mark.parametrize("pair", ["CONCURRENT_REQUESTS_PER_DOMAIN=1", "DEPTH_PRIORITY=-1", "RETRY_PRIORITY_ADJUST=-2"])
def test_set_option_keeps_a_real_concurrency_and_negative_priorities(pair):
    defaults = {"CONCURRENT_REQUESTS_PER_DOMAIN": 8, "DEPTH_PRIORITY": 0, "RETRY_PRIORITY_ADJUST": -1}
    assert bad_set_option(pair, defaults) is None


# -- a robots.txt's hostile "Sitemap:" lines lost the whole shop ------------------------------------------
# `Sitemap: http://[::1` raised "Invalid IPv6 URL" in the shop spider's detection, `Sitemap: javascript:...`
# "Missing scheme" in SitemapSpider.start: a traceback, no sitemap requested, no offer stored (a zero_offers
# alert); a 50,000-character Sitemap line was logged whole in the detection's line.
def test_hostile_robots_sitemap_lines_lose_no_offer(db):
    import json
    import sys

    from tests.local_server import LocalServer, ShopHandler
    from tests.test_hostile20 import run

    def page(name, title):
        data = {"@context": "https://schema.org", "@type": "Product", "name": title,
                "offers": {"@type": "Offer", "price": "10.00", "priceCurrency": "USD"}}
        return (f'<html><head><title>{name}</title><script type="application/ld+json">{json.dumps(data)}'
                f'</script></head><body><h1>{name}</h1></body></html>').encode()

    class Handler(ShopHandler):
        def do_GET(self):  # noqa: N802
            base = f"http://{self.headers['Host']}"
            if self.path == "/robots.txt":
                self.send(200, (f"User-agent: *\nAllow: /\nSitemap: javascript:alert(1)\nSitemap: http://[::1\n"
                                f"Sitemap: {base}/{'q' * 50_000}.xml\nSitemap: {base}/sitemap.xml\n").encode(),
                          "text/plain")
            elif self.path == "/sitemap.xml":
                body = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                        f"<url><loc>{base}/p/1</loc></url><url><loc>{base}/p/2</loc></url></urlset>")
                self.send(200, body.encode(), "application/xml")
            elif self.path in ("/p/1", "/p/2"):
                self.send(200, page(self.path, f"Good product {self.path[-1]}"))
            elif self.path == "/":
                self.send(200, b"<html><head><title>Shop</title></head><body>shop</body></html>")
            else:
                self.send(404, b"not found")

    with LocalServer(Handler) as server:
        result = run([sys.executable, "-m", "scrapy", "crawl", "shop", "-a", f"url={server.url}", "-s",
                      "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=INFO"])
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-5000:]
    assert max(len(line) for line in result.stderr.splitlines()) < 2700
    assert {r["title"] for r in db.execute("SELECT title FROM offers")} == {"Good product 1", "Good product 2"}
    failed = {(r["url"][:30], r["reason"][:70]) for r in
              db.execute("SELECT url, reason FROM rejections WHERE action = 'page_failed'")}
    assert failed == {("javascript:alert(1)", "a sitemap lists a URL that is not an absolute http(s) address"),
                      ("http://[::1", "a sitemap lists a URL that is not an absolute http(s) address"),
                      (f"{server.url}/qqqqqqqqqqqqqqq"[:30],
                       "a sitemap lists a URL of 50027 characters, more than 2048")}


def test_a_structured_spider_reads_every_robots_sitemap_line_past_an_unjoinable_one():
    # (a structured-data spider whose sitemap_urls is a robots.txt: Scrapy's sitemap_urls_from_robots raised
    # "Invalid IPv6 URL" in its generator and every later Sitemap line was lost)
    from scrapy.utils.sitemap import sitemap_urls_from_robots

    from crawler.platforms.structured import robots_sitemap_urls

    body = b"User-agent: *\nSitemap: http://[::1\nSitemap: /s.xml\n"
    with pytest.raises(ValueError):
        list(sitemap_urls_from_robots(body, base_url="http://shop.example/robots.txt"))
    assert list(robots_sitemap_urls(body, "http://shop.example/robots.txt")) == ["http://[::1",
                                                                                "http://shop.example/s.xml"]
