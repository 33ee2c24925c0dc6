"""A large sitemap does not queue all its pages at once: at most PRICELENS_SITEMAP_QUEUE requests
wait in the scheduler, the rest wait as URLs, and every page is still crawled.

Real `scrapy crawl` subprocesses against a shop on 127.0.0.1; the scheduler's length is read by
tests/queue_probe.py on every request scheduled."""

from __future__ import annotations

import json

from tests.local_server import SitemapShop
from tests.test_crawl import scrapy_crawl

EXTENSIONS = json.dumps({"crawler.extensions.CrawlRunExtension": 500, "tests.queue_probe.QueueProbe": 0})


def crawl(db, n: int, *settings: str, exit_code: int = 0) -> dict:
    with SitemapShop(n) as shop:
        process = scrapy_crawl("techzone", shop.url, "-a", "store_locator_path=", "-s", f"EXTENSIONS={EXTENSIONS}",
                               *settings)
    assert process.returncode == exit_code, process.stderr[-3000:]
    return db.execute("SELECT * FROM crawl_runs").fetchone()


def test_a_large_sitemap_keeps_the_scheduler_queue_bounded(db):
    # (closed at CLOSESPIDER_PAGECOUNT: a run failed (closespider_pagecount), scrapy crawl exits 1)
    run = crawl(db, 20_000, "-s", "PRICELENS_SITEMAP_QUEUE=50", "-s", "CLOSESPIDER_PAGECOUNT=120", exit_code=1)
    assert run["stats"]["queue_probe/max_scheduled"] <= 50
    assert run["stats"]["pricelens/sitemap/waiting_max"] == 20_000   # the URLs, not 20,000 requests
    assert run["offers_accepted"] >= 100


def test_every_page_of_the_sitemap_is_still_crawled(db):
    run = crawl(db, 150, "-s", "PRICELENS_SITEMAP_QUEUE=10")
    assert run["stats"]["queue_probe/max_scheduled"] <= 10
    assert (run["status"], run["finish_reason"]) == ("finished", "finished")
    assert run["offers_accepted"] == 150
    assert db.execute("SELECT count(*) AS n FROM offers").fetchone()["n"] == 150
