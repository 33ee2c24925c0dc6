"""Session 33 (bc33): make-up, skin care, hair care, fragrance and men's grooming - the words shops in
eight languages give one lipstick, foundation, perfume or razor that the tables did not read as one.

A beauty shop names a product by its brand, line, shade and size ("Maybelline Fit Me Matte + Poreless
120 Classic Ivory 30 ml"); the rest of the title is the shop's:

* the label before a shade, in its language: "Shade 120", "Farbe 240", "Teinte Custard", "Tonalità
  2N", "Tono 01", "Odcień 6", "Kolor Black", "N° 250", "Nr. 240".  The label names no product - the
  shade after it does -, so it goes (``shade_labels_dropped``): before a shade code (a word with a
  digit) always, before a shade's name only in a title naming a make-up kind or with a cosmetics-only
  label ("Teinte", "Odcień" ...): "HP Color LaserJet", "Lamp Shade White" keep their words;
* the kind in the shop's language: "Fondotinta" / "Fond de Teint" / "Podkład" are the foundation,
  "Correcteur" / "Korektor" the concealer, "Rouge à Lèvres" / "Barra de Labios" the lipstick, "Vernis à
  Ongles" / "Lakier do Paznokci" the nail polish, "Tusz do Rzęs" / "Máscara de Pestañas" the mascara,
  "Haaröl" the hair oil, "Bartöl" the beard oil, "Scherkopf" / "Tête de rasage" the shaver head;
  one title naming a kind the other does not name is no disagreement, two kinds still differ;
* a fragrance's concentration written out in Polish or Czech ("Woda Perfumowana" is the Eau de
  Parfum, "Woda Toaletowa" the Eau de Toilette): each phrase becomes its short form ("edp", "edt",
  "edc") before the words are compared (``concentration_phrases``) - "woda" / "eau" alone are mineral
  water's words and stayed an identifying word one title printed;
* whom a fragrance is for, in Polish ("dla Mężczyzn", "dla Kobiet"): the gender spec, so two genders
  still differ;
* Gulf and Lebanese shops' Arabic ("ماء عطر" is the eau de parfum, "ماء تواليت" the eau de toilette,
  "تستر" the tester).

A fragrance's tester (sold unboxed, often without a cap, cheaper) is another product than the boxed
bottle: ``TESTER_HINT`` marks it in a title naming a concentration, and ``facets.conflicts`` parts a
tester from a bottle (``facets.add_offer_facets``).

Words a table already holds keep their meaning (free words only).  Left out: "hair oil" / "olejek do
włosów" as a kind (a use word tells "Vatika Hair Oil Coconut" from "Vatika Coconut Oil":
``tests/test_matching_s14_ml.py``), "replacement head", "testina", "cabezal" (a toothbrush's heads too),
"Coloration" / "Tinte Permanente" as the hair dye ("Farba do Włosów" is one): read as one kind, the
learned stage called "Olia 6.0" / "Olia ... 7.0 Dark Blonde" one product.
This module imports no matcher
module (``wordclass`` is passed to ``install``).
"""

from __future__ import annotations

import re

from .regextrie import literal_alternation
from .lexicon import NEGATION  # (session 33, mend33a: a leaf table - "kein Tester")

# kinds ({kind: words}); the kind names are the tables' where they had one
KINDS = {
    "foundation": "fondotinta",
    "concealer": "correcteur correttore corrector korektor",
    "hair oil": "haarol",
    "beard oil": "bartol",
    "shaver head": "scherkopf",
    "dry shampoo": "trockenshampoo",
}
KIND_PHRASES = {
    "foundation": ("fond de teint", "base de maquillaje", "base maquillaje"),
    "lipstick": ("rouge a levres", "barra de labios", "pintalabios"),
    "nail polish": ("vernis a ongles", "lakier do paznokci", "esmalte de unas", "smalto per unghie",
                    "nail polish", "nail lacquer"),
    "mascara": ("tusz do rzes", "mascara de pestanas"),
    "shaver head": ("tete de rasage",),
    "dry shampoo": ("dry shampoo", "shampooing sec", "champu en seco", "shampoo secco", "suchy szampon"),
}

# one value, several languages (session 33, mend33a: no longer "intense" = "intensement" - "La Vie est
# Belle Intensément" (2020) is a flanker of its own name, not the line's "L'Eau de Parfum Intense")
SYNONYMS = {
    # (session 34, mend34) a hair-care line under its country's name: L'Oréal's Elvive (UK, US, Spain, Italy)
    # is Elsève in France and Russia, Elvital in Germany and Austria - one line, one product under each
    "elvive": "elvive elseve elvital",
}

# whom it is for, in Polish ("dla Mężczyzn" / "dla Kobiet"): the gender spec's classes
GENDER = {
    "men": "mezczyzn",
    "women": "kobiet",
}

# Gulf / Lebanese shops' Arabic ({latin: arabic}; "_" joins a phrase)
ARABIC = {
    "eau de parfum": "ماء_عطر ماء_العطر",
    "eau de toilette": "ماء_تواليت ماء_التواليت",
    "tester": "تستر تيستر",
}

# a fragrance's concentration written out in Polish, Czech, Slovak: its short form
_CONC_PHRASES = (
    (re.compile(r"\b(?:woda\s+perfumowana|parfemovana\s+voda|parfumovana\s+voda)\b"), "edp"),
    (re.compile(r"\b(?:woda\s+toaletowa|toaletni\s+voda|toaletna\s+voda)\b"), "edt"),
    (re.compile(r"\bwoda\s+kolonska\b"), "edc"),
)
_CONC_HINT = re.compile(r"\bwoda\b|\bvoda\b").search

# the make-up kinds whose titles carry a shade (cleaned, lower-case, accents folded); not a word with a
# second trade - "rouge" (red), "powder" (washing powder), "vernis" / "lakier" / "esmalte" (varnish,
# enamel paint), "blush" (a pink), "tinte" (a stain)
_MAKEUP = re.compile(
    r"\b(?:foundation|fondotinta|fond de teint|podklad|base de maquillaje|concealer|correcteur|correttore|korektor"
    r"|lipstick|lippenstift|pomadka|rossetto|rouge a levres|barra de labios|pintalabios|lip gloss|lipgloss"
    r"|nail polish|nail lacquer|nagellack|vernis a ongles|lakier do paznokci|esmalte de unas|smalto per unghie"
    r"|le vernis|mascara|tusz do rzes|eyeshadow|eye shadow|lidschatten|bronzer"
    r"|hair colou?r|hair dye|coloration|colorazione|farba do wlosow|tinte permanente|haarfarbe)\b").search
# a label before a shade code (a word with a digit, or a number sign and a digit); "n." is the number
# sign the cleaner wrote for "N°" / "No." ("n.250")
_LABEL_CODE = re.compile(r"(?:(?<=\s)|^)(?:shade|tonalita|tonalidad|tono|odcien|odstin|kolor|colore|nuance|teinte"
                         r"|farbe|couleur|colou?r)\s*:?\s*(?:nr\.?|n\.|no\.?|#)?\s*(?=[a-z]{0,3}\d)")
_NUMBER_SIGN_CODE = re.compile(r"(?:(?<=\s)|^)(?:nr\.?|n\.|no\.|#)\s*(?=\d{1,3}[a-z]{0,2}\b|\d\.\d\b)")
# a label before a shade's name ("Shade Ruby Woo", "Teinte Custard", "Kolor Black")
_LABEL_NAME = re.compile(r"(?:(?<=\s)|^)(?:shade|tonalita|tonalidad|tono|odcien|odstin|kolor|colore|nuance|teinte)"
                         r"\s*:?\s+(?=[a-z])")

# a fragrance's title ("Libre EDP 1.7 oz"): an American shop's "oz" on a perfume is the fluid ounce its
# label prints ("1.7 fl oz" = 50 ml), not a weight.  (Tried on every liquid - shampoo, serum, lotion: the
# learned stage then left "TRESemmé ... Shampoo 28 oz" / "28 fl oz" and a Cetaphil pair apart.)
_LIQUID = re.compile(r"\b(?:edp|edt|edc|eau de|parfum|cologne|perfume|body mist|fragrance mist)\b").search
_BARE_OZ = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?(?:oz|ounces?)\b(?!\s*wt)")

_HINT_ANY = re.compile(r"shade|tonalit|tonalidad|tono|odcien|odstin|kolor|colore|nuance|teinte|farbe|couleur|colou?r"
                       r"|\bn\.\d|\bnr\b|\bno\.|#\d|woda|voda|\doz|\d oz|ounce").search
# (session 34, sp34, speed) The same question in two searches led by literals (``_HINT_ANY`` tried its
# boundary- and digit-led branches one by one at every position, ~12 us a title): the plain words as one
# trie ("colore" holds "color"), then the others with the boundary or the digit checked behind the letters.
# ``HINT(s)`` is truthy exactly where ``_HINT_ANY(s)`` is (tests/test_matching_sp3434.py).
_HINT_WORDS = re.compile(literal_alternation((
    "shade", "tonalit", "tonalidad", "tono", "odcien", "odstin", "kolor", "nuance", "teinte", "farbe", "couleur", "color",
    "colour", "woda", "voda", "ounce"))).search
_HINT_REST = re.compile(r"n(?:\.(?<=\bn\.)\d|r(?<=\bnr)\b|o\.(?<=\bno\.))|#\d|oz(?:(?<=\doz)|(?<=\d oz))").search


def HINT(s: str):
    """A match where the cleaner's pass may change ``s`` (``_HINT_ANY``), else None."""
    return _HINT_WORDS(s) or _HINT_REST(s)


def concentration_phrases(s: str) -> str:
    """``s`` (a cleaned, lower-cased title) with a fragrance's concentration written out in Polish /
    Czech / Slovak as its short form: "woda perfumowana" is "edp", "woda toaletowa" "edt"."""
    if _CONC_HINT(s):
        for rx, short in _CONC_PHRASES:
            s = rx.sub(short, s)
    return s


def shade_labels_dropped(s: str) -> str:
    """``s`` (a make-up title) without the labels before a shade: "farbe 240" is "240", "n.250" is "250",
    "teinte custard" is "custard", "shade ruby woo" is "ruby woo".  Any other title keeps them: "Ariel
    Color 60 WL" (the colour detergent), "Fluide Invisible Teinté SPF50+" (tinted)."""
    if _MAKEUP(s):
        s = _LABEL_CODE.sub("", s)
        s = _NUMBER_SIGN_CODE.sub("", s)
        s = _LABEL_NAME.sub("", s)
    return s


# (session 34, mend34) a shade's number of one digit written with its zero ("01 Very Black", "Odcień 01"): the
# shade the number sign's reading makes of "N°01" and "No. 1" ("n.1", then "1"), so that every spelling reads
# alike; a generation's reading leaves such a number alone (``mends34.shade_number_written``).  (Tried first:
# the one digit after a number sign or a label padded to "01" - the labels the tables do not know ("لون 6")
# then stayed "6": an Essie pair lost.)
_ZERO_PADDED = re.compile(r"(?<![\w.,])0(\d)(?![\w.,])")
_ZERO_HINT_ANY = re.compile(r"(?<![\w.,])0\d(?![\w.,])").search
# (session 37, sp37, speed: led by its "0", the character before it checked behind - the same matches; led by
# the look-behind the engine tried it at every position, ~13,000 instructions a title, ~800 now)
ZERO_HINT = re.compile(r"0(?<![\w.,]0)\d(?![\w.,])").search


def shade_zeros(s: str) -> str:
    """``s`` (a cleaned, lower-cased title where ``ZERO_HINT`` finds a number of one digit written with its
    zero) with that zero dropped where the title is a make-up product's ("mascara 01 noir" -> "mascara 1
    noir")."""
    return _ZERO_PADDED.sub(r"\1", s) if _MAKEUP(s) else s


def fluid_ounces(s: str) -> str:
    """``s`` with a liquid's bare "oz" read as fluid ounces ("libre edp 1.7 oz" -> "1.7 fl oz"); a title
    printing "fl" anywhere already says which ounce it means, and one naming no liquid keeps its "oz"."""
    if "oz" in s or "ounce" in s:
        if " fl" not in s and "fl." not in s and _LIQUID(s):
            s = _BARE_OZ.sub(lambda m: m.group(1) + " fl oz", s)
    return s


def beauty_read(s: str) -> str:
    """The cleaner's pass (``titles._clean_pre``, where ``HINT`` finds a label, a concentration or an
    ounce)."""
    s = concentration_phrases(s)
    s = fluid_ounces(s)
    return shade_labels_dropped(s)


# a fragrance tester ("Tester", "Testeur", "Probador", "تستر" read as "tester"); the title must name a
# concentration (``facets.concentrations``) - a battery or cable "tester" is a kind of its own
TESTER_HINT = re.compile(r"\b(?:tester|testeur|probador)\b").search
# (session 33, mend33a: what a tester word says.  Glued "Testerbox" is the "Tester Box".  A denied
# tester ("Originalverpackt, kein Tester", "oryginał, nie tester", "not a tester", "non tester", "sin
# tester", "pas un testeur") is the boxed bottle; a tester given with the bottle ("+ Tester 10ml gratis",
# "with free tester") is a gift, not the product being a tester.)
_TESTER_WORD = re.compile(r"\b(?:tester|testeur|probador)(?:\s?box)?\b")
_DENIERS = NEGATION | frozenset("not non nie nicht ni pas".split())
_TESTER_DENIED = re.compile(r"\b(?:" + "|".join(sorted(_DENIERS)) + r")"
                            r"(?:\s+(?:a|an|un|une|ein|einen|el|es|ist|is|jest|to))?\s*$")
_TESTER_GIFT_BEFORE = re.compile(r"(?:\+|\b(?:with|mit|inkl\.?|incl\.?|plus|avec|con|gratis|free))\s*$")
_TESTER_GIFT_AFTER = re.compile(r"^\s*(?:\d+(?:[.,]\d+)?\s?ml\s*)?(?:gratis|free|gratuit|omaggio|gift|geschenk)\b")


def names_tester(cleaned: str) -> bool:
    """Does a cleaned title say the product is a tester (not a denied or a free one)?"""
    for m in _TESTER_WORD.finditer(cleaned):
        before, after = cleaned[:m.start()], cleaned[m.end():]
        if _TESTER_DENIED.search(before) or _TESTER_GIFT_BEFORE.search(before) or _TESTER_GIFT_AFTER.match(after):
            continue
        return True
    return False


def install(W) -> None:
    """Merge the tables into the ``wordclass`` module ``W``; free words only."""
    W._add_free(W.CATEGORY, KINDS)
    W._add_kind_phrases(KIND_PHRASES)
    W._add_free(W.SYNONYM, SYNONYMS)
    W._add_free_spec("gender", GENDER)
    W._rebuild_derived(W.GENERIC)
