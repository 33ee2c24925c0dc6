"""Session 18, en (issue 12): more ways English-speaking shops word one product, and a few
ways they word two products alike (``crawler.matching.english_titles``, session 18 block).  Each
principle with real-style titles of pairs that have it and pairs it must keep apart."""

from __future__ import annotations

import pytest

from crawler.matching import english_titles as E, match_method
from crawler.matching.features import prepare
from tests.pair_checks import assert_different, assert_same


# --- abbreviations and trade words: "Sz 1" = "Size 1", an "Esports Mouse" is a gaming mouse --

@pytest.mark.parametrize("a, b", [
    ("Pampers Swaddlers Diapers Size 1 (8-14 lb), 198 Count", "Pampers Swaddlers Newborn Diapers Sz 1 198 ct"),
    ("Huggies Snug & Dry Baby Diapers, Size 3, 168 Ct", "Huggies Snug and Dry Diapers Sz 3 168ct"),
    ("Razer DeathAdder V3 Pro Wireless Gaming Mouse, Black", "Razer DeathAdder V3 Pro Black Wireless Esports Mouse"),
])
def test_an_abbreviation_or_trade_word_is_the_word(a, b):
    assert_same(a, b)


def test_two_diaper_sizes_stay_two():
    assert_different("Pampers Swaddlers Diapers Size 1, 198 Count", "Pampers Swaddlers Diapers Sz 2 198 ct")


# --- "Designed for" / "Compatible with": one fitment, two wordings ----------------------

@pytest.mark.parametrize("a, b", [
    ("Spigen Ultra Hybrid Designed for iPhone 15 Pro Case - Crystal Clear",
     "Spigen Ultra Hybrid Case Compatible with iPhone 15 Pro, Crystal Clear"),
    ("Spigen Rugged Armor Designed for Galaxy S23 Case - Matte Black",
     "Spigen Rugged Armor Galaxy S23 Case - Matte Black"),
])
def test_a_fitment_wording_is_no_word_of_the_product(a, b):
    assert_same(a, b)


def test_the_fitted_device_still_decides():
    assert_different("Spigen Ultra Hybrid Designed for iPhone 15 Pro Case - Crystal Clear",
                     "Spigen Ultra Hybrid Case Compatible with iPhone 14 Pro, Crystal Clear")


def test_fitment_wording_needs_the_device_in_the_other():
    p = prepare({"title": "Spigen Ultra Hybrid Designed for iPhone 15 Pro Case"})
    assert E.fitment_wording("designed", p, prepare({"title": "Spigen Ultra Hybrid iPhone 15 Pro Case"}))
    assert not E.fitment_wording("designed", p, prepare({"title": "Spigen Ultra Hybrid Case"}))
    assert not E.fitment_wording("ultra", p, prepare({"title": "Spigen Hybrid iPhone 15 Pro Case"}))


# --- a shipping note: "(Frustration Free Packaging)" -------------------------------------

def test_a_shipping_note_is_no_word_of_the_product():
    assert_same("VTech Sit-to-Stand Learning Walker, Blue",
                "VTech Sit to Stand Learning Walker (Frustration Free Packaging), Blue")
    assert_different("VTech Sit-to-Stand Learning Walker, Blue",
                     "VTech Sit to Stand Learning Walker (Frustration Free Packaging), Pink")


def test_packaging_note_reads_the_whole_note():
    p = prepare({"title": "VTech Learning Walker (Frustration Free Packaging)"})
    assert E.packaging_note("free", p) and E.packaging_note("packaging", p)
    assert not E.packaging_note("free", prepare({"title": "Kind Bar Gluten Free Dark Chocolate"}))


# --- a garment's sleeve: short and long are two products -------------------------------

def test_short_and_long_sleeve_are_two():
    assert_different("Carter's 5 pk White Short Sleeve Bodysuits 6M",
                     "Carter's Baby 5-Pack Long-Sleeve Bodysuits, White, 6 Months")


# --- a bare number against the same number glued after a model's letters ----------------

@pytest.mark.parametrize("a, b", [
    ("Baby Jogger City Mini GT2 Stroller, Jet", "Baby Jogger City Mini 2 Stroller, Jet"),
    ("Baby Jogger City Mini GT2 Single Stroller", "Baby Jogger City Mini 2 Single Stroller"),
])
def test_model_letters_glued_to_the_number_name_another_model(a, b):
    assert_different(a, b)


def test_model_letters_glued_reads_letters_only():
    p, o = prepare({"title": "City Mini 2"}), prepare({"title": "City Mini GT2"})
    assert E.model_letters_glued(["2"], ["gt2"], p, o)
    assert not E.model_letters_glued(["2"], ["v2"], p, o)      # (one letter: "V2" / "2")
    assert not E.model_letters_glued(["2"], ["gen2"], p, o)    # (a generation mark)
    assert not E.model_letters_glued(["9"], ["io9"], prepare({"title": "iO Series 9"}),
                                     prepare({"title": "iO9"}))  # (the line's own letters)


# --- cables of two interfaces -------------------------------------------------------------

def test_cables_of_two_interfaces_are_two():
    assert_different("Amazon Basics USB-C to USB-A Cable 6 ft", "Amazon Basics High-Speed HDMI Cable, 6 Feet")
    assert_different("Amazon Basics Lightning to USB-A Cable, 6 Foot", "Amazon Basics DisplayPort Cable, 6 Foot")


def test_interfaces_apart_needs_both_to_name_one():
    ab = prepare({"title": "Amazon Basics USB-C to USB-A Cable"})
    assert E.interfaces_apart(ab, prepare({"title": "Amazon Basics HDMI Cable"}))
    assert not E.interfaces_apart(ab, prepare({"title": "Amazon Basics Cable 6 ft"}))
    assert not E.interfaces_apart(prepare({"title": "Anker USB-C to HDMI Adapter"}),
                                  prepare({"title": "Anker HDMI Adapter 4K"}))


# --- a capacity printed bare by one shop and with its unit by the other -----------------

def test_a_bare_capacity_against_another_with_its_unit():
    assert_different("Anker PowerCore 10000 Portable Charger", "Anker PowerCore 20000mAh Portable Charger")


def test_bare_capacity_apart_reads_one_place():
    a = prepare({"title": "Anker PowerCore 10000 Portable Charger"})
    assert E.bare_capacity_apart(a, prepare({"title": "Anker PowerCore 20000mAh Portable Charger"}))
    assert not E.bare_capacity_apart(a, prepare({"title": "Anker PowerCore 10000mAh Portable Charger"}))
    # (another word before the figure: "WK 3468" is a model number, "2200W" its power)
    assert not E.bare_capacity_apart(prepare({"title": "Severin WK 3468 Kettle 2.200 W"}),
                                     prepare({"title": "SEVERIN WK3468 Kettle 1.7L 2200W"}))


# --- a continent in a product's name: its regional edition or map -----------------------

def test_a_continent_edition_is_another_product():
    assert_different("Ticket to Ride Board Game", "Ticket to Ride Europe Board Game")


def test_a_region_of_sale_is_no_edition():
    o = prepare({"title": "Steam Gift Card 20 EUR - Steam Key - EUROPE"})
    assert not E.continent_edition("europe", o, prepare({"title": "Steam Wallet Gift Card 20 EUR"}))
    p = prepare({"title": "Ticket to Ride Europe Board Game"})
    assert E.continent_edition("europe", p, prepare({"title": "Ticket to Ride Board Game"}))


# --- a unit or a count's "x" glued to a number the other writes apart ----------------------

@pytest.mark.parametrize("a, b", [
    ("NOCO GB40 Boost Plus 1000 Amp 12-Volt Lithium Jump Starter",
     "NOCO Boost Plus GB40 1000A UltraSafe Car Battery Jump Starter, 12V Jump Starter Battery Pack"),
    ("NOCO GENIUS1, 1A Smart Car Battery Charger, 6V and 12V Automotive Charger, Battery Maintainer",
     "NOCO Genius 1-Amp Battery Charger and Maintainer GENIUS1"),
])
def test_a_unit_glued_or_written_out_is_one_figure(a, b):
    # (no number conflict either way: the model number both print then decides)
    for x, y in ((a, b), (b, a)):
        assert not match_method({"title": x}, {"title": y})[0].startswith("conflict"), (x, y)


def test_letter_written_apart():
    p = prepare({"title": "Genuine Apple USB C to Lightning 1 Meter Cable"})
    assert E.letter_written_apart("1", "m", p, prepare({"title": "Apple USB-C to Lightning Cable (1m)"}))
    q = prepare({"title": "Ugreen USB C Hub, 3 USB 3.0 Ports"})
    assert E.letter_written_apart("3", "x", q, prepare({"title": "UGREEN USB-C Hub, 3x USB 3.0"}))
    assert not E.letter_written_apart("3", "s", q, prepare({"title": "UGREEN USB-C Hub 3s"}))
    g = prepare({"title": "Gigabyte GeForce GTX 1060 6GB GDDR5 Windforce OC"})
    assert not E.letter_written_apart("gddr5", "x", g, prepare({"title": "Gigabyte GeForce GTX 1060 6GB GDDR5X Windforce OC"}))


def test_unit_word_glued():
    p = prepare({"title": "Genuine Apple USB C to Lightning 1 Meter Cable"})
    assert E.unit_word_glued("meter", p, prepare({"title": "Apple USB-C to Lightning Cable (1m)"}))
    assert not E.unit_word_glued("meter", p, prepare({"title": "Apple USB-C to Lightning Cable (2m)"}))


def test_two_lengths_stay_two():
    assert_different("Apple USB-C to Lightning Cable (1 m)", "Apple USB C to Lightning 2 Meter Cable")


# --- "Flavored" after the flavour both print ------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Doritos Nacho Cheese Flavored Tortilla Chips, 9.25 Ounce", "Doritos Tortilla Chips Nacho Cheese 9.25 oz Bag"),
    ("Lee Kum Kee Premium Oyster Flavored Sauce, 18 Oz", "LEE KUM KEE Premium Brand Oyster Sauce 510g"),
])
def test_a_flavour_mark_is_no_word_of_its_own(a, b):
    assert_same(a, b)


def test_another_flavour_stays_another():
    assert_different("Doritos Nacho Cheese Flavored Tortilla Chips, 9.25 Ounce",
                     "Doritos Cool Ranch Flavored Tortilla Chips, 9.25 Ounce")


# --- the audience a game names ("Family Card Game") -------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("CATAN Board Game (Base Game) - Family Strategy Game for 3-4 Players, Ages 10+",
     "Catan Strategy Board Game Base Game"),
    ("Exploding Kittens Card Game - Original Edition", "Exploding Kittens Original Edition Family Card Game"),
])
def test_a_games_audience_is_no_edition(a, b):
    assert_same(a, b)


def test_game_audience_reads_games_only():
    assert E.game_audience(["family", "card", "game"], 0)
    assert E.game_audience(["uno", "card", "game", "for", "kids", "and", "family"], 6)
    assert not E.game_audience(["oreo", "cookies", "family", "size"], 2)
    assert not E.game_audience(["microsoft", "365", "family"], 2)
    assert_different("Microsoft 365 Family 12-Month Subscription", "Microsoft 365 Personal 12-Month Subscription")


# --- a maker's name before a line the other prints ("Arnott's Tim Tam" / "Tim Tam") ------------

def test_a_makers_name_before_its_line():
    assert_same("Bega Vegemite Spread 380g", "Vegemite Spread 380g")
    assert_same("Hasbro Gaming Jenga Classic Game", "Jenga Classic Game")


def test_a_makers_name_is_no_other_line():
    assert_different("Hasbro Gaming Jenga Classic Game", "Hasbro Gaming Connect 4 Classic Game")


# --- kinds of baby, toy and electronics products named in one word -----------------------------

@pytest.mark.parametrize("a, b", [
    ("Squishmallows Original 16-Inch Cam the Cat", "Squishmallow Cam The Cat Plush 16in"),
    ("Rubik's Cube, The Original 3x3 Colour-Matching Puzzle", "Rubik's 3x3 Cube Original"),
])
def test_a_kind_one_title_leaves_out(a, b):
    assert_same(a, b)


def test_two_kinds_stay_two():
    assert_different("Squishmallows Original 16-Inch Cam the Cat Plush", "Squishmallows Cam the Cat 16-Inch Puzzle")


# --- an age in months ("Ages 3 months +"): a note, as "Ages 10+" is (``audience.audience_dropped``) --

def test_an_age_in_months_is_a_note():
    assert_same("Baby Einstein Take Along Tunes Musical Toy",
                "Baby Einstein Take Along Tunes Musical Toy, Ages 3 months +")
    # (a pacifier's size range stays: "0-6 Months" / "6-18 Months" are two products)
    assert_different("MAM Air Night Pacifier 0-6 Months, 2 Pack", "MAM Air Night Pacifier 6-16 Months, 2 Pack")


# --- "Pre-Seasoned" cast iron: the line's factory finish --------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Lodge L10SK3 12-Inch Pre-Seasoned Cast Iron Skillet", "Lodge Cast Iron Skillet 12 inch"),
    ("Lodge Cast Iron Skillet, 10.25\"", "Lodge L8SK3 10-1/4-Inch Pre-Seasoned Skillet"),
])
def test_pre_seasoned_is_the_lines_finish(a, b):
    assert_same(a, b)


def test_pre_seasoned_skillets_of_two_sizes_stay_two():
    assert_different("Lodge L10SK3 12-Inch Pre-Seasoned Cast Iron Skillet", "Lodge Cast Iron Skillet 10.25 inch")
    assert not E.pre_finish("seasoned", prepare({"title": "Ore-Ida Seasoned Crinkle Fries"}))
