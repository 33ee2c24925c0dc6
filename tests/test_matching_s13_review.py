"""Session 13's review (issue #12): titles and fields the session's readers misread, found
by a reviewer on a fresh clone - a fraction of a litre is no list of sizes, "set" inside
another word names no set, a count before a fraction is no whole part, and a junk MPN of
thousands of characters costs no more than a short one."""

from __future__ import annotations

import pytest

from crawler.matching import match_method
from crawler.matching.prepared import prepare
from tests.pair_checks import assert_different, assert_same


@pytest.mark.parametrize("a,b", [
    ("Thermos Flasche 1/2 l", "Thermos Flasche 1 l"),
    ("Spiegelau Weinglas 1/4 l", "Spiegelau Weinglas 4 l"),
])
def test_a_fraction_of_a_litre_is_no_list_of_sizes(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a,b", [
    ("Thermos Flasche 1/2 l", "Thermos Flasche 0,5 l"),
    ("WMF Pfannenset 20/24/28cm", "WMF Pfannenset 20 cm 24 cm 28 cm"),
    ("Instant Pot Duo 5 1/2 Quart", "Instant Pot Duo 5.5 Qt"),
    # "set" inside a word is no set: "PC" after a game stays its platform
    ("The Settlers 7 PC", "The Settlers 7 (PC)"),
    ("HyperX Cloud II Gaming Headset 2 PC", "HyperX Cloud II Gaming Headset for PC"),
    # a count before a fraction of an inch is no whole part of it
    ("Bosch 10 1/4 inch Drill Bits", "Bosch 1/4 inch Drill Bits, 10 Pack"),
])
def test_one_product_read_right(a, b):
    assert_same(a, b)


def test_a_junk_mpn_is_cut_short():
    junk = "DLC Season Pass Add-on " * 8700
    # (the 200,000-character field is read as its first 64 characters: comparing a part
    # number's suffixes costs the square of its length)
    assert len(prepare({"title": "Acme Pan", "mpn": junk}).mpn) <= 64
    tier, _ = match_method({"title": "Acme Pan", "mpn": junk}, {"title": "Acme Pan", "mpn": junk[:-7]})
    # (session 27, mpn27: a field of words reads as no part code - no "model" evidence of its own;
    # the two identical titles decide)
    assert tier == "title"


def test_st_after_a_number_is_a_count_only_where_it_closes_the_title():
    from crawler.matching.titles import clean

    assert "36stk" in clean("Somat Gold 12 Dishwasher Tablets 36 St")
    assert "36stk" in clean("Somat Gold Tabs 36 St., Zitrone")
    assert "66stk" not in clean("Route 66 St. Louis Map")
