"""Session 43 (mu43): musical instruments, studio audio, bicycles, camping and outdoor gear as two shops title
them (``benchmarks/pairs/mu43.jsonl``), by principle:

* **a string set's gauges in thousandths of an inch** - "10-46", "010-046", ".010-.046", "(.012-.053)": a shop
  prints the lightest and the heaviest string's gauge with or without the decimal point and the leading zero;
  one value.  Read only as a range of two gauges (the lightest 7 - 60, the heaviest 15 more or more, up to 150
  for a bass set), and only where the range is written in thousandths (a dot or a zero opening each side): "10-46"
  itself is left as it is, so other ranges ("10-20 kg") read nothing new.
* **a gear kind in the shops' languages** - "Effektpedal", "Kondensatormikrofon", "Studiokopfhörer",
  "Synthesizer" / "synthétiseur", "Digitalpiano", "Taschenlampe" / "flashlight" / "linterna", "Sturmkocher" /
  "réchaud", "Gaskartusche", "Plektren": each word the tables did not know was an identifying word only one
  title printed ("MXR M300 Reverb" / "Dunlop MXR M-300 Reverb *Effektpedal*"), so one pedal titled in German
  and English was two products.  A kind one title names is excused, two kinds still differ, as ``office41``'s
  kinds.  (Not "tent": ``lingua`` keeps it a word of the name, as a Coleman match taught.)
* **a size letter and its spelled word** - "Helmet Matte Black *M*" / "Helmet - *Medium*, Matte Black": a lone
  garment size letter (S, M, L) closing a run of words is read by ``mends34.model_letter_one_side`` as the
  maker's letter of another model ("KIDFIX *M*"); where the other title spells that very size ("Small",
  "Medium", "Large" and their languages' words) the letter is the size (``size_spelled``).

A leaf module: ``titles`` asks ``gauges_read`` of a lower-case title holding a gauge's shape; ``mends34`` asks
``size_spelled``; ``wordclass`` passes itself to ``install``.
"""

from __future__ import annotations

import re as _re

from .co40 import PLAIN_COLOUR_CODES  # (a leaf module: the colour codes glued to a model, "BK", "WH")

# ---------------------------------------------------------------- a string set's gauges
# ".010-.046", "010-046", ".010 - .046", "(.012-.053)", ".045-.105": each side a gauge in thousandths written
# with its dot or its leading zero (the heaviest gauge of a bass set has three digits: ".105")
_GAUGES = _re.compile(r"(?<![\w.,/-])(?:\.|0)?\.?0?(\d{1,2})\s?[-/\u2013]\s?(?:\.0?|0)(\d{2,3})(?![\w/-]|[.,]\d)")
_GAUGE_HINT = _re.compile(r"(?:\.|(?<![\w.,])0)\d").search


def _gauge_repl(m) -> str:
    raw = m.group(0)
    lo, hi = int(m.group(1)), int(m.group(2))
    # written in thousandths on the light side too (".010", "010"), a lightest string's gauge, a heavier one
    if not (raw.lstrip()[:1] in ".0" and 7 <= lo <= 60 and lo + 15 <= hi <= 150):
        return raw
    return f"{lo}-{hi}"


def gauges_read(s: str) -> str:
    """``s`` (a lower-cased title) with a string set's gauges written in thousandths read as the plain range:
    ".010-.046" / "010-046" -> "10-46", "(.012-.053)" -> "(12-53)"; any other text as it is."""
    if not _GAUGE_HINT(s):
        return s
    return _GAUGES.sub(_gauge_repl, s)


def GAUGE_HINT(s: str) -> bool:
    return ".0" in s or "-.0" in s or "010" in s or "009" in s or "011" in s or "012" in s or "013" in s


# ---------------------------------------------------------------- a size letter and its spelled word
_SPELLED = {
    "s": frozenset("small klein petit petite pequeno pequena piccolo piccola".split()),
    "m": frozenset("medium mittel moyen moyenne mediano mediana medio media".split()),
    "l": frozenset("large gross grosse grand grande groot".split()),
}


def size_spelled(c: str, other_words) -> bool:
    """Is the lone letter ``c`` a garment size (S, M, L) the other title spells ("Medium", "Large",
    "mittel")?  Then it names that size, no model's letter."""
    sp = _SPELLED.get(c)
    return sp is not None and not sp.isdisjoint(other_words)


# ---------------------------------------------------------------- gear kinds in the shops' languages
# Folded as ``titles`` folds them ("Studiokopfhörer" -> "studiokopfhorer").  Left out on purpose: "tent"
# (``lingua``: a word of a tent's name), "pump" (a lotion's pump, a breast pump), "interface" / "monitor" /
# "controller" / "computer" alone (phrases), "torch" alone (a blowtorch, a brand), "gas" alone.
_KINDS = {
    "pedal": "effektpedal effektpedale effektgerat bodeneffekt bodeneffektgerat effektpedaal",
    "microphone": "kondensatormikrofon gesangsmikrofon instrumentenmikrofon studiomikrofon dynamikmikrofon "
                  "microfono microfone mikrofonen",
    "headphones": "studiokopfhorer",
    "synthesizer": "synthesizer synthesizers synthesiser synthesisers synthetiseur synthetiseurs sintetizzatore "
                   "sintetizador synthesizeur",
    "digital piano": "digitalpiano digitalpianos digitale-piano pianoforte-digitale",
    "turntable": "turntable turntables plattenspieler",
    "flashlight": "flashlight flashlights taschenlampe taschenlampen linterna linternas torcia zaklamp "
                  "zaklampen latarka",
    "stove": "sturmkocher campingkocher rechaud hornillo fornello fornellino spirituskocher",
    "gas canister": "gaskartusche gaskartuschen schraubkartusche ventilkartusche",
    "plectrum": "plektren plektrum plektron plettri plettro puas mediators mediator",
    "strings": "saitensatz gitarrensaiten",
}
_KIND_PHRASES = {
    "synthesizer": ("analog synthesizer", "analogue synthesizer", "analog synth", "analogue synth"),
    "digital piano": ("digital piano", "piano numerique", "piano digital", "pianoforte digitale",
                      "digitale piano"),
    "audio interface": ("audio interface", "interface audio", "usb audio interface", "usb-audio-interface",
                        "audio-interface", "scheda audio", "interfaz de audio"),
    "studio monitor": ("studio monitor", "studio monitors", "powered studio monitor", "active studio monitor",
                       "studiomonitor", "moniteur de studio", "monitor de estudio", "monitor da studio"),
    "flashlight": ("lampe torche", "rechargeable torch", "led torch", "outdoor torch"),
    "stove": ("storm cooker", "stormkoker"),
    "gas canister": ("gas cartridge", "gas canister", "cartouche de gaz", "cartucho de gas"),
    "strings": ("guitar strings", "electric guitar strings", "acoustic guitar strings", "bass strings",
                "cordes guitare", "cuerdas guitarra", "corde chitarra"),
    "electric guitar": ("electric guitar", "e-gitarre", "guitare electrique", "chitarra elettrica",
                        "guitarra electrica", "elektrische gitaar"),
}


# a microphone's polar pattern and its transducer, each one value in the shops' languages: one title naming it
# describes the microphone the other names by its model ("AT-2020 Kondensatormikrofon *Niere*" / "AT2020"),
# two titles naming two values name two microphones ("Cardioid" / "Omni", "Dynamic" / "Condenser")
_SPECS = {
    "polar pattern": {
        "cardioid": "cardioid niere nierencharakteristik cardioide kardioid",
        "supercardioid": "supercardioid superniere hypercardioid hyperniere hypernier supercardioide",
        "omni": "omnidirectional omnidirektional omnidirectionnel omnidireccional omnidirezionale",
    },
    "transducer": {
        "dynamic": "dynamic dynamisch dynamisches dynamique dinamico",
        "condenser": "condenser kondensator condensateur condensador condensatore",
    },
}


def install(W) -> None:
    """Merge the tables into ``wordclass`` (``W``); free words only (``word_taken``), as every block."""
    W.install_block(_KINDS, _KIND_PHRASES, specs=_SPECS)


# ---------------------------------------------------------------- a size range spelled out
# "Large/X-Large", "Small/Medium", "X-Small/Small": a range of two spelled sizes joined by a slash is the size
# range another shop writes in letters ("L/XL", "S/M") - one value; only spelled sizes on both sides of the
# slash, so "Medium Roast" or a lone "Large" are left as they are
_SPELL_LETTER = {"x-small": "xs", "xsmall": "xs", "extra small": "xs", "small": "s", "medium": "m", "large": "l",
                 "x-large": "xl", "xlarge": "xl", "extra large": "xl", "xx-large": "xxl", "xxlarge": "xxl"}
_SPELL = r"(x-small|xsmall|extra small|small|medium|large|x-large|xlarge|extra large|xx-large|xxlarge)"
_SPELLED_RANGE = _re.compile(r"(?<![\w/-])" + _SPELL + r"\s?/\s?" + _SPELL + r"(?![\w/-])")


def SIZE_RANGE_HINT(s: str) -> bool:
    return "/" in s and ("small" in s or "large" in s or "medium" in s)


def size_ranges_read(s: str) -> str:
    """``s`` (a lower-cased title) with a spelled size range written in letters: "large/x-large" -> "l/xl"."""
    return _SPELLED_RANGE.sub(lambda m: _SPELL_LETTER[m.group(1)] + "/" + _SPELL_LETTER[m.group(2)], s)


# ---------------------------------------------------------------- a drivetrain's speed count
# French shops write a cassette's or a chain's speeds "11V" (vitesses): in a title naming a drivetrain part the
# "V" after a count of 5 - 13 is no volt (a cassette has no voltage); read as the "speed" other shops print
_DRIVETRAIN = _re.compile(r"cassette|kassette|cassetta|casete|chaine|cha\u00eene|kette|catena|cadena|ketting|"
                          r"derailleur|d\u00e9railleur|schaltwerk|deragliatore|desviador|pignons|chain|"
                          r"(?<![\w-])(?:cs|cn)-[a-z]{1,2}\d").search
_SPEED_V = _re.compile(r"(?<![\w.,-])([5-9]|1[0-3])\s?(?:v|vit)(?![\w.-])")


def SPEED_HINT(s: str) -> bool:
    return "v" in s and _DRIVETRAIN(s) is not None


def speeds_read(s: str) -> str:
    """``s`` (a lower-cased title naming a drivetrain part) with "11v" read as "11-speed"."""
    return _SPEED_V.sub(lambda m: m.group(1) + "-speed", s)


_SIZE_LETTERS = frozenset("xxs xs s m l xl xxl xxxl".split())


def size_range_after(raw, num: str, letter: str) -> bool:
    """Does the raw title print the garment size letter ``letter`` after the number ``num`` as the first size
    of a range of letters ("Talon 22 S/M", "Atmos AG 65 L/XL")?  Then it is the size, no model's letter
    (``variants.lettered_model_differs``)."""
    if letter not in _SIZE_LETTERS or type(raw) is not str or "/" not in raw:
        return False
    return _re.search(r"(?<![\w.-])" + _re.escape(num) + r"\s" + letter + r"\s?/\s?(?:xxs|xs|s|m|l|xl|xxl|xxxl)"
                      r"(?![\w/-])", raw, _re.I) is not None


# ---------------------------------------------------------------- a range is no count
# "D'Addario EXL110 10-46" / "EXL110 10-46 10-Pack": the "10" of the gauges' range was read as the other title
# printing the multipack's count, so the single set and the ten-pack were one product.  Two numbers joined by a
# hyphen - a string set's gauges, a cassette's teeth, a tyre's ETRTO, an age range - are a range's ends, no count
# of anything (``facets._numbers_printed``, asked only where a multipack's count is checked)
_RANGE = _re.compile(r"(?<![\w.])\d{1,4}\s?-\s?\d{1,4}(?![\w.]|-\d)")


def ranges_dropped(cleaned: str) -> str:
    """A cleaned title with its number ranges ("10-46", "11-30") blanked."""
    return _RANGE.sub(" ", cleaned)


# ---------------------------------------------------------------- a decimal without its leading zero
# ".60mm", ".88 mm", ".5 in": a shop drops the zero before the decimal point of a measure under one ("Tortex
# Standard Picks .60mm" / "0.60 mm"); read as the decimal other shops print, so two thicknesses are two values
# and one thickness one.  Only right before a unit of length, weight or volume (".88" alone, "418P.88", "v.2" are
# left as they are)
_BARE_DECIMAL = _re.compile(r"(?<![\w.,])\.(\d{1,3})(?=\s?(?:mm|cm|in|inch|oz|ml|l|g|kg|lb|lbs|\")(?![a-z]))")


def BARE_DECIMAL_HINT(s: str) -> bool:
    return " ." in s or "(." in s or ",." in s or s[:1] == "."


def bare_decimals_read(s: str) -> str:
    """``s`` (a lower-cased title) with ".60mm" read as "0.60mm"."""
    return _BARE_DECIMAL.sub(lambda m: "0." + m.group(1), s)


# ---------------------------------------------------------------- two sizes closing two titles
# "Rab Neutrino 400 Down Sleeping Bag Regular" / "... Sleeping Bag Long", "NeoAir XLite NXT Regular" / "... Large":
# a sleeping bag's, a mat's or a garment's length or width closing each title after a word both print, each
# title its own size word the other never prints (``wordclass.SIZE_PHRASE_WORDS``: "regular", "long", "short",
# "wide", "large", ...) - two sizes of one line.  "Regular" and "Normal" are one size.
_ONE_SIZE = frozenset(("regular", "normal"))


def closing_sizes_apart(xa, xb, size_words) -> bool:
    """Do two titles' words (``Prepared.words``) close on two different size words, each after a word the other
    prints, and does neither print the other's size word?"""
    if len(xa) < 2 or len(xb) < 2:
        return False
    x, y = xa[-1], xb[-1]
    if x == y or x not in size_words or y not in size_words or (x in _ONE_SIZE and y in _ONE_SIZE):
        return False
    sa, sb = set(xa), set(xb)
    return x not in sb and y not in sa and xa[-2] in sb and xb[-2] in sa


# ---------------------------------------------------------------- a kind excused only where it parts nothing else
# (session 43, fxmu43) A kind of this module's tables one title prints ("Korg minilogue xd *Synthesizer*") is
# excused only where the other title prints no word the kind's title lacks.  attack43a: "Korg minilogue xd
# Synthesizer" / "... xd *Module*", "Strymon Flint Effektpedal" / "Strymon Flint *V2*", "Rode NT5
# Kondensatormikrofon" / "Rode NT5 *Matched Pair*", "Flashback 2 Delay Effektpedal" / "Flashback 2 *X4* Delay":
# the foreign kind word was the one word parting them, and excusing it showed an older leniency to a one-sided
# word after the model (a form, a revision, a count of units: ``pageids`` reads none of them as identifying).
# A word the other title prints counts unless the kind's title prints it (or its letters, "AT-2020" / "AT2020"),
# or it is a function or filler word, a kind, a spec value or a colour.
_KIND_WORDS = frozenset(w for ws in _KINDS.values() for w in ws.split())
COLOUR_OF: dict = {}  # (``facets.COLOUR_OF``, set by ``facets`` once built: this module imports no matcher module)


def kind_excused(w: str, p, other, W) -> bool:
    """May ``w``, a kind word of p's title the other title never prints, be excused?  Yes for any kind of
    another table; for this module's kinds only where the other title prints no word p's title lacks."""
    if w not in _KIND_WORDS:
        return True
    return not _other_word(p, other, W)


def _other_word(p, other, W) -> bool:
    of = p.wordset
    joined = "".join(p.words)
    for v in other.words:
        if v in of or v in W.FUNCTION or v in W.FILLER or v in W.CATEGORY or v in W._SPEC_OF:
            continue
        if v in COLOUR_OF:
            continue
        if (len(v) >= 3 or v.isdigit()) and v in joined:
            continue  # ("AT-2020" / "AT2020": the letters the other prints)
        return True
    return False


# (session 43, fxmu43) The same where a model both print stands beside the kind: "Fenix PD36R Taschenlampe" /
# "Fenix PD36R *V2.0*", "Rode NT1 Kondensatormikrofon" / "Rode NT1*-A*", "Audio-Technica AT2020
# Kondensatormikrofon" / "... AT2020 *USB-X*", "Korg microKORG Synthesizer" / "Korg microKORG *S*": the kind
# word stood in the slot after the model where the other title prints its variant (a revision, a letter, a
# form, a count of units), and read as a kind it left that slot one-sided.  A pair where one title prints a
# kind of this module the other never names is apart where either title prints, right after a word both
# print, a word the other lacks - a letter or a short code too, no spec value, colour or kind ("AT-2020
# Kondensatormikrofon *Niere*" / "AT2020" is one microphone; "*Dunlop* MXR M-300 Reverb" opens the title).
_KIND_OF = {w: k for k, ws in _KINDS.items() for w in ws.split()}


def _kinds_of(ws) -> set:
    return {_KIND_OF[w] for w in ws if w in _KIND_OF}


def _after_shared_lacking(x, y, W) -> bool:
    """Does title ``x`` print, right after a word title ``y`` prints too, a word ``y`` lacks?"""
    ys = y.wordset
    joined = "".join(y.words)
    ws = x.words
    for i in range(1, len(ws)):
        v = ws[i]
        if v in ys or ws[i - 1] not in ys or v in _KIND_OF or v in COLOUR_OF:
            continue
        if v in W.CATEGORY or v in W._SPEC_OF:
            continue
        if len(v) > 2 and (v in W.FUNCTION or v in W.FILLER):
            continue
        if (len(v) >= 3 or v.isdigit()) and v in joined or ws[i - 1] + v in joined:
            continue  # ("AT-2020" / "AT2020": the letters the other prints)
        if v.isdigit():
            continue  # (a spec's number, "37-Key 4-Voice": the numbers are compared as numbers)
        c = PLAIN_COLOUR_CODES.get(v)
        if c is not None and any(COLOUR_OF.get(u) == c for u in ys):
            continue  # ("Roland FP-30X BK" / "Roland FP-30X Digitalpiano schwarz": the colour's code)
        return True
    return False


def kind_slot_apart(a, b, W) -> bool:
    """Does one title print a kind of this module the other never names, and either title a word after a
    word both print that the other lacks?"""
    ka, kb = _kinds_of(a.words), _kinds_of(b.words)
    if ka == kb or (ka and kb):
        return False
    if W._kinds_named(b if ka else a):
        return False  # (the other names a kind in words of another table: "ATH-M50x ... Monitor Headphones")
    return _after_shared_lacking(a, b, W) or _after_shared_lacking(b, a, W)
