"""The long fault runs (`make reliability`): a PostgreSQL restart in the middle of a real crawl,
and the site under a sustained concurrent load. Marked ``reliability``; `make test` skips them."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import psycopg
import pytest

from crawler.demo.server import DemoServer
from tests.conftest import ROOT
from tests.test_db_faults import OwnServer

pytestmark = pytest.mark.reliability


@pytest.fixture(scope="module")
def own_server(tmp_path_factory):
    server = OwnServer(tmp_path_factory.mktemp("pg-long") / "pgdata")
    yield server
    server.server.cleanup()


def test_crawl_survives_a_postgres_restart(own_server, tmp_path):
    from crawler.db.migrate import migrate

    with psycopg.connect(own_server.url, autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS restart WITH (FORCE)")
        admin.execute("CREATE DATABASE restart")
    url = psycopg.conninfo.make_conninfo(own_server.url, dbname="restart")
    migrate(url)
    env = {**os.environ, "DATABASE_URL": url, "PRICELENS_DATA_DIR": str(tmp_path), "PRICELENS_DB_RETRIES": "2",
           "PRICELENS_DB_BACKOFF": "0.2", "PRICELENS_DB_RECONNECT": "1", "PRICELENS_DB_GIVE_UP": "600"}
    with DemoServer(["techzone"], base_port=0, n_products=800) as demo:
        expected = len(demo.sites["techzone"].listings) - 1  # one garbage price
        command = [sys.executable, "-m", "scrapy", "crawl", "techzone", "-a", f"base_url={demo.base_urls['techzone']}",
                   "-s", "DOWNLOAD_DELAY=0.01", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2",
                   "-s", "PRICELENS_STORE_BATCH=25", "-s", "LOG_LEVEL=WARNING"]
        crawl = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(4)
        own_server.stop()
        time.sleep(4)
        own_server.start()
        _, stderr = crawl.communicate(timeout=600)
        assert crawl.returncode == 0, stderr[-3000:]
        assert "spooled" in stderr
        # the next run (here: an empty crawl of the stores page only) imports the spool first
        subprocess.run(command + ["-a", "sitemap_paths="], cwd=ROOT, env=env,
                       capture_output=True, timeout=300)
    with psycopg.connect(url) as conn:
        offers = conn.execute("SELECT count(*) FROM offers").fetchone()[0]
        history = conn.execute("SELECT count(*) FROM price_history").fetchone()[0]
        first = conn.execute("SELECT offers_accepted, status FROM crawl_runs ORDER BY id LIMIT 1").fetchone()
    assert offers == expected
    assert history == offers                    # none twice
    assert first == (expected, "finished")     # counted in = stored
    assert not list((tmp_path / "spool").glob("*.jsonl"))


def test_site_under_sixteen_clients_for_a_minute(db, data_dir):
    from publish.export import publish
    from publish.site import site_database, start_datasette, stop_datasette
    from tests.test_publish import seed

    seed(db)
    publish(quiet=True)
    server, base = start_datasette(site_database())
    try:
        paths = ["/", "/pricelens/offers", "/pricelens/offers.json?_facet=retailer_name", "/pricelens/products.json",
                 "/pricelens/stores.json", "/pricelens.json?sql=select+count(*)+from+price_history",
                 "/pricelens/offers?_search=samsung"]
        results = {"ok": 0, "errors": 0}
        lock = threading.Lock()
        deadline = time.monotonic() + 60

        def client(number: int):
            i = number
            while time.monotonic() < deadline:
                try:
                    with urllib.request.urlopen(base + paths[i % len(paths)], timeout=10) as response:
                        ok = response.status == 200
                except (urllib.error.URLError, ConnectionError, TimeoutError):
                    ok = False
                with lock:
                    results["ok" if ok else "errors"] += 1
                i += 1

        threads = [threading.Thread(target=client, args=(n,)) for n in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        stop_datasette(server)
    print(f"\n16 clients for 60 s: {results['ok']} answers, {results['errors']} errors")
    assert results["errors"] == 0 and results["ok"] > 100


def test_the_browser_killed_mid_crawl_is_relaunched(db, database_url, chromium):
    from tests.test_rendered_crawl import crawl_with_a_crash

    def kill_browser(children) -> int:
        tabs = [p for p in children if "--type=renderer" in " ".join(p.cmdline())]
        browsers = [p for p in children if "chrom" in p.name().lower() and "--type=" not in " ".join(p.cmdline())]
        if len(tabs) < 2 or not browsers:
            return 0
        for browser in browsers:
            browser.kill()
        return len(browsers)

    run, expected, stderr = crawl_with_a_crash(database_url, chromium, kill_browser,
                                               "-s", "PRICELENS_RENDER_DEADLINE=20")
    assert (run["status"], run["finish_reason"]) == ("finished", "finished"), stderr[-3000:]
    assert run["offers_accepted"] == expected
