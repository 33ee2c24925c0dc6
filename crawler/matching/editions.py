"""Editions and releases: what names another edition or release of one product.

* ``named_editions`` (``facets``): the word before "Edition" names it ("Royal" / "Standard"),
  and so does a possessive before "Version" ("Taylor's Version": a re-recorded release);
  ``named_editions_differ``: each title names one the other never prints.
* ``edition_one_side``: one title names an edition ("The Legend of Zelda: Tears of the
  Kingdom Edition", "Collector's Edition") and the other names none and never prints its
  name: a special edition is another product than the plain one ("Nintendo Switch Pro
  Controller").  The default editions (``DEFAULT_EDITIONS``: "Standard", "Regular", "Base"
  ...) name the plain one; and a part number both print (``model_numbers.share_code``)
  names the product whatever edition one shop adds (AMD's "Black Edition" processors).
* ``years_apart`` (``facets.conflicts``): each title prints a year the other lacks.

(The word tables ``facets`` hands ``named_editions`` are in ``wordclass``' session-15 prec
block.  History: README.md, sessions 15 and 16, prec.)
"""

from __future__ import annotations

from .model_numbers import share_code

# --- the edition a title names ---------------------------------------------------------------
# The word before "Edition" (or after Spanish "Edición", Czech "Edice") names the edition, whatever
# the word: "Royal Edition" and "Standard Edition" of one game are two products as "Deluxe" and
# "Standard" are, though "royal" is in no list of tiers.  ``named_editions`` reads it so;
# ``named_editions_differ``: each title names one the other never prints ("Black Edition" /
# "Black Low Noise Edition" name one processor).
NAMED_EDITION = "_named_edition"
_EDITION_BEFORE = frozenset(("edition",))
_EDITION_AFTER = frozenset(("edicion", "edice"))  # (the words ``facets`` reads the edition after)


def named_editions(ws, generic: frozenset, skip: frozenset, synonyms: dict) -> frozenset:
    """The words naming an edition by their place ("royal" of "Royal Edition", "collectors" of
    "Collector's Edition", "goty" of "Game of the Year Edition"): letters, no ``generic`` word
    nor one of ``skip`` ("Physical Edition"), as ``synonyms`` writes them (the tables of
    ``wordclass``' session-15 prec block)."""
    out = set()
    n = len(ws)
    for i, w in enumerate(ws):
        if w in _EDITION_BEFORE and i:
            j = i - 1
            if ws[j] == "s" and j:  # ("collector's" -> "collector s")
                j -= 1
            x = ws[j]
            if x == "year" and j >= 3 and ws[j - 3:j] == ["game", "of", "the"]:
                x = "goty"
        elif w in _EDITION_AFTER and i + 1 < n:
            x = ws[i + 1]
        elif w == "version" and i >= 2 and ws[i - 1] == "s":
            # (a possessive names a release: "Taylor's Version" is the re-recording, no
            # language or format version; read "taylors", as "Taylors Version" prints it)
            x = ws[i - 2] + "s"
        else:
            continue
        if x.isalpha() and len(x) >= 3 and x not in generic and x not in skip:
            out.add(synonyms.get(x, x))
    return frozenset(out)


def named_editions_differ(fa: dict, fb: dict, wa, wb) -> bool:
    """Does each title name an edition (``named_editions``) whose word the other's never
    prints (and no edition in common)?"""
    na, nb = fa.get(NAMED_EDITION), fb.get(NAMED_EDITION)
    if not na or not nb or wa is None or wb is None or not na.isdisjoint(nb):
        return False
    return all(w not in wb for w in na) and all(w not in wa for w in nb)


# the editions that are the plain product
# (and the words of a format, a delivery or a tier the edition facet reads when both print
# one: "Disc Edition", "Desktop Edition", "Home Edition" name no special edition)
DEFAULT_EDITIONS = frozenset(("standard", "regular", "base", "basic", "normal", "original", "classic",
                              "retail", "physical", "digital", "first", "1st", "new", "latest", "full",
                              "disc", "disk", "desktop", "download", "downloadable", "boxed", "box", "cd", "dvd",
                              "key", "pc", "mac", "windows", "console", "home", "online", "web", "cloud",
                              "mobile", "app", "print", "printed", "paperback", "hardcover", "kindle"))


def edition_one_side(na, nb, wa, wb, tiers=frozenset(), ca: str = "", cb: str = "", canon=None) -> bool:
    """Does one title name an edition (``named_editions``: ``na``, ``nb``) that is no
    default one nor a tier the edition facet reads (``tiers``: both offers' "edition"
    facets - "Professional Edition" against "Pro" is compared there), while the other names
    none and prints none of its words (``wa``, ``wb``), and no part number both print
    (``share_code``, compact texts ``ca``, ``cb``)?  (``canon``: the word a word is written for,
    ``wordclass.canon`` - the other printing the name in its language, "Classique" / "Classic", prints
    it: session 22, ml22a.)"""
    if wa is None or wb is None or (na and nb):
        return False
    named, other = (na, wb) if na else (nb, wa)
    if not named or share_code(wa, wb, ca, cb):
        return False
    if canon is not None:
        oc = {canon(x) for x in other}
        return all(w not in DEFAULT_EDITIONS and w not in tiers and w not in other and canon(w) not in oc
                   for w in named)
    return all(w not in DEFAULT_EDITIONS and w not in tiers and w not in other for w in named)


# --- years ------------------------------------------------------------------------------------
# Two titles each printing a year the other never prints name two releases even when they share
# another year: "WISO Steuer 2024 Steuerjahr 2023" / "WISO Steuer 2025 (für Steuerjahr 2024)" (the
# 2024 edition for the 2023 tax year, the 2025 one for 2024) - the principle of ``values_apart``
# read on the year facet.  A title printing one more year than the other ("Office 2021" / "Office
# 2021 (2019 compatible)") names no other release.
def years_apart(ya, yb) -> bool:
    """Do two titles' year facets, sharing a year, each hold one the other lacks?"""
    return bool(ya and yb and not ya.isdisjoint(yb) and ya - yb and yb - ya)
