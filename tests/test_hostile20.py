"""Hostile input the session-20 attack found (and the leftovers of session 19's): each one short line
(or a recorded refusal), never a traceback, never a value repeated whole, never a secret shown."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT

HUGE = "x" * 100_000


def run(args: list[str], env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, env={**os.environ, **(env or {})}, capture_output=True, text=True,
                          timeout=timeout)


# -- `scrapy -s NAME=VALUE` and `scrapy <command>` repeated a huge value whole -------------------------
@pytest.mark.parametrize("args, line", [
    (["crawl", "shop", "-a", "url=http://127.0.0.1:9/", "-s", "LOG_LEVEL=" + HUGE],
     r"scrapy crawl: -s LOG_LEVEL='x+\.\.\. \(100002 characters\): expected one of CRITICAL, ERROR, WARNING, "
     r"INFO, DEBUG$"),
    (["crawl", "shop", "-a", "url=http://127.0.0.1:9/", "-s", "DOWNLOAD_DELAY=" + HUGE],
     r"scrapy crawl: -s DOWNLOAD_DELAY='x+\.\.\. \(100002 characters\): expected a number$"),
    (["crawl", "shop", "-a", "url=http://127.0.0.1:9/", "-s", "CONCURRENT_REQUESTS=" + HUGE],
     r"scrapy crawl: -s CONCURRENT_REQUESTS='x+\.\.\. \(100002 characters\): expected a whole number$"),
    (["crawl", "shop", "-a", "url=http://127.0.0.1:9/", "-s", "ROBOTSTXT_OBEY=" + HUGE],
     r"scrapy crawl: -s ROBOTSTXT_OBEY='x+\.\.\. \(100002 characters\): expected one of 0, 1, True, False, "),
    (["crawl", "shop", "-a", "url=http://127.0.0.1:9/", "-s", "LOG_FILE=/nonexistent/" + HUGE],
     r"scrapy crawl: -s LOG_FILE='/nonexistent/x+\.\.\. \(100015 characters\): cannot be written \(.*\)$"),
    (["crawl", "shop", "-a", "url=http://127.0.0.1:9/", "-s", "USER_AGENT=" + HUGE],
     r"scrapy crawl: -s USER_AGENT='x+\.\.\. \(100002 characters\): too long, expected at most 4096 characters$"),
    (["crawl", "shop", "-a", "url=http://127.0.0.1:9/", "-s", HUGE + "=1"],
     r"scrapy crawl: -s 'x+\.\.\. \(100002 characters\)=\.\.\.: expected a setting name such as LOG_LEVEL$"),
    (["crawl", "shop", "-s", "DOWNLOAD_TIMEOUT=soon"], r"scrapy crawl: -s DOWNLOAD_TIMEOUT='soon': expected a number$"),
    (["list", "-s", "CLOSESPIDER_ITEMCOUNT=1.5"],
     r"scrapy list: -s CLOSESPIDER_ITEMCOUNT='1.5': expected a whole number$"),
    ([HUGE], r"scrapy: unknown command 'x+\.\.\. \(100002 characters\); `scrapy -h` lists the commands$"),
])
def test_a_huge_or_bad_scrapy_setting_or_command_is_one_short_line(args, line):
    # (Scrapy raised a ValueError traceback repeating the value - 300,000 characters on stderr - or
    # printed "Unknown command: <100,000 characters>" on stdout)
    result = run([sys.executable, "-m", "scrapy", *args], env={"DATABASE_URL": "postgresql://u@127.0.0.1:1/x"})
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stdout == ""
    assert "Traceback" not in result.stderr and len(result.stderr) < 400, result.stderr[:3000]
    [error] = result.stderr.splitlines()
    assert re.match(line, error), error


@pytest.mark.parametrize("pair", ["DOWNLOAD_DELAY=0.5", "CLOSESPIDER_TIMEOUT=1e+06", "RETRY_ENABLED=False",
                                  "LOG_LEVEL=WARNING", "FEED_EXPORT_FIELDS=a,b", "MY_OWN=anything"])
def test_a_good_scrapy_setting_passes(pair):
    from crawler.settings import bad_set_option

    from scrapy.settings import default_settings

    assert bad_set_option(pair, vars(default_settings)) is None


# -- the older setting messages cut a value at 40 characters without saying how long it was ----------
@pytest.mark.parametrize("name, value, expected", [
    ("PRICELENS_DB_RETRIES", HUGE, "PRICELENS_DB_RETRIES='" + "x" * 40 + "'... (100000 characters) is not a "
                                   "whole number from 0 to 100 (unset: 4)"),
    ("PRICELENS_DB_BACKOFF", "-1", "PRICELENS_DB_BACKOFF='-1' is not a number from 0 to 3600 (unset: 0.5)"),
    ("PRICELENS_LOG_LEVEL", HUGE, "PRICELENS_LOG_LEVEL='" + "x" * 40 + "'... (100000 characters) is not one of "
                                  "CRITICAL, ERROR, WARNING, INFO, DEBUG"),
    ("PRICELENS_CONTACT_URL", "https://example.org/" + HUGE,
     "PRICELENS_CONTACT_URL='https://example.org/" + "x" * 20 + "'... (100020 characters) is not a contact URL: "),
    ("PRICELENS_DATA_DIR", "/tmp/" + HUGE, "PRICELENS_DATA_DIR='/tmp/" + "x" * 35 + "'... (100005 characters) is not "
                                           "a usable path: "),
])
def test_every_refused_setting_is_cut_with_its_length_said(name, value, expected, monkeypatch):
    from crawler import env

    monkeypatch.setenv(name, value)
    [problem] = env.problems()
    assert problem.startswith(expected), problem
    assert len(problem) < 300


def test_a_huge_site_cache_size_is_cut_with_its_length_said(monkeypatch):
    from publish.cache import configured_bytes

    monkeypatch.setenv("PRICELENS_SITE_CACHE_MB", "9" * 100_000)
    with pytest.raises(ValueError) as refused:
        configured_bytes()
    assert str(refused.value) == ("PRICELENS_SITE_CACHE_MB='" + "9" * 40 + "'... (100000 characters): expected a "
                                  "number of megabytes from 0 to 1048576 (0 turns the cache off)")


def test_a_short_refused_setting_is_shown_whole(monkeypatch):
    from crawler import env

    monkeypatch.setenv("PRICELENS_LOG_LEVEL", "loud")
    assert env.problems() == ["PRICELENS_LOG_LEVEL='loud' is not one of CRITICAL, ERROR, WARNING, INFO, DEBUG"]


# -- PostgreSQL's "index row size ... exceeds maximum" was retried five times, then spooled ------------
def _incompressible(n: int) -> str:
    import secrets

    return secrets.token_hex(n // 2)  # (a long run of one letter is compressed below the index's limit)


def test_a_row_beyond_an_index_limit_is_refused_at_once_and_its_batch_is_stored(db, data_dir, monkeypatch):
    from decimal import Decimal

    from crawler.items import Offer, Store
    from tests.pipeline_harness import PipelineRun
    from tests.test_data_loss import T0

    monkeypatch.setenv("PRICELENS_DB_BACKOFF", "0")  # (before the fix: five attempts, without the waits)
    run = PipelineRun()
    store = run.pipelines[-1]
    huge_ref, huge_key = _incompressible(6_000), _incompressible(20_000)  # (both messages of PostgreSQL)
    for i in range(6):
        store.process_item(Store(retailer="harness", ref=huge_ref if i == 2 else f"B{i}", name=f"Branch {i}"))
        store.process_item(Offer(retailer="harness", url=f"https://shop.example/p/{i}", title=f"Product {i}",
                                 retailer_sku=huge_key if i == 4 else f"SKU-{i}", price=Decimal("9.99"),
                                 currency="USD", availability="InStock", scraped_at=T0))
    run.close()
    assert db.execute("SELECT count(*) AS n FROM stores").fetchone()["n"] == 5
    assert db.execute("SELECT count(*) AS n FROM offers").fetchone()["n"] == 5
    rows = db.execute("SELECT item_type, url, field, action, reason, length(raw_value) AS n FROM rejections "
                      "ORDER BY item_type").fetchall()
    assert [(r["item_type"], r["action"]) for r in rows] == [("offer", "dropped"), ("store", "dropped")]
    for row in rows:
        assert row["reason"].startswith("the database refused it: index row "), row["reason"]
        assert "\n" not in row["reason"] and len(row["reason"]) < 300
    assert rows[0]["url"] == "https://shop.example/p/4"
    assert not run.stats.get_value("pricelens/db/retries") and not run.stats.get_value("pricelens/db/errors")
    assert not list((data_dir / "spool").glob("**/*.jsonl"))  # nothing spooled: nothing for a replay to refuse
    assert db.execute("SELECT status, items_rejected FROM crawl_runs").fetchone() == {
        "status": "finished", "items_rejected": 2}


def test_a_spooled_row_beyond_an_index_limit_is_refused_on_replay_not_kept_forever(db, data_dir):
    from crawler.store.spool import Spool, replay
    from tests.test_data_loss import new_run, offer_row

    run_id = new_run(db)
    spool = Spool("harness", run_id)
    spool.append("offers", [offer_row(i, **({"offer_key": _incompressible(20_000)} if i == 3 else {}))
                            for i in range(10)])
    spool.close()
    assert replay(db) == {"offers": 10}
    assert db.execute("SELECT count(*) AS n FROM offers").fetchone()["n"] == 9
    (row,) = db.execute("SELECT url, reason FROM rejections").fetchall()
    assert row["url"] == "https://shop.example/p/3" and "index row " in row["reason"]
    assert not list((data_dir / "spool").glob("**/*.jsonl"))


# -- a store's text had no limit: a 100,000-character name or address was stored whole ----------------
def test_store_text_beyond_its_limit_is_removed_or_refused_with_its_reason(db):
    from crawler.items import Store
    from tests.pipeline_harness import PipelineRun

    run = PipelineRun().feed(
        Store(ref="b1", name="Hamra", address="Main street " + HUGE, city="Beirut", phone="+961 1 234 567"),
        Store(ref="b2", name="Verdun", city="c" * 201, phone="1" * 101, opening_hours="Mo-Su 09:00-21:00 " + HUGE,
              url="https://shop.example/stores/" + "s" * 2100),
        Store(ref="b3", name="Mar Mikhael", address="中" * 700, url="javascript:alert(1)"),  # 2,100 bytes
        Store(ref="b4", name="n" * 301),
        Store(ref="r" * 501, name="Long ref"),
        Store(ref="\U0001F600" * 500, name="Wide ref"),  # 500 characters, 2,000 bytes: at the limits, kept
        Store(ref="b5", name="Achrafieh", address="Sassine Square", city="Beirut", phone="+961 1 200 000",
              opening_hours="Mo-Sa 10:00-22:00", url="https://shop.example/stores/achrafieh"),
    ).close()
    stored = {r["ref"]: r for r in db.execute("SELECT ref, name, address, city, phone, opening_hours, url "
                                               "FROM stores").fetchall()}
    assert set(stored) == {"b1", "b2", "b3", "b5", "\U0001F600" * 500}
    assert stored["b1"] == {"ref": "b1", "name": "Hamra", "address": None, "city": "Beirut",
                            "phone": "+961 1 234 567", "opening_hours": None, "url": None}
    assert stored["b2"]["city"] is None and stored["b2"]["phone"] is None and stored["b2"]["opening_hours"] is None
    assert stored["b2"]["url"] is None and stored["b3"]["address"] is None and stored["b3"]["url"] is None
    assert stored["b5"] == {"ref": "b5", "name": "Achrafieh", "address": "Sassine Square", "city": "Beirut",
                            "phone": "+961 1 200 000", "opening_hours": "Mo-Sa 10:00-22:00",
                            "url": "https://shop.example/stores/achrafieh"}
    rows = {(r["field"], r["action"], r["reason"].split(":")[0]): r for r in
            db.execute("SELECT field, action, reason, length(raw_value) AS n FROM rejections").fetchall()}
    reasons = {key: row["reason"] for key, row in rows.items()}
    assert reasons == {
        ("address", "field_removed", 'store b1 "Hamra"'):
            'store b1 "Hamra": address is 100012 characters, more than the 1000 a store may have',
        ("city", "field_removed", 'store b2 "Verdun"'):
            'store b2 "Verdun": city is 201 characters, more than the 200 a store may have',
        ("phone", "field_removed", 'store b2 "Verdun"'):
            'store b2 "Verdun": phone is 101 characters, more than the 100 a store may have',
        ("opening_hours", "field_removed", 'store b2 "Verdun"'):
            'store b2 "Verdun": opening_hours is 100018 characters, more than the 1000 a store may have',
        ("url", "field_removed", 'store b2 "Verdun"'):
            'store b2 "Verdun": url is 2128 characters, more than the 2048 a store may have',
        ("address", "field_removed", 'store b3 "Mar Mikhael"'):
            'store b3 "Mar Mikhael": address is 2100 bytes in UTF-8, more than the 2000 a store may have',
        ("url", "field_removed", 'store b3 "Mar Mikhael"'): 'store b3 "Mar Mikhael": URL is not absolute http(s)',
        ("name", "dropped", "store b4 " + '"' + "n" * 100 + '"'):
            "store b4 " + '"' + "n" * 100 + '": name is 301 characters, more than the 300 a store may have',
        ("ref", "dropped", "store " + "r" * 100 + ' "Long ref"'):
            "store " + "r" * 100 + ' "Long ref": ref is 501 characters, more than the 500 a store may have',
    }
    assert all(row["n"] <= 2000 for row in rows.values())  # the raw value, its first 2,000 characters
    assert run.stats.get_value("pricelens/rejected/long_ref") == 1
    assert run.stats.get_value("pricelens/rejected/long_name") == 1
    assert run.stats.get_value("pricelens/field/address/invalid") == 2


# -- a failed facet left Datasette's other facet coroutines un-awaited: a multi-line RuntimeWarning ------
@pytest.fixture(scope="module")
def small_site(tmp_path_factory):
    import sqlite3

    from publish.export import SCHEMA
    from publish.site import datasette_instance

    path = tmp_path_factory.mktemp("hostile20-site") / "pricelens.db"
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA.read_text())
    conn.execute("insert into products (id, title, category, brand, offer_count, retailer_count, in_stock_count)"
                 " values (1, 'Samsung 990 PRO 2TB', 'SSD', 'Samsung', 1, 1, 1)")
    conn.commit()
    conn.close()
    return datasette_instance(path)


@pytest.mark.parametrize("path, error", [
    ("/pricelens/products.json?_facet=nosuch", "a facet failed: no such column: nosuch"),
    ("/pricelens/products.json?_facet=brand&_facet=nosuch", "a facet failed: no such column: nosuch"),
    ("/pricelens/products.json?_facet_array=title", "a facet failed: malformed JSON"),
    ("/pricelens/products.json?_facet=" + "y" * 5_000, "a facet failed: no such column: " + "y" * 200),
    ("/pricelens/products?_facet=nosuch", "400 bad request: a facet failed: no such column: nosuch"),
])
def test_a_failed_facet_is_a_400_and_leaves_no_coroutine_unawaited(small_site, path, error):
    import asyncio
    import gc
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        response = asyncio.run(small_site.client.get(path))
        gc.collect()  # (an un-awaited coroutine says so when it is collected)
    assert response.status_code == 400
    shown = response.json()["error"] if ".json" in path else response.text
    assert shown.startswith(error) and len(shown) < 500, shown[:600]
    assert [str(w.message) for w in caught if issubclass(w.category, RuntimeWarning)] == []


def test_a_facet_that_works_still_works(small_site):
    import asyncio

    response = asyncio.run(small_site.client.get("/pricelens/products.json?_facet=brand&_facet_date=title"))
    assert response.status_code == 200
    brands = [f for f in response.json()["facet_results"].values() if f["name"] == "brand"]
    assert brands and all([(v["value"], v["count"]) for v in f["results"]] == [("Samsung", 1)] for f in brands)


# -- the attack on a fresh clone: `scrapy crawl shop -a url=` against hostile pages ---------------------
class HostileSitemapShop:
    """A structured-data shop whose sitemap lists a javascript: URL and a 100,000-character one between
    good pages, and whose pages hold a 200,000-character title."""

    def __init__(self):
        from tests.local_server import LocalServer, ShopHandler

        def page(name: str, title: str, price: str = "10.00") -> bytes:
            data = {"@context": "https://schema.org", "@type": "Product", "name": title,
                    "offers": {"@type": "Offer", "price": price, "priceCurrency": "USD"}}
            return (f'<html><head><title>{name}</title><script type="application/ld+json">{json.dumps(data)}'
                    f'</script></head><body><h1>{name}</h1></body></html>').encode()

        class Handler(ShopHandler):
            def do_GET(self):  # noqa: N802
                base = f"http://{self.headers['Host']}"
                if self.path == "/robots.txt":
                    self.send(200, f"User-agent: *\nAllow: /\nSitemap: {base}/sitemap.xml\n".encode(), "text/plain")
                elif self.path == "/sitemap.xml":
                    locs = [f"{base}/p/1", "javascript:alert(1)", "/p/relative", f"{base}/p/{'z' * 100_000}",
                            f"{base}/p/2", f"{base}/p/huge"]
                    body = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                            + "".join(f"<url><loc>{loc}</loc></url>" for loc in locs) + "</urlset>")
                    self.send(200, body.encode(), "application/xml")
                elif self.path in ("/p/1", "/p/2"):
                    self.send(200, page(self.path, f"Good product {self.path[-1]}"))
                elif self.path == "/p/huge":
                    self.send(200, page("huge", "t" * 200_000))
                elif self.path == "/":
                    self.send(200, b"<html><head><title>Shop</title></head><body>shop</body></html>")
                else:
                    self.send(404, b"not found")

        self.server = LocalServer(Handler)

    def __enter__(self):
        self.server.__enter__()
        return self.server.url

    def __exit__(self, *exc):
        self.server.__exit__(*exc)


def test_a_hostile_sitemap_loses_no_page_and_its_refusals_are_one_line_each(db):
    # (a <loc>javascript:...</loc> raised "Missing scheme in request url" - a traceback - and every later
    # URL of the sitemap was lost; a 100,000-character URL was requested and logged whole; a refused
    # item's 200,000-character title was logged whole after "Dropped:")
    with HostileSitemapShop() as url:
        result = run([sys.executable, "-m", "scrapy", "crawl", "shop", "-a", f"url={url}", "-s", "DOWNLOAD_DELAY=0",
                      "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=INFO"])
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-5000:]
    assert max(len(line) for line in result.stderr.splitlines()) < 2700
    assert "t" * 3000 not in result.stderr and "z" * 3000 not in result.stderr
    assert "Dropped: offer refused: title is 200000 characters, more than the 600 an offer may have" in result.stderr
    titles = {r["title"] for r in db.execute("SELECT title FROM offers")}
    assert titles == {"Good product 1", "Good product 2"}
    failed = {(r["url"][:40], r["reason"].split(" in http")[0]) for r in
              db.execute("SELECT url, reason FROM rejections WHERE action = 'page_failed'")}
    assert failed == {("javascript:alert(1)", "a sitemap lists a URL that is not an absolute http(s) address"),
                      ("/p/relative", "a sitemap lists a URL that is not an absolute http(s) address"),
                      (f"{url}/p/zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"[:40],
                       "a sitemap lists a URL of 100025 characters, more than 2048")}
    (dropped,) = db.execute("SELECT field, length(raw_value) AS n FROM rejections WHERE action = 'dropped'").fetchall()
    assert dropped == {"field": "title", "n": 2000}


def test_scrapy_crawl_on_a_database_never_migrated_migrates_it_and_keeps_its_writes(database_url, tmp_path):
    # (a fresh clone's first `scrapy crawl`: "relation spool_replayed does not exist", the crawl closed as
    # crawl_run_not_opened and its writes set aside in spool/failed/, never replayed)
    import psycopg
    from psycopg.conninfo import make_conninfo

    from crawler.store import connect

    name = f"pricelens_fresh_{os.getpid()}"
    with psycopg.connect(database_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    fresh = make_conninfo(database_url, dbname=name)
    try:
        with HostileSitemapShop() as url:
            result = run([sys.executable, "-m", "scrapy", "crawl", "shop", "-a", f"url={url}", "-s",
                          "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"],
                         env={"DATABASE_URL": fresh, "PRICELENS_DATA_DIR": str(tmp_path)})
        assert result.returncode == 0, result.stderr[-3000:]
        assert "applied the database migrations 0001_core, " in result.stderr
        with connect(fresh) as conn:
            assert conn.execute("SELECT status, offers_accepted FROM crawl_runs").fetchall() == [
                {"status": "finished", "offers_accepted": 2}]
        assert not list(tmp_path.glob("spool/**/*.jsonl"))
    finally:
        with psycopg.connect(database_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# -- a lone surrogate a shop's JSON sent ("\ud800") lost a whole batch of rejections ----------------------
def test_a_rejection_with_a_lone_surrogate_is_recorded_with_its_batch(db):
    from crawler.middlewares import record_item_refused
    from tests.pipeline_harness import PipelineRun

    run = PipelineRun()
    for i in range(5):
        run.run.reject(item_type="offer", url=f"https://shop.example/p/{i}", reason="unreadable product",
                       raw_value='{"name": "Lone \ud800 surrogate"}' if i == 2 else f'{{"name": "p{i}"}}')
    record_item_refused(None, "https://shop.example/x", "nothing recorded without a crawler")
    run.close()
    rows = db.execute("SELECT url, raw_value FROM rejections ORDER BY url").fetchall()
    assert len(rows) == 5
    assert rows[2]["raw_value"] == '{"name": "Lone \\ud800 surrogate"}'  # the surrogate kept, escaped


def test_a_spooled_rejection_with_a_lone_surrogate_is_spooled_and_replayed(db, data_dir):
    from crawler.store.spool import Spool, replay
    from tests.test_data_loss import new_run

    run_id = new_run(db)
    spool = Spool("harness", run_id)
    spool.append("rejections", [(run_id, "harness", "offer", "https://shop.example/p/\ud800", None, "dropped",
                                 "unreadable product", "Lone \ud800")])
    spool.close()
    assert replay(db) == {"rejections": 1}
    (row,) = db.execute("SELECT url, raw_value FROM rejections").fetchall()
    assert row == {"url": "https://shop.example/p/\\ud800", "raw_value": "Lone \\ud800"}


# -- a Shopify product without a variant yielded nothing and was recorded nowhere -----------------------
@pytest.mark.parametrize("variants", [None, [], ["not an object", 7], "text"])
def test_a_shopify_product_without_a_variant_is_one_rejection(db, data_dir, variants):
    from crawler.items import Offer
    from spiders.cedarshop import CedarshopSpider
    from tests.test_feed_hostile import crawl_run, good_shopify, shopify_page

    run, _ = crawl_run(CedarshopSpider)
    bare = {"id": 905, "handle": "bare", "title": "Bare", "variants": variants}
    outputs = list(run.spider.parse_products_page(shopify_page([bare, *good_shopify(2)]), page=1))
    run.feed(*[o for o in outputs if isinstance(o, Offer)])
    run.close()
    (row,) = db.execute("SELECT url, action, reason, raw_value FROM rejections").fetchall()
    assert (row["url"], row["action"]) == ("http://127.0.0.1:8102/products/bare", "dropped")
    assert row["reason"] == ("unreadable product: ValueError: a products.json product without a variant "
                             "(an object with its price)")
    assert json.loads(row["raw_value"])["handle"] == "bare"
    assert db.execute("SELECT count(*) AS n FROM offers").fetchone()["n"] >= 2


# -- SIGTERM while `pricelens publish` stops its embedded PostgreSQL (pgserver's exit handler) -------------
def test_a_sigterm_during_the_exit_handlers_is_no_traceback(database_url):
    # (the signal handler raised SystemExit inside pgserver's atexit handler, which was running
    # `pg_ctl stop`: "Exception ignored in atexit callback", a 20-line traceback, the stop cut short.
    # Here an exit handler registered after the command's start sends the signal itself: the same
    # moment, every time.)
    code = ("import atexit, os, signal, sys\n"
            "from crawler.cli import main\n"
            "atexit.register(lambda: (os.kill(os.getpid(), signal.SIGTERM), print('handler done', file=sys.stderr)))\n"
            "sys.argv = ['pricelens', 'db', 'url']\n"
            "main()\n")
    result = run([sys.executable, "-c", code], env={"DATABASE_URL": database_url})
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr, result.stderr
    assert result.stderr.splitlines() == ["pricelens: SIGTERM: stopping (closing down already)", "handler done"]
    assert result.returncode == 0 and "pricelens_test" in result.stdout


def test_a_sigterm_during_a_command_still_stops_it_with_143(database_url):
    code = ("import os, signal, sys\n"
            "import crawler.cli as cli\n"
            "@cli.main.command('sleepy')\n"
            "def sleepy():\n"
            "    os.kill(os.getpid(), signal.SIGTERM)\n"
            "    print('not reached')\n"
            "sys.argv = ['pricelens', 'sleepy']\n"
            "cli.main()\n")
    result = run([sys.executable, "-c", code], env={"DATABASE_URL": database_url})
    assert result.returncode == 143 and "not reached" not in result.stdout
    assert result.stderr.strip() == "pricelens: SIGTERM: stopping"


# -- spider arguments: a 100,000-character shop name was stored whole, a newline or NUL went through -----
@pytest.mark.parametrize("argument, line", [
    ("retailer_name=" + HUGE, "scrapy crawl techzone: -a retailer_name: expected at most 300 characters, got 100000"),
    ("store_locator_path=/stores\n/../x", "scrapy crawl techzone: -a store_locator_path: expected text without "
                                          "control characters (newline, tab, NUL ...)"),
    ("country=" + "y" * 3000, "scrapy crawl techzone: -a country: expected at most 2048 characters, got 3000"),
])
def test_a_spider_argument_with_a_control_character_or_beyond_its_length_is_one_line(argument, line):
    result = run([sys.executable, "-m", "scrapy", "crawl", "techzone", "-a", "base_url=http://127.0.0.1:9",
                  "-a", argument], env={"DATABASE_URL": "postgresql://u@127.0.0.1:1/x"})
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.strip().splitlines()[-1] == line
    assert "Traceback" not in result.stderr and len(result.stderr) < 3000


def test_schedules_refuse_such_an_argument_when_loaded(tmp_path):
    from crawler.ops.schedules import ConfigError, load_config

    path = tmp_path / "schedules.toml"
    path.write_text('timezone = "UTC"\n[crawl.techzone]\ncron = "0 2 * * *"\n'
                    'arguments = { retailer_name = "' + "x" * 5000 + '", foo = "a\\u0000b" }\n'
                    '[publish]\ncron = "0 5 * * *"\n')
    with pytest.raises(ConfigError) as refused:
        load_config(path)
    [message] = refused.value.messages
    assert message.endswith("[crawl.techzone]: arguments: -a retailer_name: expected at most 300 characters, "
                            "got 5000")


# -- a 50,000-character address came back in every link of the page: 1 MB for a 50 KB request ------------
@pytest.mark.parametrize("path", ["/pricelens/products?_next=" + "y" * 50_000, "/-/category/" + "y" * 50_000,
                                  "/pricelens/products.json?_col=" + "y" * 9_000, "/-/search?q=" + "y" * 9_000])
def test_an_address_beyond_8192_bytes_is_a_short_414(small_site, path):
    import asyncio

    response = asyncio.run(small_site.client.get(path))
    assert response.status_code == 414
    assert len(response.content) < 200 and "yyyyyyyyyy" not in response.text
    assert "at most 8192" in response.text


def test_an_address_under_the_limit_still_works(small_site):
    import asyncio

    response = asyncio.run(small_site.client.get("/pricelens/products.json?brand__in=" + ",".join(["Samsung"] * 900)))
    assert response.status_code == 200 and response.json()["rows"]
