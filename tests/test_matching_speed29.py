"""Session 29, speed29: cheaper gates in front of readers give what the readers gave.

``mpn_fields._field_read`` answers a field of ASCII digits without the cleaner
(``_field_read_slow`` is the long way); ``prepare`` / ``block_keys`` leave out the MPN
field's reading when the title's codes hold it already; ``synonyms._compound_consumable``
searches the compound heads before its lookbehind-led pattern; ``audience._audience_hint``
tests the number before the words; ``titles.extract_codes`` and ``raw_facets.read`` test a
"-" before the screw thread's hint.  Each is checked on input that needs the reader."""

from __future__ import annotations

import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:  # (run as a script)
    sys.path.insert(0, ROOT)

from crawler.matching import audience as A  # noqa: E402
from crawler.matching import mpn_fields as MF  # noqa: E402
from crawler.matching import raw_facets as RF  # noqa: E402
from crawler.matching import synonyms as S  # noqa: E402
from crawler.matching import titles as T  # noqa: E402
from crawler.matching.features import clear_cache, prepare  # noqa: E402
from crawler.matching.prepared import block_keys  # noqa: E402


def _digit_fields():
    rng = random.Random(29)
    out = ["123", "1234", "2024", "05389", "000123", "3306258", "8806090963537", "9" * 30, "1" * 31,
           "12345678901234567890123456789012345"]
    for n in range(1, 41):
        out.append("".join(rng.choice("0123456789") for _ in range(n)))
        out.append("0" * (n - 1) + "7")
    return out


def test_digit_field_read_as_the_long_way():
    for m in _digit_fields():
        assert MF._field_read(m) == MF._field_read_slow(m), m
    # (what it says: a code at 5-30 digits, never a unit)
    assert MF._field_read("05389") == (True, False)
    assert MF._field_read("2024") == (False, False)
    assert MF._field_read("1" * 31) == (False, False)


def test_other_fields_still_take_the_long_way():
    # (digits with a letter, a unit, a Unicode digit: the cleaner reads them)
    for m in ("128gb", "500ml", "smg991b", "3en1", "kj1234", "\u0661\u0662\u0663\u0664\u0665"):
        assert MF._field_read(m) == MF._field_read_slow(m), m
    assert MF._field_read("128gb") == (False, True)
    assert MF._field_read("smg991b") == (True, False)


def _offer(title, mpn):
    return {"title": title, "mpn": mpn}


def test_mpn_in_title_codes_as_before():
    clear_cache()
    # the field is a code the title prints: in the codes either way
    p = prepare(_offer("Samsung Galaxy S21 SM-G991B 128GB Phantom Grey", "SM-G991B"))
    assert p.mpn == "smg991b" and "smg991b" in p.codes
    # a part code the title does not print joins the codes; a size does not
    q = prepare(_offer("Case Logic CD Wallet Black", "CDE-72BLUE"))
    assert "cde72blue" in q.codes
    r = prepare(_offer("SanDisk Ultra microSD Card", "128GB"))
    assert "128gb" not in r.codes
    k = block_keys(_offer("Samsung Galaxy S21 SM-G991B 128GB Phantom Grey", "SM-G991B"))
    assert "smg991b" in k.allcodes
    k2 = block_keys(_offer("Case Logic CD Wallet Black", "CDE-72BLUE"))
    assert "cde72blue" in k2.allcodes


def test_compound_consumable_with_the_heads_gate():
    pattern = S._COMPOUND_RE
    for title, want in (("gillette fusion5 rasierklingen 8 stuck", True),
                        ("swiffer wischtucher nachfullpack 20", True),
                        ("staubsaugerbeutel fur miele 10 stuck", True),
                        ("philips scheermesjes sh50", True),
                        ("brillo notepads 3 pack", True),
                        ("scotch brite pads 3 pack", False),
                        ("klingen fur rasierer", False),
                        ("sony wh 1000xm4 headphones", False)):
        words = title.split()
        assert S._compound_consumable(words) is want, title
        assert (pattern(" ".join(words)) is not None) is want, title


def test_audience_still_dropped():
    for s, gone in (("lego technic set ages 10+ 1200 pieces", "ages 10+"),
                    ("catan board game 3-4 players", "3-4 players"),
                    ("puzzle 1000 pieces 12+ years", "12+ years")):
        out = A.audience_dropped(s)
        assert gone not in out, (s, out)
    # (no note: the text as it was)
    s = "samsung 980 pro 2tb nvme ssd"
    assert A.audience_dropped(s) == s
    assert A._audience_hint("lego set 4+") and A._audience_hint("board game 2 players")
    assert not A._audience_hint("samsung 980 pro 2tb") and not A._audience_hint("nintendo switch oled white")


def test_thread_read_behind_its_dash():
    # an inch screw thread is a size, no model code
    c, _u = T.clean_with_units("Hex Bolt 5/16-18 x 2 Zinc")
    codes, joined, numbers, _for = T.extract_codes(c)
    assert "51618" not in codes and "51618" not in joined
    facets = {}
    RF.read(facets, "Hex Bolt 5/16-18 x 2 Zinc", {}, {})
    assert RF.THREAD in facets
    facets = {}
    RF.read(facets, "Hex Bolt 5/16 x 2 Zinc", {}, {})
    assert RF.THREAD not in facets


if __name__ == "__main__":
    import pytest

    raise SystemExit(pytest.main([__file__, "-q", "-p", "no:cacheprovider"]))
