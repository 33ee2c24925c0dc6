"""Temporaries and the spool under a hostile filesystem and a crowd (session 17):

* a filesystem keeping mtimes to 2 s (FAT, some SMB servers, rounded down) made a live writer's
  temporary look older than the writer itself, so "its pid was reused": deleted under it;
* the price alerts' state file and the publish's stage signal file left their temporaries for
  ever after a SIGKILL between write and rename;
* spool.pending() / replay() listed files that another replayer replayed and deleted meanwhile:
  a traceback (FileNotFoundError) or the vanished file "set aside".
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from crawler.paths import STALE_ELSEWHERE, is_stale_temporary, temporary_suffix, this_host


@pytest.fixture
def sleeper():
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        yield process
    finally:
        process.kill()
        process.wait()


@pytest.fixture
def dead_pid():
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_live_writers_temporary_with_a_coarse_mtime_is_not_stale(tmp_path, sleeper):
    # the writer started at S and wrote at S + 0.5 s; a FAT mtime says S - 1.5 s (2 s, rounded down)
    started = psutil.Process(sleeper.pid).create_time()
    temp = tmp_path / f"latest.db.tmp-{this_host()}-{sleeper.pid}"
    temp.write_text("x")
    os.utime(temp, (started - 1.5, started - 1.5))
    assert not is_stale_temporary(temp)
    # still judged by age: a temporary of that pid two days old is stale whoever holds the pid now
    old = started - STALE_ELSEWHERE - 10
    os.utime(temp, (old, old))
    assert is_stale_temporary(temp)


def test_a_pid_reused_well_after_the_last_write_is_still_stale(tmp_path, sleeper, dead_pid):
    reused = tmp_path / f"x.tmp-{this_host()}-{sleeper.pid}"
    dead = tmp_path / f"y.tmp-{this_host()}-{dead_pid}"
    for path in (reused, dead):
        path.write_text("x")
    minute_ago = psutil.Process(sleeper.pid).create_time() - 60
    os.utime(reused, (minute_ago, minute_ago))
    assert is_stale_temporary(reused) and is_stale_temporary(dead)
    own = tmp_path / f"z{temporary_suffix()}"
    own.write_text("x")
    os.utime(own, (0, 0))
    assert not is_stale_temporary(own)


def _temporaries(path: Path, dead_pid: int, sleeper_pid: int) -> dict:
    named = {
        "dead": path.with_name(f"{path.name}.tmp-{this_host()}-{dead_pid}"),
        "alive": path.with_name(f"{path.name}.tmp-{this_host()}-{sleeper_pid}"),
        "elsewhere": path.with_name(f"{path.name}.tmp-otherhost-{dead_pid}"),
        "other_file": path.with_name(f"other-{path.name}.tmp-{this_host()}-{dead_pid}"),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    for temp in named.values():
        temp.write_text("{}")
    hour_ago = time.time() - 3600
    os.utime(named["dead"], (hour_ago, hour_ago))
    return named


def test_the_alerts_state_temporary_of_a_killed_publish_is_cleaned(tmp_path, monkeypatch, dead_pid, sleeper):
    from publish import alerts

    state = tmp_path / "data" / "alerts-sent.json"
    temps = _temporaries(state, dead_pid, sleeper.pid)
    snapshot = tmp_path / "no-snapshot.db"  # no watch list: nothing read, the cleanup runs first
    alerts.check(snapshot, watches_path=tmp_path / "alerts.toml", state_path=state, log=lambda _l: None)
    assert not temps["dead"].exists()
    assert temps["alive"].exists() and temps["elsewhere"].exists() and temps["other_file"].exists()


def test_the_publish_stage_file_temporary_of_a_killed_publish_is_cleaned(tmp_path, monkeypatch, dead_pid, sleeper):
    from publish import export

    stage = tmp_path / "stage"
    temps = _temporaries(stage, dead_pid, sleeper.pid)
    monkeypatch.setenv("PRICELENS_PUBLISH_PAUSE_AT", "copy")
    monkeypatch.setenv("PRICELENS_PUBLISH_STAGE_FILE", str(stage))
    monkeypatch.setattr(export.time, "sleep", lambda _s: None)  # (the stage waits to be killed)
    export.reached("copy")
    assert stage.read_text() == "copy"
    assert not temps["dead"].exists()
    assert temps["alive"].exists() and temps["elsewhere"].exists() and temps["other_file"].exists()


# -- the spool and another replayer ---------------------------------------------------------------
def _spooled(db, n: int):
    from crawler.store.spool import Spool
    from tests.test_data_loss import new_run, offer_row

    run_id = new_run(db)
    paths = []
    for k in range(n):
        spool = Spool("harness", run_id)
        spool.append("offers", [offer_row(10 * k + i) for i in range(3)])
        spool.close()
        paths.append(spool.path)
    return paths


def test_pending_skips_a_file_another_replayer_deleted_after_the_listing(db, data_dir, monkeypatch):
    from crawler.store import spool

    first, second = _spooled(db, 2)
    alive = spool._writer_alive

    def listed_then_gone(path):  # another process replays and deletes it right after the listing
        if path == first:
            path.unlink()
        return alive(path)

    monkeypatch.setattr(spool, "_writer_alive", listed_then_gone)
    assert spool.pending() == [second]


def test_replay_with_another_replayer_at_the_listing_writes_nothing_twice_and_sets_nothing_aside(
        db, database_url, data_dir, monkeypatch):
    from crawler.store import connect, spool
    from tests.test_data_loss import count

    files = _spooled(db, 3)
    listing, replay = spool.pending, spool.replay
    others = []

    def another_replayer_right_after(directory=None):
        found = listing(directory)
        # another process replays what it can right then (holding the lock while it does); the list
        # was made before the lock was taken: it named the files that process deletes
        with connect(database_url, autocommit=True) as other:
            others.append(replay(other, directory))
        return found

    monkeypatch.setattr(spool, "pending", another_replayer_right_after)
    totals = replay(db)  # no FileNotFoundError, nothing set aside
    assert totals.get("set_aside", 0) == 0, totals
    assert totals.get("offers", 0) + sum(t.get("offers", 0) for t in others) == 9, (totals, others)
    assert not spool.failed_dir().exists() or not list(spool.failed_dir().iterdir())
    assert count(db, "SELECT count(*) AS n FROM offers") == 9
    assert count(db, "SELECT count(*) AS n FROM spool_replayed") == 3
    assert not any(path.exists() for path in files)
