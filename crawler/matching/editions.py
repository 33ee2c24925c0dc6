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

import re

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
                              "mobile", "app", "print", "printed", "paperback", "hardcover", "kindle",
                              # (session 22, en22: the plain edition as first sold - "Tekken 8 Launch
                              # Edition" is "Tekken 8", "Standard Launch Edition")
                              "launch"))


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


# (session 22, en22) A year standing inside a game's or a program's name - between two words of
# it, neither bracketed - names that release: "Microsoft Flight Simulator 2024 Standard Edition"
# is not "Microsoft Flight Simulator Standard Edition" (the 2020 game), though the other title
# prints both neighbours and no year.  A year closing a title or in brackets is a date the shop
# adds ("Oppenheimer [4K UHD] [2023]"); a film's or a book's year is no part of its name, so only
# a title of software or a game (a platform, a word of software, a membership:
# ``facets._game_or_program``) is asked ("Titleist 2023 Pro V1" is no release's name).
_YEAR_WORD = re.compile(r"(?<![\w.(\[\-/])(19[5-9]\d|20[0-4]\d)(?![\w.)\]\-/])")


def year_in_name(cleaned: str, other_words) -> bool:
    """Does the cleaned title ``cleaned`` print a year between two words (letters, each in
    ``other_words``, the other title's words, which print no year)?"""
    if not cleaned or other_words is None:
        return False
    for m in _YEAR_WORD.finditer(cleaned):
        before = cleaned[:m.start()].split()
        after = cleaned[m.end():].split()
        if before and after:
            x, y = before[-1], after[0]
            if x.isalpha() and y.isalpha() and x in other_words and y in other_words:
                return True
    return False


# (session 22, en22) A tier word one title prints where the other prints another word - the
# same words on either side - names another tier of the line, though the other word is in no
# table of tiers: "PlayStation Plus Essential 12 Month" / "PlayStation Plus Extra: 12 Month"
# (Essential, Extra, Premium), "Microsoft 365 Personal 12-Month" / "Microsoft 365 Family 12-Month".
# Not a word written from the tier's letters ("Std" / "Standard", "Essential" / "Essentials"),
# nor one the first title prints elsewhere, nor a kind's word ("Pro Controller" / "Wireless
# Controller").  Read on titles of software or subscriptions with a digit (their cleaned text
# kept by ``facets.add_offer_facets``), as a subscription or licence prints its term.
_TOKEN = re.compile(r"[a-z0-9]+")


def tier_replaced(cleaned_x: str, tiers, cleaned_y: str, tier_of: dict, words_x, words_y,
                  generic=frozenset(), canon=None) -> bool:
    """Does ``cleaned_x`` print a word whose tier (``tier_of``: word -> tier) is one of ``tiers``
    between two words that ``cleaned_y`` prints around one other word of letters, which title x
    never prints (``words_x``) while title y never prints the tier word (``words_y``)?  Not a
    ``generic`` word (a kind, a filler: "Edge *Pro* Controller" / "Edge *Wireless* Controller"),
    nor the tier in another language (``canon``: "Famille" / "Home")."""
    if not cleaned_x or not cleaned_y or words_x is None or words_y is None:
        return False
    xs, ys = _TOKEN.findall(cleaned_x), _TOKEN.findall(cleaned_y)
    for i in range(1, len(xs) - 1):
        w = xs[i]
        if tier_of.get(w, w) not in tiers or w in words_y:
            continue
        prev, nxt = xs[i - 1], xs[i + 1]
        for j in range(1, len(ys) - 1):
            if ys[j - 1] != prev or ys[j + 1] != nxt:
                continue
            v = ys[j]
            if (v != w and v.isalpha() and len(v) >= 3 and v not in words_x and v not in generic
                    and not _abbreviates(v, w) and not _abbreviates(w, v)
                    and (canon is None or canon(v) != canon(w))):
                return True
    return False


def _abbreviates(v: str, w: str) -> bool:
    """Is ``v`` written from the letters of ``w``, in their order, from its first ("std" /
    "standard", "pro" / "professional", "essential" / "essentials")?"""
    if not v or not w or v[0] != w[0]:
        return False
    if len(v) > len(w):
        return v.startswith(w)
    it = iter(w)
    return all(ch in it for ch in v)


# (session 22, en22) A tax program's scope: "Federal & State" (or "+ State") is another product than
# the federal return alone ("TurboTax Deluxe 2023 Federal & State" / "TurboTax Deluxe 2023 Federal
# Return + E-File"): both titles name the federal return, one only names the state's too.
def tax_scope_differs(wa, wb) -> bool:
    """Do two titles (word sets) both name the federal return, only one the state's?"""
    return (wa is not None and wb is not None and "federal" in wa and "federal" in wb
            and ("state" in wa) != ("state" in wb))
