"""(session 40, av40) One model written in two notations: cameras, audio, PC
parts and tools.  A leaf module: it imports nothing of the matcher.

* **a generation in one notation**: an "M2" closing a maker's code of letters and
  digits ("DC-S5M2", "ILCE-7RM5", "DSC-RX100M7", "ZV-E10M2") is the roman numeral
  the other shops print after the name ("S5 II", "7R V", "RX100 VII"; ``generation_read``,
  called from ``titles._clean_pre`` on the lower-cased text), which the matcher reads
  against "2" and against another numeral ("II" / "III"); not after a number alone
  ("25m2" is an area), nor after an "X" ("WH-1000XM5" is the name itself), nor with
  more letters after it ("DC-S5M2X" is another camera).  And an ordinal generation
  before "Gen" / "Generation" ("(2nd Gen)", "5th Generation") is the numeral or
  number the other title prints ("Flex II", "Flex 2"): its words are no identifying
  words against it (``ordinal_generation_words``, from ``facets.identifying_ids``)
  and the numeral no generation the other lacks (``ordinal_generation_in``, from
  ``relations.generation_misses``); "(2nd Gen)" against no generation, or against
  "III" / "3", stays apart.  The ordinal is not rewritten as a numeral in the text:
  two titles both printing "5th Gen" share those words, and "AirPods Pro (2nd
  generation)" / "AirPods Pro 2" is read as before.
* **a describing spec on one side only** (``describing_words``, from
  ``facets.identifying_ids``): where both titles print the same specific model
  name - a word of letters and digits both share, "x-t5", "ms170", "hd600" -, a
  spec that describes that model rather than choosing among its versions is no
  identifying word when only one title prints it: a sensor's megapixels, an
  engine's displacement (cc), a processor's clock (GHz), a mouse's DPI, a
  battery's cold-cranking amps, a drive's MB/s; a camera's sensor format (APS-C,
  FX, DX, full frame); a chainsaw's fuel ("gas", "petrol"); how a headphone or a
  microphone is built ("open back", "over-ear", "large-diaphragm", "condenser",
  "cardioid"); a monitor's "powered" / "active"; marketing's "reference",
  "audiophile"; a drive's "3D NAND".  These are read off the model: no shop
  sells an X-T5 of another megapixel count or an MS 170 of another
  displacement.  A capacity, size, count, voltage, wattage, memory speed (MHz)
  or colour on one side only stays identifying (it chooses a version: "1TB" /
  "2TB", "4.0Ah" / "5.0Ah", "6000MHz" / "5600MHz"), and so does a connection
  ("USB", "XLR": "AT2020" / "AT2020USB+").

(session 40, fxav40, attack40a) Narrowed: a describing word is excused only of the kinds it describes and
where the other title prints no value of its dimension, or one of its own group ("DX" / "FX", "APS-C" / "Full
Frame" are two lenses; "FX" / "Full Frame" one camera; ``_excused``); a drive's "3D NAND" / "TLC" only where
the other title carries no maker's code the describing one lacks ("WD Blue 3D NAND" / "WD Blue ... WDS100T1B0B"
is another generation); "(2nd Gen)" is the other's "II" or "Gen 2", not a bare "2" after a line's name ("Ring
Video Doorbell 2" names Ring's model); an "M2" after three digits of an unhyphenated code is a power tool's kit
("DCD796M2": two 4.0Ah batteries), no generation.
"""

from __future__ import annotations

import re

_ROMAN = {"1": "i", "2": "ii", "3": "iii", "4": "iv", "5": "v", "6": "vi", "7": "vii", "8": "viii", "9": "ix"}

# "dc-s5m2", "ilce-7rm5", "dsc-rx100m7", "zv-e10m2": a maker's code of letters and digits closed by "m" and a
# digit (not after an "x": "wh-1000xm5" names the model)
_M_CLOSING_CODE = re.compile(r"(?<![\w.-])([a-z]{1,5}-?[a-z]{0,3}\d{1,4}[a-wyz]?)m([1-9])(?![\w.])")


def generation_read(s: str) -> str:
    """``s`` (lower-case) with an "M2" closing a maker's code written as the roman numeral ("dc-s5m2" ->
    "dc-s5 ii") - see the module's text."""
    if _M_HINT(s):
        s = _M_CLOSING_CODE.sub(_generation_of, s)
    return s


# (a necessary condition of ``_M_CLOSING_CODE``, led by no literal: a digit, a letter at most, "m", a digit -
# 138 of 10,126 test titles; the pattern itself tried at every position of the 7,288 with an "m" cost ~2 us a
# title on the cleaner's path, review of session 40)
_M_HINT = re.compile(r"\d[a-wyz]?m[1-9]").search


# (session 40, fxav40) a power tool's kit suffix: "M2" right after three digits of an unhyphenated code
# ("DCD796M2", "DCF887M2", "DCK299M2": DeWalt's two 4.0Ah batteries) names the kit, not a generation
_KIT_CODE = re.compile(r"^[a-z]+\d{3,}$")


def _generation_of(m) -> str:
    code = m.group(1)
    if "-" not in code and _KIT_CODE.match(code):
        return m.group(0)
    return code + " " + _ROMAN[m.group(2)]


# ---------------------------------------------------------------- an ordinal generation against a numeral
_ORDINAL = re.compile(r"^([1-9])(?:st|nd|rd|th)$")
_GEN_WORDS = frozenset({"gen", "generation"})
_NUMERAL_OF = {v: k for k, v in _ROMAN.items()}
NUMERALS = frozenset(_NUMERAL_OF)


def _ordinal_generations(p) -> dict:
    """{number: ordinal word} of the ordinals p's title prints right before "gen" / "generation"."""
    ws = p.words
    out = {}
    for i in range(len(ws) - 1):
        m = _ORDINAL.match(ws[i])
        if m and ws[i + 1] in _GEN_WORDS:
            out[m.group(1)] = ws[i]
    return out


def _number_as_generation(n: str, p) -> bool:
    """(session 40, fxav40) Does p's title print the number ``n`` as a generation - next to "Gen" /
    "Generation" ("(Gen 3)", "Gen3", "3 Gen") - rather than bare after the line's name ("Ring Video Doorbell
    2": a number there is often the model's own name, not its generation)?"""
    ws = p.words
    if "gen" + n in p.wordset:
        return True
    for i, w in enumerate(ws):
        if w == n and ((i > 0 and ws[i - 1] in _GEN_WORDS) or (i + 1 < len(ws) and ws[i + 1] in _GEN_WORDS)):
            return True
    return False


def ordinal_generation_in(w: str, p, other=None) -> bool:
    """Does p's title print the generation ``w`` ("ii", "2") of the ``other`` title as an ordinal before "Gen"
    ("2nd Gen", "(2nd generation)")?  (``relations.generation_misses``: "Flex II" / "Flex (2nd Gen)" name one
    generation; a bare number, "Ring Video Doorbell 2", only where ``other`` prints it as a generation, "Gen 2".)"""
    n = _NUMERAL_OF.get(w, w)
    if n not in _ordinal_generations(p):
        return False
    return w in _NUMERAL_OF or other is None or _number_as_generation(n, other)


def ordinal_generation_words(ids, p, other) -> frozenset:
    """The words of ``ids`` that are p's ordinal generation ("2nd", "gen") where the other title prints that
    generation as a numeral ("Flex II") or as a number next to "Gen" ("Gen 3"), and no ordinal generation of
    its own ("Flex (2nd Gen)" / "Flex II"; "Ring Video Doorbell (2nd Gen)" / "Ring Video Doorbell 2" stays
    apart: a bare number after the line's name is often the model's own name)."""
    gens = _ordinal_generations(p)
    if not gens or _ordinal_generations(other):
        return frozenset()
    out = set()
    for n, word in gens.items():
        if _ROMAN[n] in other.wordset or (n in other.wordset and _number_as_generation(n, other)) \
                or "gen" + n in other.wordset:
            out.add(word)
            out.update(ids & _GEN_WORDS)
    return frozenset(out & ids)


# ---------------------------------------------------------------- describing specs on one side only
# (numbers with a unit that describes the model: megapixels, cubic centimetres, gigahertz, dots per inch,
# cold-cranking amps, megabytes a second)
_DESCRIBING_UNIT = re.compile(r"^\d+(?:[.,]\d+)?(?:mp|mpx|megapixels?|cc|ghz|dpi|cca|mbs|mb/s|mbps)$")
DESCRIBING_WORDS = frozenset(
    # a camera's sensor format
    "aps apsc c fx dx fullframe full frame "
    # a chainsaw's or a mower's fuel
    "gas petrol "
    # how a headphone is built
    "open closed back over ear "
    # how a microphone is built
    "large diaphragm condenser cardioid "
    # a monitor speaker's amplifier
    "powered active nearfield near field "
    # marketing's describing words
    "reference audiophile "
    # a drive's flash (session 40, fxav40: only where the other title carries no maker's code of its own -
    # ``_excused``)
    "3d nand tlc".split())
# (a letter alone is a sensor format's piece only beside "aps")
_NEEDS_APS = frozenset({"c"})


def _specific(w: str) -> bool:
    return len(w) >= 2 and any(c.isdigit() for c in w) and any(c.isalpha() for c in w) \
        and not _DESCRIBING_UNIT.match(w) and not re.match(r"^\d+(?:[.,]\d+)?[a-z]{1,3}$", w)


# (session 40, fxav40) Each describing word belongs to a dimension - a sensor's format, a saw's fuel, a
# headphone's back or fit, a microphone's capsule, size of diaphragm or pattern, a monitor's amplifier - whose
# values fall in groups of one value written in several ways ("FX" = "Full Frame" = "Vollformat", "DX" =
# "APS-C"): a describing word is excused only where the other title prints no value of its dimension, or one of
# its own group; two titles printing two groups ("DX" / "FX", "APS-C" / "Full Frame", "Open" / "Closed Back")
# name two products.  And each is read only of the kinds it describes: a sensor's format of a camera or a lens,
# a fuel of a saw or a garden tool, a build of a headphone or a microphone, an amplifier of a speaker.
_FORMAT, _FUEL, _BACK, _FIT, _CAPSULE, _DIAPHRAGM, _PATTERN, _AMP, _FIELD, _FLASH = (
    "format", "fuel", "back", "fit", "capsule", "diaphragm", "pattern", "amp", "field", "flash")
# dimension -> {group: words printing it}; a tuple is two neighbouring words
_VALUES = {
    _FORMAT: {"full": ("fx", "fullframe", ("full", "frame"), "ff", "vollformat", ("plein", "format"),
                       "kleinbild"),
              "aps": ("dx", "aps", "apsc", ("aps", "c")),
              "mft": ("mft", "m43", ("four", "thirds"))},
    _FUEL: {"gas": ("gas", "petrol", "gasoline", "benzin", "thermique"),
            "electric": ("electric", "elektro", "cordless", "akku", "battery", "corded")},
    _BACK: {"open": ("open", "offen", "offener", "ouvert"), "closed": ("closed", "geschlossen", "geschlossener",
                                                                        "fermé", "ferme")},
    _FIT: {"over": ("over", ("around", "ear"), "circumaural"), "on": (("on", "ear"), "onear", "supraaural"),
           "in": (("in", "ear"), "inear", "earbuds", "earbud")},
    _CAPSULE: {"condenser": ("condenser", "kondensator"), "dynamic": ("dynamic", "dynamisch", "dynamique"),
               "ribbon": ("ribbon", "bändchen")},
    _DIAPHRAGM: {"large": ("large",), "small": ("small",)},
    _PATTERN: {"cardioid": ("cardioid", "niere"), "other": ("supercardioid", "hypercardioid", "omni",
                                                            "omnidirectional", "bidirectional", "multipattern")},
    _AMP: {"powered": ("powered", "active", "aktiv", "aktiver", "aktive"), "passive": ("passive", "passiv",
                                                                                      "unpowered")},
    _FIELD: {"near": ("nearfield", ("near", "field")), "far": ("midfield", ("mid", "field"), "farfield")},
    _FLASH: {"3d": (("3d", "nand"), "vnand"), "tlc": ("tlc",), "qlc": ("qlc",), "mlc": ("mlc",), "slc": ("slc",)},
}
# describing word -> its dimension (None: no dimension - marketing's words)
_DIMENSION_OF = {
    "aps": _FORMAT, "apsc": _FORMAT, "c": _FORMAT, "fx": _FORMAT, "dx": _FORMAT, "fullframe": _FORMAT,
    "full": _FORMAT, "frame": _FORMAT,
    "gas": _FUEL, "petrol": _FUEL,
    "open": _BACK, "closed": _BACK, "back": _BACK, "over": _FIT, "ear": _FIT,
    "large": _DIAPHRAGM, "diaphragm": _DIAPHRAGM, "condenser": _CAPSULE, "cardioid": _PATTERN,
    "powered": _AMP, "active": _AMP, "nearfield": _FIELD, "near": _FIELD, "field": _FIELD,
    "reference": None, "audiophile": None,
    "3d": _FLASH, "nand": _FLASH, "tlc": _FLASH,
}
# the kinds a dimension describes: whole words, and pieces of compounds ("studiokopfhörer", "systemkamera")
_AUDIO_KINDS = ("headphone", "kopfhörer", "kopfhorer", "casque", "earphone", "headset", "cuffie", "auricular",
                "microphone", "mikrofon", "microfon", "microphone")
_SPEAKER_KINDS = ("speaker", "lautsprecher", "enceinte", "monitor", "subwoofer", "altavoz", "diffusore")
_KINDS = {
    _FORMAT: (("camera", "kamera", "caméra", "appareil", "mirrorless", "dslr", "objektiv", "objectif",
               "obiettivo", "objetivo", "fotocamera"), {"lens", "lenses", "body", "slr", "milc"}),
    _FUEL: (("chainsaw", "säge", "tronçonneuse", "mower", "mäher", "trimmer", "strimmer", "blower", "brushcutter",
             "cutter", "tiller", "generator", "edger", "auger", "washer"), {"saw", "saws"}),
    _BACK: (_AUDIO_KINDS, {"mic", "mics"}),
    _FIT: (_AUDIO_KINDS, {"mic", "mics"}),
    _CAPSULE: (_AUDIO_KINDS, {"mic", "mics"}),
    _DIAPHRAGM: (_AUDIO_KINDS, {"mic", "mics"}),
    _PATTERN: (_AUDIO_KINDS, {"mic", "mics"}),
    _AMP: (_SPEAKER_KINDS, set()),
    _FIELD: (_SPEAKER_KINDS, set()),
    _FLASH: (("ssd", "nvme", "drive", "festplatte", "disque", "solid"), set()),
    None: (_AUDIO_KINDS + _SPEAKER_KINDS + ("amplifier", "verstärker"), {"mic", "mics", "amp", "dac"}),
}


def _groups(words, dim) -> set:
    """The groups of dimension ``dim`` the word list ``words`` prints a value of."""
    ws = list(words)
    pairs = set(zip(ws, ws[1:]))
    wset = set(ws)
    out = set()
    for group, values in _VALUES[dim].items():
        for v in values:
            if (v in pairs) if isinstance(v, tuple) else (v in wset):
                out.add(group)
                break
    return out


def _of_kind(dim, words) -> bool:
    """Does the word list ``words`` name a kind of product dimension ``dim`` describes?"""
    pieces, whole = _KINDS[dim]
    return any(w in whole or any(k in w for k in pieces) for w in words)


def _excused(w: str, own, other, own_codes=frozenset(), other_codes=frozenset()) -> bool:
    """May the describing word ``w`` of the word list ``own`` stand against the word list ``other`` (which
    lacks it)?  A spec with a unit always; a word where the titles name a kind its dimension describes and the
    other prints no value of the dimension, or one of the same group ("FX" / "Full Frame").  A drive's flash
    ("3D NAND", "TLC") names a generation in some makers' lines ("WD Blue 3D NAND" / "WD Blue" WDS100T1B0B):
    only where the other title carries no maker's code the describing one lacks (its code may name the
    other generation)."""
    if _DESCRIBING_UNIT.match(w):
        return True
    if w not in _DIMENSION_OF:
        return False
    dim = _DIMENSION_OF[w]
    if not (_of_kind(dim, own) or _of_kind(dim, other)):
        return False
    if dim == _FLASH and set(other_codes) - set(own_codes):
        return False
    if dim is None:
        return True
    theirs = _groups(other, dim)
    return not theirs or theirs <= _groups(own, dim)


def describing_words(ids, p, other) -> frozenset:
    """The words of ``ids`` (p's identifying words, ones the other offer never prints) that are a describing
    spec of a model both titles name by the same specific word (see the module's text)."""
    cand = [w for w in ids if (w in DESCRIBING_WORDS or _DESCRIBING_UNIT.match(w)) and w not in other.wordset]
    if not cand:
        return frozenset()
    if not shared_specific(p, other):
        return frozenset()
    out = {w for w in cand if (w not in _NEEDS_APS or "aps" in p.wordset)
           and _excused(w, p.words, other.words, p.codes, other.codes)}
    return frozenset(out)


def _joined(words) -> set:
    """Two and three neighbouring words glued ("hd 600" -> "hd600", "z 6 ii" -> "z6ii")."""
    out = set()
    for i in range(len(words) - 1):
        out.add(words[i] + words[i + 1])
        if i + 2 < len(words):
            out.add(words[i] + words[i + 1] + words[i + 2])
    return out


def shared_specific(p, other) -> bool:
    """Do both titles name the model by one specific word - letters and digits - that both print, glued
    or spaced ("X-T5", "MS170" / "MS 170", "HD600" / "HD 600", "Z6II" / "Z 6 II")?"""
    shared = p.wordset & other.wordset
    if any(_specific(w) for w in shared):
        return True
    mine = [w for w in p.words if _specific(w)]
    theirs = [w for w in other.words if _specific(w)]
    if mine and not _joined(other.words).isdisjoint(mine):
        return True
    return bool(theirs) and not _joined(p.words).isdisjoint(theirs)


def _describing(w: str) -> bool:
    return (w in DESCRIBING_WORDS and w not in _NEEDS_APS) or _DESCRIBING_UNIT.match(w) is not None


def describing_one_side(sa, sb) -> bool:
    """Does one of two titles' word sets hold a describing word (or spec) the other lacks?"""
    return any(_describing(w) for w in sa ^ sb)


def without_describing(ws, other_ws, p=None, other=None) -> list:
    """``ws`` (head words of p's title) less the describing words (and specs) the other's head words
    ``other_ws`` never print, where they may stand on one side (``_excused``, on the titles' words)."""
    other_set = set(other_ws)
    own = p.words if p is not None else list(ws)
    theirs = other.words if other is not None else list(other_ws)
    codes = (p.codes if p is not None else (), other.codes if other is not None else ())
    return [w for w in ws if w in other_set or not _describing(w) or not _excused(w, own, theirs, *codes)]
