"""(session 39, cm39) Camera, lens and audio titles: one notation of a lens's
focal range and aperture, a camera's "Mk II" and a headphone's impedance sign,
read before the title is cut into words (``titles._clean_pre`` calls
``camera_read`` on the lower-cased text when it holds "mm", "mk" or an ohm
sign).  A leaf module: it imports nothing of the matcher.

* a focal range is one word however the shop spaces it: "28-75 mm",
  "28 - 75mm" and "28-75mm" are "28-75mm" (the shops that write the space got
  a joined number "2875" the other title never has, and the word "75" where
  the other has "75mm");
* a lens line's letters glued to its focal length ("XF16-55mm", "RF24-105mm",
  "EF50mm") are a word of their own, "xf 16-55mm", as the shops that space them
  write it, and an aperture glued after the "mm" ("16-55mmF2.8") is one too,
  and Canon's "L" spaced after the aperture is glued to it as most shops
  print it ("F4 L" = "f/4L", the code "f4l");
  only in a title that prints an aperture ("f/2.8", "F4", "1:4" - the cleaning
  writes them "f2.8") next to the focal length, so a part code's "mm" is never
  split;
* "Mk II", "MkII", "Mk2", "Mark 2" are "mark ii" (one generation: "Mark II"
  against "Mark III" keeps its conflict, as the words "ii" / "iii" differ);
* an ohm sign after a number is "ohm" ("80 Ω" = "80 Ohm"; the Latin folding
  read it as the letter "o").
"""

from __future__ import annotations

import re

# a focal length or range spaced before its "mm" or around its hyphen
_RANGE_SPACED = re.compile(r"(?<![\w.])(\d{1,3}(?:[.,]\d)?) ?- ?(\d{1,4}(?:[.,]\d)?) ?mm(?![a-z])")
# letters glued before a focal length / range followed by "mm" (the lens line: xf, rf, ef, rf-s)
_LINE_GLUED = re.compile(r"(?<![\w-])((?:[a-z]{1,3}-)?[a-z]{1,3})(\d{1,3}(?:-\d{1,4})?mm)(?=f?\d|\W|$)")
# an aperture glued after "mm" ("55mmf2.8")
_APERTURE_GLUED = re.compile(r"(\d)mm(f\d{1,2}(?:\.\d)?)(?![\w])")
# an aperture anywhere (the cleaning writes "f/2.8", "F2,8", "1:4" as "f2.8", "f4")
_APERTURE = re.compile(r"(?<![\w.])(?:f ?/? ?|1:)\d{1,2}(?:[.,]\d{1,2})?(?:-\d{1,2}(?:[.,]\d)?)?(?![\d])")
# the focal length / range next to it (the lens context): "NNmm" or "NN-NNNmm"
# Canon's "L" after the aperture, spaced ("F4 L", "F2.8 L"): written glued as most shops do ("f/4L",
# read as the code "f4l" both titles then share)
_APERTURE_L = re.compile(r"(?<![\w.])f ?/? ?(\d{1,2}(?:[.,]\d{1,2})?) l(?![\w])")
_FOCAL = re.compile(r"\d{1,4} ?mm")

_ROMAN = {"1": "i", "2": "ii", "3": "iii", "4": "iv", "5": "v"}
_MARK = re.compile(r"(?<![\w])(?:mk\.? ?|mark )(i{1,3}|iv|v|[1-5])(?![\w])")
_OHM = re.compile(r"(\d) ?[\u03a9\u2126](?![\w])")


def _mark(m) -> str:
    g = m.group(1)
    return " mark " + _ROMAN.get(g, g) + " "


def ohm_read(text: str) -> str:
    """ "80 Ω" is "80 ohm" (before the Latin folding makes the sign an "o")."""
    if "\u03a9" not in text and "\u2126" not in text:
        return text
    return _OHM.sub(r"\1 ohm", text)


def camera_read(s: str) -> str:
    """The lower-cased title with one notation of a lens's focal range, its
    line letters and aperture, and a camera's mark (see the module's text)."""
    if "mk" in s or "mark " in s:
        s = _MARK.sub(_mark, s)
    if "mm" not in s or not _FOCAL.search(s):
        return s
    if "mmf" in s:
        s = _APERTURE_GLUED.sub(r"\1mm \2", s)
    if not _APERTURE.search(s):
        return s
    s = _RANGE_SPACED.sub(lambda m: m.group(1) + "-" + m.group(2) + "mm", s)
    s = _LINE_GLUED.sub(r"\1 \2", s)
    if "l" in s:
        s = _APERTURE_L.sub(r"f/\1l", s)
    return s


# ---------------------------------------------------------------- a lens's focal lengths and apertures
# (a ``variants.SLOT_READERS`` row: two titles that both print a lens's focal range / aperture name
# the same lens, or the same kit's lenses, only when they print the same ones)
_SPEC_RANGE = re.compile(r"(?<![\d.,])(\d{1,4})(?:[.,]\d)? ?[-\u2013] ?(\d{1,4})(?:[.,]\d)? ?mm(?![a-eg-z])")
_SPEC_PRIME = re.compile(r"(?<![\d.,\-\u2013])(\d{1,4}) ?mm ?(?=f ?/? ?\d|1:\d)")
_SPEC_APERTURE = re.compile(r"(?:(?<![\w.])|(?<=mm))(?:f ?/? ?|1:)(\d{1,2}(?:[.,]\d{1,2})?)"
                            r"(?: ?- ?(?:f ?/? ?)?(\d{1,2}(?:[.,]\d{1,2})?))?(?![\d.,]?\d| [.,]\d)")
# (a number followed by " .5" is an aperture a catalogue cut - "f/3 .5 -5.6" -: left unread)


def _f(x: str) -> str:
    x = x.replace(",", ".")
    return x[:-2] if x.endswith(".0") else x


_SPEC_MEMO: dict = {}


def lens_specs(title) -> tuple:
    """(focal lengths, apertures) a title prints: the ranges "18-45mm" anywhere, a prime's "50mm" only
    before an aperture; the apertures ("f/2.8", "F3.5-5.6", "1:4") only in a title printing a focal
    length (a lens's or a kit's)."""
    if type(title) is not str or "mm" not in title.lower():
        return (), ()
    got = _SPEC_MEMO.get(title)
    if got is not None:
        return got
    s = title.lower()
    focal = {(int(m.group(1)), int(m.group(2))) for m in _SPEC_RANGE.finditer(s)
             if 0 < int(m.group(1)) < int(m.group(2)) <= 2000}
    focal |= {(int(m.group(1)),) for m in _SPEC_PRIME.finditer(s) if 0 < int(m.group(1)) <= 2000}
    aps = frozenset((_f(m.group(1)), _f(m.group(2))) if m.group(2) else (_f(m.group(1)),)
                    for m in _SPEC_APERTURE.finditer(s)) if focal else frozenset()
    got = (frozenset(focal), aps)
    if len(_SPEC_MEMO) > 50000:
        _SPEC_MEMO.clear()
    _SPEC_MEMO[title] = got
    return got


# the makers' words for a stabilised lens (Canon IS, Sony OSS, Nikon VR, Tamron VC, Fujifilm / Panasonic OIS)
_STABILISER = frozenset(("is", "oss", "vr", "vc", "ois"))
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _printed_numbers(title: str) -> frozenset:
    return frozenset(_f(x) for x in _NUMBER.findall(title.lower()))


def _unprinted(specs, other_title: str) -> bool:
    """Is some focal length / aperture of ``specs`` one whose numbers the other title never prints (a
    title cut into pieces - "17mm 85mm f/4 .0 -5.6" - still prints the numbers of "17-85mm f/4-5.6")?"""
    nums = _printed_numbers(other_title)
    return any(not all((_f(str(x)) if type(x) is int else x) in nums for x in spec) for spec in specs)


def lens_specs_differ(a, b) -> bool:
    """Both titles print a lens's focal lengths (or both its apertures), and one prints one whose
    numbers the other never does: "RF-S 18-45mm Kit" / "RF-S 18-45mm + RF-S 55-210mm Double Kit",
    "70-200mm F4" / "70-200mm f/2.8"; or, both printing apertures, one names a stabiliser the other
    does not ("f/4L IS USM" / "f/4L USM")."""
    fa, pa = lens_specs(a.rawtitle)
    if not fa:
        return False
    fb, pb = lens_specs(b.rawtitle)
    if not fb:
        return False
    if pa and pb and _STABILISER.isdisjoint(a.wordset) != _STABILISER.isdisjoint(b.wordset):
        # (a stabilised lens on one side only where both write the lens out with its aperture:
        # "70-200mm f/4L IS II USM" / "70-200mm f/4L USM"; a kit's lens named in passing - "with
        # 16-50 mm Lens", "+ 18-55mm Kit" - leaves out its stabiliser: labcmp lost 5 when asked of those)
        return True
    ta, tb = a.rawtitle, b.rawtitle
    if fa != fb and (_unprinted(fa - fb, tb) or _unprinted(fb - fa, ta)):
        return True
    return bool(pa) and bool(pb) and pa != pb and (_unprinted(pa - pb, tb) or _unprinted(pb - pa, ta))
