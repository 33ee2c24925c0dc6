"""(session 41, sp41, speed) One scan of a cleaned title for the literals the cleaner's costliest hints need.

``titles._clean_pre`` asks four hints of every text it cleans (``fs36.HINT``, ``dg37.HINT``,
``health32.HINT``, ``beauty33.HINT``: ~15 us a title together, ~7% of a cold batch), each a regex the
engine tries at many positions (their branches start with common letters).  Every match of each hint
holds one of a few literals - a word of it, or a digit and a letter with at most one whitespace
character between them where the hint reads ``\\d\\s?x`` - so a title that holds none of a hint's
literals is no match of it.  One Aho-Corasick automaton (``pyahocorasick``) finds which hints' literals
an ASCII text holds in one pass (~2.5 us); the cleaner asks a hint only where its literals stand, and
scans again after a pass changed the text.  A text with any non-ASCII character goes to every hint as
before (``\\d`` and ``\\s`` read Unicode digits and spaces there).  Each hint's answer is the one it
gave: ``groups(s) & BIT`` is 0 only where the hint finds nothing (tests/test_matching_sp41.py holds
each literal set to its hint).  A leaf module: it imports nothing of the matcher.
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

LITERALS = {FS36: frozenset(_FS36), DG37: frozenset(_DG37), HEALTH32: frozenset(_HEALTH32),
            BEAUTY33: frozenset(_BEAUTY33)}
ALL = FS36 | DG37 | HEALTH32 | BEAUTY33


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


def groups(s: str) -> int:
    """The bits of the hints whose literals ASCII text ``s`` holds (``ALL`` for any other text)."""
    if not s.isascii():
        return ALL
    g = 0
    for _end, bit in _ITER(s):
        g |= bit
        if g == ALL:
            break
    return g
