"""Session 20, en20a (issue 12): English titles of office supplies, printing consumables, phones,
tablets, wearables and their accessories (``office_mobile``, ``variants``).  Each principle with
real-style titles of pairs that have it, and near misses that must stay apart."""

from __future__ import annotations

import pytest

from crawler.matching import match_many
from crawler.matching.office_mobile import rulings
from tests.pair_checks import assert_different, assert_same


def _batch_agrees(a: str, b: str) -> None:
    from crawler.matching import same_product
    _, same, _ = match_many([{"title": a}, {"title": b}], [{"title": b}, {"title": a}])
    assert bool(same[0]) == same_product({"title": a}, {"title": b}) == bool(same[1])


# --- a watch's band is its strap, no router's Wi-Fi band: LTE / Wi-Fi are two networks -------

@pytest.mark.parametrize("a, b", [
    ("Google Pixel Watch 2 LTE Matte Black / Obsidian Active Band",
     "Google Pixel Watch 2 Wi-Fi Matte Black / Obsidian Active Band"),
    ("Samsung Galaxy Watch6 40mm LTE Graphite Sport Band", "Samsung Galaxy Watch6 40mm Wi-Fi Graphite Sport Band"),
])
def test_watch_band_is_no_router_band(a, b):
    assert_different(a, b)
    _batch_agrees(a, b)


def test_router_bands_still_no_phone_network():
    assert_same("TP-Link Archer AX55 AX3000 Dual Band Wi-Fi 6 Router 5G", "TP-Link Archer AX55 AX3000 Wi-Fi 6 Router")


# --- a paper's ruling: one attribute, a few values ------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Leuchtturm1917 A5 Medium Dotted Notebook Black", "Leuchtturm1917 A5 Medium Ruled Notebook Black"),
    ("Moleskine Classic Notebook, Large, Squared, Black, Hard Cover", "Moleskine Classic Notebook, Large, Plain, Black, Hard Cover"),
    ("Mead Composition Book Wide Rule 100 Sheet Black Marble", "Mead Composition Notebook, College Ruled, 100 Sheets, Black Marble"),
    ("Rhodia No. 16 Dot Pad A5 Orange", "Rhodia No. 16 Graph Pad A5 Orange"),
])
def test_two_rulings_are_two_papers(a, b):
    assert_different(a, b)
    _batch_agrees(a, b)


def test_ruling_words():
    assert rulings("leuchtturm1917 a5 medium dot grid notebook".split()) == {"dotted"}
    assert rulings("oxford refill pad a4 lined".split()) == {"lined"}
    assert rulings("mead composition book wide rule".split()) == {"lined", "width:wide"}
    # (no paper named: an Echo Dot, a plain yoghurt)
    assert rulings("amazon echo dot 5th gen charcoal".split()) == frozenset()
    assert rulings("fage total plain yoghurt 500g".split()) == frozenset()


@pytest.mark.parametrize("a, b", [
    ("Oxford Refill Pad A4 80 Sheets Ruled with Margin", "Oxford A4 Refill Pad 80 Sheets Lined with Margin"),
])
def test_ruled_and_lined_are_one_ruling(a, b):
    assert_same(a, b)


# --- a variant's letters written apart by one shop, glued to the number by the other -------

@pytest.mark.parametrize("a, b", [
    ("Epson 603XL Starfish Black Ink Cartridge", "Epson 603 XL High Yield Black Ink - Starfish"),
    ("Canon PG 560 XL Black Ink", "Canon PG-560XL High Yield Black Ink Cartridge"),
    ("Epson T212XL Black Ink 212 XL", "Epson 212XL Black High-capacity Ink Cartridge"),
])
def test_xl_glued_or_apart_is_one_cartridge(a, b):
    assert_same(a, b)
    _batch_agrees(a, b)


@pytest.mark.parametrize("a, b", [
    ("HP 62 XL Black Ink", "HP 62 Black Ink Cartridge"),
    ("Canon PG 560 Black Ink", "Canon PG-560XL High Yield Black Ink Cartridge"),
    ("Epson 603 XL Black Ink Cartridge", "Epson 603 Black Ink Cartridge"),
])
def test_xl_against_standard_stays_apart(a, b):
    assert_different(a, b)


# --- an edition's two letters after a model's name --------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Texas Instruments TI-84 Plus CE Graphing Calculator", "Texas Instruments TI-84 Plus Graphing Calculator"),
])
def test_edition_letters_after_a_name(a, b):
    assert_different(a, b)
    _batch_agrees(a, b)


def test_edition_letters_both_sides_stay_one():
    assert_same("TI-84 Plus CE Graphing Calculator - Black", "Texas Instruments TI-84 Plus CE Color Graphing Calculator, Black")


# --- a multipack of a series' cartridges is not one of them -----------------------------------

@pytest.mark.parametrize("a, b", [
    ("Canon PG-540 / CL-541 Multipack Black + Colour", "Canon PG-540 Black Ink Cartridge"),
    ("HP 950XL / 951XL Ink Combo Pack", "HP 951XL Cyan Ink Cartridge"),
])
def test_multipack_of_a_series_is_not_one_cartridge(a, b):
    assert_different(a, b)
    _batch_agrees(a, b)


@pytest.mark.parametrize("a, b", [
    ("Canon PG-540 / CL-541 Multipack Black + Colour", "Canon PG540/CL541 Value Pack Black + Tri-Colour"),
    # (a list of the devices it fits sells one thing; two-digit codes are sizes and bases)
    ("GoPro Enduro Rechargeable Battery for HERO12 Black", "GoPro Enduro Akku (HERO12 Black / HERO11 / HERO10 / HERO9)"),
    ("Philips LED Frosted A19 Light Bulb, 800 Lumen, 60 Watt Equivalent, Soft White 2700K, E26 Base, 8-Pack",
     "Philips 60W Equivalent A19 LED Soft White 2700K (8 pk)"),
])
def test_multipack_rule_leaves_these_alone(a, b):
    assert_same(a, b)


# --- a charger by any of its names ------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Apple 35W Dual USB-C Compact Power Adapter", "Apple 35 W Dual USB-C Compact Charger"),
    ("Anker 737 Power Bank (PowerCore 24K) 24000mAh", "Anker 737 PowerCore 24000mAh Portable Charger"),
])
def test_power_adapter_and_charger_are_one_kind(a, b):
    assert_same(a, b)
    _batch_agrees(a, b)


@pytest.mark.parametrize("a, b", [
    ("Philips Sonicare 4100 Power Toothbrush Charger", "Philips Sonicare 4100 Power Toothbrush"),
    ("Motorola Moto G54 Power 5G 256GB", "Motorola Moto G54 5G 256GB"),
])
def test_charger_of_a_device_and_a_models_power_stay_apart(a, b):
    assert_different(a, b)


# --- "Edge": a variant right after a line's name only ------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Samsung Crystal UHD Smart TV Edge-to-Edge Display 65 inch", "Samsung Crystal UHD Smart TV 65 inch"),
    ("ZAGG InvisibleShield Glass Elite Edge to Edge Screen Protector iPhone 14",
     "ZAGG InvisibleShield Glass Elite Screen Protector iPhone 14"),
    ("Lenovo ThinkPad Edge E15 Laptop", "Lenovo ThinkPad E15 Laptop"),
])
def test_edge_to_edge_and_a_line_before_its_number_are_no_variant(a, b):
    assert_same(a, b)
    _batch_agrees(a, b)


@pytest.mark.parametrize("a, b", [
    ("Samsung Galaxy S7 Edge 32GB Black", "Samsung Galaxy S7 32GB Black"),
    ("Sony DualSense Edge Wireless Controller", "Sony DualSense Wireless Controller"),
])
def test_edge_after_a_line_is_its_premium_model(a, b):
    assert_different(a, b)


# --- refresh rates: a long part number both print names one monitor ------------------------------

def test_refresh_rates_with_a_long_part_number_shared():
    assert_same("Samsung Odyssey G5 LS27AG500NNXZA 27\" 144Hz", "Samsung Odyssey G5 LS27AG500NNXZA 27 inch 165Hz")
    assert_different("GIGABYTE M27Q 27\" 170Hz Gaming Monitor", "GIGABYTE M27Q X 27\" 240Hz Gaming Monitor")


# --- "Adaptor": the British "Adapter" ---------------------------------------------------------

def test_adaptor_and_adapter_are_one_word():
    assert_same("Apple Lightning to 3.5mm Headphone Jack Adaptor", "Apple Lightning to 3.5 mm Headphone Jack Adapter")


# --- a number before "Sheets" / "Pages" is a count, no generation -------------------------------

@pytest.mark.parametrize("a, b", [
    ("Swingline Stapler, 747 Classic Desk Stapler, 20 Sheet Capacity, Black", "Swingline 747 Classic Desk Stapler Black"),
    ("Rexel Momentum X410 P-4 Cross Cut Paper Shredder, 10 Sheet", "Rexel Momentum X410 Cross-Cut Paper Shredder"),
])
def test_sheet_count_is_no_generation(a, b):
    assert_same(a, b)


def test_two_sheet_counts_stay_apart():
    assert_different("Oxford Refill Pad A4 80 Sheets Lined", "Oxford Refill Pad A4 160 Sheets Lined")


# --- how a phone is sold: Unlocked = SIM Free, Dual SIM a spec ---------------------------------

@pytest.mark.parametrize("a, b", [
    ("iPhone 13 - 128GB - Midnight - Unlocked", "Apple iPhone 13 128GB Midnight SIM Free"),
    ("Xiaomi Redmi Note 13 Pro 5G 8GB 256GB Midnight Black", "Redmi Note 13 Pro 5G (8+256GB) Midnight Black Dual SIM"),
])
def test_unlocked_sim_free_and_dual_sim_are_no_identifying_words(a, b):
    assert_same(a, b)
    _batch_agrees(a, b)


@pytest.mark.parametrize("a, b", [
    ("iPhone 13 - 128GB - Midnight - Unlocked", "Apple iPhone 13 128GB Midnight Verizon"),
    ("iPhone 13 128GB Midnight SIM Free", "iPhone 13 256GB Midnight SIM Free"),
])
def test_a_carrier_or_another_capacity_still_differs(a, b):
    assert_different(a, b)


# --- "Port" after a connector, "Series" closing a line's name ------------------------------------

def test_port_after_a_connector_is_the_connector():
    assert_same("Apple 35W Dual USB-C Port Compact Power Adapter", "Apple 35 W Dual USB-C Compact Charger")


def test_series_closing_a_line_is_filler():
    assert_same("OtterBox Defender Series Case for iPhone 15 Pro Max - Black",
                "Otterbox Defender iPhone 15 Pro Max Rugged Case Black")
    assert_different("Microsoft Xbox Series X 1TB Console", "Microsoft Xbox Series S 1TB Console")
    assert_different("OtterBox Defender Series Case for iPhone 15 Pro - Black",
                     "OtterBox Defender Series Case for iPhone 15 Pro Max - Black")


# --- a paper product's own cover; "Tri-colour" = the colour cartridge ----------------------------

def test_a_notebooks_own_cover_is_no_accessory():
    assert_same("Mead Composition Book Wide Rule 100 Sheet Black Marble Cover",
                "Mead Composition Notebook, Wide Ruled, 100 Sheets, Black Marble")
    assert_different("HP 14 inch Notebook Cover Black", "HP 14 inch Notebook Black")


def test_tri_colour_is_the_colour_cartridge():
    assert_same("HP 305 Colour Ink Cartridge (Standard)", "HP 305 Tri-colour Original Ink Cartridge")
    assert_different("HP 305 Black Ink Cartridge", "HP 305 Tri-colour Original Ink Cartridge")


# --- a combo pack of named cartridges is the N-pack of them --------------------------------------

def test_combo_pack_is_the_pack_of_its_colours():
    assert_same("HP 63 Black & Tri-color Ink Cartridges, 2-pack", "HP 63 Combo Pack Black/Tri-Colour Original Ink Cartridges")
    assert_different("HP 63 Black & Tri-color Ink Cartridges, 3-pack", "HP 63 Combo Pack Black/Tri-Colour Original Ink Cartridges")
    assert_different("HP 63 Black Ink Cartridge, 2-pack", "HP 63 Combo Pack Black/Tri-Colour Original Ink Cartridges")


# --- "N x M" with no unit, its product printed: a count, no size ---------------------------------

def test_count_times_count_is_no_size():
    from crawler.matching import match_method
    from crawler.matching.prepared import prepare
    assert prepare({"title": "Dymo LabelWriter 30252 Address Labels 700 Labels (2 x 350)"}).facets.get("dims") is None
    assert match_method({"title": "DYMO Authentic LW Address Labels, 1-1/8\" x 3-1/2\", 2 Rolls of 350"},
                        {"title": "Dymo LabelWriter 30252 Address Labels 700 Labels (2 x 350)"})[0] != "conflict:dims"
    assert_different("Storage Box 30 x 40 cm Grey", "Storage Box 40 x 50 cm Grey")


# --- a glass's treatment; a charger's standard and current ---------------------------------------

def test_tempered_glass_against_glass():
    assert_same("InvisibleShield Glass Elite - iPhone 14 - Tempered Glass Screen Protector",
                "ZAGG InvisibleShield Glass Elite Screen Protector for Apple iPhone 14")
    assert_different("ZAGG InvisibleShield Tempered Glass Screen Protector for Apple iPhone 14",
                     "ZAGG InvisibleShield Film Screen Protector for Apple iPhone 14")


def test_charging_standard_and_current_are_specs():
    assert_same("Samsung 45W Super Fast Charging 2.0 Power Adapter with USB-C Cable, Black",
                "Samsung 45W PD Wall Charger Type C (with 5A cable) - Black")
    assert_different("Samsung 45W PD Wall Charger Black", "Samsung 25W PD Wall Charger Black")


# --- a paper's grammage written two ways ------------------------------------------------------------

def test_grammage_written_two_ways():
    assert_same("Navigator Universal A4 Paper 80gsm 500 Sheets", "Navigator A4 80g/m2 Multipurpose Copier Paper 500 Sheets")
    assert_same("Navigator Universal A4 Paper 80gsm 500 Sheets", "Navigator Universal A4 Paper 80 gsm 500 Sheets")
    assert_different("Navigator A4 80gsm Paper 1 Ream", "Navigator A4 80gsm Paper 5 Reams")
