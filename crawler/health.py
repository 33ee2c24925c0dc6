"""Crawl health: compare each run with the retailer's recent runs and raise alerts.

When a crawl closes, whoever started it, the crawl-run extension (:mod:`crawler.extensions`) calls
:func:`check_run` on the run's ``crawl_runs`` row (the scheduler checks it again afterwards,
which records, logs and posts nothing twice):

A run ``stopped`` on purpose (SIGTERM or Ctrl-C to the crawl, the scheduler's shutdown) raises none.

- ``zero_offers``: the run wrote no offers at all;
- ``run_failed``: the run failed (its finish reason says why) but did write offers;
- ``offer_drop``: a finished run wrote more than ``max_offer_drop`` fewer offers than the
  median of the retailer's last ``history`` finished runs;
- ``rejection_jump``: the share of items refused by the pipelines rose more than
  ``max_rejection_rise`` above its median over those runs (and at least ``min_rejections``
  items were refused).

The drift rules wait until the retailer has ``min_history`` finished runs; the thresholds are
the ``[health]`` table of the schedule file (:func:`schedule_rules`, the only part of that file
a crawl reads). Each alert is a
row in ``alerts`` (one per run and kind), a WARNING log line, and, when
``PRICELENS_ALERT_WEBHOOK`` is set, a JSON POST to that URL (``{"text": ..., "kind": ...}``,
which chat webhooks such as Slack's accept). A webhook that fails is logged, never fatal.

``pricelens status`` shows the alerts (:mod:`crawler.ops.status`).
"""

from __future__ import annotations

import json
import logging
import os
import statistics
import tomllib
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from crawler.paths import parse_toml, read_config_text, schedules_file
from crawler.urlmask import check_http_url, split_credentials, webhook_shown

logger = logging.getLogger(__name__)

WEBHOOK_ENV = "PRICELENS_ALERT_WEBHOOK"
KINDS = ("run_failed", "zero_offers", "offer_drop", "rejection_jump")


@dataclass(frozen=True)
class Rules:
    """Thresholds of the drift rules (``[health]`` in schedules.toml)."""

    history: int = 5                  # finished runs the medians are taken over
    min_history: int = 3              # fewer finished runs than this: no drift rules yet
    max_offer_drop: float = 0.3       # alert below (1 - this) x the median offer count
    max_rejection_rise: float = 0.1   # alert when the refused share rises more than this
    min_rejections: int = 5           # ... and at least this many items were refused


MAX_HISTORY = 1000


def _whole(low: int, high: int):
    def convert(value) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValueError(value)
        return value
    return convert


def _share(value) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise ValueError(value)
    return float(value)


# each key of the [health] table: what it expects, and how its value is checked
RULE_KEYS = {
    "history": (f"how many finished runs the medians cover (1 to {MAX_HISTORY})", _whole(1, MAX_HISTORY)),
    "min_history": (f"finished runs needed before the drift rules apply (0 to {MAX_HISTORY})", _whole(0, MAX_HISTORY)),
    "max_offer_drop": ("a share between 0 and 1, such as 0.3", _share),
    "max_rejection_rise": ("a share between 0 and 1, such as 0.1", _share),
    "min_rejections": ("a whole number (0 to 1000000000)", _whole(0, 10**9)),
}


def rules_from_table(table: dict) -> tuple[Rules, list[str]]:
    """The rules of a ``[health]`` table, and one line per problem (key and what was expected);
    a key with a problem keeps its default, the good keys keep their values. ``min_history``
    above ``history`` (drift alerts could never fire) is a problem of both keys."""
    problems = [f"unknown key {key!r}; expected one of: {', '.join(RULE_KEYS)}"
                for key in table if key not in RULE_KEYS]
    values = {}
    for key, (expected, convert) in RULE_KEYS.items():
        if key in table:
            try:
                values[key] = convert(table[key])
            except (ValueError, TypeError):
                problems.append(f"{key}: expected {expected}; got {table[key]!r}")
    rules = Rules(**values)
    if rules.min_history > rules.history:
        problems.append(f"min_history: expected at most history ({rules.history}), the finished runs the medians "
                        f"cover; got {rules.min_history}: the drift alerts could never fire")
        values = {k: v for k, v in values.items() if k not in ("history", "min_history")}
        rules = Rules(**values)
    return rules, problems


def schedule_rules(path: Path | str | None = None) -> Rules:
    """The ``[health]`` rules of the schedule file (``PRICELENS_SCHEDULES``, else schedules.toml),
    the defaults without one. Problems are one warning line: a file that is not TOML gives the
    defaults, a bad key its default (the good keys are kept, see :func:`rules_from_table`)."""
    path = Path(path) if path else schedules_file()
    if not path.exists():
        return Rules()
    try:
        table = parse_toml(read_config_text(path)).get("health", {})
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError) as exc:
        problems = [f"{path}: not valid TOML ({'nested too deeply' if isinstance(exc, RecursionError) else exc})"]
    else:
        rules, problems = rules_from_table(table) if isinstance(table, dict) else (Rules(), ["expected a table"])
        if not problems:
            return rules
        logger.warning("health check with the default rules for the keys in question: %s",
                       "; ".join(f"{path}: [health]: {problem}" for problem in problems)[:500])
        return rules
    logger.warning("health check with the default rules: %s", "; ".join(problems)[:500])
    return Rules()


@dataclass
class Alert:
    """One thing the health check noticed about a run."""

    kind: str
    retailer_id: str
    run_id: int | None
    message: str
    details: dict = field(default_factory=dict)
    id: int | None = None
    created_at: datetime | None = None

    def payload(self) -> dict:
        """The JSON the webhook receives."""
        data = asdict(self)
        data["created_at"] = self.created_at.isoformat() if self.created_at else None
        return {"text": f"pricelens: {self.message}", **data}


# -- the rules --------------------------------------------------------------------------------
def rejected_share(run: dict) -> float:
    """Share of the items a run yielded that the pipelines refused."""
    scraped = run.get("items_scraped") or 0
    return (run.get("items_rejected") or 0) / scraped if scraped else 0.0


def evaluate(run: dict, history: list[dict], rules: Rules | None = None) -> list[Alert]:
    """The alerts a run deserves, given the retailer's earlier finished runs (newest first)."""
    rules = rules or Rules()
    retailer, run_id = run["retailer_id"], run.get("id")
    offers = run.get("offers_accepted") or 0
    alerts: list[Alert] = []
    if run.get("status") == "stopped":  # stopped on purpose (a signal, the scheduler's shutdown): no failure
        return alerts
    if offers == 0:
        alerts.append(Alert(
            "zero_offers", retailer, run_id,
            f"{retailer}: run {run_id} wrote no offers ({run.get('status')}, {run.get('finish_reason')}; "
            f"{run.get('pages') or 0} pages, {run.get('http_errors') or 0} HTTP errors, "
            f"{run.get('items_rejected') or 0} items refused)",
            {"offers": 0, "status": run.get("status"), "finish_reason": run.get("finish_reason")},
        ))
        return alerts
    if run.get("status") == "failed":
        alerts.append(Alert(
            "run_failed", retailer, run_id,
            f"{retailer}: run {run_id} failed ({run.get('finish_reason')}) after writing {offers} offers",
            {"offers": offers, "finish_reason": run.get("finish_reason")},
        ))
        return alerts
    history = history[: rules.history]
    if len(history) < rules.min_history:
        return alerts
    median_offers = statistics.median(r["offers_accepted"] for r in history)
    if median_offers > 0 and offers < median_offers * (1 - rules.max_offer_drop):
        drop = 1 - offers / median_offers
        alerts.append(Alert(
            "offer_drop", retailer, run_id,
            f"{retailer}: run {run_id} wrote {offers} offers, {drop:.0%} below the median of "
            f"{median_offers:g} over the last {len(history)} runs (alert above {rules.max_offer_drop:.0%})",
            {"offers": offers, "median": median_offers, "drop": round(drop, 4), "runs": len(history),
             "threshold": rules.max_offer_drop},
        ))
    share = rejected_share(run)
    median_share = statistics.median(rejected_share(r) for r in history)
    rejected = run.get("items_rejected") or 0
    if rejected >= rules.min_rejections and share - median_share > rules.max_rejection_rise:
        alerts.append(Alert(
            "rejection_jump", retailer, run_id,
            f"{retailer}: run {run_id} refused {rejected} of {run.get('items_scraped')} items ({share:.0%}), "
            f"up from a median of {median_share:.0%} over the last {len(history)} runs "
            f"(alert above +{rules.max_rejection_rise:.0%})",
            {"rejected": rejected, "share": round(share, 4), "median_share": round(median_share, 4),
             "runs": len(history), "threshold": rules.max_rejection_rise},
        ))
    return alerts


# -- checking and recording ---------------------------------------------------------------------
def check_run(conn, run_id: int, rules: Rules | None = None, *, webhook_url: str | None = None) -> list[Alert]:
    """Evaluate one run against its retailer's history; record, log and post its alerts.

    Returns every alert of the run (also those an earlier check already recorded, which are
    neither logged nor posted again). ``webhook_url`` defaults to ``$PRICELENS_ALERT_WEBHOOK``.
    """
    rules = rules or Rules()
    run = conn.execute("SELECT * FROM crawl_runs WHERE id = %s", (run_id,)).fetchone()
    if run is None:
        raise LookupError(f"no crawl run {run_id}")
    if run["status"] == "running":
        return []
    history = conn.execute(
        "SELECT * FROM crawl_runs WHERE retailer_id = %s AND id < %s AND status = 'finished'"
        " ORDER BY id DESC LIMIT %s",
        (run["retailer_id"], run_id, rules.history),
    ).fetchall()
    return record_alerts(conn, evaluate(run, history, rules), webhook_url=webhook_url)


def record_alerts(conn, alerts: list[Alert], *, webhook_url: str | None = None) -> list[Alert]:
    """Insert alerts (once per run and kind), log the new ones and post them to the webhook."""
    url = webhook_url if webhook_url is not None else os.environ.get(WEBHOOK_ENV, "").strip()
    recorded = []
    for alert in alerts:
        with conn.transaction():
            row = conn.execute(
                "INSERT INTO alerts (retailer_id, run_id, kind, message, details) VALUES (%s, %s, %s, %s, %s)"
                " ON CONFLICT (run_id, kind) DO NOTHING RETURNING id, created_at",
                (alert.retailer_id, alert.run_id, alert.kind, alert.message, json.dumps(alert.details)),
            ).fetchone()
        if row is None:  # recorded by an earlier check of the same run
            old = conn.execute("SELECT id, created_at FROM alerts WHERE run_id = %s AND kind = %s",
                               (alert.run_id, alert.kind)).fetchone()
            alert.id, alert.created_at = old["id"], old["created_at"]
            recorded.append(alert)
            continue
        alert.id, alert.created_at = row["id"], row["created_at"]
        logger.warning("alert %s: %s", alert.kind, alert.message)
        if url and post_webhook(url, alert):
            with conn.transaction():
                conn.execute("UPDATE alerts SET notified_at = now() WHERE id = %s", (alert.id,))
        recorded.append(alert)
    return recorded


def post_webhook(url: str, alert: Alert, *, timeout: float = 10.0) -> bool:
    """POST one alert as JSON; True when the webhook answered 2xx. Failures are logged (scheme
    and host only); a URL that is no http(s) URL is one log line and nothing is sent."""
    try:
        url = check_http_url(url, WEBHOOK_ENV)
        target, auth = split_credentials(url)  # user info is basic auth
    except ValueError as exc:
        logger.warning("alert not sent: %s", exc)
        return False
    body = json.dumps(alert.payload(), default=str).encode()
    try:
        request = urllib.request.Request(target, data=body, method="POST", headers={
            "Content-Type": "application/json", "User-Agent": "pricelens-alerts/0.1"})
        if auth:
            request.add_header("Authorization", auth.decode("latin-1"))
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return 200 <= response.status < 300
    except (urllib.error.URLError, OSError, ValueError) as exc:
        logger.warning("alert webhook %s failed: %s", webhook_shown(url), exc)
        return False
