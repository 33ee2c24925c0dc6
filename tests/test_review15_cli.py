"""Bad input the session-15 review found, each one line and the right exit code (2: usage)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT


def run_cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=180,
                          env={**os.environ, **(env or {})})


def test_a_crawl_argument_without_a_value_is_a_usage_error():
    result = run_cli("crawler.cli", "crawl", "techzone", "-a", "nonsense")
    assert result.returncode == 2, result.stderr
    # (session 18: the text is not shown - an argument without "=" may be a pasted secret)
    assert result.stderr.strip() == "pricelens: -a argument 1 of 1: expected NAME=VALUE (a spider argument)"


def test_a_base_url_that_is_no_http_address_is_refused_before_the_run(db, database_url):
    for bad in ("ftp://x", "http://[::1"):
        result = run_cli("crawler.cli", "crawl", "techzone", "-a", f"base_url={bad}",
                         env={"DATABASE_URL": database_url})
        assert result.returncode == 2, result.stderr[-2000:]
        assert "Traceback" not in result.stderr
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        # (harden23: refused by pricelens itself, before the database and the spider are reached)
        assert lines[-1].startswith(f"pricelens: -a base_url= must be a shop's http(s) address, "
                                    f"not '{bad}'"), lines
        assert result.stdout == ""
    assert db.execute("SELECT count(*) AS n FROM crawl_runs").fetchone()["n"] == 0
    assert db.execute("SELECT count(*) AS n FROM alerts").fetchone()["n"] == 0


def test_detect_of_an_address_urllib_cannot_read_is_one_line_exit_1():
    result = run_cli("crawler.platforms.detect", "http://[::1")
    assert result.returncode == 1
    assert result.stderr.strip() == "detect: http://[::1: unreachable: Invalid IPv6 URL"


def test_publish_into_a_folder_whose_latest_db_is_a_folder_names_latest_db(db, tmp_path):
    import pytest

    from crawler.cli import PublishFailed, publish_snapshot

    (tmp_path / "latest.db").mkdir()
    with pytest.raises(PublishFailed) as failed:
        publish_snapshot(tmp_path)
    message = str(failed.value.message)
    assert message.startswith(f"publish failed: is a directory writing {tmp_path / 'latest.db'}; "), message
    assert ".tmp-" not in message
    assert not [p.name for p in tmp_path.iterdir() if ".tmp-" in p.name]
