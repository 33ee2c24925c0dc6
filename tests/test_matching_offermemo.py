"""Session 12, speed: per-offer tables (``offermemo.per_offer``) change when a value is
computed, never the value; the decision path's lazy learned-gate columns give the gate
the same rows."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from crawler.matching import accessory as A
from crawler.matching.batch import _I, _gate_rows, batch_features
from crawler.matching.features import prepare
from crawler.matching.offermemo import per_offer
from crawler.matching.rules import learned_gate

TITLES = [
    "Apple 41mm Light Pink Sport Band",
    "Apple Watch Series 9 GPS 41mm Pink Aluminium Case with Light Pink Sport Band",
    "Spigen Ultra Hybrid Case for iPhone 15 Pro",
    "Apple iPhone 15 Pro 128GB Natural Titanium",
    "HP 962XL Ink Cartridge for OfficeJet Pro 9015e",
    "HP OfficeJet Pro 9015e All-in-One Printer",
    "Duracell AA Batteries 20 Pack",
    "Sony NP-FZ100 Rechargeable Battery Pack",
]


def test_a_per_offer_table_is_the_function_value_kept_on_the_offer():
    for t in TITLES:
        p = prepare({"title": t})
        for f in (A.heads, A._classes, A._names_device, A._name_range, A._for_of):
            assert f(p) == f.uncached(p)
            assert f(p) == f.uncached(p)  # (second read: from the offer's table)
        assert A.heads in p.memo and p.memo[A.heads] == A.heads.uncached(p)


def test_an_object_without_a_table_is_computed_every_time():
    calls = []

    @per_offer
    def n_words(p):
        calls.append(1)
        return len(p.words)

    stand_in = SimpleNamespace(words=["a", "b"])
    assert n_words(stand_in) == 2 and n_words(stand_in) == 2
    assert len(calls) == 2
    p = prepare({"title": "Logitech MX Master 3S Mouse"})
    assert n_words(p) == n_words(p) == len(p.words)
    assert len(calls) == 3


def test_the_decision_path_computes_the_learned_gate_columns_where_the_gate_reads_them():
    offers = [prepare({"title": t}) for t in TITLES]
    pairs = [(a, b) for a in offers for b in offers if a is not b]
    pa, pb = [a for a, _ in pairs], [b for _, b in pairs]
    full = batch_features(pa, pb)
    lazy = batch_features(pa, pb, no_conflicts=True)
    rows = _gate_rows(lazy)
    assert len(rows)  # (the band against the watch, at least)
    for name in ("number_word", "acc_device"):
        assert np.array_equal(lazy[rows, _I[name]], full[rows, _I[name]])
    # (the gate itself, with tier_differs - computed on fewer rows there - as the full path's)
    lazy[:, _I["tier_differs"]] = full[:, _I["tier_differs"]]
    assert np.array_equal(learned_gate(lazy), learned_gate(full))
    band_watch = pairs.index((offers[0], offers[1]))
    assert band_watch in rows.tolist() and full[band_watch, _I["acc_device"]] == 1.0
