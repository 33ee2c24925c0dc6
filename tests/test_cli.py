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


def test_serve_without_a_snapshot_says_what_to_do(tmp_path):
    env = {**os.environ, "PRICELENS_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "serve"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "pricelens publish" in result.stderr and "Traceback" not in result.stderr


# A DATABASE_URL that is not a PostgreSQL URL: one line naming DATABASE_URL and what is expected,
# the password never shown, exit 2, whichever command reads it.
BAD_URLS = {
    "mysql": "mysql://shop:Pw-s3cret-91@db.example/pricelens",
    "bad-escape": "postgresql://shop:Pw-s3cret-91%zz@db.example/pricelens",
    "garbage": "Pw-s3cret-91 not a url",
    "port": "postgresql://shop:Pw-s3cret-91@db.example:fivefourthreetwo/pricelens",
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
