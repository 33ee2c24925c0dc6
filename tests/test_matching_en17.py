"""Session 17, en (issue 12): how two English-speaking shops word one product
(``crawler.matching.english_titles``).  Each principle with real titles of pairs that have it and
pairs of two products it must keep apart."""

from __future__ import annotations

import pytest

from crawler.matching import english_titles as E
from tests.pair_checks import assert_different, assert_same


# --- a size written as its letter ("Large" / "L") -------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Patagonia Men's Better Sweater Fleece Jacket, Stonewash, Large",
     "Patagonia Better Sweater Jacket - Men's - Stonewash - L"),
    ("Columbia Men's Watertight II Jacket, Black, Large", "Columbia Watertight II Rain Jacket Mens Black L"),
    ("Calvin Klein Men's Cotton Stretch 3-Pack Boxer Brief, Black, Medium",
     "Calvin Klein Cotton Stretch Boxer Briefs 3 Pack Black M"),
    ("Nike Dri-FIT Men's Training T-Shirt, Black, Large", "Nike Men's Dri Fit Training Tee Black L"),
])
def test_a_size_and_its_letter_are_one_size(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Columbia Men's Watertight II Jacket, Black, Large", "Columbia Watertight II Rain Jacket Mens Black M"),
    ("Calvin Klein Men's Cotton Stretch 3-Pack Boxer Brief, Black, Medium",
     "Calvin Klein Cotton Stretch Boxer Briefs 3 Pack Black L"),
    ("Nike Dri-FIT Men's Training T-Shirt, Black, Small", "Nike Men's Dri Fit Training Tee Black L"),
])
def test_two_sizes_stay_two(a, b):
    assert_different(a, b)


def test_size_letters_same_reads_runs():
    assert E.size_letters_same(["large"], ["l"])
    assert E.size_letters_same(["x", "large"], ["xl"])
    assert not E.size_letters_same(["large"], ["m"])
    assert not E.size_letters_same(["large"], ["large"])
    assert not E.size_letters_same(["trail"], ["m"])


# --- an acronym of words the other prints in a row ("EDP" / "Eau de Parfum") ----------

@pytest.mark.parametrize("a, b", [
    ("CHANEL COCO MADEMOISELLE Eau de Parfum Spray 3.4 oz", "Chanel Coco Mademoiselle EDP 100ml"),
    ("Carolina Herrera Good Girl Eau de Parfum 80ml", "Carolina Herrera Good Girl EDP Spray 2.7 oz"),
])
def test_an_acronym_of_a_phrase_is_the_phrase(a, b):
    assert_same(a, b)


def test_eau_de_toilette_is_no_eau_de_parfum():
    assert_different("Carolina Herrera Good Girl Eau de Toilette 80ml", "Carolina Herrera Good Girl EDP Spray 2.7 oz")


def test_acronym_of_run():
    assert E.acronym_of_run("edp", ["eau", "de", "parfum", "spray"])
    assert not E.acronym_of_run("edt", ["eau", "de", "parfum", "spray"])
    assert not E.acronym_of_run("ep", ["eau", "parfum"])  # (two letters: too often a word)


# --- a tier word glued into a name the other prints ("Gold-Bears" / "Goldbears") ------

@pytest.mark.parametrize("a, b", [
    ("HARIBO Goldbears Gummi Candy, 5 oz Bag", "Haribo Gold-Bears 5oz"),
    ("Haribo Gold-Bears Gummy Bears 5oz Peg Bag", "HARIBO Gummi Candy, Goldbears, 5 oz. Bag"),
])
def test_a_tier_word_glued_into_a_name_is_no_tier(a, b):
    assert_same(a, b)


def test_tier_differs_reads_a_glued_tier_word():
    from crawler.matching.facets import tier_differs
    from crawler.matching.prepared import complete, prepare
    a = complete(prepare({"title": "Peak Design Slide Lite Camera Strap (Black)"}))
    b = complete(prepare({"title": "Peak Design SlideLite Camera Strap - Black"}))
    c = complete(prepare({"title": "Peak Design Slide Camera Strap - Black"}))
    assert tier_differs(a, b) == 0.0 and tier_differs(b, a) == 0.0
    assert tier_differs(a, c) == 1.0


def test_a_tier_word_of_its_own_stays_a_tier():
    assert_different("Peak Design Slide Lite Camera Strap (Black)", "Peak Design Slide Camera Strap (Black)")


# --- one refill pack in two wordings --------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Oral-B iO Ultimate Clean Replacement Brush Heads, Black, 4 Count", "Oral B iO Ultimate Clean Refill Heads Black 4ct"),
    ("Harry's Razor Blades - Men's Razor Blade Refills - 8 Count", "Harry's 5-Blade Razor Cartridges, 8 ct"),
])
def test_a_refill_pack_in_two_wordings(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    # another count, another line, a kit against its refills
    ("Oral-B iO Ultimate Clean Replacement Brush Heads, Black, 4 Count", "Oral B iO Ultimate Clean Refill Heads Black 2ct"),
    ("Oral-B iO Ultimate Clean Brush Heads 4 Count", "Oral-B Precision Clean Brush Heads 4 Count"),
    ("Gillette Fusion5 ProGlide Men's Razor, Handle + 2 Blade Refills", "Gillette Fusion5 ProGlide Razor Blade Refills, 8 Count"),
])
def test_refill_wordings_keep_other_packs_apart(a, b):
    assert_different(a, b)


# --- a line glued to its series number ("iO Series 9" / "iO9") ------------------------

def test_glued_series_reads_both_ways():
    from crawler.matching.prepared import complete, prepare
    a = complete(prepare({"title": "Oral-B iO Series 9 Electric Toothbrush, Black Onyx"}))
    b = complete(prepare({"title": "Oral-B iO9 Electric Toothbrush Black Onyx"}))
    assert E.glued_series("io", a, b)
    assert E.glued_series("io9", b, a)
    c = complete(prepare({"title": "Oral-B iO5 Electric Toothbrush Black Onyx"}))
    assert not E.glued_series("io", a, c)
    assert not E.glued_series("io5", c, a)


def test_another_series_number_stays_apart():
    assert_different("Oral-B iO Series 9 Electric Toothbrush, Black Onyx", "Oral-B iO5 Electric Toothbrush - Black Onyx")


# --- "6 Pairs" as a pack count, "60W Equivalent", a unit written out ------------------

def test_pairs_after_a_number_is_the_pack_count():
    assert_same("Nike Everyday Cushioned Training Crew Socks, 6 Pairs, White, Large",
                "NIKE Everyday Cushion Crew Socks 6-Pack White L")
    assert_different("Nike Everyday Cushioned Training Crew Socks, 6 Pairs, White, Large",
                     "NIKE Everyday Cushion Crew Socks 3-Pack White L")


def test_a_pair_against_a_single_stays_apart():
    assert_different("Bowflex SelectTech 552 Dumbbells, Pair", "Bowflex SelectTech 552 Adjustable Dumbbell (Single)")


def test_a_unit_written_out_is_no_word_of_its_own():
    assert_same("Black Diamond Spot 400 Lumen Headlamp - Black", "Black Diamond Spot 400 Headlamp, Black")
    assert_different("Black Diamond Spot 400 Lumen Headlamp - Black", "Black Diamond Spot 350 Headlamp, Black")


def test_wattage_equivalent():
    from crawler.matching.prepared import complete, prepare
    p = complete(prepare({"title": "Philips Hue White A19 LED Smart Bulb, 60W equivalent, 2-Pack"}))
    o = complete(prepare({"title": "Philips Hue White A19 Bulb 2-Pack"}))
    assert E.wattage_equivalent("equivalent", p, o)
    q = complete(prepare({"title": "Sylvania Equivalent Bulb"}))
    assert not E.wattage_equivalent("equivalent", q, o)


# --- kinds of personal-care and pet goods ---------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The Ordinary Niacinamide 10% + Zinc 1% 30ml", "The Ordinary Niacinamide 10% + Zinc 1% Serum, 1 fl oz"),
    ("Chuckit! Ultra Ball Dog Toy - M - 2pk | Target", "Chuckit! Ultra Ball, Medium, 2 Pack"),
])
def test_a_kind_word_one_title_adds(a, b):
    assert_same(a, b)


def test_another_kind_stays_apart():
    assert_different("The Ordinary Niacinamide 10% + Zinc 1% Serum 30ml", "The Ordinary Niacinamide 10% + Zinc 1% Cream 30ml")


# --- a number bare in one title, glued to its unit or count in the other -------------

def test_a_number_glued_to_its_count_is_the_number():
    assert_same("LaCroix Sparkling Water, Pamplemousse, 12 fl oz (Pack of 8)",
                "La Croix Pamplemousse Grapefruit Sparkling Water - 8pk/12 fl oz Cans")
    assert_different("LaCroix Sparkling Water, Pamplemousse, 12 fl oz (Pack of 8)",
                     "La Croix Pamplemousse Grapefruit Sparkling Water - 12pk/12 fl oz Cans")


def test_number_glued_otherwise():
    from crawler.matching.prepared import complete, prepare
    p = complete(prepare({"title": "LaCroix Sparkling Water, Pamplemousse, 12 fl oz (Pack of 8)"}))
    o = complete(prepare({"title": "La Croix Pamplemousse Sparkling Water - 8pk/12 fl oz Cans"}))
    i = p.words.index("8")
    assert E.number_glued_otherwise(p.words, i, p, o)
    q = complete(prepare({"title": "La Croix Pamplemousse Sparkling Water - 8oz Cans"}))
    assert not E.number_glued_otherwise(p.words, i, p, q)  # (8 oz is no pack of 8)


# --- the default audience one shop states ("Unisex-Adult") ----------------------------

def test_the_default_audience_is_no_word_of_its_own():
    assert_same("Crocs Unisex-Adult Classic Clogs, Black, Men's 9 Women's 11",
                "Crocs Classic Clogs Black Men's 9 Women's 11")


@pytest.mark.parametrize("a, b", [
    ("Blue Buffalo Life Protection Adult Chicken 30 lb", "Blue Buffalo Life Protection Puppy Chicken 30 lb"),
    ("Whiskas Adult Poultry in Gravy 12x85g", "Whiskas Kitten Poultry in Gravy 12x85g"),
])
def test_another_audience_stays_apart(a, b):
    assert_different(a, b)


# --- "Rechargeable" of a powered device, not of a battery -----------------------------

def test_rechargeable_electric_toothbrush_is_the_power_toothbrush():
    assert_same("Philips Sonicare ProtectiveClean 4100 Rechargeable Electric Toothbrush, White",
                "Sonicare ProtectiveClean 4100 Power Toothbrush - White")
    assert_same("Oral-B iO Series 9 Electric Toothbrush Black Onyx", "Oral B iO9 Rechargeable Toothbrush - Black Onyx")


@pytest.mark.parametrize("a, b", [
    # a battery's chemistry, a device the other does not call powered, a model named "Power"
    ("Energizer Rechargeable AA Batteries 4 Count", "Energizer AA Batteries 4 Count"),
    ("Black Diamond Spot 400 Headlamp, Black", "Black Diamond Spot 400-R Rechargeable Headlamp, Black"),
    ("Motorola Moto G54 Power 5G 256GB", "Motorola Moto G54 5G 256GB"),
])
def test_rechargeable_keeps_other_products_apart(a, b):
    assert_different(a, b)


# --- sizes as letters or a range ("M/L" / "S/M") --------------------------------------

def test_two_size_ranges_are_two_products():
    assert_different("Apple 45mm Midnight Sport Band - M/L", "Apple 45mm Midnight Sport Band - S/M")


def test_letter_sizes():
    from crawler.matching.facets import _COLOUR_WORDS
    assert E.letter_sizes("apple 45mm midnight sport band - m/l", ["apple", "45mm", "midnight", "sport", "band", "m", "l"],
                          _COLOUR_WORDS) == {("size", "m/l")}
    assert E.letter_sizes("osprey exos 48 grey large/x-large", ["osprey", "exos", "48", "grey", "large", "x", "large"],
                          _COLOUR_WORDS) == {("size", "l/xl")}
    assert E.letter_sizes("nike tee black l", ["nike", "tee", "black", "l"], _COLOUR_WORDS) == {("size", "l")}
    # a lens's "S" line, a left Joy-Con: no size
    assert not E.letter_sizes("nikon nikkor z 24-120mm f/4 s", ["nikon", "nikkor", "z", "24", "120mm", "f4", "s"],
                              _COLOUR_WORDS)
    assert not E.letter_sizes("joy-con (l)/(r)", ["joy", "con", "l", "r"], _COLOUR_WORDS)


# --- a "+" set apart closing the title is the model's "Plus" --------------------------

def test_a_closing_plus_is_the_plus_model():
    assert_different("Beats Studio Buds +", "Beats Studio Buds")
    assert_same("Beats Studio Buds +", "Beats Studio Buds+")


# --- a word of the kind's name where the other title names no kind --------------------

@pytest.mark.parametrize("a, b", [
    ("Wilson Evolution Indoor Game Basketball, Size 7 - 29.5\"", "Wilson Evolution Basketball 29.5\""),
    ("Red Bull Sugarfree Energy Drink, 8.4 Fl Oz Cans, 24 Pack", "Red Bull Sugar Free 8.4 fl oz x 24 cans"),
])
def test_a_kind_named_with_its_use(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    # a bundle's second item, a word inside a longer phrase
    ("Malwarebytes Premium 1 Device 1 Year", "Malwarebytes Premium + Privacy VPN 1 Device 1 Year"),
    ("Chanel Coco Mademoiselle Eau de Parfum 100ml", "Chanel Coco Mademoiselle Eau de Toilette Spray 100ml"),
    # the other names a smaller model of the line
    ("Gardena AquaZoom 250/1 oscillating sprinkler", "Gardena AquaZoom compact 250/1"),
])
def test_a_kind_modifier_is_no_bundle_nor_phrase(a, b):
    assert_different(a, b)


# --- a series name before a colon, shortened by the other shop ------------------------

def test_a_series_name_shortened():
    assert_same("The Legend of Zelda: Tears of the Kingdom - Nintendo Switch", "Zelda Tears of the Kingdom (Switch)")
    assert_different("The Legend of Zelda: Breath of the Wild - Nintendo Switch", "Zelda Tears of the Kingdom (Switch)")


# --- two forms of one word, the device's tier, the default edition --------------------

def test_word_forms_same():
    assert E.word_forms_same(["charger"], ["charging"])
    assert not E.word_forms_same(["premium"], ["premier"])
    assert not E.word_forms_same(["charger"], ["charger"])


def test_a_tier_word_of_the_device_a_product_fits():
    from crawler.matching.facets import tier_differs
    from crawler.matching.prepared import complete, prepare
    a = complete(prepare({"title": "Apple 140W USB-C Power Adapter"}))
    b = complete(prepare({"title": "Apple 140W USB-C Power Adapter for MacBook Pro 16-inch"}))
    assert tier_differs(a, b) == 0.0
    assert_different("Spigen Case for iPhone 15 Pro", "Spigen Case for iPhone 15")


def test_the_default_edition_against_none():
    assert_same("Tekken 8 - PlayStation 5", "TEKKEN 8 PS5 Standard")
    assert_different("Brita Standard Replacement Filter 3 Pack", "Brita Elite Replacement Filter 3 Pack")
    assert_different("Brita Elite Water Filter Replacements, 6 Count", "Brita Standard Replacement Filters, 6 Pack")
    assert_different("Vitamix 5200 Standard Blender", "Vitamix 5200 Professional Blender")


# --- two products joined in one title are the bundle the other names -------------------

@pytest.mark.parametrize("a, b", [
    ("Adobe Photoshop & Premiere Elements 2024 | PC/Mac",
     "Adobe Photoshop Elements 2024 and Premiere Elements 2024 Bundle, Windows & Mac"),
    ("Microsoft Surface Pro Signature Keyboard with Slim Pen 2 - Black",
     "Surface Pro Signature Keyboard + Slim Pen 2 Bundle, Black"),
])
def test_two_joined_products_are_the_bundle(a, b):
    assert_same(a, b)


def test_a_bundle_against_the_product_alone():
    assert_different("Sony PS5 Slim Console", "Sony PS5 Slim Console + Call of Duty Bundle")
    assert not E.joins_products_of("sony ps5 slim console", frozenset(["sony", "ps5", "slim", "console", "call", "duty"]))


def test_a_name_joining_three_things_is_no_bundle_of_two():
    assert_different("hello kitty computer accessories bundle with keyboard wireless mouse and usb flash drive",
                     "hello kitty 2.4 ghz wireless usb keyboard with 2.4 ghz wireless usb mouse and hello kitty mouse pad "
                     "and hello kitty 2gb flash drive")


# --- containers beside the size, a count glued to "ct" --------------------------------

def test_a_container_one_shop_names():
    assert_same("Purina Tidy Cats Free & Clean Unscented Clumping Cat Litter, 20 lb Jug",
                "Tidy Cats Free and Clean Unscented Clumping Litter 20 lb")


def test_things_counted_and_the_count_glued():
    from crawler.matching.prepared import complete, prepare
    p = complete(prepare({"title": "Kleenex Ultra Soft Facial Tissues, 8 Flat Boxes, 120 Tissues per Box"}))
    o = complete(prepare({"title": "Kleenex Ultra Soft Tissue 8 Boxes x 120ct (960 Total)"}))
    assert E.number_glued_otherwise(p.words, p.words.index("120"), p, o)
    q = complete(prepare({"title": "Kleenex Ultra Soft Tissue 8 Boxes x 100ct"}))
    assert not E.number_glued_otherwise(p.words, p.words.index("120"), p, q)


def test_a_year_range_written_short_is_no_other_number():
    from crawler.matching.prepared import complete, prepare
    p = complete(prepare({"title": "Husky Liners Front Floor Liners for 2019-2024 Ram 1500 Crew Cab"}))
    o = complete(prepare({"title": "Husky Liners Front Floor Liners Fits 19-24 Ram 1500 Crew Cab"}))
    q = complete(prepare({"title": "Husky Liners Front Floor Liners Fits 15-18 Ram 1500 Crew Cab"}))
    assert E.number_glued_otherwise(p.words, p.words.index("2019"), p, o)
    assert not E.number_glued_otherwise(p.words, p.words.index("2019"), p, q)
    assert E.number_glued_otherwise(o.words, o.words.index("19"), o, p)


def test_a_unit_written_out_against_its_glued_abbreviation():
    from crawler.matching.prepared import complete, prepare
    p = complete(prepare({"title": "Clorox Disinfecting Bleach, Regular, 121 Fluid Ounces"}))
    o = complete(prepare({"title": "Clorox Regular Bleach 121oz"}))
    q = complete(prepare({"title": "Clorox Regular Bleach 121 count"}))
    assert E.number_glued_otherwise(p.words, p.words.index("121"), p, o)
    assert not E.number_glued_otherwise(p.words, p.words.index("121"), p, q)


def test_the_default_edition_inserted_between_shared_words():
    assert_same("Reynolds Wrap Aluminum Foil, 200 Square Feet", "Reynolds Wrap Standard Aluminum Foil 200 sq ft")


def test_x_large_is_xl_not_large():
    assert_different("Columbia Men's Watertight II Jacket, Black, X-Large", "Columbia Men's Watertight II Jacket, Black, L")
    from crawler.matching.facets import _COLOUR_WORDS
    assert E.letter_sizes("hanes tee black extra large", ["hanes", "tee", "black", "extra", "large"],
                          _COLOUR_WORDS) == {("size", "xl")}


@pytest.mark.parametrize("title", [float("nan"), 5.5, ["Zelda: Tears of the Kingdom", "Bundle"], 0, ""])
def test_a_title_that_is_no_text_is_decided_without_an_exception(title):
    # (review17: the raw-title rules - a series before a colon, a kind's modifier, a bundle's
    # joins - read ``(rawtitle or "").lower()``, an AttributeError on a NaN title in match_many)
    from crawler.matching import match_many, match_method

    other = {"title": "The Legend of Zelda: Tears of the Kingdom Bundle & Pro Controller"}
    for a, b in (({"title": title}, other), (other, {"title": title})):
        tier, score = match_method(a, b)
        assert match_many([a], [b])[2][0] == tier
