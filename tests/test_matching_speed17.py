"""Session 17, speed: an offer's page name (``prepared.Prepared.pagename``) is read when a
pair first asks, and ``batch.staged_conflict_reasons`` asks only for the rows whose
first-stage conflict it can change (``unit_hard``) and the rows the first stage leaves open
- the same conflicts as reading every page name first (``batch.conflict_matrix``)."""

from __future__ import annotations

import numpy as np

from crawler.matching import batch as B
from crawler.matching import prepared as P
from crawler.matching.features import clear_cache, prepare, prepare_light
from crawler.matching.pagename import page_name
from crawler.matching.rules import conflict_reasons
from tests.test_matching_batch_features import DITTO, _pairs, _sample

PAGE = '"HP ZBook Studio G3 i7-6700HQ 8GB 256GB SSD M1000 4GB 15.6 FHD W7Pro"@es ProBook 450 G4 - Black Friday'


def test_page_name_is_read_when_first_asked():
    clear_cache()
    p = prepare_light({"title": PAGE})
    assert p._pagename is P._UNREAD
    assert p.pagename == page_name(PAGE) and p.pagename is not None
    assert p._pagename == page_name(PAGE)
    # (no quote: no page name, nothing to read)
    assert prepare_light({"title": "HP ZBook Studio G3 15.6 FHD"})._pagename is None
    # (a complete offer has read it)
    assert prepare({"title": PAGE + " 2"})._pagename is not P._UNREAD


def test_staged_reasons_equal_reading_every_page_name_first():
    # (wdc-computers: web pages' titles, most with a name literal; one test pair has
    # units that disagree on two pages of the same name - not a units conflict)
    for name in DITTO:
        pairs = _pairs(name) if name == "wdc-computers" else _sample(_pairs(name), 300)
        clear_cache()
        la = [prepare_light(a) for a, _, _ in pairs]
        lb = [prepare_light(b) for _, b, _ in pairs]
        staged = B.staged_conflict_reasons(la, lb)
        clear_cache()
        la = [prepare_light(a) for a, _, _ in pairs]
        lb = [prepare_light(b) for _, b, _ in pairs]
        assert (staged == conflict_reasons(B.conflict_matrix(la, lb))).all(), name


def test_a_page_name_undoes_a_units_conflict_of_the_first_stage():
    pairs = [p for p in _pairs("wdc-computers") if p[0]["title"].startswith(PAGE[:60])]
    clear_cache()
    la = [prepare_light(a) for a, _, _ in pairs]
    lb = [prepare_light(b) for _, b, _ in pairs]
    C = B.conflict_matrix(la, lb)
    rows = np.flatnonzero((C[:, B._UNIT_HARD] > 0) & (C[:, B._NAME_SAME] > 0))
    assert len(rows), "no pair of one page name with units that disagree: the test reads nothing"
    assert (B.staged_conflict_reasons([la[r] for r in rows], [lb[r] for r in rows])
            == conflict_reasons(C[rows])).all()
    assert "units" not in [B.REASONS[r - 1] for r in conflict_reasons(C[rows]) if r]


def test_page_names_only_where_they_count():
    # (the shortcut rests on the rules as they are - ``batch._page_first``)
    assert B._PAGE_FIRST
    pairs = _pairs("wdc-computers")
    clear_cache()
    la = [prepare_light(a) for a, _, _ in pairs]
    lb = [prepare_light(b) for _, b, _ in pairs]
    B.staged_conflict_reasons(la, lb)
    offers = {id(p): p for p in la + lb}.values()
    quoted = [p for p in offers if p._pagename is not None]
    assert any(p._pagename is P._UNREAD for p in quoted)


def test_without_the_shortcut_the_same_reasons(monkeypatch):
    pairs = _sample(_pairs("wdc-computers"), 300)
    clear_cache()
    la = [prepare_light(a) for a, _, _ in pairs]
    lb = [prepare_light(b) for _, b, _ in pairs]
    want = B.staged_conflict_reasons(la, lb)
    monkeypatch.setattr(B, "_PAGE_FIRST", False)
    clear_cache()
    la = [prepare_light(a) for a, _, _ in pairs]
    lb = [prepare_light(b) for _, b, _ in pairs]
    assert (B.staged_conflict_reasons(la, lb) == want).all()
