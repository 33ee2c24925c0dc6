"""One crawl run's record in PostgreSQL, shared by the pipelines of a crawl.

:class:`CrawlRunExtension` (enabled in ``crawler/settings.py`` by ``PRICELENS_RECORD_RUN``)
owns the run of every crawl, whoever started it: the run is opened when the spider opens
(:meth:`CrawlRun.of(crawler)` replays any spool left by earlier runs, registers the retailer
from the spider's declared attributes and opens a ``crawl_runs`` row), the items that pass
the pipelines are counted as they are written, and when the spider closes the run gets
its counts, stats and finish reason (:meth:`finish`), then the health check of
:mod:`crawler.health` (alerts). ``validate`` hands the run refusals (:meth:`reject`), the
failed-page middlewares their pages, ``store`` its batches (:meth:`write`).

Writes survive a database that goes away: a failed batch is retried with exponential backoff
on a fresh connection (``PRICELENS_DB_RETRIES`` times, from ``PRICELENS_DB_BACKOFF`` seconds);
what still cannot be written goes to the spool (:mod:`crawler.spool`) and the crawl goes on.
While the database is down, later batches go straight to the spool, with one reconnection
attempt every ``PRICELENS_DB_RECONNECT`` seconds (5). If it stays down longer than ``PRICELENS_DB_GIVE_UP`` seconds the
crawl is closed with the reason ``database_unavailable``; the next run imports the spool.
"""

from __future__ import annotations

import logging
import os
import time
from datetime import datetime, timezone

import psycopg
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro

from crawler.db import DatabaseUnavailable, connect, writes
from crawler.spool import Spool, replay

logger = logging.getLogger(__name__)

REJECTION_BATCH = 200
RUN_ID_FILE_ENV = "PRICELENS_RUN_ID_FILE"
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


class CrawlRun:
    """A crawl_runs row, the buffered rejections of that run, and resilient writes."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.spider = crawler.spider
        self.retailer = retailer_id(self.spider)
        self.retries = int(os.environ.get("PRICELENS_DB_RETRIES", "4"))
        self.backoff = float(os.environ.get("PRICELENS_DB_BACKOFF", "0.5"))
        self.give_up_after = float(os.environ.get("PRICELENS_DB_GIVE_UP", "120"))
        self.reconnect_every = float(os.environ.get("PRICELENS_DB_RECONNECT", "5"))
        self._rejections: list[tuple] = []
        self.counts = {"offers_accepted": 0, "stores_accepted": 0, "offers_new": 0, "offers_changed": 0}
        self.closed = False
        self.recorded = False  # the finish reached the database (not the spool)
        self.down_since: float | None = None
        self._last_attempt = 0.0
        self.conn = self._connect_with_retries()
        replayed = replay(self.conn)
        if replayed:
            crawler.stats.set_value("pricelens/spool/replayed", replayed)
            logger.info("replayed spooled writes of earlier runs: %s", replayed)
        with self.conn.transaction():
            self.conn.execute(
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
                retailer_attributes(self.spider),
            )
            self.id = self.conn.execute(
                "INSERT INTO crawl_runs (retailer_id) VALUES (%s) RETURNING id", (self.retailer,)
            ).fetchone()["id"]
        self.spool = Spool(self.retailer, self.id)
        crawler.stats.set_value("pricelens/run_id", self.id)
        if os.environ.get(RUN_ID_FILE_ENV):  # tells the process that started this crawl which run it is
            with open(os.environ[RUN_ID_FILE_ENV], "w") as handle:
                handle.write(str(self.id))
        logger.info("crawl run %s of %s started", self.id, self.retailer)

    @classmethod
    def of(cls, crawler) -> "CrawlRun":
        run = getattr(crawler, "_pricelens_run", None)
        if run is None:
            run = cls(crawler)
            crawler._pricelens_run = run
        return run

    # -- connections ------------------------------------------------------------------------------
    def _connect_with_retries(self):
        for attempt in range(self.retries + 1):
            try:
                return connect(autocommit=True)  # every write is an explicit transaction block
            except DatabaseUnavailable:
                if attempt == self.retries:
                    raise
                time.sleep(self.backoff * 2 ** attempt)

    def _drop_connection(self) -> None:
        try:
            self.conn.close()
        except Exception:  # a dead connection may fail to close; it is gone either way
            pass
        self.conn = None

    def write(self, kind: str, rows: list, **spool_extra) -> dict | None:
        """Write a batch (retrying with backoff); spool it if the database stays away.
        Returns the writer's counts, or None when the batch was spooled. The run counts the
        offers and stores it stored or spooled (a batch the database refuses raises, uncounted)."""
        if not rows:
            return {}
        result = self._write(kind, rows)
        if kind in ("offers", "stores"):
            self.counts[f"{kind}_accepted"] += len(rows)
        if kind == "offers" and result is not None:
            self.counts["offers_new"] += result["new"]
            self.counts["offers_changed"] += result["changed"]
        return result

    def _write(self, kind: str, rows: list) -> dict | None:
        stats = self.crawler.stats
        if self.down_since is not None and time.monotonic() - self._last_attempt < self.reconnect_every:
            return self._spool(kind, rows)
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
                stats.inc_value("pricelens/db/errors")
                logger.warning("writing %d %s failed (%s), attempt %d of %d", len(rows), kind,
                               str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__,
                               attempt + 1, attempts)
                self._drop_connection()
                if attempt + 1 < attempts:
                    stats.inc_value("pricelens/db/retries")
                    time.sleep(self.backoff * 2 ** attempt)
        if self.down_since is None:
            self.down_since = time.monotonic()
        return self._spool(kind, rows)

    def _spool(self, kind: str, rows: list) -> None:
        self.spool.append(kind, rows)
        self.crawler.stats.inc_value(f"pricelens/spool/{kind}", len(rows))
        if self.down_since is not None and time.monotonic() - self.down_since > self.give_up_after:
            self.give_up()
        return None

    def give_up(self) -> None:
        """Stop the crawl: the database has been away too long."""
        engine = getattr(self.crawler, "engine", None)
        if engine is not None and not getattr(self, "_giving_up", False):
            self._giving_up = True
            logger.error("database unavailable for %.0f s: closing the crawl; the spool %s will be imported "
                         "by the next run", time.monotonic() - self.down_since, self.spool.path)
            deferred_from_coro(engine.close_spider_async(reason="database_unavailable"))

    # -- rejections -----------------------------------------------------------------------------
    def reject(self, *, item_type: str, url: str | None, reason: str, field: str | None = None,
               raw_value=None, action: str = "dropped") -> None:
        """Record a refused item (``action='dropped'``) or a removed field (``'field_removed'``)."""
        raw = None if raw_value is None else str(raw_value)[:2000]
        self._rejections.append((self.id, self.retailer, item_type, url, field, action, reason, raw))
        if len(self._rejections) >= REJECTION_BATCH:
            self.flush_rejections()

    def flush_rejections(self) -> None:
        rows, self._rejections = self._rejections, []
        self.write("rejections", rows)

    # -- the end -----------------------------------------------------------------------------------
    def finish(self, reason: str, counts: dict | None = None) -> None:
        """Flush what is buffered and write the run's counts (``counts``, else those the run
        kept), stats and finish reason. Only the first call does anything."""
        if self.closed:
            return
        self.closed = True
        counts = {**self.counts, **(counts or {})}
        self.flush_rejections()
        stats = self.crawler.stats.get_stats()
        spooled = sum(v for k, v in stats.items() if k.startswith("pricelens/spool/") and k != "pricelens/spool/replayed")
        failed = reason != "finished" or (counts.get("offers_accepted", 0) == 0 and counts.get("stores_accepted", 0) == 0)
        if failed and reason == "finished":
            reason = "finished_without_items"
        status = "failed" if failed else "finished"
        all_counts = {
            **counts,
            "items_scraped": stats.get("item_scraped_count", 0) + stats.get("item_dropped_count", 0),
            "items_rejected": stats.get("pricelens/rejected", 0),
            "fields_removed": stats.get("pricelens/fields_removed", 0),
            "duplicates": stats.get("pricelens/duplicates", 0),
            "pages": stats.get("response_received_count", 0),
            "pages_failed": stats.get("pricelens/pages_failed", 0),
            "http_errors": sum(v for k, v in stats.items() if k.startswith("downloader/response_status_count/")
                               and k.rsplit("/", 1)[1] >= "400") + stats.get("downloader/exception_count", 0),
        }
        finished_at = datetime.now(timezone.utc)
        try:
            if self.conn is None or self.conn.closed:
                self.conn = connect(autocommit=True)
            writes.finish_run(self.conn, self.id, status=status, reason=reason, counts=all_counts,
                              stats=stats, finished_at=finished_at)
            # a spider may learn its platform or currency during the crawl (the generic shop spider)
            attributes = retailer_attributes(self.spider)
            with self.conn.transaction():
                self.conn.execute("UPDATE retailers SET platform = COALESCE(%(platform)s, platform),"
                                  " default_currency = COALESCE(%(default_currency)s, default_currency)"
                                  " WHERE id = %(id)s", attributes)
            self.recorded = True
            logger.info("crawl run %s of %s %s (%s)%s", self.id, self.retailer, status, reason,
                        f"; {spooled} rows spooled to {self.spool.path}" if spooled else "")
        except DB_ERRORS:
            self.spool.append("finish", [], status=status, reason=reason, counts=all_counts,
                              stats=stats, finished_at=finished_at)
            logger.error("crawl run %s of %s %s (%s); the database is unavailable: its writes are in %s and "
                         "will be imported by the next run", self.id, self.retailer, status, reason, self.spool.path)
        finally:
            self.spool.close()
            if self.conn is not None:
                self._drop_connection()


class CrawlRunExtension:
    """The crawl's run, from the spider's opening to its health check.

    ``spider_opened``: the run is opened (the store pipeline may have opened it already); the
    run counts the offers and stores written through it (:meth:`CrawlRun.write`);
    ``spider_closed``: :data:`crawler.middlewares.run_closing` lets the middlewares record what
    they still hold, the run is finished, and :func:`crawler.health.check_run` raises the alerts
    the run deserves (zero offers, a failed run, drift against the retailer's recent runs), with
    the ``[health]`` rules of the schedule file when there is one. The scheduler checks the same
    run again afterwards; an alert is recorded, logged and posted once per run and kind.
    """

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("PRICELENS_RECORD_RUN"):
            raise NotConfigured("PRICELENS_RECORD_RUN is off")
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    @property
    def run(self) -> CrawlRun | None:
        return getattr(self.crawler, "_pricelens_run", None)

    def spider_opened(self, spider):
        try:
            CrawlRun.of(self.crawler)
        except DB_ERRORS as exc:
            logger.error("%s", str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="database_unavailable"))

    def spider_closed(self, spider, reason):
        from crawler.middlewares import run_closing

        self.crawler.signals.send_catch_log(run_closing)
        run = self.run
        if run is None:  # the database was not there when the crawl opened (said so then)
            return
        run.finish(reason)
        if run.recorded:
            check_health(run.id)


def health_rules():
    """The ``[health]`` rules of the schedule file (``PRICELENS_SCHEDULES``, else
    schedules.toml), the defaults without one; a file that does not load is one warning line."""
    from crawler.health import Rules
    from crawler.schedule import CONFIG_ENV, DEFAULT_CONFIG, ConfigError, load_config

    path = os.environ.get(CONFIG_ENV) or DEFAULT_CONFIG
    if not os.path.exists(path):
        return Rules()
    try:
        return load_config(path).health
    except ConfigError as exc:
        logger.warning("health check with the default rules: %s", "; ".join(exc.messages)[:500])
        return Rules()


def check_health(run_id: int) -> list:
    """Raise the alerts a closed run deserves; a failure is one logged line, never fatal."""
    from crawler import health

    try:
        with connect() as conn:
            return health.check_run(conn, run_id, health_rules())
    except Exception as exc:  # the crawl is over: an alert that cannot be written must not crash it
        logger.error("health check of run %s failed: %s: %s", run_id, type(exc).__name__,
                     str(exc).strip().splitlines()[0] if str(exc).strip() else "")
        return []


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
