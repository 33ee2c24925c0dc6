"""Hostile input the session-18 attack found, each one line (or a recorded refusal), never a traceback."""

from __future__ import annotations

import pytest

# a number of more than 4,300 digits: tomllib reads a decimal one with int() (ValueError past Python's
# limit) and a hex, octal or binary one of any length, which then raised wherever a message wrote it
# in decimal (the review's finding)
HUGE_NUMBERS = ["9" * 5000, "0x" + "f" * 5000, "0o" + "7" * 6000, "0b" + "1" * 15000]
HUGE_IDS = ["decimal", "hex", "octal", "binary"]
TOO_LONG = r"not valid TOML \(a number of more than 4,300 digits\)$"


# -- a TOML file with a number of more than 4,300 digits ------------------------------------------
@pytest.mark.parametrize("number", HUGE_NUMBERS, ids=HUGE_IDS)
@pytest.mark.parametrize("field", ["x = {}", "jitter = {}", "retries = {}", "enabled = {}",
                                   "arguments = {{ max_pages = {} }}", "arguments = {{ x = [[1, {}]] }}"])
def test_a_schedule_file_with_a_huge_number_is_one_line(tmp_path, field, number):
    from crawler.ops.schedules import ConfigError, load_config

    path = tmp_path / "schedules.toml"
    path.write_text(f'timezone = "UTC"\n[crawl.techzone]\ncron = "0 2 * * *"\n{field.format(number)}\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path, retailers=["techzone"])
    assert caught.value.messages == [f"{path}: not valid TOML (a number of more than 4,300 digits); expected TOML "
                                     f'such as timezone = "Asia/Beirut" and [crawl.<retailer>] tables']


@pytest.mark.parametrize("number", HUGE_NUMBERS, ids=HUGE_IDS)
def test_a_crawls_health_rules_survive_a_huge_number_elsewhere_in_the_file(tmp_path, number):
    from crawler.health import Rules, schedule_rules

    path = tmp_path / "schedules.toml"
    path.write_text(f'timezone = "UTC"\n[crawl.techzone]\nretries = {number}\n')
    assert schedule_rules(path) == Rules()  # the defaults, and a warning


@pytest.mark.parametrize("number", HUGE_NUMBERS, ids=HUGE_IDS)
def test_category_and_alerts_files_with_a_huge_number_are_one_line(tmp_path, number):
    from crawler.categories import TaxonomyError, load
    from publish.alerts import AlertsError, load_watches

    path = tmp_path / "categories.toml"
    path.write_text(f"[categories.a]\nname = {number}\n")
    with pytest.raises(TaxonomyError, match=TOO_LONG):
        load(path)
    path = tmp_path / "alerts.toml"
    path.write_text(f"[[watch]]\nproduct = {number}\n")
    with pytest.raises(AlertsError, match=TOO_LONG):
        load_watches(path)


def test_large_numbers_that_python_writes_still_load():
    from crawler.paths import parse_toml

    assert parse_toml("a = 0x" + "f" * 1000)["a"] == int("f" * 1000, 16)  # (1,204 digits: written)
    assert parse_toml("a = [[{b = 1}]]") == {"a": [[{"b": 1}]]}


# -- PRICELENS_SITE_CACHE_MB beyond any machine -----------------------------------------------------
@pytest.mark.parametrize("value", ["1e308", "1048577", "1e20"])
def test_a_cache_size_beyond_any_machine_is_one_line(value, monkeypatch):
    # (1e308 megabytes is a finite float but infinite bytes: int() raised OverflowError, a traceback
    # from `pricelens serve`)
    from publish.cache import configured_bytes

    monkeypatch.setenv("PRICELENS_SITE_CACHE_MB", value)
    with pytest.raises(ValueError, match=r"^PRICELENS_SITE_CACHE_MB=.*: expected a number of megabytes from 0 to "
                                         r"1048576 \(0 turns the cache off\)$"):
        configured_bytes()
    monkeypatch.setenv("PRICELENS_SITE_CACHE_MB", "1048576")
    assert configured_bytes() == 1048576 * 1024 * 1024


# -- categories.toml ------------------------------------------------------------------------------
def _nested_categories(levels: int) -> str:
    key, lines = "categories", []
    for level in range(levels):
        key += ".a"
        lines.append(f"[{key}]\nname = 'level {level}'\n")
    return "".join(lines)


@pytest.mark.parametrize("text, message", [
    # (1,200 levels: a RecursionError traceback from the tree's walk)
    (_nested_categories(1200), r"categories\.a(\.a){32}: nested more than 32 levels deep \(expected a category tree"),
    # (a list or a string: AttributeError 'list' object has no attribute 'items')
    ("retailers = [1]\n[categories.a]\nname = 'A'\n", r'retailers: expected \[retailers\.<retailer>\] tables'),
    ("retailers = 'x'\n[categories.a]\nname = 'A'\n", r'retailers: expected \[retailers\.<retailer>\] tables'),
    # (the refused value repeated whole: a line of 600,000 characters)
    ("[categories.a]\nname = 'A'\naliases = [[" + ", ".join(["1"] * 100000) + "]]\n",
     r"categories\.a\.aliases: expected a non-empty string, got \[1, 1, .*\.\.\. \(\d+ characters\)$"),
    ("[categories.a]\nname = 'A'\n[retailers.x]\n'" + "w" * 100000 + "' = 'nowhere'\n",
     r"retailers\.x\.'w+\.\.\. \(100002 characters\): 'nowhere' is not a category"),
])
def test_a_category_file_that_is_no_tree_is_one_line(tmp_path, text, message):
    from crawler.categories import TaxonomyError, load

    path = tmp_path / "categories.toml"
    path.write_text(text)
    with pytest.raises(TaxonomyError, match=message) as caught:
        load(path)
    assert len(str(caught.value)) < 500 + len(str(path)) and "\n" not in str(caught.value)


def test_a_category_tree_32_levels_deep_loads(tmp_path):
    from crawler.categories import load

    path = tmp_path / "categories.toml"
    path.write_text(_nested_categories(32))
    assert len(load(path).categories) == 32


# -- webhook and Scrapyd URLs with a control character ----------------------------------------------
@pytest.mark.parametrize("url", ["http://127.0.0.1:9/hook\r\nX-Injected: 1", "http://127.0.0.1:9/ho\nok",
                                 "http://127.0.0.1:9/ho\tok", "http://127.0.0.1:9/\x1b[2J"])
def test_a_url_with_a_control_character_is_refused_in_one_line(url, monkeypatch, capsys):
    # (urlsplit drops a tab, CR or LF, so the check passed; every alert's POST then failed, or put the
    # CR/LF into the request line)
    from crawler.ops import cli as ops_cli
    from crawler.ops.scrapyd import ScrapydError, check_urls
    from crawler.urlmask import check_http_url

    with pytest.raises(ValueError, match=r"^W: expected an http:// or https:// URL with a host, got a URL with a "
                                         r"control character \(CR, LF, tab \.\.\.\)$"):
        check_http_url(url, "W")
    with pytest.raises(ScrapydError, match="control character"):
        check_urls([url.replace("127.0.0.1:9", "user:s3cret@127.0.0.1:6800")])
    monkeypatch.delenv("SCRAPYD_URL", raising=False)
    monkeypatch.setenv("PRICELENS_ALERT_WEBHOOK", url)
    with pytest.raises(SystemExit) as caught:
        ops_cli.check_webhook_or_exit()
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "PRICELENS_ALERT_WEBHOOK: expected an http:// or https:// URL" in err


# -- schedules.toml: the shop spider's own arguments ------------------------------------------------
@pytest.mark.parametrize("arguments, message", [
    ('retailer = "Bad Id!"', "-a retailer: must be a lower-case id (letters, digits, - and _)"),
    ('currency = "ZZZ"', "-a currency: must be an ISO 4217 currency code (USD, EUR, LBP ...)"),
])
def test_a_shop_crawl_with_an_argument_the_shop_spider_refuses_is_refused_at_load(tmp_path, arguments, message):
    # (every fire time's `scrapy crawl shop` exited 2 on it; the file loaded)
    from crawler.ops.schedules import ConfigError, load_config

    path = tmp_path / "schedules.toml"
    path.write_text(f'timezone = "UTC"\n[crawl.shop]\ncron = "0 2 * * *"\n'
                    f'arguments = {{ url = "http://127.0.0.1:8101", {arguments} }}\n[publish]\ncron = "0 5 * * *"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path, retailers=["shop"])
    assert caught.value.messages == [f"{path}: [crawl.shop]: arguments: {message}"]
    path.write_text(path.read_text().replace(arguments, 'retailer = "shop-1", currency = "eur"'))
    assert load_config(path, retailers=["shop"]).crawls["shop"].arguments["retailer"] == "shop-1"


# -- a refused value of 100,000 characters is not echoed whole --------------------------------------
LONG = "x" * 100000


def test_a_long_refused_base_url_is_cut_in_its_line():
    from crawler.platforms.base import base_url_problem

    line = base_url_problem("ftp://" + LONG)
    assert line.startswith("-a base_url= must be a shop's http(s) address, not 'ftp://xxx")
    assert line.endswith("... (100008 characters)") and len(line) < 250
    line = base_url_problem("http://user:s3cret@" + LONG)
    assert "s3cret" not in line and line.endswith(" characters)") and len(line) < 300


@pytest.mark.parametrize("arguments, start", [
    (["crawl", LONG], "pricelens: unknown retailer 'xxx"),
    (["demo", "--no-serve", "--retailer", LONG], "pricelens: --retailer 'xxx"),
])
def test_a_long_unknown_retailer_is_cut_in_its_line(arguments, start):
    # (the name was repeated whole: a line of 100,000 characters)
    from click.testing import CliRunner

    from crawler.cli import main

    result = CliRunner().invoke(main, arguments)
    assert result.exit_code == 2
    line = result.stderr.strip()
    assert line.startswith(start) and "... (100002 characters)" in line and len(line) < 600


# -- the demo shops: a day past any demo, a signal while they are built ------------------------------
def test_a_demo_day_past_ten_years_is_a_usage_error():
    # (each day's prices are the drift of every day before: --day 99999999 never started, for hours)
    import subprocess
    import sys

    from tests.conftest import ROOT

    try:  # (a subprocess: before, it ran for hours, deaf to SIGTERM)
        run = subprocess.run([sys.executable, "-m", "demo.server", "--day", "99999999"], cwd=ROOT,
                             capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired as timeout:
        raise AssertionError("--day 99999999 was not refused") from timeout
    assert run.returncode == 2
    assert run.stderr.strip().splitlines()[-1] == "python -m demo.server: error: --day must be from 0 to 3660"


def test_sigterm_while_the_demo_shops_are_built_stops_them():
    # (the handler only set an event the start never looked at: building 100,000 products' shops went
    # on, minutes, after SIGTERM)
    import signal
    import subprocess
    import sys
    import time

    from tests.conftest import ROOT

    shops = subprocess.Popen([sys.executable, "-m", "demo.server", "--port-base", "0", "--products", "100000",
                              "--day", "366"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(3)  # importing, then building (far longer than this)
        assert shops.poll() is None
        shops.send_signal(signal.SIGTERM)
        out, err = shops.communicate(timeout=30)
    finally:
        if shops.poll() is None:
            shops.kill()
            shops.communicate()
    assert shops.returncode == 0, err
    assert err.strip() == "demo shops stopped" and out == ""
