"""What a raw title says about the variant of a product that the cleaned words
lose: shoe and garment sizes, the area covered, a closing colourway, what a
product plugs into or plays on, a tool alone or with its batteries (history:
README.md, session 12, precision).

Read once per offer from the raw title (``read``, called by
``facets.add_offer_facets``) into private facet keys, compared by
``conflicts`` (called by ``facets.conflicts``: each conflict is one of its
facet kinds, so ``rules.REASONS`` is unchanged - but for "kind", two parts'
kinds, Shimano's "HB-M6010" hub / "FH-M6010" freehub, its own reason since
session 40, counted in the trees' "version" column: ``features.facet_flags``):

* sizes - a shoe size with its width ("10 D" / "10 2E Wide", "10 M" / "10 W"),
  a US shoe size pair ("M9/W11", "M8 W9.5"), a lettered garment size
  ("Large" / "X-Large": the cleaned words only see "large") and the area a
  product covers ("5,000 sq ft" / "15,000 sq ft"): kind "dims";
* the colourway a title ends with (", Cream" / ", Pastel Blue"): colour words
  too ambiguous elsewhere ("cream", "mint", "sand" ...) name a colour there;
  kind "colour";
* what a product plugs into or plays on - a mains plug's region ("EU-Stecker"
  / "UK Plug"), a vehicle lamp's base ("H4" / "H7") and a disc's format
  ("Blu-ray" / "DVD"): two standards are two products; kind "platform";
* a power tool (or camera) alone against it with its batteries / charger /
  lens ("Tool Only" / "with Batteries & Charger"): kind "pack" (the product
  alone is not the product bundled, as ``facets``' bundle rule says).

``size_code_tokens`` tells ``titles.extract_codes`` which raw tokens are a
US shoe size pair, no model number ("M9/W11" is printed by every black
Converse in men's 9).

* a tyre's size and service description ("225/65R17 102H" = "225/65 R17 102H":
  width / aspect ratio, construction, rim; load index and speed rating) are a size
  every maker's tyre of that size prints, no model number: ``tyre_code_tokens``
  keeps them out of ``titles.extract_codes``, and two sizes or two service
  descriptions are two products: kind "dims" (session 19, en).

* an inch screw thread ("5/16-18", "#10-24": diameter - threads per inch) is a size
  too: ``thread_code_tokens`` keeps it out of ``titles.extract_codes``, two threads
  are two products: kind "dims" (session 24, small24).
"""

from __future__ import annotations

import re
import unicodedata as _unicodedata  # (session 34, op34)

from .regextrie import literal_alternation  # (session 13, speed)
from .home32 import lamp_facets  # (session 32, hl32: a leaf module)
from . import tb35 as _tb35  # (session 35, tb35: a leaf module - a temperature rating)
from . import dg37 as _dg37  # (session 37, fxdg37: a leaf module - a car bulb's claim and technology)
from . import ou39 as _ou39  # (session 39, ou39: a leaf module - a cassette's / crankset's teeth)
from . import sw42 as _sw42  # (session 42, sw42: a leaf module - a CAL per user or per device)
from . import cl42 as _cl42  # (session 42, cl42: a leaf module - a colourway after the part number)

_EMPTY = frozenset()

# --------------------------------------------------------------------------
# shoe sizes: "M9/W11", "M8 W9.5" (men's / women's US sizes), "10 D",
# "10 2E Wide", "10 M", "10 W (Wide)", "9.5 Medium"
# --------------------------------------------------------------------------
_PAIR_ONE = re.compile(r"^[mw]\d{1,2}(?:\.5)?$")
_PAIR_TOKEN = re.compile(r"^([mw])(\d{1,2}(?:\.5)?)/([mw])(\d{1,2}(?:\.5)?)$")


# (a text without this holds no token ``size_code_tokens`` finds: each starts with one)
SIZE_TOKEN_HINT = re.compile(r"[mw]\d").search


def size_code_tokens(raw) -> frozenset:
    """Indexes of the raw tokens (``titles._RAW_TOKEN``, lower case) that are a
    men's / women's shoe size pair: one token "m9/w11", or "m8" right before
    "w9.5" (or "w11" before "m9")."""
    out = set()
    prev = None
    for i, t in enumerate(raw):
        c = t[:1]
        if c == "m" or c == "w":
            if "/" in t:
                m = _PAIR_TOKEN.match(t)
                if m and m.group(1) != m.group(3):
                    out.add(i)
            elif _PAIR_ONE.match(t):
                if prev is not None and raw[prev][:1] != c and i == prev + 1:
                    out.add(prev)
                    out.add(i)
                prev = i
                continue
        prev = None
    return frozenset(out)


# --------------------------------------------------------------------------
# tyre sizes: "225/65R17 102H", "225/65 R17", "LT265/70R17 121/118S", "245/40ZR18 (97Y)"
# --------------------------------------------------------------------------
# (a text without this holds no tyre size: a cleaned title keeps "/")
# (as r"\d{3}[/ ]\d{2}" finds one, its truth all that is read: led by the separator, which the
# search finds by a scan for its two characters, the digits before it looked back at - ~40% less
# time; session 22, speed)
TYRE_HINT = re.compile(r"[/ ](?<=\d{3}[/ ])\d{2}").search
_TYRE_WHOLE = re.compile(r"^(?:p|lt)?\d{3}/\d{2}z?r\d{2}(?:\.5)?(?:c|lt)?$")
_TYRE_HALF = re.compile(r"^(?:p|lt)?\d{3}/\d{2}$")
_TYRE_RIM = re.compile(r"^z?r\d{2}(?:c|lt)?$")
_TYRE_SERVICE_TOKEN = re.compile(r"^\d{2,3}(?:/\d{2,3})?[a-z]$")
_TYRE = re.compile(
    r"(?<![\w./])(?:P|LT)?(\d{3})(?:\s?/\s?|\s(?=\d{2}\s\d{2}\s\(?\d{2,3}(?:/\d{2,3})?[HJKLMNPQRSTUVWYZ]\b))"
    r"(\d{2})\s?(?:Z?R)?\s?(\d{2}(?:\.5)?)(?![\d.])(?:C|LT)?"
    r"(?:\s*\(?\s*(\d{2,3}(?:/\d{2,3})?)\s?([A-Z])\)?(?!\w))?", re.I)


def tyre_code_tokens(raw) -> frozenset:
    """Indexes of the raw tokens (``titles._RAW_TOKEN``, lower case) of a tyre
    size ("225/65r17"; "225/65" before "r17", or before "r" and "17") and of
    the load index and speed rating right after it ("102h", "121/118s")."""
    out = set()
    n = len(raw)
    for i, t in enumerate(raw):
        if "/" not in t or not t[-1:].isdigit() and t[-1:] not in ("c", "t"):
            continue
        j = None
        if _TYRE_WHOLE.match(t):
            j = i + 1
        elif _TYRE_HALF.match(t) and i + 1 < n:
            if _TYRE_RIM.match(raw[i + 1]):
                out.add(i + 1)
                j = i + 2
            elif raw[i + 1] in ("r", "zr") and i + 2 < n and raw[i + 2].isdigit() and len(raw[i + 2]) == 2:
                out.update((i + 1, i + 2))
                j = i + 3
        if j is None:
            continue
        out.add(i)
        if j < n and _TYRE_SERVICE_TOKEN.match(raw[j]):
            out.add(j)
    return frozenset(out)


# --------------------------------------------------------------------------
# inch screw threads: "5/16-18", "1/4-20 x 1", "#10-24", "3/8-16 UNC" (session 24, small24)
# --------------------------------------------------------------------------
# A thread is a fastener's SIZE (diameter - threads per inch), printed alike by every
# maker's nut, bolt, tap or insert of that size: no model number.  ``thread_code_tokens``
# keeps it out of ``titles.extract_codes``; two threads are two products: kind "dims".
# A fraction of an inch (a power of two below) and a pitch is a thread wherever it stands;
# a numbered gauge ("10-24") only with its "#" or beside a fastener's word, and only as
# the standard gauge-pitch pairs (a bare "10-24" may be anything).
# (session 32, sp32, speed: led by its hyphen, the digit before it a look-behind - "\d-\d" as a literal
# search, not a try at every digit)
THREAD_HINT = re.compile(r"-(?<=\d-)\d").search
_THREAD_FRACTION = re.compile(r"^(\d{1,2})/(2|4|8|16|32|64)-(\d{1,2})$")
_GAUGE_PITCHES = frozenset(
    "0-80 1-64 1-72 2-56 2-64 3-48 3-56 4-40 4-48 5-40 5-44 6-32 6-40 8-32 8-36 10-24 10-32 12-24 12-28 "
    "14-20".split())
_FASTENER_WORD = re.compile(
    r"\b(?:screws?|bolts?|nuts?|threads?|threaded|taps?|studs?|rods?|inserts?|standoffs?|unc|unf|"
    r"gewinde\w*|schrauben?|muttern?|gewindestange\w*|vis|ecrous?|boulons?|taraud\w*|tornillos?|tuercas?|"
    r"pernos?|roscas?|machos?|viti|vite|dadi|dado|bulloni|maschiatori?)\b").search
_THREAD_TOKEN = re.compile(r"(#\s?)?(?<![\w/.\-])(\d{1,2}(?:/\d{1,2})?-\d{1,2})(?![\w/]|[.\-]\d)")


def _thread(tok: str, hashed: bool, fastener: bool) -> str | None:
    """The thread a token ("5/16-18", "10-24") names, or None."""
    m = _THREAD_FRACTION.match(tok)
    if m:
        num, den, tpi = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 0 < num < den and num % 2 == 1 and 4 <= tpi <= 80:
            return tok
        return None
    if tok in _GAUGE_PITCHES and (hashed or fastener):
        return "#" + tok
    return None


def thread_code_tokens(raw, cleaned: str) -> frozenset:
    """Indexes of the raw tokens (``titles._RAW_TOKEN``) that are an inch screw thread."""
    fastener = None
    out = set()
    for i, t in enumerate(raw):
        if "-" not in t or not t[:1].isdigit():
            continue
        if "/" not in t and fastener is None:
            fastener = _FASTENER_WORD(cleaned) is not None
        if _thread(t, "#" + t in cleaned or "# " + t in cleaned, bool(fastener)):
            out.add(i)
    return frozenset(out)


def _threads(low: str) -> frozenset:
    """The inch screw threads a lower-case title prints ("5/16-18", "#10-24")."""
    fastener = _FASTENER_WORD(low) is not None
    out = set()
    for m in _THREAD_TOKEN.finditer(low):
        th = _thread(m.group(2), m.group(1) is not None, fastener)
        if th:
            out.add(th)
    return frozenset(out)


def _tyres(title: str) -> frozenset:
    """("size", "225/65r17") and ("service", "102h") of each tyre size a title prints."""
    out = set()
    for m in _TYRE.finditer(title):
        out.add(("size", f"{m.group(1)}/{m.group(2)}r{m.group(3)}"))
        if m.group(4):
            out.add(("service", (m.group(4) + m.group(5)).lower()))
    return frozenset(out)


_SHOE_PAIR = re.compile(r"(?<![\w.])([MW])\s?(\d{1,2}(?:\.5)?)\s?(?:/|\s)\s?([MW])\s?(\d{1,2}(?:\.5)?)(?![\w.])", re.I)
# a width letter after a size ("10 D", "10 2E", "9.5 M", "10 W (Wide)"), or the width in words
_SHOE_WIDTH = re.compile(
    r"(?<![\w.])(\d{1,2}(?:\.5)?)\s?(2E|4E|6E|EEEE|EEE|EE|2A|AA|XW|D|M|B|N|W|E|Wide|Narrow|Medium|Regular|"
    r"Extra[\s-]Wide|X-Wide)(?![\w.'\"])")
_WIDTH_OF = {
    "d": "medium", "m": "medium", "b": "medium", "medium": "medium", "regular": "medium",
    "2e": "wide", "ee": "wide", "e": "wide", "w": "wide", "wide": "wide",
    "4e": "xwide", "eee": "xwide", "eeee": "xwide", "6e": "xwide", "xw": "xwide", "extra wide": "xwide",
    "extra-wide": "xwide", "x-wide": "xwide",
    "n": "narrow", "2a": "narrow", "aa": "narrow", "narrow": "narrow",
}
# words saying the title is about footwear (a width letter is read only there)
_FOOTWEAR = frozenset("""
shoe shoes boot boots sneaker sneakers trainer trainers clog clogs sandal sandals slipper slippers loafer
loafers oxford oxfords runner running skate hiking walking heel heels pump pumps mule mules flats moccasin
schuhe chaussures zapatos scarpe top
""".split())
_WORDS = re.compile(r"[a-z]+")
# a comma-separated segment that is only a size and its width (", 10 D", ", 10 2E Wide"): footwear by itself
_WIDTH_SEGMENT = re.compile(r",\s?\d{1,2}(?:\.5)?\s?(?:2E|4E|6E|EEEE|EEE|EE|2A|AA|XW|D|M|B|N|W|E)(?:\s?\(?(?:Wide|Narrow|"
                            r"Medium|Regular|Extra[\s-]Wide|X-Wide)\)?)?\s?(?:,|$)")
# the cut of a shoe ("High Top", "Low Top", "Mid", "Hi", "Lo"): another shoe
_CUT = re.compile(r"\b(high|hi|low|lo|mid)[\s-]?(?:top|cut)\b")
_CUT_CAPS = re.compile(r"(?<![\w-])(Hi|Lo|HI|LO)(?![\w-])")  # (alone, in capitals: "Chuck Taylor All Star Hi")
_CUT_OF = {"high": "high", "hi": "high", "low": "low", "lo": "low", "mid": "mid"}

# lettered garment sizes, as the raw title prints them ("Large", "X-Large", "XL", "2XL")
_GARMENT = re.compile(
    r"(?<![\w-])(?:(x{1,3}|2x|3x|4x|extra|extra-|xx-|x-)[\s-]?)?(small|large|medium|s|m|l)(?![\w-])"
    r"|(?<![\w-])(xxs|xs|xl|xxl|xxxl|2xl|3xl|4xl)(?![\w-])", re.I)
_SIZE_NORM = {"xx": "xx", "xxx": "xxx", "2x": "xx", "3x": "xxx", "4x": "xxxx", "x": "x", "extra": "x", "x-": "x",
              "extra-": "x", "xx-": "xx"}
_LETTER = {"small": "s", "medium": "m", "large": "l", "s": "s", "m": "m", "l": "l"}


def _garment_sizes(title: str) -> frozenset:
    """Lettered garment sizes of a title's comma-separated tail segments
    ("Jacket, Black, X-Large" -> {"xl"}; a size word elsewhere - "Large
    Capacity" - is the existing size facet's)."""
    parts = title.split(",")
    if len(parts) < 2:
        return _EMPTY
    out = set()
    for seg in parts[1:]:
        seg = seg.strip().strip("()").strip()
        if not seg or len(seg) > 14:
            continue
        m = _GARMENT.fullmatch(seg)
        if not m:
            continue
        if m.group(3):
            s = m.group(3).lower()
            s = {"2xl": "xxl", "3xl": "xxxl", "4xl": "xxxxl"}.get(s, s)
        else:
            pre, base = (m.group(1) or "").lower(), _LETTER[m.group(2).lower()]
            if base == "m" and pre:
                continue
            s = _SIZE_NORM.get(pre, "") + base
        out.add(s)
    return frozenset(out)


# the area a product covers ("5,000 sq ft", "15000 sq. ft.", "400 m²")
_AREA = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?:sq\.?\s?ft\.?|sqft|square\s(?:feet|foot)|"
                   r"ft²|ft2|sq\.?\s?m\b|m²|qm\b)", re.I)

# --------------------------------------------------------------------------
# the colourway a title ends with
# --------------------------------------------------------------------------
# colour words neither ``facets.COLOUR_OF`` nor its ambiguous colour words
# (``facets.AMBIGUOUS_COLOUR_OF``) hold: the names of a colourway
_COLOURWAY_WORDS = {"sage": "green", "blush": "pink", "mocha": "brown", "almond": "beige", "pistachio": "green",
                    "coral": "pink"}
_COLOURWAY_WORDS.update(_cl42.COLOURWAY_WORDS)  # (session 42, cl42: Havana, tortoise)
_COLOUR_MODIFIERS = frozenset("""
pastel matte matt light dark deep pale bright metallic glossy gloss satin soft midnight jet pure polar
""".split())


def _tail_colours(title: str, colour_of, ambiguous) -> frozenset:
    """The colours of a title's last comma-separated segment when it is only a
    colourway (1-3 words, each a colour or a colour's modifier, one an
    ambiguous colour word or a colour): ", Cream" -> {"beige"}, ", Pastel Blue" ->
    {"blue"}."""
    i = title.rfind(",")
    # (session 19, en19: or a " - " closing the title: "FloorLiners ... Front Row - Tan")
    j = title.rfind(" - ")
    if j > i:
        i = j + 2
    if i < 0:
        return _EMPTY
    seg = title[i + 1:].strip().lower()
    ws = _WORDS.findall(seg)
    if not ws or len(ws) > 3 or len(seg) > 30:
        return _EMPTY
    out = set()
    for w in ws:
        c = colour_of.get(w)
        if c is None:
            c = ambiguous.get(w) or _COLOURWAY_WORDS.get(w)
            if c is not None:
                out.add(_AMBIGUOUS)
        if c is not None:
            out.add(c)
        elif w not in _COLOUR_MODIFIERS:
            return _EMPTY
    return frozenset(out)


_AMBIGUOUS = "?"  # (in ``_tail_colours``' set: one of its words is an ambiguous colour word)
_AMB = frozenset((_AMBIGUOUS,))


# --------------------------------------------------------------------------
# what a product plugs into or plays on
# --------------------------------------------------------------------------
# (the region in capitals, or "eu" / "uk" in any case: "us", "ch", "au" are words too)
_REGION = r"(?-i:EU|UK|US|AU|CH|GB|eu|uk|Eu|Uk)|euro|schuko"
_PLUG = re.compile(
    r"(?<![\w])(" + _REGION + r")[\s-]?(?:stecker|plug|netzstecker|prise|enchufe|spina|version|model)(?![\w])"
    r"|(?<![\w])(?:stecker|plug)\s?(?:typ[e]?\s?)?(" + _REGION + r")(?![\w])", re.I)
_PLUG_NORM = {"eu": "eu", "euro": "eu", "schuko": "eu", "uk": "uk", "gb": "uk", "us": "us", "au": "au", "ch": "ch"}
# vehicle lamp bases (ECE / SAE): a title printing one sells that bulb
_LAMP = re.compile(r"(?<![\w-])(h1|h3|h4|h7|h8|h9|h11|h13|h15|h16|h18|h19|9005|9006|9012|hb3|hb4|d1s|d2s|d3s|d4s|"
                   r"d1r|d2r|w5w|p21w|py21w|w21w|c5w)(?![\w-])", re.I)
_LAMP_CONTEXT = frozenset("bulb bulbs lamp lamps headlight headlights headlamp headlamps halogen xenon led leds "
                          "birne lampe ampoule ampoules bombilla lampadina scheinwerfer vision xtremevision "
                          "x-tremevision nightbreaker night breaker whitevision".split())
# disc and tape formats of a film, an album, a game
_MEDIA = re.compile(r"(?<![\w-])(4k\s?uhd|4k\s?ultra\s?hd|ultra\s?hd\s?blu-?ray|uhd\s?blu-?ray|blu-?ray\s?3d|blu-?ray|"
                    r"dvd|vhs|vinyl|cd|cassette|audio\s?cd|digital\s?code"
                    # (session 32, bm32: a record in French and Polish, and an LP counted - "2LP", "3 LP", "LP"
                    # in brackets or closing the title: "Adele - 30 [2LP Vinyl]", "Stromae - Multitude - Vinyle LP")
                    r"|vinyle|winyl|\d?\s?lp)(?![\w-])", re.I)


_BRACKETED = re.compile(r"[(\[]([^()\[\]]{2,40})[)\]]")


def _media_formats(title: str) -> frozenset:
    """The disc formats a title states in brackets, as shops print a film's or an
    album's format ("The Office: The Complete Series (Blu-ray)", "[DVD]", "(4K UHD +
    Blu-ray)"); a format named in the words is a player's or a label's kind ("Blu-ray
    DVD Player", "DVD/VCR Combo", "CD Labels"), no format of the product."""
    out = set()
    if "(" in title or "[" in title:
        for b in _BRACKETED.finditer(title):
            out.update(_formats_in(b.group(1)))
    if not out:
        # (session 19, en19: a format closing the title after the work's name - "Harry Potter
        # Complete 8-Film Collection Blu-ray", "... 4K Ultra HD", "Taylor Swift - 1989 CD" -
        # is the product's as a bracketed one is; a player's or a label's kind follows its format)
        m = _closing_media(title)
        if m:
            out.update(_formats_in(m.group(0)))
    if not out and (" - " in title or " | " in title or " \u2013 " in title):
        # (session 32, bm32: and a format closing one of the title's parts - "Oppenheimer - *Blu-ray* -
        # Christopher Nolan (2023)", "1989 (Taylor's Version) *CD* - Taylor Swift": a shop's way of
        # putting the format before the director or the artist)
        # (every format the part names: "Oppenheimer 4K UHD Blu-ray - Christopher Nolan" is the combo)
        for part in _PARTS(title):
            if _closing_media(part):
                out.update(_formats_in(part))
    return frozenset(out)


_PARTS = re.compile(r"\s[-|\u2013]\s").split


# (session 30, suffix30: and the formats of a combo before it, joined by "+", "&", "/" or "and" -
# "Oppenheimer 4K Ultra HD + Blu-ray" is the combo, no Blu-ray alone)
_CLOSING_FORMAT = (r"(?:4k\s?uhd|4k\s?ultra\s?hd|ultra\s?hd\s?blu-?ray|uhd\s?blu-?ray|blu-?ray|dvd|vinyl|cd"
                   r"|vinyle|winyl|\d?\s?lp)")  # (session 32, bm32: "Vinyle LP", "2 LP")
_CLOSING_MEDIA = re.compile(r"(?<![\w-])" + _CLOSING_FORMAT + r"(?:\s?(?:\+|&|/|\band\b)\s?" + _CLOSING_FORMAT
                            + r")*\s*$", re.I).search
# (each format ends in one of these; the search, anchored at the end, tried every position)
_CLOSING_MEDIA_ENDS = ("hd", "ray", "dvd", "nyl", "cd", "yle", "lp")


def _closing_media(title: str):
    """``_CLOSING_MEDIA(title)``, after a look at the title's last three characters (session 22,
    speed): where they are ASCII (no letter re.I folds onto a Latin one, "ı" for "i") and end no
    format, there is no match."""
    e = title.rstrip()[-3:]
    if e.isascii() and not e.lower().endswith(_CLOSING_MEDIA_ENDS):
        return None
    return _CLOSING_MEDIA(title)


def _formats_in(text: str) -> set:
    out = set()
    for m in _MEDIA.finditer(text):
        s = m.group(1).lower().replace(" ", "").replace("-", "")
        if "4k" in s or "uhd" in s or "ultrahd" in s:
            s = "uhd"
        elif s.startswith("bluray"):
            s = "bluray"
        elif s == "audiocd":
            s = "cd"
        elif s == "digitalcode":
            continue
        elif s in ("vinyle", "winyl") or s.endswith("lp"):
            s = "vinyl"  # (session 32, bm32)
        out.add(s)
    return out


# (session 32, bm32) a book's binding, in the shops' languages: a hardcover, a paperback, an e-book and
# an audiobook of one work are four products with four ISBNs ("Atomic Habits | Paperback" / "| Hardcover",
# "L'Étranger (Poche)" / "... grand format relié", "oprawa miękka" / "twarda oprawa")
_BINDING_HARD = (r"hard\s?cover|hard\s?back|gebunden(?:e\s+ausgabe)?|reli[ée]e?|cartonn[ée]|tapa\s+dura|"
                 r"copertina\s+rigida|rilegato|gebonden|oprawa\s+twarda|twarda\s+oprawa|twardej\s+oprawie|"
                 r"twarda\s+ok[łl]adka|ok[łl]adka\s+twarda")
_BINDING_SOFT = (r"trade\s+paper\s?back|paper\s?back|soft\s?cover|taschenbuch|broschiert|kartoniert|broch[ée]|poche|tapa\s+blanda|"
                 r"copertina\s+flessibile|brossura|oprawa\s+mi[ęe]kka|mi[ęe]kka\s+oprawa|mi[ęe]kkiej\s+oprawie|"
                 r"ok[łl]adka\s+mi[ęe]kka")
# (session 32, attack32a: a "Mass Market Paperback" is its own edition - its own ISBN, smaller - against a
# paperback: "mass market" is no word of the paperback's binding, its words stay identifying)
_BINDING_EBOOK = r"kindle\s+edition|kindle\s+store|e-?book|epub"
_BINDING_AUDIO = r"audiobook|audio\s?book|h[öo]rbuch|livre\s+audio|audiolibro|luisterboek|audible"
_BINDING = re.compile(r"(?<![\w-])(?:(" + _BINDING_HARD + r")|(" + _BINDING_SOFT + r")|(" + _BINDING_EBOOK + r")|("
                      + _BINDING_AUDIO + r"))(?![\w-])", re.I)
_BINDING_OF = ("hard", "soft", "ebook", "audio")
# (the substrings one of the patterns needs: most titles hold none)
_BINDING_HINT_ANY = re.compile(r"hard|back|cover|gebund|reli|carton|tapa|copertina|rilegat|gebonden|oprawa|okładka"
                               r"|okladka|tasch|brosch|karton|broch|poche|brossura|market|kindle|book|epub|buch|audio"
                               r"|audible").search
# (session 38, sp38, speed: the same words as one trie, ``regextrie`` - the alternation tried its 26 words one by
# one at every position of every title; truthy exactly where ``_BINDING_HINT_ANY`` is, tests/test_matching_sp38.py)
_BINDING_HINT = re.compile(literal_alternation((
    "hard", "back", "cover", "gebund", "reli", "carton", "tapa", "copertina", "rilegat", "gebonden", "oprawa", "okładka",
    "okladka", "tasch", "brosch", "karton", "broch", "poche", "brossura", "market", "kindle", "book", "epub", "buch",
    "audio", "audible"))).search


def _bindings(low: str) -> set:
    out = set()
    if _BINDING_HINT(low):
        for m in _BINDING.finditer(low):
            out.add(("binding", _BINDING_OF[m.lastindex - 1]))
    return out


# (session 32, bm32) a series' seasons and a comic's or a box set's volumes: a range of them ("Series 1-4",
# "Seasons 1 to 8", "Vols. 1-5", "Staffel 1-3") is a set, one of them ("Series 4", "Vol. 3") a single
# disc set or book of it - two products; two ranges that differ are two sets.  "Series" counts only in a
# title naming a disc or a box ("Apple Watch Series 1-9" names the watches a band fits).
_SEASON_WORDS = r"series|seasons?|staffeln?|saisons?|temporadas?|stagion[ei]|seizoen(?:en)?|sezon(?:y|u)?"
_VOL_WORDS = r"vols?\.?|volumes?|b[äa]nde?|bd\.|tomes?|tomy?"
_SEQ = re.compile(r"(?<![\w-])(?:(" + _SEASON_WORDS + r")|(" + _VOL_WORDS + r"))\s?(\d{1,3})"
                  r"(?:\s?(?:-|\u2013|to|bis|à|a|al|do|t/m)\s?(\d{1,3})"
                  # (fxsw42: or a list of them - "Seasons 3 and 4", "Season 12 & 13", "Staffel 1 + 2",
                  # "Temporada 1 y 2": the set from the first to the last, as a range is)
                  r"|((?:\s?(?:,|&|\+|and|und|et|y|e|en)\s?\d{1,3}(?![\w.,]))+))?(?!\w|[.,]\d)", re.I)
_LIST_NUMBERS = re.compile(r"\d{1,3}").findall
_SEQ_HINT = re.compile(r"seri|season|staffel|saison|tempor|stagion|seizoen|sezon|vol|band|bände|bd\.|tom").search
_RANGE_ON = re.compile(r"\s?(?:-|\u2013|to|bis)\s?\d").match
_SERIES_MEDIA = re.compile(r"dvd|blu-?ray|uhd|box|coffret|steelbook|\bcomplete\b|\bkomplett", re.I).search


def _sequence(low: str) -> frozenset:
    if not _SEQ_HINT(low):
        return _EMPTY
    out = set()
    for m in _SEQ.finditer(low):
        season, vol, a, b = m.group(1), m.group(2), m.group(3), m.group(4)
        if m.group(5):
            b = str(max(int(n) for n in _LIST_NUMBERS(m.group(5))))  # (fxsw42: a list of seasons or volumes)
        if season and season == "series" and not _SERIES_MEDIA(low):
            continue
        c = "season" if season else "vol"
        if b is None and _RANGE_ON(low, m.end()):
            continue  # (a range the pattern left, a unit glued to its end: "Band 38-40mm")
        if b is not None:
            x, y = int(a), int(b)
            if x < y:
                out.add((c, "r", x, y))
        else:
            out.add((c, "s", int(a)))
    return frozenset(out)


def _set_against_single(sa, sb) -> bool:
    """Per kind (seasons, volumes): one side names a range and the other a single one only, or
    the two name two ranges with none in common."""
    for c in ("season", "vol"):
        ra = {v[2:] for v in sa if v[0] == c and v[1] == "r"}
        rb = {v[2:] for v in sb if v[0] == c and v[1] == "r"}
        if ra and rb:
            if ra.isdisjoint(rb):
                return True
            continue
        if ra or rb:
            one = sb if ra else sa
            many = sa if ra else sb
            if (any(v[0] == c and v[1] == "s" for v in one)
                    and not any(v[0] == c and v[1] == "s" for v in many)):
                return True
    return False


def _platforms(title: str, low: str, digit: bool, hints) -> frozenset:
    out = _bindings(low)
    if "plug" in hints:
        for m in _PLUG.finditer(title):
            r = _PLUG_NORM.get((m.group(1) or m.group(2)).lower())
            if r:
                out.add(("plug", r))
    if digit and "lamp" in hints and _LAMP.search(title):
        ws = set(_WORDS.findall(low))
        if not _LAMP_CONTEXT.isdisjoint(ws) or "x-tremevision" in low:
            out.update(("lamp", m.group(1).lower()) for m in _LAMP.finditer(title))
    media = _media_formats(title)
    if media:
        # (a combo pack names several: "Blu-ray + DVD" is one product, not the Blu-ray alone)
        out.add(("media", "+".join(sorted(media))))
    return frozenset(out)


# --------------------------------------------------------------------------
# a tool alone or with its batteries
# --------------------------------------------------------------------------
# (session 13, home: the batteries' count and capacity between "with" and "Batteries": "with 2x
# 2.0Ah Batteries and Charger")
# (session 25, dedupe25: the one wording of a tool sold alone; ``household24.bare_against_kit`` read
# its own - "machine seule", "sin cargador", "(Naked)", "bez akumulátoru", a "solo" closing the title
# or before its model number's comma / bracket - and now calls ``bare_or_kit``)
_BARE = re.compile(r"(?<![\w])(?:tool[\s-]only|bare[\s-]tool|body[\s-]only|solo\s(?:tool|body)|nur\sgeh[aä]use|"
                   r"ohne\s(?:akku|ladeger[aä]t|batterie)|sans\s(?:batterie|chargeur)|sin\s(?:bater[ií]a|cargador)|"
                   # (session 13, home: "without Battery", a German shop's "solo" after the tool's
                   # kind or voltage or closing the title: "Akku-Bohrschrauber 18 V solo")
                   r"without\s(?:a\s)?batter(?:y|ies)|(?<=\d\sv\s)solo|(?<=\dv\s)solo|(?<=schrauber\s)solo|"
                   r"battery\s(?:and|&)\scharger\snot\sincluded|batteries?\snot\sincluded"
                   # (session 22, ml22a: the bare tool in Polish, Czech, Italian, Dutch, Portuguese - "bez
                   # akumulatora", "bez akumulátoru", "senza batteria", "zonder accu", "sem bateria" -, and a
                   # German "solo" after any tool's kind: "Akku-Winkelschleifer solo", "Akku-Stichsäge solo")
                   # (session 31, cz31: Czech and Slovak "bez baterie" / "bez batérie", "bez aku", "bez nabíječky")
                   r"|bez\s(?:akumul[aá]tor(?:a|ow|u)|baterii|ladowarki|bat[eé]rie|aku|nab[ií]je[cč]ky|nab[ií]ja[cč]ky)"
                   r"|senza\sbatteri[ae]|zonder\s(?:accu|batterij)"
                   r"|sem\sbateria|(?<=schleifer\s)solo|(?<=s[aä]ge\s)solo|(?<=hammer\s)solo"
                   r"|machine\sseule|\(naked\)|solo(?=\s?[,(]|\s*$)"
                   # (session 37, fxpr37: the UK shops' "Skin Only" and a "Naked" closing the title - "DCF887 18V
                   # XR Impact Driver Naked", "DTD153 18V Impact Driver Skin Only": the bare unit)
                   r"|skin[\s-]only|naked(?=\s*$)"
                   # (session 32, da32: a German shop's "Basisversion", Italian "solo corpo" / "corpo macchina",
                   # Spanish "solo cuerpo", French "machine nue", "Bare Unit", a "solo" before the tool's case -
                   # "Solo in L-BOXX", "solo im Karton" - or after Einhell's "Li" - "TE-CD 18/40 Li Solo")
                   r"|basisversion|solo\s(?:corpo|cuerpo)|corpo\smacchina|machine\snue|bare\sunit|bare(?=\s*$)"
                   r"|solo(?=\s(?:in|im|en)\s)|(?<=\sli\s)solo|(?<=\sli-)solo"
                   # (session 37, dg37: "no battery", "no charger", "(no batteries)", Dutch "geen accu")
                   r"|no\s(?:batter(?:y|ies)|charger)|geen\s(?:accu|batterij))(?![\w])", re.I)
_BARE_WORD = re.compile(r"[^\W_]+")


def bare_phrase_words(title: str) -> frozenset:
    """(session 24, small24) The words, lower case, of the phrases by which a title says a tool comes
    alone ("Tool Only", "Bare Tool", "body only", "solo", "ohne Akku", "sin bateria"): the pack facet
    compares them ("bare" above), as the unit and colour facets compare theirs - no identifying words,
    so two bare-tool titles worded otherwise differ in no word."""
    out = set()
    for m in _BARE.finditer(title):
        out.update(_BARE_WORD.findall(m.group(0).lower()))
    if out:
        # (a word the title prints outside the phrase too is the title's: "Akku-Winkelschleifer ohne Akku")
        out.difference_update(_BARE_WORD.findall(_BARE.sub(" ", title).lower()))
    return frozenset(out)


_KIT = re.compile(r"(?<![\w])(?:with\s(?:\d\s?x?\s)?(?:[\w.]+\s)?(?:batter(?:y|ies)|charger)|(?:batter(?:y|ies)|charger)\s"
                  r"(?:&|and)\s(?:charger|batter(?:y|ies))\sincluded|mit\s(?:\d\s)?(?:akku|ladeger[aä]t)|"
                  r"avec\s(?:batterie|chargeur)|con\sbater[ií]a|kit"
                  # (session 22, ml22a: with its batteries in Polish, Italian, Dutch - "z akumulatorem", "2
                  # akumulatory", "con batteria", "met accu")
                  r"|z\s(?:\d\s)?akumulator(?:em|ami)|\d\s?x?\s?akumulator(?:y|ami)|con\s(?:\d\s)?batteri[ae]"
                  r"|met\s(?:\d\s)?accu'?s?"
                  # (session 32, da32: a German "Set mit ..." - "Akku-Rasenmäher Set mit AK 30 und AL 101": the
                  # maker's battery and charger named by their codes)
                  r"|set\smit"
                  # (session 31, cz31: a count of batteries times their capacity names the kit's batteries in any
                  # language - "2x 2,0 Ah", "2 x 5.0Ah"; Czech / Slovak "s akumulátorem", "s 2 bateriemi")
                  r"|\d\s?x\s?\d+(?:[.,]\d+)?\s?ah|s\s(?:\d\s)?(?:akumul[aá]tor(?:em|y)|bat[eé]ri(?:[ií]|ou|emi|ami)))(?![\w])", re.I)
# (session 24, hh24; session 25, dedupe25: household24's reading, now this one's) a kit's batteries,
# chargers or capacity named after a word opening what the tool comes with ("+ 2x 5.0Ah", "inkl. Akku",
# "Set ... Ladegerät")
_KIT_LEAD = re.compile(r"(?<![\w])(?:with|w/|mit|avec|con|com|incl|inkl|including|kit|set)(?![\w])|\+", re.I)
_KIT_PART = re.compile(r"(?<![\w])(?:(?:\d\s?x\s?)?\d?\s?(?:batteries|battery|akkus?|accus?|bater[ií]as?|batterie|"
                       r"batterien|akumulatory?|charger|ladeger[aä]t|chargeur|cargador|caricabatterie)"
                       r"|\d+(?:[.,]\d)?\s?ah)(?![\w])", re.I)


# (session 37, fxdg37: a cordless tool's voltage followed by a battery's capacity - "Cordless Lawnmower 40V 2.6Ah",
# "18V 5,0Ah" - names the battery it comes with, against a "without battery" of the other shop)
_VOLT_AH = re.compile(r"(?<![\w.,])\d{1,2}(?:[.,]\d)?\s?v\s+\d{1,2}(?:[.,]\d)?\s?ah(?![\w])", re.I)


def _kit(title: str) -> bool:
    if _KIT.search(title) or _VOLT_AH.search(title):
        return True
    m = _KIT_LEAD.search(title)
    return bool(m and _KIT_PART.search(title, m.start()))


def bare_or_kit(title, hints=None):
    """True where a title says the tool comes alone ("Tool Only", "Bare Tool", "solo", "ohne Akku",
    "machine seule", "sin bateria"), False where it names the kit's batteries or charger ("with 2x
    2.0Ah Batteries and Charger", "+ 2 Akkus"), else None: the "bare" facet (``read``) and
    ``household24.bare_against_kit`` read it."""
    if not isinstance(title, str) or not title:
        return None
    if hints is None:
        hints = _hints(title.lower())
    if "bare" in hints and _BARE.search(title):
        return True
    if "kit" in hints and _kit(title):
        return False
    return None

# --------------------------------------------------------------------------
# the facet keys and their comparison
# --------------------------------------------------------------------------
SHOE = "_p12_shoe"        # frozenset of ("pair", men's size) / ("n", size) / ("w", width class)
GARMENT = "_p12_garment"  # frozenset of lettered sizes
AREA = "_p12_area"        # frozenset of square feet / metres (floats)
TAIL_COLOUR = "_p12_tail_colour"
PLATFORM = "_p12_platform"
BARE = "_p12_bare"        # True: the tool alone; False: with its batteries / charger / kit
TYRE = "_s19_tyre"        # frozenset of ("size", "225/65r17") / ("service", "102h")
THREAD = "_s24_thread"    # frozenset of inch screw threads ("5/16-18", "#10-24")
SEQ = "_s32_seq"          # frozenset of ("season" / "vol", "r", first, last) / (..., "s", number)
LIGHT = "_s32_light"      # frozenset of ("base", "e27") / ("tone", "warm") / ("glass", "frosted"): ``home32``
VISCOSITY = "_s34_visc"   # frozenset of SAE viscosity grades ("5w30", "75w90")
SIZE_SET = "_s34_sizeset" # frozenset of the sizes (cm) of a title joining two ("24 + 28 cm")
BATTERIES = "_s34_batteries"  # how many batteries a tool's kit comes with (int)


# (session 22, speed) the title's last word read at the start of the title reversed: a search for
# "([a-z]+)[^a-z]*$" tried every word of the title in turn (~4 us a title, against ~0.4)
_LAST_WORD_REVERSED = re.compile(r"[^a-z]*([a-z]+)").match


def last_word(low: str) -> str | None:
    """The last run of letters a-z of ``low`` (what ``([a-z]+)[^a-z]*$`` finds), or None."""
    m = _LAST_WORD_REVERSED(low[::-1])
    return None if m is None else m.group(1)[::-1]


def _fold_same_length(text: str) -> str:
    """``text`` with its accents stripped ("rosé" -> "rose"), or ``text`` itself where a character
    folds to more or fewer than one ("ß", "æ": the positions read after it would move)."""
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
            continue
        base = "".join(c for c in _unicodedata.normalize("NFKD", ch) if not _unicodedata.combining(c))
        if len(base) != 1:
            return text
        out.append(base)
    return "".join(out)


def _closing_colours(low: str, colour_of, ambiguous, kinds, title: str = "") -> frozenset:
    """(session 19, en19) The colourway closing a title with no separator, right after a word naming
    the product's kind ("Smeg TSF01 2-Slice Toaster *Cream*", "... Kettle *Pastel Blue*"): 1-3 words,
    each a colour or a colour's modifier, read as ``_tail_colours`` reads a segment.  After any other
    word the colour word may name the product ("Hand Cream", "Ice Cream")."""
    if not low.isascii():
        # (session 34, op34: the colour words with their accents, as the words are read without them -
        # "Pixel 8 256 Go *Rosé*", "... 512 GB *Doré*": the reading below sees letters a-z only, and
        # "Rosé" closed on "ros", no colour; folded only where no letter changes the title's length)
        low, title = _fold_same_length(low), _fold_same_length(title)
    last = last_word(low)
    if last is None:
        return _EMPTY
    if not (last in colour_of or last in ambiguous or last in _COLOURWAY_WORDS):
        return _EMPTY  # (most titles: one search at the title's end)
    ws = _WORDS.findall(low)
    k = len(ws)
    while k > 0 and len(ws) - k < 3 and (ws[k - 1] in colour_of or ws[k - 1] in ambiguous
                                           or ws[k - 1] in _COLOURWAY_WORDS or ws[k - 1] in _COLOUR_MODIFIERS):
        k -= 1
    if k == len(ws) or k == 0:
        return _EMPTY
    if ws[k - 1] not in kinds and not _after_device_spec(low, ws[k:], title):
        # (session 42, cl42: or right after the maker's part number, "KitchenAid Artisan 5KSM175PS *Almond
        # Cream*", a maker's word of its own before the colour there - "5KSM175PS *Onyx* Black" -,
        # ``cl42.after_model_code``)
        if _cl42.after_model_code(low, ws[k:]):
            pass
        elif (k >= 2 and len(ws) - k < 3 and len(ws[k - 1]) >= 3 and ws[k - 1] not in kinds
              and _cl42.after_model_code(low, ws[k - 1:])):
            pass
        else:
            return _EMPTY
    return _tail_colours(", " + " ".join(ws[k:]), colour_of, ambiguous)


# (session 33, eu33) a device's colour closes its title after the memory or the network it is sold
# with as well as after its kind: "Galaxy Tab S9 FE 256 GB WiFi *Srebrny*", "iPad Air 11" M2 Wi-Fi 256 GB
# *Blu*", "Pixel 8 256 Go *Rose*" - what the shop names there is the finish of the unit (a colour word
# there names no product, as "Hand Cream" does); "GB" / "Go" / "TB" / "To" only right after a number
# (session 33, mend33a: a network's "5G" / "4G" only - a lone digit, "G" printed in capitals -, never a
# weight: "Drops Paris 50g *Mint*", "Pandora ... Charm 3g Rose" close on the yarn's or charm's shade)
_DEVICE_SPEC_END = re.compile(r"(?:\d\s?(?:gb|go|tb|to)|(?<![\w.,])(?P<net>[2345]g)|wi-?fi|wlan|lte|cellular|dual-?sim)\W*$")


def _after_device_spec(low: str, tail_words, title: str = "") -> bool:
    """Does the run of colour words ``tail_words`` closing ``low`` follow a device's memory or network?"""
    i = _cl42.tail_start(low, tail_words)
    if i < 0:
        return False
    m = _DEVICE_SPEC_END.search(low, 0, i)
    if m is None:
        return False
    if m.start("net") >= 0:  # (the network's "G" in capitals, as shops print "5G"; mend33a)
        return len(title) == len(low) and title[m.start("net") + 1] == "G"
    return True


# session 34, hk34: an engine or gear oil's SAE viscosity grade (SAE J300 / J306: the winter grade 0 - 25
# or 70 - 85, a "W", the hot grade 16 - 60 or 80 - 250; "5W-30" = "5W30" = "5W/30" = "5 W-30").  Every
# maker's oil of a line comes in several grades, and the grade is what the engine asks for: two grades are
# two oils (kind "dims", as a tyre's size).  The cleaned words lost it - "0W-30" / "5W-30" printed the same
# "30", the winter grade read as watts or dropped (``train34hk``: Mobil 1 ESP 0W-30 / 5W-30 came out one).
# Only the grades that exist, so a lamp's "5W 12V" or a charger's "20W-65W" is no oil
_VISCOSITY = re.compile(r"(?<![\w.,/])(0|5|10|15|20|25|70|75|80|85)\s?w\s?[-/\u2013]?\s?(16|20|30|40|50|60|80|85|90|110|140|250)"
                        r"(?!\w|[.,]\d)", re.I)
_VISCOSITY_HINT = re.compile(r"\d\s?w", re.I).search


def viscosities(title: str) -> frozenset:
    """The SAE viscosity grades a title prints ("Castrol EDGE 5W-30 LL" -> {"5w30"}); a "W" and its hot grade
    apart by a space alone are read only with the hyphen or slash ("5W 30" is no grade: "5W 10 Stück")."""
    if not _VISCOSITY_HINT(title):
        return _EMPTY
    out = set()
    for m in _VISCOSITY.finditer(title):
        between = m.group(0)[len(m.group(1)):-len(m.group(2))].lower()
        if between.strip() == "w" and not between.endswith("w"):
            continue  # ("5W 30": a space alone between the "W" and the number)
        out.add(f"{m.group(1)}w{m.group(2)}")
    return frozenset(out)


# session 34, hk34: a set of pans or pots sold by its pieces' sizes joined ("koekenpan set 24 + 28 cm",
# "Pfannenset 24cm & 28cm", "set 2 padelle 24 e 28 cm", "22 cm et 26 cm"): against a title naming one of
# those sizes alone ("koekenpan 28 cm") it is the set against its piece - kind "pack", as a bundle against
# the product alone.  A size range ("24-28 cm") or a pair of a wiper set ("600/450 mm") joins nothing here
_SIZE_CM = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,]\d)?)\s?(cm|mm)(?!\w)", re.I)
_SIZE_JOIN = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:[.,]\d)?\s*(?:(?:cm|mm)\s*)?(?:\+|&|\b(?:and|und|et|e|y|i|en)\b)\s*)+"
                        r"\d{1,3}(?:[.,]\d)?\s*(cm|mm)(?!\w)", re.I)
_NUMBER = re.compile(r"\d{1,3}(?:[.,]\d)?")


def _cm(number: str, unit: str) -> float:
    v = float(number.replace(",", "."))
    return round(v / 10 if unit.lower() == "mm" else v, 1)


def _sizes_cm(text: str) -> frozenset:
    """The sizes in cm a text prints ("24 cm", "280mm")."""
    return frozenset(_cm(m.group(1), m.group(2)) for m in _SIZE_CM.finditer(text))


def joined_sizes(title: str) -> frozenset:
    """The sizes in cm of a title that joins two of them or more ("24 + 28 cm", "20 + 24 + 28 cm": each
    number of the list in the unit closing it), with the other sizes it prints; else the empty set."""
    if "cm" not in title and "mm" not in title and "CM" not in title and "MM" not in title:
        return _EMPTY
    joined = set()
    for m in _SIZE_JOIN.finditer(title):
        joined.update(_cm(n, m.group(1)) for n in _NUMBER.findall(m.group(0)))
    if len(joined) < 2 or min(joined) * 3 < max(joined):
        return _EMPTY  # (sizes of one trade's pieces are alike: "Set 2 + 28 cm" is a count, then a size)
    return frozenset(joined) | _sizes_cm(title)


# two sizes a title lists with a slash ("600/450 mm", "600 / 450mm"): the set named too - a wiper set is
# "600/450 mm" in one shop and "600 + 450 mm" in another (a title joining sizes so is never the piece;
# read as joining only on this side: "20/24 cm" may also name one piece's two measures)
_SIZE_SLASH = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d)?\s*(?:(?:cm|mm)\s*)?/\s*\d{1,3}(?:[.,]\d)?\s*(?:cm|mm)(?!\w)", re.I)


def _piece_of_set(sx: frozenset, cleaned_y) -> bool:
    """Does the other title (its cleaned text), joining no sizes, name one or more of the set's sizes
    alone - fewer than the set's?"""
    if not cleaned_y or _SIZE_JOIN.search(cleaned_y) or _SIZE_SLASH.search(cleaned_y):
        return False
    sy = _sizes_cm(cleaned_y)
    return bool(sy) and sy < sx


# session 34, hk34: how many batteries a power tool's kit comes with, as shops count them - a count times
# the capacity ("2x 2,0 Ah", "2 x 5.0Ah"), a count before the battery word ("2 Akkus", "2 batteries", "two
# batteries", "2 akumulatory"), or one battery named in the singular after "with" ("mit 2,0 Ah Akku", "with
# one 2.0Ah battery", "avec batterie", "con batteria"): two counts are two kits, kind "pack" (the tool
# with one battery is not the tool with two; ``train34hk``: "mit 2,0 Ah Akku" / "mit 2 Akkus 2,0 Ah" came
# out one).  A title counting two ways at once ("1x 4,0 Ah + 1x 2,0 Ah") is read as none
_BATT_WORD = (r"(?:akkus?|batteries|battery|batterien|batterie|bater[ií]as?|batteri[ae]|akumulator(?:y|ami|ow)?|"
              r"accus?|accu's)")
_BATT_TIMES = re.compile(r"(?<![\w.,])([1-9])\s?x\s?\d{1,2}(?:[.,]\d)?\s?ah(?!\w)"
                         # (session 37, dg37: the count after the capacity, "3Ah x2")
                         r"|(?<![\w.,])\d{1,2}(?:[.,]\d)?\s?ah\s?x\s?([1-9])(?![\w.,])")
_BATT_COUNTED = re.compile(r"(?<![\w.,/-])([1-9]|one|two|three|four|ein|eine|zwei|drei|vier|deux|trois|quatre|dos|tres|"
                           r"cuatro|due|tre|quattro|dwa|dwie|trzy|twee|drie|vier)\s(?:x\s)?(?:\d{1,2}(?:[.,]\d)?\s?ah\s)?"
                           + _BATT_WORD + r"(?![\w-])")  # ("LI-2 Akku-Schlagbohrschrauber": a model, a cordless kind)
_BATT_ONE = re.compile(r"(?<![\w])(?:mit|with|avec|con|met|inkl\.?|incl\.?|including|inklusive)\s(?:(?:a|an|einem|une|un|una)\s)?"
                       r"(?:\d{1,2}(?:[.,]\d)?\s?ah\s)?(?:akku|battery|batterie|bater[ií]a|batteria|accu)(?![\w-])")
_COUNT_WORD = {"one": 1, "ein": 1, "eine": 1, "two": 2, "zwei": 2, "deux": 2, "dos": 2, "due": 2, "dwa": 2,
               "dwie": 2, "twee": 2, "three": 3, "drei": 3, "trois": 3, "tres": 3, "tre": 3, "trzy": 3, "drie": 3,
               "four": 4, "vier": 4, "quatre": 4, "cuatro": 4, "quattro": 4}


def battery_count(low: str):
    """How many batteries a (lower-case) title's kit comes with, or None."""
    if "ah" not in low and "akku" not in low and "batter" not in low and "bater" not in low and "accu" not in low \
            and "akumul" not in low:
        return None
    times = [int(m.group(1) or m.group(2)) for m in _BATT_TIMES.finditer(low)]
    if len(times) > 1:
        return None  # ("1x 4,0 Ah + 1x 2,0 Ah": two packs of batteries)
    counts = set(times)
    for m in _BATT_COUNTED.finditer(low):
        g = m.group(1)
        counts.add(int(g) if g.isdigit() else _COUNT_WORD[g])
    if not counts and _BATT_ONE.search(low):
        counts.add(1)
    return next(iter(counts)) if len(counts) == 1 else None


def read(facets: dict, title, colour_of, ambiguous, kinds=None) -> None:
    """Adds the keys above to an offer's facets (``facets.add_offer_facets``).
    (Each pattern runs only on a title holding the characters it needs: most hold none.)"""
    if not isinstance(title, str) or not title:
        return
    low = title.lower()
    digit = _HAS_DIGIT(title) is not None
    hints = _hints(low)
    shoe = set()
    if digit:
        if _MW_DIGIT(low):
            for m in _SHOE_PAIR.finditer(title):
                g1, n1, g2, n2 = m.group(1).lower(), m.group(2), m.group(3).lower(), m.group(4)
                if g1 != g2:
                    shoe.add(("pair", n1 if g1 == "m" else n2))
        if ((("foot" in hints or "cut" in hints) and _FOOTWEAR_ANY(low)) or ("," in title and _WIDTH_SEGMENT.search(title))):
            for m in _SHOE_WIDTH.finditer(title):
                w = m.group(2)
                if len(w) == 1 and not w.isupper():
                    continue  # (a width letter is a capital: "10 m" is ten metres)
                shoe.add(("n", m.group(1)))
                shoe.add(("w", _WIDTH_OF[w.lower()]))
        if TYRE_HINT(title):
            ty = _tyres(title)
            if ty:
                facets[TYRE] = ty
        vi = viscosities(title)
        if vi:
            facets[VISCOSITY] = vi  # (session 34, hk34)
        te = _tb35.temperatures(title)
        if te:
            facets[_tb35.TEMPERATURE] = te  # (session 35, tb35: "Orbit +5°" / "Orbit -5°")
        bu = _dg37.bulb_facets(low)
        if bu:
            facets[_dg37.BULB] = bu  # (session 37, fxdg37: "H7 +130%" / "H7 +100%", "H4 Halogen" / "H4 LED")
        tb = _tb35.tyre_builds(low)
        if tb:
            facets[_tb35.TYRE_BUILD] = tb  # (session 35, tb35: "Clincher" / "Tubeless Ready")
        tt = _ou39.teeth(title)
        if tt:
            facets[_ou39.TEETH] = tt  # (session 39, ou39: "10-51T" / "10-45T", "52/36" = "52-36T")
        sh = _ou39.shimano_parts(low)
        if sh:
            facets[_ou39.SHIMANO] = sh  # (fxou39: "HB-M6010" / "FH-M6010", two parts of one group)
        ss = joined_sizes(title)
        if ss:
            facets[SIZE_SET] = ss  # (session 34, hk34)
        if "-" in low and THREAD_HINT(low):  # (session 29, speed29: the hint's "-" first)
            th = _threads(low)
            if th:
                facets[THREAD] = th
        if "area" in hints:
            area = {float(m.group(1).replace(",", "")) for m in _AREA.finditer(title)}
            if area:
                facets[AREA] = frozenset(area)
    if "cut" in hints:
        shoe.update(("cut", _CUT_OF[m.group(1)]) for m in _CUT.finditer(low))
    if " Hi" in title or " Lo" in title or " HI" in title or " LO" in title:
        shoe.update(("cut", _CUT_OF[m.group(1).lower()]) for m in _CUT_CAPS.finditer(title))
    if shoe:
        facets[SHOE] = frozenset(shoe)
    if "," in title:
        g = _garment_sizes(title)
        if g:
            facets[GARMENT] = g
    tc = _tail_colours(title, colour_of, ambiguous) if ("," in title or " - " in title) else _EMPTY
    if not tc and kinds is not None:
        tc = _closing_colours(low, colour_of, ambiguous, kinds, title)
    if tc:
        facets[TAIL_COLOUR] = tc
    sq_low = low
    if _sw42.SEASON_HINT(low):
        sq_low = _sw42.season_ordinals_read(low)  # (fxsw42: "the complete third season" is season 3 here too)
    if digit or sq_low != low:
        sq = _sequence(sq_low)
        if sq:
            facets[SEQ] = sq
    if "lamp" in hints or "house_lamp" in hints:
        li = lamp_facets(low)  # (session 32, hl32: a household lamp's base, light colour, glass)
        if li:
            facets[LIGHT] = li
    pl = _platforms(title, low, digit, hints)
    if pl:
        facets[PLATFORM] = pl
    if "kit" in hints:
        bc = battery_count(low)
        if bc is not None:
            facets[BATTERIES] = bc  # (session 34, hk34)
    if "cal" in low or "client" in low:
        ck = _sw42.cal_kinds(title)
        if ck:
            facets[_sw42.CAL] = ck  # (session 42, sw42: a client access licence per user or per device)
    bare = bare_or_kit(title, hints) if ("bare" in hints or "kit" in hints) else None
    if bare is not None:
        facets[BARE] = bare


_HAS_DIGIT = re.compile(r"\d").search
_FOOTWEAR_ANY = re.compile(r"\b(?:" + "|".join(sorted(_FOOTWEAR, key=len, reverse=True)) + r")\b").search


# the substrings each pattern of ``read`` needs, found in one scan of the lower-case
# title (most titles hold none: then no pattern runs)
_HINTS = {
    "bare": ("only", "ohne", "sans ", "sin ", "not incl", "solo", "nur ", "without", "bez ", "senza ", "zonder ",
             "sem ", "bare", "seule", "naked", "no batter", "no charger", "geen "),  # (s25, dedupe25: household24's "machine seule", "(Naked)")  # (s24, small24: "Bare Tool")  # (s13: "solo", "without"; s22, ml22a: Polish / Czech, Italian, Dutch, Portuguese)
    "kit": ("batter", "charger", "akku", "kit", "chargeur", "ladeger", "bater", "akumul", "accu",
            "cargador", "ah", "no batter", "no charger"),  # (s25, dedupe25: household24's kit - "+ 2x 5.0Ah")
    # (session 37, fxdg37: dg37's "no battery" / "no charger" / "geen accu" in ``_BARE`` had no hint - "(no battery)"
    # was never read; the trie matches the longest hint, so "no batter" is the kit's hint too)
    "area": ("sq", "square", "ft2", "\u00b2", "qm"),
    "cut": ("top", "cut"),
    "foot": ("sho", "boot", "sneak", "train", "clog", "sandal", "slipper", "loafer", "oxford", "run", "skate",
             "hiking", "walking", "heel", "pump", "mule", "flats", "moccasin", "schuhe", "chaussures", "zapatos",
             "scarpe", "top"),
    "plug": ("stecker", "plug", "prise", "enchufe", "spina", "version", "model"),
    "lamp": ("bulb", "lamp", "headl", "halogen", "xenon", "vision", "birne", "ampoule", "bombilla", "lampadina",
             "scheinwerfer", "breaker", " led"),
    # (session 32, hl32: the words ``home32.lamp_facets`` needs one of, besides the vehicle lamp's)
    "house_lamp": ("leuchtmittel", "spot", "strahler", "rowk", "lamp", "lumen", "lm", "ljusk"),
}
_HINT_OF: dict = {}
for _k, _hs in _HINTS.items():
    for _h in _hs:
        _HINT_OF.setdefault(_h, set()).add(_k)
# (as a trie: the same matches as the alternation longest first, half the time - ``regextrie``)
_HINT_RE = re.compile(literal_alternation(_HINT_OF))
del _k, _hs, _h


def _hints(low: str) -> set:
    out = set()
    for h in _HINT_RE.findall(low):
        out |= _HINT_OF[h]
    return out


_MW_DIGIT = re.compile(r"[mw] ?\d").search


def _base_families_differ(la, lb) -> bool:
    """(session 32, hl32) Two lamp bases of two families - Edison screw (E27 / E14), bayonet (B22), pin
    (GU10, GX53, MR16, R7s) -: "E27" against "E14" is left to the rival-token rule that reads it a
    number conflict already (``features``: the same letters, another number)."""
    fa = {_re_letters(v) for k, v in la if k == "base"}
    fb = {_re_letters(v) for k, v in lb if k == "base"}
    return fa.isdisjoint(fb)


def _re_letters(base: str) -> str:
    return base.rstrip("0123456789.").rstrip("0123456789.") or base


def _classes_disjoint(sa, sb, kind) -> bool:
    """Both name a value of ``kind`` and none in common."""
    va = {v for k, v in sa if k == kind}
    if not va:
        return False
    vb = {v for k, v in sb if k == kind}
    return bool(vb) and va.isdisjoint(vb)


def conflicts(fa: dict, fb: dict, out: list) -> None:
    """Appends to ``out`` (``facets.conflicts``' list) the facet kinds on which
    the keys ``read`` added disagree, each kind once."""
    sa, sb = fa.get(SHOE), fb.get(SHOE)
    if sa and sb and "dims" not in out:
        if any(_classes_disjoint(sa, sb, k) for k in ("pair", "n", "w", "cut")):
            out.append("dims")
    ta, tb = fa.get(TYRE), fb.get(TYRE)
    if ta and tb and "dims" not in out and any(_classes_disjoint(ta, tb, k) for k in ("size", "service")):
        out.append("dims")
    ca_, cb_ = fa.get(BATTERIES), fb.get(BATTERIES)
    if ca_ is not None and cb_ is not None and ca_ != cb_ and "pack" not in out:
        out.append("pack")  # (session 34, hk34: "mit 2,0 Ah Akku" / "mit 2 Akkus 2,0 Ah")
    za, zb = fa.get(SIZE_SET), fb.get(SIZE_SET)
    if (za or zb) and not (za and zb) and "pack" not in out:
        # (session 34, hk34: "set 24 + 28 cm" / "28 cm")
        if _piece_of_set(za, fb.get("_cleaned")) if za else _piece_of_set(zb, fa.get("_cleaned")):
            out.append("pack")
    va, vb = fa.get(VISCOSITY), fb.get(VISCOSITY)
    if va and vb and va.isdisjoint(vb) and "dims" not in out:
        out.append("dims")  # (session 34, hk34: "0W-30" / "5W-30")
    va, vb = fa.get(_tb35.TEMPERATURE), fb.get(_tb35.TEMPERATURE)
    if va and vb and va.isdisjoint(vb) and "dims" not in out:
        out.append("dims")  # (session 35, tb35: a sleeping bag's "+5°" / "-5°")
    va, vb = fa.get(_dg37.BULB), fb.get(_dg37.BULB)
    if va and vb and "version" not in out and _dg37.bulbs_apart(va, vb):
        out.append("version")  # (session 37, fxdg37: a bulb's "+130%" / "+100%", "Halogen" / "LED": ``dg37``)
    va, vb = fa.get(_tb35.TYRE_BUILD), fb.get(_tb35.TYRE_BUILD)
    if va and vb and va.isdisjoint(vb) and "dims" not in out:
        out.append("dims")  # (session 35, tb35: a clincher / a tubeless tyre)
    if "dims" not in out and _ou39.teeth_apart(fa, fb):
        out.append("dims")  # (session 39, ou39: a cassette's "10-51T" / "10-45T")
    if "version" not in out and "kind" not in out and _ou39.shimano_apart(fa, fb):
        # (fxou39: Shimano's "HB-M6010" front hub / "FH-M6010" rear freehub, ``ou39``; a clash of two parts'
        # kinds, its own conflict "kind" since session 40 - "version" before -, ``features.facet_flags``)
        out.append("kind")
    ha, hb = fa.get(THREAD), fb.get(THREAD)
    if ha and hb and ha.isdisjoint(hb) and "dims" not in out:
        out.append("dims")  # (session 24, small24: "5/16-18" / "3/8-16")
    ga, gb = fa.get(GARMENT), fb.get(GARMENT)
    if ga and gb and ga.isdisjoint(gb) and "dims" not in out:
        out.append("dims")
    aa, ab = fa.get(AREA), fb.get(AREA)
    if aa and ab and "dims" not in out and not any(abs(x - y) <= 0.03 * max(x, y) for x in aa for y in ab):
        out.append("dims")
    ca, cb = fa.get(TAIL_COLOUR), fb.get(TAIL_COLOUR)
    # (only where a side's colourway is an ambiguous colour word: two plain colours are
    # the colour facet's to compare)
    if (ca and cb and (_AMBIGUOUS in ca or _AMBIGUOUS in cb) and (ca - _AMB).isdisjoint(cb - _AMB)
            and "colour" not in out):
        out.append("colour")
    pa, pb = fa.get(PLATFORM), fb.get(PLATFORM)
    if pa and pb and "platform" not in out and any(_classes_disjoint(pa, pb, k)
                                                   for k in ("plug", "lamp", "media", "binding")):
        out.append("platform")
    if "edition" not in out and _sw42.cals_apart(fa, fb):
        out.append("edition")  # (session 42, sw42: "Server 2022 CAL - 5 User" / "- 5 Device")
    qa, qb = fa.get(SEQ), fb.get(SEQ)
    if qa and qb and "pack" not in out and _set_against_single(qa, qb):
        out.append("pack")  # (session 32, bm32: "Series 1-4" / "Series 4")
    la, lb = fa.get(LIGHT), fb.get(LIGHT)
    if la and lb:
        # (session 32, hl32: two lamp bases are two products, as two plugs are; two light colours or
        # two glasses of one lamp are two of its colours)
        if "platform" not in out and _classes_disjoint(la, lb, "base") and _base_families_differ(la, lb):
            out.append("platform")
        if "colour" not in out and (_classes_disjoint(la, lb, "tone") or _classes_disjoint(la, lb, "glass")):
            out.append("colour")
    ba, bb = fa.get(BARE), fb.get(BARE)
    if ba is not None and bb is not None and ba != bb and "pack" not in out:
        out.append("pack")
