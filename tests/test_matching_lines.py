"""A line name with a generation glued on is no model number (issue #12): "Fusion5" and "Mach3"
name razor lines whose variants ("ProGlide", "Turbo") print them too, while "DCR-HC52" and
"KX-TCA92" are model numbers.  And a kind a title denies ("Tray (OEM, no box)") is not its kind."""

from __future__ import annotations

import pytest

from crawler.matching import match_method, same_product


@pytest.mark.parametrize("a,b", [
    ("Gillette Fusion5 Men's Razor Blades, 8 Refills", "Gillette Fusion5 ProGlide Men's Razor Blades, 8 Refills"),
    ("Gillette Mach3 Razor + 2 Refills", "Gillette Mach3 Turbo Razor + 2 Refills"),
    ("Samsung Galaxy Note10 256GB", "Samsung Galaxy Note10 Lite 256GB"),
    ("Intel Core i7-14700K Boxed Processor", "Intel Core i7-14700K Tray Processor (OEM, no box)"),
    ("AMD Ryzen 7 5800X Box", "AMD Ryzen 7 5800X Prozessor Tray, ohne Box"),
])
def test_line_variants_and_denied_kinds_are_not_the_same_product(a, b):
    assert not same_product({"title": a}, {"title": b}), match_method({"title": a}, {"title": b})
    assert not same_product({"title": b}, {"title": a})


@pytest.mark.parametrize("a,b", [
    # a line name, with the titles' words agreeing
    ("Gillette Mach3 Men's Razor, 2 Refills", "Gillette MACH3 Razor + 2 Refills"),
    # model numbers whose letters are no word: still model-number evidence
    ("Sony Handycam DCR-HC52 MiniDV Camcorder", "Sony Silver MiniDV Handycam Camcorder DCRHC52"),
    ("Panasonic KX-TCA92 Headset", "Panasonic Hands Free Headset KXTCA92"),
    # a denied kind, and the same kind stated
    ("Intel Core i7-14700K Tray Processor (OEM, no box)", "Intel Core i7-14700K Tray"),
])
def test_the_same_product_is_still_found(a, b):
    assert same_product({"title": a}, {"title": b}), match_method({"title": a}, {"title": b})
    assert same_product({"title": b}, {"title": a})


@pytest.mark.parametrize("title,pieces", [
    ("Samsung Portable SSD T7 Shield 2 TB - Black (MU-PE2T0S/AM)", {"mu", "am"}),
    ("Samsung Galaxy S23 FE 5G 128 GB Mint SM-S711B", {"sm"}),
    ("WD Elements 2TB Portable Hard Drive - WDBU6Y0020BBK-WESN", {"wesn"}),
    ("Sony WH-1000XM5 Black", {"wh"}),
    ("Apple iPhone 15 Black/256GB", set()),
])
def test_the_letters_of_a_model_number_are_no_words_of_the_name(title, pieces):
    from crawler.matching.facets import code_pieces
    from crawler.matching.prepared import complete, prepare

    p = complete(prepare({"title": title}))
    assert code_pieces(p.words, p.codes) == pieces
    assert not (p.pageids & pieces)


def test_a_part_number_one_shop_prints_does_not_keep_the_same_product_apart():
    a = {"title": "Samsung Galaxy S23 FE 128GB Mint"}
    b = {"title": "Samsung Galaxy S23 FE 128 GB Mint SM-S711B"}
    assert same_product(a, b), match_method(a, b)


@pytest.mark.parametrize("a,b", [
    ("Ninja BL610 Professional 72 Oz Countertop Blender with 1000-Watt Base, Black",
     "Ninja Professional Blender 1000W - BL610"),
    ("TP-Link Kasa Smart Plug Mini 15A, Apple HomeKit Supported, Works with Siri, Alexa & Google Home, "
     "UL Certified, 2.4G WiFi Only, 4-Pack (EP10P4)", "Kasa Smart Wi-Fi Plug Mini EP10P4 4 Pack"),
])
def test_a_variant_both_titles_print_is_the_same_variant_wherever_it_stands(a, b):
    assert same_product({"title": a}, {"title": b}), match_method({"title": a}, {"title": b})


@pytest.mark.parametrize("a,b", [
    ("Samsung Galaxy Tab S9 FE Wi-Fi 128GB", "Samsung Galaxy Tab S9 FE+ Wi-Fi 128GB"),
    ("Xiaomi Redmi Note 13 Pro 5G 256GB", "Xiaomi Redmi Note 13 Pro+ 5G 256GB"),
    ("Finish All in 1 Max Dishwasher Tablets 100", "Finish Quantum Max Dishwasher Tablets 100"),
])
def test_a_plus_glued_to_a_model_word_and_a_variant_of_another_number_tell_apart(a, b):
    assert not same_product({"title": a}, {"title": b}), match_method({"title": a}, {"title": b})


@pytest.mark.parametrize("a,b", [
    ("Energizer MAX AAA Batteries (24 Pack), Triple A Alkaline Batteries", "Energizer Max Alkaline AAA, 24 Count"),
    ("Colgate Total Whitening Toothpaste, 4.8 oz, 2 Pack", "Colgate Total Whitening Toothpaste Twin Pack 2 x 4.8 oz"),
])
def test_sizes_and_packs_spelled_out_are_the_same(a, b):
    assert same_product({"title": a}, {"title": b}), match_method({"title": a}, {"title": b})


def test_double_a_is_no_aaa():
    assert not same_product({"title": "Duracell Double A Batteries 8 pack"}, {"title": "Duracell AAA Batteries 8 pack"})


@pytest.mark.parametrize("a,b", [
    ("بلايستيشن 5 سليم ديجيتال", "Sony PS5 Slim Disc Edition - بلايستيشن 5 سليم"),
    ("Sony PlayStation 5 Slim Console", "Sony PlayStation 5 Slim Digital Edition Console"),
])
def test_a_console_with_a_drive_is_not_its_digital_edition(a, b):
    assert not same_product({"title": a}, {"title": b}), match_method({"title": a}, {"title": b})


@pytest.mark.parametrize("a,b", [
    ("Nescafe Gold 200g", "نسكافيه جولد منزوع الكافيين 200 غ"),
    ("Pampers Baby Dry Size 4 52", "بامبرز بيبي دراي ليلي مقاس 4 52"),
    ("Apple iPad 10th Gen 64GB WiFi", "ايباد الجيل التاسع 64 جيجا واي فاي"),
    ("Apple iPad 10th Gen 64GB WiFi", "ايباد الجيل العاشر 64 جيجا واي فاي + خلوي"),
])
def test_arabic_formulations_generations_and_networks_tell_apart(a, b):
    assert not same_product({"title": a}, {"title": b}), match_method({"title": a}, {"title": b})


def test_an_arabic_generation_is_the_generation():
    a, b = {"title": "Apple iPad 10th Gen 64GB WiFi"}, {"title": "ايباد الجيل العاشر 64 جيجا واي فاي"}
    assert same_product(a, b), match_method(a, b)


@pytest.mark.parametrize("a,b", [
    ("Tide Original Scent Liquid Laundry Detergent 92 fl oz", "Tide PODS Laundry Detergent, Original, 42 Count"),
    ("Ariel Liquid Detergent 2L", "Ariel Pods 40 Count"),
    ("Samsung Galaxy Buds+", "Samsung Galaxy Buds"),
    ("Disney+ Gift Card 50", "Disney Gift Card 50"),
])
def test_a_detergents_form_and_a_plus_glued_to_a_name_tell_apart(a, b):
    assert not same_product({"title": a}, {"title": b}), match_method({"title": a}, {"title": b})


def test_pods_named_two_ways_are_the_pods():
    a, b = {"title": "Tide PODS Original 42 ct"}, {"title": "Tide Original Laundry Detergent Pacs 42 Count"}
    assert same_product(a, b), match_method(a, b)
