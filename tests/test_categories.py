"""One category tree: the taxonomy file, shop labels mapped onto it, unknown labels reported,
and the canned query `cheapest_in_stock` over canonical categories on crawled demo shops."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
from click.testing import CliRunner

from crawler import categories
from crawler.categories import TaxonomyError, load, parse
from crawler.items import Offer
from tests.pipeline_harness import PipelineRun

# The demo catalog's categories (demo/catalog.py) and the canonical category each is:
# written here by hand, not read from the taxonomy, so the test checks the mapping.
DEMO = {"SSD": "SSDs", "HDD": "Hard Drives", "CPU": "Processors", "GPU": "Graphics Cards", "RAM": "Memory",
        "Motherboard": "Motherboards", "Monitor": "Monitors", "Laptop": "Laptops", "PSU": "Power Supplies",
        "Keyboard": "Keyboards", "Mouse": "Mice", "Headset": "Headsets", "Headphones": "Headphones",
        "Router": "Routers"}


@pytest.fixture(scope="module")
def tax():
    return load()


@pytest.mark.parametrize("label, expected", [
    ("GPU", "Graphics Cards"), ("Graphics Cards", "Graphics Cards"), ("graphics card", "Graphics Cards"),
    ("GPUs", "Graphics Cards"), ("SSDs", "SSDs"), ("Solid State Drives", "SSDs"), ("Processors", "Processors"),
    ("Gaming Headsets", "Headsets"), ("Mice", "Mice"), ("Computer Mouse", "Mice"),
    ("Home > Components > SSDs", "SSDs"), ("Home / Storage / Hard Drives", "Hard Drives"),
    ("Keyboards & Mice", "Peripherals"), ("Headsets and Headphones", "Audio"),
    ("Feminized Cannabis Seeds", "Feminised Seeds"), ("Autoflowering", "Autoflowering Seeds"),
    ("Regular Seeds", "Regular Seeds"), ("CBD", "CBD Seeds"), ("Cannabis Seeds", "Seeds"),
    # the head of the label decides: a laptop bag is no laptop, a games console no network switch
    ("Laptop Bags", None), ("Nintendo Switch", None), ("Sound Cards", None), ("", None), (None, None),
    # accessories of something are not that thing, nor "peripherals"; a case is not always a PC case
    ("Camera Accessories", None), ("Projection Screens", None), ("Phone Cases", None),
    ("Computer Accessories", "Peripherals"), ("Inkjet Printer Ink", "Ink & Toner"), ("Printers", "Printers"),
])
def test_labels_map_onto_the_tree(tax, label, expected):
    assert tax.canonical(label) == expected


def test_every_label_of_the_demo_shops_maps_onto_its_category(tax):
    from demo.sites.common import CATEGORY_WORDS
    from demo.sites.megapc import CATEGORY_PAGES

    assert set(DEMO) == set(__import__("demo.catalog", fromlist=["CATEGORIES"]).CATEGORIES)
    for raw, canonical in DEMO.items():
        assert tax.canonical(raw, "techzone") == canonical
        assert tax.canonical(CATEGORY_WORDS[raw], "beirutbytes") == canonical, CATEGORY_WORDS[raw]
        assert tax.canonical(CATEGORY_PAGES[raw][1], "megapc") == canonical, CATEGORY_PAGES[raw][1]
    # Mega PC's "Networking" listing is its routers (declared for that shop only)
    assert tax.canonical("Networking", "megapc") == "Routers"
    assert tax.canonical("Networking", "techzone") == "Networking"


def test_every_label_of_the_demo_seed_banks_maps_onto_its_category(tax):
    """Semilla Verde writes its types in Spanish ("Semillas Feminizadas", "Semillas
    Autoflorecientes"): a shop in another language is still on the tree."""
    from demo.sites.semillaverde import CATEGORY

    expected = {"feminised": "Feminised Seeds", "autoflowering": "Autoflowering Seeds",
                "regular": "Regular Seeds", "cbd": "CBD Seeds"}
    for kind, label in CATEGORY.items():
        assert tax.canonical(label, "semillaverde") == expected[kind], label


@pytest.mark.parametrize("label, expected", [
    ("Graines Féminisées", "Feminised Seeds"), ("Feminisierte Samen", "Feminised Seeds"),
    ("Semi Femminizzati", "Feminised Seeds"), ("Semillas Automáticas", "Autoflowering Seeds"),
    ("Semi Autofiorenti", "Autoflowering Seeds"), ("Graines Régulières", "Regular Seeds"),
    ("Semillas", "Seeds"),
])
def test_seed_labels_in_several_languages(tax, label, expected):
    assert tax.canonical(label) == expected


def test_the_tree_has_a_seeds_branch(tax):
    seeds = tax.by_name["Seeds"]
    assert {c.name for c in seeds.children} == {"Feminised Seeds", "Autoflowering Seeds", "Regular Seeds", "CBD Seeds"}
    assert tax.path_names("SSDs") == ["Computer Components", "Storage", "SSDs"]


@pytest.mark.parametrize("text, message", [
    ('[categories.a]\nname = "A"\n[categories.b]\nname = "A"\n', "categories.b.name: 'A' is already the name"),
    ('[categories.a]\nname = "A"\naliases = ["X"]\n[categories.b]\nname = "B"\naliases = ["x"]\n',
     "categories.b.aliases: 'x' already means category 'a'"),
    ('[categories.a]\naliases = ["X"]\n', "categories.a.name: expected a non-empty string"),
    ('[categories.a]\nname = "A"\n[retailers.shop]\n"Stuff" = "nowhere"\n', "retailers.shop.'Stuff': 'nowhere' is not a category"),
    ('[categories.a]\nname = "A"\ncolour = "red"\n', "categories.a.colour: unknown key"),
    ('[retailers.shop]\n"x" = "a"\n', "[categories] is missing"),
])
def test_a_bad_taxonomy_file_gets_one_clear_line(tmp_path, text, message):
    path = tmp_path / "categories.toml"
    path.write_text(text)
    with pytest.raises(TaxonomyError) as caught:
        load(path)
    assert str(caught.value).startswith(str(path)) and message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_file_that_is_not_toml(tmp_path):
    path = tmp_path / "categories.toml"
    path.write_text("[categories\n")
    with pytest.raises(TaxonomyError, match="not valid TOML"):
        load(path)
    # session 16 attack: each was a traceback (RecursionError, UnicodeDecodeError) from `pricelens categories`
    path.write_text("a = " + "[" * 100000 + "]" * 100000 + "\n")
    with pytest.raises(TaxonomyError, match=r"not valid TOML \(arrays or tables nested too deeply\)"):
        load(path)
    path.write_bytes('[categories]\nx = "M\xfcnchen"\n'.encode("latin-1"))
    with pytest.raises(TaxonomyError, match=r"not valid TOML \(not UTF-8"):
        load(path)


def test_another_kind_of_shop_extends_the_tree():
    tax = parse({"categories": {"garden": {"name": "Garden", "tools": {"name": "Garden Tools",
                                                                       "aliases": ["Gardening Tools"]}}},
                 "retailers": {"greenhouse": {"Outdoor": "garden.tools"}}})
    assert tax.canonical("Gardening Tools") == "Garden Tools"
    assert tax.canonical("Outdoor", "greenhouse") == "Garden Tools" and tax.canonical("Outdoor") is None


def test_normalize_keeps_the_shop_label_and_stores_the_canonical_one(db):
    PipelineRun().feed(
        Offer(url="https://shop.example/p/1", retailer_sku="1", title="Samsung 990 PRO 2TB", price="$150",
              availability="InStock", category="Solid State Drives"),
        Offer(url="https://shop.example/p/2", retailer_sku="2", title="Creative Sound Blaster", price="$90",
              availability="InStock", category="Sound Cards"),
    ).close()
    stored = db.execute("SELECT retailer_sku, category, shop_category FROM offers ORDER BY retailer_sku").fetchall()
    assert [(r["retailer_sku"], r["category"], r["shop_category"]) for r in stored] == [
        ("1", "SSDs", "Solid State Drives"), ("2", None, "Sound Cards")]  # unknown: kept, not dropped
    assert categories.unknown_labels(db) == [("harness", "Sound Cards", 1)]


def test_status_reports_unknown_labels_and_remap_applies_a_new_alias(db, tmp_path, monkeypatch):
    from crawler.ops.cli import categories_command, status

    PipelineRun().feed(Offer(url="https://shop.example/p/2", retailer_sku="2", title="Creative Sound Blaster",
                             price="$90", availability="InStock", category="Sound Cards")).close()
    config = tmp_path / "schedules.toml"
    config.write_text('timezone = "UTC"\n')
    result = CliRunner().invoke(status, ["--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "1 shop label(s) not in the category tree" in result.output
    assert "harness: 'Sound Cards' (1 offer)" in result.output

    extended = tmp_path / "categories.toml"
    extended.write_text(categories.DEFAULT_PATH.read_text()
                        + '\n[categories.components.sound_cards]\nname = "Sound Cards"\n')
    monkeypatch.setenv("PRICELENS_CATEGORIES", str(extended))
    result = CliRunner().invoke(categories_command, ["--remap"])
    assert result.exit_code == 0, result.output
    assert "1 offer(s) remapped" in result.output
    assert "harness\tSound Cards\t1\tComputer Components > Sound Cards" in result.output
    assert db.execute("SELECT category FROM offers").fetchone()["category"] == "Sound Cards"
    result = CliRunner().invoke(status, ["--config", str(config)])
    assert "every shop label maps onto the category tree" in result.output


# -- the demo shops, crawled: facets and cheapest_in_stock over canonical categories -------------
SHOPS = ["techzone", "cedarshop", "beirutbytes", "megapc"]


@pytest.fixture(scope="module")
def demo_snapshot(database_url, tmp_path_factory):
    """The four plain-HTTP demo shops (the whole demo catalog) crawled and published."""
    from concurrent.futures import ThreadPoolExecutor

    from demo.server import DemoServer
    from publish.export import publish
    from tests.conftest import empty_tables
    from tests.test_crawl import scrapy_crawl

    data = tmp_path_factory.mktemp("categories") / "data"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PRICELENS_DATA_DIR", str(data))
        patch.setenv("DATABASE_URL", database_url)
        with empty_tables(database_url):
            # the four crawls at once, as the scheduler runs them (max_parallel): one core each, not one after
            # the other
            with DemoServer(SHOPS, base_port=0) as demo, ThreadPoolExecutor(len(SHOPS)) as pool:
                for process in pool.map(lambda shop: scrapy_crawl(shop, demo.base_urls[shop]), SHOPS):
                    assert process.returncode == 0, process.stderr[-3000:]
            result = publish(quiet=True)
            yield result


def test_demo_offers_carry_canonical_categories(demo_snapshot):
    con = sqlite3.connect(demo_snapshot.path)
    labels = con.execute("SELECT count(DISTINCT shop_category) FROM offers").fetchone()[0]
    found = dict(con.execute("SELECT category, count(DISTINCT retailer_id) FROM offers GROUP BY category"))
    assert None not in found, "an offer of a demo shop has no canonical category"
    assert set(found) <= set(DEMO.values())
    assert labels > len(found)  # the shops' own labels are many, the canonical ones few
    # every category is offered by every shop that carries it under any label
    for category, shops in found.items():
        carrying = con.execute("SELECT count(DISTINCT retailer_id) FROM offers WHERE shop_category IN"
                               " (SELECT shop_category FROM offers WHERE category = ?)", (category,)).fetchone()[0]
        assert shops == carrying
    # SSDs: one filter finds every shop's SSDs (Mega PC calls them "SSDs", the others "SSD")
    assert con.execute("SELECT count(DISTINCT retailer_id) FROM offers WHERE category = 'SSDs'").fetchone()[0] == 4


def test_cheapest_in_stock_matches_plain_sql_over_canonical_categories(demo_snapshot):
    from publish.site import datasette_instance, site_database

    con = sqlite3.connect(demo_snapshot.path)
    expected = con.execute(
        "SELECT category, min(price_usd) FROM offers WHERE in_stock = 1 AND price_usd IS NOT NULL"
        " AND category IS NOT NULL GROUP BY category ORDER BY category").fetchall()
    assert len(expected) == len(DEMO)
    ds = datasette_instance(site_database())
    response = asyncio.run(ds.client.get("/pricelens/cheapest_in_stock.json?_shape=array"))
    assert response.status_code == 200, response.text[:500]
    found = [(r["category"], r["price_usd"]) for r in response.json()]
    assert found == [(c, p) for c, p in expected]
    # and the offer named is in stock, of that category, at that price
    for row in response.json():
        offer = con.execute("SELECT category, in_stock, price_usd FROM offers WHERE id = ?",
                            (row["offer_id"],)).fetchone()
        assert offer == (row["category"], 1, row["price_usd"])
    one = asyncio.run(ds.client.get("/pricelens/offers.json?_shape=array&category=SSDs&_size=max")).json()
    assert {r["retailer_id"] for r in one} == set(SHOPS)


def test_a_broken_category_file_loses_no_offer(db, tmp_path, monkeypatch, caplog):
    from crawler.ops.cli import status

    broken = tmp_path / "categories.toml"
    broken.write_text("[categories.a]\naliases = 3\n")
    monkeypatch.setenv("PRICELENS_CATEGORIES", str(broken))
    run = PipelineRun()
    run.feed(Offer(url="https://shop.example/p/1", retailer_sku="1", title="Samsung 990 PRO 2TB", price="$150",
                   availability="InStock", category="SSD")).close()
    stored = db.execute("SELECT category, shop_category FROM offers").fetchall()
    assert [(r["category"], r["shop_category"]) for r in stored] == [(None, "SSD")]
    assert [r.getMessage() for r in caplog.records if r.levelname == "ERROR"] == [
        f"categories not mapped: {broken}: categories.a.name: expected a non-empty string"]
    config = tmp_path / "schedules.toml"
    config.write_text('timezone = "UTC"\n')
    result = CliRunner().invoke(status, ["--config", str(config)])
    assert result.exit_code == 0 and f"categories: {broken}: categories.a.name" in result.output
