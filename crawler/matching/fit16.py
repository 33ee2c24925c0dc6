"""Session 16, prec (issue 12): two conflicts of what an offer is made for or named as.

* ``maker_named_for``: one title names the other offer's maker after "for" / "compatible
  with" / "fits" / "replacement for" ("Waterdrop Replacement for Brita Standard Pitcher
  Filter" against "Brita Standard Replacement Filters"; "Anker charger for Apple iPhone"
  against "Apple 20W USB-C Power Adapter"), while its own title begins with another maker:
  a product made for that maker's, by another - a third-party copy, however alike the words.
  The makers are the titles' first words where an offer has no brand field.  Not where both
  print one part number (``share_code``): the part number names the product.
* ``edition_one_side``: one title names an edition ("The Legend of Zelda: Tears of the
  Kingdom Edition", "Collector's Edition") and the other names none and never prints its
  name: a special edition is another product than the plain one ("Nintendo Switch Pro
  Controller").  The default editions ("Standard", "Regular", "Base" ...) name the plain one;
  and a part number both print names the product whatever edition one shop adds (AMD's
  "Black Edition" processors).
"""

from __future__ import annotations

import re
from .memos import cached

# the words after which a title names what its product is made for
_FOR = frozenset(("for", "fits", "with"))
_BEFORE_FOR = frozenset(("replacement", "compatible", "designed", "made", "fit", "fits", "works"))
# the editions that are the plain product
# (and the words of a format, a delivery or a tier the edition facet reads when both print
# one: "Disc Edition", "Desktop Edition", "Home Edition" name no special edition)
DEFAULT_EDITIONS = frozenset(("standard", "regular", "base", "basic", "normal", "original", "classic",
                              "retail", "physical", "digital", "first", "1st", "new", "latest", "full",
                              "disc", "disk", "desktop", "download", "downloadable", "boxed", "box", "cd", "dvd",
                              "key", "pc", "mac", "windows", "console", "home", "online", "web", "cloud",
                              "mobile", "app", "print", "printed", "paperback", "hardcover", "kindle"))


# first words that name no maker ("Replacement Earpads for Sony ...": an unnamed maker's part)
_NO_MAKER = frozenset(("replacement", "compatible", "genuine", "original", "new", "premium", "universal",
                       "generic", "for", "the", "set", "pack", "pair", "oem", "official"))


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
