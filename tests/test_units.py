"""Packs and units (crawler/units.py): read from the shapes real shops write, stored, and priced
per unit in USD in the snapshot.

The strings are the shapes shops print in variant pickers and titles (seed banks: "10 Seeds",
"Pack Size: 5 Seeds", "x5", "5er Pack", "5 semillas", "10 graines", "confezione da 5"; tech:
"(2x16GB)", "3-Pack", "1 TB", "500 ml"), in English, German, Spanish, French, Italian, Dutch and
Portuguese. Refusals are tested as much as readings.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from decimal import Decimal

import pytest

from crawler.items import Offer
from crawler.units import Units, canonical, parse_units, unit_price
from tests.pipeline_harness import PipelineRun


def units(pack, unit, quantity=1):
    return Units(pack, unit, Decimal(str(quantity)))


@pytest.mark.parametrize("text, expected", [
    # seed banks: variant names as shops print them
    ("10 Seeds", units(10, "seed")),
    ("1 Seed", units(1, "seed")),
    ("Pack Size: 5 Seeds", units(5, "seed")),
    ("3 Feminised Seeds", units(3, "seed")),
    ("5 Fem Seeds", units(5, "seed")),
    ("Gorilla Glue #4 Feminized - 3 Seeds", units(3, "seed")),
    ("Northern Lights Auto - Pack of 5 seeds", units(5, "seed")),
    ("5 semillas", units(5, "seed")),                    # es
    ("3 semillas feminizadas", units(3, "seed")),
    ("10 graines", units(10, "seed")),                   # fr
    ("5 Samen", units(5, "seed")),                       # de
    ("5 semi", units(5, "seed")),                        # it
    ("10 zaden", units(10, "seed")),                     # nl
    ("5 sementes", units(5, "seed")),                    # pt
    ("Single seed", units(1, "seed")),
    ("Amnesia Haze 5 Seeds", units(5, "seed")),
    # numbers in strain names are not packs: the variant's count wins
    ("Blue Gelato 41 Feminised Seeds - Pack of 3", units(3, "seed")),
    ("LSD-25 Auto Seeds - Pack of 5", units(5, "seed")),
    ("AK-47 Regular Seeds - Pack of 12", units(12, "seed")),
    ("Critical + 2.0 Feminizada - 3 semillas", units(3, "seed")),
    # pack words: seeds when the text is about seeds, pieces otherwise
    ("Amnesia Haze Feminised Seeds - x5", units(5, "seed")),
    ("Amnesia Haze Feminised Seeds - 5er Pack", units(5, "seed")),
    ("Critical Kush Feminised - confezione da 5", units(5, "seed")),
    ("Skunk #1 Regular Seeds - paquete de 10", units(10, "seed")),
    ("White Widow Feminised - 10", units(10, "seed")),   # a bare number as the variant name
    ("Anker USB-C to USB-C Cable (6ft, 3-Pack)", units(3, "piece")),
    ("AmazonBasics AA Batteries, Pack of 8", units(8, "piece")),
    ("Ladekabel USB-C 2er Pack", units(2, "piece")),
    ("Epson 603XL Multipack 4", units(4, "piece")),
    ("HP 305 Black/Tri-color Ink Cartridges, 2-pack", units(2, "piece")),
    ("Câble USB-C lot de 3", units(3, "piece")),
    ("Cavo USB confezione da 5", units(5, "piece")),
    ("Kabelbinder 100 Stück", units(100, "piece")),
    # sizes: storage and memory in GB (1 TB = 1000 GB), g, ml
    ("Samsung 990 PRO 2TB NVMe M.2 SSD", units(1, "GB", 2000)),
    ("Samsung 990 PRO NVMe M.2 SSD - 1 TB", units(1, "GB", 1000)),
    ("Samsung 990 EVO 2TB PCIe 4.0 x4 / 5.0 x2 NVMe SSD", units(1, "GB", 2000)),  # "x4": a link width
    ("Seagate IronWolf 8TB NAS 3.5\" HDD", units(1, "GB", 8000)),
    ("SanDisk Extreme 128GB microSDXC", units(1, "GB", 128)),
    ("Kingston FURY Beast 16GB DDR5 5600MT/s", units(1, "GB", 16)),
    ("Corsair Vengeance 32GB (2x16GB) DDR5 6000MHz C36", units(2, "GB", 16)),
    ("G.Skill Ripjaws V 16GB (2 x 8GB) DDR4-3200", units(2, "GB", 8)),
    ("2x8GB", units(2, "GB", 8)),
    ("Arctic MX-6 Thermal Paste 4 g", units(1, "g", 4)),
    ("Isopropyl Alcohol 99.9% 500 ml", units(1, "ml", 500)),
    ("Kontakt Chemie Cleaner 1,5 l", units(1, "ml", 1500)),
    ("Coca-Cola 6 x 330 ml", units(6, "ml", 330)),
])
def test_reads_packs_and_units(text, expected):
    assert parse_units(text) == expected


@pytest.mark.parametrize("text", [
    "Logitech G Pro X5",                                   # "x5" inside a title: a model code
    "Sony Xperia 5 V",
    "ASUS TUF Gaming GeForce RTX 4070 OC 12GB GDDR6X",    # a GPU's memory is not what is sold per GB
    "MSI GeForce RTX 4060 VENTUS 2X BLACK 8G OC",          # "8G" is not 8 grams, "2X" is a fan count
    "Apple MacBook Air 13\" M3 8GB 256GB",                 # two capacities, and a device
    "Samsung Galaxy S24 5G 128GB",                         # a phone's storage; "5G" is a network
    "Crucial 32GB (2x8GB) DDR5",                           # the kit and the total disagree
    "Gorilla Glue #4 - 5 Seeds - Pack of 3",               # two different counts
    "Blue Gelato 41 Feminised Seeds",                      # 41 is the strain's name, not a count
    "Dell 27 Monitor S2721DGF",
    "Thermal pad 500 ml 250 g",                            # two dimensions
    "AMD Ryzen 7 9800X3D 8-Core Desktop Processor",
    "Corsair RM850x 850W ATX Power Supply",
    "", None,
])
def test_refuses_what_is_not_a_pack_or_is_ambiguous(text):
    assert parse_units(text) is None


def test_category_gives_the_context():
    # a seed bank's variant "x5" under a strain name without the word "seeds": the category says it
    assert parse_units("Gorilla Glue Auto - x5") == units(5, "piece")
    assert parse_units("Gorilla Glue Auto - x5", category="Autoflowering Seeds") == units(5, "seed")
    # a capacity alone counts when the category is storage, not when it is a device
    assert parse_units("Kingston NV2 1TB") is None
    assert parse_units("Kingston NV2 1TB", category="SSD") == units(1, "GB", 1000)
    assert parse_units("WD Blue 2TB 3.5\" — Western Digital", category="Hard Drives") == units(1, "GB", 2000)
    assert parse_units("Lenovo Legion Pro 5 1TB", category="Laptop") is None


def test_kit_and_module_of_the_same_size_compare_per_gb():
    kit = parse_units("Corsair Vengeance 16GB (2x8GB) DDR5 5600")
    module = parse_units("Kingston FURY Beast 1x16GB DDR5 5600")
    assert (kit.unit, kit.total) == (module.unit, module.total) == ("GB", 16)
    assert (kit.pack_size, module.pack_size) == (2, 1)
    assert unit_price(Decimal("64.00"), kit) == Decimal("4.0000")
    assert unit_price(Decimal("56.00"), module) == Decimal("3.5000")


def test_price_per_seed():
    five, ten = parse_units("Amnesia Haze - 5 Seeds"), parse_units("Amnesia Haze - 10 Seeds")
    assert unit_price(Decimal(45), five) == Decimal(9) and unit_price(Decimal(80), ten) == Decimal(8)
    assert unit_price(None, five) is None and unit_price(Decimal(45), None) is None


def test_declared_units_are_made_canonical():
    assert canonical(2, "TB", 1) == units(2, "GB", 1000)
    assert canonical("5", "Seeds", None) == units(5, "seed")
    assert canonical(3, None, None) == units(3, "piece")
    assert canonical(1, "l", "0.5") == units(1, "ml", 500)
    assert canonical(0, "seed") is None and canonical("five", "seed") is None
    assert canonical(1, "furlong") is None and canonical(1, "GB", "-8") is None


# ---------------------------------------------------------------- stored and exported

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)


def test_units_are_stored_and_priced_per_unit_in_the_snapshot(db, data_dir):
    from publish.export import publish

    run = PipelineRun().feed(
        Offer(url="https://shop.example/p/kit", retailer_sku="KIT", title="Corsair Vengeance 16GB (2x8GB) DDR5 5600",
              price="$64.00", availability="InStock", scraped_at=NOW),
        Offer(url="https://shop.example/p/module", retailer_sku="MOD", title="Kingston FURY Beast 16GB DDR5 5600",
              category="RAM", price="$56.00", availability="InStock", scraped_at=NOW),
        Offer(url="https://shop.example/p/seeds", retailer_sku="AH-10", title="Amnesia Haze Feminised - 10 Seeds",
              price="$80.00", availability="InStock", scraped_at=NOW),
        Offer(url="https://shop.example/p/declared", retailer_sku="DEC", title="Some drive", price="$100.00",
              pack_size=1, unit="TB", unit_quantity=2, availability="InStock", scraped_at=NOW),
        Offer(url="https://shop.example/p/gpu", retailer_sku="GPU", title="ASUS Dual RTX 4060 OC 8GB GDDR6",
              price="$300.00", availability="InStock", scraped_at=NOW),
    )
    run.close()
    rows = {r["retailer_sku"]: r for r in db.execute(
        "SELECT retailer_sku, pack_size, unit, unit_quantity FROM offers").fetchall()}
    assert (rows["KIT"]["pack_size"], rows["KIT"]["unit"], rows["KIT"]["unit_quantity"]) == (2, "GB", 8)
    assert (rows["MOD"]["pack_size"], rows["MOD"]["unit"], rows["MOD"]["unit_quantity"]) == (1, "GB", 16)
    assert (rows["AH-10"]["pack_size"], rows["AH-10"]["unit"]) == (10, "seed")
    assert (rows["DEC"]["unit"], rows["DEC"]["unit_quantity"]) == ("GB", 2000)
    assert rows["GPU"]["unit"] is None and rows["GPU"]["pack_size"] is None

    con = sqlite3.connect(publish(quiet=True).path)
    prices = dict(con.execute("SELECT retailer_sku_or_url, unit_price_usd FROM (SELECT coalesce(mpn, url) AS "
                              "retailer_sku_or_url, unit_price_usd FROM offers)").fetchall())
    assert prices["https://shop.example/p/kit"] == pytest.approx(4.0)
    assert prices["https://shop.example/p/module"] == pytest.approx(3.5)
    assert prices["https://shop.example/p/seeds"] == pytest.approx(8.0)
    assert prices["https://shop.example/p/declared"] == pytest.approx(0.05)
    assert prices["https://shop.example/p/gpu"] is None


def test_a_declared_unit_the_database_refuses_is_a_rejection(db, data_dir):
    run = PipelineRun().feed(
        Offer(url="https://shop.example/p/bad", retailer_sku="BAD", title="Seeds", price="$10.00",
              pack_size="five", unit="seed", availability="InStock", scraped_at=NOW),
        Offer(url="https://shop.example/p/ok", retailer_sku="OK", title="Skunk - 5 Seeds", price="$10.00",
              availability="InStock", scraped_at=NOW),
    )
    run.close()
    assert [r["retailer_sku"] for r in db.execute("SELECT retailer_sku FROM offers")] == ["OK"]
    (rejection,) = db.execute("SELECT field, reason, raw_value FROM rejections").fetchall()
    assert rejection["field"] == "pack_size" or "pack_size" in (rejection["raw_value"] or "")


def test_a_row_spooled_before_the_unit_columns_is_still_written(db):
    """A spool file written by the previous version holds offer rows without the three unit
    columns (OFFER_COLUMNS grew at the end): replayed, they are written with the units empty."""
    from crawler.store.writes import OFFER_COLUMNS, write_offers

    db.execute("INSERT INTO retailers (id, name) VALUES ('old', 'Old Shop')")
    run_id = db.execute("INSERT INTO crawl_runs (retailer_id) VALUES ('old') RETURNING id").fetchone()["id"]
    values = {"retailer_id": "old", "offer_key": "A", "url": "https://old.example/a", "retailer_sku": "A",
              "title": "Skunk - 5 Seeds", "price": Decimal("10"), "currency": "USD", "availability": "InStock",
              "seen_at": NOW}
    old_row = tuple(values.get(c) for c in OFFER_COLUMNS[:OFFER_COLUMNS.index("seen_at") + 1])
    new_row = tuple({**values, "offer_key": "B", "pack_size": 5, "unit": "seed", "unit_quantity": Decimal(1)}.get(c)
                    for c in OFFER_COLUMNS)
    assert write_offers(db, [old_row, new_row], run_id)["written"] == 2
    stored = {r["offer_key"]: (r["pack_size"], r["unit"]) for r in db.execute("SELECT * FROM offers")}
    assert stored == {"A": (None, None), "B": (5, "seed")}


def test_wifi_standards_are_not_grams():
    """Walmart-Amazon: "... all 802.11g SMA and TNC connectors" was read as 802.11 g."""
    assert parse_units("Alfa 2.4GHz 7dBi Booster Antenna for Proxim Harmony 802.11 AP and all 802.11g SMA "
                       "connectors") is None
    assert parse_units("Linksys WRT54GL Wireless-G Broadband Router 802.11 g") is None
    assert parse_units("Haribo Goldbears 200 g") == Units(1, "g", Decimal(200))
