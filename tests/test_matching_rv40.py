"""Session 40, rv40: the review debts of session 39, each with the decisions kept.

* one reader of processor numbers (``pc35.processors``: family, number, generation) serves ``pc35``'s
  numbers and ``pc39``'s Intel families and generations;
* a clash of two parts' kinds (Shimano's "HB-M6010" front hub / "FH-M6010" rear freehub, fxou39) is its own
  conflict, "kind", no "version" - and the trees still see it in their x_version column, so no score moves."""

from __future__ import annotations


import numpy as np

from crawler.matching import match_method, match_many, pc35, pc39
from crawler.matching.batch import REASON_COLUMNS, batch_features
from crawler.matching.features import ALL_FEATURES, pair_features, prepare
from crawler.matching.rules import REASONS, conflict_reasons
from tests.pair_checks import pair_tests

SAME = [
    ("Shimano Deore HB-M6010 Front Hub 32H", "Shimano Deore HB-M6010 Hub 32H black"),
    ("Lenovo IdeaPad 3 15IAU7 Core i5-1235U 8GB 512GB SSD", "Lenovo IdeaPad 3 15IAU7 i5 1235U 8GB 512GB"),
]
DIFFERENT = [
    ("Shimano Deore HB-M6010 Hub 32H", "Shimano Deore FH-M6010 Hub 32H"),
    ("Shimano Deore BR-M6100 Brake", "Shimano Deore BL-M6100 Brake"),
    ("Dell Vostro 3520 Core i5-1235U 8GB 256GB", "Dell Vostro 3520 Core i7-1255U 8GB 256GB"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


# ---------------------------------------------------------------- one reader of processor numbers
def test_processors_one_reader():
    assert pc35.processors("intel core i5 1235u laptop".split()) == [("i5", "1235u", 12)]
    assert pc35.processors("amd ryzen 7 7800x 3d".split()) == [("7", "7800x3d", None)]
    assert pc35.processors("rtx 3060 ti".split()) == []
    assert pc35._processors("i7 13700k and ryzen 5 7600x".split()) == {"13700k", "7600x"}
    assert pc39._cpus("core i7 8550u i5 1135g7".split()) == [("i7", 8), ("i5", 11)]
    assert pc39._cpus("i5 1080".split()) == []  # (a bare four-digit "1xxx": no 10th-gen number)


# ---------------------------------------------------------------- a part's kind, its own conflict
HUB, FREEHUB = {"title": "Shimano Deore HB-M6010 Hub 32H"}, {"title": "Shimano Deore FH-M6010 Hub 32H"}


def test_kind_is_its_own_reason():
    assert match_method(HUB, FREEHUB)[0] == "conflict:kind"
    assert match_method(FREEHUB, HUB)[0] == "conflict:kind"
    # (the batch path too: more pairs than ``batch.SMALL``)
    scores, same, tiers = match_many([HUB, FREEHUB] * 20, [FREEHUB, HUB] * 20)
    assert set(tiers) == {"conflict:kind"} and not same.any()
    assert REASONS.index("kind") == REASONS.index("version") + 1
    assert REASON_COLUMNS["kind"] == ("x_kind",)


def test_kind_counts_as_version_for_the_trees():
    a, b = prepare(HUB), prepare(FREEHUB)
    row = np.asarray([pair_features(a, b)])
    i = {n: k for k, n in enumerate(ALL_FEATURES)}
    assert row[0, i["x_version"]] == 1.0 and row[0, i["x_kind"]] == 1.0
    assert REASONS[conflict_reasons(row)[0] - 1] == "kind"
    X = batch_features([a], [b])
    assert X[0, i["x_version"]] == 1.0 and X[0, i["x_kind"]] == 1.0
    # (a version named in words is still "version")
    row[0, i["x_kind"]] = 0.0
    assert REASONS[conflict_reasons(row)[0] - 1] == "version"
