"""`pricelens match`: offers in PostgreSQL become products; ids stay stable; overrides win."""

from __future__ import annotations

from datetime import datetime, timezone

from crawler.items import Offer
from crawler.products import add_override, match_offers
from tests.pipeline_harness import HarnessSpider, PipelineRun

NOW = datetime(2026, 11, 20, tzinfo=timezone.utc)


class OtherShop(HarnessSpider):
    name = "othershop"
    base_url = "https://other.example"


class ThirdShop(HarnessSpider):
    name = "thirdshop"
    base_url = "https://third.example"


def offer(sku, title, **fields):
    return Offer(url=f"https://x.example/{sku}", retailer_sku=sku, title=title, price=fields.pop("price", "$100"),
                 availability="InStock", scraped_at=NOW, **fields)


def seed():
    PipelineRun().feed(
        offer("a1", "Samsung 990 PRO 2TB NVMe MZ-V9P2T0BW", brand="Samsung", mpn="MZ-V9P2T0BW", price="$169"),
        offer("a2", "MSI GeForce RTX 4070 VENTUS 2X 12G OC", brand="MSI", mpn="V513-001R", price="$549"),
        offer("a3", "MSI GeForce RTX 4070 Ti VENTUS 3X 12G OC", brand="MSI", mpn="V513-003R", price="$799"),
    ).close()
    PipelineRun(OtherShop).feed(
        offer("b1", "SSD Samsung 990 Pro 2 TB M.2 (MZ-V9P2T0BW)", brand="Samsung", price="$172"),
        offer("b2", "Samsung 990 PRO 1TB NVMe MZ-V9P1T0BW", brand="Samsung", mpn="MZ-V9P1T0BW", price="$109"),
    ).close()


def products_of(db):
    return {r["retailer_sku"]: r for r in db.execute(
        "SELECT retailer_sku, product_id, match_method, match_confidence FROM offers")}


def test_offers_grouped_into_products(db):
    seed()
    summary = match_offers()
    rows = products_of(db)
    assert rows["a1"]["product_id"] == rows["b1"]["product_id"]
    assert len({rows[k]["product_id"] for k in ("a1", "a2", "a3", "b2")}) == 4
    assert rows["b1"]["match_method"] in ("mpn", "model") and rows["b1"]["match_confidence"] >= 0.5
    assert rows["a2"]["match_method"] == "single"
    assert summary.products == 4 and summary.new_products == 4
    product = db.execute("SELECT * FROM products WHERE id = %s", (rows["a1"]["product_id"],)).fetchone()
    assert (product["brand"], product["mpn"], product["offer_count"]) == ("Samsung", "MZ-V9P2T0BW", 2)


def test_rerun_keeps_product_ids_and_new_offers_join(db):
    seed()
    match_offers()
    before = products_of(db)
    PipelineRun(ThirdShop).feed(
        offer("c1", "Samsung 990 Pro 2TB (MZ-V9P2T0BW) NVMe SSD", brand="Samsung", mpn="MZ-V9P2T0BW"),
    ).close()
    summary = match_offers()
    after = products_of(db)
    assert all(after[k]["product_id"] == before[k]["product_id"] for k in before)
    assert after["c1"]["product_id"] == after["a1"]["product_id"]
    assert summary.new_products == 0 and summary.reassigned == 0


def test_overrides_win(db):
    seed()
    match_offers()
    ids = {r["retailer_sku"]: r["id"] for r in db.execute("SELECT id, retailer_sku FROM offers")}
    add_override(ids["a1"], ids["b1"], "different", note="b1 is a refurbished unit")
    add_override(ids["a2"], ids["a3"], "same")
    match_offers()
    rows = products_of(db)
    assert rows["a1"]["product_id"] != rows["b1"]["product_id"]
    assert rows["a2"]["product_id"] == rows["a3"]["product_id"]
    assert rows["a3"]["match_method"] == "override"
    assert db.execute("SELECT count(*) AS n FROM products WHERE offer_count = 0").fetchone()["n"] == 0
