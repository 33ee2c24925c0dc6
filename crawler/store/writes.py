"""The writes of a crawl run, as plain functions of a connection and rows.

Used by the store pipeline through :class:`crawler.store.runs.CrawlRun`, and by the spool replay,
so a batch written late is written exactly as it would have been. Every function is one
transaction and is idempotent for the same rows: offers and stores are upserts keyed by the
retailer's own ids, and a price_history row is added only when the stored state changes,
at most once per offer and observation time (a replayed batch adds none).

A batch the database refuses for what a row holds (a CHECK, a value beyond its column: an
IntegrityError or DataError), or fails for any other reason that is not a lost connection (a
value psycopg cannot adapt, a bug), is split by :func:`write_isolating` until each failing row
stands alone; the callers record those rows as rejections with the error.

An offer's current state (price, availability, ...) is its newest observation: a batch observed
earlier than what is stored (a replayed spool, a late batch) adds its price_history row if it
differs but never overwrites the offer.
"""

from __future__ import annotations

import errno
import json
from datetime import datetime, timezone
from decimal import Decimal

import psycopg

from crawler.store.connection import DatabaseUnavailable

OFFER_COLUMNS = ("retailer_id", "offer_key", "url", "retailer_sku", "title", "brand", "mpn", "gtin",
                 "category", "image_url", "price", "regular_price", "currency", "availability",
                 "condition", "seen_at", "pack_size", "unit", "unit_quantity", "shop_category",
                 "breeder", "seed_type", "thc", "cbd")
STORE_COLUMNS = ("retailer_id", "ref", "name", "address", "city", "latitude", "longitude", "phone",
                 "opening_hours", "url")
REJECTION_COLUMNS = ("run_id", "retailer_id", "item_type", "url", "field", "action", "reason", "raw_value")

_STAGE = """
CREATE TEMPORARY TABLE IF NOT EXISTS offer_stage (
    retailer_id text, offer_key text, url text, retailer_sku text, title text, brand text, mpn text,
    gtin text, category text, image_url text, price numeric, regular_price numeric, currency text,
    availability text, condition text, seen_at timestamptz, pack_size integer, unit text, unit_quantity numeric,
    shop_category text, breeder text, seed_type text, thc text, cbd text
) ON COMMIT DELETE ROWS
"""

_CHANGED = """(o.price IS DISTINCT FROM s.price OR o.regular_price IS DISTINCT FROM s.regular_price
              OR o.currency IS DISTINCT FROM s.currency OR o.availability IS DISTINCT FROM s.availability)"""
_DATA_COLUMNS = [c for c in OFFER_COLUMNS if c != "seen_at"]

_UPSERT_OFFERS = f"""
WITH staged AS (
    SELECT DISTINCT ON (retailer_id, offer_key) * FROM offer_stage ORDER BY retailer_id, offer_key, seen_at DESC
), previous AS (
    -- differs: the observation differs from the stored state (a history row, as always);
    -- newer: it is at least as new as the stored state, so it becomes the offer's current state
    SELECT s.offer_key, o.id AS offer_id, o.id IS NULL AS is_new, (o.id IS NULL OR {_CHANGED}) AS differs,
           (o.id IS NULL OR s.seen_at >= o.last_seen_at) AS newer
    FROM staged s LEFT JOIN offers o ON o.retailer_id = s.retailer_id AND o.offer_key = s.offer_key
), upserted AS (
    INSERT INTO offers AS o ({", ".join(_DATA_COLUMNS)}, first_seen_at, last_seen_at, last_changed_at, last_run_id)
    SELECT {", ".join(_DATA_COLUMNS)}, seen_at, seen_at, seen_at, %(run_id)s
    FROM staged
    ON CONFLICT (retailer_id, offer_key) DO UPDATE SET
        url = EXCLUDED.url, retailer_sku = EXCLUDED.retailer_sku, title = EXCLUDED.title,
        brand = EXCLUDED.brand, mpn = EXCLUDED.mpn, gtin = EXCLUDED.gtin, category = EXCLUDED.category,
        shop_category = EXCLUDED.shop_category,
        image_url = EXCLUDED.image_url, price = EXCLUDED.price, regular_price = EXCLUDED.regular_price,
        currency = EXCLUDED.currency, availability = EXCLUDED.availability, condition = EXCLUDED.condition,
        pack_size = EXCLUDED.pack_size, unit = EXCLUDED.unit, unit_quantity = EXCLUDED.unit_quantity,
        breeder = EXCLUDED.breeder, seed_type = EXCLUDED.seed_type, thc = EXCLUDED.thc, cbd = EXCLUDED.cbd,
        last_seen_at = EXCLUDED.last_seen_at, last_run_id = EXCLUDED.last_run_id,
        last_changed_at = CASE WHEN (o.price IS DISTINCT FROM EXCLUDED.price
                                     OR o.regular_price IS DISTINCT FROM EXCLUDED.regular_price
                                     OR o.currency IS DISTINCT FROM EXCLUDED.currency
                                     OR o.availability IS DISTINCT FROM EXCLUDED.availability)
                               THEN EXCLUDED.last_seen_at ELSE o.last_changed_at END
    -- an older observation (a replayed spool, a late batch) never overwrites a newer one
    WHERE o.last_seen_at <= EXCLUDED.last_seen_at
    RETURNING o.id, o.offer_key
), history AS (
    INSERT INTO price_history (offer_id, run_id, observed_at, price, regular_price, currency, availability)
    SELECT coalesce(u.id, p.offer_id), %(run_id)s, s.seen_at, s.price, s.regular_price, s.currency, s.availability
    FROM previous p JOIN staged s USING (offer_key) LEFT JOIN upserted u USING (offer_key)
    WHERE p.differs AND coalesce(u.id, p.offer_id) IS NOT NULL
    ON CONFLICT (offer_id, observed_at) DO NOTHING  -- this observation is already recorded
    RETURNING 1
)
SELECT count(*) FILTER (WHERE is_new) AS new, count(*) FILTER (WHERE differs AND newer AND NOT is_new) AS changed,
       count(*) AS written, (SELECT count(*) FROM history) AS history
FROM previous
"""

_UPSERT_STORE = f"""
INSERT INTO stores AS st ({", ".join(STORE_COLUMNS)}, last_run_id)
VALUES ({", ".join("%s" for _ in STORE_COLUMNS)}, %s)
ON CONFLICT (retailer_id, ref) DO UPDATE SET
    name = EXCLUDED.name, address = EXCLUDED.address, city = EXCLUDED.city,
    latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, phone = EXCLUDED.phone,
    opening_hours = EXCLUDED.opening_hours, url = EXCLUDED.url,
    last_seen_at = now(), last_run_id = EXCLUDED.last_run_id
"""


def write_offers(conn, rows: list[tuple], run_id: int) -> dict:
    """Upsert offer rows (in OFFER_COLUMNS order); returns counts new/changed/written/history.
    A row spooled before the later columns existed (unit, shop_category: shorter) is written with
    them empty."""
    width = len(OFFER_COLUMNS)
    rows = [tuple(row) + (None,) * (width - len(row)) if len(row) < width else row for row in rows]
    with conn.transaction():
        with conn.cursor() as cur:
            cur.execute(_STAGE)
            cur.execute("DELETE FROM offer_stage")  # inside a larger transaction (a spool line), rows
            # staged by an earlier part of the same batch are still there until it commits
            with cur.copy(f"COPY offer_stage ({', '.join(OFFER_COLUMNS)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return dict(cur.execute(_UPSERT_OFFERS, {"run_id": run_id}).fetchone())


def write_stores(conn, rows: list[tuple], run_id: int) -> dict:
    """Upsert store rows (in STORE_COLUMNS order)."""
    with conn.transaction():
        with conn.cursor() as cur:
            cur.executemany(_UPSERT_STORE, [tuple(row) + (run_id,) for row in rows])
    return {"written": len(rows)}


def _storable_text(value):
    """PostgreSQL text cannot hold NUL, nor UTF-8 a lone surrogate (a JSON "\\ud800" a shop's API
    sent: the whole batch of rejections failed to encode, and was lost with a traceback): a raw value
    that has one is kept with it escaped (``\\x00``, ``\\ud800``)."""
    if not isinstance(value, str):
        return value
    value = value.replace("\x00", "\\x00")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value


def write_rejections(conn, rows: list[tuple], run_id: int | None = None) -> dict:
    """Insert rejection rows (in REJECTION_COLUMNS order)."""
    rows = [tuple(_storable_text(v) for v in row) for row in rows]
    with conn.transaction():
        with conn.cursor() as cur:
            cur.executemany(f"INSERT INTO rejections ({', '.join(REJECTION_COLUMNS)})"
                            f" VALUES ({', '.join('%s' for _ in REJECTION_COLUMNS)})", rows)
    return {"written": len(rows)}


def open_run(conn, attributes: dict, started_at: datetime | None = None) -> int:
    """Register the retailer (its declared attributes, see
    :func:`crawler.store.runs.retailer_attributes`) and open a ``crawl_runs`` row; its id."""
    with conn.transaction():
        conn.execute(
            """
            INSERT INTO retailers (id, name, base_url, platform, country, default_currency)
            VALUES (%(id)s, %(name)s, %(base_url)s, %(platform)s, %(country)s, %(default_currency)s)
            ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name,
                base_url = COALESCE(EXCLUDED.base_url, retailers.base_url),
                platform = COALESCE(EXCLUDED.platform, retailers.platform),
                country = COALESCE(EXCLUDED.country, retailers.country),
                default_currency = COALESCE(EXCLUDED.default_currency, retailers.default_currency),
                updated_at = now()
            """,
            attributes,
        )
        return conn.execute("INSERT INTO crawl_runs (retailer_id, started_at) VALUES (%s, coalesce(%s, now()))"
                            " RETURNING id", (attributes["id"], started_at)).fetchone()["id"]


def finish_run(conn, run_id: int, *, status: str, reason: str, counts: dict, stats: dict,
               finished_at: datetime | None = None) -> None:
    """Write a run's end: status, finish reason, counts and the Scrapy stats.

    What only the database can tell (offers new or changed, rows it refused) is added to what
    the row holds: nothing before the end of a run written directly, what the replay of the
    run's spooled batches found (:func:`add_to_run`) when its end comes from the spool too."""
    columns = ("items_scraped", "offers_accepted", "stores_accepted", "fields_removed",
               "duplicates", "pages", "pages_failed", "http_errors")
    added = ("items_rejected", "offers_new", "offers_changed")
    with conn.transaction():
        conn.execute(
            f"UPDATE crawl_runs SET finished_at = %(finished_at)s, status = %(status)s, finish_reason = %(reason)s,"
            f" {', '.join(f'{c} = %({c})s' for c in columns)},"
            f" {', '.join(f'{c} = {c} + %({c})s' for c in added)}, stats = %(stats)s WHERE id = %(id)s",
            {"finished_at": finished_at or datetime.now(timezone.utc), "status": status, "reason": reason,
             "id": run_id, "stats": json.dumps(stats, default=str), **{c: counts.get(c, 0) for c in columns + added}},
        )


def add_to_run(conn, run_id: int, counts: dict) -> None:
    """Add what replayed spool batches found new or changed, and the rows the database refused,
    to their run's row (the accepted counts already include spooled rows)."""
    with conn.transaction():
        conn.execute("UPDATE crawl_runs SET offers_new = offers_new + %(new)s,"
                     " offers_changed = offers_changed + %(changed)s,"
                     " items_rejected = items_rejected + %(rejected)s WHERE id = %(id)s",
                     {"id": run_id, "new": counts.get("new", 0), "changed": counts.get("changed", 0),
                      "rejected": counts.get("rejected", 0)})


WRITERS = {"offers": write_offers, "stores": write_stores, "rejections": write_rejections}

# -- batches the database refuses -------------------------------------------------------------------
# What a row holds can make the database refuse its whole batch: a CHECK or NOT NULL
# violation (IntegrityError), a number beyond its column or text it cannot store (DataError).
# A lost connection is an OperationalError and is not one of these.
CONSTRAINT_ERRORS = (psycopg.IntegrityError, psycopg.DataError)
ITEM_TYPES = {"offers": "offer", "stores": "store"}
COLUMNS = {"offers": OFFER_COLUMNS, "stores": STORE_COLUMNS}
NUMERIC_LIMIT = Decimal(10) ** 16  # numeric(20, 4) holds less than this


# A lost connection (or a server shutting down) is an outage, never a row's fault.
OUTAGE_ERRORS = (psycopg.OperationalError, psycopg.InterfaceError)
# ... but psycopg files SQLSTATE class 54, program_limit_exceeded, under OperationalError too: "index row
# size 3040 exceeds maximum 2704 for index ...", "index row requires 20024 bytes" (a value too long for a
# unique key), too many columns or arguments. Those come back the same on every attempt: what a row
# holds, not an outage (retried five times, then spooled, then refused again by every replay).
DETERMINISTIC_SQLSTATE_CLASSES = ("54",)


def deterministic(exc: BaseException) -> bool:
    """Is ``exc`` a database error that the same statement raises again on every attempt, an
    OperationalError by psycopg's class (SQLSTATE class 54: program_limit_exceeded)?"""
    sqlstate = getattr(exc, "sqlstate", None) or ""
    return isinstance(exc, psycopg.Error) and sqlstate[:2] in DETERMINISTIC_SQLSTATE_CLASSES


# SQLSTATE class 53, insufficient_resources: the server has no disk (53100 disk_full: "could not extend
# file ...: No space left on device") or no memory (53200 out_of_memory) for the write. psycopg files them
# under OperationalError, as a lost connection, so a crawl retried them, spooled, and closed as
# database_unavailable after PRICELENS_DB_GIVE_UP seconds, the reason blaming a database that was there.
# They are no row's fault, and no passing hiccup: the batch is spooled (kept for the next run) and the
# crawl is closed at once as a failed run with its own reason.
RESOURCE_REASONS = {"53100": "database_disk_full", "53200": "database_out_of_memory"}


def resources_exhausted(exc: BaseException) -> str | None:
    """The finish reason of a database error raised because the server ran out of disk or memory
    (``database_disk_full``, ``database_out_of_memory``); None for any other error."""
    if not isinstance(exc, psycopg.Error):
        return None
    return RESOURCE_REASONS.get(getattr(exc, "sqlstate", None) or "")


def outage(exc: BaseException) -> bool:
    """Is ``exc`` the database's absence (retried, then spooled), not what a statement holds?"""
    return isinstance(exc, OUTAGE_ERRORS + (DatabaseUnavailable,)) and not deterministic(exc)


# (review22: a read-only file system, a folder the crawl may not write, an I/O error refuse every later
# write the same way as a full disk; they made every offer a rejections row, the run "finished", exit 0)
DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EACCES, errno.EPERM,
                              errno.EIO})


def disk_full(exc: BaseException) -> bool:
    """Is ``exc`` the disk refusing a write (no space left, quota, file size limit, read-only, not
    permitted, an I/O error)? No row is why:
    every later write fails the same way (see :meth:`crawler.store.runs.CrawlRun.disk_full`)."""
    return isinstance(exc, OSError) and exc.errno in DISK_FULL_ERRNOS


def _row_fault(exc: Exception) -> bool:
    """Could what the rows hold be why ``exc`` was raised? A refusal of the database (a
    CHECK, a value out of range, a key beyond its index's limit), or any other error that is not an
    outage nor a full disk: a value psycopg cannot adapt, a bug in a write. Those are isolated to
    their rows, never lost with the batch."""
    return not outage(exc) and not disk_full(exc)


def write_isolating(write, rows: list) -> tuple[list[dict | None], list[tuple[tuple, Exception]]]:
    """``write(rows)``; when the batch fails for a row's content (the database refuses it, or
    any other error that is not an outage: :func:`_row_fault`), write each half again, and so
    on, until every failing row is alone (bisection: k bad rows among n cost about 2k·log2(n)
    writes). Returns the results of the writes that succeeded and the (row, error) of each
    refused row; the callers record those as rejections with the error. An outage propagates."""
    results, refused = [], []
    pending = [list(rows)]
    while pending:
        part = pending.pop()
        if not part:
            continue
        try:
            results.append(write(part))
        except Exception as exc:
            if not _row_fault(exc):
                raise
            if len(part) == 1:
                refused.append((tuple(part[0]), exc))
            else:
                middle = len(part) // 2
                pending += [part[middle:], part[:middle]]  # the first half is written first
    return results, refused


def refusal(kind: str, row: tuple, error: Exception) -> dict:
    """What to record of a row the database refused: item type, URL, field, reason, raw value."""
    columns = COLUMNS.get(kind, ())
    values = dict(zip(columns, row))
    diag = getattr(error, "diag", None)
    text = str(error).strip()
    # the primary message only: the detail of a CHECK violation repeats the whole row, and
    # rejections are summarised by reason
    primary = getattr(diag, "message_primary", None) or (text.splitlines()[0] if text else type(error).__name__)
    field = getattr(diag, "column_name", None)
    constraint = getattr(diag, "constraint_name", None) or ""
    if field is None:  # a CHECK names its constraint: <table>_<column>_check
        field = next((c for c in columns if constraint.endswith(f"_{c}_check")), None)
    if field is None and isinstance(error, psycopg.errors.NumericValueOutOfRange):
        field = next((c for c, v in values.items() if isinstance(v, Decimal) and abs(v) >= NUMERIC_LIMIT), None)
    if field is None and "NUL" in primary:
        field = next((c for c, v in values.items() if isinstance(v, str) and "\x00" in v), None)
    if field in values:
        raw = values[field]
    else:
        raw = json.dumps({c: v for c, v in values.items() if v is not None}, default=str, ensure_ascii=False)
    if isinstance(error, CONSTRAINT_ERRORS) or deterministic(error):
        reason = f"the database refused it: {primary}"
    else:  # not the database's refusal: a value it cannot take, or a bug; kept with the error
        reason = f"writing it failed: {type(error).__name__}: {primary}"[:500]
    return {"item_type": ITEM_TYPES.get(kind, kind), "url": values.get("url"), "field": field,
            "reason": reason, "raw_value": raw, "retailer_id": values.get("retailer_id")}
