"""The learned stage's own columns (session 16): what its trees read besides the feature
matrix (``features.STAGE_FEATURES``).

The stage judges pairs whose titles agree on their identifying words but for words one
title prints alone (``rules.learned_gate``); how many such words there are - every word,
common or rare, after the shop's name is cut off - says much about whether the longer title
names another product (a bundle, a set, a line) or only words the same one more fully.
Leaving each pair file out, the column took the stage from 208 called / 200 right to 232 /
225 at the same thresholds (0.87 / 0.9), and to 306 / 296 at 0.78 / 0.9 (``train.
LEARNED_THRESHOLD``).  It is read from the raw titles, which the feature matrix does not keep:
``stage_rows`` builds the stage's rows from the matrix and the prepared offers, for training
(``train.train_learned``, ``train.learned_accepts``) and for serving (``rules.decide_matrix``)
alike, and only for the stage's candidates.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import numpy as np

# the columns the stage's rows add to the feature matrix, in order
STAGE_EXTRA = ("one_sided_words",)

# a shop's name after the title: "Product name | Shop"
_SHOP_CUT = re.compile(r"\s\|\s")
# punctuation (anything but word characters, whitespace and the decimal point) -> a space
_PUNCT = re.compile(r"[^\w\s.]")


def title_words(title) -> frozenset:
    """The distinct words of a title as ``one_sided_words`` counts them: lowercased, cut at
    the first " | " (a shop's name after it), punctuation (but ".") turned into spaces,
    split on whitespace.  (The point stays for decimals, "1.5" - and so does a full stop
    after a word: "Mr." and "Mr" are two words; measured so.)"""
    t = str(title or "").lower()
    t = _SHOP_CUT.split(t, 1)[0]
    return frozenset(_PUNCT.sub(" ", t).split())


def one_sided_words(title_a, title_b) -> int:
    """How many distinct words appear in one title only (the symmetric difference of the
    two titles' word sets, ``title_words``); -1 when the titles are written in different
    scripts (``scripts``: "Pampers Baby Dry Size 4 52" / "بامبرز بيبي دراي ليلي مقاس 4 52"),
    where every word is one title's only and the count says nothing."""
    wa, wb = title_words(title_a), title_words(title_b)
    if scripts(wa) != scripts(wb):
        return -1
    return len(wa ^ wb)


def scripts(words) -> frozenset:
    """The scripts the letters of ``words`` are written in ("LATIN", "ARABIC", "CYRILLIC",
    "GREEK", "CJK" ...: the first word of each letter's Unicode name)."""
    out = set()
    for w in words:
        if w.isascii():
            if not w.isdigit() and any(c.isalpha() for c in w):
                out.add("LATIN")
            continue
        for c in w:
            if c.isalpha():
                out.add(_script(c))
    return frozenset(out)


@lru_cache(maxsize=4096)
def _script(c: str) -> str:
    return unicodedata.name(c, "UNKNOWN").split(" ", 1)[0]


def stage_rows(X, rows, offers_a, offers_b) -> np.ndarray:
    """The learned stage's rows for rows ``rows`` of the feature matrix ``X`` of the
    pairs (``offers_a[k]``, ``offers_b[k]``): those rows of ``X`` and the columns of
    ``STAGE_EXTRA`` (prepared offers: ``Prepared.rawtitle``)."""
    rows = np.asarray(rows, dtype=np.int64)
    extra = np.fromiter((one_sided_words(offers_a[k].rawtitle, offers_b[k].rawtitle) for k in rows.tolist()),
                        dtype=np.float64, count=len(rows))
    return np.hstack([np.asarray(X, dtype=np.float64)[rows], extra[:, None]])



def judged(stage_X) -> np.ndarray:
    """Which of the stage's rows (``stage_rows``) it may call the same product: two titles in
    one script.  Across scripts the rules read the other title only as far as they transliterate
    it, and the stage, trained on many such pairs that were one product, called a brand the
    rules cannot read ("Al Rabie" / Arabic "Al Rawabi") or a flavour word in the other script
    (plain halawa / halawa with pistachio) the same product (session 16, after training on two
    new authors' files): those pairs stay with the rules."""
    return np.asarray(stage_X)[:, -1] != -1
