"""A real rendered crawl: `scrapy crawl pixelhub` through Chromium into PostgreSQL.

Needs Chromium (the ``chromium`` fixture): without it the test is skipped on a developer's
machine and FAILS in CI (CI=true).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from demo.catalog import expanded_catalog
from demo.server import DemoServer
from demo.sites import listings
from tests.conftest import ROOT

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING"]


def test_pixelhub_rendered_by_chromium_into_postgres(db, chromium):
    expected = {listing.sku: listing for listing in listings("pixelhub", expanded_catalog(10))}
    with DemoServer(["pixelhub"], base_port=0, n_products=10) as demo:
        process = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "pixelhub", "-a", f"base_url={demo.base_urls['pixelhub']}",
             *FAST], cwd=ROOT, env={**os.environ, "PRICELENS_CHROMIUM": chromium},
            capture_output=True, text=True, timeout=240)
    assert process.returncode == 0, process.stderr[-3000:]
    run = db.execute("SELECT * FROM crawl_runs").fetchone()
    assert (run["status"], run["finish_reason"]) == ("finished", "finished"), (run, process.stderr[-3000:])
    stats = run["stats"] if isinstance(run["stats"], dict) else json.loads(run["stats"])
    assert stats["playwright/page_count"] == len(expected) + 1  # every product page and the store locator
    assert stats.get("pricelens/rendered/gave_up", 0) == 0

    stored = {r["retailer_sku"]: r for r in db.execute("SELECT * FROM offers WHERE retailer_id = 'pixelhub'")}
    assert set(stored) == set(expected) and run["offers_accepted"] == len(expected) >= 5
    for sku, listing in expected.items():
        row = stored[sku]
        assert (row["price"], row["regular_price"], row["currency"]) == (listing.price, listing.regular_price,
                                                                           "USD"), sku
        assert (row["title"], row["availability"], row["gtin"]) == (listing.title, listing.availability,
                                                                      listing.gtin), sku
    stores = db.execute("SELECT * FROM stores WHERE retailer_id = 'pixelhub' ORDER BY ref").fetchall()
    assert [s["ref"] for s in stores] == ["pxh-gemmayzeh", "pxh-jounieh", "pxh-zahle"]
    assert all(s["latitude"] and s["longitude"] for s in stores)


def crawl_with_a_crash(database_url, chromium, kill, *extra: str) -> tuple[dict, int, str]:
    """Crawl pixelhub; once Chromium has tabs open, ``kill`` some of its processes."""
    import time

    import psutil

    with DemoServer(["pixelhub"], base_port=0, n_products=40) as demo:
        expected = len(demo.sites["pixelhub"].listings)
        process = subprocess.Popen(
            [sys.executable, "-m", "scrapy", "crawl", "pixelhub", "-a", f"base_url={demo.base_urls['pixelhub']}",
             *FAST, *extra], cwd=ROOT, env={**os.environ, "PRICELENS_CHROMIUM": chromium},
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        killed = 0
        deadline = time.monotonic() + 60
        while not killed and time.monotonic() < deadline and process.poll() is None:
            try:
                killed = kill(psutil.Process(process.pid).children(recursive=True))
            except psutil.NoSuchProcess:  # one exited while we looked at it: look again
                killed = 0
            time.sleep(0.2)
        _, stderr = process.communicate(timeout=240)
    assert killed, "Chromium was never seen with open tabs"
    from crawler.store import connect

    with connect(database_url) as conn:
        run = conn.execute("SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()
    return run, expected, stderr


def kill_renderers(children) -> int:
    renderers = [p for p in children if "--type=renderer" in " ".join(p.cmdline())]
    if len(renderers) < 2:  # wait until pages are really open
        return 0
    for renderer in renderers:
        renderer.kill()
    return len(renderers)


def test_a_chromium_crash_is_retried(db, database_url, chromium):
    # a page whose tab was killed hangs until the render deadline (90 s by default)
    run, expected, stderr = crawl_with_a_crash(database_url, chromium, kill_renderers,
                                               "-s", "PRICELENS_RENDER_DEADLINE=15")
    assert (run["status"], run["finish_reason"]) == ("finished", "finished"), stderr[-3000:]
    assert run["offers_accepted"] == expected  # every page crashed by the kill was rendered again
    assert run["stats"]["pricelens/rendered/timeout"] >= 1
    assert run["pages_failed"] == 0


def test_a_chromium_that_cannot_start_fails_the_crawl_at_once_in_one_line(db, tmp_path):
    """(session 17 attack) PRICELENS_CHROMIUM=/bin/true: every page was retried three times (231
    launches in 70 s) and the run ended 'finished_without_items', the browser never named."""
    with DemoServer(["pixelhub"], base_port=0, n_products=10) as demo:
        process = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "pixelhub", "-a", f"base_url={demo.base_urls['pixelhub']}",
             *FAST], cwd=ROOT, env={**os.environ, "PRICELENS_CHROMIUM": "/bin/true"},
            capture_output=True, text=True, timeout=240)
    run = db.execute("SELECT * FROM crawl_runs").fetchone()
    assert (run["status"], run["finish_reason"]) == ("failed", "browser_unavailable"), process.stderr[-3000:]
    lines = [line for line in process.stderr.splitlines() if "the browser could not be started" in line]
    assert len(lines) == 1 and "(/bin/true)" in lines[0] and "PRICELENS_CHROMIUM" in lines[0], process.stderr[-3000:]
    stats = run["stats"] if isinstance(run["stats"], dict) else json.loads(run["stats"])
    assert stats.get("retry/reason_count/render_timeout", 0) == 0
