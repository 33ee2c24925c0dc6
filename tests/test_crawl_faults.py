"""A shop that answers 429 and 503, hangs, and loops redirects: the crawl backs off, times out,
gives up where it must, stores what it can, and ends as a recorded run with its reasons."""

from __future__ import annotations

import json

import pytest

from tests.fault_server import GOOD, FaultShop
from tests.test_crawl import scrapy_crawl


@pytest.fixture(scope="module")
def crawled(database_url):
    from tests.conftest import empty_tables

    with empty_tables(database_url):
        pass
    with FaultShop(hang_seconds=3) as shop:
        process = scrapy_crawl("techzone", shop.url, "-s", "DOWNLOAD_TIMEOUT=1", "-s", "RETRY_TIMES=2",
                               "-s", "RETRY_BACKOFF_BASE=0.2", "-s", "REDIRECT_MAX_TIMES=5",
                               "-a", "store_locator_path=")
        hits = dict(shop.hits)
    from crawler.db import connect

    with connect(database_url) as conn:
        run = conn.execute("SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()
        offers = {r["retailer_sku"] for r in conn.execute("SELECT retailer_sku FROM offers")}
        failures = {r["url"].split("?")[0].rsplit("/", 1)[-1]: r["reason"] for r in conn.execute(
            "SELECT url, reason FROM rejections WHERE action = 'page_failed'")}
    return process, hits, run, offers, failures


def test_the_run_is_recorded_with_what_it_could_store(crawled):
    process, hits, run, offers, _ = crawled
    assert process.returncode == 0, process.stderr[-2000:]
    assert run["status"] == "finished" and run["finish_reason"] == "finished"
    assert offers == set(GOOD) | {"busy", "flaky"}
    assert run["http_errors"] >= 3 + 1 + 2   # 503s of /p/down, 503 of /p/flaky, 429s of /p/busy


def test_429_is_backed_off_and_retried(crawled):
    _, hits, run, _, _ = crawled
    assert hits["/p/busy"] == 3
    assert run["stats"]["pricelens/backoff/429"] == 2
    assert run["stats"]["pricelens/backoff/max_delay"] >= 1.0  # Retry-After: 1 honoured


def test_503_retried_then_given_up(crawled):
    _, hits, run, _, _ = crawled
    assert hits["/p/flaky"] == 2
    assert hits["/p/down"] == 3   # first try + RETRY_TIMES
    assert run["stats"]["retry/max_reached"] >= 1


def test_hanging_server_times_out(crawled):
    _, hits, run, _, _ = crawled
    timeouts = sum(v for k, v in run["stats"].items() if k.startswith("downloader/exception_type_count/") and "Timeout" in k)
    assert timeouts >= 1
    assert hits["/p/hang"] == 3


def test_redirect_loop_ends(crawled):
    _, hits, run, _, _ = crawled
    assert hits["/p/loop"] == 1 + 5  # REDIRECT_MAX_TIMES=5, then given up


def test_pages_given_up_are_recorded_with_their_reason(crawled):
    _, _, run, _, failures = crawled
    assert set(failures) == {"down", "hang", "loop"}
    assert failures["down"] == "HTTP 503 after retries"
    assert "Timeout" in failures["hang"]
    assert "redirect" in failures["loop"]
    assert run["pages_failed"] == 3
