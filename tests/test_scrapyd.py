"""Crawls on a real Scrapyd started on 127.0.0.1: deploy, schedule, follow, cancel."""

from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
import zipfile

import pytest

from crawler.ops.process import StopSignal
from crawler.ops.scheduler import make_runner, run_once
from crawler.ops.schedules import CrawlEntry, load_config
from crawler.ops.scrapyd import (ScrapydClient, ScrapydError, ScrapydPool, ScrapydRunner, build_egg, deploy,
                             project_name, scrapyd_urls)

import scrapyd  # noqa: E402,F401  (a dev dependency: missing, the module fails, never skips)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def scrapyd_url(tmp_path_factory, database_url):
    """A Scrapyd on 127.0.0.1 with its own folders, the test database in its environment,
    and the project deployed."""
    home = tmp_path_factory.mktemp("scrapyd")
    port = free_port()
    (home / "scrapyd.conf").write_text(textwrap.dedent(f"""
        [scrapyd]
        bind_address = 127.0.0.1
        http_port = {port}
        eggs_dir = {home / "eggs"}
        logs_dir = {home / "logs"}
        dbs_dir = {home / "dbs"}
        poll_interval = 0.2
        max_proc = 2
        """))
    env = {**os.environ, "HOME": str(home), "DATABASE_URL": database_url,
           "PRICELENS_DOWNLOAD_DELAY": "0", "PRICELENS_LOG_LEVEL": "INFO"}
    log = open(home / "scrapyd.out", "wb")
    process = subprocess.Popen([sys.executable, "-m", "scrapyd", "--pidfile="], cwd=home, env=env,
                               stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                ScrapydClient(url, timeout=1).daemonstatus()
                break
            except ScrapydError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("scrapyd did not start: " + (home / "scrapyd.out").read_text()[-2000:])
                time.sleep(0.2)
        [answer] = deploy([url], version="1")
        assert answer["project"] == project_name() and answer["spiders"] >= 1
        yield url
    finally:
        process.terminate()
        try:
            process.wait(3)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()


def crawl_entry(tmp_path, base_url: str, **options) -> CrawlEntry:
    extra = "\n".join(f"{key} = {value}" for key, value in options.items())
    path = tmp_path / "schedules.toml"
    path.write_text(textwrap.dedent(f"""
        timezone = "UTC"
        [crawl.techzone]
        cron = "0 2 * * *"
        retries = 0
        arguments = {{ base_url = "{base_url}" }}
        """) + extra + '\n[publish]\ncron = "0 5 * * *"\n')
    return load_config(path, retailers=["techzone"]).crawls["techzone"]


@pytest.fixture
def demo_shop():
    from demo import server

    with server.DemoServer(["techzone"], n_products=20, base_port=0) as demo:
        yield demo.base_urls["techzone"]


def test_urls_from_the_environment(monkeypatch):
    assert scrapyd_urls(" http://a:6800/ , http://b:6800 ,") == ["http://a:6800", "http://b:6800"]
    monkeypatch.delenv("SCRAPYD_URL", raising=False)
    assert scrapyd_urls() == []


@pytest.mark.parametrize("url, what", [
    ("ftp://admin:Pw-s3cret@host:6800", "ftp://admin:***@host:6800: Scrapyd URL: expected an http:// or https:// URL "
                                        "with a host, got a ftp: URL"),
    ("file:///etc", "file:///etc: Scrapyd URL: expected an http:// or https:// URL with a host, got a file: URL"),
    ("http://admin:Pw-s3cret@host:99999", "(a URL that cannot be read): Scrapyd URL: expected an http:// or https:// "
                                          "URL with a host, got a URL that cannot be read"),
])
def test_a_scrapyd_url_that_is_no_http_address_is_one_line_and_exit_2(url, what, monkeypatch):
    """urllib opened ftp:// and file:// URLs and tried port 99999 (session 16 attack)."""
    from click.testing import CliRunner

    from crawler.cli import main

    result = CliRunner().invoke(main, ["deploy", "--url", url])
    assert result.exit_code == 2 and result.stderr == f"pricelens: {what}\n", result.stderr
    monkeypatch.setenv("SCRAPYD_URL", f"http://ok:6800,{url}")
    result = CliRunner().invoke(main, ["run-once", "--no-publish"])
    assert result.exit_code == 2 and result.stderr == f"pricelens: SCRAPYD_URL: {what}\n", result.stderr
    assert "Pw-s3cret" not in result.output


def test_the_egg_carries_the_project_and_scrapyds_entry_point():
    with zipfile.ZipFile(io.BytesIO(build_egg("7"))) as egg:
        names = set(egg.namelist())
        assert egg.read("EGG-INFO/entry_points.txt").decode() == "[scrapy]\nsettings = crawler.settings\n"
        assert "Version: 7" in egg.read("EGG-INFO/PKG-INFO").decode()
    assert {"crawler/settings.py", "spiders/techzone.py", "pipelines/store.py"} <= names
    assert not any("__pycache__" in name for name in names)


def test_deployed_spiders_are_listed(scrapyd_url):
    assert "techzone" in ScrapydClient(scrapyd_url).listspiders(project_name())


def test_the_pool_skips_unreachable_servers(scrapyd_url):
    dead = f"http://127.0.0.1:{free_port()}"
    assert ScrapydPool([dead, scrapyd_url], timeout=2).pick().url == scrapyd_url
    with pytest.raises(ScrapydError, match="no Scrapyd server reachable: http://127.0.0.1:"):
        ScrapydPool([dead], timeout=2).pick()


def test_run_once_crawls_on_scrapyd_when_scrapyd_url_is_set(db, tmp_path, monkeypatch, scrapyd_url, demo_shop):
    monkeypatch.setenv("SCRAPYD_URL", scrapyd_url)
    entry = crawl_entry(tmp_path, demo_shop)
    config = load_config(tmp_path / "schedules.toml", retailers=["techzone"])
    runner = make_runner(config)
    assert isinstance(runner, ScrapydRunner)
    runner.poll = 0.2
    result = run_once(config, runner=runner, publish=False)
    [crawl] = result.crawls
    assert crawl.ok, crawl.describe()
    assert crawl.where.startswith(f"{scrapyd_url} job ")
    row = db.execute("SELECT * FROM crawl_runs").fetchone()
    assert row["id"] == crawl.run_id and row["status"] == "finished" and row["offers_accepted"] > 0
    jobs = ScrapydClient(scrapyd_url).listjobs(project_name())
    assert crawl.where.rsplit(" ", 1)[1] in [job["id"] for job in jobs["finished"]]
    assert entry.retailer == "techzone"


def test_stopping_cancels_the_scrapyd_job(db, database_url, tmp_path, scrapyd_url, demo_shop):
    from crawler.store import connect

    entry = crawl_entry(tmp_path, demo_shop)
    runner = ScrapydRunner([scrapyd_url], poll=0.2, kill_grace=5, settings={"DOWNLOAD_DELAY": "1"})
    stop = StopSignal()

    def stop_once_crawling():  # the scheduler is told to stop while the crawl runs
        with connect(database_url, autocommit=True) as conn:
            while not conn.execute("SELECT 1 FROM crawl_runs WHERE pages > 0 OR status = 'running'").fetchone():
                if stop.wait(0.1):
                    return
        time.sleep(1.0)
        stop.request()

    watcher = threading.Thread(target=stop_once_crawling, daemon=True)
    watcher.start()
    result = runner.run(entry, stop)
    stop.request()
    watcher.join(5)
    assert result.stopped and not result.ok
    assert result.run is not None and result.run["finish_reason"] == "shutdown", result.describe()
    assert result.run["status"] == "stopped"  # stopped on purpose (the scheduler stops it): no failure
