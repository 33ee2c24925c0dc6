"""What ``pricelens status`` shows: every retailer's last run (with what cut it short), its counts,
the median of its recent runs, its recent alerts and its next scheduled run, and the shop category
labels the category tree cannot place."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from crawler.ops.schedules import ScheduleConfig, display_path, format_seconds


def status_rows(conn, *, history: int = 5, alert_days: int = 7) -> list[dict]:
    """One dict per retailer: its last run, counts, median offers and recent alerts."""
    return conn.execute(
        """
        WITH names AS (
            SELECT id FROM retailers
            UNION SELECT DISTINCT retailer_id FROM alerts
        )
        SELECT n.id AS retailer, r.name,
               last.id AS run_id, last.started_at, last.finished_at, last.status, last.finish_reason,
               last.stats->>'pricelens/cut_short' AS cut_short,
               last.offers_accepted AS offers, last.stores_accepted AS stores,
               last.items_rejected AS rejected, last.pages, last.http_errors,
               EXTRACT(EPOCH FROM last.finished_at - last.started_at)::float8 AS seconds,
               base.median_offers,
               (SELECT count(*) FROM crawl_runs c WHERE c.retailer_id = n.id) AS runs,
               recent.alerts, latest_alert.kind AS last_alert_kind,
               latest_alert.message AS last_alert, latest_alert.created_at AS last_alert_at
        FROM names n
        LEFT JOIN retailers r ON r.id = n.id
        LEFT JOIN LATERAL (
            SELECT * FROM crawl_runs c WHERE c.retailer_id = n.id ORDER BY c.id DESC LIMIT 1
        ) last ON true
        LEFT JOIN LATERAL (
            SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY h.offers_accepted)::float8 AS median_offers
            FROM (SELECT offers_accepted FROM crawl_runs c
                  WHERE c.retailer_id = n.id AND c.status = 'finished' ORDER BY c.id DESC LIMIT %(history)s) h
        ) base ON true
        LEFT JOIN LATERAL (
            SELECT count(*) AS alerts FROM alerts a
            WHERE a.retailer_id = n.id AND a.created_at > now() - make_interval(days => %(days)s)
        ) recent ON true
        LEFT JOIN LATERAL (
            SELECT kind, message, created_at FROM alerts a WHERE a.retailer_id = n.id
            ORDER BY a.created_at DESC, a.id DESC LIMIT 1
        ) latest_alert ON true
        ORDER BY n.id
        """,
        {"history": history, "days": alert_days},
    ).fetchall()


def _cell(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _reason(row: dict) -> str:
    """The finish reason, and what cut the crawl short when something did ("finished, cut
    short: page cap: 400 products.json pages")."""
    reason = _cell(row.get("finish_reason"))
    return f"{reason}, cut short: {row['cut_short']}" if row.get("cut_short") else reason


def status_table(rows: list[dict], config: ScheduleConfig | None, now: datetime, *,
                 unusable: Path | None = None) -> str:
    """The table ``pricelens status`` prints; ``unusable``: the schedule file, when it exists but
    did not load (its problems are printed before the table)."""
    tz = config.timezone if config else timezone.utc
    by_retailer = {row["retailer"]: row for row in rows}
    names = list(by_retailer)
    if config:
        names += [name for name in config.crawls if name not in by_retailer]
    header = ["retailer", "last run", "status", "reason", "offers", "stores", "rejected", "median", "took",
              "alerts 7d", "last alert", "next run"]
    table = [header]
    for name in sorted(names):
        row = by_retailer.get(name, {})
        started = row.get("started_at")
        entry = config.crawls.get(name) if config else None
        if entry is None:
            next_run = "not scheduled"
        elif not entry.enabled:
            next_run = "disabled"
        else:
            upcoming = entry.trigger.fire_times(now, 1)
            next_run = f"{upcoming[0]:%Y-%m-%d %H:%M}" if upcoming else "-"
        alert = row.get("last_alert")
        if alert:
            alert = f"{row['last_alert_kind']}: {alert}"
            alert = alert if len(alert) <= 70 else alert[:69] + "…"
        seconds = row.get("seconds")
        table.append([
            name,
            f"#{row['run_id']} {started.astimezone(tz):%Y-%m-%d %H:%M}" if started else "never",
            _cell(row.get("status")), _reason(row), _cell(row.get("offers")),
            _cell(row.get("stores")), _cell(row.get("rejected")), _cell(row.get("median_offers")),
            format_seconds(seconds) if seconds is not None else "-",
            _cell(row.get("alerts") or 0), alert or "-", next_run,
        ])
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(r, widths, strict=True)).rstrip() for r in table]
    return "\n".join([*lines, time_zone_note(config, now, unusable=unusable)])


def time_zone_note(config: ScheduleConfig | None, now: datetime, *, unusable: Path | None = None) -> str:
    """Which zone the table's times are in: the schedule's, else UTC."""
    if config is None and unusable is not None:
        return f"times in UTC ({display_path(unusable)} has problems, see above: no schedule shown)"
    if config is None:
        return "times in UTC (no schedule file)"
    offset = now.astimezone(config.timezone).strftime("%z")
    return (f"times in {config.timezone.key} (UTC{offset[:3]}:{offset[3:]} now), the timezone of "
            f"{display_path(config.path)}")


def unknown_labels_text(unknown: list[tuple[str, str, int]], problem: str | None = None) -> str:
    """What ``pricelens status`` says of the shop category labels the taxonomy cannot place."""
    if problem:
        return f"\ncategories: {problem}"
    if not unknown:
        return "\ncategories: every shop label maps onto the category tree"
    lines = [f"\ncategories: {len(unknown)} shop label(s) not in the category tree"
             " (kept as shop_category; add an alias to crawler/categories.toml, then"
             " `pricelens categories --remap`):"]
    lines += [f"  {retailer}: {label!r} ({count} offer{'s' if count != 1 else ''})"
              for retailer, label, count in unknown]
    return "\n".join(lines)
