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
     "product 1 (samsung-990-pro-1tb): usd_price: expected a decimal amount in quotes, got 'about 110'"),
    (lambda text: text.replace('usd_price = "109.99"', "usd_price = 109.99", 1),
     "product 1 (samsung-990-pro-1tb): usd_price: expected a non-empty string"),
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
