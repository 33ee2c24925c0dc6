"""Search that finds what people type: the snapshot's FTS5 index and the query rewriting,
on SQLite, and through the site (Datasette's ?_search= and the ranked `search` query)."""

from __future__ import annotations

import re
import sqlite3

import pytest
import yaml

from publish.search import WEIGHTS, build_fts, bm25_sql, fts_query, register, terms

TITLES = {
    1: ("Samsung 990 PRO 2TB NVMe M.2 SSD", "Samsung", "MZ-V9P2T0BW", "SSDs"),
    2: ("Crucial P3 Plus 1TB PCIe SSD", "Crucial", "CT1000P3PSSD8", "SSDs"),
    3: ("TP-Link Archer AX55 Wi-Fi 6 Router", "TP-Link", "Archer AX55", "Routers"),
    4: ("ASUS RT-AX58U WiFi6 dual-band router", "ASUS", "RT-AX58U", "Routers"),
    5: ("NVIDIA GeForce RTX 4070 Ti 12GB", "NVIDIA", "900-1G141", "Graphics Cards"),
    6: ("Samsung Odyssey G5 27 monitor", "Samsung", "LS27CG510", "Monitors"),
    7: ("Samsung 990PRO 1TB", "Samsung", None, "SSDs"),
    8: ("Logitech MX Master 3S mouse, professional", "Logitech", "910-006559", "Mice"),
}


@pytest.fixture(scope="module")
def con():
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE products (id INTEGER PRIMARY KEY, title TEXT, brand TEXT, mpn TEXT, gtin TEXT,"
                " category TEXT)")
    con.executemany("INSERT INTO products VALUES (?, ?, ?, ?, NULL, ?)",
                    [(i, *row) for i, row in TITLES.items()])
    build_fts(con, "products")
    register(con)
    return con


def search(con, text):
    return [r[0] for r in con.execute(
        f"SELECT rowid FROM products_fts WHERE products_fts MATCH pricelens_fts(?) ORDER BY {bm25_sql('products')}",
        (text,))]


@pytest.mark.parametrize("typed, wanted", [
    ("SSDs", {1, 2, 7}),                 # a plural finds the singular (Porter stemmer)
    ("ssd", {1, 2, 7}),
    ("990pro", {1, 7}),                  # a model code without its space ...
    ("990 pro", {1, 7}),                 # ... or with it
    ("990-PRO", {1, 7}),
    ("wifi 6", {3, 4}),                  # "Wi-Fi 6" and "WiFi6"
    ("wi-fi 6", {3, 4}),
    ("wifi6", {3, 4}),
    ("rtx4070ti", {5}),
    ("rtx 4070", {5}),
    ("sams", {1, 6, 7}),                 # a word's beginning
    ("MZV9P2T0BW", {1}),                 # an MPN without its dash
    ("mz-v9p2t0bw", {1}),
    ("rtax58u", {4}),
    ("routers", {3, 4}),
    ("samsung monitors", {6}),
    ("nothing like it", set()),
])
def test_search_finds_what_people_type(con, typed, wanted):
    assert set(search(con, typed)) == wanted


def test_results_are_ranked_by_relevance(con):
    # the title that is about "990 pro" comes before the one that only shares a word
    assert search(con, "samsung 990 pro")[:2] in ([1, 7], [7, 1])
    assert search(con, "samsung")[-1] == 6 or set(search(con, "samsung")) == {1, 6, 7}
    found = search(con, "ssd")
    assert found[0] in (1, 2, 7) and len(found) == 3


def test_queries_are_always_valid_fts(con):
    for typed in ('"', "'", "AND", "OR NOT", "a*", "(", "NEAR(", "^x", "", "   ", "-", "col:xyz", "ü", "数据"):
        search(con, typed)  # no syntax error whatever is typed
    assert search(con, "") == []


def test_terms_and_query_shapes():
    assert set(terms("Wi-Fi 6")) >= set()  # a string
    assert "wifi" in terms("Wi-Fi 6").split() and "990pro" in terms("990 PRO").split()
    assert {"990", "pro"} <= set(terms("990PRO").split())
    assert fts_query("990pro") == '("990pro"* OR ("990" AND "pro"*))'
    assert fts_query("") == '""'


def test_the_search_query_uses_the_same_weights():
    from publish.site import METADATA

    sql = yaml.safe_load(METADATA.read_text())["databases"]["pricelens"]["queries"]["search"]["sql"]
    for found in re.findall(r"bm25\(products_fts, ([^)]*)\)", sql):
        assert tuple(float(w) for w in found.split(",")) == WEIGHTS


def test_the_site_search_reads_queries_the_same_way(db, data_dir):
    """Datasette's ?_search= on products and offers, and the ranked `search` canned query."""
    import asyncio

    from crawler.items import Offer
    from publish.export import publish
    from publish.site import datasette_instance, site_database
    from tests.pipeline_harness import PipelineRun

    PipelineRun().feed(*[
        Offer(url=f"https://shop.example/p/{i}", retailer_sku=str(i), title=title, brand=brand, mpn=mpn,
              category=category, price="$100", availability="InStock") for i, (title, brand, mpn, category)
        in TITLES.items()]).close()
    for i, (title, brand, mpn, category) in TITLES.items():
        product = db.execute("INSERT INTO products (title, brand, mpn, category) VALUES (%s, %s, %s, %s)"
                             " RETURNING id", (title, brand, mpn, category)).fetchone()["id"]
        db.execute("UPDATE offers SET product_id = %s WHERE retailer_sku = %s", (product, str(i)))
    publish(quiet=True)
    ds = datasette_instance(site_database())

    def titles(path):
        response = asyncio.run(ds.client.get(path))
        assert response.status_code == 200, response.text[:1000]
        return {r["title"] for r in response.json()}

    assert titles("/pricelens/products.json?_shape=array&_search=990pro") == {TITLES[1][0], TITLES[7][0]}
    assert titles("/pricelens/offers.json?_shape=array&_search=wifi+6") == {TITLES[3][0], TITLES[4][0]}
    assert titles("/pricelens/offers.json?_shape=array&_search=SSDs") == {TITLES[1][0], TITLES[2][0], TITLES[7][0]}
    page = asyncio.run(ds.client.get("/pricelens/products?_search=990pro"))
    assert 'value="990pro"' in page.text  # the search box keeps what was typed
    ranked = asyncio.run(ds.client.get("/pricelens/search.json?_shape=array&q=samsung+990+pro")).json()
    assert [r["title"] for r in ranked][:2] in ([TITLES[1][0], TITLES[7][0]], [TITLES[7][0], TITLES[1][0]])
    assert [r["relevance"] for r in ranked] == sorted(r["relevance"] for r in ranked)
