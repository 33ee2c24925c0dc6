"""Product matching: is this offer the same product as that one?

Tiered decision, cheapest and most certain evidence first:

1. ``gtin``  - both offers carry a valid GTIN/EAN/UPC (mod-10 checked) and they
               are equal.
2. ``mpn``   - same normalised manufacturer part number, brands compatible, and
               no capacity/size or model-variant conflict in the titles.
3. ``model`` - a long, specific model number (e.g. ``MZ-V9P2T0BW``) appears on
               both sides (title or MPN), brands compatible, and the guards
               pass: capacity / screen size / resolution, colour, product type,
               MPN, and variant words bound to a model number ("4070 Ti",
               "990 Pro", "iPhone 12 Pro Max").
4. ``title`` - a small gradient-boosted model over title similarity features
               (TF-IDF cosine, rapidfuzz ratios, token/number/code agreement,
               price ratio ...) trained on public benchmark TRAIN splits and
               tuned on VALID; stored as JSON in ``matcher_model.json``.

Hard guards veto tiers 2-4: an "RTX 4070" never matches an "RTX 4070 Ti", a
1TB drive never matches the 2TB one, another maker's compatible or
remanufactured cartridge never matches the original, different valid GTINs are
never the same product unless their MPNs agree.

Public API (offers are dicts with any of ``title``/``name``, ``brand``,
``mpn``, ``gtin``, ``price``, ``description``, ``category``):

* ``match_score(a, b) -> float``  in [0, 1]; >= 0.5 means same product
* ``same_product(a, b) -> bool``
* ``match_method(a, b) -> (tier, score)``; tier is "gtin", "mpn", "model",
  "title" or "none" (not the same product; score < 0.5)
* ``cluster(offers) -> list[int]`` product id per offer
* ``match_catalogs(left, right)`` -> [(i, j, score)] one-to-one links
  (see ``blocking``)
"""

from __future__ import annotations

__all__ = [
    "same_product", "match_score", "match_method", "cluster", "match_catalogs",
    "THRESHOLD",
]

THRESHOLD = 0.5  # match_score >= THRESHOLD means same product


_decide_fn = None


def _run(a, b):
    # the matcher (rapidfuzz, model file) is loaded on first use, not on import
    global _decide_fn
    if _decide_fn is None:
        from ._decide import decide

        _decide_fn = decide
    return _decide_fn(a, b)


def match_method(a: dict, b: dict) -> tuple[str, float]:
    """(tier, score): the tier that decided and the match score in [0, 1]."""
    return _run(a, b)


def match_score(a: dict, b: dict) -> float:
    """Probability-like score in [0, 1] that both offers are the same product."""
    return _run(a, b)[1]


def same_product(a: dict, b: dict) -> bool:
    return _run(a, b)[1] >= THRESHOLD


def cluster(offers: list[dict]) -> list[int]:
    """Group offers into products; returns a product id (0, 1, ...) per offer."""
    from .blocking import cluster as _cluster

    return _cluster(offers)


def match_catalogs(left: list[dict], right: list[dict], **kw):
    """Link two catalogues; returns [(left_index, right_index, score)]."""
    from .blocking import match_catalogs as _mc

    return _mc(left, right, **kw)
