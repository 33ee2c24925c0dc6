"""Publish a snapshot from PostgreSQL and read it through Datasette's in-process client."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from crawler.items import Offer, Store
from publish.export import list_snapshots, publish
from publish.site import datasette_instance, site_database
from tests.pipeline_harness import PipelineRun



def now_utc() -> datetime:
    """The time a test's seed is relative to, taken when the test seeds (never at import: a module
    imported before midnight UTC and run after it would date its seed a day before the snapshot's)."""
    return datetime.now(timezone.utc).replace(microsecond=0)


def seed(db):
    """Two retailers, one product sold by both, one LBP offer, a price change, two stores."""
    now = now_utc()
    PipelineRun().feed(
        Offer(url="https://shop.example/p/a", retailer_sku="A", title="Samsung 990 PRO 2TB", brand="Samsung",
              mpn="MZ-V9P2T0BW", price="$199.99", regular_price="$229.99", availability="InStock",
              scraped_at=now - timedelta(days=3)),
        Store(ref="hamra", name="Hamra branch", address="Hamra St", city="Beirut", latitude=33.8959, longitude=35.4786),
    ).close()
    PipelineRun().feed(
        Offer(url="https://shop.example/p/a", retailer_sku="A", title="Samsung 990 PRO 2TB", brand="Samsung",
              mpn="MZ-V9P2T0BW", price="$189.99", regular_price="$229.99", availability="InStock", scraped_at=now),
    ).close()

    from tests.test_pipelines import LbpSpider

    PipelineRun(LbpSpider).feed(
        Offer(url="https://lbp.example/p/1", retailer_sku="990", title="SSD Samsung 990 Pro 2 TB (MZ-V9P2T0BW)",
              brand="Samsung", price="16.110.000 ل.ل", availability="Out of stock", scraped_at=now),
        Store(ref="jounieh", name="Jounieh", city="Jounieh", latitude=33.98, longitude=35.63),
    ).close()
    product = db.execute("INSERT INTO products (title, brand, mpn, category) VALUES "
                         "('Samsung 990 PRO 2TB', 'Samsung', 'MZ-V9P2T0BW', 'SSD') RETURNING id").fetchone()["id"]
    db.execute("UPDATE offers SET product_id = %s, match_method = 'mpn', match_confidence = 0.99", (product,))
    return product


@pytest.fixture
def snapshot(db, data_dir):
    seed(db)
    return publish(quiet=True)


def test_snapshot_tables_and_summaries(snapshot):
    con = sqlite3.connect(snapshot.path)
    con.row_factory = sqlite3.Row
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert snapshot.rows["offers"] == 2 and snapshot.rows["stores"] == 2 and snapshot.rows["price_history"] == 3
    lbp = con.execute("SELECT * FROM offers WHERE currency = 'LBP'").fetchone()
    assert lbp["price"] == 16110000 and lbp["price_usd"] == pytest.approx(180.0)
    assert lbp["in_stock"] == 0
    usd = con.execute("SELECT * FROM offers WHERE currency = 'USD'").fetchone()
    assert usd["discount_pct"] == pytest.approx(17.4)
    product = con.execute("SELECT * FROM products").fetchone()
    assert product["offer_count"] == 2 and product["retailer_count"] == 2
    assert product["best_price_usd"] == pytest.approx(180.0) and product["best_retailer"] == "Harness Shop"
    assert product["best_in_stock_price_usd"] == pytest.approx(189.99)
    assert product["best_in_stock_offer_id"] == usd["id"]
    # the LBP offer's 180 is out of stock: no low (issue 15)
    assert product["all_time_low_usd"] == pytest.approx(189.99)
    assert product["spread_pct"] == pytest.approx(100 * (189.99 - 180) / 180, abs=0.06)
    fts = con.execute("SELECT title FROM offers_fts WHERE offers_fts MATCH 'pro'").fetchall()
    assert len(fts) == 2
    indexes = {r[1] for r in con.execute("SELECT * FROM sqlite_master WHERE type = 'index'")
               for r in [tuple(r)]}
    assert "idx_offers_retailer_id_price_usd" in indexes


def test_latest_link_checksum_and_pruning(snapshot, data_dir):
    snapshots = data_dir / "snapshots"
    latest = snapshots / "latest.db"
    assert latest.is_symlink() and latest.resolve() == snapshot.path.resolve()
    checksum = (snapshots / (snapshot.path.name + ".sha256")).read_text().split()
    assert checksum == [snapshot.sha256, snapshot.path.name]
    older = [snapshots / f"pricelens-2026-01-0{d}.db" for d in range(1, 5)]
    for path in older:
        path.write_bytes(b"old")
    publish(keep=2, quiet=True)
    assert [p.name for p in list_snapshots(snapshots)] == [snapshot.path.name, "pricelens-2026-01-04.db"]
    assert not list(snapshots.glob(".*tmp*"))


def test_a_failed_publish_leaves_the_previous_snapshot(snapshot, data_dir, monkeypatch):
    import publish.export as export

    def broken(db):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(export, "build_read_structures", broken)
    with pytest.raises(RuntimeError):
        publish(today="2099-01-01", quiet=True)
    latest = data_dir / "snapshots" / "latest.db"
    assert latest.resolve() == snapshot.path.resolve()
    assert sqlite3.connect(latest).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not list((data_dir / "snapshots").glob(".*tmp*"))
    assert not (data_dir / "snapshots" / "pricelens-2099-01-01.db").exists()


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def test_datasette_serves_the_snapshot(snapshot):
    database = site_database()
    ds = datasette_instance(database)
    home = get(ds, "/")
    assert home.status_code == 200 and "pricelens" in home.text
    table = get(ds, "/pricelens/offers")
    assert table.status_code == 200 and "Samsung 990 PRO 2TB" in table.text
    data = get(ds, "/pricelens/offers.json?_shape=array&_sort=price_usd")
    assert data.status_code == 200
    rows = data.json()
    assert [r["currency"] for r in rows] == ["LBP", "USD"]
    query = get(ds, "/pricelens.json?sql=select+count(*)+as+n+from+stores&_shape=array")
    assert query.json() == [{"n": 2}]
    download = get(ds, "/pricelens.db")
    assert download.status_code == 200
    assert download.content == snapshot.path.read_bytes()
    stores = get(ds, "/pricelens/stores")
    assert stores.status_code == 200 and "datasette-cluster-map" in stores.text


def test_datasette_refuses_writes(snapshot):
    ds = datasette_instance(site_database())
    for sql in ("insert into stores (retailer_id, name) values ('x', 'y')", "drop table offers",
                "update offers set price = 1", "attach database ':memory:' as other"):
        response = get(ds, "/pricelens.json?sql=" + sql.replace(" ", "+"))
        assert response.status_code == 400, sql


def test_the_integrity_check_finds_a_damaged_file(snapshot, tmp_path):
    from publish.export import integrity_problems

    assert integrity_problems(snapshot.path) == []
    damaged = tmp_path / "damaged.db"
    data = bytearray(snapshot.path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    con = sqlite3.connect(snapshot.path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'idx_offers_retailer_id_price_usd'").fetchone()[0]
    con.close()
    start = (root - 1) * page_size
    data[start + 8: start + page_size] = b"\xff" * (page_size - 8)  # scribble over an index page
    damaged.write_bytes(bytes(data))
    assert integrity_problems(damaged)


def test_a_snapshot_that_fails_its_integrity_check_is_not_published(snapshot, data_dir, monkeypatch):
    import publish.export as export

    monkeypatch.setattr(export, "integrity_problems", lambda path: ["*** in database main ***"])
    with pytest.raises(RuntimeError, match="integrity check"):
        publish(today="2099-01-02", quiet=True)
    assert (data_dir / "snapshots" / "latest.db").resolve() == snapshot.path.resolve()
    assert not (data_dir / "snapshots" / "pricelens-2099-01-02.db").exists()


def test_alerts_are_exported_when_the_table_exists(db, data_dir):
    seed(db)
    run = db.execute("SELECT id FROM crawl_runs ORDER BY id LIMIT 1").fetchone()["id"]
    db.execute("INSERT INTO alerts (retailer_id, run_id, kind, message) VALUES ('harness', %s, 'offer_drop', 'fewer')",
               (run,))
    result = publish(quiet=True)
    con = sqlite3.connect(result.path)
    assert con.execute("SELECT retailer_id, run_id, kind, message FROM alerts").fetchall() == [
        ("harness", run, "offer_drop", "fewer")]
    assert result.rows["alerts"] == 1


def test_history_rows_get_usd_previous_price_and_movement():
    from publish.streams import HistoryRows

    rates = {"USD": (["2000-01-01"], [1.0]), "EUR": (["2025-01-01", "2025-02-01"], [0.9, 0.8])}
    rows = HistoryRows(rates)
    first = rows([
        (1, "2025-01-05T10:00:00Z", 100.0, None, "USD", "InStock"),
        (1, "2025-01-06T10:00:00Z", 120.0, None, "USD", "InStock"),
        (1, "2025-01-07T10:00:00Z", None, None, "USD", "OutOfStock"),   # no price: skipped over
    ])
    second = rows([  # the same offer goes on in the next batch
        (1, "2025-01-08T10:00:00Z", 110.0, 130.0, "USD", "InStock"),
        (1, "2025-01-09T10:00:00Z", 90.0, None, "USD", "InStock"),
        (1, "2025-01-10T10:00:00Z", 90.0, None, "USD", "OutOfStock"),
        (2, "2024-12-31T23:00:00Z", 9.0, None, "EUR", "InStock"),       # before the first EUR rate
        (2, "2025-02-01T00:00:00Z", 8.0, None, "EUR", "InStock"),       # the February rate
        (2, "2025-02-02T00:00:00Z", 8.0, None, "GBP", "InStock"),       # new currency, no rate
    ])
    assert [(r[2], r[5], r[7], r[8]) for r in first + second] == [
        (100.0, 100.0, None, "first"), (120.0, 120.0, 100.0, "rise"), (None, None, None, None),
        (110.0, 110.0, 120.0, "rebound"), (90.0, 90.0, 110.0, "new_low"), (90.0, 90.0, 90.0, "same"),
        (9.0, 10.0, None, "first"), (8.0, 10.0, 9.0, "new_low"), (8.0, None, None, "first")]
    assert second[0][3] == 130.0 and second[2][6] == "OutOfStock"


def test_lows_count_only_in_stock_prices_and_fake_discounts_need_30_days(db, data_dir):
    """Issue 15: a pre-order or out-of-stock price sets no low; 30/90-day stats; history depth."""
    now = now_utc()
    story = [(40, "100", "InStock", None), (20, "80", "PreOrder", None), (10, "90", "InStock", None),
             (2, "70", "OutOfStock", None), (0, "95", "InStock", "120")]
    for days, price, availability, regular in story:
        PipelineRun().feed(Offer(url="https://shop.example/p/a", retailer_sku="A", title="Samsung 990 PRO 2TB",
                                 price=f"${price}", regular_price=f"${regular}" if regular else None,
                                 availability=availability, category="SSD",
                                 scraped_at=now - timedelta(days=days))).close()
    PipelineRun().feed(Offer(url="https://shop.example/p/b", retailer_sku="B", title="Crucial P3 1TB",
                             price="$100", regular_price="$200", availability="InStock", category="SSD",
                             scraped_at=now - timedelta(days=5))).close()
    product = db.execute("INSERT INTO products (title, category) VALUES ('Samsung 990 PRO 2TB', 'SSDs')"
                         " RETURNING id").fetchone()["id"]
    db.execute("UPDATE offers SET product_id = %s WHERE retailer_sku = 'A'", (product,))
    result = publish(quiet=True)
    con = sqlite3.connect(result.path)
    con.row_factory = sqlite3.Row
    moves = [r[0] for r in con.execute("SELECT movement FROM price_history h JOIN offers o ON o.id = h.offer_id"
                                       " WHERE o.url LIKE '%/a' ORDER BY h.observed_at")]
    assert moves == ["first", "drop", "new_low", "drop", "rise"]
    p = con.execute("SELECT * FROM products").fetchone()
    assert (p["all_time_low_usd"], p["previous_low_usd"], p["low_30d_usd"]) == (90, 100, 90)
    assert p["all_time_low_at"] == (now - timedelta(days=10)).strftime("%Y-%m-%dT%H:%M:%SZ")
    a = con.execute("SELECT * FROM offers WHERE url LIKE '%/a'").fetchone()
    assert (a["high_30d"], a["low_30d"], a["category"], a["shop_category"]) == (100, 90, "SSDs", "SSD")
    assert a["history_days"] == pytest.approx(40, abs=0.1)
    day = lambda n: (now - timedelta(days=n)).date().isoformat()  # noqa: E731
    stats = {r["days"]: dict(r) for r in con.execute("SELECT * FROM price_stats WHERE product_id = ?", (product,))}
    assert stats[30] == {"product_id": product, "days": 30, "high_usd": 100, "high_on": day(20),
                         "avg_usd": pytest.approx(95.25), "low_usd": 90, "low_on": day(2), "days_priced": 20}
    assert stats[90]["days_priced"] == 31 and stats[90]["avg_usd"] == pytest.approx(96.94, abs=0.01)
    # fake discounts: A's "was 120" is above every in-stock price of 30 days; B is too new to judge
    ds = datasette_instance(site_database())
    found = get(ds, "/pricelens/fake_discounts.json?_shape=array").json()
    assert [(r["title"], r["verdict"]) for r in found] == [("Samsung 990 PRO 2TB", "fake"),
                                                            ("Crucial P3 1TB", "not enough history")]
    page = get(ds, f"/-/product/{product}")
    assert page.status_code == 200 and "Last 30 days" in page.text and day(20) in page.text
