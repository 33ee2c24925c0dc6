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
    if "m" in s:
        s = _M_CLOSING_CODE.sub(lambda m: m.group(1) + " " + _ROMAN[m.group(2)], s)
    return s


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


def ordinal_generation_in(w: str, p) -> bool:
    """Does p's title print the generation ``w`` ("ii", "2") as an ordinal before "Gen" ("2nd Gen",
    "(2nd generation)")?  (``relations.generation_misses``: "Flex II" / "Flex (2nd Gen)" name one
    generation.)"""
    n = _NUMERAL_OF.get(w, w)
    return n in _ordinal_generations(p)


def ordinal_generation_words(ids, p, other) -> frozenset:
    """The words of ``ids`` that are p's ordinal generation ("2nd", "gen") where the other title prints that
    generation as a numeral or a number and no ordinal generation of its own ("Flex (2nd Gen)" / "Flex II")."""
    gens = _ordinal_generations(p)
    if not gens or _ordinal_generations(other):
        return frozenset()
    out = set()
    for n, word in gens.items():
        if _ROMAN[n] in other.wordset or n in other.wordset:
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
    # a drive's flash
    "3d nand tlc".split())
# (a letter alone is a sensor format's piece only beside "aps")
_NEEDS_APS = frozenset({"c"})


def _specific(w: str) -> bool:
    return len(w) >= 2 and any(c.isdigit() for c in w) and any(c.isalpha() for c in w) \
        and not _DESCRIBING_UNIT.match(w) and not re.match(r"^\d+(?:[.,]\d+)?[a-z]{1,3}$", w)


def describing_words(ids, p, other) -> frozenset:
    """The words of ``ids`` (p's identifying words, ones the other offer never prints) that are a describing
    spec of a model both titles name by the same specific word (see the module's text)."""
    cand = [w for w in ids if (w in DESCRIBING_WORDS or _DESCRIBING_UNIT.match(w)) and w not in other.wordset]
    if not cand:
        return frozenset()
    if not shared_specific(p, other):
        return frozenset()
    out = {w for w in cand if w not in _NEEDS_APS or "aps" in p.wordset}
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


def without_describing(ws, other_set) -> list:
    """``ws`` less the describing words (and specs) the other title never prints."""
    return [w for w in ws if w in other_set or not _describing(w)]
