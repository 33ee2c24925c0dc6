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
    return _field_read(m)[0]


def states_units(m) -> bool:
    """Does a normalised MPN field state a figure with its unit ("128gb", "500ml": the unit reader,
    ``titles.clean_with_units``)?  Read in the same pass as ``is_part_code`` (session 28, robust28:
    ``relations._is_size`` cleaned the field a second time)."""
    return _field_read(m)[1]


@cached(1 << 14)
def _field_read(m) -> tuple[bool, bool]:
    """(a part code, a figure with its unit) of a normalised MPN field, one cleaning of it."""
    if not m or type(m) is not str:
        return False, False
    if m.isdigit() and m.isascii():
        # (session 29, speed29: a field of ASCII digits alone - a fifth of them - goes through the
        # cleaner unchanged (each of its passes needs a letter, a space or a mark), has no unit (a
        # unit is letters) and is one raw token, which ``extract_codes`` reads as a code at 5-30
        # digits: the same answer without the three passes; ``_field_read_slow`` is the long way,
        # ``tests/test_matching_speed29.py`` compares the two)
        return 5 <= len(m) <= 30, False
    return _field_read_slow(m)


def _field_read_slow(m: str) -> tuple[bool, bool]:
    """``_field_read`` of a text field through the cleaner, words and codes."""
    t, units = T.clean_with_units(m)
    _ws, toks = T.words_and_raw(t)
    codes, joined, _numbers, _for = T.extract_codes(t, toks)
    return bool(codes or joined), bool(units)


# (session 28, robust28) How a word of the Latin-script languages the tables read is spelled - a
# reader of sounds, not a list of words.  Two letters that write one sound are one consonant
# (``_DIGRAPHS``: "th", "ng", "ck" ...).  A word begins with a vowel, one consonant or a cluster
# words begin with (``_ONSETS``: English, German, Dutch, the Romance and Slavic languages' common
# ones); it ends with a vowel, one consonant, "s" after its last, or consonants that fall in
# sonority as the syllable closes ("nd", "lt", "rm", "mp" - ``_SONORITY``); and no four consonants
# run together inside it.  A maker's code of letters alone is initials or an abbreviation and breaks
# one of these: "CCAAUX", "FPTAG", "WCRPLPDW", "CRW-EXT", "NT-WGHU", "PTHEATRE" (their start),
# "JELPAD-BK", "SISIPCRC", "JELLYBEE-BL" (their end), "TR-LCSLIPAD-DR/EN" (a run inside).
_DIGRAPHS = re.compile(r"sch|th|ch|sh|ph|gh|ng|ck|qu")
_ONSETS = frozenset("""
bl br cl cr dr dw fl fr gl gn gr kl kn kr kw pl pr ps sc sk sl sm sn sp st sv sw tr tw wh wr zw pf sz cz dz rz
vl vr spl spr str scr sq Cl Cr Pl Pr Sl Sm Sn Sr Sw Tr Tw
""".split())  # (upper case: the sound of a digraph, ``_ONE_SOUND`` - "chr", "phr", "schw", "thr")
_SONORITY = {**dict.fromkeys("pbtdkgcqxCKT", 1), **dict.fromkeys("fvszhSP", 2), **dict.fromkeys("mnN", 3),
             "l": 4, "r": 4.5, **dict.fromkeys("wj", 5)}
_ONE_SOUND = {"sch": "S", "th": "T", "ch": "C", "sh": "S", "ph": "P", "gh": "h", "ng": "N", "ck": "K", "qu": "q"}
_CONSONANT_RUN = re.compile(r"[^aeiouy]+")


def _coda_falls(run: str) -> bool:
    """Does a word's closing run of consonants (``_ONE_SOUND`` letters) fall in sonority, an "s" or
    a "t" after its last allowed ("lmost" no; "nds", "kt", "xt" yes)?"""
    run = run.rstrip("s")
    if len(run) > 1 and run.endswith("t") and _SONORITY.get(run[-2]) in (1, 2):
        run = run[:-1]  # ("act", "apt", "next", "soft")
    return all(_SONORITY.get(x, 9) > _SONORITY.get(y, 9) for x, y in zip(run, run[1:]))


@cached(1 << 14)
def reads_as_word(m) -> bool:
    """(session 28, robust28) Is a normalised MPN field of letters alone ("galaxy", "ccaaux") spelled
    as a word of a language is (see above)?  A field that is a word names a line, a kind or a
    quality the maker prints on many items ("Galaxy", "Deluxe", "Inspiron"), or a placeholder
    ("Default Title"), not the item's part code; initials and abbreviations ("ccaaux", "fptag",
    "crwext", "jelpadbk") are codes."""
    if type(m) is not str or not m.isalpha() or not m.isascii():
        return False
    sounds = _DIGRAPHS.sub(lambda x: _ONE_SOUND[x.group()], m)
    runs = [(x.start(), x.group()) for x in _CONSONANT_RUN.finditer(sounds)]
    if not runs or len(runs) == 1 and runs[0][1] == sounds:
        return not runs  # (no vowel: "crw", "xxl" - no word)
    first_at, first = runs[0]
    if first_at == 0 and len(first) > 1 and first not in _ONSETS:
        return False
    last_at, last = runs[-1]
    if last_at + len(last) == len(sounds) and not _coda_falls(last):
        return False
    return all(len(run) < 4 for at, run in runs if at and at + len(run) < len(sounds))


def names_nothing(p, a, b) -> bool:
    """(session 28, robust28) Does ``p``'s MPN field (``p`` one of the two offers ``a``, ``b``) name
    nothing of them: a name (``is_name``: a phrase of words, no code in it) with not one word of three
    letters or more of either title in it?  A placeholder ("Default Title", Shopify's variant name;
    "Not Available") or a shop's note is such a field: against the other offer's part code it is no
    evidence either way, not two part numbers that differ (the "mpn" conflict; ``_name_against``
    made it one against a number of digits only).  A name of words the titles print ("mini video
    red" of a Kodak camera against its catalogue number 8398513) is read as before, and so is a
    field of one word: without its spaces and hyphens it may be a code ("HEG-S-KAAAA")."""
    if not is_name(p):
        return False
    m = p.mpn
    return not any(len(w) >= 3 and w.isalpha() and w in m for x in (a, b) for w in x.wordset)


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
