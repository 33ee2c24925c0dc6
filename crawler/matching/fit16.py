"""Session 16, prec (issue 12): two conflicts of what an offer is made for or named as.

* ``maker_named_for``: one title names the other offer's maker after "for" / "compatible
  with" / "fits" / "replacement for" ("Waterdrop Replacement for Brita Standard Pitcher
  Filter" against "Brita Standard Replacement Filters"; "Anker charger for Apple iPhone"
  against "Apple 20W USB-C Power Adapter"), while its own title begins with another maker:
  a product made for that maker's, by another - a third-party copy, however alike the words.
  The makers are the titles' first words where an offer has no brand field.
* ``edition_one_side``: one title names an edition ("The Legend of Zelda: Tears of the
  Kingdom Edition", "Collector's Edition") and the other names none and never prints its
  name: a special edition is another product than the plain one ("Nintendo Switch Pro
  Controller").  The default editions ("Standard", "Regular", "Base" ...) name the plain one.
"""

from __future__ import annotations

# the words after which a title names what its product is made for
_FOR = frozenset(("for", "fits", "with"))
_BEFORE_FOR = frozenset(("replacement", "compatible", "designed", "made", "fit", "fits", "works"))
# the editions that are the plain product
DEFAULT_EDITIONS = frozenset(("standard", "regular", "base", "basic", "normal", "original", "classic",
                              "retail", "physical", "digital", "first", "1st", "new", "latest", "full"))


def _maker(p) -> str:
    if p.brand:
        return p.brand
    ws = p.words
    return ws[0] if ws and ws[0].isalpha() and len(ws[0]) >= 3 else ""


def _names_for(p, maker: str) -> bool:
    ws = p.words
    for i in range(1, len(ws)):
        if ws[i] == maker and ws[i - 1] in _FOR:
            # "for Brita", "compatible with Brita", "replacement for Brita"
            if ws[i - 1] != "with" or (i >= 2 and ws[i - 2] in _BEFORE_FOR):
                return True
    return False


def maker_named_for(a, b) -> bool:
    """Does one offer's title name the other's maker after "for" (``_names_for``) while its own
    maker is another, and the other's title says no "for" of its own maker?"""
    if "for" not in a.wordset and "for" not in b.wordset and "with" not in a.wordset \
            and "with" not in b.wordset and "fits" not in a.wordset and "fits" not in b.wordset:
        return False
    ma, mb = _maker(a), _maker(b)
    if not ma or not mb or ma == mb:
        return False
    return (_names_for(a, mb) and not _names_for(b, mb) and ma not in b.wordset) \
        or (_names_for(b, ma) and not _names_for(a, ma) and mb not in a.wordset)


def edition_one_side(na, nb, wa, wb) -> bool:
    """Does one title name an edition (``prec15.named_editions``: ``na``, ``nb``) that is no
    default one, while the other names none and prints none of its words (``wa``, ``wb``)?"""
    if wa is None or wb is None or (na and nb):
        return False
    named, other = (na, wb) if na else (nb, wa)
    if not named:
        return False
    return all(w not in DEFAULT_EDITIONS and w not in other for w in named)
