"""Credentials in configured URLs (SCRAPYD_URL, the alert and price webhooks) are never shown,
and they work: user info is sent as basic auth. A webhook that is no http(s) URL is refused."""

from __future__ import annotations

import base64
import json
import logging
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from click.testing import CliRunner

from crawler import health
from crawler.ops.cli import deploy_command, run_once, where_crawls_run
from crawler.ops.scrapyd import ScrapydClient, ScrapydError, ScrapydPool
from crawler.urlmask import check_http_url, mask_url, split_credentials, webhook_shown
from publish import alerts
from tests.local_server import LocalServer
from tests.test_health import add_run


class AuthServer(LocalServer):
    """Answers like Scrapyd (GET, POST) and keeps each request's path and Authorization header."""

    def __init__(self):
        seen = self.seen = []

        class Handler(BaseHTTPRequestHandler):
            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                seen.append((self.command, self.path, self.headers.get("Authorization")))
                if self.headers.get("Authorization") != "Basic " + base64.b64encode(b"admin:Hunter2pw").decode():
                    self.send_response(401)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = json.dumps({"status": "ok", "pending": 1, "running": 2}).encode()
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer  # noqa: N815

            def log_message(self, *args):
                pass

        super().__init__(Handler)


def test_the_masking_function():
    assert mask_url("http://admin:Hunter2pw@127.0.0.1:1") == "http://admin:***@127.0.0.1:1"
    assert mask_url("http://127.0.0.1:6800") == "http://127.0.0.1:6800"
    assert "Hunter2pw" not in mask_url("http://admin:Hunter2pw@[::1")
    assert webhook_shown("http://user:pw@127.0.0.1:1/x?token=S") == "http://127.0.0.1:1/…"
    assert split_credentials("http://a%40b:p%3Aw@h:1/x") == ("http://h:1/x", b"Basic " + base64.b64encode(b"a@b:p:w"))


def test_scrapyd_credentials_are_basic_auth_and_never_shown():
    with AuthServer() as server:
        port = server.url.rsplit(":", 1)[1]
        client = ScrapydClient(f"http://admin:Hunter2pw@127.0.0.1:{port}")
        assert client.load() == 3
        assert server.seen[-1][2] == "Basic " + base64.b64encode(b"admin:Hunter2pw").decode()
        wrong = ScrapydClient(f"http://admin:wrongpw@127.0.0.1:{port}")
        try:
            wrong.load()
        except ScrapydError as exc:
            assert "HTTP 401" in str(exc) and "wrongpw" not in str(exc) and "admin:***@" in str(exc)
        else:
            raise AssertionError("a wrong password was accepted")


def test_an_unreachable_scrapyd_with_a_password_is_reported_masked(monkeypatch):
    url = "http://admin:Hunter2pw@127.0.0.1:1"
    try:
        ScrapydPool([url], timeout=2).pick()
    except ScrapydError as exc:
        message = str(exc)
    assert message.startswith("no Scrapyd server reachable: http://admin:***@127.0.0.1:1/daemonstatus.json")
    assert "Hunter2pw" not in message
    monkeypatch.setenv("SCRAPYD_URL", url)
    assert where_crawls_run() == "on Scrapyd at http://admin:***@127.0.0.1:1"
    result = CliRunner().invoke(deploy_command, ["--url", url])
    assert result.exit_code == 2 and "Hunter2pw" not in result.output and "admin:***@127.0.0.1:1" in result.output
    assert "Hunter2pw" not in repr(ScrapydClient(url))


def test_the_alert_webhook_log_hides_user_info_and_token(db, monkeypatch, caplog):
    run_id = add_run(db, 0, status="failed")
    monkeypatch.setenv(health.WEBHOOK_ENV, "http://user:pw@127.0.0.1:1/x?token=S")
    with caplog.at_level(logging.WARNING, logger="crawler.health"):
        [alert] = health.check_run(db, run_id)
    assert "alert webhook http://127.0.0.1:1/… failed" in caplog.text
    assert "pw@" not in caplog.text and "token=S" not in caplog.text


def test_a_broken_alert_webhook_is_one_line_and_every_alert_is_still_recorded(db, monkeypatch, caplog):
    for offers in (100, 102, 98):
        add_run(db, offers)
    first = add_run(db, 0, status="failed")
    second = add_run(db, 0, status="failed")
    monkeypatch.setenv(health.WEBHOOK_ENV, "http://[::1")
    with caplog.at_level(logging.WARNING, logger="crawler.health"):
        health.check_run(db, first)
        health.check_run(db, second)
    assert db.execute("SELECT count(*) AS n FROM alerts").fetchone()["n"] == 2
    assert "alert not sent: PRICELENS_ALERT_WEBHOOK: expected an http:// or https:// URL" in caplog.text
    assert "Traceback" not in caplog.text


def test_run_once_refuses_a_webhook_that_is_no_http_url(monkeypatch, tmp_path):
    monkeypatch.setenv(health.WEBHOOK_ENV, "file:///etc/passwd")
    from tests.conftest import ROOT

    result = CliRunner().invoke(run_once, ["--config", str(ROOT / "schedules.toml"), "--no-publish"])
    assert result.exit_code == 2, result.output
    assert result.output.strip() == ("pricelens: PRICELENS_ALERT_WEBHOOK: expected an http:// or https:// URL "
                                     "with a host, got a file: URL")


def test_check_http_url():
    assert check_http_url(" https://h/x ", "W") == "https://h/x"
    for bad, what in (("file:///etc/passwd", "a file: URL"), ("data:,x", "a data: URL"),
                      ("http://[::1", "a URL that cannot be read"), ("hooks.example/x", "no URL")):
        try:
            check_http_url(bad, "W")
        except ValueError as exc:
            assert str(exc) == f"W: expected an http:// or https:// URL with a host, got {what}"
        else:
            raise AssertionError(bad)


# -- the price alerts of publish/alerts.py --------------------------------------------------------
def test_a_price_webhook_that_is_no_http_url_is_a_configuration_error(tmp_path, monkeypatch, capsys):
    watch = tmp_path / "alerts.toml"
    watch.write_text("[[watch]]\nproduct = 1\nbelow = 10\n")
    monkeypatch.setenv("PRICELENS_ALERTS_FILE", str(watch))
    monkeypatch.setenv("PRICELENS_ALERTS_STATE", str(tmp_path / "state.json"))
    for value in ("file:///etc/passwd", "data:,x", "http://[::1"):
        monkeypatch.setenv("PRICELENS_PRICE_WEBHOOK", value)
        assert alerts.after_publish(tmp_path / "none.db") == 2
        err = capsys.readouterr().err.strip()
        assert err.startswith("alerts: PRICELENS_PRICE_WEBHOOK: expected an http:// or https:// URL"), err
        assert "\n" not in err and "sent" not in err
    assert not (tmp_path / "state.json").exists()
    # the Telegram API the same (session 16 attack: urllib opened file:/ftp: with the bot token in the path)
    monkeypatch.delenv("PRICELENS_PRICE_WEBHOOK")
    monkeypatch.setenv("PRICELENS_TELEGRAM_BOT_TOKEN", "123:Tok-s3cret")
    monkeypatch.setenv("PRICELENS_TELEGRAM_CHAT_ID", "-1001")
    for value in ("file:///tmp", "ftp://api.example"):
        monkeypatch.setenv("PRICELENS_TELEGRAM_API", value)
        assert alerts.after_publish(tmp_path / "none.db") == 2
        err = capsys.readouterr().err.strip()
        assert err.startswith("alerts: PRICELENS_TELEGRAM_API: expected an http:// or https:// URL"), err
        assert "Tok-s3cret" not in err


def test_a_watched_product_id_beyond_64_bits_is_one_line(tmp_path):
    watch = tmp_path / "alerts.toml"
    watch.write_text("[[watch]]\nproduct = 9223372036854775807\nbelow = 10\n")
    assert alerts.load_watches(watch)[0].value == "9223372036854775807"
    watch.write_text("[[watch]]\nproduct = 9223372036854775808\nbelow = 10\n")
    try:
        alerts.load_watches(watch)
    except alerts.AlertsError as exc:
        assert str(exc) == f"{watch}: watch 1: product: expected a product id (a positive whole number)"
    else:
        raise AssertionError("accepted")


def test_a_state_path_that_cannot_be_used_names_the_path(tmp_path, monkeypatch):
    state = Path("/etc/passwd/x")
    try:
        alerts._read_state(state)
    except alerts.AlertsError as exc:
        assert str(exc) == "/etc/passwd/x: cannot be read (Not a directory); check PRICELENS_ALERTS_STATE"
    try:
        alerts._write_state(state, {})
    except alerts.AlertsError as exc:
        assert str(exc).startswith("/etc/passwd/x: cannot be written (")
    else:
        raise AssertionError("written")
