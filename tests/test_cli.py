"""The `pricelens` command: every command documented, errors a user can fix in one line."""

from __future__ import annotations

import os
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from crawler.cli import main
from tests.conftest import ROOT


def all_commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from all_commands(command, (*prefix, name))


@pytest.mark.parametrize("path", [" ".join(p) for p, _ in all_commands(main)])
def test_every_command_has_help(path):
    result = CliRunner().invoke(main, [*path.split(), "--help"])
    assert result.exit_code == 0, result.output
    command = dict((" ".join(p), c) for p, c in all_commands(main))[path]
    assert command.help and len(command.help.strip()) > 20, f"{path} needs a docstring"


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    for path, _ in all_commands(main):
        if len(path) == 1:
            assert f"pricelens {path[0]}" in readme or f"`{path[0]}`" in readme, path


def test_unreachable_database_is_one_clear_line():
    env = {**os.environ, "DATABASE_URL": "postgresql://pricelens:s3cret@127.0.0.1:1/pricelens"}
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "db", "migrate"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "cannot reach PostgreSQL at postgresql://pricelens:***@127.0.0.1:1/pricelens" in lines[0]
    assert "s3cret" not in result.stderr and "Traceback" not in result.stderr
    assert "DATABASE_URL" in lines[0]


@pytest.mark.parametrize("url, shown", [
    ("password = 'my secret pw' host=127.0.0.1 port=1", "password=*** host=127.0.0.1 port=1"),  # review 14
    ("password='S3cret PW' host=h", "password=*** host=h"),
    ("postgresql://pricelens:s3cr%20et@127.0.0.1:1/pricelens", "postgresql://pricelens:***@127.0.0.1:1/pricelens"),
    ("postgresql://h/db?password=my%20secret&sslmode=disable", "postgresql://h/db?password=***&sslmode=disable"),
    ("postgresql://u:pw@h1:5432,h2:5433/db?password=my+secret", "postgresql://u:***@h1:5432,h2:5433/db?password=***"),
    ("host=h dbname=x", "host=h dbname=x"),
    # the passphrase of the SSL client key is a secret too (session 16 attack: it was shown)
    ("host=h sslpassword=s3cr3t user=u", "user=u host=h sslpassword=***"),
    ("postgresql://u:pw@h/db?sslpassword=s3cr3t&sslmode=require",
     "postgresql://u:***@h/db?sslpassword=***&sslmode=require"),
    ("postgresql://u@h/db?sslpassword=s3cr3t", "postgresql://u@h/db?sslpassword=***"),
])
def test_the_password_is_masked_whole_in_either_form(url, shown):
    from psycopg.conninfo import conninfo_to_dict

    from crawler.store import describe_url

    assert describe_url(url) == shown
    assert conninfo_to_dict(describe_url(url)).get("password") in (None, "***")
    assert "s3cr3t" not in describe_url(url)


def test_db_url_and_status_never_print_a_password_with_spaces():
    env = {**os.environ, "DATABASE_URL": "password = 'my secret pw' host=127.0.0.1 port=1"}
    for command in (["db", "url"], ["status"]):
        result = subprocess.run([sys.executable, "-m", "crawler.cli", *command], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=60)
        output = result.stdout + result.stderr
        assert "password=***" in output, output
        assert "secret" not in output and "Traceback" not in output, output


def test_serve_without_a_snapshot_says_what_to_do(tmp_path):
    env = {**os.environ, "PRICELENS_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "serve"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "pricelens publish" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("kind", ["garbage", "folder", "damaged"])
def test_serve_of_a_snapshot_that_is_no_database_says_what_to_do(tmp_path, kind):
    """A latest.db that is no SQLite file was a traceback (sqlite3.DatabaseError, OperationalError)
    from `pricelens serve` (session 16 attack); now one line naming it, exit 2."""
    snapshots = tmp_path / "snapshots"
    snapshots.mkdir()
    dated = snapshots / "pricelens-2026-12-01.db"
    if kind == "folder":
        (snapshots / "latest.db").mkdir()
    else:
        dated.write_bytes((b"SQLite format 3\x00" if kind == "damaged" else b"") + bytes(range(256)) * 40)
        (snapshots / "latest.db").symlink_to(dated.name)
    env = {**os.environ, "PRICELENS_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "serve", "--port", "8999"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "run `pricelens publish`" in line and ("latest.db" in line or dated.name in line), line


# A DATABASE_URL that is not a PostgreSQL URL: one line naming DATABASE_URL and what is expected,
# the password never shown, exit 2, whichever command reads it.
BAD_URLS = {
    "mysql": "mysql://shop:Pw-s3cret-91@db.example/pricelens",
    "bad-escape": "postgresql://shop:Pw-s3cret-91%zz@db.example/pricelens",
    "garbage": "Pw-s3cret-91 not a url",
    "port": "postgresql://shop:Pw-s3cret-91@db.example:fivefourthreetwo/pricelens",
    # an '@' in the password not written %40: libpq reads the rest of the password as the host,
    # and its "failed to resolve host" message quoted it (session 16 attack)
    "at-in-password": "postgresql://shop:x@Pw-s3cret-91@127.0.0.1:1/pricelens",
}
COMMANDS = {
    "db migrate": [sys.executable, "-m", "crawler.cli", "db", "migrate"],
    "db url": [sys.executable, "-m", "crawler.cli", "db", "url"],
    "crawl": [sys.executable, "-m", "crawler.cli", "crawl", "techzone"],
    "status": [sys.executable, "-m", "crawler.cli", "status"],
    "publish": [sys.executable, "-m", "crawler.cli", "publish"],
    "demo": [sys.executable, "-m", "crawler.cli", "demo", "--no-serve", "--history-days", "0"],
    "scrapy crawl": [sys.executable, "-m", "scrapy", "crawl", "techzone"],
    "ops run-once": [sys.executable, "-m", "crawler.ops.cli", "run-once"],
}


def _run_with_url(command, url, tmp_path):
    env = {**os.environ, "DATABASE_URL": url, "PRICELENS_DATA_DIR": str(tmp_path)}
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def _assert_one_clear_line(result):
    output = result.stdout + result.stderr
    assert result.returncode == 2, output
    assert "Pw-s3cret-91" not in output and "Traceback" not in output, output
    lines = output.strip().splitlines()
    assert len(lines) == 1, output
    assert "DATABASE_URL" in lines[0] and "expected postgresql://" in lines[0], lines[0]


@pytest.mark.parametrize("kind", list(BAD_URLS))
def test_malformed_database_url_is_one_line_without_the_password(kind, tmp_path):
    _assert_one_clear_line(_run_with_url(COMMANDS["db migrate"], BAD_URLS[kind], tmp_path))
    _assert_one_clear_line(_run_with_url(COMMANDS["scrapy crawl"], BAD_URLS[kind], tmp_path))


@pytest.mark.parametrize("command", [c for c in COMMANDS if c not in ("db migrate", "scrapy crawl")])
def test_every_command_reading_database_url_refuses_a_malformed_one(command, tmp_path):
    _assert_one_clear_line(_run_with_url(COMMANDS[command], BAD_URLS["mysql"], tmp_path))


def test_a_malformed_url_is_not_repeated_in_the_message():
    from crawler.store.connection import BadDatabaseURL, check_url

    for url in BAD_URLS.values():
        with pytest.raises(BadDatabaseURL) as caught:
            check_url(url)
        assert "Pw-s3cret-91" not in str(caught.value)
    for good in ("postgresql://u:p%40ss@127.0.0.1:5432/db", "postgres://u@/db?host=/tmp", "host=/tmp dbname=x",
                 "postgresql://u@h1:5432,h2:5433/db"):
        assert check_url(good) == good


# -- bad arguments: one clear line (what, which value, what was expected), a non-zero exit, ---------
# never a traceback, never a silent run with a value that makes no sense.
def _one_line_error(result, *expected):
    assert result.exit_code != 0, result.output
    assert isinstance(result.exception, SystemExit), repr(result.exception)  # not an uncaught error
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith(("pricelens:", "Error:"))]
    assert len(errors) == 1, result.stderr
    for text in expected:
        assert text in errors[0], errors[0]
    return errors[0]


def _two_offers():
    from datetime import datetime, timezone

    from crawler.items import Offer
    from tests.pipeline_harness import PipelineRun

    now = datetime(2026, 11, 20, tzinfo=timezone.utc)
    PipelineRun().feed(*(Offer(url=f"https://x.example/{sku}", retailer_sku=sku, title=f"Widget {sku}",
                               price="$10", availability="InStock", scraped_at=now) for sku in ("w1", "w2"))).close()


def test_match_override_rejects_bad_offer_ids_in_one_line(db):
    _two_offers()
    a, b = (r["id"] for r in db.execute("SELECT id FROM offers ORDER BY id"))
    missing = b + 1000
    runner = CliRunner()
    cases = {  # arguments: what the line must name
        (str(a), str(a), "same"): (f"offer {a} given twice",),  # was a CheckViolation traceback
        (str(a), str(a), "different"): (f"offer {a} given twice",),
        (str(missing), str(a), "same"): (f"no offer with id {missing}", "expected"),  # was ForeignKeyViolation
        (str(a), "99999999999999999999", "same"): ("OFFER_B", "99999999999999999999", "9223372036854775807"),
        ("0", str(a), "same"): ("OFFER_A", "0"),
        ("-5", str(a), "same"): ("-5",),  # click reads it as an option: "No such option '-5'"
        (str(a), str(b), "maybe"): ("maybe", "same", "different"),
    }
    for arguments, expected in cases.items():
        _one_line_error(runner.invoke(main, ["match", "override", *arguments]), *expected)
    assert db.execute("SELECT count(*) AS n FROM match_overrides").fetchone()["n"] == 0
    result = runner.invoke(main, ["match", "override", str(b), str(a), "same"])  # a good one still works
    assert result.exit_code == 0, result.output
    row = db.execute("SELECT offer_a, offer_b, verdict FROM match_overrides").fetchone()
    assert (row["offer_a"], row["offer_b"], row["verdict"]) == (a, b, "same")


def test_add_override_names_the_bad_value():
    from crawler.products import OverrideError, add_override

    for arguments, text in (((3, 3, "same"), "offer 3 given twice"), ((0, 3, "same"), "offer_a 0"),
                            ((3, 2**63, "same"), f"offer_b {2**63}"), ((1, 2, "yes"), "verdict 'yes'")):
        with pytest.raises(OverrideError, match=text):
            add_override(*arguments, url="postgresql://nobody@127.0.0.1:1/none")  # checked before connecting


def test_crawl_of_an_unknown_retailer_names_the_known_ones():
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", "nosuchretailer"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr  # a usage error (review 14: it was 1, a failed run's code)
    assert "Traceback" not in result.stderr and "Spider not found" not in result.stderr, result.stderr
    lines = (result.stdout + result.stderr).strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("pricelens: unknown retailer 'nosuchretailer'; known: ")
    known = lines[0].split("known: ")[1].split(", ")
    assert "techzone" in known and "pixelhub" in known and known == sorted(known)


def test_demo_of_an_unknown_retailer_is_one_line_before_the_database_starts(data_dir, monkeypatch):
    # it started (or connected to) the database, migrated it, then refused the name
    from crawler import cli

    def no_database(*args, **kwargs):
        raise AssertionError("the database was started for an unknown retailer")

    monkeypatch.setattr(cli, "database_url", no_database)
    monkeypatch.setattr(cli, "migrate", no_database)
    result = CliRunner().invoke(main, ["demo", "--no-serve", "--history-days", "0", "--retailer", "nosuch"])
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("pricelens: --retailer 'nosuch': unknown demo retailer; known: ") and "techzone" in line


@pytest.mark.parametrize("arguments, expected", [
    (["serve", "--port", "99999"], ("--port", "99999", "65535")),
    (["serve", "--port", "0"], ("--port", "0")),
    (["serve", "--port", "-1"], ("--port", "-1")),
    (["demo", "--no-serve", "--port", "70000"], ("--port", "70000")),
    (["demo", "--no-serve", "--history-days", "-3"], ("--history-days", "-3", "0<=x<=366")),
    (["demo", "--no-serve", "--products", "0"], ("--products", "0", "1<=x<=100000")),
    # session 16 attack: an OverflowError traceback (a date before year 1) and a ValueError one (a
    # brand out of GTINs) after the demo had started
    (["demo", "--no-serve", "--history-days", "99999999999"], ("--history-days", "99999999999", "0<=x<=366")),
    (["demo", "--no-serve", "--products", "99999999999999"], ("--products", "99999999999999", "1<=x<=100000")),
    (["demo", "--no-serve", "--history-days", "0", "--retailer", "nosuchshop"], ("nosuchshop", "techzone")),
    (["publish", "--keep", "-1"], ("--keep", "-1", "1<=x<=1000")),
    (["publish", "--keep", "0"], ("--keep", "0")),
    (["serve", "--workers", "0"], ("--workers", "0")),
    # session 18 attack: no upper bound - --workers 100000 started server processes until memory ran out
    (["serve", "--workers", "65"], ("--workers", "65", "1<=x<=64")),
    (["serve", "--workers", "100000"], ("--workers", "100000", "1<=x<=64")),
    (["schedule", "--dry-run", "--count", "0"], ("--count", "0")),
])
def test_out_of_range_numbers_are_refused_before_anything_runs(arguments, expected, data_dir):
    result = CliRunner().invoke(main, arguments)
    _one_line_error(result, *expected)
    assert result.exit_code == 2
    assert not (data_dir / "snapshots").exists()  # nothing was crawled or published


@pytest.mark.parametrize("arguments, expected", [
    (["--port", "99999"], "argument --port: 99999: expected from 1 to 65535"),
    (["--port", "0"], "argument --port: 0: expected from 1 to 65535"),
    (["--port", "eighty"], "argument --port: 'eighty': expected an integer from 1 to 65535"),
    (["--workers", "0"], "argument --workers: 0: expected from 1 to 64"),
    (["--workers", "100000"], "argument --workers: 100000: expected from 1 to 64"),
    (["--connections", "-4"], "argument --connections: -4: expected 1 or more"),
    (["--parent", "0"], "argument --parent: 0: expected 1 or more"),
    (["--header-seconds", "-1"], "argument --header-seconds: -1: expected a number of seconds above 0"),
    (["--header-seconds", "nan"], "argument --header-seconds: nan: expected a number of seconds above 0"),
])
def test_site_server_refuses_out_of_range_arguments(arguments, expected, tmp_path, capsys):
    from publish.site import MAX_WORKERS, serve

    assert MAX_WORKERS == 64  # (the bound `pricelens serve --workers` states)
    assert serve(workers=MAX_WORKERS + 1) == 2
    from publish.site import main as site_main

    with pytest.raises(SystemExit) as caught:
        site_main([str(tmp_path / "missing.db"), *arguments])
    assert caught.value.code == 2
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert error == f"python -m publish.site: error: {expected}"


# -- PRICELENS_* variables that do not hold what they take (review 14, finding 5) ------------------
@pytest.mark.parametrize("name, value", [
    ("PRICELENS_KILL_GRACE", "abc"), ("PRICELENS_DB_RETRIES", "abc"), ("PRICELENS_DB_RETRIES", "2.5"),
    ("PRICELENS_LOG_LEVEL", "BOGUS"), ("PRICELENS_DB_GIVE_UP", "nan"), ("PRICELENS_DB_BACKOFF", "-1"),
    ("PRICELENS_DB_RECONNECT", "inf"), ("PRICELENS_DOWNLOAD_DELAY", "fast"),
    # session 18 attack: the contact URL goes into the User-Agent header, so a CR/LF in it ended the header
    ("PRICELENS_CONTACT_URL", "https://x.example/bot\r\nX-Evil: 1"), ("PRICELENS_CONTACT_URL", "https://x\ty"),
    ("PRICELENS_CONTACT_URL", "https://x.example/\x1b[2J"),
])
def test_a_bad_setting_is_one_line_naming_it_and_exit_2(name, value):
    env = {**os.environ, name: value}
    for command in ([sys.executable, "-m", "crawler.cli", "status"],
                    [sys.executable, "-m", "scrapy", "crawl", "techzone"]):
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
        assert result.returncode == 2, result.stderr[-2000:]
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and f"{name}={value!r}" in lines[0] and "is not" in lines[0], result.stderr
    help_ = subprocess.run([sys.executable, "-m", "crawler.cli", "--help"], cwd=ROOT, env=env, capture_output=True,
                           text=True, timeout=60)
    assert help_.returncode == 0 and "Traceback" not in help_.stderr


def test_settings_read_their_defaults_and_any_case_of_a_log_level(monkeypatch):
    from crawler import env

    monkeypatch.delenv("PRICELENS_DB_RETRIES", raising=False)
    assert env.number("PRICELENS_DB_RETRIES") == 4
    monkeypatch.setenv("PRICELENS_DB_RETRIES", " 7 ")
    assert env.number("PRICELENS_DB_RETRIES") == 7
    monkeypatch.setenv("PRICELENS_LOG_LEVEL", "warning")
    assert env.log_level() == "WARNING" and env.problems() == []


def test_one_reader_gives_the_default_on_a_bad_value_only_when_asked(monkeypatch):
    # (fix15: crawler/settings.py had its own fallbacks around crawler/env.py; it now asks env for them)
    from crawler import env

    monkeypatch.setenv("PRICELENS_DOWNLOAD_DELAY", "fast")
    monkeypatch.setenv("PRICELENS_LOG_LEVEL", "BOGUS")
    with pytest.raises(env.BadSetting):
        env.number("PRICELENS_DOWNLOAD_DELAY")
    with pytest.raises(env.BadSetting):
        env.log_level()
    assert env.number("PRICELENS_DOWNLOAD_DELAY", default_on_bad=True) == 0.25
    assert env.log_level(default_on_bad=True) == "INFO"
    monkeypatch.setenv("PRICELENS_DOWNLOAD_DELAY", "2")
    assert env.number("PRICELENS_DOWNLOAD_DELAY", default_on_bad=True) == 2.0


def test_scrapy_list_reads_the_settings_with_their_defaults_on_a_bad_value():
    env = {**os.environ, "PRICELENS_DOWNLOAD_DELAY": "fast", "PRICELENS_LOG_LEVEL": "BOGUS"}
    result = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-2000:]
    assert "techzone" in result.stdout.split()
    shown = subprocess.run([sys.executable, "-m", "scrapy", "settings", "--get", "DOWNLOAD_DELAY"], cwd=ROOT,
                           env=env, capture_output=True, text=True, timeout=60)
    assert shown.stdout.strip() == "0.25", shown.stderr[-2000:]


def test_a_base_url_with_a_user_and_password_is_refused_without_showing_it(db, database_url, tmp_path):
    """Scrapy sends no user info: the crawl failed every request ("invalid hostname: user:pw@host"),
    its log printed the password six times and a rejections row kept it (session 16 attack)."""
    from crawler.platforms.base import base_url_problem

    assert base_url_problem("http://user:Pw-s3cret-91@127.0.0.1:1") == (
        "-a base_url= must be a shop's http(s) address without a user or password, not 'http://user:***@127.0.0.1:1'")
    assert base_url_problem("http://127.0.0.1:8101") is None
    env = {**os.environ, "DATABASE_URL": database_url, "PRICELENS_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", "techzone", "-a",
                             "base_url=http://user:Pw-s3cret-91@127.0.0.1:1"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "Pw-s3cret-91" not in result.stdout + result.stderr and "Traceback" not in result.stderr
    assert "without a user or password" in result.stderr.strip().splitlines()[-1]
    assert db.execute("SELECT count(*) AS n FROM crawl_runs").fetchone()["n"] == 0
    assert db.execute("SELECT count(*) AS n FROM rejections").fetchone()["n"] == 0
