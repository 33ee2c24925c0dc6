"""One product named alike by two shops, one title describing it further (session 41, wk41).

The largest class of missed true pairs on every unseen set is "weak": the trees call the titles alike, no rule reads
identifying evidence, the learned stage says no.  Most of those pairs word the product two ways (each title words
the other lacks) - word frequency cannot tell a describing word from a variant's name there (en39, session 39) and
this module does not join them.  It reads two narrower shapes, called only for the "weak" rows
(``rules.decide_matrix``: no conflict, no evidence, the trees at .5 or more):

* A, ``variants_described``: every identifying word of each title is in the other (``facets.identifying_ids`` /
  ``_missing_ids``), the numbers agree, the brand is one both name (a brand field or one the tables read) with a name
  of its line (a shared word rare in English, a code, a model number), and the only disagreement is a word the
  variant tables read ("Mi", "Plus", "Smart") that one title prints and the other does not.  Such a word is no
  variant where it stands in the title's DESCRIPTION - after a separator opening a list of features (",", "|",
  " - ", "–") that follows the last shared identifying word - with a plain word beside it in its part of the title,
  or where the other title glues it into a word ("Smart Sensor" / "SmartSensor", "Buds +" / "Buds Plus").  It
  parts the pair still where the word stands in the name (before the description: "Lined" of "Classic Lined Clog",
  "Power" of "Pro 1000 Power"), is a tier or edition ("- Educational Version"), a generation or code ("GM II",
  "7P"), makes up its part alone (", Professional Plus"), or where BOTH titles print words of their own
  ("plech" / "sklo", "Deutsch" / "Svenska": two values of one slot);
* B, ``extra_described``: one title's every identifying word is in the other, whose extra identifying words are
  plain words (common in English or a shop's language, letters only) standing in its description, not in a part the
  title opens with ":" or "(" (a subtitle, an edition: "Codenames: Pictures", "Echo Dot (5th Gen)"), not after "with"
  in their part (what comes with the product tells two offers apart: "... Smart Speaker with Clock"), and beside no
  variant, scent, quantity or condition word ("Gain Original Scent", "Pair" / "Single", "Used (Like New)"); the
  shorter title prints nothing of its own but kind words, a unit or count after a number, words glued in the
  other, or a language's commonest words; its numbers are all in the longer title, which prints others only in its
  description.

A "weak" pair joined here gets the tier "title" and the score ``SCORE``."""

from __future__ import annotations

import re

from .lingua import zipf
from . import xl39 as _xl

# the score of a pair this module joins: the 7 labelled pairs it joins of main's 77,529 are all the same product
# (and wk41.jsonl's one); few, so below xl39's .97
SCORE = 0.95
# a shared word this rare in English names the product (en39's NAME_ZIPF)
NAME_ZIPF = 3.3
# a describing word: at least this common in its language
WORD_ZIPF = 3.0
# a word of the commonest of a language ("for", "the", "mit", "de")
COMMON_ZIPF = 6.0

_TOKEN = re.compile(r"[^\W_]+|[,|(){}\[\]:;/–—]| - ", re.UNICODE)
_SEPARATORS = frozenset(",|(){}[]:;–—") | {" - "}
_SPLIT = re.compile(r"\d+|[^\W\d_]+", re.UNICODE)
# separators that open a description (a list of features), and those that open a part naming the product
_DESCRIBING = frozenset(",|–—") | {" - "}
_NAMING = frozenset(":([{")
# words counting what the offer holds ("Pair" / "Single") and its condition ("Used", "Like New")
_QUANTITY = frozenset("pair pairs single piece pieces used new refurbished renewed open box".split())
_WITH = frozenset("with for featuring includes including incl inkl mit avec con met".split())


def _tokens(title: str) -> list:
    """The folded words of a title with its separators, in order."""
    return [t if t in _SEPARATORS else _xl.fold(t) for t in _TOKEN.findall(title)]


_MARKERS = None


def _markers() -> frozenset:
    """The variant markers xl39 reads (variant, tier, edition, colour, scent, refill, language words) and en39's
    describing words that name a variant of a line in every kind of goods ("light", "wireless", "youth" ...)."""
    global _MARKERS
    if _MARKERS is None:
        from . import en39 as E
        _MARKERS = _xl._markers() | E.MARKERS
    return _MARKERS


def _name_end(toks, shared) -> int:
    """The position of the last shared identifying word in ``toks`` (-1: none found)."""
    return max((i for i, t in enumerate(toks) if t in shared), default=-1)


def _description_start(toks, end: int):
    """Where the description of a title starts: the first separator opening a list of features after the name's
    end (``end``: a kind word is no such start - "Camembert *Lait Cru*" names a variant after it); None when the
    title has none."""
    for i in range(end + 1, len(toks)):
        if toks[i] in _DESCRIBING:
            return i
    return None


def _segment(toks, i: int) -> list:
    """The words of the separator-bounded part of the title holding position ``i``."""
    lo = i
    while lo > 0 and toks[lo - 1] not in _SEPARATORS:
        lo -= 1
    hi = i
    while hi + 1 < len(toks) and toks[hi + 1] not in _SEPARATORS:
        hi += 1
    return toks[lo:hi + 1]


def variants_described(pa, pb, why=None) -> bool:
    """Rule A: every identifying word agrees both ways and the only disagreement is a variant or tier word one title
    prints alone, standing in that title's description (see the module's principle)."""
    def no(reason):
        if why is not None:
            why.append(reason)
        return False

    from . import facets as F
    ta, tb = pa.rawtitle, pb.rawtitle
    if not isinstance(ta, str) or not isinstance(tb, str):
        return no("title")
    brand = _xl._brand_words(pa, pb)
    if brand is None or (not pa.brand and not pb.brand):
        return no("brand")
    if _xl.plus_names(ta) != _xl.plus_names(tb):
        return no("plus")
    if _xl.volume(ta) or _xl.volume(tb):
        return no("volume")
    ka, kb = _xl.kinds(ta), _xl.kinds(tb)
    if ka and kb and ka != kb:
        return no("kind")
    if _xl.numbers(ta) != _xl.numbers(tb):
        return no("numbers")
    ia, ib = F.identifying_ids(pa, pb), F.identifying_ids(pb, pa)
    if F._missing_ids(ia, pb) or F._missing_ids(ib, pa):
        return no("identifying word on one side")
    shared = ia & ib
    name = shared - brand - {w for w in shared if any(w in b or b in w for b in brand)}
    if not (any(any(c.isdigit() for c in w) or zipf(w, "en") < NAME_ZIPF for w in name)
            or (_xl._model_number(ta) and _xl._model_number(tb))):
        return no("no name")
    markers = _markers()
    toka, tokb = _tokens(ta), _tokens(tb)
    seta, setb = set(toka), set(tokb)
    in_name, sides = [], []
    for toks, other, ot, mt in ((toka, setb, tb, ta), (tokb, seta, ta, tb)):
        caps = _xl._capital_codes(mt)
        end = _name_end(toks, shared)
        start = _description_start(toks, end) if end >= 0 else None
        named = 0
        for i, w in enumerate(toks):
            if w in other or w in _SEPARATORS:
                continue
            if w == "plus" and "+" in ot:
                continue  # ("Buds +" / "Buds Plus")
            if len(w) >= 3 and any(w in o and o != w for o in other):
                continue  # (glued into a word of the other title: "Smart Sensor" / "SmartSensor")
            if any(c.isdigit() for c in w):
                parts = _SPLIT.findall(w)
                if len(parts) > 1 and all(x in other for x in parts):
                    continue  # ("6mm" / "6 mm")
                return no("code " + w)
            if _xl._ROMAN.fullmatch(w) or w in caps:
                return no("code " + w)  # (a generation, "GM II"; a maker's code in capitals)
            if start is None or i < start:
                if w in markers:
                    return no("marker in the name " + w)
                named += 1
                continue
            if w in F._TIERS:
                return no("tier " + w)  # (an edition: "Cubase Pro 13 - Educational Version")
            if w in markers and not [t for t in _segment(toks, i) if t not in markers]:
                return no("marker segment " + w)  # (", Professional Plus": the value of the variant slot)
        in_name.append(named)
        sides.append(any(t not in other and t not in _SEPARATORS for t in toks))
    if in_name[0] and in_name[1]:
        return no("two names")  # (each title's name a word the other lacks: two values of one slot)
    if sides[0] and sides[1]:
        return no("two wordings")  # (each title a word the other lacks - "plech" / "sklo", "Deutsch" / "Svenska")
    return True


def one_product(pa, pb, why=None) -> bool:
    return variants_described(pa, pb, why) or extra_described(pa, pb, why)


def _numbers_in(toks, lo: int, hi: int) -> frozenset:
    return frozenset(n for t in toks[lo:hi] for n in re.findall(r"\d+", t))


def extra_described(pa, pb, why=None) -> bool:
    """Rule B: one title's every identifying word is in the other, whose extra identifying words are plain words
    standing in its description (see the module's principle)."""
    def no(reason):
        if why is not None:
            why.append(reason)
        return False

    from . import facets as F
    from . import wordclass as W
    ta, tb = pa.rawtitle, pb.rawtitle
    if not isinstance(ta, str) or not isinstance(tb, str):
        return no("title")
    brand = _xl._brand_words(pa, pb)
    if brand is None:
        return no("brand")
    known = bool(pa.brand or pb.brand)
    if _xl.plus_names(ta) != _xl.plus_names(tb):
        return no("plus")
    if _xl.volume(ta) or _xl.volume(tb):
        return no("volume")
    ka, kb = _xl.kinds(ta), _xl.kinds(tb)
    if ka and kb and ka != kb:
        return no("kind")
    ia, ib = F.identifying_ids(pa, pb), F.identifying_ids(pb, pa)
    ma, mb = F._missing_ids(ia, pb), F._missing_ids(ib, pa)
    if ma and mb:
        return no("two sides")
    if not ma and not mb:
        return no("no extra")
    if ma:
        extra, long_t, short_t = ma, ta, tb
    else:
        extra, long_t, short_t = mb, tb, ta
    shared = ia & ib
    name = shared - brand - {w for w in shared if any(w in b or b in w for b in brand)}
    rare = any(any(c.isdigit() for c in w) or zipf(w, "en") < NAME_ZIPF for w in name) or (
        _xl._model_number(ta) and _xl._model_number(tb))
    if not (rare or (len(name) >= 2 and known)):
        return no("no name")
    toks, stoks = _tokens(long_t), _tokens(short_t)
    end = _name_end(toks, shared)
    start = _description_start(toks, end) if end >= 0 else None
    if start is None:
        return no("no description")
    # numbers: the shorter title's all printed by the longer, which prints others only in its description
    ns, nl = _numbers_in(stoks, 0, len(stoks)), _numbers_in(toks, 0, len(toks))
    if not ns <= nl or not (nl - ns).isdisjoint(_numbers_in(toks, 0, start)):
        return no("numbers")
    if _xl.numbers(short_t) - _xl.numbers(long_t):
        return no("numbers")
    # the other title prints no word of its own but a kind word, a unit or count after a number, a word the longer
    # title glues to another, or a word of the commonest ("for", "the", "mit"): else each title words the product
    # its own way ("- Full Version" / "- Educational Version", "plech" / "sklo")
    have = set(toks)
    for i, t in enumerate(stoks):
        if t in have or t in _SEPARATORS or t in W.CATEGORY or any(c.isdigit() for c in t):
            continue
        if i and any(c.isdigit() for c in stoks[i - 1]):
            continue
        if len(t) >= 3 and any(t in o for o in have):
            continue
        if max(zipf(t, "en"), max(_xl._native(t, l) for l in _xl.LANGUAGES)) >= COMMON_ZIPF:
            continue
        return no("other wording " + t)
    markers = _markers() | _QUANTITY
    caps = _xl._capital_codes(long_t)
    for w in extra:
        idx = [i for i, t in enumerate(toks) if t == w]
        if not idx:
            return no("extra not found " + w)
        i = idx[0]
        if i < start:
            return no("extra in the name " + w)
        if not w.isalpha() or w in caps or _xl._ROMAN.fullmatch(w):
            return no("code " + w)
        if w in markers or w in W.VARIANT or W.canon(w) != w:
            return no("marker " + w)
        if not (zipf(w, "en") >= WORD_ZIPF or any(_xl._native(w, l) >= WORD_ZIPF for l in _xl.LANGUAGES)):
            return no("rare " + w)
        seg_lo = i
        while seg_lo > 0 and toks[seg_lo - 1] not in _SEPARATORS:
            seg_lo -= 1
        if seg_lo > 0 and toks[seg_lo - 1] in _NAMING:
            return no("named part " + w)  # ("Codenames: Pictures", "Echo Dot (5th Gen)")
        seg = toks[seg_lo:i]
        if any(t in _WITH for t in seg):
            return no("with " + w)  # ("... Smart Speaker with Clock": what comes with it tells two offers apart)
        if any(t in markers for t in _segment(toks, i)):
            return no("marker beside " + w)  # (", Gain Original Scent")
    return True

