"""Sizes a product is sold by, as the cleaned title prints them.

* ``sizes`` / ``sizes_apart``: a size in a sizing system ("US 10" / "US 10.5", "Size 4" /
  "Size 5", "EU 42" / "EU 43"; named after "Size": "Size Newborn" / "Size 1", "Size M" / "Size L",
  "Size 3T-4T"): two products of one model, as two capacities are.
* ``size_phrases`` / ``size_phrase_split`` (``facets``): a size named by two words,
  "Regular Wide" against "Regular".

(Sizes read from the raw title - a shoe's width, a lettered garment size - are
``raw_facets``'.  The word table ``facets`` hands ``size_phrases`` is in ``wordclass``'
session-15 prec block.  History: README.md, sessions 15 and 16, prec.)
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


# session 26 (count26): a size is also named by a word after its label: a diaper's "Size Newborn"
# (NB, Preemie; "Taille nouveau-né", "Talla recién nacido", "Größe Neugeborene", "Maat
# pasgeboren"), a garment's or a harness's letter ("Size M", "Taille XL", "Größe S", "Size Small" =
# "Size S"), a toddler's "Size 3T" or "Size 3T-4T": "Size Newborn" / "Size 1" are two products as
# "Size 2" / "Size 1" are.  After a size word only (not "US" / "EU", nor "Gr", a gram too); a range
# of letters ("Size L/XL") is left unread.
_SIZE_NAMED = re.compile(
    r"\b(size|sz|taille|talla|taglia|maat|storlek|rozmiar|grosse|groesse|velikost|koko|tamanho)\s?:?\s?"
    r"(newborn|new born|preemie|nb|nouveau-ne|nouveau ne|recien nacido|neugeborene|neugeborenen|neonato"
    r"|pasgeboren|[1-6]t(?:\s?-\s?[1-6]t)?|xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl|x-small|extra small|small|medium"
    r"|large|x-large|extra large|xx-large|xxx-large)(?![\w/-])")
_SIZE_NAMES = {"new born": "newborn", "nb": "newborn", "nouveau-ne": "newborn", "nouveau ne": "newborn",
               "recien nacido": "newborn", "neugeborene": "newborn", "neugeborenen": "newborn",
               "neonato": "newborn", "pasgeboren": "newborn", "x-small": "xs", "extra small": "xs",
               "small": "s", "medium": "m", "large": "l", "x-large": "xl", "extra large": "xl",
               "xx-large": "xxl", "2xl": "xxl", "xxx-large": "xxxl", "3xl": "xxxl"}
_NAMED_HINT = re.compile(r"(?:size|sz|taille|talla|taglia|maat|storlek|rozmiar|grosse|groesse|velikost|koko"
                         r"|tamanho)\s?:?\s?[a-z1-6]").search


@cached(20000)  # (a memo: ``memos``)
def sizes(cleaned: str) -> dict:
    """{sizing system: sizes} a cleaned title prints ("us 10.5" -> {"us": {10.5}}, "size newborn" ->
    {"size": {"newborn"}}); memoised per title (callers do not change it)."""
    out: dict = {}
    for system, value in _SIZE.findall(cleaned):
        out.setdefault(_SIZE_SYSTEM.get(system, system), set()).add(float(value))
    if _NAMED_HINT(cleaned) is not None:
        for system, value in _SIZE_NAMED.findall(cleaned):
            value = _SIZE_NAMES.get(value, value).replace(" ", "")
            out.setdefault(_SIZE_SYSTEM.get(system, system), set()).add(value)
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


# --- a size named by two words -----------------------------------------------------------------
# Sleeping pads, sleeping bags, shoes and garments come in sizes named by two size words in a row:
# a length and a width ("Regular Wide", "Long Wide", "Large Long", "Regular Lang Breit"): the title
# printing one of the two words alone names another size of the line ("Sleeping Pad - Regular" is
# not the "Regular Wide").  Read only where two such words stand together (three or more in a row
# list the sizes a page offers).
SIZE_PHRASE = "_size_phrase"


def size_phrases(ws, size_words: frozenset) -> frozenset:
    """The pairs of ``size_words`` (``wordclass.SIZE_PHRASE_WORDS``) standing together in a
    title, alone (no third one beside)."""
    out = []
    n = len(ws)
    for i in range(n - 1):
        if ws[i] in size_words and ws[i + 1] in size_words and ws[i] != ws[i + 1] \
                and not (i and ws[i - 1] in size_words) \
                and not (i + 2 < n and ws[i + 2] in size_words):
            out.append((ws[i], ws[i + 1]))
    return frozenset(out)


def size_phrase_split(fa: dict, fb: dict, wa, wb) -> bool:
    """Does one title name a size by two words (``size_phrases``) and the other print one of
    them without the other?"""
    if wa is None or wb is None:
        return False
    for f, other in ((fa, wb), (fb, wa)):
        for x, y in f.get(SIZE_PHRASE, ()):
            if (x in other) != (y in other):
                return True
    return False
