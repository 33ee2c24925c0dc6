"""session 11, accessory: a device against its own accessory, part, refill or bundle.

"Sony PlayStation 5 Controller" is no "Sony PlayStation 5", "HP 962XL Ink Cartridge for
OfficeJet Pro 9015e" no "HP OfficeJet Pro 9015e Printer", "Coque pour iPhone 14" no
"Apple iPhone 14 128 Go": the titles agree on the device's name, and one names a part
of it, or a thing made for it, as its product.  Yet a kind printed on one side only is
usually the same product ("Sony NP-FZ100 Battery" / "Sony NP-FZ100", "Duracell AA
Batterien" / "Duracell AA"), an accessory word is often part of a device's name ("Apple
Watch ... Aluminium Case with Sport Band") or what comes with it ("Earbuds with Charging
Case", "microSD Card with Adapter").  So the word alone never decides; where it stands does:

* the *head* of a title's name - the accessory word of its name, the words before "for /
  with / für / pour / con ..." and before the feature list - is what the offer is; an
  accessory word inside a "with X" phrase comes with the product, and one before another
  accessory named after "with" is a part of an assembly ("Case with Sport Band": a watch);
  a part word before the device's kind describes the device ("Akku-Schlagbohrschrauber",
  "Cartridge-Free Supertank Printer"), a metal case is a housing, a "case pack" a carton, a
  count of parts after the device's kind what comes with it ("Razor + 2 Cartridges"); a
  shop's shelf ("MP3 Accessories") is no part word;
* the other title names a device (``wordclass.DEVICE``: the last kind word of its name is a
  device's kind, or a device line) and prints no word of that accessory class anywhere
  (German compounds included: "Stoffhülle" is a case) - the accessory is then *of* the
  device the other title is; unless both print a model number after the part word (the
  part's own number: "Car Mount CE-MT0E12-S1");
* or: "<name> for <device>" against a title whose words shared with it are all in the
  "for" phrase, none in the name, and the name has a word the other never prints - the
  product is the name, the other title the device it is for ("GoPro Enduro Battery for
  HERO12 Black" / "GoPro HERO12 Black"); whatever the words, so in any language.

Both offers priced within 1.5x of each other are left to the other rules: the same product
at two shops rarely differs more (Abt-Buy: 41 of 213 priced matches over 1.5x, 7 over 2x;
Walmart-Amazon 209 / 832 and 82), an accessory usually costs a fraction of its device; it
is a guard only, never a reason (Walmart-Amazon's matches differ by over 3x in 28 of 832).
"""

from __future__ import annotations

from . import titles as T
from . import wordclass as W
from .offermemo import per_offer  # (session 12, speed: each a table of one offer, computed once)

_ACC = W.ACCESSORY
# (the last words of German compounds: "Stoffhülle", "Schnellladekabel" - never of
# English ones: a "Rackmount Switch" is a switch)
_SUFFIXES = sorted(W.ACCESSORY_COMPOUND, key=len, reverse=True)
_SKIP = W.FUNCTION | W.FILLER
_CASE_PACK = frozenset(("pack", "of"))


def _acc_class(w: str):
    c = _ACC.get(w)
    if c is not None:
        return c
    if w[-1:] == "s":
        # (a plural: "Mounts", "Grips")
        c = _ACC.get(w[:-1])
        if c is not None:
            return c
    if len(w) < 7 or w in W.DEVICE:
        return None
    for s in _SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= 3:
            return _ACC[s]
    return None


def _device_kind(w: str) -> bool:
    # ("Headphone" = "Headphones", "Speakers" = "Speaker")
    return w in W.DEVICE_KINDS or w + "s" in W.DEVICE_KINDS or (w[-1:] == "s" and w[:-1] in W.DEVICE_KINDS)


def _price(p):
    rest = p.rest
    if rest is not None:
        return T.parse_price(rest[2])
    return p.price


def _for_at(ws) -> int:
    """Index of the first "for" word (not the first word; "per" not before a number)."""
    for i, w in enumerate(ws):
        if i and w in W.FOR_WORDS and not (w == "per" and i + 1 < len(ws) and (ws[i + 1][0].isdigit()
                                                                                  or ws[i + 1] == "pack")):
            return i
    return -1


@per_offer
def _name_range(p) -> tuple:
    """(start, end) of p's name in ``p.words``: the first segment of two words or more
    (``segments``), cut before the first "for" / "with" word."""
    ws = p.words
    start, end = 0, len(ws)
    segs = p.segs
    if segs is not None:
        for s in sorted(set(segs)):
            if segs.count(s) >= 2:
                start = segs.index(s)
                end = start + segs.count(s)
                break
    for i in range(start + 1, end):
        w = ws[i]
        if w in W.WITH_WORDS or w in W.FOR_WORDS:
            return start, i
    return start, end


@per_offer
def heads(p) -> frozenset:
    """The accessory classes p's name ends on or starts with (what the offer is)."""
    ws = p.words
    start, end = _name_range(p)
    out = set()
    for i in range(start, end):
        c = _acc_class(ws[i])
        if c is None:
            continue
        # (a device's kind after it in the name: the device is the product, the word
        # describes it - "Cartridge-Free Supertank Printer", "Akku-Schlagbohrschrauber",
        # "Interchangeable Lens Camera")
        if any(_device_kind(ws[j]) for j in range(i + 1, end)):
            continue
        if c == "case" and ((i and ws[i - 1] in W.METALS) or (i + 1 < len(ws) and ws[i + 1] in _CASE_PACK)):
            # (a metal case is a body; a "case pack" a carton of them)
            continue
        # (a count of them after the device's kind: what comes with it - "Razor + 2
        # Cartridges", "Razor Handle 2 Blade Refills")
        if i > start + 1 and ws[i - 1].isdigit() and any(_device_kind(ws[j]) for j in range(start, i - 1)):
            continue
        out.add(c)
    if out and end < len(ws) and ws[end] in W.WITH_WORDS:
        # (an assembly: "Aluminium Case with Sport Band" is a watch)
        if any(_acc_class(w) for w in ws[end + 1:]):
            return frozenset()
    return frozenset(out)


@per_offer
def _classes(p) -> frozenset:
    return frozenset(c for c in map(_acc_class, p.words) if c is not None)


def _brand_words(a, b) -> set:
    out = set()
    for p in (a, b):
        if p.brand:
            out.update(T.words(p.brand))
    if a.words and b.words and a.words[0] == b.words[0]:
        out.add(a.words[0])
    return out


def _ident(w: str, brand) -> bool:
    return w not in _SKIP and w not in brand and w not in T.COLOURS and _acc_class(w) is None


@per_offer
def _names_device(p) -> bool:
    """p's name names a device: the last word of it naming a kind (or a device line)
    is a device's ("Printer Roller Cleaner" is a cleaner, "Apple iPhone 14 128 Go" a phone)."""
    ws = p.words
    start, end = _name_range(p)
    for i in range(end - 1, start - 1, -1):
        w = ws[i]
        if w in W.DEVICE or _device_kind(w):
            return True
        if w in W.CATEGORY:
            return False
    return False


@per_offer
def _for_of(p) -> int:
    """``_for_at(p.words)``, once per offer."""
    return _for_at(p.words)


def _of_device(x, y, brand) -> bool:
    """x's name is an accessory that y's title never names, y names a device, and
    the two share a word of the device's name."""
    i = _for_of(x)
    if i >= 0:
        # (a "for" phrase says which words are the device: y prints some of them, and
        # of x's name only device words - "Spigen Ultra Hybrid Case for iPhone 15 Pro" /
        # "Spigen Ultra Hybrid iPhone 15 Pro" is the case; "Epson 104 EcoTank Ink for
        # ET-2850" / "Epson EcoTank ET-2850 Printer" the printer)
        ws = x.words
        name, after = set(ws[:i]), set(ws[i + 1:])
        shared = [w for w in x.wordset & y.wordset if _ident(w, brand)]
        if any(w in name and w not in W.DEVICE for w in shared) or not any(w in after for w in shared):
            return False
    hx = heads(x)
    if not hx or not hx.isdisjoint(_classes(y)):
        return False
    if not _names_device(y) or heads(y):
        return False
    shared = x.wordset & y.wordset
    # (a model number both print after x's part word is the part's own number, printed
    # after its name: "Headrest iPad Car Mount CE-MT0E12-S1" / "... Car Mnt ... CE-MT0E12-S1")
    ws = x.words
    last = max(i for i, w in enumerate(ws) if _acc_class(w) in hx)
    if any(w in shared and not w.isalpha() and not w.isdigit() for w in ws[last + 1:]):
        return False
    return any(_ident(w, brand) for w in shared)


def _for_device(x, y, brand) -> bool:
    """x is "<name> for <device>" and y is that device: every identifying word y
    shares with x is in x's "for" phrase only, x's name has one y never prints."""
    ws = x.words
    i = _for_of(x)
    if i < 0:
        return False
    hx = heads(x)
    if not hx or not hx.isdisjoint(_classes(y)):
        return False
    name = set(ws[:i])
    shared = [w for w in y.wordset & x.wordset if _ident(w, brand)]
    if not shared or not name.isdisjoint(shared):
        return False
    if not any(w not in y.wordset and w not in _SKIP and w not in brand and w not in T.COLOURS for w in name):
        return False
    j = _for_of(y)
    # (both "for" the same device: two accessories, left to the other rules)
    return j < 0 or set(y.words[j + 1:]).isdisjoint(shared)


def accessory_conflict(a, b) -> float:
    """1.0 when one offer is an accessory, part or bundle of (or for) the device the
    other is (see the module's text), else 0.0."""
    if not a.words or not b.words:
        return 0.0
    pa, pb = _price(a), _price(b)
    if pa and pb and max(pa, pb) <= 1.5 * min(pa, pb):
        return 0.0
    brand = _brand_words(a, b)
    for x, y in ((a, b), (b, a)):
        if _of_device(x, y, brand) or _for_device(x, y, brand):
            return 1.0
    return 0.0


def accessory_against_device(a, b) -> float:
    """1.0 when one title's name is an accessory (``heads``) and the other's, naming none,
    names a device: "Apple 41mm Light Pink Sport Band" / "Apple Watch Series 9 ... Aluminium
    Case with Light Pink Sport Band".  Whether the two are one product is then the rules'
    question (``accessory_conflict``), never the learned stage's (``rules.learned_gate``)."""
    ha, hb = heads(a), heads(b)
    if ha and not hb and _names_device(b):
        return 1.0
    if hb and not ha and _names_device(a):
        return 1.0
    return 0.0
