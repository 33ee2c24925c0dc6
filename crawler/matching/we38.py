"""Session 38 (we38): Western European shops' titles - German, French, Italian, Spanish and Dutch.

The same appliance, tool, perfume or pet food as Amazon.de / .fr / .it / .es, MediaMarkt, Fnac, bol.com or
El Corte Inglés title it against an English listing (``benchmarks/pairs/we38.jsonl``): the kind, a feature
phrase and a measure in the shop's language were identifying words only one title printed, so the offers
were left apart ("weak").  The tables are written concept by concept, each in the five languages (not from
the pairs' words alone); a kind one title names is excused, two kinds still differ:

* ``_KINDS`` / ``_KIND_PHRASES``: the stick vacuum ("Stielsauger", "aspirateur balai", "scopa elettrica",
  "steelstofzuiger"), the wet and dry vacuum named by what it takes up ("aspiratutto solidi e liquidi"), the
  hair styler ("moldeador", "Multi-Styler"), a pet food's pouches ("maaltijdzakjes", "Frischebeutel"), a
  mopping function ("friegasuelos", "met dweilfunctie", "mit Wischfunktion") as the mop the tables know, the Dutch drill driver "accuschroefboormachine", the epilator ("épilateur", "Epilierer", "epilatore",
  "depiladora");
* ``_SYNONYMS``: a pressure cooker's or steamer's insert ("Einsatz", "inserto", "inzetstuk"), a blemish
  ("imperfections", "imperfezioni", "imperfecciones", "Unreinheiten", "onzuiverheden"), Dutch "vis" (fish);
* ``_SPRAY_WORDS``: a perfume's "Vaporisateur" / "Zerstäuber" / "vaporizador" / "vaporizzatore" / "verstuiver"
  is the kind "spray" (it was a synonym of the word, so one-sided it stayed an identifying word);
* ``_FUNCTION``: German "im" ("im Karton": in the box) is a function word as "in" is.
* ``lamp_read`` (fxwe38): the Dutch "lamp" is the bulb ("E27 lamp") next to a lamp cap's code or in a Dutch
  title only - elsewhere a lamp is a luminaire ("Infrared Lamp", "Lava Lamp", "Table Lamp").

``read`` (called from ``titles`` on the cleaned lower-case title): a device's "charging" case, base, cable or
station in Italian, French and Spanish ("custodia di ricarica", "boîtier de recharge", "estuche de carga")
is no refill - "ricarica" / "recharge" alone still are (a perfume's "Recharge", a pen's "ricarica").
This module imports no matcher module (``wordclass`` and ``lingua.cognate_key`` are passed to ``install``).
"""

from __future__ import annotations

import re

_KINDS = {
    "vacuum": "stielsauger akkustielsauger steelstofzuiger",
    "hair styler": "moldeador multistyler styler haarstyler",
    "pouches": "maaltijdzakjes frischebeutel",
    "mop": "friegasuelos dweilfunctie wischfunktion",
    "drill": "accuschroefboormachine accuboorschroefmachine",
    "epilator": "epilator epilateur epilierer epilatore depiladora epileerapparaat",
    "desk lamp": "tafellamp tafellampen tischlampen tischleuchten",
}

_KIND_PHRASES = {
    "vacuum": ("aspirateur balai", "scopa elettrica", "aspiradora escoba", "aspirador escoba",
               "aspiratutto solidi e liquidi", "aspirapolvere solidi e liquidi", "bidone aspiratutto",
               "aspirador de solidos y liquidos", "aspirador solidos y liquidos", "nat en droogzuiger"),
    "mop": ("met dweilfunctie", "mit wischfunktion", "avec fonction serpilliere", "con funzione lavapavimenti",
            "y friegasuelos", "and mop", "mopping function", "fonction serpilliere"),
    # (fxwe38: a table lamp is the luminaire the tables know as "Tischleuchte" / "bureaulamp" - "Philips Hue Go
    # Portable Table Lamp" / "tragbare Tischleuchte" -, no bulb)
    "desk lamp": ("table lamp", "lampe de table", "lampada da tavolo", "lampara de mesa", "lampara de sobremesa"),
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


# (fxwe38, the second attacker's findings) The Dutch "lamp" is a bulb ("Philips Hue ... E27 lamp 2-pack" /
# "... E27 Bulb Twin Pack"), but in English and beside other words a lamp is a luminaire: "Beurer IL 50 Infrared
# Lamp" / "Infrared Bulb", "Lava Lamp" / "Lava Bulb" are two products, and "Philips Hue Go Portable Table Lamp"
# is the "tragbare Tischleuchte".  "lamp" / "lampen" is read as the bulb only next to a lamp cap's code (E27,
# E14, GU10, B22 ... one word between at most: "E27 slimme lamp", "LED-lamp E27") or in a Dutch title (a Dutch
# word no other language writes: "met", "voor", "zonder", "stuks", "wit", "dimbaar" ...); elsewhere it stays a
# word of its own (as it was before session 38).
_CAP = r"(?:e1[0-4]|e2[67]|e40|gu10|gu5\.?3|b22d?|b15d?|g9|mr16|gx53)"
_LAMP_BY_CAP = re.compile(r"(?<![\w.])" + _CAP + r"\s(?:[\w-]+\s)?(?:[\w]+-)?(lamp|lampen)\b"
                          r"|\b(lamp|lampen)\s(?:[\w-]+\s)?" + _CAP + r"(?![\w.])")
_LAMP = re.compile(r"\blamp(en)?\b")
_DUTCH = frozenset("met voor zonder stuks stuk wit zwart dimbaar slimme lichtbron fitting warmwit koudwit het een "
                   "kleur kleuren helder mat".split())
LAMP_HINT = re.compile(r"\blamp").search


def _bulb(m) -> str:
    return m.group(0).replace("lampen", "bulbs").replace("lamp", "bulb")


def lamp_read(s: str) -> str:
    """``s`` (cleaned, lower-case) with a lamp a cap's code names, or any lamp of a Dutch title, written "bulb"."""
    if not _DUTCH.isdisjoint(re.findall(r"[a-z]+", s)):
        return _LAMP.sub(lambda m: "bulbs" if m.group(1) else "bulb", s)
    return _LAMP_BY_CAP.sub(_bulb, s)


def install(W, cognate_key) -> None:
    """Merge the tables into ``wordclass`` (``W``); free words only (``install_block``); ``cognate_key`` is
    ``lingua.cognate_key``, the reader of one word's spellings (``_skeleton``)."""
    global _key
    _key = cognate_key
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
# / ch, ou / u, y / i, w / v, double letters) and then are the same (or one drops a letter the other prints,
# in words of eight letters or more - fxwe38: no letter changed for another, "Ditalini" / "Ditaloni" are two
# pastas), the first two letters the same: "Extension" / "Expansion" (two letters) stay two
# words (a Catan "Seafarers Extension 5-6 Players" is no "Seafarers Expansion").  Two words the tables read
# as two values (two kinds, specs, colours, synonyms) stay apart; a number, a code, a short word (under six letters) or a word in other letters than
# Latin ones is never read so.
# (rv39) The spellings of one sound are read by ``lingua.cognate_key`` (``install`` passes it: this module
# imports no matcher module) - ph / f, th / t, qu / k, ck / k, c / k, y / i, w / v, a doubled letter once, an
# inflection's ending dropped -; the key folds three spellings its own way, which we38 reads as the languages
# of Western Europe spell them first: German "sch" is French "ch" ("Kartusche" / "cartouche": the key reads
# "sch" and "sh" as one letter, "ch" as "k"), French "ou" is "u", and German "z" before a vowel is Latin "c"
# ("Zylinder" / "cylinder", "Zertifikat" / "certificat": the key reads "z" as "s").
_FOLDS = (("sch", "ch"), ("ou", "u"))
_Z = re.compile(r"z(?=[aeiouy])")
_key = None  # ``lingua.cognate_key`` (``install``)


def _skeleton(w: str) -> str:
    for x, y in _FOLDS:
        if x in w:
            w = w.replace(x, y)
    if "z" in w:
        w = _Z.sub("c", w)
    return _key(w)


def _one_dropped(a: str, b: str) -> bool:
    """Is one of ``a`` / ``b`` the other with one letter dropped (``a`` != ``b``)?"""
    if abs(len(a) - len(b)) != 1:
        return False
    s, t = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(s) and s[i] == t[i]:
        i += 1
    return s[i:] == t[i + 1:]


# (fxwe38, the second attacker's findings) Italian names a product's size by its suffix: the diminutive
# "-ini" / "-ino" / "-ina" / "-ine" and the augmentative "-oni" / "-one" / "-ona" after one stem - Ditalini /
# Ditaloni, Tortellini / Tortelloni, Spaghettini / Spaghettoni, Cannellini (beans) / Cannelloni (pasta) - and
# either against the plain word (Spaghettini / Spaghetti, Tortelloni / Tortelli) are two products, no one word's
# two spellings or forms.  Read where the stems before the suffix (or before a plain word's closing vowel) are
# the same, five letters or more, and the suffixes differ; one suffix in two numbers or genders ("Panettone" /
# "Panettoni", "Grissini" / "Grissino") is one word.
_SIZE_SUFFIX = re.compile(r"([a-z]{5,}?)([io])n[aeio]")
_PLAIN = re.compile(r"([a-z]{5,})[aeio]")


def _suffixed(w: str) -> tuple:
    m = _SIZE_SUFFIX.fullmatch(w)
    if m is not None:
        return m.group(1), m.group(2)
    m = _PLAIN.fullmatch(w)
    return (m.group(1), "") if m is not None else (None, None)


def suffix_apart(x: str, y: str) -> bool:
    """Are ``x`` and ``y`` one stem with another Italian size suffix each, or one with and one without (above)?"""
    if x[-1:] not in "aeio" or y[-1:] not in "aeio":
        return False
    sx, cx = _suffixed(x)
    if sx is None:
        return False
    sy, cy = _suffixed(y)
    return sx == sy and cx != cy


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
            # (fxwe38: one letter dropped - no letter changed: "Ditalini" / "Ditaloni" are two pastas -, and
            # no Italian size suffix against another)
            # (rv39: eight letters of the words themselves - the key drops an ending: "Califonia" / "California")
            if kw != kv and not (min(len(w), len(v)) >= 8 and _one_dropped(kw, kv)):
                continue
            if suffix_apart(w, v):
                continue
            vv = _value(v, W, colours)
            if vw is not None and vv is not None and vw != vv:
                continue
            out.add(w)
            break
    return frozenset(out)
