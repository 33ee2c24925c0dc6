"""Session 34 (op34): office and printing supplies and phones' accessories as shops in English,
German, French, Spanish, Italian and Polish title them (``benchmarks/pairs/train34op.jsonl``), by
principle:

* **a rectangle's two sides in either order** - "36 x 89 mm" / "89x36 mm" (a label), "30 x 40 cm" /
  "40x30 cm": the unit after the last side gave that side alone as the title's length, so the two
  orders of one label read as two lengths; where both titles print their sides, the length is
  compared as those sides are, order-free (``rectangle_sides``, read by ``relations.unit_relation``).

A leaf module: it imports nothing of the matcher.
"""

from __future__ import annotations

import re as _re

# "36 x 89 mm", "62x29mm", "30 × 40 × 180 cm", "45,7 x 21,2 mm": two or three sides and one unit of
# length closing them (the sides before it carry no unit of their own)
_SIDES = _re.compile(
    r"(?<![\d.,])(\d{1,4}(?:[.,]\d{1,2})?)\s*[x×*]\s*(\d{1,4}(?:[.,]\d{1,2})?)"
    r"(?:\s*[x×*]\s*(\d{1,4}(?:[.,]\d{1,2})?))?\s*(mm|cm|m)(?![a-z0-9])", _re.I)
_MM = {"mm": 1.0, "cm": 10.0, "m": 1000.0}


def rectangle_sides(raw) -> frozenset:
    """The sides, in millimetres and sorted, of every "A x B [x C] unit" a raw title prints, each a
    tuple (``frozenset()`` where it prints none)."""
    if not isinstance(raw, str) or ("x" not in raw and "X" not in raw and "×" not in raw and "*" not in raw):
        return frozenset()
    out = set()
    for m in _SIDES.finditer(raw):
        k = _MM[m.group(4).lower()]
        sides = [float(g.replace(",", ".")) * k for g in m.groups()[:3] if g]
        out.add(tuple(sorted(sides)))
    return frozenset(out)


def one_rectangle(raw_a, raw_b) -> bool:
    """Do two titles print one rectangle's sides, in whatever order ("36 x 89 mm" / "89x36 mm"), and
    no other sides?  Then the length each read off its last side is that rectangle's, not a product's
    length to compare."""
    sa = rectangle_sides(raw_a)
    if not sa:
        return False
    sb = rectangle_sides(raw_b)
    return bool(sb) and sa == sb



# the ISO paper formats a title names by their letter ("A4", "DIN A5"), each its sides in millimetres: a
# sheet's or a photo paper's size as another shop states it in figures ("10 x 15 cm" is no A4)
_FORMAT_SIDES = {"a3": (297.0, 420.0), "a4": (210.0, 297.0), "a5": (148.0, 210.0), "a6": (105.0, 148.0)}
# the words that say a title sells paper (a format letter is a car's or a phone's name elsewhere: "Audi A4",
# "Galaxy A5")
_PAPER_WORDS = frozenset("""
paper papers papier papiers papel carta fotopapier photopaper photo sheets sheet blatt feuilles hojas fogli
arkuszy kartek etiketten labels etiquettes etiquetas etichette etykiety notebook notizbuch notizblock
collegeblock heft cahier carnet cuaderno libreta quaderno taccuino zeszyt notatnik kopierpapier
""".split())


def format_dims(words) -> frozenset:
    """The sides of the ISO paper formats a paper title names ("A4" -> (210, 297) in millimetres and (21,
    29.7) in centimetres, as ``facets`` reads "21 x 29,7 cm"), for the ``dims`` facet: a format against a
    size in figures is compared as sizes are - "Fotopapier 10x15 cm" / "photo paper A4" are two papers,
    "A4" / "21 x 29,7 cm" one, "A4" / "A3" two.  Empty where the title names no format or sells no paper
    (``_PAPER_WORDS``: "Audi A4", "Galaxy A5" are names)."""
    fs = [_FORMAT_SIDES[w] for w in words if w in _FORMAT_SIDES]
    if not fs or _PAPER_WORDS.isdisjoint(words):
        return frozenset()
    return frozenset(t for f in fs for t in (f, (f[0] / 10.0, f[1] / 10.0)))


# --------------------------------------------------------------------------
# the kinds of office and printing supplies in the shops' languages (read by ``wordclass``)
# --------------------------------------------------------------------------
# An office shop names a supply by its brand, line and model ("Edding 3000", "Brother TN-2420",
# "Stabilo point 88"); the rest is the kind in the shop's language ("Permanentmarker" / "marqueur
# permanent", "Tonerkartusche" / "toner", "Bleistift" / "matita", "Adressetiketten" / "etichette").
# Each such word the tables did not know was an identifying word only one title printed.  Written
# concept by concept from the languages (EN DE FR ES IT PL NL), folded as ``titles`` folds them; a kind
# one title names is excused, two kinds still differ (a marker is no highlighter, a pencil no pen).
# Left out on purpose: English "pen" (a tablet's "S Pen", "Surface Pen"), "pencil" (the "Apple Pencil"
# stylus, an accessory class), "notebook" (a laptop to the tables), "carta" (IT paper, card and map),
# "crayon" (FR pencil, EN wax crayon), "block" / "bloc" (an engine's, a knife's), "label" alone (a
# record label, "White Label"), "tape" (any tape), "roller" (a paint roller), "paper" / "papier" / "papel"
# alone (toilet and kitchen paper: "papel higiénico" / "Scottex ... papel higiénico" was lost, train13b).
_KINDS = {
    "toner": "tonerkartusche tonerkartuschen tonerpatrone tonerpatronen tonery",
    "cartridge": "tintenpatrone tintenpatronen druckerpatronen cartouches cartuchos cartucce",
    "ink bottle": "tintenflasche tintenflaschen nachfulltinte",
    "copy paper": "kopierpapier druckerpapier multifunktionspapier",
    "photo paper": "fotopapier photopaper",
    "labels": "labels etiketten adressetiketten etiquettes etiquetas etichette etykiety",
    "label tape": "schriftband schriftbander",
    "pens": "gelschreiber gelstift tintenroller stylos boligrafo penna dlugopisy",
    "fountain pen": "fullhalter fuller fullfederhalter fuellhalter fuellfederhalter stilografica",
    "marker": "marker markers marqueur marqueurs rotulador rotuladores pennarello pennarelli permanentmarker "
              "flamaster flamastry filzstift filzstifte feutre feutres",
    "fineliner": "fineliner fineliners cienkopis cienkopisy",
    "pencil (wood)": "bleistift bleistifte matita matite lapiz lapices olowek olowki",
    "binder": "ordner classeur classeurs archivador archivadores raccoglitore raccoglitori segregator "
              "segregatory binder binders",
}
_KIND_PHRASES = {
    "fountain pen": ("fountain pen", "stylo plume", "pluma estilografica", "penna stilografica",
                     "pioro wieczne"),
    "photo paper": ("photo paper", "papier photo", "papel fotografico", "carta fotografica",
                    "papier fotograficzny"),
    "copy paper": ("papier ksero", "carta per fotocopie", "carta da fotocopie", "copy paper"),
    "ink bottle": ("ink bottle", "bouteille d encre", "botella de tinta", "bottiglia inchiostro",
                   "bottiglia di inchiostro"),
    "labels": ("address labels", "etichette indirizzo"),
    "label tape": ("label tape", "laminated tape", "ruban d etiquettes"),
    "pens": ("gel pen", "gel ink pen", "penna gel", "stylo gel", "boligrafo de gel", "dlugopis zelowy"),
}
# Polish sheets ("500 arkuszy"), as "sheets" / "Blatt" / "feuilles" / "hojas" / "fogli" are filler already (not
# the abbreviation "ark.", a game's name; not a ream - "ream", "ryza", "ramette" -: a ream on one side only
# says the pack, and Walmart-Amazon's "500 sheets ream" / no count is two offers)
_FILLER = "arkuszy arkusze arkusz"

# (phones' accessories) a charger in Italian ("caricatore", as "caricabatterie") and a charger named by
# its form in German ("Ladepad", "Ladestation", "Ladeschale"): the tables' one value "charger"
# ("Baseus GaN 65W Ladegerät" / "... caricatore", "Anker 313 Wireless Charger Pad" / "kabelloses Ladepad")
_SYNONYMS = {"charger": "caricatore caricatori ladepad ladestation ladeschale",
             # (a photo paper's or a case's glossy finish: "glänzend" / "brillant" / "lucido" / "brillante" /
             # "błyszczący" are "glossy" - a finish, compared with the other title's; matte stays another)
             "glossy": "glossy gloss glanzend glaenzend hochglanz hochglanzend brillant brillante lucido lucida "
                       "blyszczacy blyszczace hoogglans glanzend",
             # (Spanish "tinta" - "Cartucho de tinta HP 301" - is the ink "encre" / "inchiostro" / "tusz" are)
             "ink": "tinta tintas"}
# German "auf" - "USB-C auf Lightning", "schwarz auf weiß" - is a preposition as "to", "on", "vers" are:
# no name of a product, never evidence (``FUNCTION``, and filler where one title alone prints it)
_FUNCTION = "auf"


def install(W) -> None:
    """Merge the tables into ``wordclass`` (``W``); free words only (``word_taken``), as every block."""
    W.install_block(_KINDS, _KIND_PHRASES, _SYNONYMS, filler=_FILLER, function=_FUNCTION)

