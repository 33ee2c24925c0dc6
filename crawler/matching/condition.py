"""The condition an offer is sold in (session 30, dev30).

A refurbished, used or open-box item is another offer than the new one, whatever model number both
titles print: "Sony WH-1000XM4" / "Sony WH-1000XM4 (Generalüberholt)", "... B-Ware", "WH-1000XM5
(Reacondicionado)", "iPhone 13 128GB - Renewed".  The project read "refurbished" as a variant word
(``wordclass.VARIANT``), which a shared specific model number outweighs - right for a variant of
the line, wrong for the condition of the one item.  Two titles whose conditions differ (a title
naming none is new) are two products for every tier.

"Used" is read only where a shop writes the condition - in brackets, after a dash, a bar or a
colon, closing the title, or before a grade ("Used - Like New") -, never in a sentence ("can be
used with").
"""

from __future__ import annotations

import re

from .memos import memo

# the words of each condition, as the cleaned titles' words print them (German, French, Spanish,
# Italian, Czech, Portuguese; Arabic "مجدد" is read as "refurbished" by ``arabic``)
_WORDS = {
    "refurbished": "refurbished renewed refurb generaluberholt generalueberholt reconditionne reconditionnee "
                   "reacondicionado reacondicionada ricondizionato ricondizionata repasovany recondicionado "
                   "remis_a_neuf",
    "used": "preowned gebraucht usato usata seminuevo seminueva secondhand occasion",
    "openbox": "openbox bware deballe exdisplay",
}
_CONDITION = {w: c for c, ws in _WORDS.items() for w in ws.split()}
_TRIGGERS = frozenset(_CONDITION) | frozenset(("pre", "open", "b", "second", "used", "usado", "usada",
                                               "remis", "ex"))
# the raw title's phrases of two words ("Pre-Owned", "Open Box", "B-Ware", "Second Hand", "remis à neuf")
_PHRASES = re.compile(r"\b(pre[\s-]?owned|open[\s-]?box|b[\s-]ware|second[\s-]?hand|ex[\s-]display|"
                      r"remis\s+(?:a|à)\s+neuf)\b", re.I)
_PHRASE_CLASS = {"preowned": "used", "openbox": "openbox", "bware": "openbox", "secondhand": "used",
                 "exdisplay": "openbox",
                 "remisaneuf": "refurbished", "remisàneuf": "refurbished"}
# "used" / "usado" as a shop writes a condition
_USED = re.compile(r"(?:^|[(\[|:,]|\s[-–]\s?)\s*(?:used|usado|usada)\b(?=\s*(?:$|[)\]|:,]|[-–]|like\b|good\b|very\b|"
                   r"acceptable\b|excellent\b|como\b|buen))", re.I)


# (the refurbished words' inflections: Italian "Ricondizionati", Spanish "Reacondicionados", French
# "Reconditionnés", German "Generalüberholte" - a word opening with one of these stems; the final
# attacker of session 30 found the plural read as no condition against "Refurbished")
_REFURB_STEMS = ("refurbish", "ricondizionat", "reacondicionad", "recondicionad", "reconditionn",
                 "generaluberholt", "generalueberholt", "repasovan")


def word_condition(w: str) -> str:
    """The condition one word names ("Renewed", "Ricondizionati": "refurbished"), "" for none."""
    if w.startswith(_REFURB_STEMS):
        return "refurbished"
    return _CONDITION.get(w, "")


# (one reading per title, not per pair: the conflicts ask it of every pair an offer is in)
_BY_TITLE: dict = memo({})


def condition_of(p) -> str:
    """The condition a title names ("refurbished", "used", "openbox"), "" for none (new)."""
    ws = p.words
    if not ws:
        return ""
    raw = p.rawtitle if type(p.rawtitle) is str else (p.title or "")
    key = (p.title, raw)
    c = _BY_TITLE.get(key)
    if c is None:
        c = _read(ws, raw)
        if len(_BY_TITLE) < 50_000:
            _BY_TITLE[key] = c
    return c


def _read(ws, raw: str) -> str:
    for w in ws:
        c = word_condition(w)
        if c:
            return c
    if _TRIGGERS.isdisjoint(ws):
        return ""
    m = _PHRASES.search(raw)
    if m:
        return _PHRASE_CLASS.get(re.sub(r"[\s-]", "", m.group(1).lower()), "used")
    if _USED.search(raw):
        return "used"
    return ""


def conditions_differ(a, b) -> bool:
    """Do two offers' titles name two conditions (no condition named is new), or two grades of one
    (``grade_of``: "Grade A" / "Grade B", "Excellent" / "Good" refurbished)?"""
    ca, cb = condition_of(a), condition_of(b)
    if ca != cb:
        # (session 37, pr37: a refurbisher's letter grade says the item is not new - "iPhone 12 64GB - Grade B"
        # / "... Grade B (Refurbished)" is one offer; then the grades decide)
        if not (ca and cb) and (ca or cb) in ("refurbished", "used"):
            ga, gb = grade_of(a, ca), grade_of(b, cb)
            if ga and gb and ga[0] == "letter" == gb[0]:
                return ga != gb
        return True
    ga = grade_of(a, ca)
    if not ga:
        return False
    gb = grade_of(b, ca)
    return bool(gb) and ga[0] == gb[0] and ga != gb


# --- a refurbished or used item's grade (session 37, pr37) -------------------------------------------
# A refurbisher sells one model in grades: "iPhone 12 64GB - Grade A" / "... - Grade B", "Dell Latitude
# 7490 ... - Grade A" / "... - Grade C", Back Market's "Excellent" / "Good" / "Fair", a German shop's
# "Zustand: Sehr gut" / "Gut", a French one's "Très bon état" / "État correct".  Each grade is another
# offer, at another price - as a condition is.  Two grades are compared only in one scale: a letter
# against a letter ("Grade A" / "Grade B", "Grado A", "Stav A"; not an energy "Class A", which two label scales name otherwise), a word against a word (the
# words only in a title naming the item refurbished or used: "Good" elsewhere is a name's, "Good Grips");
# "Grade A" against "Excellent" is left to the other rules (the refurbishers' scales do not line up).
_GRADE_LETTER = re.compile(r"\b(?:grade|grado|stav)\s?:?\s?([a-d])"
                           r"(\+{1,2}|-|\s?plus)?(?![\w])", re.I)
_GRADE_WORDS = (("like new", "likenew"), ("wie neu", "likenew"), ("comme neuf", "likenew"),
                ("como nuevo", "likenew"), ("come nuovo", "likenew"), ("als nieuw", "likenew"),
                ("parfait etat", "likenew"), ("mint", "likenew"),
                ("very good", "verygood"), ("sehr gut", "verygood"), ("tres bon etat", "verygood"),
                ("muy bueno", "verygood"), ("zeer goed", "verygood"),
                ("excellent", "excellent"), ("excelente", "excellent"), ("ottimo", "excellent"),
                ("uitstekend", "excellent"), ("hervorragend", "excellent"),
                ("good", "good"), ("gut", "good"), ("bon etat", "good"), ("bueno", "good"), ("buono", "good"),
                ("goed", "good"),
                ("fair", "fair"), ("acceptable", "fair"), ("akzeptabel", "fair"), ("etat correct", "fair"),
                ("correcto", "fair"), ("accettabile", "fair"), ("redelijk", "fair"))
_GRADE_WORD = re.compile(r"(?<![\w])(" + "|".join(w.replace(" ", r"\s") for w, _ in _GRADE_WORDS) + r")(?![\w])")
_GRADE_OF = {w: g for w, g in _GRADE_WORDS}
_GRADED = memo({})


def grade_of(p, condition: str) -> tuple:
    """(scale, grade) of p's title - ("letter", "a+") for "Grade A+", ("word", "good") for a refurbished
    "... - Good" -, () for none.  ``condition``: p's ``condition_of``."""
    raw = p.rawtitle if type(p.rawtitle) is str else (p.title or "")
    key = (raw, condition)
    g = _GRADED.get(key)
    if g is not None:
        return g
    g = ()
    m = _GRADE_LETTER.search(raw)
    if m is not None:
        tail = (m.group(2) or "").replace(" ", "").lower().replace("plus", "+")
        g = ("letter", m.group(1).lower() + tail)
    elif condition in ("refurbished", "used"):
        found = {_GRADE_OF[x.replace("  ", " ")] for x in _GRADE_WORD.findall(" ".join(p.words))}
        if len(found) == 1:
            g = ("word", found.pop())
    if len(_GRADED) < 50_000:
        _GRADED[key] = g
    return g
