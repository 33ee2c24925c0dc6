"""The product's name on a web page, apart from the page's other words
(session 11, wdc; issue #12).

A title scraped from schema.org data is a run of RDF literals: the product's
``name`` first, closed by its language tag or followed by another literal,
then whatever else the page printed - the page's own title, its site name,
or the names and specs of the other products the page lists
('"Asus ROG G501VW-FW106T i7-6700HQ 8GB 1TB Nvidia GTX960 2GB W10 15.6"@es
P541UA-GO1508T i7-7500u 15.6 Chocolate/oro - Black Friday ..."@es').
Two pages that give a product the same name may list different other
products after it: a capacity, a number, a colour or a model number that
stands only there is the page's, not a second product's.

``name_same`` says whether two offers' pages name the product with the same
literal (the rules then read no spec, number or colour conflict from the
words after it, and take the equal names as title evidence; see
``rules``); and whether that name prints a model number of its own (then
the other model numbers on the pages are the page's too: without one, two
part numbers after one generic name - "Apple Smart - keyboard and folio
case English" ... MJYR2LL/A vs MPTL2LL/A - still name two products).
A plain title (no literal, or nothing after it) has no page name: the rule
never reads it.
"""

from __future__ import annotations

import re
from .memos import cached

from . import facets as F
from . import titles as T

# (a title that opens with a quote and closes its literal with a quote after a
# word, then a space - '"MSI - B350 TOMAHAWK ATX AM4 Motherboard" Motherboard
# (B350 TOMAHAWK) PCPartPicker France"'; never after a digit: '15-16" Laptop'
# is an inch mark)
_LITERAL_CLOSE = re.compile(r'(?:(?<=[^\W\d_])|(?<=\)))" ')
# a name must say at least this much to name one product
_MIN_NAME_WORDS = 3
# a processor's number names the chip, not the machine ("i7-7700HQ", "m3-7Y30")
_CPU = re.compile(r"^(?:i[3579]|m[357]|e[357]|[aer]\d{1,2})\d{3,5}[a-z]{0,2}\d?$")
_LETTER = re.compile(r"[a-z]")
_DIGIT = re.compile(r"\d")


@cached(65536)  # (a memo: ``memos``)
def page_name(title) -> tuple | None:
    """(the words of the product's name literal, its compact form) when the
    title is a name literal followed by the page's other words; else None."""
    if not isinstance(title, str) or '"' not in title:
        return None
    m = T.first_literal_end(title)
    if m is None and title.lstrip().startswith('"'):
        m = _LITERAL_CLOSE.search(title, title.index('"') + 1)
    if m is None:
        return None
    head = T.clean(title[:m.start()])
    ws = T.cleaned_words(title[:m.start()])
    if len(ws) < _MIN_NAME_WORDS or not T.cleaned_words(title[m.end():]):
        return None
    return ws, T.compact(head)


def _names_model(codes, compact_name: str) -> bool:
    """Does the name print one of the offer's model numbers (>= 6 characters,
    letters and digits, no processor number or spec code)?"""
    for c in codes:
        if (len(c) >= 6 and c in compact_name and _LETTER.search(c) and _DIGIT.search(c)
                and not _CPU.match(c) and not T.spec_code(c)):
            return True
    return False


def name_same(a, b) -> float:
    """0 unless both offers' titles are a name literal and page words with
    the same name; then 2 when the name prints a model number, else 1."""
    na, nb = a.pagename, b.pagename
    if na is None or nb is None or na[0] != nb[0]:
        return 0.0
    return 2.0 if _names_model(a.codes, na[1]) else 1.0


# session 12, wdc
#
# How many of the product a page sells is read in the product's name, not in
# the page's other words, where the page lists its multi-packs as offers of
# their own: a part number of the name with a pack count glued on
# ('"ST31000640NS Seagate 1-TB 7.2K 3.5 SATA", "Null" "New ST31000640NS SATA 2
# Pack Wholesale Price ST31000640NS-2Pack"'): the pack count there is that
# other offer's, as a pack count in an offer's description is no pack of the
# offer (the conflicts read the title).  A pack count in the name literal
# itself ('"... SAS 10 Pack " "Part# ...-10Pack"' vs '"... SAS 5 Pack "'), or
# one the page prints with no pack offer of the part, still makes two products.
_PACK_KEYS = ("pack", F._MULT)
# a part number with a pack count glued on: "390394-001-2Pack", "MAY2073RC-10Pack"
# a literal closed by a quote and a comma before the next one (not after a digit: an inch mark)
_COMMA_CLOSE = re.compile(r'(?:(?<=[^\W\d_])|(?<=\)))\s*", "')
_PACK_SKU = re.compile(r"([a-z0-9][a-z0-9-]*[a-z0-9])-(\d{1,3}) ?(?:pack|pk)\b", re.I)


@cached(65536)  # (a memo: ``memos``)
def _name_pack_facets(title: str):
    """((key, value), ...) of the pack facets of a page title's name literal,
    or None when the page lists no pack offer of a part number of its name."""
    m = T.first_literal_end(title)
    if m is None:
        m = _LITERAL_CLOSE.search(title, title.index('"') + 1)
    if title.lstrip().startswith('"'):
        # (or, earlier, a literal closed by the comma of a list of literals:
        # '"MAY2073RC Fujitsu 73-GB 10K 2.5 SAS", "Null" Price MAY2073RC-2Pack" ...')
        c = _COMMA_CLOSE.search(title, title.index('"') + 1)
        if c is not None and c.start() < m.start():
            m = c
    head = T.clean(title[:m.start()])
    name_compact = T.compact(head)
    skus = [T.compact(T.clean(g)) for g, _ in _PACK_SKU.findall(title[m.end():])]
    if not any(len(c) >= 5 and c in name_compact for c in skus):
        return None
    fa = F.facets_of(head, T.words(head))
    return tuple((k, fa[k]) for k in _PACK_KEYS if k in fa)


def name_pack_only(facets: dict, title) -> None:
    """Keep in ``facets`` (a page title's, ``facets.facets_of``) only the pack
    counts its name literal prints, where the page lists a pack offer of a
    part number of its name (see above); else (and for a title without a page
    name, ``page_name`` None) ``facets`` is left as it is."""
    if not any(k in facets for k in _PACK_KEYS) or page_name(title) is None:
        return
    own = _name_pack_facets(title)
    if own is None:
        return
    for k in _PACK_KEYS:
        facets.pop(k, None)
    facets.update(own)

# What else a page prints after the product's name literal - its own title,
# its site's name, its breadcrumbs, the other products it lists ('"Intel Core
# i5 3570 Quad Processor LGA1155 3.4GHZ Ivy Bridge 6MB Retail" - NCIX"',
# '"Kingston Fury Black 32GB ..."@en "▷ Kingston ... | OcUK"@en', '"HP ZBook
# Studio G4 ..."@es 250 G5 i5-6200U 1TB W10 Plata - Black Friday 2017 "@es')
# - names no word of the product: the words there that the name does not
# print are no identifying words of the offer, as the site name closing a
# plain title is none (``facets.page_parts``).  A model number there is still
# read by the code rules (a part number the page gives the product).
@cached(65536)  # (a memo: ``memos``)
def after_name_words(title) -> frozenset:
    """The words of a page title after its name literal that the name does not
    print (empty for a title without a page name, ``page_name``)."""
    if page_name(title) is None:
        return frozenset()
    m = T.first_literal_end(title)
    if m is None:
        m = _LITERAL_CLOSE.search(title, title.index('"') + 1)
    head = T.cleaned_words(title[:m.start()])
    return frozenset(T.cleaned_words(title[m.end():])).difference(head)
