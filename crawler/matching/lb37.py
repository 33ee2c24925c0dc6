"""Session 37 (lb37): tech goods as the shops in Lebanon title them (``benchmarks/pairs/lb37.jsonl``), by
principle - the same facts written two ways are one fact:

* **a warranty note alone in a title's closing segment** - "- Brand New - ضمان سنة", "- ضمان الوكيل" (read
  "warranty 1year", "warranty agent"): a closing promise (``warranty_segment``, read by
  ``offer_terms.is_promise``); two notes one after the other are dropped by the cleaner's second pass
  (``titles.warranty_dropped``);
* **a PCIe generation** - "NVMe Gen4", "PCIe Gen 4", "PCIe4" are "PCIe 4.0" (``pcie_read``, at the cleaner):
  the other shop's "PCIe 4.0" then reads as the same words, and a shop leaving it out is excused as before
  (``wordclass.interface_version``); "PCIe 3.0" against "Gen4" stays two;
* **a memory card's kind** - "Micro SD" (two words) is "microSDXC", "microSDHC", "microSD" (the XC / HC class
  follows from the capacity, which is compared as a size; ``micro_sd``): the two words one side, the joined
  word the other, are excused (the joined forms against each other stay as they were: "microSDHC memory card"
  / "microSD to SD adapter");
* **what a motherboard's chipset implies** - its socket ("AM5" beside "B650", "LGA1700" beside "B760") and,
  where the socket takes one memory only, that memory ("DDR5" of an AM5 board, "DDR4" of an AM4 one): a
  word one title prints that the other's chipset states already (an Intel 600 / 700 board comes with DDR4
  or DDR5: the memory stays a word of its own there);
* **a maker's line prefix** - MSI's "MAG" / "MPG" / "MEG" (each board or monitor name is in one line
  only: "MAG B650 Tomahawk" is the "B650 Tomahawk"), ASUS's "ROG" before "Strix", Xiaomi's former prefix
  "Mi" ("Mi Band 8" / "Xiaomi Smart Band 8", "Mi Robot Vacuum" / "Xiaomi Robot Vacuum"): excused where the
  other title prints none of the line's prefixes (and names the maker, for "Mi");
* **what a box holds alone** - "(adapter only, no cable)", "Body Only": the shop's "only" names no other
  product (``box_alone``; the other box's extras are words of their own), nor does the "no" of an extra the
  box comes without, "(no cable)", "without charger", where the other title names that extra nowhere
  (``denied_extra``; "with cable" against "no cable" stays two, ``with_without``);
* **a television's code with its market's letters and size** - "CU7000" of a 55" set / "UA55CU7000"
  (``tv_code_same``, read by ``relations.mpn_relation``);
* **an NVMe drive's "M.2"** - an NVMe SSD sold in a shop is an M.2 card: "M.2" one side is excused where
  the other prints "NVMe"; a SATA SSD comes as a 2.5" drive and as an M.2 card, and a shop selling the card
  says so - "M.2 SATA" against a "SATA SSD" of no stated form are two drives (``sata_card_one_side``);
* **a laptop's specs in one slashed run** - "R7-7735HS/16G/1TB/RTX4060" read as the specs apart ("16G" 16GB;
  ``slash_specs``; its "RTX4060" as "RTX 4060": a chip, no model code), "R7-7735HS" as "Ryzen 7 7735HS"
  (``chip_read``).

A leaf module: it imports nothing of the matcher (``wordclass`` is passed to ``install``).
"""

from __future__ import annotations

import re as _re

# ---------------------------------------------------------------- a closing warranty note
# (the notes that the goods are genuine - "| Original", "- أصلي" - were tried as closing promises too: the
# learned stage then lost a perfume pair that rested on the word, "Good Girl EDP 80 ml - Original"; dropped)
# a closing warranty note the cleaner left because it stands alone in its segment ("| ضمان سنة" read
# "warranty 1year", "- كفالة الوكيل" "warranty agent", "| كفالة 6 أشهر" "warranty 6"): the warranty word and
# its term, its giver, nothing else
_WARRANTY = frozenset("warranty guarantee".split())
_WARRANTY_OK = frozenset("official agent local international manufacturer company seller shop store full year years "
                         "month months with".split())
_TERM = _re.compile(r"\d{1,2}(?:years?|yrs?|months?|mos?)?").fullmatch


def warranty_segment(ws) -> bool:
    """Are the words ``ws`` of a title's closing segment a warranty note alone ("warranty 1year", "2years
    warranty", "official warranty", "warranty agent")?"""
    return (not _WARRANTY.isdisjoint(ws)
            and all(w in _WARRANTY or w in _WARRANTY_OK or _TERM(w) for w in ws))


# ---------------------------------------------------------------- the cleaner's readings
_PCIE = _re.compile(r"\bpci[\s-]?e(?:xpress)?\s*(?:gen\s*)?([2-6])(?:\.0)?(?![\d.])")
# (a bare "Gen4" is the drive's interface where it stands against the drive's words: "NVMe Gen4", "Gen4 NVMe",
# "1TB Gen4 M.2" - a "Gen 4" after a product's line, "ThinkPad T14 Gen 4 i7 16GB 512GB SSD", "ThinkBook 14
# Gen 6", is the product's own generation, even where the title names the SSD it holds: fxlb37, the
# attacker's findings)
_BARE_GEN = _re.compile(r"(?:(?<=\bnvme )|(?<=\bssd )|(?<=\bm\.2 )|(?<=\dgb )|(?<=\dtb ))gen\s?([3-6])(?![\d.])"
                       r"|\bgen\s?([3-6])(?=\s(?:nvme|ssd|m\.2)\b)")
_STORAGE_HINT = _re.compile(r"nvme|\bssd\b|\bm\.2\b|pci[\s-]?e")


def pcie_read(s: str) -> str:
    """Lower-cased title ``s`` with a PCIe generation written "pcie 4.0" ("PCIe Gen4", "PCIe4", and a bare
    "Gen4" right after or before a drive's words - "NVMe Gen4", "Gen4 NVMe", "2TB Gen4" - in a title that
    names no USB: "USB 3.2 Gen 2" is USB's, "ThinkPad T14 Gen 4 ... 512GB SSD" the laptop's generation)."""
    if "pci" in s:
        s = _PCIE.sub(lambda m: " pcie %s.0 " % m.group(1), s)
    if "gen" in s and "usb" not in s and _STORAGE_HINT.search(s):
        s = _BARE_GEN.sub(lambda m: " pcie %s.0 " % (m.group(1) or m.group(2)), s)
    return s


# ---------------------------------------------------------------- words one title prints
_SOCKET_CHIPSETS = {
    "am5": "a620 b650 b650e x670 x670e b840 b850 x870 x870e",
    "am4": "a320 b350 x370 b450 x470 a520 b550 x570",
    "lga1700": "h610 b660 h670 z690 b760 h770 z790",
    "lga1851": "h810 b860 z890",
    "lga1200": "h410 b460 h470 z490 h510 b560 h570 z590",
}
_CHIPSET_SOCKET = {}
for _s, _cs in _SOCKET_CHIPSETS.items():
    for _c in _cs.split():
        _CHIPSET_SOCKET[_c] = _s
        _CHIPSET_SOCKET[_c + "m"] = _s  # (a micro-ATX board's name, "B650M")
        _CHIPSET_SOCKET[_c + "i"] = _s  # (a mini-ITX one, "B650I")
# the memory a socket takes, where it takes one only
_SOCKET_MEMORY = {"am5": "ddr5", "am4": "ddr4", "lga1851": "ddr5"}
_MEMORY = frozenset(("ddr4", "ddr5", "ddr3"))

_MSI_LINES = frozenset(("mag", "mpg", "meg"))


def _sockets(ws) -> set:
    return {_CHIPSET_SOCKET[w] for w in ws if w in _CHIPSET_SOCKET}


def chipset_implied(w: str, p, other) -> bool:
    """Is ``w`` a socket ("am5", "lga1700") or a memory ("ddr5") that the chipset both titles print states
    already ("MSI B650 Tomahawk WiFi AM5 DDR5" / "MSI MAG B650 TOMAHAWK WIFI")?"""
    so = _sockets(other.words)
    if len(so) != 1 or _sockets(p.words) != so:
        return False
    s = next(iter(so))
    ws = p.words
    if w == "lga" or w.isdigit():
        # ("LGA 1700" read as two words)
        return any(ws[i] == "lga" and "lga" + ws[i + 1] == s for i in range(len(ws) - 1))
    if w in _SOCKET_CHIPSETS:
        return w == s
    if w in _MEMORY:
        return _SOCKET_MEMORY.get(s) == w and not (_MEMORY & set(other.words))
    return False


def line_prefix(w: str, p, other) -> bool:
    """Is ``w`` a maker's line prefix the other title leaves out - MSI's "MAG" / "MPG" / "MEG" (the maker
    named by either), ASUS's "ROG" before "Strix" (the other printing "Strix"), Xiaomi's "Mi" (the other
    naming Xiaomi)?"""
    ow = other.words
    if w in _MSI_LINES:
        return _MSI_LINES.isdisjoint(ow) and ("msi" in ow or "msi" in p.words
                                              or "msi" in (p.brand or "") or "msi" in (other.brand or ""))
    if w == "rog":
        ws = p.words
        return "strix" in ow and any(ws[i] == "rog" and ws[i + 1] == "strix" for i in range(len(ws) - 1))
    if w == "mi":
        # (and neither title prints a model code the other lacks: "Xiaomi Mi Curved Gaming Monitor 34" is the
        # former model, "Xiaomi Curved Gaming Monitor G34WQi" the new one; nor an edition word the other
        # lacks - the renamed line's new products are told by it: "Xiaomi Mi TV Stick" / "Xiaomi TV Stick 4K",
        # "Mi Electric Scooter 4" / "Xiaomi Electric Scooter 4 Go": fxlb37, the attacker's findings)
        return (("xiaomi" in ow or "xiaomi" in (other.brand or ""))
                and set(p.codes) == set(other.codes)
                and not any(x in _EDITION or x.lstrip("0123456789") in _EDITION
                            for x in set(ow) ^ set(p.words)))  # ("4 Go" read "4go", as French's gigaoctets)
    return False


# an edition's word after a line's name ("TV Stick 4K", "Scooter 4 Go", "Band 8 Active"): another product
_EDITION = frozenset("4k 8k go lite pro plus max ultra mini se active neo fe prime".split())

_MICROSD = frozenset(("microsd", "microsdhc", "microsdxc"))

# what a box holds alone, "(adapter only, no cable)", "Body Only", "Console Only": the product itself
_ALONE = frozenset("adapter charger body unit console device head brick".split())
_BUNDLE = frozenset("with w kit bundle combo set plus incl including includes mit avec con".split())


# the extras a box may come without ("(no cable)", "without charger", "ohne Akku"): a denial names no other
# product where the other title names the extra nowhere (a food's "no sugar" is another recipe: not read)
_EXTRAS = frozenset("cable cables charger adapter battery batteries akku akkus lens strap plug".split())
_DENY = frozenset("no without ohne sans sin senza bez zonder sem".split())


def denied_extra(w: str, p, other) -> bool:
    """Is ``w`` the "no" / "without" of an extra p's box comes without ("Apple 20W USB-C Power Adapter (no
    cable)" / "Apple 20W USB-C Wall Charger") that the other title never names?"""
    ws = p.words
    ow = other.words
    if not _BUNDLE.isdisjoint(ow):
        return False  # (the other box holds more, "... with Black Silicone Band": fxlb37, the attacker's findings)
    return any(ws[i] == w and ws[i + 1] in _EXTRAS and ws[i + 1] not in ow
               and not (ws[i + 1] in _CABLES and _connector_pair(ow)) for i in range(len(ws) - 1))


_CABLES = frozenset(("cable", "cables"))


def _connector_pair(ws) -> bool:
    """Do the words ``ws`` name a cable by its two ends, "USB-C to USB-C", "USB-C to Lightning" (fxlb37: the
    "Travel Adapter USB-C to USB-C" is the box with its cable)?"""
    return any(ws[i] == "to" and ws[i - 1] in _PLUG_ENDS and ws[i + 1] in _PLUG_ENDS for i in range(1, len(ws) - 1))


_PLUG_ENDS = frozenset("c usb usbc type-c typec lightning micro microusb a magsafe".split())


def box_alone(w: str, p, other) -> bool:
    """Is ``w`` the "only" of "adapter only" / "body only" - the shop saying the box holds the product
    alone ("Samsung 25W USB-C Wall Charger (adapter only, no cable)" / "Samsung 25W Super Fast Charging
    Travel Adapter (no cable)")?  What the other's box holds besides ("Kit with 24-105mm", "with cable")
    are words of its own, read as before."""
    ws = p.words
    ow = other.words
    if not _BUNDLE.isdisjoint(ow):
        return False  # (the other box holds more: "... Charger with USB-C Cable", "Kit", "Bundle")
    heads = {ws[i - 1] for i in range(1, len(ws)) if ws[i] == "only" and ws[i - 1] in _ALONE}
    if not heads:
        return False
    # (nor where the other names the product and then, after it, two words or more this title never prints:
    # what its box holds besides, named without a bundle word - "PlayStation 5 Slim Console Call of Duty
    # Modern Warfare III", "Travel Adapter USB-C to USB-C": fxlb37, the attacker's findings)
    mine = set(ws)
    for i, x in enumerate(ow):
        if x in heads and sum(1 for y in ow[i + 1:] if y not in mine) >= 2:
            return False
    return True


def _split_micro_sd(ws) -> bool:
    return any(ws[i] == "micro" and ws[i + 1] == "sd" for i in range(len(ws) - 1))


def micro_sd(w: str, p, other) -> bool:
    """Is ``w`` a memory card's kind written as one word where the other title writes "Micro SD", or one of
    those two words where the other writes the one ("SanDisk 128GB Ultra Micro SD Card" / "SanDisk Ultra
    128GB microSDXC UHS-I Card")?"""
    if w in _MICROSD:
        return _split_micro_sd(other.words)
    return _split_micro_sd(p.words) and not _MICROSD.isdisjoint(other.words)


def nvme_card(w: str, p, other) -> bool:
    """Is ``w`` "M.2" where the other title sells an NVMe drive (which a shop sells as an M.2 card)?"""
    return "nvme" in other.words and "sata" not in other.words


_GATE_WORDS = frozenset(_SOCKET_CHIPSETS) | _MEMORY | _MSI_LINES | frozenset(("rog", "mi", "m.2", "lga", "micro", "sd", "only")) | _DENY | _MICROSD


def _gate(w: str) -> bool:
    return w in _GATE_WORDS or (len(w) == 4 and w.isdigit() and ("lga" + w) in _SOCKET_CHIPSETS)


def excused(w: str, p, other):
    if w in _MSI_LINES or w == "rog" or w == "mi":
        return 1 if line_prefix(w, p, other) else None
    if w == "m.2":
        return 1 if nvme_card(w, p, other) else None
    if w == "only":
        return 1 if box_alone(w, p, other) else None
    if w in _DENY:
        return 1 if denied_extra(w, p, other) else None
    if w in _MICROSD or w == "micro" or w == "sd":
        return 1 if micro_sd(w, p, other) else None
    return 1 if chipset_implied(w, p, other) else None


def install(W) -> None:
    """Add the step to ``wordclass``'s rewording steps (``W``: the module)."""
    W._add_steps(((_gate, excused),))


# ---------------------------------------------------------------- a SATA drive's two forms
def sata_card_one_side(fa, ba, fb, bb) -> bool:
    """(read by ``variants.form_conflict`` with the form factors and buses two drive titles state) Does one
    title sell an M.2 SATA card and the other a SATA drive of no stated form ("Samsung 860 EVO 500GB M.2
    SATA SSD" / "Samsung 860 EVO 500GB SATA SSD")?  A SATA SSD line comes as a 2.5" drive and as an M.2 card,
    and a shop selling the card says so: the drive named without a form is the 2.5" one.  (An NVMe drive is
    an M.2 card whatever the title says: no conflict there.)"""
    return fa == {"m.2"} and ba == {"sata"} and not fb and bb == {"sata"}


# ---------------------------------------------------------------- a television's code and its region
_INCH = _re.compile(r"(\d{2,3})inch").fullmatch
_TV_WORDS = frozenset("tv oled qled neo uhd television televisions fernseher televiseur televisor".split())
_REGION_PREFIX = _re.compile(r"[a-z]{1,3}").fullmatch


def _inches(p) -> set:
    return {m.group(1) for m in map(_INCH, p.words) if m}


def tv_code_same(a, b) -> bool:
    """(read by ``relations.mpn_relation``) Are two part-number fields of two television offers one model's
    code with and without its market's letters: the series code against the region letters and the screen
    size before it ("CU7000" / "UA55CU7000", both titles printing 55 inches)?  Both titles must sell a
    television and state one screen size; another size ("65 INCH CU7000" / "UA55CU7000") or another series
    ("CU8000") is no such pair.  (A code with a region's tail, "OLED65C3" / "OLED65C36LC", stays what
    ``variants._family_of`` reads: the family against one member.)"""
    ma, mb = a.mpn, b.mpn
    if not ma or not mb or ma == mb:
        return False
    if _TV_WORDS.isdisjoint(a.words) and _TV_WORDS.isdisjoint(b.words):
        return False
    sa, sb = _inches(a), _inches(b)
    if len(sa) != 1 or sa != sb:
        return False
    size = next(iter(sa))
    x, y = (ma, mb) if len(ma) < len(mb) else (mb, ma)
    if len(x) < 5 or not any(c.isdigit() for c in x) or not any(c.isalpha() for c in x):
        return False
    if y.endswith(size + x):
        return bool(_REGION_PREFIX(y[: len(y) - len(x) - len(size)]))
    return False


# ---------------------------------------------------------------- a laptop's specs in one slashed run
_SLASH_RUN_ANY = _re.compile(r"[a-z0-9][a-z0-9.+-]*(?:\s*/\s*[a-z0-9][a-z0-9.+-]*){2,}")
# (session 38, sp38, speed: the same pattern with its runs possessive - no character of a run's class is a space
# or a slash, so giving one back never lets the rest match: the same matches, without the backtracking into
# every split of every word that made a title with two slashes and no spec run cost ~0.5 ms;
# tests/test_matching_sp38.py)
_SLASH_RUN = _re.compile(r"[a-z0-9][a-z0-9.+-]*+(?:\s*+/\s*+[a-z0-9][a-z0-9.+-]*+){2,}")
_SIZE_PART = _re.compile(r"(\d{1,4})\s*(gb|tb|g|t)").fullmatch
_G_SIZES = frozenset("8 12 16 24 32 48 64 128 256 512 1024 2048".split())


def _slash_run_repl(m) -> str:
    parts = [x.strip() for x in m.group(0).split("/")]
    if any(x.isdigit() for x in parts):
        return m.group(0)  # (a bare number's meaning is the other readers' - "i5/8/256")
    sizes = [_SIZE_PART(x) for x in parts]
    if parts[0] in _NETWORKS and len(parts) >= 3 and all(sizes[1:]):
        # (a phone's network and then its memory and storage, "Galaxy A25 5G/8G/256G": the sizes are read,
        # "8gb 256gb", the network kept - fxlb37, the attacker's findings)
        return " %s %s " % (parts[0], " ".join(z.group(1) + z.group(2).rstrip("b") + "b" for z in sizes[1:]))
    # (a size and a chip's code - letters first, a digit in it: "r7-7735hs", "i7-12700h", "rtx4060"; a
    # clock, "2.6ghz/8gb/1tb/iris", leaves the run as it was)
    if not any(sizes) or not any(x[:1].isalpha() and any(c.isdigit() for c in x) for x in parts):
        return m.group(0)
    out = []
    for i, (x, z) in enumerate(zip(parts, sizes)):
        if z and z.group(2) in ("g", "t"):
            # ("4G", "5G": a network, not memory - but right after a processor's code, "R5-5500U/4G/256G",
            # "i3-1115G4/4G/256G", the laptop's memory: fxlb37, the attacker's findings)
            if z.group(2) == "g" and z.group(1) not in _G_SIZES and not (
                    i and z.group(1) in _SMALL_RAM and _CHIP_CODE(parts[i - 1])):
                return m.group(0)
            x = z.group(1) + z.group(2) + "b"
        elif not z:
            # ("RTX4060" of the run: the chip, "RTX 4060" as the other shop prints it; its "Ti" / "Super" a
            # word of the chip's, "RTX3050Ti" "RTX 3050 Ti": fxlb37)
            x = _GPU.sub(lambda g: " ".join(filter(None, g.groups())), x)
        out.append(x)
    return " " + " ".join(out) + " "


def slash_specs(s: str) -> str:
    """Lower-cased title ``s`` with a laptop's specs written as one slashed run ("R7-7735HS/16G/1TB/RTX4060",
    "i7-12700H/16GB/512GB/RTX4060") read as the separate specs another shop prints ("Ryzen 7 7735HS RTX 4060
    16GB 1TB"), a memory or storage size in it written "16gb" / "1tb": the run holds a size and a code (a
    processor's, a graphics chip's: letters first) and no bare number (whose meaning the phone readers
    decide: "8/256")."""
    if s.count("/") < 2:
        return s  # (session 38, sp38, speed: a run holds two slashes or more - its search, tried from every letter)
    return _SLASH_RUN.sub(_slash_run_repl, s)


_GPU = _re.compile(r"\b(rtx|gtx)-?(\d{4})(ti|super)?\b")
# a processor's code in a laptop's run ("r5-5500u", "i3-1115g4", "ryzen5-5500u"; "5500u"): a memory size
# right after it is the laptop's memory
_CHIP_CODE = _re.compile(r"(?:[a-z]+\d?-)?\d{4,5}[a-z]{1,2}\d?").fullmatch
_SMALL_RAM = frozenset("2 4 6".split())
_NETWORKS = frozenset(("3g", "4g", "5g"))


_RYZEN = _re.compile(r"\br([3579])[\s-]+(\d{4}(?:hs|hx|h|u|x3d|xt|x|ge|g|f))\b")


def chip_read(s: str) -> str:
    """Lower-cased title ``s`` with AMD's short "R7-7735HS" as "Ryzen 7 7735HS" (a processor's number with its
    suffix after it: "Canon EOS R7" is a camera).  (A graphics chip glued, "RTX4060", is written "rtx 4060" in
    a laptop's slashed run only, ``slash_specs``: read everywhere it bypassed the rival-token reading of two
    cards' chips, ``tests/test_matching_rival26.py``.)"""
    # (session 38, sp38, speed: the search only where the numeral's "r", digit and separator stand - a
    # necessary part of every match, one literal-led scan -, the replacement a function: a template made
    # every call go through ``re._subx`` in Python, ~1.9 us a title of which 7 in 10 have an "r")
    if _RYZEN_HINT(s) is None:
        return s
    return _RYZEN.sub(_ryzen_repl, s)


_RYZEN_HINT = _re.compile(r"r[3579][\s-]").search


def _ryzen_repl(m) -> str:
    return "ryzen " + m.group(1) + " " + m.group(2)
