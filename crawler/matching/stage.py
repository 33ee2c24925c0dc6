"""The learned stage's own columns (sessions 16-17): what its trees read (``STAGE_FEATURES``).

The stage judges pairs whose titles agree on their identifying words but for words one
title prints alone (``rules.learned_gate``).  Session 16 gave it every column of the feature
matrix and one of its own, ``one_sided_words`` - how many words one title prints alone, every
word, common or rare, after the shop's name is cut off.  Session 17 measured it honestly, on
files it was never developed on (trained on the pair files of sessions up to 15, scored on
session 16's four files, ``train.time_splits``): the 78 columns let the trees learn the
wordings of the files they saw - at its thresholds (0.75 / 0.85) 95 called, 87 right (.916), on
session 16's held-out file 36 / 31 (.861).  Its rows are now a few columns that say how much
and what the titles do not share (``STAGE_COLUMNS``) and the stage's own columns about the
words one title prints alone (``STAGE_EXTRA``, ``extra_words``): how many on the side with more
and on the side with fewer, their idf weight, the share of the shorter and of the longer title
the other covers, and of what class they are - numbers, model-like tokens (letters and digits),
colours, variant words.  Depth-2 trees.  Same split: 0.7 / 0.75, 92 called, 86 right (.935);
session 16's held-out file 34 / 32 (.941); leaving each file out 417 / 401 (.962).  On session
17's two new files, before training on them: 50 called, 49 right (session 16's stage 53 / 51).
(``train.LEARNED_THRESHOLD``: how the thresholds are chosen.)

They are read from the prepared offers, which the feature matrix does not keep:
``stage_rows`` builds the stage's rows from the matrix and the prepared offers, for training
(``train.train_learned``, ``train.learned_accepts``) and for serving (``rules.decide_matrix``)
alike, and only for the stage's candidates.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

from .memos import cached
from .model import resources
from .titles import COLOURS as _COLOURS, VARIANTS as _VARIANTS

# the columns of the feature matrix the stage reads (``features.ALL_FEATURES`` names), in order
STAGE_COLUMNS = ("cos_title", "tset", "ratio", "jacc", "contain", "wcontain", "id_shared", "id_miss_max",
                 "idf_missing_max", "idf_shared_max", "price_ratio", "len_ratio", "ntok_min", "gram_jacc",
                 "gram_contain")
# the stage's own columns after them, in order (``one_sided_words``, then ``extra_words``)
EXTRA_WORDS = ("extra_words_more", "extra_words_fewer", "extra_idf_more", "extra_idf_fewer", "extra_idf_max",
               "shared_of_shorter", "shared_of_longer", "extra_numbers", "extra_model_tokens", "extra_colours",
               "extra_variants")
STAGE_EXTRA = ("one_sided_words",) + EXTRA_WORDS
# every column of the stage's rows (``stage_rows``), in order; ``judged`` reads one_sided_words
STAGE_FEATURES = list(STAGE_COLUMNS) + list(STAGE_EXTRA)
_ONE_SIDED = len(STAGE_COLUMNS)

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


@cached(4096)  # (a memo: ``memos``)
def _script(c: str) -> str:
    return unicodedata.name(c, "UNKNOWN").split(" ", 1)[0]


def extra_words(pa, pb) -> list:
    """The ``EXTRA_WORDS`` columns of prepared offers ``pa`` / ``pb``, from the words of their
    cleaned titles (``Prepared.wordset``) each prints alone: the side whose words weigh more by
    idf (the loaded vocabulary's) is "more", the other "fewer" - their counts and idf sums, the
    heaviest such word's idf, the share of the shorter and of the longer title's words the other
    prints too, and how many of the words either prints alone are numbers (a digit), model-like
    tokens (letters and digits, three characters or more), colours and variant words
    (``titles.COLOURS``, ``titles.VARIANTS``).  "Lodge 5 Quart Cast Iron Dutch Oven" / "Lodge 10.25
    Inch Cast Iron Skillet": words on both sides, a heavy one on the side with fewer."""
    res = resources()
    idf, dflt = res.idf, res.default_idf
    a, b = set(pa.wordset), set(pb.wordset)
    ea, eb = a - b, b - a
    wa = sum(idf.get(w, dflt) for w in ea)
    wb = sum(idf.get(w, dflt) for w in eb)
    if (wa, len(ea)) < (wb, len(eb)):
        ea, eb, wa, wb = eb, ea, wb, wa
    shared = len(a & b)
    ext = ea | eb
    numbers = model = colours = variants = 0
    heaviest = 0.0
    for w in ext:
        heaviest = max(heaviest, idf.get(w, dflt))
        if any(c.isdigit() for c in w):
            numbers += 1
            if len(w) >= 3 and any(c.isalpha() for c in w):
                model += 1
        if w in _COLOURS:
            colours += 1
        if w in _VARIANTS:
            variants += 1
    return [len(ea), len(eb), wa, wb, heaviest, shared / max(1, min(len(a), len(b))),
            shared / max(1, max(len(a), len(b))), numbers, model, colours, variants]


def stage_rows(X, rows, offers_a, offers_b) -> np.ndarray:
    """The learned stage's rows for rows ``rows`` of the feature matrix ``X`` of the
    pairs (``offers_a[k]``, ``offers_b[k]``): the ``STAGE_COLUMNS`` of those rows of ``X``
    and the columns of ``STAGE_EXTRA`` (prepared offers: ``Prepared.rawtitle``, ``wordset``)."""
    rows = np.asarray(rows, dtype=np.int64)
    X = np.asarray(X, dtype=np.float64)
    out = np.empty((len(rows), len(STAGE_FEATURES)), dtype=np.float64)
    out[:, :_ONE_SIDED] = X[rows][:, _COLUMN_INDEX] if len(rows) else 0.0
    for i, k in enumerate(rows.tolist()):
        pa, pb = offers_a[k], offers_b[k]
        out[i, _ONE_SIDED] = one_sided_words(pa.rawtitle, pb.rawtitle)
        out[i, _ONE_SIDED + 1:] = extra_words(pa, pb)
    return out


# where ``STAGE_COLUMNS`` stand in the feature matrix: ``features`` tells on import
# (``set_columns``; this module imports nothing of the features')
_COLUMN_INDEX: list = []


def set_columns(all_features) -> None:
    """The feature matrix's column names (``features.ALL_FEATURES``)."""
    _COLUMN_INDEX[:] = [list(all_features).index(n) for n in STAGE_COLUMNS]


def judged(stage_X) -> np.ndarray:
    """Which of the stage's rows (``stage_rows``) it may call the same product: two titles in
    one script.  Across scripts the rules read the other title only as far as they transliterate
    it, and the stage, trained on many such pairs that were one product, called a brand the
    rules cannot read ("Al Rabie" / Arabic "Al Rawabi") or a flavour word in the other script
    (plain halawa / halawa with pistachio) the same product (session 16, after training on two
    new authors' files): those pairs stay with the rules."""
    return np.asarray(stage_X)[:, _ONE_SIDED] != -1
