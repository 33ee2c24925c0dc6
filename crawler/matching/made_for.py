"""What an offer is made for: another maker's product "for" this one.

* ``maker_named_for``: one title names the other offer's maker after "for" / "compatible
  with" / "fits" / "replacement for" ("Waterdrop Replacement for Brita Standard Pitcher
  Filter" against "Brita Standard Replacement Filters"; "Anker charger for Apple iPhone"
  against "Apple 20W USB-C Power Adapter"), while its own title begins with another maker:
  a product made for that maker's, by another - a third-party copy, however alike the words.
  The makers are the titles' first words where an offer has no brand field.  Not where both
  print one part number (``model_numbers.share_code``): the part number names the product.
* ``compatible_device_shared`` (``relations``): "compatible with" a device the other title
  of the same maker names: one maker's accessory, no third party's.

(History: README.md, sessions 14 and 16, prec.)
"""

from __future__ import annotations

import re

from . import wordclass as W
from .model_numbers import share_code

# the words after which a title names what its product is made for
_FOR = frozenset(("for", "fits", "with"))
# (session 33, tb33: "for" in the shops' languages - "Beleuchtungsset für LEGO 10497" - was tried and taken
# back: a title whose maker the cleaning does not find, "Funda de silicona para Samsung Galaxy A55", then
# read as a third party's item, where the English "Silicone Case for Samsung ..." reads Samsung as its maker
# and is parted as an accessory - the tier ``tests/test_matching_s11_accessory.py`` asks for)
# (session 33, tb33) the words that say the maker's item is not in the box - "Light Kit for LEGO 10497 (LEGO
# set not included)", "Beleuchtungsset (LEGO Set nicht enthalten)", "(set LEGO non inclus)": the maker named
# there is what the item is made for, as after "for", never its own maker
_NOT_INCLUDED = (("not", "included"), ("nicht", "enthalten"), ("nicht", "inbegriffen"), ("non", "inclus"),
                 ("no", "incluido"), ("no", "incluida"), ("non", "incluso"), ("non", "inclusa"),
                 ("niet", "inbegrepen"))
_BEFORE_FOR = frozenset(("replacement", "compatible", "designed", "made", "fit", "fits", "works"))


# first words that name no maker ("Replacement Earpads for Sony ...": an unnamed maker's part)
_NO_MAKER = frozenset(("replacement", "compatible", "genuine", "original", "new", "premium", "universal",
                       "generic", "for", "the", "set", "pack", "pair", "oem", "official"))


def _maker(p) -> str:
    if p.brand:
        return p.brand
    ws = p.words
    return ws[0] if ws and ws[0].isalpha() and len(ws[0]) >= 3 and ws[0] not in _NO_MAKER else ""


def _names_for(p, maker: str) -> bool:
    """Does p's title name ``maker`` after "for" ("for Brita", "compatible with Brita",
    "replacement for Brita") and nowhere else ("Microsoft Xbox Controller for Xbox Series X"
    is Microsoft's Xbox controller: its own line's name)?"""
    ws = p.words
    found = False
    for i in range(len(ws)):
        if ws[i] == maker:
            if i and (ws[i - 1] in _FOR and ws[i - 1] != "with" or ws[i - 1] == "with" and i >= 2
                      and ws[i - 2] in _BEFORE_FOR):
                found = True
            elif not (found and _not_included_after(ws, i)):
                return False
    return found


def _not_included_after(ws, i: int) -> bool:
    """(session 33, tb33) Do the three words after ``ws[i]`` say it is not included ("LEGO set not
    included", "LEGO Set nicht enthalten")?  Read only after the title named the maker after "for"."""
    tail = ws[i + 1:i + 5]
    return any(tail[k:k + 2] == list(pair) for pair in _NOT_INCLUDED for k in range(len(tail) - 1))


_ORIGINAL = frozenset("original genuine oem originale original originalni oryginalny".split())


def maker_named_for(a, b) -> bool:
    """Does one offer's title name the other's maker after "for" (``_names_for``) while its own
    maker is another, and the other's title says no "for" of its own maker?"""
    if _FOR.isdisjoint(a.wordset) and _FOR.isdisjoint(b.wordset):
        return False  # (no "for", "with" or "fits")
    ma, mb = _maker(a), _maker(b)
    if bool(ma) != bool(mb) and not share_code(a.wordset, b.wordset, a.full_compact, b.full_compact):
        # (session 30, dev30: a title naming no maker of its own, the other's only after its "for" -
        # "65W USB-C Laptop Charger for Lenovo ThinkPad" / "Lenovo ThinkPad 65W USB-C Charger": a third
        # party's charger, unless it says it is the original)
        p, m = (a, mb) if mb else (b, ma)
        return _names_for(p, m) and _ORIGINAL.isdisjoint(p.wordset)
    if not ma or not mb or ma == mb or share_code(a.wordset, b.wordset, a.full_compact, b.full_compact):
        return False
    return (_names_for(a, mb) and not _names_for(b, mb) and ma not in b.wordset) \
        or (_names_for(b, ma) and not _names_for(a, ma) and mb not in a.wordset)


# --- "compatible with" in one title of two that lead with one maker's name ("Ringke Fusion
# Compatible with Samsung Galaxy A54 5G Case" / "Ringke Fusion Galaxy A54 5G Clear Case"):
# the device named after it is the one the other title names too - one maker's accessory for
# one device, written with and without the word, not a third party's version of an original
_COMPAT_LINK = W.WITH_WORDS | W.FOR_WORDS  # ("with", "for", "mit", "pour", "con", "para", ...: one table)
COMPATIBLE = frozenset("compatible compatibles compatibile compatibili kompatibel kompatibilni".split())


def compatible_device_shared(ws, i: int, other_words) -> bool:
    """After "compatible" at ``ws[i]`` (and its "with" / "for"), do two of the next three
    words name what the other title prints - a device ("Galaxy A54"): words the title
    never printed before the word, not its leading maker's ("HP ... 64XL Compatible with HP
    64XL" names its own product: a third party's)?"""
    j = i + 1
    if j < len(ws) and ws[j] in _COMPAT_LINK:
        j += 1
    before = set(ws[:i])
    return sum(1 for w in ws[j:j + 3] if w in other_words and w not in before and w != ws[0]) >= 2


# session 30, dev30: a third party's item that prints the maker's name and model as what it copies -
# "Epson 603XL *Compatible* Ink Multipack" / "Epson 603XL Ink Multipack", "Brother TN-247 Toner
# Compatible", "Replacement Battery for Samsung Galaxy S21 EB-BG991" / "Samsung EB-BG991 Battery
# Original": both titles name one brand, so the brand-led third-party reading (``brand`` < 1) never
# looked.  A bare "compatible" (not "compatible with ...": a maker's own goods may say what they fit;
# nor a washer's "HE compatible"), "remanufactured" or "aftermarket" in one title only, or a title
# opening with "Replacement" that names the other's maker only after its "for".
_MADE_AGAIN = frozenset("remanufactured reman aftermarket".split())
# (the maker's own list of what a consumable fits: "compatible printers / models / devices")
_LISTED = frozenset("""
printers printer models model devices device machines imprimantes imprimante impresoras impresora
drucker druckern stampanti stampante modelle modeles modelos modelli
""".split())
_LIST_COLON = re.compile(r"(?i)compatib\w*\s*:").search
_CONSUMABLES = frozenset("""
ink inks toner toners cartridge cartridges drum drums battery batteries akku filter filters capsules
capsule pods refill refills bags lamp bulb heads tinte tintenpatrone tintenpatronen patrone patronen
encre cartouche cartouches tinta cartucho cartuchos cartuccia cartucce
""".split())


def third_party_of_own_brand(a, b) -> bool:
    """Is one offer a third party's copy of the item the other is, by its title's words alone?"""
    if a.third_party == b.third_party:
        return False
    p, q = (a, b) if a.third_party else (b, a)
    ws, other = p.words, q.words
    if not ws or not other or not _ORIGINAL.isdisjoint(p.wordset):
        return False  # ("HP 305XL Original Ink - compatible printers: ...": the maker's own)
    n = len(ws)
    for i, w in enumerate(ws):
        if w in _MADE_AGAIN:
            return True
        if w in COMPATIBLE:
            if i + 1 < n and (ws[i + 1] in _COMPAT_LINK or ws[i + 1] == "to"):
                continue  # ("Compatible with / to MX492": what a maker's own cartridge fits)
            if (i + 1 < n and ws[i + 1] in _LISTED) or (i and ws[i - 1] in _LISTED) or _LIST_COLON(p.rawtitle or ""):
                continue  # ("compatible printers: DeskJet 2710", "Imprimantes compatibles", "Compatible:")
            # (by a consumable's noun, "Compatible Black Ink", "Ink Multipack Compatible": not a
            # spec's "G-SYNC Compatible", "Intel AMD Compatible", "HE Compatible", "Multi-Compatible")
            if not _CONSUMABLES.isdisjoint(ws[max(0, i - 2):i]) or not _CONSUMABLES.isdisjoint(ws[i + 1:i + 3]):
                return True
    if ws[0] == "replacement" and "for" in ws:
        j = ws.index("for")
        return other[0] in ws[j + 1:j + 3] and other[0] not in ws[:j]
    return False


def named_third_party(a, b) -> bool:
    """Does one title say it is a third party's item of the other's maker, by its words alone -
    ``maker_named_for`` or ``third_party_of_own_brand``?  The one reading the third-party column's
    three writers (``features.pair_features``, ``batch._first_row``, ``batch.batch_features``) call."""
    return maker_named_for(a, b) or third_party_of_own_brand(a, b)
