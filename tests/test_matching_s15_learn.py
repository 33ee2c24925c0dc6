"""Session 15 (learn): the learned stage's wider gate.

The stage judges pairs without identifying evidence and without a conflict; since this session
also those whose titles share one identifying word only - a brand, the rest of the titles in two
languages or a kind word one leaves out (``rules.learned_gate``, ``rules.learned_narrow``) - at
their own threshold (``threshold_wide``).  What still closes the gate: a model number in one title
only, a word after a shared number in one title only, identifying words each title prints alone."""
import numpy as np
import pytest

from crawler.matching import match_many, match_method, same_product
from crawler.matching.features import ALL_FEATURES, pair_features
from crawler.matching.model import resources
from crawler.matching.prepared import prepare
from crawler.matching.rules import learned_gate, learned_narrow, learned_thresholds


def _p(title, **kw):
    resources()
    return prepare({"title": title, **kw})


def _col(X, name):
    return X[:, ALL_FEATURES.index(name)]


PAIRS = [
    # one identifying word shared, the rest in two languages: a wider row
    ("Chtaura Natural Mineral Water 10L Gallon", "مياه شتورا 10 لتر"),
    # two shared, every word of one in the other: a narrow row
    ("Kleenex Ultra Soft Facial Tissues, 4 Cube Boxes, 60 Tissues per Box", "Kleenex Ultra Soft Facial Tissue 4 pk, 60 ct"),
    # a word after a shared number on one side only: closed
    ("Garmin Forerunner 245 Music GPS Running Watch", "Garmin Forerunner 245 GPS Running Smartwatch"),
    # each title prints an identifying word the other lacks: closed
    ("Nongshim Shin Ramyun Noodle Soup, Gourmet Spicy, 4.2 Ounce (Pack of 10)",
     "NongShim Shin Ramyun Hot & Spicy Instant Noodles 120g x 10"),
    # a model number in one title only: closed
    ("LG 30 in. Stainless Steel Freestanding Gas Range LRG30357SS", "LG 5.0 cu.ft. Freestanding Gas Range"),
    ("Hoyle South Beach Solitaire", "Hoyle Solitaire"),
]


def _matrix():
    return np.asarray([pair_features(_p(a), _p(b)) for a, b in PAIRS])


def test_the_wider_gate_holds_the_narrow_one():
    X = _matrix()
    gate, narrow = learned_gate(X), learned_narrow(X)
    # every row the stage judged before session 15 is still judged, at the same thresholds
    before = gate & (_col(X, "id_shared") >= 2)
    assert (before == (gate & narrow)).all()
    assert gate[0] and not narrow[0] and _col(X, "id_shared")[0] == 1
    assert gate[1] and narrow[1]


@pytest.mark.parametrize("k", [2, 3, 4])
def test_what_names_another_model_still_closes_the_gate(k):
    X = _matrix()
    assert not learned_gate(X)[k]


def test_the_wider_rows_take_their_own_threshold():
    X = _matrix()
    t = learned_thresholds(X, 0.85, 0.9, 0.95)
    assert t[0] == 0.95
    # a stage without one (trained before session 15: 1.01) never calls them
    assert learned_thresholds(X, 0.85, 0.9)[0] > 1.0
    assert learned_thresholds(X, 0.85, 0.9)[1] == t[1]


def test_one_pair_and_batch_decide_alike():
    # the same score, flag and tier through match_many (column-wise, staged: the gate's columns
    # computed on its rows only) and one pair at a time
    A = [{"title": a} for a, _ in PAIRS] * 30
    B = [{"title": b} for _, b in PAIRS] * 30
    scores, flags, tiers = match_many(A, B)
    for i, (a, b) in enumerate(PAIRS):
        tier, score = match_method({"title": a}, {"title": b})
        assert tiers[i] == tier and bool(flags[i]) == same_product({"title": a}, {"title": b})
        assert scores[i] == pytest.approx(score)


def test_the_shipped_stage_says_its_wider_threshold():
    res = resources()
    raw = res.raw["learned"]
    if "threshold_wide" in raw:
        assert res.learned_threshold_wide == raw["threshold_wide"] >= res.learned_threshold
    else:
        assert res.learned_threshold_wide > 1.0
