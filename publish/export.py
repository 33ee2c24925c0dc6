"""Publish: stream PostgreSQL into one SQLite snapshot, atomically.

``pricelens publish`` writes ``data/snapshots/pricelens-<UTC date>.db``:

1. rows are streamed table by table through server-side cursors in batches (bounded
   memory), into a temporary file beside the target;
2. summaries (best price per product, lows, spreads, retailer counts), indexes for every
   facet and sort the site offers, and FTS5 on titles, brands and MPNs are built once, at
   the end;
3. ``PRAGMA integrity_check`` must answer ``ok``; the file is fsynced and renamed into
   place, ``latest.db`` is pointed at it, a ``.sha256`` is written beside it, and only the
   newest ``keep`` dated snapshots are kept.

A crash at any point leaves the previous snapshot and ``latest.db`` untouched; leftover
temporary files of dead publishes are removed by the next one. Progress goes to stderr.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import psutil
import sqlite_utils
from psycopg.rows import tuple_row

from crawler.db import connect
from crawler.paths import snapshots_dir

SCHEMA = Path(__file__).with_name("schema.sql")
BATCH = 5000
SNAPSHOT_NAME = re.compile(r"^pricelens-(\d{4}-\d{2}-\d{2})\.db$")
TEMP_NAME = re.compile(r"^\.pricelens-.*\.tmp-(\d+)$")


def _iso(column: str) -> str:
    return f"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"


def _usd(amount: str, currency: str, at: str) -> str:
    """SQL: an amount converted to USD with the rate in force at a time."""
    return (f"({amount} / (SELECT r.per_usd FROM currency_rates r WHERE r.currency = {currency}"
            f" AND r.valid_from <= ({at})::date ORDER BY r.valid_from DESC LIMIT 1))::float8")


# (snapshot table, PostgreSQL query producing its columns in order)
STREAMS: list[tuple[str, str]] = [
    ("fx_rates", "SELECT currency, valid_from::text, per_usd::float8, source FROM currency_rates"),
    ("retailers", "SELECT id, name, base_url, platform, country, default_currency FROM retailers"),
    ("products", "SELECT id, title, brand, mpn, gtin, category FROM products"),
    ("offers", f"""
        SELECT o.id, o.product_id, o.retailer_id, r.name, o.title, o.brand, o.mpn, o.gtin, o.category, o.url,
               o.image_url, o.price::float8, o.regular_price::float8, o.currency,
               {_usd("o.price", "o.currency", "o.last_seen_at")},
               CASE WHEN o.regular_price > o.price
                    THEN round((100 * (o.regular_price - o.price) / o.regular_price)::numeric, 1)::float8 END,
               o.availability, (o.availability = 'InStock')::int, o.condition, o.match_method,
               o.match_confidence, {_iso("o.first_seen_at")}, {_iso("o.last_seen_at")}, {_iso("o.last_changed_at")}
        FROM offers o JOIN retailers r ON r.id = o.retailer_id"""),
    ("price_history", f"""
        SELECT h.id, h.offer_id, o.product_id, o.retailer_id, {_iso("h.observed_at")}, h.price::float8,
               h.regular_price::float8, h.currency, {_usd("h.price", "h.currency", "h.observed_at")}, h.availability
        FROM price_history h JOIN offers o ON o.id = h.offer_id"""),
    ("stores", f"""
        SELECT s.id, s.retailer_id, r.name, s.ref, s.name, s.address, s.city, s.latitude, s.longitude, s.phone,
               s.opening_hours, s.url, {_iso("s.last_seen_at")}
        FROM stores s JOIN retailers r ON r.id = s.retailer_id"""),
    ("crawl_runs", f"""
        SELECT id, retailer_id, {_iso("started_at")}, {_iso("finished_at")},
               extract(epoch FROM finished_at - started_at)::float8, status, finish_reason, items_scraped,
               offers_accepted, stores_accepted, items_rejected, fields_removed, duplicates, offers_new,
               offers_changed, pages, http_errors
        FROM crawl_runs"""),
    ("rejections_summary", """
        SELECT retailer_id, run_id, item_type, action, field, reason, count(*), min(url), min(raw_value)
        FROM rejections GROUP BY retailer_id, run_id, item_type, action, field, reason"""),
]

SUMMARIES = [
    # products: counts, best offers, spread, lows
    """CREATE TEMP TABLE ranked AS
       SELECT id, product_id, retailer_name, price_usd, in_stock,
              row_number() OVER (PARTITION BY product_id ORDER BY price_usd, id) AS rank_all,
              row_number() OVER (PARTITION BY product_id, in_stock ORDER BY price_usd, id) AS rank_stock
       FROM offers WHERE product_id IS NOT NULL AND price_usd IS NOT NULL""",
    """UPDATE products SET
         offer_count = (SELECT count(*) FROM offers o WHERE o.product_id = products.id),
         retailer_count = (SELECT count(DISTINCT retailer_id) FROM offers o WHERE o.product_id = products.id),
         in_stock_count = (SELECT count(*) FROM offers o WHERE o.product_id = products.id AND o.in_stock),
         highest_price_usd = (SELECT max(price_usd) FROM offers o WHERE o.product_id = products.id)""",
    """UPDATE products SET (best_price_usd, best_offer_id, best_retailer) =
         (SELECT price_usd, id, retailer_name FROM ranked WHERE ranked.product_id = products.id AND rank_all = 1)""",
    """UPDATE products SET (best_in_stock_price_usd, best_in_stock_offer_id, best_in_stock_retailer) =
         (SELECT price_usd, id, retailer_name FROM ranked
          WHERE ranked.product_id = products.id AND in_stock = 1 AND rank_stock = 1)""",
    """UPDATE products SET spread_pct = round(100.0 * (highest_price_usd - best_price_usd) / best_price_usd, 1)
       WHERE best_price_usd > 0""",
    """UPDATE products SET all_time_low_usd =
         (SELECT min(price_usd) FROM price_history h WHERE h.product_id = products.id)""",
    # the 30-day low counts the price in force when the window opened, not only changes inside it
    """CREATE TEMP TABLE window_prices AS
       SELECT product_id, price_usd FROM price_history
       WHERE observed_at >= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-30 days')
       UNION ALL
       SELECT product_id, price_usd FROM (
         SELECT product_id, price_usd, row_number() OVER (PARTITION BY offer_id ORDER BY observed_at DESC) AS n
         FROM price_history WHERE observed_at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-30 days')) WHERE n = 1""",
    """UPDATE products SET low_30d_usd = (SELECT min(price_usd) FROM window_prices w WHERE w.product_id = products.id)""",
    # retailers: sizes and the latest crawl
    """UPDATE retailers SET
         offer_count = (SELECT count(*) FROM offers o WHERE o.retailer_id = retailers.id),
         in_stock_count = (SELECT count(*) FROM offers o WHERE o.retailer_id = retailers.id AND o.in_stock),
         store_count = (SELECT count(*) FROM stores s WHERE s.retailer_id = retailers.id),
         (last_crawl_at, last_crawl_status) = (SELECT started_at, status FROM crawl_runs c
              WHERE c.retailer_id = retailers.id ORDER BY started_at DESC LIMIT 1)""",
]

INDEXES = {
    "offers": [["retailer_id"], ["product_id", "price_usd"], ["brand"], ["category"], ["availability"],
               ["currency"], ["price_usd"], ["last_verified_at"], ["discount_pct"], ["in_stock", "category", "price_usd"],
               ["gtin"], ["mpn"]],
    "products": [["brand"], ["category"], ["best_price_usd"], ["offer_count"], ["retailer_count"], ["spread_pct"]],
    "price_history": [["offer_id", "observed_at"], ["product_id", "observed_at"], ["observed_at"], ["retailer_id"]],
    "stores": [["retailer_id"], ["city"]],
    "crawl_runs": [["retailer_id", "started_at"], ["status"]],
    "rejections_summary": [["retailer_id"], ["reason"]],
}
FTS = {"products": ["title", "brand", "mpn"], "offers": ["title", "brand", "mpn"]}


@dataclass
class PublishResult:
    path: Path
    rows: dict[str, int]
    seconds: float
    sha256: str


def log(message: str) -> None:
    print(f"publish: {message}", file=sys.stderr, flush=True)


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
    temp = out_dir / f".pricelens-{today}.db.tmp-{os.getpid()}"
    rows: dict[str, int] = {}
    try:
        db = sqlite3.connect(temp, isolation_level=None)
        db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;")
        db.executescript(SCHEMA.read_text())
        with connect(url) as pg:
            with pg.transaction():  # one consistent view of every table
                pg.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                for table, query in STREAMS:
                    rows[table] = copy_table(pg, db, table, query, say)
        say("building summaries, indexes and full-text search")
        build_read_structures(db)
        check = db.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise RuntimeError(f"snapshot failed its integrity check: {check}")
        db.execute("PRAGMA journal_mode = DELETE")
        db.close()
        _fsync(temp)
        os.replace(temp, final)
        _fsync_dir(out_dir)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    digest = write_checksum(final)
    point_latest(out_dir, final)
    prune(out_dir, keep)
    seconds = time.perf_counter() - started
    say(f"wrote {final} ({final.stat().st_size / 1e6:.1f} MB, {sum(rows.values())} rows) in {seconds:.1f} s")
    return PublishResult(final, rows, seconds, digest)


def copy_table(pg, db: sqlite3.Connection, table: str, query: str, say) -> int:
    """Stream one query into one table through a server-side cursor, in batches."""
    columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
    insert = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    count = 0
    with pg.cursor(name=f"publish_{table}", row_factory=tuple_row) as cur:
        cur.itersize = BATCH
        cur.execute(query)
        db.execute("BEGIN")
        while batch := cur.fetchmany(BATCH):
            if len(batch[0]) != len(columns):
                # the last columns (summaries) are filled later
                batch = [tuple(r) + (None,) * (len(columns) - len(r)) for r in batch]
            db.executemany(insert, batch)
            if (count + len(batch)) // 100_000 > count // 100_000:
                say(f"{table}: {count + len(batch)} rows …")
            count += len(batch)
        db.execute("COMMIT")
    say(f"{table}: {count} rows")
    return count


def build_read_structures(db: sqlite3.Connection) -> None:
    db.execute("BEGIN")
    for statement in SUMMARIES:
        db.execute(statement)
    db.execute("COMMIT")
    site = sqlite_utils.Database(db)
    for table, indexes in INDEXES.items():
        for columns in indexes:
            site[table].create_index(columns, if_not_exists=True)
    for table, columns in FTS.items():
        site[table].enable_fts(columns, fts_version="FTS5", create_triggers=False, tokenize="unicode61")
    db.execute("ANALYZE")


def write_checksum(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    checksum = path.with_name(path.name + ".sha256")
    temp = checksum.with_name(checksum.name + f".tmp-{os.getpid()}")
    temp.write_text(f"{digest.hexdigest()}  {path.name}\n")
    os.replace(temp, checksum)
    return digest.hexdigest()


def point_latest(out_dir: Path, target: Path) -> None:
    """Atomically make latest.db a symlink to ``target`` (relative, so the folder can move)."""
    link = out_dir / "latest.db"
    temp = out_dir / f".latest.db.tmp-{os.getpid()}"
    temp.unlink(missing_ok=True)
    temp.symlink_to(target.name)
    os.replace(temp, link)
    _fsync_dir(out_dir)


def list_snapshots(out_dir: Path | None = None) -> list[Path]:
    """The dated snapshots, newest first."""
    out_dir = Path(out_dir or snapshots_dir())
    found = [p for p in out_dir.glob("pricelens-*.db") if SNAPSHOT_NAME.match(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def prune(out_dir: Path, keep: int) -> list[Path]:
    removed = []
    latest = (out_dir / "latest.db").resolve()
    for old in list_snapshots(out_dir)[max(keep, 1):]:
        if old.resolve() == latest:
            continue
        old.unlink(missing_ok=True)
        old.with_name(old.name + ".sha256").unlink(missing_ok=True)
        removed.append(old)
    return removed


def remove_stale_temporaries(out_dir: Path) -> list[Path]:
    """Delete temporary files left by publishes that died (their pid is gone)."""
    removed = []
    for path in out_dir.iterdir():
        match = TEMP_NAME.match(path.name) or re.match(r"^\.latest\.db\.tmp-(\d+)$", path.name)
        if match and not psutil.pid_exists(int(match.group(1))):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


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
