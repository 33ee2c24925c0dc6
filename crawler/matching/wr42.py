"""Session 42 (wr42): wrong "same" left in the development files, read as conflicts that hold in every shop.

* ``metric_against_inches`` (asked by ``facets._dims_disagree``, where the dimensions are compared): a size in
  whole tens of centimetres ("150 x 200 cm", "160 x 230 cm") is a metric product's own size; a title printing the
  size in inches names that product only where its inches are the centimetres converted, within an inch on every
  side ("59 x 79 in", "5'3\" x 7'6\"").  "60 x 80 in" is 152.4 x 203.2 cm - within the 1.5 % the facet allows a
  converted size (``home41.NEAR``), yet the US Queen, not the EU 150 x 200 bed (attack41w's Emma mattress): a
  bed, a rug, a curtain is made to one country's sizes and a shop converting one prints the converted number.

* ``decimal_version`` (asked by ``facets`` where it reads a version): a version word and a decimal ("Ver. 3.0",
  "Version 2.0", "verze 1.5") is the version, as "v3.0" was - "MG 1/100 RX-78-2 Gundam Ver. 3.0" / "Ver. 2.0" are
  two kits (held-out-41).

* ``numbered_model_apart`` (a row of ``variants.SLOT_READERS``): after a word both titles print and before one
  both print next (or the title's end), one title a model's number with letters ("Pro *5S* 2K"), the other a plain
  number ("Pro *4* 2K"), the numbers differing: two models of the line, whatever the shop (held-out-40's Arlo Pro
  5S / Pro 4; the number rule reads plain numbers on both sides only).

* ``towel_sizes_apart`` (a row of ``variants.SLOT_READERS``): a towel's name says its size - a bath sheet, a bath
  towel, a hand towel, a guest towel, a washcloth, in the shops' languages -, and one line sells each
  ("Christy Supreme Hygro Bath Sheet" / "... Bath Towel": held-out-41's Parachute, fu41, hl32; session 13 had
  written the bath sheet as the bath towel, and "sheet" is a filler word, so the titles agreed word for word).

* ``made_for_model_alone`` (a row of ``variants.SLOT_READERS``): one title names a part before "for / per / für
  <model>" ("Vorwerk Bimby boccale completo per TM6"), the other the model alone, by its brand, line and code and
  no kind ("Vorwerk Bimby TM6"): what is made for a model is not that model, in any language - the accessory
  readers ask the other title to name a device, and "Vorwerk Bimby TM6" names none (a pair they part is left to
  them, ``variants`` asks: "GoPro Enduro Battery for HERO11 Black" / "GoPro HERO11 Black").  Only where every word
  of the model's title is in the part's, the code (a letter and a digit) stands in the "for" phrase and not before
  it, and a word of the part's name before "for" is a plain word the model's title lacks (not the part's own code:
  "Scosche CJ1278B Multi Kit ... for 1974-99 Chrysler").

* ``main_unit_only_one_side`` (a row of ``variants.SLOT_READERS``): one title sells the main unit alone ("Dyson V15
  Detect Absolute - Main Unit Only", "nur Hauptgerät", "unité principale seule", "solo unidad principal"), the
  other names the product, which comes with what the unit alone lacks (its tools, its dock, its battery):
  attack37's Dyson.  A conflict whatever model number both print (2.0).

This module imports no matcher module (a leaf); ``facets`` and ``variants`` ask it (``variants`` passes the
accessory readers' helpers).
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------------------------------
# a size in centimetres against one in inches
# --------------------------------------------------------------------------------------------------
_NUM = r"(\d{1,3}(?:[.,]\d{1,2})?)"
_UNIT = r"(?:cm|\"|''|in(?![a-z])|inch(?:es)?(?![a-z])|zoll(?![a-z]))"
# two or three sides and a unit after the last ("150 x 200 cm", "60\" x 80\"", "40 x 70 in")
_DIMS = re.compile(_NUM + r"\s*" + _UNIT + r"?\s*[x×*]\s*" + _NUM + r"(?:\s*" + _UNIT + r"?\s*[x×*]\s*" + _NUM
                   + r")?\s*(cm|\"|''|in(?![a-z])|inch(?:es)?(?![a-z])|zoll(?![a-z]))")
_FEET = re.compile(r"\d\s?(?:'|ft|feet)(?![a-z'])")


def _sizes(text) -> list:
    """The sizes a title prints: (unit, sides) with unit "cm" or "in"."""
    if not isinstance(text, str) or not ("x" in text or "×" in text or "*" in text):
        return []
    out = []
    for m in _DIMS.finditer(text.lower()):
        sides = tuple(float(v.replace(",", ".")) for v in m.groups()[:3] if v)
        out.append(("cm" if m.group(4) == "cm" else "in", sides))
    return out


def metric_against_inches(ca, cb) -> bool:
    """Does one title print a size in whole tens of cm only and the other a size in inches only, of as many
    sides, that is not the cm size converted within an inch a side (``ca`` / ``cb`` the cleaned titles)?"""
    sa, sb = _sizes(ca), _sizes(cb)
    if not sa or not sb:
        return False
    for x, y, ty in ((sa, sb, cb), (sb, sa, ca)):
        if {u for u, _ in x} != {"cm"} or {u for u, _ in y} != {"in"} or _FEET.search(ty):
            continue
        for _, cm in x:
            if len(cm) < 2 or any(v % 10 for v in cm):
                continue
            conv = sorted(v / 2.54 for v in cm)
            for _, inch in y:
                if len(inch) == len(cm) and any(abs(p - q) > 1.0 for p, q in zip(conv, sorted(inch))):
                    return True
    return False


# --------------------------------------------------------------------------------------------------
# a version word and a decimal
# --------------------------------------------------------------------------------------------------
_VERSION_WORDS = frozenset(("ver", "vers", "version", "verze", "versione", "versao", "versie", "wersja"))
_DECIMAL = re.compile(r"^\d{1,2}\.\d$")


def decimal_version(word: str, nxt: str) -> bool:
    """Is ``nxt`` a decimal version after the version word ``word`` ("ver" "3.0")?"""
    return word in _VERSION_WORDS and _DECIMAL.match(nxt) is not None


def whole_version(nxt: str) -> tuple:
    """(session 42, fxwr42 - attack42w) A decimal version ending ".0" is also the whole number: "Ver. 3.0" is
    "Ver 3" and "Version 3" (both readings kept, so "Ver. 3.0" / "Ver. 2.0" still part); none for "1.5"."""
    return (nxt[:-2],) if nxt.endswith(".0") else ()


# --------------------------------------------------------------------------------------------------
# a numbered model with letters against a plain number
# --------------------------------------------------------------------------------------------------
_NUMBER_LETTERS = re.compile(r"^(\d{1,3})([a-z]{1,2})$")
# letters after a number that are a unit, an ordinal or a count's, not a model's
_NOT_MODEL = frozenset("""
g gb mb tb kb ml l cl dl mm cm m km w kw v mv ah mah ft in k th st nd rd x pk ct yr y mo h hz oz lb lbs kg mg p
fps ms a ma pc er e eme o
""".split())


# (session 42, fxwr42 - attack42w) a number after these words is a size, not a model's number ("Kids Size 13C" /
# "Kids Size 31": a child's US size against its EU size) - a size conflict is the sizing readers' job
_SIZE_WORDS = frozenset(("size", "sizes", "grosse", "gr", "taille", "talla", "taglia", "maat", "tamanho",
                         "rozmiar", "velikost", "storlek", "storrelse", "koko"))


def _plain(w: str) -> bool:
    return w.isdigit() and len(w) <= 3


def numbered_model_apart(a, b) -> bool:
    """After a word both titles print, does one print a number with letters ("5s") and the other, after the same
    word and before the same next word (or at its end), a plain number of another value ("4")?  ``a`` / ``b``
    have ``words`` and ``wordset``."""
    wa, wb = a.words, b.words
    if not wa or not wb:
        return False
    for x, y, sx, sy in ((wa, wb, a.wordset, b.wordset), (wb, wa, b.wordset, a.wordset)):
        for i in range(1, len(x)):
            m = _NUMBER_LETTERS.match(x[i])
            if m is None or m.group(2) in _NOT_MODEL or x[i] in sy or m.group(1) in sy:
                continue
            before, after = x[i - 1], x[i + 1] if i + 1 < len(x) else None
            if not before.isalpha() or before not in sy or before in _SIZE_WORDS:
                continue
            for j in range(1, len(y)):
                if y[j - 1] != before or not _plain(y[j]) or y[j] == m.group(1) or y[j] in sx:
                    continue
                if (y[j + 1] if j + 1 < len(y) else None) == after:
                    return True
    return False


# --------------------------------------------------------------------------------------------------
# a towel's size by its name
# --------------------------------------------------------------------------------------------------
# the towels of one line by size, as the shops' languages name them (folded as ``titles`` folds: "sabana de bano");
# a title naming one against a title naming another names two products (session 13 had written the bath sheet as
# the bath towel; the German "Badetuch" is IKEA's bath towel, 70 x 140 cm - hl32 -, "Badelaken" the sheet)
_TOWELS = {
    "bath sheet": ("bath sheet", "bath sheets", "drap de bain", "draps de bain", "sabana de bano", "sabanas de bano",
                   "badlaken", "badlakens", "badelaken"),
    "bath towel": ("bath towel", "bath towels", "serviette de bain", "serviettes de bain", "toalla de bano",
                   "toallas de bano", "badhanddoek", "badhanddoeken", "duschtuch", "duschtucher", "badetuch",
                   "badetucher", "asciugamano da bagno", "asciugamani da bagno"),
    "hand towel": ("hand towel", "hand towels", "toalla de lavabo", "toallas de lavabo", "handtuch", "handtucher"),
    "guest towel": ("guest towel", "guest towels", "gastehandtuch", "gastehandtucher", "gastendoekje",
                    "gastendoekjes", "serviette invite", "serviettes invite"),
    "washcloth": ("washcloth", "washcloths", "wash cloth", "wash cloths", "face cloth", "face cloths",
                  "waschlappen", "washandje", "washandjes", "gant de toilette", "gants de toilette"),
}
_TOWEL_RE = re.compile(r"(?<![a-z])(" + "|".join(sorted((re.escape(p) for ps in _TOWELS.values() for p in ps),
                                                         key=len, reverse=True)) + r")(?![a-z])")
_TOWEL_OF = {p: k for k, ps in _TOWELS.items() for p in ps}
# (session 42, fxwr42 - attack42w) names that are not one size in their language: the German "Badetuch" and the
# Spanish "toalla de baño" are sold as a bath towel (IKEA's 70 x 140 cm) and as a bath sheet (Vossen's, Möve's
# 100 x 150 cm) - their size is what the title prints, not the name
_TOWEL_AMBIGUOUS = frozenset(("badetuch", "badetucher", "toalla de bano", "toallas de bano"))
_TOWEL_HINTS = ("towel", "sheet", "tuch", "laken", "doek", "serviette", "toalla", "sabana", "asciugaman", "cloth",
                "lappen", "washand", "gant")


def _towels(p) -> frozenset:
    text = " ".join(p.words)
    if not any(h in text for h in _TOWEL_HINTS):
        return frozenset()
    return frozenset(_TOWEL_OF[m.group(1)] for m in _TOWEL_RE.finditer(text)
                     if m.group(1) not in _TOWEL_AMBIGUOUS)


def _printed_size(p) -> bool:
    return bool(_sizes((getattr(p, "rawtitle", None) or getattr(p, "title", "") or "").lower()))


def towel_sizes_apart(a, b) -> bool:
    """Do the two titles name towels of two sizes - a bath sheet, a bath towel, a hand towel, a guest towel, a
    washcloth - and none both?  ``a`` / ``b`` have ``words``.  (session 42, fxwr42 - attack42w: the name-to-size
    table is one maker's usage - where both titles print a size, the sizes decide, as the dimensions facet reads
    them: "Badetuch 100 x 150 cm" / "Bath Sheet 100 x 150 cm" is one towel; and a name that is no one size in its
    language, ``_TOWEL_AMBIGUOUS``, is not read.)"""
    ta = _towels(a)
    if not ta:
        return False
    tb = _towels(b)
    if not tb or not ta.isdisjoint(tb):
        return False
    return not (_printed_size(a) and _printed_size(b))


# --------------------------------------------------------------------------------------------------
# a part made for a model against the model alone
# --------------------------------------------------------------------------------------------------
_LETTER_DIGIT = re.compile(r"[a-z]\d|\d[a-z]")


def made_for_model_alone(a, b, for_at, model_word, names_kind, line_word=None) -> bool:
    """Does one title print a part's name, "for" (``for_at``: the index of its "for" word, -1 for none) and a
    model's code (``model_word`` with a letter and a digit) within three words after it, where the other title's
    words are all the first's, none naming a kind (``names_kind``), and the first's name before "for" has a plain
    word the other lacks?  ``a`` / ``b`` have ``words`` and ``wordset``."""
    for x, y in ((a, b), (b, a)):
        i = for_at(x.words)
        if i < 0 or not y.wordset <= x.wordset or for_at(y.words) >= 0:
            continue
        name = x.words[:i]
        if not any(model_word(w) and _LETTER_DIGIT.search(w) and w in y.wordset and w not in name
                   for w in x.words[i + 1:i + 4]):
            continue
        if any(names_kind(w) for w in y.words):
            continue
        # (session 42, fxwr42 - attack42w) the other title prints a word or a code of the part's own name, past its
        # first word (the maker) and a device line (``line_word``: "Thermomix", "Bimby"): it names the part, not the
        # model - "Vorwerk Thermomix Varoma Dampfgaraufsatz für TM6" / "Vorwerk Thermomix Varoma TM6", "Sony
        # Vertikalgriff VG-C4EM für A7 IV" / "Sony VG-C4EM A7 IV", "Thermomix Friend Zusatzgerät für TM6"
        if any(w in y.wordset and w != name[0] and not (line_word is not None and line_word(w))
               for w in name[1:]):
            continue
        if any(w.isalpha() and len(w) > 2 and w not in y.wordset for w in name):
            return True
    return False


# --------------------------------------------------------------------------------------------------
# the main unit alone on one side
# --------------------------------------------------------------------------------------------------
_MAIN_UNIT_ONLY = re.compile(
    r"(?<![a-z])(?:(?:main )?unit only|main body only|nur (?:das )?hauptgerat|hauptgerat allein"
    r"|unite principale (?:seule|uniquement)|solo (?:la )?unidad principal|unidad principal sola"
    r"|solo (?:l )?unita principale|alleen (?:het )?hoofdapparaat)(?![a-z])")
_MAIN_UNIT_HINTS = ("only", "hauptgerat", "principal", "hoofdapparaat")
# (session 42, fxwr42 - attack42w) the bare tool in any wording - one class with the main unit alone: "Body Only",
# "Bare Unit", "(Bare Tool)", "Tool Only", "ohne Akku, ohne Ladegerät", "solo corpo", "sans batterie"
_BARE = re.compile(
    r"(?<![a-z])(?:body only|bare (?:unit|tool|body)|tool only|solo corpo|nur (?:der |das )?(?:korpus|grundgerat)"
    r"|ohne (?:akku|akkus|ladegerat)|without (?:battery|batteries|charger)|sans (?:batterie|chargeur)"
    r"|sin (?:bateria|cargador)|senza (?:batteria|caricabatterie))(?![a-z])")
# a cordless tool's battery platform: a voltage ("18v", "10.8v", "40v max"), "multivolt"
_VOLTAGE = re.compile(r"^\d{1,2}(?:[.,]\d)?v$")
# what a kit names besides the tool: a battery's capacity ("5.0ah"), a charger, a battery counted or included,
# "kit", a case
_KIT_WORDS = frozenset(("kit", "charger", "chargers", "ladegerat", "chargeur", "cargador", "caricabatterie",
                        "koffer", "makpac", "tstak", "systainer", "case", "batteries", "akkus", "batterien"))
_BATTERY_WORDS = frozenset(("battery", "akku", "batterie", "bateria", "batteria", "accu"))
_NEGATION = frozenset(("ohne", "without", "no", "sans", "sin", "senza", "zonder", "bez"))
_AH = re.compile(r"^\d{1,2}(?:[.,]\d)?ah$")


def _bare(p) -> bool:
    return _main_unit_only(p) or _BARE.search(" ".join(p.words)) is not None


def _platform(p) -> bool:
    return any(_VOLTAGE.match(w) or w == "multivolt" for w in p.words)


def _names_kit(p) -> bool:
    ws = p.words
    for i, w in enumerate(ws):
        prev = ws[i - 1] if i else ""
        if prev in _NEGATION:
            continue
        if _AH.match(w) or w in _KIT_WORDS:
            return True
        if w in _BATTERY_WORDS and (prev.isdigit() or prev in ("with", "mit", "inkl", "incl", "including", "avec",
                                                                  "con", "met", "plus")):
            return True
    return False


def _main_unit_only(p) -> bool:
    text = " ".join(p.words)
    return any(h in text for h in _MAIN_UNIT_HINTS) and _MAIN_UNIT_ONLY.search(text) is not None


def main_unit_only_one_side(a, b) -> bool:
    """Does exactly one title say it sells the main unit alone (``_MAIN_UNIT_ONLY``)?  ``a`` / ``b`` have
    ``words``.  (session 42, fxwr42 - attack42w: the bare tool in any wording is one class with it, ``_BARE`` -
    "Body Only" / "Unit Only"; and a cordless tool of a battery platform - a voltage printed, "18V" - is sold bare
    under its model code, "Makita TD173DZ 18V Cordless Impact Driver": there the main unit alone parts only from a
    title that names a kit, a battery's Ah, a charger, "Kit", a case.)"""
    for x, y in ((a, b), (b, a)):
        if not _main_unit_only(x) or _bare(y):
            continue
        if (_platform(x) or _platform(y)) and not _names_kit(y):
            continue
        return True
    return False
