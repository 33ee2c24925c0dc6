"""Families (crawler/families.py, publish/families.py): one item in all its packs or sizes.

Keys on real shop titles (seed banks in several languages, drives, memory kits), the grouping
over matched products, and a snapshot where a 2x8 GB kit and a 1x16 GB module of one memory
line, and 1 TB and 2 TB drives of one line, are compared per GB.
"""

from __future__ import annotations

import sqlite3

import pytest

from crawler.families import Member, assign_families, family_key, family_name, family_slug, seed_type
from crawler.items import Offer
from crawler.units import parse_units, strip_units
from publish.export import publish
from tests.pipeline_harness import PipelineRun


def key(title, brand, category=None, **kw):
    units = parse_units(title, category=category)
    return family_key(title, brand, category, units.unit if units else None, **kw)


# -- seeds --------------------------------------------------------------------------------------

SAME_STRAIN = [  # one strain of one breeder, feminised, as seed banks write it
    ("Amnesia Haze Feminised Seeds - Pack of 5", "Royal Queen Seeds", "Feminised Seeds"),
    ("Amnesia Haze Feminizada - 10 semillas", "Royal Queen Seeds", "Feminised Seeds"),
    ("Royal Queen Seeds Amnesia Haze feminisiert 5er Pack", "Royal Queen Seeds", None),
    ("Amnesia Haze féminisée - 3 graines", "Royal Queen Seeds", None),
    ("Amnesia Haze Feminizada - x3", "Royal Queen Seeds", "Semillas Feminizadas"),
    ("Amnesia Haze Feminised - 1 seed", "Royal Queen Seeds", "Seeds"),
]


def test_one_strain_in_every_pack_and_language_is_one_family():
    keys = {key(title, brand, category) for title, brand, category in SAME_STRAIN}
    assert keys == {"seed|royal-queen-seeds|amnesia haze|feminised"}


def test_type_breeder_and_strain_each_make_another_family():
    base = key("Northern Light Feminised Seeds - Pack of 3", "Royal Queen Seeds", "Feminised Seeds")
    auto = key("Northern Light Automatic Seeds - Pack of 3", "Royal Queen Seeds", "Autoflowering Seeds")
    auto_es = key("Northern Light Automatic - 10 semillas", "Royal Queen Seeds", "Autoflowering Seeds")
    other_breeder = key("Northern Lights Regular Seeds - Pack of 10", "Sensi Seeds", "Regular Seeds")
    other_strain = key("Northern Light Blue Feminised Seeds - Pack of 3", "Royal Queen Seeds", "Feminised Seeds")
    assert auto == auto_es == "seed|royal-queen-seeds|northern light|autoflowering"
    assert len({base, auto, other_breeder, other_strain}) == 4


def test_a_number_in_the_strain_name_is_not_the_pack():
    assert key("Blue Gelato 41 Feminised Seeds - Pack of 3", "Barney's Farm", "Feminised Seeds") == \
        key("Blue Gelato 41 Feminizada - 5 semillas", "Barney's Farm", "Feminised Seeds") == \
        "seed|barney-s-farm|blue gelato 41|feminised"
    assert key("LSD-25 Auto Seeds - 10 seeds", "Barney's Farm", "Autoflowering Seeds") == \
        "seed|barney-s-farm|lsd 25|autoflowering"
    assert strip_units("Blue Gelato 41 Feminised Seeds") == "Blue Gelato 41 Feminised Seeds"
    assert strip_units("Amnesia Haze - 10", seed_context=True) == "Amnesia Haze"


def test_seed_type_comes_from_the_shop_then_the_category_then_the_title():
    assert seed_type("Feminizada", "Regular Seeds", "X Regular") == "feminised"
    assert seed_type(None, "Autoflowering Seeds", "X Feminised Seeds") == "autoflowering"
    assert seed_type(None, "Seeds", "Gelato Auto feminisiert") == "autoflowering"
    assert seed_type(None, "CBD Seeds", "Dinamed CBD") == "cbd"
    assert seed_type(None, None, "Skunk #1 Regulares 10 semillas") == "regular"
    assert seed_type(None, "SSDs", "Samsung 990 PRO") is None


def test_no_family_without_a_unit_or_an_owner():
    assert key("Amnesia Haze Feminised Seeds - Pack of 5", None, "Feminised Seeds") is None
    assert family_key("Logitech MX Master 3S", "Logitech", "Mice", None) is None


# -- tech ---------------------------------------------------------------------------------------

def test_capacities_of_one_line_are_one_family_and_other_lines_are_not():
    one = key("Samsung 990 PRO 1TB PCIe 4.0 NVMe M.2 SSD (MZ-V9P1T0BW)", "Samsung", "SSDs")
    two = key("Samsung 990 PRO 2TB PCIe 4.0 NVMe M.2 SSD (MZ-V9P2T0BW)", "Samsung", "SSDs")
    four = key("Samsung 990 PRO NVMe M.2 SSD PCIe 4.0 4TB", "Samsung", "SSDs")
    evo = key("Samsung 990 EVO 2TB PCIe 4.0 NVMe M.2 SSD", "Samsung", "SSDs")
    assert one == two == four == "GB|samsung|0 2 4 990 m nvme pcie pro ssd"
    assert evo != one


def test_a_memory_kit_and_a_module_of_one_line_are_one_family():
    kit = key("Corsair Vengeance LPX 16GB (2x8GB) DDR4 3200MHz C16 Kit CMK16GX4M2E3200C16", "Corsair", "Memory")
    module = key("Corsair Vengeance LPX 16GB (1x16GB) DDR4 3200MHz C16 CMK16GX4M1E3200C16", "Corsair", "Memory")
    big = key("Corsair Vengeance LPX 32GB (2x16GB) DDR4 3200MHz C16", "Corsair", "Memory")
    ddr5 = key("Corsair Vengeance 32GB (2x16GB) DDR5 6000MHz C30", "Corsair", "Memory")
    assert kit == module == big
    assert ddr5 != kit


def test_multipacks_of_one_item_are_one_family():
    assert key("Duracell Plus AA Alkaline Batteries 4-pack", "Duracell", None) == \
        key("Duracell Plus AA Alkaline Batteries, Pack of 12", "Duracell", None)


def test_slugs_are_readable():
    assert family_slug("seed|royal-queen-seeds|amnesia haze|feminised") == "royal-queen-seeds-amnesia-haze-feminised"
    assert family_slug("GB|corsair|3200mhz ddr4 vengeance") == "corsair-3200mhz-ddr4-vengeance-gb"


def test_products_join_families_through_shared_keys():
    found = assign_families([
        Member(1, 10, "seed|a|x|feminised"), Member(2, 10, "seed|a|x feminised edition|feminised"),  # one product
        Member(3, 11, "seed|a|x|feminised"),               # another pack: same key
        Member(4, 12, "seed|a|x feminised edition|feminised"),  # joined through product 10
        Member(5, 12, None),                               # an offer of product 12 without a key
        Member(6, 13, "seed|a|y|feminised"), Member(7, None, None),
        Member(8, 14, "seed|a|x|feminised")])             # the most common key names the family
    assert found[1] == found[2] == found[3] == found[4] == found[5] == "a-x-feminised"
    assert found[8] == found[1] and found[6] == "a-y-feminised" and 7 not in found


# -- the snapshot -------------------------------------------------------------------------------

def test_a_kit_and_a_module_of_the_same_size_compare_per_gb_in_the_snapshot(db, data_dir):
    def offer(sku, title, price):
        return Offer(url=f"https://shop.example/p/{sku}", retailer_sku=sku, title=title, brand="Corsair",
                     category="Memory", price=price, currency="USD", availability="InStock")

    PipelineRun().feed(
        offer("kit", "Corsair Vengeance LPX 16GB (2x8GB) DDR4 3200MHz C16 Kit", "$41.99"),
        offer("module", "Corsair Vengeance LPX 16GB (1x16GB) DDR4 3200MHz C16", "$38.99"),
        offer("big", "Corsair Vengeance LPX 32GB (2x16GB) DDR4 3200MHz C16", "$69.99"),
        offer("other", "Corsair Vengeance 32GB (2x16GB) DDR5 6000MHz C30", "$99.99"),
    ).close()
    for sku in ("kit", "module", "big", "other"):  # each its own product (the matcher's capacity veto)
        db.execute("WITH p AS (INSERT INTO products (title, brand) SELECT title, brand FROM offers"
                   " WHERE retailer_sku = %s RETURNING id) UPDATE offers SET product_id = (SELECT id FROM p)"
                   " WHERE retailer_sku = %s", (sku, sku))
    result = publish(quiet=True)
    con = sqlite3.connect(result.path)
    con.row_factory = sqlite3.Row
    offers = {r["title"][:30]: dict(r) for r in con.execute(
        "SELECT title, family_id, pack_size, unit, unit_quantity, unit_price_usd FROM offers")}
    kit = offers["Corsair Vengeance LPX 16GB (2x"]
    module = offers["Corsair Vengeance LPX 16GB (1x"]
    big = offers["Corsair Vengeance LPX 32GB (2x"]
    assert kit["family_id"] == module["family_id"] == big["family_id"] is not None
    assert offers["Corsair Vengeance 32GB (2x16GB"]["family_id"] not in (None, kit["family_id"])
    assert (kit["pack_size"], kit["unit_quantity"], module["pack_size"], module["unit_quantity"]) == (2, 8, 1, 16)
    assert kit["unit_price_usd"] == pytest.approx(41.99 / 16, abs=1e-4)
    assert module["unit_price_usd"] == pytest.approx(38.99 / 16, abs=1e-4)
    family = dict(con.execute("SELECT * FROM families WHERE id = ?", [kit["family_id"]]).fetchone())
    assert family["unit"] == "GB" and family["packs"] == "16, 32" and family["product_count"] == 3
    assert family["best_unit_price_usd"] == pytest.approx(69.99 / 32, abs=1e-4)  # the 32 GB kit is cheapest per GB
    assert family["brand"] == "Corsair" and family["seed_type"] is None
    product = con.execute("SELECT p.family_id, p.seed_type FROM products p JOIN offers o ON o.product_id = p.id"
                          " WHERE o.title LIKE '%1x16GB%'").fetchone()
    assert tuple(product) == (kit["family_id"], None)


# -- what the platforms read -------------------------------------------------------------------

def test_woocommerce_reads_breeder_type_thc_and_cbd_from_attributes_or_tags():
    from crawler.platforms.woocommerce import product_fields

    product = {"id": 7, "name": "Gelato Auto", "prices": {"price": "4500", "currency_code": "EUR"},
               "brands": [{"name": "Seedshop Own"}],
               "attributes": [{"name": "Breeder", "terms": [{"name": "Barney's Farm"}]},
                              {"name": "Tipo de semilla", "terms": [{"name": "Autofloreciente"}]},
                              {"name": "THC", "terms": [{"name": "20-25%"}]}],
               "tags": [{"name": "CBD: <1%"}, {"name": "Indoor"}]}
    fields = product_fields(product)
    assert (fields["brand"], fields["breeder"], fields["seed_type"], fields["thc"], fields["cbd"]) == \
        ("Seedshop Own", "Barney's Farm", "Autofloreciente", "20-25%", "<1%")
    tech = product_fields({"id": 8, "name": "SSD", "attributes": [{"name": "Type", "terms": [{"name": "Regular"}]}]})
    assert (tech["breeder"], tech["seed_type"], tech["thc"], tech["cbd"]) == (None, None, None, None)


def test_shopify_reads_thc_cbd_and_breeder_tags_and_never_takes_them_for_a_category():
    from crawler.platforms.shopify import variant_offers

    product = {"title": "Gorilla Zkittlez Feminised Seeds", "handle": "gz", "vendor": "Barney's Farm",
               "tags": "THC 25%, CBD: <1%, Breeder: Barney's Farm, Feminised Seeds",
               "variants": [{"id": 1, "title": "Pack of 3", "price": "29.99", "available": True}]}
    (fields, _), = variant_offers(product, "https://shop.example")
    assert (fields["thc"], fields["cbd"], fields["breeder"], fields["category"]) == \
        ("25%", "<1%", "Barney's Farm", "Feminised Seeds")


def test_family_names_read_brand_first_without_sizes_part_numbers_or_spare_spaces():
    assert family_name("990 PRO 2TB NVMe M.2 SSD Samsung", "Samsung") == "Samsung 990 PRO NVMe M.2 SSD"
    assert family_name("Samsung 990 PRO 1TB NVMe M.2 SSD (MZ-V9P1T0BW)", "Samsung") == "Samsung 990 PRO NVMe M.2 SSD"
    assert family_name("Kingston KC3000 SKC3000D/2048G 2048GB PCIe 4.0 NVMe M.2 SSD", "Kingston") == \
        "Kingston KC3000 PCIe 4.0 NVMe M.2 SSD"
    assert family_name('WD Blue WD20EZBX 2TB 3.5" HDD', "WD") == 'WD Blue 3.5" HDD'
    assert family_name("WD Black SN850X 1TB", "WD") == "WD Black SN850X"  # a line name stays
    assert family_name("Amnesia Haze Feminised - 5 seeds", "Royal Queen Seeds", seeds=True) == "Amnesia Haze Feminised"


def test_family_ids_have_no_part_numbers():
    kingston = family_slug(family_key("Kingston KC3000 SKC3000D/2048G 2048GB PCIe 4.0 NVMe M.2 SSD", "Kingston",
                                      "SSD", "GB"))
    assert "skc3000d" not in kingston and "2048" not in kingston and "kc3000" in kingston
    wd = family_slug(family_key('WD Blue WD20EZBX 2TB 3.5" HDD', "WD", "Hard Drives", "GB"))
    assert "wd20ezbx" not in wd and "blue" in wd
    assert family_key("WD Blue WD20EZBX 2TB", "WD", "Hard Drives", "GB") == \
        family_key("WD Blue WD40EZAX 4TB", "WD", "Hard Drives", "GB")
    assert "sn850x" in family_slug(family_key("WD Black SN850X 1TB", "WD", "SSD", "GB"))


def test_sizes_and_prices_per_unit_read_as_people_say_them():
    from publish.humanize import sizes, unit_usd

    assert sizes("1000, 2000, 4000", "GB") == "1 TB, 2 TB, 4 TB"
    assert sizes("500, 1000", "GB") == "500 GB, 1 TB"
    assert sizes("8, 16", "GB") == "8, 16 GB"
    assert sizes("1, 3, 5, 10", "seed") == "1, 3, 5, 10 seeds"
    assert sizes("1", "seed") == "1 seed"
    assert unit_usd(6.70833) == "$6.71" and unit_usd(0.0678) == "$0.068" and unit_usd(1234.5) == "$1,234.50"
