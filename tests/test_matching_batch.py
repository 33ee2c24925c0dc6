"""The batch path: ``match_many`` and the catalogue's lazy preparation give the same answers
as one pair at a time; blocking's light view of an offer is the prepared offer's."""

from __future__ import annotations

import os

import pytest

from crawler.matching import match_catalogs, match_many, match_method
from crawler.matching.ditto import read_pairs
from crawler.matching.features import block_keys, clear_cache, prepare
from tests.conftest import shared_dataset

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "..", "shared", "datasets",
                    "matching")

OFFERS = [
    {"title": "Samsung 990 PRO 2TB NVMe MZ-V9P2T0BW", "brand": "Samsung", "mpn": "MZ-V9P2T0BW", "price": 169},
    {"title": "SSD Samsung 990 Pro 2 TB M.2 (MZ-V9P2T0BW)", "brand": "Samsung", "price": 172},
    {"title": "Samsung 990 PRO 1TB NVMe MZ-V9P1T0BW", "mpn": "MZ-V9P1T0BW"},
    {"name": "MSI GeForce RTX 4070 Ti VENTUS 3X 12G OC", "manufacturer": "MSI", "modelno": "V513-003R"},
    {"title": "MSI GeForce RTX 4070 VENTUS 2X 12G OC", "brand": "MSI", "ean": "4711377024532"},
    {"title": ["Logitech", "MX Master 3S"], "mpn": "910-006559"},
    {},
    {"title": None, "description": "a mouse"},
]


def test_match_many_equals_one_pair_at_a_time():
    pairs = [(a, b) for a in OFFERS for b in OFFERS]
    clear_cache()
    scores, same, tiers = match_many([a for a, _ in pairs], [b for _, b in pairs])
    for k, (a, b) in enumerate(pairs):
        tier, score = match_method(a, b)
        assert (tiers[k], float(scores[k]), bool(same[k])) == (tier, score, score >= 0.5)
    assert same[1] and not same[2 * len(OFFERS) + 3]
    empty = match_many([], [])
    assert len(empty[0]) == 0 and empty[2] == []


def test_block_keys_are_the_prepared_offers_view():
    for offer in OFFERS:
        clear_cache()
        light = block_keys(offer)
        full = prepare(offer)
        assert (light.wordset, light.allcodes, light.for_codes, light.mpn) == (
            full.wordset, full.allcodes, full.for_codes, full.mpn)


def test_real_test_pairs_batch_equals_single():
    path = shared_dataset(os.path.join(DATA, "abt-buy", "test.txt"))
    pairs = read_pairs(str(path))[:300]
    clear_cache()
    scores, _, tiers = match_many([a for a, _, _ in pairs], [b for _, b, _ in pairs])
    clear_cache()
    assert [match_method(a, b) for a, b, _ in pairs] == list(zip(tiers, scores.tolist()))


def test_catalogue_prepares_only_offers_blocking_pairs_up(monkeypatch):
    from crawler.matching import blocking

    left = OFFERS[:2]
    # a catalogue of unrelated offers, none sharing a word or code with the left side
    right = [OFFERS[2]] + [{"title": f"Garden hose {n} m green", "mpn": f"GH-{n:04d}"} for n in range(40)]
    prepared = []
    real = blocking.prepare_light  # (the first stage: blocking prepares no further itself)

    def spy(o):
        prepared.append(o)
        return real(o)

    monkeypatch.setattr(blocking, "prepare_light", spy)
    clear_cache()
    links = match_catalogs(left, right)
    assert links == []  # the 1 TB drive is another product
    assert all("hose" not in (o.get("title") or "").lower() for o in prepared)
    assert len(prepared) == 3


@pytest.mark.parametrize("same_side", [False, True])
def test_top_k_ties_are_deterministic(same_side):
    import numpy as np
    from scipy.sparse import csr_matrix

    from crawler.matching.blocking import _top_k

    S = csr_matrix(np.array([[0.5, 0.5, 0.5, 0.0, 0.9], [0.2, 0.0, 0.2, 0.2, 0.0]]))
    got = _top_k(S, 2, 0, same_side)
    # (with same_side the diagonal - row r is record r - is dropped after the top k)
    assert got == ([[4], [0, 2]] if same_side else [[4, 0], [0, 2]])


def test_gc_pause_restores_the_collector_and_leaves_frozen_objects_alone():
    import gc

    from crawler.matching._decide import cyclic_gc_paused

    assert gc.isenabled()
    with cyclic_gc_paused():
        assert not gc.isenabled()
        junk = [[i] for i in range(1000)]
    assert gc.isenabled() and gc.get_freeze_count() == 0
    del junk
    # a process that froze its objects (before forking workers) keeps them frozen
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with cyclic_gc_paused():
            junk = [[i] for i in range(1000)]
        assert gc.isenabled() and gc.get_freeze_count() == frozen
        del junk
    finally:
        gc.unfreeze()
