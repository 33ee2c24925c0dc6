"""Session 17, English recall: how two shops word one product, by principle.

Each function answers one question the rules ask about the words two titles
print differently, for any shop and any product:

* **a size written as its letter** - "Large" / "L", "Medium" / "M",
  "X-Large" / "XL" (apparel, pet, tool sizes): one size, two spellings
  (``size_letters_same``);
* **an acronym of words the other title prints in a row** - "EDP" / "Eau de
  Parfum", "EDT" / "Eau de Toilette" (``acronym_of_run``);
* **a tier word that names no tier** (``facets.tier_differs``):
  glued into one word by the other shop ("Gold-Bears" / "Goldbears",
  "Slide Lite" / "SlideLite": a name both print) (``tier_word_excused``).

All words are as ``titles`` cleans them (lower case, accents stripped).  The
functions take prepared offers (``prepared.prepare``).
"""

from __future__ import annotations

# apparel and product sizes: {spelling: the size}
_SIZE_OF = {}
for _size, _ws in {
    "xs": "xs xsmall xsm", "s": "s small sm", "m": "m medium med md", "l": "l large lg lrg",
    "xl": "xl xlarge", "xxl": "xxl 2xl xxlarge", "xxxl": "xxxl 3xl xxxlarge",
}.items():
    for _w in _ws.split():
        _SIZE_OF[_w] = _size


def _size_of_run(run) -> str | None:
    """The size a run of words names ("x large", "extra large", "xl"), else None."""
    if len(run) == 1:
        return _SIZE_OF.get(run[0])
    if len(run) == 2 and run[0] in ("x", "extra") and run[1] in ("large", "small"):
        return "x" + _SIZE_OF[run[1]]
    if len(run) == 2 and run[0] in ("xx", "2x") and run[1] == "large":
        return "xxl"
    return None


def size_letters_same(xa, xb) -> bool:
    """Are two runs of words (a substitution's, ``wordclass.variant_differs``) one
    size, one written as its letter ("large" / "l", "medium" / "m", "x large" / "xl")?
    Two sizes ("large" / "m") stay two; a run naming no size is no size."""
    sa, sb = _size_of_run(list(xa)), _size_of_run(list(xb))
    return sa is not None and sa == sb and list(xa) != list(xb)


def acronym_of_run(w: str, run) -> bool:
    """Is ``w`` (>= 3 letters) the initials of words standing in a row in ``run``
    ("edp" = "eau de parfum", "edt" = "eau de toilette")?  A two-letter word is too
    often a word of its own to be read as initials."""
    n = len(w)
    if n < 3 or not w.isalpha() or len(run) < n:
        return False
    for i in range(len(run) - n + 1):
        part = run[i:i + n]
        if all(x[:1] == c and x.isalpha() for x, c in zip(part, w)):
            return True
    return False


def _glued_in_other(i: int, ws, other) -> bool:
    """Is title word ``ws[i]`` glued to the word before or after it into one word the
    other title prints ("gold bears" / "goldbears", "slide lite" / "slidelite")?"""
    ow = other.wordset
    if i + 1 < len(ws) and ws[i + 1].isalpha() and ws[i] + ws[i + 1] in ow:
        return True
    return i > 0 and ws[i - 1].isalpha() and ws[i - 1] + ws[i] in ow


def tier_word_excused(tiers, p, other, canon) -> bool:
    """Is every word of p's title written for one of ``tiers`` (``canon``) a word that
    names no tier against ``other``: glued into a word the other prints
    (``_glued_in_other``)?"""
    ws = p.words
    found = False
    for i, w in enumerate(ws):
        if w in tiers or canon(w) in tiers:
            found = True
            if not (_glued_in_other(i, ws, other)):
                return False
    return found
