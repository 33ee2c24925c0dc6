"""`scrapy crawl` exits with its run's outcome (session 22): 1 and one line saying why for every failed run
(site_unreachable, database_unavailable, shop_unreachable, finished_without_items, disk_full ...), 0 for a
run that finished (some offers refused, some pages failed) and for a crawl stopped on purpose. Scrapy's
own crawl command exited 0 however the crawl ended (only disk_full gave 1, through a workaround)."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import zipfile
from io import BytesIO

import pytest

from tests.conftest import ROOT

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING",
        "-s", "RETRY_TIMES=0", "-s", "DOWNLOAD_TIMEOUT=10"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run(args: list[str], env: dict | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, env={**os.environ, **(env or {})}, capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)


def scrapy_crawl(spider: str, *arguments: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return run([sys.executable, "-m", "scrapy", "crawl", spider, *arguments, *FAST], env=env)


def last_line(result: subprocess.CompletedProcess) -> str:
    return result.stderr.strip().splitlines()[-1]


# -- failed runs: exit 1, one line ----------------------------------------------------------------------
def test_an_unreachable_shop_exits_1_saying_why(db):
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    result = scrapy_crawl("techzone", "-a", f"base_url={url}")
    assert result.returncode == 1, result.stderr[-3000:]
    run_row = db.execute("SELECT id, status, finish_reason FROM crawl_runs").fetchone()
    assert (run_row["status"], run_row["finish_reason"]) == ("failed", "site_unreachable")
    assert last_line(result) == (f"scrapy crawl techzone: run {run_row['id']} failed (site_unreachable): "
                                 f"{url.removeprefix('http://')} refuses connections")
    assert "Traceback" not in result.stderr
    assert result.stderr.count("scrapy crawl techzone:") == 1


def test_a_database_that_cannot_be_reached_exits_1_saying_why(tmp_path):
    port = free_port()  # a closed port: the database never comes
    result = scrapy_crawl("techzone", "-a", f"base_url=http://127.0.0.1:{free_port()}",
                          env={"DATABASE_URL": f"postgresql://pricelens:s3cret@127.0.0.1:{port}/x",
                               "PRICELENS_DB_RETRIES": "0", "PRICELENS_DATA_DIR": str(tmp_path)})
    assert result.returncode == 1, result.stderr[-3000:]
    line = last_line(result)
    assert line.startswith("scrapy crawl techzone: run (not opened) failed (database_unavailable): "
                           f"cannot reach PostgreSQL at postgresql://pricelens:***@127.0.0.1:{port}/x"), line
    assert "s3cret" not in result.stderr and "Traceback" not in result.stderr
    assert list((tmp_path / "spool").glob("*.jsonl"))  # the run itself is kept for the next one


def test_a_shop_spider_on_an_unreachable_address_exits_1_saying_why(db):
    url = f"http://127.0.0.1:{free_port()}"
    result = scrapy_crawl("shop", "-a", f"url={url}")
    assert result.returncode == 1, result.stderr[-3000:]
    run_row = db.execute("SELECT id, status, finish_reason FROM crawl_runs").fetchone()
    assert (run_row["status"], run_row["finish_reason"]) == ("failed", "shop_unreachable")
    assert re.fullmatch(rf"scrapy crawl shop: run {run_row['id']} failed \(shop_unreachable\): shop {url}: "
                        r"unreachable.*", last_line(result)), last_line(result)


def test_a_crawl_that_stores_nothing_exits_1_saying_why(db):
    from tests.local_server import SitemapShop

    with SitemapShop(0) as shop:  # a sitemap that lists no product
        result = scrapy_crawl("techzone", "-a", f"base_url={shop.url}", "-a", "store_locator_path=")
    assert result.returncode == 1, result.stderr[-3000:]
    run_row = db.execute("SELECT id, status, finish_reason FROM crawl_runs").fetchone()
    assert last_line(result) == (f"scrapy crawl techzone: run {run_row['id']} failed (finished_without_items): "
                                 "nothing was stored, no offer and no store")


def test_a_full_disk_exits_1_through_the_same_command(db):
    """(disk_full gave exit 1 through a workaround: the crawler's spider cleared once the engine stopped,
    which Scrapy's command reads as a crawl that never started)"""
    from demo.server import DemoServer
    from tests.test_hostile22 import DISK_FULL_CRAWL

    with DemoServer(["techzone"], base_port=0, n_products=20) as demo:
        result = run([sys.executable, "-c", DISK_FULL_CRAWL, demo.base_urls["techzone"]], timeout=300)
    assert result.returncode == 1, result.stderr[-3000:]
    run_row = db.execute("SELECT id, status, finish_reason FROM crawl_runs").fetchone()
    assert (run_row["status"], run_row["finish_reason"]) == ("failed", "disk_full")
    assert last_line(result) == (f"scrapy crawl techzone: run {run_row['id']} failed (disk_full): "
                                 "no space left on device writing /data/pricelens")
    from crawler.store import runs

    assert not hasattr(runs.CrawlRun, "_exit_failed")  # the workaround is gone


# -- finished runs: exit 0, nothing added -----------------------------------------------------------------
def test_a_run_with_a_refused_offer_exits_0(db):
    from demo.server import DemoServer

    with DemoServer(["techzone"], base_port=0, n_products=20) as demo:  # one offer has a garbage price
        result = scrapy_crawl("techzone", "-a", f"base_url={demo.base_urls['techzone']}")
    assert result.returncode == 0, result.stderr[-3000:]
    run_row = db.execute("SELECT status, items_rejected FROM crawl_runs").fetchone()
    assert run_row["status"] == "finished" and run_row["items_rejected"] >= 1
    assert "scrapy crawl techzone:" not in result.stderr


def test_the_outcome_of_each_kind_of_run():
    from scrapy.utils.test import get_crawler

    from crawler.store.runs import CrawlRun

    crawler = get_crawler()
    run = object.__new__(CrawlRun)  # (no writer thread, no database: only what failure() reads)
    run.crawler, run.id = crawler, 7
    run.status = None
    assert run.failure() == "run 7 ended without its end being recorded (see the log above)"
    for status, reason in (("finished", "finished"), ("stopped", "shutdown")):
        run.status, run.reason = status, reason
        assert run.failure() is None
    run.status, run.reason = "failed", "closespider_timeout"
    assert run.failure() == ("run 7 failed (closespider_timeout): the time limit (CLOSESPIDER_TIMEOUT) was reached "
                             "before the crawl's end")
    run.reason = "browser_unavailable"
    assert run.failure() == "run 7 failed (browser_unavailable)"
    crawler.stats.set_value("pricelens/browser_unavailable", "/bin/true: exited")
    assert run.failure() == "run 7 failed (browser_unavailable): /bin/true: exited"
    run.id, run.reason = None, "some_new_reason"
    assert run.failure() == "run (not opened) failed (some_new_reason)"


def test_a_crawl_without_a_run_exits_as_scrapys():
    # PRICELENS_PIPELINES=0 records nothing (the benchmark's setting): no run, no outcome to read
    result = scrapy_crawl("techzone", "-a", f"base_url=http://127.0.0.1:{free_port()}",
                          env={"PRICELENS_PIPELINES": "0"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert "scrapy crawl techzone:" not in result.stderr


def test_the_command_is_the_projects_and_travels_in_the_scrapyd_egg():
    from crawler.ops.scrapyd import build_egg

    result = run([sys.executable, "-m", "scrapy", "-h"])
    assert re.search(r"^  crawl +Run a spider of the current project, by name \(exit 1 if its run failed\)$",
                     result.stdout, re.M), result.stdout
    names = zipfile.ZipFile(BytesIO(build_egg("0"))).namelist()
    assert {"crawler/commands/__init__.py", "crawler/commands/crawl.py"} <= set(names)


# -- the pricelens commands, which read the run themselves ---------------------------------------------------
def test_pricelens_crawl_still_exits_1_with_its_summary(db):
    url = f"http://127.0.0.1:{free_port()}"
    # (its refused robots.txt retried as always, 0.05 s apart rather than 1 s and more)
    result = run([sys.executable, "-m", "crawler.cli", "crawl", "techzone", "-a", f"base_url={url}"],
                 env={"PRICELENS_RETRY_BACKOFF_BASE": "0.05"})
    assert result.returncode == 1, result.stderr[-3000:]
    assert result.stdout.startswith("techzone: failed (site_unreachable) — 0 offers"), result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.usefixtures("db")
def test_scrapyd_reports_a_failed_job_as_failed(tmp_path, monkeypatch, scrapyd_url):
    from crawler.ops.scheduler import make_runner, run_once
    from crawler.ops.schedules import load_config
    from crawler.ops.scrapyd import ScrapydClient, ScrapydRunner, project_name
    from tests.test_scrapyd import crawl_entry

    monkeypatch.setenv("SCRAPYD_URL", scrapyd_url)
    url = f"http://127.0.0.1:{free_port()}"
    crawl_entry(tmp_path, url)
    config = load_config(tmp_path / "schedules.toml", retailers=["techzone"])
    runner = make_runner(config)
    assert isinstance(runner, ScrapydRunner)
    runner.poll = 0.2
    [crawl] = run_once(config, runner=runner, publish=False).crawls
    assert (crawl.status, crawl.reason) == ("failed", "site_unreachable"), crawl.describe()
    jobs = ScrapydClient(scrapyd_url).listjobs(project_name())
    assert crawl.where.rsplit(" ", 1)[1] in [job["id"] for job in jobs["finished"]]


from tests.test_scrapyd import scrapyd_url  # noqa: E402,F401  (the module's own Scrapyd, its fixture)
