"""A disk that refuses the snapshot's writes: one line, a non-zero exit, the previous snapshot kept.

How the disk is made to refuse (no root, no mount, works on any Linux or macOS):

* ``RLIMIT_FSIZE`` set in the child before it runs ``pricelens publish``: the kernel refuses
  every write past the limit with EFBIG (Python ignores SIGXFSZ), so SQLite's own writes of the
  temporary snapshot fail for real (SQLite reports it as a disk I/O error).
* a ``sitecustomize.py`` on the child's PYTHONPATH (an env hook the test sets) that gives the
  connection to the temporary snapshot ``PRAGMA max_page_count``: SQLite then fails exactly as on
  a full disk (SQLITE_FULL, "database or disk is full"); or that makes ``os.fsync`` fail with
  ENOSPC, as a delayed-allocation file system does when the disk fills before the data is flushed.
  The hook only touches the process that imports it, so ``run-once`` (whose publish is a
  subprocess) is tested the same way.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import ROOT

SQLITE_FULL_HOOK = """
import os, sqlite3
_connect = sqlite3.connect
def connect(database, *args, **kwargs):
    con = _connect(database, *args, **kwargs)
    name = os.path.basename(os.fspath(database))
    if name.startswith(".pricelens-") and ".db.tmp-" in name:
        con.execute("PRAGMA max_page_count = 16")  # 16 pages: full long before the snapshot is
    return con
sqlite3.connect = connect
"""
FSYNC_ENOSPC_HOOK = """
import errno, os
def fsync(fd):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
os.fsync = fsync
"""
RLIMIT_PUBLISH = ("import resource, runpy, sys; resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536)); "
                  "sys.argv = ['pricelens', 'publish']; runpy.run_module('crawler.cli', run_name='__main__')")


@pytest.fixture(scope="module")
def published_snapshots(database_url, tmp_path_factory):
    """The snapshots folder of one ``pricelens publish`` of the emptied database, run once for the
    module (its data folder is the module's own: the tests copy it)."""
    from tests.conftest import empty_tables

    data = tmp_path_factory.mktemp("published") / "data"
    env = {**os.environ, "PRICELENS_DATA_DIR": str(data)}
    env.pop("PRICELENS_SNAPSHOT_DIR", None)
    with empty_tables(database_url):
        result = subprocess.run([sys.executable, "-m", "crawler.cli", "publish"], cwd=ROOT, capture_output=True,
                                text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in data.iterdir()) == ["snapshots"], list(data.iterdir())
    return data / "snapshots"


@pytest.fixture
def previous_snapshot(db, data_dir, published_snapshots):
    """A first snapshot, published normally: latest.db and its checksum (the module's one publish,
    copied into this test's data folder: the snapshot, its .sha256 and the latest.db link)."""
    shutil.copytree(published_snapshots, data_dir / "snapshots", symlinks=True)
    latest = data_dir / "snapshots" / "latest.db"
    assert latest.is_symlink() and latest.resolve().parent == data_dir / "snapshots"
    return latest.resolve(), hashlib.sha256(latest.read_bytes()).hexdigest()


def hook_env(tmp_path: Path, hook: str) -> dict:
    folder = tmp_path / "hook"
    folder.mkdir(exist_ok=True)
    (folder / "sitecustomize.py").write_text(textwrap.dedent(hook))
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(folder), str(ROOT)])}


def assert_kept(data_dir: Path, previous) -> None:
    target, digest = previous
    snapshots = data_dir / "snapshots"
    assert (snapshots / "latest.db").resolve() == target
    assert hashlib.sha256(target.read_bytes()).hexdigest() == digest
    assert (snapshots / f"{target.name}.sha256").read_text().split()[0] == digest
    assert not [p.name for p in snapshots.iterdir() if ".tmp-" in p.name]


def failure_lines(output: str) -> list[str]:
    assert "Traceback" not in output, output
    return [line for line in output.splitlines() if "publish failed" in line]


def test_a_write_refused_by_the_kernel_is_one_line(previous_snapshot, data_dir):
    result = subprocess.run([sys.executable, "-c", RLIMIT_PUBLISH], cwd=ROOT, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 1, result.stderr
    lines = failure_lines(result.stdout + result.stderr)
    assert lines == [f"pricelens: publish failed: disk I/O error writing the snapshot in {data_dir / 'snapshots'}; "
                     "the previous snapshot is kept"], result.stderr
    assert_kept(data_dir, previous_snapshot)


@pytest.mark.parametrize("hook, where", [(SQLITE_FULL_HOOK, "the snapshot in "), (FSYNC_ENOSPC_HOOK, "")],
                         ids=["sqlite-full", "fsync-enospc"])
def test_a_full_disk_during_publish_is_one_line(previous_snapshot, data_dir, tmp_path, hook, where):
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "publish"], cwd=ROOT, capture_output=True,
                            text=True, timeout=300, env=hook_env(tmp_path, hook))
    assert result.returncode == 1, result.stderr
    lines = failure_lines(result.stdout + result.stderr)
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("pricelens: publish failed: no space left on device"), lines[0]
    assert lines[0].endswith(f"writing {where}{data_dir / 'snapshots'}; the previous snapshot is kept"), lines[0]
    assert_kept(data_dir, previous_snapshot)


def test_a_full_disk_without_a_previous_snapshot_says_none_was_published(db, data_dir, tmp_path):
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "publish"], cwd=ROOT, capture_output=True,
                            text=True, timeout=300, env=hook_env(tmp_path, SQLITE_FULL_HOOK))
    assert result.returncode == 1
    (line,) = failure_lines(result.stderr)
    assert line.endswith("; no snapshot was published"), line
    assert not (data_dir / "snapshots" / "latest.db").exists()


def test_run_once_reports_the_full_disk_in_one_line(previous_snapshot, data_dir, tmp_path):
    config = tmp_path / "schedules.toml"
    config.write_text('timezone = "UTC"\n[crawl.techzone]\ncron = "0 2 * * *"\nenabled = false\n'
                      '[publish]\ncron = "30 5 * * *"\n')
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "run-once", "--config", str(config)], cwd=ROOT,
                            capture_output=True, text=True, timeout=300, env=hook_env(tmp_path, SQLITE_FULL_HOOK))
    assert result.returncode == 1, result.stdout + result.stderr
    (line,) = failure_lines(result.stdout)
    assert line.startswith("publish: publish failed (exit code 1: publish failed: no space left on device"), line
    assert "the previous snapshot is kept); see " in line, line
    assert_kept(data_dir, previous_snapshot)


def test_the_demo_reports_the_full_disk_in_one_line(previous_snapshot, data_dir, monkeypatch):
    import sqlite3

    from crawler import cli
    from demo import server

    real_connect = sqlite3.connect

    def connect(database, *args, **kwargs):  # SQLITE_FULL_HOOK, in this process (the demo publishes in-process)
        con = real_connect(database, *args, **kwargs)
        name = os.path.basename(os.fspath(database))
        if name.startswith(".pricelens-") and ".db.tmp-" in name:
            con.execute("PRAGMA max_page_count = 16")
        return con

    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(cli, "crawl_and_check", lambda retailer, *a, **k: {
        "retailer_id": retailer, "status": "finished", "finish_reason": "finished", "offers_accepted": 0,
        "stores_accepted": 0, "items_rejected": 0})
    shops = server.DemoServer
    monkeypatch.setattr(server, "DemoServer", lambda *a, **k: shops(*a, **{**k, "base_port": 0}))
    result = CliRunner().invoke(cli.main, ["demo", "--no-serve", "--history-days", "0", "--retailer", "techzone"])
    assert result.exit_code == 1, (result.output, result.exception)
    (line,) = failure_lines(result.output)
    assert line.startswith("pricelens: publish failed: no space left on device"), line
    assert_kept(data_dir, previous_snapshot)


CHECKSUM_ENOSPC_HOOK = """
import errno, os, pathlib
_write_text = pathlib.Path.write_text
def write_text(self, *args, **kwargs):
    if ".sha256.tmp-" in self.name:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))
    return _write_text(self, *args, **kwargs)
pathlib.Path.write_text = write_text
"""


def test_a_full_disk_writing_the_checksum_keeps_the_previous_snapshot(previous_snapshot, data_dir, tmp_path):
    # (review22: the .sha256 was written after the rename - today's snapshot had replaced the one published
    # earlier today, served with the previous one's checksum; it is written first now, renamed after)
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "publish"], cwd=ROOT, capture_output=True,
                            text=True, timeout=300, env=hook_env(tmp_path, CHECKSUM_ENOSPC_HOOK))
    assert result.returncode == 1, result.stderr
    (line,) = failure_lines(result.stderr)
    target = previous_snapshot[0]
    assert line.startswith(f"pricelens: publish failed: no space left on device writing {target}.sha256.tmp-"), line
    assert line.endswith("; the previous snapshot is kept"), line
    assert_kept(data_dir, previous_snapshot)
