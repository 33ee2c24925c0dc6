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
  tables know, and the Dutch drill driver "accuschroefboormachine";
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
    "vacuum": "stielsauger akkustielsauger handstaubsauger steelstofzuiger",
    "hair styler": "moldeador multistyler styler haarstyler",
    "pouches": "maaltijdzakjes frischebeutel",
    "light bulb": "lamp lampen",
    "mop": "friegasuelos dweilfunctie wischfunktion",
    "drill": "accuschroefboormachine accuboorschroefmachine",
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
