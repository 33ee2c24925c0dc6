"""How English titles name office supplies, printing consumables and mobile devices'
accessories (session 20, helper en20a), by principle:

* **a paper's ruling** - ruled / lined, dotted / dot grid, plain / blank, squared /
  grid / graph, and a lined page's width (wide / college / narrow rule): one attribute
  with a few values, as a colour is; two titles naming two values are two products
  ("Leuchtturm1917 A5 Medium Dotted Notebook" / "... Ruled Notebook": ``rulings_apart``).

All words are as ``titles`` cleans them (lower case, accents stripped, split at spaces).
"""

from __future__ import annotations

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
