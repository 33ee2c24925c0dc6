"""The tiered decision behind ``match_method`` / ``match_score``."""

from __future__ import annotations

from .features import (
    FEATURE_NAMES,
    brand_relation,
    code_relation,
    mpn_relation,
    pair_features,
    prepare,
    unit_relation,
)
from .model import resources

# confidence reported by the deterministic tiers
GTIN_SCORE = 0.99
MPN_SCORE = 0.97
MODEL_SCORE = 0.93
VETO_CAP = 0.2  # score ceiling when a hard guard fires

_I = {n: i for i, n in enumerate(FEATURE_NAMES)}
_BRAND, _MPN, _UNIT_HARD = _I["brand"], _I["mpn_rel"], _I["unit_hard"]
_MVAR, _COLOUR, _TYPE = _I["mvariant_conflict"], _I["colour_conflict"], _I["type_conflict"]
_SPECIFIC = _I["code_specific"]


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
    return {
        "brand": brand_relation(pa, pb) < 0,
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
    x = pair_features(pa, pb)
    brand_conflict = x[_BRAND] < 0
    units = x[_UNIT_HARD] > 0
    variant = x[_MVAR] > 0
    # tier 2: same manufacturer part number
    if pa.mpn and pa.mpn == pb.mpn and not (brand_conflict or units or variant):
        return "mpn", (MPN_SCORE if not (ga and gb) else 0.75)
    res = resources()
    if ga and gb:
        # two different valid GTINs: different products unless the MPNs agreed
        return "none", min(_calibrate(res.probability(x), res.threshold), VETO_CAP)
    specific = x[_SPECIFIC] > 0
    # tier 3: a specific model number on both sides, all guards passing
    if specific and not (
        brand_conflict or units or x[_MPN] < 0 or x[_COLOUR] > 0 or x[_TYPE] > 0
    ):
        return "model", MODEL_SCORE
    # tier 4: learned title similarity
    score = _calibrate(res.probability(x), res.threshold)
    if not specific and (variant or units):
        # "RTX 4070" vs "RTX 4070 Ti", 1TB vs 2TB: never the same product
        score = min(score, VETO_CAP)
    if score >= 0.5:
        return "title", score
    return "none", score
