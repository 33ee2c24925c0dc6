"""Review 22: what the session-22 hardening still let through; each one short line, exit 2, or a
recorded refusal - never a traceback, never a silent drop."""

from __future__ import annotations

import os
import signal
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


# -- 3. one line and one row per unreadable JSON-LD script, however many: a 1.4 MB page of 10,000 `{`
# scripts made 10,000 rejections rows and warning lines (a 32 MB page 800,000), on every page of a shop
def test_many_unreadable_scripts_are_ten_rows_and_one_counting_the_rest(caplog):
    import logging

    from scrapy.http import HtmlResponse, Request

    from spiders.techzone import TechzoneSpider
    from tests.test_hostile22 import _techzone, html_page, signalled

    url = "http://127.0.0.1:8101/p/ssd"
    body = html_page(*(["{" + "x" * 10] * 5000))
    spider, sent = signalled(_techzone())
    with caplog.at_level(logging.WARNING):
        assert list(spider.parse_product(HtmlResponse(url, body=body, request=Request(url)))) == []
    reasons = [r["reason"] for r in sent["refused"]]
    assert len(reasons) == 11 and len([r for r in caplog.records if r.levelno >= logging.WARNING]) == 11
    assert reasons[0].startswith("no offer, no price found: JSON-LD script 1 of 5000 cannot be read: not valid JSON")
    assert reasons[10].startswith("no offer, no price found: JSON-LD script 11 of 5000 cannot be read: not valid JSON")
    assert reasons[10].endswith("; and so do 4989 more after it")

    spider, sent = signalled(TechzoneSpider)
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        assert list(spider.parse_stores(HtmlResponse(url, body=body, request=Request(url)))) == []
    reasons = [f["reason"] for f in sent["failed"]]
    assert len(reasons) == 11 and len([r for r in caplog.records if r.levelno >= logging.WARNING]) == 11
    assert reasons[10].startswith("store locator: JSON-LD script 11 of 5000 cannot be read: not valid JSON")
    assert reasons[10].endswith("; and so do 4989 more after it")

    # eleven scripts: each one named, nothing counted
    spider, sent = signalled(_techzone())
    list(spider.parse_product(HtmlResponse(url, body=html_page(*(["{"] * 11)), request=Request(url))))
    assert len(sent["refused"]) == 11 and "more after it" not in sent["refused"][10]["reason"]


# -- 4. /dev/null written another way (a link to it, /dev/./null) was refused as "a character device"
def test_dev_null_by_another_path_is_let_through(tmp_path):
    from crawler.settings import log_file_problem

    (tmp_path / "null").symlink_to("/dev/null")
    for path in (str(tmp_path / "null"), "/dev/./null", "/dev//null"):
        assert log_file_problem(path) is None, path
    result = run([sys.executable, "-m", "scrapy", "list", "-s", f"LOG_FILE={tmp_path / 'null'}"], env=NO_DATABASE)
    assert (result.returncode, result.stderr) == (0, ""), result.stderr[-2000:]
    assert "techzone" in result.stdout.split()
    (tmp_path / "zero").symlink_to("/dev/zero")  # (another device through a link: still refused)
    assert log_file_problem(str(tmp_path / "zero")) == "expected a regular file, not a character device"


# -- 5. a disk that refused the .sha256 after the snapshot's rename (the rename needs no space): a publish
# again the same day left the new snapshot, live behind latest.db, with the previous one's checksum (the
# site took it as the file's digest), the signal handlers still held; another day, a snapshot without one
def test_a_checksum_the_disk_refuses_leaves_the_snapshot_and_its_checksum_as_they_were(db, data_dir, monkeypatch):
    import errno
    from pathlib import Path

    from publish.export import file_sha256, publish, read_checksum
    from tests.test_publish_faults import seed

    seed(db)
    first = publish(today="2026-11-20", quiet=True)
    before = file_sha256(first.path)
    assert read_checksum(first.path) == before
    db.execute("UPDATE offers SET price = price + 1")  # (the second snapshot differs)
    write_text = Path.write_text

    def refusing(self, *args, **kwargs):
        if ".sha256" in self.name:
            raise OSError(errno.ENOSPC, "No space left on device", str(self))
        return write_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", refusing)
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
    for day in ("2026-11-20", "2026-11-21"):
        with pytest.raises(OSError):
            publish(today=day, quiet=True)
        assert file_sha256(first.path) == before and read_checksum(first.path) == before  # as it was
        assert {sig: signal.getsignal(sig) for sig in handlers} == handlers  # nothing held any more
    snapshots = data_dir / "snapshots"
    assert sorted(p.name for p in snapshots.iterdir()) == ["latest.db", first.path.name, first.path.name + ".sha256"]


# -- 6. `-a decimal_separator=x` raised a ValueError in normalize for every offer (a traceback each, the
# offer lost, exit 0); `-a default_currency=ZZZ` was taken and every offer refused
@pytest.mark.parametrize("name, value, message", [
    ("decimal_separator", "x", "expected . or ,"),
    ("decimal_separator", "", "expected . or ,"),
    ("default_currency", "ZZZ", "expected an ISO 4217 currency code (USD, EUR, LBP ...)"),
])
def test_a_separator_or_currency_no_price_can_use_is_refused(name, value, message, tmp_path):
    from spiders.megapc import MegapcSpider

    assert MegapcSpider.argument_problem(name, value) == (message, value)
    result = run([sys.executable, "-m", "scrapy", "crawl", "megapc", "-a", f"{name}={value}"], env=NO_DATABASE)
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.splitlines()[-1] == f"scrapy crawl megapc: -a {name}: {message}"
    path = tmp_path / "schedules.toml"
    path.write_text(f'timezone = "UTC"\n[crawl.megapc]\ncron = "0 2 * * *"\narguments = {{ {name} = "{value}" }}\n'
                    '[publish]\ncron = "0 5 * * *"\n')
    from crawler.ops.schedules import ConfigError, load_config

    with pytest.raises(ConfigError) as caught:
        load_config(path, retailers=["megapc"])
    assert caught.value.messages == [f"{path}: [crawl.megapc]: arguments: -a {name}: {message}"]


def test_a_separator_and_a_currency_a_price_can_use_pass():
    from spiders.megapc import MegapcSpider

    assert MegapcSpider.argument_problem("decimal_separator", ",") == (None, ",")
    assert MegapcSpider.argument_problem("default_currency", " eur ") == (None, "EUR")


# -- 7. the robots.txt line named the page's netloc whole: a page address with a user and password (a
# sitemap may list one on the shop's host) put the password in the warning line
def test_the_robots_line_hides_a_password(caplog):
    import asyncio
    import logging

    from scrapy.http import Request
    from scrapy.utils.test import get_crawler
    from twisted.internet.error import ConnectionRefusedError as TxConnectionRefused

    from crawler.middlewares import CrawlDelayRobotsTxtMiddleware
    from spiders.techzone import TechzoneSpider

    crawler = get_crawler(TechzoneSpider, {"ROBOTSTXT_OBEY": True})
    crawler.spider = TechzoneSpider.from_crawler(crawler)

    class Engine:
        async def download_async(self, request):
            raise TxConnectionRefused("Connection was refused by other side: 111: Connection refused.")

    crawler.engine = Engine()
    middleware = CrawlDelayRobotsTxtMiddleware.from_crawler(crawler)
    with caplog.at_level(logging.INFO):
        asyncio.run(middleware.process_request(Request("http://admin:s3cret@127.0.0.1:8101/p/ssd")))
    [line] = [r.getMessage() for r in caplog.records if "robots" in r.name]
    assert "s3cret" not in line and line.startswith("http://admin:***@127.0.0.1:8101/robots.txt could not be downloaded")


# -- 8. an address given without `base_url=` (`-a https://admin:pw@shop/?q=1`) is a name: the line that
# refused it showed the password
def test_an_address_as_an_argument_name_hides_its_password(tmp_path):
    from crawler.platforms.base import shown_name

    message = ("-a 'https://admin:***@shop.example/?x': expected a name of letters, digits and _, not an address "
               "(give it as -a base_url=<address>)")
    result = run([sys.executable, "-m", "scrapy", "crawl", "techzone", "-a", "https://admin:pw@shop.example/?x=1"],
                 env=NO_DATABASE)
    assert result.returncode == 2 and result.stderr.splitlines()[-1] == f"scrapy crawl techzone: {message}"
    result = run([sys.executable, "-m", "crawler.cli", "crawl", "techzone", "-a", "https://admin:pw@shop.example/?x=1"],
                 env=NO_DATABASE)
    assert result.returncode == 2 and result.stderr.splitlines() == [f"pricelens: {message}"]
    path = tmp_path / "schedules.toml"
    path.write_text('timezone = "UTC"\n[crawl.techzone]\ncron = "0 2 * * *"\n'
                    'arguments = { "https://admin:pw@shop.example/?x" = "1" }\n[publish]\ncron = "0 5 * * *"\n')
    result = run([sys.executable, "-m", "crawler.cli", "schedule", "--dry-run"],
                 env={**NO_DATABASE, "PRICELENS_SCHEDULES": str(path)})
    assert result.returncode == 2 and result.stderr.splitlines() == [
        f"pricelens: {path}: [crawl.techzone]: arguments: {message}"]
    assert shown_name("admin:pw@host x") == "'admin:***@host x'"


# -- 9. a write refused as a full disk's is, for another reason of the disk (read-only, permission denied, an
# I/O error): every offer became a rejections row "writing it failed: OSError ...", the run finished, exit 0
@pytest.mark.parametrize("code, text", [("EROFS", "read-only file system"), ("EACCES", "permission denied")])
def test_a_disk_that_refuses_writes_stops_the_crawl_as_a_full_one(db, code, text):
    import re

    from demo.server import DemoServer
    from tests.test_hostile22 import DISK_FULL_CRAWL

    script = DISK_FULL_CRAWL.replace('errno.ENOSPC, "No space left on device"', f'errno.{code}, "{code}"')
    assert code in script
    with DemoServer(["techzone"], base_port=0, n_products=20) as demo:
        result = run([sys.executable, "-c", script, demo.base_urls["techzone"]], timeout=300)
    assert result.returncode == 1, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-5000:]
    [line] = [line for line in result.stderr.splitlines() if "] ERROR:" in line]
    assert re.search(rf"\[crawler\.store\.runs\] ERROR: techzone: {text} writing /data/pricelens "
                     r"\(\d+ offers not stored\): stopping the crawl$", line), line
    rows = db.execute("SELECT status, finish_reason FROM crawl_runs WHERE retailer_id = 'techzone'").fetchall()
    assert [(r["status"], r["finish_reason"]) for r in rows] == [("failed", "disk_full")]
    assert db.execute("SELECT count(*) AS n FROM rejections WHERE reason LIKE 'writing it failed%'").fetchone()["n"] == 0
