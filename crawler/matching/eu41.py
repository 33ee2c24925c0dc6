"""One product titled in two languages, one of them English; numbers, brands and values read across shops
(session 41, eu41).  A leaf module: it imports none of the matcher's modules (``xl39`` calls it, ``wordclass``
installs its tables).

xl39's rule (``xl39.two_languages_one_product``) left English out: an English "Detect", "Absolute", "Animal"
names a line as often as it is a plain word, so a word-frequency list cannot tell an English title's
one-sided words from a variant's name.  But those are exactly the identifying words the tables do NOT read as a
kind, a filler or a container.  With English on one side the pair is read (every other condition of xl39 met)
when NEITHER title prints an identifying word the other lacks and one of the other title's one-sided words marks
its language against English (``english_side``): "Stanley Classic Legendary Thermosflasche 1,0 l" / "... Termos
1 L" join; "Dyson V15 Detect Absolute Cordless Vacuum" / "Dyson V15 Detect Akku-Staubsauger" ("absolute"),
"Black Jack Auto - 5 semillas" / "Black Jack Seeds - Pack of 5" ("auto") do not.

The rest: a volume or weight compared as its quantity (``measures``), a count spelled as a word
(``spelled_counts``), a number "from" (``from_numbers``), a colour naming a chocolate's kind (``kind_colours``),
a brand one offer names where the other names none (``one_sided_brand``), a letter glued by a hyphen
(``glued_letter_apart``), values of a class that names no variant alone (``value_class``) and the values the
tables lacked (``install``).
"""

from __future__ import annotations

import re


def english_side(only_a, only_b, miss_a, miss_b, la, lb, marks, counterpart=None, bundle=False):
    """(la, lb) when exactly one of the two titles reads as English (``la`` / ``lb``: xl39's best language of
    each title's one-sided words), neither title prints an identifying word the other lacks (``miss_a``,
    ``miss_b`` empty), and one of the other title's one-sided words marks its language against English; None
    otherwise.  ``marks``: xl39's test of a word marking a language (passed in: this module imports none of the
    matcher's, ``wordclass`` installs it).

    (session 41, fxeu41) "No identifying word" is the tables' reading, and they read a kind, an accessory, a
    filler word as none - words other tiers are meant to weigh, which xl39 never sees: "Echo Dot 5. Generation
    ... Anthrazit" / "Amazon Echo Dot (5th Gen, 2022 release) ... Charcoal + Ring Video Doorbell", "... Wall
    Mount", "... Charcoal Cover", "... with Alexa and Clock" were one product (attack41w).  So every one-sided
    English content word must have a counterpart among the other title's one-sided words (``counterpart(word,
    only_x)``: a translation the tables know, a concept, a colour's family, an abbreviation; a function or filler
    word, a word counting a number both print need none), and a bundle's "+ X" part one title prints and the
    other not (``bundle``) stops the reading."""
    if (la == "en") == (lb == "en"):
        return None
    if la == "en":
        only_en, miss_en, only_x, miss_x, lx = only_a, miss_a, only_b, miss_b, lb
    else:
        only_en, miss_en, only_x, miss_x, lx = only_b, miss_b, only_a, miss_a, la
    if miss_en or miss_x or not only_en:
        # (neither title may print an identifying word the other lacks: with English on one side the other
        # side's plain words are no proof either - "Black Jack Seeds - Pack of 5" / "Black Jack Auto - 5
        # semillas" ("auto" a seed type), "Huawei Watch GT 4 ... Leather Strap" / "... Fluoroelastomer Strap")
        return None
    if not marks(only_x, lx, "en"):
        return None
    if bundle:
        return None
    if counterpart is not None and not all(counterpart(w, only_x) for w in only_en):
        return None
    return la, lb


# A count written as a word: German "Doppelpack" / "Einzelpack", Polish "dwupak", Czech / Slovak "dvojbalení" /
# "dvojbalenie", Dutch "duopak", Danish / Swedish "dobbeltpak" / "dubbelpack" - as the other title's "2-pak",
# "2 ks", "1-pack" (xl39 compares the numbers two titles print: "2-pak" / "Doppelpack" read as a count on one
# side only; the tables' spelled packs, ``titles._SPELLED``, and these)
_COUNT_WORDS = {
    "einzelpack": "1", "einzelpackung": "1", "enkelpak": "1", "single pack": "1",
    "doppelpack": "2", "doppelpackung": "2", "dwupak": "2", "dwupaku": "2", "dvojbaleni": "2", "dvojbalenie": "2",
    "duopak": "2", "duopack": "2", "duo pack": "2", "pack duo": "2", "twin pack": "2", "double pack": "2",
    "dobbeltpak": "2", "dubbelpack": "2", "dubbelpak": "2",
    "dreierpack": "3", "trio pack": "3", "triple pack": "3", "trojbaleni": "3", "trojpak": "3",
}
_COUNT_RE = None


def spelled_counts(folded: str) -> frozenset:
    """The counts a folded title spells as words ("doppelpack" -> "2")."""
    global _COUNT_RE
    if _COUNT_RE is None:
        _COUNT_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _COUNT_WORDS), key=len, reverse=True))
                               + r")\b")
    return frozenset(_COUNT_WORDS[m.group(1)] for m in _COUNT_RE.finditer(folded))


# A colour word naming a food's kind, not a colour: chocolate's "noir" / "negro" / "preto" / "nero" (dark: as
# "zartbitter", "hořká", "gorzka", "fondente", "mörk" are in the tables) - "Lindt Excellence Chocolat Noir 70%" is
# the "hořká čokoláda 70 %", "Edelbitter", "dark"; no variant "noir" the other title lacks.
_CHOCOLATE = "chocolat chocolate cioccolato cioccolata chocolade"
_KIND_COLOUR = None


def kind_colours(folded: str) -> dict:
    """{colour word: the value it names} for the colour words a folded title prints right after a chocolate
    word ("chocolat noir" -> {"noir": "dark"})."""
    global _KIND_COLOUR
    if _KIND_COLOUR is None:
        _KIND_COLOUR = re.compile(r"\b(?:%s)\s+(noir|negro|preto|nero|amargo)\b" % "|".join(_CHOCOLATE.split()))
    return {m.group(1): "dark" for m in _KIND_COLOUR.finditer(folded)}


# A volume or a weight is its quantity, whatever unit a shop writes it in: "0,7 l" / "70cl", "12 x 330ml" / "12 x 33
# cl", "1 Liter" / "1L", "1 kg" / "1000 g" (xl39 compared the digits: "0.7" against "70" was a number one title
# printed and the other not)
_MEASURE = None
_FACTOR = {"ml": ("ml", 1), "cl": ("ml", 10), "dl": ("ml", 100), "l": ("ml", 1000), "g": ("g", 1), "gr": ("g", 1),
           "kg": ("g", 1000)}
for _u in ("liter", "liters", "litre", "litres", "litri", "litro", "litros", "litr", "litry", "litru", "litrov",
           "litra", "literes", "liter"):
    _FACTOR[_u] = ("ml", 1000)


def measures(title: str) -> tuple:
    """({"700ml", "80g", ...}, {start of each measured number}) for the volumes and weights a title prints (its
    number and unit), each as its quantity in millilitres or grams."""
    global _MEASURE
    if _MEASURE is None:
        units = "|".join(sorted(map(re.escape, _FACTOR), key=len, reverse=True))
        _MEASURE = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?(%s)(?![\w])" % units, re.IGNORECASE)
    out, starts = set(), set()
    for m in _MEASURE.finditer(title):
        unit, factor = _FACTOR[m.group(2).lower()]
        v = float(m.group(1).replace(",", ".")) * factor
        out.add(("%.3f" % v).rstrip("0").rstrip(".") + unit)
        starts.add(m.start(1))
    return out, starts


# a number with a "+" after it, not glued to a letter ("6+ Months", "ab 3+"): from that number on - no range's
# end "0-6" nor the number alone (MAM "6+ Months" / "0-6 mesi" are two soothers)
_FROM = None


def from_numbers(title: str) -> tuple:
    """({"6+"}, {start of each}) for the numbers a title prints with a "+" after them."""
    global _FROM
    if _FROM is None:
        _FROM = re.compile(r"(?<![\w.,])(\d+)\s?\+(?![\w+])")
    out, starts = set(), set()
    for m in _FROM.finditer(title):
        out.add(m.group(1) + "+")
        starts.add(m.start(1))
    return out, starts


def one_sided_brand(pa, pb, word_re, fold):
    """The folded words of the brand one offer names (its field, or read from its title) when the other offer
    names none and its title, without the brand, opens with a name the first title prints - "Kindle Paperwhite
    (16 Go) ..." / "Kindle Paperwhite ..." (Amazon), "AirPods Pro (seconda generazione)" / "Apple AirPods Pro",
    "Effaclar Duo+ ..." / "La Roche-Posay Effaclar Duo(+)": a shop leaves the maker out where the line's name is
    the maker's; no other brand is named, so none is contradicted.  None otherwise."""
    for p, q in ((pa, pb), (pb, pa)):
        if not p.brand or q.brand:
            continue
        wq = word_re.findall(fold(q.rawtitle or ""))
        wp = set(word_re.findall(fold(p.rawtitle or "")))
        if wq and len(wq[0]) >= 4 and wq[0] in wp:
            return frozenset(fold(w) for w in word_re.findall(str(p.brand)))
    return None


# a letter glued by a hyphen to a word ("Li-i", "18/40 Li-i"): a model's variant, when the other title prints
# the word without it (Einhell "TE-CD 18/40 Li-i" / "TE-CD 18/40 Li" are two drills); one-letter words are no
# words to xl39
_GLUED = None


def glued_letter_apart(ta: str, tb: str, fold) -> bool:
    """Does one title glue a letter to a word by a hyphen ("li-i") that the other prints without it?"""
    global _GLUED
    if _GLUED is None:
        _GLUED = re.compile(r"(?<![\w-])([^\W\d_]{2,})[-‑]([^\W\d_])(?![\w])")
    fa, fb = (fold(re.sub(r"[\u2010\u2011\u2012\u2013]", "-", t)) for t in (ta, tb))
    for x, y in ((fa, fb), (fb, fa)):
        for m in _GLUED.finditer(x):
            glued = m.group(1) + "-" + m.group(2)
            if glued not in y and re.search(r"(?<![\w-])%s(?![\w])" % re.escape(m.group(1)), y):
                return True
    return False



# one value written in the shops' languages the tables lacked (``install``): a Kindle's "with ads" in French /
# Spanish / Portuguese / Dutch, "cocoa" in Czech / Slovak / Portuguese ("70 % kakaa"), a Polish tin ("w puszce")
_SYNONYMS = {
    "ads": "publicites publicite publicidad publicidade reclame",
    "cocoa": "kakaa cacau kakaovy kakaove",
}
_SPECS = {"package": {"tin": "puszce puszka plechovce plechovka"}}


def install(W) -> None:
    """Merge the tables into ``wordclass`` (``W``); free words only (as ``kitchen34.install``)."""
    W.install_block(synonyms=_SYNONYMS, specs=_SPECS)


# (xl39's value test) a value of these classes one title names is no variant unless the other title names
# another value of the SAME class: a body part a care product is for ("pelle", "Gesicht"), the package it comes in
# ("Tiegel", "Dose") - xl39 parted "Effaclar Duo(+) ... 40ml" / "Effaclar Duo+ ... pelle grassa 40 ml" and
# "CeraVe Feuchtigkeitscreme ... 454 g Tiegel" / "CeraVe Crema Hidratante ... 454g" because the other title named
# values of other classes ("moisturising", "cream")
_BODY_PARTS = frozenset("skin face hand body hair".split())


def value_class(value: str, W) -> str | None:
    """The class of a value of the tables that names no variant alone: "body part", "package", or None."""
    if value in _BODY_PARTS:
        return "body part"
    spec = W._SPEC_OF.get(value)
    if spec is not None and spec[0] == "package":
        return "package"
    if value in W.SPEC.get("package", {}).values():
        return "package"
    return None


def same_class_named(value: str, words, W) -> bool:
    """Does one of ``words`` (folded) name a value of ``value``'s class (its own, or another)?"""
    cls = value_class(value, W)
    for x in words:
        c = W.canon(x)
        if value_class(c, W) == cls or value_class(x, W) == cls:
            return True
    return False

