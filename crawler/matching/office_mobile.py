"""How English titles name office supplies, printing consumables and mobile devices'
accessories (session 20, helper en20a), by principle:

* **a paper's ruling** - ruled / lined, dotted / dot grid, plain / blank, squared /
  grid / graph, and a lined page's width (wide / college / narrow rule): one attribute
  with a few values, as a colour is; two titles naming two values are two products
  ("Leuchtturm1917 A5 Medium Dotted Notebook" / "... Ruled Notebook": ``rulings_apart``).

All words are as ``titles`` cleans them (lower case, accents stripped, split at spaces).
"""

from __future__ import annotations

import re as _re

# --------------------------------------------------------------------------
# a paper's ruling
# --------------------------------------------------------------------------
# the ruling words, each to its class ("lined" is how UK shops say "ruled")
_RULING = {
    "ruled": "lined", "rule": "lined", "lined": "lined", "lines": "lined", "feint": "lined",
    "dotted": "dotted", "dotgrid": "dotted", "dotpad": "dotted", "dots": "dotted",
    "plain": "plain", "blank": "plain", "unruled": "plain", "unlined": "plain",
    "squared": "squared", "grid": "squared", "graph": "squared", "quad": "squared", "squares": "squared",
}
# a lined page's width: "Wide Rule" / "College Ruled" are two papers
_RULE_WIDTH = {"wide": "wide", "college": "college", "narrow": "narrow", "legal": "wide"}
# the kinds of paper goods a ruling is read on (a "Dot" is also a speaker, "Grid" a power grid,
# "Plain" a yoghurt: only a title naming one of these)
_PAPER_KINDS = frozenset("""
notebook notebooks notepad notepads pad pads journal journals paper papers book books exercise
composition filler refill refills planner diary sketchbook notecards cards index jotter memo
sheets leaves looseleaf dotpad subject spiral wirebound
""".split())


def rulings(words) -> frozenset:
    """The ruling classes (and a lined page's width, as "width:wide") a paper product's title
    names; empty for any other title."""
    if _PAPER_KINDS.isdisjoint(words):
        return frozenset()
    out = set()
    n = len(words)
    for i, w in enumerate(words):
        c = _RULING.get(w)
        if w == "dot" and i + 1 < n and words[i + 1] in ("grid", "pad", "ruled", "matrix"):
            c = "dotted"
        elif w == "dot" and i + 1 < n and words[i + 1] in _PAPER_KINDS:
            c = "dotted"
        elif w == "grid" and i and words[i - 1] == "dot":
            continue  # ("Dot Grid": dotted, read at "dot")
        elif w == "graph" and i + 1 < n and words[i + 1] in ("paper", "pad", "ruled", "notebook"):
            c = "squared"
        elif w in ("lines", "rule") and not (i and (words[i - 1] in _RULE_WIDTH or words[i - 1].isdigit())):
            continue  # ("Lines" / "Rule" alone: only "Wide Rule", "30 lines")
        if c is None:
            continue
        out.add(c)
        if c == "lined" and i and words[i - 1] in _RULE_WIDTH:
            out.add("width:" + _RULE_WIDTH[words[i - 1]])  # ("Medium" is a notebook's size: none)
    return frozenset(out)


def rulings_apart(ta: str, tb: str) -> bool:
    """Do two (cleaned) titles name two rulings of paper - no class in common, or two widths of
    lined paper?  ("Dotted" / "Ruled", "Wide Ruled" / "College Ruled"; "Ruled" / "Lined" is one.)"""
    if not ta or not tb:
        return False
    ra = rulings(ta.split(" "))
    if not ra:
        return False
    rb = rulings(tb.split(" "))
    if not rb:
        return False
    ca = {c for c in ra if not c.startswith("width:")}
    cb = {c for c in rb if not c.startswith("width:")}
    if ca and cb and ca.isdisjoint(cb):
        return True
    wa, wb = ra - ca, rb - cb
    return bool(wa and wb and wa.isdisjoint(wb))


# --------------------------------------------------------------------------
# one word, two spellings or two names (no identifying word the other title lacks)
# --------------------------------------------------------------------------
# British and American spellings of the words shop titles use ("Adaptor" / "Adapter",
# "Aluminium" / "Aluminum" / "Alu") and the names of one ruling ("Ruled" / "Lined", "Plain" /
# "Blank", "Squared" / "Grid" / "Graph"): ``synonyms.translated_in`` reads them as one word
WORD_GROUPS = {
    "adapter": "adapter adaptor adapters adaptors",
    "aluminium": "aluminium aluminum alu",
    "grey": "grey gray",
    "colour": "colour color colours colors",
    "centre": "centre center",
    "metre": "metre meter metres meters",
    "litre": "litre liter litres liters",
    "tyre": "tyre tire tyres tires",
    "fibre": "fibre fiber",
    "catalogue": "catalogue catalog",
    "organiser": "organiser organizer organisers organizers",
    "favourite": "favourite favorite",
    "mould": "mould mold moulded molded",
    "cosy": "cosy cozy",
    "ruled": "ruled lined",
    "plain": "plain blank unruled unlined",
    "squared": "squared grid graph quad",
    "dotted": "dotted dot dots dotgrid",
}


# --------------------------------------------------------------------------
# a variant word written apart from its model number by one shop, glued on by the other
# --------------------------------------------------------------------------
def _glued_there(w: str, x, y) -> bool:
    """Does every ``w`` of x's title follow a model number (a word with a digit) that y's
    title prints with ``w`` glued on ("603 XL" / "603XL", "PG 560 XL" / "PG-560XL")?"""
    ws = x.words
    found = False
    for i in range(len(ws)):
        if ws[i] != w:
            continue
        if not i or not any(ch.isdigit() for ch in ws[i - 1]):
            return False
        glued = ws[i - 1] + w
        if glued not in y.wordset and not any(c.endswith(glued) for c in y.codes):
            return False
        found = True
    return found


def variants_glued_same(a, b, va=None, vb=None) -> bool:
    """Are the variant words one title prints and the other does not (``va`` / ``vb``: the two
    sets compared, by default ``Prepared.variants``) each the letters the other glues onto the
    model number both print ("Epson 603 XL High Yield" / "Epson 603XL": one cartridge)?"""
    va = a.variants if va is None else va
    vb = b.variants if vb is None else vb
    da, db = va - vb, vb - va
    if not da and not db:
        return False
    return all(_glued_there(w, a, b) for w in da) and all(_glued_there(w, b, a) for w in db)


# --------------------------------------------------------------------------
# a multipack of a series' cartridges against one of them
# --------------------------------------------------------------------------
_CODE_SHAPE = _re.compile(r"([a-z]{0,4})(\d{3,5})([a-z]{0,3})").fullmatch
# the words a title sells several things together with ("Multipack", "Combo Pack", "Value Pack")
_PACK_WORDS = frozenset("multipack multipacks combo pack packs value bundle set twin kit multi".split())
_FOR_WORDS = _re.compile(r" (?:for|compatible|fits|fit|replaces|replacement) ")


def _head_compact(p) -> str:
    """p's cleaned title before a "for ..." part, without spaces and hyphens."""
    t = p.title or ""
    m = _FOR_WORDS.search(" " + t + " ")
    if m:
        t = t[:max(0, m.start() - 1)]
    return t.replace(" ", "").replace("-", "")


def _series_siblings(c: str, d: str) -> bool:
    """Are two model numbers two members of one series - the same shape (letters, digits,
    letters), numbers 1-9 apart ("PG-540" / "CL-541", "T2991" / "T2994", "950XL" / "951XL")?"""
    mc, md = _CODE_SHAPE(c), _CODE_SHAPE(d)
    if not mc or not md or c == d:
        return False
    if len(mc.group(1)) != len(md.group(1)) or len(mc.group(2)) != len(md.group(2)) or mc.group(3) != md.group(3):
        return False
    return 1 <= abs(int(mc.group(2)) - int(md.group(2))) <= 9


def multipack_of_one(a, b) -> bool:
    """Does a's title sell several members of a series (three digits or more) as a pack ("Canon
    PG-540 / CL-541 Multipack") where b's prints one of them only ("Canon PG-540 Black Ink Cartridge")?  A multipack is not its
    single cartridge.  (Codes of a "for ..." part name the printers it fits: never counted.)"""
    ca, cb = a.codes, b.codes
    if len(ca) < 2 or not cb or _PACK_WORDS.isdisjoint(a.wordset):
        return False  # (a list of devices it fits, "(HERO12 / HERO11 / HERO10)", sells one thing)
    shared = ca & cb
    if not shared or not cb <= ca:
        return False
    extra = ca - b.allcodes
    if not extra:
        return False
    head = _head_compact(a)
    bfull, bkeys = b.full_compact, b.fullkeys
    for d in extra:
        if d in a.for_codes or d not in head or d in bkeys or d in bfull:
            continue
        if any(_series_siblings(c, d) for c in shared):
            return True
    return False


# --------------------------------------------------------------------------
# a charger named by another of its names
# --------------------------------------------------------------------------
# "Power" right before a noun it compounds with names the kind ("Power Bank", "Power Adapter",
# "Power Supply"), not a model of the line as in "Moto G54 Power 5G"
POWER_COMPOUNDS = frozenset("""
bank banks adapter adaptor adapters adaptors supply supplies brick station stations strip strips cord cords
cable cables plug tool tools drill delivery
""".split())
# the names of a charger: a title naming one sells a charger ("Apple 20W USB-C Power Adapter" =
# "Apple 20W USB-C Charger", "Anker 737 Power Bank" = "Anker 737 Portable Charger")
_CHARGER_WORDS = frozenset("charger chargers adapter adaptor adapters adaptors powerbank psu".split())
_CHARGING_NOUNS = frozenset("brick block cube plug station stand dock pad".split())


def power_compound(ws, i: int) -> bool:
    """Is ``ws[i]`` "power" compounding with the noun after it ("Power Bank")?"""
    return ws[i] == "power" and i + 1 < len(ws) and ws[i + 1] in POWER_COMPOUNDS


def names_charger(p) -> bool:
    """Does p's title name its product as a charger by any of its names (charger, power adapter,
    power bank, power supply, charging stand ...)?"""
    ws = p.words
    if not _CHARGER_WORDS.isdisjoint(ws):
        return True
    return any((w == "power" and ws[i + 1] in ("bank", "supply", "brick"))
               or (w in ("charging", "charge") and ws[i + 1] in _CHARGING_NOUNS)
               for i, w in enumerate(ws[:-1]))


# --------------------------------------------------------------------------
# "Edge": a line's premium model only right after the line's name
# --------------------------------------------------------------------------
_AMOUNT = _re.compile(r"\d+(?:\.\d+)?(?:gb|tb|mb|mah|mm|cm|m|inch|in|hz|w|v|g|kg|ml|l|oz|ft|k|p)").fullmatch


def _model_number_word(w: str) -> bool:
    """A word with a digit that is no amount with its unit ("E15", "50"; not "32gb", "6.8inch",
    a network's "5g")."""
    return any(ch.isdigit() for ch in w) and _AMOUNT(w) is None


def edge_variant(ws, i: int) -> bool:
    """Is the "edge" at ``ws[i]`` a variant word - after a line's name or model number ("Galaxy
    S7 Edge", "DualSense Edge") - rather than a display's "Edge-to-Edge" or a line's name
    standing before its model number ("ThinkPad Edge E15", "Motorola Edge 50")?"""
    n = len(ws)
    if i + 1 < n and (ws[i + 1] == "to" or _model_number_word(ws[i + 1])):
        return False
    if i and ws[i - 1] == "to":
        return False
    return i > 0


def edge_phrase(w: str, p) -> bool:
    """Is every "edge" of p's title a display's or a protector's "Edge to Edge"?  (A description
    of the screen, no identifying word.)"""
    if w != "edge":
        return False
    ws = p.words
    places = [i for i, x in enumerate(ws) if x == "edge"]
    return bool(places) and all((i + 1 < len(ws) and ws[i + 1] == "to") or (i and ws[i - 1] == "to")
                                for i in places)
