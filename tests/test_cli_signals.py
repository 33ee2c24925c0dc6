"""SIGTERM / SIGINT to `pricelens crawl` and `pricelens demo`: the crawl is stopped (Scrapy's
graceful shutdown, then a kill), its run is not left "running", no process is left behind (the
crawl, the embedded PostgreSQL), and the command exits non-zero."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import psutil
import pytest

from demo.server import DemoServer
from tests.conftest import ROOT


def _wait(predicate, timeout: float, what: str, process: subprocess.Popen, log) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            process.wait()
            raise AssertionError(f"{what}: {log.read_text()[-3000:]}")
        time.sleep(0.2)


def _descendants(pid: int) -> list[psutil.Process]:
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def _alive(processes) -> list[psutil.Process]:
    alive = []
    for p in processes:
        try:
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                alive.append(p)
        except psutil.NoSuchProcess:
            pass
    return alive


def _stop(parent: subprocess.Popen, children, signum: int, settle: float) -> list[psutil.Process]:
    """Send ``signum`` to ``parent``, wait for it, and return (then kill) the ``children``
    still alive ``settle`` seconds later."""
    parent.send_signal(signum)
    parent.wait(timeout=120)
    time.sleep(settle)
    survivors = _alive(children)
    for p in survivors:
        p.kill()
    return survivors


def _has_scrapy_child(pid: int) -> bool:
    for p in _descendants(pid):
        try:
            if "scrapy" in p.cmdline():
                return True
        except psutil.Error:
            pass
    return False


def _running_run(db):
    return db.execute("SELECT * FROM crawl_runs WHERE status = 'running'").fetchone()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])  # HUP: session 17
def test_a_signal_to_pricelens_crawl_stops_the_crawl_and_closes_its_run(db, database_url, tmp_path, signum):
    log = tmp_path / "crawl.log"
    env = {**os.environ, "DATABASE_URL": database_url, "PRICELENS_DATA_DIR": str(tmp_path / "data"),
           "PRICELENS_KILL_GRACE": "20"}
    # 400 products at the default politeness (a delay, AutoThrottle): minutes of crawling
    with DemoServer(["techzone"], base_port=0, n_products=400) as shop, open(log, "w") as out:
        parent = subprocess.Popen([sys.executable, "-m", "crawler.cli", "crawl", "techzone",
                                   "-a", f"base_url={shop.base_urls['techzone']}"],
                                  cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        _wait(lambda: _running_run(db) is not None, 120, "the crawl never opened its run", parent, log)
        _wait(lambda: _has_scrapy_child(parent.pid),
              30, "no scrapy child", parent, log)
        children = _descendants(parent.pid)
        survivors = _stop(parent, children, signum, 0.5)
    output = log.read_text()
    assert parent.returncode != 0, output[-3000:]
    assert "Traceback" not in output, output[-3000:]
    assert not survivors, [p.pid for p in survivors]
    run = db.execute("SELECT status, finish_reason FROM crawl_runs").fetchone()
    assert run["status"] == "stopped", run
    assert "shutdown" in run["finish_reason"], run
    assert db.execute("SELECT count(*) AS n FROM alerts").fetchone()["n"] == 0


def test_sigterm_to_pricelens_crawl_stops_the_embedded_database_it_started(tmp_path):
    log = tmp_path / "crawl.log"
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(PRICELENS_DATA_DIR=str(tmp_path / "data"), PRICELENS_KILL_GRACE="20")
    with DemoServer(["techzone"], base_port=0, n_products=400) as shop, open(log, "w") as out:
        parent = subprocess.Popen([sys.executable, "-m", "crawler.cli", "crawl", "techzone",
                                   "-a", f"base_url={shop.base_urls['techzone']}"],
                                  cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        _wait(lambda: _has_scrapy_child(parent.pid),
              180, "no scrapy child", parent, log)
        time.sleep(3)  # the crawl is under way
        postmaster_pid = tmp_path / "data" / "postgres" / "postmaster.pid"
        # pg_ctl daemonizes the server: it is not among our descendants
        children = _descendants(parent.pid) + [psutil.Process(int(postmaster_pid.read_text().split()[0]))]
        survivors = _stop(parent, children, signal.SIGTERM, 1)
    output = log.read_text()
    assert parent.returncode != 0, output[-3000:]
    assert "Traceback" not in output, output[-3000:]
    assert not survivors, [p.pid for p in survivors]


def test_sigterm_to_pricelens_demo_stops_its_crawl_and_shops(db, database_url, tmp_path):
    log = tmp_path / "demo.log"
    env = {**os.environ, "DATABASE_URL": database_url, "PRICELENS_DATA_DIR": str(tmp_path / "data"),
           "PRICELENS_KILL_GRACE": "20"}
    with open(log, "w") as out:
        parent = subprocess.Popen([sys.executable, "-m", "crawler.cli", "demo", "--no-serve", "--history-days", "0",
                                   "--retailer", "techzone", "--products", "3000"],
                                  cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        _wait(lambda: _running_run(db) is not None, 180, "the demo's crawl never opened its run", parent, log)
        children = _descendants(parent.pid)
        survivors = _stop(parent, children, signal.SIGTERM, 0.5)
    output = log.read_text()
    assert parent.returncode != 0, output[-3000:]
    assert "Traceback" not in output and "snapshot:" not in output, output[-3000:]  # stopped, not published
    assert not survivors, [p.pid for p in survivors]
    run = db.execute("SELECT status, finish_reason FROM crawl_runs").fetchone()
    assert run["status"] == "stopped" and "shutdown" in run["finish_reason"], run
