"""What a shop's part-number field holds, when it is not one maker's code
(session 20, issue #12: the "mpn" conflict of two MPN fields that differ).

Shops put all kinds of things in the part-number field.  Most hold one code
(the maker's part number, or the shop's own item number); some hold a phrase
of the title's words ("Bluetooth Keyboard", "iPad 10W USB Power Adapter",
"Mini Film 2pk", "Relaunch SS26GR", "Lexmark Pro901"); and two shops may
fill it from two numbering systems: one with the model code both titles print
("Pro901", "NB-2LH", "N315"), the other with a catalogue number neither title
prints ("90T9105", "9612A001", "939-000181").  In walmart-amazon's labelled
train / valid pairs these lost right matches to the "mpn" conflict, while two
real codes that differ by a suffix or one character ("KFC-1652" /
"KFC-1652S", "C270H" / "960-000694" where only one title prints the model)
stay two products.

``phrase_codes(raw)`` reads a field once per offer (``Prepared.mpnphrase``);
``field_relation(a, b)`` is what ``relations.mpn_relation`` asks before it
calls two different fields a conflict: 0.9 the same code written with words
or leading zeros, 0 no evidence either way (a name, two numbering systems),
None the fields' difference stands.
"""

from __future__ import annotations

import re

from . import titles as T
from .memos import cached

# a plain word: letters only, three or more ("keyboard", "relaunch", "ecam")
_PLAIN_WORD = re.compile(r"[a-z]{3,}")
_SPACE = re.compile(r"\s")
_EMPTY: frozenset = frozenset()


@cached(1 << 14)
def phrase_codes(raw) -> frozenset | None:
    """None for a field that is one code ("CDE-72BLUE", "LS-WSX1 .0 TL/R1":
    a code a shop's export spaced out - no plain word in it); for a phrase
    field, two or more tokens of which one at least is a plain word of three
    or more letters, the model codes the title machinery reads in it
    (``titles.extract_codes``: "Relaunch SS26GR" {"ss26gr", "relaunchss26gr"},
    "ELPH 100 HS - BL" {"elph100", "100hs"}; "Bluetooth Keyboard", "Video
    Spectra 1.5", "iPad 9.7''" none - a name)."""
    if type(raw) is not str or not _SPACE.search(raw.strip()):
        return None
    t, _units = T.clean_with_units(raw)
    ws, toks = T.words_and_raw(t)
    if len(toks) < 2 or not any(_PLAIN_WORD.fullmatch(x) for x in toks):
        return None
    codes, joined, _numbers, _for = T.extract_codes(t, toks)
    out = codes | joined if joined else codes
    if not out:
        return _EMPTY
    return None if not T._COLOUR_WORDS.isdisjoint(ws) else frozenset(out)


@cached(1 << 14)
def is_part_code(m) -> bool:
    """(session 27, mpn27) Does a normalised MPN field (``titles.norm_mpn``: compact,
    lower case) read as a part code - what the title machinery reads as a model code
    (``titles.extract_codes``: "smg991b", "mx2y3lla", "3306258", "kj1234", "05389",
    "8806090963537")?  A placeholder or a plain word of letters in any language
    ("defaulttitle", Shopify's variant name; "standard", "drill", "samsung",
    "blackedition", "стандарт"), a bare number that is short or a year ("123",
    "1234", "2024": a title's plain number) or a size / capacity ("128gb", "500ml":
    a figure with its unit) is no code: the same such field on two offers, or
    printed in the other's title, says nothing of which product they are."""
    if not m or type(m) is not str:
        return False
    t, _units = T.clean_with_units(m)
    _ws, toks = T.words_and_raw(t)
    codes, joined, _numbers, _for = T.extract_codes(t, toks)
    return bool(codes or joined)


def is_name(p) -> bool:
    """Is ``p``'s MPN field a name - a phrase of words with no code in it?"""
    return p.mpnphrase is not None and not p.mpnphrase


def _printed_both(c: str, a, b) -> bool:
    """Is the code ``c`` a model number both titles print (a token or two
    adjacent tokens of each: "N315" in "Logitech N315 Lapdesk" and in
    "Logitech Portable Lapdesk N315", never as a piece of "N315X")?"""
    return all(c in p.allcodes and (c != p.mpn or c in p.title_compact) for p in (a, b))


def _printed_neither(m: str, a, b) -> bool:
    """Is the code ``m`` printed in neither title, not even inside a word?"""
    return m not in a.title_compact and m not in b.title_compact


def _two_systems(x, y, codes) -> bool:
    """One offer's field ``x`` (its codes ``codes``) holds a model code both
    titles print (three or more characters, a digit in it), the other's
    field ``y`` a number neither title prints and that does not spell that
    model code out ("N570GTXM2D12D5O" is a more specific N570GTX, another
    card than "N570GTX Twin Frozr III"): two numbering systems, a model code
    and a maker's catalogue number ("Pro901" / "90T9105", "ELPH 100 HS -
    BL" / "4925B001AA", "N315" / "939-000181") - where both titles name the same
    colours (a catalogue number names one colour of the model: "Logitech
    N315 Lapdesk" / "... Lapdesk N315 Dusty Rose", 939-000309, are two)."""
    m = y.mpn
    if not _printed_neither(m, x, y) or _colours(x) != _colours(y):
        return False
    return any(len(c) >= 3 and T._HAS_DIGIT.search(c) and c not in m and _printed_both(c, x, y)
               for c in codes)


def _colours(p) -> set:
    """The colours ``p``'s title names (from its words: the first preparing
    stage has no ``colours`` yet)."""
    return {T.COLOURS[w] for w in T._COLOUR_WORDS.intersection(p.wordset)}


def _same_number(ma: str, mb: str) -> bool:
    """Two all-digit fields that are one number up to leading zeros ("5389" /
    "05389", Avery's numbers), or one book's ISBN-10 and ISBN-13."""
    if ma.isdigit() and mb.isdigit():
        sa, sb = ma.lstrip("0"), mb.lstrip("0")
        if sa == sb and len(sa) >= 3:
            return True
    return _isbn_pair(ma, mb) or _isbn_pair(mb, ma)


def _isbn_pair(m13: str, m10: str) -> bool:
    return (len(m13) == 13 and m13.isdigit() and m13[:3] in ("978", "979") and len(m10) == 10
            and m10[:9].isdigit() and m13[3:12] == m10[:9] and _isbn10_ok(m10))


def _isbn10_ok(m: str) -> bool:
    last = m[9]
    if not (last.isdigit() or last == "x"):
        return False
    s = sum((10 - i) * int(ch) for i, ch in enumerate(m[:9])) + (10 if last == "x" else int(last))
    return s % 11 == 0


def _name_against(n, o) -> float | None:
    """The relation of ``n``'s MPN field, a name (a phrase of words, no code
    in it), to ``o``'s field: 0.9 where ``n``'s title prints ``o``'s part
    number as a model code ("Targus Truss Case ... THZ06103US" with the
    field "For iPad 1 2": the title says what the field does not); None
    (a conflict) against a number of digits only - a maker's catalogue
    number per size or colour of the line the name names (walmart-amazon
    train / valid, the "mpn" conflicts of a name against such a number: 174
    pairs different, 4 the same - most Da-Lite screens, "High Power",
    "Matte White", "With CSR" against "33424", "74698", "91841" ...); else
    0, no evidence either way ("Bluetooth Keyboard" / "A500K01": against a
    code 51 different, 7 the same - the titles' evidence decides)."""
    m = o.mpn
    if m != n.mpn and m in n.allcodes:
        return 0.9
    if o.mpnphrase is None and m.isdigit():
        return None
    return 0.0


def field_relation(a, b) -> float | None:
    """For two MPN fields that differ (neither equal nor one code up to an
    affix): 0.9 one code written otherwise - with words around it in a phrase
    field ("Relaunch SS26GR" / "SS26GR", "DS-3 Digital Postal Scale" /
    "DS3"), with leading zeros ("5389" / "05389"), an ISBN-10 and its
    ISBN-13; 0 no evidence either way - a phrase field that holds no code
    (a name: "Bluetooth Keyboard", "Phantom Black"), or two numbering
    systems (``_two_systems``: a model code both titles print against a
    catalogue number neither prints); None otherwise (two codes that differ:
    the "mpn" conflict)."""
    ma, mb = a.mpn, b.mpn
    if _same_number(ma, mb):
        return 0.9
    pa, pb = a.mpnphrase, b.mpnphrase
    ca = {ma} if pa is None else pa
    cb = {mb} if pb is None else pb
    if pa is not None or pb is not None:
        if not ca.isdisjoint(cb):
            return 0.9
        if not ca or not cb:
            return _name_against(a, b) if not ca else _name_against(b, a)
    if _two_systems(a, b, ca) or _two_systems(b, a, cb):
        return 0.0
    return None
