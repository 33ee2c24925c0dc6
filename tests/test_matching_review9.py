"""Cases a reviewer wrote against session 9's word classes (issue #12): grocery and toothpaste
variants are no marketing, a battery's chemistry is no spec to leave out, a known variant word
before the kind, an edition's name in a long title, titles of only generic words, placeholder
part numbers, and durations."""

from __future__ import annotations

import pytest

from crawler.matching import match_method, same_product
from crawler.matching.titles import norm_mpn


@pytest.mark.parametrize("a,b", [
    ("Red Bull Energy Drink 250ml", "Red Bull Sugar Free Energy Drink 250ml"),
    ("Barilla Spaghetti n.5 500g", "Barilla Gluten Free Spaghetti 500g"),
    ("Alpro Soya Drink 1L", "Alpro Soya Drink Low Fat 1L"),
    ("Colgate Total Toothpaste 75ml", "Colgate Total Whitening Toothpaste 75ml"),
    ("Energizer AA Batteries 8 Pack", "Energizer Lithium AA Batteries 8 Pack"),
    ("Duracell Plus AA 4 Pack", "Duracell Rechargeable AA 4 Pack"),
    ("WD Black SN850X SSD 2TB", "WD Black SN850X Heatsink SSD 2TB"),
    ("GoPro HERO11 Black Action Camera", "GoPro HERO11 Black Mini Action Camera"),
    ("Amazon Echo Dot 5th Gen", "Amazon Echo Dot Smart speaker Kids Edition with Alexa 5th Gen Owl"),
    ("Laundry Detergent", "Detergent Pods"),
    ("Smartphone", "Smartphone"),
    ("Original Scent", "Original Scent"),
])
def test_variants_and_generic_titles_are_not_the_same_product(a, b):
    assert not same_product({"title": a}, {"title": b}), match_method({"title": a}, {"title": b})
    assert not same_product({"title": b}, {"title": a})


@pytest.mark.parametrize("a,b", [
    ("Energizer Alkaline AA Batteries 8 Pack", "Energizer AA Batteries 8 Pack"),
    ("AMD Athlon X4 860K Black Edition 3.7GHz", "AMD Athlon X4 860k 3.7 GHz Black Low Noise Edition"),
    ("Tide Pods", "Tide Pods"),
])
def test_left_out_defaults_and_descriptions_are_no_variant(a, b):
    assert same_product({"title": a}, {"title": b}), match_method({"title": a}, {"title": b})


@pytest.mark.parametrize("mpn", ["000000", "999999", "XXXXXX", "123456", "1111-1111"])
def test_a_placeholder_part_number_is_none(mpn):
    assert norm_mpn(mpn) is None
    assert not same_product({"title": "Logitech Mouse", "mpn": mpn}, {"title": "Logitech Keyboard", "mpn": mpn})


def test_a_duration_is_read_with_a_narrow_tolerance():
    assert match_method({"title": "Norton 360 Deluxe 1 Year"}, {"title": "Norton 360 Deluxe 400 Days"})[0] == "conflict:units"
    assert not match_method({"title": "Norton 360 Deluxe 1 Year"},
                            {"title": "Norton 360 Deluxe 52 Weeks"})[0].startswith("conflict")


@pytest.mark.parametrize("b", ["Microsoft 365 Family 1 Year up to 6 people",
                               "Microsoft 365 Family 1 Year Subscription up to 6 people"])
def test_the_people_a_subscription_is_for_are_its_users(b):
    # "1 Year" is read as a term (the unit "1year"): the title is still about a subscription
    assert same_product({"title": "Microsoft 365 Family 1 Year 6 Users"}, {"title": b})
    assert match_method({"title": "Microsoft 365 Family 1 Year 6 Users"},
                        {"title": "Microsoft 365 Family 1 Year up to 5 people"})[0].startswith("conflict:")
