"""Publish: stream PostgreSQL into one SQLite snapshot, atomically.

``pricelens publish`` writes ``data/snapshots/pricelens-<UTC date>.db``:

1. one transaction exports a PostgreSQL snapshot that two more connections share, so every
   table shows the same moment. Each table's query (``publish/streams.py``, where the
   summaries are computed: best offers, lows, spreads, 30-day ranges, crawl health) runs
   through a server-side cursor on one of those connections, a thread per connection, and
   its rows wait in batches in a small bounded queue (bounded memory) until this process
   writes them into a temporary file beside the target. PostgreSQL computes the next tables
   while the big price history is being written; the history itself gets its USD prices and
   movements on the way (``HistoryRows``);
2. indexes for every facet and sort the site offers, and FTS5 on titles, brands, MPNs and
   GTINs, are built once, at the end, then ``ANALYZE``;
3. ``PRAGMA integrity_check`` (split by table over threads) must find nothing while the
   file's SHA-256 is computed; its ``.sha256`` is written under a temporary name, the file is
   fsynced and renamed into place, the ``.sha256`` renamed beside it (a SIGTERM, SIGINT or SIGHUP between the two is held until the checksum
   is written, then ends the publish), ``latest.db`` is pointed at it, and only the newest ``keep`` dated
   snapshots are kept.

A crash at any point leaves the previous snapshot and ``latest.db`` untouched; leftover
temporary files of dead publishes are removed by the next one. Progress goes to stderr.
"""

from __future__ import annotations

import hashlib
import os
import queue
import re
import sqlite3
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from psycopg.rows import tuple_row

from crawler.store import connect
from crawler.paths import remove_stale_temporaries_of, signals_deferred, snapshots_dir, temporary_suffix
from crawler.paths import remove_stale_temporaries as _remove_stale
from publish.families import build_families
from publish.search import build_fts
from publish.streams import RATES_SQL, Stream, rate_table, streams

SCHEMA = Path(__file__).with_name("schema.sql")
BATCH = 5000            # rows per fetch from PostgreSQL and per executemany
QUEUE_DEPTH = 4         # batches waiting per table: at most tables x QUEUE_DEPTH x BATCH rows in memory
CONNECTIONS = 3         # PostgreSQL connections reading at once (sharing one snapshot)
SNAPSHOT_NAME = re.compile(r"^pricelens-(\d{4}-\d{2}-\d{2})\.db$")
# temporaries of a publish (``.tmp-<host>-<pid>``, crawler.paths.temporary_suffix): the snapshot, latest.db, checksums
TEMP_NAME = re.compile(r"^(?:\.pricelens-.*|\.latest\.db|pricelens-.*\.sha256)\.tmp-[A-Za-z0-9._-]+$")
SQLITE_BUILD_PRAGMAS = """
PRAGMA page_size = 8192;
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -131072;
PRAGMA temp_store = FILE;
PRAGMA threads = 2;
"""

# Every facet and sort the site offers (publish/metadata.yaml) has an index; names follow
# sqlite-utils (idx_<table>_<columns>).
INDEXES: dict[str, list[list[str]]] = {
    # a facet column followed by the default sort: a filtered page reads its first rows in order
    "offers": [["product_id", "price_usd"], ["retailer_id", "price_usd"], ["brand", "price_usd"],
               ["category", "price_usd"], ["availability", "price_usd"], ["currency", "price_usd"],
               ["price_usd"], ["discount_pct"], ["last_verified_at"], ["in_stock", "category", "price_usd"],
               ["unit", "unit_price_usd"], ["unit_price_usd"], ["family_id", "unit_price_usd"],
               ["seed_type", "price_usd"], ["breeder", "price_usd"],
               # every facet column after the usual filters: the facets of a category's, a retailer's
               # or a brand's offers are counted from the index alone
               ["category", "retailer_id", "brand", "availability", "currency"],
               ["retailer_id", "category", "brand", "availability", "currency"],
               ["brand", "category", "retailer_id", "availability", "currency"]],
    "products": [["brand", "retailer_count"], ["category", "retailer_count"], ["best_price_usd"], ["offer_count"],
                 ["retailer_count"], ["spread_pct"], ["all_time_low_at"],
                 ["title"], ["best_in_stock_price_usd"],  # the shop's default sort and cheapest-in-stock sort
                 ["family_id"], ["seed_type", "retailer_count"], ["breeder", "retailer_count"]],
    "families": [["brand"], ["seed_type"], ["unit", "best_unit_price_usd"], ["name"], ["product_count"],
                 ["retailer_count"], ["best_unit_price_usd"]],
    # a product's history is reached through its offers; observed_at serves the default sort,
    # the price drops and every "last N days"
    "price_history": [["offer_id", "observed_at"], ["observed_at"]],
    "stores": [["retailer_id"], ["city"]],
    "crawl_runs": [["retailer_id", "started_at"], ["started_at"], ["status"]],
    "rejections_summary": [["retailer_id"], ["run_id"], ["reason"], ["field"]],
    "alerts": [["retailer_id", "created_at"], ["created_at"], ["kind"]],
}
FTS = ("products", "offers")  # each gets <table>_fts, see publish/search.py


@dataclass
class PublishResult:
    path: Path
    rows: dict[str, int]
    seconds: float
    sha256: str


def log(message: str) -> None:
    print(f"publish: {message}", file=sys.stderr, flush=True)


_HELD: list[int] = []  # the stop signal held back by held_signals (at most one kept)


@contextmanager
def held_signals():
    """SIGTERM, SIGINT and SIGHUP are held back inside the block and delivered, to the handlers that
    were there before, when it ends: the window between the snapshot's rename and its ``.sha256``
    is not cut (a stop there left a published snapshot without its checksum). Outside the main
    thread (where no handler can be set) nothing is held (``crawler.paths.signals_deferred``)."""
    with signals_deferred(caught=_HELD):
        yield


def reached(stage: str) -> None:
    """A point where a fault test may stop the publish: copy, index, rename, checksum or relink.

    With ``PRICELENS_PUBLISH_PAUSE_AT=<stage>`` the publish writes the stage's name to
    ``PRICELENS_PUBLISH_STAGE_FILE`` when it gets there and waits, to be killed (tests only); a
    stop signal held meanwhile (:func:`held_signals`) ends the wait.
    """
    if os.environ.get("PRICELENS_PUBLISH_PAUSE_AT") != stage:
        return
    signal_file = os.environ.get("PRICELENS_PUBLISH_STAGE_FILE")
    if signal_file:
        remove_stale_temporaries_of(Path(signal_file))  # a publish SIGKILLed between write and rename
        temp = Path(f"{signal_file}{temporary_suffix()}")
        temp.write_text(stage)
        os.replace(temp, signal_file)
    # (an hour in steps of 0.05 s, counted, not timed: a test that makes ``time.sleep`` return at
    # once gets through in milliseconds - a deadline on the clock spun there for an hour)
    for _ in range(72_000):
        if _HELD:
            break
        time.sleep(0.05)


def publish(out_dir: Path | None = None, *, keep: int = 7, url: str | None = None,
            today: str | None = None, quiet: bool = False) -> PublishResult:
    """Write today's snapshot and point latest.db at it; return where and how much."""
    say = (lambda _m: None) if quiet else log
    started = time.perf_counter()
    out_dir = Path(out_dir or snapshots_dir())
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(out_dir)
    today = today or datetime.now(timezone.utc).date().isoformat()
    final = out_dir / f"pricelens-{today}.db"
    temp = out_dir / f".pricelens-{today}.db{temporary_suffix()}"
    checksum = final.with_name(final.name + ".sha256")
    checksum_temp: Path | None = None
    holding = ExitStack()
    try:
        db = sqlite3.connect(temp, isolation_level=None)
        try:
            db.executescript(SQLITE_BUILD_PRAGMAS)
            db.executescript(SCHEMA.read_text())
            rows = load(db, url, say)
            step = time.perf_counter()
            reached("index")
            build_read_structures(db)
            say(f"indexes, full-text search and statistics in {time.perf_counter() - step:.1f} s")
            db.execute("PRAGMA journal_mode = DELETE")
        finally:
            db.close()
        step = time.perf_counter()
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="publish-sha256") as pool:
            hashing = pool.submit(file_sha256, temp)  # the file is final: hash it during the check
            problems = integrity_problems(temp)
            digest = hashing.result()
        say(f"integrity check and checksum in {time.perf_counter() - step:.1f} s")
        if problems:
            raise RuntimeError("snapshot failed its integrity check: "
                               + "; ".join(problem[:300] for problem in problems[:5]))
        _fsync(temp)
        reached("rename")
        # the .sha256 is written before the rename, renamed after it: a disk that refuses it (full, quota)
        # stops the publish before anything moved - after the rename it left the new snapshot without its
        # checksum or, published again the same day, live behind latest.db with the previous one's
        checksum_temp = write_checksum_temp(final, digest)
        holding.enter_context(held_signals())  # a stop from here waits until the checksum is beside the file
        # (a kill -9 between the renames leaves no checksum, which the site computes, never a wrong one)
        checksum.unlink(missing_ok=True)
        os.replace(temp, final)
        _fsync_dir(out_dir)
    except BaseException:
        temp.unlink(missing_ok=True)
        if checksum_temp is not None:
            checksum_temp.unlink(missing_ok=True)
        holding.close()  # (a signal held meanwhile is delivered now: the temporary is gone already)
        raise
    try:
        reached("checksum")
        os.replace(checksum_temp, checksum)
        _fsync_dir(out_dir)
    finally:
        holding.close()  # a SIGTERM, SIGINT or SIGHUP held since the rename ends the publish here, cleanly
    reached("relink")
    point_latest(out_dir, final)
    prune(out_dir, keep)
    seconds = time.perf_counter() - started
    say(f"wrote {final} ({final.stat().st_size / 1e6:.1f} MB, {sum(rows.values())} rows) in {seconds:.1f} s")
    return PublishResult(final, rows, seconds, digest)


def load(db: sqlite3.Connection, url: str | None, say) -> dict[str, int]:
    """Copy every stream into its table; return the row counts."""
    rows: dict[str, int] = {}
    with ExitStack() as stack:
        pg = stack.enter_context(connect(url, row_factory=tuple_row))
        stack.enter_context(pg.transaction())
        pg.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        snapshot_id, now = pg.execute("SELECT pg_export_snapshot(), now()").fetchone()
        has_alerts = pg.execute(
            "SELECT EXISTS (SELECT 1 FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_name = 'alerts')").fetchone()[0]
        connections = [pg]
        for _ in range(CONNECTIONS - 1):
            conn = stack.enter_context(connect(url, row_factory=tuple_row))
            stack.enter_context(conn.transaction())
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            conn.execute(f"SET TRANSACTION SNAPSHOT '{snapshot_id}'")
            connections.append(conn)
        for conn in connections:
            conn.execute("SET LOCAL work_mem = '128MB'")  # sorts of 1M rows stay in memory
        rates = rate_table(pg.execute(RATES_SQL).fetchall())
        now = now.astimezone(timezone.utc).replace(microsecond=0)
        params = {"now": now, "since": now - timedelta(days=30)}
        todo = streams(has_alerts)
        fetcher = stack.enter_context(Fetcher(connections, todo, params, rates))
        db.execute("BEGIN")
        for stream in todo:
            rows[stream.table] = write_table(db, stream.table, fetcher.batches(stream), say,
                                             skip_id=stream.numbered)
        step = time.perf_counter()
        rows["families"] = build_families(db)
        say(f"families: {rows['families']} rows in {time.perf_counter() - step:.1f} s")
        write_snapshot_row(db, now, rows)
        db.execute("COMMIT")
    return rows


def write_table(db: sqlite3.Connection, table: str, batches, say, *, skip_id: bool = False) -> int:
    started = time.perf_counter()
    columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
    if skip_id:
        columns.remove("id")
    insert = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    count = 0
    waited = 0.0  # for the progress line: is PostgreSQL or SQLite the slower side?
    batches = iter(batches)
    while True:
        asked = time.perf_counter()
        batch = next(batches, None)
        waited += time.perf_counter() - asked
        if batch is None:
            break
        if count == 0 and len(batch[0]) != len(columns):
            raise RuntimeError(f"publish/streams.py gives {len(batch[0])} columns for {table}, "
                               f"publish/schema.sql has {len(columns)}")
        db.executemany(insert, batch)
        if count == 0:
            reached("copy")
        if (count + len(batch)) // 200_000 > count // 200_000:
            say(f"{table}: {count + len(batch)} rows …")
        count += len(batch)
    say(f"{table}: {count} rows in {time.perf_counter() - started:.1f} s (waiting for PostgreSQL {waited:.1f} s)")
    return count


def write_snapshot_row(db: sqlite3.Connection, now: datetime, rows: dict[str, int]) -> None:
    try:
        from importlib.metadata import version

        release = version("pricelens")
    except Exception:  # not installed: running from a checkout
        release = None
    stamp = "%Y-%m-%dT%H:%M:%SZ"
    db.execute("INSERT INTO snapshot VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
               (now.strftime(stamp), (now - timedelta(days=30)).strftime(stamp), release,
                rows.get("products"), rows.get("offers"), rows.get("price_history"), rows.get("retailers"),
                rows.get("stores")))


class _Stopped(Exception):
    pass


_END = object()


class Fetcher:
    """Threads that run the streams' queries, each on its own connection, in order.

    A stream's batches wait in its own bounded queue until the writer gets to that table, so
    a connection runs (and PostgreSQL computes) the next query while the writer is busy.
    """

    def __init__(self, connections, todo: list[Stream], params: dict, rates: dict):
        self.params = params
        self.rates = rates
        self.queues = {stream.table: queue.Queue(QUEUE_DEPTH) for stream in todo}
        self.todo: queue.SimpleQueue = queue.SimpleQueue()
        for stream in todo:
            self.todo.put(stream)
        self.stop = threading.Event()
        self.connections = connections
        self.threads = [threading.Thread(target=self._work, args=(conn,), name=f"publish-fetch-{i}", daemon=True)
                        for i, conn in enumerate(connections)]

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for conn, thread in zip(self.connections, self.threads):
            if thread.is_alive():
                try:
                    conn.cancel_safe()
                except Exception:
                    pass
        for thread in self.threads:
            thread.join(timeout=30)
        return False

    def _put(self, q: queue.Queue, item) -> None:
        while True:
            try:
                q.put(item, timeout=0.2)
                return
            except queue.Full:
                if self.stop.is_set():
                    raise _Stopped

    def _work(self, conn) -> None:
        while not self.stop.is_set():
            try:
                stream = self.todo.get_nowait()
            except queue.Empty:
                return
            q = self.queues[stream.table]
            try:
                transform = stream.transform(self.rates) if stream.transform else None
                with conn.cursor(name=f"publish_{stream.table}", binary=True) as cur:
                    cur.execute(stream.sql, self.params)
                    while batch := cur.fetchmany(BATCH):
                        self._put(q, transform(batch) if transform else batch)
                self._put(q, _END)
            except _Stopped:
                return
            except BaseException as exc:  # handed to the writer, which raises it
                try:
                    self._put(q, exc)
                except _Stopped:
                    pass
                return

    def batches(self, stream: Stream):
        q = self.queues[stream.table]
        while True:
            item = q.get()
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise RuntimeError(f"reading {stream.table} from PostgreSQL failed: {item}") from item
            yield item


def build_read_structures(db: sqlite3.Connection) -> None:
    """Indexes, full-text search and planner statistics, once the rows are in."""
    for table, indexes in INDEXES.items():
        for columns in indexes:
            db.execute(f"CREATE INDEX IF NOT EXISTS idx_{table}_{'_'.join(columns)} ON {table} ({', '.join(columns)})")
    for table in FTS:
        build_fts(db, table)
    db.execute("PRAGMA analysis_limit = 1000")
    db.execute("ANALYZE")


def integrity_problems(path: Path, workers: int = 2) -> list[str]:
    """``PRAGMA integrity_check`` of the whole file, split over threads; [] when it is sound.

    Each table (with its indexes) is checked by ``integrity_check(<table>)`` on its own
    read-only connection, biggest first, and ``quick_check`` adds what only a whole-file check
    sees (pages used twice or never). SQLite runs the checks without holding the GIL.
    """
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [name for name, in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")]
        sizes = {name: con.execute(f"SELECT max(rowid) FROM [{name}]").fetchone()[0] or 0
                 if _has_rowid(con, name) else 0 for name in tables}
    except sqlite3.DatabaseError as exc:
        return [f"reading the schema: {exc}"]
    finally:
        con.close()
    checks = ["quick_check"] + [f"integrity_check([{name}])" for name in sorted(tables, key=lambda n: -sizes[n])]
    if len(checks) > 1:
        checks.insert(1, checks.pop(0))  # the biggest table first, then quick_check, then the rest

    def run(pragma: str) -> list[str]:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            con.execute("PRAGMA cache_size = -32768")
            answer = [row[0] for row in con.execute(f"PRAGMA {pragma}")]
        except sqlite3.DatabaseError as exc:
            answer = [str(exc)]
        finally:
            con.close()
        return [] if answer == ["ok"] else [f"{pragma}: {line}" for line in answer]

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="publish-check") as pool:
        return [problem for found in pool.map(run, checks) for problem in found]


def _has_rowid(con: sqlite3.Connection, table: str) -> bool:
    try:
        con.execute(f"SELECT rowid FROM [{table}] LIMIT 0")
        return True
    except sqlite3.OperationalError:
        return False


def write_checksum(path: Path, digest: str | None = None) -> str:
    """``<snapshot>.sha256`` in the format of ``sha256sum`` (so ``sha256sum -c`` checks it)."""
    digest = digest or file_sha256(path)
    os.replace(write_checksum_temp(path, digest), path.with_name(path.name + ".sha256"))
    return digest


def write_checksum_temp(path: Path, digest: str) -> Path:
    """The ``.sha256`` of ``path`` written under a temporary name (returned), to be renamed into place;
    removed when it cannot be written whole."""
    checksum = path.with_name(path.name + ".sha256")
    temp = checksum.with_name(checksum.name + temporary_suffix())
    try:
        temp.write_text(f"{digest}  {path.name}\n")
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def point_latest(out_dir: Path, target: Path) -> None:
    """Atomically make latest.db a symlink to ``target`` (relative, so the folder can move)."""
    link = out_dir / "latest.db"
    temp = out_dir / f".latest.db{temporary_suffix()}"
    temp.unlink(missing_ok=True)
    temp.symlink_to(target.name)
    try:
        os.replace(temp, link)
    except OSError as exc:  # latest.db is a folder, ...: the error names latest.db, not the temporary
        temp.unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(link)) from None
    _fsync_dir(out_dir)


def list_snapshots(out_dir: Path | None = None) -> list[Path]:
    """The dated snapshots, newest first."""
    out_dir = Path(out_dir or snapshots_dir())
    if not out_dir.is_dir():
        return []
    found = [p for p in out_dir.glob("pricelens-*.db") if SNAPSHOT_NAME.match(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


@dataclass
class SnapshotFile:
    """A dated snapshot as the site lists it."""

    name: str
    date: str
    size: int
    sha256: str | None
    latest: bool

    @property
    def size_mb(self) -> float:
        return self.size / 1e6


def describe_snapshots(out_dir: Path | None = None) -> list[SnapshotFile]:
    """The dated snapshots, newest first, with their sizes and recorded checksums."""
    out_dir = Path(out_dir or snapshots_dir())
    latest_link = out_dir / "latest.db"
    latest = latest_link.resolve().name if latest_link.exists() else None
    found = []
    for path in list_snapshots(out_dir):
        try:
            size = path.stat().st_size
        except FileNotFoundError:  # pruned meanwhile
            continue
        found.append(SnapshotFile(path.name, SNAPSHOT_NAME.match(path.name).group(1), size,
                                  read_checksum(path), path.name == latest))
    return found


def read_checksum(path: Path) -> str | None:
    """The digest recorded in ``<snapshot>.sha256``, if that file is there and well formed."""
    try:
        text = path.with_name(path.name + ".sha256").read_text()
    except FileNotFoundError:
        return None
    match = re.match(r"^([0-9a-f]{64})\s", text)
    return match.group(1) if match else None


def prune(out_dir: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` dated snapshots (never the one latest.db names)."""
    removed = []
    latest = (out_dir / "latest.db").resolve()
    for old in list_snapshots(out_dir)[max(keep, 1):]:
        if old.resolve() == latest:
            continue
        old.unlink(missing_ok=True)
        old.with_name(old.name + ".sha256").unlink(missing_ok=True)
        removed.append(old)
    for checksum in out_dir.glob("pricelens-*.db.sha256"):
        if not checksum.with_suffix("").exists():
            checksum.unlink(missing_ok=True)
    return removed


def remove_stale_temporaries(out_dir: Path) -> list[Path]:
    """Delete temporary files left by publishes that died (see crawler.paths.is_stale_temporary:
    on this host their process is gone, another host's only after two days)."""
    return _remove_stale(out_dir, TEMP_NAME.match)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
