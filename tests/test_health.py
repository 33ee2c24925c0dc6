"""Crawl health: drift rules, alerts rows, log lines, the webhook, and `pricelens status`."""

from __future__ import annotations

import json
import logging
from http.server import BaseHTTPRequestHandler

import pytest
from click.testing import CliRunner
from freezegun import freeze_time

from crawler import health
from crawler.health import Rules, check_run, evaluate
from crawler.ops import schedules
from crawler.ops.cli import status as status_command
from crawler.ops.runners import CrawlResult
from crawler.ops.scheduler import check_health
from crawler.ops.schedules import ConfigError, load_config
from crawler.ops.status import status_rows
from tests.local_server import LocalServer, SitemapShop

RULES = Rules(history=5, min_history=3, max_offer_drop=0.3, max_rejection_rise=0.1, min_rejections=5)


def run(offers, *, status="finished", rejected=0, scraped=None, reason=None, id=10, retailer="techzone"):
    return {"id": id, "retailer_id": retailer, "status": status, "finish_reason": reason or status,
            "offers_accepted": offers, "stores_accepted": 3,
            "items_scraped": scraped if scraped is not None else offers,
            "items_rejected": rejected, "pages": offers + 2, "http_errors": 0}


HISTORY = [run(100, id=9), run(104, id=8), run(96, id=7), run(300, id=6), run(10, id=5)]  # median 100


# -- the rules ----------------------------------------------------------------------------------
def kinds(alerts):
    return [a.kind for a in alerts]


def test_a_run_in_line_with_its_history_raises_nothing():
    assert evaluate(run(98, rejected=2, scraped=100), HISTORY, RULES) == []


def test_zero_offers_always_alerts():
    [alert] = evaluate(run(0, status="failed", reason="finished_without_items"), [], RULES)
    assert alert.kind == "zero_offers"
    assert alert.message.startswith("techzone: run 10 wrote no offers (failed, finished_without_items; 2 pages")


def test_a_failed_run_with_offers_alerts_as_failed():
    [alert] = evaluate(run(40, status="failed", reason="closespider_timeout"), HISTORY, RULES)
    assert alert.kind == "run_failed"
    assert alert.message == "techzone: run 10 failed (closespider_timeout) after writing 40 offers"


def test_a_drop_beyond_the_share_against_the_median_alerts():
    [alert] = evaluate(run(69), HISTORY, RULES)  # 31% below the median of 100
    assert alert.kind == "offer_drop"
    assert alert.message == ("techzone: run 10 wrote 69 offers, 31% below the median of 100 over the last 5 runs "
                             "(alert above 30%)")
    assert alert.details == {"offers": 69, "median": 100, "drop": 0.31, "runs": 5, "threshold": 0.3}
    assert evaluate(run(70), HISTORY, RULES) == []  # exactly 30%: not beyond


def test_the_median_ignores_one_odd_run():
    history = [run(100), run(100), run(5), run(100), run(100)]
    assert evaluate(run(95), history, RULES) == []


def test_drift_rules_wait_for_enough_history():
    assert evaluate(run(10), HISTORY[:2], RULES) == []
    assert kinds(evaluate(run(10), HISTORY[:3], RULES)) == ["offer_drop"]
    assert kinds(evaluate(run(10), HISTORY[:2], Rules(min_history=2))) == ["offer_drop"]


def test_a_jump_in_rejections_alerts():
    history = [run(100, rejected=2, scraped=102)] * 5
    [alert] = evaluate(run(100, rejected=20, scraped=120), history, RULES)
    assert alert.kind == "rejection_jump"
    assert alert.message == ("techzone: run 10 refused 20 of 120 items (17%), up from a median of 2% over the "
                             "last 5 runs (alert above +10%)")


def test_a_few_rejections_are_not_a_jump():
    history = [run(10, rejected=0, scraped=10)] * 5
    assert evaluate(run(10, rejected=4, scraped=14), history, RULES) == []  # 29% but only 4 items
    assert kinds(evaluate(run(10, rejected=5, scraped=15), history, RULES)) == ["rejection_jump"]


# -- recorded, logged, posted -------------------------------------------------------------------
def add_run(db, offers, *, retailer="techzone", status="finished", rejected=0, scraped=None, reason=None):
    db.execute("INSERT INTO retailers (id, name) VALUES (%s, %s) ON CONFLICT DO NOTHING", (retailer, retailer.title()))
    return db.execute(
        "INSERT INTO crawl_runs (retailer_id, finished_at, status, finish_reason, offers_accepted, stores_accepted,"
        " items_scraped, items_rejected, pages) VALUES (%s, now(), %s, %s, %s, 2, %s, %s, %s) RETURNING id",
        (retailer, status, reason or status, offers, scraped if scraped is not None else offers, rejected, offers + 1),
    ).fetchone()["id"]


class Webhook(LocalServer):
    """A tiny HTTP server on 127.0.0.1 that keeps what is POSTed to it."""

    def __init__(self, status: int = 204):
        received = self.received = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                received.append({"path": self.path, "type": self.headers["Content-Type"], "body": json.loads(body)})
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        super().__init__(Handler)
        self.url += "/hooks/secret-token"


def test_check_run_records_logs_and_posts_each_alert(db, monkeypatch, caplog):
    for offers in (100, 102, 98):
        add_run(db, offers)
    bad = add_run(db, 50)
    with Webhook() as hook:
        monkeypatch.setenv(health.WEBHOOK_ENV, hook.url)
        with caplog.at_level(logging.WARNING, logger="crawler.health"):
            alerts = check_run(db, bad, RULES)
    assert kinds(alerts) == ["offer_drop"]
    row = db.execute("SELECT * FROM alerts").fetchone()
    assert row["retailer_id"] == "techzone" and row["run_id"] == bad and row["kind"] == "offer_drop"
    assert row["message"] == alerts[0].message and row["details"]["median"] == 100
    assert row["notified_at"] is not None
    assert f"alert offer_drop: techzone: run {bad} wrote 50 offers, 50% below the median of 100" in caplog.text
    [post] = hook.received
    assert post["path"] == "/hooks/secret-token" and post["type"] == "application/json"
    assert post["body"]["text"] == f"pricelens: {alerts[0].message}"
    assert post["body"]["kind"] == "offer_drop" and post["body"]["run_id"] == bad
    assert post["body"]["details"]["offers"] == 50


def test_checking_a_run_twice_records_and_posts_once(db, monkeypatch):
    run_id = add_run(db, 0, status="failed", reason="finished_without_items")
    with Webhook() as hook:
        monkeypatch.setenv(health.WEBHOOK_ENV, hook.url)
        first = check_run(db, run_id)
        second = check_run(db, run_id)
    assert kinds(first) == kinds(second) == ["zero_offers"]
    assert first[0].id == second[0].id
    assert db.execute("SELECT count(*) AS n FROM alerts").fetchone()["n"] == 1
    assert len(hook.received) == 1


def test_a_failing_webhook_is_logged_not_fatal(db, monkeypatch, caplog):
    run_id = add_run(db, 0, status="failed")
    with Webhook(status=500) as hook:
        monkeypatch.setenv(health.WEBHOOK_ENV, hook.url)
        with caplog.at_level(logging.WARNING, logger="crawler.health"):
            [alert] = check_run(db, run_id)
    assert alert.kind == "zero_offers"
    assert db.execute("SELECT notified_at FROM alerts").fetchone()["notified_at"] is None
    assert "alert webhook http://127.0.0.1:" in caplog.text and "secret-token" not in caplog.text


def test_history_only_counts_earlier_finished_runs_of_the_retailer(db):
    for offers in (100, 100, 100):
        add_run(db, offers)
    add_run(db, 0, status="failed")               # failures are not the baseline
    add_run(db, 5, retailer="cedarshop")          # nor other retailers
    run_id = add_run(db, 90)
    add_run(db, 1)                                # nor later runs
    assert check_run(db, run_id, RULES) == []


@pytest.mark.parametrize("offers", [0, 40])
def test_a_run_stopped_on_purpose_raises_no_alert(db, offers):
    # SIGTERM to the crawl or the scheduler's shutdown: it raised run_failed (offers written) or zero_offers
    for earlier in (100, 100, 100):
        add_run(db, earlier)
    run_id = add_run(db, offers, status="stopped", reason="shutdown")
    assert check_run(db, run_id, RULES) == []
    assert db.execute("SELECT count(*) AS n FROM alerts").fetchone()["n"] == 0


def test_a_crawl_without_a_run_is_an_alert_too(db):
    result = CrawlResult("megapc", "failed", "scrapy exited 1 before opening a crawl run", attempts=3)
    [alert] = check_health(result, RULES)
    assert alert.kind == "run_failed" and alert.run_id is None
    assert alert.message == "megapc: crawl failed without a run: scrapy exited 1 before opening a crawl run"


# -- status ---------------------------------------------------------------------------------------
def test_status_rows(db):
    for offers in (100, 110, 90):
        add_run(db, offers)
    last = add_run(db, 40)
    check_run(db, last, RULES)
    add_run(db, 7, retailer="cedarshop")
    rows = {row["retailer"]: row for row in status_rows(db)}
    techzone = rows["techzone"]
    assert techzone["run_id"] == last and techzone["offers"] == 40 and techzone["status"] == "finished"
    assert techzone["runs"] == 4 and techzone["median_offers"] == 95
    assert techzone["alerts"] == 1 and techzone["last_alert_kind"] == "offer_drop"
    assert rows["cedarshop"]["alerts"] == 0 and rows["cedarshop"]["last_alert"] is None


def test_status_command_prints_a_table(db, tmp_path, monkeypatch):
    monkeypatch.setattr(schedules, "available_retailers", lambda: ["techzone", "cedarshop", "megapc"])
    config = tmp_path / "schedules.toml"
    config.write_text('timezone = "UTC"\n[crawl.techzone]\ncron = "0 2 * * *"\n[crawl.megapc]\ncron = "0 3 * * sun"\n'
                      '[publish]\ncron = "0 5 * * *"\n')
    for offers in (100, 110, 90):
        add_run(db, offers)
    check_run(db, add_run(db, 0, status="failed", reason="finished_without_items"), RULES)
    with freeze_time("2025-06-04 12:00:00"):  # a Wednesday
        result = CliRunner().invoke(status_command, ["--config", str(config)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["retailer", "last", "run", "status", "reason", "offers", "stores", "rejected",
                                "median", "took", "alerts", "7d", "last", "alert", "next", "run"]
    techzone = next(line for line in lines if line.startswith("techzone"))
    assert "failed" in techzone and "finished_without_items" in techzone
    assert "zero_offers: techzone: run 4 wrote no offers" in techzone
    assert techzone.rstrip().endswith("2025-06-05 02:00")
    megapc = next(line for line in lines if line.startswith("megapc"))
    assert "never" in megapc and megapc.rstrip().endswith("2025-06-08 03:00")


def test_status_says_a_crawl_was_cut_short_by_its_page_cap(db):
    from crawler.ops.status import status_table

    run_id = add_run(db, 100000)
    db.execute("UPDATE crawl_runs SET stats = %s WHERE id = %s",
               (json.dumps({"pricelens/cut_short": "page cap: 400 products.json pages"}), run_id))
    add_run(db, 7, retailer="cedarshop")
    rows = status_rows(db)
    assert {row["retailer"]: row["cut_short"] for row in rows} == {
        "techzone": "page cap: 400 products.json pages", "cedarshop": None}
    lines = status_table(rows, None, rows[0]["started_at"]).splitlines()
    techzone = next(line for line in lines if line.startswith("techzone"))
    assert "finished, cut short: page cap: 400 products.json pages" in techzone
    cedarshop = next(line for line in lines if line.startswith("cedarshop"))
    assert "cut short" not in cedarshop


# -- the check inside the crawl ------------------------------------------------------------------
def test_a_scrapy_crawl_that_writes_no_offers_raises_its_alert_once(db, monkeypatch, tmp_path):
    from tests.test_crawl import scrapy_crawl

    monkeypatch.setenv("PRICELENS_SCHEDULES", str(tmp_path / "none.toml"))  # no schedule: default rules
    with Webhook() as hook, SitemapShop(0) as shop:  # a sitemap that lists no product
        monkeypatch.setenv(health.WEBHOOK_ENV, hook.url)
        process = scrapy_crawl("techzone", shop.url, "-a", "store_locator_path=")
        assert process.returncode == 1, process.stderr[-3000:]  # a failed run (session 22: it exited 0)
        run = db.execute("SELECT * FROM crawl_runs").fetchone()
        assert (run["status"], run["finish_reason"]) == ("failed", "finished_without_items")
        [alert] = db.execute("SELECT * FROM alerts").fetchall()
        assert (alert["kind"], alert["run_id"], alert["retailer_id"]) == ("zero_offers", run["id"], "techzone")
        assert alert["notified_at"] is not None and len(hook.received) == 1
        assert "alert zero_offers: techzone: run" in process.stderr
        # the scheduler checks the run again when the crawl process is over: nothing new
        result = CrawlResult("techzone", run["status"], run["finish_reason"], run)
        [again] = check_health(result, Rules())
        assert again.id == alert["id"]
        assert db.execute("SELECT count(*) AS n FROM alerts").fetchone()["n"] == 1
        assert len(hook.received) == 1


def test_the_crawl_uses_the_health_rules_of_the_schedule_file(monkeypatch, tmp_path, caplog):
    from crawler.health import schedule_rules

    config = tmp_path / "schedules.toml"
    config.write_text('timezone = "UTC"\n[crawl.techzone]\ncron = "0 2 * * *"\n'
                      '[publish]\ncron = "0 5 * * *"\n[health]\nmax_offer_drop = 0.5\nmin_history = 2\n')
    monkeypatch.setenv("PRICELENS_SCHEDULES", str(config))
    assert schedule_rules() == Rules(max_offer_drop=0.5, min_history=2)
    # the crawl reads only [health]: a problem elsewhere in the file is the scheduler's to report
    config.write_text('timezone = "Mars/Olympus"\n[crawl.nosuchshop]\ncron = "0 2 * * 1"\n'
                      '[health]\nmax_offer_drop = 0.5\n')
    assert schedule_rules() == Rules(max_offer_drop=0.5)
    # a [health] table with a problem: that key's default, the good keys kept, one warning line naming the key
    config.write_text('[health]\nmax_offer_drop = 5\nhistory = 3\n')
    with caplog.at_level(logging.WARNING, logger="crawler.health"):
        assert schedule_rules() == Rules(history=3)
    [line] = [r.getMessage() for r in caplog.records if r.name == "crawler.health"]
    assert "[health]: max_offer_drop: expected a share between 0 and 1" in line and "got 5" in line
    config.write_text('[health\n')
    assert schedule_rules() == Rules()
    config.write_text("a = " + "[" * 100000 + "]" * 100000 + "\n")  # a RecursionError before (session 16)
    assert schedule_rules() == Rules()
    monkeypatch.setenv("PRICELENS_SCHEDULES", str(tmp_path / "missing.toml"))
    assert schedule_rules() == Rules()


def test_the_scheduler_reports_health_problems_like_any_other_entry(tmp_path, monkeypatch):
    monkeypatch.setattr(schedules, "available_retailers", lambda: ["techzone"])
    config = tmp_path / "schedules.toml"
    config.write_text('timezone = "UTC"\n[crawl.techzone]\ncron = "0 2 * * *"\n[publish]\ncron = "0 5 * * *"\n'
                      '[health]\nhistory = 0\nmax_offer_drop = 0.5\nretries = 3\n')
    try:
        load_config(config)
    except ConfigError as exc:
        messages = exc.messages
    else:
        raise AssertionError("a bad [health] table must be refused")
    assert [m.split(": ", 1)[1] for m in messages] == [
        "[health]: unknown key 'retries'; expected one of: history, min_history, max_offer_drop, "
        "max_rejection_rise, min_rejections",
        "[health]: history: expected how many finished runs the medians cover (1 to 1000); got 0",
    ]


@pytest.mark.parametrize("table, rules", [
    ({"history": 2, "min_history": 10, "max_offer_drop": 0.5}, Rules(max_offer_drop=0.5)),
    ({"history": 2}, Rules()),  # the default min_history (3) needs three finished runs
    ({"min_history": 10}, Rules()),
])
def test_min_history_above_history_is_refused_as_drift_alerts_could_never_fire(table, rules):
    from crawler.health import rules_from_table

    got, problems = rules_from_table(table)
    assert got == rules
    [problem] = problems
    assert problem.startswith("min_history: expected at most history (") and "could never fire" in problem


def test_a_schedule_with_min_history_above_history_is_refused_in_one_line(tmp_path):
    config = tmp_path / "schedules.toml"
    config.write_text('timezone = "UTC"\n[crawl.techzone]\ncron = "0 2 * * *"\n[publish]\ncron = "0 5 * * *"\n'
                      '[health]\nhistory = 2\nmin_history = 10\n')
    with pytest.raises(ConfigError) as error:
        load_config(config, retailers=["techzone"])
    [message] = error.value.messages
    assert "[health]: min_history: expected at most history (2)" in message and "got 10" in message
