"""Session 23, review23: a fresh clone tried as a new user and as an attacker would."""
import pytest
from click.testing import CliRunner

from crawler.cli import main
from crawler.platforms.base import base_url_problem
from publish.site import port_taken


@pytest.mark.parametrize("url", ["http://127.0.0.1:8101/\udcff", "http://127.0.0.1:8101/\n", "http://127.0.0.1\x00:8101/",
                                 "http://u:pw\udcff@127.0.0.1/"])
def test_base_url_with_a_non_utf8_byte_or_a_control_character_is_refused(url):
    # `-a base_url=http://127.0.0.1:1/$'\xff'` passed and every request raised UnicodeEncodeError (a traceback)
    problem = base_url_problem(url)
    assert problem and "not UTF-8" in problem
    assert "pw" not in problem


@pytest.mark.parametrize("url", ["http://127.0.0.1:8101", "https://shop.example/ä b/", "http://[::1]:8101/"])
def test_base_url_still_takes_addresses(url):
    assert base_url_problem(url) is None


@pytest.mark.parametrize("argument, says", [
    ("name=evil", "-a name: the spider's own setting"),
    ("base_url=ftp://x", "-a base_url= must be a shop's http(s) address"),
    ("base_url=http://u:SECRET@127.0.0.1/", "without a user or password"),
    ("base_url=http://127.0.0.1:8101/\udcff", "not UTF-8"),
    ("decimal_separator=;", "-a decimal_separator: expected . or ,"),
    ("default_currency=zzz", "-a default_currency: expected an ISO 4217"),
    ("parse=1", "-a parse: names a method"),
])
def test_crawl_refuses_a_bad_argument_value_in_one_line_before_starting(argument, says, monkeypatch):
    # these were refused only by the `scrapy crawl` subprocess, after the embedded server had started
    # and Scrapy had printed its 12-line banner; now one line, exit 2, no database
    import crawler.cli as cli

    monkeypatch.setattr(cli, "migrate", lambda: pytest.fail("the database was opened"))
    result = CliRunner().invoke(main, ["crawl", "techzone", "-a", argument])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pricelens: ") and says in lines[0], result.output
    assert "SECRET" not in result.output and "Traceback" not in result.output


def test_crawl_reads_the_shop_spiders_url_as_an_address(monkeypatch):
    import crawler.cli as cli

    monkeypatch.setattr(cli, "migrate", lambda: pytest.fail("the database was opened"))
    result = CliRunner().invoke(main, ["crawl", "shop", "-a", "url=http://[::1/"])
    assert result.exit_code == 2 and "-a url= must be a shop's http(s) address" in result.output


@pytest.mark.parametrize("value", ["abc", "-1", "nan", "1e309", "\udcff"])
def test_a_bad_site_cache_size_is_refused_before_any_command_runs(value, monkeypatch):
    # `PRICELENS_SITE_CACHE_MB=abc pricelens demo` crawled every shop, matched and published, and only
    # then refused the value when it started the site (`publish`, `demo --no-serve` never said it)
    from crawler import env

    monkeypatch.setenv("PRICELENS_SITE_CACHE_MB", value)
    found = env.problems()
    assert found and found[0].startswith("PRICELENS_SITE_CACHE_MB=")
    result = CliRunner().invoke(main, ["db", "url"])
    assert result.exit_code == 2 and "PRICELENS_SITE_CACHE_MB" in result.output


@pytest.mark.parametrize("value", ["", "0", "64", "0.5", "1048576"])
def test_a_site_cache_size_it_takes_is_no_problem(value, monkeypatch):
    from crawler import env
    from publish.cache import configured_bytes

    monkeypatch.setenv("PRICELENS_SITE_CACHE_MB", value)
    assert env.problems() == []
    # (one reading, crawler.env's, for the check and the site: unset is the default 64 MB)
    assert configured_bytes() == int(float(value or 64) * 1024 * 1024)


def test_socket_dir_with_a_space_is_moved_under_the_runtime_path(tmp_path):
    from crawler.store.embedded import _socket_dir_without_spaces

    data = tmp_path / "My Projects" / "postgres"
    data.mkdir(parents=True)
    runtime = tmp_path / "runtime"
    find = _socket_dir_without_spaces(lambda pgdata, runtime_path: pgdata)
    moved = find(data, runtime)
    assert moved.parent == runtime and moved.is_dir() and " " not in str(moved)
    assert find(data, runtime) == moved  # (one folder a data folder)
    plain = tmp_path / "plain"
    plain.mkdir()
    assert find(plain, runtime) == plain


def test_the_embedded_server_starts_in_a_folder_with_a_space(tmp_path):
    # a clone in "~/My Projects/pricelens": postgres stopped at 'invalid argument: "Projects/..."' (pgserver
    # passes the socket folder unquoted through pg_ctl's -o), so no command could open the database
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["PRICELENS_DATA_DIR"] = str(tmp_path / "My Projects é")
    run = subprocess.run([sys.executable, "-m", "crawler.cli", "db", "migrate"], cwd=Path(__file__).parent.parent,
                         env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "applied" in run.stdout and "Traceback" not in run.stderr


@pytest.mark.parametrize("url", ["http://u:SECRET@127.0.0.1:6800/ x", "http://127.0.0.1:6800/a b", "http://h:6800/\udcff",
                                 "http://u:SE CRET@h:6800"])
def test_a_scrapyd_or_webhook_url_with_a_space_is_one_line(url, monkeypatch):
    # SCRAPYD_URL='http://h:6800/ x' was taken: `run-once` then failed each crawl with "InvalidURL: URL can't
    # contain control characters" and retried it, minutes apart
    from crawler.ops.scrapyd import ScrapydError, check_urls
    from crawler.urlmask import check_http_url

    with pytest.raises(ValueError, match=r"with a space or a byte that is not UTF-8") as caught:
        check_http_url(url, "PRICELENS_ALERT_WEBHOOK")
    assert "SECRET" not in str(caught.value)
    with pytest.raises(ScrapydError) as caught:
        check_urls([url])
    assert "SECRET" not in str(caught.value) and "\n" not in str(caught.value)


def test_an_http_url_with_an_encoded_space_is_still_taken():
    from crawler.urlmask import check_http_url

    assert check_http_url(" http://u:p%20w@127.0.0.1:6800/a%20b ", "W") == "http://u:p%20w@127.0.0.1:6800/a%20b"


def _listening(port=0):
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", port))
    sock.listen()
    return sock


def test_demo_says_in_one_line_that_a_shops_port_is_taken(monkeypatch):
    # another demo or `make shops` on 8101: `pricelens demo` started the database, then died in a traceback
    import crawler.cli as cli
    from demo.server import RETAILERS

    try:
        sock = _listening(RETAILERS["techzone"])
    except OSError:
        pytest.skip("port 8101 is in use on this machine")
    monkeypatch.setattr(cli, "database_url", lambda: pytest.fail("the database was opened"))
    with sock:
        result = CliRunner().invoke(main, ["demo", "--no-serve", "--retailer", "techzone", "--history-days", "0"])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "the techzone shop: 127.0.0.1:8101 is in use" in lines[0], lines


def test_demo_and_serve_say_in_one_line_that_the_sites_port_is_taken(monkeypatch):
    import crawler.cli as cli

    from demo.server import RETAILERS

    if port_taken("127.0.0.1", RETAILERS["techzone"]):
        pytest.skip("port 8101 is in use on this machine")
    monkeypatch.setattr(cli, "database_url", lambda: pytest.fail("the database was opened"))
    with _listening() as sock:
        port = sock.getsockname()[1]
        for args in (["serve", "--port", str(port)], ["demo", "--retailer", "techzone", "--port", str(port)]):
            result = CliRunner().invoke(main, args)
            assert result.exit_code == 2, result.output
            lines = result.output.strip().splitlines()
            assert len(lines) == 1 and f"127.0.0.1:{port} is in use" in lines[0], lines
    assert port_taken("127.0.0.1", port) is None


@pytest.mark.parametrize("argument", ["retailer_name=\udcff", "country=L\udcff", "store_locator_path=/\udcff",
                                      "default_currency=\udcff"])
def test_a_spider_argument_with_a_non_utf8_byte_is_one_line(argument, monkeypatch):
    # `-a retailer_name=$'\xff'`: the run could not be opened (UnicodeEncodeError), `-a store_locator_path=/$'\xff'`
    # was a traceback in every request
    import crawler.cli as cli

    monkeypatch.setattr(cli, "migrate", lambda: pytest.fail("the database was opened"))
    result = CliRunner().invoke(main, ["crawl", "techzone", "-a", argument])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"pricelens: -a {argument.partition('=')[0]}: expected"), lines
