"""Session 14, gate (issue #12): recall through the learned stage.

The learned stage judges titles named by words only (``rules.learned_gate``): where
one offer has a model number and the other none (``codes_one_side``), the number
tells the models of a line apart and the gate stays closed.  An MPN field of one
offer only - its title printing no model number, the other offer with no MPN field
and no number in its title - is no number a title names: ``codes_one_side`` is 2
there (``features.code_from_mpn_only``) and the gate opens.  A model number printed
in a title ("lg wm2233w ... washer", "prismacolor 20516 - col-erase ...") keeps it
closed, with an MPN field or without."""

from __future__ import annotations

import numpy as np
import pytest

from crawler.matching.batch import batch_features
from crawler.matching.features import ALL_FEATURES, code_from_mpn_only, pair_features
from crawler.matching.prepared import complete, prepare
from crawler.matching.rules import learned_gate, learned_thresholds
from tests.pair_checks import assert_different

_ONE = ALL_FEATURES.index("codes_one_side")


def _offer(x):
    return complete(prepare(x if isinstance(x, dict) else {"title": x}))


def _column(a, b) -> float:
    """codes_one_side of the pair, the same on both feature paths and in both orders."""
    pa, pb = _offer(a), _offer(b)
    v = pair_features(pa, pb)[_ONE]
    assert pair_features(pb, pa)[_ONE] == v
    X = batch_features([pa, pb], [pb, pa])
    assert X[0, _ONE] == v and X[1, _ONE] == v
    return v


# (pairs of benchmarks/pairs: dev11_electronics, heldout9, train13a)
MPN_ONLY = [
    ({"title": "Google Nest Thermostat - Snow", "mpn": "GA01334-US"},
     "Google Nest Thermostat Smart Programmable Wifi Thermostat, Snow"),
    ({"title": "Sony Alpha a7 IV Full-frame Mirrorless Camera Body", "mpn": "ILCE-7M4/B"},
     "Sony A7 IV Body Only"),
    ({"title": "Diptyque Baies Scented Candle 190g", "mpn": "BA1"},
     "diptyque Baies Bougie Parfumée 190 g - Berries"),
]


@pytest.mark.parametrize("a,b", MPN_ONLY)
def test_an_mpn_field_of_one_offer_only_is_no_title_number(a, b):
    assert code_from_mpn_only(_offer(a), _offer(b))
    assert _column(a, b) == 2.0


@pytest.mark.parametrize("a,b", [
    # the model number printed in a title (abt-buy, walmart-amazon: two products)
    ("lg wm2233w 4.0 cu ft white front load washer wm2233wh",
     "lg 4.0 cu . ft. capacity front load washer w / sanitary cycle"),
    ("prismacolor 20516 - col-erase colored woodcase pencils w eraser 12 assorted colors set",
     "prismacolor col-erase pencil with eraser 12 pack"),
    # ... with the MPN field too: the title prints it
    ({"title": "lg wm2233w 4.0 cu ft white front load washer", "mpn": "WM2233W"},
     "lg 4.0 cu . ft. capacity front load washer w / sanitary cycle"),
    # ... or another number besides the MPN field
    ({"title": "Sony Alpha a7 IV ILCE-7M4 Mirrorless Camera Body", "mpn": "ILCE-7M4/B"},
     "Sony A7 IV Body Only"),
])
def test_a_model_number_in_a_title_keeps_the_gate_closed(a, b):
    assert _column(a, b) == 1.0
    pa, pb = _offer(a), _offer(b)
    assert not learned_gate(batch_features([pa], [pb]))[0]


def test_the_other_offer_with_an_mpn_field_or_a_title_number():
    # both offers with a model number: no one-sided number at all
    a = {"title": "Google Nest Thermostat - Snow", "mpn": "GA01334-US"}
    assert _column(a, {"title": "Google Nest Thermostat, Snow", "mpn": "T3019US"}) == 0.0
    # the other title prints one
    assert _column(a, "Google Nest Thermostat T3019US Snow") == 0.0


def test_the_gate_reads_the_mpn_field_alone_as_no_number():
    pa, pb = (_offer(x) for x in MPN_ONLY[0])
    X = batch_features([pa], [pb])
    assert learned_gate(X)[0]
    # the same pair as an offer printing its number in the title: closed
    X[0, _ONE] = 1.0
    assert not learned_gate(X)[0]
    assert not np.isnan(X).any()


def test_a_pair_opened_by_an_mpn_field_needs_the_higher_threshold():
    # (the other shop does not state the number: it may name another model of the line)
    pa, pb = (_offer(x) for x in MPN_ONLY[0])
    X = batch_features([pa, pa], [pb, pb])
    X[:, ALL_FEATURES.index("id_shared")] = 3.0
    X[1, _ONE] = 0.0
    assert list(learned_thresholds(X, 0.85, 0.9)) == [0.9, 0.85]


@pytest.mark.parametrize("a,b", [
    ("lg wm2233w 4.0 cu ft white front load washer wm2233wh",
     "lg 4.0 cu . ft. capacity front load washer w / sanitary cycle"),
    ("prismacolor 20516 - col-erase colored woodcase pencils w eraser 12 assorted colors set",
     "prismacolor col-erase pencil with eraser 12 pack"),
])
def test_title_numbers_one_side_stay_apart(a, b):
    assert_different(a, b)
