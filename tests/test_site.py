"""The comparison site: a known snapshot, read through Datasette's in-process client.

The snapshot is seeded the way production fills PostgreSQL: crawl runs through the real
pipelines (``PipelineRun``), each run at its own moment (``scraped_at``), so the price
history is what the store pipeline writes; products, matches, a failed retailer and alerts
are added with SQL, as the matcher and the health checks would. Every canned query is then
checked row by row.

The story (T = now): product P1 (an SSD) at Alpha (USD) went 200 → 220 → 200 → 180 and at
Beta (LBP) 200 → 210 → 200 in dollars; P2 (a mouse) at Alpha 99 → 89 and at Beta 100, last
seen 10 days ago; P3 (a charger) only at Alpha, 30 → 25 (45 days ago) → 28.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

from crawler.items import Offer, Store
from publish.export import INDEXES, publish
from publish.site import METADATA, SETTINGS, datasette_instance, map_config, site_database
from tests.pipeline_harness import HarnessSpider, PipelineRun

NOW = datetime.now(timezone.utc).replace(microsecond=0)  # the seed's "now": seed_site sets it when it seeds
P1_GTIN = "8806094215038"


class AlphaSpider(HarnessSpider):
    name = "alpha"
    retailer_name = "Alpha Shop"
    base_url = "https://alpha.example"
    default_currency = "USD"


class BetaSpider(HarnessSpider):
    name = "beta"
    retailer_name = "Beta Store"
    base_url = "https://beta.example"
    default_currency = "LBP"
    decimal_separator = ","


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def alpha(sku: str, price: str | None, days: float, *, regular: str | None = None,
          availability: str = "InStock") -> Offer:
    titles = {"A1": ("Samsung 990 PRO 2TB NVMe SSD", "Samsung", "MZ-V9P2T0BW", P1_GTIN, "SSD"),
              "A2": ("Logitech MX Master 3S mouse", "Logitech", "910-006559", None, "Mice"),
              "A3": ("Crucial P3 Plus 2TB", "Crucial", "CT2000P3PSSD8", None, "SSD"),
              "A4": ("Anker 735 charger 65W", "Anker", "A2668", None, "Chargers")}
    title, brand, mpn, gtin, category = titles[sku]
    return Offer(url=f"https://alpha.example/p/{sku}", retailer_sku=sku, title=title, brand=brand, mpn=mpn,
                 gtin=gtin, category=category, price=f"${price}" if price else None,
                 regular_price=f"${regular}" if regular else None, availability=availability,
                 scraped_at=ago(days))


def beta(sku: str, price: str, days: float) -> Offer:
    titles = {"B1": ("SSD Samsung 990 Pro 2 TB (MZ-V9P2T0BW)", "Samsung", "MZ-V9P2T0BW", "SSD"),
              "B2": ("Souris Logitech MX Master 3S", "Logitech", "910-006559", "Mice")}
    title, brand, mpn, category = titles[sku]
    return Offer(url=f"https://beta.example/p/{sku}", retailer_sku=sku, title=title, brand=brand, mpn=mpn,
                 category=category, price=f"{price} ل.ل", availability="InStock", scraped_at=ago(days))


def seed_site(db) -> dict[str, int]:
    """Fill the (empty) database with the story above; return the product ids by name.  Every ago() is
    relative to the moment this runs (not to this module's import: a suite imported before midnight UTC
    and seeding after it would date the story a day before the snapshot that reads it)."""
    global NOW
    NOW = datetime.now(timezone.utc).replace(microsecond=0)
    crawls = [
        (AlphaSpider, 90, [alpha("A4", "30.00", 90)]),
        (AlphaSpider, 60, [alpha("A1", "200.00", 60)]),
        (BetaSpider, 50, [beta("B1", "17.900.000", 50)]),
        (AlphaSpider, 45, [alpha("A4", "25.00", 45)]),
        (AlphaSpider, 40, [alpha("A1", "220.00", 40)]),
        (AlphaSpider, 20, [alpha("A1", "200.00", 20)]),
        (BetaSpider, 15, [beta("B2", "8.950.000", 15)]),
        (AlphaSpider, 10, [alpha("A2", "99.00", 10)]),
        (BetaSpider, 10, [beta("B1", "17.900.000", 10), beta("B2", "8.950.000", 10)]),
        (AlphaSpider, 5, [alpha("A4", "28.00", 5)]),
        (BetaSpider, 5, [beta("B1", "18.795.000", 5)]),
        (BetaSpider, 3, [beta("B1", "17.900.000", 3)]),
        (AlphaSpider, 2, [alpha("A1", "180.00", 2, regular="260.00")]),
        (AlphaSpider, 1, [alpha("A2", "89.00", 1, regular="99.00")]),
        # the latest crawls: everything still there, nothing changed (B2 is gone from Beta)
        (AlphaSpider, 0.5, [alpha("A1", "180.00", 0.5, regular="260.00"), alpha("A2", "89.00", 0.5, regular="99.00"),
                            alpha("A3", "150.00", 0.5, availability="OutOfStock"), alpha("A4", "28.00", 0.5),
                            Offer(url="https://alpha.example/p/bad", retailer_sku="BAD", title="Broken GTIN",
                                  price="$10", gtin="1234567890123", availability="InStock", scraped_at=ago(0.5)),
                            Store(ref="hamra", name="Alpha Hamra", address="Hamra Street", city="Beirut",
                                  latitude=33.8959, longitude=35.4786),
                            Store(ref="jounieh", name="Alpha Jounieh", address="Main Road", city="Jounieh",
                                  latitude=33.9808, longitude=35.6178)]),
        (BetaSpider, 0.5, [beta("B1", "17.900.000", 0.5),
                           Store(ref="tripoli", name="Beta Tripoli", address="Port Street", city="Tripoli",
                                 latitude=34.4367, longitude=35.8497)]),
    ]
    for spider, _days, items in crawls:
        PipelineRun(spider).feed(*items).close()

    products = {}
    for name, title, brand, mpn, gtin, category in (
            ("P1", "Samsung 990 PRO 2TB", "Samsung", "MZ-V9P2T0BW", P1_GTIN, "SSD"),
            ("P2", "Logitech MX Master 3S", "Logitech", "910-006559", None, "Mice"),
            ("P3", "Anker 735 Charger (GaNPrime 65W)", "Anker", "A2668", None, "Chargers")):
        products[name] = db.execute(
            "INSERT INTO products (title, brand, mpn, gtin, category) VALUES (%s, %s, %s, %s, %s) RETURNING id",
            (title, brand, mpn, gtin, category)).fetchone()["id"]
    for product, keys, method, confidence in (("P1", ["A1", "B1"], "mpn", 0.97), ("P2", ["A2", "B2"], "mpn", 0.97),
                                              ("P3", ["A4"], "single", 1.0)):
        db.execute("UPDATE offers SET product_id = %s, match_method = %s, match_confidence = %s"
                   " WHERE offer_key = ANY(%s)", (products[product], method, confidence, [f"sku:{k}" for k in keys]))
    # a retailer whose crawl failed, and what the health checks said
    db.execute("INSERT INTO retailers (id, name, base_url, default_currency) VALUES"
               " ('gamma', 'Gamma Online', 'https://gamma.example', 'USD')")
    run = db.execute("INSERT INTO crawl_runs (retailer_id, started_at, finished_at, status, finish_reason)"
                     " VALUES ('gamma', %s, %s, 'failed', 'error budget exhausted') RETURNING id",
                     (ago(0.4), ago(0.39))).fetchone()["id"]
    db.execute("INSERT INTO alerts (retailer_id, run_id, kind, message, created_at) VALUES"
               " ('gamma', %s, 'zero_offers', 'gamma: the crawl wrote no offers', %s)", (run, ago(0.39)))
    db.execute("INSERT INTO alerts (retailer_id, run_id, kind, message, created_at) VALUES"
               " ('beta', NULL, 'offer_drop', 'beta: 1 offer, the median is 2', %s)", (ago(1),))
    db.execute("INSERT INTO alerts (retailer_id, run_id, kind, message, created_at) VALUES"
               " ('alpha', NULL, 'offer_drop', 'alpha: an old alert', %s)", (ago(20),))
    return products


@contextmanager
def seeded(database_url, data: Path, map_tiles: str | None = None):
    """PostgreSQL holding only the seed above, and the environment of a site whose data folder
    is ``data`` (the site's other settings at their defaults, or the given ``map_tiles``);
    yields the seeded product ids.  The environment is restored on exit."""
    from tests.conftest import empty_tables

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PRICELENS_DATA_DIR", str(data))
        for name in ("PRICELENS_SNAPSHOT_DIR", "PRICELENS_MAP_TILES", "PRICELENS_SITE_CACHE_MB"):
            patch.delenv(name, raising=False)
        if map_tiles is not None:
            patch.setenv("PRICELENS_MAP_TILES", map_tiles)
        with empty_tables(database_url) as conn:
            products = seed_site(conn)
        yield products


@pytest.fixture(scope="module")
def site(database_url, tmp_path_factory):
    """The seeded snapshot, published once for the module; yields (Datasette, products, result)."""
    data = tmp_path_factory.mktemp("site") / "data"
    with seeded(database_url, data) as products:
        older = publish(today="2000-01-01", quiet=True)  # an earlier snapshot, to list and download
        result = publish(quiet=True)
        ds = datasette_instance(site_database(), snapshots=data / "snapshots")
        yield ds, products, result, older


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def rows(ds, path) -> list[dict]:
    response = get(ds, path + ("&" if "?" in path else "?") + "_shape=array")
    assert response.status_code == 200, response.text[:2000]
    return response.json()


# -- the snapshot -------------------------------------------------------------------------------
def test_price_history_movements(site):
    ds, products, result, _ = site
    history = rows(ds, "/pricelens.json?sql=select+o.retailer_sku_or_title,+h.movement+from+price_history+h+"
                       "join+(select+id,+substr(url,+-2)+as+retailer_sku_or_title+from+offers)+o+on+o.id=h.offer_id+"
                       "order+by+h.offer_id,+h.observed_at")
    by_offer: dict[str, list] = {}
    for row in history:
        by_offer.setdefault(row["retailer_sku_or_title"], []).append(row["movement"])
    assert by_offer["A1"] == ["first", "rise", "rebound", "new_low"]
    assert by_offer["B1"] == ["first", "rise", "rebound"]
    assert by_offer["A2"] == ["first", "new_low"]
    assert by_offer["A4"] == ["first", "new_low", "rise"]


def test_product_summaries(site):
    ds, products, _, _ = site
    p1, p2, p3 = (rows(ds, f"/pricelens/products.json?id={products[n]}")[0] for n in ("P1", "P2", "P3"))
    assert (p1["offer_count"], p1["retailer_count"], p1["in_stock_count"]) == (2, 2, 2)
    assert p1["best_price_usd"] == 180 and p1["best_retailer"] == "Alpha Shop"
    assert p1["best_in_stock_price_usd"] == 180 and p1["highest_price_usd"] == 200
    assert p1["spread_pct"] == pytest.approx(11.1)
    assert p1["all_time_low_usd"] == 180 and p1["previous_low_usd"] == 200
    assert p1["all_time_low_at"] == ago(2).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert p1["low_30d_usd"] == 180
    assert p2["best_price_usd"] == 89 and p2["previous_low_usd"] == 99 and p2["spread_pct"] == pytest.approx(12.4)
    assert p3["all_time_low_usd"] == 25 and p3["best_price_usd"] == 28 and p3["low_30d_usd"] == 25
    offers = {r["url"][-2:]: r for r in rows(ds, "/pricelens/offers.json?_size=max")}
    assert offers["B1"]["price"] == 17900000 and offers["B1"]["price_usd"] == 200
    assert offers["A1"]["high_30d"] == 220 and offers["A1"]["low_30d"] == 180
    assert offers["A1"]["discount_pct"] == pytest.approx(30.8)


def test_snapshot_schema_has_an_index_for_every_facet_and_sort(site):
    _, _, result, _ = site
    metadata = yaml.safe_load(METADATA.read_text())["databases"]["pricelens"]["tables"]
    con = sqlite3.connect(result.path)
    leading = {(table, columns[0]) for table, indexes in INDEXES.items() for columns in indexes}
    for table, config in metadata.items():
        primary = {r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[5]}
        wanted = set(config.get("facets", [])) | set(config.get("sortable_columns", []))
        wanted |= {config[k] for k in ("sort", "sort_desc") if k in config}
        for column in wanted - primary:
            assert (table, column) in leading, f"{table}.{column} is a facet or sort without an index"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    fks = {(r[2], r[3]) for r in con.execute("PRAGMA foreign_key_list(offers)")}
    assert {("products", "product_id"), ("retailers", "retailer_id")} <= fks


def test_every_column_is_described(site):
    """metadata.yaml describes every column of the snapshot's main tables (units included)."""
    _, _, result, _ = site
    metadata = yaml.safe_load(METADATA.read_text())["databases"]["pricelens"]["tables"]
    con = sqlite3.connect(result.path)
    obvious = {"id", "retailer_id", "name", "title", "brand", "mpn", "gtin", "category", "url", "address",
               "city", "phone", "status", "retailer", "base_url", "country", "currency", "message", "run_id",
               "item_type", "reason", "finish_reason", "pages", "source", "per_usd", "offer_id", "product_id"}
    for table in ("products", "offers", "price_history", "retailers", "stores", "crawl_runs",
                  "rejections_summary", "alerts", "fx_rates", "snapshot", "families"):
        described = set(metadata[table].get("columns", {}))
        columns = {r[1] for r in con.execute(f"PRAGMA table_info({table})")}
        missing = columns - described - obvious
        assert not missing, f"{table}: no description for {sorted(missing)}"
        assert metadata[table].get("description"), table


# -- canned queries ----------------------------------------------------------------------------
def test_compare_product_by_id_gtin_or_mpn(site):
    ds, products, _, _ = site
    for key in (products["P1"], P1_GTIN, "MZ-V9P2T0BW"):
        found = rows(ds, f"/pricelens/compare_product.json?product={key}")
        assert [(r["retailer"], r["price_usd"], r["above_best_pct"]) for r in found] == [
            ("Alpha Shop", 180, 0.0), ("Beta Store", 200, 11.1)]
    assert found[1]["price"] == 17900000 and found[1]["currency"] == "LBP"
    assert rows(ds, "/pricelens/compare_product.json?product=nothing") == []


def test_cheapest_in_stock_per_category(site):
    ds, _, _, _ = site
    found = rows(ds, "/pricelens/cheapest_in_stock.json")
    # the Crucial SSD is cheaper (150) but out of stock; the broken-GTIN offer has no category
    # categories are canonical (crawler/categories.toml): Alpha's and Beta's "SSD" are "SSDs"
    assert [(r["category"], r["title"], r["price_usd"]) for r in found] == [
        ("Chargers", "Anker 735 charger 65W", 28), ("Mice", "Logitech MX Master 3S mouse", 89),
        ("SSDs", "Samsung 990 PRO 2TB NVMe SSD", 180)]
    assert [r["category"] for r in rows(ds, "/pricelens/cheapest_in_stock.json?category=Mice")] == ["Mice"]


def test_price_drops_only_drops_and_new_lows_told_from_rebounds(site):
    ds, products, _, _ = site
    found = rows(ds, "/pricelens/price_drops.json?days=7")
    assert [(r["retailer"], r["kind"], r["previous_price"], r["price"], r["change_pct"]) for r in found] == [
        ("Alpha Shop", "new_low", 99, 89, -10.1),          # 1 day ago
        ("Alpha Shop", "new_low", 220 - 20, 180, -10.0),   # 2 days ago: below every earlier price
        ("Beta Store", "rebound", 18795000, 17900000, -4.8)]  # 3 days ago: back to its old level
    assert all(r["kind"] != "rise" for r in found)  # the charger's rise 5 days ago is not a drop
    assert [r["retailer"] for r in rows(ds, "/pricelens/price_drops.json?days=7&kind=rebound")] == ["Beta Store"]
    assert len(rows(ds, "/pricelens/price_drops.json?days=7&min_drop=5")) == 2
    assert len(rows(ds, "/pricelens/price_drops.json?days=2.5")) == 2
    assert len(rows(ds, "/pricelens/price_drops.json?days=1.5")) == 1
    assert len(rows(ds, "/pricelens/price_drops.json?days=30&limit=1")) == 1
    # default: 7 days
    assert len(rows(ds, "/pricelens/price_drops.json")) == 3


def test_new_all_time_lows(site):
    ds, products, _, _ = site
    found = rows(ds, "/pricelens/new_all_time_lows.json")
    assert [(r["product_id"], r["all_time_low_usd"], r["previous_low_usd"], r["set_by"], r["still_at_low"])
            for r in found] == [(products["P2"], 89, 99, "Alpha Shop", 1), (products["P1"], 180, 200, "Alpha Shop", 1)]
    assert [r["product_id"] for r in rows(ds, "/pricelens/new_all_time_lows.json?days=60")] == [
        products["P2"], products["P1"], products["P3"]]


def test_fake_discounts(site):
    ds, _, _, _ = site
    found = rows(ds, "/pricelens/fake_discounts.json")
    # A1 claims 260 -> 180 but was never above 220 in 30 days; A2 (first seen 10 days ago) has
    # too little history to judge its 99 -> 89
    assert [(r["verdict"], r["title"], r["regular_price"], r["high_30d"], r["claimed_discount_pct"],
             r["real_discount_pct"]) for r in found] == [
        ("fake", "Samsung 990 PRO 2TB NVMe SSD", 260, 220, 30.8, 18.2),
        ("not enough history", "Logitech MX Master 3S mouse", 99, 99, 10.1, None)]
    assert [r["title"] for r in rows(ds, "/pricelens/fake_discounts.json?verdict=fake")] == [
        "Samsung 990 PRO 2TB NVMe SSD"]
    assert rows(ds, "/pricelens/fake_discounts.json?min_discount=40") == []


def test_stale_offers(site):
    ds, _, _, _ = site
    found = rows(ds, "/pricelens/stale_offers.json?days=7")
    assert [(r["retailer"], r["title"], r["days_unverified"]) for r in found] == [
        ("Beta Store", "Souris Logitech MX Master 3S", 10.0)]
    assert rows(ds, "/pricelens/stale_offers.json?days=11") == []


def test_crawl_health(site):
    ds, _, _, _ = site
    found = {r["retailer_id"]: r for r in rows(ds, "/pricelens/crawl_health.json")}
    assert [r["retailer_id"] for r in rows(ds, "/pricelens/crawl_health.json")] == ["gamma", "beta", "alpha"]
    assert found["gamma"]["health"] == "failing" and found["gamma"]["last_alert"] == "gamma: the crawl wrote no offers"
    assert found["beta"]["health"] == "warning" and found["beta"]["alerts"] == 1
    assert found["alpha"]["health"] == "ok" and found["alpha"]["alerts"] == 0  # its alert is 20 days old
    assert found["alpha"]["runs"] >= 1 and found["alpha"]["last_crawl_status"] == "finished"
    assert len(rows(ds, "/pricelens/alerts.json")) == 3


# -- JSON API shapes ---------------------------------------------------------------------------
def test_json_api_shapes(site):
    ds, products, _, _ = site
    default = get(ds, "/pricelens/price_drops.json?days=7").json()
    assert default["ok"] is True and default["columns"][:3] == ["observed_at", "kind", "retailer_id"]
    assert len(default["rows"]) == 3 and isinstance(default["rows"][0], list)
    objects = get(ds, "/pricelens/compare_product.json?product=MZ-V9P2T0BW&_shape=objects").json()
    assert objects["rows"][0]["retailer"] == "Alpha Shop"
    table = get(ds, "/pricelens/offers.json?_shape=objects&_facet=currency").json()
    assert {f["value"] for f in table["facet_results"]["currency"]["results"]} == {"USD", "LBP"}
    assert table["filtered_table_rows_count"] == 7
    keyed = get(ds, "/pricelens/products.json?_shape=object").json()
    assert keyed[str(products["P1"])]["title"] == "Samsung 990 PRO 2TB"
    snapshots = get(ds, "/-/snapshots.json").json()["snapshots"]
    assert set(snapshots[0]) >= {"name", "date", "size", "sha256", "latest", "url"}


def test_default_facets_and_sorts(site):
    ds, _, _, _ = site
    offers = get(ds, "/pricelens/offers.json").json()
    assert set(offers["facet_results"]) == {"retailer_id", "availability", "category", "brand", "currency"}
    retailers = {f["label"] for f in offers["facet_results"]["retailer_id"]["results"]}
    assert retailers == {"Alpha Shop", "Beta Store"}
    prices = [r["price_usd"] for r in rows(ds, "/pricelens/offers.json?_size=max") if r["price_usd"] is not None]
    assert prices == sorted(prices)  # default sort: cheapest first
    products = get(ds, "/pricelens/products.json").json()
    assert set(products["facet_results"]) == {"category", "brand", "seed_type", "breeder"}
    titles = [r["title"] for r in rows(ds, "/pricelens/products.json")]
    assert titles == sorted(titles)  # default sort: by name
    refused = get(ds, "/pricelens/offers.json?_sort=title")  # only indexed sorts: a 400, not Datasette's 500
    assert refused.status_code == 400 and refused.json()["error"] == "Cannot sort table by title"
    assert get(ds, "/pricelens/offers?_sort_desc=title").status_code == 400


def test_every_sort_the_pages_offer_answers(site):
    """Each sort link of a table's column headings is a 200 (sorting products by
    best_in_stock_price_usd was a 500)."""
    ds, _, _, _ = site
    for table in ("products", "offers", "price_history", "retailers", "stores", "crawl_runs", "alerts"):
        html = get(ds, f"/pricelens/{table}").text
        links = set(re.findall(r'href="([^"]*[?&]_sort(?:_desc)?=[^"]+)"', html))
        for link in links:
            assert get(ds, link.replace("&amp;", "&")).status_code == 200, link
    cheapest = rows(ds, "/pricelens/products.json?_sort=best_in_stock_price_usd&best_in_stock_price_usd__notblank=1")
    prices = [r["best_in_stock_price_usd"] for r in cheapest]
    assert prices and prices == sorted(prices)


def test_full_text_search(site):
    ds, products, _, _ = site
    assert [r["id"] for r in rows(ds, "/pricelens/products.json?_search=samsung")] == [products["P1"]]
    assert [r["id"] for r in rows(ds, f"/pricelens/products.json?_search={P1_GTIN}")] == [products["P1"]]
    found = rows(ds, "/pricelens/offers.json?_search=mx+master")
    assert sorted(r["url"][-2:] for r in found) == ["A2", "B2"]


# -- pages --------------------------------------------------------------------------------------
def test_data_page(site):
    """The data portal (tables, queries, downloads) is one click from the shop, at /-/data."""
    ds, _, result, older = site
    assert 'href="/-/data"' in get(ds, "/").text
    home = get(ds, "/-/data")
    assert home.status_code == 200
    assert 'name="_search"' in home.text and 'action="/pricelens/products"' in home.text
    for query in ("compare_product", "cheapest_in_stock", "price_drops", "new_all_time_lows", "fake_discounts",
                  "stale_offers", "crawl_health"):
        assert f'href="/pricelens/{query}"' in home.text
    assert "gamma: the crawl wrote no offers" in home.text  # the latest alerts
    assert result.path.name in home.text and older.path.name in home.text
    assert home.headers["cache-control"] == f"max-age={SETTINGS['default_cache_ttl']}"


def test_product_page_lists_offers_by_price_with_an_svg_chart(site):
    ds, products, _, _ = site
    page = get(ds, f"/-/product/{products['P1']}")
    assert page.status_code == 200
    html = page.text
    assert html.index("Alpha Shop") < html.index("Beta Store")  # cheapest first
    assert "LBP\u00a017,900,000" in html and "$200.00" in html
    svg = re.search(r"<svg class=\"price-chart pl-wide\".*?</svg>", html, re.S).group(0)
    assert svg.count('<g class="series"') == 2
    assert 'data-label="Alpha Shop"' in svg and 'data-label="Beta Store"' in svg
    assert svg.count("<circle") == 7  # one dot per recorded price
    assert "<script" not in svg
    # each match confidence links to what it means (the matcher's reliability table)
    assert re.search(r'<a class="pl-note" href="/-/matching"[^>]*>\d+ %</a>', html)
    assert get(ds, "/-/product/999999").status_code == 404


def test_product_page_shows_the_price_per_unit(site):
    """Both offers of the 2 TB SSD are priced per GB (crawler/units.py): the page shows it and
    puts the cheapest per GB first ($180 / 2,000 GB = $0.090: three decimals below a dollar)."""
    ds, products, _, _ = site
    html = get(ds, f"/-/product/{products['P1']}").text
    assert "Per unit (USD)" in html and "cheapest per GB first" in html
    assert "$0.090 <span class=\"pl-note\">per GB</span>" in html
    assert html.index("Alpha Shop") < html.index("Beta Store")
    table = get(ds, "/pricelens/offers.json?_sort=unit_price_usd&_shape=array")
    assert table.status_code == 200


def test_product_titles_link_to_their_page(site):
    ds, products, _, _ = site
    table = get(ds, "/pricelens/products").text
    assert f'href="/-/product/{products["P1"]}"' in table
    row = get(ds, f"/pricelens/products/{products['P1']}").text
    assert f'href="/-/product/{products["P1"]}"' in row


def test_snapshot_list_and_downloads(site):
    ds, _, result, older = site
    page = get(ds, "/-/snapshots")
    assert page.status_code == 200
    for snapshot in (result, older):
        assert snapshot.path.name in page.text and snapshot.sha256 in page.text
        assert f"{snapshot.path.stat().st_size / 1e6:,.1f} MB" in page.text
    listed = get(ds, "/-/snapshots.json").json()["snapshots"]
    assert [s["name"] for s in listed] == [result.path.name, older.path.name]
    assert listed[0]["latest"] is True and listed[1]["latest"] is False
    assert listed[0]["size"] == result.path.stat().st_size
    download = get(ds, listed[1]["url"])
    assert download.status_code == 200 and download.content == older.path.read_bytes()
    assert hashlib.sha256(download.content).hexdigest() == older.sha256
    assert get(ds, listed[1]["sha256_url"]).text == f"{older.sha256}  {older.path.name}\n"
    assert get(ds, "/-/snapshots/pricelens-1999-01-01.db").status_code == 404
    assert get(ds, "/-/snapshots/..%2Flatest.db").status_code != 200
    assert get(ds, "/-/snapshots/latest.db").status_code == 404


def test_the_db_download_is_the_snapshot(site):
    ds, _, result, _ = site
    download = get(ds, "/pricelens.db")
    assert download.status_code == 200
    assert download.content == result.path.read_bytes()
    # one framing: the file's length, not also chunked (RFC 9112, 6.1)
    assert download.headers["content-length"] == str(result.path.stat().st_size)
    assert "transfer-encoding" not in download.headers


def test_about_page_and_canned_query_titles(site):
    ds, _, _, _ = site
    about = get(ds, "/-/about")
    assert about.status_code == 200 and "rebound" in about.text and "PRICELENS_MAP_TILES" in about.text
    query = get(ds, "/pricelens/price_drops")
    assert "<title>Price drops in the last N days — pricelens</title>" in query.text


def test_nothing_is_loaded_from_another_host(site):
    ds, products, _, _ = site
    for path in ("/", f"/-/product/{products['P1']}", "/pricelens/stores", "/pricelens/offers", "/-/snapshots",
                 "/-/about", "/pricelens/price_drops", "/pricelens"):
        html = get(ds, path).text
        for tag in re.findall(r"<(?:script|link|img|iframe|source|style|video|audio|object|embed)\b[^>]*>", html):
            if 'rel="alternate"' in tag:  # a pointer to this page's JSON, never fetched
                continue
            for url in re.findall(r"(?:src|href)=[\"']?((?:https?:)?//[^\"' >]+)", tag):
                assert url.split("/")[2] == "localhost", f"{path}: {tag}"
        assert "@import" not in html and "fonts.googleapis" not in html


def test_map_tiles_are_configurable(monkeypatch):
    monkeypatch.delenv("PRICELENS_MAP_TILES", raising=False)
    assert "openstreetmap.org" in map_config()["tile_layer"]
    monkeypatch.setenv("PRICELENS_MAP_TILES", "https://tiles.example/{z}/{x}/{y}.png")
    monkeypatch.setenv("PRICELENS_MAP_ATTRIBUTION", "© Example")
    assert map_config() == {"tile_layer": "https://tiles.example/{z}/{x}/{y}.png",
                            "tile_layer_options": {"maxZoom": 19, "attribution": "© Example"}}
    monkeypatch.setenv("PRICELENS_MAP_TILES", "off")
    assert map_config()["tile_layer"].startswith("/static/")


def test_stores_map_popups(site):
    ds, _, _, _ = site
    page = get(ds, "/pricelens/stores")
    assert "datasette-cluster-map" in page.text and "DATASETTE_CLUSTER_MAP_TILE_LAYER" in page.text
    stores = rows(ds, "/pricelens/stores.json?_sort=id")
    import json

    popup = json.loads(stores[0]["popup"])
    assert popup == {"title": "Alpha Hamra", "description": "Hamra Street, Beirut · Alpha Shop",
                     "link": f"/pricelens/stores/{stores[0]['id']}"}


def test_public_read_only_settings(site):
    ds, _, _, _ = site
    settings = get(ds, "/-/settings.json").json()
    assert settings["sql_time_limit_ms"] == 1000 and settings["max_returned_rows"] == 1000
    assert settings["allow_download"] is True and settings["suggest_facets"] is False
    assert settings["default_cache_ttl"] == 600
    table = get(ds, "/pricelens/offers.json")
    assert table.headers["cache-control"] == "max-age=600"
    for sql in ("delete from offers", "update products set title = 'x'"):
        assert get(ds, "/pricelens.json?sql=" + sql.replace(" ", "+")).status_code == 400


def test_repeated_pages_come_from_the_response_cache(site):
    ds, products, _, _ = site
    path = f"/-/product/{products['P2']}"
    first, second = get(ds, path), get(ds, path)
    assert second.headers.get("x-pricelens-cache") == "hit"
    assert first.text == second.text
    assert "x-pricelens-cache" not in asyncio.run(ds.client.get(path, headers={"cookie": "a=1"})).headers


def test_concurrent_requests_for_one_page_compute_it_once():
    """A burst of requests for a page being computed waits for it instead of computing it again."""
    from publish.cache import ResponseCache, cached

    calls = []

    async def slow_app(scope, receive, send):
        calls.append(scope["query_string"])
        await asyncio.sleep(0.05)
        status = 500 if scope["query_string"] == b"fail" else 200
        await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": b"page " + scope["query_string"]})

    app = cached(slow_app, ResponseCache(1024 * 1024))

    async def fetch(query: bytes):
        messages = []

        async def send(message):
            messages.append(message)

        scope = {"type": "http", "method": "GET", "path": "/p", "raw_path": b"/p", "query_string": query,
                 "headers": [(b"host", b"example")]}
        await app(scope, None, send)
        return messages[0]["status"], messages[-1]["body"]

    async def burst():
        return await asyncio.gather(*(fetch(b"a") for _ in range(6)), *(fetch(b"fail") for _ in range(3)))

    results = asyncio.run(burst())
    assert results[:6] == [(200, b"page a")] * 6
    assert results[6:] == [(500, b"page fail")] * 3
    # the cacheable page was computed once; an error page is never replayed, so each request gets its own
    assert calls.count(b"a") == 1 and calls.count(b"fail") == 3


def test_serve_restarts_on_a_newer_snapshot(tmp_path, monkeypatch):
    """`pricelens serve` runs Datasette until it exits, and restarts it on a newly published snapshot."""
    import sys
    import threading

    import publish.site as site
    from publish.export import point_latest

    monkeypatch.setenv("PRICELENS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("PRICELENS_SNAPSHOT_DIR", raising=False)
    snapshots = tmp_path / "data" / "snapshots"
    snapshots.mkdir(parents=True)
    for day in ("2026-01-01", "2026-01-02"):
        sqlite3.connect(snapshots / f"pricelens-{day}.db").execute("create table t (x)").connection.close()
    point_latest(snapshots, snapshots / "pricelens-2026-01-01.db")
    started = []

    def fake_args(database, **kwargs):
        started.append(Path(database).stat().st_ino)
        # the first server runs until it is stopped, the second exits at once
        return [sys.executable, "-c", "import time; time.sleep(60)" if len(started) == 1 else "pass"]

    monkeypatch.setattr(site, "datasette_args", fake_args)
    threading.Timer(0.5, point_latest, (snapshots, snapshots / "pricelens-2026-01-02.db")).start()
    assert site.serve(port=0, watch_seconds=0.2) == 0
    assert len(started) == 2
    assert started[1] == (snapshots / "pricelens-2026-01-02.db").stat().st_ino  # the new file, linked
