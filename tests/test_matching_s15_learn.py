"""Session 15 (learn): the learned stage's wider gate and its own columns.

The stage judges pairs without identifying evidence and without a conflict; since this session
also those whose titles each print identifying words the other lacks, a model number or a word
after a shared number on one side only, or one shared identifying word (``rules.learned_gate``,
``rules.learned_narrow``), at their own threshold, by trees that also read the idf-weighted share
of each title's one-sided identifying words (``learnfeat.missed_idf_shares``)."""
import numpy as np
import pytest

from crawler.matching import match_many, match_method, same_product
from crawler.matching.batch import batch_features
from crawler.matching.features import ALL_FEATURES, FEATURE_NAMES, pair_features
from crawler.matching.learnfeat import missed_idf_shares
from crawler.matching.model import resources
from crawler.matching.prepared import prepare
from crawler.matching.rules import learned_gate, learned_narrow, learned_thresholds


def _p(title, **kw):
    resources()
    return prepare({"title": title, **kw})


def _col(X, name):
    return X[:, ALL_FEATURES.index(name)]


def test_missed_shares_are_shares_and_ignore_the_order():
    a = _p("Hoyle South Beach Solitaire for Windows")
    b = _p("Hoyle Solitaire")
    hi, lo = missed_idf_shares(a, b)
    assert 0.0 <= lo <= hi <= 1.0
    assert (hi, lo) == missed_idf_shares(b, a)
    # the longer title's line name is a large share of its identifying words; the short one misses none
    assert hi > 0.3 and lo == 0.0


def test_the_same_title_misses_nothing():
    a = _p("Lindt Excellence 70% Cocoa Dark Chocolate Bar 100g")
    assert missed_idf_shares(a, a) == (0.0, 0.0)


def test_a_feature_list_weighs_less_than_a_line_name():
    # the words one title prints alone: common feature words after a comma against a rare line name
    verbose = missed_idf_shares(_p("Vornado 660 Whole Room Air Circulator Fan, Black"),
                                _p("Vornado 660 Air Circulator"))
    line = missed_idf_shares(_p("Aladdin Mocca Thermavac Leak-Lock Mug 0.35L"),
                             _p("Aladdin Urban Thermavac Leak-Lock Mug 0.35L"))
    assert line[1] > 0 and line[1] > verbose[1]


def test_the_columns_are_the_stage_s_only():
    # never read by the main trees: they stand after FEATURE_NAMES
    assert "miss_idf_max" not in FEATURE_NAMES and "miss_idf_min" not in FEATURE_NAMES
    assert ALL_FEATURES[-2:] == ["miss_idf_max", "miss_idf_min"]


PAIRS = [
    ("Nongshim Shin Ramyun Noodle Soup, Gourmet Spicy, 4.2 Ounce (Pack of 10)",
     "NongShim Shin Ramyun Hot & Spicy Instant Noodles 120g x 10"),
    ("Kleenex Ultra Soft Facial Tissues, 4 Cube Boxes, 60 Tissues per Box", "Kleenex Ultra Soft Facial Tissue 4 pk, 60 ct"),
    ("Garmin Forerunner 245 Music GPS Running Watch", "Garmin Forerunner 245 GPS Running Smartwatch"),
    ("SEB Clipso Minut Easy Schnellkochtopf 6 Liter Edelstahl", "SEB Cocotte-minute Clipso Minut' Easy 6 L, inox"),
    ("Chtaura Natural Mineral Water 10L Gallon", "مياه شتورا 10 لتر"),
    ("Hoyle South Beach Solitaire", "Hoyle Solitaire"),
]


def test_batch_and_one_pair_columns_agree():
    A = [_p(a) for a, _ in PAIRS]
    B = [_p(b) for _, b in PAIRS]
    # (enough rows for the column-wise path)
    X = batch_features(A * 20, B * 20)[: len(PAIRS)]
    Y = np.asarray([pair_features(a, b) for a, b in zip(A, B)])
    for name in ("miss_idf_max", "miss_idf_min"):
        assert _col(X, name).tolist() == pytest.approx(_col(Y, name).tolist(), abs=1e-12)


def test_the_wide_gate_holds_the_narrow_one():
    A = [_p(a) for a, _ in PAIRS]
    B = [_p(b) for _, b in PAIRS]
    X = np.asarray([pair_features(a, b) for a, b in zip(A, B)])
    narrow, gate = learned_narrow(X) & learned_gate(X), learned_gate(X)
    assert (gate | ~narrow).all()
    # the wider rows are in the gate but not narrow: both titles print words the other lacks
    k = 0
    assert gate[k] and not learned_narrow(X)[k] and _col(X, "id_miss_min")[k] >= 1
    # their threshold is the third; a stage without one (1.01) never calls them
    t = learned_thresholds(X, 0.85, 0.9, 0.95)
    assert t[k] == 0.95
    assert learned_thresholds(X, 0.85, 0.9)[k] > 1.0


def test_one_pair_and_batch_decide_the_wider_rows_alike():
    # the same score, flag and tier through match_many (column-wise, staged: the stage's
    # columns computed on the gate's rows only) and one pair at a time
    A = [{"title": a} for a, _ in PAIRS] * 30
    B = [{"title": b} for _, b in PAIRS] * 30
    scores, flags, tiers = match_many(A, B)
    for i, (a, b) in enumerate(PAIRS):
        tier, score = match_method({"title": a}, {"title": b})
        assert tiers[i] == tier and bool(flags[i]) == same_product({"title": a}, {"title": b})
        assert scores[i] == pytest.approx(score)


def test_the_shipped_stage_judges_wider_rows_only_with_their_columns():
    res = resources()
    if res.learned_threshold_wide <= 1.0:
        assert res.learned_features == ALL_FEATURES
        assert res.raw["learned"]["threshold_wide"] >= res.learned_threshold
