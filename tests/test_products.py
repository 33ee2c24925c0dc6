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


def seed_more():
    """Offers no new offer below relates to: their products must not be touched."""
    PipelineRun(ThirdShop).feed(
        offer("d1", "Logitech MX Master 3S Wireless Mouse Graphite 910-006559", brand="Logitech", mpn="910-006559"),
        offer("d2", "Logitech MX Master 3S Performance Wireless Mouse (910-006559)", brand="Logitech"),
        offer("d3", "Corsair Vengeance LPX 32GB (2x16GB) DDR4 3200 CMK32GX4M2E3200C16", brand="Corsair",
              mpn="CMK32GX4M2E3200C16"),
    ).close()


def state_of(db):
    return {r["retailer_sku"]: r for r in db.execute(
        "SELECT o.retailer_sku, o.product_id, o.match_method, o.matched_at, p.updated_at"
        " FROM offers o JOIN products p ON p.id = o.product_id")}


def test_second_match_touches_only_the_new_offers_block(db):
    seed()
    seed_more()
    first = match_offers()
    assert first.changed == first.block == 8
    before = state_of(db)
    assert before["d1"]["product_id"] == before["d2"]["product_id"]
    PipelineRun(OtherShop).feed(
        offer("c1", "Samsung 990 Pro 2TB (MZ-V9P2T0BW) NVMe SSD", brand="Samsung", mpn="MZ-V9P2T0BW"),
    ).close()
    summary = match_offers()
    after = state_of(db)
    # the new offer joins its product; the block is it and that product's members
    assert after["c1"]["product_id"] == before["a1"]["product_id"]
    assert (summary.changed, summary.block, summary.new_products, summary.reassigned) == (1, 3, 0, 0)
    assert all(after[k]["product_id"] == before[k]["product_id"] for k in before)
    # every offer and product outside the block is not written at all
    for k in ("a2", "a3", "b2", "d1", "d2", "d3"):
        assert (after[k]["matched_at"], after[k]["updated_at"]) == (before[k]["matched_at"], before[k]["updated_at"])
    assert after["a1"]["updated_at"] > before["a1"]["updated_at"]
    # nothing new: nothing matched again, nothing written
    again = match_offers()
    assert (again.changed, again.block, again.new_products) == (0, 0, 0)
    assert state_of(db) == after


def test_changed_offer_is_matched_again(db):
    seed()
    match_offers()
    before = products_of(db)
    # the shop corrects b2's listing: it is the 2 TB drive
    db.execute("UPDATE offers SET title = 'Samsung 990 PRO 2TB NVMe MZ-V9P2T0BW', mpn = 'MZ-V9P2T0BW'"
               " WHERE retailer_sku = 'b2'")
    summary = match_offers()
    after = products_of(db)
    assert summary.changed == 1
    assert after["b2"]["product_id"] == before["a1"]["product_id"] == after["a1"]["product_id"]
    assert after["a2"]["product_id"] == before["a2"]["product_id"]
    assert db.execute("SELECT count(*) AS n FROM products WHERE id = %s",
                      (before["b2"]["product_id"],)).fetchone()["n"] == 0


def test_deleted_offer_updates_its_product(db):
    seed()
    match_offers()
    pid = products_of(db)["a1"]["product_id"]
    db.execute("DELETE FROM offers WHERE retailer_sku = 'b1'")
    summary = match_offers()
    assert summary.changed == 0 and summary.block == 1
    assert db.execute("SELECT offer_count FROM products WHERE id = %s", (pid,)).fetchone()["offer_count"] == 1
    assert products_of(db)["a1"]["match_method"] == "single"


def test_override_survives_incremental_matching(db):
    seed()
    match_offers()
    ids = {r["retailer_sku"]: r["id"] for r in db.execute("SELECT id, retailer_sku FROM offers")}
    add_override(ids["a1"], ids["b1"], "different")
    add_override(ids["a2"], ids["a3"], "same")
    match_offers()
    # a new offer of the same drive, which the matcher links to both a1 and b1
    PipelineRun(ThirdShop).feed(
        offer("c1", "Samsung 990 Pro 2TB (MZ-V9P2T0BW) NVMe SSD", brand="Samsung", mpn="MZ-V9P2T0BW"),
    ).close()
    summary = match_offers()
    rows = products_of(db)
    assert summary.changed == 1
    assert rows["a1"]["product_id"] != rows["b1"]["product_id"]
    assert rows["c1"]["product_id"] in (rows["a1"]["product_id"], rows["b1"]["product_id"])
    assert rows["a2"]["product_id"] == rows["a3"]["product_id"]
    assert rows["a3"]["match_method"] == "override"
    # and a full run agrees
    match_offers(full=True)
    rows = products_of(db)
    assert rows["a1"]["product_id"] != rows["b1"]["product_id"]
    assert rows["a2"]["product_id"] == rows["a3"]["product_id"]


def test_cli_match_is_incremental_and_full_on_request(db, database_url, monkeypatch):
    from click.testing import CliRunner

    from crawler.cli import main

    monkeypatch.setenv("DATABASE_URL", database_url)
    seed()
    first = CliRunner().invoke(main, ["match"])
    assert first.exit_code == 0, first.output
    second = CliRunner().invoke(main, ["match"])
    assert second.exit_code == 0 and "0 new or changed, 0 re-clustered" in second.output
    full = CliRunner().invoke(main, ["match", "--full"])
    assert full.exit_code == 0 and "5 new or changed, 5 re-clustered" in full.output


def test_match_survives_offers_without_a_title(db, database_url, monkeypatch):
    """An offer whose title is empty or blank (offers.title is NOT NULL, not non-empty) takes no part
    in the title consensus: ``pricelens match`` exits 0, its product is named by brand and MPN, and
    a product with titled offers keeps a real title (session 27, robust27: it was a ValueError from
    ``max`` of no titles, exit 1, and all matching rolled back)."""
    from click.testing import CliRunner

    from crawler.cli import main
    from crawler.products import consensus_title

    monkeypatch.setenv("DATABASE_URL", database_url)
    seed()
    db.execute("UPDATE offers SET title = '' WHERE retailer_sku = 'a2'")
    db.execute("UPDATE offers SET title = '   ' WHERE retailer_sku = 'a1'")
    result = CliRunner().invoke(main, ["match"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    rows = products_of(db)
    assert all(r["product_id"] is not None for r in rows.values())
    titles = {sku: db.execute("SELECT title FROM products WHERE id = %s", (r["product_id"],)).fetchone()["title"]
              for sku, r in rows.items()}
    assert titles["a2"] == "MSI V513-001R"
    assert titles["a1"].strip() and titles["a3"] == "MSI GeForce RTX 4070 Ti VENTUS 3X 12G OC"
    # the consensus itself: blank titles skipped, whatever the number of offers
    assert consensus_title([{"title": ""}, {"title": "Bosch GSR 12V-15 Akku-Bohrschrauber"}], "Bosch") \
        == "Bosch GSR 12V-15 Akku-Bohrschrauber"
    assert consensus_title([{"title": " "}, {"title": ""}, {"title": None}], None) == "untitled"
    assert consensus_title([{"title": "", "gtin": "4006381333931"}], "Stabilo") == "Stabilo 4006381333931"
