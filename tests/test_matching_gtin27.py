"""The matcher reads a GTIN given as a number and the same digits given as text alike, and a
"GTIN" of fewer than 8 significant digits is no GTIN (session 27, robust27)."""

from __future__ import annotations

import pytest

from crawler.matching import match_many, match_method

# (a, b): the same product in two shops, several languages, no MPN: only the GTIN or the title decides
PAIRS = [
    ({"title": "Stabilo Boss Original Textmarker gelb", "brand": "Stabilo"},
     {"title": "STABILO BOSS ORIGINAL Leuchtstift, gelb", "brand": "STABILO"}),
    ({"title": "Samsung 990 PRO 2TB NVMe SSD", "brand": "Samsung"},
     {"title": "SSD Samsung 990 Pro 2 To M.2 PCIe 4.0", "brand": "Samsung"}),
    ({"title": "Nescafé Gold Blend instant koffie 200 g", "brand": "Nescafé"},
     {"title": "Café soluble Nescafé Gold 200g", "brand": "Nescafe"}),
]


def _tiers(a, b):
    one = [match_method(a, b)[0], match_method(b, a)[0]]
    many = list(match_many([a, b], [b, a])[2])
    return one, many


@pytest.mark.parametrize("a,b", PAIRS)
@pytest.mark.parametrize("code", [123, 4567, 1234567])
def test_short_codes_are_no_gtin_as_int_or_str(a, b, code):
    """gtin=123 (an int, padded to "00000123", which passes mod-10) was tier 'gtin' .99 while
    gtin="123" was no GTIN: now neither is, nor "0000000000123" - both directions, both paths."""
    without = _tiers(a, b)
    for g in (code, str(code), str(code).zfill(13), str(code).zfill(8)):
        got = _tiers({**a, "gtin": g}, {**b, "gtin": g})
        assert "gtin" not in got[0] + got[1], (g, got)
        assert got == without, g


@pytest.mark.parametrize("a,b", PAIRS)
@pytest.mark.parametrize("code", [4006381333931, 74887615305, 614141000036])
def test_real_gtin_links_as_int_or_str(a, b, code):
    """A valid GTIN links the pair whether each side gives it as a number or as text, the
    UPC-A that lost its leading zero (74887615305) included."""
    text = str(code).zfill(12)  # (text keeps the leading zero the number lost)
    for ga, gb in ((code, code), (code, text), (text, code), (text, text.zfill(13)), (text.zfill(14), code)):
        one, many = _tiers({**a, "gtin": ga}, {**b, "gtin": gb})
        assert one == ["gtin", "gtin"] and many == ["gtin", "gtin"], (ga, gb, one, many)
