"""The database goes away in the middle of a crawl: nothing is lost, nothing is stored twice.

These tests run their own embedded PostgreSQL (a separate pgserver cluster in a temporary
folder) so they can stop and start it without disturbing the rest of the suite.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

import psycopg
import pytest

from crawler.items import Offer
from tests.pipeline_harness import PipelineRun

NOW = datetime(2026, 11, 20, tzinfo=timezone.utc)


class OwnServer:
    def __init__(self, path):
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import pgserver

        self.server = pgserver.get_server(path, cleanup_mode="stop")
        self.url = self.server.get_uri()

    def stop(self):
        from pgserver._commands import pg_ctl

        pg_ctl(["-w", "-m", "fast", "stop"], pgdata=self.server.pgdata, user=self.server.system_user)

    def start(self):
        with self.server._lock:
            self.server.ensure_postgres_running()


@pytest.fixture(scope="module")
def own_server(tmp_path_factory):
    server = OwnServer(tmp_path_factory.mktemp("pg") / "pgdata")
    yield server
    server.server.cleanup()


@pytest.fixture
def faulty_db(own_server, monkeypatch, data_dir):
    from crawler.store.migrate import migrate

    with psycopg.connect(own_server.url, autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS faults WITH (FORCE)")
        admin.execute("CREATE DATABASE faults")
    url = psycopg.conninfo.make_conninfo(own_server.url, dbname="faults")
    migrate(url)
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("PRICELENS_DB_RETRIES", "1")
    monkeypatch.setenv("PRICELENS_DB_BACKOFF", "0.05")
    monkeypatch.setenv("PRICELENS_DB_RECONNECT", "0")
    return url


def offers(start, n):
    return [Offer(url=f"https://shop.example/p/{i}", retailer_sku=f"S{i}", title=f"Product {i}", price=f"{100 + i}",
                  currency="USD", availability="InStock", scraped_at=NOW) for i in range(start, start + n)]


def count(url, sql):
    with psycopg.connect(url) as conn:
        return conn.execute(sql).fetchone()[0]


def test_server_stopped_mid_crawl_then_back(own_server, faulty_db, data_dir):
    run = PipelineRun(settings={"PRICELENS_STORE_BATCH": 10})
    run.feed(*offers(0, 10))                      # written
    own_server.stop()
    run.feed(*offers(10, 20))                     # retried, then spooled
    assert run.stats.get_value("pricelens/spool/offers") == 20
    assert run.stats.get_value("pricelens/db/retries") >= 1
    spool_files = list((data_dir / "spool").glob("*.jsonl"))
    assert len(spool_files) == 1
    own_server.start()
    run.feed(*offers(30, 10))                     # written again
    run.close()
    assert count(faulty_db, "SELECT count(*) FROM offers") == 20
    # the next run imports the spool first
    PipelineRun(settings={"PRICELENS_STORE_BATCH": 10}).feed(*offers(40, 5)).close()
    assert not list((data_dir / "spool").glob("*.jsonl"))
    assert count(faulty_db, "SELECT count(*) FROM offers") == 45
    assert count(faulty_db, "SELECT count(*) FROM price_history") == 45   # none twice
    first = count(faulty_db, "SELECT offers_accepted || '/' || offers_new || '/' || status FROM crawl_runs WHERE id = 1")
    assert first == "40/40/finished"


def test_database_that_never_comes_back_leaves_a_spool_the_next_run_imports(own_server, faulty_db, data_dir):
    run = PipelineRun(settings={"PRICELENS_STORE_BATCH": 10})
    run.feed(*offers(0, 5))
    own_server.stop()
    try:
        run.feed(*offers(5, 20)).close()
        (spool,) = (data_dir / "spool").glob("*.jsonl")
        kinds = [json.loads(line)["kind"] for line in spool.read_text().splitlines()]
        assert kinds.count("offers") >= 2 and kinds[-1] == "finish"
    finally:
        own_server.start()
    PipelineRun().close()
    assert count(faulty_db, "SELECT count(*) FROM offers") == 25
    assert count(faulty_db, "SELECT count(*) FROM price_history") == 25
    row = count(faulty_db, "SELECT offers_accepted || '/' || status || '/' || (finished_at IS NOT NULL) FROM crawl_runs WHERE id = 1")
    assert row == "25/finished/true"


def test_a_torn_last_line_is_skipped(own_server, faulty_db, data_dir):
    from crawler.store.spool import Spool, replay
    from crawler.store import connect
    from crawler.store.writes import OFFER_COLUMNS

    with connect(faulty_db, autocommit=True) as conn:
        conn.execute("INSERT INTO retailers (id, name) VALUES ('harness', 'Harness')")
        run_id = conn.execute("INSERT INTO crawl_runs (retailer_id) VALUES ('harness') RETURNING id").fetchone()["id"]
        spool = Spool("harness", run_id)
        row = dict.fromkeys(OFFER_COLUMNS)
        row.update(retailer_id="harness", offer_key="sku:1", url="https://x/1", title="One",
                   availability="InStock", seen_at=NOW)
        spool.append("offers", [tuple(row.values())])
        with spool.path.open("a") as handle:
            handle.write('{"kind": "offers", "run_id": 1, "rows": [["harn')
        spool.close()
        assert replay(conn) == {"offers": 1}
        assert conn.execute("SELECT count(*) AS n FROM offers").fetchone()["n"] == 1


def test_the_store_pipeline_waits_for_room_in_the_writer_queue_without_blocking(db):
    import inspect

    from tests.test_data_loss import clean_offer

    run = PipelineRun(settings={"PRICELENS_STORE_BATCH": 2, "PRICELENS_DB_QUEUE": 1})
    store = run.pipelines[-1]
    first, second, third = clean_offer(1), clean_offer(2), clean_offer(3)
    assert store.process_item(first) is first          # buffered
    waiting = store.process_item(second)                # a batch handed to the writer: its queue is full
    assert inspect.iscoroutine(waiting)                 # the item waits for room; the caller does not
    assert run.drive(waiting) is second                 # room once the writer has written the batch
    assert db.execute("SELECT count(*) AS n FROM offers").fetchone()["n"] == 2
    assert store.process_item(third) is third
    run.close()
    row = db.execute("SELECT offers_accepted, offers_new, status FROM crawl_runs").fetchone()
    assert row == {"offers_accepted": 3, "offers_new": 3, "status": "finished"}
