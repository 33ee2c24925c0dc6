"""Session 36 (fs36): fashion and sport as European, US and Middle-East shops title them - cycling parts,
outdoor gear, sports watches, winter sports, boots - in EN DE FR ES IT PL.

A shop names the kind of a part or a piece of gear in its language: "Shimano XT RD-M8100-SGS *Schaltwerk*" /
"*Rear Derailleur*", "FOX 36 Float Factory *Federgabel*" / "*Fork*", "Lezyne Macro Drive 1400+ *Frontlicht*" /
"*Front Light*", "Garmin Edge 840 *GPS-Fahrradcomputer*" / "*GPS Cycling Computer*", "LEKI Micro Vario Carbon
*Wanderstöcke*" / "*Trekking Poles*", "Therm-a-Rest NeoAir XLite NXT *Isomatte*" / "*Sleeping Pad*", "Jetboil
Flash *Kochsystem*" / "*Cooking System*", "Bauer Vapor Hyperlite Sr. *Schlittschuhe*" / "*Ice Hockey Skates*".
These kinds were in no table: each was an identifying word one title printed (``weak``), or a word right after
the model's number read as its variant (``conflict:slot``: "Edge 840 GPS-*Fahrradcomputer*", "1400+
*Frontlicht*").  The tables below are written from the languages, concept by concept (``benchmarks/pairs/
fs36.jsonl`` was written before reading the matcher): a kind one title names is excused, two kinds still
differ (a front light is no rear light, ski goggles no swimming goggles, a fork no derailleur).

This module imports no matcher module (``wordclass`` is passed to ``install``).
"""

from __future__ import annotations

import re

# a hiking shoe or boot named in a language that names both so: no other kind than a shoe's or a boot's
HIKING = "hiking footwear"
_COVERS = {HIKING: frozenset(("shoes", "boots")), "trousers": frozenset(("jeans",))}


def kinds_cover(k: str, named) -> bool:
    """Is kind ``k`` one of the kinds another title names (``named``) in a wider word ("Wanderschuh" covers a
    shoe and a boot: ``_COVERS``), or the wider kind of one of them?"""
    c = _COVERS.get(k)
    if c is not None and not c.isdisjoint(named):
        return True
    return any(k in _COVERS.get(o, ()) for o in named)


# kinds named by one word (folded to ASCII as ``titles`` cleans: "Wanderstöcke" -> "wanderstocke")
_KINDS = {
    "derailleur": "derailleur derailleurs schaltwerk schaltwerke deragliatore przerzutka",
    "pedal": "pedale klickpedale pedali pedales pedaly pedaux pedalen",
    "tyre": "faltreifen drahtreifen fahrradreifen copertone copertoncino opona opony pneu pneus pneumatico",
    "fork": "fork forks federgabel fourche horquilla forcella",
    "bike computer": "fahrradcomputer radcomputer fietscomputer ciclocomputer",
    "front light": "frontlicht frontlampe vorderlicht",
    "rear light": "rucklicht",
    "backpack": "trekkingrucksack wanderrucksack tagesrucksack reiserucksack daypack",
    "trekking poles": "wanderstocke trekkingstocke walkingstocke",
    "sleeping pad": "isomatte schlafmatte karimata materassino",
    "stove": "stove stoves kocher kochsystem gaskocher campingkocher",
    "dry bag": "packsack drybag",
    "ski goggles": "skibrille skibrillen snowboardbrille",
    "ski boots": "skischuhe skischuh skistiefel",
    "skates": "schlittschuhe schlittschuh",
    "table tennis blade": "tischtennisholz",
    # a hiking shoe or boot: German, Dutch, Polish, French, Italian shops name both so ("Meindl Borneo 2 MFS
    # Wanderschuh" is the "Hiking Boot" of an English shop, "Hanwag Banks GTX Trekkingschuhe" its "Hiking Boots")
    # a bicycle's components (a group's number - Shimano's "M8100", "R8100" - is printed by each of its parts:
    # ``components_differ``)
    "crankset": "crankset cranksets kurbelgarnitur kurbelsatz guarnitura bielas korba",
    "shifter": "shifter shifters schalthebel manetka",
    "brake": "brake brakes bremse bremsen scheibenbremse scheibenbremsen",
    "brake rotor": "bremsscheibe bremsscheiben",
    "saddle": "saddle saddles sattel sillin siodelko",
    "handlebar": "handlebar handlebars lenker cintre manillar kierownica",
    "stem": "vorbau potence",
    "seatpost": "seatpost sattelstutze reggisella tija sztyca",
    "wheelset": "wheelset wheelsets laufradsatz",
    "chainring": "chainring chainrings kettenblatt",
    "front derailleur": "umwerfer",
    "bottom bracket": "innenlager",
    "chain": "catena cadena lancuch",
    HIKING: "wanderschuh wanderschuhe trekkingschuh trekkingschuhe bergschuh bergschuhe wandelschoenen",
    "boots": "winterstiefel schneestiefel stivali stivaletti",
    # (French "veste" is a jacket - "Veste The North Face Denali" -, a "gilet" the vest: two kinds)
    "jacket": "veste fleecejacke isolationsjacke softshelljacke hardshelljacke funktionsjacke outdoorjacke "
              "steppjacke wachsjacke",
    "bike trainer": "rollentrainer hometrainer rodillo rullo trenazer",
    # (not "pump" alone - "Lotion 18 oz Pump", "Elvie Pump" / "Milchpumpe" -, nor "grips": OXO's "Good Grips")
    "pump": "standpumpe minipumpe luftpumpe pompka",
    "lock": "lock locks fahrradschloss faltschloss bugelschloss kettenschloss antivol candado lucchetto zapiecie",
    "grips": "lenkergriffe",
    "heart rate monitor": "brustgurt pulsgurt herzfrequenzsensor",
    # garments in the shops' languages: jeans (the trousers' kind covers them: "Spodnie jeansowe"), a shirt (the
    # T-shirt as ``sport32.t_shirt_read`` writes it, "Maglietta"), socks ("Calze"); boots ("Stivali") above
    "jeans": "jeans vaqueros dzinsy",
    "shirt": "maglietta",  # (not "shirt" alone: the "Shirt" of "Polo Shirt" named the T-shirt's kind too)
    "socks": "calze",
}

# kinds named by a phrase, in the order the shops print them
_KIND_PHRASES = {
    "derailleur": ("rear derailleur", "derailleur arriere", "cambio trasero", "deragliatore posteriore",
                   "przerzutka tylna"),
    "tyre": ("folding tyre", "folding tire", "pneu pliable", "opona zwijana"),
    "fork": ("suspension fork",),
    "bike computer": ("bike computer", "cycling computer", "bicycle computer", "compteur velo", "compteur gps",
                      "licznik rowerowy", "ciclocomputador"),
    "front light": ("front light", "eclairage avant", "luce anteriore", "luz delantera", "lampka przednia"),
    "rear light": ("rear light", "tail light", "feu arriere", "luce posteriore", "luz trasera", "lampka tylna"),
    "trekking poles": ("trekking poles", "hiking poles", "walking poles", "batons de randonnee", "batons de marche",
                       "bastoncini da trekking", "bastones de trekking", "kije trekkingowe"),
    "sleeping pad": ("sleeping pad", "sleeping mat", "camping mat", "matelas de camping", "esterilla de camping",
                     "materassino autogonfiante"),
    "stove": ("cooking system", "stove system", "camping stove", "backpacking stove"),
    "dry bag": ("dry bag", "dry sack", "sac etanche", "bolsa estanca", "sacca stagna", "worek wodoszczelny"),
    "smartwatch": ("sport watch", "sports watch", "gps watch", "running watch", "gps running watch",
                   "multisport watch", "outdoor watch", "gps sport watch", "gps sports watch", "montre gps",
                   "reloj deportivo", "orologio sportivo", "zegarek sportowy", "outdoor uhr", "gps uhr"),
    "ski goggles": ("ski goggles", "snow goggles", "masque de ski", "maschera da sci", "gafas de esqui",
                    "gogle narciarskie"),
    "ski boots": ("ski boots", "chaussures de ski", "botas de esqui", "scarponi da sci", "buty narciarskie"),
    "skates": ("ice skates", "hockey skates", "ice hockey skates", "patins a glace", "patines de hielo",
               "pattini da ghiaccio"),
    "table tennis blade": ("table tennis blade", "bois de tennis de table", "legno tennis tavolo"),
    "hoodie": ("hooded sweatshirt", "hooded sweat"),
    "brake rotor": ("brake rotor", "brake rotors", "disc rotor", "disc rotors", "disque de frein", "disco freno",
                    "disco de freno", "tarcza hamulcowa"),
    "shifter": ("shift lever", "shift levers", "dual control lever", "manette de vitesse", "comando cambio",
                "maneta de cambio"),
    "seatpost": ("seat post", "tige de selle"),
    "wheelset": ("wheel set",),
    "front derailleur": ("front derailleur", "derailleur avant", "deragliatore anteriore", "przerzutka przednia"),
    "bottom bracket": ("bottom bracket", "boitier de pedalier", "movimento centrale"),
    "backpack": ("travel pack", "travel backpack", "sac a dos", "zaino da trekking"),
    "bike trainer": ("smart trainer", "turbo trainer", "indoor trainer", "direct drive trainer", "home trainer"),
    "pump": ("floor pump", "track pump", "mini pump", "hand pump"),
    "grips": ("handlebar grips", "lock on grips"),
    "lock": ("u lock", "d lock", "folding lock", "chain lock", "bike lock", "bicycle lock"),
    "heart rate monitor": ("heart rate monitor", "heart rate sensor", "chest strap", "herzfrequenz sensor",
                           "herzfrequenz brustgurt", "ceinture cardio", "capteur cardio", "banda pectoral",
                           "fascia cardio", "pas na klatke"),
    # trousers named "pants" by their use ("Training Pants" / "Spodnie treningowe"; "pants" alone is British
    # underwear too), a T-shirt and a polo shirt in two words, a helmet in French ("casque" alone: headphones)
    "trousers": ("training pants", "track pants", "jogging pants", "sweat pants", "running pants", "hiking pants",
                 "rain pants", "ski pants", "cargo pants", "pantalon de survetement", "pantaloni da allenamento",
                 "pantaloni tuta", "spodnie treningowe", "pantalon de chandal"),
    "shirt": ("t shirt",),
    "polo shirt": ("polo shirt", "polo shirts"),
    "helmet": ("casque velo", "casque de velo", "casque velo route", "casque de velo route", "casque vtt",
               "casque de ski", "casque de velo de route"),
    HIKING: ("chaussures de randonnee", "chaussure de randonnee", "buty trekkingowe", "scarpe da trekking",
             "scarpe da escursionismo", "zapatillas de montana"),
    "boots": ("snow boots", "snow boot", "winter boots", "bottes de neige", "botas de nieve", "doposci"),
}

_HOODIE_PHRASES = ("sweat a capuche", "felpa con cappuccio", "bluza z kapturem", "sudadera con capucha")

# one value written otherwise
_SYNONYMS = {
    "waterproof": "waterproof wp impermeable impermeables wasserdicht etanche impermeabile wodoodporne "
                  "wodoodporny",
    "senior": "senior sr",
    "junior": "junior jr",
    "links": "links glieder maillons eslabones ogniw ogniwa",
    "folding": "folding faltbar pliable plegable pieghevole zwijana",
    # a maker's colour names in the shops' languages (UGG's "Chestnut" / "Kastanie", Timberland's "Wheat" / "Trigo")
    "chestnut": "chestnut kastanie chataigne castagna castano",
    "wheat": "trigo",
    "tent": "tenda",
}

# a count's unit: "2-osobowy" is the "2-Person" tent
_FILLER = "osobowy osobowa osobowe"


def install(W) -> None:
    """Merge the tables into ``wordclass`` (``W``); free words only (``W.install_block``), but the hiking shoe's
    words sport32 read as a shoe's (``HIKING``), and a sleeve's German words."""
    for w in _KINDS[HIKING].split():
        if W.CATEGORY.get(w) == "shoes":
            del W.CATEGORY[w]
    W.install_block(_KINDS, _KIND_PHRASES, _SYNONYMS, filler=_FILLER,
                    specs={"sleeve": {"short": "kurzarm kurzarmlig", "long": "langarm langarmlig"}})
    # a sweatshirt with a hood in French, Italian, Polish, Spanish is a hoodie ("Bluza *z kapturem* Nike Club
    # Fleece" / "Bluza Nike Club Fleece" are two products, as "Hoodie" / "Sweatshirt" are: sport32 read the
    # phrases as the sweatshirt)
    W._add_kind_phrases({"hoodie": _HOODIE_PHRASES}, replace=True)


# --------------------------------------------------------------------------
# a shoe's cut: "Dunk Low" / "Dunk High", "All Star Hi" / "All Star Ox", "Renegade GTX Mid" / "GTX Lo"
# --------------------------------------------------------------------------
# A sneaker or a boot is sold in cuts of one line: low, mid, high (Nike's "Dunk Low" / "Dunk High", Converse's
# "Hi" / "Ox", Lowa's "Mid" / "Lo", Jordan's "1 Mid" / "1 Low").  The cut words are in no table and common
# elsewhere, so two titles naming two cuts after one word both print agreed on every identifying word but the
# cut, and "low" / "high" passed as shop words.  Two cuts named right after a word both titles print are two
# products; one title naming a cut and the other none is left to the other rules ("Dunk Low Retro" is often
# printed "Dunk Retro").
_CUTS = {"low": "low", "lo": "low", "ox": "low", "mid": "mid", "high": "high", "hi": "high"}


def _cuts(ws):
    return {(ws[i - 1], _CUTS[w]) for i, w in enumerate(ws) if i and w in _CUTS}


# (a low or mid cut inserted - "High" qualifies too much: "Electric *High* Pressure Washer" -, before a membrane,
# a footwear word or a gender, where a shoe's cut stands)
_LOW_MID = frozenset("low lo mid".split())
_AFTER_CUT = frozenset("""
goretex gtx wp waterproof retro og premium boot boots shoe shoes sneaker sneakers trainers hiking trail
men mens women womens herren damen homme femme hombre mujer uomo donna
""".split())


def cut_inserted(wa, wb) -> bool:
    """Does one title print a low or mid cut (``_LOW_MID``) between two words the other prints side by side, the
    second a membrane's, a footwear word or a gender (``_AFTER_CUT``), the other naming no cut ("banks *low*
    goretex" / "banks goretex")?"""
    for x, y in ((wa, wb), (wb, wa)):
        if _LOW_MID.isdisjoint(x) or not _CUTS.keys().isdisjoint(y):
            continue
        pairs = set(zip(y, y[1:]))
        if any(x[i] in _LOW_MID and x[i + 1] in _AFTER_CUT and (x[i - 1], x[i + 1]) in pairs
               for i in range(1, len(x) - 1)):
            return True
    return False


def cuts_differ(wa, wb) -> bool:
    """Do titles' words ``wa`` / ``wb`` name two cuts (``_CUTS``) right after one word both print, and no
    common cut after it - or one title a cut between two words the other prints side by side (``cut_inserted``:
    Hanwag's "Banks Low GTX" / "Banks GTX")?"""
    if cut_inserted(wa, wb):
        return True
    if _CUTS.keys().isdisjoint(wa) or _CUTS.keys().isdisjoint(wb):
        return False
    ca, cb = _cuts(wa), _cuts(wb)
    prev_a = {p for p, _ in ca}
    for p, c in cb:
        if p in prev_a and (p, c) not in ca:
            return True
    return False


# --------------------------------------------------------------------------
# a line's model letter "X" glued to a one-digit model number: "Instinct 2X" / "Instinct 2"
# --------------------------------------------------------------------------
# Garmin's "Instinct 2X", "fenix 7X", "Forerunner 965" ...: the X model is the larger, other watch.  "2x" is
# read as a multiplier ("2x AA"), so "Instinct 2X Solar" / "Instinct 2 Solar" met.  Right after a name word
# (letters) both titles print, where the other prints the bare number after that word, the glued "x" is the
# model's letter - a multiplier stands before what it counts, not after a name.
def _x_glued(w: str) -> bool:
    return len(w) == 2 and w[0].isdigit() and w[1] == "x"


def x_model_differs(wa, wb, generic=frozenset(), raw_a: str = "", raw_b: str = "") -> bool:
    """Does one title print "<digit>x" right after a name word (letters, no ``generic`` word) both print,
    where the other prints the bare digit after that word?  Glued in the title as the shop wrote it (``raw_a`` /
    ``raw_b``): the cleaner glues a count's "2 x Button" too (a Walmart-Amazon mouse was lost)."""
    for x, y, raw, other_raw in ((wa, wb, raw_a, raw_b), (wb, wa, raw_b, raw_a)):
        for i in range(1, len(x)):
            w = x[i]
            if not _x_glued(w) or w in y:
                continue
            prev = x[i - 1]
            if not prev.isalpha() or prev in generic:
                continue
            if not re.search(r"(?<![\w.])" + w + r"(?![\w.])", raw.lower()):
                continue
            if re.search(r"(?<![\w.])" + w + r"(?![\w.])", other_raw.lower()):
                continue  # (both shops wrote "2X": the cleaner read the other's "2X 12G" as 2 x 12G - MSI's "Ventus 2X")
            for j in range(1, len(y)):
                if y[j] == w[0] and y[j - 1] == prev:
                    return True
    return False


# --------------------------------------------------------------------------
# a lone capital "X" inside a line's name, and a generation glued to a line's letter
# --------------------------------------------------------------------------
# POC's "Octal *X* MIPS", Polar's "Grit *X2* Pro" / "Grit *X* Pro": a maker's letter inside the name names
# another model (``mends34.model_letter_one_side`` reads lone letters, but not "x", a count's sign); a capital
# "X" standing alone between two name words the other prints side by side, written so by the shop, is no count
# ("2 x 3", "3 x AA": a number beside it).  And a letter with a digit glued ("X2") where the other prints the
# letter alone after the same word ("Grit X") is the line's next generation.
def _raw_has(raw: str, pattern: str) -> bool:
    return isinstance(raw, str) and re.search(pattern, raw) is not None


def x_letter_one_side(wa, wb, raw_a: str = "", raw_b: str = "", generic=frozenset()) -> bool:
    """Does one title print a capital "X" alone between two name words (letters, the first no ``generic`` word)
    the other prints side by side, and never "x"?"""
    for x, y, raw in ((wa, wb, raw_a), (wb, wa, raw_b)):
        if "x" not in x or "x" in y:
            continue
        pairs = set(zip(y, y[1:]))
        for i in range(1, len(x) - 1):
            if x[i] != "x":
                continue
            prev, nxt = x[i - 1], x[i + 1]
            if not (prev.isalpha() and nxt.isalpha()) or prev in generic or (prev, nxt) not in pairs:
                continue
            if _raw_has(raw, r"(?i:\b" + re.escape(prev) + r")\s+X\s+(?i:" + re.escape(nxt) + r"\b)"):
                return True
    return False


_LETTER_GEN = re.compile(r"([a-z])(\d)").fullmatch


def letter_generation_differs(wa, wb, raw_a: str = "", raw_b: str = "") -> bool:
    """Does one title print a letter with one digit glued ("x2", as the shop wrote it) right after a word the
    other prints followed by that letter alone ("grit x2" / "grit x")?"""
    for x, y, raw in ((wa, wb, raw_a), (wb, wa, raw_b)):
        for i in range(1, len(x)):
            m = _LETTER_GEN(x[i])
            if m is None or x[i] in y:
                continue
            prev, letter = x[i - 1], m.group(1)
            if not prev.isalpha() or letter in x:
                continue
            # (the letter alone: no number after it - "Kärcher K5" / "K 5", "Nikon Z6III" / "Z 6III" are one model)
            if not any(y[j] == letter and y[j - 1] == prev and not (j + 1 < len(y) and y[j + 1][:1].isdigit())
                       for j in range(1, len(y))):
                continue
            if _raw_has(raw, r"(?i)(?<![\w.-])" + x[i] + r"(?![\w.-])"):
                return True
    return False


# The light "SL" inside a line (Arc'teryx's "Beta *SL* Jacket", a bike's "CF *SL*"), between two words the other
# title prints side by side, as ``sport32.line_tier_inserted`` reads "Elite", "Speed", "Lightweight" - but written
# as a word of its own by the shop: "SL-M2026W" is Samsung's printer code, "Xpress M2026W" the same printer.
def sl_tier_inserted(wa, wb, raw_a: str = "", raw_b: str = "") -> bool:
    """Does one title print "SL" alone (as the shop wrote it, no hyphen) between two words the other prints side
    by side, neither the title's first - or glued to a code ending in a digit the other prints bare ("x11sl" /
    "x11")?"""
    for x, y, raw in ((wa, wb, raw_a), (wb, wa, raw_b)):
        for w in x:
            # (glued to a model's code ending in a digit, the other printing the code bare: KMC's "X11SL" / "X11")
            if len(w) > 4 and w.endswith("sl") and w[-3].isdigit() and w[:-2] in y and w not in y:
                return True
        if "sl" not in x or "sl" in y:
            continue
        pairs = set(zip(y, y[1:]))
        for i in range(2, len(x) - 1):
            if x[i] == "sl" and (x[i - 1], x[i + 1]) in pairs \
                    and _raw_has(raw, r"(?i)(?<![\w-])sl(?![\w-])"):
                return True
    return False


# --------------------------------------------------------------------------
# two of a bicycle group's parts
# --------------------------------------------------------------------------
# Shimano, SRAM and Campagnolo number a group, and each of its parts prints the group's number: "Deore XT M8100
# Rear Derailleur", "... M8100 Cassette", "... M8100 Schaltwerk" / "Kassette" share "M8100", and the shared model
# number made them one product.  Two titles naming two components (``COMPONENTS``), none named by both, are two
# products whatever number they share (a group set naming several parts names the one the other names).
COMPONENTS = frozenset((
    "derailleur", "front derailleur", "cassette", "chain", "crankset", "shifter", "brake", "brake rotor", "pedal",
    "saddle", "handlebar", "stem", "seatpost", "wheelset", "chainring", "bottom bracket", "tyre", "fork"))


def components_differ(a, b, kinds_named=None) -> bool:
    """Do the two titles each name a bicycle's component (``COMPONENTS``; ``kinds_named``: a prepared offer's kinds,
    ``wordclass._kinds_named``), and none both?"""
    if kinds_named is None:
        return False
    ka = COMPONENTS.intersection(kinds_named(a))
    if not ka:
        return False
    kb = COMPONENTS.intersection(kinds_named(b))
    return bool(kb) and ka.isdisjoint(kb)


# --------------------------------------------------------------------------
# one length in millimetres on each side
# --------------------------------------------------------------------------
# A crank's 170 / 172.5 / 175 mm, a watch's 45 / 46 mm case: lengths two titles print are compared within 3 %
# (``relations.unit_relation``: a length converted from inches is rounded), so "Crankset 172.5mm" and "Crankset
# 170mm" agreed.  Where each shop prints one length, both in millimetres, no conversion rounded either: two figures
# a millimetre or more apart are two products.
_MM = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,]\d{1,2})?)\s?mm\b", re.I)
_MM_NOT = re.compile(r"\d\s?(?:x|\*|×)\s?\d|\d\s?-\s?\d+(?:[.,]\d+)?\s?mm|\b(?:inch|zoll|pouces|\")", re.I)


def _one_mm(raw: str):
    if not isinstance(raw, str) or "mm" not in raw.lower() or _MM_NOT.search(raw):
        return None
    found = _MM.findall(raw)
    if len(found) != 1:
        return None
    return float(found[0].replace(",", "."))


def mm_lengths_differ(raw_a: str, raw_b: str) -> bool:
    """Does each title print one length in millimetres (no dimensions "A x B", no range, no inches), a
    millimetre or more apart?"""
    va = _one_mm(raw_a)
    if va is None:
        return False
    vb = _one_mm(raw_b)
    return vb is not None and abs(va - vb) >= 1.0


def fs_variants_differ(a, b, generic=frozenset(), kinds_named=None) -> bool:
    """(session 36, fs36) The readings above, for ``variants.slot_conflict``; ``a`` / ``b`` have the title's
    words (``words``); ``generic``: the kind and filler words (``wordclass.GENERIC``)."""
    wa, wb = a.words, b.words
    ra = a.rawtitle if isinstance(a.rawtitle, str) else ""
    rb = b.rawtitle if isinstance(b.rawtitle, str) else ""
    return (cuts_differ(wa, wb) or x_model_differs(wa, wb, generic, ra, rb)
            or x_letter_one_side(wa, wb, ra, rb, generic) or letter_generation_differs(wa, wb, ra, rb)
            or sl_tier_inserted(wa, wb, ra, rb) or components_differ(a, b, kinds_named) or mm_lengths_differ(ra, rb))


# --------------------------------------------------------------------------
# the cleaner's readings: a gendered German compound, a cassette's teeth, a jeans' "Fit"
# --------------------------------------------------------------------------
# German shops glue who a shoe or a garment is for to its kind: "Herrenschuh", "Damenlaufschuhe",
# "Kinderjacke" are "Herren Schuhe", "Damen Laufschuhe" - the gender then compared as a gender and the kind
# excused as a kind ("Nike Air Max 90 Herrenschuh" / "Men's Shoes"; a women's shoe stays another product).
_GENDER_COMPOUND = re.compile(r"\b(herren|damen|kinder)(schuhe?|sneakers?|laufschuhe?|jacken?|hosen?|stiefel)\b")


def _gender_repl(m) -> str:
    kind, who = m.group(2), m.group(1)
    # ("Kinder" alone is too common a word to identify - Ferrero's chocolate -: the kids' shoe is "kids")
    return ("kids" if who == "kinder" else who) + " " + ("schuhe" if kind == "schuh" else kind)


# A cassette's range of teeth is "11-30T", "11-30", "10-52 Zähne", "11-34 dents": the teeth's letter or word
# after a range that starts at a cassette's smallest sprocket (9 to 13 teeth) is dropped, the range kept.
_TEETH = re.compile(r"\b(9|10|11|12|13)\s?-\s?(\d{2})\s?(?:t|z|zahne|zaehne|dents|denti|dientes|zebow|teeth)\b")
# A cut's "Fit" after its name: "511 Slim Fit Jeans" is the "511 Slim Jeans" (the cut's word is compared;
# "Regular Fit" is sport32's regular width)
_FIT = re.compile(r"\b(slim|skinny|tapered|straight|relaxed|loose|athletic|original)\s+fit\b")
_HINT_ANY = re.compile(r"herren|damen|kinder|\d\s?(?:t|z|zahne|zaehne|dents|denti|dientes|zebow|teeth)\b|\sfit\b").search
# (session 37, sp37, speed) The same question in three searches each led by a literal or a letter (``_HINT_ANY``,
# led by a digit or a space in two of its branches, was tried at every position: ~20,000 instructions a title,
# ~11,500 now): the words, then the teeth's letters with the digit checked behind them, then "fit" with its
# space behind it.  ``HINT(s)`` is truthy exactly where ``_HINT_ANY(s)`` is (tests/test_matching_sp37.py).
_HINT_NAMES = re.compile(r"herren|damen|kinder").search
_HINT_TEETH = re.compile(r"(?:t(?:(?<=\dt)|(?<=\d\st))(?:eeth)?|z(?:(?<=\dz)|(?<=\d\sz))(?:ahne|aehne|ebow)?"
                         r"|d(?:(?<=\dd)|(?<=\d\sd))(?:ents|enti|ientes))\b").search
_HINT_FIT = re.compile(r"fit(?<=\sfit)\b").search


def HINT(s: str):
    """A match where ``fs_read`` may change ``s`` (``_HINT_ANY``), else None."""
    return _HINT_NAMES(s) or _HINT_TEETH(s) or ("fit" in s and _HINT_FIT(s)) or None


def fs_read(s: str) -> str:
    """The cleaned (lower-case, accent-free) title ``s`` with the readings above."""
    if "herren" in s or "damen" in s or "kinder" in s:
        s = _GENDER_COMPOUND.sub(_gender_repl, s)
    if "-" in s:
        s = _TEETH.sub(r"\1-\2", s)
    if " fit" in s:
        s = _FIT.sub(r"\1", s)
    return s
