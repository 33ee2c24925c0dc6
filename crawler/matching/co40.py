"""Conflicts that are not (session 40, co40): a rule's veto of two offers that name one product in
two ways.

* a stainless finish is the colour it is seen in: an appliance's or a device's "Brushed Stainless
  Steel" / "Stainless" / "Inox" (the colour value ``steel``) against another shop's "Silver" (``silver``)
  is one colour family (``finish_colours_agree``): "Sage Barista Pro SES878BSS - Brushed Stainless
  Steel" / "Sage Barista Pro - Silver", "De'Longhi Dedica EC685.M ... Stainless Steel" / "... Metal ...
  - Silver".  Not where a title names a precious metal or its plating (``_PRECIOUS``: "Sterling Silver",
  "925", "Silver Plated" cutlery, jewellery: a silver ring is no steel ring), and another colour,
  another finish ("Black Truffle", "White", "Nickel") stays apart.

This module imports no matcher module (the colour values are passed to it).
"""

from __future__ import annotations

import re

# the colour value a finish is seen as, where a shop names the finish and another the colour
FINISH_SEEN_AS = {"steel": "silver"}

# a precious metal, its plating or jewellery: "silver" there is the metal, not the colour
_PRECIOUS = frozenset("sterling 925 plated plate silverplated jewellery jewelry necklace bracelet bangle "
                      "pendant earring earrings ring rings cufflinks charm brooch schmuck bijou bijoux "
                      "massif massive".split())


def _seen(values) -> frozenset:
    return frozenset(FINISH_SEEN_AS.get(v, v) for v in values)


def _words(ws, cleaned) -> frozenset:
    if ws is not None:
        return frozenset(ws)
    return frozenset(re.findall(r"[a-z0-9]+", cleaned or ""))


def finish_colours_agree(va, vb, wa=None, wb=None, cleaned_a=None, cleaned_b=None) -> bool:
    """Two colour values disjoint as read that meet once a finish is read as the colour it is seen in
    ("steel" / "silver"), neither title naming a precious metal or jewellery (``wa`` / ``wb`` the titles'
    words, else their cleaned text)."""
    if not (FINISH_SEEN_AS.keys() & (va | vb)):
        return False
    if _seen(va).isdisjoint(_seen(vb)):
        return False
    return _PRECIOUS.isdisjoint(_words(wa, cleaned_a)) and _PRECIOUS.isdisjoint(_words(wb, cleaned_b))


# --------------------------------------------------------------------------
# a spec of the named model printed on one side only
# --------------------------------------------------------------------------

# (the words a spec's number stands before, which the unit tables do not read as units: a
# processor's threads and cores, a car battery's cold cranking amps)
SPEC_COUNT_WORDS = frozenset("thread threads core cores cca bar".split())
# (session 43, fxwj43: a pressure in bar - a watch's water resistance as ``wj43`` reads it, "200m" = "20 bar" -
# is a spec one shop leaves out, "20 bar" / "30 bar" still compared)
_GLUED_SPEC = re.compile(r"\d+(thread|threads|core|cores|cca|bar)$").match
# a part number written with a hyphen: the maker's OEM number "100-100000910WOF", a battery's "8002-002"
_HYPHEN_CODE = re.compile(r"(?<![\w.])(\d{1,6})-([0-9a-z]+)(?![\w-])")


def _spec_words_with_number(words) -> frozenset:
    out = set()
    for j, w in enumerate(words):
        g = _GLUED_SPEC(w)
        if g:
            out.add(g.group(1).rstrip("s"))
        elif w in SPEC_COUNT_WORDS and j and words[j - 1][:1].isdigit():
            out.add(w.rstrip("s"))
    return frozenset(out)


def _code_pieces(raw) -> frozenset:
    """The numbers of a raw title that are pieces of a hyphenated part number: the piece after the hyphen
    opens with a zero ("8002-002") or is a code of six characters or more with a digit ("100-100000910WOF")."""
    if not isinstance(raw, str) or "-" not in raw:
        return frozenset()
    out = set()
    for m in _HYPHEN_CODE.finditer(raw.lower()):
        left, right = m.group(1), m.group(2)
        if (right[0] == "0" and len(right) >= 3 and right.isdigit()) or (
                len(right) >= 6 and any(c.isdigit() for c in right) and any(c.isalpha() for c in right)):
            out.add(left)
            if right.isdigit():
                out.add(right)
    return frozenset(out)


def one_sided_spec_number(ws, i: int, a, b) -> bool:
    """Is the plain number ``ws[i]`` of a's words a spec the other title prints no number of - a count
    before a spec word (``SPEC_COUNT_WORDS``: "16-Thread", "800 CCA") where b prints no number before that
    word - or a piece of a's hyphenated part number ("100-100000910WOF", "8002-002")?  Another number
    before the same word on the other side stays compared ("16-Thread" / "12-Thread")."""
    w = ws[i]
    if i + 1 < len(ws) and ws[i + 1] in SPEC_COUNT_WORDS:
        return ws[i + 1].rstrip("s") not in _spec_words_with_number(b.words or ())
    return w in _code_pieces(getattr(a, "rawtitle", None))


# --------------------------------------------------------------------------
# an age written "1+", no Plus model
# --------------------------------------------------------------------------

# (the words that say a number is an age: who the product is for, in the shops' languages)
AGE_WORDS = frozenset("""
adult adults senior seniors junior kitten kittens puppy puppies mature ageing aging baby babies kids child
children years year yrs yr ages age months month jahre jahren ans anni anos meses mois lat let jaar maanden
""".split())
_AGE_PLUS = re.compile(r"(?<![\w.+])(\d{1,2})\s?\+(?![\w+])")
_PLUS_WORD = re.compile(r"\bplus\b", re.IGNORECASE)


def plus_is_age(raw) -> bool:
    """Is the "plus" of a raw title an age written with "+" ("Whiskas 1+ Adult", "7+ Senior", "6+ Years"):
    a number of one or two digits standing alone before "+", the title naming an age word (``AGE_WORDS``) or
    closing on it after a construction set's number, and no "Plus" spelled out?  ("iPhone 8+", "AT2020USB+", "Galaxy S10+" name a Plus model.)"""
    if not isinstance(raw, str) or "+" not in raw or _PLUS_WORD.search(raw):
        return False
    if not _AGE_PLUS.search(raw):
        return False
    if not AGE_WORDS.isdisjoint(re.findall(r"[a-z]+", raw.lower())):
        return True
    # (or closing a construction set's title, which prints the set's number: "LEGO Technic 42151 Bugatti
    # Bolide 9+" - the box's age mark)
    return _AGE_CLOSING(raw) is not None and _SET_NUMBER(raw) is not None


_AGE_CLOSING = re.compile(r"(?<![\w.+])\d{1,2}\s?\+[\s)\].]*$").search
_SET_NUMBER = re.compile(r"(?<![\w.-])\d{4,6}(?![\w.-])").search


# --------------------------------------------------------------------------
# a two-tone colour that holds the other's one colour
# --------------------------------------------------------------------------

_SLASHED = re.compile(r"([^\W\d_]+)\s*/\s*([^\W\d_]+(?:\s+[^\W\d_]+){0,2})", re.UNICODE)


def _fold(s: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


def two_tone_tail(raw, other_raw, other_colours, colour_of: dict, other_words=frozenset()) -> tuple:
    """(first colour word, the words after the slash) of a raw title's two-tone colour ("White/*Silver*",
    "zwart/*poedergrijs*", "White / *Nimbus Cloud*") whose first colour is one the other offer names
    (``other_colours``: its colour values), the other writing no slashed colour of its own: the maker's
    two-tone name, which a shop shortens to the colour the product is seen in ("Dyson TP07 ... White/Silver"
    / "... White").  The words after the slash: up to three, up to a word the other title prints
    (``other_words``) - none where the first is one ("Black/Tri-Colour" / "Black & Tri-color": the other
    names both).  ``()`` where the first colour is not the other's ("Black/Silver" / "White") or the other
    writes a two-tone too ("White/Silver" / "White/Gold": compared as colours)."""
    if not isinstance(raw, str) or "/" not in raw or not other_colours:
        return ()
    if isinstance(other_raw, str) and "/" in other_raw:
        for m in _SLASHED.finditer(_fold(other_raw)):
            if m.group(1) in colour_of:
                return ()
    for m in _SLASHED.finditer(_fold(raw)):
        first = m.group(1)
        if first in colour_of and colour_of[first] in other_colours:
            tail = []
            for w in m.group(2).split():
                if w in other_words:
                    break
                tail.append(w)
            return (first, tuple(tail)) if tail else ()
    return ()


def drop_words_after(title: str, first_word: str, tail: tuple) -> str:
    """``title`` (words joined by one space) without the words ``tail`` where they follow ``first_word``."""
    ws = title.split(" ")
    n = len(tail)
    for i in range(1, len(ws) - n + 1):
        if tuple(ws[i:i + n]) == tail and ws[i - 1] == first_word:
            return " ".join(ws[:i] + ws[i + n:])
    return title


# --------------------------------------------------------------------------
# vocabulary: kind phrases whose first word is a line's variant word elsewhere
# --------------------------------------------------------------------------

# ("Air" names a model of a line - "MacBook Air", "iPad Air" -, but "Dyson Purifier Cool TP07 *Air* Purifier
# Fan" names the kind: ``variants``' slot reads a word of a kind phrase as the kind, ``wordclass.in_kind_phrase``)
_KIND_PHRASES = {"purifier": ("air purifier", "air purifiers", "air purifier fan")}


def install(W) -> None:
    """Merge the kind phrases into ``wordclass`` (``W``), free words only (``W.install_block``)."""
    W.install_block(phrases=_KIND_PHRASES)


# --------------------------------------------------------------------------
# a "with" phrase ends at its part
# --------------------------------------------------------------------------

_PART_BREAK = re.compile(r"[,;|()\[\]]|\s[-\u2013\u2014]\s")


def code_after_part_break(raw, mark: str, code: str) -> bool:
    """Does the raw title print model number ``code`` in a later part than its add mark ``mark`` ("with"):
    "COSORI Air Fryer 5.5L with 11 Presets, *CP158-AF*, Black" - the "with" phrase (a feature) ends at the
    comma, the code after it is the product's own, no product added?"""
    if not isinstance(raw, str) or not mark.isalpha():
        return False
    low = raw.lower()
    m = re.search(r"(?<![^\W_])" + re.escape(mark) + r"(?![^\W_])", low)
    if not m:
        return False
    pat = r"[\s\-./]?".join(re.escape(ch) for ch in code)
    c = re.search(pat, low[m.end():])
    if not c:
        return False
    return _PART_BREAK.search(low[m.end():m.end() + c.start()]) is not None


# --------------------------------------------------------------------------
# a maker's colour code glued to a model number
# --------------------------------------------------------------------------

# (the colour codes of the finishes makers glue to an appliance's model number, as colour values of the
# colour tables: Sage's and Breville's "BSS" brushed stainless steel - "SES875BSS", "SES500BSS" -, "SS" /
# "SST" stainless; De'Longhi's ".M" metal - "EC685.M"; added to ``relations``' plain codes, "BK", "WH",
# "S", "B", ... passed in)
FINISH_CODES = {"bss": "steel", "ss": "steel", "sst": "steel", "m": "steel"}
# colour codes makers and shops glue to a model number ("CLI221GRY", "COOLPIXS610BK", "CSIA4BK", "SD990ISB"), by
# the colour (``titles.COLOURS`` values) the other offer must name for the suffix to be read as that colour -
# ``relations``' table since session 8, kept here since session 40 so that ``variants`` and ``household24``
# read it without importing ``relations``
PLAIN_COLOUR_CODES = {
    "b": "black", "bk": "black", "blk": "black", "black": "black",
    "w": "white", "wh": "white", "wht": "white", "white": "white",
    "s": "silver", "sl": "silver", "sil": "silver", "slv": "silver", "silver": "silver",
    "gry": "grey", "gy": "grey", "gray": "grey", "grey": "grey",
    "r": "red", "rd": "red", "red": "red",
    "blu": "blue", "blue": "blue", "pk": "pink", "pnk": "pink", "pink": "pink",
    "bronze": "bronze", "gold": "gold", "green": "green",
}
# (a region the code closes on: "KLF03RDUK", "KLF03CREU")
_REGION_TAIL = ("uk", "eu", "us", "gb")
_LONE_LETTER_MARK = "/.-"
# (a plain code that closes model numbers as often in another sense: "PK" a pack, Panasonic's region and
# colour "SC-BT100P-K")
_NOT_A_COLOUR_CODE = frozenset(("pk",))


def _suffix_colour(code: str, stem: str, raw, plain_codes: dict):
    suf = code[len(stem):]
    for r in _REGION_TAIL:
        if len(suf) > len(r) + 1 and suf.endswith(r):
            suf = suf[:-len(r)]
            break
    colour = FINISH_CODES.get(suf) or (plain_codes.get(suf) if suf not in _NOT_A_COLOUR_CODE else None)
    if colour is None:
        return None
    if len(suf) == 1:
        # (a lone letter is a colour only written apart by the maker's mark: "WH-1000XM5/B", "EC685.M";
        # "MX Master 3S", "Pixel 8a" glue a model's letter)
        if not isinstance(raw, str):
            return None
        low = raw.lower()
        if not any((stem[-2:] + m + suf) in low.replace(" ", "") for m in _LONE_LETTER_MARK):
            return None
    return colour


def coded_colours(x, y, plain_codes: dict) -> list:
    """[(code, stem, colour)] of x's model numbers that are one of y's with a colour code glued on
    ("SES875BSS" / y's "SES875": steel; "WH-1000XM5/B" / "WH-1000XM5": black)."""
    out = []
    for c in x.codes or ():
        for s in y.codes or ():
            if len(s) >= 4 and c != s and c.startswith(s) and len(c) - len(s) <= 5 and any(ch.isdigit() for ch in s):
                col = _suffix_colour(c, s, x.rawtitle, plain_codes)
                if col is not None:
                    out.append((c, s, col))
    return out


def code_colour_apart(a, b, plain_codes: dict) -> bool:
    """Does one title's model number carry a maker's colour code ("WH-1000XM5/*B*", "KLF03*RD*UK") naming
    another colour than the one(s) the other title names ("... - Silver", "... - Cream"), the coded title
    naming none of the other's colours?  The model number is the other's; the colour code says which of
    its colours (a stainless finish read as the silver it is seen in, ``FINISH_SEEN_AS``)."""
    for x, y in ((a, b), (b, a)):
        ycol = (y.facets or {}).get("colour")
        if not ycol:
            continue
        xcol = (x.facets or {}).get("colour") or frozenset()
        if not _seen(xcol).isdisjoint(_seen(ycol)):
            continue
        for _c, _s, col in coded_colours(x, y, plain_codes):
            if FINISH_SEEN_AS.get(col, col) not in _seen(ycol):
                return True
    return False


def code_colour_agrees(a, b, plain_codes: dict) -> bool:
    """Is one title's model number the other's with a colour code the other title's colours agree with
    ("EC685.M" / "EC685 ... Silver", "SES875BSS" / "... Stainless Steel") - one model number, its colour
    stated twice?"""
    for x, y in ((a, b), (b, a)):
        ycol = (y.facets or {}).get("colour") or frozenset()
        for _c, _s, col in coded_colours(x, y, plain_codes):
            if not ycol or FINISH_SEEN_AS.get(col, col) in _seen(ycol):
                return True
    return False


# --------------------------------------------------------------------------
# a size letter against a measured length
# --------------------------------------------------------------------------

_SIZE_LETTERS = frozenset("xs s m l xl xxl xxxl".split())
_LENGTH = re.compile(r"\d+(?:\.\d+)?(?:inch|in|cm|mm)$").match


def size_letter_against_length(ws, cls, i: int, other_words, kind_class) -> bool:
    """Is ``ws[i]`` a size letter closing the title right after the kind ("Fiskars X25 Splitting Axe *XL*"),
    where the other title states the size as a length ("... Splitting Axe, 28 inch") and no size letter?
    The maker's size name and the shop's measure are one size told two ways; a letter right after the model
    number ("Pixel 3 XL") is the model's, and two letters stay compared."""
    if ws[i] not in _SIZE_LETTERS or i + 1 != len(ws) or i == 0 or cls[i - 1] != kind_class:
        return False
    if not _SIZE_LETTERS.isdisjoint(other_words):
        return False
    return any(_LENGTH(w) for w in other_words)
