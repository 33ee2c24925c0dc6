"""Session 23, en (issue 12): English words a shop adds or drops that name no other product
(``crawler.matching.en_recall23``).  Each principle with real-style titles of pairs that have
it, and the near misses it must keep apart (size, count, colour, flavour, variant, kind)."""

from __future__ import annotations

import pytest

from crawler.matching import match_many, same_product
from tests.pair_checks import assert_different, assert_same


def _batch_agrees(a: str, b: str) -> None:
    _, same, _ = match_many([{"title": a}, {"title": b}], [{"title": b}, {"title": a}])
    assert bool(same[0]) == same_product({"title": a}, {"title": b}) == bool(same[1])


# --- the activity a product is made for -----------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Giro Syntax MIPS Road Bike Helmet, Matte Black, Medium", "Giro Syntax MIPS Helmet Matte Black M"),
    ("Kryptonite Fahgettaboudit Mini Bike Lock - New York", "Kryptonite New York Fahgettaboudit Mini Lock"),
    ("Garmin Edge 530 GPS Cycling Computer", "Garmin Edge 530 GPS Bike Computer"),
])
def test_activity_word_on_one_side(a, b):
    assert_same(a, b)
    _batch_agrees(a, b)


@pytest.mark.parametrize("a, b", [
    # two activities are two products
    ("Giro Syntax MIPS Road Bike Helmet, Matte Black, Medium", "Giro Syntax MIPS Mountain Bike Helmet, Matte Black, Medium"),
    ("Wilson Pro Staff Tennis Racket Grip 3", "Wilson Pro Staff Squash Racket Grip 3"),
    # the activity excused, the size still compared
    ("Giro Syntax MIPS Road Bike Helmet, Matte Black, Medium", "Giro Syntax MIPS Helmet Matte Black, Large"),
    # a variant word beside it still counts
    ("Garmin Edge 530 GPS Cycling Computer", "Garmin Edge 830 GPS Bike Computer"),
])
def test_activity_near_misses_stay_apart(a, b):
    assert_different(a, b)
    _batch_agrees(a, b)


# --- a maker's name of two or three words leading one title -----------------------------------

@pytest.mark.parametrize("a, b", [
    ("Taylors of Harrogate Yorkshire Tea, 160 Teabags 500g", "Yorkshire Tea 160 Tea Bags"),
    ("Image-Line FL Studio 21 Producer Edition", "FL Studio 21 Producer Edition"),
    ("EA Sports Madden NFL 24 Standard Edition PS5", "Madden NFL 24 - PlayStation 5"),
])
def test_leading_maker_name(a, b):
    assert_same(a, b)
    _batch_agrees(a, b)


@pytest.mark.parametrize("a, b", [
    # a leading flavour or make-up is another product of the line
    ("Multi Grain Cheerios Cereal, 18 oz", "Cheerios Original Cereal, 18 oz"),
    ("Honey Nut Cheerios Cereal, 18 oz", "Cheerios Cereal, 18 oz"),
    # a title opening with a common word names no product
    ("Chief Manufacturing Dual Swing Arm LCD Wall Mount", "Dual Swing Arm Wall Mount"),
    # the maker excused, the count still compared
    ("Taylors of Harrogate Yorkshire Tea, 160 Teabags 500g", "Yorkshire Tea 80 Tea Bags"),
    # and the edition
    ("Image-Line FL Studio 21 Producer Edition", "FL Studio 21 Signature Edition"),
])
def test_leading_words_that_are_no_maker(a, b):
    assert_different(a, b)
    _batch_agrees(a, b)


# --- kinds of grocery and pet products ------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Vegemite 380g Jar", "Bega Vegemite Spread 380g"),
    ("Marmite Yeast Extract Spread 250g", "Marmite Yeast Extract 250g Jar"),
])
def test_kind_on_one_side(a, b):
    assert_same(a, b)
    _batch_agrees(a, b)


@pytest.mark.parametrize("a, b", [
    ("Vegemite Spread 380g Jar", "Vegemite Spread 220g Jar"),
    ("Milk-Bone Original Dog Treats, Medium, 24 oz", "Milk-Bone Original Dog Food, Medium, 24 oz"),
])
def test_kind_near_misses(a, b):
    assert_different(a, b)
    _batch_agrees(a, b)


# --- "Ultra-compact": a degree, no variant ------------------------------------------------------

def test_ultra_compact_is_no_ultra():
    assert_same("RODE VideoMicro II", "Rode VideoMicro II Ultra-compact On-camera Shotgun Microphone")
    _batch_agrees("RODE VideoMicro II", "Rode VideoMicro II Ultra-compact On-camera Shotgun Microphone")


def test_ultra_still_a_variant():
    assert_different("Anker PowerCore 10000 Ultra Power Bank", "Anker PowerCore 10000 Power Bank")


# --- a colour one title closes on: chargers, cables, cookware ---------------------------------

@pytest.mark.parametrize("a, b", [
    ("Lodge 10.25 Inch Cast Iron Skillet", "Lodge 10.25 Inch Cast Iron Skillet, Black"),
    ("Apple USB-C to Lightning Cable (1 m)", "Apple USB C to Lightning cable 1m White"),
    ("T-fal Ultimate Hard Anodized Nonstick Cookware Set 12 Piece, Black",
     "T-Fal Ultimate Hard Anodized 12-Pc Nonstick Cookware Set"),
])
def test_finish_colour_on_one_side(a, b):
    assert_same(a, b)
    _batch_agrees(a, b)


@pytest.mark.parametrize("a, b", [
    ("Lodge 10.25 Inch Cast Iron Skillet, Black", "Lodge 10.25 Inch Cast Iron Skillet, Red"),
    ("Apple USB-C to Lightning Cable (1 m)", "Apple USB-C to Lightning Cable (2 m) White"),
    ("Apple USB-C to Lightning Cable 1m", "Apple USB-C Charge Cable 1m (USB-C to USB-C)"),
    # a consumable's colour is the product
    ("HP 63 Ink Cartridge", "HP 63 Black Ink Cartridge"),
    # a word before a cable's kind still names it
    ("Kryptonite Evolution Mini-7 U-Lock w/ 4ft Cable", "Kryptonite Evolution Mini-7 U-Lock (no cable)"),
    ("OXO Good Grips Y-Peeler", "OXO Good Grips Swivel Vegetable Peeler"),
])
def test_finish_colour_near_misses(a, b):
    assert_different(a, b)
    _batch_agrees(a, b)


# --- a colour abbreviated -------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("BOSE QC ULTRA EARBUDS BLK", "Bose QuietComfort Ultra Wireless Noise Cancelling Earbuds, Black"),
    ("Apple iPhone 15 Pro Silicone Case with MagSafe - Black", "iPhone 15 Pro Silicone Case w/ MagSafe Blk | Apple"),
])
def test_colour_abbreviated(a, b):
    assert_same(a, b)
    _batch_agrees(a, b)


@pytest.mark.parametrize("a, b", [
    ("Apple iPhone 15 Pro Silicone Case with MagSafe - White", "iPhone 15 Pro Silicone Case w/ MagSafe Blk | Apple"),
    ("Apple iPhone 15 Pro Silicone Case Blk", "Apple iPhone 15 Pro Max Silicone Case Black"),
])
def test_colour_abbreviated_near_misses(a, b):
    assert_different(a, b)
    _batch_agrees(a, b)


# --- the unit a pack is counted in --------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Navigator Universal A4 Paper 80gsm 500 Sheets", "Navigator A4 80g/m2 Multipurpose Copier Paper, 1 Ream (500)"),
    ("Vitamix 5200 Standard Blender Black 64oz", "Vitamix 5200 Blender, Professional-Grade, 64 oz. Container, Black"),
])
def test_counting_noun_on_one_side(a, b):
    assert_same(a, b)
    _batch_agrees(a, b)


@pytest.mark.parametrize("a, b", [
    ("Comply Foam Ear Tips TrueGrip Pro AirPods Pro Medium 2 Pairs", "Comply Foam Ear Tips TrueGrip Pro AirPods Pro Medium 3 Pairs"),
    ("Stabilo Boss Original Highlighters, 6-Pack Assorted", "STABILO BOSS ORIGINAL Highlighter Wallet of 4 Assorted Colours"),
    ("Navigator Universal A4 Paper 80gsm 500 Sheets", "Navigator A4 100g/m2 Multipurpose Copier Paper, 1 Ream (500)"),
    ("Vitamix 5200 Standard Blender Black 48oz", "Vitamix 5200 Blender, Professional-Grade, 64 oz. Container, Black"),
])
def test_counting_noun_near_misses(a, b):
    assert_different(a, b)
    _batch_agrees(a, b)


# --- "Premium" praising the thing both titles name ---------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Energizer MAX AA Batteries, Premium Alkaline Double A Batteries, 48 Count", "Energizer Max Alkaline AA Batteries 48 Count"),
    ("Heineken Lager Beer 12 x 330 ml Bottles", "Heineken Premium Lager 12 Pack 330ml Bottle"),
])
def test_premium_claim(a, b):
    assert_same(a, b)
    _batch_agrees(a, b)


@pytest.mark.parametrize("a, b", [
    ("Microplane Premium Classic Zester, Black", "Microplane Classic Zester/Grater - Black"),
    ("Windows 7 Home Premium 64-bit", "Windows 7 Home 64-bit"),
    ("Norton 360 Premium 10 Devices", "Norton 360 Deluxe 10 Devices"),
    ("Heineken Premium Lager 12 x 330ml", "Heineken Lager 24 x 330ml"),
])
def test_premium_tier_near_misses(a, b):
    assert_different(a, b)
    _batch_agrees(a, b)


# --- "Genuine Accessory": the maker's label for its own part ---------------------------------------

def test_official_accessory_label():
    a, b = "Samsung Galaxy S24 Ultra Silicone Case - Black", \
        "Official Samsung Silicone Cover for Galaxy S24 Ultra | Black | Genuine Accessory"
    assert_same(a, b)
    _batch_agrees(a, b)


@pytest.mark.parametrize("a, b", [
    # the device it fits still counts
    ("Samsung Galaxy S24 Ultra Silicone Case - Black", "Official Samsung Silicone Cover for Galaxy S24 | Black | Genuine Accessory"),
    # and the colour
    ("Samsung Galaxy S24 Ultra Silicone Case - Black", "Official Samsung Silicone Cover for Galaxy S24 Ultra | Violet | Genuine Accessory"),
])
def test_official_accessory_near_misses(a, b):
    assert_different(a, b)
    _batch_agrees(a, b)
