"""session 14, prec: model numbers two listings of one model never write apart.

* A word of letters with a number glued on ("FLIP6", "Era100", "Omega3") is the line's
  name and its number written as one word: the other title printing the line's word
  and no such number names another model of the line when it prints a number of its
  own there ("JBL FLIP6" / "JBL Flip 5") - ``glued_numbers_missing`` counts those
  numbers as plain numbers one title prints and the other lacks (the number conflict
  needs each title to print one).
* A model number that is another one with a digit-led suffix glued on, where the
  shorter one ends in a letter ("VG27AQ" / "VG27AQ1A", "XG27AQ" / "XG27AQM1A"): makers
  add such a suffix to name a revision or a sibling model; a colour, region or pack
  suffix is letters ("QN55Q60CAFXZA", "WH1000XM4B", "/AM") - ``suffix_sibling``.

And four readings of the words around a product's name:

* one thing named after "without" in one title and after "with" in the other ("ohne Zucker" /
  "mit Zucker"): two variants - ``with_without`` (``variants.slot_conflict`` reads it);
* percentages of one thing, none in common ("1,5 % Fett" / "3,5 % Fett", "70% Cacao" / "85%"):
  two variants - ``percent_differs`` (``variants.slot_conflict``);
* "compatible with" a device the other title of the same maker names: one maker's accessory,
  no third party's - ``compatible_device_shared`` (``relations``);
* a word the other title prints glued into a longer model number or as the platform it names
  ("U8K" / "65U8K", "PS5" / "PlayStation 5") - ``printed_otherwise`` (``features``).
"""

from __future__ import annotations

import re
from .memos import cached

from . import wordclass as W

_GLUED = re.compile(r"([a-z]{3,})(\d{1,3})")


@cached(1 << 14)  # (a memo: ``memos``)
def glued_numbers(wordset: frozenset) -> tuple:
    """(letters, number) of each word of a title that is a word of three letters or
    more with a number of 1-3 digits glued on ("flip6" -> ("flip", "6"))."""
    out = []
    for w in wordset:
        if w[-1:].isdigit():
            m = _GLUED.fullmatch(w)
            if m:
                out.append((m.group(1), m.group(2)))
    return tuple(out)


def glued_numbers_missing(a, b) -> int:
    """How many glued numbers of a's title (``glued_numbers``) b prints the line's word
    of as a word of its own, and neither the number nor the glued word anywhere."""
    g = glued_numbers(a.wordset)
    if not g:
        return 0
    n = 0
    for letters, num in g:
        if letters in b.wordset and num not in b.fullkeys and letters + num not in b.full_compact:
            n += 1
    return n


_SUFFIX = re.compile(r"\d[a-z]{1,2}")


def suffix_sibling(a, b) -> bool:
    """Does one title's model number (5+ characters, letters and digits, ending in a
    letter) come in the other's only with a suffix of 1-3 characters glued on that
    starts with a digit, and the other never print it bare?"""
    for x, y in ((a, b), (b, a)):
        for c in x.codes:
            if len(c) < 5 or not c[-1].isalpha() or c.isalpha() or not any(ch.isalpha() for ch in c):
                continue
            if c in y.codes:
                continue
            for d in y.codes:
                if len(d) > len(c) and d.startswith(c) and _SUFFIX.fullmatch(d[len(c):]) and d not in x.full_compact:
                    return True
    return False


# --- with / without one thing: two variants of the product ("Whopper sin cebolla" / "con
# cebolla", "Milchreis ohne Zucker" / "mit Zucker", "Pain sans gluten" / "avec gluten", "met /
# zonder", "com / sem", Polish "z / bez", "w/o"): the thing a title names after "without" is one the
# other title names after "with" - whatever the thing.  "With or without X" (", with/without
# X") names no side of it.  The words for "without" are ``wordclass.NEGATION`` (one table with
# ``variants``); "with" adds Dutch "met", Portuguese "com" and Polish "z" (not Czech: there
# "z" is "from" and "with" is "s"/"se", not read)
_WITH = W.WITH_WORDS | frozenset("met com z".split())
# "or" between "with" and "without" ("with or without Maxtra", "mit oder ohne", "avec ou sans",
# "con o sin", "met of zonder", "com ou sem", "z lub bez", "con o senza")
_OR = frozenset("or oder ou o of lub albo".split())
# words between the preposition and the thing, skipped: articles ("sin *la* cebolla", "ohne
# *den*"), and a generic head naming no thing of its own - what follows it is the thing ("with
# *extra*", "no *added* sugar", "ohne *Zusatz von* Zucker" / "mit *Zusatz von* Vitamin C")
_THE = frozenset("the a an der die das den dem le la les l el los las lo il i gli de het een o os as "
                 "extra added zusatz zusatzen zugesetztem zugesetzten von of".split())
_THING_REACH = 4  # (words after the preposition read for the thing: "ohne Zusatz von Zucker")


def _thing(ws, k: int):
    """The word a with / without word at ``ws[k]`` names (``_THE`` skipped), or None."""
    for j in range(k + 1, min(k + 1 + _THING_REACH, len(ws))):
        w = ws[j]
        if w in _THE:
            continue
        return w if w.isalpha() and len(w) >= 3 else None
    return None


def _same_thing(x: str, y: str) -> bool:
    """One word, maybe inflected ("cebolla" / "cebollas", "Zwiebel" / "Zwiebeln",
    "konserwantów" / "konserwantami"): the words agree but for endings of up to three
    letters, and the part they share is at least twice as long as either ending - a word's
    ending, not two words sharing a start ("lactosa" / "lactasa": "lact" + "osa" / "asa")."""
    if x == y:
        return True
    k = 0
    for p, q in zip(x, y):
        if p != q:
            break
        k += 1
    ends = max(len(x), len(y)) - k
    return ends <= 3 and k >= 2 * ends


def _without_at(ws, k: int) -> int:
    """The position of the thing's "without" word starting at ``ws[k]`` ("without", or "w"
    of "w o"), or -1."""
    w = ws[k]
    if w in W.NEGATION:
        return k
    if w == "w" and k + 1 < len(ws) and ws[k + 1] == "o":
        return k + 1
    return -1


def _withs(ws) -> tuple:
    """(things named without, things named with) of a title's words ("w o" is "w/o"); a
    "with" and a "without" next to each other, or with "or" between them, name neither."""
    out, inn = [], []
    n = len(ws)
    k = 0
    while k < n:
        w = ws[k]
        end = _without_at(ws, k)
        if end < 0 and w not in _WITH:
            k += 1
            continue
        # ("with or without X", "without or with X", "with/without X": no side)
        j = (end if end >= 0 else k) + 1
        if j < n and ws[j] in _OR:
            j += 1
        if j < n and (ws[j] in _WITH if end >= 0 else _without_at(ws, j) >= 0):
            k = max(j, _without_at(ws, j)) + 1
            continue
        if end >= 0:
            t = _thing(ws, end)
            if t:
                out.append(t)
            k = end + 1
        else:
            t = _thing(ws, k)
            if t:
                inn.append(t)
            k += 1
    return out, inn


def with_without(a, b) -> bool:
    """Does one title name a thing after "without" (``wordclass.NEGATION``: English, German,
    French, Spanish, Dutch, Portuguese, Polish, Italian) that the other names after "with"?"""
    wa, wb = a.wordset, b.wordset
    if (W.NEGATION.isdisjoint(wa) and "o" not in wa) and (W.NEGATION.isdisjoint(wb) and "o" not in wb):
        return False  # (most pairs: no title says "without")
    (oa, ia), (ob, ib) = _withs(a.words), _withs(b.words)
    for out, inn in ((oa, ib), (ob, ia)):
        if any(_same_thing(x, y) for x in out for y in inn):
            return True
    return False


# --- a percentage naming the variant: milk's fat (1,5 % / 3,5 %, 2% / 3,2 %), a yogurt's 0 %,
# a spirit's alcohol, a chocolate's cocoa - two titles each printing percentages of one thing,
# none in common, are two products; not 100 % (a claim: "100% Cotton", "100% Juice") nor a
# discount or a bonus ("Save 20%", "-20%", "20% more", "30 % gratis").  What a percentage
# measures is the word right after it ("0,2 % Fett", "11 % Protein", "40% vol") or right before
# its number ("Fett 3,5%"): percentages of two things ("0,2 % Fett" / "11 % Protein", "0%
# alcohol" / "96% natural origin") are compared with nothing; two percentages naming no thing
# are compared with each other
_PERCENT = re.compile(r"(?<![\d.])(\d{1,2}(?:\.\d{1,2})?)\s?%(?!\s?(?:off|more|extra|free|gratis|bonus|mehr|"
                      r"offert|rabatt|discount|korting|sconto|descuento)\b)")
# a discount word before the number, or a minus sign glued to it ("-20%"; not the separator of
# "H-Milch 1 L - 1,5 %")
_PROMO_BEFORE = re.compile(r"(?:(?:save|up to|bis zu|spare|jusqu.a|hasta|fino al|sleva|rabatt)\s*|(?:^|\s)-)$")
_MEASURES = {w: m for m, ws in {
    "fat": "fat fett fettgehalt tluszczu tluszcz tuku tuk grasa grasas grassi vet mg",
    "protein": "protein proteine proteines proteina proteinas proteinen eiweiss bialka bialko",
    "alcohol": "alcohol alkohol alcool alcol alc vol abv",
    "cocoa": "cocoa cacao kakao",
}.items() for w in ws.split()}
_WORD_AFTER = re.compile(r"\s*(?:(?:de|di|of|du)\s+)?([a-z]+)")
_WORD_BEFORE = re.compile(r"([a-z]+)\.?:?\s*$")


@cached(1 << 14)  # (a memo: ``memos``)
def measured_percentages(cleaned: str) -> frozenset:
    """(percentage as a float, what it measures: a key of ``_MEASURES`` or None) of each
    percentage a cleaned title prints, but for discounts and bonuses."""
    out = set()
    for m in _PERCENT.finditer(cleaned):
        if _PROMO_BEFORE.search(cleaned[max(0, m.start() - 12):m.start()]):
            continue
        after = _WORD_AFTER.match(cleaned, m.end())
        what = _MEASURES.get(after.group(1)) if after else None
        if what is None:
            before = _WORD_BEFORE.search(cleaned, max(0, m.start() - 16), m.start())
            what = _MEASURES.get(before.group(1)) if before else None
        out.add((float(m.group(1)), what))
    return frozenset(out)


def percentages(cleaned: str) -> frozenset:
    """The percentages a cleaned title prints (as floats), but for discounts and bonuses."""
    return frozenset(v for v, _what in measured_percentages(cleaned))


def percent_differs(a, b) -> bool:
    """Does each title print a percentage of one thing (or each one of no named thing), and no
    percentage of that thing of one the other's?"""
    ca = a.facets.get("_cleaned") if a.facets else None
    if not ca or "%" not in ca:
        return False
    cb = b.facets.get("_cleaned") if b.facets else None
    if not cb or "%" not in cb:
        return False
    pa, pb = measured_percentages(ca), measured_percentages(cb)
    for what in {w for _v, w in pa} & {w for _v, w in pb}:
        if {v for v, w in pa if w == what}.isdisjoint({v for v, w in pb if w == what}):
            return True
    return False


# --- "compatible with" in one title of two that lead with one maker's name ("Ringke Fusion
# Compatible with Samsung Galaxy A54 5G Case" / "Ringke Fusion Galaxy A54 5G Clear Case"):
# the device named after it is the one the other title names too - one maker's accessory for
# one device, written with and without the word, not a third party's version of an original
_COMPAT_LINK = W.WITH_WORDS | W.FOR_WORDS  # ("with", "for", "mit", "pour", "con", "para", ...: one table)
COMPATIBLE = frozenset("compatible compatibles compatibile compatibili kompatibel kompatibilni".split())


def compatible_device_shared(ws, i: int, other_words) -> bool:
    """After "compatible" at ``ws[i]`` (and its "with" / "for"), do two of the next three
    words name what the other title prints - a device ("Galaxy A54"): words the title
    never printed before the word, not its leading maker's ("HP ... 64XL Compatible with HP
    64XL" names its own product: a third party's)?"""
    j = i + 1
    if j < len(ws) and ws[j] in _COMPAT_LINK:
        j += 1
    before = set(ws[:i])
    return sum(1 for w in ws[j:j + 3] if w in other_words and w not in before and w != ws[0]) >= 2


# --- a word printed by the other title in another writing: glued into a longer model number
# ("U8K" in "65U8K") or as the platform it names ("PS5" / "PlayStation 5") - the word a
# variant word follows ("U8K *Mini* LED", "PS5 *Slim*") is then one both titles print

def printed_otherwise(w: str, y, platform_of) -> bool:
    """Does offer ``y`` print ``w`` glued into a longer word of letters and digits (3+
    characters, a digit in it), or name the platform ``w`` names (``platform_of``)?"""
    if len(w) >= 3 and not w.isalpha() and not w.isdigit() and w in y.full_compact:
        return True
    p = platform_of.get(w)
    if p is not None and y.facets:
        return p in y.facets.get("platform", ())
    return False
