"""Session 39 (ou39): the trade notations of bicycle, outdoor, DIY, garden and car products read as one value.

A shop writes a part's size in its trade's notation, and two shops write the one value two ways; two values
of one line are two products:

* a cassette's or a crankset's teeth: "10-51T" = "10-51" = "10-51 Zähne" (a cassette: its smallest and its
  largest sprocket), "52-36T" = "52/36" = "36/52" (a double crankset's two chainrings).  Every cassette of a
  line comes in several ranges ("CS-M8100-12 10-51T" / "10-45T"; "PG-1130 11-36T" / "11-42T") and the maker's
  code names the line only, so two ranges are two products whatever code both print (kind "dims", as a
  tyre's size: a shared long code excuses no number the titles disagree on only in ``conflict:number``).
  Read with a teeth unit ("T", "teeth", "Zähne", "dents", "denti", "dientes", "tands") anywhere, and
  without one only in a title naming a cassette, a chainring or a crankset in the shops' languages; only
  sprocket counts (9 - 60 teeth) and two different ones, so "20-25c", "2-24 kg" or a year range read nothing.
* Shimano's component codes: the maker prints a kind prefix and a speed suffix around the group's model
  ("CS-M8100-12" is the 12-speed cassette of the XT M8100 group, "FC-R8000" the Ultegra R8000 crankset,
  "BR-M8100" its brake); shops drop both ("Deore XT M8100 12 speed cassette").  The prefix is the kind the
  title names in words, the suffix a speed count: ``shimano_codes`` reads "cs-m8100-12" as "m8100 12-speed"
  (only the maker's kind prefixes, only in a title naming Shimano, and only before a model of the maker's
  shape: a series letter or two and three or four digits), so the group's model is the code both print.

This module imports no matcher module (``raw_facets`` and ``titles`` call it).
"""

from __future__ import annotations

import re

from .lingua import zipf as _zipf  # (wordfreq's Zipf frequency, memoised; also ``en39``, ``xl39``)

_NONE = frozenset()

# (fxou39) a maker's short name that is a common English word ("nature" 5.0, "super", "royal": Zipf 4 or more,
# ten in a million words) shortens no name: it starts many ("Nature's Way" / "NatureWise"); a surname or a coined
# name is rarer ("norton" 3.75 - "Norton" / "NortonLifeLock" -, "conti" 2.8)
COMMON_ZIPF = 4.0

TEETH = "_s39_teeth"   # frozenset of teeth ranges, "10-51", "36-52" (smaller first)

_TEETH_UNIT = r"(?:t|teeth|tooth|z|zahne|z\u00e4hne|zaehne|dents|denti|dientes|tands|zebow|z\u0119b\u00f3w)"
_RANGE = r"(?<![\w.,/-])(\d{1,2})\s?[-/\u2013]\s?(\d{1,2})(?:\s?[-/\u2013]\s?(\d{1,2}))?"
_TEETH_WITH_UNIT = re.compile(_RANGE + r"\s?" + _TEETH_UNIT + r"(?![\w.,/-]|,\d)")
_TEETH_BARE = re.compile(_RANGE + r"(?![\w.,/-]|,\d|\s?(?:mm|cm|m|kg|g|v|ah|w|l|c|x|\"|%)\b)")
_COG_WORD = re.compile(
    r"cassette|kassette|cassetta|casete|cassete|cassetes|pignons|zahnkranz|ritzelpaket|sprocket|freewheel|"
    r"chainring|chain ring|kettenbl|kettenbla|kurbel|crankset|chainset|crank set|pedalier|p\u00e9dalier|"
    r"guarnitura|bielas|plato|plateau|corona|cranckset|kettingblad|crankstel|cassettes").search
_TEETH_HINT = re.compile(r"\d\s?[-/\u2013]\s?\d").search


def _range_of(m) -> str | None:
    ns = [int(g) for g in m.groups() if g]
    if any(n < 9 or n > 60 for n in ns) or len(set(ns)) < 2:
        return None
    return "-".join(str(n) for n in sorted(ns))


def teeth(title: str) -> frozenset:
    """The teeth ranges a raw title prints ("Cassette 12-Speed 10-51T" -> {"10-51"}; "chainset 52/36" ->
    {"36-52"}); the empty set for most titles."""
    if not isinstance(title, str) or not _TEETH_HINT(title):
        return _NONE
    low = title.lower()
    out = {r for r in map(_range_of, _TEETH_WITH_UNIT.finditer(low)) if r}
    if not out and _COG_WORD(low):
        out = {r for r in map(_range_of, _TEETH_BARE.finditer(low)) if r}
    return frozenset(out)


def teeth_apart(fa: dict, fb: dict) -> bool:
    """Both titles print a teeth range and none in common: two cassettes / cranksets."""
    ta, tb = fa.get(TEETH), fb.get(TEETH)
    return bool(ta and tb and ta.isdisjoint(tb))


# Shimano's kind prefixes: cassette, crankset, rear / front derailleur, brake (lever / caliper), shifter,
# dual control lever, chain, wheel, hub, pedal, bottom bracket, rotor, sprocket
_SHIMANO_CODE = re.compile(
    r"(?<![\w.-])(?:cs|fc|rd|fd|br|bl|sl|st|cn|wh|fh|hb|pd|bb|sm|rt)-([a-z]{1,2}\d{2,4}[a-z]?)(?:-(\d{1,2}))?(?![\w.]|-[a-z0-9])")
_SHIMANO_HINT = re.compile(r"(?<![\w.-])(?:cs|fc|rd|fd|br|bl|sl|st|cn|wh|fh|hb|pd|bb|sm|rt)-[a-z]{1,2}\d").search


def _shimano_repl(m) -> str:
    if m.group(2):
        n = int(m.group(2))
        if 8 <= n <= 13:
            return f"{m.group(1)} {n}-speed"
        return m.group(0)
    return m.group(1)


# (fxou39) the kind prefix is the product: "HB-M6010" is the M6010 group's front hub, "FH-M6010" its rear freehub,
# "BR-" / "BL-" the brake caliper / its lever, "ST-" / "SL-" a dual control lever / a shifter, "FD-" / "RD-" the
# front / rear derailleur.  ``shimano_codes`` drops the prefix (a shop names the kind in words), so the pair's
# raw titles keep it: {(model, prefix)} per title, and two titles printing one model under two prefixes only
# (none in common) are two parts of one group (``shimano_apart``, a ``raw_facets`` conflict).
SHIMANO = "_s39_shimano"   # frozenset of (model, kind prefix), ("m6010", "hb")
_SHIMANO_PART = re.compile(
    r"(?<![\w.-])(cs|fc|rd|fd|br|bl|sl|st|cn|wh|fh|hb|pd|bb|sm|rt)-([a-z]{1,2}\d{2,4}[a-z]?)(?![a-z0-9])")


def shimano_parts(low: str) -> frozenset:
    """The (model, kind prefix) of each Shimano component code a lower-cased raw title prints ("shimano deore
    hb-m6010 hub" -> {("m6010", "hb")}; a title naming Shimano only); the empty set for most titles."""
    if "shimano" not in low or not _SHIMANO_HINT(low):
        return _NONE
    return frozenset((m.group(2), m.group(1)) for m in _SHIMANO_PART.finditer(low))


def shimano_apart(fa: dict, fb: dict) -> bool:
    """Both titles print a Shimano code of one model and under no common kind prefix: two parts of one group
    ("HB-M6010" / "FH-M6010", "BR-M6100" / "BL-M6100", "ST-R2000" / "SL-R2000", "FD-M8100" / "RD-M8100")."""
    a, b = fa.get(SHIMANO), fb.get(SHIMANO)
    if not a or not b:
        return False
    for model in {m for m, _ in a} & {m for m, _ in b}:
        if {k for m, k in a if m == model}.isdisjoint({k for m, k in b if m == model}):
            return True
    return False


def shimano_codes(s: str) -> str:
    """``s`` (a lower-cased title) with Shimano's component codes written as the group's model: "cs-m8100-12"
    -> "m8100 12-speed", "fc-r8000" -> "r8000" (a title naming Shimano only)."""
    if "shimano" not in s or not _SHIMANO_HINT(s):
        return s
    return _SHIMANO_CODE.sub(_shimano_repl, s)


def _teeth_repl(m) -> str:
    r = _range_of(m)
    return f" {r} " if r else m.group(0)


def teeth_read(s: str) -> str:
    """``s`` (a lower-cased title) with a teeth range written one way, smaller first and no unit: "10-51t" /
    "10-51 zähne" -> "10-51", "52-36t" / "52/36" (in a title about a cassette or a crankset) -> "36-52"."""
    if not _TEETH_HINT(s):
        return s
    s = _TEETH_WITH_UNIT.sub(_teeth_repl, s)
    if _COG_WORD(s):
        s = _TEETH_BARE.sub(_teeth_repl, s)
    return s


# --------------------------------------------------------------------------------------------------
# kinds of bicycle, DIY and fitness parts in the shops' languages, the free words only (``wordclass.install_block``):
# a kind one title names is excused, two kinds still differ.  "Chainset" is the British crankset, "Kreissägeblatt"
# the circular saw blade, "Sägekette" the chainsaw's chain, "Kettenverschleißlehre" the chain checker,
# "Übungsband" the resistance band; a drill bit by what it drills (a metal bit is no wood bit).  Left out:
# "Schlauch" (the garden hose in the tables; a bicycle's inner tube too), "bougie" / "candela" (a candle).
# --------------------------------------------------------------------------------------------------
_KINDS = {
    "crankset": "chainset chainsets pedalier pedaliers crankstel",
    "metal drill bit": "metallbohrer hss-bohrer",
    "wood drill bit": "holzbohrer",
    "masonry drill bit": "steinbohrer betonbohrer",
    "circular saw blade": "kreissageblatt kreissageblatter",
    "chainsaw chain": "sagekette sageketten",
    "chain checker": "kettenverschleisslehre kettenlehre",
    "resistance band": "ubungsband widerstandsband fitnessband gymnastikband",
    "spark plug": "zundkerze zundkerzen",
}

_KIND_PHRASES = {
    "crankset": ("crank set", "jeu de pedalier"),
    "metal drill bit": ("metal drill bit", "metal drill bits", "drill bit for metal", "hss drill bit", "foret metal",
                        "foret a metaux", "punta per metallo", "punte per metallo", "broca para metal",
                        "wiertlo do metalu"),
    "wood drill bit": ("wood drill bit", "wood drill bits", "foret a bois", "punta per legno", "broca para madera",
                       "wiertlo do drewna"),
    "masonry drill bit": ("masonry drill bit", "masonry drill bits", "foret beton", "punta per muro",
                          "broca para hormigon", "wiertlo do betonu"),
    "circular saw blade": ("circular saw blade", "circular saw blades", "lame de scie circulaire",
                           "lama per sega circolare", "hoja de sierra circular", "tarcza do pilarki"),
    "chainsaw chain": ("chainsaw chain", "chain saw chain", "saw chain", "chaine de tronconneuse",
                       "catena motosega", "catena per motosega", "cadena de motosierra", "lancuch do pily"),
    "chain checker": ("chain checker", "chain wear indicator", "chain wear gauge", "chain wear tool",
                      "indicateur d usure de chaine", "calibro usura catena"),
    "resistance band": ("resistance band", "resistance bands", "exercise band", "exercise bands", "bande elastique",
                        "banda elastica", "banda de resistencia", "guma oporowa"),
    "spark plug": ("spark plug", "spark plugs", "bougie d allumage", "candela di accensione", "bujia de encendido",
                   "swieca zaplonowa"),
}


def install(W) -> None:
    """Merge the tables above into ``wordclass`` (``W``); free words only (as ``kitchen34.install``)."""
    W.install_block(_KINDS, _KIND_PHRASES, None)


def maker_shortened(w: str, p, other):
    """A maker's name the trade shortens, leading both titles ("Conti GP5000" / "Continental Grand Prix 5000",
    "Conti PremiumContact 6" / "Continental PremiumContact 6"): the first word of one title (five letters or
    more) is the start of the other's first word - written otherwise, 2 (``rewordings.STEPS``; prepared offers
    ``p`` / ``other`` with ``words``).  The leading word only: a name's start inside a title is another word."""
    ws, os_ = p.words, other.words
    if not ws or not os_ or ws[0] != w:
        return None
    o = os_[0]
    if not o.isalpha() or o == w:
        return None
    short, long_ = (w, o) if len(w) < len(o) else (o, w)
    if len(short) >= 5 and len(long_) > len(short) + 1 and long_.startswith(short):
        # (fxou39) a trade's shortening is a whole word of no language: "Nature's Way" / "NatureWise" are two
        # makers - "nature" a common English word, and a possessive (the cleaner's "s" after it) a name's start
        sws = ws if short == w else os_
        if len(sws) > 1 and sws[1] == "s":
            return None
        if _zipf(short, "en") >= COMMON_ZIPF:
            return None
        return 2
    return None
