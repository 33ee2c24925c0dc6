"""Session 14, prec (issue #12): near misses a rule read wrong, and the conflict readers'
own errors (a conflict called on two listings of one product)."""

from __future__ import annotations

import pytest

from crawler.matching import match_method
from crawler.matching.formulation import formulations
from crawler.matching.prepared import complete, prepare
from tests.pair_checks import assert_different, assert_same


def _words(title: str) -> list:
    return complete(prepare({"title": title})).words


def _tier(a: str, b: str) -> str:
    return match_method({"title": a}, {"title": b})[0]


# --- a camera's body against its kit, the body's title naming its kind by a lens word

@pytest.mark.parametrize("a,b", [
    ("Sony Alpha a6400 Mirrorless Camera: Compact APS-C Interchangeable Lens Digital Camera with "
     "Real-Time Eye Auto Focus, 4K Video - Body Only", "Sony Alpha a6400 Mirrorless Camera with 16-50mm Zoom Lens"),
    ("Fujifilm X-T5 Interchangeable Lens Camera Body - Black", "Fujifilm X-T5 Mirrorless Camera with XF 18-55mm Lens Kit"),
    ("Nikon Z fc Wechselobjektiv Kamera Gehäuse", "Nikon Z fc Kamera mit Objektiv 16-50 mm"),
])
def test_a_body_whose_kind_names_a_lens_is_no_kit(a, b):
    assert_different(a, b)


# --- formulations: a child-safety feature, a "for ..." phrase listing skin types

@pytest.mark.parametrize("title", [
    "Duracell CR2032 3V Lithium Battery, Child Safety Features, 4 Count Pack",
    "Energizer 2032 Lithium Coin Battery, child-resistant packaging, 2 pack",
    "Pile bouton CR2032 Lithium, emballage sécurité enfant, lot de 4",
    "Pila de botón CR2032 litio, envase a prueba de niños, 4 unidades",
])
def test_a_child_safety_feature_is_no_childrens_version(title):
    assert ("age", "kids") not in formulations(_words(title))


@pytest.mark.parametrize("title", [
    "Children's Zyrtec Allergy Syrup, 4 fl oz",
    "Colgate Kids Toothpaste, Bubble Fruit, 4.6 oz",
    "Signal Dentifrice Enfants 2-6 ans, 50 ml",
])
def test_the_childrens_version_stays_one(title):
    assert ("age", "kids") in formulations(_words(title))


@pytest.mark.parametrize("title", [
    "Cetaphil Face Wash, Hydrating Gentle Skin Cleanser for Dry to Normal Sensitive Skin, 20 oz",
    "Neutrogena Hydro Boost Gel Cream for Normal to Oily and Sensitive Skin, 1.7 oz",
    "La Roche-Posay Toleriane Crème pour peaux normales à mixtes sensibles, 40 ml",
])
def test_sensitive_in_a_for_phrase_of_skin_types_is_whom_it_suits(title):
    assert ("formula", "sensitive") not in formulations(_words(title))


def test_a_sensitive_formula_named_as_the_product_stays_one():
    assert ("formula", "sensitive") in formulations(_words("Sensodyne Toothpaste Sensitive Extra Whitening 4 oz"))
    assert ("formula", "sensitive") in formulations(_words("Dove Sensitive Skin Beauty Bar, 4 x 3.75 oz"))


def test_listings_of_one_battery_and_one_cleanser_have_no_formulation_conflict():
    assert not _tier("Duracell 2032 Lithium Coin Battery 4 pk",
                     "Duracell CR2032 3V Lithium Battery, Child Safety Features, 4 Count Pack, "
                     "Lithium Coin Battery for Key Fob").startswith("conflict")
    assert not _tier("Cetaphil Gentle Skin Cleanser 20 fl oz Pump Bottle",
                     "Cetaphil Face Wash, Hydrating Gentle Skin Cleanser for Dry to Normal Sensitive Skin, 20 oz"
                     ).startswith("conflict")


# --- a platform's short name, a kind of software's abbreviation

def test_nsw_is_the_nintendo_switch():
    assert not _tier("Nintendo Mario Kart 8 Deluxe (NSW) US Version", "Mario Kart 8 Deluxe - Nintendo Switch"
                     ).startswith("conflict")
    assert_different("Mario Kart 8 Deluxe (NSW)", "Mario Kart 8 Deluxe (Wii U)")


def test_daw_names_a_kind_of_software_no_variant():
    assert_same("Ableton Live 12 Suite [Download] - DAW for Mac & Windows", "Live 12 Suite (Ableton) Full Version")
    assert_different("Ableton Live 12 Suite [Download] - DAW for Mac & Windows", "Ableton Live 12 Standard - DAW")


# --- model numbers: a number glued to the line's word, a digit-led suffix

@pytest.mark.parametrize("a,b", [
    ("JBL - FLIP6 Portable Waterproof Speaker - Blue", "JBL Flip 5 Waterproof Portable Bluetooth Speaker - Blue"),
    ("Sonos Era100 Smart Speaker Black", "Sonos Era 300 Smart Speaker Black"),
    ("Bose SoundLink Flex2 Bluetooth Speaker", "Bose SoundLink Flex 1 Bluetooth Speaker"),
])
def test_a_glued_number_against_another_number_of_the_line(a, b):
    assert_different(a, b)


def test_a_glued_number_written_apart_is_the_same_model():
    assert _tier("JBL - FLIP6 Portable Waterproof Speaker - Blue",
                 "JBL Flip 6 Waterproof Portable Bluetooth Speaker - Blue") != "conflict:number"


@pytest.mark.parametrize("a,b", [
    ('ASUS VG27AQ 27" WQHD IPS 165Hz Gaming Monitor', 'ASUS TUF Gaming VG27AQ1A 27" WQHD 170Hz IPS Monitor'),
    ('ASUS ROG Strix XG27AQ 27" 170Hz Monitor', 'ASUS ROG Strix XG27AQ1M 27" 170Hz Monitor'),
])
def test_a_digit_led_suffix_names_a_sibling_model(a, b):
    assert_different(a, b)


def test_a_letter_suffix_is_no_sibling():
    # (a colour or revision suffix: "MF110B" / "MF110-B1" is one mount)
    assert _tier("Sanus VisionMount Flat Panel TV Wall Mount MF110B",
                 "Sanus VisionMount flat panel tv wall mount MF110-B1") != "conflict:model"


# --- with / without one thing, a percentage naming the variant

@pytest.mark.parametrize("a,b", [
    ("Palacios tortilla de patata sin cebolla 600 g", "Palacios tortilla de patata con cebolla 600 g"),
    ("Müller Milchreis ohne Zucker 200g", "Müller Milchreis mit Zucker 200g"),
    ("Cheeseburger w/o onions", "Cheeseburger with onions"),
    ("Pain de mie sans croûte 500 g", "Pain de mie avec croûte 500 g"),
    ("Unox rookworst zonder vel 275 g", "Unox rookworst met vel 275 g"),
    ("Pão de forma sem casca 450 g", "Pão de forma com casca 450 g"),
    ("Kabanosy bez konserwantów 200 g", "Kabanosy z konserwantami 200 g"),
])
def test_with_and_without_one_thing_are_two_products(a, b):
    assert_different(a, b)


def test_without_one_thing_against_a_title_naming_no_with_is_no_conflict():
    assert _tier("Cheeseburger w/o onions", "Cheeseburger, 1 piece") != "conflict:slot"
    assert _tier("Fire TV Stick 4K Max, free & live TV without cable or satellite",
                 "Fire TV Stick 4K Max with Alexa Voice Remote") != "conflict:slot"


@pytest.mark.parametrize("a,b", [
    ("Łaciate Mleko UHT 2% 1 l", "Łaciate Mleko UHT 3,2% 1 l"),
    ("Weihenstephan Frische Milch 1,5% Fett 1 l", "Weihenstephan Frische Milch 3,5% Fett 1 l"),
    ("Danone Skyr Natur 0% Fett 450g", "Danone Skyr Natur 1,5% Fett 450g"),
    ("Lindt Excellence 70% Cacao 100 g", "Lindt Excellence 85% Cacao 100 g"),
])
def test_another_percentage_is_another_variant(a, b):
    assert_different(a, b)


def test_a_claim_or_a_discount_percentage_names_no_variant():
    from crawler.matching.amounts import percentages
    assert percentages("tide pods save 20% 42 ct") == frozenset()
    assert percentages("nivea creme 30% mehr 250 ml") == frozenset()
    assert percentages("orange juice 100% 1 l") == frozenset()
    assert percentages("the ordinary niacinamide 10% + zinc 1% 30ml") == frozenset({10.0, 1.0})
    assert _tier("The Ordinary Niacinamide 10% + Zinc 1%, 30ml",
                 "THE ORDINARY Niacinamide 10% Zinc 1% Serum 1 oz") != "conflict:slot"


# --- a jar's mouth, the California King, a bedding cover's set

@pytest.mark.parametrize("a,b", [
    ("Ball Regular Mouth Mason Jars 16 oz, 12 Pack", "Ball Wide Mouth Mason Jars 16 oz, 12 Pack"),
    ("Hydro Flask 32 oz Wide Mouth Bottle Black", "Hydro Flask 32 oz Standard Mouth Bottle Black"),
    ("Casper Original Foam Mattress, Cal King", "Casper Original Foam Mattress, King"),
    ("Brooklinen Luxe Sheet Set California King White", "Brooklinen Luxe Sheet Set King White"),
    ("Brooklinen Linen Duvet Cover Queen Natural", "Brooklinen Linen Duvet Cover Set Queen Natural"),
    ("IKEA Nyponros Duvet Cover and Pillowcase Queen", "IKEA Nyponros Duvet Cover Queen"),
    ("Housse de couette 240x220 lin lavé naturel", "Parure housse de couette 240x220 avec taies lin lavé naturel"),
])
def test_mouth_bed_size_and_cover_set_are_variants(a, b):
    assert_different(a, b)


def test_a_cover_set_worded_two_ways_is_one_set():
    assert _tier("Nestl Home 3-Piece Comforter Set Queen Grey", "Nestl Home 3 Piece Comforter Queen Grey") != "conflict:slot"
    assert _tier("Brooklinen Linen Duvet Cover Set Queen Natural",
                 "Brooklinen Linen Duvet Cover and Pillow Shams Set, Queen, Natural") != "conflict:slot"


# --- the peanut as a flavour, the school grade of a workbook

@pytest.mark.parametrize("a,b", [
    ("CLIF BAR - Crunchy Peanut Butter - 2.4 oz. (12 Pack)",
     "CLIF BAR - Chocolate Chip - Made with Organic Oats - 10g Protein - Energy Bars - 2.4 oz. (12 Pack)"),
    ("M&M's Peanut Chocolate Candy, Sharing Size, 10.05 oz", "M&M's Milk Chocolate Candy, Sharing Size, 10.05 oz"),
    ("Lorenz Erdnüsse Kräuter 150 g", "Lorenz Mandeln Kräuter 150 g"),
])
def test_the_peanut_is_a_flavour(a, b):
    assert_different(a, b)


def test_one_peanut_butter_written_twice_is_one():
    assert _tier("Skippy Creamy Peanut Butter 16.3 oz", "SKIPPY Peanut Butter, Creamy, 16.3 Ounce") != "conflict:scent"


@pytest.mark.parametrize("a,b", [
    ("Brain Quest Kindergarten Workbook - Ages 5-6", "Brain Quest Workbook: Pre-K (Brain Quest Workbooks)"),
    ("Spectrum Kindergarten Math Workbook", "Spectrum First Grade Math Workbook"),
])
def test_a_workbook_for_another_grade_is_another_book(a, b):
    assert_different(a, b)


def test_one_grade_written_two_ways_is_no_grade_conflict():
    assert _tier("Spectrum 3rd Grade Math Workbook", "Spectrum Math Workbook, Grade 3") != "conflict:slot"


# --- the product with another product added (a model number, a device's kind)

@pytest.mark.parametrize("a,b", [
    ("Canon PG-545 + CL-546 Multipack", "PG-545 Black"),
    ("Nespresso Vertuo Next Coffee Machine with Aeroccino3, Matte Black", "Nespresso Vertuo Next Coffee Machine, Matte Black"),
    ("Kodak Printomatic Instant Camera with Photo Printer, Grey", "Kodak Printomatic Instant Camera, Grey"),
    ("Sony WH-1000XM5 + WF-1000XM5 Set", "Sony WH-1000XM5 Headphones Black"),
    ("Hatch Rest+ 2nd Gen Sound Machine with Audio Monitor", "Hatch Rest 2nd Gen Sound Machine"),
    ("Nespresso Vertuo Next Kaffeemaschine mit Aeroccino3, Schwarz", "Nespresso Vertuo Next Kaffeemaschine, Schwarz"),
])
def test_a_product_with_another_one_added_is_a_bundle(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a,b", [
    # (a part with its own number, a feature, a plus model, "compatible with")
    ("universal remote control mrf-350 addressable narrow band rf base station with rfx-250 antenna",
     "universal mrf-350 rf black base station mrf350"),
    ("DJI Osmo Pocket 3", 'DJI Osmo Pocket 3 Vlogging Camera with 1" CMOS & 4K/120fps, 3-Axis Stabilization'),
    ("iRobot Roomba j7+ Self-Emptying Robot Vacuum", "iRobot Roomba j7+ Robot Vacuum with Clean Base"),
    ("HP Laptop 15 with Windows 11 Home", "HP Laptop 15 15.6 inch"),
])
def test_an_added_part_feature_or_plus_model_is_no_added_product(a, b):
    assert _tier(a, b) != "conflict:accessory"


# --- counts: "N - PC" across a title's parts, a set's count before a fraction

def test_a_number_before_a_dash_and_pc_is_no_licence_count():
    f = complete(prepare({"title": "The Sims 4 - PC/Mac [Online Game Code]"})).facets
    assert "pack" not in f and "_licences" not in f
    f = complete(prepare({"title": "Norton 360 Deluxe 3-PC"})).facets
    assert f.get("_licences") == frozenset({3})
    assert complete(prepare({"title": "Pepsi Cola 12 - Pack"})).facets.get("pack") == frozenset({12})


def test_a_digit_after_a_set_word_counts_the_set():
    assert _words("Irwin Spade Bit Set 6 1/2 in. Shank")[4:6] == ["6", "0.5inch"]
    assert _words("Instant Pot Duo 5 1/2 Quart")[3] == "5.5quart"
    assert_different("Bosch Spade Bit Set 6 1/2 in. Shank", "Bosch Spade Bit Set 8 1/2 in. Shank")
    assert _tier("Irwin Spade Bit Set 6 1/2 in. Shank", "Irwin Spade Bit Set, 6 Piece, 1/2 in. Shank") != "conflict:units"


# --- a part alone against a product (no device) sold with it

@pytest.mark.parametrize("a,b", [
    ("Hydro Flask 32 oz Wide Mouth Bottle with Flex Straw Cap, Black", "Hydro Flask Wide Mouth Flex Straw Cap, Black"),
    ("Stanley Quencher H2.0 Tumbler with Straw Lid 40 oz, Cream", "Stanley Quencher H2.0 Straw Lid, Cream"),
    ("WMF Kochtopf 20 cm mit Glasdeckel", "WMF Glasdeckel 20 cm"),
])
def test_a_part_alone_is_not_the_product_sold_with_it(a, b):
    assert_different(a, b)


def test_the_product_titled_with_its_part_is_still_the_product():
    assert _tier("Hydro Flask 32 oz Wide Mouth Water Bottle with Flex Cap, Black",
                 "Hydro Flask Wide Mouth Bottle 32oz Flex Cap - Black") != "conflict:accessory"
    assert _tier("MEYER Accent 16 cm saucepan & lid, 1.9 litre, induction",
                 "Meyer Accent Series Stainless Steel Saucepan with Lid 16cm 1.9L") != "conflict:accessory"


# --- "compatible with" a device both titles of one maker name

@pytest.mark.parametrize("a,b", [
    ("Ringke Fusion Galaxy A54 5G Clear Case",
     "Ringke Fusion Compatible with Samsung Galaxy A54 5G Case, Clear Hard Back Shockproof TPU Bumper Phone Cover - Clear"),
    ("Spigen Ultra Hybrid iPhone 15 Pro Case", "Spigen Ultra Hybrid Case Compatible with iPhone 15 Pro"),
    ("Spigen Tough Armor Hülle für iPhone 15 Pro Schwarz", "Spigen Tough Armor Hülle kompatibel mit iPhone 15 Pro Schwarz"),
])
def test_one_makers_accessory_written_with_compatible_is_no_third_party(a, b):
    assert _tier(a, b) != "conflict:third_party"


def test_a_third_party_naming_the_original_stays_one():
    assert not _tier("HP 64XL Black Ink Cartridge", "LD Compatible with HP 64XL Black Ink Cartridge") in ("title", "model")


# --- the word a variant word follows, printed by the other title in another writing

def test_a_variant_after_a_platform_written_otherwise_is_the_same_variant():
    assert _tier("PlayStation®5 Console (slim)", "Sony PS5 Slim Disc Edition 1TB Console - White") != "conflict:variant"
    assert_different("Sony PS5 Console", "Sony PS5 Slim Console")


def test_a_variant_after_a_model_glued_into_a_longer_one_is_the_same_variant():
    from crawler.matching.features import mvariants_differ
    a = complete(prepare({"title": "Hisense 65-Inch Class U8 Series Mini-LED ULED 4K UHD Google Smart TV (65U8K, 2023 Model)"}))
    b = complete(prepare({"title": 'Hisense 65" U8K Mini LED QLED 4K Google TV 65U8K - Walmart.com'}))
    assert not mvariants_differ(a, b)


# --- session 14, fixm: the review's findings 3, 6, 7, 9 (rev14m)

@pytest.mark.parametrize("a,b", [
    # (a count of two pieces or more, glued by the cleaner or apart, names a set)
    ("Bedsure Duvet Cover King Grey 3 Pieces", "Bedsure Duvet Cover Set King Grey"),
    ("Bedsure Duvet Cover King Grey 3pcs", "Bedsure Duvet Cover Set King Grey"),
    # ("1 pc", "Single Piece" name the piece alone, whatever the shop's word "Set")
    ("Utopia Bedding Duvet Cover Queen Grey", "Utopia Bedding Duvet Cover Queen Grey, 1 pc"),
    ("Utopia Bedding Quilt King Grey", "Utopia Bedding Quilt Set King Grey, Single Piece"),
])
def test_a_count_of_pieces_tells_the_set_from_the_piece(a, b):
    assert _tier(a, b) != "conflict:slot"


@pytest.mark.parametrize("title,pieces", [
    ("Bedsure Duvet Cover King Grey 3 Pieces", "set"),
    ("Bedsure Duvet Cover King Grey 2 pcs", "set"),
    ("Bettwäsche Bettbezug 135x200 2-teilig", "set"),
    ("Utopia Bedding Duvet Cover Queen Grey, 1 pc", "single"),
    ("Utopia Bedding Duvet Cover Queen, 1 Piece", "single"),
    ("Quilt Set King, Single Piece", "single"),
    ("Bedsure Duvet Cover King Grey", ""),
])
def test_cover_pieces(title, pieces):
    from crawler.matching.formulation import cover_pieces
    assert cover_pieces(_words(title)) == pieces


def test_a_set_counted_in_pieces_against_the_single_piece_stays_two():
    assert_different("Bedsure Duvet Cover King Grey 3 Pieces", "Bedsure Duvet Cover King Grey, 1 pc")
    assert _tier("Bedsure Duvet Cover King Grey 3pcs", "Bedsure Duvet Cover King Grey") == "conflict:slot"


@pytest.mark.parametrize("a,b", [
    # ("with or without X" names no side; the thing is one word, not a shared start; "Zusatz von"
    # / "added" lead to the thing)
    ("Brita Marella Water Jug 2.4L, with or without Maxtra", "Brita Marella Water Jug 2.4L with Maxtra"),
    ("Brita Marella Water Jug 2.4L, with/without Maxtra", "Brita Marella Water Jug 2.4L with Maxtra"),
    ("Kaiku Leche Semidesnatada sin lactosa 1L", "Kaiku Leche Semidesnatada 1L con lactasa"),
    ("Hohes C Milde Orange 1L ohne Zusatz von Zucker", "Hohes C Milde Orange 1 l mit Zusatz von Vitamin C"),
])
def test_with_and_without_name_one_thing_or_none(a, b):
    assert _tier(a, b) != "conflict:slot"
    assert _tier(b, a) != "conflict:slot"


def test_without_added_thing_against_with_it_stays_two():
    assert_different("Hohes C Milde Orange 1L ohne Zusatz von Zucker", "Hohes C Milde Orange 1L mit Zusatz von Zucker")
    assert_different("Heinz Tomato Ketchup No Added Sugar 500ml", "Heinz Tomato Ketchup with Added Sugar 500ml")


def test_one_negation_table():
    from crawler.matching import variants, wordclass
    assert variants._NEGATION is wordclass.NEGATION


@pytest.mark.parametrize("a,b", [
    # (percentages of two things are compared with nothing)
    ("Milbona Skyr Natur 0,2 % Fett 500g", "Milbona Skyr Natur 500 g mit 11 % Protein"),
    ("Ehrmann High Protein Pudding Schoko 200g, 0,3% Fett", "Ehrmann High Protein Pudding Schoko 200g mit 20 % Protein"),
    ("Garnier Micellar Cleansing Water 400ml, 0% alcohol", "Garnier Micellar Cleansing Water 400ml, 96% natural origin"),
])
def test_percentages_of_two_things_are_no_conflict(a, b):
    assert _tier(a, b) != "conflict:slot"


def test_a_separator_before_a_percentage_is_no_discount():
    from crawler.matching.amounts import measured_percentages, percentages
    assert percentages("weihenstephan h-milch  1l  - 1.5 %") == frozenset({1.5})
    assert percentages("nivea creme  250ml  -20%") == frozenset()
    assert measured_percentages("milbona skyr natur 0.2 % fett  500g ") == frozenset({(0.2, "fat")})
    assert measured_percentages("whisky 40 % alc./vol.") == frozenset({(40.0, "alcohol")})
    assert measured_percentages("mleko 2% tluszczu") == frozenset({(2.0, "fat")})
    assert_different("Weihenstephan H-Milch 3,5% 1L", "Weihenstephan H-Milch 1 L - 1,5 %")


def test_percentages_of_one_named_thing_still_differ():
    assert_different("Milbona Skyr Natur 0,2 % Fett 500g", "Milbona Skyr Natur 3,5 % Fett 500g")
    from crawler.matching.amounts import percent_differs
    a, b = (complete(prepare({"title": t})) for t in ("Ehrmann Pudding 200g mit 20 % Protein",
                                                       "Ehrmann Pudding 200g, 12 % Protein"))
    assert percent_differs(a, b) and percent_differs(b, a)
    a, b = (complete(prepare({"title": t})) for t in ("Milbona Skyr Natur 0,2 % Fett 500g",
                                                       "Milbona Skyr Natur 500 g mit 11 % Protein"))
    assert not percent_differs(a, b)


@pytest.mark.parametrize("a,b", [
    ("Spectrum Math Workbook Grades 1-2", "Spectrum Math Workbook Grade 1"),
    ("Spectrum Math Workbook Grades 1-2", "Spectrum Math Workbook Grade 2"),
    ("Brain Quest Workbook: First Grade", "Brain Quest Workbook Grade 1"),
    ("Spectrum Third Grade Math Workbook", "Spectrum Math Workbook, Grade 3"),
])
def test_a_range_of_grades_and_a_spelled_grade_name_their_grades(a, b):
    assert _tier(a, b) in ("title", "model", "learned")


def test_a_grade_outside_the_range_is_another_book():
    assert_different("Spectrum Math Workbook Grades 1-2", "Spectrum Math Workbook Grade 3")
    assert_different("Brain Quest Workbook: First Grade", "Brain Quest Workbook Grade 2")
    from crawler.matching.formulation import formulations
    assert {c for d, c in formulations(_words("Spectrum Reading Workbook Grades K-2")) if d == "grade"} == {"k", "g1", "g2"}


def test_number_signs_read_from_one_table():
    from crawler.matching import facets, wordclass
    assert facets._NUMBER_SIGN_WORDS is wordclass._NUMBER_SIGNS
    assert _tier("Olaplex Numero 3 Hair Perfector", "Olaplex No. 3 Hair Perfector") == "title"
    assert_different("Olaplex Numero 3 Hair Perfector", "Olaplex No. 4 Hair Perfector")
