"""Session 25 (lead): the learned stage never calls two models of one line the same - each title
a model token of letters then digits the other does not print, the same letters and another number
(``stage.rival_codes``; since session 26 the number conflict of every tier,
``model_numbers.rival_codes_missing``).  Title-only offers, where no MPN or brand field tells the rules more."""

import pytest

from crawler.matching import match_method, match_many, same_product
from crawler.matching.model_numbers import rival_codes_missing
from crawler.matching.prepared import complete, prepare


def _prepared(title):
    return complete(prepare({"title": title}))

RIVALS = [
    # screen protectors for two generations of one phone (the wider domain called it .97)
    ("Whitestone Dome Glass Screen Protector for Galaxy S23 Ultra [2 Pack] Full Coverage Liquid "
     "Dispersion Tech, UV Light Included, Case Friendly",
     "Whitestone Dome Glass - Galaxy S24 Ultra Screen Protector, 2-Pack"),
    ("Spigen Tough Armor Case for Galaxy A55 5G - Black", "Spigen Tough Armor Galaxy A35 5G Hülle Schwarz"),
]

SAME = [
    # a model token printed by one title only is a detail the other leaves out, not a rival
    ("JBL FLIP 6 Waterproof Portable Bluetooth Speaker - Blue",
     "JBL Flip 6 - Portable Bluetooth Speaker, Powerful Sound and deep bass, IPX7 Waterproof, 12 Hours of Playtime"),
]


@pytest.mark.parametrize("a,b", RIVALS)
def test_two_models_of_one_line_stay_apart(a, b):
    A, B = {"title": a}, {"title": b}
    assert not same_product(A, B), match_method(A, B)
    assert not same_product(B, A)
    scores, same, tiers = match_many([A, B], [B, A])
    assert not same.any(), tiers


@pytest.mark.parametrize("a,b", SAME)
def test_a_token_on_one_side_only_is_no_rival(a, b):
    pa, pb = _prepared(a), _prepared(b)
    assert not rival_codes_missing(pa, pb) and not rival_codes_missing(pb, pa)


def test_rival_codes_reads_letters_then_digits():
    def rivals(a, b):
        pa, pb = _prepared(a), _prepared(b)
        return rival_codes_missing(pa, pb) > 0 and rival_codes_missing(pb, pa) > 0

    assert rivals("Philips LED Bulb E14 4.9W", "Philips LED Bulb E27 4.9W")
    assert rivals("Galaxy S23 case", "Galaxy S24 case")
    # the same token on both sides, or a list of both on one side: no rival
    assert not rivals("Galaxy S23 case", "Galaxy S23 Hülle")
    assert not rivals("case for Galaxy S23 / S24", "Galaxy S24 case")
    # a number alone or a unit is no model token of letters then digits
    assert not rivals("Energizer 2032 coin battery", "Energizer CR2032 coin battery")
