"""Hostile queries against the site: nothing writes, nothing runs forever, others still answered."""

from __future__ import annotations

import asyncio
import time
from urllib.parse import quote

import pytest

from publish.export import publish
from publish.site import SETTINGS, datasette_instance, site_database
from tests.test_publish import seed

ENDLESS = "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c"


@pytest.fixture(scope="module")
def site(database_url, tmp_path_factory):
    from tests.conftest import empty_tables

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PRICELENS_DATA_DIR", str(tmp_path_factory.mktemp("hostile")))
        with empty_tables(database_url) as conn:
            seed(conn)
        publish(quiet=True)
        yield datasette_instance(site_database())


def sql(query: str) -> str:
    return "/pricelens.json?sql=" + quote(query)


@pytest.mark.parametrize("statement", [
    "insert into stores (retailer_id, name) values ('x', 'y')",
    "update offers set price = 1",
    "delete from offers",
    "drop table offers",
    "create table evil (x)",
    "attach database '/tmp/evil.db' as evil",
    "pragma writable_schema = 1",
    "pragma journal_mode = wal",
    "vacuum",
    "select 1; delete from offers",
])
def test_writes_are_refused(site, statement):
    response = asyncio.run(site.client.get(sql(statement)))
    assert response.status_code in (400, 403), statement
    count = asyncio.run(site.client.get(sql("select count(*) as n from offers") + "&_shape=array")).json()
    assert count == [{"n": 2}]


def test_endless_query_is_cut_at_the_time_limit(site):
    started = time.perf_counter()
    response = asyncio.run(site.client.get(sql(ENDLESS)))
    assert response.status_code == 400
    assert "too long" in response.text.lower() or "interrupted" in response.text.lower()
    assert time.perf_counter() - started < SETTINGS["sql_time_limit_ms"] / 1000 * 10  # cut, not run to the end


def test_other_clients_are_answered_meanwhile(site):
    finished: list[str] = []

    async def fetch(name: str, path: str):
        response = await site.client.get(path)
        finished.append(name)
        return response.status_code

    async def scenario():
        slow = asyncio.create_task(fetch("endless", sql(ENDLESS)))
        await asyncio.sleep(0.05)
        quick = [await fetch(f"quick{i}", "/pricelens/offers.json?_shape=array") for i in range(5)]
        return quick, await slow

    quick, slow = asyncio.run(scenario())
    assert quick == [200] * 5 and slow == 400
    assert finished.index("endless") == len(finished) - 1  # every quick page came back first


@pytest.mark.parametrize("path", [
    "/pricelens/offers.json?_size=1000000",
    "/pricelens/price_history.json?_size=max&_shape=array",
    "/pricelens.json?sql=" + quote("select * from offers limit 100000000 offset 100000000"),
    "/pricelens/offers.json?_next=99999999999999999999",
])
def test_huge_pages_and_deep_pagination_are_bounded(site, path):
    response = asyncio.run(site.client.get(path))
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        data = response.json()
        rows = data if isinstance(data, list) else data.get("rows", [])
        assert len(rows) <= SETTINGS["max_returned_rows"]


@pytest.mark.parametrize("query", [
    "_timelimit=abc", "_timelimit=1e9", "_timelimit=nan", "_timelimit=-1", "_timelimit=%00", "_timelimit=",
    "_where=%00", "_facet=%00", "_facet=%7B%7D", "_facet=%7B%22simple%22%3A%201%7D", "q=%00", "_sort=a%00b",
    # (session 18 attack) a column the table does not sort by, both sorts at once, a _through without its key
    "_sort=title", "_sort_desc=nonexistent", "_sort=id&_sort_desc=id",
    "_through=" + quote('{"table": "retailers", "column": "id", "value": "x"}'),
])
@pytest.mark.parametrize("path", ["/pricelens/offers", "/pricelens/offers.json", "/pricelens/stores.csv"])
def test_a_query_parameter_datasette_cannot_use_is_a_400_not_an_internal_error(site, path, query):
    # (session 17 attack) int("abc") in Datasette's _timelimit, a NUL in the SQL text, _facet={}:
    # each was a 500 "internal error" for the asker's mistake
    response = asyncio.run(site.client.get(f"{path}?{query}"))
    assert response.status_code == 400, (response.status_code, response.text[:300])
    if path.endswith(".json"):
        assert response.json()["ok"] is False


@pytest.mark.parametrize("query", ["_timelimit=500", "_facet=retailer_id", "_facet=%7B%22simple%22%3A%22retailer_id%22%7D",
                                   "_where=price%3E0", "q=", ""])
def test_usable_query_parameters_are_still_answered(site, query):
    response = asyncio.run(site.client.get(f"/pricelens/offers.json?{query}"))
    assert response.status_code == 200, (query, response.text[:300])


@pytest.mark.parametrize("path", ["/\\evil.example/", "/\\\\evil.example/", "/\\/evil.example/", "/pricelens/\\x/"])
def test_a_redirect_never_leaves_the_site(site, path):
    # (session 17 attack) the trailing-slash redirect of "/\evil.example/" was "Location: /\evil.example",
    # which a browser reads as "//evil.example", another site
    async def raw_get():
        sent = []

        async def receive():
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message):
            sent.append(message)

        scope = {"type": "http", "http_version": "1.1", "method": "GET", "path": path, "raw_path": path.encode(),
                 "query_string": b"", "headers": [(b"host", b"localhost")], "scheme": "http",
                 "server": ("localhost", 80), "client": ("127.0.0.1", 1)}
        await site.app()(scope, receive, send)
        return sent[0]

    start = asyncio.run(raw_get())
    location = {key.lower(): value for key, value in start["headers"]}.get(b"location")
    if location is not None:
        assert not location.replace(b"\\", b"/").startswith(b"//"), location
        assert location.startswith(b"/")
