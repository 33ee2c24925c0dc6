"""Session 19, en (issue 12): precision principles of English titles (``amounts``,
``relations``, ``english_titles``, session 19 blocks).  Each principle with real-style titles of
pairs that have it and near misses that must stay the same product."""

from __future__ import annotations

import pytest

from crawler.matching import amounts as A
from crawler.matching.features import prepare
from tests.pair_checks import assert_different, assert_same


# --- ounces of weight against fluid ounces: one figure, read as two kinds -----------------

@pytest.mark.parametrize("a, b", [
    ("Dove Deep Moisture Body Wash 30.6 oz", "Dove Deep Moisture Body Wash 22 fl oz"),
    ("Cetaphil Gentle Skin Cleanser 16 oz Bottle", "Cetaphil Gentle Skin Cleanser, 20 fl oz"),
    ("Pantene Daily Moisture Renewal Shampoo 12 oz", "Pantene Daily Moisture Renewal Shampoo 25.4 fl oz"),
    ("Chemical Guys Mr. Pink Foaming Car Wash Soap, 16 oz", "Chemical Guys Mr. Pink Foaming Car Wash Soap, 1 Gal"),
])
def test_another_number_of_ounces_is_another_size(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a, b", [
    ("Dawn Ultra Dishwashing Liquid Dish Soap, Original Scent, 19.4 fl oz", "Dawn Ultra Original Dish Soap 19.4 oz"),
    ("Head & Shoulders Classic Clean Shampoo 13.5 fl oz", "Head and Shoulders Dandruff Shampoo Classic Clean 13.5 oz"),
    ("Method Pink Grapefruit All Purpose Cleaner 28 oz Spray Bottle", "Method All-Purpose Cleaner Spray, Pink Grapefruit, 28 Fl Oz"),
    ("Titebond III Ultimate Wood Glue, 16 oz", "Titebond III Ultimate Wood Glue 16 fl oz"),
    ("Chemical Guys Mr. Pink Foaming Car Wash Soap, 128 oz", "Chemical Guys Mr. Pink Foaming Car Wash Soap, 1 Gal"),
])
def test_the_same_ounces_written_oz_and_fl_oz_stay_one(a, b):
    assert_same(a, b)


def test_ounces_apart_reads_only_ounces():
    def parts(t):
        p = prepare({"title": t})
        return p.units, p.words
    ua, wa = parts("Dove Deep Moisture Body Wash 30.6 oz")
    ub, wb = parts("Dove Deep Moisture Body Wash 22 fl oz")
    assert A.ounces_apart(ua, ub, wa, wb) and A.ounces_apart(ub, ua, wb, wa)
    # (grams against millilitres: not read)
    uc, wc = parts("Dove Deep Moisture Body Wash 500 g")
    ud, wd = parts("Dove Deep Moisture Body Wash 400 ml")
    assert not A.ounces_apart(uc, ud, wc, wd)
    # (a multipack's total agrees: 12 x 12 oz = 144 fl oz)
    ue, we = parts("Coca-Cola Classic 12 x 12 oz cans")
    uf, wf = parts("Coca-Cola Classic cans 144 fl oz")
    assert not A.ounces_apart(ue, uf, we, wf)


# --- a format closing a film's or an album's title, a colourway after " - " --------------

@pytest.mark.parametrize("a, b", [
    ("Harry Potter Complete 8-Film Collection Blu-ray", "Harry Potter Complete 8-Film Collection 4K Ultra HD"),
    ("The Office: The Complete Series DVD", "The Office: The Complete Series Blu-ray"),
    ("WeatherTech Custom Fit FloorLiners Toyota RAV4 2019-2024 Front Row - Black",
     "WeatherTech Custom Fit FloorLiners Toyota RAV4 2019-2024 Front Row - Tan"),
])
def test_a_closing_format_or_colourway_is_the_product_s(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a, b", [
    ("Harry Potter Complete 8-Film Collection Blu-ray", "Harry Potter: Complete 8-Film Collection (Blu-ray)"),
    ("WeatherTech Custom Fit FloorLiners Toyota RAV4 2019-2024 Front Row - Tan",
     "WeatherTech Custom Fit FloorLiners Toyota RAV4 2019-2024 Front Row, Tan"),
    ("Sony BDP-S6700 4K Upscaling Blu-ray Player", "Sony BDP-S6700 4K Upscaling 3D Streaming Blu-ray Disc Player"),
])
def test_the_same_closing_format_or_colourway_stays_one(a, b):
    assert_same(a, b)


# --- a processor's X3D, a digit glued to a word ---------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("AMD Ryzen 7 5800X3D 8-Core Desktop Processor", "AMD Ryzen 7 5800 8-Core Desktop Processor"),
    ("AMD Ryzen 7 5800X3D", "AMD Ryzen 7 5800"),
    ("Graco 4Ever DLX 4-in-1 Car Seat", "Graco 4Ever DLX SnugLock Grow 4-in-1 Car Seat"),
])
def test_x3d_and_a_line_name_with_a_digit(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a, b", [
    ("AMD Ryzen 7 7800X3D 8-Core Desktop Processor", "AMD Ryzen 7 7800X3D, 8C/16T, 4.2-5.0GHz, Box without cooler"),
    ("AMD Ryzen 9 7950X3D", "Ryzen 9 7950X3D 16-Core AM5"),
    ("Graco 4Ever DLX 4-in-1 Car Seat, Fairmont", "Graco 4Ever DLX 4-in-1 Car Seat - Fairmont"),
])
def test_the_same_x3d_or_line_stays_one(a, b):
    assert_same(a, b)


# --- a vehicle's seat row ------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("WeatherTech FloorLiner for Toyota RAV4 2019-2024, 1st Row, Black",
     "WeatherTech FloorLiner for Toyota RAV4 2019-2024, 2nd Row, Black"),
    ("WeatherTech FloorLiner for 2017-2022 Honda CR-V, 1st Row, Black",
     "WeatherTech FloorLiner for 2017-2022 Honda CR-V, 2nd Row, Black"),
    ("Husky Liners WeatherBeater Floor Mats 3rd Row Black", "Husky Liners WeatherBeater Floor Mats 2nd Row Black"),
])
def test_two_seat_rows_are_two_products(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a, b", [
    ("WeatherTech FloorLiner for Toyota RAV4 2019-2024, 1st Row, Black",
     "WeatherTech FloorLiner Toyota RAV4 2019-2024 Front Row Black"),
    ("WeatherTech FloorLiner for Toyota RAV4 2019-2024, 2nd Row, Black",
     "WeatherTech FloorLiner Toyota RAV4 2019-2024 Row 2, Black"),
])
def test_one_seat_row_written_two_ways(a, b):
    assert_same(a, b)


def test_seat_rows_reader():
    from crawler.matching.facets import seat_rows
    assert seat_rows("floorliner 1st row black".split()) == {"row1"}
    assert seat_rows("floorliners front row black".split()) == {"row1"}
    assert seat_rows("floor mats rear row".split()) == set()
    assert seat_rows("3 row seed drill".split()) == set()


# --- a screen's refresh rate, a board's memory generation -----------------------------------

@pytest.mark.parametrize("a, b", [
    ('GIGABYTE M27Q 27" 170Hz 1440P KVM Gaming Monitor', 'GIGABYTE M27Q X 27" 240Hz 1440P KVM Gaming Monitor'),
    ("ASUS TUF GAMING B760-PLUS WIFI LGA 1700 ATX Motherboard (DDR5)",
     "ASUS TUF GAMING B760-PLUS WIFI D4 LGA 1700 ATX Motherboard (DDR4)"),
    ("MSI PRO Z690-A WIFI DDR4 ATX Motherboard", "MSI PRO Z690-A WIFI DDR5 ATX Motherboard"),
])
def test_refresh_rate_and_memory_generation_name_the_product(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a, b", [
    ('LG 27GP850-B 27" UltraGear QHD Nano IPS 165Hz Gaming Monitor',
     "LG UltraGear 27GP850-B 27 inch 2560x1440 Nano IPS 1ms 180Hz (OC)"),
    ("Intel Core i7-4790K 4.0GHz Quad-Core Processor", "Intel Core i7-4790K 4.4GHz Turbo Processor"),
    ("ASUS TUF GAMING B760-PLUS WIFI D4 LGA 1700 ATX Motherboard (DDR4)",
     "ASUS TUF GAMING B760-PLUS WIFI D4 DDR4 LGA1700 ATX"),
    ("Crucial 8GB DDR3L 1600 SODIMM CT102464BF160B", "Crucial 8GB DDR3 1600 MHz SODIMM CT102464BF160B"),
])
def test_one_rate_or_generation_written_two_ways(a, b):
    assert_same(a, b)


# --- motor oil: "Motor Oil" = "Engine Oil", "SAE", "Fully", "Technology" ---------------------

@pytest.mark.parametrize("a, b", [
    ("Shell Helix Ultra 5W-40 Fully Synthetic Motor Oil 4L", "Shell Helix Ultra 5W40 Engine Oil 4 Litre"),
    ("Valvoline Full Synthetic High Mileage with MaxLife Technology 5W-30 Motor Oil 5 QT",
     "Valvoline High Mileage MaxLife Full Synthetic SAE 5W-30, 5 Quart"),
    ("Mobil 1 Extended Performance Full Synthetic Motor Oil 5W-30, 5 Quart",
     "Mobil 1 Extended Performance 5W-30 Full Synthetic Engine Oil 5 qt"),
])
def test_motor_oil_worded_two_ways(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Shell Helix Ultra 5W-40 Fully Synthetic Motor Oil 4L", "Shell Helix Ultra 5W-30 Engine Oil 4 Litre"),
    ("Shell Helix Ultra 5W-40 Fully Synthetic Motor Oil 4L", "Shell Helix Ultra 5W-40 Fully Synthetic Motor Oil 5L"),
    ("Castrol GTX 10W-40 Conventional Motor Oil 5 Quart", "Castrol GTX 10W-40 Synthetic Blend Motor Oil 5 Quart"),
])
def test_another_grade_size_or_base_is_another_oil(a, b):
    assert_different(a, b)


# --- a two-letter model number glued in one title, written apart in the other ----------------

@pytest.mark.parametrize("a, b", [
    ("Kärcher WV6 Plus Window Vac", "Kärcher WV 2 Plus Fenstersauger"),
    ("Kärcher WV5 Premium Window Vacuum", "Kärcher WV 2 Premium Window Vacuum"),
])
def test_a_short_line_with_another_number(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a, b", [
    ("Kärcher WV6 Plus Window Vac", "Kärcher WV 6 Plus Window Vac"),
    ("Kärcher WV 6 Plus Akku-Fenstersauger", "Kärcher WV6 Plus Akku-Fenstersauger"),
])
def test_a_short_line_written_apart_is_one_number(a, b):
    assert_same(a, b)


# --- "Edge": a line's premium model ------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Sony DualSense Wireless Controller for PS5 - White", "Sony DualSense Edge Wireless Controller for PS5 - White"),
    ("Samsung Galaxy S7 32GB Black Onyx", "Samsung Galaxy S7 Edge 32GB Black Onyx"),
])
def test_edge_is_another_model(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a, b", [
    ("Sony DualSense Edge Wireless Controller for PS5", "PlayStation DualSense Edge Wireless Controller - White"),
    ("Samsung Galaxy S7 Edge 32GB Black Onyx", "Samsung Galaxy S7 Edge 32 GB, Black Onyx"),
])
def test_edge_on_both_sides_stays_one(a, b):
    assert_same(a, b)


# --- "Cacao" = "Cocoa" ----------------------------------------------------------------------------

def test_cacao_and_cocoa_are_one_word():
    assert_same("Lindt Excellence 70% Cacao Dark Chocolate Bar 100g", "Lindt Excellence 70% Cocoa Dark Chocolate Bar 100g")
    assert_same("Ghirardelli Intense Dark 72% Cacao Twilight Delight Bar 3.5 oz",
                "Ghirardelli Intense Dark 72% Cocoa Twilight Delight Bar 3.5 oz")
    # (the share still decides)
    assert_different("Lindt Excellence 70% Cacao Dark Chocolate Bar 100g", "Lindt Excellence 85% Cocoa Dark Chocolate Bar 100g")


# --- a colourway closing the title right after the kind word -----------------------------------

@pytest.mark.parametrize("a, b", [
    ("Smeg TSF01 2-Slice Toaster Pastel Blue", "Smeg TSF01 2-Slice Toaster Cream"),
    ("Smeg KLF03 Electric Kettle Sage", "Smeg KLF03 Electric Kettle Black"),
])
def test_a_closing_colourway_after_the_kind(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a, b", [
    ("Smeg TSF01 2-Slice Toaster Cream", "Smeg TSF01 Toaster, Cream"),
    ("Smeg TSF01 2-Slice Toaster Cream", "Smeg TSF01 Toaster Cream"),
])
def test_the_same_closing_colourway_stays_one(a, b):
    assert_same(a, b)


def test_a_colour_word_after_another_word_is_not_read():
    from crawler.matching.facets import COLOUR_OF, AMBIGUOUS_COLOUR_OF
    from crawler.matching import raw_facets as R, wordclass as W
    assert R._closing_colours("smeg tsf01 2-slice toaster cream", COLOUR_OF, AMBIGUOUS_COLOUR_OF, W.CATEGORY)
    assert not R._closing_colours("nivea soft hand cream", COLOUR_OF, AMBIGUOUS_COLOUR_OF, W.CATEGORY)
    assert not R._closing_colours("ben & jerry's ice cream", COLOUR_OF, AMBIGUOUS_COLOUR_OF, W.CATEGORY)
