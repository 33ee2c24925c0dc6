"""A real rendered crawl: `scrapy crawl pixelhub` through Chromium into PostgreSQL.

Needs Chromium (the ``chromium`` fixture): without it the test is skipped on a developer's
machine and FAILS in CI (CI=true).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from crawler.demo.catalog import expanded_catalog
from crawler.demo.server import DemoServer
from crawler.demo.sites import listings
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
