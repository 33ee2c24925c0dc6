"""What an offer is made for: another maker's product "for" this one.

* ``maker_named_for``: one title names the other offer's maker after "for" / "compatible
  with" / "fits" / "replacement for" ("Waterdrop Replacement for Brita Standard Pitcher
  Filter" against "Brita Standard Replacement Filters"; "Anker charger for Apple iPhone"
  against "Apple 20W USB-C Power Adapter"), while its own title begins with another maker:
  a product made for that maker's, by another - a third-party copy, however alike the words.
  The makers are the titles' first words where an offer has no brand field.  Not where both
  print one part number (``model_numbers.share_code``): the part number names the product.

(History: README.md, session 16, prec.)
"""

from __future__ import annotations

from .model_numbers import share_code

# the words after which a title names what its product is made for
_FOR = frozenset(("for", "fits", "with"))
_BEFORE_FOR = frozenset(("replacement", "compatible", "designed", "made", "fit", "fits", "works"))


# first words that name no maker ("Replacement Earpads for Sony ...": an unnamed maker's part)
_NO_MAKER = frozenset(("replacement", "compatible", "genuine", "original", "new", "premium", "universal",
                       "generic", "for", "the", "set", "pack", "pair", "oem", "official"))


def _maker(p) -> str:
    if p.brand:
        return p.brand
    ws = p.words
    return ws[0] if ws and ws[0].isalpha() and len(ws[0]) >= 3 and ws[0] not in _NO_MAKER else ""


def _names_for(p, maker: str) -> bool:
    """Does p's title name ``maker`` after "for" ("for Brita", "compatible with Brita",
    "replacement for Brita") and nowhere else ("Microsoft Xbox Controller for Xbox Series X"
    is Microsoft's Xbox controller: its own line's name)?"""
    ws = p.words
    found = False
    for i in range(len(ws)):
        if ws[i] == maker:
            if i and (ws[i - 1] in _FOR and ws[i - 1] != "with" or ws[i - 1] == "with" and i >= 2
                      and ws[i - 2] in _BEFORE_FOR):
                found = True
            else:
                return False
    return found


def maker_named_for(a, b) -> bool:
    """Does one offer's title name the other's maker after "for" (``_names_for``) while its own
    maker is another, and the other's title says no "for" of its own maker?"""
    if "for" not in a.wordset and "for" not in b.wordset and "with" not in a.wordset \
            and "with" not in b.wordset and "fits" not in a.wordset and "fits" not in b.wordset:
        return False
    ma, mb = _maker(a), _maker(b)
    if not ma or not mb or ma == mb or share_code(a.wordset, b.wordset, a.full_compact, b.full_compact):
        return False
    return (_names_for(a, mb) and not _names_for(b, mb) and ma not in b.wordset) \
        or (_names_for(b, ma) and not _names_for(a, ma) and mb not in a.wordset)
