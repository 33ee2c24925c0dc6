"""Session 43 (ml43): conflicts the rules did not read, so that a pair of two products is decided before
the learned stage is asked - the false pairs the "kinds" retrain (session 42, ml42) joined that
``cf42`` left. Principles that hold in every shop and language:

* **a single serving against a pack** - a cup on one side, a pack of two or more with no cup on the
  other ("MAMA cup tom yum" / "MAMA tom yum pack 10");
* **"with" a nut or fruit on one side** - a food sold "with whole hazelnuts" against the same line
  naming no such ingredient ("Alpen Gold milk with whole hazelnut" / "Alpen Gold milk"): another recipe;
  the nut the phrase's head (not "with Hazelnut Filling", "with Almond Oil": a description);
* **a bundled part on one side** - a device "incl." / "with" an attachment the other title does not
  name (a milk frother with a capsule machine, a surface cleaner with a pressure washer: "Essenza Mini
  com Aeroccino" / "Essenza Mini Coffee Machine", "K 4 Power Control Home inkl. Flächenreiniger" /
  "K 4 Power Control"): a kit, priced as one;
* **assorted against one colour** - "assorted" / "sortiert" / "multicolour" on one side, one colour on
  the other ("fine point markers assorted 5ct" / "fine tip marker - black - 5 pack");
* **two lengths in metres** - "20 m" against "30 meter": the cleaner leaves a number and the word
  "meter" / "metre" / "metros" two words, so no length reader compared them ("GARDENA Comfort FLEX
  Schlauch ... 20 m" / "Gardena Comfort FLEX tuinslang 1/2\" 30 meter").

A leaf module: ``variants.form_conflict`` asks ``apart`` of two prepared offers (their folded words),
a conflict read as another form of the product (reason "form"), as it asks ``cf42``.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------- a single serving against a pack
_CUP = frozenset("cup becher kubek kelimek tasse vaso copo".split())
_PACK = frozenset("pack packs pk packung pakiet balenie confezione".split())


def _pack_of(ws) -> int:
    """The count a title's "pack 10" / "10 pack" / "10-pack" prints (0 none)."""
    best = 0
    for i, w in enumerate(ws):
        if w in _PACK:
            for j in (i - 1, i + 1):
                if 0 <= j < len(ws) and ws[j].isdigit():
                    best = max(best, int(ws[j]))
        m = re.fullmatch(r"(\d+)(?:pack|pk|er)", w)
        if m:
            best = max(best, int(m.group(1)))
    return best


def _cup_apart(x, y) -> bool:
    return not x.wordset.isdisjoint(_CUP) and y.wordset.isdisjoint(_CUP) and _pack_of(y.words) >= 2


# ---------------------------------------------------------------- "with" a nut or fruit on one side
_WITH = frozenset("with w mit avec con com z s met med".split())
_NUT = frozenset("hazelnut hazelnuts nut nuts nuss nusse nusses haselnuss haselnusse haselnussen hazelnoot "
                 "hazelnoten noisette noisettes nocciola nocciole almond almonds mandel mandeln amande amandes "
                 "mandorla mandorle peanut peanuts erdnuss erdnusse cashew cashews pistachio pistachios walnut "
                 "walnuts raisin raisins rosinen orzech orzechami orzechy migdaly rodzynki ореха фундук "
                 "фундуком миндаль изюм".split())


_AND = frozenset("and und et e y i en och og".split())


def _with_nut(ws) -> bool:
    """A "with" phrase whose head is a nut or a fruit - the last word of the phrase, not a word describing
    another ("with Hazelnut Filling", "with Almond Oil" name a filling and an oil: a description)."""
    for i, w in enumerate(ws):
        if w not in _WITH:
            continue
        for j in range(i + 1, min(i + 4, len(ws))):
            if ws[j] in _NUT:
                nxt = ws[j + 1] if j + 1 < len(ws) else ""
                if not nxt or any(c.isdigit() for c in nxt) or nxt in _AND:
                    return True
                break
    return False


def _nut_apart(x, y) -> bool:
    return _with_nut(x.words) and y.wordset.isdisjoint(_NUT)


# ---------------------------------------------------------------- a bundled part on one side
# (an attachment sold on its own, named after "incl." / "with" in a device's title)
_INCL = frozenset("inkl incl including includes inklusive incluye incluido inclus avec with mit com con met "
                  "z w".split())
_PART = frozenset("aeroccino aerocino frother milchaufschaumer milchaufschaeumer spumalatte mousseur "
                  "flachenreiniger".split())


def _bundled(ws) -> frozenset:
    out = set()
    for i, w in enumerate(ws):
        if w in _INCL:
            out.update(v for v in ws[i + 1:i + 3] if v in _PART)
    return frozenset(out)


def _part_apart(x, y) -> bool:
    parts = _bundled(x.words)
    return bool(parts) and y.wordset.isdisjoint(parts) and y.wordset.isdisjoint(_PART)


# ---------------------------------------------------------------- assorted against one colour
_ASSORTED = frozenset("assorted assortiert sortiert multicolor multicolour multicolored multicoloured assortis "
                      "surtidos assortiti".split())


def _colours(s) -> set:
    from .titles import COLOURS

    return {w for w in s if w in COLOURS}


def _assorted_apart(x, y) -> bool:
    return not x.isdisjoint(_ASSORTED) and y.isdisjoint(_ASSORTED) and len(_colours(y)) == 1 and not _colours(x)


# ---------------------------------------------------------------- two lengths in metres
_METRE = frozenset("meter meters metre metres metro metros metri metrow metrov metru metry".split())


def _lengths(ws) -> frozenset:
    """The lengths in metres a title prints - "20m" (the cleaner's token) and "30 meter" (a number before
    the word in any language, which the cleaner leaves two words)."""
    out = set()
    for i, w in enumerate(ws):
        m = re.fullmatch(r"(\d+(?:\.\d+)?)m", w)
        if m:
            out.add(float(m.group(1)))
        elif w in _METRE and i and re.fullmatch(r"\d+(?:\.\d+)?", ws[i - 1]):
            out.add(float(ws[i - 1]))
    return frozenset(out)


def apart(a, b) -> bool:
    """Do two prepared offers name two products by one of the principles above?"""
    sa, sb = a.wordset, b.wordset
    if _cup_apart(a, b) or _cup_apart(b, a):
        return True
    if _nut_apart(a, b) or _nut_apart(b, a):
        return True
    if _part_apart(a, b) or _part_apart(b, a):
        return True
    if _assorted_apart(sa, sb) or _assorted_apart(sb, sa):
        return True
    la, lb = _lengths(a.words), _lengths(b.words)
    return bool(la) and bool(lb) and la.isdisjoint(lb)
