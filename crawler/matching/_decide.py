"""The tiered decision behind ``match_method`` / ``match_score``."""

from __future__ import annotations

from .features import (
    brand_relation,
    code_relation,
    mpn_relation,
    pair_features,
    prepare,
    third_party_conflict,
    unit_relation,
)
from .model import resources

# confidence reported by the deterministic tiers
GTIN_SCORE = 0.99
MPN_SCORE = 0.97
MODEL_SCORE = 0.93
VETO_CAP = 0.2  # score ceiling when a hard guard fires

def _calibrate(p: float, t: float) -> float:
    """Map the model probability so that its tuned threshold lands on 0.5."""
    if p < t:
        return 0.5 * p / t
    return 0.5 + 0.5 * (p - t) / (1.0 - t) if t < 1.0 else 1.0


def guards(pa, pb, rel=None) -> dict:
    """Hard conflicts between two prepared offers (all False = no objection)."""
    if rel is None:
        rel = code_relation(pa, pb)
    _, _, _, unit_hard = unit_relation(pa, pb)
    brand = brand_relation(pa, pb)
    return {
        "brand": brand < 0,
        "third_party": third_party_conflict(pa, pb, brand),
        "mpn": mpn_relation(pa, pb) < 0,
        "units": unit_hard > 0,
        "variant": pa.mvariants != pb.mvariants,
        "colour": bool(pa.colours and pb.colours and not (pa.colours & pb.colours)),
        "type": bool(pa.types and pb.types and not (pa.types & pb.types)),
        "gtin": bool(pa.gtin and pb.gtin and pa.gtin != pb.gtin),
        "specific": rel[2] > 0,
    }


def decide(a, b):
    pa = prepare(a)
    pb = prepare(b)
    # tier 1: identical valid GTINs
    ga, gb = pa.gtin, pb.gtin
    if ga and gb and ga == gb:
        return "gtin", GTIN_SCORE
    # The deterministic tiers need only a few relations; the full feature
    # vector (string similarities, TF-IDF, the trees) is computed only for
    # pairs they leave undecided, reusing the relations computed here.
    brand = brand_relation(pa, pb)
    units = unit_relation(pa, pb)
    third_party = third_party_conflict(pa, pb, brand)
    brand_conflict = brand < 0 or third_party
    unit_hard = units[3] > 0
    variant = pa.mvariants != pb.mvariants
    # tier 2: same manufacturer part number
    if pa.mpn and pa.mpn == pb.mpn and not (brand_conflict or unit_hard or variant):
        return "mpn", (MPN_SCORE if not (ga and gb) else 0.75)
    res = resources()
    if ga and gb:
        # two different valid GTINs: different products unless the MPNs agreed
        x = pair_features(pa, pb, brand=brand, units=units)
        return "none", min(_calibrate(res.probability(x), res.threshold), VETO_CAP)
    rel = code_relation(pa, pb)
    specific = rel[2] > 0
    mpn_rel = None
    if specific and not (brand_conflict or unit_hard):
        # tier 3: a specific model number on both sides, all guards passing
        mpn_rel = mpn_relation(pa, pb)
        ca, cb = pa.colours, pb.colours
        ta, tb = pa.types, pb.types
        if not (
            mpn_rel < 0
            or (ca and cb and ca.isdisjoint(cb))
            or (ta and tb and ta.isdisjoint(tb))
        ):
            return "model", MODEL_SCORE
    # tier 4: learned title similarity
    x = pair_features(pa, pb, rel, brand=brand, units=units, mpn_rel=mpn_rel)
    score = _calibrate(res.probability(x), res.threshold)
    if third_party or not specific and (variant or unit_hard):
        # "RTX 4070" vs "RTX 4070 Ti", 1TB vs 2TB, a compatible toner and the
        # original: never the same product
        score = min(score, VETO_CAP)
    if score >= 0.5:
        return "title", score
    return "none", score
