"""Hostile input the session-19 attack found: each one short line (or a recorded refusal), never a
traceback, never a value repeated whole, never a path or secret shown where it should not be."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

HUGE = "x" * 100_000


def run(args: list[str], env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, env={**os.environ, **(env or {})}, capture_output=True, text=True,
                          timeout=timeout)


# -- Click and Scrapy repeated a huge command-line argument whole ------------------------------------
@pytest.mark.parametrize("args, expected", [
    (["serve", "--port", HUGE], "is not a valid integer range."),
    ([HUGE], "No such command 'xxx"),
    (["db", HUGE], "No such command 'xxx"),
    (["match", "override", "1", "2", HUGE], "is not one of 'same', 'different'."),
    (["status", "--" + HUGE], "No such option '--xxx"),
])
def test_a_huge_argument_to_pricelens_is_not_repeated_whole(args, expected):
    from click.testing import CliRunner

    from crawler.cli import main

    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    error = result.output.strip().splitlines()[-1]
    assert error.startswith("Error: ") and expected in error and "(1000" in error and len(error) < 400, error
    assert len(result.output) < 600


def test_a_newline_in_a_refused_argument_stays_on_its_line():
    from click.testing import CliRunner

    from crawler.cli import main

    result = CliRunner().invoke(main, ["no\nsuch"])
    assert result.output.strip().splitlines()[-1] == "Error: No such command 'no\\nsuch'."


@pytest.mark.parametrize("args, line", [
    (["crawl", HUGE], r"scrapy crawl: unknown spider 'x+\.\.\. \(100002 characters\); known: .*techzone$"),
    (["crawl", "-s", "X=1", "nope"], r"scrapy crawl: unknown spider 'nope'; known: beirutbytes, .*techzone$"),
    (["crawl", "techzone", "-L", HUGE], r"scrapy crawl: --loglevel 'x+\.\.\. \(100002 characters\): expected "
                                        r"one of CRITICAL, ERROR, WARNING, INFO, DEBUG$"),
    (["crawl", "techzone", "-L", "info"], r"scrapy crawl: --loglevel 'info': expected one of CRITICAL, "),
    (["crawl", "techzone", "--logfile", "/nonexistent/" + HUGE],
     r"scrapy crawl: --logfile '/nonexistent/x+\.\.\. \(100015 characters\): cannot be written \(.*\)$"),
])
def test_a_huge_or_unknown_argument_to_scrapy_crawl_is_one_short_line(args, line):
    # (Scrapy raised a KeyError or ValueError traceback repeating the value: 300,000 characters)
    result = run([sys.executable, "-m", "scrapy", *args], env={"DATABASE_URL": "postgresql://u@127.0.0.1:1/x"})
    assert result.returncode == 2, result.stderr[-2000:]
    [error] = [text for text in result.stderr.splitlines() if not text.startswith(("20", " ", "{", "}"))]
    assert "Traceback" not in result.stderr and len(result.stderr) < 4000, result.stderr[:3000]
    import re

    assert re.match(line, error), error
