"""Session 41 (of41): office, printer and stationery goods as shops in English, German, French, Spanish,
Italian and Polish title them (``benchmarks/pairs/of41.jsonl``), by principle:

* **an office machine's or supply's kind in the shop's language** - "Heftgerät" / "agrafeuse" / "stapler",
  "Aktenvernichter" / "destructeur de documents" / "shredder", "Taschenrechner" / "calcolatrice" /
  "calculator", "Korrekturroller" / "correction tape", "Bürostuhl" / "office chair", "Haftnotizen" /
  "sticky notes", "Klebeband" / "ruban adhésif": each word the tables did not know was an identifying word
  only one title printed, so one stapler in two languages was two products.  A kind one title names is
  excused, two kinds still differ (a stapler is no shredder), as ``office34``'s kinds.
* **a supply's describing words in the shops' languages** - a pen's tip "medium" / "mittel" / "moyenne",
  "fine" / "fein" / "fina", "point" / "tip" / "punta" / "pointe"; "paper" / "papier" / "papel".

A leaf module: it imports nothing of the matcher (``wordclass`` is passed to ``install``).
"""

from __future__ import annotations

# --------------------------------------------------------------------------
# the kinds of office machines and supplies in the shops' languages (read by ``wordclass``)
# --------------------------------------------------------------------------
# Folded as ``titles`` folds them ("Heftgerät" -> "heftgerat", "Bürostuhl" -> "burostuhl").  Left out on
# purpose: German "Rechner" alone (a computer too), "Tacker" (a staple gun, no desk stapler), English "tape"
# alone (any tape: a label printer's tape is ``office34``'s "label tape"), "notes" alone (a perfume's, a
# song's), "chair" alone (a gaming, a dining chair - "office chair" is a phrase), "destructeur" /
# "destructora" alone (read in their phrases).
_KINDS = {
    "stapler": "stapler staplers heftgerat heftgerate heftmaschine agrafeuse agrafeuses grapadora grapadoras "
               "cucitrice cucitrici spillatrice zszywacz zszywacze nietmachine",
    "shredder": "shredder shredders aktenvernichter distruggidocumenti niszczarka niszczarki "
                "papierversnipperaar",
    "calculator": "calculator calculators taschenrechner tischrechner calculatrice calculatrices calculadora "
                  "calculadoras calcolatrice calcolatrici kalkulator kalkulatory rekenmachine",
    "correction tape": "korrekturroller korrekturband",
    "office chair": "burostuhl burostuhle burodrehstuhl schreibtischstuhl bureaustoel",
    "sticky notes": "haftnotizen haftnotiz haftnotizblock haftnotizblocke",
    "adhesive tape": "klebeband klebefilm",
    "highlighter": "highlighters surligneur surligneurs subrayador subrayadores evidenziatore evidenziatori "
                   "zakreslacz zakreslacze markeerstift markeerstiften",
}
_KIND_PHRASES = {
    "shredder": ("paper shredder", "destructeur de documents", "destructeur de papier", "destructora de papel",
                 "destructora de documentos", "trituradora de papel", "distruggi documenti"),
    "correction tape": ("correction tape", "roller correcteur", "ruban correcteur", "cinta correctora",
                        "correttore a nastro", "korektor w tasmie"),
    "office chair": ("office chair", "desk chair", "chaise de bureau", "fauteuil de bureau", "silla de oficina",
                     "sedia da ufficio", "sedia ufficio", "krzeslo biurowe", "fotel biurowy"),
    "sticky notes": ("sticky notes", "sticky note", "notes adhesives", "notas adhesivas", "foglietti adesivi",
                     "karteczki samoprzylepne"),
    "adhesive tape": ("adhesive tape", "ruban adhesif", "cinta adhesiva", "nastro adesivo", "tasma klejaca"),
    "binder": ("lever arch file", "lever arch files", "ring binder", "classeur a levier"),
    "copy paper": ("copier paper", "papel para copias", "papier pour copieur"),
}
# one value written several ways: a pen's tip width and its "tip" word, paper in the shops' languages
_SYNONYMS = {
    "medium tip": "medium mittel moyenne moyen medio",
    "fine tip": "fine fein feine fina fino",
    "tip": "tip tips point punta pointe",
    "paper": "paper papier papel",
}


def install(W) -> None:
    """Merge the tables into ``wordclass`` (``W``); free words only (``word_taken``), as every block."""
    W.install_block(_KINDS, _KIND_PHRASES, _SYNONYMS)


# --------------------------------------------------------------------------
# a colour cartridge's three inks named beside its "tri-colour" / "Farbe" (read by ``facets``)
# --------------------------------------------------------------------------
# An ink maker's colour cartridge holds cyan, magenta and yellow; a shop may list them ("HP 305 Druckerpatrone
# Farbe (Cyan, Magenta, Gelb)", "HP 63 Tricolor ... Cyan, Magenta, Yellow") where another writes "Tri-color".
# The three inks are then the cartridge's contents, no other product - read only where the same title names
# the colour cartridge itself (a tri / colour word), names no black and no pack (a "Cyan/Magenta/Yellow
# Multipack" is three cartridges), and the other title names none of the three inks.
_CMY = {"cyan": "c", "cian": "c", "ciano": "c", "magenta": "m", "purpurowy": "m", "yellow": "y", "gelb": "y",
        "jaune": "y", "amarillo": "y", "giallo": "y", "zolty": "y"}
_TRI_WORDS = frozenset("tri tricolour tricolor tricolore tricolores farbe farbig colour color couleur couleurs "
                       "colore colori kolor trojkolorowy".split())
_BLACK_WORDS = frozenset("black schwarz noir noire negro nero czarny zwart".split())
_PACK_WORDS = frozenset("multipack multipacks pack packs combo value twin set kit bundle 3er 3pack".split())
_INK_WORDS = frozenset("""ink inks cartridge cartridges tinte tintenpatrone tintenpatronen druckerpatrone
druckerpatronen patrone patronen encre cartouche cartouches tinta cartucho cartuchos inchiostro cartuccia
cartucce tusz""".split())


def tricolour_contents(ids, p, other) -> frozenset:
    """The words of ``ids`` that name the three inks of p's colour cartridge ("Cyan, Magenta, Gelb" beside
    "Farbe"), where the other title names the cartridge without them ("HP 305 Tri-color ...")."""
    ws = p.wordset
    inks = ids.intersection(_CMY)
    if not inks or _TRI_WORDS.isdisjoint(ws) or _INK_WORDS.isdisjoint(ws):
        return frozenset()
    if {_CMY[w] for w in ws if w in _CMY} != {"c", "m", "y"}:
        return frozenset()
    ows = other.wordset
    if (not _BLACK_WORDS.isdisjoint(ws) or not _PACK_WORDS.isdisjoint(ws) or not ows.isdisjoint(_CMY)
            or _TRI_WORDS.isdisjoint(ows) or not _BLACK_WORDS.isdisjoint(ows) or not _PACK_WORDS.isdisjoint(ows)):
        return frozenset()
    return frozenset(inks)


# --------------------------------------------------------------------------
# a "Value Pack" is the multipack another shop names (read by ``facets``' pack conflict)
# --------------------------------------------------------------------------
# A maker's "Value Pack" of cartridges or toners ("Brother TN-243CMYK Toner Value Pack", "LC3211VAL") is what
# another shop calls the "Multipack" ("TN243CMYK Toner Multipack schwarz/cyan/magenta/gelb"); the facets read
# "value pack" as a bundle (a product sold with something else), one-sided a pack conflict.  Against a title
# naming the multipack it is that multipack - not against a single cartridge, nor a "bundle".


def value_pack_is_multipack(bundled: str, other: str) -> bool:
    """Does the cleaned title ``bundled`` read as a bundle only by its "value pack", where the cleaned title
    ``other`` names a multipack ("multipack", "multi pack")?"""
    if not bundled or not other or "value pack" not in bundled:
        return False
    if "bundle" in bundled or "coffret" in bundled:
        return False
    return "multipack" in other or "multi pack" in other
