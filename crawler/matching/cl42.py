"""Session 42 (cl42): colours and finishes across shops and languages (``benchmarks/pairs/cl42.jsonl``),
by principle:

* **an Apple part number printed without its region / keyboard suffix** - "MLY33" / "MLY33LL/A", "MGN63"
  / "MGN63ZP/A": a shop prints the part number with or without the country kit's code, as HP's "#ABA" or
  Samsung's "/EU" (``relations._PACK_SUFFIXES``).  ``features._suffix_segment_there`` reads a code's
  letters glued on and then a segment of letters of its own as the maker's two marks of another variant
  ("FP-J50E-W"); the one to three letters and "/A" closing an Apple part number (M, F, N or P, three
  letters or digits, a digit) are one mark, the region (``apple_region``).  Two suffixes stay two codes
  ("MLY33LL/A" / "MLY33D/A", a US and a German keyboard; "Magic Keyboard" US / British English).

A leaf module: it imports nothing of the matcher.
"""

from __future__ import annotations

import re as _re

# an Apple part number (compacted, lower case): M (new), F (refurbished), N (service) or P (engraved), three
# letters or digits, a digit - "mly33", "mk9n2", "mgn63"
_APPLE_PART = _re.compile(r"[mfnp][a-z0-9]{3}\d").fullmatch


def apple_region(code: str, longer: str, segment: str) -> bool:
    """Is ``longer`` the Apple part number ``code`` with its region suffix - one to three letters glued on,
    then the segment "a" ("mly33" / "mly33lla", the title printing "MLY33LL/A")?"""
    return (segment == "a" and _APPLE_PART(code) is not None and 2 <= len(longer) - len(code) <= 4
            and longer.startswith(code) and longer.endswith("a"))


# --------------------------------------------------------------------------
# a colourway closing the title right after the maker's part number
# --------------------------------------------------------------------------
# (``raw_facets._closing_colours`` reads the colourway closing a title after a word naming the kind -
# "Smeg TSF01 2-Slice Toaster *Cream*" - or a device's memory; a maker's part number stands there as
# well: "KitchenAid Artisan 5KSM175PS *Almond Cream*", "Ray-Ban Clubmaster RB3016 *Havana*" - what a
# shop writes after the part number is the finish of that unit.  A part number: four characters or
# more, two letters and two digits at least, not a quantity ("500ml", "24h") nor a rating or a
# vitamin ("SPF50", "Q10", "B12"): "Nivea Q10 *Cream*" is the cream)
_CODE_END = _re.compile(r"(?<![\w.,])([a-z0-9][a-z0-9-]{3,})\W*$")
_QUANTITY = _re.compile(r"\d+(?:[.,]\d+)?[a-z]{1,4}").fullmatch
_NOT_CODES = ("spf", "upf", "q10", "ip", "pa", "uv", "b12", "coq10", "omega")

# frame colours of eyewear and a finish's names the colour tables lack: Havana (a tortoiseshell brown,
# as Ray-Ban, Persol and Oakley name it), tortoise
COLOURWAY_WORDS = {"havana": "brown", "tortoise": "brown", "tortoiseshell": "brown"}


def _is_code(tok: str) -> bool:
    d = sum(c.isdigit() for c in tok)
    a = sum(c.isalpha() for c in tok)
    if d < 2 or a < 2 or _QUANTITY(tok) or tok.startswith(_NOT_CODES):
        return False
    return True


def after_model_code(low: str, tail_words) -> bool:
    """Does the run of words ``tail_words`` closing ``low`` follow a maker's part number?"""
    i = len(low)
    for w in reversed(tail_words):
        j = low.rfind(w, 0, i)
        if j < 0:
            return False
        i = j
    m = _CODE_END.search(low, 0, i)
    return m is not None and _is_code(m.group(1))


# --------------------------------------------------------------------------
# a metal paint's texture
# --------------------------------------------------------------------------
# (``household24.sheen_differs`` compares a paint's sheen - flat, satin, gloss -; a metal paint is sold
# in a texture besides: Hammerite's "Smooth" and "Hammered" finishes of one colour and size are two
# paints, in the shops' languages.  Another axis than the sheen: "Smooth" / "Gloss" say nothing apart)
_TEXTURE = {
    "smooth": "smooth glatt lisse liso lisa liscio glad gladde",
    "hammered": "hammered hammerschlag hammerschlageffekt martele martelee martillado martelado martellato "
                "hamerslag",
}
_TEXTURE_OF = {w: k for k, ws in _TEXTURE.items() for w in ws.split()}


def texture_differs(words_a, words_b) -> bool:
    """Do two paints' titles (their words) name two textures and none in common?"""
    ta = {_TEXTURE_OF[w] for w in words_a if w in _TEXTURE_OF}
    if not ta:
        return False
    tb = {_TEXTURE_OF[w] for w in words_b if w in _TEXTURE_OF}
    return bool(tb) and ta.isdisjoint(tb)
