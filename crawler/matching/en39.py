"""Session 39 (en39): two wordings of one product's title - the words each title prints and the
other does not are plain describing words (a leaf module, read by ``relations.identifying_misses``).

Two shops name one product by its brand and its own name (a line or model name) and then describe
it, each in its own words: "Nutella Hazelnut Spread with *Cocoa*" / "Nutella *Chocolate* Hazelnut
Spread", "Dr. Martens 1460 Smooth *Leather Lace Up* Boots" / "Dr Martens 1460 *8-Eye* Boot".  Every
such word was an identifying word the other title lacks, so the pair had no title evidence and was
left apart ("weak" / "none").  The principle, read by word frequency (``wordfreq``'s Zipf scale, not
a table of this file's words):

* both titles print words the other lacks (two wordings), at most ``MAX_EXTRA`` each; a word on one
  side only ("Rival 3 *Wireless*", "Smart Band 8 *Active*", "Mach3 *Turbo*") is the shape of a near
  miss and is left to the other rules (tried: README, session 39);
* neither offer states a part number or model code the other does not (the number decides);
* the titles share the product's own name: an identifying word rare in English (Zipf below
  ``NAME_ZIPF``: "cicaplast", "martens", "cheerios") that is not the brand (a brand field's words,
  else a title's first word) - a brand alone names no product (Cetaphil *Gentle Skin* / *Daily
  Facial* Cleanser);
* every word one title prints and the other lacks is a common English word (Zipf ``WORD_ZIPF`` or
  more: a describing word, not a name or a code), of letters only, no kind word (two kinds are two
  products: Nuptse *Jacket* / *Vest*) and no variant marker the matcher reads elsewhere: no variant
  or tier word, colour, spec word (a scent, flavour, material: ``wordclass.SPEC``), edition word, nor
  one of ``MARKERS`` (describing words that name a variant of a line in every kind of goods: "light",
  "organic", "decaf", "wireless", "youth", "fresh" ...);
* no extra word stands beside a colour word (it names the colourway with it: "*warm* white" / "white
  *spectrum*");
* the two wordings stand at different places: words each title prints between the same two shared
  words are two values of one slot - two varieties ("Sunflower *Teddy Bear* Seeds" / "Sunflower
  *Russian Giant* Seeds", "*Honey Nut* Cheerios" / "*Chocolate Peanut Butter* Cheerios").

Numbers, units, counts and sizes are not read here: they stay conflicts where they differ.  ``wordfreq`` is
a dependency of the project: without it the matcher does not import (never a silently different rule)."""

from __future__ import annotations

import re

from .lingua import zipf as _zipf  # (wordfreq's Zipf frequency, memoised)

from . import titles as T
from . import wordclass as W

# a shared word this rare in English names the product (its line or model name)
NAME_ZIPF = 3.3
# a word this common in English, printed by one title only (the other printing its own), describes
WORD_ZIPF = 3.5
# at most this many describing words on either side
MAX_EXTRA = 2

# describing words that name a variant of one line in every kind of goods (not a scent, flavour or
# colour - those are ``wordclass.SPEC`` / colour words): a product with them is another product
MARKERS = frozenset("""
light lite organic decaf decaffeinated caffeine wireless wired cordless corded sensitive unscented
fragrance sugar diet zero free gluten lactose vegan kids kid junior baby toddler women men womens mens
party duet travel compact expansion extension refill refills replacement replacements core essential
essentials classic original sport sports extra super ultra premium deluxe signature limited special
thin thick slim wide narrow long short tall large small little big medium regular heavy duty
quick instant fast slow rapid mild hot spicy sweet salted unsalted whole reduced low high fat
double single triple dual twin max maximum mini micro nano plus pro advanced smart music
insulated waterproof rechargeable solar electric manual digital analog outdoor indoor
starter kit bundle set pack combo case cover only body base stand edition
youth adult adults teen teens universal
fresh crisp lush clean scented
""".split())

def _freq(w: str) -> float:
    return _zipf(w, "en")


def _describing(w: str) -> bool:
    return (w.isalpha() and len(w) >= 3 and w not in MARKERS and w not in W.VARIANT
            and w not in W._SPEC_OF and w not in W._EDITION_WORDS and w not in T._COLOUR_WORDS
            and w not in W.CATEGORY and W.canon(w) not in MARKERS and _freq(w) >= WORD_ZIPF)


def _named_both(shared, a, b) -> bool:
    """Do the titles share the product's own name - an identifying word rare in English that is
    not the brand (a brand field's words, else a title's first word)?"""
    firsts = {p.words[0] for p in (a, b) if p.words}
    for p in (a, b):
        if p.brand:
            firsts.update(p.brand.split())
    return any(w.isalpha() and len(w) >= 3 and w not in firsts and w not in W.GENERIC
               and _freq(w) < NAME_ZIPF for w in shared)


def two_wordings(miss_a, miss_b, shared, a, b) -> bool:
    """Are ``miss_a`` / ``miss_b`` (the identifying words each title prints and the other offer
    lacks) two wordings that describe one product whose name both titles share (``shared``: the
    identifying words both print)?  (Module docstring.)"""
    if not miss_a or not miss_b:
        return False
    if len(miss_a) > MAX_EXTRA or len(miss_b) > MAX_EXTRA:
        return False
    if a.mpn != b.mpn or a.codes != b.codes:
        # (a part number or model code one offer states and the other does not - or two - may name
        # another model of the line the words leave open: "Luxor workstation ..." [LEMSS-B] / "Luxor
        # laptop overhead workstation ..."; the words are no evidence against it)
        return False
    if not _named_both(shared, a, b):
        return False
    if not (all(_describing(w) for w in miss_a) and all(_describing(w) for w in miss_b)):
        return False
    # (a word beside a colour word names the colourway with it - "LED bulb ... *warm* white" / "...
    # white *spectrum*", "Midnight Black": a colour, which two offers of one product do not word apart)
    if _by_colour(a, miss_a) or _by_colour(b, miss_b):
        return False
    # (fxen39: a variant's name is a phrase - two extra words side by side, "Glacier Freeze", "Plant-
    # Based", "Healthy Weight", or a part of the title after a separator made of extra words only,
    # "Gaming Mouse *- Epic*", "Coffee Machine*, Next*", "Chewy Candy*, Sour,* 15.6 oz": the shop's
    # "Brand Line Kind, Variant" - the value of the variant slot, not a describing word)
    if _variant_phrase(a, miss_a) or _variant_phrase(b, miss_b):
        return False
    # (two values of one slot - words each title prints between the same two shared words, "Sunflower
    # *Teddy Bear* Seeds" / "Sunflower *Russian Giant* Seeds", "*Honey Nut* Cheerios" / "*Chocolate
    # Peanut Butter* Cheerios" - name two varieties of the line, not one product described twice)
    return _slots(a, b, miss_a).isdisjoint(_slots(b, a, miss_b))


def _slots(p, other, miss) -> set:
    """The gaps of p's title the words ``miss`` stand in: (the shared word before, the shared word
    after; None at an end)."""
    ws = p.words
    ow = other.wordset
    out = set()
    miss = set(miss)
    for i, w in enumerate(ws):
        if w not in miss:
            continue
        prev = next((x for x in reversed(ws[:i]) if x in ow), None)
        nxt = next((x for x in ws[i + 1:] if x in ow), None)
        out.add((prev, nxt))
    return out


_SEPARATOR = re.compile(r"\s[-\u2013\u2014|/]\s|[,;|()\[\]]")
_TOKEN = re.compile(r"[^\W_]+")


def _variant_phrase(p, miss) -> bool:
    """Do words of ``miss`` stand as a phrase in p's title - two side by side, or a whole part of
    the title after a separator (", X" / " - X")?"""
    miss = set(miss)
    ws = p.words
    if any(ws[i] in miss and ws[i + 1] in miss for i in range(len(ws) - 1)):
        return True
    raw = p.rawtitle if isinstance(p.rawtitle, str) else ""
    for part in _SEPARATOR.split(raw)[1:]:
        toks = _TOKEN.findall(part.lower())
        if toks and all(t in miss for t in toks):
            return True
    return False


def _by_colour(p, miss) -> bool:
    """Does a word of ``miss`` stand right beside a colour word in p's title?"""
    ws = p.words
    miss = set(miss)
    return any(w in miss and ((i and ws[i - 1] in T._COLOUR_WORDS)
                              or (i + 1 < len(ws) and ws[i + 1] in T._COLOUR_WORDS))
               for i, w in enumerate(ws))
