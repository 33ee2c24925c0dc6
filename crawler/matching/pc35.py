"""Session 35 (pc35): PC parts, laptops, monitors, phones and tablets as shops in Europe and Lebanon name them.

* ``made_only_in_5g``: more phone lines a maker has made only with 5G (world knowledge, as
  ``wordclass.made_only_in_5g``'s Galaxy S / iPhone / Pixel table): OnePlus' numbered phones from the 8,
  Xiaomi's numbered phones from the 12 (their T, Pro, Ultra and Lite), OPPO's Find X3 on, Nothing's
  phones, realme's numbered Pro phones from the 11, Motorola's Edge 20-60 and the moto g lines made
  only in 5G.  A shop printing "5G" beside one of them names no other network than a shop leaving it
  out ("OnePlus 12 5G 16/512GB" / "OnePlus 12 16GB 512GB").  Lines sold in both (Galaxy A15, Redmi
  Note 13 Pro, realme 11, moto g24) are not here.
* ``revision_tag``: a maker's revision printed after a model both titles share - "B650 AORUS ELITE AX
  *V2*", "NH-D15 *G2*", "MAG 274QRF QD *E2*", "Mk II" - on one side only names another product
  (a board, a cooler, a monitor revised); read as a slot variant.
* ``one_sided_heatsink``: a drive sold "with Heatsink" / "mit Kühlkörper" / "avec dissipateur" is
  another product than the bare drive (two part numbers: MZ-V9P2T0BW / MZ-V9P2T0CW), wherever the
  title prints the word (``variants`` reads the slot after the model only, and no "with" part).
* ``board_wifi``: a motherboard named by its chipset ("B650M Pro RS", "Z790-P") is sold with and
  without Wi-Fi; "WiFi" on one side only is another board (the tablet's one-sided "Wi-Fi" stays
  excused: tablets' titles drop it).

This module imports no matcher module.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------- phones made only in 5G
_ONLY_5G_AFTER = {
    "oneplus": re.compile(r"(?:[89]|1[0-9])(?:t|r|pro)?"),
    "xiaomi": re.compile(r"1[2-9](?:t|pro|ultra|lite|s)?"),
    "find": re.compile(r"x[3-9]"),
    "g": None,
}
_MOTO_G_5G = frozenset("g34 g35 g45 g53 g54 g55 g64 g73 g75 g84 g85 g100 g200".split())
_MOTO = frozenset(("moto", "motorola"))
_EDGE_5G = re.compile(r"[2-6]0")
_NOTHING_PHONE = re.compile(r"[1-3]a?")
_REALME_PRO = re.compile(r"1[1-9]")


def made_only_in_5g(ws) -> bool:
    """Does a title's word list name a phone line made only with 5G (see the module's doc)?"""
    n = len(ws)
    for i in range(n - 1):
        w, nx = ws[i], ws[i + 1]
        rx = _ONLY_5G_AFTER.get(w)
        if rx is not None and rx.fullmatch(nx):
            if w != "find" or (i and ws[i - 1] == "oppo"):
                return True
        if w in _MOTO and (nx in _MOTO_G_5G or (nx == "edge" and i + 2 < n and _EDGE_5G.fullmatch(ws[i + 2]))):
            return True
        if w == "phone" and i and ws[i - 1] == "nothing" and _NOTHING_PHONE.fullmatch(nx):
            return True
        if w == "realme" and _REALME_PRO.fullmatch(nx) and i + 2 < n and ws[i + 2] == "pro":
            return True
    return False


# ---------------------------------------------------------------- a maker's revision tag
_REVISION = re.compile(r"(?:v|g|e|mk)[2-9]|mkii|mkiii")
_PART_NUMBER = re.compile(r".*\d{5}.*").fullmatch
_GENERATION = frozenset("gen generation generacion generazione generation generacji generatie".split())


def _rev_tags(p) -> set:
    """The revision tags p's title prints as words of their own ("AX V2", "NH-D15 G2"; not glued into a
    code, "E5-2620V3"), each with the word before it."""
    out = set()
    ws, t = p.words, p.title.lower()
    for i, w in enumerate(ws):
        if i >= 2 and _REVISION.fullmatch(w) and re.search(r"(?<![\w-])" + w + r"\b", t):
            out.add((w, ws[i - 1]))
    return out


def revision_tag(a, b, shared_code: bool) -> bool:
    """One title prints a revision tag (V2, G2, E2, Mk II) the other lacks, the two sharing a model
    number (``shared_code``): the tag closing the model's name - after a word both print that is a
    piece of the name (a code with a digit, or a short word: "Elite AX V2", "QD E2"), not after a kind
    ("Router V4": a router's hardware revision, sold as one product) - and the other printing no
    revision of its own, nor the generation in words ("G3" / "Generation 3")."""
    if not shared_code:
        return False
    ta, tb = _rev_tags(a), _rev_tags(b)
    if not ta and not tb:
        return False
    both = a.allcodes & b.allcodes
    if any(_PART_NUMBER(c) for c in both):
        return False  # (one part number both print names the product: "323146-B21 BL20P G2" / "323146-B21 BL20p")
    for x, tx, y, ty in ((a, ta, b, tb), (b, tb, a, ta)):
        if not tx or ty:
            continue
        for w, prev in tx:
            if w in y.wordset or prev not in y.wordset:
                continue
            if any(prev + w in c for c in both):
                continue  # (a piece of a code both print, written apart by one: "mb13-grn-see-v2" / "mb13grnseev2")
            if not (any(c.isdigit() for c in prev) or len(prev) <= 3):
                continue
            num = w[-1]
            if num in y.wordset and not _GENERATION.isdisjoint(y.wordset):
                continue
            return True
    return False


# ---------------------------------------------------------------- a drive with a heatsink
_HEATSINK = frozenset("heatsink heatsinks kuhlkorper dissipateur disipador dissipatore radiator radiatorem".split())
_DRIVE = frozenset("ssd nvme m.2 festplatte disque disco dysk".split())
_WITHOUT = frozenset("without ohne sans sin senza bez no".split())


def _heatsink(ws) -> bool:
    return any(w in _HEATSINK and not (i and ws[i - 1] in _WITHOUT) for i, w in enumerate(ws))


def one_sided_heatsink(a, b) -> bool:
    """A drive's title (either prints a drive word) with a heatsink the other never names ("without
    heatsink" / "ohne Kühlkörper" names the bare drive)."""
    if a.wordset.isdisjoint(_DRIVE) and b.wordset.isdisjoint(_DRIVE):
        return False
    if _HEATSINK.isdisjoint(a.wordset) and _HEATSINK.isdisjoint(b.wordset):
        return False
    return _heatsink(a.words) != _heatsink(b.words)


# ---------------------------------------------------------------- a board with or without Wi-Fi
_CHIPSETS = frozenset("""
a320 a520 a620 b350 b360 b365 b450 b460 b550 b560 b650 b660 b760 b840 b850 b860 h310 h370 h410 h470 h510 h570
h610 h670 h770 h810 x370 x470 x570 x670 x870 x299 z370 z390 z490 z590 z690 z790 z890
""".split())
_CHIPSET = re.compile(r"([abhxz]\d{3})[em]?")


def _chipsets(ws) -> set:
    out = set()
    for w in ws:
        m = _CHIPSET.fullmatch(w)
        if m and m.group(1) in _CHIPSETS:
            out.add(w)
    return out


def _wifi(ws) -> bool:
    return any(w in ("wifi", "wlan") or (w == "wi" and i + 1 < len(ws) and ws[i + 1] == "fi")
               for i, w in enumerate(ws))


def board_wifi(a, b) -> bool:
    """Two motherboards' titles sharing a chipset code (B650M, Z790, X670E), "WiFi" in one only."""
    ca = _chipsets(a.words)
    if not ca or ca.isdisjoint(_chipsets(b.words)):
        return False
    return _wifi(a.words) != _wifi(b.words)


# ---------------------------------------------------------------- PC parts' kinds in the shops' languages
# (as ``kitchen34``: free words only; a kind one title names is excused, two kinds still differ)
_KINDS = {
    "pc case": "obudowa midi-tower miditower",
    "power supply": "psu",
    "graphics card": "karta",
    "cpu cooler": "cooler kuhler cpu-kuhler ventirad wasserkuhlung aio",
    "memory": "pamiec",
}

_KIND_PHRASES = {
    "pc case": ("pc gehause", "boitier pc", "caja pc", "obudowa pc", "midi tower", "mid tower", "moyen tour",
                "mini tower", "full tower", "case pc", "case atx", "atx case", "pc case", "computer case"),
    "power supply": ("fuente de alimentacion", "alimentation pc", "alimentation atx", "zasilacz atx", "power supply"),
    "graphics card": ("karta graficzna", "carte graphique", "scheda video", "tarjeta grafica", "graphics card",
                      "video card"),
    "motherboard": ("plyta glowna", "placa base", "scheda madre", "carte mere", "placa madre"),
    "cpu cooler": ("refrigeracion liquida", "raffreddamento a liquido", "chlodzenie wodne", "water cooling",
                   "liquid cooler", "air cooler", "cpu cooler", "cpu air cooler", "dissipatore cpu"),
    "memory": ("memoria ram", "pamiec ram", "kit memoria", "desktop memory"),
}

# one value written in several languages: a maker's colourway (Apple's, Samsung's, as their own shops translate it);
# the class is no word of its own (``variants._excused`` frees a word whose class differs from it)
_SYNONYMS = {
    "colour:ultramarine": "ultramarine ultramarin ultramarino oltremare ultramaryna outremer",
    "colour:desert": "desert desierto deserto wuste pustynny",
    "colour:phantom": "phantom fantome fantasma",
}

# a keyboard's (a boxed product's) language as the shops in Lebanon and Europe write it: "Clavier ... Arabe/Anglais",
# "Arabic/English Keyboard", "Tastatur Arabisch" - as ``wordclass``'s English, German, French ... (two are two)
_LANGUAGES = {
    "arabic": "arabic arabe arabisch arabo arabski",
}


def install(W) -> None:
    """Merge the tables into ``wordclass`` (``W``); free words only (as ``kitchen34.install``)."""
    W.install_block(_KINDS, _KIND_PHRASES, _SYNONYMS, specs={"language": _LANGUAGES})


# ---------------------------------------------------------------- a laptop line's number
# a processor's or graphics chip's number in a computer's title names a part of it, not the computer:
# "HP Victus 15 i5-13420H RTX 4050" / "HP Victus 16 i5-13420H RTX 4050" share both and are two laptops
_COMPONENT = re.compile(r"i[3579]-?\d{4,5}[a-z]{0,2}|\d{4,5}(?:h|hx|hs|u|p|k|kf)|rtx\d{4}|gtx\d{4}|\d{3}[hu]").fullmatch
_GPU_LINE = frozenset(("rtx", "gtx", "rx", "arc"))
_NOT_LINE = frozenset("""windows win gen generation usb wifi bluetooth ddr ddr4 ddr5 pcie office core ultra i3 i5 i7 i9
ryzen rtx gtx rx m1 m2 m3 m4 x2 x4 hdmi dp thunderbolt""".split())
_BARE = re.compile(r"\d{1,2}").fullmatch


def _components(ws) -> set:
    out = set()
    for i, w in enumerate(ws):
        if _COMPONENT(w):
            out.add(w)
        elif w in _GPU_LINE and i + 1 < len(ws) and re.fullmatch(r"\d{4}", ws[i + 1]):
            out.add(w + ws[i + 1])
    return out


def _line_numbers(ws) -> dict:
    """{line word: bare number after it} over a title's first five words ("victus": "15")."""
    out = {}
    for i in range(min(len(ws) - 1, 5)):
        w, n = ws[i], ws[i + 1]
        if w.isalpha() and len(w) > 2 and w not in _NOT_LINE and _BARE(n):
            out.setdefault(w, n)
    return out


def line_numbers_differ(a, b) -> bool:
    """Two computers' titles sharing their processor or graphics chip numbers whose line words carry two
    numbers ("Victus 15" / "Victus 16", "IdeaPad Slim 3" / "IdeaPad Slim 5"): two models of the line."""
    ca = _components(a.words)
    if not ca or ca.isdisjoint(_components(b.words)):
        return False
    la, lb = _line_numbers(a.words), _line_numbers(b.words)
    return any(w in lb and lb[w] != n for w, n in la.items())


# ---------------------------------------------------------------- a processor's clocks
# one processor number both titles print, however written ("i5-13600K" / "i5 13600K", "Ryzen 7 7800X3D"):
# its clock speeds are a base and a boost clock, printed as each shop likes ("3.5GHz" / "up to 5.1 GHz"),
# as ``relations`` reads them where the two share a model code
_CPU_NUMBER = re.compile(r"\d{3,5}[a-z]{0,3}\d?[a-z]?").fullmatch
_CPU_GLUED = re.compile(r"(i[3579])-?(\d{4,5}[a-z]{0,3})").fullmatch
INTEL_FAMILY = frozenset(("i3", "i5", "i7", "i9"))
_CPU_LINE = INTEL_FAMILY | frozenset(("3", "5", "7", "9"))
_CPU_MAKER = frozenset(("ryzen", "ultra", "core", "xeon", "threadripper", "athlon", "pentium", "celeron"))

# an Intel Core number names its generation (session 39, pc39): 4-digit numbers of generations 4-9 -
# "8550u", "9700k" -, 4-5 digits of generations 10-14 - "1035g1", "1235u", "12450h", "13700k"; letters and
# a digit of the graphics tier after
_INTEL_NUMBER = re.compile(r"(1[0-4]\d{2,3}|[4-9]\d{3})([a-z]{0,2}\d?)").fullmatch


def intel_generation(number: str) -> int | None:
    """The generation an Intel Core number names ("1235u" 12, "8550u" 8), None for no such number."""
    m = _INTEL_NUMBER(number)
    if m is None:
        return None
    digits = m.group(1)
    if digits[0] == "1":
        # (10th-14th: "1035g1", "1135g7", "1235u", "12450h", "13700k"; a 4-digit "1xxx" of generation 1
        # has no letters after it in the shops' titles and is no 10th-gen number: it needs its suffix)
        if len(digits) == 4 and not m.group(2):
            return None
        return int(digits[:2])
    return int(digits[0])


def processors(ws) -> list:
    """(family, number, generation) of every processor number a title's words print, in their order: an Intel
    Core number after its family ("i5 1235u" -> ("i5", "1235u", 12); glued, "i51235u", the same), another
    maker's after its line ("ryzen 7 7800x3d" -> ("7", "7800x3d", None)).  The one reader of processor numbers
    (review, session 40): ``_processors`` reads the numbers, ``pc39`` the Intel families and generations."""
    out = []
    for i, w in enumerate(ws):
        m = _CPU_GLUED(w)
        if m:
            out.append((m.group(1), m.group(2), intel_generation(m.group(2))))
            continue
        if i and _CPU_NUMBER(w) and any(c.isdigit() for c in w) and len(w) >= 4:
            prev = ws[i - 1]
            if prev in INTEL_FAMILY or (prev in _CPU_LINE and i > 1 and ws[i - 2] in _CPU_MAKER):
                number = w + "3d" if i + 1 < len(ws) and ws[i + 1] == "3d" else w  # ("7800X3D" read apart)
                out.append((prev, number, intel_generation(w) if prev in INTEL_FAMILY else None))
    return out


def _processors(ws) -> set:
    """The processor numbers a title prints (``processors``, without their families)."""
    return {n for _f, n, _g in processors(ws)}


_BOOST = re.compile(r"\b(?:up to|bis zu|jusqu.?a|jusqu.?\u00e0|hasta|fino a|turbo|boost|max)\b")


def _boost_marked(p) -> bool:
    """Does p's title mark a clock as the boost one ("up to 5.1 GHz", "bis zu", "Turbo") or print two (a range)?"""
    if len(p.units.get("freq", ())) >= 2:
        return True
    return _BOOST.search((p.rawtitle or "").lower()) is not None


def same_processor(a, b) -> bool:
    """Do both titles print one processor number (``_processors``), one of them marking a boost clock?  Then
    two clocks are its base and boost ones; two bare clocks of one number are still two ("Ryzen 5 3600 3,6
    GHz" / "4,2 GHz", ``tests/test_matching_units.py``)."""
    pa = _processors(a.words)
    if not pa or pa.isdisjoint(_processors(b.words)):
        return False
    return _boost_marked(a) or _boost_marked(b)
