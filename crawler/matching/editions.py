"""Editions: a special edition against the plain product.

* ``edition_one_side``: one title names an edition ("The Legend of Zelda: Tears of the
  Kingdom Edition", "Collector's Edition") and the other names none and never prints its
  name: a special edition is another product than the plain one ("Nintendo Switch Pro
  Controller").  The default editions (``DEFAULT_EDITIONS``: "Standard", "Regular", "Base"
  ...) name the plain one; and a part number both print (``model_numbers.share_code``)
  names the product whatever edition one shop adds (AMD's "Black Edition" processors).

(History: README.md, session 16, prec.)
"""

from __future__ import annotations

from .model_numbers import share_code

# the editions that are the plain product
# (and the words of a format, a delivery or a tier the edition facet reads when both print
# one: "Disc Edition", "Desktop Edition", "Home Edition" name no special edition)
DEFAULT_EDITIONS = frozenset(("standard", "regular", "base", "basic", "normal", "original", "classic",
                              "retail", "physical", "digital", "first", "1st", "new", "latest", "full",
                              "disc", "disk", "desktop", "download", "downloadable", "boxed", "box", "cd", "dvd",
                              "key", "pc", "mac", "windows", "console", "home", "online", "web", "cloud",
                              "mobile", "app", "print", "printed", "paperback", "hardcover", "kindle"))


def edition_one_side(na, nb, wa, wb, tiers=frozenset(), ca: str = "", cb: str = "") -> bool:
    """Does one title name an edition (``prec15.named_editions``: ``na``, ``nb``) that is no
    default one nor a tier the edition facet reads (``tiers``: both offers' "edition"
    facets - "Professional Edition" against "Pro" is compared there), while the other names
    none and prints none of its words (``wa``, ``wb``), and no part number both print
    (``share_code``, compact texts ``ca``, ``cb``)?"""
    if wa is None or wb is None or (na and nb):
        return False
    named, other = (na, wb) if na else (nb, wa)
    if not named or share_code(wa, wb, ca, cb):
        return False
    return all(w not in DEFAULT_EDITIONS and w not in tiers and w not in other for w in named)
