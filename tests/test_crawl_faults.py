"""A shop that answers 429 and 503, hangs, loops redirects, redirects to ``file:`` and sends a gzip
bomb: the crawl backs off, times out, gives up where it must, stores what it can, and ends as a
recorded run with every failed page and its reason."""

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
                               "-s", f"DOWNLOAD_MAXSIZE={1024 * 1024}",
                               "-a", "store_locator_path=")
        hits = dict(shop.hits)
    from crawler.store import connect

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
    assert {"down", "hang", "loop", "self", "ping", "file", "bomb"} <= set(failures) <= {
        "down", "hang", "loop", "self", "ping", "file", "bomb", "tick", "tock"}
    assert failures["down"] == "HTTP 503 after retries"
    assert "Timeout" in failures["hang"]
    assert "redirect" in failures["loop"]
    assert run["pages_failed"] == len(failures)
    assert "alias" not in failures  # a redirect to a page crawled on its own is a duplicate, not a failure


def test_a_redirect_to_itself_is_a_failed_page(crawled):
    _, hits, _, _, failures = crawled
    assert failures["self"].startswith("redirect loop: ") and failures["self"].endswith("/p/self -> " + failures["self"].rsplit(" -> ", 1)[1])
    assert hits["/p/self"] == 1


def test_a_redirect_loop_between_two_pages_is_a_failed_page(crawled):
    _, hits, run, _, failures = crawled
    assert failures["ping"].startswith("redirect loop: ") and "/p/pong -> " in failures["ping"]
    assert hits["/p/ping"] == 1 and hits["/p/pong"] == 1
    # tick and tock are both listed: whichever order they come in, the loop is recorded
    assert {"tick", "tock"} & set(failures)
    assert all(failures[key].startswith("redirect loop") for key in {"tick", "tock"} & set(failures))
    assert run["stats"]["pricelens/pages_failed/redirect_loop"] == sum(
        1 for key in failures if failures[key].startswith("redirect loop"))


def test_a_redirect_to_a_file_url_is_a_failed_page(crawled):
    _, _, run, _, failures = crawled
    assert failures["file"] == "HTTP 302 redirect to 'file:///etc/passwd' is not an http(s) URL"
    assert run["stats"]["pricelens/pages_failed/bad_redirect"] == 1


def test_a_gzip_bomb_stopped_at_the_size_cap_is_a_failed_page(crawled):
    _, hits, run, _, failures = crawled
    assert failures["bomb"].startswith(f"body larger than DOWNLOAD_MAXSIZE ({1024 * 1024} B) once decompressed")
    assert run["stats"]["pricelens/pages_failed/too_large"] == 1


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_shop_that_refuses_connections_ends_the_run_at_once(db):
    from tests.test_crawl import FAST

    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    process = scrapy_crawl("techzone", url, *FAST, "-s", "LOG_LEVEL=INFO")  # the default retries and backoff
    assert process.returncode == 1, process.stderr[-3000:]  # a failed run (session 22: it exited 0)
    run = db.execute("SELECT * FROM crawl_runs").fetchone()
    assert (run["status"], run["finish_reason"], run["offers_accepted"]) == ("failed", "site_unreachable", 0)
    assert run["stats"]["retry/count"] == 1  # the first request is tried twice, then the crawl closes
    lines = [line for line in process.stderr.splitlines() if "refuses connections (" in line]
    assert len(lines) == 1 and lines[0].endswith(f"techzone: {url} refuses connections (is the shop running? `make shops`)")
    assert "Traceback" not in process.stderr
    [alert] = db.execute("SELECT kind FROM alerts").fetchall()
    assert alert["kind"] == "zero_offers"
