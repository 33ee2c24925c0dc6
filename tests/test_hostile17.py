"""Hostile values found by the session 17 attack: each ends as a value, a refusal with its reason or
one line - not a traceback that loses the page or the item without a rejections row."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from scrapy.http import TextResponse

from crawler.extraction import extract_product
from crawler.prices import parse_price


def _page(price) -> str:
    node = {"@context": "https://schema.org", "@type": "Product", "name": "Anvil", "sku": "A1",
            "offers": {"@type": "Offer", "price": price, "priceCurrency": "USD"}}
    return (f'<html><head><title>Anvil</title><script type="application/ld+json">{json.dumps(node)}</script>'
            '</head><body><h1>Anvil</h1><span class="price">$12.99</span></body></html>')


@pytest.mark.parametrize("price", ["9E+999999", "1E+999999", "1E+999999999", "-9E+999999", "1E-999999"])
def test_a_structured_price_with_a_huge_exponent_does_not_crash_the_extractor(price):
    # "9E+999999" * 1000 (the minor-units check) overflowed Decimal's context: decimal.Overflow from
    # extract_product, the page lost with a traceback
    record = extract_product(_page(price), "https://shop.example/anvil")
    assert record["name"] == "Anvil"
    assert record["price"] is None or isinstance(record["price"], str)


@pytest.mark.parametrize("text", ["1E+9999999999", "$1E+99999999999", "1E-9999999999", "1e+" + "9" * 5000])
def test_an_exponent_too_long_to_read_is_no_price(text):
    # "1E+9999999999" was read as 1 (the exponent of more than six digits was dropped)
    assert parse_price(text, default_currency="USD").amount is None


def test_a_long_exponent_next_to_a_real_price_leaves_the_real_one():
    assert parse_price("$1E+99999999999 or $12", default_currency="USD").amount == Decimal("12")


def test_exponents_up_to_nine_digits_are_read_as_written():
    assert parse_price("1E+999999999", default_currency="USD").amount == Decimal("1E+999999999")
    assert parse_price("1.2E+3", default_currency="USD").amount == Decimal("1200")


@pytest.mark.parametrize("given", [(None, None, "sNaN"), ("5", "seed", "1E+999999999"), ("2", "TB", "9E+999999"),
                                   (None, "GB", "-sNaN")])
def test_declared_units_that_no_arithmetic_holds_are_unreadable(given):
    from crawler.units import canonical

    assert canonical(*given) is None  # (normalize keeps them as they came; the database refuses them)


@pytest.mark.parametrize("gtin", [10 ** 5000, Decimal("1E+1000000"), -(10 ** 5000)], ids=["int", "decimal", "negative"])
def test_a_gtin_beyond_any_length_is_no_gtin(gtin):
    from crawler.gtin import normalize_gtin

    assert normalize_gtin(gtin) is None


def test_a_gtin_beyond_any_length_is_removed_with_its_reason_and_the_offer_kept(db):
    # str() of the int raised in normalize: the item lost with a traceback, no rejections row
    from tests.pipeline_harness import PipelineRun
    from tests.test_pipelines import offer, rejections

    run = PipelineRun().feed(offer(gtin=10 ** 5000)).close()
    assert len(run.kept) == 1 and run.kept[0]["gtin"] is None
    (row,) = rejections(db)
    assert (row["field"], row["action"]) == ("gtin", "field_removed")
    assert row["raw_value"] == "a whole number of about 5000 digits"


def test_deeply_nested_json_from_a_shop_is_an_invalid_page():
    from crawler.platforms.base import InvalidPage
    from spiders.cedarshop import CedarshopSpider
    from tests.test_cedarshop import BASE, JSON, until_raised

    deep = b'{"products": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    response = TextResponse(f"{BASE}/products.json?limit=250&page=3", body=deep, headers=JSON, encoding="utf-8")
    (request,), error = until_raised(CedarshopSpider().parse_products_page(response, page=3))
    assert request.url.endswith("page=4")
    assert isinstance(error, InvalidPage) and str(error) == "products.json page 3: not JSON"


def test_platform_detection_reads_deeply_nested_json_as_no_json():
    from crawler.platforms.detect import Probe

    probe = Probe(url="https://shop.example/products.json", status=200, body=b"[" * 100_000)
    assert probe.json() is None


@pytest.mark.parametrize("content", ["[" * 100_000, '{"webhook": 5}', '{"webhook": ["a"]}'])
def test_an_alerts_state_file_that_is_no_object_of_sent_alerts_is_one_line(tmp_path, content):
    from publish import alerts

    state = tmp_path / "alerts-sent.json"
    state.write_text(content)
    with pytest.raises(alerts.AlertsError) as caught:
        alerts._read_state(state)
    assert str(caught.value) == f"{state}: not a JSON object of sent alerts (delete it to start again)"


# -- configuration files that never end ------------------------------------------------------------
@pytest.fixture
def fifo(tmp_path):
    import os

    path = tmp_path / "fifo.toml"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("which", ["/dev/zero", "fifo", "huge"])
def test_a_configuration_path_that_never_ends_is_one_line(which, fifo, tmp_path):
    # PRICELENS_SCHEDULES=/dev/zero: `pricelens status` read it for ever, growing; a FIFO blocked
    from crawler import categories, health
    from crawler.ops.schedules import ConfigError, load_config
    from publish import alerts

    if which == "fifo":
        path = fifo
    elif which == "huge":
        path = tmp_path / "huge.toml"
        path.write_text("# " + "x" * (5 * 1024 * 1024) + "\n")
    else:
        path = __import__("pathlib").Path("/dev/zero")
    why = "larger than 4 MB" if which == "huge" else "not a regular file"
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert why in str(caught.value)
    with pytest.raises(categories.TaxonomyError, match=why):
        categories.load(path)
    with pytest.raises(alerts.AlertsError):
        alerts.load_watches(path)
    with pytest.raises(alerts.AlertsError, match=why):
        alerts._read_state(path)
    assert health.schedule_rules(path) == health.Rules()  # a crawl warns and uses the defaults


def test_pricelens_status_with_a_schedule_that_never_ends_exits_in_one_line():
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    env = {**os.environ, "PRICELENS_SCHEDULES": "/dev/zero", "DATABASE_URL": "postgresql://u:p@127.0.0.1:1/x"}
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "schedule", "--dry-run"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "not a regular file" in result.stderr


def test_an_embedded_server_that_cannot_start_is_named_where_it_is(tmp_path):
    # PRICELENS_DATA_DIR=/proc: the line said "under data/postgres", a folder nobody had named
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["PRICELENS_DATA_DIR"] = str(blocker)
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "db", "url"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.strip().splitlines()
    assert f"could not start the embedded PostgreSQL under {blocker}/postgres (" in line, line
    assert f"check the log in {blocker}/postgres/log" in line


def test_serve_with_a_snapshot_folder_that_is_a_file_is_one_line(tmp_path):
    # PRICELENS_SNAPSHOT_DIR=/etc/passwd: `pricelens serve` died with a NotADirectoryError traceback
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    env = {**os.environ, "PRICELENS_SNAPSHOT_DIR": str(a_file), "PRICELENS_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "serve", "--port", "1"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line == f"pricelens: no snapshot at {a_file}/latest.db: run `pricelens publish` (or `make demo`) first"
