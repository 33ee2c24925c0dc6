"""The demo's tech catalogue is data (demo/catalog.toml) read by demo/catalog.py: a bad entry is one
line naming the file, the entry and what was expected."""

from __future__ import annotations

import pytest

from demo.catalog import CATALOG, CATALOG_FILE, FAMILY_NAMES, CatalogError, load_catalog_file


def test_the_catalogue_file_holds_every_product_and_family_table():
    data = load_catalog_file()
    assert [p["key"] for p in data["products"]] == [p.key for p in CATALOG]
    assert set(data["families"]) == set(FAMILY_NAMES)
    assert CATALOG_FILE.name == "catalog.toml" and CATALOG_FILE.parent.name == "demo"


def _without(text: str, table: str) -> str:
    """catalog.toml's text without the tables under one top-level name."""
    lines, skipping = [], False
    for line in text.splitlines():
        if line.startswith("["):
            skipping = line.strip("[] ").split(".")[0] == table
        if not skipping:
            lines.append(line)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("edit, message", [
    (lambda text: text.replace('usd_price = "109.99"', 'usd_price = "about 110"', 1),
     "product 1 (samsung-990-pro-1tb): usd_price: expected a price as a string like \"109.99\" "
     "(more than 0, at most 100000), got 'about 110'"),
    *[(lambda text, bad=bad: text.replace('usd_price = "109.99"', f"usd_price = {bad}", 1),
       f"product 1 (samsung-990-pro-1tb): usd_price: expected a price as a string like \"109.99\"")
      for bad in ('"NaN"', '"Infinity"', '"-Infinity"', '"1e30"', '"-5"', '"0"', "-5", "true", "[1]")],
    (lambda text: text.replace('brand = "Samsung"', 'brand = "Samsumg"', 1),
     "product 1 (samsung-990-pro-1tb): brand: 'Samsumg' has no GS1 prefix in [brand_prefixes]"),
    (lambda text: text.replace('category = "SSD"', 'category = "Solid state"', 1),
     "product 1 (samsung-990-pro-1tb): category: expected one of SSD, HDD"),
    (lambda text: text.replace('key = "samsung-990-pro-2tb"', 'key = "samsung-990-pro-1tb"', 1),
     "product 2 (samsung-990-pro-1tb): key: used twice"),
    (lambda text: text.replace('Samsung = "8801643"', 'Samsung = "88016"', 1),
     "brand_prefixes.Samsung: expected 7 digits in quotes, got '88016'"),
    (lambda text: _without(text, "families") + "[families.gpu]\n",
     "[families.ssd]: expected a table"),
    (lambda text: text.replace('mpn = "MZ-V9P1T0BW"', 'mpn = "MZ-V9P1T0BW', 1), "cannot be read"),
])
def test_a_bad_catalogue_entry_is_one_clear_line(tmp_path, edit, message):
    path = tmp_path / "catalog.toml"
    path.write_text(edit(CATALOG_FILE.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(CatalogError) as error:
        load_catalog_file(path)
    assert str(error.value).startswith(str(path)) and message in str(error.value), str(error.value)
    assert "\n" not in str(error.value)


@pytest.mark.parametrize("number", ["109.99", "110"])
def test_a_price_written_as_a_number_is_read_as_that_decimal(tmp_path, number):
    path = tmp_path / "catalog.toml"
    text = CATALOG_FILE.read_text(encoding="utf-8")
    path.write_text(text.replace('usd_price = "109.99"', f"usd_price = {number}", 1), encoding="utf-8")
    assert load_catalog_file(path)["products"][0]["usd_price"] == number


def test_the_known_categories_are_the_ones_the_shops_have_words_for():
    from demo.catalog import PRODUCT_CATEGORIES
    from demo.sites.common import CATEGORY_WORDS

    assert set(PRODUCT_CATEGORIES) == set(CATEGORY_WORDS)
    assert {p.category for p in CATALOG} <= set(PRODUCT_CATEGORIES)


def _demo_copy(tmp_path, edit=lambda text: text):
    """The demo package in a temporary folder, its catalog.toml edited."""
    import shutil

    from tests.conftest import ROOT

    shutil.copytree(ROOT / "demo", tmp_path / "demo", ignore=shutil.ignore_patterns("__pycache__"))
    catalog = tmp_path / "demo" / "catalog.toml"
    catalog.write_text(edit(catalog.read_text(encoding="utf-8")), encoding="utf-8")
    return tmp_path


def _demo_server(cwd, *arguments, timeout=60):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "demo.server", *arguments], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout)


def test_make_shops_with_a_bad_catalogue_is_one_line(tmp_path):
    cwd = _demo_copy(tmp_path, lambda text: text.replace('usd_price = "109.99"', 'usd_price = "NaN"', 1))
    process = _demo_server(cwd)
    assert process.returncode == 2 and process.stdout == ""
    (line,) = process.stderr.strip().splitlines()
    assert "catalog.toml: product 1 (samsung-990-pro-1tb): usd_price: expected a price" in line, line


def test_make_shops_on_a_port_out_of_range_is_one_line_naming_the_port():
    from tests.conftest import ROOT

    process = _demo_server(ROOT, "--port-base", "65530")
    assert process.returncode != 0 and "Traceback" not in process.stderr
    (line,) = process.stderr.strip().splitlines()
    assert "port 65536" in line, line


def test_make_shops_on_a_busy_port_is_one_line_naming_the_port():
    import socket

    from tests.conftest import ROOT

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        process = _demo_server(ROOT, "--retailer", "techzone", "--port-base", str(port))
    assert process.returncode != 0 and "Traceback" not in process.stderr
    (line,) = process.stderr.strip().splitlines()
    assert f"techzone: cannot listen on 127.0.0.1:{port}: address already in use" in line, line
