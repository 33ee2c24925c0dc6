"""session 15, prec: what two listings of one product never print apart, and what the
conflict readers misread.

Wrong "same" calls:

* ``values_apart`` (``relations.unit_relation``): two titles printing one kind of figure
  (length, weight, volume, inches) where each prints a value the other has nowhere once the
  shared ones are set aside ("13 mm ... 20 m" / "13 mm ... 50 m" of one hose); both titles
  stating the count in each pack and the number of packs, not the same ("35 ct, 3 Pack" /
  "75 ct, 3 Pack"); two inch sizes both printed to a decimal are exact ("29.5\"" / "28.5\"":
  the tolerance is for a rounded figure against a precise one, "24\"" / "23.8\"").
* ``feet_and_inches`` (``titles``' cleaner): a title writing both ' and " writes feet with ':
  "14' x 42\"" is 14 ft by 42 in; ``fractions_by_x``: "1 x 2-5/8" is 1 by 2.625.
* ``volume_against_count`` (``facets.conflicts``): a liquid by volume alone against a count of
  pods or tablets alone.
* ``named_editions`` (``facets``): the word before "Edition" names it ("Royal" / "Standard").
* ``size_phrases`` (``facets``): "Regular Wide" against "Regular".
* ``years_apart`` (``facets.conflicts``): each title prints a year the other lacks.

The readers' misreadings (a conflict on two listings of one product):

* ``audience_dropped`` (``titles``' cleaner): a toy's age, a game's players, the kids a gift or
  a toy is for ("Ages 10+" is no "Plus" model, "Ages 5-12" no model number).
* ``not_counts`` (``facets``): a year before "Box", an OS's versions, "27 User-Selectable".
* ``amount_times`` (``facets``): "6 x 0.5 l" is a multipack, no pair of dimensions.
* ``dozens_counted`` (``titles``' cleaner): "Dozen" is 12; ``year_download``: "2023 DL" is a
  download, no 2023 decilitres.

(The word tables ``facets`` hands these functions are in ``wordclass``' session-15 prec block;
the cleaner's own are here: ``titles`` imports this module, and ``wordclass`` imports ``titles``.)
"""

from __future__ import annotations

import re

# the kinds of figure whose lone values on both sides name two products (the ones the
# capacity reading of ``relations.unit_relation`` does not already read); counts apart
# (``_pack_triple``): their readings hold totals the reader multiplied out
_APART_DIMS = frozenset(("len", "wt", "vol", "inch"))
# the figures shops print in their own unit (no conversion rounds them): two of them printed
# to a decimal are exact
_EXACT_DIMS = frozenset(("inch",))


def _close(x: float, y: float, tol: float, exact: bool) -> bool:
    if x == y:
        return True
    if not tol or abs(x - y) > tol * max(x, y):
        return False
    # (within the tolerance: a rounded figure and a precise one, not two precise ones)
    return not exact or x == int(x) or y == int(y)


def _lone(va, vb, tol: float, exact: bool) -> list:
    return [x for x in va if not any(_close(x, y, tol, exact) for y in vb)]


def _pack_triple(v) -> bool:
    """A count reading of three values, one the product of the other two: the count in
    each pack, the number of packs and their total ("35 ct, 3 Pack")."""
    if len(v) != 3:
        return False
    a, b, c = sorted(v)
    return a * b == c and a >= 2


def values_apart(dim: str, va, vb, tol: float) -> bool:
    """Do two titles' values of one kind of figure ``dim`` (sets sharing a value within
    ``tol``) each hold a value the other lacks (``_close``)?  For counts: do both titles
    state the count in each pack and the number of packs (``_pack_triple``), the same number
    of packs and another count in each?"""
    if dim == "pack":
        # (the same number of packs: another number of packs is the multipack reading's, ``facets``)
        return _pack_triple(va) and _pack_triple(vb) and va != vb and min(va) == min(vb)
    if dim not in _APART_DIMS:
        return False
    exact = dim in _EXACT_DIMS
    return bool(_lone(va, vb, tol, exact)) and bool(_lone(vb, va, tol, exact))


# --- who the product is for: a shop's note, no variant -----------------------------
# A toy's or game's recommended age ("Ages 10+", "Kids 6+", "for 2 Year Olds", "Ages 5-12",
# "ab 3 Jahren", "dès 3 ans", "a partir de 3 años", "dai 3 anni", "vanaf 3 jaar", "från 3 år",
# "od 3 lat", "3+ yaş") and its number of players ("2-4 Players", "2-5 Spieler", "2 à 4 joueurs")
# are notes some shops print and others leave out: the "+" of "10+" is no "Plus" model, the
# "5-12" no model number.  ``audience_dropped`` takes them out of a cleaned (lower-case,
# accent-free) title.
# (session 18, en: and months, as baby products state an age - "Ages 3 months +", "18+ Months")
_AGE_UNIT = r"(?:year olds?|years?|yrs?|months?|mos?|jahren?|ans|anos|anni|jaar|ar|lat|let|yas|vuotta|ev)"
_NUM = r"\d{1,2}(?:\s*(?:-|to|a|bis|a)\s*\d{1,2})?"
_NOT_FIGURE = r"(?![\d.,]\d|\s?(?:-|x|\*)?\s?[a-z]{0,3}\d)"  # (no "kids 4.2 oz", no "kids 2-pack")
_AUDIENCE = re.compile(
    # an age word, then the age: "ages 10+", "age 3", "alter 3+", "eta 3+", "edad 3+", "ages 5-12"
    r"\b(?:for\s+)?(?:ages?|alter|eta|edad|leeftijd|yas)\s*:?\s*" + _NUM + _NOT_FIGURE
    + r"\s*\+?(?:\s*" + _AGE_UNIT + r"\b)?(?:\s+(?:olds?|and up|and older|\+))?"
    # the kids, then an age marked as one: "kids 6+", "children 3 years and up"
    r"|\b(?:for\s+)?(?:kids|children)\s+" + _NUM + r"(?:\s*\+|\s*" + _AGE_UNIT + r"\b)(?:\s+(?:olds?|and up))?"
    # "from" in the titles' languages, the age and its unit: "ab 3 jahren", "des 3 ans" (not English
    # "for 2 years": a subscription's term)
    r"|\b(?:ab|des|a partir de|desde|dai|vanaf|fran|fra|od)\s+" + _NUM
    + r"\s*\+?\s*" + _AGE_UNIT + r"\b(?:\s+olds?)?"
    # "for 2 year olds", the age with "+" and its unit, or "old": "3+ years", "3+ jaar", "5-12 years old"
    r"|\bfor\s+" + _NUM + r"\s*year olds?\b"
    r"|(?<![\w.])\d{1,2}\s*\+\s*" + _AGE_UNIT + r"\b|(?<![\w.])" + _NUM + r"\s*(?:years?|yrs?) old\b"
    # players: "2-4 players", "2-5 spieler", "2 a 4 joueurs"
    r"|(?<![\w.])" + _NUM + r"\s*\+?\s*(?:players?|spieler|joueurs|jugadores|giocatori|spelers|spelare"
    r"|spillere|graczy|hracu|oyuncu)\b")
# (what every note holds - an age word, or a number before "+" or an age's or players'
# word - tested cheaply first: most titles have none)
_AUDIENCE_NUM = re.compile(r"\d\s?(?:\+|(?:year|yr|jahr|ans|anos|anni|jaar|ar\b|lat\b|let\b|yas|vuotta|ev\b"
                           r"|player|spieler|joueur|jugador|giocator|speler|spelar|spiller|gracz|hrac|oyuncu))").search


def _audience_hint(s: str) -> bool:
    if "age" in s or "alter" in s or "eta" in s or "edad" in s or "leeftijd" in s or "kid" in s or "child" in s:
        return True
    return ("+" in s or " year" in s or "yr" in s or " jahr" in s or " ans" in s or " anos" in s or " anni" in s
            or " jaar" in s or " ar" in s or " lat" in s or " let" in s or "yas" in s or "vuotta" in s or " ev" in s
            or "player" in s or "spieler" in s or "joueur" in s or "jugador" in s or "giocator" in s
            or "speler" in s or "spelar" in s or "spiller" in s or "gracz" in s or "hrac" in s or "oyuncu" in s) \
        and _AUDIENCE_NUM(s) is not None


# (session 16, speed) what every match of ``_AUDIENCE`` holds, alternative by alternative: a
# number after an age word or after "kids" / "children" (the age word's, the kids' alternatives),
# or a number before a "+", an age's unit or a players' word, spaces between (the others: "from"
# + age + unit, "for" + age + "year old", "3+ years", "5-12 years old", "2-4 players" - each
# ends its number, ``_NUM``, with a digit).  ``_audience_hint`` passes a title with "age" or "kid"
# anywhere ("storage", "package", "image", "Kidde"): this second test keeps the costly sub
# (``_AUDIENCE`` starts with \b, tried at every position) to the titles it can change - so
# ``audience_dropped`` returns what it returned without it.
_AUDIENCE_MAY = re.compile(
    r"\d\s*(?:\+|year|yr|jahr|ans|anos|anni|jaar|ar|lat|let|yas|vuotta|ev|player|spieler|joueurs|jugadores"
    r"|giocatori|speler|spelare|spillere|graczy|hracu|oyuncu)"
    r"|(?:ages?|alter|eta|edad|leeftijd|yas)\s*:?\s*\d|(?:kids|children)\s+\d").search


def _kids_named(s: str) -> bool:
    return "kid" in s or "child" in s or "boys" in s or "girls" in s or "toddler" in s or "kinder" in s \
        or "enfant" in s or "nino" in s or "bambin" in s or "barn" in s


# Who a gift is for ("Gift for Kids", "Geschenk für Kinder") and, on a toy or a game, the kids it
# is for ("Card Game for Kids & Family", "Spielzeug für Kinder") are the same note: not the kids'
# version of a toothpaste, a sunscreen or a medicine ("Toothpaste for Kids", ``formulation``'s age)
_KIDS = r"(?:kids|children|childrens|boys|girls|toddlers|kinder|enfants|ninos|bambini|kinderen|barn)"
_FAMILY = r"(?:\s*(?:&|and|und|et|y|e|en|och)\s*(?:family|adults|teens|familie|famille|familia|famiglia|familj))?"
_GIFT_FOR_KIDS = re.compile(r"\b(?:gifts?|geschenk|cadeau|regalo)\s+(?:for|fur|pour|para|per|voor|till)\s+" + _KIDS
                            + r"\b" + _FAMILY)
_FOR_KIDS = re.compile(r"\b(?:for|fur|pour|para|per|voor|till)\s+" + _KIDS + r"\b" + _FAMILY)
_TOY_OR_GAME = re.compile(r"\b(?:toys?|games?|playsets?|puzzles?|lego|spielzeug|spiel|spiele|jouets?|jeux|jeu"
                          r"|juguetes?|juegos?|giocattol[oi]|gioc[oh]i|gioco|speelgoed|spel|leksak|spil)\b")


def audience_dropped(s: str) -> str:
    """A cleaned title without its recommended age, number of players and the kids it is a
    gift or a toy for."""
    if _audience_hint(s) and _AUDIENCE_MAY(s) is not None:
        s = _AUDIENCE.sub(" ", s)
    if _kids_named(s):
        if "gift" in s or "geschenk" in s or "cadeau" in s or "regalo" in s:
            s = _GIFT_FOR_KIDS.sub(" ", s)
        if _TOY_OR_GAME.search(s):
            s = _FOR_KIDS.sub(" ", s)
    return s


# --- feet and inches -----------------------------------------------------------------------
# A title that writes both marks, ' and ", writes feet with the one and inches with the other:
# "Pool Set 14' x 42"" is 14 feet by 42 inches (the cleaner reads a lone ' as an inch, as shops
# write "27' Monitor"), the "12ft x 30in" of another shop's pool; and inches glued to their
# number as "in" ("30in", "65in TV") are inches as "30-in" and "30 inch" are (not "2in1").
_FEET_BY_INCHES = re.compile(r"(?<![\w.'])(\d{1,3}(?:\.\d)?)\s?'(?=\s?[x*]\s?\d{1,3}(?:\.\d+)?\s?\")")


def feet_and_inches(s: str) -> str:
    """A cleaned title with "14' x 42"" written "14ft x 42"."""
    if "'" in s and '"' in s:
        s = _FEET_BY_INCHES.sub(r"\1ft", s)
    return s


# --- the edition a title names ---------------------------------------------------------------
# The word before "Edition" (or after Spanish "Edición", Czech "Edice") names the edition, whatever
# the word: "Royal Edition" and "Standard Edition" of one game are two products as "Deluxe" and
# "Standard" are, though "royal" is in no list of tiers.  ``named_editions`` reads it so;
# ``named_editions_differ``: each title names one the other never prints ("Black Edition" /
# "Black Low Noise Edition" name one processor).
NAMED_EDITION = "_named_edition"
_EDITION_BEFORE = frozenset(("edition",))
_EDITION_AFTER = frozenset(("edicion", "edice"))  # (the words ``facets`` reads the edition after)


def named_editions(ws, generic: frozenset, skip: frozenset, synonyms: dict) -> frozenset:
    """The words naming an edition by their place ("royal" of "Royal Edition", "collectors" of
    "Collector's Edition", "goty" of "Game of the Year Edition"): letters, no ``generic`` word
    nor one of ``skip`` ("Physical Edition"), as ``synonyms`` writes them (the tables of
    ``wordclass``' session-15 prec block)."""
    out = set()
    n = len(ws)
    for i, w in enumerate(ws):
        if w in _EDITION_BEFORE and i:
            j = i - 1
            if ws[j] == "s" and j:  # ("collector's" -> "collector s")
                j -= 1
            x = ws[j]
            if x == "year" and j >= 3 and ws[j - 3:j] == ["game", "of", "the"]:
                x = "goty"
        elif w in _EDITION_AFTER and i + 1 < n:
            x = ws[i + 1]
        else:
            continue
        if x.isalpha() and len(x) >= 3 and x not in generic and x not in skip:
            out.add(synonyms.get(x, x))
    return frozenset(out)


# --- a liquid by its volume, the same line by its count ---------------------------------
# One title measuring the product by volume alone ("Liquid Laundry Detergent, 100 fl oz",
# "Rinse Aid 23 Fl Oz", "handafwasmiddel 400ml") and the other counting it alone ("Detergent
# Packs, 45 Count", "Dishwasher Tablets 64 Count", "vaatwastabletten 32 st") sell two forms of
# the line: a liquid and its pods, tablets or wipes.  (A weight beside a count is no such
# sign: "24 x 25g" wafers are "24 pieces".)
def volume_against_count(fa: dict, fb: dict, units_key: str) -> bool:
    """Does one offer's title (facets, its figures under ``units_key``) hold a volume and no
    count, the other's a count of two or more and neither a volume nor a weight?"""
    for x, y in ((fa, fb), (fb, fa)):
        ux = x.get(units_key)
        if ux and "vol" in ux and "pack" not in x:
            n = y.get("pack")
            uy = y.get(units_key)
            if n and max(n) >= 2 and not (uy and ("vol" in uy or "wt" in uy)):
                return True
    return False


# --- a size named by two words -----------------------------------------------------------------
# Sleeping pads, sleeping bags, shoes and garments come in sizes named by two size words in a row:
# a length and a width ("Regular Wide", "Long Wide", "Large Long", "Regular Lang Breit"): the title
# printing one of the two words alone names another size of the line ("Sleeping Pad - Regular" is
# not the "Regular Wide").  Read only where two such words stand together (three or more in a row
# list the sizes a page offers).
SIZE_PHRASE = "_size_phrase"


def size_phrases(ws, size_words: frozenset) -> frozenset:
    """The pairs of ``size_words`` (``wordclass.SIZE_PHRASE_WORDS``) standing together in a
    title, alone (no third one beside)."""
    out = []
    n = len(ws)
    for i in range(n - 1):
        if ws[i] in size_words and ws[i + 1] in size_words and ws[i] != ws[i + 1] \
                and not (i and ws[i - 1] in size_words) \
                and not (i + 2 < n and ws[i + 2] in size_words):
            out.append((ws[i], ws[i + 1]))
    return frozenset(out)


def size_phrase_split(fa: dict, fb: dict, wa, wb) -> bool:
    """Does one title name a size by two words (``size_phrases``) and the other print one of
    them without the other?"""
    if wa is None or wb is None:
        return False
    for f, other in ((fa, wb), (fb, wa)):
        for x, y in f.get(SIZE_PHRASE, ()):
            if (x in other) != (y in other):
                return True
    return False


def named_editions_differ(fa: dict, fb: dict, wa, wb) -> bool:
    """Does each title name an edition (``named_editions``) whose word the other's never
    prints (and no edition in common)?"""
    na, nb = fa.get(NAMED_EDITION), fb.get(NAMED_EDITION)
    if not na or not nb or wa is None or wb is None or not na.isdisjoint(nb):
        return False
    return all(w not in wb for w in na) and all(w not in wa for w in nb)


# --- numbers the count readers take for counts --------------------------------------------------
# A year before the word for how a program is sold ("Duden Korrektor 2024 Box": the boxed 2024
# release, no box of 2024), the version numbers after an operating system ("Windows 10/11 PC",
# "iOS 17", "Android 14 devices") and a number before "user-" beginning a compound ("27
# User-Selectable Symbols") are no counts of the product.  ``not_counts``: those numbers of a
# cleaned title, which the pack and licence readings drop.
_NOT_COUNTS = re.compile(
    r"\b((?:19|20)\d\d)\s?(?=(?:box|boxed|set|bundle|edition|version)\b)"
    r"|\b(?:windows|win|ios|ipados|macos|android|wear\s?os)\s?(\d{1,2}(?:\s?/\s?\d{1,2})*)\b"
    r"|\b(\d{1,3})\s?(?=users?-[a-z])")


def not_counts(cleaned: str) -> frozenset:
    """The numbers of a cleaned title that count nothing: a release's year before "Box", an
    operating system's versions."""
    out = set()
    for year, versions, before_compound in _NOT_COUNTS.findall(cleaned):
        if year or before_compound:
            out.add(int(year or before_compound))
        if versions:
            out.update(int(v) for v in re.findall(r"\d+", versions))
    return frozenset(out)


# a count spelled as its word: "Dozen" is 12, as "12-Pack" and "12 Count" are ("Gel Pens, Black,
# Dozen" / "Gel Pens, Black Ink, 12-Pack"; "1 Dutzend Eier" / "Eier 12 Stück"); "2 dozen" 24, "half
# a dozen" 6 - ``dozens_counted`` writes them as counts in a cleaned title
_DOZEN = re.compile(r"\b(?:(\d{1,2})\s?|(half|a half|half a|demi|halbes|media)\s)?"
                    r"(?:dozen|dozens|dutzend|douzaine|douzaines|docena|docenas|dozzina|dozzine|tucet|tuctu"
                    r"|dusin|tusin)\b")


def _dozen_repl(m) -> str:
    n = 6 if m.group(2) else 12 * int(m.group(1) or 1)
    return f"{n} count"


def dozens_counted(s: str) -> str:
    if "doz" in s or "dutzend" in s or "douzaine" in s or "docena" in s or "tuc" in s or "usin" in s:
        return _DOZEN.sub(_dozen_repl, s)
    return s


# --- years ------------------------------------------------------------------------------------
# Two titles each printing a year the other never prints name two releases even when they share
# another year: "WISO Steuer 2024 Steuerjahr 2023" / "WISO Steuer 2025 (für Steuerjahr 2024)" (the
# 2024 edition for the 2023 tax year, the 2025 one for 2024) - the principle of ``values_apart``
# read on the year facet.  A title printing one more year than the other ("Office 2021" / "Office
# 2021 (2019 compatible)") names no other release.
def years_apart(ya, yb) -> bool:
    """Do two titles' year facets, sharing a year, each hold one the other lacks?"""
    return bool(ya and yb and not ya.isdisjoint(yb) and ya - yb and yb - ya)


# "DL" is the shops' short "Download" ("Music Maker 2024 Premium Edition DL", "Total Security 5 Dev
# 1 Yr DL"), a year before it the program's release ("Steuer 2024 Steuerjahr 2023 DL"), never 2023
# decilitres: only a count before it is decilitres ("15 dl") - ``year_download`` writes the others
_YEAR_DL = re.compile(r"\b((?:19|20)\d\d)\s?dl\b")
_ALONE_DL = re.compile(r"(?<![\d.\-/])(?<![\d.] )\bdl\b(?![-/.]?\w)")  # (not the "DL-380" of a model)


# (session 16, speed) both patterns end their "dl" at a word's end: "bundle", "handle", "cradle"
# hold a "dl" and no match - the two subs, each tried at every position, skip them
_DL_END = re.compile(r"dl(?!\w)").search


def year_download(s: str) -> str:
    if "dl" in s and _DL_END(s) is not None:
        return _ALONE_DL.sub("download", _YEAR_DL.sub(r"\1 download", s))
    return s


# --- a multipack is no pair of dimensions ----------------------------------------------------------
# "6 x 0.5 l", "6 x 50 cl", "2 x 43 g", "500ml x 6": N packages of an amount, which the volume and
# weight readings compare ("6 x 0.5 l" = "6 x 50 cl"), no object's sides ("6 x 0.5" against
# "6 x 50" read as two sizes) - ``amount_times`` tells a dimensions match that is one
_AMOUNT_UNIT = r"\s?(?:ml|cl|dl|l|lt|ltr|g|gr|kg|mg|oz|floz|lb|lbs)\b"
_AMOUNT_TIMES = re.compile(r"\*\s*\d+(?:\.\d+)?" + _AMOUNT_UNIT + r"|\d" + _AMOUNT_UNIT + r"\s*\*")


def amount_times(dims_text: str) -> bool:
    """Is the text of a "N * M" match a count of packages of an amount ("6 * 0.5l", "500ml * 6")?"""
    return _AMOUNT_TIMES.search(dims_text) is not None


# --- a fraction beside "x" -----------------------------------------------------------------------
# A size printed as fractions beside its "x" is one number each ("Address Labels, 1 x 2-5/8",
# "Concrete Screws 3/16 x 2-1/4\""): the cleaner reads a fraction as a number only before its unit
# ("2-5/8\"", "3/16 in."), so the shop leaving the unit out had "2" and "5/8" against the other
# shop's 2.625 - ``fractions_by_x`` writes them as decimals (proper fractions of the usual
# denominators only: no "24/7", no date)
_FRACTION_X = re.compile(r"(?<![\w./-])(?:(\d{1,2})-)?([1-9]\d?)/(2|4|8|16|32|64)(?![\w/.])"
                         r"(?=\s?x\s?\d|\")|(?<=x )(?:(\d{1,2})-)?([1-9]\d?)/(2|4|8|16|32|64)(?![\w/.])")


def _fraction_repl(m) -> str:
    whole, num, den = (m.group(1), m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5), m.group(6))
    n, d = int(num), int(den)
    if n >= d:
        return m.group(0)
    return f"{int(whole or 0) + n / d:g}"


def fractions_by_x(s: str) -> str:
    if "/" in s and " x" in s:
        return _FRACTION_X.sub(_fraction_repl, s)
    return s
