"""How English titles name office supplies, printing consumables and mobile devices'
accessories (session 20, helper en20a), by principle:

* **a paper's ruling** - ruled / lined, dotted / dot grid, plain / blank, squared /
  grid / graph, and a lined page's width (wide / college / narrow rule): one attribute
  with a few values, as a colour is; two titles naming two values are two products
  ("Leuchtturm1917 A5 Medium Dotted Notebook" / "... Ruled Notebook": ``rulings_apart``,
  read by ``variants.form_conflict``);
* **one word, two spellings** - British / American ("Adaptor" / "Adapter") and the names of
  one ruling (``WORD_GROUPS``, read by ``synonyms.translated_in``);
* **a variant's letters apart or glued** - "Epson 603 XL" / "603XL" (``variants_glued_same``);
* **a multipack of a series' cartridges** against one of them - "PG-540 / CL-541 Multipack" /
  "PG-540" (``multipack_of_one``), and a combo pack of N named ink colours = the N-pack
  (``combo_is_count``, ``combo_word``); "Tri-colour" = the "Colour" cartridge (``tricolour``);
* **a charger by any of its names** - charger, power adapter, power bank, charging stand
  (``names_charger``); "Power" compounding with its noun names the kind, no model
  (``power_compound``); a charging standard or current is a spec (``charger_spec``);
* **"Edge"** a variant only right after a line's name ("Galaxy S7 Edge"), not a display's
  "Edge-to-Edge" nor a line before its number ("ThinkPad Edge E15") (``edge_variant``,
  ``edge_phrase``);
* **shop wording that identifies nothing** - "Unlocked" / "SIM Free" / "Dual SIM"
  (``sim_wording``), "Port" after a connector (``connector_port``), "Series" closing a line's
  name (``series_filler``), a glass's treatment (``material_treatment``), a paper product's
  own "Cover" (``own_cover``, read by ``accessory.heads``);
* **counts** - a number before "Sheets" / "Pages" is a count, no generation (``COUNT_NOUNS``);
  "700 Labels (2 x 350)" is a count, no size (``count_times``).

All words are as ``titles`` cleans them (lower case, accents stripped, split at spaces).
A leaf module: it imports nothing of the matcher (``wordclass``, ``synonyms``, ``facets``,
``variants``, ``accessory``, ``features`` and ``batch`` read it).
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
# (session 34, op34) the rulings in the shops' languages, as ``titles`` folds them - German, French,
# Spanish, Italian, Polish, Dutch: "liniert" / "ligné" / "rayado" / "a righe" / "w linie" are lined,
# "kariert" / "quadrillé" / "cuadriculado" / "a quadretti" / "w kratkę" squared, "gepunktet" / "pointillé"
# / "punteado" / "puntinato" / "w kropki" dotted, "blanko" / "liso" / "gładki" plain (a Leuchtturm1917
# "Notizbuch A5 dotted" / "... liniert" was one notebook).  Not the words of a colour or a pattern
# elsewhere ("blanc", "uni", "bianco", "a righe" of a shirt is read on paper goods only)
_RULING.update({
    "liniert": "lined", "lineatur": "lined", "ligne": "lined", "lignee": "lined", "lignes": "lined",
    "rayado": "lined", "rayada": "lined", "pautado": "lined", "pautada": "lined", "rigato": "lined",
    "rigata": "lined", "righe": "lined", "liniowany": "lined", "liniowy": "lined", "linie": "lined",
    "linia": "lined", "gelinieerd": "lined", "gelijnd": "lined",
    "kariert": "squared", "karriert": "squared", "quadrille": "squared", "quadrillee": "squared",
    "cuadriculado": "squared", "cuadriculada": "squared", "cuadricula": "squared", "quadretti": "squared",
    "quadrettato": "squared", "quadrettata": "squared", "kratke": "squared", "kratka": "squared",
    "kratkowany": "squared", "geruit": "squared",
    "gepunktet": "dotted", "punktiert": "dotted", "pointille": "dotted", "pointilles": "dotted",
    "punteado": "dotted", "punteada": "dotted", "puntinato": "dotted", "puntinata": "dotted",
    "puntini": "dotted", "kropki": "dotted", "kropkowany": "dotted", "gestippeld": "dotted",
    "blanko": "plain", "unliniert": "plain", "liso": "plain", "lisa": "plain", "gladki": "plain",
    "gladkie": "plain", "ongelinieerd": "plain",
})
# a lined page's width: "Wide Rule" / "College Ruled" are two papers
_RULE_WIDTH = {"wide": "wide", "college": "college", "narrow": "narrow", "legal": "wide"}
# the kinds of paper goods a ruling is read on (a "Dot" is also a speaker, "Grid" a power grid,
# "Plain" a yoghurt: only a title naming one of these)
_PAPER_KINDS = frozenset("""
notebook notebooks notepad notepads pad pads journal journals paper papers book books exercise
composition filler refill refills planner diary sketchbook notecards cards index jotter memo
sheets leaves looseleaf dotpad subject spiral wirebound
notizbuch notizbucher notizblock notizheft block blocke heft hefte schulheft collegeblock kladde papier
cahier cahiers carnet carnets bloc copie copies feuilles
cuaderno cuadernos libreta libretas bloc papel hojas
quaderno quaderni quadernone taccuino taccuini blocco blocchetto fogli
zeszyt zeszyty notes notatnik kolonotatnik blok kartek kartki
schrift schriften notitieboek blok
""".split())  # (session 34, op34: and the paper goods of the shops' languages, "Notizbuch", "cahier", "zeszyt")


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


def rulings_apart(wa, wb) -> bool:
    """Do two titles (their words) name two rulings of paper - no class in common, or two widths
    of lined paper?  ("Dotted" / "Ruled", "Wide Ruled" / "College Ruled"; "Ruled" / "Lined" is one.)"""
    if not wa or not wb or _PAPER_KINDS.isdisjoint(wa) or _PAPER_KINDS.isdisjoint(wb):
        return False  # (most pairs: no paper named)
    ra = rulings(wa)
    if not ra:
        return False
    rb = rulings(wb)
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
    "colour": "colour color colours colors "
              # (session 34, op34: and in the shops' languages - a multipack's "4 couleurs" / "4 Farben" / "4
              # kolory" / "4 colori" is its "4 colours", two counts two packs)
              "couleur couleurs farbe farben colore colori colores kolor kolory kolorow kleur kleuren",
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
    "ruled": "ruled lined rule",
    "plain": "plain blank unruled unlined",
    "squared": "squared grid graph quad",
    "dotted": "dotted dot dots dotgrid dotpad",
}
# (session 34, op34) one ruling in the shops' languages is one word ("kariert" / "squared", "ligné" /
# "liniert"): each ruling word of ``_RULING`` joins its class's group
_GROUP_OF_RULING = {"lined": "ruled", "squared": "squared", "dotted": "dotted", "plain": "plain"}
for _w, _c in _RULING.items():
    if _w not in WORD_GROUPS[_GROUP_OF_RULING[_c]].split() and _w not in ("lines", "rule", "squares", "linie", "linia", "lisa"):
        WORD_GROUPS[_GROUP_OF_RULING[_c]] += " " + _w


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
        if i + 1 < len(ws) and ws[i + 1].isdigit() and len(ws[i + 1]) <= 2 and w + ws[i + 1] in y.wordset:
            # (session 31, dev31: and the number glued after the word - "IdeaPad Slim 3" / "Ideapad
            # Slim3", "Redmi Note 13" / "Note13": one line's name written with and without a space)
            found = True
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


# --------------------------------------------------------------------------
# a number before what it counts
# --------------------------------------------------------------------------
# the sheets and pages paper goods are counted in: a number before one is a count or a capacity
# ("80 Sheets", "20 Sheet Capacity" of a stapler, "10 Sheet" of a shredder), never a generation number
# (``relations.generation_misses`` reads ``wordclass.COUNT_AFTER``)
COUNT_NOUNS = frozenset("sheet sheets page pages".split())


# --------------------------------------------------------------------------
# how a phone is sold: "Unlocked", "SIM Free", "Dual SIM"
# --------------------------------------------------------------------------
def sim_wording(w: str, p) -> bool:
    """Is ``w`` a word of how p's phone is sold - "Unlocked", "SIM Free", "Dual SIM" / "Dual-SIM"
    (UK shops say "SIM Free" for "Unlocked"; nearly every phone sold now takes two SIMs)?  No
    identifying word: a carrier the other names ("Verizon") still is one."""
    if w == "unlocked" or w in _UNLOCKED:
        return True
    if w == "libre":
        return sold_with_memory(p)  # (session 33, eu33: Spanish "Móvil libre", see ``_UNLOCKED``)
    if w not in ("sim", "free", "dual", "single") and w not in _DUAL:
        return False
    ws = p.words
    for i, x in enumerate(ws):
        if x != "sim":
            continue
        if w == "sim" and ((i and (ws[i - 1] in ("dual", "single") or ws[i - 1] in _DUAL))
                           or (i + 1 < len(ws) and ws[i + 1] == "free")):
            return True
        if w == "free" and i + 1 < len(ws) and ws[i + 1] == "free":
            return True
        if (w in ("dual", "single") or w in _DUAL) and i and ws[i - 1] == w:
            return True
    return False


# (session 33, eu33) how European shops word the same two things: "Dual SIM" is French "Double SIM",
# Italian "Doppia SIM", Spanish "Doble SIM" (a "double" / "doppia" elsewhere - "Lit double" - stays a
# word: only right before "SIM"); "Unlocked" is French "débloqué", Italian "sbloccato", Polish
# "odblokowany", German "entsperrt" / "simlockfrei", and Spanish "libre" - in a title that states a
# memory capacity ("iPhone 15 512GB Verde Libre"): elsewhere "libre" is "free" ("Logiciel libre",
# "manos libres")
_DUAL = frozenset(("double", "doble", "doppia", "doppio"))
_UNLOCKED = frozenset(("debloque", "sbloccato", "odblokowany", "entsperrt", "simlockfrei"))
_MEMORY_CAPACITY = _re.compile(r"^\d+(?:gb|tb|go|to)$")


# (session 33, eu33) the word a shop writes after (or before) a memory capacity to say what it
# measures - "256 GB Speicherplatz", "128 Go de stockage", "256 GB di memoria", "de almacenamiento",
# "pamięć 256 GB", "256GB Storage", "opslag" - labels the capacity, which the unit conflict compares; it
# names no product, as "Zoll" after a size names none
_CAPACITY_LABELS = frozenset("speicherplatz speicher stockage almacenamiento memoria opslag storage pamiec".split())


def capacity_label(w: str, p) -> bool:
    """Is every ``w`` of p's title a capacity's label: next to a memory capacity ("256gb"), or
    after one and "de" / "di" ("128go de stockage")?"""
    if w not in _CAPACITY_LABELS:
        return False
    ws = p.words
    seen = False
    for i, x in enumerate(ws):
        if x != w:
            continue
        seen = True
        if i + 1 < len(ws) and _MEMORY_CAPACITY.match(ws[i + 1]):
            continue
        if i and _MEMORY_CAPACITY.match(ws[i - 1]):
            continue
        if i > 1 and ws[i - 1] in ("de", "di") and _MEMORY_CAPACITY.match(ws[i - 2]):
            continue
        return False
    return seen


def sold_with_memory(p) -> bool:
    """Does p's title state a memory capacity as one word ("512gb", "256go", "1tb")?"""
    return any(map(_MEMORY_CAPACITY.match, p.words))


# --------------------------------------------------------------------------
# shop wording around a line's or a connector's name
# --------------------------------------------------------------------------
_CONNECTORS = frozenset("c usb usbc typec hdmi lightning thunderbolt ethernet displayport magsafe".split())


def connector_port(w: str, p) -> bool:
    """Is every ``w`` of p's title "Port" / "Ports" right after a connector's name ("Dual USB-C
    Port Compact Power Adapter" = "Dual USB-C Compact Charger")?  The connector is the spec."""
    if w not in ("port", "ports"):
        return False
    ws = p.words
    places = [i for i, x in enumerate(ws) if x == w]
    return bool(places) and all(i and ws[i - 1] in _CONNECTORS for i in places)


def series_filler(w: str, p) -> bool:
    """Is every "Series" of p's title one closing a line's name ("OtterBox Defender Series Case"
    = "OtterBox Defender Case") - not one naming a model with the letter or number after it
    ("Xbox Series X", "Apple Watch Series 9")?"""
    if w != "series":
        return False
    ws = p.words
    places = [i for i, x in enumerate(ws) if x == w]
    return bool(places) and all(
        i + 1 == len(ws) or not (len(ws[i + 1]) <= 2 or any(ch.isdigit() for ch in ws[i + 1])) for i in places)


def own_cover(ws, i: int, start: int = 0) -> bool:
    """Is the "Cover" at ``ws[i]`` a paper product's own cover - a notebook, pad or book named
    before it ("Mead Composition Book Wide Rule 100 Sheet Black Marble *Cover*", "Rhodia Dot Pad
    Orange *Cover*") - rather than a cover sold for a device?"""
    return ws[i] in ("cover", "covers") and not _COVERED_PAPER.isdisjoint(ws[start:i]) and "for" not in ws[start:i]


# (not "notebook": a laptop's sleeve or cover is sold as a "Notebook Cover")
_COVERED_PAPER = _PAPER_KINDS - {"notebook", "notebooks", "cards", "index", "memo", "subject"}


# --------------------------------------------------------------------------
# "Tri-colour": the colour cartridge of a black / colour pair
# --------------------------------------------------------------------------
_COLOUR_WORD = frozenset("colour color colours colors couleur farbe".split())


def tricolour(w: str, p, other) -> bool:
    """Is ``w`` the "Tri" of p's "Tri-colour" where the other title names the cartridge "Colour"
    ("HP 305 Tri-colour Original Ink Cartridge" = "HP 305 Colour Ink Cartridge")?  An ink maker's
    colour cartridge holds three colours; "Tri-colour" and "Colour" name one cartridge."""
    if w not in ("tri", "tricolour", "tricolor"):
        return False
    ows = other.wordset
    if _COLOUR_WORD.isdisjoint(ows) or "tri" in ows:
        return False
    if w != "tri":
        return True
    ws = p.words
    return any(ws[i] == "tri" and ws[i + 1] in _COLOUR_WORD for i in range(len(ws) - 1))


# --------------------------------------------------------------------------
# a combo pack of named cartridges is the N-pack of them
# --------------------------------------------------------------------------
_INK_COLOURS = {"black": "black", "cyan": "cyan", "magenta": "magenta", "yellow": "yellow",
                "colour": "colour", "color": "colour", "tricolour": "colour", "tricolor": "colour",
                "photo": "photo", "grey": "grey", "gray": "grey"}
_COMBO_WORDS = frozenset("combo multipack value twin".split())
_INK_WORDS = frozenset("ink inks toner cartridge cartridges".split())
# (session 34, op34) and as the shops' languages name them - German, French, Spanish, Italian, Polish: "HP
# 953XL Multipack Schwarz/Cyan/Magenta/Gelb" is "HP 953XL 4-pack ink cartridges black, cyan, magenta,
# yellow" (``titles`` folds "żółty" to "zolty")
_INK_COLOURS.update({
    "schwarz": "black", "noir": "black", "negro": "black", "nero": "black", "czarny": "black",
    "cian": "cyan", "ciano": "cyan", "purpurowy": "magenta",
    "gelb": "yellow", "jaune": "yellow", "amarillo": "yellow", "giallo": "yellow", "zolty": "yellow",
    "farbig": "colour", "couleur": "colour", "couleurs": "colour", "colore": "colour", "kolor": "colour",
})
_INK_WORDS = _INK_WORDS | frozenset("""
tinte tintenpatrone tintenpatronen druckerpatrone druckerpatronen patrone patronen tonerkartusche encre
cartouche cartouches tinta cartucho cartuchos inchiostro cartuccia cartucce tusz tusze
""".split())


_LETTER_RUNS = _re.compile(r"[a-z]+").findall


def _ink_colours(ws) -> frozenset:
    return frozenset(_INK_COLOURS[w] for w in ws if w in _INK_COLOURS)


def combo_is_count(cleaned_a: str, cleaned_b: str, mult) -> bool:
    """Is one title's multipack count (``mult``, the counts of ``cleaned_a``) the number of ink
    colours both titles name, the other selling them as a combo ("HP 63 Black & Tri-color Ink
    Cartridges, 2-pack" = "HP 63 Combo Pack Black/Tri-Colour Original Ink Cartridges")?"""
    wa, wb = _LETTER_RUNS(cleaned_a), _LETTER_RUNS(cleaned_b)
    if _INK_WORDS.isdisjoint(wa) and _INK_WORDS.isdisjoint(wb):
        return False
    if _COMBO_WORDS.isdisjoint(wb):
        return False
    ca, cb = _ink_colours(wa), _ink_colours(wb)
    return len(ca) >= 2 and ca == cb and len(ca) in mult


def multicolour_pack_of_one(a, b) -> bool:
    """(session 34, op34) Does a's title sell a pack of several ink colours - a pack word and two colours
    or more named ("HP 953XL Multipack Schwarz/Cyan/Magenta/Gelb", "HP 62 Combo Pack Black/Tri-colour")
    - where b's sells one cartridge of one of them, no pack word ("HP 953XL black ink cartridge")?  A
    multipack is not its single cartridge, when the series' codes do not say so (``multipack_of_one``)."""
    wa, wb = a.wordset, b.wordset
    if _PACK_WORDS.isdisjoint(wa) or not _PACK_WORDS.isdisjoint(wb):
        return False
    if _INK_WORDS.isdisjoint(wa) and _INK_WORDS.isdisjoint(wb):
        return False
    cb = _ink_colours(b.words)
    if len(cb) != 1:
        return False
    ca = _ink_colours(a.words)
    return len(ca) >= 2 and cb <= ca


def combo_word(w: str, p, other) -> bool:
    """Is ``w`` p's "Combo" (or "Multipack", "Value") where the other title's count of packs is
    the number of ink colours both name (``combo_is_count``)?  Then it says what the count says."""
    if w not in _COMBO_WORDS:
        return False
    fo, fp = other.facets, p.facets
    m = fo.get("_mult")
    return bool(m) and not fp.get("_mult") and combo_is_count(fo.get("_cleaned", ""), fp.get("_cleaned", ""), m)


# --------------------------------------------------------------------------
# "N x M" with no unit, whose product the title prints: a count, no dimensions
# --------------------------------------------------------------------------
def count_times(text: str, vals, cleaned: str) -> bool:
    """Is ``text`` (a match of two numbers joined by "x", values ``vals``) no size but a pack's
    count - no unit in it, whole numbers, and their product printed in the title as a number
    ("700 Labels (2 x 350)": two rolls of 350)?"""
    if len(vals) != 2 or any(ch.isalpha() for ch in text.replace("x", "")) or '"' in text:
        return False
    if not all(v == int(v) for v in vals):
        return False
    total = str(int(vals[0] * vals[1]))
    return _re.search(r"(?<![\d.,])" + total + r"(?![\d.,])", cleaned) is not None


# --------------------------------------------------------------------------
# a material's treatment before a material both titles name
# --------------------------------------------------------------------------
_TREATMENTS = frozenset("tempered toughened hardened".split())


def material_treatment(w: str, p, other) -> bool:
    """Is ``w`` a glass's treatment ("Tempered Glass Screen Protector") where the other title
    names the glass too ("Glass Elite Screen Protector")?  Screen-protector glass is tempered; a
    film protector names no glass, and stays another product."""
    if w not in _TREATMENTS or "glass" not in other.wordset:
        return False
    ws = p.words
    return any(ws[i] == w and ws[i + 1] == "glass" for i in range(len(ws) - 1))


# --------------------------------------------------------------------------
# a charger's charging standard and current: specs, no identifying words
# --------------------------------------------------------------------------
_CHARGING_STANDARDS = frozenset("pd pps qc gan afc".split())
_CURRENT = _re.compile(r"\d{1,2}(?:\.\d)?a").fullmatch


def charger_spec(w: str, p) -> bool:
    """Is ``w`` a charging standard ("PD", "PPS", "QC", "GaN") or a current ("5A") in the title of
    a charger or a cable (``names_charger``, or "cable")?  One shop states the specs, the other
    not: no other product (a wattage is compared as a unit)."""
    if w not in _CHARGING_STANDARDS and _CURRENT(w) is None:
        return False
    return names_charger(p) or "cable" in p.wordset


# --------------------------------------------------------------------------
# a paper's grammage written "80gsm", "80 gsm" or "80g/m2"
# --------------------------------------------------------------------------
_GSM = _re.compile(r"(\d{2,3})gsm").fullmatch
_GRAMS = _re.compile(r"(\d{2,3})g").fullmatch
_GRAMS_ALONE = _re.compile(r"(\d{2,3})(?:g|gr)").fullmatch


def grammages(ws, alone: bool = False) -> frozenset:
    """The paper weights a title prints, in g/m2, as written: "80gsm", "80 gsm", "80g/m2" ("80g" "m2"); with
    ``alone`` also "80g", "80gr", "80 g" (office41: where both titles are paper titles, a bare gram is the paper's)."""
    out = set()
    for i, w in enumerate(ws):
        m = _GSM(w)
        if m:
            out.add(m.group(1))
            continue
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        m = _GRAMS(w)
        if (m and nxt in ("m2", "sqm")) or (w.isdigit() and nxt == "gsm"):
            out.add(m.group(1) if m else w)
        elif alone:
            m = _GRAMS_ALONE(w)
            if m:
                out.add(m.group(1))
            elif w.isdigit() and nxt in ("g", "gr"):
                out.add(w)
    return frozenset(out)


def grammage_written_otherwise(w: str, p, other) -> bool:
    """Is ``w`` a word of p's paper weight ("80gsm"; "m2" / "gsm" after its number) where the
    other title prints the same weight written otherwise ("80g/m2" / "80gsm")?"""
    if not (w in ("m2", "gsm", "sqm") or w.endswith("gsm")):
        return False
    gp = grammages(p.words)
    return bool(gp) and not gp.isdisjoint(grammages(other.words))


# --------------------------------------------------------------------------
# session 25, speed: the words the readers above may excuse, by the word alone
# --------------------------------------------------------------------------
# (each of ``edge_phrase``, ``sim_wording``, ``connector_port``, ``tricolour``, ``combo_word``,
# ``material_treatment``, ``charger_spec`` and ``grammage_written_otherwise`` first asks the word
# to be one of its own - these words -, so a word that is none of them is excused by none:
# ``wordclass._classify_words`` asks the eight readers of such words only)
_EXCUSABLE = (frozenset(("edge", "unlocked", "sim", "free", "dual", "single", "port", "ports", "tri", "tricolour",
                         "tricolor", "m2", "gsm", "sqm"))
              | _DUAL | _UNLOCKED | frozenset(("libre",))  # (session 33, eu33: ``_DUAL``, ``_UNLOCKED``)
              | _CAPACITY_LABELS  # (session 33, eu33: ``capacity_label``)
              | _COMBO_WORDS | _TREATMENTS | _CHARGING_STANDARDS)


def may_excuse(w: str) -> bool:
    """Could one of the eight readers above excuse ``w``, whatever the two titles (see above)?"""
    return w in _EXCUSABLE or w.endswith("gsm") or _CURRENT(w) is not None
