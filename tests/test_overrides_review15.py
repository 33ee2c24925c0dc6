"""Overrides that contradict earlier ones are refused when recorded (one line, exit 2): `same` is
transitive, so 1 same 2, 2 same 3 then 1 different 3 would lose silently at match time."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from crawler.cli import main
from crawler.products import OverrideError, add_override
from tests.test_products import seed


@pytest.fixture
def ids(db):
    seed()
    return [r["id"] for r in db.execute("SELECT id FROM offers ORDER BY id")]


def test_a_different_between_offers_made_one_by_same_overrides_is_refused(ids, db):
    one, two, three = ids[:3]
    add_override(one, two, "same")
    add_override(two, three, "same")
    with pytest.raises(OverrideError) as refused:
        add_override(one, three, "different")
    assert str(refused.value) == (f"{one} different {three} contradicts earlier overrides: {one} same {two}, "
                                  f"{two} same {three} (so {one} and {three} are one product); record one of "
                                  "those again with the other verdict to change it")
    assert db.execute("SELECT count(*) AS n FROM match_overrides").fetchone()["n"] == 2
    add_override(two, three, "different")  # changing an earlier override is allowed
    add_override(one, three, "different")
    assert db.execute("SELECT count(*) AS n FROM match_overrides WHERE verdict = 'different'").fetchone()["n"] == 2


def test_a_same_that_joins_two_offers_declared_different_is_refused(ids):
    one, two, three, four = ids[:4]
    add_override(one, two, "different")
    add_override(two, three, "same")
    with pytest.raises(OverrideError, match=rf"^{one} same {three} contradicts earlier overrides: {one} different "
                                            rf"{two} \(with {three} same {two}\);"):
        add_override(one, three, "same")
    add_override(three, four, "same")  # no contradiction: recorded
    add_override(one, two, "same")     # the pair's own override is replaced, not a contradiction


def test_the_cli_says_it_in_one_line_and_exits_2(ids, monkeypatch, database_url):
    monkeypatch.setenv("DATABASE_URL", database_url)
    one, two, three = ids[:3]
    runner = CliRunner()
    for a, b, verdict in ((one, two, "same"), (two, three, "same")):
        assert runner.invoke(main, ["match", "override", str(a), str(b), verdict]).exit_code == 0
    result = runner.invoke(main, ["match", "override", str(one), str(three), "different"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"pricelens: match override: {one} different {three} contradicts earlier overrides: {one} same {two}, "
        f"{two} same {three} (so {one} and {three} are one product); record one of those again with the other "
        "verdict to change it"]
