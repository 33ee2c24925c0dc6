"""One value named in several languages or spellings is no conflict (issue 12,
helper "conf"): "Citron" = "Lemon", "Lavande" = "Lavender", "Kaffee gemahlen"
= "Ground Coffee", "PlayStation" (no generation) = "PS5", "RX 7800 XT" =
"RX7800XT", "Refills" = "Cloths / Pads", "6 people" = "6 Users", "204 Count,
3 Packs of 68" = "204 ct"; two different
values still conflict whatever the language."""

from crawler.matching import match_method, same_product
from crawler.matching.synonyms import (names_refill_pack, number_in_code, platforms_disagree, scent_values,
                                       translated_in)


def _m(a, b):
    return match_method({"title": a}, {"title": b})[0]


def _same(a, b):
    return same_product({"title": a}, {"title": b})


# --- scents and flavours in another language --------------------------------

def test_scent_words_of_one_scent_share_one_value():
    assert scent_values(["citron"]) == scent_values(["lemon"]) == scent_values(["zitrone"])
    assert scent_values(["lavande"]) == scent_values(["lavendel"]) == scent_values(["levandule"])
    assert scent_values(["kaffee"]) == scent_values(["coffee"]) == scent_values(["kava"])
    assert scent_values(["lemon"]) != scent_values(["lavender"])
    # "Apple" before one of its maker's products is the maker, no scent
    assert scent_values(["apple"], ["works", "with", "apple", "homekit"]) == frozenset()
    assert scent_values(["apple"], ["fairy", "apple", "450ml"]) == frozenset(["apple"])


def test_translated_scent_is_the_same_product():
    assert _same("Ariel Pods Lavande 30", "Ariel Pods Lavender 30")
    assert _same("Fairy Original Citron 450 ml", "Fairy Original Lemon 450ml")
    assert _m("Lenor Weichspüler Lavendel 1,5 L", "Lenor Fabric Conditioner Lavender 1.5L") != "conflict:scent"


def test_different_scents_still_conflict_in_any_language():
    assert _m("Ariel Pods Citron 30", "Ariel Pods Lavender 30") == "conflict:scent"
    assert _m("Fairy Original Citron 450 ml", "Fairy Original Apple 450ml") == "conflict:scent"
    assert not _same("Lenor Weichspüler Lavendel 1,5 L", "Lenor Weichspüler Vanille 1,5 L")


def test_coffee_form_in_another_language():
    assert _same("Tchibo Feine Milde Kaffee gemahlen 500g", "Tchibo Feine Milde Ground Coffee 500g")
    assert _same("Lavazza Qualità Rossa Café moulu 250 g", "Lavazza Qualita Rossa Ground Coffee 250g")
    # ground is not beans
    assert not _same("Tchibo Feine Milde Kaffee gemahlen 500g", "Tchibo Feine Milde Coffee Beans 500g")
    assert translated_in("gemahlen", {"ground", "coffee"})
    assert not translated_in("gemahlen", {"beans", "coffee"})


def test_language_of_a_box_in_another_language():
    assert _same("Windows 11 Home 64 Bit Deutsch OEM", "Microsoft Windows 11 Home 64-bit German OEM DVD")
    assert not _same("Windows 11 Home 64 Bit Deutsch OEM", "Microsoft Windows 11 Home 64-bit English OEM DVD")


# --- a console family named without its generation --------------------------

def test_platform_family_agrees_with_its_generations():
    assert not platforms_disagree(frozenset(["playstation"]), frozenset(["ps5"]))
    # (a console is named "Xbox": "Xbox Stereo Headset" is not the "Xbox One" one)
    assert platforms_disagree(frozenset(["xbox"]), frozenset(["xboxone"]))
    assert platforms_disagree(frozenset(["ps4"]), frozenset(["ps5"]))
    assert platforms_disagree(frozenset(["playstation"]), frozenset(["xbox"]))
    assert platforms_disagree(frozenset(["mac"]), frozenset(["win"]))
    assert _m("PlayStation DualSense Edge Wireless Controller",
              "PS5 DualSense Edge Wireless Controller") != "conflict:platform"


def test_other_platforms_still_conflict():
    assert _m("PS4 DualShock 4 Wireless Controller Black",
              "PS5 DualSense Wireless Controller Black") == "conflict:platform"
    assert _m("PlayStation DualSense Wireless Controller White",
              "Xbox Wireless Controller White") == "conflict:platform"


# --- one model number written with and without spaces ------------------------

def test_number_in_code_written_as_one_token():
    ws = ["sapphire", "pulse", "radeon", "rx", "7800", "xt", "16gb"]
    assert number_in_code(ws, 4, {"rx7800xt", "16gb"})
    assert number_in_code(["sony", "alpha", "7", "iv"], 2, {"a7", "iv"})
    assert number_in_code(["galaxy", "buds", "2", "pro"], 2, {"buds2", "pro"})
    # another number in the other's code is no match
    assert not number_in_code(ws, 4, {"rx7700xt"})
    # a neighbour of digits never joins ("16 7800" is no code)
    assert not number_in_code(["16", "7800"], 1, {"167800"})


def test_model_number_written_apart_is_no_number_conflict():
    a = "PowerColor Hellhound AMD Radeon RX 7800 XT 16GB"
    b = "PowerColor Hellhound Radeon RX7800XT 16GB GDDR6 RX7800XT 16G-L/OC"
    assert _m(a, b) != "conflict:number"
    assert not _same("Sapphire Pulse Radeon RX 7800 XT 16GB", "Sapphire Pulse Radeon RX 7700 XT 12GB")


# --- a refill pack named by what it holds ------------------------------------

def test_refill_pack_named_by_its_consumables():
    assert names_refill_pack(["swiffer", "wetjet", "pads", "24count"])
    assert not names_refill_pack(["swiffer", "wetjet", "starter", "kit", "pads"])
    assert _m("Swiffer WetJet Pads 24 count", "Swiffer WetJet Refills 24 ct") != "conflict:refill"
    assert _m("Swiffer WetJet Starter Kit", "Swiffer WetJet Refills 24 ct") == "conflict:refill"


# --- the people a subscription is for ----------------------------------------

def test_people_count_licences_of_a_subscription():
    a = "Microsoft 365 Family 6 Users 12 Months"
    assert _m(a, "Microsoft 365 Family 1 Year Subscription up to 6 people") != "conflict:pack"
    assert not _same(a, "Microsoft 365 Personal 1 Year Subscription 1 person")


# --- a multipack that prints its total ---------------------------------------

def test_multipack_printing_its_total_is_the_total_count():
    a = "Hefty Paper Plates 120 Count, 4 Packs of 30 Plates"
    assert _m(a, "Hefty Paper Plates 120 ct") != "conflict:pack"
    assert not _same(a, "Hefty Paper Plates 30 ct")


# --- "x" inside a model number is no dimension -------------------------------

def test_x_inside_a_model_number_is_no_dimension():
    assert _m("WD Black SN850X 1TB", "Western Digital WD_BLACK SN850X NVMe SSD 1 TB WDS100T2X0E") != "conflict:dims"
    assert _m("Filtrete 20x25x1 Air Filter MPR 1000", "Filtrete 20x20x1 Air Filter MPR 1000") == "conflict:dims"


# --- an ordinal whose letter the dot cut off ----------------------------------

def test_spanish_ordinal_generation_is_read():
    a = "Apple AirPods (3.ª generación) con estuche de carga Lightning"
    assert _m(a, "Apple AirPods (3rd generation) with Lightning Charging Case") != "conflict:version"
    assert _m("Apple AirPods (2.ª generación) con estuche de carga Lightning",
              "Apple AirPods (3rd generation) with Lightning Charging Case") == "conflict:version"


# --- a model variant word after one model number written two ways -----------

def test_variant_after_a_series_number_written_glued_or_apart():
    from crawler.matching.synonyms import glued_series_number, ordinal_number
    assert glued_series_number("buds2") and glued_series_number("ps5")
    assert not glued_series_number("windows11") and not glued_series_number("usb3")
    assert ordinal_number("2.a") == "2" and ordinal_number("2.5") is None
    assert _m("SAMSUNG Galaxy Buds2 Pro True Wireless Earbuds, Graphite",
              "Samsung Galaxy Buds 2 Pro - Graphite") != "conflict:variant"
    assert _m("Auriculares Apple AirPods Pro (2.ª generación) con estuche MagSafe (USB-C)",
              "Apple AirPods Pro (2nd generation) with MagSafe Case (USB-C)") != "conflict:variant"
    # "Pro" is still a model of its own
    assert not _same("Samsung Galaxy Buds 2 Pro - Graphite", "Samsung Galaxy Buds 2 - Graphite")


def test_all_in_one_and_air_fryer_name_no_variant():
    assert _m("Finish All in 1 Max Dishwasher Tablets Regular 100 Pack",
              "Finish All-in-1 Max Regular Dishwasher Tabs x100") not in ("conflict:variant", "conflict:pack")
    # another line's "Max" is still no "All in 1 Max"
    assert not _same("Finish All in 1 Max Dishwasher Tablets 100", "Finish Quantum Max Dishwasher Tablets 100")
    assert _m("Cosori Pro LE Air Fryer L501 Black", "Cosori Pro LE L501 Air Fryer 5 Qt, Black") != "conflict:variant"
