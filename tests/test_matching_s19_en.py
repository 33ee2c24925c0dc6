"""Session 19, en (issue #12): wrong "same" calls on English titles - a release named by a
possessive before "Version" ("Taylor's Version") is another release than the plain one; a tyre's
size is a size, no model number; a motor oil's base (full synthetic / blend / conventional)."""

from __future__ import annotations

import pytest

from tests.pair_checks import assert_different, assert_same


# --- a possessive before "Version" names a release (``editions.named_editions``)

@pytest.mark.parametrize("a,b", [
    ("Taylor Swift - Red (Taylor's Version) 2CD", "Taylor Swift - Red CD"),
    ("Taylor Swift Fearless (Taylor's Version) Vinyl 3LP", "Taylor Swift Fearless Vinyl 3LP"),
    ("Taylor Swift - Speak Now (Taylor's Version) CD", "Taylor Swift - Speak Now (2010) CD"),
])
def test_a_possessive_version_is_another_release(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a,b", [
    ("Taylor Swift - Red (Taylor's Version) CD", "Taylor Swift Red Taylors Version CD"),
    ("Taylor Swift - Fearless (Taylor's Version) CD", "Fearless (Taylor's Version) - Taylor Swift CD"),
    # (a version no possessive names stays a format or language word)
    ("Adobe Photoshop Elements 2024 Full Version", "Adobe Photoshop Elements 2024"),
    ("Minecraft Java Edition PC", "Minecraft Java Edition for PC"),
])
def test_one_release_named_either_way_stays_the_same(a, b):
    assert_same(a, b)


# --- a tyre size is a size, no model number (``raw_facets`` tyre, ``titles._TYRE_SIZE``)

@pytest.mark.parametrize("a,b", [
    # (one size, two tread lines: the size every maker's tyre prints is no evidence)
    ("Bridgestone Turanza T005 205/55R16 91V", "Bridgestone Potenza Sport 205/55R16 91V"),
    ("Pirelli Scorpion Verde All Season 235/55R19 105V", "Pirelli Scorpion Zero All Season 235/55R19 105V"),
    # (one line, two sizes or two service descriptions)
    ("Michelin CrossClimate 2 205/55R16 91V", "Michelin CrossClimate 2 205/60R16 92V"),
    ("Michelin CrossClimate 2 205/55 R16 91V", "Michelin CrossClimate 2 205/55 R16 94V XL"),
    ("Continental WinterContact TS 870 195/65 R15 91T", "Continental WinterContact TS 870 195/65 R16 91T"),
])
def test_a_tyre_size_is_no_model_number(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a,b", [
    ("Michelin CrossClimate 2 205/55R16 91V", "MICHELIN CROSSCLIMATE 2 - 205/55 R16 91V All Season Tyre"),
    ("Pirelli P Zero 245/40ZR18 97Y XL", "Pirelli P Zero 245/40 R18 (97Y) XL"),
    ("Continental PremiumContact 6 225/45 R17 91Y", "Continental PremiumContact 6 - 225 45 17 91Y"),
    ("Bridgestone Blizzak LM005 205/55 R 16 91H", "Bridgestone Blizzak LM005 205/55R16 91H Winter Tyre"),
    # (the kind word on one side only: "Tire", "Tyre")
    ("Goodyear Assurance MaxLife Tire 215/55R17 94V", "Goodyear Assurance MaxLife 215/55R17 94V"),
])
def test_one_tyre_size_written_otherwise_stays_the_same(a, b):
    assert_same(a, b)


# --- a motor oil's base stock (``formulation`` "oil_base")

@pytest.mark.parametrize("a,b", [
    ("Valvoline High Mileage Full Synthetic Motor Oil 5W-30 5 QT",
     "Valvoline High Mileage Synthetic Blend Motor Oil 5W-30 5 QT"),
    ("Quaker State Full Synthetic 5W-30 Motor Oil 5 qt", "Quaker State Semi-Synthetic 5W-30 Motor Oil 5 qt"),
    ("Mobil Super 5000 Synthetic Blend 5W-20 Motor Oil 5 Quart", "Mobil Super 5000 Conventional 5W-20 Motor Oil 5 Quart"),
])
def test_two_oil_bases_are_two_oils(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a,b", [
    ("Pennzoil Platinum Full Synthetic 5W-30 Motor Oil 5 Quart", "Pennzoil Platinum Fully Synthetic 5W-30 Engine Oil, 5 qt"),
    ("Castrol GTX Synthetic Blend 10W-30 Motor Oil 5 Quart", "Castrol GTX Semi-Synthetic 10W-30 5 qt"),
    # (one shop leaves the base out)
    ("Liqui Moly Top Tec 4200 5W-30 Full Synthetic 5 L", "Liqui Moly Top Tec 4200 5W-30 5 Liter"),
])
def test_one_oil_base_written_otherwise_stays_the_same(a, b):
    assert_same(a, b)


# --- a model number printed only as the head of the other's longer code (``relations._only_as_head``)

@pytest.mark.parametrize("a,b", [
    ("Audio-Technica ATH-M50x Studio Headphones", "Audio-Technica ATH-M50xBT2 Headphones"),
    ("Audio-Technica ATH-M50x Monitor Headphones (Black)", "Audio-Technica ATH-M50xBT2 Headphones - Black"),
])
def test_a_code_inside_a_longer_code_is_not_printed(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a,b", [
    # (a colour / region tail of letters stays one code)
    ("Canon PIXMA TS6420 Wireless All-in-One Printer", "Canon PIXMA TS6420a Wireless All-in-One Printer"),
    ("Audio-Technica ATH-M50x Professional Studio Monitor Headphones", "Audio-Technica ATH-M50xBK Studio Headphones Black"),
])
def test_a_code_with_a_letter_tail_stays_the_same(a, b):
    assert_same(a, b)


# --- kinds of music gear, hobby, outdoor and beauty goods (``wordclass``, session 19 en19b block)

@pytest.mark.parametrize("a,b", [
    ("BOSS SD-1 Super OverDrive Guitar Pedal", "Boss SD1 Super Overdrive Effects Pedal"),
    ("Petzl Actik Core Headlamp 600 Lumens", "Petzl Actik Core Head Torch 600 Lumens"),
    ("Noctua NT-H1 Thermal Compound 3.5g", "Noctua NT-H1 Thermal Paste 3.5g"),
])
def test_one_kind_named_two_ways_stays_the_same(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a,b", [
    ("BOSS DS-1 Distortion Pedal", "BOSS DS-2 Turbo Distortion Pedal"),
    ("Noctua NT-H1 Thermal Paste 3.5g", "Noctua NT-H2 Thermal Paste 3.5g"),
    ("Petzl Actik Core Headlamp 600 Lumens", "Petzl Tikka Core Headlamp 450 Lumens"),
])
def test_a_kind_word_excuses_no_other_model(a, b):
    assert_different(a, b)
