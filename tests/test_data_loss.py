"""Data that was lost or stored wrong (issue 14, items 1-3), against the real PostgreSQL.

1. A price that rounds to zero in ``numeric(20, 4)`` is refused by validate; a batch the
   database still refuses (a constraint, a value out of range) is split until the refused
   rows are found: each becomes a ``rejections`` row, the others are stored.
2. Prices written with an exponent ("1.2E+3", "1e308") are read as what they say, or refused
   when no offer can cost that much; never read as 1.20 or 1.00.
3. price_history has one row per offer and observation time: a replayed batch or a re-run
   of the same crawl adds nothing.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from crawler.store import writes
from crawler.store.writes import OFFER_COLUMNS, STORE_COLUMNS
from crawler.items import Offer, Store
from crawler.prices import parse_price
from tests.pipeline_harness import PipelineRun

T0 = datetime(2026, 11, 1, 12, 0, tzinfo=timezone.utc)


def offer(i: int, **fields) -> Offer:
    base = dict(url=f"https://shop.example/p/{i}", retailer_sku=f"SKU-{i}", title=f"Product {i}",
                price="19.99", currency="USD", availability="https://schema.org/InStock", scraped_at=T0)
    base.update(fields)
    return Offer(**base)


def count(db, sql: str) -> int:
    return db.execute(sql).fetchone()["n"]


def rejections(db) -> list[dict]:
    return db.execute("SELECT item_type, url, field, action, reason, raw_value FROM rejections ORDER BY id").fetchall()


# -- 1. a price that rounds to zero --------------------------------------------------------------
@pytest.mark.parametrize("raw", ["0.0000001", 0.0000001, "0.00004"])
def test_a_price_that_rounds_to_zero_is_refused_and_its_batch_is_stored(db, raw):
    items = [offer(i) for i in range(20)]
    items.insert(7, offer(99, price=raw))
    run = PipelineRun().feed(*items).close()
    assert count(db, "SELECT count(*) AS n FROM offers") == 20
    assert count(db, "SELECT count(*) AS n FROM price_history") == 20
    (row,) = rejections(db)
    assert (row["url"], row["field"], row["action"]) == ("https://shop.example/p/99", "price", "dropped")
    assert "zero" in row["reason"] and "4 decimal" in row["reason"]
    assert Decimal(row["raw_value"]) == Decimal(str(raw))
    crawl = db.execute("SELECT status, finish_reason, offers_accepted, items_rejected FROM crawl_runs").fetchone()
    assert crawl == {"status": "finished", "finish_reason": "finished", "offers_accepted": 20, "items_rejected": 1}
    assert run.stats.get_value("pricelens/rejected/invalid_price") == 1


def test_a_regular_price_that_rounds_to_zero_is_removed_not_the_offer(db):
    PipelineRun().feed(offer(1, regular_price="0.00001")).close()
    assert db.execute("SELECT price, regular_price FROM offers").fetchone() == {
        "price": Decimal("19.99"), "regular_price": None}
    (row,) = rejections(db)
    assert (row["field"], row["action"]) == ("regular_price", "field_removed")
    assert "zero" in row["reason"]


def test_a_price_with_more_decimals_than_the_column_is_stored_as_validated(db):
    run = PipelineRun().feed(offer(1, price="0.00006"), offer(2, price="12.34567")).close()
    assert [item["price"] for item in run.kept] == [Decimal("0.0001"), Decimal("12.3457")]
    prices = [r["price"] for r in db.execute("SELECT price FROM offers ORDER BY id")]
    assert prices == [Decimal("0.0001"), Decimal("12.3457")]


def store_only(run: PipelineRun, *items) -> None:
    """Hand items straight to the store pipeline (what validate would have let through)."""
    store = run.pipelines[-1]
    for item in items:
        store.process_item(item)


def clean_offer(i: int, **fields) -> Offer:
    base = dict(retailer="harness", url=f"https://shop.example/p/{i}", retailer_sku=f"SKU-{i}",
                title=f"Product {i}", price=Decimal("19.99"), currency="USD", availability="InStock",
                scraped_at=T0)
    base.update(fields)
    return Offer(**base)


def test_a_batch_the_database_refuses_is_split_and_only_the_bad_rows_are_rejected(db):
    run = PipelineRun(settings={"PRICELENS_STORE_BATCH": 64})
    bad = {5: dict(price=Decimal("0.00001")),                       # CHECK (price > 0) after rounding
           40: dict(regular_price=Decimal("1E+17")),               # beyond numeric(20, 4)
           41: dict(availability="Maybe")}                          # CHECK availability IN (...)
    store_only(run, *[clean_offer(i, **bad.get(i, {})) for i in range(100)])
    run.close()
    assert count(db, "SELECT count(*) AS n FROM offers") == 97
    assert count(db, "SELECT count(*) AS n FROM price_history") == 97
    assert not db.execute("SELECT id FROM offers WHERE offer_key IN ('sku:SKU-5', 'sku:SKU-40', 'sku:SKU-41')").fetchall()
    rows = {r["url"]: r for r in rejections(db)}
    assert set(rows) == {f"https://shop.example/p/{i}" for i in bad}
    assert {r["action"] for r in rows.values()} == {"dropped"}
    assert rows["https://shop.example/p/5"]["field"] == "price"
    assert "offers_price_check" in rows["https://shop.example/p/5"]["reason"]
    assert Decimal(rows["https://shop.example/p/5"]["raw_value"]) == Decimal("0.00001")
    assert "overflow" in rows["https://shop.example/p/40"]["reason"]
    assert "1E+17" in rows["https://shop.example/p/40"]["raw_value"]
    assert rows["https://shop.example/p/41"]["field"] == "availability"
    assert rows["https://shop.example/p/41"]["raw_value"] == "Maybe"
    crawl = db.execute("SELECT status, offers_accepted, items_rejected FROM crawl_runs").fetchone()
    assert crawl == {"status": "finished", "offers_accepted": 97, "items_rejected": 3}
    assert run.stats.get_value("pricelens/rejected/database_refused") == 3


def test_a_store_batch_the_database_refuses_is_split_too(db):
    run = PipelineRun()
    stores = [Store(retailer="harness", ref=f"B{i}", name=f"Branch {i}", latitude=33.9, longitude=35.5)
              for i in range(6)]
    stores[2]["latitude"] = 95.0
    store_only(run, *stores)
    run.close()
    assert count(db, "SELECT count(*) AS n FROM stores") == 5
    (row,) = rejections(db)
    assert (row["item_type"], row["field"], row["raw_value"]) == ("store", "latitude", "95.0")


def test_a_rejection_with_a_nul_character_is_still_recorded(db):
    run = PipelineRun()
    store_only(run, clean_offer(1, gtin="0123\x00456"), clean_offer(2))
    run.close()
    assert count(db, "SELECT count(*) AS n FROM offers") == 1
    (row,) = rejections(db)
    assert (row["field"], row["raw_value"]) == ("gtin", "0123\\x00456")
    assert "NUL" in row["reason"]


def offer_row(i: int, seen_at=T0, **fields) -> tuple:
    row = dict.fromkeys(OFFER_COLUMNS)
    row.update(retailer_id="harness", offer_key=f"sku:{i}", url=f"https://shop.example/p/{i}", title=f"Product {i}",
               price=Decimal("19.99"), currency="USD", availability="InStock", seen_at=seen_at)
    row.update(fields)
    return tuple(row.values())


def new_run(conn) -> int:
    conn.execute("INSERT INTO retailers (id, name) VALUES ('harness', 'Harness') ON CONFLICT DO NOTHING")
    return conn.execute("INSERT INTO crawl_runs (retailer_id) VALUES ('harness') RETURNING id").fetchone()["id"]


def test_a_spooled_batch_with_a_refused_row_is_replayed_without_it(db, data_dir):
    from crawler.store.spool import Spool, replay

    run_id = new_run(db)
    spool = Spool("harness", run_id)
    spool.append("offers", [offer_row(i, **({"price": Decimal("0.00001")} if i == 3 else {})) for i in range(10)])
    spool.close()
    assert replay(db) == {"offers": 10}
    assert count(db, "SELECT count(*) AS n FROM offers") == 9
    (row,) = rejections(db)
    assert (row["url"], row["field"], row["action"]) == ("https://shop.example/p/3", "price", "dropped")
    assert db.execute("SELECT offers_new, items_rejected FROM crawl_runs").fetchone() == {
        "offers_new": 9, "items_rejected": 1}
    assert not list((data_dir / "spool").glob("*.jsonl"))


# -- 2. prices written with an exponent ----------------------------------------------------------
@pytest.mark.parametrize("text, amount", [
    ("1.2E+3", Decimal("1200")), ("1.2e3", Decimal("1200")), ("12E-1", Decimal("1.2")),
    ("$1.2E+3", Decimal("1200")), ("1.2E+3 USD", Decimal("1200")), ("1e308", Decimal("1E+308")),
    ("1.5E2 €", Decimal("150")), ("99e999999", Decimal("99E+999999")), ("-1e999999", Decimal("-1E+999999")),
    ("1e-999999", Decimal("1E-999999")),
])
def test_exponent_prices_are_read_as_written(text, amount):
    assert parse_price(text, default_currency="USD").amount == amount
    assert parse_price(text, decimal_separator=",", default_currency="USD").amount == amount


@pytest.mark.parametrize("text, amount", [
    ("Model 5E10 for $49", Decimal("49")), ("$49 E10", Decimal("49")), ("12e", Decimal("12")),
])
def test_letters_next_to_a_number_are_not_an_exponent(text, amount):
    assert parse_price(text, default_currency="USD").amount == amount


@pytest.mark.parametrize("price, regular", [
    ("1.2E+3", "1.5E+3"), (1.2e3, 1.5e3), ("$1.2E+3", "$1.5E+3"), (Decimal("1.2E+3"), Decimal("1.5E+3")),
])
def test_exponent_prices_are_stored_as_their_value(db, price, regular):
    PipelineRun().feed(offer(1, price=price, regular_price=regular)).close()
    row = db.execute("SELECT price, regular_price, currency FROM offers").fetchone()
    assert row == {"price": Decimal("1200"), "regular_price": Decimal("1500"), "currency": "USD"}
    assert not rejections(db)


@pytest.mark.parametrize("price", ["1e308", 1e308, "1E+16", "$1e308", Decimal("1e308"), "99e999999"])
def test_a_price_beyond_the_column_is_refused_with_a_reason(db, price):
    PipelineRun().feed(offer(1, price=price), offer(2)).close()
    assert [r["offer_key"] for r in db.execute("SELECT offer_key FROM offers")] == ["sku:SKU-2"]
    (row,) = rejections(db)
    assert (row["field"], row["action"]) == ("price", "dropped")
    assert "too large" in row["reason"]
    assert Decimal(row["raw_value"]) == Decimal(str(price).lstrip("$"))


def test_a_regular_price_beyond_the_column_is_removed(db):
    PipelineRun().feed(offer(1, regular_price="1e308")).close()
    assert db.execute("SELECT price, regular_price FROM offers").fetchone() == {
        "price": Decimal("19.99"), "regular_price": None}
    (row,) = rejections(db)
    assert (row["field"], row["action"]) == ("regular_price", "field_removed")
    assert "too large" in row["reason"]


def test_exponent_prices_in_json_ld_and_microdata():
    from crawler.extraction import extract_product

    def page(price, regular=None):
        node = {"@context": "https://schema.org", "@type": "Product", "name": "Anvil", "sku": "A1",
                "offers": {"@type": "Offer", "price": price, "priceCurrency": "USD",
                           "availability": "https://schema.org/InStock"}}
        return (f'<html><head><script type="application/ld+json">{json.dumps(node)}</script></head>'
                f"<body><h1>Anvil</h1></body></html>")

    for price in ("1.2E+3", 1.2e3):
        record = extract_product(page(price), "https://shop.example/anvil")
        assert Decimal(str(record["price"])) == Decimal("1200"), price
    record = extract_product(page("1e308"), "https://shop.example/anvil")
    assert Decimal(str(record["price"])) == Decimal("1E+308")   # read as written; validate refuses it
    microdata = ('<html><body><div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Anvil</h1>'
                 '<div itemprop="offers" itemscope itemtype="https://schema.org/Offer">'
                 '<meta itemprop="price" content="1.2E+3"><meta itemprop="priceCurrency" content="USD">'
                 '</div></div></body></html>')
    assert Decimal(str(extract_product(microdata, "https://shop.example/anvil")["price"])) == Decimal("1200")


def test_exponent_prices_in_shopify_and_woocommerce_json():
    from crawler.platforms.shopify import variant_offers
    from crawler.platforms.woocommerce import product_fields

    product = {"title": "Anvil", "handle": "anvil",
               "variants": [{"id": 1, "price": "1.2E+3", "compare_at_price": "1.5E+3", "available": True}]}
    ((fields, _),) = variant_offers(product, "https://shop.example")
    assert (fields["price"], fields["regular_price"]) == (Decimal("1200"), Decimal("1500"))
    woo = {"id": 7, "name": "Anvil", "permalink": "https://shop.example/anvil",
           "prices": {"price": "1.2E+5", "regular_price": "1.5E+5", "currency_code": "USD", "currency_minor_unit": 2}}
    fields = product_fields(woo)
    assert (fields["price"], fields["regular_price"]) == (Decimal("1200"), Decimal("1500"))


# -- 3. price_history is idempotent --------------------------------------------------------------
def history(db) -> list[tuple]:
    return [(r["offer_id"], r["observed_at"], r["price"]) for r in
            db.execute("SELECT offer_id, observed_at, price FROM price_history ORDER BY observed_at, id")]


def test_the_same_batch_stored_twice_gives_one_history_row(db):
    run_id = new_run(db)
    day0 = [offer_row(i, seen_at=T0) for i in range(5)]
    day1 = [offer_row(i, seen_at=T0 + timedelta(days=1), price=Decimal("17.99")) for i in range(5)]
    writes.write_offers(db, day0, run_id)
    writes.write_offers(db, day1, run_id)
    assert len(history(db)) == 10
    result = writes.write_offers(db, day0, run_id)   # replayed late: the offers have moved on since
    assert result["history"] == 0
    writes.write_offers(db, day1, run_id)
    assert len(history(db)) == 10
    assert len(set(history(db))) == 10


def test_a_rerun_of_the_same_days_adds_no_history(db):
    def crawl(day: int, price: str):
        PipelineRun().feed(*[offer(i, price=price, scraped_at=T0 + timedelta(days=day)) for i in range(3)]).close()

    for _ in range(2):                         # the demo run twice: the same days, the same clock
        crawl(0, "19.99")
        crawl(1, "17.99")
        crawl(2, "19.99")
    assert count(db, "SELECT count(*) AS n FROM price_history") == 9
    assert count(db, "SELECT count(*) - count(DISTINCT (offer_id, observed_at)) AS n FROM price_history") == 0


def test_a_spool_replayed_twice_gives_one_history_row(db, data_dir):
    from crawler.store.spool import Spool, replay

    run_id = new_run(db)
    spool = Spool("harness", run_id)
    spool.append("offers", [offer_row(i, seen_at=T0) for i in range(4)])
    spool.close()
    copy = spool.path.read_bytes()
    assert replay(db) == {"offers": 4}
    writes.write_offers(db, [offer_row(i, seen_at=T0 + timedelta(days=1), price=Decimal("9.99")) for i in range(4)],
                        run_id)
    spool.path.write_bytes(copy)                 # the same file again (a crash before it was deleted)
    assert replay(db) == {}                      # its lines are known as replayed: skipped
    assert not spool.path.exists()
    assert len(history(db)) == 8
    assert count(db, "SELECT count(*) - count(DISTINCT (offer_id, observed_at)) AS n FROM price_history") == 0


def test_the_migration_removes_existing_duplicates_and_keeps_the_first(db):
    """Migration 0005 applied to history that already holds duplicates (rolled back after)."""
    import psycopg

    from crawler.store.migrate import available_migrations

    (path,) = [p for version, name, p in available_migrations() if version == 5]
    run_id = new_run(db)
    writes.write_offers(db, [offer_row(i) for i in range(3)], run_id)
    with db.transaction():
        db.execute("ALTER TABLE price_history DROP CONSTRAINT price_history_offer_observed")
        db.execute("CREATE INDEX price_history_offer_time ON price_history (offer_id, observed_at)")
        for _ in range(2):   # what two runs of the demo left: every row twice, and one three times
            db.execute("INSERT INTO price_history (offer_id, run_id, observed_at, price, regular_price, currency,"
                       " availability) SELECT offer_id, run_id, observed_at, price, regular_price, currency,"
                       " availability FROM price_history WHERE id <= %s", (3 if _ == 0 else 1,))
        assert count(db, "SELECT count(*) AS n FROM price_history") == 7
        db.execute(path.read_text())
        assert [r["id"] for r in db.execute("SELECT id FROM price_history ORDER BY id")] == [1, 2, 3]
        with pytest.raises(psycopg.errors.UniqueViolation, match="price_history_offer_observed"):
            with db.transaction():
                db.execute("INSERT INTO price_history (offer_id, observed_at, availability) VALUES (1, %s, 'InStock')",
                           (T0,))
        raise psycopg.Rollback()
    assert count(db, "SELECT count(*) AS n FROM price_history") == 3
