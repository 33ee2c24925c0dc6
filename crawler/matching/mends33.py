"""Session 33 (ho33): held-out-32's misses and wrong calls, read for principles.

A leaf module: ``wordclass`` passes itself to ``install``; the other readers import the plain tables.

* ``_KINDS`` / ``_KIND_PHRASES``: the tumble dryer, a kind of its own in the shops' languages - a
  French shop's "Sèche-linge" against its "Lave-linge" (a washing machine) read as one "linge" before:
  "sèche" was the "dry" spec and "lave" the dishwasher's word of "lave-vaisselle", each excused where
  the other title named no kind word.  "Waschtrockner" (a washer-dryer, both in one) is no tumble
  dryer and left out; "dryer" alone is left to its phrases ("hair dryer" is another kind).
* ``_STEM_PHRASES``: "Shave Gel" is the "Shaving Gel" kind (the verb's stem for its "-ing" form).
* ``_NETWORK_SYNONYMS``: "LTE" is "4G".
* ``PHRASE_WORDS``: every word of those phrases names the kind inside the phrase
  (``wordclass._category_word``, as ``diy32.PHRASE_WORDS``).
* ``COLOUR_SUFFIXES``: the colour and finish codes makers glue to a model number ("1812BK",
  "1812WH", "1812SS"): two titles printing one number with two such codes are two colours of a
  model, whatever unit the code's letters also spell ("WH" watt-hours), ``colour_suffix_rivals``.
"""

from __future__ import annotations

import re
import unicodedata

from .sizing import SIZE_LABELS

_KINDS = {
    # (Wäschetrockner, droogtrommel / wasdroger, asciugatrice, torktumlare, tørretumbler, kuivausrumpu)
    "tumble dryer": "waschetrockner droogtrommel wasdroger asciugatrice torktumlare torretumbler kuivausrumpu",
}
_KIND_PHRASES = {
    "tumble dryer": ("seche linge", "tumble dryer", "clothes dryer", "secadora de ropa", "suszarka do ubran",
                     "suszarka bebnowa", "susicka pradla", "susicka na pradlo"),
}
PHRASE_WORDS = frozenset(w for phs in _KIND_PHRASES.values() for ph in phs for w in ph.split()
                         if w not in ("de", "do", "na"))


# (a phone's network in its two names - "Galaxy A15 LTE" / "Galaxy A15 4G": ``variants`` reads them as one
# network already, the identifying words did not)
_NETWORK_SYNONYMS = {"lte": "4g", "4g": "4g"}
# (the verb's stem names the kind as its "-ing" form does: "Shave Gel" / "Shaving Gel")
_STEM_PHRASES = {"shaving gel": ("shave gel",), "shaving foam": ("shave foam",)}


def install(W) -> None:
    """Merge the tables into ``wordclass`` (``W``); free words only."""
    W._add_kinds(_KINDS, _KIND_PHRASES)
    W._add_kind_phrases(_STEM_PHRASES)
    for w, c in _NETWORK_SYNONYMS.items():
        W.SYNONYM.setdefault(w, c)


# colour and finish codes glued to a model number: black, white, silver, stainless steel, grey, red,
# blue, pink, green, gold (two or three letters: one letter is often a model's letter, "S", "X")
# (each compared as the colour it names: "1343WH" / "1343WHT", "1812BL" / "1812BLU" are one model - the
# second attacker's lost pairs, session 33, dev33)
_COLOUR_OF_SUFFIX = {"bk": "black", "blk": "black", "wh": "white", "wht": "white", "sl": "silver", "sil": "silver",
                     "slv": "silver", "ss": "steel", "gy": "grey", "gry": "grey", "rd": "red", "bl": "blue",
                     "blu": "blue", "pk": "pink", "gn": "green", "grn": "green", "gd": "gold"}
COLOUR_SUFFIXES = frozenset(_COLOUR_OF_SUFFIX)
_SUFFIXED = re.compile(r"(\d{3,})([a-z]{2,3})")


def _suffixed(words) -> dict:
    """{number: {colour, ...}} of the words of a title that are a number of three digits or more with
    a colour code glued on ("1812wh" -> "1812": {"white"})."""
    out: dict = {}
    for w in words:
        if w[-1:].isalpha() and w[:1].isdigit():
            m = _SUFFIXED.fullmatch(w)
            if m and m.group(2) in COLOUR_SUFFIXES:
                out.setdefault(m.group(1), set()).add(_COLOUR_OF_SUFFIX[m.group(2)])
    return out


def colour_suffix_rivals(a, b) -> int:
    """How many numbers a's title prints with a colour code glued on ("SWK 1812WH") where b's title
    prints the same number with another colour code ("SWK 1812BK") and never a's: two colours of one
    model, as makers number them.  A unit's reading of the letters ("1812WH" as 1812 watt-hours) does
    not hide the code: the other title's suffixed number says what the letters are."""
    sa = _suffixed(a.words)
    if not sa:
        return 0
    sb = _suffixed(b.words)
    n = 0
    for num, sufs in sa.items():
        other = sb.get(num)
        if other and not (sufs & other):
            n += 1
    return n


# a screen's size as the cleaned title writes it with its inch mark ('11"', "15-inch" -> "11inch", "15inch")
_INCHES = re.compile(r"(\d{1,2}(?:\.\d{1,2})?)inch")
_BARE = re.compile(r"\d{1,2}(?:\.\d{1,2})?")
# the smallest size read as a screen's: a line's generation stands there too ("iPad Air 5" / 'iPad Air
# 10.9"' is one tablet)
_SCREEN_MIN = 7.0


def _bare_against_inches(xs, ys) -> bool:
    """Does title ``xs`` (words) print a bare number of a screen's size (7 or more: "13", "13.6") right
    after a word that title ``ys`` follows by an inch size a whole inch or more away ("Air" 13 /
    'Air 11"'), ``xs`` stating no inch size of its own?"""
    # (session 34, sp34, speed: a word ``_INCHES`` reads ends with "inch" - one C-level test of each word
    # first, instead of the pattern on every word of both titles, ~45,000 words a batch of 5,000 pairs)
    if any(x.endswith("inch") and _INCHES.fullmatch(x) for x in xs):
        return False
    after = {}
    for k in range(1, len(ys)):
        m = _INCHES.fullmatch(ys[k]) if ys[k].endswith("inch") else None
        if m and ys[k - 1].isalpha() and ys[k - 1] not in SIZE_LABELS:
            # (not after a size's label: a ball's "Size 7" is its 29.5")
            after.setdefault(ys[k - 1], []).append(float(m.group(1)))
    if not after:
        return False
    for i in range(1, len(xs)):
        got = after.get(xs[i - 1])
        if got and _BARE.fullmatch(xs[i]) and not _printed_as_number(xs[i], ys):
            v = float(xs[i])
            if v >= _SCREEN_MIN and all(abs(v - y) >= 1.0 for y in got):
                return True
    return False


def _printed_as_number(n: str, ys) -> bool:
    """Does title ``ys`` print ``n`` as a number of its own or an ordinal ("9", "9th", "9."): then the
    bare number is the line's generation the other title names too ("iPad 9" / 'iPad 10,2" (9.
    Generation)', "Honor Pad 9" / '... (Pad 9)'), no screen's size (session 33, dev33: the second
    attacker's five lost pairs)."""
    return any(y == n or (y.startswith(n) and y[len(n):] in _ORDINAL_ENDS) for y in ys)


_ORDINAL_ENDS = frozenset(("st", "nd", "rd", "th", "."))


def screen_sizes_apart(a, b) -> int:
    """1 where one title prints a screen's size bare right after a word the other follows by another
    size with its inch mark ("iPad Air 13 M2" / 'iPad Air 11" M2', "MacBook Air 13.6 M2" / "MacBook
    Air 15-inch M2"): two sizes of one line.  Counted for both titles (the number conflict asks each
    title for a number the other lacks); sizes less than an inch apart are one ("13.6" / '13"')."""
    ws, bw = a.words, b.words
    return int(_bare_against_inches(ws, bw) or _bare_against_inches(bw, ws))


# the word "new" in the shops' languages (German, French, Spanish, Italian, Polish, Dutch, Portuguese,
# Czech, Slovak, the Nordic languages, Finnish, Turkish), as a shop states a listing's condition: English
# "new" is never an identifying word (``prepared._NOT_IDENTIFYING``); not Portuguese "novo" / "nova", a line's
# name as often ("Huawei Nova 11")
NEW_WORDS = frozenset("""
neu neue neuer neues neuf neuve nuevo nueva nuovo nuova nowy nowa nowe nieuw nieuwe novy nove ny nytt uusi
yeni
""".split())
# written as a condition: after a dash, a bar, a comma or an opening bracket, closing the title or its
# bracket (or before "& OVP" / "und OVP" / "sous blister" / "sin abrir" / "precintado" / "in scatola")
_NEW_CONDITION = re.compile(
    r"(?:^|[-–|,(\[/]|\s-\s)\s*(" + "|".join(sorted(NEW_WORDS)) + r")\s*(?:$|[)\]|,]|\s*[-–]|"
    r"\s*(?:&|und|and|et|e|y)?\s*(?:ovp|sous blister|blister|sin abrir|precintad[oa]|sigillat[oa]|in scatola|"
    r"originalverpackt|emballe|embalado|scelle)\b)")


def new_condition_words(rawtitle, wordset) -> frozenset:
    """(session 33, ho33) The words of ``NEW_WORDS`` a title prints where a shop states the condition
    ("MARIO KART 8 DELUXE NINTENDO SWITCH - NEUF", "... (Neu & OVP)", "... , nuevo"): the listing's word,
    as English "New" is - never inside a name ("Neue Zürcher", "Huawei Nova 11", "Neuf Cents")."""
    if NEW_WORDS.isdisjoint(wordset) or not isinstance(rawtitle, str):
        return frozenset()
    folded = unicodedata.normalize("NFKD", rawtitle.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    found = frozenset(m.group(1) for m in _NEW_CONDITION.finditer(folded)) & wordset
    if found and "ovp" in wordset:
        found = found | {"ovp"}  # ("Neu & OVP": new, in the maker's packaging)
    return found


# (session 33, ho33) a console maker's name right before its console's name, inside a title that opens
# with another word: the platform a game or an accessory is for ("FIFA 23 - Nintendo Switch Legacy
# Edition", "Controller for Sony PlayStation 5"), no maker of the product - read from the title it made
# "Nintendo" the game's brand against the other offer's "EA" (a brand conflict)
CONSOLE_OF_MAKER = {
    "nintendo": frozenset("switch switch2 3ds 2ds wii wiiu ds gamecube".split()),
    "sony": frozenset("playstation ps5 ps4 ps3 ps2 psvita vita".split()),
    "microsoft": frozenset("xbox".split()),
}


def console_maker_at(ws, i: int) -> bool:
    """Is ``ws[i]`` (not the title's first word) a console maker's name right before its console's?"""
    if i == 0 or i + 1 >= len(ws):
        return False
    consoles = CONSOLE_OF_MAKER.get(ws[i])
    return consoles is not None and ws[i + 1] in consoles
