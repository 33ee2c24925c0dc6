"""Session 39 (pc39): computer, phone and PC-part specs as Lebanese, Gulf and US shops write them.

The same spec is written several ways by the trade; each reading below holds in every shop, whatever the
product's line:

* ``cpu_generation``: an Intel Core processor's number names its family and generation - "i5-1235U" is a
  Core i5 of the 12th generation, "i7-13700K" of the 13th, "i5-1135G7" of the 11th, "i7-8550U" of the 8th.
  A title giving only "Core i5 12th Gen" agrees with one giving "i5-1235U" (each side's words are the
  other's written otherwise); one giving "13th Gen" or "i7" does not (nothing is excused: the words stay
  one-sided), and neither does a title printing a processor number of its own.  A family stated so ("Core i7
  12th Gen") against another family's number ("i5-1235U") is a version conflict (``families_apart``:
  attack39 found 16 laptops the shared laptop code joined once "512 SSD" read as gigabytes).
* ``spec_read`` (a step of ``titles._clean_pre``, on the lower-cased title; a bare module speed, "DDR4
  3200", read as MHz was tried and dropped: it lost three WDC Corsair kits the learned stage had joined):
  - a memory kit written "(2x8GB)", "2 x 8GB", "KIT 2X8", "(8GBX2)", "16GB X 2" is one notation, "2x8gb"
    (a glued "8gbx2" was read as a model code);  a single module "(1x16GB)" is one piece, "1pc 16gb" (its
    pack of one), parted from a kit of two or more by ``sticks_apart`` (attack39: read as the plain "16gb"
    it had been one product with "(8GBx2)");
  - a bare drive capacity right before the drive's kind ("512 NVMe", "256 SSD") is gigabytes.
* ``bare_speed``: a memory title's bare "3200" is the "3200MHz" the other prints (an excuse word for word:
  read as MHz in the title it lost three WDC Corsair kits the learned stage had joined).
* ``latency``: Corsair's "C36" is the CAS latency the others write "CL36" (a word-for-word excuse, not a
  rewrite: "C16" is also the tail of Corsair's part number, "CMK16GX4M2B3200C16", where the other title
  prints it).
* ``galaxy_line``: Samsung's "Galaxy" before a line the other title prints after "Samsung" ("Samsung Galaxy
  Tab S9 FE" / "SAMSUNG TAB S9 FE", "Galaxy S24 Ultra" / "SAMSUNG S24 ULTRA") is the maker's line name;
  and ``made_only_in_5g``: "Samsung S24" names the Galaxy S24, made only in 5G, as "Galaxy S24" does.

* ``screen_line_number``: a laptop line's screen size written into the line on one side only ("Dell Vostro
  15 3520" / "Dell Vostro 3520", a title stating "15.6") is no generation of the line; two numbers printed
  by both ("Victus 15" / "Victus 16") still differ.
* ``stated_version`` / ``versions_compared``: the processor's "13th Gen" is read as the version "cpu13", not
  the laptop's ("ThinkPad E14 Gen 5 ... Core i7 13th Gen" is Gen 5), and compared with the generation the
  other title's Intel number names ("i7-1355U": 13) - "i5-1235U" / "Core i5 13th Gen" are two versions.
  An ordinal below 7 is the chip's only right after "Core i5" / "Intel" / "Core": "ThinkPad E14 2nd Gen Core
  i5" is the laptop's Gen 2 (attack39).

Near misses stay apart: i5 vs i7, 11th vs 12th Gen, 16GB vs 32GB, a kit vs a single stick, 3060 vs 3060 Ti.
This module imports no matcher module but the leaf ``pc35`` (``wordclass`` is passed to ``install``).
"""

from __future__ import annotations

import re

from .pc35 import INTEL_FAMILY, intel_generation, processors

# ---------------------------------------------------------------- Intel Core: a number names its generation
# (``pc35.processors`` reads a title's processor numbers - family, number, generation - for both modules)
_FAMILY = INTEL_FAMILY
_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)").fullmatch
_GEN_WORDS = frozenset(("gen", "generation"))
_generation = intel_generation


def _cpus(ws) -> list:
    """(family, generation) of every Intel Core number a title prints ("i5 1235u", "i5-1235u")."""
    return [(f, g) for f, _n, g in processors(ws) if g is not None]


def _stated(ws) -> list:
    """(family, generation) of every "Core i5 12th Gen" a title states in words: a family, then an ordinal
    followed by "Gen" / "Generation", no processor number."""
    out = []
    fams = [w for w in ws if w in _FAMILY]
    if len(set(fams)) != 1:
        return out
    for i in range(len(ws) - 1):
        m = _ORDINAL(ws[i])
        if m and ws[i + 1] in _GEN_WORDS:
            out.append((fams[0], int(m.group(1))))
    return out


def cpu_generation(w: str, p, other):
    """2 where ``w`` - a word of p's title the other never prints - is p's Intel Core number and the other
    states its family and generation in words (and prints no number of its own), or is p's "12th" / "Gen"
    of such a statement and the other prints a number of that family and generation; else None."""
    ws, ow = p.words, other.words
    if _generation(w) is not None:
        mine = _cpus(ws)
        if len(mine) != 1 or _cpus(ow):
            return None
        theirs = _stated(ow)
        return 2 if theirs and set(theirs) == set(mine) else None
    mine = _stated(ws)
    if not mine or _cpus(ws):
        return None
    if w in _GEN_WORDS or _ORDINAL(w):
        theirs = _cpus(ow)
        return 2 if len(theirs) == 1 and set(mine) == set(theirs) else None
    return None


# ---------------------------------------------------------------- Samsung's Galaxy line name
def galaxy_line(w: str, p, other):
    """1 where ``w`` is "galaxy" before a word the other title prints right after "Samsung" (the maker named
    by the other, which prints no "Galaxy"); else None."""
    if w != "galaxy":
        return None
    ow = other.words
    ws = p.words
    for i in range(len(ow) - 1):
        if ow[i] == "samsung":
            nxt = ow[i + 1]
            if any(ws[k] == "galaxy" and ws[k + 1] == nxt for k in range(len(ws) - 1)):
                return 1
    return None


_GATE = re.compile(r"galaxy|\d{4}|cl?(?:1[4-9]|[2-4]\d)|gen|generation|\d{1,2}(?:st|nd|rd|th)|1[0-4]\d{2,3}[a-z]{0,2}\d?|[4-9]\d{3}[a-z]{0,2}\d?").fullmatch


def _gate(w: str) -> bool:
    return _GATE(w) is not None


_LATENCY = re.compile(r"(c|cl)(1[4-9]|[2-4]\d)").fullmatch


def latency(w: str, p, other):
    """2 where ``w`` is a memory title's "C36" and the other prints "CL36", or the other way round."""
    m = _LATENCY(w)
    if m is None or not any(x.startswith("ddr") for x in p.words):
        return None
    alt = ("cl" if m.group(1) == "c" else "c") + m.group(2)
    return 2 if alt in other.words else None


_SPEEDS = frozenset(("1600 1866 2133 2400 2666 2933 3000 3200 3466 3600 3733 3866 4000 4133 4266 4400 4600 4800 "
                     "5200 5600 6000 6200 6400 6600 6800 7200 7600 8000").split())


def bare_speed(w: str, p, other):
    """1 (no disagreement) where ``w`` is a standard module speed printed bare in a memory title ("DDR4 3200") and the other
    prints it in MHz ("3200MHz"); else None."""
    if w not in _SPEEDS or not any(x.startswith("ddr") for x in p.words):
        return None
    return 1 if (w + "mhz") in other.words else None


def excused(w: str, p, other):
    if w == "galaxy":
        return galaxy_line(w, p, other)
    if w[0] == "c":
        return latency(w, p, other)
    if w in _SPEEDS:
        r = bare_speed(w, p, other)
        if r is not None:
            return r
    return cpu_generation(w, p, other)


# ---------------------------------------------------------------- Samsung S24 written without "Galaxy"
_ONLY_5G_S = re.compile(r"s2[1-9]").fullmatch


def made_only_in_5g(ws) -> bool:
    """Does "samsung" stand right before a Galaxy S number made only in 5G ("Samsung S24 Ultra")?"""
    return any(ws[i] == "samsung" and _ONLY_5G_S(ws[i + 1]) for i in range(len(ws) - 1))


# ---------------------------------------------------------------- specs written two ways (title text)
_KIT_AFTER = re.compile(r"\b(\d{1,3})\s*gb\s*x\s*([2-8])\b")                 # "(16gbx2)", "16gb x 2"
_KIT_BEFORE = re.compile(r"\b([1-8])\s*x\s*(\d{1,3})\s*gb\b")                # "(2x8gb)", "2 x 8gb", "1x16gb"
_KIT_BARE = re.compile(r"\bkit\s+(?:of\s+)?([2-8])\s*x\s*(4|8|16|24|32|48|64)\b(?!\s*(?:gb|mm|cm|m\b))")  # "kit 2x8"
_DRIVE_BARE = re.compile(r"(?:(?<=\s)|^)(120|128|240|250|256|480|500|512|960)\s+(ssd|nvme|emmc|hdd)\b")


def _kit_repl(m) -> str:
    # (a single module is one piece: "(1x16GB)" is "1pc 16gb" - read as the plain "16gb" it threw away the only
    # sign of one stick, and "16GB ... (1x16GB)" / "16GB ... (8GBx2)" were one product, attack39; kept
    # "1x16gb", its "1" is a plain number the other title's "16GB ... KF432C16BB/16" lacks)
    n, size = m.group(1), m.group(2)
    return "1pc " + size + "gb" if n == "1" else n + "x" + size + "gb"


def sticks_apart(fa: dict, fb: dict) -> bool:
    """(read by ``facets.conflicts``, as "pack") Is one memory title a single module - "(1x16GB)", its pack of
    one - and the other a kit of two or more ("(8GBx2)", "16GB X 2": its modules' count times their size)?
    A title stating no count of modules is neither."""
    for x, y in ((fa, fb), (fb, fa)):
        if x.get("pack") == _ONE and any(n >= 2 and n == int(n) for n, _size in _pairs(y.get("dims"))):
            cx, cy = x.get("_cleaned") or "", y.get("_cleaned") or ""
            if "ddr" in cx and "ddr" in cy:
                return True
    return False


_ONE = frozenset((1,))


def _pairs(dims):
    """The (count, size) pairs of a "dims" facet: two numbers (a facet's other values are skipped)."""
    return [d for d in dims or () if isinstance(d, tuple) and len(d) == 2
            and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in d)]


def spec_read(s: str) -> str:
    """Lower-cased title ``s`` with the specs of the module's doc written one way."""
    if "ssd" in s or "nvme" in s or "emmc" in s or "hdd" in s:
        s = _DRIVE_BARE.sub(r"\1gb \2", s)
    if "ddr" not in s:
        return s
    if "x" in s:
        s = _KIT_AFTER.sub(lambda m: m.group(2) + "x" + m.group(1) + "gb", s)
        s = _KIT_BARE.sub(lambda m: "kit " + m.group(1) + "x" + m.group(2) + "gb", s)
        s = _KIT_BEFORE.sub(_kit_repl, s)
    return s


def install(W) -> None:
    """Add the step to ``wordclass``'s rewording steps (``W``: the module)."""
    W._add_steps(((_gate, excused),))


# ---------------------------------------------------------------- the processor's generation as a version
CPU_GEN = "_cpugen"  # (a facet key: the generations a title's Intel Core numbers name, "cpu12")


def stated_version(ws, i: int, number: str) -> str:
    """The version ``facets`` reads from the ordinal ``ws[i]`` ("12th") before "Gen": "cpu12" where an Intel
    Core family word stands within three words of it ("Core i5 12th Gen", "12th Gen Intel Core i7") - the
    processor's generation, not the product's ("ThinkPad E14 Gen 5 ... Core i7 13th Gen") -, else the number."""
    if any(w in _FAMILY for w in ws[max(0, i - 3):i + 5]) and (
            int(number) >= _LOWEST_CPU_ORDINAL or (i and ws[i - 1] in _CHIP_WORDS)):
        return "cpu" + number
    return number


# (attack39: "ThinkPad E14 2nd Gen Core i5" is the laptop's Gen 2 - a small ordinal right after the line's
# name is the product's; the chip's own is read from a small ordinal only right after "Core i5" / "Intel")
_LOWEST_CPU_ORDINAL = 7
_CHIP_WORDS = _FAMILY | frozenset(("core", "intel"))


def number_versions(ws):
    """The "cpuN" values of a title's Intel Core numbers (``_cpus``) with their families ("fam:i5"), or - for a
    title printing no number - the family it states in words with a generation ("said:i7" of "Core i7 12th
    Gen", ``_stated``); None for neither."""
    if _FAMILY.isdisjoint(ws):
        return None
    gens = _cpus(ws)
    if gens:
        return frozenset("cpu%d" % g for _f, g in gens) | frozenset("fam:" + f for f, _g in gens)
    said = _stated(ws)
    return frozenset("said:" + f for f, _g in said) if said else None


def _tagged(c, tag: str) -> frozenset:
    return frozenset(x[len(tag):] for x in c or () if x.startswith(tag))


def families_apart(ca, cb) -> bool:
    """(attack39) Does one title state its processor's family in words ("Core i7 12th Gen") and the other print
    an Intel number of another family ("i5-1235U")?  The shared laptop code had decided: two processors."""
    for x, y in ((ca, cb), (cb, ca)):
        said, nums = _tagged(x, "said:"), _tagged(y, "fam:")
        if said and nums and said.isdisjoint(nums):
            return True
    return False


def _stated_cpu(v) -> bool:
    return any(x.startswith("cpu") for x in v)


def versions_compared(fa: dict, fb: dict):
    """The two offers' versions as ``facets.conflicts`` compares them: a side's processor generations read
    from its Intel Core numbers join its versions where the other side states a processor generation in
    words ("i5-1235U" is "cpu12" against "Core i5 13th Gen", "cpu13"); a title printing its own number and
    a generation in words is read by its number (the more exact of the two: "i5 13400F" with an Arabic
    "الثالث عشر" read "3rd").  Read the same whichever offer comes first."""
    va, vb = fa.get("version") or frozenset(), fb.get("version") or frozenset()
    ca_all, cb_all = fa.get(CPU_GEN), fb.get(CPU_GEN)
    if families_apart(ca_all, cb_all):
        # (a family stated in words against another family's number: two versions of the processor)
        return frozenset(("cpu:" + f for f in _tagged(ca_all, "said:") | _tagged(ca_all, "fam:"))), \
            frozenset(("cpu:" + f for f in _tagged(cb_all, "said:") | _tagged(cb_all, "fam:")))
    ca = frozenset(x for x in ca_all or () if x.startswith("cpu"))
    cb = frozenset(x for x in cb_all or () if x.startswith("cpu"))
    if ca and _stated_cpu(va):
        va = frozenset(x for x in va if not x.startswith("cpu")) | ca
    if cb and _stated_cpu(vb):
        vb = frozenset(x for x in vb if not x.startswith("cpu")) | cb
    sa, sb = _stated_cpu(va), _stated_cpu(vb)
    if sb and ca:
        va = va | ca
    if sa and cb:
        vb = vb | cb
    return va, vb


# ---------------------------------------------------------------- a laptop line's screen-size number
_SCREEN_INCHES = frozenset(("11", "12", "13", "14", "15", "16", "17", "18"))


def screen_line_number(ws, i: int, a_words, b_words) -> bool:
    """(read by ``relations.generation_misses``) Is ``ws[i]`` - a number one title prints after a line's
    name - the laptop's screen size the maker writes into the line ("Dell Vostro *15* 3520", "Inspiron 15
    3520"): a whole inch count, right before a model number both titles print, where a title states the
    screen as that many inches and a fraction ("15.6")?  Then it is no generation of the line."""
    w = ws[i]
    if w not in _SCREEN_INCHES or i + 1 >= len(ws):
        return False
    nxt = ws[i + 1]
    if len(nxt) < 4 or not any(c.isdigit() for c in nxt) or nxt not in b_words:
        return False
    lead = w + "."
    return any(x.startswith(lead) for x in a_words) or any(x.startswith(lead) for x in b_words)
