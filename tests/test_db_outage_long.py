"""The long database outage (`make reliability`): PostgreSQL stopped for 10 s in the middle of
a real crawl. Pages keep being downloaded while it is away (the writes are the writer
thread's, never the reactor's), and every offer is stored after it. Marked ``reliability``."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

import psycopg
from psycopg.rows import dict_row
import pytest

from demo.server import DemoServer
from tests.conftest import ROOT
from tests.test_db_faults import OwnServer

pytestmark = pytest.mark.reliability

OUTAGE = 10.0


@pytest.fixture(scope="module")
def own_server(tmp_path_factory):
    server = OwnServer(tmp_path_factory.mktemp("pg-outage") / "pgdata")
    yield server
    server.server.cleanup()


def wait_for(path, crawl, log_file, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not (path.exists() and path.read_text().strip()):
        if time.monotonic() > deadline or crawl.poll() is not None:
            crawl.kill()
            crawl.wait()
            raise AssertionError(log_file.read_text()[-3000:])
        time.sleep(0.05)


def test_pages_keep_coming_while_postgres_is_stopped(own_server, tmp_path):
    from crawler.store.migrate import migrate
    from crawler.store.spool import replay

    with psycopg.connect(own_server.url, autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS outage WITH (FORCE)")
        admin.execute("CREATE DATABASE outage")
    url = psycopg.conninfo.make_conninfo(own_server.url, dbname="outage")
    migrate(url)
    run_id_file = tmp_path / "run_id"
    # the default retries and backoff (0.5 + 1 + 2 + 4 s before a batch is spooled)
    env = {**os.environ, "DATABASE_URL": url, "PRICELENS_DATA_DIR": str(tmp_path), "PRICELENS_DB_GIVE_UP": "600",
           "PRICELENS_RUN_ID_FILE": str(run_id_file)}
    for name in ("PRICELENS_DB_RETRIES", "PRICELENS_DB_BACKOFF", "PRICELENS_DB_RECONNECT"):
        env.pop(name, None)
    with DemoServer(["techzone"], base_port=0, n_products=700) as demo:
        expected = len(demo.sites["techzone"].listings) - 1  # one garbage price
        command = [sys.executable, "-m", "scrapy", "crawl", "techzone", "-a", f"base_url={demo.base_urls['techzone']}",
                   "-s", "DOWNLOAD_DELAY=0.03", "-s", "AUTOTHROTTLE_ENABLED=False",
                   "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", "PRICELENS_STORE_BATCH=25",
                   "-s", "LOG_LEVEL=DEBUG", "-s", "LOG_FORMAT=%(created).3f [%(name)s] %(levelname)s: %(message)s"]
        log_file = tmp_path / "crawl.log"  # a file, not a pipe: a full pipe would stop the crawl's logging
        with log_file.open("w") as log_out:
            crawl = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log_out)
        wait_for(run_id_file, crawl, log_file)
        time.sleep(5)
        stopping_at = time.time()
        own_server.stop()
        stopped_at = time.time()
        print(f"\nPostgreSQL stopped in {stopped_at - stopping_at:.1f} s")
        time.sleep(OUTAGE)
        restarting_at = time.time()
        own_server.start()
        crawl.wait(timeout=900)
    log = log_file.read_text()
    assert crawl.returncode == 0, log[-3000:]
    assert re.search(r"writing \d+ \w+ failed", log), log[-3000:]  # the crawl did meet the outage
    responses = [float(m) for m in re.findall(r"^(\d+\.\d+) \[scrapy\.core\.engine\] DEBUG: Crawled \(", log, re.M)]
    first, last = min(responses), max(responses)
    assert first < stopped_at and last > restarting_at, "the outage was not in the middle of the crawl"
    during = sum(stopped_at <= t <= restarting_at for t in responses)
    rate_during = during / (restarting_at - stopped_at)
    rate_outside = (len(responses) - during) / ((last - first) - (restarting_at - stopped_at))
    print(f"\n{len(responses)} pages in {last - first:.1f} s; {during} while PostgreSQL was stopped "
          f"({rate_during:.1f}/s, {rate_outside:.1f}/s outside the outage)")
    assert rate_during >= 0.5 * rate_outside  # the crawl did not wait for the database
    # every offer is stored: written after the restart, or spooled and imported by the next run
    with psycopg.connect(url, autocommit=True, row_factory=dict_row) as conn:
        replay(conn, tmp_path / "spool")
        offers = conn.execute("SELECT count(*) AS n FROM offers").fetchone()["n"]
        history = conn.execute("SELECT count(*) AS n FROM price_history").fetchone()["n"]
        run = conn.execute("SELECT offers_accepted, status FROM crawl_runs ORDER BY id LIMIT 1").fetchone()
    assert offers == expected
    assert history == offers                                          # none twice
    assert (run["offers_accepted"], run["status"]) == (expected, "finished")
    assert not list((tmp_path / "spool").glob("*.jsonl"))
