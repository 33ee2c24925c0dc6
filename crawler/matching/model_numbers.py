"""How a model or part number is written: what one model's listings print alike and
what names another model of the line (history: README.md, sessions 14 and 16, prec).

* ``share_code``: two titles print one model or part number (a word of five or more
  characters, letters and digits, not a figure with its unit): the part number names the
  product, whatever edition or "for <maker>" a shop adds beside it (``editions``,
  ``made_for``).
* ``suffix_variant``: a model number (letters and digits, ending in a digit) that the other
  title prints only with a variant suffix ("SN850X" / "SN850", "12700K" / "12700") names
  another model of the line.
"""

from __future__ import annotations

import re


_UNIT_SHAPED = re.compile(r"\d+(?:\.\d+)?[a-z]{1,5}$").match


def _code_like(w: str) -> bool:
    return len(w) >= 5 and not w.isalpha() and not w.isdigit() and not _UNIT_SHAPED(w) \
        and any(c.isalpha() for c in w)


def share_code(wa, wb, ca: str = "", cb: str = "") -> bool:
    """Do two titles (words ``Prepared.wordset``, compact texts ``ca``, ``cb``) share a model
    or part number - a word of five or more characters, letters and digits, not a figure with
    its unit ("128gb"), that the other prints as a word or inside its compact text
    ("VBGVBB1STRKIT" / "VBG-VBB1STRKIT")?  A shared part number names the product: an
    edition's name or a "for <maker>" beside it is a shop's wording then ("AMD A6-5400K Black
    Edition ... AD540KOKHJBOX" is the AD540KOKHJBOX)."""
    for w in wa:
        if _code_like(w) and (w in wb or (cb and w in cb)):
            return True
    if ca:
        for w in wb:
            if _code_like(w) and w in ca:
                return True
    return False


# --- a model number and the same number with a variant's suffix ------------------------------
# The letters a maker glues after a model number's digits to name another model of the line:
# "SN850X" is not the "SN850", "i7-12700K" / "12700KF" / "12700F" are not the "12700", the
# "RX 7900 XT" not the "7900", a "Q7553X" (high yield) not the "Q7553A" (``code_relation``
# reads the codes as equal up to a short suffix: a region's or a colour's letter, "PN63A650T").
VARIANT_SUFFIXES = frozenset(("x", "xt", "xtx", "ti", "k", "kf", "f", "ks", "hx", "hs", "plus", "pro", "max",
                              "ultra", "x3d", "g"))


def suffix_variant(a, b) -> bool:
    """Does one offer print a model number (letters and digits, ending in a digit) that the
    other prints only with a variant suffix (``VARIANT_SUFFIXES``), never bare?"""
    ca, cb = a.codes, b.codes
    if not ca or not cb:
        return False
    for xs, ys, px, py in ((ca, cb, a, b), (cb, ca, b, a)):
        for y in ys:
            if len(y) < 4 or not y[-1].isdigit() or y.isdigit() or y in xs:
                continue
            for x in xs:
                if len(x) > len(y) and x.startswith(y) and x[len(y):] in VARIANT_SUFFIXES \
                        and y not in px.wordset and x not in py.full_compact:
                    return True
    return False
