"""Session 24 (fix24): a spider argument's value is checked by one function, worded alike on the command
line and in schedules.toml; ``-a render_wait=`` is a CSS selector; ``pricelens crawl shop`` without
``-a url=`` is refused before the database starts."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from crawler import cli
from crawler.cli import main
from crawler.ops import schedules
from crawler.ops.cli import schedule as schedule_command

RETAILERS = ["techzone", "cedarshop", "beirutbytes", "megapc", "pixelhub", "shop"]

SCHEDULE = """timezone = "UTC"

[crawl.{retailer}]
cron = "0 2 * * *"
arguments = {{ {key} = {value} }}

[publish]
cron = "30 5 * * *"
"""


@pytest.fixture
def no_database(monkeypatch):
    """`pricelens crawl` refuses its arguments before the embedded database starts (or is migrated)."""
    def refused(*args, **kwargs):
        raise AssertionError("the database was started for arguments the spider refuses")

    monkeypatch.setattr(cli, "database_url", refused)
    monkeypatch.setattr(cli, "migrate", refused)


def crawl_line(retailer: str, *arguments: str) -> str:
    """The one line `pricelens crawl` refuses its arguments with (exit 2), without its "pricelens: "."""
    result = CliRunner().invoke(main, ["crawl", retailer, *(a for argument in arguments for a in ("-a", argument))])
    assert result.exit_code == 2, (result.output, result.exception)
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("pricelens: ") and "Traceback" not in result.output
    return line.removeprefix("pricelens: ")


def schedule_line(tmp_path, monkeypatch, retailer: str, key: str, value: str) -> str:
    """The one line schedules.toml refuses ``arguments = { key = value }`` with (exit 2), after the file's
    name and its key."""
    monkeypatch.setattr(schedules, "available_retailers", lambda: list(RETAILERS))
    path = tmp_path / "schedules.toml"
    # (a TOML basic string: the value's control characters written as escapes)
    text = '"' + "".join(c if c.isprintable() and c not in '"\\' else f"\\u{ord(c):04x}" for c in value) + '"'
    path.write_text(SCHEDULE.format(retailer=retailer, key=key, value=text))
    result = CliRunner().invoke(schedule_command, ["--config", str(path), "--dry-run"])
    assert result.exit_code == 2, result.output
    [line] = result.stderr.strip().splitlines()
    prefix = f"pricelens: {path}: [crawl.{retailer}]: arguments: "
    assert line.startswith(prefix), line
    return line.removeprefix(prefix)


LONG = "http://shop.example/" + "a" * 3000
BAD_ADDRESSES = [
    pytest.param("cedarshop", "base_url", LONG, "-a base_url: expected at most 2048 characters, got 3020", id="too long"),
    pytest.param("cedarshop", "base_url", "http://shop.example/\x1b[2J", "-a base_url: expected text without control "
                 "characters (newline, tab, NUL ...)", id="control character"),
    pytest.param("shop", "url", "http://shop.example/" + "b" * 2100, "-a url: expected at most 2048 characters, got 2120",
                 id="shop url too long"),
    pytest.param("shop", "url", "ftp://shop.example", "-a url= must be a shop's http(s) address, not "
                 "'ftp://shop.example'", id="shop url not http"),
    pytest.param("cedarshop", "base_url", "http://shop:Pw-s3cret@127.0.0.1:8102", "-a base_url= must be a shop's "
                 "http(s) address without a user or password, not 'http://shop:***@127.0.0.1:8102'", id="password"),
]


@pytest.mark.parametrize("retailer, key, value, expected", BAD_ADDRESSES)
def test_a_bad_address_is_worded_alike_on_the_command_line_and_in_schedules_toml(
        retailer, key, value, expected, no_database, tmp_path, monkeypatch):
    # (schedules.toml had its own copy of the check, without the text's: a 3,000-character base_url was
    # accepted at load and refused by the spider at every fire time, a control character worded otherwise)
    assert crawl_line(retailer, f"{key}={value}") == expected
    assert schedule_line(tmp_path, monkeypatch, retailer, key, value) == expected
    assert "Pw-s3cret" not in expected


def test_the_spider_checks_its_base_url_with_the_same_function():
    from crawler.platforms.base import argument_value_problem
    from spiders.cedarshop import CedarshopSpider
    from spiders.shop import ShopSpider

    assert argument_value_problem(CedarshopSpider, "base_url", LONG) == \
        "-a base_url: expected at most 2048 characters, got 3020"
    assert argument_value_problem(CedarshopSpider, "base_url", "http://127.0.0.1:8102") is None
    assert argument_value_problem(ShopSpider, "url", "x") == "-a url= must be a shop's http(s) address, not 'x'"
    assert argument_value_problem(None, "url", "x") == "-a url= must be a shop's http(s) address, not 'x'"
    assert argument_value_problem(CedarshopSpider, "max_pages", "0") == \
        "-a max_pages: expected a whole number from 1 to 1000000000"
    with pytest.raises(SystemExit) as exited:
        CedarshopSpider(base_url=LONG)
    assert exited.value.code == 2


# -- -a render_wait= (the selector the browser waits for) --------------------------------------------
@pytest.mark.parametrize("value, expected", [
    pytest.param("!!!", "-a render_wait: expected a CSS selector (an element that appears once the page is drawn); "
                 "got one that cannot be read (SelectorSyntaxError)", id="not a selector"),
    pytest.param("h1::text", "-a render_wait: expected a CSS selector (an element that appears once the page is "
                 "drawn); got one that cannot be read (ExpressionError)", id="a pseudo-element"),
    pytest.param("div " * 1000, "-a render_wait: expected at most 500 characters, got 4000", id="too long"),
    pytest.param("div[", "-a render_wait: expected a CSS selector (an element that appears once the page is "
                 "drawn); got one that cannot be read (SelectorSyntaxError)", id="cut off"),
    pytest.param("  ", "-a render_wait: expected a CSS selector (an element that appears once the page is drawn, "
                 "such as body)", id="empty"),
    pytest.param("#app\n", "-a render_wait: expected text without control characters (newline, tab, NUL ...)",
                 id="a newline"),
])
def test_a_render_wait_that_is_no_css_selector_is_one_line_before_the_database_starts(
        value, expected, no_database, tmp_path, monkeypatch):
    assert crawl_line("pixelhub", f"render_wait={value}") == expected
    assert schedule_line(tmp_path, monkeypatch, "pixelhub", "render_wait", value) == expected


def test_a_render_wait_that_is_a_css_selector_is_taken():
    from crawler.platforms.base import argument_value_problem
    from spiders.pixelhub import PixelhubSpider

    for value in ("#app[data-rendered='true']", "body", "main > div.product:not(.loading)", "li:nth-child(2n+1)"):
        assert argument_value_problem(PixelhubSpider, "render_wait", value) is None, value
    spider = PixelhubSpider(render_wait="main .price")
    assert spider.render_wait == "main .price"


def test_scrapy_crawl_refuses_a_render_wait_in_one_line(capsys):
    from spiders.pixelhub import PixelhubSpider

    with pytest.raises(SystemExit) as exited:
        PixelhubSpider(render_wait="div[")
    assert exited.value.code == 2
    assert capsys.readouterr().err == ("scrapy crawl pixelhub: -a render_wait: expected a CSS selector (an element "
                                       "that appears once the page is drawn); got one that cannot be read "
                                       "(SelectorSyntaxError)\n")


# -- pricelens crawl shop without -a url= ---------------------------------------------------------------
@pytest.mark.parametrize("arguments", [(), ("retailer=myshop",), ("currency=EUR", "retailer=myshop")])
def test_a_shop_crawl_without_its_url_is_one_line_before_the_database_starts(arguments, no_database):
    # (the embedded database was started and migrated, Scrapy's banner printed, then the spider refused)
    assert crawl_line("shop", *arguments) == "-a url=<the shop's http(s) address> is required"


def test_the_shop_spider_needs_url_or_base_url():
    from spiders.shop import ShopSpider
    from spiders.techzone import TechzoneSpider

    assert ShopSpider.missing_argument_problem({}) == "-a url=<the shop's http(s) address> is required"
    assert ShopSpider.missing_argument_problem({"url": "http://127.0.0.1:8101"}) is None
    assert ShopSpider.missing_argument_problem({"base_url": "http://127.0.0.1:8101"}) is None
    assert TechzoneSpider.missing_argument_problem({}) is None


@pytest.mark.parametrize("table", ['', 'arguments = { retailer = "myshop" }'])
def test_a_scheduled_shop_crawl_without_its_url_is_refused_at_load(table, tmp_path):
    from crawler.ops.schedules import ConfigError, load_config

    path = tmp_path / "schedules.toml"
    path.write_text(f'timezone = "UTC"\n[crawl.shop]\ncron = "0 2 * * *"\n{table}\n[publish]\ncron = "0 5 * * *"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path, retailers=["shop"])
    assert caught.value.messages == [f"{path}: [crawl.shop]: arguments: -a url=<the shop's http(s) address> "
                                     "is required"]
    # a refused argument is said once (not followed by "url is required")
    path.write_text(path.read_text().replace("[publish]", 'arguments = { url = "ftp://x" }\n[publish]')
                    if not table else path.read_text().replace('retailer = "myshop"', 'url = "ftp://x"'))
    with pytest.raises(ConfigError) as caught:
        load_config(path, retailers=["shop"])
    assert caught.value.messages == [f"{path}: [crawl.shop]: arguments: -a url= must be a shop's http(s) address, "
                                     "not 'ftp://x'"]


# -- one pattern for a control character / a byte that is not UTF-8 ---------------------------------
@pytest.mark.parametrize("char, kind", [("\n", "control"), ("\x00", "control"), ("\x7f", "control"),
                                        ("\x9b", "control"), ("\x85", "control"), ("\udcff", "not UTF-8")])
def test_the_three_checks_refuse_the_same_characters(char, kind):
    # (text_problem and check_http_url let a C1 control character through - "\x9b" is a terminal's CSI,
    # an escape sequence in every line that showed the value - while base_url_problem refused it)
    from crawler.platforms.base import RetailerSpider, base_url_problem
    from crawler.urlmask import check_http_url, unsendable

    url = f"http://shop.example/a{char}b"
    assert unsendable(url) == kind
    assert RetailerSpider.text_problem("retailer_name", f"Shop{char}Name") == (
        "expected text without control characters (newline, tab, NUL ...)" if kind == "control"
        else "expected UTF-8 text (it holds a byte that is not UTF-8)")
    assert base_url_problem(url).endswith("(it holds a control character or a byte that is not UTF-8)")
    with pytest.raises(ValueError) as refused:
        check_http_url(url, "W")
    assert str(refused.value) == ("W: expected an http:// or https:// URL with a host, got a URL with " + (
        "a control character (CR, LF, tab ...)" if kind == "control"
        else "a space or a byte that is not UTF-8 (percent-encode them: %20)"))


def test_a_control_character_is_said_first_wherever_it_is():
    from crawler.urlmask import unsendable

    assert unsendable("a\udcffb\tc") == "control" and unsendable("a\udcff" * 1000) == "not UTF-8"
    assert unsendable("Café ☕ 東京 ") is None
