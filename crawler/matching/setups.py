"""What setup of one product each title names (session 28, dev28): a keyboard's layout, a
licence's term, a camera sold as a body or with a lens, a named edition, the type of hair or skin
a shampoo or a cream is made for.

Two offers of one model sold in two setups are two products a shopper cannot swap: "MX Keys S
Tastatur, QWERTZ Deutsches Layout" is no "MX Keys S Keyboard, US English Layout"; "Rosetta Stone
... 12 Month Subscription" no "... Lifetime"; "EOS R50 Body Only" no "EOS R50 RF-S 18-45mm Lens
Kit"; "GoPro HERO12 Black" no "HERO12 Black Creator Edition (Volta grip, Media Mod, Light Mod)".
The titles share the model's name, so the identifying words agree; the setup is a word (or two)
the tables did not read as a conflict.  ``setups_differ(a, b)`` is read by
``variants.slot_conflict`` (the rule column ``x_slot``: unless the same part number names the
product), for every tier.

Each reading is a principle of its own and asks both titles to state the setup (a title that
leaves it out is no disagreement), but two: a named edition printed on one side only, which is
another edition of the model (the issue's "edition") unless it is the plain one
(``editions.DEFAULT_EDITIONS``: "Standard Edition"), and a camera's body against a title that
prints a lens.  Measured on every labelled pair (the committed pair files and the four datasets'):
gain 18, removed 7, lost 1 with session 28's readings of ``titles``, ``formulation`` and ``arabic``.
"""

from __future__ import annotations

import re

from . import wordclass as W
from .editions import DEFAULT_EDITIONS, named_editions

# --------------------------------------------------------------------------
# a keyboard's layout
# --------------------------------------------------------------------------

# the layouts' names: the key rows' first letters, and the words "layout" in the shops' languages
_ROWS = {"qwertz": frozenset(("de", "ch", "cz", "hu")), "azerty": frozenset(("fr", "be")),
         "qwerty": frozenset(("us", "uk", "intl", "es", "it", "nordic", "pt", "nl", "pl", "ar", "ru", "tr"))}
_LAYOUT = frozenset("""layout layouts tastaturlayout disposition distribucion disposizione lay-out indeling
uklad rozlozeni""".split())
# the languages / countries a layout is named by (accent-free, lower case: titles are cleaned; no
# two-letter code but "US" / "UK" / "GB": "de", "es", "be", "fr" are words of the shops' languages -
# "Clavier *de* jeu AZERTY" names no German layout, session 28's attacker)
_LANGS = {
    "us": "us", "usa": "us", "american": "us", "amerikanisch": "us", "amerikanisches": "us",
    "uk": "uk", "british": "uk", "britisch": "uk", "britisches": "uk", "gb": "uk",
    "german": "de", "deutsch": "de", "deutsches": "de", "deutsche": "de", "deutscher": "de",
    "allemand": "de", "aleman": "de", "alemana": "de", "tedesco": "de", "duits": "de",
    "french": "fr", "francais": "fr", "franzosisch": "fr", "franzosisches": "fr", "frances": "fr",
    "francesa": "fr", "francese": "fr", "belgian": "be", "belge": "be",
    "spanish": "es", "espanol": "es", "espanola": "es", "spanisch": "es", "spanisches": "es", "espagnol": "es",
    "italian": "it", "italiano": "it", "italienisch": "it", "italienisches": "it", "italien": "it",
    "nordic": "nordic", "pan-nordic": "nordic", "pannordic": "nordic", "scandinavian": "nordic",
    "nordisch": "nordic", "nordisches": "nordic", "swiss": "ch", "schweizer": "ch", "schweiz": "ch", "suisse": "ch",
    "portuguese": "pt", "portugues": "pt", "dutch": "nl", "nederlands": "nl", "polish": "pl", "polski": "pl",
    "czech": "cz", "cesky": "cz", "hungarian": "hu", "magyar": "hu", "arabic": "ar", "russian": "ru",
    "turkish": "tr", "turkce": "tr", "international": "intl", "intl": "intl",
}
# "English" is a US or UK layout, whichever
_ENGLISH = frozenset(("english", "englisch", "englisches", "anglais", "ingles", "inglese", "engels"))


def layout_of(words) -> frozenset:
    """The layouts a title's words (cleaned) can mean, or an empty set when it names none: a
    key-row name ("QWERTZ": German, Swiss, Czech, Hungarian; "AZERTY": French, Belgian; "QWERTY":
    the others), and where the title says "layout" (or "QWERTZ" ...) the language or country
    named with it - read only there: "US" alone is a plug, a version, a shop."""
    rows = [_ROWS[w] for w in words if w in _ROWS]
    if not rows and _LAYOUT.isdisjoint(words):
        return frozenset()
    named = {_LANGS[w] for w in words if w in _LANGS}
    if not _ENGLISH.isdisjoint(words):
        named |= {"us", "uk"} if not named & {"us", "uk"} else set()
    if not rows:
        return frozenset(named)
    out = rows[0]
    for r in rows[1:]:
        out = out & r or out
    # (the key rows name the layout; a language named beside them narrows it where it can be one of
    # them, "QWERTZ Deutsch" - else the rows stand: a word read as a language is not the layout's)
    return (out & named) or out


# (session 29, mend29) a keyboard's title names its layout by a country's two-letter code alone as
# often as with "layout": "Logitech K120 Tastatur DE" / "Logitech K120 Keyboard US".  A two-letter
# code is a word of the shops' languages too ("Clavier *de* jeu", "Teclado *es* ..."): read only in
# capitals in a title that is not written in capitals ("DE", not "de" nor "De"), and only in the title
# of a keyboard (its kind word in the shops' languages)
_KEYBOARD = frozenset("""keyboard keyboards tastatur tastaturen clavier claviers teclado teclados tastiera
tastiere toetsenbord klawiatura klavesnice klavesnica billentyuzet""".split())
_CODES = {"US": "us", "UK": "uk", "GB": "uk", "DE": "de", "FR": "fr", "BE": "be", "ES": "es", "IT": "it",
          "CH": "ch", "NL": "nl", "PT": "pt", "PL": "pl", "CZ": "cz", "HU": "hu", "NORDIC": "nordic",
          "INTL": "intl"}
_CODE = re.compile(r"(?<![\w.\-/])(" + "|".join(_CODES) + r")(?![\w\-/.])")


def layout_codes(raw) -> frozenset:
    """The layouts a keyboard's raw title names by a country's code in capitals ("Tastatur DE",
    "Keyboard (US)", "QWERTY UK"), above; empty in a title written in capitals."""
    if type(raw) is not str or raw.upper() == raw:
        return frozenset()
    return frozenset(_CODES[m.group(1)] for m in _CODE.finditer(raw))


def offer_layout(p, words) -> frozenset:
    """The layouts a prepared offer's title names: ``layout_of`` its words, or in a keyboard's
    title the country codes in capitals (``layout_codes``) and the languages it names ("Apple Magic
    Keyboard mit Touch ID - Deutsch", "... - British English")."""
    out = layout_of(words) if _LAYOUT_HINT(p.title) else frozenset()
    if out or _KEYBOARD.isdisjoint(p.wordset):
        return out
    named = set(layout_codes(p.rawtitle))
    named.update(_LANGS[w] for w in words if w in _LANGS)
    if not _ENGLISH.isdisjoint(words) and not named & {"us", "uk"}:
        named |= {"us", "uk"}
    return frozenset(named)


# --------------------------------------------------------------------------
# a licence's term: for life, or for a number of months
# --------------------------------------------------------------------------

_LIFE = frozenset("""lifetime perpetual permanent unbefristet unbegrenzt dauerlizenz perpetuelle perpetua
perpetuo vitalicia vitalicio illimitee illimitata""".split())
_PERIOD = frozenset("""month months monat monate monaten mois mes meses mese mesi maand maanden miesiac miesiace
miesiecy mo year years yr yrs jahr jahre jahres an ans annee annees ano anos anno anni jaar jaren rok lata
lat""".split())
# "2 Year Warranty": the maker's promise, no term of the product
_WARRANTY = frozenset("warranty garantie garantia garanzia gwarancja".split())
_TERM = re.compile(r"(?<![\w.])(\d{1,3})[ -]?(" + "|".join(sorted(_PERIOD, key=len, reverse=True)) + r")(?![\w])")


# what a "lifetime" or a number of years may be said of besides a licence (session 28's attacker:
# "Limited Lifetime Warranty", "Warranty: 3 Years", "Garantie 10 Jahre", "Perpetual Calendar", "7 Year
# Battery")
_NOT_TERM = _WARRANTY | frozenset("""guarantee guaranteed garantiert limited manufacturer herstellergarantie
calendar kalender calendrier battery batterie akku""".split())


def term_of(title: str) -> str:
    """"life" when a title (cleaned) sells a licence or subscription for life ("Lifetime",
    "Perpetual", "Dauerlizenz"), "term" when for a number of months or years ("12 Month
    Subscription", "1 Jahr"), else "" - neither where a warranty, a guarantee, a calendar or a battery
    is said to last so (within two words before, four after)."""
    words = title.split()
    for k, w in enumerate(words):
        if w in _LIFE and _NOT_TERM.isdisjoint(words[max(0, k - 2):k + 5]):
            return "life"
    for m in _TERM.finditer(title):
        before = title[:m.start()].split()[-2:]
        after = title[m.end():].split()[:4]
        if _NOT_TERM.isdisjoint(after) and _NOT_TERM.isdisjoint(before):
            return "term"
    return ""


# --------------------------------------------------------------------------
# a camera: the body alone, or with a lens
# --------------------------------------------------------------------------

# a lens's focal range, "18-45mm", "24-105 mm" (a zoom: the kit's lens; a prime's "50mm" may be
# a spec of a body's title, "Full-Frame 35mm")
# (cleaned titles: "18-45mm" is "18 45mm"; the first number the smaller)
_FOCAL_RANGE = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d)?)[ -](\d{2,3}(?:\.\d)?) ?mm(?![\w])")


_BODY = frozenset("""body gehause boitier cuerpo corpo body-only bodyonly""".split())


def _focal(title: str) -> bool:
    """Does a cleaned title print a zoom's focal range ("18 45mm": the first number the smaller)?"""
    return any(float(m.group(1)) < float(m.group(2)) for m in _FOCAL_RANGE.finditer(title))


def _body_only(words) -> bool:
    """Does a title sell a camera's body alone ("Body Only", "Gehäuse", "Boîtier nu", "Body")?
    ("Body" names it where no focal range is printed: ``camera_kit_differs``.)"""
    return not _BODY.isdisjoint(words)


def camera_kit_differs(ta: str, tb: str, wa, wb) -> bool:
    """One title sells a camera's body alone, the other prints a lens's focal range and no body."""
    for x, y, wx, wy in ((ta, tb, wa, wb), (tb, ta, wb, wa)):
        if _body_only(wx) and not _focal(x) and _focal(y) and not _body_only(wy):
            return True
    return False


# --------------------------------------------------------------------------
# a named edition one title prints alone
# --------------------------------------------------------------------------

def _named_editions(words) -> frozenset:
    """The words naming an edition by their place ("creator" of "Creator Edition", "goty" of "Game of
    the Year Edition"): the project's reader of them (``editions.named_editions``, with the tables the
    edition facet reads them with)."""
    return named_editions(words, W.GENERIC, W.NOT_EDITION_NAME, W.EDITION_NAME_SYNONYMS)


# an edition's name that names no edition: a publisher's ("Czech Games Edition", ``wordclass``'s
# maker suffixes), a language's or country's ("Monopoly Classique édition française" - the
# languages the offers' region words compare)
_NO_EDITION = frozenset(_LANGS) | _ENGLISH | frozenset("""games studios francaise franzosische espanola italiana
deutsche international internationale europe european europeenne""".split())


def edition_alone(wa, sa, wb, sb) -> bool:
    """Does one title name an edition ("Creator Edition") whose name the other title never prints
    (nor a word of one meaning: "Professional" / "Pro", ``wordclass.canon``), while the other names
    no edition at all?  Not the plain edition ("Standard Edition", ``editions.DEFAULT_EDITIONS``)."""
    ea, eb = _named_editions(wa), _named_editions(wb)
    for e, other, oe in ((ea, sb, eb), (eb, sa, ea)):
        if oe:
            continue
        for w in e:
            if w in other or w in DEFAULT_EDITIONS or w in _NO_EDITION:
                continue
            cw = W.canon(w)
            if any(W.canon(x) == cw for x in other):
                continue
            return True
    return False


# --------------------------------------------------------------------------
# the type of hair or skin a shampoo, a cream, a cleanser is made for
# --------------------------------------------------------------------------

# the words of hair and skin in the shops' languages (accent-free)
_BODY_PART = frozenset("""skin skins haut peau peaux piel pieles pelle huid skora skory kuze hair haare haar cheveux cabello
cabellos pelo capelli wlosy wlosow vlasy sac scalp kopfhaut""".split())
# the types, by meaning
_TYPE_OF = {w: t for t, ws in {
    "dry": "dry trocken trockene trockenes trockener trockne sec secs seche seches seco secos seca secas secco "
           "secca secchi secche droog droge sucha suche suchej such",
    "oily": "oily greasy fettig fettige fettiges fettiger gras grasse grasses graso grasos grasa grasas grasso "
            "grassa grassi grasse vet vette tlusta tluste tlustych",
    "normal": "normal normale normales normali normaal normalna normalni",
    "sensitive": "sensitive sensible sensibles empfindlich empfindliche empfindlicher empfindliches sensibile "
                 "sensibili gevoelig gevoelige wrazliwa wrazliwej citliva citlivou",
    "combination": "combination mixte mixed mixta mixtas mista miste mischhaut gemischte gecombineerde mieszana",
    "damaged": "damaged abime abimes abimee abimees strapaziert strapazierte strapaziertes danado danados "
               "danada danadas rovinati rovinata beschadigd beschadigde zniszczone",
    "coloured": "coloured colored coloriert coloriertes gefarbt gefarbtes colores colorati teñido tenido teñidos "
                "tenidos gekleurd farbowane",
    "curly": "curly lockig lockiges locken boucles boucle rizado rizados ricci riccio krullend krullen",
    "mature": "mature reife reifer reifere matura maduras maduro",
}.items() for w in ws.split()}
_TYPE_REACH = 3  # (words before or after a word of hair or skin: "Dry to Very Dry Skin", "hair dry")


def hair_skin_types(words) -> frozenset:
    """The types of hair or skin a title (cleaned words) names next to a word of hair or skin ("for
    Dry Hair", "Oily Skin", "für trockenes Haar", "pour peaux sensibles", Arabic "للشعر الجاف" read as
    "for hair dry"), by meaning; empty where it names none ("for All Hair Types")."""
    out = set()
    for i, w in enumerate(words):
        if w in _BODY_PART:
            for j in range(max(0, i - _TYPE_REACH), min(len(words), i + _TYPE_REACH + 1)):
                t = _TYPE_OF.get(words[j])
                if t is not None and not _in_kind_name(words, j):
                    out.add(t)
    return frozenset(out)


# (session 28's attacker) a type word that is a piece of a kind's name: "Sèche-cheveux" (a hair
# dryer), "Dry Shampoo" / "Trocken Shampoo"
_DRYER = frozenset("seche sechoir".split())
_SHAMPOO = frozenset("shampoo shampooing shampoing champu shampoing shampo".split())


def _in_kind_name(words, j: int) -> bool:
    w = words[j]
    nxt = words[j + 1] if j + 1 < len(words) else ""
    if w in _DRYER and nxt.startswith("cheveu"):
        return True
    return _TYPE_OF.get(w) == "dry" and nxt in _SHAMPOO


# --------------------------------------------------------------------------
# two numbers after one word
# --------------------------------------------------------------------------

# words after a number that make it a quantity or a phrase ("3 in 1", "3 x 3", "30 of")
_NOT_AFTER = frozenset("in en em x of by per und and et y e".split()
                       # (session 39, ou39: a count of gears - "Cassette 12 Speed 10-51" / "Cassette 10-51")
                       + "speed speeds fach gang vitesses velocidades velocita".split())


def _numbers_after(words, other) -> dict:
    """{word: the plain numbers of one or two digits a title prints right after it} ("slim" -> {3} of
    "IdeaPad Slim 3 15 Ryzen 5"), for words of three letters or more; a number only where it closes
    the title or another number or a word the other title prints follows it (not a count: "Original
    30 lavaggi", "3 in 1", "3 in x 3 in")."""
    out: dict = {}
    n_words = len(words)
    for i in range(n_words - 1):
        w, n = words[i], words[i + 1]
        if len(w) >= 3 and w.isalpha() and n.isdigit() and len(n) <= 2:
            nxt = words[i + 2] if i + 2 < n_words else None
            if nxt is None or nxt.isdigit() or (nxt in other and nxt not in _NOT_AFTER):
                # (the first number, and the run of numbers it opens: "iPhone 15/14/13" lists three)
                run = []
                k = i + 1
                while k < n_words and words[k].isdigit() and len(words[k]) <= 2:
                    run.append(words[k])
                    k += 1
                out.setdefault(w, []).append((n, frozenset(run)))
    return out


def numbers_after_differ(wa, wb) -> bool:
    """Does a word both titles print take a number right after it in each, and none in common - "Slim
    3" / "Slim 5", "Series 7" / "Series 8" - while each title's numbers are printed in the other
    elsewhere ("IdeaPad Slim 3 15 Ryzen 5" / "IdeaPad Slim 5 15 Ryzen 5": the 5 of one is the
    other's processor), so that no count of numbers tells them apart?"""
    sa, sb = frozenset(wa), frozenset(wb)
    na, nb = _numbers_after(wa, sb), _numbers_after(wb, sa)
    for w, xs in na.items():
        ys = nb.get(w)
        if not ys:
            continue
        # (no first number of either title among the other's numbers after the word: a list of devices
        # in another order is one list, "iPhone 15/14/13" / "13/14/15", "Windows 10 11" / "Windows 11",
        # "iPhone 15, iPhone 14, and iPhone 13" / "iPhone 15")
        fa, fb = {x for x, _ in xs}, {y for y, _ in ys}
        ra = frozenset().union(*(r for _, r in xs))
        rb = frozenset().union(*(r for _, r in ys))
        if fa.isdisjoint(rb) and fb.isdisjoint(ra):
            return True
    return False


# (one search of each title before a reader runs - most pairs name no layout, no licence for life,
# no number after a word in both titles: session 28, the matcher's speed)
_LAYOUT_HINT = re.compile(r"qwert|azert|layout|disposi|distribuci|indeling|uklad|rozlozeni").search
_LIFE_HINT = re.compile("|".join(sorted(_LIFE))).search
_NUMBER_AFTER_HINT_ANY = re.compile(r"[a-z]{3} \d{1,2}(?: |$)").search
# (session 38, sp38, speed: led by its space, the three letters checked behind it - truthy exactly where
# ``_NUMBER_AFTER_HINT_ANY`` is; led by the letters the engine tried it at every letter, twice a pair)
_NUMBER_AFTER_HINT = re.compile(r" (?<=[a-z]{3} )\d{1,2}(?: |$)").search


def setups_differ(a, b) -> bool:
    """Do prepared offers ``a`` / ``b`` (``Prepared.title``, cleaned, and ``wordset``) name two
    setups of one product: two keyboard layouts, a licence for life and one for a term, a
    camera's body alone and a kit with a lens, an edition one title names alone, two types of hair
    or skin, two numbers after one word?"""
    ta, tb = a.title, b.title
    if type(ta) is not str or type(tb) is not str:
        return False
    wa = wb = None
    if (_LAYOUT_HINT(ta) or not _KEYBOARD.isdisjoint(a.wordset)) and (
            _LAYOUT_HINT(tb) or not _KEYBOARD.isdisjoint(b.wordset)):
        wa, wb = ta.split(), tb.split()
        la, lb = offer_layout(a, wa), offer_layout(b, wb)
        if la and lb and la.isdisjoint(lb):
            return True
    if _LIFE_HINT(ta) or _LIFE_HINT(tb):
        xa, xb = term_of(ta), term_of(tb)
        if xa and xb and xa != xb:
            return True
    if not (_BODY_PART.isdisjoint(a.wordset) or _BODY_PART.isdisjoint(b.wordset)):
        if wa is None:
            wa, wb = ta.split(), tb.split()
        ha, hb = hair_skin_types(wa), hair_skin_types(wb)
        if ha and hb and ha.isdisjoint(hb):
            return True  # ("for Dry Hair" / "for Oily Hair": two products of the line)
    if _NUMBER_AFTER_HINT(ta) and _NUMBER_AFTER_HINT(tb):
        if wa is None:
            wa, wb = ta.split(), tb.split()
        if numbers_after_differ(wa, wb):
            return True
    if ("mm" in ta or "mm" in tb) and camera_kit_differs(ta, tb, a.wordset, b.wordset):
        return True
    if "edition" in ta or "edition" in tb or "edicion" in ta or "edicion" in tb or "edice" in ta or "edice" in tb:
        if wa is None:
            wa, wb = ta.split(), tb.split()
        return edition_alone(wa, a.wordset, wb, b.wordset)
    return False
