"""Session 38's mends of the attacker's findings on hh38's and eu38's excuses (fxhh38).

* A brand's suffix glued by a hyphen names another product of the brand's line: "Zyrtec-D", "Claritin-D",
  "Allegra-D" (with a decongestant), "Senokot-S" (with a stool softener).  The cleaned words ("zyrtec", "d")
  kept no trace of it - a lone letter is no identifying word, and ``mends34.model_letter_one_side`` leaves a
  hyphen-joined letter alone ("Wireless-N", "Wi-Fi") - so the name read "Zyrtec", and hh38's
  ``active_alone`` excused the ingredient the plain product prints ("Zyrtec Allergy *Cetirizine* 10 mg" /
  "Zyrtec-D Allergy 10 mg": one product for the matcher).  Read from the shop's own title
  (``brand_suffix_one_side``, a slot reader): a name word written as a name (a capital, then four or more
  small letters; no generic word) with "-" and one or two capitals closing the token, on one side only, where
  the other title prints the name word in Latin letters and never the word with those letters after it
  ("Zyrtec D" / "Zyrtec-D" is one product); the name word opens the title or is an offer's brand (a word further
  in is a spec's: "Linksys Dual-Band *Wireless-N* Gaming Adapter" / "... Wireless Gaming Adapter").  A word in capitals is a code's or a shouting shop's ("Intel
  BROADWELL-E" / "Broadwell Extreme", "FC-AL"), a name in another script no name word ("Oral-B" / "اورال بي").

* A listing's "Colors May Vary" / "Random Color" sells the line in whichever colourway the shop sends: it is
  no one colourway a title names ("Stanley Quencher H2.0 40 oz Tumbler, Colors May Vary" / "... Rose
  Quartz").  eu38 read the disclaimer as a claim (``claims``: no product words); it is read here as a colour
  value of its own, ``RANDOM_COLOUR`` (``facets.facets_of``), which conflicts with a colour the other title
  names and matches another random listing; a title naming no colour is compared as before.

This module imports no matcher module.
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------
# a brand's hyphen-glued suffix (read by ``variants.slot_conflict``)
# --------------------------------------------------------------------------
_BRAND_SUFFIX = re.compile(r"(?<![\w.,-])([A-Z][a-z]{3,})-([A-Z]{1,2})(?=$|[\s,;:)])")


def brand_suffix_one_side(a, b, generic=frozenset()) -> bool:
    """Does one offer's title glue "-X" / "-XY" (capitals) to a name word ("Zyrtec-D", "Senokot-S") where the
    other title prints the name word and never those letters after it?"""
    ra, rb = a.rawtitle, b.rawtitle
    if type(ra) is not str or type(rb) is not str or ("-" not in ra and "-" not in rb):
        return False
    for x, y, oy in ((ra, rb, b), (rb, ra, a)):
        if "-" not in x:
            continue
        for m in _BRAND_SUFFIX.finditer(x):
            word, suffix = m.group(1).lower(), m.group(2)
            if not _names_the_brand(word, m.start(), x, a, b):
                continue  # (a spec's letter after a word inside the name: "Pro205 Wireless-N" / "Wireless")
            if word in generic or word not in oy.wordset \
                    or not re.search(r"(?<![\w])" + word + r"(?![\w])", y, re.I):
                continue  # (the other writes the name in Latin letters itself: not "Oral-B" / "اورال بي")
            if re.search(r"(?<![\w])" + word + r"\s?-?\s?" + suffix + r"(?![a-z0-9])", y, re.I):
                continue  # (the other prints the suffix too: "Zyrtec D" / "Zyrtec-D")
            return True
    return False


_LEAD = re.compile(r"[^A-Za-z]*")


def _names_the_brand(word, at, title, a, b) -> bool:
    """Is the suffixed word the brand's name: the word the title opens with ("Zyrtec-D Allergy ...") or
    either offer's brand field?  A word further in is a spec's or a line's ("Linksys Dual-Band Wireless-N
    Gaming Adapter": 802.11n; review of session 38: the reader parted the WGA600N and the Pro205 from the
    same product's "Wireless" title)."""
    if at == _LEAD.match(title).end():
        return True
    for o in (a, b):
        brand = getattr(o, "brand", None)
        if type(brand) is str and brand.strip().lower() == word:
            return True
    return False


# --------------------------------------------------------------------------
# a random colourway (read by ``facets.facets_of``)
# --------------------------------------------------------------------------
RANDOM_COLOUR = "random colour"
_RANDOM_COLOUR = re.compile(r"(?<![\w])(?:colou?rs? (?:may|will) vary|random colou?rs?|colou?rs? random)(?![\w])")


def random_colour(cleaned: str) -> bool:
    """Does a cleaned title sell the line in a colour the shop picks ("Colors May Vary", "Random Color")?"""
    return ("vary" in cleaned or "random" in cleaned) and _RANDOM_COLOUR.search(cleaned) is not None
