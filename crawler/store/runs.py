"""One crawl run's record in PostgreSQL, shared by the pipelines of a crawl.

The crawl-run extension (:class:`crawler.extensions.CrawlRunExtension`, enabled in
``crawler/settings.py`` by ``PRICELENS_RECORD_RUN``) owns the run of every crawl, whoever
started it: the run is started when the spider opens (:meth:`CrawlRun.of(crawler)`) and
opened by its writer thread, as that thread's first job, while the crawl downloads (it
connects, replays any spool left by earlier runs, registers the retailer from the spider's
declared attributes and opens a ``crawl_runs`` row; the batches handed over meanwhile wait
behind it, bounded by ``PRICELENS_DB_QUEUE``). A database that never comes (the opening's
retries exhausted) closes the crawl as ``database_unavailable`` with one line, and the run is
spooled whole: its opening, its batches, its end, recorded by the next run. The items that
pass the pipelines are counted as they are written, and when the spider closes the run gets
its counts, stats and finish reason (:meth:`finish`), then the extension's health check
(alerts). ``validate`` hands the run refusals (:meth:`reject`), the failed-page middlewares
their pages, ``store`` its batches (:meth:`write`).

The crawl never waits on the database: every database job (the opening, batches,
rejections, the run's end) is done by the run's :class:`~crawler.store.writer.Writer` thread, in order, and its
result comes back on the reactor thread, where the run counts it. The store pipeline stops
taking items (without blocking the reactor) while ``PRICELENS_DB_QUEUE`` batches wait.

Writes survive a database that goes away: a failed batch is retried with exponential backoff
on a fresh connection (``PRICELENS_DB_RETRIES`` times, from ``PRICELENS_DB_BACKOFF`` seconds;
the writer thread sleeps, not the crawl); what still cannot be written goes to the spool
(:mod:`crawler.store.spool`, fsynced) and the crawl goes on. While the database is down, later
batches go straight to the spool, with one reconnection attempt every
``PRICELENS_DB_RECONNECT`` seconds (5). If it stays down longer than ``PRICELENS_DB_GIVE_UP``
seconds the crawl is closed with the reason ``database_unavailable``; the next run imports the
spool. At ``spider_closed`` (and before the reactor stops, on a forced shutdown) everything
queued is written or spooled before the run is finished.
"""

from __future__ import annotations

import logging
import os
import time
from collections import Counter
from datetime import datetime, timezone

import psycopg
from scrapy.utils.defer import deferred_from_coro
from twisted.internet.defer import Deferred, succeed

from crawler import env
from crawler.store import DatabaseUnavailable, connect, migrate, writes
from crawler.store.migrate import available_migrations
from crawler.store.spool import Spool, failed_dir, replay
from crawler.store.writer import Writer
from crawler.urlmask import hide_credentials

logger = logging.getLogger(__name__)
STOP_REASON = "shutdown"  # Scrapy's finish reason when a signal (or our before-shutdown trigger) stopped it
STOPPED = "stopped"       # the run's status then: stopped on purpose, neither finished nor failed

REJECTION_BATCH = 200
RUN_ID_FILE_ENV = "PRICELENS_RUN_ID_FILE"
# the stats key of the requests a stopping crawl drops unsent (crawler.middlewares.CrawlStopping;
# the store does not import the Scrapy wiring): no HTTP errors
STOPPING = "crawler.middlewares.CrawlStopping"
DB_ERRORS = (psycopg.OperationalError, psycopg.InterfaceError, DatabaseUnavailable)


def retailer_attributes(spider) -> dict:
    """The retailers row a spider declares (name, platform, country, currency, base URL)."""
    return {
        "id": retailer_id(spider),
        "name": getattr(spider, "retailer_name", None) or retailer_id(spider),
        "base_url": getattr(spider, "base_url", None),
        "platform": getattr(spider, "platform", None),
        "country": getattr(spider, "country", None),
        "default_currency": getattr(spider, "default_currency", None),
    }


def retailer_id(spider) -> str:
    """The retailer a spider crawls: its ``retailer_id`` if it sets one (the generic shop
    spider does), else its name."""
    return getattr(spider, "retailer_id", None) or spider.name


def _engine(crawler):
    """The crawler's engine; None before the crawl starts (the pipeline harness never starts one)."""
    try:
        return getattr(crawler, "engine", None)
    except RuntimeError:  # Scrapy 2.19: "Crawler.engine is not set yet"
        return None


CLOSE_WAIT = 10.0  # seconds the reactor's shutdown waits for a close under way to reach spider_closed


def _closing_under_way(crawler) -> bool:
    """Is Scrapy closing the spider, past its last downloads ("Closing spider (...)" logged, the
    downloads it waited for done, spider_closed not yet sent)? The engine's slot says so; an
    engine without one, or another Scrapy, answers False. (A close still waiting for downloads
    is not waited for: a forced stop then stops now.)"""
    slot = getattr(_engine(crawler), "_slot", None)
    closing = getattr(slot, "closing", None)
    return closing is not None and bool(getattr(closing, "called", False))


# what a failed run's reason means, for the reasons whose stats hold no detail (``pricelens/<reason>`` does:
# site_unreachable, database_unavailable, disk_full, browser_unavailable, shop_unreachable ...)
FAILURE_DETAILS = {
    "finished_without_items": "nothing was stored, no offer and no store",
    "closespider_timeout": "the time limit (CLOSESPIDER_TIMEOUT) was reached before the crawl's end",
    "closespider_itemcount": "CLOSESPIDER_ITEMCOUNT items were scraped before the crawl's end",
    "closespider_pagecount": "CLOSESPIDER_PAGECOUNT pages were downloaded before the crawl's end",
    "closespider_errorcount": "too many errors (CLOSESPIDER_ERRORCOUNT)",
}


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class CrawlRun:
    """A crawl_runs row, the buffered rejections of that run, and resilient writes.

    The database work of the run (batches, rejections, the finish) is done by its
    :class:`Writer` thread; the bookkeeping (counts, stats, rejections of refused rows) is done
    on the crawl's thread when a batch is stored or spooled."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.spider = crawler.spider
        self.retailer = retailer_id(self.spider)
        self.retries = env.number("PRICELENS_DB_RETRIES")  # checked before the crawl: crawler/settings.py
        self.backoff = env.number("PRICELENS_DB_BACKOFF")
        self.give_up_after = env.number("PRICELENS_DB_GIVE_UP")
        self.reconnect_every = env.number("PRICELENS_DB_RECONNECT")
        self.queue_size = max(1, crawler.settings.getint("PRICELENS_DB_QUEUE", 4))
        self._rejections: list[tuple] = []
        self.counts = {"offers_accepted": 0, "stores_accepted": 0, "offers_new": 0, "offers_changed": 0}
        self.closed = False
        self.recorded = False  # the finish reached the database (not the spool)
        self.down_since: float | None = None  # the writer thread's view of the database
        self._last_attempt = 0.0
        self.in_flight = 0  # offer and store batches handed to the writer, not yet stored or spooled
        self._room_waiters: list[Deferred] = []
        self._flushers: list = []
        self.conn = None
        self._finished: Deferred | None = None
        self.id: int | None = None  # the crawl_runs row, once the writer thread has opened it
        self.open_failed = False  # the database never came: everything of this run is spooled
        self.open_refused = False  # ... or it refused the run for what it holds: spooled to spool/failed/
        self.spool: Spool | None = None
        self.disk_full_error: str | None = None  # the disk refused a write: the crawl is closing (disk_full)
        # the database server has no disk or memory left for a write (writes.resources_exhausted): its
        # reason (database_disk_full, database_out_of_memory) and what the server said; the crawl is
        # closing and every later write goes to the spool, for the next run
        self.database_full: tuple[str, str] | None = None
        # the run's outcome, once its end is written (to the database or the spool): see failure()
        self.status: str | None = None
        self.reason: str | None = None
        call_in_owner, self._trigger = None, None
        if _engine(crawler) is not None:  # a real crawl: results come back on the reactor
            from twisted.internet import reactor

            call_in_owner = reactor.callFromThread
            self._trigger = reactor.addSystemEventTrigger("before", "shutdown", self._shutdown)
        self.writer = Writer(f"pricelens-writer-{self.retailer}", call_in_owner)
        # The opening (connect with retries, replay the spool, the retailer and crawl_runs rows)
        # is the writer thread's first job: the crawl downloads meanwhile, and its batches queue
        # behind the opening (bounded: PRICELENS_DB_QUEUE) to be written once the run is open.
        self.opened = self.writer.submit(self._open, retailer_attributes(self.spider))
        self.opened.addCallbacks(self._was_opened, self._not_opened)

    # -- the opening (writer thread, then the crawl's thread) -------------------------------------------
    def _open(self, attributes: dict) -> dict:
        try:
            self.conn = self._connect_with_retries()
            self._migrate_if_behind()
            replayed = replay(self.conn)
            run_id = writes.open_run(self.conn, attributes)
        except Exception as exc:  # noqa: BLE001 -- whatever it is, the run's writes must not be lost
            # the database never came (or could not open the run): the run itself goes to the
            # spool, its opening first, and the next run that reaches the database records it
            # with everything it wrote
            if self.conn is not None:
                self._drop_connection()
            self.open_failed = True
            self.down_since = time.monotonic()
            # a database that refuses the run for what it holds (not one that is down) would
            # refuse its replay too: the run's writes are kept aside (spool/failed/), never replayed
            self.open_refused = not writes.outage(exc)
            self.spool = Spool(self.retailer, None, failed_dir() if self.open_refused else None)
            self.spool.append("open", [], attributes=attributes,
                              started_at=datetime.now(timezone.utc))
            return {"error": exc}
        self.id = run_id
        self.spool = Spool(self.retailer, run_id)
        if os.environ.get(RUN_ID_FILE_ENV):  # tells the process that started this crawl which run it is
            with open(os.environ[RUN_ID_FILE_ENV], "w") as handle:
                handle.write(str(run_id))
        return {"replayed": replayed}

    def _migrate_if_behind(self) -> None:
        """A database without the latest migrations (a fresh clone's embedded one, before any
        ``pricelens`` command): migrated now, as ``pricelens crawl`` does. ``scrapy crawl`` failed its
        opening with "relation spool_replayed does not exist" and set the crawl's writes aside."""
        found = available_migrations()
        if not found:  # (a Scrapyd egg: the SQL files are inside a zip; the database is migrated elsewhere)
            return
        latest = found[-1][0]
        done = None
        if self.conn.execute("SELECT to_regclass('schema_migrations') IS NOT NULL AS found").fetchone()["found"]:
            done = self.conn.execute("SELECT max(version) AS version FROM schema_migrations").fetchone()["version"]
        if done is None or done < latest:
            applied = migrate()
            if applied:
                logger.info("applied the database migrations %s", ", ".join(applied))

    def _was_opened(self, outcome: dict) -> None:
        if "error" in outcome:
            error = outcome["error"]
            reason = writes.resources_exhausted(error) or (
                "database_unavailable" if isinstance(error, DB_ERRORS) else "crawl_run_not_opened")
            what = _first_line(error) if isinstance(error, DB_ERRORS) else f"opening the crawl run failed: " \
                f"{type(error).__name__}: {_first_line(error)}"
            if reason != "database_unavailable" and isinstance(error, DB_ERRORS):
                what = f"the database server: {what}"
            kept = "set aside (not replayed)" if self.open_refused else "kept for the next run"
            self.crawler.stats.set_value(f"pricelens/{reason}", what.rstrip("."))
            logger.error("%s; the crawl is closed (%s) and what it wrote is %s in %s",
                         what.rstrip("."), reason, kept, self.spool.path)
            engine = _engine(self.crawler)
            if engine is not None:
                self._giving_up = True
                deferred_from_coro(engine.close_spider_async(reason=reason))
            return
        if outcome["replayed"]:
            self.crawler.stats.set_value("pricelens/spool/replayed", outcome["replayed"])
            logger.info("replayed spooled writes of earlier runs: %s", outcome["replayed"])
        self.crawler.stats.set_value("pricelens/run_id", self.id)
        logger.info("crawl run %s of %s started", self.id, self.retailer)

    def _not_opened(self, failure) -> None:
        # not the database's absence (that is spooled): a bug; said loudly, the writes then spool
        self.open_failed = True
        if self.spool is None:
            self.spool = Spool(self.retailer, None)
        logger.error("opening the crawl run of %s failed: %s", self.retailer, failure.getTraceback())
        self.crawler.stats.set_value("pricelens/crawl_run_not_opened", f"opening the crawl run failed: "
                                     f"{failure.type.__name__}: {_first_line(failure.value)}")
        engine = _engine(self.crawler)
        if engine is not None and not getattr(self, "_giving_up", False):
            self._giving_up = True
            deferred_from_coro(engine.close_spider_async(reason="crawl_run_not_opened"))

    @classmethod
    def of(cls, crawler) -> "CrawlRun":
        run = getattr(crawler, "_pricelens_run", None)
        if run is None:
            run = cls(crawler)
            crawler._pricelens_run = run
        return run

    @staticmethod
    def existing(crawler) -> "CrawlRun | None":
        """The run of a crawl, if it has one (None: the spider never opened, or no run is recorded)."""
        return getattr(crawler, "_pricelens_run", None)

    def failure(self) -> str | None:
        """Why the run failed, in one line (``run 7 failed (site_unreachable): http://... refuses
        connections``); None for a run that finished, or was stopped on purpose (``stopped``). A run
        whose end was never written (its finish failed, or never came) is a failure too."""
        run = f"run {self.id}" if self.id is not None else "run (not opened)"
        if self.status is None:
            return f"{run} ended without its end being recorded (see the log above)"
        if self.status != "failed":
            return None
        detail = self.crawler.stats.get_value(f"pricelens/{self.reason}")
        if not isinstance(detail, str):
            detail = FAILURE_DETAILS.get(self.reason)
        return f"{run} failed ({self.reason})" + (f": {hide_credentials(detail)}" if detail else "")

    # -- connections (the writer thread's) --------------------------------
    def _connect_with_retries(self):
        for attempt in range(self.retries + 1):
            try:
                return connect(autocommit=True)  # every write is an explicit transaction block
            except DatabaseUnavailable:
                if attempt == self.retries:
                    raise
                time.sleep(self.backoff * 2 ** attempt)  # the writer thread's, at the opening

    def _drop_connection(self) -> None:
        try:
            self.conn.close()
        except Exception:  # a dead connection may fail to close; it is gone either way
            pass
        self.conn = None

    # -- writes (crawl's thread) ----------------------------------------------------------------------
    def write(self, kind: str, rows: list) -> Deferred:
        """Hand a batch to the writer thread; never waits. The Deferred fires on the crawl's
        thread once the batch is stored or spooled and the run has counted it: the offers and
        stores it stored or spooled, what was new or changed; the rows the database refused are
        recorded as rejections (:meth:`reject`)."""
        if not rows:
            return succeed(None)
        rows = list(rows)
        batch = kind in ("offers", "stores")
        if batch:
            self.in_flight += 1
        d = self.writer.submit(self._write_batch, kind, rows)
        d.addCallback(self._written, kind, len(rows))
        d.addErrback(self._not_written, kind, len(rows))
        if batch:
            d.addBoth(self._release)
        return d

    def room(self) -> Deferred | None:
        """None while the writer's queue has room for another batch (``PRICELENS_DB_QUEUE``
        batches of offers or stores); else a Deferred that fires when it has."""
        if self.in_flight < self.queue_size:
            return None
        d = Deferred()
        self._room_waiters.append(d)
        return d

    def _release(self, result):
        self.in_flight -= 1
        while self._room_waiters and self.in_flight < self.queue_size:
            self._room_waiters.pop(0).callback(None)
        return result

    def _written(self, outcome: dict, kind: str, n: int) -> None:
        stats = self.crawler.stats
        for key, value in outcome["stats"].items():
            stats.inc_value(key, value)
        refused = outcome["refused"]
        if kind in ("offers", "stores"):
            self.counts[f"{kind}_accepted"] += n - len(refused)
        for result in outcome["results"]:
            if result is None:  # spooled
                continue
            if kind == "offers":
                self.counts["offers_new"] += result["new"]
                self.counts["offers_changed"] += result["changed"]
                stats.inc_value("pricelens/offers/written", result["written"])
                stats.inc_value("pricelens/price_history/written", result["history"])
            elif kind == "stores":
                stats.inc_value("pricelens/stores/written", result["written"])
        for row, error in refused:
            found = writes.refusal(kind, row, error)
            stats.inc_value("pricelens/rejected")
            stats.inc_value("pricelens/rejected/database_refused")
            self.reject(item_type=found["item_type"], url=found["url"], field=found["field"],
                        reason=found["reason"], raw_value=found["raw_value"], action="dropped")
        if outcome["give_up"]:
            self.give_up()
        if outcome.get("disk_full"):
            self.disk_full(outcome["disk_full"], kind, n)
        if outcome.get("database_full"):
            self.close_database_full(kind, n)

    def _not_written(self, failure, kind: str, n: int) -> None:
        # not a database outage (spooled) nor a refused row (isolated): a bug; say it loudly
        self.crawler.stats.inc_value("pricelens/db/write_failed")
        logger.error("writing %d %s failed: %s", n, kind, failure.getTraceback())

    # -- writes (writer thread) -----------------------------------------------------------------------
    def _write_batch(self, kind: str, rows: list) -> dict:
        """Write a batch, retried with backoff, else spooled; a batch the database refuses for a
        row's content is split until the refused rows are found (not for rejections)."""
        stats: Counter = Counter()
        full_before = self.database_full
        if kind == "rejections":  # the run's id, known now that the run is open (None: spooled)
            rows = [(self.id, *row) for row in rows]
        if self.disk_full_error is not None:  # stopping: nothing more can be written, only counted
            stats[f"pricelens/disk_full/{kind}_lost"] += len(rows)
            return {"results": [], "refused": [], "stats": stats, "give_up": False, "disk_full": None}
        try:
            if kind in writes.ITEM_TYPES:
                results, refused = writes.write_isolating(lambda part: self._write(kind, part, stats), rows)
            else:
                results, refused = [self._write(kind, rows, stats)], []
        except OSError as exc:
            if not writes.disk_full(exc):
                raise
            # (each row was isolated, then each one logged with a traceback, the crawl going on)
            self.disk_full_error = f"{os.strerror(exc.errno).lower()} writing {exc.filename or 'the ' + kind}"
            stats[f"pricelens/disk_full/{kind}_lost"] += len(rows)
            return {"results": [], "refused": [], "stats": stats, "give_up": False, "disk_full": self.disk_full_error}
        give_up = self.down_since is not None and time.monotonic() - self.down_since > self.give_up_after
        return {"results": results, "refused": refused, "stats": stats, "give_up": give_up,
                "database_full": full_before is None and self.database_full is not None}

    def _write(self, kind: str, rows: list, stats: Counter) -> dict | None:
        if self.open_failed:  # no run in the database: all of it goes to the spool, the run too
            return self._spool(kind, rows, stats)
        if self.database_full is not None:  # the server has no room left: kept for the next run
            return self._spool(kind, rows, stats)
        if self.down_since is not None and time.monotonic() - self._last_attempt < self.reconnect_every:
            return self._spool(kind, rows, stats)
        attempts = 1 if self.down_since is not None else self.retries + 1
        for attempt in range(attempts):
            try:
                self._last_attempt = time.monotonic()
                if self.conn is None or self.conn.closed:
                    self.conn = connect(autocommit=True)
                result = writes.WRITERS[kind](self.conn, rows, self.id)
                if self.down_since is not None:
                    logger.warning("database is back after %.1f s", time.monotonic() - self.down_since)
                    self.down_since = None
                return result
            except DB_ERRORS as exc:
                if writes.deterministic(exc):  # (index row too large: the same on every attempt; the
                    raise                      # batch is split and the row refused, by write_isolating)
                stats["pricelens/db/errors"] += 1
                full = writes.resources_exhausted(exc)
                if full:  # (no disk or memory on the server: not retried, the crawl closes)
                    if self.database_full is None:
                        self.database_full = (full, f"the database server: {_first_line(exc)}")
                    return self._spool(kind, rows, stats)
                logger.warning("writing %d %s failed (%s), attempt %d of %d", len(rows), kind, _first_line(exc),
                               attempt + 1, attempts)
                self._drop_connection()
                if attempt + 1 < attempts:
                    stats["pricelens/db/retries"] += 1
                    time.sleep(self.backoff * 2 ** attempt)  # the writer thread's sleep, not the crawl's
        if self.down_since is None:
            self.down_since = time.monotonic()
        return self._spool(kind, rows, stats)

    def _spool(self, kind: str, rows: list, stats: Counter) -> None:
        self.spool.append(kind, rows)
        stats[f"pricelens/spool/{kind}"] += len(rows)
        return None

    def disk_full(self, what: str, kind: str, n: int) -> None:
        """The disk refused a write (no space left, quota, file size limit, read-only, not permitted, an
        I/O error): one line, and the crawl closes as ``disk_full``, a failed run - ``scrapy crawl``
        exits 1, as for every failed run (``crawler/commands/crawl.py``). What is handed over
        afterwards is counted (``pricelens/disk_full/<kind>_lost``), not written."""
        self.crawler.stats.set_value("pricelens/disk_full", what)
        engine = _engine(self.crawler)
        logger.error("%s: %s (%d %s not stored): stopping the crawl", self.retailer, what, n, kind)
        if engine is not None:
            deferred_from_coro(engine.close_spider_async(reason="disk_full"))

    def close_database_full(self, kind: str, n: int) -> None:
        """The database server has no disk (or memory) left for the run's writes: one line, the
        batch and every later one are spooled for the next run, and the crawl closes as
        ``database_disk_full`` (``database_out_of_memory``), a failed run: ``scrapy crawl`` exits 1."""
        reason, what = self.database_full
        self.crawler.stats.set_value(f"pricelens/{reason}", what)
        logger.error("%s: %s (%d %s kept in %s for the next run): stopping the crawl", self.retailer, what, n, kind,
                     self.spool.path)
        self._close_once(reason)

    def give_up(self) -> None:
        """Stop the crawl: the database has been away too long."""
        if _engine(self.crawler) is not None and not getattr(self, "_giving_up", False):
            since = self.down_since
            self.crawler.stats.set_value("pricelens/database_unavailable", "unavailable for %.0f s" % (
                time.monotonic() - since if since else self.give_up_after))
            logger.error("database unavailable for %.0f s: closing the crawl; the spool %s will be imported "
                         "by the next run", time.monotonic() - since if since else self.give_up_after,
                         self.spool.path)
            self._close_once("database_unavailable")

    def _close_once(self, reason: str) -> None:
        """Close the crawl as ``reason``, once: the first of the database's closing reasons stands."""
        engine = _engine(self.crawler)
        if engine is not None and not getattr(self, "_giving_up", False):
            self._giving_up = True
            deferred_from_coro(engine.close_spider_async(reason=reason))

    # -- rejections -----------------------------------------------------------------------------
    def reject(self, *, item_type: str, url: str | None, reason: str, field: str | None = None,
               raw_value=None, action: str = "dropped") -> None:
        """Record a refused item (``action='dropped'``) or a removed field (``'field_removed'``)."""
        raw = None if raw_value is None else str(raw_value)[:2000]
        # (a shop's URL with a user and password - a sitemap's, a redirect's - kept its password in the
        # row, which the snapshot publishes: hidden, ***)
        url, reason, raw = hide_credentials(url), hide_credentials(reason), hide_credentials(raw)
        # the run's id is added by the writer thread (the run may not be open yet)
        self._rejections.append((self.retailer, item_type, url, field, action, reason, raw))
        if len(self._rejections) >= REJECTION_BATCH:
            self.flush_rejections()

    def flush_rejections(self) -> Deferred:
        rows, self._rejections = self._rejections, []
        return self.write("rejections", rows)

    # -- the end -----------------------------------------------------------------------------------
    def on_shutdown(self, flush) -> None:
        """``flush()`` hands what a pipeline still buffers to the writer when the process stops
        before the spider closed (a forced shutdown)."""
        self._flushers.append(flush)

    def _shutdown(self) -> Deferred:
        """Before the reactor stops: everything buffered and queued is written or spooled, and
        the run is finished. A stop signal that comes while Scrapy is already closing the spider
        (after "Closing spider (closespider_itemcount)", waiting for its last downloads) stops the
        reactor before ``spider_closed``: the reactor then waits (at most ``CLOSE_WAIT`` seconds)
        for the close under way, its downloads done, to reach ``spider_closed``, so the run ends
        with the reason Scrapy was closing for, whichever of the two came first; a stop that finds
        no such close (a forced one, or one while downloads still hang) finishes the run here as
        ``shutdown``."""
        for flush in self._flushers:
            flush()
        if self._finished is None and _closing_under_way(self.crawler):
            return self._wait_for_close(time.monotonic() + CLOSE_WAIT)
        if self._finished is None:
            logger.warning("crawl run %s of %s: the process stops before the spider closed: run finished as "
                           "shutdown", self.id or "(not opened)", self.retailer)
        return self.finish("shutdown")  # (the first call's reason is kept: a finish under way wins)

    def _wait_for_close(self, deadline: float) -> Deferred:
        """The finish ``spider_closed`` starts, polled on the reactor; ``shutdown`` past the deadline."""
        from twisted.internet import reactor
        from twisted.internet.task import deferLater

        if self._finished is not None:
            return self.finish("shutdown")  # (the finish under way: its reason is kept)
        if time.monotonic() >= deadline or not _closing_under_way(self.crawler):
            logger.warning("crawl run %s of %s: the spider's close did not reach spider_closed: run finished as "
                           "shutdown", self.id or "(not opened)", self.retailer)
            return self.finish("shutdown")
        return deferLater(reactor, 0.05, self._wait_for_close, deadline)

    def finish(self, reason: str, counts: dict | None = None) -> Deferred:
        """Wait for every queued write, flush the rejections, then write the run's counts
        (``counts``, else those the run kept), stats and finish reason. Only the first call
        starts it; each call's Deferred fires when it is done (``recorded`` then says whether
        the end reached the database or the spool)."""
        if self._finished is None:
            self.closed = True
            self._finished = Deferred()
            self.flush_rejections()
            d = self.writer.idle()
            d.addCallback(lambda _: self.flush_rejections())  # rejections of refused rows
            d.addCallback(lambda _: self.writer.idle())
            d.addCallback(lambda _: self._write_finish(reason, counts))
            d.addErrback(lambda failure: logger.error("finishing crawl run %s failed: %s", self.id,
                                                      failure.getTraceback()))
            d.addBoth(self._ended)
        done = Deferred()
        self._finished.addBoth(lambda result: (done.callback(None), result)[1])
        return done

    def _write_finish(self, reason: str, counts: dict | None) -> Deferred:
        if self.disk_full_error is not None and reason == "finished":
            reason = "disk_full"  # (the crawl was closing already when the disk refused its last batches)
        if self.database_full is not None and reason == "finished":
            reason = self.database_full[0]  # (the same, the database server's disk or memory)
        counts = {**self.counts, **(counts or {})}
        # (the stats are stored with the run: a text among them naming a URL has its password hidden)
        stats = {key: hide_credentials(value) for key, value in self.crawler.stats.get_stats().items()}
        failed = reason != "finished" or (counts.get("offers_accepted", 0) == 0 and counts.get("stores_accepted", 0) == 0)
        if failed and reason == "finished":
            reason = "finished_without_items"
        # a stop on purpose (SIGTERM, Ctrl-C, the scheduler's shutdown) is no failure: 'stopped'
        status = STOPPED if reason == STOP_REASON else "failed" if failed else "finished"
        all_counts = {
            **counts,
            "items_scraped": stats.get("item_scraped_count", 0) + stats.get("item_dropped_count", 0),
            "items_rejected": stats.get("pricelens/rejected", 0),
            "fields_removed": stats.get("pricelens/fields_removed", 0),
            "duplicates": stats.get("pricelens/duplicates", 0),
            "pages": stats.get("response_received_count", 0),
            "pages_failed": stats.get("pricelens/pages_failed", 0),
            "http_errors": sum(v for k, v in stats.items() if k.startswith("downloader/response_status_count/")
                               and k.rsplit("/", 1)[1] >= "400") + stats.get("downloader/exception_count", 0)
                           # (requests a stopping crawl dropped unsent: crawler.middlewares.CrawlStopping)
                           - stats.get(f"downloader/exception_type_count/{STOPPING}", 0),
        }
        self.status, self.reason = status, reason
        attributes = retailer_attributes(self.spider)  # the spider may have learnt its platform or currency
        d = self.writer.submit(self._record_finish, status, reason, all_counts, stats, attributes)
        d.addCallback(lambda recorded: setattr(self, "recorded", recorded))
        return d

    def _record_finish(self, status: str, reason: str, counts: dict, stats: dict, attributes: dict) -> bool:
        """(writer thread) The run's end, in the database or else in the spool."""
        finished_at = datetime.now(timezone.utc)
        spooled = sum(v for k, v in stats.items() if k.startswith("pricelens/spool/") and k != "pricelens/spool/replayed")
        try:
            if self.open_failed:
                raise DatabaseUnavailable("the run was never opened in the database")
            if self.conn is None or self.conn.closed:
                self.conn = connect(autocommit=True)
            writes.finish_run(self.conn, self.id, status=status, reason=reason, counts=counts,
                              stats=stats, finished_at=finished_at)
            with self.conn.transaction():
                self.conn.execute("UPDATE retailers SET platform = COALESCE(%(platform)s, platform),"
                                  " default_currency = COALESCE(%(default_currency)s, default_currency)"
                                  " WHERE id = %(id)s", attributes)
            logger.info("crawl run %s of %s %s (%s)%s", self.id, self.retailer, status, reason,
                        f"; {spooled} rows spooled to {self.spool.path}" if spooled else "")
            return True
        except DB_ERRORS:
            self.spool.append("finish", [], status=status, reason=reason, counts=counts,
                              stats=stats, finished_at=finished_at)
            # a run never opened said so once already (its one error line): a warning here
            log = logger.warning if self.open_failed or self.database_full is not None else logger.error
            if self.database_full is not None:
                log("crawl run %s of %s %s (%s); its writes are in %s and will be imported by the next run",
                    self.id, self.retailer, status, reason, self.spool.path)
            elif self.open_refused:
                log("crawl run (not opened) of %s %s (%s); the database refused its opening: its writes "
                    "are set aside in %s (not replayed)", self.retailer, status, reason, self.spool.path)
            else:
                log("crawl run %s of %s %s (%s); the database is unavailable: its writes are in %s and "
                    "will be imported by the next run", self.id or "(not opened)", self.retailer, status, reason,
                    self.spool.path)
            return False
        finally:
            self.spool.close()
            if self.conn is not None:
                self._drop_connection()

    def _ended(self, _) -> None:
        self.writer.stop()
        if self._trigger is not None:
            from twisted.internet import reactor

            reactor.removeSystemEventTrigger(self._trigger)
            self._trigger = None
        self._finished.callback(None)


# -- finding the run a crawl process opened -----------------------------------------------------------
def last_run_id() -> int:
    with connect() as conn:
        return conn.execute("SELECT coalesce(max(id), 0) AS id FROM crawl_runs").fetchone()["id"]


def run_after(retailer: str, after_id: int, run_id_file: str | None = None) -> dict | None:
    """The run a crawl process opened: the id it wrote to ``run_id_file`` (see
    ``PRICELENS_RUN_ID_FILE``), else the newest run of ``retailer`` opened after ``after_id``."""
    with connect() as conn:
        try:
            with open(run_id_file or "") as handle:
                run_id = int(handle.read().strip())
        except (OSError, ValueError):
            return conn.execute(
                "SELECT * FROM crawl_runs WHERE retailer_id = %s AND id > %s ORDER BY id DESC LIMIT 1",
                (retailer, after_id)).fetchone()
        return conn.execute("SELECT * FROM crawl_runs WHERE id = %s", (run_id,)).fetchone()
