"""The decision behind ``match_method`` / ``match_score`` for one pair.

Identical valid GTINs decide at once; every other pair goes through the same
feature vector, rules and calibrated model as a batch (``rules.decide_matrix``).
"""

from __future__ import annotations

import gc
from contextlib import contextmanager

import numpy as np

from .batch import SMALL, batch_features, staged_conflict_reasons
from .prepared import complete, prepare, prepare_light
from .model import resources
from .rules import REASONS, decide_matrix

# confidence reported for identical valid GTINs (no labelled GTIN pairs to
# calibrate on: a shared GTIN is the retail identifier itself)
GTIN_SCORE = 0.99


def decide(a, b):
    pa = prepare_light(a)
    pb = prepare_light(b)
    ga, gb = pa.gtin, pb.gtin
    if ga and gb and ga == gb:
        return "gtin", GTIN_SCORE
    score = _conflict_score(resources())
    if score is not None:
        reason = int(staged_conflict_reasons([pa], [pb])[0])
        if reason:
            return "conflict:" + REASONS[reason - 1], float(score)
    ca, cb = complete(pa), complete(pb)
    X = batch_features([ca], [cb])
    score, _, tiers = decide_matrix(X, resources(), ([ca], [cb]))
    return tiers[0], float(score[0])


@contextmanager
def cyclic_gc_paused():
    """Pauses Python's cyclic garbage collector for one batch (reference
    counting still frees everything as usual).

    A batch keeps every offer it prepares - each a dozen sets and lists - until
    it ends, and the collector rescans all of them again and again as they
    pile up, though matching makes no reference cycles: on the 24,628 offers
    of catalog-walmart-amazon that was 30% of the CPU time (8.7 s -> 5.8 s
    without it), on batches of 1,000 test pairs 25%.  The collector is on
    again, as it was, when the batch ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if not gc.get_freeze_count():
                # what the batch left behind goes to the oldest generation
                # directly (freeze + unfreeze moves it there without a scan):
                # otherwise the first collection after the batch scans all of
                # it at once (~5-10% of a catalogue's CPU time); cycles in it
                # are still found by the next full collection
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def decide_pairs(offers_a, offers_b):
    """(scores, same flags, tiers) for aligned lists of offers (dicts or
    prepared): the batch entry point.  Each distinct offer is prepared once
    (the per-offer cache), with the cyclic collector paused for the batch."""
    with cyclic_gc_paused():
        return decide_staged([prepare_light(o) for o in offers_a],
                             [prepare_light(o) for o in offers_b])


def _conflict_score(res):
    """The score ``decide_matrix`` gives every pair with a conflict when it
    does not depend on the trees (the calibration maps the conflict group to
    one constant: then a conflict pair's score, flag and tier are known
    without its full feature vector), else None."""
    c = res.calibration.constant(2)
    if c is None:
        return None
    # as in decide_matrix: a blocked pair stays below the threshold
    return np.minimum(np.float64(c), np.nextafter(res.threshold, 0.0))


def decide_staged(prepared_a, prepared_b):
    """``decide_many`` in two stages: the conflicts first, from offers
    prepared as far as ``prepare_light``; only the pairs that no conflict (and
    no shared GTIN) decides get their offers completed and their full feature
    vectors, trees and calibration.

    Why the result is the same: ``rules.decide_matrix`` puts every row with a
    conflict (``conflict_reasons`` > 0 - a function of ``batch.
    CONFLICT_COLUMNS`` only, which ``conflict_matrix`` computes as
    ``batch_features`` does) in the conflict group, never same product, tier
    "conflict:<first reason>", score the conflict group's calibration capped
    below the threshold - a constant when that calibration is one (checked:
    ``Calibration.constant``; otherwise every pair takes the full path).  A
    shared valid GTIN overrides everything (``decide_many``)."""
    n = len(prepared_a)
    res = resources()
    cscore = _conflict_score(res)
    if n < SMALL or cscore is None:
        return decide_many([complete(p) for p in prepared_a], [complete(p) for p in prepared_b])
    PA, PB = prepared_a, prepared_b
    gtin = np.fromiter((bool(x.gtin and x.gtin == y.gtin) for x, y in zip(PA, PB)), bool, n)
    # (what the conflict stage computes, read again by the full path's feature matrix)
    keep = []
    if gtin.any():
        # (a shared GTIN decides whatever the conflicts: none looked for)
        reasons = np.zeros(n, dtype=np.int64)
        other = np.flatnonzero(~gtin).tolist()
        if other:
            reasons[other] = staged_conflict_reasons([PA[k] for k in other], [PB[k] for k in other],
                                                     keep=keep)
        # (rows of the pairs without a shared GTIN: their rows in ``keep``)
        at = np.full(n, -1, dtype=np.int64)
        at[other] = np.arange(len(other))
    else:
        reasons = staged_conflict_reasons(PA, PB, keep=keep)
        at = None
    rest = np.flatnonzero((reasons == 0) & ~gtin)
    score = np.full(n, float(cscore))
    same = np.zeros(n, dtype=bool)
    tiers = [None] * n
    for k in np.flatnonzero(reasons > 0).tolist():
        tiers[k] = "conflict:" + REASONS[reasons[k] - 1]
    for k in np.flatnonzero(gtin).tolist():
        score[k] = GTIN_SCORE
        same[k] = True
        tiers[k] = "gtin"
    if len(rest):
        idx = rest.tolist()
        known = keep[0].take(idx if at is None else at[rest].tolist()) if keep else None
        s2, m2, t2 = decide_many([complete(PA[k]) for k in idx], [complete(PB[k]) for k in idx],
                                 no_conflicts=True, known=known)
        score[rest] = s2
        same[rest] = m2
        for k, t in zip(idx, t2):
            tiers[k] = t
    return score, same, tiers


def decide_many(prepared_a, prepared_b, no_conflicts: bool = False, known=None):
    """(scores, same flags, tiers) for aligned lists of prepared offers
    (``no_conflicts``, ``known``: see ``batch.batch_features``)."""
    n = len(prepared_a)
    if not n:
        return np.zeros(0), np.zeros(0, dtype=bool), []
    X = batch_features(prepared_a, prepared_b, no_conflicts, known)
    score, same, tiers = decide_matrix(X, resources(), (prepared_a, prepared_b))
    for k, (x, y) in enumerate(zip(prepared_a, prepared_b)):
        if x.gtin and x.gtin == y.gtin:
            score[k] = GTIN_SCORE
            same[k] = True
            tiers[k] = "gtin"
    return score, same, tiers
