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

Session 25 (stage25): a wider domain, judged by trees of their own (``judged_wide``, the model
file's "gbt_wide" / "threshold_wide"): the "weak" rows the narrow gate leaves out - titles in two
scripts, an identifying word on each side the rules do not read - whose words, read by meaning
(``meaning_columns``: one value for a colour, kind or synonym in many languages, a cognate, a word
glued into another), leave one title no word of letters the other does not read.  Its columns
follow the narrow domain's (``NARROW_FEATURES``, which the narrow trees read): ``WIDE_COLUMNS`` of
the matrix, ``MEANING``, and whether the row is the narrow domain's ("in_gate").  At 0.925, trained
on the sessions before each: train22a 3 called / 3 right, train23a 2 / 2; each file out 72 / 70.

Session 25 (none25): the wider domain judges "none" rows too - the main trees below .5 - where
the brands agree, the titles share a word of letters and digits and every word with a digit of each
is read in the other (``none_candidates``, ``judged_none``); its trees, fitted on its "weak" rows,
at a threshold of their own since session 27 (stage27: the model file's "threshold_none",
``train.choose_none_threshold``; 0.75 against the weak rows' 0.925 - each file out 14 / 14, 6 / 6 at
0.925).

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
from .titles import COLOURS as _COLOURS, VARIANTS as _VARIANTS, units_of

# the columns of the feature matrix the stage reads (``features.ALL_FEATURES`` names), in order
STAGE_COLUMNS = ("cos_title", "tset", "ratio", "jacc", "contain", "wcontain", "id_shared", "id_miss_max",
                 "idf_missing_max", "idf_shared_max", "price_ratio", "len_ratio", "ntok_min", "gram_jacc",
                 "gram_contain")
# the stage's own columns after them, in order (``one_sided_words``, then ``extra_words``)
EXTRA_WORDS = ("extra_words_more", "extra_words_fewer", "extra_idf_more", "extra_idf_fewer", "extra_idf_max",
               "shared_of_shorter", "shared_of_longer", "extra_numbers", "extra_model_tokens", "extra_colours",
               "extra_variants")
# (session 25, stage25) the titles' words read by meaning (``meaning_columns``), then whether the
# row passes the gate of the narrow domain (``rules.learned_gate`` and one script: ``judged``)
MEANING = ("cross_script", "m_cov_shorter", "m_cov_longer", "m_unread_more", "m_unread_fewer",
           "m_unread_idf_max", "m_unread_digits", "m_lead_read", "m_kinds", "m_digits_both", "m_readable",
           "m_joins", "m_letter_words_min")
STAGE_EXTRA = ("one_sided_words",) + EXTRA_WORDS
# (session 25, stage25) the columns of the feature matrix the wider domain's trees read besides
# (what the gate of the narrow domain holds fixed: ``judged_wide``)
WIDE_COLUMNS = ("id_miss_min", "id_alpha_miss_max", "brand", "unit_match", "num_match", "tier_differs",
                "codes_a_b_min", "code_strong", "codes_one_side", "variant_conflict", "gen_miss",
                "number_word", "acc_device", "learned_veto")
# the narrow domain's columns (sessions 16-24: its trees read these, the first of every row)
NARROW_FEATURES = list(STAGE_COLUMNS) + list(STAGE_EXTRA)
# every column of the stage's rows (``stage_rows``), in order: the narrow domain's, then the wider
# domain's (``WIDE_COLUMNS``, ``MEANING``) and whether the row is the narrow domain's (``judged``)
STAGE_FEATURES = NARROW_FEATURES + list(WIDE_COLUMNS) + list(MEANING) + ["in_gate"]
_ONE_SIDED = len(STAGE_COLUMNS)
_W = len(NARROW_FEATURES)  # (where ``WIDE_COLUMNS`` start)
_M = _W + len(WIDE_COLUMNS)  # (where ``MEANING`` starts)

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
    learned_gate = _GATE[0]
    rows = np.asarray(rows, dtype=np.int64)
    X = np.asarray(X, dtype=np.float64)
    out = np.empty((len(rows), len(STAGE_FEATURES)), dtype=np.float64)
    out[:, :_ONE_SIDED] = X[rows][:, _COLUMN_INDEX] if len(rows) else 0.0
    out[:, _W:_M] = X[rows][:, _WIDE_INDEX] if len(rows) else 0.0
    gate = learned_gate(X[rows]) if len(rows) else np.zeros(0, dtype=bool)
    readers = _READERS
    for i, k in enumerate(rows.tolist()):
        pa, pb = offers_a[k], offers_b[k]
        out[i, _ONE_SIDED] = one_sided_words(pa.rawtitle, pb.rawtitle)
        out[i, _ONE_SIDED + 1:_W] = extra_words(pa, pb)
        out[i, _M:_M + len(MEANING)] = meaning_columns(pa, pb, out[i, _ONE_SIDED] == -1)
        if not gate[i]:
            # (the columns the batch's decision path fills only in the rows the narrow gate may
            # pass - ``batch._gate_rows``, ``batch._tier_rows`` -, read here from the offers: both
            # paths give the wider domain's rows the same values)
            for j, reader in readers:
                out[i, j] = float(reader(pa, pb))
    if len(rows):
        out[:, -1] = gate & (out[:, _ONE_SIDED] != -1)
    return out


# where ``STAGE_COLUMNS`` stand in the feature matrix: ``features`` tells on import
# (``set_columns``; this module imports nothing of the features')
_COLUMN_INDEX: list = []
_WIDE_INDEX: list = []


# the narrow domain's gate (``rules.learned_gate``) and ((column of the stage's rows, reader)) of
# the ``WIDE_COLUMNS`` the batch's decision path leaves 0 outside that gate (``batch._GATE_READERS``
# and ``tier_differs``): ``rules`` tells on import (``set_gate``; this module imports none of them)
_GATE: list = []
_READERS: list = []


def set_gate(gate, readers: dict) -> None:
    """The narrow domain's gate and the readers of the gate's columns ({column name: reader})."""
    _GATE[:] = [gate]
    _READERS[:] = [(_W + WIDE_COLUMNS.index(n), f) for n, f in readers.items()]


def set_columns(all_features) -> None:
    """The feature matrix's column names (``features.ALL_FEATURES``)."""
    _COLUMN_INDEX[:] = [list(all_features).index(n) for n in STAGE_COLUMNS]
    _WIDE_INDEX[:] = [list(all_features).index(n) for n in WIDE_COLUMNS]


def _concept(w: str) -> str:
    """One value for a word of the words of many languages that say it (session 25): a colour
    (``titles.COLOURS``), a kind of product (``wordclass.CATEGORY``, which ``lexicon`` and ``lingua``
    fill in every language they read), a value (``wordclass.SYNONYM``), a group of ``synonyms``;
    else the word itself.  (Session 26, ml26: a number with its unit of volume or mass is its amount in
    its base unit - "0.5l" / "500ml", "1kg" / "1000g", "1litro" / "1l": ``_quantity``.)"""
    if w[:1].isdigit():
        q = _quantity(w)
        return q if q is not None else w
    c = _COLOURS.get(w)
    if c is not None:
        return "colour:" + c
    from . import wordclass as W

    c = W.CATEGORY.get(w)
    if c is not None:
        return "kind:" + c
    c = W.SYNONYM.get(w)
    if c is not None:
        return "value:" + str(c)
    # (session 26, ml26) a spec's value - a package, a coffee's form, a connection - in the words of
    # many languages (``wordclass.SPEC``: "Flasche" / "bottle", "Beutel" / "bags", "Pads" / "pods")
    c = W._SPEC_OF.get(w)
    if c is not None:
        return "spec:%s:%s" % c
    return w


# (the dimensions an amount of a food, a drink, a cosmetic is sold in; not a pack, a count, a size)
_AMOUNT_DIMS = frozenset(("vol", "wt"))


def _quantity(w: str):
    """"qty:<dimension>:<amount>" of a word that is one number glued to its unit ("0.5l", "500ml",
    "75cl", "1litro", "1kg", "250gr") of volume or mass, in the base unit of the project's unit
    reader (``titles.units_of``: millilitres, grams), else None."""
    units = units_of(w)
    if len(units) != 1:
        return None
    (dim, values), = units.items()
    if dim not in _AMOUNT_DIMS or len(values) != 1:
        return None
    return "qty:%s:%g" % (dim, round(next(iter(values)), 3))


@cached(8192)  # (a memo: ``memos``)
def _readings(w: str) -> tuple:
    """(the word's value - ``_concept`` -, its cognate key or "" - ``lingua.cognate_key``, for
    alphabetic words of five letters or more -, whether it names a kind or a filler word -
    ``wordclass.GENERIC``)."""
    from . import wordclass as W
    from .lingua import cognate_key

    key = cognate_key(w) if len(w) >= 5 and w.isalpha() else ""
    return _concept(w), key, w in W.GENERIC


def _read_in(ws, other) -> list:
    """For each word of ``ws``: is it read in the words ``other`` (the same word, one value in
    another language, one cognate key, or a word of the other glued with or into it: "tu" /
    "tu3", "cola" "cao" / "colacao")?"""
    oc = {_readings(x)[0] for x in other}
    ok = {_readings(x)[1] for x in other} - {""}
    out = []
    for w in ws:
        c, key, _ = _readings(w)
        out.append(w in other or c in oc or bool(key and key in ok) or _glued_in(w, other))
    return out


def _glued_in(w: str, other) -> bool:
    """Is ``w`` a part of a word of ``other`` or one of those a part of it ("colacao" / "cola",
    three letters or more each), or ``w`` a word the other glues to a number ("tu" / "tu3")?"""
    for x in other:
        if len(w) >= 3 and len(x) >= 3 and (w in x or x in w):
            return True
        if len(x) > len(w) and x.startswith(w) and x[len(w):].isdigit():
            return True
    return False


def meaning_columns(pa, pb, cross: bool) -> list:
    """The ``MEANING`` columns of prepared offers ``pa`` / ``pb`` (session 25, stage25): their
    titles' words (``Prepared.wordset``: the script readers have written Arabic, Hebrew, Indic,
    Thai, CJK, Cyrillic and Greek words in Latin letters or as their English word, and the
    numbers with their units as one token, "350 مل" -> "350ml") read by meaning - a word is read
    in the other title when the other prints it, its value in another language (a colour, a kind,
    a synonym: ``_concept``) or a word of one cognate key.  Whether the raw titles are in two
    scripts; the share of the shorter and of the longer title's words the other reads; the words
    of each title the other does not read, letters only and no kind or filler word (side with
    more, side with fewer); the heaviest such word's idf; the words with a digit either does not
    read; whether each title's first word is read in the other (0-2: the brand leads most
    titles); the kinds of product: 1 both name one, -1 each names a kind the other does
    not, 0 otherwise; the words with a digit of the title with fewer such words the other does not
    read; the smaller share of a raw title its words are (a reader drops what it cannot read);
    how many more words joining a second thing ("with", "+", "for") one title prints; and the
    words of letters of the title with fewer."""
    res = resources()
    idf, dflt = res.idf, res.default_idf
    a, b = list(pa.wordset), list(pb.wordset)
    sa, sb = set(a), set(b)
    ra, rb = _read_in(a, sb), _read_in(b, sa)
    cov_a = sum(ra) / max(1, len(a))
    cov_b = sum(rb) / max(1, len(b))
    if len(a) != len(b):
        shorter, longer = (cov_a, cov_b) if len(a) < len(b) else (cov_b, cov_a)
    else:
        # (two titles of as many words: the smaller share first - either way round the same)
        shorter, longer = min(cov_a, cov_b), max(cov_a, cov_b)
    unread = []
    heaviest = 0.0
    digits = 0
    dside = []
    for ws, rs in ((a, ra), (b, rb)):
        n = 0
        d0 = digits
        for w, r in zip(ws, rs):
            if r:
                continue
            if any(ch.isdigit() for ch in w):
                digits += 1
                continue
            c, _, generic = _readings(w)
            if generic or not w.isalpha():
                continue
            n += 1
            heaviest = max(heaviest, idf.get(w, dflt))
        unread.append(n)
        dside.append(digits - d0)
    wa, wb = pa.words, pb.words
    lead = 0
    if wa and wb:
        lead = int(_read_in([wa[0]], sb)[0]) + int(_read_in([wb[0]], sa)[0])
    ka = {_readings(w)[0] for w in a if _readings(w)[0].startswith("kind:")}
    kb = {_readings(w)[0] for w in b if _readings(w)[0].startswith("kind:")}
    kinds = 1 if ka & kb else (-1 if (ka - kb) and (kb - ka) else 0)
    # (how much of each raw title its words are - a reader drops the words it cannot read:
    # "چای صبحانه انگلیسی احمد ۵۰۰ گرم" -> tea, ahmad, 500g -; the smaller share)
    readable = min(len(a) / max(1, len(title_words(pa.rawtitle))), len(b) / max(1, len(title_words(pb.rawtitle))))
    # (a title joining a second thing to the product, "... with ...", "+", "for ...", that the other
    # does not: a bundle, an accessory, a set - how many more such words one title prints)
    joins = abs(_joins(pa.rawtitle) - _joins(pb.rawtitle))
    # (the words of letters of the title with fewer: "Nutella 26.5oz" names the brand alone)
    letters = min(sum(1 for w in a if w.isalpha()), sum(1 for w in b if w.isalpha()))
    return [float(cross), shorter, longer, max(unread), min(unread), heaviest, digits, lead, kinds,
            min(dside), readable, joins, letters]


# words that join a second thing to a product's name in the shops' languages ("with", "for", "+",
# "set", "kit", "bundle", "combo" and their German, French, Spanish, Italian, Portuguese, Dutch,
# Nordic and Polish forms)
_JOIN_WORDS = frozenset("""with for set kit bundle combo pack mit fur für avec pour con para per com
met voor med för til z ze dla""".split())


def _joins(title) -> int:
    t = str(title or "").lower()
    return t.count("+") + sum(1 for w in title_words(t) if w in _JOIN_WORDS)


def judged_wide(stage_X, training: bool = False) -> np.ndarray:
    """Which of the stage's rows its wider domain judges (session 25, stage25): rows out of the
    narrow domain (``judged``) where, the titles' words read by meaning (``meaning_columns``), one
    title prints no word of letters the other does not read (but kinds and fillers: the meaning
    analogue of the gate's "every identifying word of one title in the other") and the two do not
    name two kinds of product; never an accessory's title against a device's, nor what
    ``learned24`` vetoes.  ``training``: the rows its trees are trained on (also those where the
    rules read another variant word, tier word, a word after a number both print or a generation on
    one side only, or a title prints fewer
    than two words of letters, which it never calls)."""
    S = np.asarray(stage_X)
    return ((S[:, -1] == 0) & (S[:, _M + MEANING.index("m_unread_fewer")] == 0)
            & (S[:, _M + MEANING.index("m_kinds")] >= 0)
            # (never an accessory's title against a device's, nor what ``learned24`` vetoes: as the
            # narrow gate, ``rules.learned_gate``)
            & (S[:, _W + WIDE_COLUMNS.index("acc_device")] == 0)
            & (S[:, _W + WIDE_COLUMNS.index("learned_veto")] == 0)
            # (nor - called, not trained on - where the rules read another variant word, tier word or
            # a generation on one side only: "Earbuds II" / "Earbuds", "K-Mini Plus" / "K-Mini")
            & (training | ((S[:, _W + WIDE_COLUMNS.index("gen_miss")] == 0)
                           & (S[:, _W + WIDE_COLUMNS.index("variant_conflict")] == 0)
                           # (another tier - "Wi-Fi + Cellular" -, a word after a number both print -
                           # "Forerunner 245 Music": as the narrow gate)
                           & (S[:, _W + WIDE_COLUMNS.index("tier_differs")] == 0)
                           & (S[:, _W + WIDE_COLUMNS.index("number_word")] == 0)
                           # (nor where a title names no more than a brand: two words of letters
                           # each - "Nutella 26.5oz" may be any of the brand's products of that size)
                           & (S[:, _M + MEANING.index("m_letter_words_min")] >= 2))))


def judged(stage_X) -> np.ndarray:
    """Which of the stage's rows (``stage_rows``) it may call the same product: two titles in
    one script.  Across scripts the rules read the other title only as far as they transliterate
    it, and the stage, trained on many such pairs that were one product, called a brand the
    rules cannot read ("Al Rabie" / Arabic "Al Rawabi") or a flavour word in the other script
    (plain halawa / halawa with pistachio) the same product (session 16, after training on two
    new authors' files): those pairs stay with the rules."""
    # (session 25: the gate, ``rules.learned_gate``, and one script, are the stage's last column)
    return np.asarray(stage_X)[:, -1] == 1


# (session 25, none25) the wider domain's "none" rows: the main trees say different (probability
# below .5) - trained on four catalogues where titles sharing few words are two products, while
# across languages two titles of one product share few words by nature -, no conflict, no evidence


def _coded(w: str) -> bool:
    """A word of letters and digits: a number with its unit ("75ml", "2.6l", "350g") or a model
    token ("a55", "s24")."""
    return any(c.isdigit() for c in w) and any(c.isalpha() for c in w)


def coded_shared(pa, pb) -> bool:
    """Do the titles (``Prepared.wordset``; the script readers write "٧٥ مل" as "75ml") share a
    word of letters and digits (``_coded``)?"""
    wb = pb.wordset
    return any(w in wb for w in pa.wordset if _coded(w))


def none_candidates(X, rows, offers_a, offers_b) -> np.ndarray:
    """Of rows ``rows`` of the feature matrix ``X`` ("none" rows without conflict or evidence),
    those the wider domain may judge, before their stage rows are built (a cheap test, the
    columns then read only for these): no two brands (``brand`` 1, or 0 - no brand field on a side,
    which ``judged_none`` then asks of the titles' first words), no variant word or generation on one
    side only, a word of letters and digits both titles print (``coded_shared``), and the words'
    reading by meaning ``judged_none`` asks (``_reads_all``)."""
    rows = np.asarray(rows, dtype=np.int64)
    if not len(rows):
        return rows
    X = np.asarray(X)
    br = X[rows, _WIDE_INDEX[WIDE_COLUMNS.index("brand")]]
    # (and none the wider domain never calls, by the columns the matrix holds for every row: another
    # variant word or a generation on one side only - ``judged_wide``)
    rows = rows[((br == 1) | (br == 0)) & (X[rows, _WIDE_INDEX[WIDE_COLUMNS.index("variant_conflict")]] == 0)
                & (X[rows, _WIDE_INDEX[WIDE_COLUMNS.index("gen_miss")]] == 0)]
    return rows[[coded_shared(offers_a[k], offers_b[k]) and _reads_all(offers_a[k], offers_b[k])
                 for k in rows.tolist()]] if len(rows) else rows


_FEWER, _DIGITS, _KINDS, _LETTERS = (MEANING.index(n) for n in ("m_unread_fewer", "m_unread_digits", "m_kinds",
                                                                 "m_letter_words_min"))


def _reads_all(pa, pb) -> bool:
    """The conditions of ``judged_none`` the titles' words read by meaning decide (``meaning_columns``),
    asked before the rest of the stage's row is built: one title prints no word of letters the other
    does not read, every word with a digit is read, no two kinds, two words of letters each."""
    m = meaning_columns(pa, pb, False)
    return m[_FEWER] == 0 and m[_DIGITS] == 0 and m[_KINDS] >= 0 and m[_LETTERS] >= 2


def judged_none(stage_X, training: bool = False) -> np.ndarray:
    """Which stage rows of "none" pairs (``none_candidates``) the wider domain judges (session 25,
    none25): those ``judged_wide`` judges, where besides every word with a digit of each title is
    read in the other (no model token, size or count of one title the other does not print:
    "Galaxy A55" / "Galaxy A35", "E14" / "E27") and the brand agrees - the brand fields (``brand``
    1), or without them each title's first word read in the other."""
    S = np.array(stage_X, dtype=np.float64)
    br = S[:, _W + WIDE_COLUMNS.index("brand")]
    lead = S[:, _M + MEANING.index("m_lead_read")]
    # (the narrow domain never judges a "none" row: its gate is no reason to leave one out)
    S[:, -1] = 0
    return (judged_wide(S, training) & (S[:, _M + MEANING.index("m_unread_digits")] == 0)
            & ((br == 1) | ((br == 0) & (lead == 2))))
