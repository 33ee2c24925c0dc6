"""A colour one shop prints and the other leaves out is no disagreement (issue #12): "Meta Quest 3
128GB" is the "Meta Quest 3 128 GB Mixed Reality Headset - White".  Unless the colour is a
name's word ("Nescafé Gold Blend"), the other title prints a word in its place ("Charcoal" /
"Cream", "Midnight Black" / "Edge", "Black" / "Tri-color"), or only the coloured title prints a
model number (then the other can be any colour of the family)."""

from __future__ import annotations

import pytest

from crawler.matching import match_method, same_product


@pytest.mark.parametrize("a,b", [
    ("Microsoft Xbox Series X 1TB Console", "Xbox Series X 1 TB Black Gaming Console"),
    ("Meta Quest 3 128GB", "Meta Quest 3 128 GB Mixed Reality Headset - White"),
    ("Nintendo Switch Pro Controller", "Nintendo Switch Pro Controller - Black"),
    ("OXO Good Grips 3-Piece Mixing Bowl Set - White", "OXO Good Grips 3 Piece Mixing Bowl Set"),
    ("Manette Nintendo Switch Pro", "Manette Nintendo Switch Pro - Noir"),
])
def test_a_colour_printed_by_one_shop_only_is_no_disagreement(a, b):
    assert same_product({"title": a}, {"title": b}), match_method({"title": a}, {"title": b})
    assert same_product({"title": b}, {"title": a})


@pytest.mark.parametrize("a,b", [
    ("Nescafe Gold Blend 200g", "Nescafe Blend 200g"),
    ("PlayStation DualSense Wireless Controller - Midnight Black", "PlayStation DualSense Edge Wireless Controller"),
    ("Stanley Quencher H2.0 FlowState Tumbler, 40 oz, Charcoal", "Stanley 40oz Quencher H2.0 FlowState Tumbler - Cream"),
    ("HP 67XL Black High-yield Ink Cartridge", "HP 67XL Tri-color High-yield Ink Cartridge"),
    ("LG 5.6 cu. ft. White Freestanding Electric Range LRE30453WH", "LG 5.6 cu.ft. Freestanding Electric Range"),
    ("Apple iPhone 15 Pro 256GB Natural Titanium", "Apple iPhone 15 Pro 256GB Blue Titanium"),
])
def test_a_colour_in_a_name_or_against_another_word_still_tells_products_apart(a, b):
    assert not same_product({"title": a}, {"title": b}), match_method({"title": a}, {"title": b})
    assert not same_product({"title": b}, {"title": a})


@pytest.mark.parametrize("a,b", [
    # the colour is the product: ink, pens, crayons, food and drink, a drive's line
    ("HP 63 Ink Cartridge, Black", "HP 63 Ink Cartridge"),
    ("Pilot G2 Gel Pens, Fine Point, Blue, 12 Pack", "Pilot G2 Gel Pens, Fine Point, 12 Pack"),
    ("Crayola Crayons 24 Count", "Crayola Crayons 24 Count, Pink"),
    ("Lipton Green Tea 100 bags", "Lipton Tea 100 bags"),
    ("Monster Energy Drink 16 oz 24 pack", "Monster Energy Drink White 16 oz 24 pack"),
    ("Lindt Excellence 100g", "Lindt Excellence White 100g"),
    ("WD 2TB Red NAS Hard Drive", "WD 2TB NAS Hard Drive"),
    ("Skippy Peanut Butter 16.3 oz", "Skippy Natural Peanut Butter 16.3 oz"),
])
def test_a_colour_that_is_the_product_still_tells_apart(a, b):
    assert not same_product({"title": a}, {"title": b}), match_method({"title": a}, {"title": b})


def test_a_price_beyond_any_float_is_no_price():
    a = {"title": "Meta Quest 3 128GB", "price": 10 ** 400}
    assert match_method(a, {"title": "Meta Quest 3 128GB"})[0] in ("title", "model")


@pytest.mark.parametrize("a,b", [
    ("Meta Quest 3 128GB Headset", "Meta Quest 3 128 GB Mixed Reality Headset"),
    ("Bose SoundLink Flex Portable Bluetooth Speaker - Black", "Bose SoundLink Flex Bluetooth Speaker - Black"),
])
def test_a_word_describing_a_devices_kind_is_no_disagreement(a, b):
    assert same_product({"title": a}, {"title": b}), match_method({"title": a}, {"title": b})


@pytest.mark.parametrize("a,b", [
    ("Anker Car Charger 30W", "Anker Charger 30W"),
    ("Echo Dot Kids Speaker", "Echo Dot Speaker"),
])
def test_a_word_naming_another_device_or_its_user_still_tells_apart(a, b):
    assert not same_product({"title": a}, {"title": b}), match_method({"title": a}, {"title": b})
