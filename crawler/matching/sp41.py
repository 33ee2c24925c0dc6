"""(session 41, sp41, speed) One scan of a cleaned title for the literals the cleaner's costliest hints need.

``titles._clean_pre`` asks four hints of every text it cleans (``fs36.HINT``, ``dg37.HINT``,
``health32.HINT``, ``beauty33.HINT``: ~15 us a title together, ~7% of a cold batch), each a regex the
engine tries at many positions (their branches start with common letters), and calls passes that return the
text unchanged unless one of their words stands (``audience_dropped``, ``sea_count`` ...: step 2 below).
Every match of each hint holds one of a few literals - a word of it, or a digit and a letter with at most
one whitespace character between them where the hint reads ``\\d\\s?x`` - so a title that holds none of a
hint's literals is no match of it.  One Aho-Corasick automaton (``pyahocorasick``) finds which hints'
literals an ASCII text holds in one pass (~1.3 us a title); the cleaner asks a hint only where its literals
stand, and the text is scanned again only after a pass changed it (``groups`` keeps the last text's
bits).  A text with any non-ASCII character goes to every hint as before (``\\d`` and ``\\s`` read Unicode
digits and spaces there).  Each hint's answer is the one it gave: ``groups(s) & BIT`` is 0 only where the
hint finds nothing, or the pass would return the text as it was (tests/test_matching_sp41.py holds each
literal set to its hint or pass).  A leaf module: it imports nothing of the matcher.
"""

from __future__ import annotations

import re

import ahocorasick  # a dependency of the project (pyproject.toml: pyahocorasick)

# the ASCII characters ``\s`` matches in a str pattern (space, \t \n \v \f \r, \x1c-\x1f)
_WS = tuple(chr(c) for c in range(128) if re.match(r"\s", chr(c)))
_DIGITS = "0123456789"


def _spaced(a: str, b: str) -> set:
    """``a``, at most one whitespace character, then ``b`` (the pattern ``a\\s?b`` on ASCII text)."""
    return {a + b} | {a + w + b for w in _WS}


# fs36.HINT (``fs36._HINT_ANY``): "herren|damen|kinder", a digit before the teeth's or a size's
# t / z / d ("\d\s?(?:t|z|zahne|...|dents|...|teeth)\b"), "\sfit\b"
FS36 = 1
_FS36 = ({"herren", "damen", "kinder"} | {x for d in _DIGITS for c in "tzd" for x in _spaced(d, c)}
         | {w + "fit" for w in _WS})
# dg37.HINT (``dg37.HINT_ANY``): its words (a bulb's word after "\d\s"), "li\s?-\s?i\b", "ion\b", "ll\b",
# "ah\s?x", "%"
DG37 = 2
_DG37 = ({"bulbs", "lampen", "ampoules", "zarowki", "lampadine", "bombillas", "zarovky", "lampjes", "aerotwin",
          "coffret", "makpac", "stak", "box", "systainer", "koffer", "walizk", "valigetta", "maletin", "kufr",
          "change", "lxt", "xr", "ion", "ll", "life", "%", "duo", "hcb", "lame", "enclume"}
         | _spaced("li", "-") | _spaced("ah", "x"))
# health32.HINT: ``_HINT_WORDS``, a unit after a digit ("\d ?(?:ui|iu)"), "riv", a form before its count
# ("(?:tablets|...|tabs) \d+s\b")
HEALTH32 = 4
_HEALTH32 = ({"pzn", "cpr", "pour", ".0 ea", "gels", "moll", "bland", "miekk", "oral susp", "pellicul", "rivest",
              "recubiert", "powl", "drazow", "coated", "riv", "tablets ", "capsules ", "caplets ", "sachets ",
              "lozenges ", "tabs "}
             | {d + x for d in _DIGITS for x in ("ui", " ui", "iu", " iu")})
# beauty33.HINT: ``_HINT_WORDS`` and ``_HINT_REST`` ("\bn\.\d", "\bnr\b", "\bno\.", "#\d", "\d ?oz")
BEAUTY33 = 8
_BEAUTY33 = ({"shade", "tonalit", "tonalidad", "tono", "odcien", "odstin", "kolor", "nuance", "teinte", "farbe",
              "couleur", "color", "colour", "woda", "voda", "ounce", "n.", "nr", "no."}
             | {"#" + d for d in _DIGITS} | {d + x for d in _DIGITS for x in ("oz", " oz")})

# --- step 2: the cleaner's calls that return the text as it was unless a literal stands ---
# audience.audience_dropped: a birth's words, ``_audience_hint``'s words or a number before an age's unit or a
# players' word (``_AUDIENCE_NUM``, "\d\s?(?:\+|year|...)": ``_AUDIENCE_MAY`` asked after it), " old", ``_kids_named``'s
AUDIENCE = 16
_AUDIENCE_UNITS = ("+", "year", "yr", "yas", "jahr", "jaar", "joueur", "jugador", "ans", "anos", "anni", "ar", "lat",
                   "let", "vuotta", "ev", "player", "spieler", "speler", "spelar", "spiller", "giocator", "gracz", "hrac",
                   "oyuncu")
_AUDIENCE = ({"birth", "geburt", "naissance", "nacimiento", "nascita", "geboorte", "urodzenia", "fodseln", "rozhdeniya",
              "age", "alter", "eta", "edad", "leeftijd", "kid", "child", " old", "boys", "girls", "toddler", "kinder",
              "enfant", "nino", "bambin", "barn"}
             | {x for d in _DIGITS for u in _AUDIENCE_UNITS for x in _spaced(d, u)})
# sea_words.sea_count: its words, and "so" (the token "so" holds it)
SEA_COUNT = 32
_SEA_COUNT = {"isi", "dus", "kar", "box", "kahon", "thung", "pak", "piras", "biji", "buah", "mieng", "chiec", "bungkus",
              "so"}
# sea_words.gift_dropped
GIFT = 64
_GIFT = {"free", "gratis", "bonus", "hadiah", "tang kem", "libreng"}
# amounts.dozens_counted, amounts.cardinals_counted
DOZENS = 128
_DOZENS = {"doz", "dutzend", "douzaine", "docena", "tuc", "usin"}
CARDINALS = 256
_CARDINALS = {"two", "thre", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
# titles._LIGHT_TONE_HINT (its words), titles._jeans_sizes_named (``_JEANS_LITERAL``'s words)
LIGHT_TONE = 512
_LIGHT_TONE = {"blanc", "luz", "luce", "bianco", "blanco", "weiss", "wit", "vit", "ciepla", "barwa", "biel", "tagesl",
               "lumiere", "daglicht", "swiatlo"}
JEANS = 1024
_JEANS = {"jean", "denim", "dzin", "farmer", "vaquero", "pantalon", "broek", "trousers", "pants", "chino", "hose",
          "spodnie", "kalhoty", "levi", "wrangler"}
# titles._IN_ONE_HINT: "tout|todo|tutto|alles|tudo", a digit before "en" / "em" / "in" ("\d[ -]?(?:en|em|in)")
IN_ONE = 2048
_IN_ONE = {"tout", "todo", "tutto", "alles", "tudo"} | {d + sep + x for d in _DIGITS for sep in ("", " ", "-")
                                                        for x in ("en", "em", "in")}
# titles._price_named (``_PRICE_HINT``'s literals)
PRICE = 4096
_PRICE = {"$", "\u20ac", "\u00a3", "usd", "lbp", "l.l", "dollar", "eur", "price", "prix"}

LITERALS = {FS36: frozenset(_FS36), DG37: frozenset(_DG37), HEALTH32: frozenset(_HEALTH32),
            BEAUTY33: frozenset(_BEAUTY33), AUDIENCE: frozenset(_AUDIENCE), SEA_COUNT: frozenset(_SEA_COUNT),
            GIFT: frozenset(_GIFT), DOZENS: frozenset(_DOZENS), CARDINALS: frozenset(_CARDINALS),
            LIGHT_TONE: frozenset(_LIGHT_TONE), JEANS: frozenset(_JEANS), IN_ONE: frozenset(_IN_ONE),
            PRICE: frozenset(_PRICE)}
ALL = 0
for _bit in LITERALS:
    ALL |= _bit


def _automaton():
    bits: dict = {}
    for bit, words in LITERALS.items():
        for w in words:
            bits[w] = bits.get(w, 0) | bit
    a = ahocorasick.Automaton()
    for w, bit in bits.items():
        a.add_word(w, bit)
    a.make_automaton()
    return a.iter


_ITER = _automaton()  # (built once from the literals above: code, not data)


_LAST: tuple = ("", 0)  # (the last text scanned and its bits: the cleaner asks again until a pass changes it)


def groups(s: str) -> int:
    """The bits of the hints whose literals ASCII text ``s`` holds (``ALL`` for any other text)."""
    global _LAST
    last = _LAST
    if last[0] is s:
        return last[1]
    if not s.isascii():
        return ALL
    g = 0
    for _end, bit in _ITER(s):
        g |= bit
        if g == ALL:
            break
    _LAST = (s, g)
    return g
