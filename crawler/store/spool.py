"""The spool: what a crawl could not write to PostgreSQL, kept on disk until it can.

When the database stays unreachable after the retries, the store pipeline appends each batch
to ``data/spool/<retailer>-<run id>-<token>-<pid>@<host>.jsonl``: one JSON line per batch (``kind``,
``run_id``, ``rows``), written with ``O_APPEND`` and fsynced before the crawl goes on, so a
crash loses nothing already spooled. The run's end (its counts and finish reason) is spooled
the same way when it cannot be written.

A file is replayed once its writer is gone (crawler.paths.writer_gone): on this host its process
has ended (a pid reused by a later process does not keep it waiting); another host's file (a
data folder shared between hosts) is that host's to replay, or anyone's after two days without
a write; a name without a host (written before hosts were named) is read as this host's.

A run whose opening could not reach the database at all is spooled whole: its first line
(``open``: the retailer's attributes, the start time) becomes its ``crawl_runs`` row at replay.

The next crawl run (of any retailer) replays every spool file first, with the same writes the
pipeline uses, then deletes the file. Each line is one transaction together with its row in
``spool_replayed`` (file name, line number), and a line recorded there is skipped: a file
replayed again after a crash (written, not yet deleted) adds no rejection and no count twice.
(A key per spooled row would cover the rejections only; the progress row covers every kind,
the run's counts too, with one table.) A row the database refuses is isolated and recorded in ``rejections``; the rest of
its batch is stored. A line cut short by a crash is the last line and is skipped with a warning.
A file whose replay fails for what it holds (a data error such as a value too long for its
column; not the database being down) is moved to ``failed/`` with one warning and never
replayed again, so one bad file cannot fail every later run.
"""

from __future__ import annotations

import json
import logging
import os
import uuid

from datetime import datetime
from decimal import Decimal
from pathlib import Path

import psycopg

from crawler.store import writes
from crawler.paths import data_dir, this_host, writer_gone

logger = logging.getLogger(__name__)


def spool_dir() -> Path:
    return data_dir() / "spool"


def _encode(value):
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    raise TypeError(f"cannot spool {type(value).__name__}")


def _decode(obj):
    if "$decimal" in obj:
        return Decimal(obj["$decimal"])
    if "$datetime" in obj:
        return datetime.fromisoformat(obj["$datetime"])
    return obj


class Spool:
    """Append-only, fsynced batches of one run."""

    def __init__(self, retailer: str, run_id: int | None, directory: Path | None = None):
        """``run_id`` None: a run the database never opened; its first line is its opening."""
        self.directory = Path(directory or spool_dir())
        # unique for ever (the replay remembers the lines it wrote by file name): the run, a
        # random token, and the writing process's id and host last
        token = uuid.uuid4().hex[:10]
        self.path = self.directory / (f"{retailer}-{run_id if run_id is not None else 'unopened'}-{token}-"
                                      f"{os.getpid()}@{this_host()}.jsonl")
        self.run_id = run_id
        self.rows = 0
        _OPEN.add(self.path)

    def close(self) -> None:
        """The run is over: its file may now be replayed."""
        _OPEN.discard(self.path)

    def append(self, kind: str, rows: list, **extra) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        line = json.dumps({"kind": kind, "run_id": self.run_id, "rows": [list(r) for r in rows], **extra},
                          default=_encode, ensure_ascii=False) + "\n"
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            os.write(fd, line.encode("utf-8", "backslashreplace"))  # (a lone surrogate: its JSON escape, \ud800)
            os.fsync(fd)
        finally:
            os.close(fd)
        self.rows += len(rows)
        logger.warning("spooled %d %s to %s", len(rows), kind, self.path)


_OPEN: set[Path] = set()  # spool files of runs still open in this process


def _writer_alive(path: Path) -> bool:
    """Is the process that writes this file still running (and not done with it)?"""
    if path in _OPEN:
        return True
    writer, _, host = path.stem.rpartition("-")[2].partition("@")
    try:
        pid = int(writer)
    except ValueError:
        return False
    if pid == os.getpid():
        return False  # (this process's own files are in _OPEN while it writes them)
    return not writer_gone(path, host or this_host(), pid)


def pending(directory: Path | None = None) -> list[Path]:
    """Spool files waiting to be replayed (their writer is gone), oldest first."""
    directory = Path(directory or spool_dir())
    if not directory.is_dir():
        return []
    files = []
    for path in directory.glob("*.jsonl"):
        if _writer_alive(path):
            continue
        try:  # (another replayer may have replayed and deleted it since the listing: not pending)
            files.append((path.stat().st_mtime, path.name, path))
        except FileNotFoundError:
            continue
    return [path for _, _, path in sorted(files)]


REPLAY_LOCK = 7_311_002  # advisory lock: one replaying process at a time


def replay(conn, directory: Path | None = None) -> dict:
    """Write every pending spool file to the database, then delete it; return counts per kind.

    ``conn`` must be in autocommit mode (each write is its own transaction)."""
    totals: dict[str, int] = {}
    if not conn.execute("SELECT pg_try_advisory_lock(%s) AS locked", (REPLAY_LOCK,)).fetchone()["locked"]:
        return totals  # another process is replaying right now
    try:
        # listed under the lock: a list made before it may name files another replayer has replayed
        # and deleted meanwhile (read then: a FileNotFoundError, and the file "set aside")
        for path in pending(directory):
            try:
                _replay_file(conn, path, totals)
            except FileNotFoundError as exc:
                if exc.filename is not None and Path(exc.filename) != path:
                    raise
                # gone since the listing (replayed by a process not holding the lock, moved by
                # hand): nothing to replay; its lines already written stay in spool_replayed
                logger.info("spool %s gone before its replay; skipped", path.name)
            except Exception as exc:  # noqa: BLE001 -- what the file holds: set aside, never replayed again
                if writes.outage(exc):
                    raise  # the database went away: the file stays for the next run
                set_aside(path, f"{type(exc).__name__}: {_first_line(exc)}")
                totals["set_aside"] = totals.get("set_aside", 0) + 1
        _prune(conn, directory)
    finally:
        conn.execute("SELECT pg_advisory_unlock(%s)", (REPLAY_LOCK,))
    return totals


def failed_dir(directory: Path | None = None) -> Path:
    """Where spool files that cannot be replayed for what they hold are set aside."""
    return Path(directory or spool_dir()) / "failed"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def set_aside(path: Path, why: str) -> Path:
    """Move a spool file the database refuses for what it holds (a value too long for its column,
    not the database being down) to ``failed/`` beside it, with one warning: kept for a person
    to read, never replayed again (it would fail every later run the same way). Its lines
    already written stay recorded in ``spool_replayed``, so a file moved back is not written twice."""
    target = failed_dir(path.parent) / path.name
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.replace(path, target)
    except FileNotFoundError:  # gone meanwhile (another process replayed or moved it)
        logger.warning("spool %s not set aside: gone meanwhile (%s)", path.name, why)
        return target
    logger.warning("spool %s set aside in %s, not replayed: %s", path.name, target.parent, why)
    return target


KEEP_REPLAYED_DAYS = 30


def _prune(conn, directory: Path | None) -> None:
    """Forget the replayed lines of files replayed more than ``KEEP_REPLAYED_DAYS`` ago and no
    longer in the spool directory: their rows guard against a file replayed again after a crash
    (the next crawl run, minutes to days later), so the table stays small instead of growing
    with every spooled line ever. A file still there (its writer alive, or not replayed yet)
    keeps its rows whatever their age."""
    directory = Path(directory or spool_dir())
    present = sorted(p.name for folder in (directory, failed_dir(directory)) if folder.is_dir()
                     for p in folder.glob("*.jsonl"))  # a file set aside may be moved back by hand
    conn.execute("DELETE FROM spool_replayed WHERE replayed_at < now() - make_interval(days => %s)"
                 " AND NOT (file = ANY(%s))", (KEEP_REPLAYED_DAYS, present))


def _replay_file(conn, path: Path, totals: dict) -> None:
    """Replay one file, line after line: each line's writes, its run's counts and a
    ``spool_replayed`` row are one transaction, and a line already recorded there is skipped, so
    replaying the same file again (a crash before it was deleted) writes nothing twice."""
    done = {row["line"]: row["run_id"] for row in
            conn.execute("SELECT line, run_id FROM spool_replayed WHERE file = %s", (path.name,))}
    opened: int | None = None  # the run an "open" line of this file created (a run never opened)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            record = json.loads(line, object_hook=_decode)
        except ValueError:
            logger.warning("%s:%d: unreadable spool line skipped (cut short by a crash?)", path, number)
            continue
        kind = record["kind"]
        if number in done:
            if kind == "open":
                opened = done[number]
            continue
        run_id = record["run_id"] if record["run_id"] is not None else opened
        with conn.transaction():
            if kind == "open":
                run_id = opened = writes.open_run(conn, record["attributes"], record.get("started_at"))
            elif kind == "finish":
                writes.finish_run(conn, run_id, status=record["status"], reason=record["reason"],
                                  counts=record["counts"], stats=record["stats"],
                                  finished_at=record.get("finished_at"))
            else:
                rows = [tuple(r) for r in record["rows"]]
                if kind == "rejections":  # spooled before the run had an id
                    rows = [(run_id, *r[1:]) if r[0] is None else r for r in rows]
                _replay_rows(conn, path, kind, run_id, rows)
            conn.execute("INSERT INTO spool_replayed (file, line, run_id) VALUES (%s, %s, %s)",
                         (path.name, number, run_id))
        totals[kind] = totals.get(kind, 0) + (1 if kind in ("open", "finish") else len(record["rows"]))
    path.unlink(missing_ok=True)
    logger.info("replayed spool %s", path.name)


def _replay_rows(conn, path: Path, kind: str, run_id: int | None, rows: list) -> None:
    results, refused = writes.write_isolating(lambda part: writes.WRITERS[kind](conn, part, run_id), rows)
    counts = {"new": sum(r.get("new", 0) for r in results), "changed": sum(r.get("changed", 0) for r in results),
              "rejected": len(refused)}
    if refused:
        _reject(conn, kind, run_id, refused, path)
    if run_id is not None and any(counts.values()):
        writes.add_to_run(conn, run_id, counts)


def _reject(conn, kind: str, run_id: int, refused: list, path: Path) -> None:
    """Record the spooled rows the database refuses (as the store pipeline does)."""
    rows = []
    for row, error in refused:
        found = writes.refusal(kind, row, error)
        raw = None if found["raw_value"] is None else str(found["raw_value"])[:2000]
        rows.append((run_id, found["retailer_id"], found["item_type"], found["url"], found["field"], "dropped",
                     found["reason"], raw))
        logger.warning("%s: %s %s refused by the database: %s", path.name, found["item_type"], found["url"],
                       found["reason"])
    writes.write_rejections(conn, rows, run_id)
