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

from demo.server import DemoServer
from tests.conftest import ROOT
from tests.test_db_faults import OwnServer

pytestmark = pytest.mark.reliability


@pytest.fixture(scope="module")
def own_server(tmp_path_factory):
    server = OwnServer(tmp_path_factory.mktemp("pg-long") / "pgdata")
    yield server
    server.server.cleanup()


def test_crawl_survives_a_postgres_restart(own_server, tmp_path):
    from crawler.store.migrate import migrate

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
        # the next run imports the spool first, whatever becomes of it (here: a crawl of a shop that
        # is not there - a run that opens, replays the spool and fails as site_unreachable, exit 1;
        # session 22: the "-a sitemap_paths=" this test gave, an attribute and no argument, is refused)
        again = subprocess.run([*command[:5], "-a", "base_url=http://127.0.0.1:9/", *command[7:]], cwd=ROOT,
                               env=env, capture_output=True, text=True, timeout=300)
        assert again.returncode == 1 and "site_unreachable" in again.stderr, again.stderr[-3000:]
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


# -- the site under attack while sixteen clients browse (issue 14) -------------------------------
ATTACK_SQL = {
    "memory bomb": "select length(hex(zeroblob(4e8)))",
    "huge result": "select hex(zeroblob(500000)) as x from price_history limit 300",
}


class Browser:
    """One visitor: a keep-alive connection, re-opened (and the request sent again, once) when
    the server closed it while idle, as browsers do."""

    def __init__(self, port: int):
        self.port = port
        self.conn = None
        self.retries = 0

    def get(self, path: str, limit: int | None = None) -> int:
        import http.client

        for attempt in (0, 1):
            reused = self.conn is not None
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            try:
                self.conn.request("GET", path)
                response = self.conn.getresponse()
                if limit is not None:  # the start of a download, then hang up
                    response.read(limit)
                    self.close()
                else:
                    response.read()
                    if response.will_close:
                        self.close()
                return response.status
            except (ConnectionError, http.client.BadStatusLine):
                self.close()
                if not reused or attempt:
                    raise
                self.retries += 1
        raise AssertionError("unreachable")

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def _tree_rss(pid: int) -> int:
    import psutil

    try:
        process = psutil.Process(pid)
        return sum(p.memory_info().rss for p in [process] + process.children(recursive=True))
    except psutil.NoSuchProcess:
        return 0


def test_site_under_attack_while_sixteen_clients_browse(database_url, monkeypatch, tmp_path):
    """`make reliability`'s attack run on the 1M-row snapshot: a memory bomb, a huge result, two
    stalled downloads and 20,000 half-open connections (opened at 2,000/s from two other
    loopback addresses, each process with its fd soft limit raised to the hard limit), while
    16 clients browse (pages on a kept-alive connection, the start of a download every 25th
    request on a new one). The browsing clients see no error and a p95 under 500 ms; the
    server process stays under 1 GB."""
    import json
    import random
    import shutil
    import socket
    from urllib.parse import quote

    from publish.site import start_datasette, stop_datasette

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from make_big_db import bench_dir, big_snapshot

    big = big_snapshot(say=lambda *args: print(*args, flush=True))
    folder = bench_dir() / f"attack-{os.getpid()}"
    snapshots = folder / "snapshots"
    snapshots.mkdir(parents=True, exist_ok=True)
    database, dated = folder / "pricelens.db", snapshots / "pricelens-2026-01-01.db"
    for path in (database, dated):
        try:
            os.link(big, path)
        except OSError:
            shutil.copyfile(big, path)
    monkeypatch.setenv("PRICELENS_SNAPSHOT_DIR", str(snapshots))
    with open(tmp_path / "server.log", "w") as log:
        server, base = start_datasette(database, output=log)
    port = int(base.rsplit(":", 1)[1])
    browse_seconds, attack_from, attack_until = 75.0, 10.0, 60.0
    started = time.monotonic()
    stop = threading.Event()
    lock = threading.Lock()
    samples: list[tuple[float, float, str, bool]] = []   # (started at, seconds, path, ok)
    failures: list[str] = []
    attacks: dict[str, list] = {name: [] for name in ATTACK_SQL}
    memory = {"peak": 0, "before": _tree_rss(server.pid)}
    retries = []

    def browse(number: int):
        rng = random.Random(number)
        browser, downloader = Browser(port), Browser(port)  # pages on a kept-alive connection, downloads apart
        count = 0
        while time.monotonic() - started < browse_seconds and count < 5000:
            product, offer = rng.randint(1, 30000), rng.randint(1, 100000)
            paths = ["/", f"/-/product/{product}", "/pricelens/offers", f"/pricelens/offers/{offer}",
                     "/pricelens/products.json?_sort_desc=retailer_count", "/pricelens/stores.json",
                     f"/pricelens/price_history.json?offer_id={offer}", "/pricelens/offers?_search=samsung",
                     "/pricelens/price_drops.json", f"/-/product/{product + 1}", "/-/snapshots", "/-/about"]
            path, limit = paths[count % len(paths)], None
            if count % 25 == 24:
                path, limit = ("/pricelens.db", "/-/snapshots/" + dated.name)[count // 25 % 2], 65536
            begun = time.monotonic()
            try:
                ok = (downloader if limit else browser).get(path, limit) == 200
            except OSError as error:  # timeouts and refused or reset connections
                ok = False
                with lock:
                    failures.append(f"{path}: {error!r}")
            with lock:
                samples.append((begun - started, time.monotonic() - begun, path, ok))
                if not ok and len(failures) < 50:
                    failures.append(path)
            count += 1
        browser.close()
        with lock:
            retries.append(browser.retries + downloader.retries)

    def attack(name: str):
        time.sleep(attack_from)
        url = base + "/pricelens.json?sql=" + quote(ATTACK_SQL[name])
        while time.monotonic() - started < attack_until and len(attacks[name]) < 400:
            try:
                with urllib.request.urlopen(url, timeout=60) as response:
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            except OSError as error:
                status = repr(error)
            with lock:
                attacks[name].append(status)

    def stalled_downloads():
        time.sleep(attack_from)
        held = []
        for path in ("/pricelens.db", "/-/snapshots/" + dated.name):
            sock = socket.socket()
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            sock.connect(("127.0.0.1", port))
            sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
            assert sock.recv(12) == b"HTTP/1.1 200"  # the download started; it is never read further
            held.append(sock)
        stop.wait(attack_until - attack_from)
        for sock in held:
            sock.close()

    def watch_memory():
        while not stop.is_set():
            rss = _tree_rss(server.pid)
            memory["peak"] = max(memory["peak"], rss)
            stop.wait(0.2)

    threads = ([threading.Thread(target=browse, args=(n,)) for n in range(16)]
               + [threading.Thread(target=attack, args=(name,)) for name in ATTACK_SQL for _ in range(4 if name == "memory bomb" else 2)]
               + [threading.Thread(target=stalled_downloads), threading.Thread(target=watch_memory)])
    slowloris = []
    try:
        for thread in threads:
            thread.start()
        time.sleep(attack_from)
        slowloris = [subprocess.Popen([sys.executable, str(ROOT / "tests" / "slowloris.py"), str(port), "10000",
                                       str(attack_until - attack_from - 10), source, "1000"],
                                      stdout=subprocess.PIPE, text=True)
                     for source in ("127.0.0.2", "127.0.0.3")]
        idle = [json.loads(p.communicate(timeout=300)[0]) for p in slowloris]
        for thread in threads[:-2]:
            thread.join(timeout=300)
    finally:
        stop.set()
        for process in slowloris:
            if process.poll() is None:
                process.kill()
        for thread in threads:
            thread.join(timeout=60)
        stop_datasette(server)
        shutil.rmtree(folder, ignore_errors=True)

    def p95(rows):
        times = sorted(seconds for _, seconds, _, _ in rows)
        return times[int(0.95 * (len(times) - 1))] if times else float("nan")

    during = [s for s in samples if attack_from <= s[0] < attack_until]
    downloads = [s for s in samples if s[2].endswith(".db")]
    errors = sum(1 for s in samples if not s[3])
    print(f"\nattack run, 16 clients for {browse_seconds:.0f} s on the 1M-row snapshot: {len(samples)} requests, "
          f"{errors} errors, {sum(retries)} re-sent on a connection the server had closed while idle")
    print(f"  p95 {p95(samples) * 1000:.0f} ms overall, {p95(during) * 1000:.0f} ms during the attacks "
          f"({len(during)} requests), max {max(s[1] for s in samples) * 1000:.0f} ms; "
          f"download starts: {len(downloads)}, p95 {p95(downloads) * 1000:.0f} ms")
    before, after = ([s for s in samples if s[0] < attack_from], [s for s in samples if s[0] >= attack_until])
    print(f"  p95 before the attacks {p95(before) * 1000:.0f} ms, after {p95(after) * 1000:.0f} ms")
    timeline = []
    for start in range(0, int(browse_seconds), 5):
        bucket = [s for s in samples if start <= s[0] < start + 5]
        timeline.append(f"{start}s: {len(bucket)} req p95 {p95(bucket) * 1000:.0f}")
    print("  every 5 s: " + "; ".join(timeline))
    kinds: dict[str, list] = {}
    for sample in samples:
        kinds.setdefault(sample[2].split("?")[0].rstrip("0123456789"), []).append(sample)
    print("  p95 by page: " + ", ".join(f"{kind} {p95(rows) * 1000:.0f}" for kind, rows in sorted(kinds.items())))
    slowest = sorted(samples, key=lambda s: -s[1])[:8]
    print("  slowest: " + ", ".join(f"{path} at {at:.0f} s: {seconds * 1000:.0f} ms" for at, seconds, path, _ in slowest))
    print(f"  server RSS: {memory['before'] / 2**20:.0f} MB at start, peak {memory['peak'] / 2**20:.0f} MB")
    for name, statuses in attacks.items():
        print(f"  {name}: {len(statuses)} requests, answers {sorted(set(map(str, statuses)))}")
    print(f"  half-open connections: {idle}")
    assert errors == 0, failures[:20]
    # the p95 goal (< 500 ms) is a figure printed above, not an assertion: timings on a shared VM vary
    print(f"  goal p95 < 500 ms: {'met' if p95(samples) < 0.5 else 'NOT met'}")
    assert memory["peak"] < 2**30
    for name, statuses in attacks.items():
        assert statuses and set(statuses) == {400}, (name, statuses[:5])
    assert sum(run["opened"] for run in idle) >= 19_000, idle
