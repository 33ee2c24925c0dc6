"""Review 22: what the session-22 hardening still let through; each one short line, exit 2, or a
recorded refusal - never a traceback, never a silent drop."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

NO_DATABASE = {"DATABASE_URL": "postgresql://u@127.0.0.1:1/x"}


def run(args: list[str], env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, env={**os.environ, **(env or {})}, capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)


# -- 1. any `-a _name=` was let through: it set the spider's private state (`_closing_for_browser=1` kept a
# crawl whose Chromium cannot start from closing as browser_unavailable), a misspelt one was ignored
PRIVATE = "a private name of the spider, not an argument (only Scrapyd's _job and _version start with _)"


def test_only_scrapyds_underscore_arguments_pass():
    from spiders.cedarshop import CedarshopSpider
    from spiders.pixelhub import PixelhubSpider

    for name in ("_job", "_version"):  # (Scrapyd's launcher passes both as -a)
        assert CedarshopSpider.argument_name_problem(name) is None
        assert PixelhubSpider.argument_name_problem(name) is None
    for name in ("_closing_for_browser", "_sitemap_response", "__dict__", "_max_pages"):
        assert PixelhubSpider.argument_name_problem(name) == PRIVATE, name


def test_a_private_argument_is_refused_by_scrapy_crawl():
    result = run([sys.executable, "-m", "scrapy", "crawl", "pixelhub", "-a", "_closing_for_browser=1"],
                 env=NO_DATABASE)
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.splitlines()[-1] == f"scrapy crawl pixelhub: -a _closing_for_browser: {PRIVATE}"
    assert "Traceback" not in result.stderr
    result = run([sys.executable, "-m", "crawler.cli", "crawl", "pixelhub", "-a", "_closing_for_browser=1"],
                 env=NO_DATABASE)
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.splitlines() == [f"pricelens: -a _closing_for_browser: {PRIVATE}"]


def test_a_job_id_in_the_schedule_file_is_refused(tmp_path):
    from crawler.ops.schedules import ConfigError, load_config

    path = tmp_path / "schedules.toml"
    base = 'timezone = "UTC"\n[crawl.cedarshop]\ncron = "0 2 * * *"\narguments = {{ {} }}\n[publish]\ncron = "0 5 * * *"\n'
    path.write_text(base.format('_job = "x"'))
    with pytest.raises(ConfigError) as caught:
        load_config(path, retailers=["cedarshop"])
    assert caught.value.messages == [
        f"{path}: [crawl.cedarshop]: arguments: -a _job: Scrapyd's own job id, set by Scrapyd, not an argument"]
    path.write_text(base.format('_version = "r3", max_pages = 2'))
    [entry] = load_config(path, retailers=["cedarshop"]).crawls.values()
    assert entry.arguments == {"_version": "r3", "max_pages": "2"}


# -- 2. a name in capitals or with a hyphen was refused without the name meant ("it takes base_url, ...")
@pytest.mark.parametrize("name, message", [
    ("MAX_PAGES", "not an argument of this spider (did you mean max_pages?)"),
    ("max-pages", "expected a name of letters, digits and _ that does not start with a digit (did you mean max_pages?)"),
    ("Base URL", "expected a name of letters, digits and _ that does not start with a digit (did you mean base_url?)"),
    ("x-y", "expected a name of letters, digits and _ that does not start with a digit"),
])
def test_the_argument_meant_is_named(name, message):
    from spiders.cedarshop import CedarshopSpider

    assert CedarshopSpider.argument_name_problem(name) == message
