"""``/-/matching``: the matcher's reliability table on the site, read defensively."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from pathlib import Path

import pytest

from publish.site import datasette_instance, site_metadata

PACKAGE_FILE = Path(__file__).resolve().parents[1] / "crawler" / "matching" / "calibration.json"


def band(low, high, pairs, predicted, observed):
    return {"band": [low, high], "pairs": pairs, "predicted": predicted, "observed": observed}


TABLE = {
    "what": "test",
    "datasets": ["shop-a", "shop-b"],
    "threshold": 0.5,
    "pairs": 1300,
    "bands": [band(0.0, 0.5, 1000, 0.04, 0.03), band(0.5, 0.9, 100, 0.71, 0.69),
              band(0.9, 1.0, 200, 0.955, 0.93)],
    "bands_by_dataset": {"shop-a": [band(0.0, 0.5, 600, 0.05, 0.04), band(0.9, 1.0, 150, 0.96, 0.94)],
                         "shop-b": [band(0.0, 0.5, 400, 0.03, 0.02), band(0.9, 1.0, 50, 0.95, 0.9)]},
    "out_of_fold": {"shop-a": {"f1": 0.8, "p": 0.97, "r": 0.7}, "shop-b": {"f1": 0.7, "p": 0.91, "r": 0.6}},
}


def site_with(tmp_path: Path, calibration: Path | None):
    database = tmp_path / "pricelens.db"
    sqlite3.connect(database).execute("create table snapshot (id integer primary key, published_at text)")
    metadata = site_metadata(tmp_path)
    if calibration is not None:
        metadata["plugins"]["pricelens"]["calibration_file"] = str(calibration)
    return datasette_instance(database, metadata=metadata)


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_page_explains_a_confidence_and_shows_the_table_overall_and_per_left_out_set(tmp_path):
    path = tmp_path / "calibration.json"
    path.write_text(json.dumps(TABLE))
    response = get(site_with(tmp_path, path), "/-/matching")
    assert response.status_code == 200
    text = text_of(response.text)
    assert "A match confidence of 90 % means" in text and "nine in ten" in text
    # the example band in words, and the overall table row by row
    assert "of the 200 the matcher scored between 90 % and 100 % (on average 96 %), 93 % were the same product" in text
    rows = re.findall(r"<tr[^>]*>\s*<th scope=\"row\"[^>]*>(.*?)</th>\s*<td[^>]*>(.*?)</td>\s*<td[^>]*>(.*?)</td>\s*"
                      r"<td[^>]*>(.*?)</td>", response.text, re.S)
    assert rows[:3] == [("0–50 %", "1,000", "4 %", "3 %"), ("50–90 %", "100", "71 %", "69 %"),
                        ("90–100 %", "200", "96 %", "93 %")]
    assert len(rows) == 3 + 2 + 2  # then each left-out set's bands
    assert "shop-a: of the pairs called the same product, 97 % were" in text
    assert "from a confidence of 50 %" in text


def test_the_package_table_is_shown_as_written_by_train(tmp_path):
    """The installed calibration.json (whatever a retrain wrote into it) gives the table, not the problem line."""
    written = json.loads(PACKAGE_FILE.read_text())
    response = get(site_with(tmp_path, None), "/-/matching")
    assert response.status_code == 200
    assert "not available" not in response.text
    assert response.text.count('<th scope="row"') == len(written["bands"]) + sum(
        len(b) for b in written.get("bands_by_dataset", {}).values())


@pytest.mark.parametrize("content, expected", [
    (None, "missing"),
    ("{not json", "not valid JSON"),
    ("[1, 2]", "expected a JSON object"),
    (json.dumps({**TABLE, "bands": "many"}), "bands: expected a list of bands"),
    (json.dumps({**TABLE, "bands": [band(0.9, 0.5, 3, 0.9, 0.9)]}), "bands[0].band: expected [low, high]"),
    (json.dumps({**TABLE, "bands": [band(0.0, 0.5, 3, 1.7, 0.9)]}), "bands[0].predicted: expected a number from 0 to 1"),
    (json.dumps({**TABLE, "bands": [band(0.0, 0.5, "3", 0.1, 0.1)]}), "bands[0].pairs: expected a count"),
    (json.dumps({**TABLE, "bands_by_dataset": {"shop-a": [{"pairs": 1}]}}), "bands_by_dataset.shop-a[0].band"),
    (json.dumps({**TABLE, "bands": []}), "bands: empty"),
    (json.dumps({**TABLE, "learned": [1]}), "learned: expected an object"),
    (json.dumps({**TABLE, "learned": {"score": 0.98, "called_same": -2, "right": 1, "files": 8}}),
     "learned.called_same: expected a count"),
])
def test_a_missing_or_garbled_file_is_one_clear_line_never_a_500(tmp_path, content, expected):
    path = tmp_path / "calibration.json"
    if content is not None:
        path.write_text(content)
    response = get(site_with(tmp_path, path), "/-/matching")
    assert response.status_code == 200
    lines = [line for line in text_of(response.text).split("The reliability table is not available: ")[1:]]
    assert len(lines) == 1
    assert str(path) in lines[0] and expected in lines[0]
    assert 'pl-reliability"' not in response.text


def test_the_data_portal_links_the_page(tmp_path):
    response = get(site_with(tmp_path, None), "/-/data")
    assert response.status_code == 200
    assert 'href="/-/matching"' in response.text


def test_the_page_follows_the_file_through_the_servers_page_cache(tmp_path):
    """A retrained (or garbled, then restored) calibration.json shows while the server runs:
    the page goes through the page cache of ``pricelens serve`` (publish/cache.py) and is
    never kept by it (it was: the first version stayed)."""
    import httpx

    from publish.cache import ResponseCache, cached

    path = tmp_path / "calibration.json"
    path.write_text(json.dumps(TABLE))
    app = cached(site_with(tmp_path, path).app(), ResponseCache(8 * 1024 * 1024))

    async def fetch():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://localhost") as client:
            return await client.get("/-/matching")

    first = asyncio.run(fetch())
    assert first.status_code == 200 and 'pl-reliability"' in first.text
    path.write_text("{not json")
    garbled = asyncio.run(fetch())
    assert "not valid JSON" in garbled.text and 'pl-reliability"' not in garbled.text
    path.write_text(json.dumps({**TABLE, "bands": [band(0.0, 1.0, 4321, 0.5, 0.5)]}))
    restored = asyncio.run(fetch())
    assert "not valid JSON" not in restored.text and "4,321" in restored.text
    assert "x-pricelens-cache" not in restored.headers


def test_the_learned_stage_is_explained_with_its_left_out_figures(tmp_path):
    path = tmp_path / "calibration.json"
    path.write_text(json.dumps({**TABLE, "learned": {"threshold": 0.8, "score": 0.985, "called_same": 68,
                                                     "right": 67, "files": 8}}))
    ds = site_with(tmp_path, path)
    text = text_of(get(ds, "/-/matching").text)
    assert "Matches without a shared code" in text
    assert "(8 in all)" in text and "of the 68 pairs it called the same product, 67 were (98 %" in text
    # without the stage in the file, no such paragraph (the page reads the file on each request)
    path.write_text(json.dumps(TABLE))
    assert "Matches without a shared code" not in text_of(get(ds, "/-/matching").text)
