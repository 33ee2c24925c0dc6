"""Semilla Verde (seed bank, WooCommerce Store API, EUR): strains are variable products, each pack
of seeds a variation and one offer; saved responses first, then a whole crawl into PostgreSQL.

Fixtures: ``python tests/fixtures/refresh.py semillaverde
"/wp-json/wc/store/v1/products?per_page=100&page=1"
"/wp-json/wc/store/v1/products?type=variation&parent=2000&per_page=100&page=1"
"/wp-json/wc/store/v1/products?type=variation&parent=2180&per_page=100&page=1" /tienda/``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal

import pytest
from freezegun import freeze_time
from itemadapter import ItemAdapter
from scrapy.http import Request, TextResponse

from demo.server import DemoServer
from demo.sites import listings
from crawler.items import Offer
from crawler.platforms.base import InvalidPage
from pipelines.normalize import NormalizePipeline
from spiders.semillaverde import SemillaverdeSpider
from tests.conftest import ROOT
from tests.spider_harness import fixture_path, fixture_response

BASE = "http://127.0.0.1:8106"
API = f"{BASE}/wp-json/wc/store/v1/products"
JSON = {"Content-Type": "application/json; charset=utf-8", "X-WP-TotalPages": "1"}
LIST = "wp-json__wc__store__v1__products--per_page_100-page_1"
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]


def variations_name(parent: int) -> str:
    return f"wp-json__wc__store__v1__products--type_variation-parent_{parent}-per_page_100-page_1"


@pytest.fixture(scope="module")
def strains() -> list[dict]:
    return json.loads(fixture_path("semillaverde", LIST).read_bytes())


@pytest.fixture(scope="module")
def listed():
    response = fixture_response("semillaverde", LIST, f"{API}?per_page=100&page=1", kind="text", headers=JSON)
    return list(SemillaverdeSpider().parse_products_page(response, page=1))


def packs(strains, parent: int) -> list[Offer]:
    (product,) = [p for p in strains if p["id"] == parent]
    response = fixture_response("semillaverde", variations_name(parent),
                                f"{API}?type=variation&parent={parent}&per_page=100&page=1", kind="text", headers=JSON)
    with freeze_time("2026-11-20T10:00:00Z"):
        return list(SemillaverdeSpider().parse_variations(response, parent=product))


def normalized(offer: Offer) -> ItemAdapter:
    spider = SemillaverdeSpider()
    pipeline = NormalizePipeline.__new__(NormalizePipeline)
    pipeline.crawler = type("C", (), {"spider": spider})()
    adapter = ItemAdapter(offer.copy())
    pipeline.normalize_offer(adapter)
    return adapter


def test_a_variable_product_asks_for_its_variations_and_is_no_offer_itself(listed, strains):
    assert not [o for o in listed if isinstance(o, Offer)]
    requests = [r for r in listed if isinstance(r, Request)]
    assert len(requests) == len(strains) == len([p for p in strains if p["type"] == "variable"])
    assert requests[0].url == f"{API}?type=variation&parent=2000&per_page=100&page=1"
    assert requests[0].callback.__name__ == "parse_variations" and requests[0].cb_kwargs["parent"]["id"] == 2000


def test_one_offer_per_pack_with_its_own_price_stock_and_url(strains):
    offers = packs(strains, 2000)
    assert [o["retailer_sku"] for o in offers] == ["SV-001-01", "SV-001-03", "SV-001-05", "SV-001-10"]
    one, three, five, ten = offers
    assert five["title"] == "Amnesia Haze Feminizada - 5 semillas"
    assert five["url"] == f"{BASE}/producto/amnesia-haze-feminizada/?attribute_pa_pack=5-semillas"
    assert (five["price"], five["currency"], five["availability"]) == (Decimal("41.00"), "EUR", "InStock")
    assert ten["price"] == Decimal("74.00") and one["price"] == Decimal("10.00")
    # the parent's facts: breeder as brand, the type as category, the picture
    assert (five["brand"], five["category"]) == ("Royal Queen Seeds", "Semillas Feminizadas")
    assert five["image_url"] == f"{BASE}/wp-content/uploads/demo/rqs-amnesia-haze.svg"
    assert five["scraped_at"].isoformat() == "2026-11-20T10:00:00+00:00" and five["retailer"] == "semillaverde"


def test_normalize_reads_pack_and_unit_from_the_variation(strains):
    units = [(a["pack_size"], a["unit"], a["unit_quantity"]) for a in map(normalized, packs(strains, 2000))]
    assert units == [(1, "seed", 1), (3, "seed", 1), (5, "seed", 1), (10, "seed", 1)]
    (skunk,) = packs(strains, 2180)
    assert skunk["title"] == "Skunk #1 Regular - 10 semillas"  # "#1" is the strain, not a pack
    assert normalized(skunk)["pack_size"] == 10


def test_a_simple_product_stays_one_offer():
    simple = {"id": 9, "name": "Grinder metálico 4 piezas", "type": "simple", "sku": "GR-4", "permalink": f"{BASE}/g/",
              "prices": {"price": "1500", "currency_code": "EUR", "currency_minor_unit": 2}, "is_in_stock": True}
    response = TextResponse(f"{API}?per_page=100&page=1", body=json.dumps([simple]).encode(), encoding="utf-8",
                            headers=JSON)
    (offer,) = list(SemillaverdeSpider().parse_products_page(response, page=1))
    assert (offer["retailer_sku"], offer["price"]) == ("GR-4", Decimal("15.00"))


def test_an_invalid_variations_page_is_recorded():
    response = TextResponse(f"{API}?type=variation&parent=2000", body=b"<html>", encoding="utf-8", headers=JSON)
    with pytest.raises(InvalidPage, match="variations of product 2000: not JSON"):
        list(SemillaverdeSpider().parse_variations(response, parent={"id": 2000}))


def test_store():
    (store,) = SemillaverdeSpider().parse_stores(fixture_response("semillaverde", "tienda", f"{BASE}/tienda/"))
    assert (store["ref"], store["city"], store["retailer"]) == ("sv-gracia", "Barcelona", "semillaverde")


def test_whole_crawl_into_postgres(db):
    expected = {listing.sku: listing for listing in listings("semillaverde")}
    with DemoServer(["semillaverde"], base_port=0) as demo:
        process = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "semillaverde", "-a",
             f"base_url={demo.base_urls['semillaverde']}", *FAST],
            cwd=ROOT, env=os.environ.copy(), capture_output=True, text=True, timeout=180)
    assert process.returncode == 0, process.stderr[-3000:]
    run = db.execute("SELECT * FROM crawl_runs").fetchone()
    assert run["status"] == "finished" and run["items_rejected"] == 0, run
    assert run["offers_accepted"] == len(expected) and run["stores_accepted"] == 1
    stored = {r["retailer_sku"]: r for r in db.execute("SELECT * FROM offers WHERE retailer_id = 'semillaverde'")}
    assert set(stored) == set(expected)
    for sku, listing in expected.items():
        row = stored[sku]
        assert (row["price"], row["currency"], row["availability"]) == (listing.price, "EUR", listing.availability)
        assert row["regular_price"] == listing.regular_price, sku
        assert (row["pack_size"], row["unit"], row["unit_quantity"]) == (listing.seeds, "seed", 1), sku
        assert row["brand"] == listing.strain.breeder
