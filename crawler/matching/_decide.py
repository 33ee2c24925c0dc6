"""The decision behind ``match_method`` / ``match_score`` for one pair.

Identical valid GTINs decide at once; every other pair goes through the same
feature vector, rules and calibrated model as a batch (``rules.decide_matrix``).
"""

from __future__ import annotations

import gc
from contextlib import contextmanager

import numpy as np

from .batch import batch_features
from .features import prepare
from .model import resources
from .rules import decide_matrix

# confidence reported for identical valid GTINs (no labelled GTIN pairs to
# calibrate on: a shared GTIN is the retail identifier itself)
GTIN_SCORE = 0.99


def decide(a, b):
    pa = prepare(a)
    pb = prepare(b)
    ga, gb = pa.gtin, pb.gtin
    if ga and gb and ga == gb:
        return "gtin", GTIN_SCORE
    X = batch_features([pa], [pb])
    score, _, tiers = decide_matrix(X, resources())
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
        return decide_many([prepare(o) for o in offers_a], [prepare(o) for o in offers_b])


def decide_many(prepared_a, prepared_b):
    """(scores, same flags, tiers) for aligned lists of prepared offers."""
    n = len(prepared_a)
    if not n:
        return np.zeros(0), np.zeros(0, dtype=bool), []
    X = batch_features(prepared_a, prepared_b)
    score, same, tiers = decide_matrix(X, resources())
    for k, (x, y) in enumerate(zip(prepared_a, prepared_b)):
        if x.gtin and x.gtin == y.gtin:
            score[k] = GTIN_SCORE
            same[k] = True
            tiers[k] = "gtin"
    return score, same, tiers
