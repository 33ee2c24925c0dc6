"""Session 35 (tb35): toys, baby, pet and sport / outdoor products as European shops title them - the
kinds and values of these trades in the shops' languages that no table read.

A baby, pet or outdoor shop names a product by its maker, line, size and count; the rest of its title is
the kind in the shop's language ("Deuter Orbit +5° Schlafsack" / "sleeping bag" / "sacco a pelo", "Black
Diamond Spot 400 Stirnlampe" / "headlamp", "NexGard Spectra ... Kautabletten" / "chewables", "Bugaboo
Comfort Mitfahrbrett+" / "wheeled board+", "Britax Römer Dualfix Pro M Reboarder", "Fatboy Doggielounge
hondenkussen").  Each such word the tables did not know was an identifying word only one title printed,
and the two offers of one product were left apart ("weak", ``benchmarks/pairs/train35tb.jsonl``).  The
tables below are written from the languages, concept by concept (not from pairs): a kind one title
names is excused, two kinds still differ (a sleeping bag is no tent, a cassette no chain).

* ``_KINDS`` / ``_KIND_PHRASES``: the buggy board, the breast pump, the baby monitor ("Babyphone",
  "babyfoon"), dog and cat toys, more pet beds ("hondenbed", "hondenkussen"), flea collars
  ("Flohhalsband"), chewable tablets, the rear-facing car seat ("Reboarder") and the infant carrier, the
  sleeping bag, the headlamp in more languages, a bicycle's chain and cassette, the weight plate;
* ``_SYNONYMS``: a stroller's frame ("Rahmen", "Gestell", "chassis", "telaio"), a car seat's base
  ("Basisstation"), a breast pump's double ("Doppel", "doppio", "doble"), a food's "pur" / "pure",
  a shoe's width ("weit" / "Weite" / "wide"), a tower ("Turm", "torre", "tour");
* ``_FILLER``: a game's genre in one German word ("Legespiel", "Geschicklichkeitsspiel", as tb33's
  "Familienspiel"), the Italian "ricco" of "ricco in Salmone" (rich in);
* ``_DIAPERS``: the Polish genitive plurals of a nappy ("240 pieluszek").

Left out on purpose: "Kette" as a necklace (it is read as a chain, the necklace's kind too), "gift"
(a perfume's "Gift Set" is another product than the bottle), "machine" (the tables' coffee machine),
"Kamera" against a baby monitor (two kinds), "Sauger" (tb33).  This module imports no matcher module
(``wordclass`` is passed to ``install``).
"""

from __future__ import annotations

import re

# kinds named by one word (folded to ASCII as ``titles`` cleans: "Fußsack" -> "fusssack")
_KINDS = {
    "buggy board": "mitfahrbrett mitfahrbretter meerijdplankje",
    "breast pump": "milchpumpe milchpumpen tiralatte laktator odsavacka kolfapparaat sacaleches",
    "baby monitor": "babyphone babyfon babyfoon babyfone",
    "dog toy": "hundespielzeug hondenspeelgoed",
    "cat toy": "katzenspielzeug kattenspeelgoed",
    # (and a German "Bett" alone: "Trixie Bendson Vital Bett" / "dog bed")
    "pet bed": "hondenbed hondenkussen hundekissen kattenkussen bett betten",
    "collar": "flohhalsband zeckenhalsband flohhalsbander obojek",
    "chewable tablets": "kautablette kautabletten kauwtabletten chewables",
    "car seat": "reboarder",
    "sleeping bag": "schlafsack schlafsacke daunenschlafsack slaapzak spiwor spacak",
    "headlamp": "stirnlampe stirnlampen hoofdlamp celovka",
    "chain": "chain chains kette ketten fahrradkette fahrradketten",
    "cassette": "cassette cassettes kassette kassetten kaseta",
    "weight plate": "hantelscheibe hantelscheiben",
}
_KIND_PHRASES = {
    "buggy board": ("wheeled board", "buggy board", "pram board", "pushchair board"),
    "breast pump": ("breast pump", "breast pumps", "tire lait", "extractor de leche", "odsavacka materskeho mleka"),
    "baby monitor": ("baby monitor", "video baby monitor", "ecoute bebe", "niania elektroniczna", "baby monitor video"),
    "dog toy": ("dog toy", "dog toys", "jouet pour chien", "juguete para perros", "juguete para perro",
                "gioco per cani", "zabawka dla psa", "hracka pro psy"),
    "cat toy": ("cat toy", "cat toys", "jouet pour chat", "juguete para gatos", "gioco per gatti",
                "zabawka dla kota", "hracka pro kocky"),
    "chewable tablets": ("chewable tablet", "chewable tablets", "comprimes a croquer", "comprimidos masticables",
                         "compresse masticabili", "tabletki do zucia", "zvykaci tablety"),
    "car seat": ("fotelik samochodowy",),
    "infant car seat": ("infant carrier", "infant car seat"),
    "sleeping bag": ("sleeping bag", "sleeping bags", "sac de couchage", "saco de dormir", "sacco a pelo",
                     "spaci pytel"),
    "headlamp": ("lampe frontale", "linterna frontal", "lampada frontale", "latarka czolowa"),
    "chain": ("bike chain", "bicycle chain", "chaine de velo", "cadena de bicicleta", "catena bici",
              "lancuch rowerowy"),
    "weight plate": ("weight plate", "weight plates", "disques de musculation", "discos de pesas", "dischi pesi"),
}
# one value written in several languages
_SYNONYMS = {
    "frame": "frame rahmen gestell chassis telaio",
    "base": "basisstation",
    "double": "double doppel doppelte doppelt doppio doppia doble dubbel podwojny dvojita",
    "pure": "pure pur puro pura",
    "wide": "wide weit weite",
    "tower": "tower turm torre wieza tour",
    # a drivetrain's speeds: "11-fach" / "11-speed" / "11 vitesses" / "11 velocità" / "11-rzędowy"
    "speed": "fach vitesses velocita velocidades rzedowy rzedowa rychlostni",
    # a dumbbell's or a key's hexagon ("Hexagon Kurzhantel" / "hex dumbbell")
    "hex": "hexagon sechskant",
    # a litter's or a detergent's unscented in German and Dutch ("Klumpstreu unparfümiert")
    # a refill's vial ("Feliway Classic Nachfüllflakon" / "refill"; ``facets.REFILL`` reads it a refill too)
    "refill": "nachfullflakon",
    "footmuff": "footmuff footmuffs fusssack voetenzak chanceliere",
    "unscented": "unparfumiert unparfumierte unparfumiertes ongeparfumeerd",
}
# a game's genre in one German word (no form: as tb33's "Familienspiel"), Italian "rich in"
_FILLER = ("legespiel legespiele geschicklichkeitsspiel geschicklichkeitsspiele strategiespiel strategiespiele "
           "gesellschaftsspiel gesellschaftsspiele ricco ricca")
# more words of the tables' nappies
_DIAPERS = "pieluszek pieluszki pieluch"


def install(W) -> None:
    """Merge the tables into ``wordclass`` (``W``); free words only.  As ``toys33.install``: ``_add_kinds``
    rebuilds ``GENERIC`` and ``_KINDS`` from the tables alone, so the words earlier blocks added to them
    are kept here."""
    W.install_block({**_KINDS, "diapers": _DIAPERS}, _KIND_PHRASES, _SYNONYMS, filler=_FILLER)


# --------------------------------------------------------------------------
# a construction set named by its set number (read by ``variants.slot_conflict``)
# --------------------------------------------------------------------------
# A construction-set maker numbers every set of its range once: "LEGO Technic 42151 Bugatti Bolide" is
# "LEGO® 42151 Technic Bugatti Bolide, Modellauto-Bausatz ab 9 Jahren", "LEGO Architecture 21054 The White
# House" is "... 21054 Das Weiße Haus" and "LEGO Icons 10497 Galaxy Explorer" is "LEGO 10497 Galaxy
# Explorer – Raumschiff-Set für Erwachsene": the theme one shop prints and the other leaves out, the name
# translated, the kind in the shop's language are no variant of the model number, whose slot words the
# slot rule reads as variants ("Forerunner 245 Music").  Only where both titles name the maker and print
# the same set numbers (4-7 digits, not a year) and no other number of that length: "LEGO 75192" /
# "LEGO 75257" still differ (two numbers), a light kit "for LEGO 10497" is still an accessory (its rule is
# another), "Playmobil 70205" with "70206" is two sets.
_YEARS = range(1990, 2040)


def _set_numbers(wordset) -> frozenset:
    return frozenset(w for w in wordset if w.isdigit() and 4 <= len(w) <= 7 and int(w) not in _YEARS)


def same_set_number(a, b) -> bool:
    """Do two prepared offers both name a construction-set maker and print the same set numbers (one or
    more, no other)?"""
    from .toys33 import SET_MAKERS
    wa, wb = a.wordset, b.wordset
    if SET_MAKERS.isdisjoint(wa) or SET_MAKERS.isdisjoint(wb):
        return False
    na = _set_numbers(wa)
    return bool(na) and na == _set_numbers(wb)


# --------------------------------------------------------------------------
# a temperature rating (read by ``raw_facets``: kind "dims")
# --------------------------------------------------------------------------
# A sleeping bag, a down jacket or a wine fridge is sold by its temperature, signed: "Deuter Orbit +5°" and
# "Deuter Orbit -5°" are two bags, and the cleaned words kept only "5" of both (the sign and the degree
# dropped).  Read where the title signs it ("+5°", "-5 °C", "−10°C") or names the scale ("5°C", "0 °C"),
# or prints a bare "0°"; an unsigned "5°" with no scale may be an angle ("360°", "180° drehbar") and is
# left alone.  Two titles stating temperatures none in common are two products; one stating none is no
# conflict.
TEMPERATURE = "_s35_temp"
_TEMP = re.compile(r"(?<![\w.,])([+\-\u2212\u2013]\s?)?(\d{1,2})(?:[.,](\d))?\s?\u00b0\s?([cf])?(?![a-z0-9])", re.I)


def temperatures(title: str) -> frozenset:
    """The temperatures a title states, in whole degrees Celsius ("Deuter Orbit -5° SL" -> {-5})."""
    if "\u00b0" not in title:
        return _NONE
    out = set()
    for m in _TEMP.finditer(title):
        sign, whole, frac, scale = m.groups()
        v = float(whole + "." + (frac or "0"))
        if not sign and not scale and v != 0:
            continue  # (an angle, perhaps: "360°", "90°")
        if sign and sign.strip() != "+":
            v = -v
        if scale and scale.lower() == "f":
            v = (v - 32) * 5 / 9
        out.add(round(v))
    return frozenset(out)


_NONE = frozenset()
_CELSIUS = re.compile(r"(\d)\s?\u00b0\s?c(?![a-z])")


def celsius_read(low: str) -> str:
    """A lower-case title with "°C" written "°" ("+5 °C" -> "+5°"): Celsius is the scale of a title naming
    none, so the "c" is no word of the product's (``titles``; ``temperatures`` reads the raw title)."""
    return _CELSIUS.sub("\\1\u00b0", low)



# --------------------------------------------------------------------------
# a model letter joined by a hyphen (read by ``variants.slot_conflict``)
# --------------------------------------------------------------------------
# "Black Diamond Spot 400" / "Spot 400-R": the letter a maker joins to the number with a hyphen names
# another model of the line (the rechargeable lamp), and the cleaned words - "400", "r" - kept no trace
# of it (a lone letter is no identifying word).  Read from the shop's own title: a number of 2-5 digits, a
# hyphen and one capital letter closing the title or followed by a space, on one side only, where the
# other title prints the bare number and no such letter after it.
_HYPHEN_LETTER = re.compile(r"(?<![\w.,-])(\d{2,5})-([A-Z])(?=$|[\s,;)])")


def hyphen_letter_one_side(a, b) -> bool:
    """Does one offer's title close a number with "-X" (one capital letter) where the other prints the
    number alone?"""
    ra, rb = a.rawtitle, b.rawtitle
    if type(ra) is not str or type(rb) is not str or ("-" not in ra and "-" not in rb):
        return False
    for x, y, oy in ((ra, rb, b), (rb, ra, a)):
        for m in _HYPHEN_LETTER.finditer(x):
            num, letter = m.group(1), m.group(2)
            if num in oy.wordset and not re.search(r"(?<![\w.,])" + num + r"\s?-?\s?" + letter + r"(?![a-z])", y, re.I):
                return True
    return False


# --------------------------------------------------------------------------
# an edition's ordinal spelled out (read by ``titles``)
# --------------------------------------------------------------------------
# "Dominion 2nd Edition" / "Second Edition" / "2. Edition" / "zweite Edition" / "deuxième édition": one
# edition, and the spelled ordinal was a word of its own, which the edition rule read as another tier
# (``conflict:edition``: "Dominion Basisspiel 2. Edition" / "Dominion Grundspiel zweite Edition").  The
# ordinal is read as its number with the English suffix ("2nd"), only right before an edition's word in
# the shops' languages; "2." before it already reads as the number.
_ORDINALS = {
    1: "first erste ersten erster premiere premier primera primer prima primo eerste pierwsze pierwsza prvni",
    2: "second zweite zweiten zweiter deuxieme deuxième seconde segunda segundo seconda secondo tweede drugie druga druhe druhé",
    3: "third dritte dritten dritter troisieme troisième tercera tercero terza terzo derde trzecie trzecia treti třetí",
    4: "fourth vierte vierten vierter quatrieme quatrième cuarta cuarto quarta quarto vierde czwarte czwarta ctvrte čtvrté",
    5: "fifth funfte fünfte funften fünften cinquieme cinquième quinta quinto vijfde piate piąte pata páté",
}
_ORDINAL_OF = {w: n for n, ws in _ORDINALS.items() for w in ws.split()}
_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
_EDITION_WORDS = ("edition editions auflage ausgabe edizione edicion edición editie editie wydanie vydani vydání "
                  "édition")
_ORDINAL_EDITION = re.compile(r"(?<![\w.])(" + "|".join(sorted(_ORDINAL_OF, key=len, reverse=True)) + r")\s+(?=(?:"
                              + "|".join(sorted(set(_EDITION_WORDS.split()), key=len, reverse=True)) + r")(?!\w))")
_EDITION_HINT_ANY = re.compile(r"edi|aufl|ausg|wydan|vydan").search


def EDITION_HINT(s: str) -> bool:
    """Truthy exactly where ``_EDITION_HINT_ANY`` is (session 37, sp37, speed: five substring tests, ~1,300
    instructions a title, where the regex tried a branch at every "e", "a", "w" and "v": ~4,800)."""
    return "edi" in s or "aufl" in s or "ausg" in s or "wydan" in s or "vydan" in s


def _ordinal_repl(m) -> str:
    n = _ORDINAL_OF[m.group(1)]
    return f"{n}{_SUFFIX.get(n, 'th')} "


def ordinal_editions_read(low: str) -> str:
    """A lower-case title with an edition's spelled ordinal as its number ("zweite edition" -> "2nd edition")."""
    return _ORDINAL_EDITION.sub(_ordinal_repl, low)


# --------------------------------------------------------------------------
# the Czech and Slovak "pro" (for) before whom a product is for (read by ``titles``)
# --------------------------------------------------------------------------
# "Frontline Spot On pipety *pro* kočky" is the spot-on for cats: the Czech preposition read as the "Pro"
# model word made two offers of one product two variants.  Dropped only before the nouns of whom a pet,
# baby or personal product is for (dogs, cats, puppies, kittens, children, babies, women, men), as the
# cleaner reads the title: where the shop prints the noun, "pro" is no model's word.
# (not inside a kind's phrase of the tables, "krmivo pro kočky", "stelivo pro kočky", "hračka pro psy")
_PRO_FOR = re.compile(r"(?<![\w])(?<!krmivo )(?<!stelivo )(?<!hracka )(?<!hračka )pro (?=(?:psy|psa|psu|psů|pejsky|kočky|kocky|kočku|kocku|koťata|kotata|štěňata|stenata|"
                      r"děti|deti|dítě|dite|miminka|kojence|ženy|zeny|muže|muze)(?!\w))")


def czech_for_read(low: str) -> str:
    """A lower-case title with the Czech "pro" (for) before whom the product is for dropped."""
    return _PRO_FOR.sub("", low)


# --------------------------------------------------------------------------
# a bicycle tyre's build (read by ``raw_facets``: kind "dims")
# --------------------------------------------------------------------------
# A clincher, a tubeless (ready) tyre and a tubular are three tyres of one line ("Grand Prix 5000 Clincher
# 700x25c" / "Grand Prix 5000 S TR Tubeless Ready 700x25c": once the two sizes read alike,
# ``mends35.bike_tyre_read``, the shared model number made them one).  Two titles naming two builds are two tyres;
# a title naming none is no conflict.  Not "TR" alone (a region's code, Turkey).
TYRE_BUILD = "_s35_tyre_build"
_BUILD_OF = {w: c for c, ws in {
    "clincher": "clincher clinchers",
    "tubeless": "tubeless tlr",
    "tubular": "tubular tubulars schlauchreifen boyau boyaux tubolare tubolari",
}.items() for w in ws.split()}
_BUILD_HINT = re.compile(r"clincher|tubeless|tlr|tubular|schlauchreifen|boyau|tubolar").search
_WORD = re.compile(r"[a-z]+")


def tyre_builds(low: str) -> frozenset:
    """The tyre builds a lower-case title names ("... Clincher 700x25c" -> {"clincher"})."""
    if not _BUILD_HINT(low):
        return _NONE
    return frozenset(_BUILD_OF[w] for w in _WORD.findall(low) if w in _BUILD_OF)
