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
