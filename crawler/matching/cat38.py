"""(session 38, cat38) Counts written another way, found among the whole-catalogue run's links that the
gold file cannot judge (``benchmarks/pairs/cat38.jsonl``).  A leaf module: plain regexes, no import of the
matcher's other modules.

* "REV 70GB Disk-5 Pack" is "Disk - 5 Pack", a pack of five: read by ``titles._HYPHEN_COUNT`` (rv39: one
  reader of a count and the hyphen beside it, with "4-Port" and "All-in-1 - pack de 3").
* ``COUNT_SET``: "Permanent Markers Fine Point Assorted 8 Set" is a set of eight as "Set of 8" is: a number
  and "Set" closing the title or a part of it (before " - ", ",", "(", "/", "|"), a word of letters
  before the number - no model's number ("Galaxy S8 Set" is glued; "Series 8 Set" is read no differently
  from "Set of 8" by a shop either).
"""
from __future__ import annotations

import re

# (``facets``: a cleaned title) the N of "N Set" closing the title or a part of it
COUNT_SET = re.compile(r"(?<=[a-z] )(\d{1,3}) ?set(?=\s*(?:$|[-,(/|]))")


def core_shapes_meet(shape_m: tuple, shape_c: tuple) -> bool:
    """(``relations._printed_mpn_conflict``) An MPN field and a code the other title prints with the same
    run of 4+ digits and a letter tail on one side only - a maker's packaging or colour suffix ("30653PP"
    against "30078", "32760" against "32730PP": Sharpie's "PP" is a peg pack) - are codes of one shape:
    the digits tell the two parts apart as the same shape's would (a code containing the other, "32730" /
    "32730PP", is still the same part - ``relations`` asks that first)."""
    if shape_m == shape_c:
        return False  # (the same shape: asked already)
    core_m = shape_m[:-1] if shape_m and shape_m[-1] == ("a",) else shape_m
    core_c = shape_c[:-1] if shape_c and shape_c[-1] == ("a",) else shape_c
    return len(core_m) == 1 and core_m == core_c and core_m[0][0] == "9" and core_m[0][1] >= 4


# (``titles._clean_pre``) "Fixed Frame Wide Screen - 85 Diagonal": a screen's size printed as a number and
# "Diagonal" - the inch sign lost - is that many inches (US shops measure a screen's diagonal in inches); not a
# diagonal cutter's length ("Knipex 70 06 160 Diagonal Cutter": millimetres), nor a number glued to a code
_DIAGONAL = re.compile(r"(?<![\w.\-/])(\d{2,3}(?:\.\d)?) ?-?(?= ?diagonal\b(?! ?cut| ?pli| ?zang))")


def diagonal_inches(s: str) -> str:
    """"85 diagonal" -> "85 85 inch diagonal" (see ``_DIAGONAL``): the plain number stays, as every reader of
    plain numbers saw it before, and the inches are added - up to 110, the inches ``titles.units_of`` reads
    (a larger screen, "135 Diagonal", keeps its plain number alone, which the "number" conflict reads)."""
    return _DIAGONAL.sub(_diagonal_repl, s)


def _diagonal_repl(m: re.Match) -> str:
    n = m.group(1)
    return f"{n} {n} inch " if float(n) <= 110 else m.group(0)


# (``facets``: a cleaned title, units glued) "Bubble Mailers ... 25ct x2. 50ct": a count of the package and
# "x N" after it is N such packages, as "500ml x 6" is (``facets.size_times``); a full stop may close it
_COUNT_TIMES = re.compile(r"(?<![\w.])\d{1,4}(?:ct|count|pk|pcs)\s{1,3}x\s?(\d{1,2})(?![\w]|\.\d)")


def count_times(cleaned: str) -> frozenset:
    """The N (>= 2) of "<count> x N" in a cleaned title."""
    if "x" not in cleaned:
        return frozenset()
    return frozenset(n for n in map(int, _COUNT_TIMES.findall(cleaned)) if n >= 2)
