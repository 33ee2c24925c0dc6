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

Session 12 adds evidence that holds whatever the prices (the guard kept only for the
rules above: of the priced non-matches, Abt-Buy 480 of 1388 and Walmart-Amazon 3235 of
7443 are within 1.5x too, so a close price says little), each read from where words stand:

* the part alone against the device named *with* it ("MagSafe Charging Case for AirPods
  Pro" / "AirPods Pro with MagSafe Case", a band against the watch sold with it, the
  "64 oz Container" against the "Blender with 64 oz Container"): ``comes_with``;
* a *replacement* part: the model it names is its device's ("Replacement Ear Pads for
  WH-1000XM4", "Jabra Elite 85t Replacement Earbud", "Ersatz-Ladecase für ..."), even
  when the device's offer carries that model as its MPN (value 2.0, which
  ``rules.conflict_reasons`` does not excuse by an MPN printed in the other's title):
  ``replacement_part``, ``replaced_device``;
* the product bundled with a second accessory after it ("Controller + USB-C Cable"),
  "<name> Combo" against one item or the device alone ("MX Keys S Combo", "Fly More
  Combo"), a camera's "Body" against the camera with a lens, "<N> Camera Kit" against
  one: ``bundled_with``, ``combo_of``, ``body_against_kit``, ``device_set``;
* the same accessory for two variants of a device, the variant word counted in the
  "for" phrase only ("Case for Galaxy S24" / "... for Galaxy S24 Ultra"): ``for_variant``.
"""

from __future__ import annotations

import re

from . import titles as T
from . import wordclass as W
from . import office_mobile as _office  # (session 20, en20a: a leaf module)
from . import english_titles as _english  # (session 22, en22: a leaf module)
from . import co40 as _co40  # (session 40, co40: a leaf module - a "with" phrase ends at its part)
from . import av40 as _av40  # (session 40, av40: a leaf module - a generation numeral after a model)
from . import sw42 as _sw42  # (session 42, sw42: a leaf module - the devices a licence installs on)
from . import us42 as _us42  # (session 42, us42: a leaf module - "Combo" = "Bundle")
from . import wj43 as _wj43  # (session 43, wj43: a leaf module - a watch's own strap after its dial)
from .offermemo import per_offer  # (session 12, speed: each a table of one offer, computed once)
from .lexicon import NEGATION as _NEGATION  # (session 33, ho33: "ohne Akku", ``heads``)
from .diy32 import CORDLESS as _CORDLESS  # (session 34, hk34: "Akku-Handkreissäge"; a leaf module)

_ACC = W.ACCESSORY
# (session 30, part30) the parts of a device a shop sells alone, named after the device's model ("Brother
# HL-L2350DW Paper Tray", "LG OLED55C3 Stand Feet", "Ninja ... AF300UK Crisper Plate", "Bosch Cutlery Basket for
# SMS4HTI45G", "Door Seal Gasket", "Drain Pump", "Fuser Kit", "Air Fryer Silicone Liners"): classes of their own,
# read here only (``wordclass.ACCESSORY`` is every module's); a "pad" only after a kind - "Mouse Pad", not the
# "Xiaomi Pad 6" tablet (``_acc_at``)
_PARTS = {w: c for c, ws in {
    "tray": "tray trays",
    "feet": "feet",
    "plate": "plate plates",
    "basket": "basket baskets",
    "seal": "gasket gaskets seal seals",
    "pump": "pump pumps",
    "fuser": "fuser",
    "liners": "liner liners",
    "pad": "mousepad mousepads",
}.items() for w in ws.split() if w not in W.ACCESSORY}
_ACC = {**W.ACCESSORY, **_PARTS}
# (the last words of German compounds: "Stoffhülle", "Schnellladekabel" - never of
# English ones: a "Rackmount Switch" is a switch)
_SUFFIXES = sorted(W.ACCESSORY_COMPOUND, key=len, reverse=True)
_SUFFIX_TUPLE = tuple(_SUFFIXES)
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
    if len(w) < 7 or w in W.DEVICE or not w[3:].endswith(_SUFFIX_TUPLE):
        # (``w[3:]`` ends with a suffix exactly where ``w`` ends with it and has 3 letters
        # or more before it: the loop below finds one - one C-level test for the many
        # words that end with none; session 16, speed)
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


# (session 42, ac42) the Polish (and Czech) "for" of an accessory - "Etui ... *do* Samsung Galaxy S24", "Szkło
# hartowane *do* iPhone 14", "Pokrowiec *na* sofę" -, read as "for" only in a title that starts with an accessory
# word (a Polish shop names the kind first): elsewhere "do" / "na" are other words ("Do Not Disturb", "NA" region)
_SLAVIC_FOR = frozenset(("do", "na"))


def _for_at(ws) -> int:
    """Index of the first "for" word (not the first word; "per" not before a number)."""
    for i, w in enumerate(ws):
        if i and w in W.FOR_WORDS and not (w == "per" and i + 1 < len(ws) and (ws[i + 1][0].isdigit()
                                                                                  or ws[i + 1] == "pack")):
            return i
        if i and w in _SLAVIC_FOR and _acc_class(ws[0]) is not None:
            return i
    return -1


def _for_end(x, y, i: int) -> int:
    """(fxac42, attack42w) Where x's "for" phrase (after ``x.words[i]``) ends: at the title's end, but a Polish
    "do" / "na" phrase ends at the case maker's name a Polish shop prints after the device - "Etui do Apple
    iPhone 15 *Spigen Liquid Air*", "Etui na telefon Samsung Galaxy A54 *Spigen Rugged Armor*": a word after the
    device's number or name that is y's leading word (y an accessory too: "Spigen Liquid Air Case for iPhone
    15") or a word of either brand field; what follows it is the case's name, not the device's."""
    ws = x.words
    n = len(ws)
    if i < 0 or ws[i] not in _SLAVIC_FOR or ws[i] in W.FOR_WORDS:
        return n
    makers = set()
    if y.words and (heads(y) or _for_of(y) >= 0):
        makers.add(y.words[0])
    for p in (x, y):
        if p.brand:
            makers.update(T.words(p.brand))
    if not makers:
        return n
    device = False
    for k in range(i + 1, n):
        w = ws[k]
        if device and w in makers:
            return k
        if any(c.isdigit() for c in w) or w in W.DEVICE:
            device = True
    return n


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
        if w in _SLAVIC_WITH and i + 1 < end and _acc_at(ws, i + 1) is not None and _slavic_with_at(p, w, ws[i + 1]):
            return start, i  # (session 32, ho32: "AirPods Pro 2 gen. *z etui* MagSafe", ``_SLAVIC_WITH``)
    return start, end


# (session 32, ho32) the Slavic languages' "with" - Polish "z" / "ze", Czech and Slovak "s" / "se" -
# before an accessory word: what the product comes with ("Słuchawki Apple AirPods Pro 2 gen. *z etui*
# MagSafe" are the earphones with their case, "s pouzdrem"), as "with" cuts an English name.  One
# letter is a model's letter as often ("Galaxy Z Flip5 Case") or a possessive's ("Men's Case"): only
# written alone between spaces, not after a maker's line
_SLAVIC_WITH = frozenset(("z", "ze", "s", "se"))
_NOT_SLAVIC_WITH = re.compile(r"(?:galaxy|sony|nikon|canon|\w['’])\s*$")


def _slavic_with_at(p, w: str, nxt: str) -> bool:
    raw = (p.rawtitle or "").lower()
    for m in re.finditer(r"(?<![\w'’.-])" + w + r"\s+" + re.escape(nxt) + r"(?![\w])", raw):
        if not _NOT_SLAVIC_WITH.search(raw[:m.start()]):
            return True
    return False


# (session 29, dev29) the languages a keyboard's layout is named by, and what tells a computer's
# title before it: a device word, a processor (Core i5, Ryzen, Apple M2), a memory or storage size
_LAYOUT_LANGS = frozenset("""arabic english us uk french german azerty qwerty qwertz international intl
arabe anglais francais""".split())
_COMPUTER_WORD = re.compile(r"(?:i[3579]|ryzen|celeron|pentium|m[1-4]|\d{1,2}(?:gb|tb)|ssd)$").match


def _computer_before(ws, i: int) -> bool:
    """Do the words before ``ws[i]`` (a keyboard word after a layout's language) name a computer
    - a device word, a processor, a memory or storage size -, so that the keyboard is its layout?"""
    return any(w in W.DEVICE or _COMPUTER_WORD(w) for w in ws[:i])


# (session 30, accw30) the English accessory nouns a compound ends on: "Battery *Charger*", "Lens *Cap*",
# "Charger *Cable*" - the word before names what it is for, as the German compound's first part does
# ("Akkuladegerät"); the Romance languages put the head first ("Cargador Batería"), so only these
_ENGLISH_HEADS = frozenset("""charger chargers cable cables case cases cover covers protector protectors
battery batteries band bands strap straps mount mounts stand holder dock adapter adaptor adapters""".split())


@per_offer
def heads(p) -> frozenset:
    """The accessory classes p's name ends on or starts with (what the offer is)."""
    ws = p.words
    start, end = _name_range(p)
    out = set()
    for i in range(start, end):
        c = _acc_at(ws, i)
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
        if c == "keyboard" and i and ws[i - 1] in _LAYOUT_LANGS and _computer_before(ws, i):
            continue  # (session 29, dev29: "... i5-1335U 8GB 512GB Arabic/English Keyboard": the laptop's layout)
        if i + 1 < end and ws[i + 1] in _ENGLISH_HEADS and _acc_class(ws[i + 1]) not in (None, c):
            continue  # (session 30, accw30: "Battery Charger" is a charger - an English compound's last noun)
        if _line_band(ws, i):
            continue  # (session 29, dev29: "Band 9", "Smart Band 8" - a tracker's line and generation, no strap)
        if i and ws[i - 1] in _NEGATION:
            # (session 33, ho33: what the offer comes without is not what it is - "Schlagbohrschrauber
            # ohne Akku", "perceuse sans batterie", "bez akumulatora": the tool alone, no battery)
            continue
        if c in _POWER_PARTS and (_negated_list(ws, i) or _kit_contents(ws, i, start)
                                  or _cordless_kind(ws, i, end)):
            continue  # (session 34, hk34: see ``_negated_list``, ``_kit_contents``, ``_cordless_kind``)
        if c == "band" and _own_strap(ws, i, start, end):
            continue  # (session 30, lbt30: "Watch GT4 46 mm Black Fluoroelastomer Strap" - the watch's own)
        if c == "band" and _wj43.watch_strap(ws, i, start, end, T.COLOURS, _STRAP_MATERIALS):
            continue  # (session 43, wj43: "SRPD55K1 Automatic Black Dial Stainless Steel Bracelet" - the watch's own)
        if c == "case" and _wj43.watch_case(ws, i, end, T.COLOURS, _STRAP_MATERIALS, _STRAP_WORDS):
            continue  # (session 43, wj43: "Slate Bezel Black Case Silicone Band" - a watch's body)
        if c == "case" and _office.own_cover(ws, i, start):
            continue  # (session 20, en20a: "Composition Book ... Black Marble Cover": the book's own)
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
    ws = p.words
    return frozenset(c for i in range(len(ws)) if (c := _acc_at(ws, i)) is not None and not _line_band(ws, i))


def _acc_at(ws, i: int):
    """``_acc_class`` of ``ws[i]``, and a "pad" after a kind word ("Mouse Pad"; session 30, part30): the
    "Xiaomi Pad 6", the "Pad" of a tablet's name, is none."""
    w = ws[i]
    if w == "pad" and i and W.CATEGORY.get(ws[i - 1]) and ws[i - 1] not in W.DEVICE:
        return "pad"
    return _acc_class(w)


# (session 30, lbt30) a watch's title closing on the strap it is sold with, after its case size - "HUAWEI WATCH
# GT 4 46mm Black Fluoroelastomer Strap", "Galaxy Watch6 44mm Graphite Sport Band", "Montre ... 46mm Bracelet
# Cuir Marron": the maker's name of one watch (case size, strap colour and material), no strap sold alone,
# which a shop names by what it fits ("Strap for Watch GT 4", a cut at "for") or by its width (20 / 22mm, no
# case's size).  Only a strap word, colours and materials after the case's size, a material among them, and a
# watch word before it.
_STRAP_MATERIALS = frozenset("""
fluoroelastomer silicone leather nylon woven steel stainless titanium metal rubber fabric ceramic composite
cuir acier cuero piel pelle
""".split())
# (not a band's style - "Sport Band", "Solo Loop", "Milanese Loop", "Link Bracelet", mesh -: the names of the bands
# a maker sells alone, "Apple Watch 45mm Midnight Sport Band")
_CASE_SIZE = re.compile(r"(?:3[89]|4\d|5[0-2])mm").fullmatch
_WATCH_WORDS = frozenset("watch smartwatch montre reloj orologio uhr".split())  # ("watch6": its first five letters)


def _own_strap(ws, i: int, start: int, end: int) -> bool:
    """Is the strap word ``ws[i]`` the strap a watch is sold with (``_STRAP_MATERIALS``, ``_CASE_SIZE``)?"""
    k = i - 1
    while k > start and (ws[k] in T.COLOURS or ws[k] in _STRAP_MATERIALS):
        k -= 1
    if k <= start or not _CASE_SIZE(ws[k]) or _WATCH_WORDS.isdisjoint(ws[start:k]):
        return False
    # (the watch named by its model between the watch word and the case - "Watch GT4", "Watch GT 4 Pro",
    # "Galaxy Watch6" -, not a watch's size alone: "Apple Watch 45mm Midnight Leather Strap" may be the strap)
    w0 = max(q for q in range(start, k) if ws[q] in _WATCH_WORDS or ws[q][:5] in _WATCH_WORDS)
    if not any(any(ch.isdigit() for ch in x) for x in ws[w0:k]):
        return False
    rest = ws[k + 1:end]
    return (all(w == ws[i] or w in T.COLOURS or w in _STRAP_MATERIALS for w in rest)
            and not _STRAP_MATERIALS.isdisjoint(rest))


@per_offer
def own_strap_words(p) -> frozenset:
    """The words naming the strap p's watch is sold with (``_own_strap``: the strap word and its materials, not
    the colour, which the colour facet compares), none where p names no such strap."""
    ws = p.words
    start, end = _name_range(p)
    for i in range(start + 1, end):
        if _acc_class(ws[i]) == "band" and _own_strap(ws, i, start, end):
            return frozenset(w for w in ws[i - 4:end] if w == ws[i] or w in _STRAP_MATERIALS)
    return frozenset()


def strap_named(p) -> bool:
    """Does p's title print a strap word or a strap's material (then a strap one side names is compared)?"""
    return not (_STRAP_MATERIALS.isdisjoint(p.wordset) and _STRAP_WORDS.isdisjoint(p.wordset))


_STRAP_WORDS = frozenset("band bands strap straps armband bracelet correa cinturino".split())


# session 34, hk34: a power tool's battery and charger named as what the tool comes with or without,
# worded by shops in every language - no accessory the offer is.  Without them, one tool's two offers
# were parted as a tool and its charger ("conflict:accessory": ``train34hk`` diy_tools, four pairs)
_POWER_PARTS = frozenset(("battery", "charger"))
# the words joining the things a title names after "without": "sans batterie *ni* chargeur", "ohne Akku
# *und* Ladegerät", "sin batería *ni* cargador", "senza batteria *e* caricabatterie", "bez akumulatora *i*
# ładowarki", "without battery *or* charger", "zonder accu *en* lader"
_NEG_JOIN = frozenset("ni nor und and or oder e y et i en ou o ani nebo noch".split())
_AH = re.compile(r"\d+(?:[.,]\d+)?ah$").match
_PLAIN_COUNT = re.compile(r"\d{1,2}x?$").match


def _negated_list(ws, i: int) -> bool:
    """Is ``ws[i]`` a battery or charger named in a list after "without" ("sans batterie ni *chargeur*"):
    back from it over batteries, chargers and the words joining them, a "without" word?"""
    j = i - 1
    joined = False
    while j >= 0 and (ws[j] in _NEG_JOIN or _acc_class(ws[j]) in _POWER_PARTS):
        joined = joined or ws[j] in _NEG_JOIN
        j -= 1
    return joined and j >= 0 and ws[j] in _NEGATION


def _kit_contents(ws, i: int, start: int) -> bool:
    """Is ``ws[i]`` a battery or charger a kit lists after its batteries' capacity, the tool's kind named
    before ("drill driver kit 2 x 2.0Ah *batteries* + *charger*", "Schlagbohrschrauber 2x 4,0 Ah *Akkus* +
    *Ladegerät*"): back from it over batteries and chargers, a capacity in Ah (what the batteries hold,
    counted or not), and a tool's kind before that?"""
    j = i - 1
    while j > start and _acc_class(ws[j]) in _POWER_PARTS:
        j -= 1
    if j <= start or not _AH(ws[j]):
        return False
    return any(_device_kind(ws[k]) or W.CATEGORY.get(ws[k]) for k in range(start, j)
               if _acc_class(ws[k]) not in _POWER_PARTS)


def _cordless_kind(ws, i: int, end: int) -> bool:
    """Is ``ws[i]`` the battery word saying a tool runs on one, its kind right after it ("*Akku*-Handkreissäge",
    "*Akku* Rasenmäher"): a cordless tool, no battery (``diy32.CORDLESS``: the kinds tables read it so)?"""
    return (i + 1 < end and ws[i] in _CORDLESS and bool(W.CATEGORY.get(ws[i + 1]))
            and _acc_class(ws[i + 1]) is None)


def _line_band(ws, i: int) -> bool:
    """(session 29, dev29) Is ``ws[i]`` the "Band" of a fitness tracker's line and generation ("Band 9",
    "Smart Band 8"), no strap - not a count of straps ("Band 2 Pack")?"""
    return (ws[i] == "band" and i + 1 < len(ws) and ws[i + 1].isdigit() and len(ws[i + 1]) <= 2
            and not (i + 2 < len(ws) and ws[i + 2] in W.COUNT_AFTER))


def _line_band_device(x, y, hx) -> bool:
    """(session 38, fxeu38) Is y a fitness tracker named by its line and generation ("Xiaomi Smart Band 8",
    ``_line_band``) that x's name prints too, x's name heading a strap ("Xiaomi Smart Band 8 *Strap* Black")?  The
    line's "Band" names the device, as "Watch" does a watch's ("Apple Watch ... Sport Band" / "Apple Sport Band",
    ``comes_with``): the tracker's name with a strap noun after it is its strap, whatever the kind word a shop
    leads either title with ("Chytrý náramek Xiaomi Smart Band 8 Black", attack38)."""
    if "band" not in hx:
        return False
    ys = y.words
    lines = {ys[i + 1] for i in range(len(ys) - 1) if _line_band(ys, i)}
    if not lines:
        return False
    xs = x.words
    return any(_line_band(xs, i) and xs[i + 1] in lines for i in range(len(xs) - 1))


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
        e = _for_end(x, y, i)  # (fxac42: a Polish phrase ends at the case maker's name)
        name, after = set(ws[:i]) | set(ws[e:]), set(ws[i + 1:e])
        shared = [w for w in x.wordset & y.wordset if _ident(w, brand)]
        if any(w in name and w not in W.DEVICE for w in shared) or not any(w in after for w in shared):
            return False
    hx = heads(x)
    if not hx or not hx.isdisjoint(_classes(y)):
        return False
    if heads(y) or not (_names_device(y) or _bare_device(x, y, hx, brand) or _line_band_device(x, y, hx)):
        return False
    shared = x.wordset & y.wordset
    # (a model number both print after x's part word is the part's own number, printed
    # after its name: "Headrest iPad Car Mount CE-MT0E12-S1" / "... Car Mnt ... CE-MT0E12-S1")
    ws = x.words
    last = max(i for i in range(len(ws)) if _acc_at(ws, i) in hx)
    if any(w in shared and not w.isalpha() and not w.isdigit() for w in ws[last + 1:]):
        return False
    return any(_ident(w, brand) for w in shared)


# (session 30, part30) the parts of a device never sold under its model's name alone: a screen protector, a
# paper tray, a lid, the feet of a TV, a crisper plate - what the model then names is the device.  Not a case,
# a battery, an ink, a filter, a charger, a grip, a dock, a remote, a mount ("Pelican 1510 Case", "Sony NP-FZ100
# Battery", "HP 305 Ink", "Anker 511 Charger", "Sony GP-VPT2BT Shooting Grip", "CalDigit TS4 Dock", "Logitech
# Harmony 665 Remote", "Ergotron LX Desk Mount": the model is the accessory's own as often), nor a pump (a breast
# pump, a bike pump is the device)
_BARE_CLASSES = frozenset("protector lid tray feet plate basket seal fuser liners pad".split())
_CAP_WORDS = frozenset("cap caps".split())


def _model_word(w: str) -> bool:
    """A model's word: a letter and a digit ("R50", "TM6", "hll2350dw") or a number of three digits or more
    ("Forerunner 965"), not a generation's one digit ("UltraGlass 2")."""
    return len(w) >= 3 and any(ch.isdigit() for ch in w) and not T.is_unit_token(w)


def _bare_device(x, y, hx, brand) -> bool:
    """(session 30, part30) y is the device x's part (``_BARE_CLASSES``) is of, titled by its brand and model
    alone ("Canon EOS R50" / "Canon EOS R50 Screen Protector", "LG OLED55C3" / "LG OLED55C3 Stand Feet") or
    by the kind x names its part after ("Logitech G502 HERO Gaming Mouse" / "... G502 HERO Mouse Pad"): y
    prints no kind word but those, no word of x's part phrase, and a model word x prints before its part word."""
    ws = x.words
    start, end = _name_range(x)
    first = next((i for i in range(start, end) if _acc_at(ws, i) in hx), -1)
    if first < 0:
        return False
    # (the noun of x's part phrase, its last accessory word, is what x is: "Protector Case" is a case)
    k = max(i for i in range(first, end) if _acc_at(ws, i) in hx)
    if _acc_at(ws, k) not in _BARE_CLASSES:
        return False
    if ws[k] in _CAP_WORDS and not (k > start and (_device_kind(ws[k - 1]) or _acc_class(ws[k - 1]))):
        # (a cap is a part after a device's kind or a part it covers - "Body Cap", "Lens Cap" -, else a hat)
        return False
    before = set(ws[start:first])
    head = "".join(ws[start:first])
    if not (any(_model_word(w) and w in y.wordset and _ident(w, brand) for w in before)
            or any(c in head for c in x.codes & y.codes)):
        return False
    # (x's part phrase: its words after the last word it shares with y - "Screen Protector", "Mixing Bowl Lid" -,
    # which y never prints, after the device's model or kind: "R50", "TM6", "G502 HERO Mouse"; not after words
    # describing the part, which y prints too - "... Clear Type Protective Film" / "... Protective Film Screen
    # Protectors" name one film)
    # (a piece of a model number both print is the model's, however spelt: "HL-L2350DW" / "HLL2350DW")
    shared_codes = x.codes & y.codes
    last = max((i for i in range(start, first) if ws[i] in y.wordset
                or (any(ch.isdigit() for ch in ws[i]) and any(ws[i] in c for c in shared_codes))), default=-1)
    if last < 0:
        return False
    w = ws[last]
    if w in _av40.NUMERALS and last > start:
        # (session 40, av40: the generation after the model - "ILCE-7M4", read "ILCE-7 IV", "... Body Cap")
        w = ws[last - 1]
    if not (_model_word(w) or W.CATEGORY.get(w) or _device_kind(w)
            or (any(ch.isdigit() for ch in w) and any(w in c for c in shared_codes))):
        return False
    phrase = set(ws[last + 1:end])
    if not phrase.isdisjoint(y.wordset):
        return False
    return not any((W.CATEGORY.get(w) or _device_kind(w)) and w not in before for w in y.words)


def _for_device(x, y, brand) -> bool:
    """x is "<name> for <device>" and y is that device: every identifying word y
    shares with x is in x's "for" phrase only, x's name has one y never prints."""
    ws = x.words
    i = _for_of(x)
    if i < 0:
        return False
    hx = heads(x)
    name = set(ws[:i]) | set(ws[_for_end(x, y, i):])  # (fxac42: a Polish phrase ends at the case maker's name)
    shared = [w for w in y.wordset & x.wordset if _ident(w, brand)]
    if not hx:
        # (session 30, part30: or a name of no accessory class "for" a model number y prints as its own -
        # "Bosch Dishwasher Cleaner Tablets for SMS4HTI45G" / "Bosch Serie 4 Dishwasher SMS4HTI45G": what is
        # made for a model is not that model; the kind of the device it is for, printed in both, describes it)
        # (y then says it is the device: its name's kind is a device's, or it prints the kind x's name is
        # made for; "Pedistal for Duet ... Washer/Dryer WHP1000SQ" / "Whirlpool WHP1000SQ Duet Washer and Dryer
        # White Pedestal" is one pedestal)
        if not _for_code(x, y, i):
            return _for_whole(x, y, i, brand)  # (session 42, ac42: "Auflage für Gartenstuhl ..." / "Gartenstuhl ...")
        kinds = [w for w in shared if W.CATEGORY.get(w) and w in name]
        if not (kinds or _names_device(y)):
            return False
        shared = [w for w in shared if w not in kinds]
    elif not hx.isdisjoint(_classes(y)):
        return False
    if not shared or not name.isdisjoint(shared):
        return False
    if not any(w not in y.wordset and w not in _SKIP and w not in brand and w not in T.COLOURS for w in name):
        return False
    j = _for_of(y)
    # (both "for" the same device: two accessories, left to the other rules)
    return j < 0 or set(y.words[j + 1:_for_end(y, x, j)]).isdisjoint(shared)


def _for_whole(x, y, i: int, brand) -> bool:
    """(session 42, ac42) x is "<name> for <y>": every identifying word y prints stands in x's "for" phrase
    ("Auflage für *Gartenstuhl Hochlehner grau*" / "Gartenstuhl Hochlehner grau", "Gegenlichtblende für *EF 50mm
    f/1.8 STM*" / "Canon EF 50mm f/1.8 STM"), one of them a word (not a number, nor whom it is for - "für Damen"),
    and x's name is words y never prints, none naming a kind or a device ("Shampoo für Herren" names the shampoo:
    "Head & Shoulders Herren" may be it): what is made for a product is not that product, in any language."""
    ws = x.words
    e = _for_end(x, y, i)  # (fxac42: a Polish phrase ends at the case maker's name)
    after = set(ws[i + 1:e])
    name = [w for w in ws[:i] + ws[e:] if w not in _SKIP and w not in brand and w not in T.COLOURS]
    if not name or any(w in y.wordset or W.CATEGORY.get(w) or w in W.DEVICE or _device_kind(w) for w in name):
        return False
    ids = [w for w in y.words if w not in _SKIP and w not in brand and w not in T.COLOURS]
    if not ids or any(w not in after or w in _PLATFORMS for w in ids):
        return False  # (a game or a program "for" its platform is it: "Starfield Standard Edition for Xbox Series X")
    return any(w.isalpha() and w not in W._SPEC_OF for w in ids)


# (the platforms software and games are sold for, as ``facets._PLATFORM_WORDS`` - not imported: ``facets``
# imports this module)
_PLATFORMS = frozenset("""xbox playstation ps4 ps5 ps3 switch nintendo windows win pc mac macos ios android linux
steam""".split()) | frozenset(W.PLATFORM_SHORT)


def _for_code(x, y, i: int) -> bool:
    """(session 30, part30) Does x's "for" phrase (after ``x.words[i]``) hold a model number of y's
    (``codes``: a letter and a digit), printed nowhere else in x?"""
    after = "".join(x.words[i + 1:])
    before = "".join(x.words[:i])
    return any(c in after and c not in before and _LETTER_DIGIT.search(c) for c in x.codes & y.codes)


def accessory_conflict(a, b) -> float:
    """1.0 when one offer is an accessory, part or bundle of (or for) the device the
    other is (see the module's text), else 0.0."""
    if not a.words or not b.words:
        return 0.0
    if not (heads(a) or heads(b) or _MARKED(a.wordset) or _MARKED(b.wordset) or _marked(a) or _marked(b)
            or _for_of(a) >= 0 or _for_of(b) >= 0):  # (session 30, part30: ``_for_code``)
        # (most pairs, session 16, speed: no title names a part, a combo, a body, a
        # replacement, a set or an added product - ``accessory_conflict_s12``'s own first
        # test, so it is 0.0 -, and ``_of_device`` / ``_for_device`` ask x's name to be
        # an accessory, ``heads(x)``: neither title's is - 0.0 whatever the prices)
        return 0.0
    brand = _brand_words(a, b)
    s12 = accessory_conflict_s12(a, b, brand)  # (session 12, accessory)
    if s12 == 1.0:
        return 1.0
    pa, pb = _price(a), _price(b)
    if pa and pb and max(pa, pb) <= 1.5 * min(pa, pb):
        return 0.0
    for x, y in ((a, b), (b, a)):
        if _of_device(x, y, brand) or _for_device(x, y, brand):
            return 2.0 if _replaces(x, y) else 1.0  # (session 12, accessory)
    return s12


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


# session 12, accessory: the accessory a device comes with, a replacement part for a
# device named by its model, the device bundled with another accessory

def _with_at(p) -> int:
    """Index of the "with" word closing p's name (the phrase of what comes with the
    product: "AirPods Pro with MagSafe *Case*"), len(words) when none."""
    ws = p.words
    start = _name_range(p)[0]
    return next((i for i in range(start + 1, len(ws)) if ws[i] in W.WITH_WORDS), len(ws))


def comes_with(x, y, brand) -> bool:
    """x's name is an accessory y names only in its "with" phrase, and y's name is a
    device: the part alone against the device it comes with ("MagSafe Charging Case
    for AirPods Pro" / "AirPods Pro with MagSafe Case", "41mm Midnight Sport Band" /
    "Watch ... Aluminium Case with Midnight Sport Band", "64 oz Container" / "5200
    Blender with 64 oz Container") - whatever the prices: the part is what the device is
    named with, so the two share the part's words and usually cost alike (a case or a
    band is sold at a good part of its device's price).  Not when x's name names a
    device of its own ("Apple Watch Series 9 41mm Sport Band": a watch titled by its band)."""
    hx = heads(x)
    if not hx or _names_device(x):
        return False
    start, end = _name_range(x)
    if any(w in W.DEVICE or _device_kind(w) for w in x.words[start:end]):
        # (a device in x's name and the part after it: a kit - "Camera and 18-70mm
        # Zoom Lens" is the camera with its lens)
        return False
    k = _with_at(y)
    ws = y.words
    if k == len(ws) or heads(y) or not _names_device(y):
        return False
    if any(_acc_class(w) in hx for w in ws[:k]):
        return False
    if not any(_acc_class(w) in hx for w in ws[k + 1:]):
        return False
    # (the part's own name holds no word of the device's name - but sizes and colours,
    # which a part shares with its device: the device is what the part is *for*;
    # "Canon EOS R50 + RF-S 18-45mm Lens", "GoPro HERO12 Black + Enduro Battery" name the
    # device, then what comes with it: a kit, the "with" title worded another way)
    own = set(ws[:k])
    if any(w in own and _ident(w, brand) and not T.is_unit_token(w) for w in x.words[start:end]):
        return False
    return any(_ident(w, brand) for w in x.wordset & y.wordset)


def replacement_part(x, y, brand) -> bool:
    """x names itself a replacement part (``wordclass.REPLACEMENT`` and an accessory
    head) and y, sharing a word of its name, prints neither that class nor a
    replacement word: a part replaces one *of* a device, and the model it names is the
    device's ("Sony WH-1000XM4 Ear Pads Replacement Cushions" / "Sony WH-1000XM4
    Black"), so y - whatever its words - is the device, or another part."""
    if W.REPLACEMENT.isdisjoint(x.wordset) or not W.REPLACEMENT.isdisjoint(y.wordset):
        return False
    hx = heads(x)
    if not hx or heads(y) or not hx.isdisjoint(_classes_before_with(y)):
        return False
    return any(_ident(w, brand) for w in x.wordset & y.wordset)


def _classes_before_with(p) -> frozenset:
    """(session 30, part30) The accessory classes p prints before its "with" phrase: a part y names only after
    "with" comes with the device - "Apple AirPods Pro 2 Replacement Charging Case" / "Apple AirPods Pro (2nd
    generation) with MagSafe Case" is the case alone against the earbuds sold with it."""
    k = _with_at(p)
    if k == len(p.words):
        return _classes(p)
    ws = p.words
    return frozenset(c for i in range(k) if (c := _acc_at(ws, i)) is not None and not _line_band(ws, i))


def bundled_with(x, y, brand) -> bool:
    """y's name is x's - an accessory - and after it another accessory x never
    prints, one a device is sold with (``wordclass.BUNDLED_CLASSES``): the product
    bundled with a second one ("Xbox Wireless Controller" / "Xbox Wireless Controller +
    USB-C Cable"); not a part word before it, which says what the accessory is for
    ("Battery Charger" is a charger)."""
    hx = heads(x)
    if not hx:
        return False
    hy = heads(y)
    extra = (hy - hx) & W.BUNDLED_CLASSES
    if not extra or not hx < hy or not _classes(x).isdisjoint(extra):
        return False
    ws = y.words
    last = max((i for i in range(len(ws)) if _acc_at(ws, i) in hx), default=-1)
    if last < 0 or not any(_acc_class(w) in extra for w in ws[last + 1:]):
        return False
    start, end = _name_range(x)
    ids = [w for w in x.words[start:end] if _ident(w, brand)]
    return bool(ids) and all(w in y.wordset for w in ids)


def _kind(w: str):
    return W.CATEGORY.get(w) or _acc_class(w)


def combo_of(x, y, brand) -> bool:
    """y is "<x's name> Combo" and prints a kind x never prints, or closes its name on
    the word and x names fewer than two kinds: the set against one of its items
    ("Logitech MX Keys S Wireless Keyboard" / "Logitech MX Keys S Combo - Keyboard, MX
    Master 3S Mouse"), the device against the device with its accessories ("DJI Mini 4
    Pro" / "DJI Mini 4 Pro Fly More Combo"); a title naming the same kinds without the
    word ("MK270 Wireless Keyboard & Mouse") is the combo."""
    if W.COMBO.isdisjoint(y.wordset) or not W.COMBO.isdisjoint(x.wordset):
        return False
    if not _us42.BUNDLE_WORDS.isdisjoint(x.wordset):
        return False  # (session 42, us42: "Keyboard and Mouse Bundle" is the "... Combo": one set)
    ws = y.words
    c = next(i for i, w in enumerate(ws) if w in W.COMBO)
    if _english.formats_listed(ws[:c], x.words):
        return False  # (session 22, en22: "Blu-ray/DVD Combo" / "[Blu-ray + DVD + Digital]": one combo pack)
    ids = [w for w in ws[:c] if _ident(w, brand)]
    if not ids:
        return False
    kx = {_kind(w) for w in x.words}
    if all(w in x.wordset for w in ids) and any(_kind(w) not in kx for w in y.wordset - x.wordset if _kind(w)):
        return True
    # (session 13: or x is one of the items the combo lists after the word and its own
    # name - "Logitech MX Master 3S" / "Logitech MX Keys S Combo (MX Keys S + MX Master 3S)")
    xi = [w for w in x.words if _ident(w, brand)]
    if xi and not all(w in ids for w in xi) and set(xi) <= set(ws[c + 1:]):
        return True
    # (or x's name is the start of y's, which closes on the word: "DJI Mini 4 Pro (DJI
    # RC-N2)" / "DJI Mini 4 Pro Fly More Combo (DJI RC-N2)" - the device and what comes
    # with it; not before a kind, which it describes - "Combo Coffee Maker" -, nor a
    # combo of kinds y names - "TV/DVD Combo" -, nor against x naming two kinds or a
    # "with" phrase - "Keyboard & Mouse", "TV with built-in DVD Player")
    start, end = _name_range(x)
    xs = [w for w in x.words[start:end] if _ident(w, brand)]
    before = set(ws[:c])
    if not xs or not all(w in before for w in xs) or not W.WITH_WORDS.isdisjoint(x.wordset):
        return False
    segs = y.segs
    j = c + 1
    if j < len(ws) and (segs is None or segs[j] == segs[c]) and _kind(ws[j]):
        return False
    if any(_kind(w) or _device_kind(w) for w in ws[:c]):
        return False
    return len({k for k in kx if k}) < 2


def for_variant(x, y, brand) -> bool:
    """Both the same accessory "for" a device, and y's device is x's with a variant
    word more ("Spigen Ultra Hybrid Case for Galaxy S24" / "... for Galaxy S24 *Ultra*"):
    two devices, two accessories - the variant word counts where it stands, in the
    "for" phrase (the brand's line may print it too: "Ultra Hybrid")."""
    i, j = _for_at(x.words), _for_at(y.words)
    if i < 0 or j < 0:
        return False
    hx = heads(x)
    if not hx or hx != heads(y):
        return False
    fx, fy = x.words[i + 1:_for_end(x, y, i)], y.words[j + 1:_for_end(y, x, j)]  # (fxac42: a Polish phrase's end)
    if not W.JOIN_WORDS.isdisjoint(fy) or len(set(fy)) < len(fy):
        return False
    sx = set(fx)
    return bool(sx) and sx < set(fy) and any(w in T.VARIANTS for w in set(fy) - sx)


def body_against_kit(x, y, brand) -> bool:
    """x is a camera's body ("Body", "Gehäuse", "boîtier") and y, naming no body, names a
    lens: the camera alone against its kit ("Canon EOS 2000D Body" / "Canon EOS 2000D
    with EF-S 18-55mm Kit Lens"), whatever else both print."""
    if W.BODY_WORDS.isdisjoint(x.wordset) or not W.BODY_WORDS.isdisjoint(y.wordset):
        return False
    if any(_acc_class(w) == "lens" and not lens_names_kind(x.words, i)  # (session 14, prec)
           for i, w in enumerate(x.words)):
        return False
    j = _for_at(y.words)
    # (a lens y names, not one it is "for" / "compatible with": "Body - compatible with
    # E-mount lens" is a body)
    if not any(_acc_class(w) == "lens" for w in (y.words[:j] if j >= 0 else y.words)):
        return False
    return any(_ident(w, brand) for w in x.wordset & y.wordset)


def _device_set(p) -> int:
    """N of "<N> <device kind> Kit/System/Set" (2..12): a set of N devices ("Arlo Pro 5
    - 3 Camera Kit", "Blink Mini 3 Camera System"), 0 when none.  (Not "<N> <kinds>": a
    page's "Page 4 | Laptops Outlet" counts no devices.)"""
    ws = p.words
    for i in range(len(ws) - 1):
        w = ws[i]
        if not w.isdigit() or not 2 <= int(w) <= 12:
            continue
        k = ws[i + 1]
        if k in W.DEVICE_KINDS and i + 2 < len(ws) and ws[i + 2] in W.SET_WORDS:
            return int(w)
    return 0


def device_set(x, y, brand) -> bool:
    """y sells a set of N devices and x, sharing its name, never prints N: the device
    against the multi-device kit."""
    n = _device_set(y)
    if not n or str(n) in x.wordset or _device_set(x):
        return False
    return any(_ident(w, brand) for w in x.wordset & y.wordset)


def replaced_device(x, y, brand) -> bool:
    """x names a replacement (``wordclass.REPLACEMENT``) of a part of the device y names
    - sharing its model, and y prints no replacement word, no accessory word and no pack
    count: "Jabra Elite 85t Replacement Earbud Left" / "Jabra Elite 85t", "Ersatz-Ladecase
    für Sony WF-1000XM5" / "Sony WF-1000XM5" (a part named by a word no class holds)."""
    if W.REPLACEMENT.isdisjoint(x.wordset) or not W.REPLACEMENT.isdisjoint(y.wordset):
        return False
    if _classes(y) or heads(y):
        return False
    f = y.facets
    if f and ("pack" in f or "_mult" in f):
        return False
    return any(_ident(w, brand) and not w.isalpha() for w in x.wordset & y.wordset)


def cable_against_adapter(x, y, brand) -> bool:
    """(session 30, part30) x's name is a cable, y's an adapter or a charger (one class: "Power Adapter" is a
    charger), neither printing the other's word, both naming the connectors alike: two kinds of connector goods
    ("Belkin USB-C to HDMI Cable 2m" / "Belkin USB-C to HDMI Adapter"), whatever the prices - both cost alike.
    A title naming both ("Charger with Cable", "Adapter Cable") is left to the other rules."""
    if heads(x) != _CABLE or heads(y) != _ADAPTER:
        return False
    if not _CABLE.isdisjoint(_classes(y)) or not _ADAPTER.isdisjoint(_classes(x)):
        return False
    if any(_LETTER_DIGIT.search(c) for c in x.codes & y.codes):
        # (one model number both print is the item's own, called a cable by one shop and an adapter by the
        # other: "Kenwood KCA-iP300V iPod Video Direct Cable" / "Kenwood iPod-Video Direct Adapter KCAIP300V")
        return False
    return any(_ident(w, brand) for w in x.wordset & y.wordset)


_CABLE, _ADAPTER = frozenset(("cable",)), frozenset(("charger",))


def _replaces(x, y) -> bool:
    return not W.REPLACEMENT.isdisjoint(x.wordset) and W.REPLACEMENT.isdisjoint(y.wordset)


_MARKS = W.COMBO | W.BODY_WORDS | W.REPLACEMENT | W.SET_WORDS


def _MARKED(ws) -> bool:
    return not _MARKS.isdisjoint(ws)


def accessory_conflict_s12(a, b, brand) -> float:
    """The session-12 evidence of ``accessory_conflict`` (2.0: a replacement part
    naming its device's model, whose part number the device's offer may carry)."""
    # (most pairs: no title names a part, a combo, a body, a replacement or a set)
    if not (_MARKED(a.wordset) or _MARKED(b.wordset) or heads(a) or heads(b)
            or _marked(a) or _marked(b)):  # (session 14, prec: an added product)
        return 0.0
    for x, y in ((a, b), (b, a)):
        if (comes_with(x, y, brand) or bundled_with(x, y, brand) or combo_of(x, y, brand)
                or for_variant(x, y, brand) or body_against_kit(x, y, brand) or device_set(x, y, brand)
                or added_product(x, y, brand) or part_named_with(x, y, brand)  # (session 14, prec)
                or cable_against_adapter(x, y, brand)):  # (session 30, part30)
            return 1.0
    for x, y in ((a, b), (b, a)):
        if replacement_part(x, y, brand) or replaced_device(x, y, brand):
            return 2.0
    return 0.0


# session 14, prec: a lens word that names the camera's kind ("Interchangeable *Lens*
# Digital Camera", "Wechselobjektiv-Kamera" is one word) is no lens the camera comes with:
# a body whose title says what kind of camera it is stays a body ("Sony Alpha a6400 ...
# Interchangeable Lens Digital Camera ... - Body Only" / "... with 16-50mm Zoom Lens")

def lens_names_kind(ws, i: int) -> bool:
    """Is the lens word ``ws[i]`` followed, one or two words on and before any "with" /
    "for" word, by a device's kind (``wordclass.DEVICE_KINDS``: "camera", "Kamera")?"""
    for j in range(i + 1, min(i + 3, len(ws))):
        w = ws[j]
        if w in W.WITH_WORDS or w in W.FOR_WORDS:
            return False
        if _device_kind(w):
            return True
    return False


# session 14, prec: the product with another product added after "with", " + " or
# "bundle" - a model number of its own ("Canon PG-545 + CL-546 Multipack", "Vertuo Next Bundle
# w/ Aeroccino3") or a device's kind ("Camera + Photo Printer") the product's name does not
# hold - is a bundle, not the product alone: the other title, naming no added thing at all,
# sells one item.  (An added accessory is ``bundled_with``'s; a feature names no model number
# nor device: "with Alexa Built-in", "w/ built-in DVD Player"; "compatible with ..." names
# what the product fits; a model number that extends the other's is its own: "with PoE
# GS724TP-100NAS".)
_ADD_MARKS = W.WITH_WORDS | frozenset("met com bundle bundled +".split())
_ADD_STOP = frozenset("built integrated eingebaut integre integrado integrato".split())
# ("+" glued to the word before it is the model's name or an age: "Roomba j7+", "4K+", "Ages 10+")
_ADD_SPLIT = re.compile(r"[a-z0-9]+|(?<!\S)[+]")
_ADD_SPAN = 4
# (a model number has a letter before a digit: "CL-546", "Aeroccino3"; "120fps" is a spec)
_LETTER_DIGIT = re.compile(r"[a-z]\d")


def _add_tokens(p):
    cleaned = p.facets.get("_cleaned") if p.facets else None
    if cleaned and " +" in cleaned:
        return _ADD_SPLIT.findall(cleaned)
    return p.words


def _marked(p) -> bool:
    return not _ADD_MARKS.isdisjoint(p.wordset) or (
        p.facets is not None and " +" in (p.facets.get("_cleaned") or ""))


def _hyphen_joined(x, left: str, mark: str) -> bool:
    """(session 31, dev31) Does x's raw title write ``left`` and ``mark`` as one hyphened word
    ("Joy-Con")?"""
    raw = x.rawtitle
    if type(raw) is not str or not _HYPHENS.search(raw):
        return False
    return re.search(r"(?<![^\W_])" + re.escape(left) + r"\s?[-\u2010\u2011]\s?" + re.escape(mark) + r"(?![^\W_])",
                     raw.lower()) is not None


_HYPHENS = re.compile(r"[-\u2010\u2011]")


def added_product(x, y, brand) -> bool:
    """x names, after an add mark (not in its first two words, not "compatible with"), a
    model number of 4+ characters (a letter before a digit) or a device's kind that y never
    prints, x's words before the mark name y's product (an identifying word both print, each
    of y's model numbers), and y has no add mark of its own."""
    if _marked(y):
        return False
    ts = _add_tokens(x)
    n = len(ts)
    for i in range(2, n - 1):
        if ts[i] not in _ADD_MARKS or ts[i - 1] in W.FOR_WORDS:
            continue
        if ts[i].isalpha() and _hyphen_joined(x, ts[i - 1], ts[i]):
            continue  # (session 31, dev31: "Joy-Con" - the Spanish "con" hyphened into a name, no "with")
        head = "".join(ts[:i])
        before = set(ts[:i])
        if not any(_ident(w, brand) and w in y.wordset for w in before):
            return False
        if any(c not in head for c in y.codes):
            return False  # (y's model is not all in x's name)
        phrase = []
        for w in ts[i + 1:i + 1 + _ADD_SPAN]:
            if w in W.FOR_WORDS or w in _ADD_MARKS or w in _ADD_STOP:
                break
            phrase.append(w)
        if any(_acc_class(w) for w in phrase):
            return False  # (an accessory with its own number: "with RFX-250 Antenna")
        joined = "".join(phrase)
        for c in x.codes:
            if (len(c) >= 4 and c in joined and _LETTER_DIGIT.search(c) and not T.is_unit_token(c)
                    and c not in y.full_compact and c not in head
                    and not any(c[:4] == d[:4] for d in y.codes) and _code_closes(phrase, c)
                    and not _co40.code_after_part_break(x.rawtitle, ts[i], c)):  # (session 40, co40)
                return True
        for j, w in enumerate(phrase):
            if _device_kind(w) and w not in y.wordset and w not in before:
                if _sw42.install_count(x, phrase, j, ts, i, y, _device_kind):
                    continue  # (session 42, sw42: "1 user, 5 PCs/Macs + 5 tablets": where a licence installs)
                return True
        return False
    return False


# (a pack word, or a colour's finish: "CL-546 Multipack", "Aeroccino3, Matte Black")
_PACK_CLOSERS = frozenset("multipack pack pk bundle set kit combo value matte matt glossy gloss satin metallic "
                          "brushed".split())


def _code_closes(phrase, c: str) -> bool:
    """Does model number ``c`` close the added phrase (colours, filler and pack words
    after it only)?  A noun after it names the kind of the numbered thing ("with RFX-250
    *Antenna*"), a part of the product as often as another product."""
    for j in range(len(phrase)):
        acc = ""
        for k in range(j, len(phrase)):
            acc += phrase[k]
            if acc == c:
                return all(w in T.COLOURS or w in W.FILLER or w in _PACK_CLOSERS for w in phrase[k + 1:])
            if not c.startswith(acc):
                break
    return False


# session 14, prec: the part alone against a product sold with it, whatever the product's
# kind ("Hydro Flask Wide Mouth Flex Straw Cap" / "Hydro Flask 32 oz Wide Mouth *Bottle* with
# Flex Straw Cap"): ``comes_with`` asks the other title to name a device; a bottle, a jar, a
# pot is no device, yet the cap, the lid, the strap it comes with is sold alone too.

def part_named_with(x, y, brand) -> bool:
    """x's name is an accessory (``heads``) and has no "with" phrase; y prints that
    accessory's class only after its "with" word, every identifying word of x's name
    elsewhere in y, and before "with" a word x never prints that is no spec, device,
    colour or filler, the last there among them (what y is: "Bottle", "Tumbler")."""
    hx = heads(x)
    if not hx or _with_at(x) < len(x.words):
        return False
    ws = y.words
    k = _with_at(y)
    if k == len(ws) or heads(y):
        return False
    if any(_acc_class(w) in hx for w in ws[:k]) or not any(_acc_class(w) in hx for w in ws[k + 1:]):
        return False
    start, end = _name_range(x)
    ids = [w for w in x.words[start:end] if _ident(w, brand)]
    if not ids or not all(w in y.wordset for w in ids):
        return False
    # (y's last word before "with" - the noun of what it is, past its colours and sizes -
    # is one x never prints: "Water *Bottle* with Flex Cap" / "Wide Mouth Bottle 32oz Flex
    # Cap" is one bottle)
    j = k - 1
    while j > 0 and (ws[j] in T.COLOURS or ws[j] in W.FILLER or not ws[j].isalpha()):
        j -= 1
    if ws[j] in x.wordset:
        return False
    # (a device's kind is ``comes_with``'s: "Camera with 18-45mm Lens" / "R50 Lens Kit")
    return any(w not in x.wordset and _ident(w, brand) and w.isalpha() and w not in W.FILLER
               and not _device_kind(w) and w not in W.DEVICE and not T.is_unit_token(w) for w in ws[:k])


# session 30, accw30: the device an accessory is for, named by one shop only.  "Apple *Watch* Sport
# Band 41mm" and "Apple Sport Band 41mm" are one band: where both titles' names are accessories of one
# class (``heads``) and the other title names no device at all, a device word one title prints before
# its accessory word ("Watch Band", "iPhone Case") says what the accessory is for, not which accessory.
# Two titles naming devices are compared by ``relations.device_conflict`` as before.
@per_offer
def _device_words(p) -> frozenset:
    return frozenset(w for w in p.wordset if w in W.DEVICE)


def device_words_unnamed(p, other) -> frozenset:
    """p's device words before its accessory word, where p and ``other`` name accessories of one
    class and ``other`` names no device (empty for most pairs)."""
    dp = _device_words(p)
    if not dp or _device_words(other):
        return frozenset()
    hp = heads(p)
    if not hp or hp.isdisjoint(heads(other)):
        return frozenset()
    ws = p.words
    first = min((i for i, w in enumerate(ws) if _acc_class(w) in hp), default=-1)
    return frozenset(w for w in ws[:first] if w in dp) if first > 0 else frozenset()


# session 30, accw30: one accessory class named by two words - in two languages or two shops' words:
# "Chargeur secteur" / "Power Adapter", "Kabel" / "Cable", "Bracelet" / "Band", "Displayschutz" /
# "Screen Protector", "Akku" / "Battery".  A class word one title prints, the other printing another
# word of that class, names the same class: no identifying word ("Ladegerät ... Power Adapter" /
# "Power Adapter" too).  Not the case class
# (a sleeve, a pouch, a folio and a case are kinds a maker sells apart), nor a mount's (a stand is no
# holder).
_SAME_CLASS = frozenset(("charger", "cable", "battery", "band", "protector"))


@per_offer
def _class_words(p) -> dict:
    out = {}
    for w in p.wordset:
        c = _acc_class(w)
        if c in _SAME_CLASS:
            out.setdefault(c, set()).add(w)
    return out


def class_words_translated(p, other) -> frozenset:
    """p's words of an accessory class (``_SAME_CLASS``) ``other`` names by other words only."""
    cp = _class_words(p)
    if not cp:
        return frozenset()
    co = _class_words(other)
    if not co:
        return frozenset()
    return frozenset(w for c, ws in cp.items() if c in co for w in ws if w not in other.wordset)


# session 42, ac42: one accessory named two ways in the slot after a model both titles print - "Fitbit Charge 6
# *Ladekabel*" / "Fitbit Charge 6 *Charging Cable*", "Nikon LC-67 *Objektivdeckel*" / "Nikon LC-67 ... *Lens Cap*",
# "Philips SH91/50 *Scherköpfe*" / "... *scheerkoppen*": the German compound and the English noun with the word
# describing it name one accessory class (``_acc_class``: the noun a compound or a run of accessory words ends on),
# so neither is a variant of the model.  Read only where the other title names that class by another word (two
# words of one class that both print - "Sport Band" / "Fabric Band" - leave the describing words variants), and
# only for the classes a maker sells one of under the model (not a case - a sleeve, a folio, a pouch are kinds a
# maker sells apart -, nor a band - "Sport Loop" / "Sport Band" -, nor a mount - a stand is no holder)
_SLOT_CLASSES = frozenset(("charger", "cable", "battery", "protector", "lid", "filter", "head", "blades", "refill",
                           "cushions"))


# (fxac42, attack42w) what a compound's first part or a noun itself says, in the English words that translate
# it - "*Lade*kabel" = "*charging* cable", "*Ersatz*filter" = "*replacement* filter", "*Akku*" = "*lithium*
# battery": a describing word in front of the noun that only restates it.  Any other describing word in front of
# the noun - the connector of "USB-*C* Ladekabel" / "USB-*A* Charging Cable" - is the variant, and the noun is
# then excused only where both titles print it (``slot_class_named_otherwise``)
_OWN_WORDS = {
    "lade": ("charging", "charge"),
    "ersatz": ("replacement", "spare"),
    "wechsel": ("replacement", "spare"),
    "schutz": ("protective", "protection"),
    "display": ("screen", "display"),
    "panzer": ("tempered", "screen"),
    "netz": ("power", "mains", "wall"),
    "akku": ("rechargeable", "lithium", "li", "ion", "liion"),
    "objektiv": ("lens",),
    "rasier": ("razor", "shaving", "shaver"),
    "scher": ("shaver", "shaving"),
    "aufsteck": ("replacement", "brush"),
    "ohr": ("ear",),
    "filter": ("filter",),
}


def _own_word(w: str, c, other) -> bool:
    """Is ``w`` (a describing word in front of an accessory noun of class ``c``) what a word of that class
    ``other`` prints says by its first part ("charging" against "Ladekabel"), or that first part against the
    English words ("Lade" against "charging cable")?"""
    for x in other.wordset:
        if _acc_class(x) != c:
            continue
        for pre, own in _OWN_WORDS.items():
            if x.startswith(pre) and w in own:
                return True
    own = _OWN_WORDS.get(w)
    return own is not None and not other.wordset.isdisjoint(own)


def slot_class_named_otherwise(ws, i: int, other) -> bool:
    """Is slot word ``ws[i]`` an accessory word - or a word describing the one after it (up to three words
    before it) - whose class (of ``_SLOT_CLASSES``; the last word of a run of accessory words: "Lens *Cap*")
    ``other`` names by another word only?  (fxac42, attack42w) Only where every describing word in front of
    the noun that ``other`` does not print is the noun's own translation (``_OWN_WORDS``: "*Charging* Cable"
    / "Ladekabel") or a filler: "USB-*C* Ladekabel" / "USB-*A* Charging Cable" name two cables."""
    j, n = i, len(ws)
    while j < n and j - i < 4 and _acc_class(ws[j]) is None:
        j += 1
    if j >= n or j - i >= 4:
        return False
    s = j
    while j + 1 < n and _acc_class(ws[j + 1]) is not None:
        j += 1
    c = _acc_class(ws[j])
    if c not in _SLOT_CLASSES or ws[j] in other.wordset:
        return False
    if not any(_acc_class(x) == c for x in other.wordset):
        return False
    # the describing words in front of the noun the other title does not print: from ``ws[i]``, or back from
    # the noun over such words (up to three)
    k = s
    while k > 0 and s - k < 3 and ws[k - 1] not in other.wordset:
        k -= 1
    for q in range(min(i, k), s):
        w = ws[q]
        if w in other.wordset or (w in W.FILLER and len(w) > 1) or w in T.COLOURS:
            continue
        if not _own_word(w, c, other):
            return False
    return True
