"""Session 38 (we38): Western European shops' titles - German, French, Italian, Spanish and Dutch.

The same appliance, tool, perfume or pet food as Amazon.de / .fr / .it / .es, MediaMarkt, Fnac, bol.com or
El Corte Inglés title it against an English listing (``benchmarks/pairs/we38.jsonl``): the kind, a feature
phrase and a measure in the shop's language were identifying words only one title printed, so the offers
were left apart ("weak").  The tables are written concept by concept, each in the five languages (not from
the pairs' words alone); a kind one title names is excused, two kinds still differ:

* ``_KINDS`` / ``_KIND_PHRASES``: the stick vacuum ("Stielsauger", "aspirateur balai", "scopa elettrica",
  "steelstofzuiger"), the wet and dry vacuum named by what it takes up ("aspiratutto solidi e liquidi"), the
  hair styler ("moldeador", "Multi-Styler"), a pet food's pouches ("maaltijdzakjes", "Frischebeutel"), the Dutch "lamp" (a bulb:
  "E27 lamp"), a mopping function ("friegasuelos", "met dweilfunctie", "mit Wischfunktion") as the mop the
  tables know, the Dutch drill driver "accuschroefboormachine", the epilator ("épilateur", "Epilierer", "epilatore",
  "depiladora");
* ``_SYNONYMS``: a pressure cooker's or steamer's insert ("Einsatz", "inserto", "inzetstuk"), a blemish
  ("imperfections", "imperfezioni", "imperfecciones", "Unreinheiten", "onzuiverheden"), Dutch "vis" (fish);
* ``_SPRAY_WORDS``: a perfume's "Vaporisateur" / "Zerstäuber" / "vaporizador" / "vaporizzatore" / "verstuiver"
  is the kind "spray" (it was a synonym of the word, so one-sided it stayed an identifying word);
* ``_FUNCTION``: German "im" ("im Karton": in the box) is a function word as "in" is.

``read`` (called from ``titles`` on the cleaned lower-case title): a device's "charging" case, base, cable or
station in Italian, French and Spanish ("custodia di ricarica", "boîtier de recharge", "estuche de carga")
is no refill - "ricarica" / "recharge" alone still are (a perfume's "Recharge", a pen's "ricarica").
This module imports no matcher module (``wordclass`` is passed to ``install``).
"""

from __future__ import annotations

import re

_KINDS = {
    "vacuum": "stielsauger akkustielsauger steelstofzuiger",
    "hair styler": "moldeador multistyler styler haarstyler",
    "pouches": "maaltijdzakjes frischebeutel",
    "light bulb": "lamp lampen",
    "mop": "friegasuelos dweilfunctie wischfunktion",
    "drill": "accuschroefboormachine accuboorschroefmachine",
    "epilator": "epilator epilateur epilierer epilatore depiladora epileerapparaat",
}

_KIND_PHRASES = {
    "vacuum": ("aspirateur balai", "scopa elettrica", "aspiradora escoba", "aspirador escoba",
               "aspiratutto solidi e liquidi", "aspirapolvere solidi e liquidi", "bidone aspiratutto",
               "aspirador de solidos y liquidos", "aspirador solidos y liquidos", "nat en droogzuiger"),
    "mop": ("met dweilfunctie", "mit wischfunktion", "avec fonction serpilliere", "con funzione lavapavimenti",
            "y friegasuelos", "and mop", "mopping function", "fonction serpilliere"),
}

_SYNONYMS = {
    "insert": "insert einsatz inserto inzetstuk",
    "blemish": "blemish blemishes imperfections imperfezioni imperfecciones unreinheiten onzuiverheden",
    "fish": "vis",
}

_FUNCTION = "im"

# a perfume's "spray" in the shops' languages: the tables read them as the word "spray" (a synonym), but
# "spray" is a kind - excused on one side - while "Vaporisateur" stayed an identifying word ("Eau de Parfum
# Vaporisateur 100 ml" / "Eau de Parfum Spray for Men 100ml"): the same kind as its English word
_SPRAY_WORDS = ("vaporisateur", "zerstauber", "vaporizador", "vaporizzatore", "verstuiver")

# a device's charging part in Italian / French / Spanish: the "ricarica" / "recharge" / "carga" charges it
_CHARGING = re.compile(r"\b(custodia|base|cavo|stazione|astuccio|etui|\u00e9tui|boitier|bo\u00eetier|station|socle|"
                       r"c\u00e2ble|cable|estuche|funda|caja|soporte) (?:di|de|da) (?:ricarica|recharge|carga)\b")
HINT = re.compile(r"ricarica|recharge|carga").search


def read(s: str) -> str:
    """``s`` (cleaned, lower-case) with a device's "charging" part written "charging"."""
    return _CHARGING.sub(r"\1 charging", s)


def install(W) -> None:
    """Merge the tables into ``wordclass`` (``W``); free words only (``install_block``)."""
    for w in _SPRAY_WORDS:
        if W.SYNONYM.get(w) == "spray" and w not in W.CATEGORY:
            W.CATEGORY[w] = "spray"
    W.install_block(_KINDS, _KIND_PHRASES, _SYNONYMS, function=_FUNCTION)


# --------------------------------------------------------------------------
# one word in two neighbouring languages' spellings
# --------------------------------------------------------------------------
# ("Zylinder" / "cylinder", "Kartusche" / "cartouche"): where the tables know neither
# word, or one only, a word one title alone prints and a word the other alone prints are one word when their
# spellings meet once the languages' letters for one sound are read alike (c / k / z / q, ph / f, th / t, sch
# / ch, ou / u, y / i, w / v, double letters) and then are the same (or differ by one letter in words of
# eight letters or more), the first two letters the same: "Extension" / "Expansion" (two letters) stay two
# words (a Catan "Seafarers Extension 5-6 Players" is no "Seafarers Expansion").  Two words the tables read
# as two values (two kinds, specs, colours, synonyms) stay apart; a number, a code, a short word (under six letters) or a word in other letters than
# Latin ones is never read so.
_SOUNDS = (("sch", "ch"), ("ph", "f"), ("th", "t"), ("ou", "u"), ("qu", "k"), ("ck", "k"))
_LETTERS = str.maketrans("czqyw", "kkkiv")


def _skeleton(w: str) -> str:
    for x, y in _SOUNDS:
        if x in w:
            w = w.replace(x, y)
    w = w.translate(_LETTERS)
    out = []
    for c in w:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _within(a: str, b: str, k: int) -> bool:
    """Levenshtein distance of ``a`` and ``b`` at most ``k``."""
    if abs(len(a) - len(b)) > k:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        best = i
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if cur[j] < best:
                best = cur[j]
        if best > k:
            return False
        prev = cur
    return prev[-1] <= k


def _value(w: str, W, colours) -> tuple | None:
    if w in W.CATEGORY:
        return ("kind", W.CATEGORY[w])
    if w in W._SPEC_OF:
        return ("spec",) + tuple(W._SPEC_OF[w])
    if w in colours:
        return ("colour", colours[w])
    if w in W.SYNONYM:
        return ("syn", W.SYNONYM[w])
    return None


def cognate_words(ids, p, other, W, colours) -> frozenset:
    """The words of ``ids`` (p's identifying words) that only p prints and that are one word with a word only
    the other offer prints, spelled in a neighbouring language (see above)."""
    mine, theirs = p.wordset, other.wordset
    cands = [w for w in ids if len(w) >= 6 and w.isascii() and w.isalpha() and w not in theirs]
    if not cands:
        return frozenset()
    others = [v for v in theirs if len(v) >= 6 and v.isascii() and v.isalpha() and v not in mine]
    if not others:
        return frozenset()
    out = set()
    for w in cands:
        kw = _skeleton(w)
        vw = _value(w, W, colours)
        for v in others:
            kv = _skeleton(v)
            if kw[:2] != kv[:2]:
                continue
            if not _within(kw, kv, 1 if min(len(kw), len(kv)) >= 8 else 0):
                continue
            vv = _value(v, W, colours)
            if vw is not None and vv is not None and vw != vv:
                continue
            out.add(w)
            break
    return frozenset(out)
