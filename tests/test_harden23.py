"""Hostile input and failures the session-23 hardening (harden23) closed: each one short line (or a
recorded refusal), never a traceback, never a silent drop."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
from contextlib import contextmanager

import pytest

from tests.conftest import ROOT


def run(args: list[str], env: dict | None = None, timeout: float = 300, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, env={**os.environ, **(env or {})}, capture_output=True, text=True,
                          timeout=timeout, **kwargs)


def crawl(base_url: str, retailer: str = "techzone", *extra: str) -> subprocess.CompletedProcess:
    return run([sys.executable, "-m", "scrapy", "crawl", retailer, "-a", f"base_url={base_url}",
                "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "PRICELENS_RECORD_RUN=True",
                *extra])


def errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "] ERROR:" in line]


# -- 1. PostgreSQL out of disk (53100) or memory (53200) during a crawl's writes ---------------------
# psycopg files both under OperationalError, as a lost connection: the batches were retried, spooled,
# and the crawl closed as database_unavailable after PRICELENS_DB_GIVE_UP seconds (or ran on, "finished").
# The server raises the real error here, from a trigger (a disk cannot be filled for a test).
@contextmanager
def server_raises(db, table: str, event: str, sqlstate: str, message: str):
    db.execute(f"""CREATE OR REPLACE FUNCTION harden23_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
                   BEGIN RAISE EXCEPTION '{message}' USING ERRCODE = '{sqlstate}'; END $$""")
    db.execute(f"CREATE TRIGGER harden23_refuse BEFORE {event} ON {table} FOR EACH ROW EXECUTE FUNCTION harden23_refuse()")
    try:
        yield
    finally:
        db.execute(f"DROP TRIGGER IF EXISTS harden23_refuse ON {table}")
        db.execute("DROP FUNCTION IF EXISTS harden23_refuse()")


DISK_FULL = 'could not extend file "base/16384/16390": No space left on device'


@pytest.mark.parametrize("sqlstate, reason, message", [
    ("53100", "database_disk_full", DISK_FULL),
    ("53200", "database_out_of_memory", "out of memory"),
], ids=["disk_full", "out_of_memory"])
def test_a_database_out_of_room_during_a_crawl_is_its_own_failed_run_and_its_offers_are_spooled(
        db, data_dir, sqlstate, reason, message):
    from demo.server import DemoServer

    with DemoServer(["techzone"], base_port=0, n_products=20) as demo:
        with server_raises(db, "offers", "INSERT OR UPDATE", sqlstate, message):
            result = crawl(demo.base_urls["techzone"], "techzone", "-s", "PRICELENS_DB_GIVE_UP=3600",
                           "-s", "PRICELENS_DB_RETRIES=5")
        assert result.returncode == 1, result.stderr[-3000:]
        assert "Traceback" not in result.stderr, result.stderr[-5000:]
        [line] = errors(result.stderr)
        assert re.search(rf"\[crawler\.store\.runs\] ERROR: techzone: the database server: {re.escape(message)} "
                         rf"\(\d+ offers kept in \S+\.jsonl for the next run\): stopping the crawl$", line), line
        run_row = db.execute("SELECT id, status, finish_reason, stats FROM crawl_runs").fetchone()
        assert (run_row["status"], run_row["finish_reason"]) == ("failed", reason)
        assert run_row["stats"]["pricelens/db/errors"] >= 1
        assert "pricelens/db/retries" not in run_row["stats"]  # not retried as an outage
        assert result.stderr.rstrip().splitlines()[-1] == (
            f"scrapy crawl techzone: run {run_row['id']} failed ({reason}): the database server: {message}")
        assert db.execute("SELECT count(*) AS n FROM offers").fetchone()["n"] == 0
        spooled = run_row["stats"]["pricelens/spool/offers"]
        assert spooled > 0 and list((data_dir / "spool").glob("techzone-*.jsonl"))
        # the server has room again: the next run imports the spooled offers, into the failed run
        again = crawl(demo.base_urls["techzone"])
    assert again.returncode == 0, again.stderr[-3000:]
    replayed = db.execute("SELECT count(*) AS n FROM price_history WHERE run_id = %s", (run_row["id"],)).fetchone()
    assert replayed["n"] == spooled  # (their first observation, recorded under the run that saw them)
    assert not list((data_dir / "spool").glob("techzone-*.jsonl"))


def test_a_database_out_of_disk_at_the_opening_is_database_disk_full_and_the_run_spooled(db, data_dir):
    from demo.server import DemoServer

    with DemoServer(["techzone"], base_port=0, n_products=5) as demo:
        with server_raises(db, "crawl_runs", "INSERT", "53100", DISK_FULL):
            result = crawl(demo.base_urls["techzone"])
    assert result.returncode == 1, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-5000:]
    [line] = errors(result.stderr)
    assert f"ERROR: the database server: {DISK_FULL}; the crawl is closed (database_disk_full) and what it wrote " \
           f"is kept for the next run in " in line, line
    assert result.stderr.rstrip().splitlines()[-1] == (
        f"scrapy crawl techzone: run (not opened) failed (database_disk_full): the database server: {DISK_FULL}")
    assert db.execute("SELECT count(*) AS n FROM crawl_runs").fetchone()["n"] == 0
    assert list((data_dir / "spool").glob("techzone-*.jsonl"))  # kept for the next run, not set aside
    assert not list((data_dir / "spool" / "failed").glob("*"))


# -- 2. numeric spider arguments: each in the range its spider can use ------------------------------------
def _spider(name):
    from scrapy.spiderloader import SpiderLoader
    from scrapy.utils.project import get_project_settings

    return SpiderLoader.from_settings(get_project_settings()).load(name)


@pytest.mark.parametrize("retailer, key, lowest, highest", [
    ("pixelhub", "render_timeout", 1000, 300000),
    ("pixelhub", "render_retries", 0, 10),
    ("semillaverde", "per_page", 1, 100),
    ("cedarshop", "page_size", 1, 250),
    ("shop", "probe_retries", 0, 10),
    ("cedarshop", "max_pages", 1, 1000000000),
    ("beirutbytes", "max_bad_pages", 1, 1000000000),
])
def test_numeric_arguments_outside_their_range_are_refused(retailer, key, lowest, highest):
    spider = _spider(retailer)
    expected = f"expected a whole number from {lowest} to {highest}"
    for value in ("-1", str(lowest - 1), "nan", "inf", "-inf", "1e12", "1000000000000", str(highest + 1), "1.5",
                  "", " ", "0x10", "٣", "9" * 2000):
        assert spider.argument_problem(key, value) == (expected, value), value[:40]
    assert spider.argument_problem(key, str(lowest)) == (None, lowest)
    assert spider.argument_problem(key, f" {highest} ") == (None, highest)


@pytest.mark.parametrize("retailer, argument, message", [
    ("pixelhub", "render_timeout=0", "-a render_timeout: expected a whole number from 1000 to 300000"),
    ("pixelhub", "render_timeout=1000000000", "-a render_timeout: expected a whole number from 1000 to 300000"),
    ("semillaverde", "per_page=1e12", "-a per_page: expected a whole number from 1 to 100"),
    ("semillaverde", "per_page=101", "-a per_page: expected a whole number from 1 to 100"),
    ("cedarshop", "page_size=nan", "-a page_size: expected a whole number from 1 to 250"),
])
def test_scrapy_crawl_refuses_a_number_out_of_range_in_one_line(retailer, argument, message):
    # (no database: the argument is refused before anything is opened)
    result = run([sys.executable, "-m", "scrapy", "crawl", retailer, "-a", argument],
                 env={"DATABASE_URL": "postgresql://u@127.0.0.1:1/x"}, timeout=120)
    assert result.returncode == 2, result.stderr[-3000:]
    assert result.stderr.splitlines()[-1] == f"scrapy crawl {retailer}: {message}"
    assert "Traceback" not in result.stderr and " ERROR:" not in result.stderr


def test_the_schedule_file_refuses_a_number_out_of_range(tmp_path):
    from crawler.ops.schedules import ConfigError, load_config

    path = tmp_path / "schedules.toml"
    path.write_text('timezone = "UTC"\n[crawl.pixelhub]\ncron = "0 2 * * *"\narguments = { render_timeout = -5 }\n'
                    '[publish]\ncron = "0 5 * * *"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path, retailers=["pixelhub"])
    assert caught.value.messages == [
        f"{path}: [crawl.pixelhub]: arguments: -a render_timeout: expected a whole number from 1000 to 300000"]


# -- 3. a store's JSON-LD openingHours of another shape than text refused the whole store -----------------
STORE = {"@context": "https://schema.org", "@type": "ElectronicsStore", "branchCode": "hamra", "name": "Hamra",
         "address": {"streetAddress": "Hamra St", "addressLocality": "Beirut"},
         "geo": {"latitude": 33.89, "longitude": 35.48}}


def store_page(*stores) -> bytes:
    script = json.dumps(list(stores))
    return (f'<html><head><script type="application/ld+json">{script}</script></head>'
            f'<body><h1>Our stores</h1></body></html>').encode()


@pytest.mark.parametrize("hours, why", [
    ([1, 2], "a list holding int"),
    (["Mo-Fr 09:00-18:00", None], "a list holding null"),
    ([["Mo-Fr 09:00-18:00"]], "a list holding list"),
    ({"@type": "OpeningHoursSpecification", "opens": "09:00"}, "an object"),
    (True, "true"),
], ids=["numbers", "null", "nested", "object", "true"])
def test_unreadable_opening_hours_are_removed_and_the_store_kept(db, hours, why):
    from scrapy.http import HtmlResponse, Request

    from spiders.techzone import TechzoneSpider
    from tests.pipeline_harness import PipelineRun

    run = PipelineRun(TechzoneSpider, settings={"PRICELENS_RECORD_RUN": True})
    url = "http://127.0.0.1:8101/stores"
    page = store_page({**STORE, "openingHours": hours},
                      {**STORE, "branchCode": "verdun", "name": "Verdun", "openingHours": ["Mo-Fr 09:00-18:00", "Sa 10:00-14:00"]})
    stores = list(run.spider.parse_stores(HtmlResponse(url, body=page, request=Request(url))))
    assert [s["ref"] for s in stores] == ["hamra", "verdun"]
    run.feed(*stores).close()
    assert run.dropped == []
    rows = db.execute("SELECT ref, name, opening_hours, latitude FROM stores ORDER BY ref").fetchall()
    assert [tuple(r.values()) for r in rows] == [("hamra", "Hamra", None, 33.89),
                                                 ("verdun", "Verdun", "Mo-Fr 09:00-18:00; Sa 10:00-14:00", 33.89)]
    [row] = db.execute("SELECT item_type, field, action, reason, raw_value FROM rejections").fetchall()
    assert (row["item_type"], row["field"], row["action"]) == ("store", "opening_hours", "field_removed")
    assert row["reason"] == f'store hamra "Hamra": opening_hours is no text ({why})'
    assert row["raw_value"] == str(hours)
    assert run.stats.get_value("pricelens/field/opening_hours/invalid") == 1


def test_a_store_whose_name_is_no_text_is_refused_with_its_reason_not_stored_as_a_repr(db):
    # (the name is required: the store is refused; it was stored as "{'@value': 'Hamra'}")
    from tests.pipeline_harness import PipelineRun
    from crawler.items import Store

    run = PipelineRun(settings={"PRICELENS_RECORD_RUN": True})
    run.feed(Store(retailer="harness", ref="hamra", name={"@value": "Hamra"}, phone=9611234567,
                   address=["Hamra St", "Bldg 4"])).close()
    assert db.execute("SELECT count(*) AS n FROM stores").fetchone()["n"] == 0
    [row] = db.execute("SELECT field, action, reason, raw_value FROM rejections").fetchall()
    assert dict(row) == {"field": "name", "action": "dropped", "raw_value": '{"@value": "Hamra"}',
                         "reason": "store hamra \"{'@value': 'Hamra'}\": name is no text (an object)"}
    # a number and a list of texts are text enough
    run = PipelineRun(settings={"PRICELENS_RECORD_RUN": True})
    run.feed(Store(retailer="harness", ref="hamra", name="Hamra", phone=9611234567,
                   address=["Hamra St", "Bldg 4"])).close()
    stored = db.execute("SELECT phone, address FROM stores").fetchone()
    assert (stored["phone"], stored["address"]) == ("9611234567", "Hamra St Bldg 4")


# -- 4. a shop's URLs with a user and password: requested without them, never logged nor stored -----------
SECRET = "s3cretPW"


def cred_shop():
    from tests.local_server import LocalServer, ShopHandler

    class Handler(ShopHandler):
        def do_GET(self):  # noqa: N802
            host = self.headers["Host"]
            cred = f"http://shopuser:{SECRET}@{host}"
            path = self.path.split("?")[0]
            if self.headers.get("Authorization"):
                return self.send(400, b"no credentials expected")
            if path == "/":
                return self.send(200, b"<html><body><h1>Shop</h1></body></html>")
            if path == "/robots.txt":
                return self.send(200, f"User-agent: *\nAllow: /\nSitemap: {cred}/sitemap.xml\n".encode(), "text/plain")
            if path == "/sitemap.xml":
                locs = "".join(f"<url><loc>{u}</loc></url>" for u in
                               (f"{cred}/p/1", f"http://{host}/p/2", f"http://{host}/go/3", f"{cred}/missing",
                                f"http://token{SECRET}@{host}/p/4"))
                return self.send(200, f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                                      f'sitemap/0.9">{locs}</urlset>'.encode(), "application/xml")
            if path.startswith("/go/"):
                return self.send(302, b"", headers={"Location": f"{cred}/p/{path.rsplit('/', 1)[1]}"})
            if path.startswith("/p/"):
                key = path.rsplit("/", 1)[-1]
                data = {"@context": "https://schema.org", "@type": "Product", "name": f"Cred test {key}",
                        "sku": key, "url": f"{cred}/p/{key}", "image": f"{cred}/img/{key}.png",
                        "offers": {"@type": "Offer", "price": "5.00", "priceCurrency": "USD", "url": f"{cred}/p/{key}"}}
                return self.send(200, (f'<html><head><script type="application/ld+json">{json.dumps(data)}</script>'
                                       f'</head><body><h1>Cred test {key}</h1></body></html>').encode())
            return self.send(404, b"{}", "application/json")

    return LocalServer(Handler)


def test_a_shops_urls_with_a_password_are_requested_without_it_and_never_logged_nor_stored(db, data_dir):
    with cred_shop() as shop:
        result = run([sys.executable, "-m", "scrapy", "crawl", "shop", "-a", f"url={shop.url}/", "-s", "LOG_LEVEL=DEBUG",
                      "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "PRICELENS_RECORD_RUN=True"])
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr and "] ERROR:" not in result.stderr, result.stderr[-5000:]
    assert SECRET not in result.stderr
    assert "Redirecting (302) to <GET http://shopuser:***@127.0.0.1" in result.stderr  # (Scrapy's line, masked)
    [warning] = [line for line in result.stderr.splitlines() if "] WARNING:" in line]
    assert warning.endswith(f"[crawler.middlewares] WARNING: http://shopuser:***@{shop.url[7:]}/sitemap.xml: a URL "
                            "with a user and password, requested without them (and every other one of this crawl: "
                            "pricelens/url_credentials_dropped)")
    offers = db.execute("SELECT url, image_url FROM offers ORDER BY url").fetchall()
    assert [(o["url"], o["image_url"]) for o in offers] == [(f"{shop.url}/p/{n}", f"{shop.url}/img/{n}.png")
                                                             for n in (1, 2, 3, 4)]
    run_row = db.execute("SELECT stats::text AS stats, stats AS s FROM crawl_runs").fetchone()
    assert SECRET not in run_row["stats"] and run_row["s"]["pricelens/url_credentials_dropped"] >= 3
    rejections = db.execute("SELECT url, reason, raw_value FROM rejections").fetchall()
    assert [r["url"] for r in rejections] == [f"{shop.url}/missing"]  # (its 404, requested without the password)
    assert SECRET not in json.dumps([dict(r) for r in rejections])


def test_hide_credentials_and_canonical_urls():
    from crawler.fields import canonical_url
    from crawler.urlmask import hide_credentials

    assert hide_credentials("GET https://user:pw@host/a?q=1 and http://tok@h:8/x, ftp://a:b@c") == \
        "GET https://user:***@host/a?q=1 and http://***@h:8/x, ftp://a:***@c"
    assert hide_credentials("mail me at a@b.example, see http://host/p@1") == "mail me at a@b.example, see http://host/p@1"
    assert hide_credentials("invalid hostname: shopuser:pw@127.0.0.1") == "invalid hostname: shopuser:***@127.0.0.1"
    assert hide_credentials(None) is None and hide_credentials(5) == 5
    assert canonical_url("http://u:pw@shop.example/p/1?utm_source=x&b=2&a=1") == "http://shop.example/p/1?a=1&b=2"
    assert canonical_url("/p/1", "http://u:pw@shop.example/") == "http://shop.example/p/1"


def test_a_log_record_naming_a_password_is_masked_with_its_traceback(caplog):
    from crawler.urlmask import install_log_masking

    install_log_masking()
    install_log_masking()  # (once)
    log = logging.getLogger("harden23")
    with caplog.at_level(logging.DEBUG, logger="harden23"):
        log.debug("Crawled <GET %s>", f"http://u:{SECRET}@h/p")
        try:
            raise ValueError(f"invalid hostname: u:{SECRET}@h")
        except ValueError:
            log.exception("Error downloading %(request)s", {"request": f"<GET http://u:{SECRET}@h/>"})
        log.info("plain %s %d", "text", 5)
    text = caplog.text
    assert SECRET not in text and "http://u:***@h/p" in text and "plain text 5" in text


# -- 5. `pricelens crawl` with a bad argument value and no database: the argument, not the database -----
@pytest.mark.parametrize("argument, message", [
    ("max_pages=0", "-a max_pages: expected a whole number from 1 to 1000000000"),
    ("decimal_separator=x", "-a decimal_separator: expected . or ,"),
    ("base_url=http://[::1", "-a base_url= must be a shop's http(s) address, not 'http://[::1' (Invalid IPv6 URL)"),
    ("base_url=http://shop:Pw-s3cret@127.0.0.1:1",
     "-a base_url= must be a shop's http(s) address without a user or password, not 'http://shop:***@127.0.0.1:1'"),
])
def test_pricelens_crawl_refuses_a_bad_argument_value_before_reaching_the_database(argument, message):
    result = run([sys.executable, "-m", "crawler.cli", "crawl", "cedarshop", "-a", argument],
                 env={"DATABASE_URL": "postgresql://u:pw@127.0.0.1:1/x"}, timeout=120)
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.splitlines() == [f"pricelens: {message}"] and result.stdout == ""


# -- 5. a path argument given an address, a selector argument that cannot be read -------------------------
ADDRESS = "expected a path on the shop's site (/stores), not an address (it is joined to base_url)"


@pytest.mark.parametrize("retailer, key", [("cedarshop", "store_locator_path"), ("cedarshop", "products_path"),
                                           ("semillaverde", "api_path"), ("shop", "stores")])
def test_a_path_argument_that_is_an_address_is_refused(retailer, key):
    # (file:///etc/passwd or another host's page was dropped without a word: no stores, or no offers at all)
    spider = _spider(retailer)
    for value in ("file:///etc/passwd", "http://169.254.169.254/latest", "//evil.example/x", "javascript:alert(1)"):
        assert spider.argument_problem(key, value) == (ADDRESS, value), value
    assert spider.argument_problem(key, "/pages/stores?city=all")[0] is None


@pytest.mark.parametrize("retailer, argument", [("cedarshop", "products_path=file:///etc/passwd"),
                                                ("techzone", "store_locator_path=http://169.254.169.254/x")])
def test_scrapy_crawl_refuses_an_address_as_a_path(retailer, argument):
    result = run([sys.executable, "-m", "scrapy", "crawl", retailer, "-a", argument],
                 env={"DATABASE_URL": "postgresql://u@127.0.0.1:1/x"}, timeout=120)
    assert result.returncode == 2, result.stderr[-3000:]
    assert result.stderr.splitlines()[-1] == f"scrapy crawl {retailer}: -a {argument.split('=')[0]}: {ADDRESS}"


def test_the_shop_spider_refuses_an_address_as_its_stores_path():
    result = run([sys.executable, "-m", "scrapy", "crawl", "shop", "-a", "url=http://127.0.0.1:1/",
                  "-a", "stores=file:///etc/passwd"], env={"DATABASE_URL": "postgresql://u@127.0.0.1:1/x"}, timeout=120)
    assert result.returncode == 2, result.stderr[-3000:]
    assert result.stderr.splitlines()[-1] == f"scrapy crawl shop: -a stores: {ADDRESS}"


@pytest.mark.parametrize("key, value, kind", [("tile", "!!!", "a CSS selector"), ("next_page", "/(", "an XPath"),
                                              ("store_row", "a::attr(", "a CSS selector"),
                                              ("category_links", "((", "an XPath")])
def test_a_selector_argument_that_cannot_be_read_is_refused(key, value, kind):
    # (`-a tile=!!!` failed every listing page with a traceback; the run "finished", exit 0)
    spider = _spider("megapc")
    problem, _ = spider.argument_problem(key, value)
    assert problem.startswith(f"expected a CSS selector, or an XPath starting with /, ./ or (; got {kind} that "
                              "cannot be read ("), problem
    assert spider.argument_problem(key, "li.product a::attr(href)") == (None, "li.product a::attr(href)")
    assert spider.argument_problem(key, "//li[@class='x']")[0] is None
    result = run([sys.executable, "-m", "scrapy", "crawl", "megapc", "-a", f"{key}={value}"],
                 env={"DATABASE_URL": "postgresql://u@127.0.0.1:1/x"}, timeout=120)
    assert result.returncode == 2 and result.stderr.splitlines()[-1] == f"scrapy crawl megapc: -a {key}: {problem}"
    assert "Traceback" not in result.stderr


# -- 5. a body that is not what its Content-Encoding says, a download that fails, a stray byte in UTF-8 ----
def odd_shop():
    from tests.local_server import LocalServer, ShopHandler

    def page(key, name):
        data = {"@context": "https://schema.org", "@type": "Product", "name": f"{name} {key}", "sku": key,
                "offers": {"@type": "Offer", "price": "5.00", "priceCurrency": "USD"}}
        return (f'<html><head><script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
                f'</head><body><h1>{name} {key}</h1></body></html>')

    class Handler(ShopHandler):
        def do_GET(self):  # noqa: N802
            host = self.headers["Host"]
            key = self.path.rsplit("/", 1)[-1]
            if self.path == "/":
                return self.send(200, b"<html><body><h1>Shop</h1></body></html>")
            if self.path == "/robots.txt":
                return self.send(200, f"User-agent: *\nSitemap: http://{host}/sitemap.xml\n".encode(), "text/plain")
            if self.path == "/sitemap.xml":
                locs = "".join(f"<url><loc>http://{host}/p/{k}</loc></url>" for k in ("gz", "cut", "stray", "latin"))
                return self.send(200, f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/'
                                      f'0.9">{locs}</urlset>'.encode(), "application/xml")
            if key == "gz":
                return self.send(200, page(key, "Gzip").encode(), headers={"Content-Encoding": "gzip"})
            if key == "cut":
                return self.send(200, page(key, "Cut").encode(), headers={"X-Big": "a" * 70000})
            if key == "stray":
                return self.send(200, page(key, "Café crème").encode() + b"\xff\xfe")
            if key == "latin":  # (a page in cp1252 said to be UTF-8: still read as cp1252)
                return self.send(200, page(key, "Crème brûlée").encode("cp1252"))
            return self.send(404, b"{}", "application/json")

    return LocalServer(Handler)


def test_undecodable_and_failed_downloads_are_one_line_and_a_row_and_a_stray_byte_keeps_utf8(db, data_dir):
    with odd_shop() as shop:
        result = run([sys.executable, "-m", "scrapy", "crawl", "shop", "-a", f"url={shop.url}/", "-s", "RETRY_TIMES=0",
                      "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "PRICELENS_RECORD_RUN=True"])
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-5000:]
    lines = [line.split("] ", 1)[1] for line in result.stderr.splitlines() if "] ERROR:" in line or "] WARNING:" in line]
    assert f"WARNING: {shop.url}/p/gz: body cannot be decompressed as its Content-Encoding 'gzip' says (BadGzipFile: " \
           f"Not a gzipped file (b'<h'))" in lines, lines
    assert any(line.startswith(f"ERROR: Error downloading <GET {shop.url}/p/cut>: ") for line in lines), lines
    rows = db.execute("SELECT url, reason FROM rejections WHERE action = 'page_failed' ORDER BY url").fetchall()
    assert [r["url"] for r in rows] == [f"{shop.url}/p/cut", f"{shop.url}/p/gz"]
    assert rows[1]["reason"] == "body cannot be decompressed as its Content-Encoding 'gzip' says (BadGzipFile: " \
                                "Not a gzipped file (b'<h'))"
    titles = [r["title"] for r in db.execute("SELECT title FROM offers ORDER BY title")]
    assert titles == ["Café crème stray", "Crème brûlée latin"]  # (not "CafÃ© crÃ¨me stray")


def test_detect_hides_a_password_and_cuts_a_huge_address():
    result = run([sys.executable, "-m", "crawler.platforms.detect", f"http://user:{SECRET}@127.0.0.1:1/"], timeout=60)
    assert result.returncode == 2 and result.stderr.splitlines() == [
        "detect: 'http://user:***@127.0.0.1:1/' is not a shop's http(s) address without a user or password"]
    result = run([sys.executable, "-m", "crawler.platforms.detect", f"ftp://user:{SECRET}@127.0.0.1:1/"], timeout=60)
    assert result.returncode == 2 and result.stderr.splitlines() == [
        "detect: 'ftp://user:***@127.0.0.1:1/' is not a shop's http(s) address"]
    result = run([sys.executable, "-m", "crawler.platforms.detect", "http://127.0.0.1:1/" + "a" * 100_000], timeout=60)
    assert result.returncode == 1 and len(result.stderr) < 400 and "(100019 characters)" in result.stderr


def test_a_country_that_is_no_iso_code_is_refused():
    # (any text up to 2,048 characters became the retailer's country)
    for retailer in ("techzone", "shop"):
        spider = _spider(retailer)
        for value in ("Lebanon", "ZZ", "12", "UK", "L"):
            assert spider.argument_problem("country", value) == (
                "expected a two-letter ISO 3166 country code (LB, FR, US ...)", value), value
        assert spider.argument_problem("country", " lb ") == (None, "LB")
        assert spider.argument_problem("country", "") == (None, None)  # (none: unknown)
    result = run([sys.executable, "-m", "scrapy", "crawl", "techzone", "-a", "country=Lebanon"],
                 env={"DATABASE_URL": "postgresql://u@127.0.0.1:1/x"}, timeout=120)
    assert result.returncode == 2 and result.stderr.splitlines()[-1] == (
        "scrapy crawl techzone: -a country: expected a two-letter ISO 3166 country code (LB, FR, US ...)")


def test_a_demo_whose_shop_port_is_taken_is_one_line(database_url, tmp_path):
    # (`pricelens demo` with 127.0.0.1:8101 in use - another demo, `make shops` - ended with a traceback)
    import socket

    held = socket.socket()
    try:
        held.bind(("127.0.0.1", 8101))
        held.listen()
    except OSError:
        pass  # (taken already: by another process, the same case)
    try:
        result = run([sys.executable, "-m", "crawler.cli", "demo", "--no-serve", "--history-days", "0",
                      "--retailer", "techzone"],
                     env={"DATABASE_URL": database_url, "PRICELENS_DATA_DIR": str(tmp_path / "data")}, timeout=300)
    finally:
        held.close()
    assert result.returncode == 2, result.stderr[-3000:]  # (checked before anything starts: a usage error)
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1] == (
        "pricelens: cannot serve the techzone shop: 127.0.0.1:8101 is in use; stop what uses it "
        "(another `pricelens demo` or `make shops`?)")


def test_serve_on_a_port_in_use_is_one_line(db, data_dir):
    # (Datasette's server printed "ERROR: [Errno 98] error while attempting to bind" amid its start-up lines, exit 3)
    import socket

    published = run([sys.executable, "-m", "crawler.cli", "publish"])
    assert published.returncode == 0, published.stderr[-2000:]
    held = socket.socket()
    held.bind(("127.0.0.1", 0))
    held.listen()
    port = held.getsockname()[1]
    try:
        result = run([sys.executable, "-m", "crawler.cli", "serve", "--port", str(port)], timeout=120)
    finally:
        held.close()
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.splitlines() == [f"pricelens serve: --port {port}: 127.0.0.1:{port} is in use"]
