"""Amazon's titles against other US retailers' (session 38, us38).

* A maker's code is no word of a name.  "Google Nest Thermostat Snow GA01334-US" names its product with four
  words and restates it with a code; Amazon's title reads "Google Nest Thermostat - Smart Thermostat for Home
  - Programmable Wifi Thermostat - Snow".  The rules that tell a long marketplace title (a name and a feature
  list) from a short one compare the titles' lengths (``segments.name_end``: half as long again;
  ``wordclass._description``, ``rewordings.shared_kind_description``: twice as long).  Counted with its
  code's pieces ("ga01334", "us") the short title grew by two words, the long one was no longer "long", and
  its feature-list words - excused against "Google Nest Thermostat Snow" - parted the pair once the other
  shop printed its maker's code too.  A code on one side only (the other offer states none, in its title or
  MPN field) is one identifier, not words of a name: its pieces do not count in the short title's length
  (``name_length``).  The code itself is read by the code rules as before.

* A "with" phrase in a feature-list part of a long title - after the title's first part, another part after
  it - says what the product has, as a "for" phrase says what it is for ("Philips Sonicare 4100 Power
  Toothbrush, Rechargeable Electric *Toothbrush with Pressure Sensor*, White Mint" / "Philips Sonicare 4100
  Rechargeable Toothbrush White Mint HX3681/23": ``with_in_feature_part``, read by
  ``wordclass._in_attached_phrase``).  In the first part, where the product is named, a "with" names the
  model as often ("Magic Keyboard with Touch ID", "Tide PODS with Downy"), and so it stays a disagreement
  there; nor a phrase naming a colour, a variant or a bundled item.

This module imports no matcher module but ``offermemo``.
"""

from __future__ import annotations

from .offermemo import per_offer


@per_offer
def code_pieces(p) -> frozenset:
    """The positions of p's title words that spell one of its model codes (``Prepared.codes``: "ga01334us"
    from "GA01334-US", "910006556" from "(910-006556)", "mk293lla"): a part number, six characters or more, one
    word of letters and digits or a run of words a hyphen or slash joined.  A model's number in its name - "Forerunner
    *265*", "HP *67*", "Ryzen 5 *7600*", "T7", "3S" - is a word of the name and stays one."""
    codes = p.codes
    if not codes:
        return frozenset()
    ws = p.words
    n = len(ws)
    out = set()
    for i in range(n):
        run = ""
        for j in range(i, min(n, i + 6)):
            run += ws[j]
            if len(run) > 24:
                break
            if run in codes and len(run) >= 6 and (j > i or not run.isdigit()):
                out.update(range(i, j + 1))
                break
    return frozenset(out)


def name_length(p, other) -> int:
    """The number of p's title words, the pieces of a model code the other offer never prints not counted
    (``code_pieces``; a code both print is a shared word of the name: "Sony WH-1000XM5"), where the other
    offer states no code of its own, in its title or its MPN field."""
    pieces = code_pieces(p)
    if not pieces or other.codes or other.mpn:
        return len(p.words)  # (two offers' codes are compared by the code rules: "RT-KBHB06" / "RT-KBHBIPAD")
    ws = p.words
    oc = other.full_compact
    drop = 0
    i = 0
    n = len(ws)
    while i < n:
        if i in pieces:
            j = i
            while j + 1 < n and j + 1 in pieces:
                j += 1
            if "".join(ws[i:j + 1]) not in oc:
                drop += j - i + 1
            i = j + 1
        else:
            i += 1
    return n - drop


# the words that open a phrase saying what a product comes with ("Toothbrush *with* Pressure Sensor");
# "includes" / "including" name what is in the box, another item as often (``wordclass._BUNDLE_ITEMS``)
_WITH = frozenset(("with", "w", "featuring"))


def with_in_feature_part(j: int, p, other) -> bool:
    """Does p's word number ``j``, a "with", open a phrase in a part of p's title after its first part,
    with another part after it - an item of a marketplace title's feature list that restates the kind and
    says what it has ("Philips Sonicare 4100 Power Toothbrush, Rechargeable Electric *Toothbrush with
    Pressure Sensor*, White Mint", "Logitech MX Master 3S - Wireless Performance *Mouse with Ultra-fast
    Scrolling*, Ergo, 8K DPI, ...")?  The first part names the product: three words of it the other title
    prints.  A "with" in the title's first part, where the product is named,
    names the model as often ("Magic Keyboard with Touch ID", "Tide PODS with Downy": session 11's
    review keeps those), and so does one in the part closing the title ("..., Black - with Chime").
    (``wordclass._in_attached_phrase`` reads the rest: a kind word before it that both titles print, no
    number the other never prints, no bundled item, the other title attaching no phrase of its own.)"""
    segs = p.segs
    if segs is None or p.words[j] not in _WITH or not 0 < segs[j] < segs[-1]:
        return False
    # (the product named in the first part: three words there the other title prints - "Philips Sonicare
    # 4100", "Logitech MX Master 3S"; not a brand alone, "GE Profile - Opal 2.0 Nugget Ice Maker *with Side
    # Tank* - Stainless Steel", where the part with the "with" names the product and its variant)
    ow = other.wordset
    return len({w for w, s in zip(p.words, segs) if s == 0 and w in ow}) >= 3
