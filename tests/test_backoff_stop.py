"""The retry middleware's backoff (Retry-After capped, the normal delay back after one good answer)
and a crawl stopped by SIGTERM while a shop answers 503 with a long Retry-After: nothing retried,
nothing downloaded after the signal, the requests waiting behind the backoff dropped, the run closed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from types import SimpleNamespace

import pytest
from scrapy import Spider
from scrapy.core.downloader import Slot
from scrapy.http import Request, Response
from scrapy.utils.test import get_crawler

from crawler.middlewares import BackoffRetryMiddleware, CrawlStopping
from tests.conftest import ROOT
from tests.fault_server import product_page
from tests.local_server import LocalServer, ShopHandler

URL = "http://shop.example/p/1"


@pytest.fixture
def middleware():
    crawler = get_crawler(Spider, {"DOWNLOAD_DELAY": 0.25, "RETRY_BACKOFF_BASE": 1.0})
    crawler.spider = Spider.from_crawler(crawler, "busy")
    crawler.crawling = True
    # (the downloader's slots as Scrapy's downloader keeps them, without a reactor to run one)
    downloader = SimpleNamespace(slots={"shop.example": Slot(concurrency=4, delay=0.25, jitter=0.0)},
                                 get_slot_key=lambda request: "shop.example")
    crawler.engine = SimpleNamespace(downloader=downloader, running=True, _slot=SimpleNamespace(closing=None))
    return BackoffRetryMiddleware.from_crawler(crawler)


def slot_of(middleware, request):
    return middleware.crawler.engine.downloader.slots["shop.example"]


def test_a_long_retry_after_is_capped_and_one_good_answer_restores_the_delay(middleware):
    request = Request(URL)
    slot = slot_of(middleware, request)
    assert slot.delay == 0.25
    retry = middleware.process_response(request, Response(URL, status=503, headers={"Retry-After": "3600"}))
    assert isinstance(retry, Request)
    assert slot.delay == 30.0  # RETRY_AFTER_MAX, not an hour (nor RETRY_BACKOFF_MAX, 60)
    stats = middleware.crawler.stats
    assert stats.get_value("pricelens/backoff/retry_after_capped") == 1
    assert stats.get_value("pricelens/backoff/retry_after_asked") == 3600
    middleware.process_response(retry, Response(URL, status=200))
    assert slot.delay == 0.25  # at once, not halved step by step


def test_a_retry_after_below_the_cap_is_honoured(middleware):
    request = Request(URL)
    slot = slot_of(middleware, request)
    middleware.process_response(request, Response(URL, status=429, headers={"Retry-After": "7"}))
    assert slot.delay == 7.0
    assert middleware.crawler.stats.get_value("pricelens/backoff/retry_after_capped") is None


@pytest.mark.parametrize("how", ["stop", "close"])
def test_nothing_is_retried_or_backed_off_once_the_crawl_stops(middleware, how):
    request = Request(URL)
    slot = slot_of(middleware, request)
    if how == "stop":  # SIGTERM, Ctrl-C: Crawler.stop
        middleware.crawler.crawling = False
    else:  # a close reason (CloseSpider, site_unreachable): the engine's slot is closing
        middleware.crawler.engine._slot.closing = object()
    with pytest.raises(CrawlStopping):
        middleware.process_response(request, Response(URL, status=503, headers={"Retry-After": "60"}))
    with pytest.raises(CrawlStopping):
        middleware.process_request(Request(URL + "?next"))
    assert slot.delay == 0.25
    assert middleware.crawler.stats.get_value("pricelens/stopping/dropped") == 2


class BusyShop(LocalServer):
    """A structured-data shop whose every product page answers 503 with Retry-After: 60."""

    def __init__(self, n: int):
        self.hits: list[tuple[float, str]] = []
        shop = self

        class Handler(ShopHandler):
            def do_GET(self):  # noqa: N802
                base = f"http://{self.headers['Host']}"
                path = self.path.split("?")[0]
                shop.hits.append((time.monotonic(), path))
                if path == "/robots.txt":
                    return self.send(200, f"User-agent: *\nAllow: /\nSitemap: {base}/sitemap.xml\n".encode(),
                                     "text/plain")
                if path == "/sitemap.xml":
                    urls = "".join(f"<url><loc>{base}/p/{i}</loc></url>" for i in range(n))
                    return self.send(200, ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                                           f'sitemap/0.9">{urls}</urlset>').encode(), "application/xml")
                if path == "/p/ok":
                    return self.send(200, product_page("ok"))
                return self.send(503, b"busy", headers={"Retry-After": "60"})

        super().__init__(Handler)


def test_sigterm_stops_a_crawl_that_is_backing_off_without_another_request(db, tmp_path):
    log = tmp_path / "crawl.log"
    with BusyShop(60) as shop, open(log, "w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "scrapy", "crawl", "techzone", "-a", f"base_url={shop.url}",
             "-a", "store_locator_path=", "-s", "LOG_LEVEL=INFO"],
            cwd=ROOT, env={**os.environ, "PRICELENS_DATA_DIR": str(tmp_path / "data")}, stdout=out,
            stderr=subprocess.STDOUT)
        while not any(path.startswith("/p/") for _, path in shop.hits):
            assert process.poll() is None, log.read_text()[-3000:]
            time.sleep(0.1)
        # the first 503 raised the shop's delay to 30 s: the next requests wait in the downloader
        while db.execute("SELECT count(*) AS n FROM crawl_runs").fetchone()["n"] == 0:
            assert process.poll() is None, log.read_text()[-3000:]  # (a crash before the run opens)
            time.sleep(0.1)
        signalled = time.monotonic()
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=120)  # (before the fix: one 30 s wait per queued request, minutes)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        after = [path for when, path in shop.hits if when >= signalled]
    output = log.read_text()
    assert "Traceback" not in output, output[-3000:]
    assert after == [], after
    assert "crawl stopping:" in output and "request(s) waiting in the downloader dropped" in output, output[-3000:]
    run = db.execute("SELECT status, finish_reason, http_errors, stats FROM crawl_runs").fetchone()
    assert (run["status"], run["finish_reason"]) == ("stopped", "shutdown")  # stopped on purpose: no failure
    assert db.execute("SELECT count(*) AS n FROM alerts").fetchone()["n"] == 0  # (it was a zero_offers alert)
    assert run["stats"]["pricelens/stopping/dropped"] >= 1
    assert run["http_errors"] == run["stats"]["downloader/response_status_count/503"]  # dropped ones are none
