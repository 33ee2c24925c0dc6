"""Session 37 (fxold37): older attacker findings (``benchmarks/pairs/attack37.jsonl``) mended as principles.

``apart(ca, cb)`` reads two cleaned titles (lower case, as ``facets`` keeps them) and says whether they name two
products by one of these signs:

* a revision numeral ("II", "III", "IV") closing the product's name in one title only, the other printing no
  revision at all (no numeral, "Mk2", "V2", "Gen 2"): "ROG Strix B550-F Gaming WiFi *II*" is the board's second
  revision, another product than "Strix B550-F Gaming WiFi";
* a processor's model number whose letter suffix differs, one side printing none or another ("Ryzen 5 7600*X*" /
  "Ryzen 5 7600", "7435*HS*" / "7435*H*"): the suffix is part of the model, read only after an AMD processor's
  family ("ryzen 5", "r7");
* a camera sold without its lens ("no lens", "without lens", "body only") against a title naming a zoom's focal
  range ("with 16-50mm"): the body is not the kit;
* a laptop's discrete graphics chip against the integrated graphics the other names ("MX550 2G" / "Intel Iris
  Xe").

This module imports no matcher module.
"""

from __future__ import annotations

import re

_REVISION = re.compile(r"(?<=[a-z0-9]) (ii|iii|iv)(?= |$)")
_ARABIC = {"ii": "2", "iii": "3", "iv": "4"}
_ANY_REVISION = re.compile(r"\b(?:ii|iii|iv|mk ?[2-9]|mk ?i+|mark ?(?:[2-9]|i+)|v[2-9]|gen ?[2-9]|2nd|3rd)\b")


def _revision_alone(x: str, y: str) -> bool:
    # (session 38, sp38, speed: each search below only where a literal every match holds stands - " ii" / " iv"
    # here, the words' letters for the others -, a substring test where the look-around-led or boundary-led
    # pattern was tried at every position: the same truth, a fifth of the time)
    if " ii" not in x and " iv" not in x:
        return False
    m = _REVISION.search(x)
    if m is None or _ANY_REVISION.search(y):
        return False
    # (the numeral in figures is the same revision: "Modern Warfare III" / "Modern Warfare 3", "Cloud II" /
    # "Cloud 2", "RDR2")
    if re.search(r"(?<![.,])\b\d*%s\b" % _ARABIC[m.group(1)], y) or re.search(r"[a-z]%s\b" % _ARABIC[m.group(1)], y):
        return False
    # the words just before the numeral are printed by the other title too (the same line, no revision there)
    # (a word, not a number or a measure: "EF-S 18-55mm III" is the lens's revision, printed beside the kit)
    before = x[: m.start()].split()[-2:]
    if not before or any(ch.isdigit() for ch in before[-1]):
        return False
    return len(before) == 2 and all(re.search(r"\b%s\b" % re.escape(w), y) for w in before)


# (AMD's only: an Intel code with its suffix - "i7-7700K" / "i7-7700" - is already two model codes, parted as
# "model" before this reads it)
_CPU = re.compile(r"\b(?:ryzen [3579]|r[3579])[ -]+(\d{4,5})([a-z]{0,3})\b")


_CPU_HINT = re.compile(r"r[3579][ -]").search


def _cpu_codes(c: str) -> dict:
    if "ryzen" not in c and _CPU_HINT(c) is None:
        return _NO_CODES  # (every match holds "ryzen" or "r", its digit and a space or hyphen)
    return {m.group(1): m.group(2) for m in _CPU.finditer(c)}


_NO_CODES: dict = {}


def _cpu_suffix_apart(ca: str, cb: str) -> bool:
    xa, xb = _cpu_codes(ca), _cpu_codes(cb)
    return any(n in xb and xb[n] != s for n, s in xa.items())


_NO_LENS = re.compile(r"\b(?:no lens|without (?:a )?lens|body only|ohne objektiv|sans objectif|solo corpo|solo cuerpo"
                      r"|nur gehause|boitier nu)\b")
_ZOOM = re.compile(r"\b\d{1,3} ?- ?\d{2,3} ?mm\b")


def _no_lens(t: str) -> bool:
    # (every match holds one of these literals)
    return ("lens" in t or "body" in t or "obje" in t or "corpo" in t or "cuerpo" in t or "gehause" in t
            or "boitier" in t) and _NO_LENS.search(t) is not None


def _zoom(t: str) -> bool:
    return "mm" in t and _ZOOM.search(t) is not None


def _body_against_kit(x: str, y: str) -> bool:
    return _no_lens(x) and not _zoom(x) and _zoom(y) and not _no_lens(y)



# --------------------------------------------------------------------------
# a laptop's graphics: a discrete chip against the integrated one
# --------------------------------------------------------------------------
# "MX550 2G" is no "Intel Iris Xe": one laptop has a graphics chip, the other none.  (The chip's memory - "RTX 3050
# 4GB" / "6GB" - is not compared: the laptop's RAM follows the chip's name as often, "RTX 3050 16GB 512GB", and
# six true pairs of laptops were parted by it; dropped.)
_DISCRETE = re.compile(r"\b(?:mx ?\d{3}|rtx ?\d{4}|gtx ?\d{3,4}|rx ?\d{3,4}[a-z]?)\b")
_INTEGRATED = re.compile(r"\b(?:iris xe|uhd graphics|integrated graphics)\b")


def _discrete(t: str) -> bool:
    # (every match holds "mx", "tx" - rtx, gtx - or "rx")
    return ("mx" in t or "tx" in t or "rx" in t) and _DISCRETE.search(t) is not None


def _integrated(t: str) -> bool:
    return ("iris xe" in t or "graphics" in t) and _INTEGRATED.search(t) is not None


def _gpu_apart(ca: str, cb: str) -> bool:
    for x, y in ((ca, cb), (cb, ca)):
        if _discrete(x) and not _integrated(x) and _integrated(y) and not _discrete(y):
            return True
    return False


def apart(ca, cb) -> bool:
    """Do two cleaned titles name two products by a revision, a processor's suffix, a body against its lens
    kit or a laptop's graphics?"""
    if not ca or not cb:
        return False
    for x, y in ((ca, cb), (cb, ca)):
        if _revision_alone(x, y) or _body_against_kit(x, y):
            return True
    return _cpu_suffix_apart(ca, cb) or _gpu_apart(ca, cb)
