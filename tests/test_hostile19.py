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


# -- the site showed the server's directory layout ----------------------------------------------------
@pytest.fixture(scope="module")
def site(database_url, tmp_path_factory):
    from publish.export import publish
    from publish.site import datasette_instance, site_database
    from tests.conftest import empty_tables
    from tests.test_publish import seed

    folder = tmp_path_factory.mktemp("hostile19-site")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PRICELENS_DATA_DIR", str(folder))
        with empty_tables(database_url) as conn:
            seed(conn)
        publish(quiet=True)
        yield datasette_instance(site_database()), folder


def get(ds, path: str):
    import asyncio

    return asyncio.run(ds.client.get(path))


@pytest.mark.parametrize("path", ["/-/databases", "/-/databases.json", "/-/metadata", "/-/metadata.json"])
def test_the_site_never_shows_where_its_files_are_on_the_server(site, path):
    ds, folder = site
    response = get(ds, path)
    assert response.status_code == 200
    assert str(folder) not in response.text and str(ROOT) not in response.text
    assert "snapshots_dir" not in response.text


def test_the_site_still_lists_its_database_and_metadata_and_serves_the_download(site):
    ds, folder = site
    [database] = get(ds, "/-/databases.json").json()
    assert (database["name"], database["path"], database["is_mutable"]) == ("pricelens", "pricelens.db", False)
    metadata = get(ds, "/-/metadata.json").json()
    assert metadata["title"] and "pricelens" in metadata["databases"]
    download = get(ds, "/pricelens.db")
    assert download.status_code == 200 and download.content.startswith(b"SQLite format 3\x00")
    snapshots = get(ds, "/-/snapshots.json").json()  # (the folder is still known to the plugin)
    assert any(row["latest"] for row in (snapshots["snapshots"] if isinstance(snapshots, dict) else snapshots))


# -- DATABASE_URL with a huge database name ------------------------------------------------------------
@pytest.mark.parametrize("url", [f"postgresql://someone:s3cret-pw@127.0.0.1:1/{HUGE}",
                                 f"host=127.0.0.1 port=1 user=someone password=s3cret-pw dbname={HUGE}"])
def test_a_huge_database_name_is_not_repeated_whole_nor_the_password(url):
    from crawler.store.connection import DatabaseUnavailable, connect

    with pytest.raises(DatabaseUnavailable) as caught:
        connect(url)
    message = str(caught.value)
    assert "s3cret-pw" not in message and "\n" not in message
    assert len(message) < 700 and "... (1000" in message, message[:300]
    assert "Start the server or fix DATABASE_URL" in message


def test_a_huge_database_name_on_a_live_server_is_one_short_line(database_url):
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    from crawler.store.connection import DatabaseUnavailable, connect

    params = conninfo_to_dict(database_url)
    with pytest.raises(DatabaseUnavailable) as caught:
        connect(make_conninfo(**{**params, "dbname": HUGE, "password": "s3cret-pw"}))
    message = str(caught.value)
    assert "s3cret-pw" not in message and "\n" not in message and len(message) < 900, message[:300]


def test_pricelens_with_a_huge_database_name_says_so_in_one_short_line():
    result = run([sys.executable, "-m", "crawler.cli", "db", "migrate"],
                 env={"DATABASE_URL": f"postgresql://someone:s3cret-pw@127.0.0.1:1/{HUGE}"})
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("pricelens: cannot reach PostgreSQL at postgresql://someone:***@127.0.0.1:1/xxx")
    assert len(line) < 700 and "s3cret-pw" not in line


# -- a data folder with a newline ---------------------------------------------------------------------
@pytest.mark.parametrize("name", ["PRICELENS_DATA_DIR", "PRICELENS_SNAPSHOT_DIR"])
@pytest.mark.parametrize("command", [["crawler.cli", "db", "url"], ["crawler.cli", "serve"],
                                     ["scrapy", "crawl", "techzone"]])
def test_a_data_folder_with_a_newline_is_one_line_before_anything_starts(name, command, tmp_path):
    # (initdb refused it, pgserver logged its multi-line failure, and every message naming the folder
    # broke in two at the newline)
    folder = f"{tmp_path}/two\nlines"
    env = {name: folder, "DATABASE_URL": ""}
    result = run([sys.executable, "-m", *command], env=env)
    assert result.returncode == 2, result.stderr[-2000:]
    [line] = result.stderr.strip().splitlines()
    program = "scrapy crawl" if command[0] == "scrapy" else "pricelens"
    shown = repr(folder) if len(folder) <= 40 else f"{folder[:40]!r}... ({len(folder)} characters)"
    assert line == (f"{program}: {name}={shown} is not a usable path: "
                    f"expected a path without control characters (newline, tab, ESC ...), shorter than 4096 "
                    f"bytes")
    assert not any(tmp_path.iterdir())  # nothing was created


@pytest.mark.parametrize("name", ["PRICELENS_SCHEDULES", "PRICELENS_CATEGORIES", "PRICELENS_ALERTS_FILE",
                                  "PRICELENS_ALERTS_STATE", "PRICELENS_DATA_DIR"])
@pytest.mark.parametrize("value", ["/tmp/two\nlines.toml", "/tmp/" + HUGE])
def test_a_configuration_path_with_a_newline_or_beyond_path_max_is_one_short_line(name, value):
    # (PRICELENS_SCHEDULES=/tmp/<100,000 characters>: a 100,122-character line; a newline broke it)
    result = run([sys.executable, "-m", "crawler.cli", "schedule", "--dry-run"],
                 env={name: value, "DATABASE_URL": "postgresql://u@127.0.0.1:1/x"})
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"pricelens: {name}=") and "is not a usable path" in line and len(line) < 300, line[:300]


# -- Datasette wrote a failed query's whole SQL to the log ---------------------------------------------
HOSTILE_NAME = "y" * 5_000  # (under the site's 8,192-byte address limit: it reaches Datasette)


@pytest.mark.parametrize("path", [f"/pricelens/offers?_facet={HOSTILE_NAME}",
                                  f"/pricelens/offers.json?_facet={HOSTILE_NAME}",
                                  f"/pricelens/offers?_facet=retailer_id&_where=1%3D1+and+{HOSTILE_NAME}%3D1",
                                  f"/pricelens?sql=select+{HOSTILE_NAME}",
                                  f"/pricelens/offers?_where={HOSTILE_NAME}"])
def test_a_failed_query_from_a_hostile_url_is_a_400_and_not_written_to_the_log(site, path, capsys):
    # (Datasette's "ERROR: conn=..., sql = <the SQL>, params = ...": a 150 KB log line per request,
    # and a facet over a 50,000-character name was a 500)
    ds, _ = site
    capsys.readouterr()
    response = get(ds, path)
    assert response.status_code == 400
    logged = capsys.readouterr()
    assert HOSTILE_NAME[:1000] not in logged.err + logged.out and "sql = " not in logged.err


def test_a_query_that_works_still_works_after_a_failed_one(site):
    ds, _ = site
    assert get(ds, "/pricelens.json?sql=select+1+as+one").json()["rows"] in ([[1]], [{"one": 1}])


# -- publish --keep without an upper limit ----------------------------------------------------------
@pytest.mark.parametrize("keep", ["1001", "99999999999999999999999", "0", "-1"])
def test_publish_keep_beyond_its_range_is_a_usage_error(keep):
    from click.testing import CliRunner

    from crawler.cli import main

    result = CliRunner().invoke(main, ["publish", "--keep", keep])
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1] == (
        f"Error: Invalid value for '--keep': {keep} is not in the range 1<=x<=1000.")


def test_publish_keeps_at_most_what_a_schedule_may_keep():
    from crawler.cli import KEEP_MAX
    from crawler.ops.schedules import MAX_COUNT

    assert KEEP_MAX == MAX_COUNT


# -- a spider module that does not import ---------------------------------------------------------------
@pytest.fixture
def broken_spiders(tmp_path, monkeypatch):
    """The project's spider modules plus one that raises a RuntimeError when imported."""
    package = tmp_path / "h19spiders"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "broken.py").write_text("raise RuntimeError('the shop module is broken\\nsecond line')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import crawler.settings

    monkeypatch.setattr(crawler.settings, "SPIDER_MODULES", ["spiders", "h19spiders"])
    yield
    for name in [name for name in sys.modules if name.startswith("h19spiders")]:
        del sys.modules[name]


def test_a_spider_module_that_raises_is_one_line_from_spider_class(broken_spiders):
    # (only a KeyError was caught: the module's RuntimeError went through as a traceback)
    from crawler.ops.schedules import SpiderUnloadable, available_retailers, spider_class

    for call in (lambda: spider_class("techzone"), available_retailers):
        with pytest.raises(SpiderUnloadable) as caught:
            call()
        message = str(caught.value)
        assert message.startswith("a spider module cannot be loaded (") and "\n" not in message
        assert message.endswith("): RuntimeError: the shop module is broken"), message
        assert "broken.py:1" in message


def test_a_schedule_with_a_broken_spider_module_is_one_line_per_problem(broken_spiders, tmp_path):
    from crawler.ops.schedules import ConfigError, load_config

    path = tmp_path / "schedules.toml"
    path.write_text('timezone = "UTC"\n[crawl.techzone]\ncron = "0 2 * * *"\narguments = { max_pages = 5 }\n'
                    '[publish]\ncron = "0 5 * * *"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path, retailers=["techzone"])
    [message] = caught.value.messages
    assert "crawl.techzone" in message and "RuntimeError: the shop module is broken; expected spider" in message, message
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    [message] = caught.value.messages
    assert message.startswith(f"{path}: a spider module cannot be loaded (") and message.endswith(
        "): RuntimeError: the shop module is broken; fix the module to check the schedule"), message


# -- python -m demo.server: a stop signal while the shops start ------------------------------------------
def test_stopping_demo_shops_whose_threads_did_not_all_start_leaves_nothing_running():
    # the state a stop signal left between starting the shops' threads: the first shop's thread
    # started, the second one's recorded and never started - stop() waited for ever on its shutdown()
    import threading

    from demo.server import DemoServer

    demo = DemoServer(["techzone", "megapc"], base_port=0, n_products=20).start()
    first, second = demo._threads
    demo._servers[1].shutdown()  # (the second shop as if its thread had never started)
    second.join(30)
    demo._threads[1] = threading.Thread(target=lambda: None, name=second.name)
    stopper = threading.Thread(target=demo.stop, daemon=True)
    stopper.start()
    stopper.join(30)
    assert not stopper.is_alive(), "stop() waits for a shop whose thread never started"
    assert not first.is_alive() and demo._servers == [] and demo.base_urls == {}


def test_demo_server_stops_cleanly_on_two_quick_signals_while_starting(tmp_path):
    import signal
    import time

    process = subprocess.Popen([sys.executable, "-m", "demo.server", "--products", "100000", "--port-base", "0"],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)  # building 100,000 products takes seconds
    process.send_signal(signal.SIGTERM)
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=120)
    assert "Traceback" not in err, err[-3000:]
    assert process.returncode in (0, -signal.SIGTERM), err[-3000:]


# -- schedules.toml and alerts.toml: a huge or multi-line key ----------------------------------------------
@pytest.mark.parametrize("name", ["w" * 100_000, "two\\nlines"])
def test_a_schedule_with_a_huge_or_multi_line_table_or_key_name_is_short_lines(tmp_path, name):
    from crawler.ops.schedules import ConfigError, load_config

    path = tmp_path / "schedules.toml"
    path.write_text(f'timezone = "UTC"\n[crawl."{name}"]\ncron = "0 2 * * *"\n'
                    f'[crawl.techzone]\ncron = "0 2 * * *"\n"{name}" = 1\n[publish]\ncron = "0 5 * * *"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path, retailers=["techzone"])
    messages = caught.value.messages
    assert len(messages) == 2, messages
    for message in messages:
        assert "\n" not in message and len(message) < 400 + len(str(path)), message[:300]
    assert "unknown retailer" in messages[0] and "unknown key" in messages[1]


@pytest.mark.parametrize("name", ["w" * 100_000, "two\\nlines"])
def test_an_alerts_file_with_a_huge_or_multi_line_key_is_one_short_line(tmp_path, name):
    from publish.alerts import AlertsError, load_watches

    path = tmp_path / "alerts.toml"
    for text in (f'"{name}" = 1\n', f'[[watch]]\nproduct = 1\nbelow = 5\n"{name}" = 1\n'):
        path.write_text(text)
        with pytest.raises(AlertsError, match="unknown key") as caught:
            load_watches(path)
        message = str(caught.value)
        assert "\n" not in message and len(message) < 300 + len(str(path)), message[:300]


# -- ?_through= that is no JSON object --------------------------------------------------------------------
@pytest.mark.parametrize("through", ["x", "{}", "[1]", '{"table": 1}', '{"table": "offers"}'])
@pytest.mark.parametrize("page", ["/pricelens/offers", "/pricelens/offers.json"])
def test_a_through_parameter_that_is_no_json_object_is_a_400(site, page, through, capsys):
    # (Datasette read it as JSON unchecked: JSONDecodeError, KeyError 'table', TypeError - each a 500
    # and a log line)
    from urllib.parse import quote

    ds, _ = site
    capsys.readouterr()
    response = get(ds, f"{page}?_through={quote(through)}")
    assert response.status_code == 400
    assert "Invalid _through" in response.text and capsys.readouterr().err == ""


# -- an offer's other text fields without a length limit ------------------------------------------------------
@pytest.mark.parametrize("field", ["brand", "mpn", "category", "breeder", "seed_type", "thc", "cbd"])
def test_a_huge_label_is_removed_with_its_reason_and_the_offer_kept(db, field):
    # (a 10,000-character category label made PostgreSQL refuse the whole offer - its index row too big;
    # a huge brand went whole into the database, every snapshot and page)
    from tests.test_pipelines import offer, rejections
    from tests.pipeline_harness import PipelineRun

    huge = "Label " + "z" * 10_000
    run = PipelineRun().feed(offer(**{field: huge})).close()
    assert len(run.kept) == 1
    stored = db.execute("SELECT brand, mpn, shop_category, breeder, seed_type, thc, cbd FROM offers").fetchall()
    assert len(stored) == 1 and not any(len(str(value or "")) > 1000 for value in stored[0].values())
    removed = [row for row in rejections(db) if row["action"] == "field_removed" and "10006 characters" in row["reason"]]
    assert len(removed) == 1 and removed[0]["reason"].endswith("more than the 1000 an offer may have")
    assert removed[0]["raw_value"].startswith("Label zzz")


def test_an_offer_whose_own_id_is_huge_is_refused_with_its_reason(db):
    from tests.test_pipelines import offer, rejections
    from tests.pipeline_harness import PipelineRun

    run = PipelineRun().feed(offer(retailer_sku="S" * 3000), offer(retailer_sku="OK-1")).close()
    assert [item["retailer_sku"] for item in run.kept] == ["OK-1"]
    [row] = rejections(db)
    assert (row["field"], row["action"]) == ("retailer_sku", "dropped")
    assert row["reason"] == "retailer_sku is 3000 characters, more than the 500 an offer may have"


def test_labels_up_to_the_limit_are_kept_as_they_are(db):
    from tests.test_pipelines import offer
    from tests.pipeline_harness import PipelineRun

    run = PipelineRun().feed(offer(brand="B" * 1000, retailer_sku="S" * 500)).close()
    assert run.kept[0]["brand"] == "B" * 1000


def test_a_stop_signal_held_back_while_the_shops_start_stops_them_all(monkeypatch):
    # the signal waits until every shop's thread is started and recorded; its handler then raises
    # inside start(), and `with DemoServer()` calls no __exit__ then: start() must stop the shops
    import signal
    import threading

    from demo.server import DemoServer

    class Stopped(Exception):
        pass

    def on_signal(signum, frame):
        raise Stopped

    previous = signal.signal(signal.SIGUSR1, on_signal)
    monkeypatch.setattr("demo.server.STOP_SIGNALS", {signal.SIGUSR1})
    real_start = threading.Thread.start

    def start_and_signal(thread):
        real_start(thread)
        if thread.name == "demo-techzone":
            signal.raise_signal(signal.SIGUSR1)  # (between two shops' threads: held back)

    monkeypatch.setattr(threading.Thread, "start", start_and_signal)
    demo = DemoServer(["techzone", "megapc"], base_port=0, n_products=20)
    try:
        with pytest.raises(Stopped):
            demo.start()
    finally:
        signal.signal(signal.SIGUSR1, previous)
    assert demo._servers == [] and demo._threads == []
    assert not [t for t in threading.enumerate() if t.name in ("demo-techzone", "demo-megapc") and t.is_alive()]
