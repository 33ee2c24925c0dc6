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

A leaf module: it imports nothing of the matcher but ``office_mobile``'s grammage reader (itself importing only
``re``) and ``kind_accessory``'s reader (a leaf too; ``wordclass`` is passed to ``install``).
"""

from __future__ import annotations

import re as _re

from . import office_mobile as _office_mobile  # a paper's grammage: one reader (itself a leaf: it imports only re)
from . import kind_accessory as _kind_accessory  # (session 42, ac42: a kind's accessory on one side; a leaf)

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
    "office chair": "burostuhl burostuhle burodrehstuhl schreibtischstuhl bureaustoel bureaustoelen",
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
    "brightness": "bright brightness",
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
    if _TRICOLOUR.isdisjoint(ows):
        # (attack41a: the other must name the tri-colour cartridge itself - "Epson 502 Colour Ink Cartridges
        # (Cyan, Magenta, Yellow)" are three cartridges against "Epson 502 Colour Ink Cartridge": a bare
        # "colour" is no tri-colour)
        return frozenset()
    return frozenset(inks)


# the words naming the tri-colour cartridge itself ("Tri-color" is read "tri" "color"; a bare "Farbe" /
# "colour" is no tri-colour)
_TRICOLOUR = frozenset("tri tricolour tricolor tricolore tricolores trojkolorowy".split())


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
    if not ("multipack" in other or "multi pack" in other):
        return False
    # (attack41a: a Canon / HP "Photo Value Pack" is the inks with photo paper - "PG-545 / CL-546 Photo Value
    # Pack" / "... Multipack", "HP 364 Photo Value Pack" / "HP 364 Multi Pack": no multipack of inks alone)
    wb, wo = _VP_WORD(bundled), _VP_WORD(other)
    if not _VP_PAPER.isdisjoint(wb) or not _VP_PAPER.isdisjoint(wo):
        return False
    # (attack41a: the inks each title counts or lists must be one set - "LC3211 Value Pack" (the maker's four
    # inks) is no "LC3211 3-Colour Multipack"; a title stating no count is the other's pack only where both
    # print the maker's value-pack code, "LC3211VAL")
    nb, no = _ink_count(wb), _ink_count(wo)
    if nb == no:
        return True
    if nb is None or no is None:
        return any(w.endswith("val") and any(ch.isdigit() for ch in w) for w in set(wb) & set(wo))
    return False


_VP_WORD = _re.compile(r"[a-z0-9]+").findall
_VP_PAPER = frozenset("""photo foto paper papier papel carta sheets sheet blatt feuilles hojas fogli fotopapier
photopaper glossy""".split())
_VP_COUNT = _re.compile(r"(?<![\d.,])([2-9])\s?-?\s?(?:colou?rs?|farben|couleurs|colores|colori|kolory|kolorow|inks|"
                        r"cartridges|patronen|tintenpatronen|cartouches|cartuchos|cartucce|pack|er)(?![a-z])")
_VP_INKS = {"black": "k", "schwarz": "k", "noir": "k", "negro": "k", "nero": "k", "czarny": "k", "bk": "k",
            "cyan": "c", "cian": "c", "ciano": "c", "magenta": "m", "purpurowy": "m", "yellow": "y", "gelb": "y",
            "jaune": "y", "amarillo": "y", "giallo": "y", "zolty": "y"}
_VP_LETTERS = {"bk": "k", "k": "k", "c": "c", "m": "m", "y": "y"}


def _ink_count(words):
    """How many inks a cleaned cartridge title's words count ("4 Farben", "3-Colour") or list ("Black, Cyan,
    Magenta, Yellow", "BK/C/M/Y", a code ending "CMYK"); None where it states none."""
    text = " ".join(words)
    m = _VP_COUNT.search(text)
    if m:
        return int(m.group(1))
    inks = {_VP_INKS[w] for w in words if w in _VP_INKS}
    letters = [w for w in words if w in _VP_LETTERS]
    if len(letters) >= 3:
        inks |= {_VP_LETTERS[w] for w in letters}
    if any(w.endswith("cmyk") for w in words):
        inks |= {"k", "c", "m", "y"}
    return len(inks) if len(inks) >= 2 else None


# --------------------------------------------------------------------------
# "5 x 500 Blatt" is five packs of 500 sheets, no pack of 500 (read by ``facets``' pack conflict)
# --------------------------------------------------------------------------
# A box of paper is written "5 x 500 Sheets", "5x500 Blatt", "5 * 500 feuilles"; the pack readers read the 500
# (and 2500) of it, so that against "500 Blatt" - one ream - the counts met.  A title that multiplies its
# sheets by a count of packs sells that many packs; the other printing the same sheets and no count of packs
# sells one.  (The sheets in the shops' languages; a German "2.500" is 2500.)

_SHEET = r"(?:sheets|sheet|blatt|feuilles|hojas|fogli|arkuszy|arkusze|vellen|listu|ark)"
_TIMES_SHEETS = _re.compile(r"(?<![\d.,])(\d{1,2})\s?\*\s?(\d{2,4})\s?" + _SHEET + r"\b")
_SHEETS = _re.compile(r"(?<![\d.,*])(?<!\*\s)(\d{1,3}(?:\.\d{3})?|\d{1,5})\s?" + _SHEET + r"\b")


def _sheet_counts(cleaned: str) -> tuple:
    """(the (packs, sheets) of each "N * M sheets", the sheet counts printed alone) of a cleaned title."""
    times = [(int(m.group(1)), int(m.group(2))) for m in _TIMES_SHEETS.finditer(cleaned)]
    alone = {int(m.group(1).replace(".", "")) for m in _SHEETS.finditer(cleaned)}
    return times, alone


def packs_of_sheets_apart(ca: str, cb: str, pack_b=None, mult_b=None) -> bool:
    """Does cleaned title ``ca`` sell N packs of M sheets ("5 * 500 blatt", N >= 2) where ``cb`` prints M
    sheets alone and counts nothing else - neither N nor N times M sheets (``pack_b``, ``mult_b``: b's pack
    and multiplier facets)?"""
    if not ca or not cb or "*" not in ca:
        return False
    times, _ = _sheet_counts(ca)
    if not times:
        return False
    tb, alone_b = _sheet_counts(cb)
    if tb or not alone_b or mult_b:
        return False
    for n, m in times:
        if n < 2 or m not in alone_b or (n * m) in alone_b:
            continue
        if pack_b and (n in pack_b or (n * m) in pack_b):
            continue
        if _re.search(r"(?<![\d.,*])" + str(n) + r"(?![\d.,])", cb):
            continue  # (the other counts the packs elsewhere: "2.500 Blatt (5 Pakete)")
        return True
    return False


# --------------------------------------------------------------------------
# paper as the shops title it: US Letter as its sides, "DIN A4", a copy paper's white, "100g" / "100gsm"
# --------------------------------------------------------------------------
# A paper title is read as one only with a word of paper (``office34._PAPER_WORDS``, passed in by the callers;
# "Letter" is a letter tray's, an opener's word elsewhere, "DIN" a rail's and a plug's).
_LETTER_SIDES = frozenset(((8.5, 11.0), (21.6, 27.9), (22.0, 28.0), (215.9, 279.4)))
_PAPER_TITLE_WORDS = frozenset("""paper papers papier papiers papel kopierpapier druckerpapier multifunktionspapier
copypaper fotopapier photopaper sheets blatt feuilles hojas fogli arkuszy ream reams ramette risma""".split())
_WHITE = frozenset("white weiss blanc blanco bianco bialy wit".split())
_MIXED = frozenset("""assorted assortment assorti assortis assortiert sortiert sortierte surtido surtidos assortiti
assortito pastel pastell pastello mix mixed gemischt multicolor multicolour multicolore bunt""".split())
_GRAMMAGE = _re.compile(r"(\d{2,3})(?:g|gsm|gr)").fullmatch


def _paper_title(words) -> bool:
    return not _PAPER_TITLE_WORDS.isdisjoint(words)


def letter_dims(words) -> frozenset:
    """US Letter's sides (8.5 x 11 inches, in inches, centimetres and millimetres) where a paper title names
    "Letter" (the ``dims`` facet: "Letter" / "8.5 x 11" are one paper, "Letter" / "A4" two)."""
    if "letter" not in words or not _paper_title(words):
        return frozenset()
    return _LETTER_SIDES


def _weighed(words) -> bool:
    """Does a paper title print its weight ("80gsm", "80 g/m2", "20 lb", "20lb")?"""
    return bool(_grammages(words)) or any(w.endswith("lb") and w[:-2].isdigit() or w in ("lb", "lbs")
                                          for w in words)


def _grammages(words) -> frozenset:
    return _office_mobile.grammages(words, alone=True)


def paper_words(ids, p, other) -> frozenset:
    """The words of ``ids`` (p's identifying words the other lacks) that two paper titles write otherwise or
    that say a copy paper's defaults: "DIN" before a format ("DIN A4" / "A4"), "Letter" / "8.5 x 11" (as
    sides, ``letter_dims``), a copy paper's white where the other names no colour and both print the paper's
    weight (copy paper is white; a legal pad's or a towel's white is one colour of several - walmart-amazon's
    Tops pads, Bounty towels), one grammage written "100g" / "100gsm", a brightness one side ("92 Bright")."""
    ws, ows = p.words, other.wordset
    if not (_paper_title(p.wordset) and _paper_title(ows)):
        return frozenset()
    out = set()
    for i, w in enumerate(ws):
        if w not in ids:
            continue
        if w == "din" and i + 1 < len(ws) and ws[i + 1] in ("a3", "a4", "a5", "a6"):
            out.add(w)
        elif w in _WHITE and (other.facets or {}).get("colour") is None and _weighed(p.words) \
                and _weighed(other.words) and _MIXED.isdisjoint(ows):
            # (attack41a: an "Assorted" / "sortiert" / "pastel" / "mix" is a colour statement - "Astrobrights
            # Color Paper 24lb Letter White" / "... Assorted" are two papers)
            out.add(w)  # (copy paper, both printing its weight: a pad, a towel in white or canary is no default)
        elif w == "letter" and "11" in ows and ("8.5" in ows or "8.5inch" in ows):
            out.add(w)
        elif w in ("8.5", "11", "8.5inch", "11inch") and "letter" in ows:
            out.add(w)
        elif _GRAMMAGE(w) and _GRAMMAGE(w).group(1) in _grammages(other.words):
            out.add(w)
        elif w in ("bright", "brightness") and i and ws[i - 1].isdigit() and "bright" not in ows \
                and "brightness" not in ows:
            out.add(w)  # (a brightness one shop states, "92 Bright": a spec of the paper, no other paper)
    return frozenset(out)


# --------------------------------------------------------------------------
# a shredder's cut in the shops' languages: "Cross Cut" / "Partikelschnitt" / "coupe croisée"
# --------------------------------------------------------------------------
# One cut written in two languages names one machine; two cuts (cross / strip / micro) still differ (their words
# stay the other's missing words).
_CUTS = {
    "cross": ("cross cut", "crosscut", "partikelschnitt", "coupe croisee", "coupe croise", "corte en particulas",
              "corte cruzado", "taglio a frammenti", "taglio a particelle", "taglio incrociato",
              "niszczenie na konfetti", "snippers"),
    "micro": ("micro cut", "microcut", "mikroschnitt", "coupe micro", "micro coupe", "microcorte",
              "micro corte", "microtaglio", "taglio micro"),
    "strip": ("strip cut", "streifenschnitt", "coupe droite", "coupe en bandes", "corte en tiras",
              "taglio a strisce", "taglio a listelli"),
}


def _cuts(words) -> dict:
    """{cut: the words of its phrase} a title's words print."""
    text = " " + " ".join(words) + " "
    out = {}
    for cut, phrases in _CUTS.items():
        for ph in phrases:
            if " " + ph + " " in text:
                out.setdefault(cut, set()).update(ph.split())
    return out


def cut_words(ids, p, other) -> frozenset:
    """The words of ``ids`` that name p's shredder cut where the other title names the same cut, and no
    other, in its language ("Cross Cut" / "coupe croisée")."""
    if ("cut" not in p.wordset and "cross" not in p.wordset and "cutting" not in p.wordset
            and not any(len(w) > 6 and w.endswith(("schnitt", "corte", "taglio")) for w in p.wordset)
            and "coupe" not in p.wordset and "corte" not in p.wordset and "taglio" not in p.wordset):
        return frozenset()
    ca = _cuts(p.words)
    if len(ca) != 1:
        return frozenset()
    cb = _cuts(other.words)
    if set(cb) != set(ca):
        return frozenset()
    return frozenset(ids & next(iter(ca.values())))


# --------------------------------------------------------------------------
# "High Yield" beside an XL cartridge's code says what the XL says (read by ``variants``' slots)
# --------------------------------------------------------------------------
# An ink or toner maker writes its high-capacity cartridge's code with "XL" / "XXL" ("HP 63XL", "PG-545 XL");
# a shop adds "High Yield" / "hohe Reichweite" / "haute capacité" / "alta capacidad" / "alta resa" after it.
# Where both titles print the code with its XL, the words are no variant in the slot after the model (a
# "High Yield" on a code without XL stays a variant: "HP 63" is the standard cartridge).
_YIELD_WORDS = frozenset("""high yield capacity hohe reichweite kapazitat haute capacite grande alta capacidad
resa rendimiento""".split())
_XL_CODE = _re.compile(r"\d{1,4}x{1,2}l").fullmatch


def _xl_coded(ws) -> bool:
    return any(_XL_CODE(w) or (w in ("xl", "xxl") and i and ws[i - 1][-1:].isdigit()) for i, w in enumerate(ws))


def yield_of_xl(ws, i, other) -> bool:
    """Is ``ws[i]`` a word of "High Yield" (in the shops' languages) in a title whose cartridge code carries
    XL, where the other title prints an XL code too?"""
    return ws[i] in _YIELD_WORDS and _xl_coded(ws) and _xl_coded(other.words)


# --------------------------------------------------------------------------
# the printers a cartridge fits are no variant of the cartridge (read by ``features.mvariants_differ``)
# --------------------------------------------------------------------------
# "HP 58A Black Toner Cartridge | Works with HP LaserJet Pro M404, MFP M428": the "Pro" is the printer line's
# ("LaserJet Pro", "OfficeJet Pro", "PIXMA Pro", "EcoTank Pro"), not a Pro cartridge - read where a title sells
# ink or toner and the variant word stands right after a printer line's name.
_PRINTER_LINES = frozenset("""laserjet officejet deskjet envy photosmart pagewide pixma maxify imageclass isensys
ecotank workforce expression colorjet smarttank tank""".split())
_SUPPLY_WORDS = _INK_WORDS | frozenset("toner toners tonerkartusche tonerpatrone drum trommel".split())


def variant_of_printer(w: str, ws) -> bool:
    """Does every ``w`` of title words ``ws`` (a title selling ink or toner) follow a printer line's name?"""
    if _SUPPLY_WORDS.isdisjoint(ws) or _PRINTER_LINES.isdisjoint(ws):
        return False
    found = False
    for i, x in enumerate(ws):
        if x == w:
            if not (i and ws[i - 1] in _PRINTER_LINES):
                return False
            found = True
    return found


# --------------------------------------------------------------------------
# an office kind's accessory one side (a row of ``variants.SLOT_READERS``; the reader is ``kind_accessory``'s)
# --------------------------------------------------------------------------
# attack41a: with the kinds above one calculator in two languages is one kind - and "Casio FX-991DE X
# Taschenrechner" / "Casio FX-991DE X Calculator Cover" met as one product, as "Fellowes Powershred 79Ci
# Shredder" / "... Aktenvernichter Beutel" (its bags), "... 8Cd Aktenvernichter" / "... Shredder Lubricant
# Sheets", "Bürostuhl Sihoo M18" / "Sihoo M18 Office Chair Armrest Pads", "Leitz 180 Lever Arch File" / "...
# Ordner ... Etiketten".  Where both titles name one office kind (in any language), a word of that kind's
# accessories (a calculator's cover, a shredder's bags or oil, a chair's pads, a binder's labels) that only one
# title prints, on one side of the kind word (after it, or before a "for" naming it) and not after "with" /
# "mit" / "incl." (the machine sold with it), is the accessory, no machine.  Session 42 (ac42): the words by
# class (a cover in any language is one accessory), read by ``kind_accessory.accessory_one_side``.
_ACC_ANY = {w: "cover" for w in "cover covers hulle huelle schutzhulle tasche etui housse funda custodia case "
                                "cases pokrowiec".split()}
_KIND_ACCESSORIES = {
    "calculator": _ACC_ANY,
    "shredder": {**{w: "bag" for w in "bag bags beutel sacs sacks sacchetti bolsas worki".split()},
                 **{w: "oil" for w in "oil ol lubricant lubricating schmiermittel schmierol huile olio aceite".split()},
                 **_ACC_ANY},
    "office chair": {**{w: "pad" for w in "pads pad armrest armrests armlehnenpolster polster".split()},
                     **{w: "castor" for w in "castors casters rollen wheels".split()},
                     "bezug": "cover"},
    "binder": {w: "label" for w in "labels label etiketten etikett etiquettes etichette ruckenschilder".split()},
    "stapler": _ACC_ANY,
}


def kind_accessory_one_side(a, b) -> bool:
    """Do both titles name one office kind where one prints a word of that kind's accessories
    (``_KIND_ACCESSORIES``) the other does not, on one side of the kind word, not after a "with"
    (``kind_accessory.accessory_one_side``)?  ``a`` / ``b`` have ``words``, ``wordset``."""
    return _kind_accessory.accessory_one_side(a, b, _KIND_ACCESSORIES)
