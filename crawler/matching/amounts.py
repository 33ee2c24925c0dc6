"""Counts, amounts and figures: what a title's numbers measure, and what two listings of one
product never print apart.

* ``percent_differs``: percentages of one thing, none in common ("1,5 % Fett" / "3,5 %
  Fett", "70% Cacao" / "85%"): two variants (``variants.slot_conflict``); ``percentages``,
  ``measured_percentages`` read them.

(History: README.md, session 14, prec.)
"""

from __future__ import annotations

import re
from .memos import cached


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
