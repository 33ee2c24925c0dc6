"""The system of record never holds the crawl up and never loses or doubles what it is handed
(issue 16 item 3, continued).

1. The run is opened by its writer thread (connect, spool replay, the crawl_runs row): the
   first pages are downloaded while the database is away or slow; items produced meanwhile are
   written once it is open. A database that never comes: the crawl is closed with one line as
   ``database_unavailable``, and the spool keeps the run itself with all it wrote.
2. An older observation (a replayed spool, a late batch) never overwrites an offer's newer state.
3. A spool file replayed twice (a crash before it was deleted) adds no rejection or count twice.
4. A batch that fails for something else than an outage (a value psycopg cannot adapt, a bug)
   is not lost: the rows that fail are isolated and recorded as rejections with the error.
"""

from __future__ import annotations

import json
import os
import re
import time
from datetime import timedelta
from decimal import Decimal

from crawler.store import writes
from demo.server import DemoServer
from tests.pipeline_harness import PipelineRun
from tests.test_data_loss import T0, clean_offer, count, history, new_run, offer_row, rejections
from tests.test_db_writer import import_spool, proxy, start_crawl  # noqa: F401 (proxy: a fixture)


def wait_for_line(log_file, pattern: str, crawl, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not (log_file.exists() and re.search(pattern, log_file.read_text())):
        if time.monotonic() > deadline or crawl.poll() is not None:
            crawl.kill()
            crawl.wait()
            raise AssertionError(f"no {pattern!r} in the log:\n" + log_file.read_text()[-3000:])
        time.sleep(0.05)


# -- 1. the opening is off the reactor ------------------------------------------------------------
def test_pages_are_downloaded_while_the_database_is_away_at_the_opening(db, database_url, proxy, data_dir,
                                                                        tmp_path):
    proxy.cut()  # away when the crawl starts
    env = {**os.environ, "DATABASE_URL": proxy.url, "PRICELENS_DATA_DIR": str(data_dir),
           "PRICELENS_RUN_ID_FILE": str(tmp_path / "run_id"),
           # the opening tries 5 times: 1 + 2 + 4 + 8 s between them
           "PRICELENS_DB_RETRIES": "4", "PRICELENS_DB_BACKOFF": "1",
           "PRICELENS_DB_RECONNECT": "1000", "PRICELENS_DB_GIVE_UP": "1000"}
    log_file = tmp_path / "crawl.log"
    with DemoServer(["techzone"], base_port=0, n_products=60) as demo:
        expected = len(demo.sites["techzone"].listings) - 1  # one garbage price
        crawl = start_crawl(demo.base_urls["techzone"], env, log_file)
        wait_for_line(log_file, r"Crawled \(200\)", crawl)  # downloading, the run not open yet
        proxy.restore()                                    # the database comes: the run opens
        crawl.wait(timeout=300)
    log = log_file.read_text()
    assert crawl.returncode == 0, log[-3000:]
    lines = log.splitlines()
    first_page = next(i for i, line in enumerate(lines) if "Crawled (200)" in line)
    opened = next(i for i, line in enumerate(lines) if re.search(r"crawl run \d+ of techzone started", line))
    assert first_page < opened
    # what was produced before the opening was written after it: nothing spooled, all stored
    assert "spooled" not in log, log[-3000:]
    assert count(db, "SELECT count(*) AS n FROM offers") == expected
    run = db.execute("SELECT status, finish_reason, offers_accepted FROM crawl_runs").fetchone()
    assert run == {"status": "finished", "finish_reason": "finished", "offers_accepted": expected}
    assert count(db, "SELECT count(*) AS n FROM offers WHERE last_run_id IS NULL") == 0


def test_a_database_that_never_comes_spools_the_run_and_what_it_wrote(db, database_url, proxy, data_dir, tmp_path):
    proxy.cut()
    env = {**os.environ, "DATABASE_URL": proxy.url, "PRICELENS_DATA_DIR": str(data_dir),
           "PRICELENS_DB_RETRIES": "1", "PRICELENS_DB_BACKOFF": "2",
           "PRICELENS_DB_RECONNECT": "1000", "PRICELENS_DB_GIVE_UP": "1000"}
    log_file = tmp_path / "crawl.log"
    with DemoServer(["techzone"], base_port=0, n_products=400) as demo:
        crawl = start_crawl(demo.base_urls["techzone"], env, log_file, "-s", "DOWNLOAD_DELAY=0.01",
                            "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1")
        crawl.wait(timeout=300)
    log = log_file.read_text()
    assert crawl.returncode == 1, log[-3000:]  # a failed run (session 22: it exited 0)
    assert "finish_reason': 'database_unavailable'" in log, log[-3000:]
    assert "Traceback" not in log
    errors = [line for line in log.splitlines() if "] ERROR: " in line]
    assert "'log_count/ERROR': 1," in log
    assert len(errors) == 1, log[-3000:]  # one clear line, the password never shown
    assert "cannot reach PostgreSQL" in errors[0] and "database_unavailable" in errors[0] and "spool" in errors[0]
    assert "Crawled (200)" in log  # the crawl did not wait for the database
    scraped = int(re.search(r"'item_scraped_count': (\d+)", log).group(1))
    (spool,) = (data_dir / "spool").glob("*.jsonl")
    kinds = [json.loads(line)["kind"] for line in spool.read_text().splitlines()]
    assert kinds[0] == "open" and kinds[-1] == "finish"
    spooled = sum(int(m) for m in re.findall(r"spooled (\d+) (?:offers|stores)", log))
    assert spooled == scraped
    # the database is back: the next run records the run with everything it wrote
    import_spool(database_url)
    run = db.execute("SELECT retailer_id, status, finish_reason, offers_accepted, offers_new FROM crawl_runs").fetchone()
    assert (run["retailer_id"], run["status"], run["finish_reason"]) == ("techzone", "failed", "database_unavailable")
    offers = count(db, "SELECT count(*) AS n FROM offers")
    assert offers == run["offers_accepted"] == run["offers_new"]
    assert offers + count(db, "SELECT count(*) AS n FROM stores") == scraped
    assert count(db, "SELECT count(*) AS n FROM offers WHERE last_run_id IS DISTINCT FROM 1") == 0


def test_a_run_never_opened_keeps_its_rejections_for_the_next_run(db, database_url, data_dir, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody:secret@127.0.0.1:1/nothing")
    monkeypatch.setenv("PRICELENS_DB_RETRIES", "0")
    run = PipelineRun(settings={"PRICELENS_STORE_BATCH": 2})
    run.feed(clean_offer(1), clean_offer(2), clean_offer(3, price="-5"))  # one refused by validate
    run.close()
    assert run.run.id is None and not run.run.recorded
    monkeypatch.setenv("DATABASE_URL", database_url)
    import_spool(database_url)
    (row,) = db.execute("SELECT id, retailer_id, status, offers_accepted, items_rejected FROM crawl_runs").fetchall()
    assert (row["retailer_id"], row["status"], row["offers_accepted"]) == ("harness", "finished", 2)
    assert row["items_rejected"] == 1
    assert count(db, f"SELECT count(*) AS n FROM rejections WHERE run_id = {row['id']}") == 1
    assert count(db, f"SELECT count(*) AS n FROM offers WHERE last_run_id = {row['id']}") == 2


def test_pages_are_downloaded_while_a_large_spool_is_replayed(db, database_url, data_dir, tmp_path):
    from crawler.store.spool import Spool

    run_id = new_run(db)
    spool = Spool("harness", run_id)
    for batch in range(30):
        spool.append("offers", [offer_row(batch * 1000 + i) for i in range(1000)])
    spool.close()
    # left by a process that is gone (no pid is that high)
    spool.path.rename(spool.path.with_name(spool.path.name.rsplit("-", 1)[0] + "-999999999.jsonl"))
    env = {**os.environ, "DATABASE_URL": database_url, "PRICELENS_DATA_DIR": str(data_dir)}
    log_file = tmp_path / "crawl.log"
    with DemoServer(["techzone"], base_port=0, n_products=60) as demo:
        expected = len(demo.sites["techzone"].listings) - 1
        crawl = start_crawl(demo.base_urls["techzone"], env, log_file)
        crawl.wait(timeout=300)
    log = log_file.read_text()
    assert crawl.returncode == 0, log[-3000:]
    lines = log.splitlines()
    first_page = next(i for i, line in enumerate(lines) if "Crawled (200)" in line)
    replayed = next(i for i, line in enumerate(lines) if "replayed spool harness-" in line)
    assert first_page < replayed  # the crawl did not wait for the replay
    assert count(db, "SELECT count(*) AS n FROM offers WHERE retailer_id = 'harness'") == 30_000
    assert count(db, "SELECT count(*) AS n FROM offers WHERE retailer_id = 'techzone'") == expected


# -- 2. the newest observation is the offer's state -------------------------------------------------
def test_an_older_batch_does_not_overwrite_the_newer_state(db):
    run_id = new_run(db)
    writes.write_offers(db, [offer_row(i, seen_at=T0 + timedelta(days=1), price=Decimal("17.99"),
                                       availability="OutOfStock") for i in range(3)], run_id)
    result = writes.write_offers(db, [offer_row(i, seen_at=T0, price=Decimal("19.99")) for i in range(3)], run_id)
    assert result["changed"] == 0
    rows = db.execute("SELECT price, availability, last_seen_at, last_changed_at FROM offers").fetchall()
    assert rows == [{"price": Decimal("17.99"), "availability": "OutOfStock", "last_seen_at": T0 + timedelta(days=1),
                     "last_changed_at": T0 + timedelta(days=1)}] * 3
    # the older observation is still in the history (as before)
    assert sorted(h[1] for h in history(db)) == [T0] * 3 + [T0 + timedelta(days=1)] * 3
    # a newer one still moves it
    writes.write_offers(db, [offer_row(i, seen_at=T0 + timedelta(days=2), price=Decimal("15.00")) for i in range(3)],
                        run_id)
    assert {r["price"] for r in db.execute("SELECT price FROM offers")} == {Decimal("15.00")}


def test_a_replayed_spool_does_not_overwrite_the_newer_state(db, data_dir):
    from crawler.store.spool import Spool, replay

    run_id = new_run(db)
    spool = Spool("harness", run_id)
    spool.append("offers", [offer_row(1, seen_at=T0, price=Decimal("19.99"))])
    spool.close()
    writes.write_offers(db, [offer_row(1, seen_at=T0 + timedelta(hours=1), price=Decimal("9.99"))], run_id)
    replay(db)
    assert db.execute("SELECT price FROM offers").fetchone()["price"] == Decimal("9.99")


# -- 3. a spool replayed twice --------------------------------------------------------------------
def test_a_spool_replayed_twice_adds_no_rejection_twice(db, data_dir):
    from crawler.store.spool import Spool, replay

    run_id = new_run(db)
    spool = Spool("harness", run_id)
    spool.append("rejections", [(run_id, "harness", "offer", "https://shop.example/p/9", "price", "dropped",
                                 "price is negative", "-1")])
    spool.append("offers", [offer_row(i, **({"price": Decimal("0.00001")} if i == 3 else {})) for i in range(5)])
    spool.close()
    copy = spool.path.read_bytes()
    replay(db)
    spool.path.write_bytes(copy)                 # a crash after its writes, before it was deleted
    replay(db)
    assert count(db, "SELECT count(*) AS n FROM rejections") == 2  # the spooled one, the refused row
    assert db.execute("SELECT offers_new, items_rejected FROM crawl_runs").fetchone() == {
        "offers_new": 4, "items_rejected": 1}
    assert not spool.path.exists()


def test_a_spool_cut_by_a_crash_mid_replay_resumes_where_it_stopped(db, data_dir):
    from crawler.store.spool import Spool, replay

    run_id = new_run(db)
    spool = Spool("harness", run_id)
    for i in range(3):
        spool.append("rejections", [(run_id, "harness", "offer", f"https://shop.example/p/{i}", None, "dropped",
                                     "no title", None)])
    spool.close()
    full = spool.path.read_text()
    spool.path.write_text("".join(full.splitlines(keepends=True)[:2]))
    replay(db)                                   # as if the replay had stopped after two lines
    spool.path.write_text(full)
    replay(db)
    assert sorted(r["url"] for r in rejections(db)) == [f"https://shop.example/p/{i}" for i in range(3)]


# -- 4. a batch that fails for something else than an outage ------------------------------------
def test_a_row_that_breaks_the_write_is_a_rejection_and_its_batch_is_stored(db):
    run = PipelineRun()
    good = [offer_row(i) for i in range(4)]
    bad = list(offer_row(9))
    bad[writes.OFFER_COLUMNS.index("title")] = {"not": "text"}  # slipped through: psycopg cannot adapt it
    run.run.write("offers", good[:2] + [tuple(bad)] + good[2:])
    run.close()
    assert count(db, "SELECT count(*) AS n FROM offers") == 4
    (row,) = rejections(db)
    assert row["url"] == "https://shop.example/p/9" and row["action"] == "dropped"
    assert row["reason"].startswith("writing it failed: ") and "adapt" in row["reason"]
    assert "not" in row["raw_value"]
    assert run.stats.get_value("pricelens/db/write_failed") is None


def test_a_bug_in_a_write_loses_no_row(db, monkeypatch):
    def broken(conn, rows, run_id):
        raise RuntimeError("a bug")

    run = PipelineRun()
    monkeypatch.setitem(writes.WRITERS, "stores", broken)
    run.run.write("stores", [("harness", f"s{i}", f"Store {i}") + (None,) * 7 for i in range(3)])
    run.close()
    found = rejections(db)
    assert len(found) == 3 and all(r["reason"] == "writing it failed: RuntimeError: a bug" for r in found)
    assert all(r["item_type"] == "store" for r in found)


def test_replayed_lines_are_forgotten_after_a_month_unless_their_file_is_still_there(db, data_dir):
    """spool_replayed guards against a file replayed twice after a crash; it does not grow for
    ever: rows of files gone for more than KEEP_REPLAYED_DAYS are deleted at the next replay,
    newer rows and rows of a file still in the spool directory are kept."""
    from crawler.store.spool import KEEP_REPLAYED_DAYS, Spool, replay, spool_dir

    run_id = new_run(db)
    spool = Spool("harness", run_id)
    spool.append("offers", [offer_row(1)])
    spool.close()
    replay(db)
    still_there = spool_dir() / f"harness-1-{os.getppid()}.jsonl"  # its writer still running
    still_there.write_text("")
    old = f"now() - interval '{KEEP_REPLAYED_DAYS + 1} days'"
    db.execute(f"INSERT INTO spool_replayed (file, line, run_id, replayed_at) VALUES"
               f" ('gone-1-1.jsonl', 1, NULL, {old}), ('{still_there.name}', 1, NULL, {old})")
    replay(db)
    kept = {r["file"] for r in db.execute("SELECT file FROM spool_replayed")}
    assert kept == {spool.path.name, still_there.name}


# -- 5. a spool file the database refuses for what it holds (review 14, finding 1) ----------------
def test_a_spool_file_refused_for_what_it_holds_is_set_aside_not_replayed_forever(db, data_dir, caplog):
    from datetime import datetime, timezone

    from crawler.store.spool import Spool, failed_dir, replay

    bad = Spool("curx", None)  # a run never opened, with a currency its column cannot hold
    bad.append("open", [], attributes={"id": "curx", "name": "curx", "base_url": "http://x.example",
                                       "platform": None, "country": None, "default_currency": "XXXX"},
               started_at=datetime.now(timezone.utc))
    bad.append("offers", [offer_row(1)])
    bad.close()
    run_id = new_run(db)
    good = Spool("harness", run_id)
    good.append("offers", [offer_row(2)])
    good.close()
    assert replay(db) == {"set_aside": 1, "offers": 1}       # the good file is replayed all the same
    assert not bad.path.exists() and (failed_dir() / bad.path.name).exists()
    (line,) = [r.getMessage() for r in caplog.records if "set aside" in r.getMessage()]
    assert bad.path.name in line and "StringDataRightTruncation" in line
    assert count(db, "SELECT count(*) AS n FROM offers") == 1
    assert replay(db) == {}                                  # never tried again
    assert count(db, "SELECT count(*) AS n FROM retailers WHERE id = 'curx'") == 0


def test_a_run_the_database_refuses_to_open_is_set_aside_and_the_next_run_is_not_hurt(db, database_url,
                                                                                    data_dir, caplog):
    from crawler.store.spool import failed_dir, pending

    from tests.pipeline_harness import HarnessSpider

    class FourLetterCurrency(HarnessSpider):  # (the retailers row refuses it: -a default_currency=XXXX is
        default_currency = "XXXX"              # refused before a crawl since review22, a class may still say so)

    run = PipelineRun(FourLetterCurrency, settings={"PRICELENS_STORE_BATCH": 2})
    run.feed(clean_offer(1), clean_offer(2))
    run.close()
    assert run.run.id is None and not run.run.recorded
    assert pending() == [] and len(list(failed_dir().glob("*.jsonl"))) == 1
    messages = " ".join(r.getMessage() for r in caplog.records)
    assert "database is unavailable" not in messages and "refused its opening" in messages
    nxt = PipelineRun(settings={"PRICELENS_STORE_BATCH": 2})
    nxt.feed(clean_offer(3))
    nxt.close()
    assert nxt.run.recorded
    assert db.execute("SELECT status FROM crawl_runs").fetchone()["status"] == "finished"


def test_a_spool_file_is_replayed_once_its_writer_is_gone_whoever_reuses_its_pid(tmp_path):
    """(session 16) Liveness read the pid in the file's name here: another host's crawl spooling into a
    shared data folder (its pid free here) had its file replayed and deleted while it still appended
    to it; a dead writer's pid reused by a later process kept its file waiting for ever."""
    import subprocess
    import sys
    import time

    from crawler.paths import this_host
    from crawler.store.spool import pending

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    later = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        elsewhere = tmp_path / f"techzone-3-0123456789-{dead.pid}@otherhost.jsonl"     # being written there
        old_elsewhere = tmp_path / f"techzone-4-0123456789-{dead.pid}@otherhost.jsonl"  # left there 3 days ago
        reused = tmp_path / f"techzone-5-0123456789-{later.pid}@{this_host()}.jsonl"    # its writer died an hour ago
        legacy = tmp_path / f"techzone-6-0123456789-{dead.pid}.jsonl"                   # no host: this host's
        for path in (elsewhere, old_elsewhere, reused, legacy):
            path.write_text("{}\n")
        hour_ago, days_ago = time.time() - 3600, time.time() - 3 * 86400
        os.utime(reused, (hour_ago, hour_ago))
        os.utime(old_elsewhere, (days_ago, days_ago))
        assert sorted(p.name for p in pending(tmp_path)) == sorted(p.name for p in (old_elsewhere, reused, legacy))
    finally:
        later.kill()
        later.wait()
