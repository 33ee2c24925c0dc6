"""Session 32 (fs32): shoes, clothes, sportswear, bikes and sports equipment as shops title them.

Nike.com, Zalando, JD Sports, Foot Locker, Decathlon, Intersport, Sportisimo and About You name one
pair of shoes, one hoodie, one bike in their languages: "HOKA Clifton 9 Men's Black / White" /
"Hoka Clifton 9 Herren *Laufschuh* Black/White", "On Cloudsurfer Men's" / "On Cloudsurfer
*Hardloopschoenen Heren*", "Manduka PRO Yoga Mat 6mm" / "Manduka PRO *Yogamatte* 6 mm", "Giro
Syntax MIPS Road *Helmet*" / "Giro Syntax MIPS *Rennradhelm*", "Canyon Grizl CF SL 7" / "Canyon
Grizl CF SL 7 *Gravelbike*".  These kind words were in no table, so each was an identifying word
the other title lacked and the pair was left apart ("weak"), or a word right after the model's
number ("Clifton 9 *Laufschuh*") read as its variant (``conflict:slot``).

* ``_KINDS`` / ``_KIND_PHRASES``: the kinds of the trade, in EN DE FR ES IT NL PL (folded ASCII,
  as ``titles`` cleans them): a kind named on one side only is no identifying word, two kinds named
  still differ ("Jacket" / "Vest", "Rennrad" / "Mountainbike", "Bike" / "E-Bike", "Shoes" / "Boots").
  No phrase of a bike's kind ("Road Bike", "Mountain Bike"): its words qualify a helmet or a rack too
  ("Road Bike Helmet" / "Mountain Bike Helmet" stay two);
* ``_GENDER``: who the garment or the shoe is for, in Dutch and Polish ("Heren" / "Dames",
  "męskie" / "damskie"), beside the words the gender spec holds (men / women: two specs of one
  dimension conflict, ``wordclass.spec_clash``);
* ``maker_colour_words``: a maker's colour name is a word the colour facet does not know standing
  in a colourway - right before or after a base colour ("*Core* Black", "*Cloud* White", "*Triple*
  Black", "Black/*Sheet Rock*", "*TNF* Black") - from a closed list of the makers' colour words;
  where the other offer names a colour too, it is the maker's name for that colour, no identifying
  word (two base colours are still compared by the colour facet);
* ``_SYNONYMS``: one shape or finish written otherwise ("Hex" / "hexagonal" / "sześciokątne", "Clear" /
  "klar"); ``_FILLER``: a maker's division before the line ("Nike *Sportswear* Club Fleece");
* ``decimal_names_differ``: a model's decimal number after its name ("Kross Hexagon 5.0" / "6.0",
  "ABUS GameChanger 2.0" / "GameChanger"), read by no number rule before (``variants.slot_conflict``).

Only free words are added (a word a table holds keeps its meaning there).  Left out: "casque"
(headphones in French), "hose" (a garden hose; German trousers), "sweat" (sweat-proof), "polo"
(Polo Ralph Lauren), "bra" (BRA, a cookware maker), "gafas" (glasses), "short" (a length), "top" (a tier), "mat" alone (a finish:
"Matt" / "Mat"); "pala" alone is kept (a padel racket's Spanish name: no other product of the tables
is called so).  Tried and dropped: "shirt" / "T-shirt" as a kind (a "Tee" is tea to the tables: "T-Shirt"
/ "Tee" became two kinds), "football" and "basketball" as kinds (shared by both titles they are no longer
identifying words, and "Football Manager 2024" and a Wilson basketball pair lost their evidence),
"kettlebell" (the same); boots in the footwear kind ("Timberland 6-Inch Boots" / "... Shoes" met; a shop's
"Hiking Boots" against another's "Wanderschuhe" is left apart since); "Road Bike" / "Mountain Bike" as
phrases of one kind ("Road Bike Helmet" / "Mountain Bike Helmet" met).

Session 33 (fs33), held-out-32's fashion and sport set read for principles:

* ``widths_of_text`` (``facets``: a "dims" conflict), ``glued_letter_differs``, ``line_tier_inserted``,
  ``lettered_word_after_number`` (``variants.slot_conflict``): a shoe's width ("Bondi 8" / "Bondi 8 Wide",
  "990v6 2E" / "D"), a letter glued
  to a model's number ("Pro Staff 97" / "97L", "Custom 158" / "158W"), a tier word inside a line ("Deviate
  NITRO 2" / "NITRO Elite 2"), a lettered model word after the model's number ("Air Force 1 '07" / "'07 LV8")
  are other products;
* ``regular_width_read``, ``t_shirt_read``, ``racket_read`` (``titles``): the regular width, a T-shirt, a
  racket's grip size and its strings written one way in every language;
* kinds: football boots, bib shorts, "Mountain Bike" / "Road Bike" / "Gravel Bike" as the one-word kinds;
  ``ball_named_otherwise``: "Basketball" / "Football" where the other names that kind in its words;
* ``one_colour_both``: two makers' words for one base colour ("Core Black" / "Triple Black");
  ``variants_before_name``: Nike's "Air Zoom" between the brand and a line's name and number.

This module imports no matcher module (``wordclass`` is passed to ``install``).
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------
# kinds named by one word (folded to ASCII)
# --------------------------------------------------------------------------
_KINDS = {
    # footwear: running, trail, hiking and lifestyle shoes and boots in the shops' languages
    "shoes": "laufschuh laufschuhe trailrunningschuhe trailschuhe trailschuh runningschuhe sportschuhe "
             "wanderschuhe wanderschuh hallenschuhe hardloopschoenen herenschoenen damesschoenen "
             "sportschoenen wandelschoenen sneakersy sneakerek",
    # (boots are a kind of their own: "Timberland 6-Inch Boots" is no "... Shoes")
    "boots": "boots boot stiefel wanderstiefel bottes botas scarponi",
    "jacket": "jacket jackets jacke jacken daunenjacke winterjacke regenjacke laufjacke doudoune jas "
              "chaqueta giacca kurtka anorak parka",
    "vest": "vest weste gilet bodywarmer chaleco kamizelka",
    "sweatshirt": "felpa bluza sweatshirts",
    # (a hooded top is no crew sweatshirt: "Nike Club Fleece Hoodie" / "... Sweatshirts" are two products -
    # attack32a; the older tables' "hoodie" read as a sweatshirt is moved here by ``install``)
    "hoodie": "hoodie hoodies hoody kapuzenpullover kapuzensweatshirt",
    "trousers": "trousers trainingshose jogginghose laufhose pantalon pantalones pantaloni spodnie "
                "broek joggers jogger joggingbroek",
    "shorts": "shorts laufshorts szorty spodenki",
    # (a club's home, away and goalkeeper shirts are three products: "Heimtrikot", "Auswärtstrikot",
    # "Torwarttrikot" stay identifying words, no kind word - attack32a)
    "shirt": "jersey trikot maglia camiseta maillot "
             "koszulka hardloopshirt laufshirt",
    # (a polo is no jersey: "adidas Entrada 22 Trikot" / "... Poloshirt", attack32a)
    "polo shirt": "poloshirt poloshirts",
    "leggings": "leggings legging tights",
    "bra": "sujetador reggiseno biustonosz",  # (not "bra": BRA, the Spanish cookware maker)
    "socks": "socks socken chaussettes calcetines calzini skarpety sokken",
    "football": "fussball balon pallone ballon pilka spielball voetbal",  # (session 33, fs33: Dutch "voetbal")
    "basketball": "baloncesto koszykowka",
    "racket": "racket rackets racquet racquets tennisschlager schlager padelschlager raquette raqueta "
              "racchetta rakieta pala",
    "yoga mat": "yogamatte yogamat yogamatten",
    "dumbbell": "dumbbell dumbbells dumbells kurzhantel kurzhanteln haltere halteres mancuerna mancuernas "
                "manubrio manubri hantle hantla hantel hanteln",
    "helmet": "helmet helmets helm fahrradhelm rennradhelm radhelm skihelm fietshelm casco kask",
    "bicycle": "bike bikes bicycle fahrrad velo bicicleta rower fiets kinderfahrrad",
    # (a road bike, a mountain bike, a gravel bike are three kinds: "Rennrad" is no "Mountainbike")
    "road bike": "rennrad racefiets",
    "mountain bike": "mountainbike mountainbikes mtb vtt",
    "gravel bike": "gravelbike gravelbikes",
    "e-bike": "ebike ebikes pedelec",
    "goggles": "goggles schwimmbrille zwembril occhialini okularki",
    "golf balls": "golfballe golfbalen golfballs",
    # (session 32, fsb32: Polish, Czech, Italian, Spanish and French shops' kinds - Allegro, Sportisimo, 4F,
    # Decathlon IT / ES, Sprinter, Cisalfa: "Everlast Pro Style Training Gloves" / "... rękawice
    # bokserskie", "Mikasa V200W Volleyball" / "... piłka siatkowa")
    "gloves": "gloves handschuhe boxhandschuhe gants guanti guantoni guantes rekawice rukavice",
    "volleyball": "volleyball volleyballs pallavolo siatkowka volejbal",
    "tennis balls": "tennisballe tennisballs",
    # (session 33, fs33: a football boot and a cyclist's bib shorts in the shops' languages - "Mercurial Vapor
    # 15 Academy MG Fußballschuhe" / "... Football Boots", "Competizione Bib Shorts" / "... Trägerhose")
    "football boots": "fussballschuhe fussballschuh voetbalschoenen korki kopacky",
    "bib shorts": "tragerhose tragerhosen radhose",
}
# kinds named in several words, in the order shops print them
_KIND_PHRASES = {
    "shoes": ("running shoes", "chaussures de running", "zapatillas de running", "scarpe da running",
              "buty do biegania", "hiking shoes", "trail running shoes"),
    "sweatshirt": ("sweat a capuche", "felpa con cappuccio", "bluza z kapturem", "sudadera con capucha"),
    "sports bra": ("sports bra", "sport bh"),
    "yoga mat": ("yoga mat", "tapis de yoga", "esterilla de yoga", "tappetino yoga", "tappetino da yoga",
                 "mata do jogi", "mata do jogi"),
    "e-bike": ("e bike", "electric bike"),
    # (session 33, fs33: a bike's kind in two English words is the kind the one word names - "Mountain Bike" /
    # "VTT" / "Mountainbike" / "MTB", "Road Bike" / "Rennrad", "Gravel Bike" / "Gravelbike"; three kinds of
    # their own, so "Road Bike Helmet" / "Mountain Bike Helmet" still name two kinds)
    "mountain bike": ("mountain bike", "mountain bikes", "bicicleta de montana", "rower gorski", "mountain bicycle"),
    "road bike": ("road bike", "road bikes", "bicicleta de carretera", "bici da corsa", "velo de route",
                  "rower szosowy"),
    "gravel bike": ("gravel bike", "gravel bikes"),
    "football": ("pallone da calcio", "pilka nozna", "ballon de football", "balon de futbol"),
    "goggles": ("swimming goggles", "swim goggles", "lunettes de natation", "gafas de natacion",
                "okulary plywackie", "okularki plywackie", "occhialini da nuoto"),
    "golf balls": ("golf balls",),
    # (session 32, fsb32)
    "gloves": ("boxing gloves", "rekawice bokserskie", "guantes de boxeo", "gants de boxe", "guantoni da boxe"),
    "volleyball": ("pilka siatkowa", "pilka do siatkowki", "balon de voleibol", "ballon de volley",
                   "pallone da pallavolo"),
    "basketball": ("pilka do koszykowki", "balon de baloncesto", "pallone da basket", "ballon de basket"),
    "tennis balls": ("tennis balls", "pilki tenisowe", "palline da tennis", "pelotas de tenis", "balles de tennis"),
    # (session 33, fs33)
    "football boots": ("football boots", "soccer cleats", "football shoes", "soccer shoes", "botas de futbol",
                       "scarpe da calcio", "chaussures de football", "chaussures de foot", "buty pilkarskie"),
    "bib shorts": ("bib shorts", "bib short", "cuissard a bretelles", "culotte con tirantes", "culotte de tirantes",
                   "pantaloncini con bretelle", "salopette ciclismo", "spodenki na szelkach", "fietsbroek met bretels"),
    "racket": ("rakieta tenisowa", "racchetta da tennis", "raquette de tennis", "raqueta de tenis"),
}
# who the garment or the shoe is for: Dutch and Polish (the gender spec holds EN DE FR ES IT CS)
_GENDER = {
    "men": "heren meskie meski meska meskich",
    "women": "dames damskie damski damska damskich",
}

# one shape or finish written otherwise: a hexagonal dumbbell ("Hex Dumbbell" / "Haltère hexagonal" /
# "Mancuerna hexagonal" / "Hantle sześciokątne"), a clear lens ("Goggles Clear" / "Schwimmbrille klar")
_SYNONYMS = {
    "hex": "hex hexagonal hexagonale hexagonales hexagonali esagonale esagonali sechskant sechskantig "
           "zeskantig szesciokatne szesciokatna szesciokatny",
    "clear": "clear klar transparent transparente trasparente przezroczyste przezroczysty",
    # (session 32, fsb32: a mountain bike's "górski" / "horské" - "Trek Marlin 7 Mountain Bike" / "rower
    # górski"; adjustable dumbbells, "hantle regulowane"; a hiking backpack, "zaino escursionismo")
    "mountain": "mountain gorski gorska gorskie horske horsky horska",
    "adjustable": "adjustable regulowane regulowany regulowana verstellbar verstellbare reglable reglables "
                  "regolabile regolabili ajustable ajustables nastavitelne",
    "hiking": "hiking escursionismo senderismo randonnee turystyczny turystyczna turystyczne",
    # (session 33, fs33: a marled yarn's colour - "Dark Grey Heather" / "Gris foncé chiné" / "Dunkelgrau meliert")
    "heather": "heather heathered chine meliert melange jaspeado melangiato gemeleerd melanz",
}

# the makers' division a shop prints before the line ("Nike *Sportswear* Club Fleece", "adidas *Sportswear*
# Essentials"): no product's word, as "Originals" of "adidas Originals Samba" is none
_FILLER = "sportswear"

# --------------------------------------------------------------------------
# a maker's colour names
# --------------------------------------------------------------------------
# the makers' words of a colourway's name ("Core Black", "Cloud White", "Triple Black", "Black/Sheet
# Rock", "Black/Black/Phantom", "TNF Black", "Matte Black", "Ftwr White"): read as a colour's name only
# next to a base colour or to another such word that is
MAKER_COLOUR_WORDS = frozenset("""
core cloud triple ftwr tnf sheet rock phantom magnet nimbus clear granite gum frost undyed eclipse
reflect anthracite uranium volt sail wolf cool pure collegiate carbon shadow onyx obsidian asphalt
matte matt mate gloss glossy shiny metallic magic stealth
""".split())


# the finishes among them, spelled by each language its way ("Matt" / "mate" / "Matte")
FINISH_WORDS = frozenset("matte matt mate gloss glossy shiny metallic".split())


def maker_colour_words(ws, colours) -> frozenset:
    """The maker's colour words (``MAKER_COLOUR_WORDS``) of title words ``ws`` that stand in a
    colourway: next to a base colour word (``colours``: the words the colour facet reads), or next
    to another maker's colour word that is ("Black/Sheet Rock": "sheet" beside "black", "rock"
    beside "sheet")."""
    n = len(ws)
    if n < 2 or MAKER_COLOUR_WORDS.isdisjoint(ws):
        return frozenset()
    out = set()
    for i, w in enumerate(ws):
        if w in MAKER_COLOUR_WORDS and ((i and ws[i - 1] in colours) or (i + 1 < n and ws[i + 1] in colours)):
            out.add(i)
    grown = True
    while grown:
        grown = False
        for i, w in enumerate(ws):
            if i not in out and w in MAKER_COLOUR_WORDS and (i - 1 in out or i + 1 in out):
                out.add(i)
                grown = True
    return frozenset(ws[i] for i in out)


def install(W) -> None:
    """Merge the tables into ``wordclass`` (``W``); free words only."""
    taken = W.word_taken
    kinds = {k: " ".join(w for w in ws.split() if not taken(w)) for k, ws in _KINDS.items()}
    generic, known = W.GENERIC, W._KINDS  # (``_add_kinds`` rebuilds them from the tables alone: the
    W._add_kinds(kinds, _KIND_PHRASES)    # words earlier blocks added to them are kept below)
    for w in _KINDS["hoodie"].split():
        if W.CATEGORY.get(w) == "sweatshirt":  # (an older table's hooded top read as a sweatshirt)
            W.CATEGORY[w] = "hoodie"
    W._add_free_spec("gender", _GENDER)
    W._add_synonyms({c: " ".join(w for w in ws.split() if not taken(w)) for c, ws in _SYNONYMS.items()})
    W.FILLER = W.FILLER | frozenset(w for w in _FILLER.split() if not taken(w))
    W._rebuild_derived(generic, known)


# --------------------------------------------------------------------------
# a model's decimal number
# --------------------------------------------------------------------------
# Bikes, helmets and rackets number their models with a decimal after the name: "Kross Hexagon 5.0" /
# "Hexagon 6.0", "ABUS Hyban 2.0", "GameChanger 2.0" (the successor of the plain "GameChanger").  A plain
# number the other title lacks parts two titles (``features._numbers_missing``), but a decimal was read by
# no rule: "Hexagon 5.0" and "Hexagon 6.0" agreed on every word.  After a name word both titles print, two
# decimals (or a decimal and a plain number) are two models, and a whole decimal ("2.0") on one side only
# is the later model - not after a standard's or an interface's name ("Bluetooth 5.0", "USB 3.0").
_DECIMAL = re.compile(r"\d\.\d").fullmatch
_STANDARD_BEFORE = frozenset("""
bluetooth bt usb wifi fi hdmi android ios version ver v displayport dp thunderbolt pcie type dolby ch
lightning sata ddr lte gen generation firmware rev spf
""".split())
# (a decimal before a unit or a times sign is a measure: "5.0 x 50mm", "4.7 mm", "8.5x11")
_UNIT_AFTER = frozenset("x mm cm m in inch oz lb lbs kg g l ml v w mah gb tb hz ghz mhz mp ah wh pct".split())


def _measure(x, i: int) -> bool:
    # (and a decimal before another bare number is a dimension: "Notebook 8.5x11" read as "8.5 11" - but a
    # whole one ("6.0") is a model's number before a bike's wheel size: "Kross Hexagon 6.0 29 2024" /
    # "Hexagon 7.0 29 2024" were read as measures and met; session 32, fsb32)
    if i + 1 >= len(x):
        return False
    nxt = x[i + 1]
    return nxt in _UNIT_AFTER or (nxt.replace(".", "", 1).isdigit() and not x[i].endswith(".0"))


def decimal_names_differ(wa, wb) -> bool:
    """Do title words ``wa`` / ``wb`` print two model numbers after one name word, one of them a
    decimal of one digit ("hexagon 5.0" / "hexagon 6.0"; "dragon home 15.0" / "15" and "gauntlet 4.0" /
    "4" are one number), or a whole decimal between two words the other prints side by side ("gamechanger
    2.0 road" / "gamechanger road")?  Not a measure (``_UNIT_AFTER``), nor after a standard's name."""
    for x, y in ((wa, wb), (wb, wa)):
        ys = None
        for i in range(1, len(x)):
            w = x[i]
            if not _DECIMAL(w):
                continue
            prev = x[i - 1]
            if not prev.isalpha() or prev in _STANDARD_BEFORE or _measure(x, i):
                continue
            if ys is None:
                ys = set(y)
            if w in ys or prev not in ys:
                continue
            after = x[i + 1] if i + 1 < len(x) else None
            for j in range(len(y)):
                if y[j] != prev:
                    continue
                nxt = y[j + 1] if j + 1 < len(y) else None
                if nxt is not None and (_DECIMAL(nxt) or (nxt.isdigit() and len(nxt) == 1)) \
                        and not _measure(y, j + 1):
                    if float(nxt) != float(w):
                        return True
                elif w.endswith(".0") and nxt == after:
                    return True
    return False


# --------------------------------------------------------------------------
# (session 33, fs33) a shoe's width, a letter glued to a model's number, a tier word inside a line,
# a lettered model word after the model's number: the variants held-out-32's fashion and sport set
# and session 32's attackers found met ("Bondi 8" / "Bondi 8 Wide", "Pro Staff 97" / "97L", "Deviate
# NITRO 2" / "NITRO Elite 2", "Air Force 1 '07" / "'07 LV8")
# --------------------------------------------------------------------------
# A shoe's width (Hoka, New Balance, Brooks, ASICS): the regular width goes unnamed (or "D" for men,
# "B" for women, "Regular", "normale Weite"), a wide one is its own product ("Bondi 8 Wide", "990v6 2E",
# "1080v13 4E", "Extra Wide").  ``raw_facets`` compares a width letter after a size ("10 2E"); a width
# word alone, or one title's width against the other's none, was read by no rule.  Letter widths "2E",
# "4E", "6E" are read anywhere (no other product prints them as a word); "Wide" / "Narrow" only where
# they close the name - at the title's end, or before a gender, a size, a colour, a shoe's kind, "Fit" /
# "Width" / a number - never qualifying a noun ("Wide Angle", "Wide Leg", "Ultra Wide Monitor").
_WIDTH_LETTERS = {"2e": "wide", "4e": "xwide"}
# (not after a standard's name: "Wi-Fi 6E"; "6E" is no width the shops print - labcmp lost four routers and
# boards to it)
_WIDTH_NOT_AFTER_LETTER = frozenset("fi wifi wi ddr lte".split())
_WIDTH_WORDS = {"wide": "wide", "narrow": "narrow", "weit": "wide", "schmal": "narrow", "large": None}
_WIDTH_PREFIX_X = frozenset("extra x xtra".split())
_WIDTH_NOT_AFTER = frozenset("ultra super angle".split())
_WIDTH_CLOSERS = frozenset("""
men mens man women womens woman s herren damen heren dames homme femme hombre mujer uomo donna unisex
fit width weite passform breite ancho
uk us eu eur size gr taille talla maat
shoe shoes boot boots trainer trainers sneaker sneakers running laufschuh laufschuhe
black white grey gray blue navy red green pink
""".split())


def _widths(ws) -> frozenset:
    out = set()
    n = len(ws)
    for i, w in enumerate(ws):
        c = _WIDTH_LETTERS.get(w)
        if c is not None and i and ws[i - 1] in _WIDTH_NOT_AFTER_LETTER:
            continue
        if c is None and w in ("wide", "narrow", "weit", "schmal"):
            if i and ws[i - 1] in _WIDTH_NOT_AFTER:
                continue
            nxt = ws[i + 1] if i + 1 < n else None
            if not (nxt is None or nxt in _WIDTH_CLOSERS or nxt[0].isdigit()):
                continue
            if i == 0:
                continue
            c = _WIDTH_WORDS[w]
            if c == "wide" and ws[i - 1] in _WIDTH_PREFIX_X:
                c = "xwide"
        if c is not None:
            out.add(c)
    return frozenset(out)


WIDTH = "_s33_width"  # (the facet key of ``widths_of_text``: ``facets.add_offer_facets`` / ``facets.conflicts``)
_WIDTH_HINT = re.compile(r"\b(?:wide|narrow|weit|schmal|2e|4e)\b").search
_TEXT_WORDS = re.compile(r"[a-z0-9]+").findall


def widths_of_text(cleaned: str) -> frozenset:
    """The widths (``_widths``) a cleaned title names, read from its words."""
    # (session 38, sp38, speed: the boundary-led search only where one of its words stands - it was tried at every
    # position of every title, twice a pair)
    if not cleaned or not ("wide" in cleaned or "narrow" in cleaned or "weit" in cleaned or "schmal" in cleaned
                           or "2e" in cleaned or "4e" in cleaned) or _WIDTH_HINT(cleaned) is None:
        return frozenset()
    return _widths(_TEXT_WORDS(cleaned))


def widths_differ(wa, wb) -> bool:
    """Does one title name a shoe's width (``_widths``: "Wide", "2E", "4E", "Extra Wide", "Narrow") the
    other does not name, or another one?  The regular width goes unnamed: "Bondi 8" / "Bondi 8 Wide"
    are two products, as "990v6 2E" / "990v6 D" are."""
    return _widths(wa) != _widths(wb)


# A letter glued to a model's number the other title prints bare: Wilson's "Pro Staff 97L" (the
# lighter frame) against "Pro Staff 97", Burton's "Custom 158W" (the wide board) against "Custom
# 158".  Read by the rules as a unit ("97 l", "158 w": litres, watts) printed on one side only - no
# conflict.  After a name word both titles print, with the bare number there in the other (and no
# unit word after it that spells the letter: "158 W", "18 Volt"): another model.
_GLUED = re.compile(r"(\d{2,3})([a-z])").fullmatch
_GLUED_NOT = frozenset("x k p g m s".split())  # (a multiplier, 4K, 1080p, 5G, metres, "S" of a size)


def glued_letter_differs(wa, wb, raw_a: str = "", raw_b: str = "") -> bool:
    """Does one title print a number with one letter glued on ("97l", "158w") right after a word both
    titles print, where the other prints the bare number after that word ("staff 97", "snowboard 158")
    and nothing there that starts with the letter?  Glued in the title as the shop wrote it (``raw_a`` /
    ``raw_b``, any case): the cleaner glues a unit or a size letter to its number ("12 V", "29 - L")."""
    for x, y, raw in ((wa, wb, raw_a), (wb, wa, raw_b)):
        for i in range(1, len(x)):
            m = _GLUED(x[i])
            if m is None or m.group(2) in _GLUED_NOT:
                continue
            num, letter = m.group(1), m.group(2)
            prev = x[i - 1]
            for j in range(1, len(y)):
                if y[j] == num and y[j - 1] == prev:
                    nxt = y[j + 1] if j + 1 < len(y) else ""
                    # (nor a range whose next number carries the letter: "12/24V" against "12V" - a
                    # unit; session 33, dev33: a Dometic cooler lost, attack31a)
                    ranged = nxt[:1].isdigit() and nxt.endswith(letter)
                    if not nxt.startswith(letter) and not ranged and x[i] not in y and _glued_in(x[i], raw):
                        return True
    return False


def _glued_in(w: str, raw: str) -> bool:
    return re.search(r"(?<![\w.])" + w + r"(?![\w.])", raw.lower()) is not None


# A tier word inside a line's name: Saucony's "Endorphin / Deviate NITRO 2" against "NITRO Elite 2",
# "Endorphin Speed"; a race tier of a shoe, a bike's or a racket's "Tour", "Team", "Comp", "Expert".
# The words are too common in the catalogues to identify ("elite", "speed" pass), so a title printing
# one of them between two words the other prints side by side was read as the other's product.  Not
# right after the brand (a line's first word there: "Jabra Elite 85t" / "Jabra 85t").
_LINE_TIERS = frozenset("elite speed tour team comp expert race".split())
# (session 36, fs36: a cloth's tier inside a line - Rapha's "Core *Lightweight* Jersey"; not Dr. Martens' "2976 *Quad*
# Chelsea": "2.8GHz *quad* core" / "2.8GHz Core" is a count - a MacBook pair of wdc was lost)
_LINE_TIERS = _LINE_TIERS | frozenset(("lightweight",))  # (the light "SL" of "Beta *SL* Jacket": ``fs36``)


def line_tier_inserted(wa, wb, brands=()) -> bool:
    """Does one title print a tier word (``_LINE_TIERS``) between two words the other prints side by
    side, neither of them a brand ("nitro *elite* 2" / "nitro 2")?  ``brands``: either offer's brand
    (session 41: it took ``a.brand or b.brand``, so a brand given by one offer only was skipped one way
    round and read as a name word the other - ``variants_before_name``'s bug of session 40)."""
    if isinstance(brands, str):
        brands = (brands,)
    brands = frozenset(x for x in brands if x)
    for x, y in ((wa, wb), (wb, wa)):
        if _LINE_TIERS.isdisjoint(x):
            continue
        ys = set(y)
        pairs = None
        for i in range(1, len(x) - 1):
            if x[i] not in _LINE_TIERS or x[i] in ys:
                continue
            prev, nxt = x[i - 1], x[i + 1]
            if prev in brands or i - 1 == 0:
                continue
            if pairs is None:
                pairs = set(zip(y, y[1:]))
            if (prev, nxt) in pairs:
                return True
    return False


# A lettered model word after the model's number: Nike's "Air Force 1 '07 *LV8*" (an upper of its
# own) against "Air Force 1 '07".  A word of letters and digits on one side only passed as a spec
# ("nvme", "5G", "GTX" stay such): two letters and one digit right after a number both titles print,
# not a format, a console or a standard ("MP3", "PS5", "H264").
_LETTERED = re.compile(r"[a-z]{2}\d").fullmatch
_LETTERED_NOT = frozenset("mp3 mp4 ps3 ps4 ps5 ip4 ip5 ip6 ip7 ip8 bt4 bt5 qi2 uv4 uv5 dd5 hd1 hd2 cr2 "
                          "aa1 aa2 rj4 sd3 sd4 dx9 pd3 pc3 pc4 td1 gt3 ax6".split())


def lettered_word_after_number(wa, wb) -> bool:
    """Does one title print a word of two letters and a digit (``_LETTERED``: "lv8") right after a
    number both titles print, where the other prints another word or none after it?"""
    for x, y in ((wa, wb), (wb, wa)):
        for i in range(1, len(x)):
            w = x[i]
            if not _LETTERED(w) or w in _LETTERED_NOT or not x[i - 1].isdigit():
                continue
            prev = x[i - 1]
            if prev not in y or w in y:
                continue
            return True
    return False


def sport_variants_differ(a, b) -> bool:
    """(session 33, fs33) Three readings above, for ``variants.slot_conflict`` (a width is a size: a "dims"
    conflict, ``facets.conflicts`` - a shared style code, "M1080K13 Wide 2E" / "M1080K13 Standard D", names the
    model, not its width, and outweighs a slot conflict); ``a`` / ``b`` have the
    title's words (``words``), its brand (``brand``) and the title as given (``rawtitle``)."""
    wa, wb = a.words, b.words
    return (glued_letter_differs(wa, wb, a.rawtitle if isinstance(a.rawtitle, str) else "",
                                    b.rawtitle if isinstance(b.rawtitle, str) else "")
            or line_tier_inserted(wa, wb, (a.brand, b.brand)) or lettered_word_after_number(wa, wb))


# --------------------------------------------------------------------------
# (session 33, fs33) "Tee" = "T-Shirt"
# --------------------------------------------------------------------------
# A T-shirt is written "T-Shirt", "T Shirt", "Tshirt", "Tee Shirt" or "Tee" ("Under Armour Men's Tech 2.0
# Short Sleeve T-Shirt" / "UA Tech 2.0 SS Tee Men"): one way, "t-shirt" (as the tables write it: Hindi's "टी-शर्ट"
# is read so), the same on both sides (still identifying words).  "Tee" is German tea and a golf tee too: read as a T-shirt only among a garment's words -
# a gender, a sleeve, a lettered size, "Graphic", "Crew", "Cotton" - in the title.
_T_SHIRT = re.compile(r"\b(?:t[\s-]?shirts?|tee[\s-]shirts?)\b")
_TEE = re.compile(r"\btees?\b")
_GARMENT_CONTEXT = re.compile(
    r"\b(?:men|mens|man|women|womens|woman|ladies|boys|girls|kids|unisex|herren|damen|homme|femme|hombre|mujer"
    r"|uomo|donna|heren|dames|short sleeve|long sleeve|ss|ls|graphic|crew|crewneck|cotton|xs|s|m|l|xl|xxl|2xl|3xl"
    r"|small|medium|large|x-large)\b")


def t_shirt_read(s: str) -> str:
    """The cleaned title ``s`` with a T-shirt written one way, "t-shirt" (module note above)."""
    if "shirt" in s:
        s = _T_SHIRT.sub("t-shirt", s)
    if "tee" in s and _TEE.search(s) and _GARMENT_CONTEXT.search(s):
        s = _TEE.sub("t-shirt", s)
    return s


# --------------------------------------------------------------------------
# (session 33, fs33) a maker's technology words between the brand and the line's name
# --------------------------------------------------------------------------
# Nike names its cushioning before the line: "Nike *Air Zoom* Pegasus 41" is the "Nike Pegasus 41" another
# shop prints (the shoe's page names it so as well); "Air" is a variant word of the tables ("MacBook Air",
# "iPad Air": after the line's name, another model).  A variant word a title prints in a run of words the
# other lacks, right between the brand and the line's name both print next to each other, names no other
# model: the other title's brand and name stand side by side, the name and its model number in both ("Pegasus
# 41"; not "Disney+ Gift Card" / "Disney Gift Card", "Super Crema" / "Crema e Aroma").
def variants_before_name(a, b) -> bool:
    """Are the variant words one title prints and the other not (``variants``) each in a run of words
    between the brand and the name word that follows the brand in the other title ("nike *air zoom*
    pegasus 41" / "nike pegasus 41")?  Both print the name with its model number after it (a word with a
    digit).  ``a`` / ``b`` have ``words``, ``variants``, ``brand``.  Either offer's brand may be the one
    (session 40: "``a.brand or b.brand``" read "Nike" one way and a title's guessed "Zoom" the other, so
    "Nike Pegasus 40 ..." / "Nike Air Zoom Pegasus 40 ..." was one product one way round only)."""
    return any(_before_name(a, b, brand) for brand in dict.fromkeys(x for x in (a.brand, b.brand) if x))


def _before_name(a, b, brand: str) -> bool:
    for x, y, d in ((a, b, a.variants - b.variants), (b, a, b.variants - a.variants)):
        if not d:
            continue
        xw, yw = x.words, y.words
        if brand not in xw or brand not in yw:
            return False
        bx, by = xw.index(brand), yw.index(brand)
        if by + 1 >= len(yw):
            return False
        name = yw[by + 1]
        if name[0].isdigit() or name not in xw:
            return False
        k = xw.index(name)
        if by + 2 >= len(yw) or not any(c.isdigit() for c in yw[by + 2]) or k + 1 >= len(xw) \
                or xw[k + 1] != yw[by + 2]:
            return False  # (the name and its model number after it, in both: not "Super Crema" / "Crema e Aroma",
            # "Disney+ Gift Card" / "Disney Gift Card")
        run = xw[bx + 1:k]
        if not run or len(run) > 2 or not d.issubset(run) or not set(yw).isdisjoint(run):
            return False
    return a.variants != b.variants


def one_colour_both(ca, cb) -> bool:
    """(session 33, fs33) Do two offers' colour facets (``ca`` / ``cb``) name one base colour each, the same
    one?  Then the makers' words beside it ("Core Black" / "Triple Black") name that colour."""
    return bool(ca) and len(ca) == 1 and ca == cb


# --------------------------------------------------------------------------
# (session 33, fs33) the regular width, named
# --------------------------------------------------------------------------
# The regular width of a shoe or a sandal goes unnamed in most shops, others name it: "Birkenstock Arizona
# Birko-Flor Black *Regular Fit*" / "... *normale Weite*", "Regular Width", "largeur normale", "calzata normale".
# Named, it is the product the other title prints without a width (the narrow and the wide are other
# products: ``widths_differ``): the phrases are read as one word, "regularwidth", the same on both sides.  (Dropped
# from the title, the phrase changed what the learned stage read of a pair printing it on both sides - "Jack &
# Jones Paulos Sweat Regular Fit" - and the pair was lost.)
_REGULAR_WIDTH = re.compile(
    r"\b(?:regular (?:fit|width)|normal (?:fit|width)|standard width|medium width|normale weite|weite normal"
    r"|normale breite|largeur normale|chaussant normal|ancho normal|horma normal|calzata normale|normale pasvorm)\b")


def regular_width_read(s: str) -> str:
    """The cleaned title ``s`` with the phrase naming the regular width (``_REGULAR_WIDTH``) as one word."""
    return _REGULAR_WIDTH.sub("regularwidth", s)


# --------------------------------------------------------------------------
# (session 33, fs33) a tennis racket's grip size and its strings
# --------------------------------------------------------------------------
# A racket's grip size is "Grip 3" in one shop, "L3" in another (Europe's L0-L5; "Griffstärke 3",
# "impugnatura 3", "empuñadura 3"): one word, "l3".  Sold without strings it is "Unstrung" / "non incordata" /
# "unbesaitet" / "non cordée" / "sin cordaje": one word, "unstrung" ("Wilson Pro Staff 97 v14 Unstrung Grip 3" /
# "... racchetta tennis L3 non incordata"); the grip's size in inches after it ("Grip 3 (4 3/8)") is the same
# size in the American system, dropped with it.  Both stay identifying words (a strung racket, another grip, is
# another product); they are only read the same on both sides.
_GRIP = re.compile(r"\b(?:grip(?: size)?|griffstarke|griffgrosse|impugnatura|empunadura|taille de manche|manche)"
                   r"\s?:?\s?(?:l\s?)?([0-5])\b(?![.,]\d)(?:\s?\(?\s?4\s?(?:[1-7]/8|1/2|1/4|3/4)?\s?\)?(?![\w/]))?")
_UNSTRUNG = re.compile(r"\b(?:non incordata|non incordato|non cordee|unbesaitet|sin encordar|sin cordaje|sin cordar"
                       r"|niebesaitet|nenaplet\w*|niezaciagnieta|niezaciagniety)\b")


def racket_read(s: str) -> str:
    """The cleaned title ``s`` with a racket's grip size as "l3" and its "unstrung" one way (note above)."""
    if "grip" in s or "griff" in s or "impugnatura" in s or "empunadura" in s or "manche" in s:
        s = _GRIP.sub(r"l\1", s)
    return _UNSTRUNG.sub("unstrung", s)


# --------------------------------------------------------------------------
# (session 33, fs33) a ball's English name against the kind the other names in its language
# --------------------------------------------------------------------------
# "Football" and "Basketball" are no kind words of the tables (fs32: shared by both titles they are evidence -
# "Football Manager 2024", a Wilson basketball pair), so "Wilson Evolution Basketball" / "Wilson Evolution
# piłka do koszykówki" and "Al Rihla League Football" / "... Fußball" / "... pallone da calcio" were left apart:
# the English word was an identifying word the other lacked.  Where the other title names that very kind in
# its words ("Fußball", "pallone da calcio", "piłka do koszykówki"), the English word is its name: no
# identifying word.  (The boots are another kind: "Football" against "Fußballschuhe" stays apart.)
BALL_WORDS = frozenset("football basketball".split())


def ball_named_otherwise(ids, other_words, category: dict, phrases: dict) -> frozenset:
    """The words of ``ids`` in ``BALL_WORDS`` whose kind the other title's words (``other_words``) name: a
    word of ``category`` (word -> kind) or a phrase of ``phrases`` (phrase -> kind) of that kind."""
    want = ids & BALL_WORDS
    if not want:
        return frozenset()
    kinds = {category.get(w) for w in other_words}
    if not want.isdisjoint(kinds):
        kinds.discard(None)
    joined = " " + " ".join(other_words) + " "
    out = set()
    for w in want:
        if w in other_words:
            continue
        if w in kinds or any(k == w and (" " + ph + " ") in joined for ph, k in phrases.items()):
            out.add(w)
    return frozenset(out)
