"""Session 41 (fu41): furniture, home and garden goods as European and US shops title them.

A furniture or garden maker's title is a range name, the kind of piece in the shop's language, a
finish and the size: "IKEA HOVET Mirror, aluminium, 78x196 cm" / "HOVET Miroir, aluminium, 78x196 cm",
"Sekey Sonnenschirm 270 cm" / "SekeY Garden Parasol 2.7m".  The range name and the size identify the
product; the kind in another language is no identifying word.  Read here, as principles:

* ``_KINDS`` / ``_KIND_PHRASES`` / ``_SYNONYMS``: kinds of furniture, lighting, garden goods no table held
  (a mirror, a sofa and a corner sofa, a floor / pendant lamp, a parasol, a planter, a
  lopper, a storage bag, gas / charcoal / pellet barbecues), each in the shops' languages, concept by
  concept; a stain's "gebeizt", a bed frame's "hoch" / "niedrig" (high / low).  Words a table holds keep
  their meaning (``wordclass.install_block``).  An office chair is ``office41``'s kind (one table).
* ``home_read`` (``titles._clean_pre``): a sofa's seat count written five ways is one count -
  "3-seat", "3 seater", "3-Sitzer", "3-sitzig", "3er-Sofa", "3 places", "3 plazas", "3 posti", "3-zits" are
  "3-seat" (the "3er" was read as a pack of three); a dimension pair closed by a bare "in" ("52 x 84 in,")
  is in inches, as '52" x 84"' is; a rug's feet and inches ("5'3\" x 7'6\"") are its size in cm.
* ``dim_sides_agree`` (``wordclass._classify_words``): a number that is a side of a dimension both titles
  state - in any order, unit or separator ("46 x 54 inch" / "117 x 137 cm", the facet ``dims`` reads both
  as sorted sides and converts cm / inch) - is no missing identifying word: the dimension is compared as
  the facet, and two dimensions still differ there - unless each side is within 1.5 % (``near``: a size
  converted and rounded, 228.6 / 230 cm).
* ``bed_size_named`` (the same): a bed's size name ("Double", "King Size", "Queen", "Single", "Super King",
  "Twin", "Full") against the other title's mattress size in cm or inches that is one of that name's sizes
  in the UK, the US or the EU ("Double" = 135 x 190 cm; "King" = 150 x 200 (UK), 160 / 180 x 200 (EU),
  76 x 80 in (US)) is no missing word, nor are that size's numbers - only in a title about a mattress, a
  bed or a bed frame, a divan or a fitted sheet (a duvet's "Double" is 200 x 200 cm); where the name's title
  prints a size of its own, that size ("Double (135 x 190 cm)").
* ``range_maker_alone`` / ``article_number_alone``: IKEA leading one title right before a range name the other
  prints, and its article number ("002.638.50") on one side, are no missing words.
* ``shade_compound_agrees``: a shade glued to its colour ("dunkelgrau", "hellblau", "donkergrijs") against the
  two words ("dark grey"), by the shade facet; the compound stays no colour of the colour facet, so a shade
  against the plain colour ("Hellblau" / "Blau") is still a variant.  ``SIZE_FORMS``: German and Dutch
  inflected size words ("großes" = large; not "grosse": "Größe" folds to it); ``SHADE_NAMED``: aqua a light blue.

This module imports no matcher module but the leaf ``kind_accessory`` (``wordclass`` is passed to ``install``; the
readers get offers).
"""

from __future__ import annotations

import re

from . import kind_accessory as _kind_accessory  # (session 42, ac42: a kind's accessory on one side; a leaf)

# --------------------------------------------------------------------------
# kinds (folded ASCII, as ``titles`` cleans: "Sonnenschirm", "Pflanzgefäß" -> "pflanzgefass")
# --------------------------------------------------------------------------
_KINDS = {
    "mirror": "mirror mirrors miroir miroirs spiegel specchio specchi espejo espejos lustro wandspiegel",
    "sofa": "sofa sofas couch couches canape canapes divano divani",
    "corner sofa": "ecksofa ecksofas hoekbank hoekbanken naroznik",
    "sofa bed": "schlafsofa schlafcouch bettsofa",
    "floor lamp": "lampadaire lampadaires stehlampe stehlampen stehleuchte stehleuchten standleuchte "
                  "standleuchten vloerlamp vloerlampen piantana",
    "pendant lamp": "pendelleuchte pendelleuchten hangeleuchte hangelampe hanglamp hanglampen",
    "desk lamp": "schreibtischleuchte schreibtischlampe bureaulamp",
    "parasol": "parasol parasols sonnenschirm sonnenschirme ombrellone ombrelloni sombrilla sombrillas",
    "planter": "planter planters pflanzgefass pflanzgefasse pflanzkubel blumenkubel fioriera fioriere "
               "macetero maceteros plantenbak plantenbakken donica",
    "lopper": "lopper loppers astschere astscheren getriebeastschere troncarami takkenschaar",
    "storage bag": "aufbewahrungstasche aufbewahrungstaschen opbergtas opbergtassen",
    "shelf": "bucherregal bucherregale",
    "charcoal grill": "holzkohlegrill holzkohlegrills houtskoolbarbecue",
    "pellet grill": "pelletgrill pelletgrills",
    "duvet cover": "bettbezug bettbezuge copripiumino dekbedovertrek",
    "wing chair": "ohrensessel oorfauteuil",
    "garden bench": "gartenbank gartenbanke tuinbank",
    "raised bed": "hochbeet hochbeete",
}
_KIND_PHRASES = {
    "corner sofa": ("corner sofa", "corner sofas", "l shaped sofa", "canape d angle", "divano angolare",
                    "sofa esquinero", "sofa rinconera", "sofa de esquina"),
    "sofa bed": ("sofa bed", "canape lit", "canape convertible", "divano letto", "sofa cama"),
    "floor lamp": ("floor lamp", "standard lamp", "floor light", "lampada da terra", "lampara de pie",
                   "lampa podlogowa"),
    "pendant lamp": ("pendant lamp", "pendant light", "ceiling pendant", "lampada a sospensione",
                     "lampara colgante", "lampe suspendue"),
    "desk lamp": ("lampe de bureau", "lampada da scrivania", "lampara de escritorio"),
    "parasol": ("garden umbrella", "patio umbrella", "market umbrella", "garden parasol"),
    "planter": ("plant pot", "flower pot", "pot de fleurs", "vaso per piante"),
    "lopper": ("coupe branches",),
    "storage bag": ("storage case", "storage bag", "sac de rangement", "bolsa de almacenaje"),
    "gas grill": ("gas bbq", "gas barbecue", "barbecue a gaz", "barbacoa de gas", "barbecue a gas"),
    "charcoal grill": ("charcoal grill", "charcoal barbecue", "charcoal bbq", "barbecue a charbon",
                       "barbacoa de carbon", "barbecue a carbone"),
    "pellet grill": ("pellet grill", "pellet smoker", "wood pellet grill"),
    "duvet cover": ("housse de couette", "funda nordica"),
    "hose": ("tuyau d arrosage",),
    "wing chair": ("wing chair", "wingback chair", "fauteuil a oreilles", "sillon orejero"),
    "garden bench": ("garden bench", "banc de jardin", "panchina da giardino", "banco de jardin"),
    "raised bed": ("raised bed", "raised garden bed", "elevated garden bed", "potager sureleve", "orto rialzato",
                   "bancal elevado"),
    "lawn mower": ("tondeuse a gazon",),
}
_SYNONYMS = {
    "stain": "gebeizt gebeizte gebeizter",
    # a named size in German and Dutch forms ("Large Jar" / "großes Glas")
    # (not "grosse" / "grossen": "Größe" / "Größen", a garment's size label, fold to them)
    "large": "large gross grosses grosser groot grote",
    "small": "small klein kleine kleines kleiner kleinen",
    # a barbecue's burners ("4 Burner" / "4 quemadores" / "3 Brenner")
    "burner": "burner burners brenner bruleurs bruleur quemadores quemador bruciatori bruciatore branders",
}
# a label or a pack of one: "Schnittbreite 32 cm" (cutting width), "Einzelpack"
_FILLER = "schnittbreite einzelpack einzelpackung"


# a bed frame's height: two classes of one spec ("high" / "hoch", "low" / "niedrig": two products)
_SPECS = {"frame height": {"high": "high hoch hohe hoher hoog", "low": "low niedrig niedrige niedriger laag"}}


def install(W) -> None:
    """Merge the tables into ``wordclass`` (``W``); free words only."""
    W.install_block(_KINDS, _KIND_PHRASES, _SYNONYMS, filler=_FILLER, specs=_SPECS)


# --------------------------------------------------------------------------
# the cleaner's reader (lower-cased, folded title)
# --------------------------------------------------------------------------
_SEAT_WORDS = r"(?:seats?|seater|sitzer|sitzig|sitzige|sitziger|sitziges)"
_SEATS = re.compile(r"(?<![\w.,])([1-9])\s?-?\s?" + _SEAT_WORDS + r"(?![\w])")
# (a tent's, a car's or a bed's "2 places" / "2 plazas" / "2 posti" / "2-persoons" are no seats: read only in a
# title naming a sofa - "Tente de camping MH100 - 2 places" / "Campingzelt 2 Personen" is one tent)
_PLACES = re.compile(r"(?<![\w.,])([1-9])\s?-?\s?(?:places|plazas|posti|zits|persoons)(?![\w])")
_SOFA_WORD = re.compile(r"\b(?:sofa|sofas|canape|canapes|divano|divani|couch|bankstel|banquette)\b").search
_SEATS_ER = re.compile(r"(?<![\w.,])([1-9])er\s?-?\s?(sofa|couch|ecksofa|sitzer|sitzbank|schlafsofa)\b")
# "52 x 84 in," / "52 x 84 in)" / "... 84 in" closing: a bare "in" after a dimension pair is the inch
_PAIR_IN = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d+)?)\s?[x*\u00d7]\s?(\d{1,3}(?:\.\d+)?)\s?in(?=\s*(?:[,;)|]|-\s|$))")
# a rug's or a mat's size in feet and inches ("5'3\" x 7'6\"", "5' 3\" x 7' 6\""): in cm, as the shops of metric
# countries print the same rug ("160 x 230 cm") - each side 12 * feet + inches, times 2.54, rounded
_FEET_INCHES = re.compile(r"(?<![\w.])(\d{1,2})\s?'\s?(\d{1,2})\s?(?:\"|'')\s?[x*\u00d7]\s?(\d{1,2})\s?'\s?(\d{1,2})\s?(?:\"|'')")
_HINT_SEAT = re.compile(r"\d\s?-?\s?(?:seat|sitz|places|plazas|posti|zits|persoons)|\der\s?-?\s?(?:sofa|couch|ecksofa|sitz|schlaf)").search
_HINT_IN = re.compile(r"\d\s?in(?:\s*[,;)|]|\s-\s|$)").search


def HINT(s: str) -> bool:
    return bool("'" in s or ("seat" in s or "sitz" in s or "plac" in s or "plaz" in s or "posti" in s or "zits" in s
                 or "persoons" in s or "sofa" in s or "couch" in s) and _HINT_SEAT(s) or " in" in s and _HINT_IN(s))


def _seat_repl(m) -> str:
    return f"{m.group(1)}-seat"


def _seat_er_repl(m) -> str:
    w = m.group(2)
    return f"{m.group(1)}-seat {w}" if w not in ("sitzer",) else f"{m.group(1)}-seat"


def _cm(v: float) -> str:
    # (fxfu41: to a tenth, so that the size shows it was converted - "228.6" - and ``near`` may read it so)
    v = round(v, 1)
    return str(int(v)) if v == int(v) else str(v)


def _feet_inches_repl(m) -> str:
    a = (int(m.group(1)) * 12 + int(m.group(2))) * 2.54
    b = (int(m.group(3)) * 12 + int(m.group(4))) * 2.54
    return f" {_cm(a)} x {_cm(b)} cm "


def home_read(s: str) -> str:
    """A cleaned (lower-cased) title with a sofa's seat count as one "N-seat" and a dimension pair closed by
    a bare "in" as inches ("52 x 84 in," -> '52" x 84"')."""
    if _HINT_SEAT(s):
        s = _SEATS_ER.sub(_seat_er_repl, s)
        s = _SEATS.sub(_seat_repl, s)
        if _SOFA_WORD(s):
            s = _PLACES.sub(_seat_repl, s)
    if "'" in s and ("\"" in s or "''" in s):
        s = _FEET_INCHES.sub(_feet_inches_repl, s)
    if " in" in s and _HINT_IN(s):
        s = _PAIR_IN.sub(lambda m: f'{m.group(1)}" x {m.group(2)}"', s)
    return s


# --------------------------------------------------------------------------
# pair readers (prepared offers: ``facets`` holds "dims", sorted tuples of sides, cm and inch)
# --------------------------------------------------------------------------
_NUM = re.compile(r"^(\d{1,4}(?:\.\d+)?)(?:cm|mm|m|in|inch|ft|\")?$")


def _value(w: str):
    m = _NUM.match(w)
    return float(m.group(1)) if m else None


def dim_sides_agree(w: str, p, other) -> bool:
    """Is ``w`` (a word of p's title the other never prints) a number that is a side of a dimension p states
    and the other states too (the same sides in any order, or converted between cm and inch)?"""
    if not w[:1].isdigit():
        return False
    v = _value(w)
    if v is None:
        return False
    pd = p.facets.get("dims")
    od = other.facets.get("dims")
    if not pd or not od:
        return False
    imp = imperial(p.facets.get("_cleaned")) or imperial(other.facets.get("_cleaned"))
    return any(type(t) is tuple and len(t) >= 2 and type(t[0]) is float and v in t
               and (t in od or any(near(t, u, imp) for u in od)) for t in pd)


# a size converted between units and rounded ("7'6\"" = 228.6 cm, printed "230 cm" by a metric shop): sides
# within 1.5 % each (10 cm in 7 m); both sides of every dimension, in the order the facet sorts them - only where a
# side was converted (fxfu41): one title prints inches or feet, or a side is a tenth of a cm ("228.6": ``home_read``'s
# feet and inches).  attack41a: between two metric sizes the tolerance joined made-up near sizes (rugs "200 x 290" /
# "200 x 294", "160 x 230" / "160 x 233", tablecloths "140 x 240" / "140 x 236") - two products.
NEAR = 0.015
_IMPERIAL = re.compile(r"\d\s?(?:inch|inches|in|ft|feet|\"|'')(?![a-z])").search


def imperial(cleaned) -> bool:
    """Does a cleaned title print a size in inches or feet?"""
    return isinstance(cleaned, str) and ("in" in cleaned or "ft" in cleaned or "fe" in cleaned or '"' in cleaned
                                         or "''" in cleaned) and _IMPERIAL(cleaned) is not None


def _converted(t) -> bool:
    return any(x >= 20 and x != int(x) for x in t)


def near(t, u, imperial_: bool = False) -> bool:
    """Are two dimension tuples (sorted sides) the same size within ``NEAR`` on every side - one of them a
    converted size (``imperial_``: a title prints inches or feet; or a side to a tenth of a cm)?"""
    if type(u) is not tuple or len(u) != len(t) or type(u[0]) is not float:
        return False
    if not (imperial_ or _converted(t) or _converted(u)):
        return False
    return all(abs(x - y) <= NEAR * max(x, y) for x, y in zip(t, u))


def dims_near(ma, mb, imperial_: bool = False) -> bool:
    """Do two sets of measured dimensions hold one size within ``NEAR`` (``facets._dims_disagree``)?"""
    return any(near(t, u, imperial_) for t in ma if type(t) is tuple and len(t) >= 2 and type(t[0]) is float
               for u in mb)


# bed sizes (cm, short side first) by name, read in one region per name (fxfu41): the UK names ("Single", "Small
# Double", "Double", "King Size", "Super King") and the US names ("Twin", "Full", "Queen", "King", "California King")
# each name one size of its own country; the EU sells its beds by cm alone (90 / 140 / 160 / 180 x 200), so no name
# is an EU size.  attack41a: a name equal to a size of ANY of the UK, US and EU tables ("King" = 150 x 200, 160 x 200
# and 180 x 200; "Queen" = 160 x 200; "Double" = 140 x 200) joined a UK King Size with an EU 160 / 180 x 200 mattress,
# a US Queen (152 x 203) with an EU 160 x 200 one - 40 wrong "same".  Inches converted as the facet does.
_BED_SIZES = {
    "single": ((90, 190), (91, 191)),  # (UK 3ft x 6ft3)
    "twin": ((97, 191), (99, 191)),  # (US 38 / 39 x 75 in)
    "small double": ((120, 190), (122, 191)),  # (UK 4ft)
    "double": ((135, 190), (137, 190), (137, 191)),  # (UK 4ft6 x 6ft3)
    "full": ((135, 190), (137, 190), (137, 191)),  # (US 54 x 75 in: the UK double's size)
    "king": ((150, 200), (152, 198), (193, 203)),  # (UK 5ft x 6ft6; US 76 x 80 in - read by region below)
    "super king": ((180, 200), (183, 198)),  # (UK 6ft x 6ft6)
    "queen": ((152, 203), (153, 203)),  # (US 60 x 80 in)
    "california king": ((183, 213),),  # (US 72 x 84 in)
}
# an EU size only where the title says so ("Emma Original Mattress 160 x 200 cm (EU King)": a maker's own name for
# its cm size in an EU shop) - then the EU sizes alone
_BED_SIZES_EU = {
    "single": ((90, 200),), "double": ((140, 200),), "king": ((160, 200), (180, 200)), "queen": ((160, 200),),
    "super king": ((180, 200),),
}
# a bare "King": the UK's 150 x 200 where the title says "King Size" or "UK", the US's 76 x 80 in where it says "US"
_KING_UK = frozenset(((150, 200), (152, 198)))
_KING_US = frozenset(((193, 203),))
_BED_KINDS = frozenset("mattress matratze matelas colchon materasso matras bed beds bedframe bettgestell divan "
                       "fitted spannbettlaken topper".split())
_NOT_BED = frozenset("duvet duvets bettdecke couette comforter quilt cover pillow pillows pillowcase pillowcases "
                     "blanket throw flat".split())
_NAME_WORDS = frozenset(("single", "twin", "double", "full", "king", "queen", "super", "small", "california",
                         "cal", "size", "kingsize", "superking"))


def _bed_names(ws) -> tuple:
    """The bed size names p's words print ("king size" -> king, "super king" -> super king)."""
    out = []
    n = len(ws)
    for i, w in enumerate(ws):
        prev = ws[i - 1] if i else ""
        if w in ("king", "kingsize"):
            if prev in ("super",):
                out.append("super king")
            elif prev in ("california", "cal"):
                out.append("california king")
            else:
                out.append("king")
        elif w == "superking":
            out.append("super king")
        elif w == "double":
            out.append("small double" if prev == "small" else "double")
        elif w in ("single", "twin", "full", "queen"):
            out.append(w)
    return tuple(out)


def _is_bed_title(ws) -> bool:
    s = set(ws)
    return not s.isdisjoint(_BED_KINDS) and s.isdisjoint(_NOT_BED)


def _bed_dims(p) -> frozenset:
    return frozenset(t for t in (p.facets.get("dims") or ()) if type(t) is tuple and len(t) == 2
                     and type(t[0]) is float and 80 <= t[0] <= 200 and 180 <= t[1] <= 215)


def bed_size_named(w: str, p, other) -> bool:
    """Is ``w`` (a word of p's title the other never prints) a bed's size name - or a number of the other's
    mattress size, where p names the size - that agrees with the other title's size in cm or inches?"""
    if w in _NAME_WORDS:
        named, sized = p, other
    elif w[:1].isdigit():
        named, sized = other, p
    else:
        return False
    names = _bed_names(named.words)
    if not names or len(set(names)) != 1:
        return False
    if not (_is_bed_title(named.words) and _is_bed_title(sized.words)):
        return False
    dims = _bed_dims(sized)
    if not dims:
        return False
    table = _BED_SIZES[names[0]]
    if "eu" in named.words:
        table = _BED_SIZES_EU.get(names[0], ())
    elif names[0] == "king":
        ws = named.words
        uk = "uk" in ws or any(x in ("kingsize",) or x == "king" and i + 1 < len(ws) and ws[i + 1] == "size"
                               for i, x in enumerate(ws))
        us = "us" in ws or "usa" in ws
        if uk != us:
            table = _KING_UK if uk else _KING_US
    sizes = {(float(a), float(b)) for a, b in table}
    own = _bed_dims(named)
    if own:
        # (the name's title prints its size too: "Double (135 x 190 cm)" - that size, the other's)
        sizes = sizes & own
    if not dims & sizes:
        return False
    if w[:1].isdigit():
        v = _value(w)
        return v is not None and any(v in t for t in dims & sizes)
    return True


# --------------------------------------------------------------------------
# a maker that names its products by ranges, and its article number
# --------------------------------------------------------------------------
# IKEA prints a range name ("KALLAX", "BILLY") that shops print without the maker; its article number is
# three, three and two digits ("002.638.50")
RANGE_MAKERS = frozenset(("ikea",))
_ARTICLE = re.compile(r"^\d{3}\.\d{3}(?:\.\d{2})?$")


def range_maker_alone(w: str, p, other) -> bool:
    """Is ``w`` a maker that names its products by ranges, leading p's title right before a range name the
    other title prints, the other naming no maker ("IKEA KALLAX Regal" / "KALLAX Shelving unit")?"""
    ws = p.words
    return (w in RANGE_MAKERS and len(ws) > 1 and ws[0] == w and ws[1] in other.wordset
            and ws[1].isalpha() and len(ws[1]) >= 3 and not (other.brand and other.brand != ws[1]))


def article_number_alone(w: str, p, other) -> bool:
    """Is ``w`` an IKEA article number ("002.638.50") of a title naming the maker or printing it beside a range
    name, that the other title does not print (the shop's number for the piece its words name)?"""
    return bool(_ARTICLE.match(w)) and "ikea" in p.wordset and not any(_ARTICLE.match(x) for x in other.words)


# --------------------------------------------------------------------------
# a shade and its colour written as one word: "dunkelgrau", "hellblau", "donkergrijs", "ciemnoszary"
# --------------------------------------------------------------------------
_SHADE_PREFIXES = {
    "dunkel": "grau grun blau rot braun gelb lila rosa beige turkis",
    "hell": "grau grun blau rot braun gelb lila rosa beige turkis",
    "donker": "grijs groen blauw rood bruin paars roze",
    "licht": "grijs groen blauw rood bruin paars roze",
    "ciemno": "szary szara szare zielony zielona zielone niebieski niebieska niebieskie brazowy brazowa brazowe",
    "jasno": "szary szara szare zielony zielona zielone niebieski niebieska niebieskie brazowy brazowa brazowe",
    "tmavo": "sedy seda sede modry modra modre zeleny zelena zelene hnedy hneda hnede cerveny cervena cervene",
    "svetlo": "sedy seda sede modry modra modre zeleny zelena zelene hnedy hneda hnede",
    "mork": "gra gron bla brun rod",
    "ljus": "gra gron bla brun rod",
}


_PREFIX_SHADE = {"dunkel": "dark", "donker": "dark", "ciemno": "dark", "tmavo": "dark", "mork": "dark",
                 "hell": "light", "licht": "light", "jasno": "light", "svetlo": "light", "ljus": "light"}


def compound_shades() -> dict:
    """{compound: shade} of a shade prefix glued to a colour word ("dunkelgrau" -> dark; ``facets.shades`` reads
    the compound's shade and colour from its prefix, ``shade_compound_agrees`` below)."""
    return {pre + b: _PREFIX_SHADE[pre] for pre, bases in _SHADE_PREFIXES.items() for b in bases.split()}


_COMPOUND_SHADE = compound_shades()


# a named size's inflected forms in German and Dutch ("ein großes Glas", "kleine Schale": ``facets._SIZE_OF``
# holds the uninflected "gross" / "klein" / "mittel"), compared with named sizes only
SIZE_FORMS = {
    # (not "grosse" / "grossen": "Größe M" is the size label, folded - a garment's M read as large lost four pairs)
    **dict.fromkeys("grosses grosser groot grote".split(), "l"),
    **dict.fromkeys("kleine kleines kleiner kleinen".split(), "s"),
    **dict.fromkeys("mittlere mittleres mittlerer mittleren".split(), "m"),
}
# a shade named by a word of its own (``facets._SHADE_NAMED``): aqua is a light blue, as navy is a dark one
SHADE_NAMED = {"aqua": "light"}
SHADE = "_shade"  # (``facets.SHADE``: the (shade, colour) pairs a title names, a compound's from its prefix)


COLOUR_OF: dict = {}  # (``facets.COLOUR_OF``, set by ``facets`` once built: this module imports no matcher module)


def shade_compound_agrees(w: str, p, other) -> bool:
    """A shade glued to its colour against the two words ("dunkelgrau" / "dark grey"): is ``w`` (a word of p's the
    other never prints) such a compound whose shade and colour the other names, or the colour word of p's shade
    and colour that the other names in one compound?  The compound is no colour of the facet (a shade against
    the plain colour - "Hellblau" / "Blau", a phone sold in both - stays a variant)."""
    mine, theirs = p.facets.get(SHADE), other.facets.get(SHADE)
    colour_of = COLOUR_OF
    if not mine or not theirs:
        return False
    shade = _COMPOUND_SHADE.get(w)
    if shade is not None:
        c = _compound_colour(w, colour_of)
        return c is not None and (shade, c) in theirs
    c = colour_of.get(w)
    if c is None:
        return False
    return any(x in _COMPOUND_SHADE and (_COMPOUND_SHADE[x], c) in theirs and _compound_colour(x, colour_of) == c
               and (_COMPOUND_SHADE[x], c) in mine for x in other.words)


def _compound_colour(w: str, colour_of: dict):
    for pre in _PREFIX_SHADE:
        if w.startswith(pre):
            return colour_of.get(w[len(pre):])
    return None


# --------------------------------------------------------------------------
# (fxfu41) a sofa's part, accessory or configuration on one side: "IKEA KIVIK 3er-Sofa" / "IKEA KIVIK cover for
# 3-seat sofa", "... legs for 3-seat sofa", "... 3-seat sofa with chaise longue", "... 3-seat sofa bed", "... with
# open end".  attack41a: once "3er" was read as a seat count and no longer as a pack of three, nothing parted a sofa
# from its cover, legs, sofa-bed or chaise-longue version (the cross-language pair excuses the one-sided words; the
# accessory readers know no "cover for 3-seat sofa").  A row of ``variants.SLOT_READERS``: two sofas apart where
# one title names a part or configuration the other does not.  Session 42 (ac42): the parts sold alone (a cover,
# legs) are read by ``kind_accessory.accessory_one_side`` - on one side of the sofa word ("sofa cover", "cover for
# 3-seat sofa", "Bezug 3er-Sofa", "pokrowiec na sofę"), a cover in any language one accessory -; the
# configurations (a chaise longue, a sofa bed, an open end, a section) stay read here, anywhere in the title.
# --------------------------------------------------------------------------
_SOFA_TITLE = re.compile(r"sofa|couch|canap|divano|\d\s?-?\s?(?:seat|sitz|places|plazas|posti|zits)").search
_SOFA_ACCESSORIES = {"sofa": {
    **{w: "cover" for w in "cover covers bezug bezuge housse housses hoes fodera funda slipcover slipcovers "
                           "pokrowiec".split()},
    **{w: "legs" for w in "legs leg beine".split()},
}}
_SOFA_PARTS = {
    "chaise": re.compile(r"chaise\s?-?\s?longue|chaiselongue|recamiere|r\u00e9camiere|r\u00e9cami\u00e8re|recamiere"),
    "sofa bed": re.compile(r"sofa\s?-?\s?beds?\b|sofabed|schlafsofa|bettsofa|schlafcouch|canap\w*\s+lit\b|"
                           r"canap\w*\s+convertible|divano\s+letto|sofa\s+cama|slaapbank"),
    "open end": re.compile(r"open\s?-?\s?end|offenem\s+ende"),
    "section": re.compile(r"\bsections?\b|\bmodules?\b|\belement\b"),
}
_PART_HINT = re.compile(r"chaise|recami|r\u00e9cami|bed|schlaf|bett|canap|letto|cama|slaap|open|offen|section|"
                        r"module|element").search
# (a sofa named otherwise: its seat count, "3-seat" - ``home_read`` wrote every language's so -, and the Polish
# sofa, "sofa" / "sofę" / "kanapa")
_SOFA_OTHER = frozenset("sofe sofy kanapa kanape kanapy".split())


def _sofa_kind(ws, i: int):
    w = ws[i]
    if w == "seat" and i and ws[i - 1].isdigit():
        return i + 1, "sofa"
    if w in _SOFA_OTHER:
        return i + 1, "sofa"
    return None


def _sofa_parts(t: str) -> frozenset:
    return frozenset(k for k, rx in _SOFA_PARTS.items() if rx.search(t))


def sofa_part_one_side(a, b) -> bool:
    """Do two titles naming a sofa (or a seat count) differ in a part one sells alone (a cover, legs:
    ``kind_accessory.accessory_one_side``) or a configuration one names - a chaise longue, a sofa bed, an open end,
    a section?  ``a`` / ``b`` have ``rawtitle``, ``words``, ``wordset``."""
    ra = a.rawtitle.lower() if isinstance(a.rawtitle, str) else ""
    rb = b.rawtitle.lower() if isinstance(b.rawtitle, str) else ""
    if (_PART_HINT(ra) or _PART_HINT(rb)) and _SOFA_TITLE(ra) and _SOFA_TITLE(rb) and _sofa_parts(ra) != _sofa_parts(rb):
        return True
    return _kind_accessory.accessory_one_side(a, b, _SOFA_ACCESSORIES, _sofa_kind)
