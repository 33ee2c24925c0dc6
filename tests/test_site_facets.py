"""The shop's category page filters by seed type and breeder where the category's products are
seeds (issue 17, item 4): counts under the other filters, links that keep them, hostile values.

The snapshot is written with publish/schema.sql (as publish/export.py writes it), served by a
real Datasette configured as ``pricelens serve``."""

from __future__ import annotations

import asyncio
import html as htmllib
import re
import sqlite3
from urllib.parse import parse_qsl, urlsplit

import pytest

from publish.export import SCHEMA
from publish.site import datasette_instance

RQS, BARNEY, DUTCH, SWEET = "Royal Queen Seeds", "Barney's Farm", "Dutch Passion", "Sweet Seeds"
# id, title, category, brand, breeder, seed_type, in stock, best price
PRODUCTS = [
    (1, "Amnesia Haze Feminised", "Feminised Seeds", RQS, RQS, "feminised", 1, 30.0),
    (2, "Gorilla Glue Auto", "Feminised Seeds", BARNEY, BARNEY, "autoflowering", 0, 25.0),
    (3, "Northern Light Auto", "Feminised Seeds", RQS, RQS, "autoflowering", 1, 20.0),
    (4, "Critical Regular", "Feminised Seeds", None, DUTCH, "regular", 1, 15.0),
    (5, "Samsung 990 PRO 2TB", "SSD", "Samsung", None, None, 1, 180.0),
    (6, "Crucial T500 1TB", "SSD", "Crucial", None, None, 1, 80.0),
] + [(100 + i, f"Sweet Strain {i:02d} Auto", "Autoflowering Seeds", SWEET, SWEET, "autoflowering", 1, 10.0 + i)
     for i in range(30)]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    path = tmp_path_factory.mktemp("facets") / "pricelens.db"
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA.read_text())
    conn.executemany(
        "insert into products (id, title, category, brand, breeder, seed_type, offer_count, retailer_count,"
        " in_stock_count, best_price_usd, best_in_stock_price_usd) values (?, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?)",
        [(i, t, c, b, br, st, s, p, p if s else None) for i, t, c, b, br, st, s, p in PRODUCTS])
    conn.commit()
    conn.close()
    return datasette_instance(path)


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def cards(page: str) -> list[int]:
    return [int(i) for i in re.findall(r'<a class="pl-card-link" href="/-/product/(\d+)"', page)]


def facet(page: str, column: str) -> dict[str, tuple[int, dict]]:
    """A facet's entries: label -> (count, the link's query parameters); {} when not shown."""
    found = re.search(rf'<details class="pl-brands pl-facet-{column}".*?</details>', page, re.S)
    if not found:
        return {}
    entries = {}
    for href, label, count in re.findall(r'<li><a href="([^"]+)"[^>]*>([^<]+)</a>(?: <span class="pl-count">'
                                         r'([\d,]+)</span>)?', found.group(0)):
        query = dict(parse_qsl(urlsplit(htmllib.unescape(href)).query))
        entries[htmllib.unescape(label)] = (int(count.replace(",", "")) if count else None, query)
    return entries


def test_a_seed_category_has_type_and_breeder_facets_with_counts(site):
    page = get(site, "/-/category/Feminised~20Seeds")
    assert page.status_code == 200
    types, breeders = facet(page.text, "seed_type"), facet(page.text, "breeder")
    assert {k: v[0] for k, v in types.items()} == {"Autoflowering": 2, "Feminised": 1, "Regular": 1}
    assert {k: v[0] for k, v in breeders.items()} == {RQS: 2, BARNEY: 1, DUTCH: 1}
    assert types["Autoflowering"][1] == {"seed_type": "autoflowering"}
    assert breeders[BARNEY][1] == {"breeder": BARNEY}
    assert facet(page.text, "brand") == {}  # the breeder is the seeds' brand: one facet, not two
    assert sorted(cards(page.text)) == [1, 2, 3, 4]


def test_other_categories_keep_their_brand_facet_only(site):
    page = get(site, "/-/category/SSD").text
    assert facet(page, "seed_type") == {} and facet(page, "breeder") == {}
    assert {k: v[0] for k, v in facet(page, "brand").items()} == {"Samsung": 1, "Crucial": 1}


def test_filters_combine_and_every_link_keeps_the_others(site):
    page = get(site, f"/-/category/Feminised~20Seeds?breeder={RQS.replace(' ', '+')}").text
    assert sorted(cards(page)) == [1, 3]
    types = facet(page, "seed_type")  # counted within the breeder
    assert {k: v[0] for k, v in types.items()} == {"Autoflowering": 1, "Feminised": 1}
    assert types["Autoflowering"][1] == {"breeder": RQS, "seed_type": "autoflowering"}
    breeders = facet(page, "breeder")  # counted without the breeder's own filter: the others stay choosable
    assert {k: v[0] for k, v in breeders.items()} == {"All breeders": None, RQS: 2, BARNEY: 1, DUTCH: 1}

    page = get(site, f"/-/category/Feminised~20Seeds?breeder={RQS.replace(' ', '+')}&seed_type=autoflowering"
                     "&in_stock=1&sort=price").text
    assert cards(page) == [3]
    assert '<input type="hidden" name="breeder" value="Royal Queen Seeds">' in page
    assert '<input type="hidden" name="seed_type" value="autoflowering">' in page
    breeders = facet(page, "breeder")
    assert breeders["All breeders"][1] == {"seed_type": "autoflowering", "in_stock": "1", "sort": "price"}
    assert {k: v[0] for k, v in breeders.items()} == {"All breeders": None, RQS: 1}  # Barney's auto is out of stock
    types = facet(page, "seed_type")
    assert types["All types"][1] == {"breeder": RQS, "in_stock": "1", "sort": "price"}


def test_the_next_page_keeps_the_filters(site):
    page = get(site, "/-/category/Autoflowering~20Seeds?breeder=Sweet+Seeds&sort=price").text
    assert len(cards(page)) == 24
    more = re.search(r'<p class="pl-more"><a href="([^"]+)"', page).group(1)
    assert dict(parse_qsl(urlsplit(htmllib.unescape(more)).query)) == {"breeder": SWEET, "sort": "price", "page": "2"}
    assert cards(get(site, htmllib.unescape(more)).text) == list(range(124, 130))


@pytest.mark.parametrize("query", [
    "seed_type=nothing", "breeder=%27%20or%201%3D1%20--", "breeder=%00", "seed_type=%FF%FE",
    "breeder=%3Cscript%3Ealert(1)%3C/script%3E", "brand=%22%3E%3Cb%3E", "breeder[]=x", "seed_type=a&seed_type=b",
    "breeder=" + "x" * 200, "sort=%27&in_stock=2&page=-5", "breeder=Barney%27s+Farm&brand=%E2%80%AE",
])
def test_hostile_filter_values_give_an_empty_page_never_an_error(site, query):
    page = get(site, "/-/category/Feminised~20Seeds?" + query)
    assert page.status_code == 200, (query, page.text[:500])
    assert "<script>alert" not in page.text and "<b>" not in page.text
    assert len(cards(page.text)) <= 1 or query.startswith(("breeder[]", "sort"))


def test_a_filter_value_too_long_is_one_clear_400(site):
    page = get(site, "/-/category/Feminised~20Seeds?breeder=" + "x" * 201)
    assert page.status_code == 400
    assert "breeder: expected at most 200 characters, got 201" in page.text
