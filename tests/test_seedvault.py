"""The Seed Vault (seed bank, Shopify, GBP): one offer per pack ("Pack of 5"); saved responses
first, then a whole crawl into PostgreSQL.

Fixtures: ``python tests/fixtures/refresh.py seedvault "/products.json?limit=250&page=1"
"/products.json?limit=250&page=2" /pages/stores``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal

import pytest
from freezegun import freeze_time
from scrapy.http import Request

from demo.server import DemoServer
from demo.sites import listings
from crawler.items import Offer
from crawler.units import parse_units
from spiders.seedvault import SeedvaultSpider
from tests.conftest import ROOT
from tests.spider_harness import fixture_path, fixture_response

BASE = "http://127.0.0.1:8107"
JSON = {"Content-Type": "application/json; charset=utf-8"}
PAGE_1 = "products.json--limit_250-page_1"
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]


@pytest.fixture(scope="module")
def parsed():
    response = fixture_response("seedvault", PAGE_1, f"{BASE}/products.json?limit=250&page=1", kind="text",
                                headers=JSON)
    with freeze_time("2026-11-20T10:00:00Z"):
        return list(SeedvaultSpider().parse_products_page(response, page=1))


@pytest.fixture(scope="module")
def offers(parsed) -> list[Offer]:
    return [o for o in parsed if isinstance(o, Offer)]


def by_sku(offers, sku) -> Offer:
    (offer,) = [o for o in offers if o["retailer_sku"] == sku]
    return offer


def test_one_offer_per_pack(offers):
    data = json.loads(fixture_path("seedvault", PAGE_1).read_bytes())
    assert len(offers) == sum(len(p["variants"]) for p in data["products"])
    assert len({o["retailer_sku"] for o in offers}) == len(offers)
    assert all(o["title"].rsplit(" - ", 1)[1].startswith("Pack of ") for o in offers)


def test_a_pack_offer(offers):
    five = by_sku(offers, "TSV-002-05")
    assert five["title"] == "Northern Light Feminised Seeds - Pack of 5"
    assert (five["brand"], five["category"]) == ("Royal Queen Seeds", "Feminised Seeds")
    assert five["price"] == Decimal("27.99") and five["availability"] == "InStock"
    assert five["url"].startswith(f"{BASE}/products/rqs-northern-light?variant=")
    assert parse_units(five["title"], category=five["category"]).pack_size == 5


def test_packs_of_a_strain_have_their_own_prices_and_units(offers):
    strain = [o for o in offers if o["retailer_sku"].startswith("TSV-002-")]
    sizes = [parse_units(o["title"]).pack_size for o in strain]
    assert sizes == [3, 5, 10]
    per_seed = [o["price"] / n for o, n in zip(strain, sizes)]
    assert per_seed == sorted(per_seed, reverse=True)  # bigger packs are cheaper per seed


def test_serious_seeds_packs_of_6_and_12(offers):
    ak = [o for o in offers if o["title"].startswith("AK-47 Regular Seeds")]
    assert [parse_units(o["title"]).pack_size for o in ak] in ([6, 12], [])


def test_a_full_page_asks_for_the_next(parsed):
    (request,) = [r for r in parsed if isinstance(r, Request)]
    assert request.url == f"{BASE}/products.json?limit=250&page=2"


def test_store():
    (store,) = SeedvaultSpider().parse_stores(fixture_response("seedvault", "pages__stores", f"{BASE}/pages/stores"))
    assert (store["ref"], store["city"]) == ("tsv-camden", "London")


def test_whole_crawl_into_postgres(db):
    expected = {listing.sku: listing for listing in listings("seedvault", day=4)}
    with DemoServer(["seedvault"], base_port=0, day=4) as demo:
        process = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "seedvault", "-a", f"base_url={demo.base_urls['seedvault']}",
             *FAST], cwd=ROOT, env=os.environ.copy(), capture_output=True, text=True, timeout=180)
    assert process.returncode == 0, process.stderr[-3000:]
    run = db.execute("SELECT * FROM crawl_runs").fetchone()
    assert run["status"] == "finished" and run["items_rejected"] == 0, run
    assert run["offers_accepted"] == len(expected) and run["stores_accepted"] == 1
    stored = {r["retailer_sku"]: r for r in db.execute("SELECT * FROM offers WHERE retailer_id = 'seedvault'")}
    assert set(stored) == set(expected)
    for sku, listing in expected.items():
        row = stored[sku]
        assert (row["price"], row["currency"], row["availability"]) == (listing.price, "GBP", listing.availability)
        assert row["regular_price"] == listing.regular_price, sku
        assert (row["pack_size"], row["unit"], row["unit_quantity"]) == (listing.seeds, "seed", 1), sku
