"""Session 32 (hl32): home goods as IKEA, Jysk, Otto, Leroy Merlin, Castorama, Conforama, Wayfair
and John Lewis title them, in the shops' languages.

A furniture maker's title is a line name, the kind of piece in the shop's language, a finish and
the size: "KALLAX Shelving unit, white, 77x147 cm" / "KALLAX Regal, weiß, 77x147 cm" / "KALLAX
Kast, wit" / "KALLAX Regał, biały".  The line name and the size identify the product; the kind in
another language is no identifying word, but these words were in no table, so such pairs were
left apart ("none" / "weak").  The tables below are written from the languages, concept by
concept (not from pairs): each word names one kind of home product (or one part / one value), and
a kind the other title names otherwise still keeps the two apart.

* ``_KINDS`` ({kind: words}), ``_KIND_PHRASES`` ({kind: phrases}): kinds of furniture, bedding,
  towels, curtains, cookware, storage and lighting, in the folded ASCII ``titles`` cleans to
  ("Bettgestell" -> "bettgestell", "Regał" -> "regal");
* ``_SYNONYMS``: one value written in several languages - a box's lid ("Deckel", "couvercle",
  "tapa", "deksel", "pokrywka"), a chest's drawers ("Schubladen", "tiroirs", "cassetti",
  "lådor"), a pan's induction hob ("induktionsgeeignet", "inducción", "indukcja"), a lamp's
  "dimmable" ("dimmbar", "dimbaar", "regulable");
* a mattress's firmness ("fest", "ferme", "rigido" = firm) and a lamp's light colour ("warmweiß",
  "blanc chaud", "luz cálida" = warm) as synonyms;
* ``lamp_facets``: a household lamp's base, light colour and glass (``raw_facets``);
  ``equivalent_watts_only``: an LED lamp's "= 60W" (``titles.clean_with_units``).

Words a table already holds keep their meaning (``wordclass._add_kinds`` / ``_add_synonyms`` /
add free words only).  Left out on purpose: "lit" (French bed; English "lit", a
lit mirror), "pan" (a frying pan, Dutch "pan" a pot), "box" / "caja" / "boite" (any box: a
gift box, a TV box), "lock" (Swedish lid; a lock), "set" (a count the number rules read),
"regal" (English royal), "kast" (Dutch any cupboard), "kissen" alone (a cushion), "pentola" / "olla"
(any pot) - as the earlier tables left them out,
"lampe" / "lamp" (a lamp or its bulb: a floor lamp is no bulb).
"""

from __future__ import annotations

import re as _re

# --------------------------------------------------------------------------
# kinds named by one word (folded to ASCII); the class names are the tables' own where a
# kind had one ("shelf", "chest of drawers", "bed frame", "coffee table", "mattress",
# "comforter", "pillow", "towels", "curtain", "rug", "frying pan", "pot", "storage box")
# --------------------------------------------------------------------------
_KINDS = {
    # a bookcase and a shelving unit: one kind in the shops' words (IKEA's BILLY is "Bookcase",
    # "Regał", "Boekenkast", "Bokhylla"; its KALLAX "Shelving unit", "Regal", "Kast", "Étagère")
    "shelf": "bookcase bookcases bookshelf bookshelves regale regaly regalen libreria "
             "estanteria estanterias scaffale scaffali boekenkast bokhylla hylla hyllor",
    "chest of drawers": "cajonera cajoneras byra kommoden commodes comodas cassettiere ladekasten komody kontenerek",
    "desk": "desk desks schreibtisch schreibtische escritorio escritorios scrivania scrivanie biurko "
            "biurka skrivbord bureautafel",
    "bed frame": "bedframe bedframes bettgestell bettrahmen bedstel sangram letto cama lozko",
    "side table": "beistelltisch beistelltische tavolino bijzettafel sidobord stolik",
    "coffee table": "soffbord couchtische salontafels",
    "armchair": "armchair armchairs sessel fauteuil fauteuils sillon poltrona poltrone fatolj fotel",
    "wardrobe": "wardrobe wardrobes kleiderschrank kleiderschranke armoire armoires armario armarios "
                "armadio armadi garderobekast garderob szafa",
    "sideboard": "sideboard sideboards buffet dressoir credenza aparador",
    "daybed": "daybed daybeds tagesbett dagbadd slaapbank",
    "mattress": "matratzen matelas colchones materassi matrassen madrasser materace",
    # ("duvet" itself stays a word of its own: as a kind, "Duvet Cover" and "Sheet Set" read as one)
    "comforter": "bettdecken couettes edredones piumino piumini kolder",
    "pillow": "kopfkissen kussen kudde kuddar oreillers almohadas cuscini poduszki",
    "towels": "handduk handdukar serviette serviettes badhanddoek reczniki",
    "curtain": "cortina cortinas tende gordijn gordijnen zaslona zaslony gardin gardiner "
               "voilage voilages gardinenpaar vorhange",
    # a blind is no curtain, a curtain rod neither (each its own kind: "Eyelet Curtains" / "Roller Blind")
    "blind": "rollo rolgordijn rolgordijnen roleta rolety estor estores",
    "curtain rod": "tringle tringles gardinenstange gardinenstangen karnisz karnisze gordijnroede",
    "rug": "rugs teppiche alfombras tappeti dywany mattor",
    "frying pan": "bratpfannen poeles sartenes padelle patelnie",
    "pot": "kastrull kookpan garnki",
    "storage box": "aufbewahrungsbox aufbewahrungsboxen opbergbox opbergboxen pudelko pudelka "
                   "forvaringslada forvaringsbox",
    "light bulb": "leuchtmittel gloeilamp ledlamp glodlampa ljuskalla spotlight spotlights",
}
# kinds named by a noun and its adjective (or an English noun phrase), in the order the shops print them
_KIND_PHRASES = {
    "shelf": ("shelving unit", "shelf unit", "storage unit", "bookshelf unit"),
    "chest of drawers": ("drawer unit", "chest of drawers", "ladenkast"),
    "bed frame": ("bed frame", "cadre de lit", "rama lozka", "rama do lozka", "estructura de cama"),
    "side table": ("side table", "end table", "table d appoint", "mesa auxiliar", "tavolino da salotto"),
    "coffee table": ("coffee table", "table basse", "mesa de centro", "tavolino da caffe", "stolik kawowy"),
    "tv bench": ("tv bench", "tv unit", "tv stand", "meuble tv", "mueble tv", "mobile tv", "tv bank",
                 "tv meubel", "szafka rtv", "tv lowboard"),
    "mattress": ("pocket sprung mattress", "foam mattress", "taschenfederkernmatratze",
                 "materasso in schiuma", "colchon de muelles ensacados", "colchon de espuma",
                 "matelas mousse", "matelas ressorts ensaches"),
    "curtain": ("block out curtains", "blackout curtains", "rideaux occultants", "rideau occultant",
                "verdunkelungsvorhang", "gordijn verduisterend", "verduisterend gordijn"),
    # (a bath towel and a hand towel are two kinds, as "Badetuch" / "Handtuch" were; a bath sheet is the
    # tables' bath towel since session 10)
    "bath towel": ("bath towel", "bath towels", "recznik kapielowy", "toalla de bano", "toallas de bano",
                   "serviette de bain", "asciugamano da bagno", "badhanddoek"),
    "hand towel": ("hand towel", "hand towels", "toalla de lavabo", "toallas de lavabo", "recznik do rak"),
    # bed linen: a fitted sheet (a duvet cover or a sheet set tried as kinds: "Sheet Set" / "Duvet Cover"
    # then read as one - "sheet" is a filler word, "set" a count's -, so both are left to the words)
    "fitted sheet": ("fitted sheet", "fitted sheets", "spannbettlaken", "drap housse", "sabana bajera",
                     "lenzuolo con angoli", "hoeslaken", "przescieradlo z gumka"),
    "blind": ("roller blind", "roller blinds", "roman blind", "roman blinds", "venetian blind", "venetian blinds",
              "blackout blind", "blackout blinds", "store enrouleur", "estor enrollable", "tenda a rullo"),
    "curtain rod": ("curtain rod", "curtain rods", "curtain pole", "curtain poles", "tringle a rideau",
                    "barra de cortina", "bastone per tende"),
    "rug": ("area rug", "low pile rug", "flatwoven rug"),
    "frying pan": ("frying pan", "fry pan", "frypan", "skillet"),
    "storage box": ("storage box", "boite de rangement", "caja de almacenaje", "scatola portaoggetti"),
}
# (a chest named by its drawers' count, "Chest of 6 drawers": the count is the number rules')
_KIND_PHRASES["chest of drawers"] += tuple(f"chest of {n} drawers" for n in range(2, 13))
# one value written otherwise
_SYNONYMS = {
    # a furniture's wood and finish, as the shops translate them ("white stained oak veneer" /
    # "Eichenfurnier weiß lasiert"; "white stain" / "teinté blanc" / "vitbets")
    "oak": "oak eiche eichen chene roble rovere eik dab debu debowa ek",
    "birch": "birch birke birken bouleau abedul betulla berken brzoza bjork",
    "pine": "pine kiefer pin pino grenen sosna furu",
    "veneer": "veneer furnier placage chapa impiallacciatura fineer okleina faner",
    "stain": "stain stained lasiert teinte tinte mordente gebeitst bejcowany bets betsad",
    "frosted": "frosted matt matte mattiert depoli esmerilada smerigliata matowa",
    # a mattress's or a pillow's firmness ("fest", "ferme", "rigido": a firm mattress of the line is no
    # medium one - the word stays an identifying word)
    "firm": "firm fest ferme firme rigido stevig twardy twarda",
    # a lamp's light colour in the shops' languages (the compounds too: "warmweiß", "warm wit")
    "warm": "warmweiss warmwit varmvit chaud chaude calida calido calda caldo",
    "neutral": "neutral neutre neutra neutro neutraal neutralweiss neutralna",
    "cool": "kaltweiss froid froide fria frio fredda freddo koud kallvit",
    "daylight": "daylight tageslicht daglicht diurna",
    # a curtain's eyelets ("mit Ösen", "à oeillets", "met ringen")
    "eyelet": "eyelet eyelets osen oesen oeillets ojales occhielli ringen",
    # a pair of curtains
    "pair": "pair pairs paire paio paar",

    # a box's or a pot's lid ("with lid" / "mit Deckel" / "con tapa"; a lid alone is another kind -
    # "SAMLA Lid" - which the slot and kind rules see by its place)
    # (the class is the word "lid" itself: "lids" stays a word of its own - "Studio Lids" / "Studio Lid for
    # ..." are two of Dell's listings, walmart-amazon)
    "lid": "deckel couvercle couvercles tapa tapas coperchio deksel pokrywka pokrywki "
           "pokrywke",
    # a chest's drawers (the count is the number rules')
    "drawers": "drawers drawer schubladen schublade tiroirs tiroir cassetti cassetto cajones lador "
               "szuflady szufladami szuflad laden lades",
    # a cabinet's doors (the count is the number rules'; "ante" / "Tür" left out: a word of its own elsewhere)
    "doors": "door doors turen tueren portes porte puertas puerta deuren drzwi dorrar",
    # a pan's hob: induction
    "induction": "induction induktion induktionsgeeignet induccion induzione inductie indukcja indukcyjna "
                 "indukcyjny",
    # a lamp dimmable by a wall dimmer
    "dimmable": "dimmable dimmbar dimbaar regulable dimmerabile sciemnialna dimbar",
    # a box's or a lamp's see-through finish
    "transparent": "transparante transparant transparente trasparente przezroczysty przezroczysta",
}
# (a mattress's firmness was tried as a spec of one dimension - firm / soft -: a spec on one side only is
# excused, and "Soft" names other products - "Nivea Soft Creme", a "Soft Cover" notebook, "Ultra Soft"
# toilet paper; the firmness words are the synonyms above, identifying words both ways)
# a lamp's "equivalent" watts and a page's lumen word: shop words beside a number (the numbers
# are the unit rules' to compare)
_FILLER = ("ersetzt equivalente equivalent equiv lm "
           # a mattress's or pillow's "Härtegrad" / "firmness", a wardrobe's "Korpus" (its frame), a finish's
           # "effect" / "Optik" ("oak effect" = "chêne", "Eiche-Optik": the wood named is the finish)
           "hartegrad firmness fermete korpus effect effet efecto effetto efekt optik")


def install(W) -> None:
    """Merge the tables into ``wordclass`` (``W``); free words only."""
    W._install_kinds_block(_KINDS, _KIND_PHRASES, _SYNONYMS, _FILLER)


# --------------------------------------------------------------------------
# a household lamp's base, light colour and glass (read by ``raw_facets.read``, compared by
# ``raw_facets.conflicts``)
# --------------------------------------------------------------------------
# A bulb is sold by its base (E27 / E14 / B22 / GU10 ...), its light colour (warm, neutral / cool,
# daylight: the words or the colour temperature in kelvin) and its glass (frosted / matt / opal
# against clear).  Two offers of one lamp line stating two bases, two light colours or two glasses
# are two products: "Philips LED Classic A60 *E27* ..." is no "... *B22* ...", "blanc *chaud*" no
# "blanc *neutre*", "Osram LED Star ... *Frosted*" no "... *Clear*".  Read only in a title naming a
# lamp (a bulb, lamp, spot, a lumen count ...): "E14" is a ThinkPad too.  A title naming a tunable
# light (white spectrum / ambiance, RGB, several kelvin classes) states no one light colour.

_BASE = _re.compile(r"(?<![\w-])(e27|e26|e14|e12|e40|b22d?|b15d?|gu10|gu5[.,]3|gx53|mr16|r7s)(?![\w-])")
_LAMP_WORD = _re.compile(
    r"(?<![a-z])(?:bulbs?|lamps?|lampe|lampen|leuchtmittel|ampoules?|bombillas?|lampadin[ae]|spots?|"
    r"spotlights?|strahler|gloeilamp(?:en)?|ledlamp(?:en)?|z[aą]r[oó]wk[ai]|gl[oö]dlamp(?:a|or)?|"
    r"ljusk[aä]lla|lumens?|\d+\s?lm)(?![a-z])")
_TONE_WORDS = (
    (_re.compile(r"warm\s?-?\s?(?:white|wei(?:ß|ss)|wit)|warmwei(?:ß|ss)|varmvit|blanc\s(?:tr[eè]s\s)?chaud|"
                 r"luz\s(?:c[aá]lida|calida)|luce\s(?:calda|caldo)|bianco\scaldo|blanco\sc[aá]lido|"
                 r"ciep[lł][aey]\s?(?:biel|bia[lł][aey])|barwa\sciep[lł]a|tepl[aá]\sb[ií]l[aá]|extra\swarm"),
     frozenset(("warm",))),
    (_re.compile(r"neutral\s?-?\s?(?:white|wei(?:ß|ss))|neutralwei(?:ß|ss)|blanc\sneutre|luz\sneutra|"
                 r"bianco\sneutro|luce\sneutra|neutraal\swit|neutralna\sbiel|neutrale?\swit"),
     frozenset(("cool",))),
    (_re.compile(r"cool\s?-?\s?white|cold\swhite|kaltwei(?:ß|ss)|kalt\swei(?:ß|ss)|blanc\sfroid|luz\sfr[ií]a|"
                 r"luce\sfredda|bianco\sfreddo|koud\swit|zimn[aey]\s?(?:biel|bia[lł][aey])|kallvit"),
     frozenset(("cool", "day"))),
    (_re.compile(r"daylight|tageslicht|lumi[eè]re\sdu\sjour|luz\s(?:de\s)?d[ií]a|luce\sdiurna|daglicht|"
                 r"[sś]wiat[lł]o\sdzienne"),
     frozenset(("day",))),
)
_KELVIN = _re.compile(r"(?<![\w.,])(\d{4})\s?k(?![a-z])")
_TUNABLE = _re.compile(r"tunable|white\s(?:and|&|\+)\s(?:colou?r|farb)|white\sspectrum|wei(?:ß|ss)spektrum|"
                       r"white\sambiance|rgb|multicolou?r|colou?r\schanging|farbwechsel|cct|"
                       r"\d{4}\s?k?\s?(?:-|–|to|bis|a|à)\s?\d{4}\s?k")
_FROSTED = _re.compile(r"(?<![a-z])(?:frosted|matt|matte|mattiert|opal|opale|opalino|opalweiß|opalweiss|"
                       r"d[eé]poli[e]?|esmerilada|smerigliat[ao]|matowa|mat)(?![a-z])")
_CLEAR = _re.compile(r"(?<![a-z])(?:clear|klar|klare|clair[e]?|transparente?|helder|przezroczysta|"
                     r"trasparente)(?![a-z])")


def _tone_of_kelvin(k: int):
    if 1500 <= k <= 3300:
        return "warm"
    if 3400 <= k <= 4900:
        return "cool"
    if 5000 <= k <= 10000:
        return "day"
    return None


def lamp_facets(low: str) -> frozenset:
    """What a lamp's title (``low``: lower case) says of its base, light colour and glass:
    ("base", "e27"), ("tone", "warm" / "cool" / "day"), ("glass", "frosted" / "clear").  Empty
    unless the title names a lamp."""
    if not _LAMP_WORD.search(low):
        return frozenset()
    out = {("base", m.group(1).replace(",", ".").rstrip("d")) for m in _BASE.finditer(low)}
    if not _TUNABLE.search(low):
        tones = set()
        for rx, ts in _TONE_WORDS:
            if rx.search(low):
                tones |= ts
        kel = {t for t in (_tone_of_kelvin(int(m.group(1))) for m in _KELVIN.finditer(low)) if t}
        if len(kel) <= 1:
            tones |= kel
            out.update(("tone", t) for t in tones)
    frosted, clear = _FROSTED.search(low), _CLEAR.search(low)
    if bool(frosted) != bool(clear):
        out.add(("glass", "frosted" if frosted else "clear"))
    return frozenset(out)


# --------------------------------------------------------------------------
# an LED lamp's "equivalent" watts (read by ``titles.clean_with_units``)
# --------------------------------------------------------------------------
# An LED bulb states its own power ("8.5W") and the incandescent bulb's it replaces ("= 60W", "(60W)",
# "60W equivalent", "ersetzt 60W", "60W-Ersatz", "60 Watt Replacement"); many titles print only the
# latter, and a watt beside a lumen count that gives under 30 lm per watt is one too ("806lm ... 60 W":
# an LED gives ~100 lm/W, a filament bulb ~13).  A title stating only such watts states no power of
# its own: its watts are compared with another such title's ("watt_eq"), never with a title's own
# power ("8.5W" / "60W equivalent" is one bulb).  A title printing both keeps both as watts, as before.
_LED_LAMP = _re.compile(r"(?<![a-z])(?:led|bulbs?|lamps?|lampe|ampoule|bombilla|lampadina|leuchtmittel|"
                        r"zarowka|gloeilamp|spot|gls)(?![a-z])")
_WATT = _re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?(?:w|watt|watts)(?![a-z])")
_EQ_BEFORE = _re.compile(r"(?:=|equivalent(?:\sto)?|equiv\.?|ersetzt|ersatz\sfur|remplace|replaces|equivalente(?:\sa)?|"
                         r"pari\sa|vergleichbar(?:\smit)?|odpowiednik|zamiennik)\s*\(?\s*$")
_EQ_AFTER = _re.compile(r"^\s*\)?\s*-?\s*(?:equivalent|equiv|eq\b|replacement|ersatz|equivalente|aequivalent)")
_LUMEN = _re.compile(r"(?<![\w.])(\d{2,5})\s?(?:lm|lumens?)(?![a-z])")
_INCANDESCENT = frozenset((15.0, 25.0, 28.0, 35.0, 40.0, 42.0, 50.0, 53.0, 60.0, 70.0, 75.0, 100.0, 120.0,
                           150.0, 200.0))


def equivalent_watts_only(t: str, watts) -> bool:
    """Does the cleaned title ``t`` of an LED lamp state only "equivalent" watts (above)?"""
    if not _LED_LAMP.search(t):
        return False
    lumens = [float(m.group(1)) for m in _LUMEN.finditer(t)]
    seen = False
    for m in _WATT.finditer(t):
        v = float(m.group(1))
        seen = True
        before, after = t[max(0, m.start() - 24):m.start()], t[m.end():m.end() + 16]
        if _EQ_BEFORE.search(before) or _EQ_AFTER.match(after):
            continue
        if v in _INCANDESCENT and lumens and all(lm / v < 30.0 for lm in lumens):
            continue
        return False  # (a watt of the lamp's own)
    return seen
