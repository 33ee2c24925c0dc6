"""Sizes a product is sold by, as the cleaned title prints them.

* ``sizes`` / ``sizes_apart``: a size in a sizing system ("US 10" / "US 10.5", "Size 4" /
  "Size 5", "EU 42" / "EU 43"): two products of one model, as two capacities are.

(Sizes read from the raw title - a shoe's width, a lettered garment size - are
``raw_facets``'.  History: README.md, session 16, prec.)
"""

from __future__ import annotations

import re
from .memos import cached


# --- a size in a sizing system ---------------------------------------------------------------
# Shoes, clothes, diapers and rings are sold by a size in a sizing system: "US 10" and "US
# 10.5" (or "Size 4" / "Size 5", "EU 42" / "EU 43") are two products of one model, as two
# capacities are.  Both titles must print a size of one system.
_SIZE = re.compile(r"\b(us|uk|eu|eur|size|sz|gr|taille|talla|taglia|maat|storlek|rozmiar|grosse|groesse|velikost|koko)\s?"
                   r"(\d{1,2}(?:\.5)?)(?![\w.]|\s?(?:x|-|/)\s?\d)")
_SIZE_SYSTEM = {"eur": "eu", "sz": "size", "gr": "size", "taille": "size", "talla": "size", "taglia": "size",
                "maat": "size", "storlek": "size", "rozmiar": "size",
                "grosse": "size", "groesse": "size", "velikost": "size", "koko": "size"}


@cached(20000)  # (a memo: ``memos``)
def sizes(cleaned: str) -> dict:
    """{sizing system: sizes} a cleaned title prints ("us 10.5" -> {"us": {10.5}}); memoised
    per title (callers do not change it)."""
    out: dict = {}
    for system, value in _SIZE.findall(cleaned):
        out.setdefault(_SIZE_SYSTEM.get(system, system), set()).add(float(value))
    return out


def sizes_apart(ca: str, cb: str) -> bool:
    """Do two cleaned titles print sizes of one sizing system, none in common?"""
    if not ca or not cb:
        return False
    sa = sizes(ca)
    if not sa:
        return False
    sb = sizes(cb)
    return any(k in sb and sa[k].isdisjoint(sb[k]) for k in sa)
