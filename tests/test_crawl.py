"""Whole crawls: `scrapy crawl` subprocesses against demo shops on 127.0.0.1, into PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from demo.server import DemoServer
from tests.conftest import ROOT

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]


def scrapy_crawl(retailer: str, base_url: str, *extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", retailer, "-a", f"base_url={base_url}", *FAST, *extra],
        cwd=ROOT, env={**os.environ, **(env or {})}, capture_output=True, text=True, timeout=300,
    )


@pytest.fixture(scope="module")
def techzone_site():
    with DemoServer(["techzone"], base_port=0, n_products=20) as demo:
        yield demo.base_urls["techzone"]


@pytest.fixture(scope="module")
def techzone_crawl(database_url, techzone_site):
    """One crawl of the module's shop into emptied tables, read by the tests that assert on it: the
    process and a connection reading a copy of the tables as the crawl left them."""
    from tests.conftest import empty_tables, tables_copied

    with empty_tables(database_url):
        pass
    process = scrapy_crawl("techzone", techzone_site)
    with tables_copied(database_url, "crawled_techzone") as conn:
        yield process, conn


def test_crawl_techzone_into_postgres(techzone_crawl):
    process, db = techzone_crawl
    assert process.returncode == 0, process.stderr[-3000:]
    run = db.execute("SELECT * FROM crawl_runs").fetchone()
    assert run["status"] == "finished", run
    assert run["finish_reason"] == "finished"
    offers = db.execute("SELECT count(*) AS n FROM offers").fetchone()["n"]
    assert offers == run["offers_accepted"] == run["offers_new"] >= 15
    assert run["stores_accepted"] >= 3
    assert db.execute("SELECT count(*) AS n FROM stores WHERE latitude IS NOT NULL").fetchone()["n"] >= 3
    assert db.execute("SELECT count(*) AS n FROM price_history").fetchone()["n"] == offers
    assert run["pages"] > offers and run["http_errors"] == 0
    retailer = db.execute("SELECT * FROM retailers").fetchone()
    assert (retailer["id"], retailer["name"], retailer["default_currency"]) == ("techzone", "TechZone", "USD")


def test_garbage_price_page_leaves_a_rejection(techzone_crawl, techzone_site):
    _, db = techzone_crawl
    dropped = db.execute("SELECT * FROM rejections WHERE action = 'dropped'").fetchall()
    assert len(dropped) == 1
    assert dropped[0]["field"] == "price" and "price" in dropped[0]["reason"]
    assert dropped[0]["url"].startswith(techzone_site + "/p/")
    removed = db.execute("SELECT * FROM rejections WHERE action = 'field_removed'").fetchall()
    assert [r["field"] for r in removed] == ["gtin"]
    run = db.execute("SELECT items_rejected, fields_removed, items_scraped, offers_accepted FROM crawl_runs").fetchone()
    assert (run["items_rejected"], run["fields_removed"]) == (1, 1)


def test_second_day_records_only_changes(db):
    with DemoServer(["techzone"], base_port=0, n_products=20, day=0) as demo:
        scrapy_crawl("techzone", demo.base_urls["techzone"])
    with DemoServer(["techzone"], base_port=0, n_products=20, day=9) as demo:
        scrapy_crawl("techzone", demo.base_urls["techzone"])
    first, second = db.execute("SELECT * FROM crawl_runs ORDER BY id").fetchall()
    offers = db.execute("SELECT count(*) AS n FROM offers").fetchone()["n"]
    assert second["offers_new"] == 0 and second["offers_accepted"] == offers
    history = db.execute("SELECT count(*) AS n FROM price_history").fetchone()["n"]
    assert history == offers + second["offers_changed"]
    assert 0 < second["offers_changed"] < offers


def test_unreachable_shop_is_a_failed_run(db):
    process = scrapy_crawl("techzone", "http://127.0.0.1:9", "-s", "RETRY_TIMES=0")
    run = db.execute("SELECT status, finish_reason, offers_accepted FROM crawl_runs").fetchone()
    assert run["status"] == "failed" and run["offers_accepted"] == 0
