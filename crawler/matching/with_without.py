"""With or without one thing: one thing named after "without" in one title and after
"with" in the other ("ohne Zucker" / "mit Zucker", "sin cebolla" / "con cebolla") names two
variants of the product - ``with_without`` (``variants.slot_conflict`` reads it).  (History:
README.md, session 14, prec.)
"""

from __future__ import annotations

from . import wordclass as W


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
        if w in _THE or w[:1].isdigit():
            # (and a rating or count before the thing, "with 65W Charger", "no charger" its other side:
            # session 37, fxlb37)
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
    if (W.NEGATION.isdisjoint(wa) and "o" not in wa and "non" not in wa) \
            and (W.NEGATION.isdisjoint(wb) and "o" not in wb and "non" not in wb):
        return False  # (most pairs: no title says "without")
    (oa, ia), (ob, ib) = _withs(a.words), _withs(b.words)
    for out, inn in ((oa, ib), (ob, ia)):
        if any(_same_thing(x, y) for x in out for y in inn):
            return True
    return _negated_against_plain(a, b) or _negated_against_plain(b, a)


# (session 31, lb31) a thing one title names after "without" or "non" that the other prints as a plain
# word of its own: "Gree Split AC 12000 BTU Non-Inverter" / "... Inverter", an Arabic shop's "عادي (بدون
# انفرتر)" (regular, without inverter) / "Gree Split Air Conditioner 12000 BTU Inverter" - the model
# with the thing and the one without it.  Only the words for "without" and "non" ("no" / "kein": "No
# Frost" is the "Frost Free" fridge), and only where the thing is no word the first title prints
# elsewhere, and the other prints it neither negated nor before "free".
_WITHOUT_ONLY = frozenset("without ohne sans sin senza sem zonder bez non".split())


def _negated_against_plain(a, b) -> bool:
    wa, wb = a.words, b.words
    for k, w in enumerate(wa):
        if w not in _WITHOUT_ONLY or k + 1 >= len(wa):
            continue
        # ("with or without X", "with/without X", "without or with X": no side - as ``_withs``)
        if k and (wa[k - 1] in _WITH or wa[k - 1] in _OR) or wa[k + 1] in _OR:
            continue
        # (the thing, articles and a generic head skipped: "ohne Zusatz von *Zucker*")
        t = wa[k + 1] if w == "non" else _thing(wa, k)
        if not t or not t.isalpha() or len(t) < 4 or wa.count(t) > 1 or t not in b.wordset:
            continue
        for j, y in enumerate(wb):
            if y == t and not (j and wb[j - 1] in _WITHOUT_ONLY | W.NEGATION) \
                    and not (j + 1 < len(wb) and wb[j + 1] == "free"):
                return True
    return False
