"""Product matching: is this offer the same product as that one?

Precision first (see ``rules``): "same product" needs positive identifying
evidence - the same valid GTIN, the same part number, a shared model number,
or titles that agree on every identifying word - and no conflict: capacity,
size, dimensions, weight, volume, pack, colour, scent, edition, version, year,
platform, upgrade vs full, refill vs kit, model-number variant, brand, part
number, third-party copy, seed type (feminised / autoflowering / regular: the
seed trade's words are read the same in every language first, see ``seeds``).  Among the allowed pairs a small gradient-boosted
model over title similarity features decides; its probability is calibrated
(isotonic, on out-of-dataset scores: ``train``), so ``match_score`` is the
share of such pairs that are the same product.

Public API (offers are dicts with any of ``title``/``name``, ``brand``,
``mpn``, ``gtin``, ``price``, ``description``, ``category``):

* ``match_score(a, b) -> float``  calibrated probability; >= THRESHOLD means same product
* ``same_product(a, b) -> bool``
* ``match_method(a, b) -> (tier, score)``; tier is "gtin", "mpn", "model",
  "title" (same product, by that evidence), "learned" (no identifying
  evidence the rules read, but titles that share identifying words and differ
  only in words a second model, trained on hand-labelled pairs of shops'
  wordings, judges to name no other product: ``rules.decide_matrix``),
  "none" (different), "weak" (alike but no identifying evidence: kept apart)
  or "conflict:<kind>"; a pair where either offer has no title, brand,
  MPN nor GTIN (``{}``) is ("none", 0.0): there is nothing to compare.
  A value that names nothing is no value (``prepared.readable``, ``title_read``):
  NaN, infinity, a bool, bytes; a title that is a number or a list of several texts (several
  names, not one: session 28), has no letter in any
  script ("2024", "!!!", emoji) or is longer than the 600 characters read
* ``match_many(offers_a, offers_b) -> (scores, same, tiers)`` aligned pairs
  as one batch (each offer prepared once, features and rules as arrays)
* ``cluster(offers) -> list[int]`` product id per offer
* ``match_catalogs(left, right)`` -> [(i, j, score)] one-to-one links
  (see ``blocking``)
"""

from __future__ import annotations

import decimal
import numbers
from collections.abc import Mapping

__all__ = [
    "same_product", "match_score", "match_method", "match_many", "cluster", "match_catalogs",
    "THRESHOLD",
]

THRESHOLD = 0.5  # match_score >= THRESHOLD means same product


_decide_fn = None


def _check_offers(offers) -> None:
    for offer in offers:
        # (a dict first: the ABC's isinstance is ~10x a type test - session 27, speed27)
        if type(offer) is not dict and not isinstance(offer, Mapping):
            raise TypeError(f"an offer is a dict of title, brand, mpn, price, description; got {type(offer).__name__}")


# what an offer is identified by: its title, brand, MPN or GTIN, under any of the names the
# matcher reads (``prepared``); an offer with none of them (``{}``, a price alone, blank strings)
# has nothing to compare, so a pair with one is "none", score 0, without asking the rules (which
# gave it a conflict - "conflict:pack" against a pack of seeds - or a score of .26 from no evidence).
# A value is read as the matcher reads it (``prepared.readable``: NaN, a bool, bytes are none; a title
# with no letter, or longer than the matcher reads, names nothing: ``prepared.title_read``).
# (session 25, dedupe25: the title's keys are ``prepared._TITLE_KEYS`` - no frozenset copy of them here)
_IDENTITY_KEYS = None
# (session 27, speed27: the readers ``_has_identity`` needs, bound once on first use - an import
# statement per offer cost ~1 % of a cold batch of 1,000 pairs; ``prepared`` is imported lazily
# as before: the package imports no rule module at import time)
_IDENTITY_READERS = None


def _identity_readers() -> tuple:
    global _IDENTITY_READERS, _IDENTITY_KEYS
    from .prepared import _BRAND_KEYS, _GTIN_KEYS, _MPN_KEYS, _TITLE_KEYS, readable, title_read
    from .titles import as_text

    _IDENTITY_KEYS = _TITLE_KEYS + _BRAND_KEYS + _MPN_KEYS + _GTIN_KEYS
    _IDENTITY_READERS = (_TITLE_KEYS, readable, title_read, as_text)
    return _IDENTITY_READERS


def _has_identity(offer: Mapping) -> bool:
    readers = _IDENTITY_READERS or _identity_readers()
    title_keys, readable, title_read, _text = readers

    title = offer.get("title")
    if type(title) is str and title_read(title) is not None:
        return True
    # (``titles.as_text``: an int of more than 4,300 digits, which Python will not write, is no value)
    for key in _IDENTITY_KEYS:
        value = title_read(offer.get(key)) if key in title_keys else readable(offer.get(key))
        if value is not None and _text(value).strip():
            return True
    return False


NOTHING_TO_COMPARE = ("none", 0.0)


def _run(a, b):
    # the matcher (rapidfuzz, model file) is loaded on first use, not on import
    global _decide_fn
    _check_offers((a, b))
    if not (_has_identity(a) and _has_identity(b)):
        return NOTHING_TO_COMPARE
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


def match_many(offers_a: list, offers_b: list):
    """Aligned pairs ``(offers_a[k], offers_b[k])`` as one batch: (numpy array
    of scores, numpy array of same-product flags, list of tiers)."""
    from ._decide import decide_pairs

    offers_a, offers_b = list(offers_a), list(offers_b)
    if len(offers_a) != len(offers_b):
        raise ValueError(f"match_many takes aligned pairs: {len(offers_a)} offers against {len(offers_b)}")
    _check_offers(offers_a)
    _check_offers(offers_b)
    scores, same, tiers = decide_pairs(offers_a, offers_b)
    for k, (a, b) in enumerate(zip(offers_a, offers_b)):
        if not (_has_identity(a) and _has_identity(b)):
            scores[k], same[k], tiers[k] = 0.0, False, "none"
    return scores, same, tiers


def cluster(offers: list[dict]) -> list[int]:
    """Group offers into products; returns a product id (0, 1, ...) per offer."""
    from .blocking import cluster as _cluster

    offers = list(offers)
    _check_offers(offers)
    return _cluster(offers)


def _check_catalog_options(k=10, threshold=THRESHOLD, one_to_one=True) -> dict:
    """``match_catalogs``' options as it takes them, or a ValueError naming the option, what it takes
    and what it got.  (session 28, robust28: k=0 or -1 linked nothing, a NaN threshold linked
    nothing and threshold=2 nothing either, a threshold of "0.5" was a TypeError deep in the
    scoring, one_to_one="no" was true - each silently, with no word of the option.)"""
    if isinstance(k, bool) or not isinstance(k, numbers.Integral) or k < 1:
        raise ValueError(f"match_catalogs: k is the number of candidates read per offer, a whole number of 1 "
                         f"or more; got {_shown(k)}")
    if not _unit_number(threshold):
        raise ValueError(f"match_catalogs: threshold is the match score a link needs, a number from 0 to 1; "
                         f"got {_shown(threshold)}")
    if not isinstance(one_to_one, bool):
        raise ValueError(f"match_catalogs: one_to_one is True or False; got {_shown(one_to_one)}")
    return {"k": int(k), "threshold": float(threshold), "one_to_one": one_to_one}


def _unit_number(value) -> bool:
    """Is ``value`` a real number from 0 to 1 - an int, a float, a Fraction, a NumPy number or a
    Decimal (session 29, mend29: ``Decimal("0.5")`` was refused while ``Fraction(1, 2)`` was taken)
    -, not a bool (``True`` is 1 to Python, no score a user means), NaN or a string?"""
    if isinstance(value, bool):
        return False
    if isinstance(value, decimal.Decimal):
        # (a Decimal NaN raises on an ordering comparison instead of failing it: asked first)
        return value.is_finite() and 0 <= value <= 1
    # (NaN fails both comparisons; 10**400 is compared, not converted)
    return isinstance(value, numbers.Real) and 0 <= value <= 1


def _shown(value) -> str:
    """A refused value as the message shows it: its repr, cut to 60 characters."""
    try:
        text = repr(value)
    except Exception:  # noqa: BLE001 -- (a repr that raises: say its type)
        text = f"a {type(value).__name__}"
    return text if len(text) <= 60 else f"{text[:57]}..."


def match_catalogs(left: list[dict], right: list[dict], *, k: int = 10, threshold: float = THRESHOLD,
                   one_to_one: bool = True):
    """Link two catalogues; returns [(left_index, right_index, score)].  ``k`` candidates per
    offer (1 or more), ``threshold`` the score a link needs (0 to 1), ``one_to_one`` (a bool)
    each offer linked at most once (see ``blocking.match_catalogs``); any other value is a
    ValueError that names the option."""
    from .blocking import match_catalogs as _mc

    options = _check_catalog_options(k, threshold, one_to_one)
    left, right = list(left), list(right)
    _check_offers(left)
    _check_offers(right)
    return _mc(left, right, **options)
