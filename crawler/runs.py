"""One crawl run's record in PostgreSQL, shared by the pipelines of a crawl.

The first pipeline that needs it calls :meth:`CrawlRun.of(crawler)`: that registers the
retailer (from the spider's declared attributes), opens a ``crawl_runs`` row and returns the
object every pipeline of the crawl then shares. ``validate`` hands it refusals
(:meth:`reject`); ``store`` writes through its connection and closes it with the stats and
the finish reason when the spider closes.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timezone

from crawler.db import connect

logger = logging.getLogger(__name__)

REJECTION_BATCH = 200


def retailer_attributes(spider) -> dict:
    """The retailers row a spider declares (name, platform, country, currency, base URL)."""
    return {
        "id": spider.name,
        "name": getattr(spider, "retailer_name", None) or spider.name,
        "base_url": getattr(spider, "base_url", None),
        "platform": getattr(spider, "platform", None),
        "country": getattr(spider, "country", None),
        "default_currency": getattr(spider, "default_currency", None),
    }


class CrawlRun:
    """A crawl_runs row plus the buffered rejections of that run."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.spider = crawler.spider
        self.retailer = self.spider.name
        self.conn = connect(autocommit=True)  # every write is an explicit transaction block
        self._rejections: list[tuple] = []
        self.closed = False
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
        crawler.stats.set_value("pricelens/run_id", self.id)
        logger.info("crawl run %s of %s started", self.id, self.retailer)

    @classmethod
    def of(cls, crawler) -> "CrawlRun":
        run = getattr(crawler, "_pricelens_run", None)
        if run is None:
            run = cls(crawler)
            crawler._pricelens_run = run
        return run

    def reject(self, *, item_type: str, url: str | None, reason: str, field: str | None = None,
               raw_value=None, action: str = "dropped") -> None:
        """Record a refused item (``action='dropped'``) or a removed field (``'field_removed'``)."""
        raw = None if raw_value is None else str(raw_value)[:2000]
        self._rejections.append((self.id, self.retailer, item_type, url, field, action, reason, raw))
        if len(self._rejections) >= REJECTION_BATCH:
            self.flush_rejections()

    def flush_rejections(self) -> None:
        if not self._rejections:
            return
        rows, self._rejections = self._rejections, []
        with self.conn.transaction():
            with self.conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO rejections (run_id, retailer_id, item_type, url, field, action, reason, raw_value)"
                    " VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                    rows,
                )

    def finish(self, reason: str, counts: dict) -> None:
        """Flush what is buffered and write the run's counts, stats and finish reason."""
        if self.closed:
            return
        self.closed = True
        try:
            self.flush_rejections()
            stats = self.crawler.stats.get_stats()
            pages = stats.get("response_received_count", 0)
            http_errors = sum(v for k, v in stats.items()
                              if k.startswith("downloader/response_status_count/") and k.rsplit("/", 1)[1] >= "400")
            http_errors += stats.get("downloader/exception_count", 0)
            failed = reason != "finished" or (counts.get("offers_accepted", 0) == 0
                                              and counts.get("stores_accepted", 0) == 0)
            status = "failed" if failed else "finished"
            if failed and reason == "finished":
                reason = "finished_without_items"
            with self.conn.transaction():
                self.conn.execute(
                    """
                    UPDATE crawl_runs SET finished_at = %(now)s, status = %(status)s, finish_reason = %(reason)s,
                        items_scraped = %(items_scraped)s, offers_accepted = %(offers_accepted)s,
                        stores_accepted = %(stores_accepted)s, items_rejected = %(items_rejected)s,
                        fields_removed = %(fields_removed)s, duplicates = %(duplicates)s,
                        offers_new = %(offers_new)s, offers_changed = %(offers_changed)s,
                        pages = %(pages)s, http_errors = %(http_errors)s, stats = %(stats)s
                    WHERE id = %(id)s
                    """,
                    {
                        "now": datetime.now(timezone.utc), "status": status, "reason": reason, "id": self.id,
                        "items_scraped": stats.get("item_scraped_count", 0) + stats.get("item_dropped_count", 0),
                        "items_rejected": stats.get("pricelens/rejected", 0),
                        "fields_removed": stats.get("pricelens/fields_removed", 0),
                        "duplicates": stats.get("pricelens/duplicates", 0),
                        "pages": pages, "http_errors": http_errors,
                        "stats": json.dumps(stats, default=str),
                        **{k: counts.get(k, 0) for k in ("offers_accepted", "stores_accepted", "offers_new", "offers_changed")},
                    },
                )
            logger.info("crawl run %s of %s %s (%s)", self.id, self.retailer, status, reason)
        finally:
            self.conn.close()
