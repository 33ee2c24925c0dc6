"""Who a product is for: a shop's note, no variant.  A toy's or game's recommended age, its
number of players, the kids a gift or a toy is for ("Ages 10+" is no "Plus" model, "Ages 5-12"
no model number): ``audience_dropped`` (``titles``' cleaner) takes them out of a cleaned title.
(History: README.md, session 15, prec; session 16, speed.)

(``titles`` imports this module, and ``wordclass`` imports ``titles``: it imports neither.)
"""

from __future__ import annotations

import re

from .regextrie import literal_alternation


# --- who the product is for: a shop's note, no variant -----------------------------
# A toy's or game's recommended age ("Ages 10+", "Kids 6+", "for 2 Year Olds", "Ages 5-12",
# "ab 3 Jahren", "dès 3 ans", "a partir de 3 años", "dai 3 anni", "vanaf 3 jaar", "från 3 år",
# "od 3 lat", "3+ yaş") and its number of players ("2-4 Players", "2-5 Spieler", "2 à 4 joueurs")
# are notes some shops print and others leave out: the "+" of "10+" is no "Plus" model, the
# "5-12" no model number.  ``audience_dropped`` takes them out of a cleaned (lower-case,
# accent-free) title.
# (and months, as baby products state an age - "Ages 3 months +", "18+ Months")
_AGE_UNIT = r"(?:year olds?|years?|yrs?|months?|mos?|jahren?|ans|anos|anni|jaar|ar|lat|let|yas|vuotta|ev)"
_NUM = r"\d{1,2}(?:\s*(?:-|to|a|bis|a)\s*\d{1,2})?"
_RANGE = r"\d{1,2}\s*(?:-|to|a|bis|a)\s*\d{1,2}"
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
    r"|(?<![\w.])\d{1,2}\s*\+\s*" + _AGE_UNIT + r"\b|(?<![\w.])" + _RANGE + r"\s*(?:years?|yrs?) old\b"
    # players: "2-4 players", "2-5 spieler", "2 a 4 joueurs"
    r"|(?<![\w.])" + _NUM + r"\s*\+?\s*(?:players?|spieler|joueurs|jugadores|giocatori|spelers|spelare"
    r"|spillere|graczy|hracu|oyuncu)\b")
# (what every note holds - an age word, or a number before "+" or an age's or players'
# word - tested cheaply first: most titles have none)
# (session 32, sp32, speed: the words after the number as a trie by their first letters - "+", year yr yas,
# jahr jaar joueur jugador, ans anos anni ar, lat let, vuotta, ev, player, spieler speler spelar spiller,
# giocator gracz, hrac, oyuncu: the same matches, one branch tried per letter instead of 25 at every
# digit, ~40% less a title)
_AUDIENCE_NUM = re.compile(r"\d\s?(?:\+|y(?:ear|r|as)|j(?:ahr|aar|oueur|ugador)|a(?:ns|nos|nni|r\b)|l(?:at|et)\b"
                           r"|vuotta|ev\b|player|sp(?:ieler|eler|elar|iller)|g(?:iocator|racz)|hrac|oyuncu)").search


# (session 22, speed) the words of an age's unit or a players' word, any of them anywhere in the
# title: one search of their trie (``regextrie``) instead of 25 substring tests (~1.7 us a title)
_AUDIENCE_WORD = re.compile(literal_alternation((
    "+", " year", "yr", " jahr", " ans", " anos", " anni", " jaar", " ar", " lat", " let", "yas", "vuotta", " ev",
    "player", "spieler", "joueur", "jugador", "giocator", "speler", "spelar", "spiller", "gracz", "hrac",
    "oyuncu"))).search


def _audience_hint(s: str) -> bool:
    if "age" in s or "alter" in s or "eta" in s or "edad" in s or "leeftijd" in s or "kid" in s or "child" in s:
        return True
    # (session 29, speed29: the number first - 1% of the titles pass it, 5% the words)
    return _AUDIENCE_NUM(s) is not None and _AUDIENCE_WORD(s) is not None


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


# session 20 (en20b): "From Birth" is the age a baby product is for, as "6 months+" is ("Aptamil
# First Infant Milk Stage 1 *From Birth* 800g" / "Aptamil 1 First Infant Milk Powder 800g"): a note
# one shop prints - "ab der Geburt", "des la naissance", "desde el nacimiento", "dalla nascita",
# "vanaf de geboorte", "od urodzenia", "fran fodseln", Russian "с рождения" read as "with rozhdeniya"
_FROM_BIRTH = re.compile(r"\b(?:from birth|ab (?:der )?geburt|des la naissance|desde (?:el )?nacimiento|dalla nascita"
                         r"|vanaf (?:de )?geboorte|od urodzenia|fran fodseln|(?:from|with) rozhdeniya)\b")


_AGE_OLD = re.compile(r"(?<![\w.])(\d{1,2})\s*(?:years?|yrs?) old\b")


def audience_dropped(s: str) -> str:
    """A cleaned title without its recommended age, number of players and the kids it is a
    gift or a toy for."""
    if ("birth" in s or "geburt" in s or "naissance" in s or "nacimiento" in s or "nascita" in s or "geboorte" in s
            or "urodzenia" in s or "fodseln" in s or "rozhdeniya" in s):
        s = _FROM_BIRTH.sub(" ", s)  # (session 20, en20b)
    if _audience_hint(s) and _AUDIENCE_MAY(s) is not None:
        s = _AUDIENCE.sub(" ", s)
    if " old" in s:
        # (session 34, dev34: one age "N year(s) old" is the kids' age only on a toy's, a game's or a kids'
        # title - elsewhere it is the product's own, read as its term ("12 years", as "12 Years" and "12
        # Jahre" are): "Glenfiddich 12 Year Old" is no "15 Year Old", attack34a)
        s = _AGE_OLD.sub(" " if _kids_named(s) or _TOY_OR_GAME.search(s) else r"\1 years", s)
    if _kids_named(s):
        if "gift" in s or "geschenk" in s or "cadeau" in s or "regalo" in s:
            s = _GIFT_FOR_KIDS.sub(" ", s)
        if _TOY_OR_GAME.search(s):
            s = _FOR_KIDS.sub(" ", s)
    return s


# session 20 (en20b): a quality claim naming the use a product is built for - "Professional-Grade",
# "Commercial Grade", "Restaurant-Grade", "Pro-Grade", "Industrial-Grade", "Salon-Grade" - is a
# shop's note, as an age is: its "Professional" is no tier nor edition of the product ("Vitamix 5200
# Standard Blender" / "Vitamix 5200 Blender, Professional-Grade, 64 oz. Container" is one blender)
_GRADE_CLAIM = re.compile(r"\b(?:professional|pro|commercial|restaurant|industrial|military|salon|chef|chefs"
                          r"|hospital|medical|contractor|studio)[\s-]?grade\b")


def grade_claims_dropped(s: str) -> str:
    """A cleaned title without its "<use>-grade" quality claims."""
    if "grade" in s:
        return _GRADE_CLAIM.sub(" ", s)
    return s
