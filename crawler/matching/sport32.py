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
    "football": "fussball balon pallone ballon pilka spielball",
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
    W.GENERIC = generic | frozenset(W.CATEGORY) | W.FILLER
    W._KINDS = known | frozenset(W.CATEGORY)
    W._NAME_SKIP = W.FUNCTION | W.FILLER
    W._SHOP_WORDS = None
    W._KIND_AFFIXES = None
    W._STEPS_OF.clear()


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
