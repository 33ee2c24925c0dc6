"""The staged decision (``_decide.decide_staged``: conflicts first, from offers
prepared as far as ``features.prepare_light``; full preparation, features and
trees only for the pairs no conflict decides) gives what the one-stage path
gives - ``decide_many`` over fully prepared offers -: the same scores bit for
bit, the same flags and tiers, on real pairs of the four labelled sets.  And
the reasons it rests on: ``rules.conflict_reasons`` reads only
``batch.CONFLICT_COLUMNS``, ``batch.conflict_matrix`` computes them as
``batch_features`` does, a flat calibration map is recognised as one.
(``python tests/test_matching_staged.py`` runs every test-split pair offline.)"""

from __future__ import annotations

import os
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:  # (run as a script)
    sys.path.insert(0, ROOT)

from crawler.matching import match_many, match_method  # noqa: E402
from crawler.matching import _decide  # noqa: E402
from crawler.matching.batch import (  # noqa: E402
    CONFLICT_COLUMNS,
    FACET_COLUMNS,
    FACET_GROUPS,
    FIRST_COLUMNS,
    REASON_COLUMNS,
    batch_features,
    conflict_matrix,
    first_stage_reasons,
    staged_conflict_reasons,
)
from crawler.matching.features import (  # noqa: E402
    ALL_FEATURES,
    Prepared,
    clear_cache,
    complete,
    pair_features,
    prepare,
    prepare_light,
)
from crawler.matching.model import Calibration, resources  # noqa: E402
from crawler.matching.rules import REASONS, conflict_reasons  # noqa: E402
from tests.test_matching_batch_features import DITTO, _pairs, _sample  # noqa: E402


def _reference(pairs):
    """(scores, flags, tiers) of the one-stage path: every offer prepared in full."""
    clear_cache()
    return _decide.decide_many([prepare(a) for a, _, _ in pairs], [prepare(b) for _, b, _ in pairs])


def check(pairs) -> int:
    """Pairs whose staged result (a batch, and one pair at a time) differs from the reference."""
    s0, m0, t0 = _reference(pairs)
    clear_cache()
    s1, m1, t1 = match_many([a for a, _, _ in pairs], [b for _, b, _ in pairs])
    differ = int(np.sum((s0 != s1) | (m0 != m1))) + sum(x != y for x, y in zip(t0, t1))
    clear_cache()
    for k, (a, b, _) in enumerate(pairs):
        tier, score = match_method(a, b)
        differ += tier != t0[k] or score != float(s0[k])
    return differ


def test_staged_decisions_equal_the_one_stage_path():
    for name in DITTO + ("promap-cz",):
        assert check(_sample(_pairs(name), 200)) == 0, name


def test_staged_path_decides_conflicts_early():
    # (what makes it faster: most real candidate pairs have a conflict)
    pairs = _sample(_pairs("walmart-amazon"), 200)
    clear_cache()
    _, _, tiers = match_many([a for a, _, _ in pairs], [b for _, b, _ in pairs])
    light = [prepare_light(a) for a, _, _ in pairs] + [prepare_light(b) for _, b, _ in pairs]
    conflicts = sum(t.startswith("conflict:") for t in tiers)
    assert conflicts > len(pairs) // 2
    # offers only in conflict pairs were never completed
    assert sum(p.rest is not None for p in light) > 0


def test_conflict_reasons_read_only_the_conflict_columns():
    rng = np.random.default_rng(0)
    other = [k for k, n in enumerate(ALL_FEATURES) if n not in CONFLICT_COLUMNS]
    for name in DITTO:
        pairs = _sample(_pairs(name), 150)
        clear_cache()
        X = batch_features([prepare(a) for a, _, _ in pairs], [prepare(b) for _, b, _ in pairs])
        want = conflict_reasons(X)
        for values in (rng.uniform(-2, 2, X.shape), rng.integers(-1, 2, X.shape).astype(float),
                       np.zeros(X.shape), np.full(X.shape, 9.0)):
            Y = X.copy()
            Y[:, other] = values[:, other]
            assert (conflict_reasons(Y) == want).all(), name


def test_conflict_matrix_equals_batch_features_in_its_columns():
    cols = [ALL_FEATURES.index(n) for n in CONFLICT_COLUMNS]
    for name in DITTO + ("promap-cz",):
        pairs = _sample(_pairs(name), 150)
        clear_cache()
        la = [prepare_light(a) for a, _, _ in pairs]
        lb = [prepare_light(b) for _, b, _ in pairs]
        C = conflict_matrix(la, lb)  # (offers still in their first stage)
        X = batch_features([complete(p) for p in la], [complete(p) for p in lb])
        assert (C[:, cols] == X[:, cols]).all(), name
        assert not np.delete(C, cols, axis=1).any()


def test_light_then_complete_is_prepare():
    pairs = _sample(_pairs("abt-buy"), 60) + _sample(_pairs("wdc-computers"), 60)
    offers = [o for a, b, _ in pairs for o in (a, b)]
    clear_cache()
    full = [prepare(o) for o in offers]
    clear_cache()
    light = [prepare_light(o) for o in offers]
    assert all(p.rest is not None for p in light)
    done = [complete(p) for p in light]
    for x, y in zip(full, done):
        assert y.rest is None
        for s in Prepared.__slots__:
            vx, vy = getattr(x, s), getattr(y, s)
            assert vx == vy or (isinstance(vx, float) and vx != vx and vy != vy), s
    for k in range(0, len(offers) - 1, 2):
        assert pair_features(full[k], full[k + 1]) == pair_features(done[k], done[k + 1])
    # prepare() of a light offer completes it
    clear_cache()
    p = prepare_light(offers[0])
    assert prepare(p) is p and p.rest is None


def test_flat_calibration_maps():
    cal = Calibration({"weak": {"x": [0.0, 1.0], "y": [0.25, 0.25]},
                       "conflict": {"x": [0.2, 0.7], "y": [0.03, 0.03]},
                       "allowed": {"x": [0.0, 0.5, 1.0], "y": [0.0, 0.4, 1.0]}})
    assert cal.constant(1) == 0.25
    assert cal.constant(2) == 0.03
    assert cal.constant(0) is None
    p = np.linspace(0.0, 1.0, 101)
    assert (cal(p, np.full(101, 2)) == 0.03).all()
    assert Calibration({}).constant(2) is None


def test_a_varying_conflict_calibration_takes_the_full_path(monkeypatch):
    # without a flat conflict map a conflict pair's score depends on the trees:
    # nothing is decided early, and the result is still the reference
    pairs = _sample(_pairs("abt-buy"), 80)
    ref = _reference(pairs)
    monkeypatch.setattr(Calibration, "constant", lambda self, code: None)
    clear_cache()
    got = match_many([a for a, _, _ in pairs], [b for _, b, _ in pairs])
    assert (got[0] == ref[0]).all() and (got[1] == ref[1]).all() and got[2] == ref[2]
    assert resources().calibration.constant(2) is None


def test_first_stage_conflicts_need_no_other_column():
    # a row whose first conflict is a first-stage one keeps it whatever the
    # facet columns hold; and the two-step reasons are the one-step ones
    known = [k + 1 for k, r in enumerate(REASONS) if r in first_stage_reasons(REASONS)]
    assert known  # (GTIN, brand, MPN ... come first)
    rng = np.random.default_rng(1)
    other = [k for k, n in enumerate(ALL_FEATURES) if n not in FIRST_COLUMNS]
    for name in DITTO + ("promap-cz",):
        pairs = _sample(_pairs(name), 150)
        clear_cache()
        X = batch_features([prepare(a) for a, _, _ in pairs], [prepare(b) for _, b, _ in pairs])
        want = conflict_reasons(X)
        rows = np.isin(want, known)
        assert rows.any(), name
        for values in (rng.uniform(-2, 2, X.shape), rng.integers(-1, 2, X.shape).astype(float),
                       np.zeros(X.shape), np.full(X.shape, 9.0)):
            Y = X.copy()
            Y[:, other] = values[:, other]
            assert (conflict_reasons(Y)[rows] == want[rows]).all(), name
        clear_cache()
        got = staged_conflict_reasons([prepare_light(a) for a, _, _ in pairs],
                                      [prepare_light(b) for _, b, _ in pairs])
        assert (got == want).all(), name


def test_each_conflict_needs_only_its_columns_and_the_earlier_ones():
    # what the facet groups are computed on: a row whose first conflict is
    # REASONS[k] keeps it whatever the columns that neither it nor an earlier
    # reason reads (REASON_COLUMNS) hold
    assert sorted(k for g in FACET_GROUPS for k in g) == sorted(FACET_COLUMNS)
    assert set(REASON_COLUMNS) == set(REASONS)
    rng = np.random.default_rng(2)
    for name in DITTO + ("promap-cz",):
        pairs = _sample(_pairs(name), 150)
        clear_cache()
        X = batch_features([prepare(a) for a, _, _ in pairs], [prepare(b) for _, b, _ in pairs])
        want = conflict_reasons(X)
        read: set = set()
        for k, r in enumerate(REASONS):
            read |= set(REASON_COLUMNS[r])
            rows = want == k + 1
            if not rows.any():
                continue
            other = [j for j, n in enumerate(ALL_FEATURES) if n not in read]
            for values in (rng.uniform(-2, 2, X.shape), rng.integers(-1, 2, X.shape).astype(float),
                           np.zeros(X.shape), np.full(X.shape, 9.0)):
                Y = X.copy()
                Y[:, other] = values[:, other]
                assert (conflict_reasons(Y)[rows] == k + 1).all(), (name, r)


def test_facet_parts_in_any_order_then_complete_is_prepare():
    from crawler.matching.prepared import code_part, facet_part, keys_part

    pairs = _sample(_pairs("walmart-amazon"), 40) + _sample(_pairs("promap-cz"), 40)
    offers = [o for a, b, _ in pairs for o in (a, b)]
    clear_cache()
    full = [prepare(o) for o in offers]
    orders = ((keys_part, code_part, facet_part), (code_part, facet_part), (facet_part,), (keys_part,))
    for order in orders:
        clear_cache()
        light = [prepare_light(o) for o in offers]
        for part in order:
            for p in light:
                part(p)
        for x, y in zip(full, map(complete, light)):
            for s in Prepared.__slots__:
                vx, vy = getattr(x, s), getattr(y, s)
                if isinstance(vx, tuple) and s != "cols":  # (tuples of set elements: any order)
                    vx, vy = sorted(map(repr, vx)), sorted(map(repr, vy))
                assert vx == vy or (isinstance(vx, float) and vx != vx and vy != vy), s


if __name__ == "__main__":  # every test-split pair (promap-cz whole), offline
    total = 0
    for name in DITTO + ("walmart-amazon-dirty", "promap-cz"):
        if name == "walmart-amazon-dirty":
            from crawler.matching.ditto import read_pairs

            pairs = read_pairs(os.path.join(ROOT, "..", "shared", "datasets", "matching", name, "test.txt"))
        else:
            pairs = _pairs(name)
        d = check(pairs)
        total += d
        print(f"{name}: {len(pairs)} pairs, {d} differing")
    print(f"staged vs one-stage: {total} differing")
    sys.exit(1 if total else 0)
