"""The tiered decision behind ``match_method`` / ``match_score``."""

from __future__ import annotations

from .features import (
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


def _calibrate(p: float, t: float) -> float:
    """Map the model probability so that its tuned threshold lands on 0.5."""
    if p < t:
        return 0.5 * p / t
    return 0.5 + 0.5 * (p - t) / (1.0 - t) if t < 1.0 else 1.0


def guards(pa, pb, rel=None) -> dict:
    """Hard conflicts between two prepared offers (all False = no objection)."""
    if rel is None:
        rel = code_relation(pa, pb)
    specific = rel[2] > 0
    _, _, _, unit_hard = unit_relation(pa, pb)
    return {
        "brand": brand_relation(pa, pb) < 0,
        "mpn": mpn_relation(pa, pb) < 0,
        "units": unit_hard > 0,
        "variant": pa.mvariants != pb.mvariants,
        "colour": bool(pa.colours and pb.colours and not (pa.colours & pb.colours)),
        "type": bool(pa.types and pb.types and not (pa.types & pb.types)),
        "gtin": bool(pa.gtin and pb.gtin and pa.gtin != pb.gtin),
        "specific": specific,
    }


def decide(a, b):
    pa = prepare(a)
    pb = prepare(b)
    # tier 1: identical valid GTINs
    if pa.gtin and pb.gtin and pa.gtin == pb.gtin:
        return "gtin", GTIN_SCORE
    rel = code_relation(pa, pb)
    g = guards(pa, pb, rel)
    # tier 2: same manufacturer part number
    if pa.mpn and pb.mpn and pa.mpn == pb.mpn and not (g["brand"] or g["units"] or g["variant"]):
        return "mpn", (MPN_SCORE if not g["gtin"] else 0.75)
    if g["gtin"]:
        # two different valid GTINs: different products unless the MPNs agreed
        x = pair_features(pa, pb, rel)
        res = resources()
        return "none", min(_calibrate(res.probability(x), res.threshold), VETO_CAP)
    # tier 3: a specific model number on both sides, all guards passing
    if (
        g["specific"]
        and not (g["brand"] or g["mpn"] or g["units"] or g["colour"] or g["type"])
    ):
        return "model", MODEL_SCORE
    # tier 4: learned title similarity
    x = pair_features(pa, pb, rel)
    res = resources()
    score = _calibrate(res.probability(x), res.threshold)
    if not g["specific"] and (g["variant"] or g["units"]):
        # "RTX 4070" vs "RTX 4070 Ti", 1TB vs 2TB: never the same product
        score = min(score, VETO_CAP)
    if score >= 0.5:
        return "title", score
    return "none", score
