"""Variants of one model (``crawler.matching.variants``): two offers that
share a model number are still two products when a title names a variant
right around that number, or says another form factor, packaging or
network - and stay one product when the extra words only describe it.
Real-style shop titles in English, German, French, Spanish and Czech."""

from __future__ import annotations

import pytest

from crawler.matching import match_method, same_product
from crawler.matching.features import prepare
from crawler.matching.variants import form_conflict, slot_conflict


def _tier(a: str, b: str) -> str:
    return match_method({"title": a}, {"title": b})[0]


def _both_ways(a: str, b: str) -> tuple:
    return _tier(a, b), _tier(b, a)


# a variant word right after the model's name, or in its slot on each side
VARIANT_WORDS = [
    ("WD Black SN850X 1TB", "WD Black SN850X 1TB Heatsink"),
    ("WD Black SN850X 1TB", "WD Black SN850X 1TB Kühlkörper"),
    ("Dyson V15 Detect", "Dyson V15 Detect Absolute"),
    ("Aspirateur balai Dyson V15 Detect", "Aspirateur balai Dyson V15 Detect Absolute"),
    ("GoPro HERO11 Black", "GoPro HERO11 Black Mini"),
    ("Cámara GoPro HERO11 Black", "Cámara GoPro HERO11 Black Mini"),
    ("Motorola Moto G54 5G 256GB", "Motorola Moto G54 Power 5G 256GB"),
    ("Ariel Allin1 Pods Original 30 Stück", "Ariel Allin1 Pods Color 30 Stück"),
    ("Ariel Allin1 Pods Original 30 ks", "Ariel Allin1 Pods Color 30 ks"),
    # another variant joined to the name by "and"; an edition named
    ("Philips Hue White Ambiance GU10", "Philips Hue White and Color Ambiance GU10"),
    ("TurboTax Deluxe 2022 Federal + State", "TurboTax Deluxe 2022 Federal"),
    ("Sony PlayStation 5 Console", "Sony PlayStation 5 Digital Edition Console"),
]


@pytest.mark.parametrize("a,b", VARIANT_WORDS)
def test_a_variant_word_next_to_a_shared_model_number_is_another_product(a, b):
    assert _both_ways(a, b) == ("conflict:slot", "conflict:slot")
    assert not same_product({"title": a}, {"title": b})


# what kind of one model: form factor / bus of a drive, box vs tray, network
KINDS = [
    ("Crucial MX500 1TB 2.5\"", "Crucial MX500 1TB M.2", "form"),
    ("Kingston A400 480GB SSD 2,5 Zoll SATA", "Kingston A400 480GB M.2 SSD", "form"),
    ("Samsung 870 EVO 1TB SATA 2.5\" SSD", "Samsung 870 EVO 1TB NVMe SSD", "form"),
    ("AMD Ryzen 5 5600X Box", "AMD Ryzen 5 5600X Tray", "packaging"),
    ("AMD Ryzen 7 5800X3D Boxed", "AMD Ryzen 7 5800X3D Tray Prozessor", "packaging"),
    # (a processor number is no part number: box and tray are two products)
    ("Intel Core i7-12700K Box", "Intel Core i7-12700K Tray", "packaging"),
    ("Samsung Galaxy Tab S9 Wi-Fi 128GB", "Samsung Galaxy Tab S9 5G 128GB", "network"),
    ("Samsung Galaxy Tab S9 WLAN 128GB", "Samsung Galaxy Tab S9 LTE 128GB", "network"),
    ("Xiaomi Redmi Note 13 5G 256GB", "Xiaomi Redmi Note 13 4G 256GB", "network"),
    ("Apple iPad 10.9 Wi-Fi 64GB", "Apple iPad 10.9 Wi-Fi + Cellular 64GB", "network"),
]


@pytest.mark.parametrize("a,b,kind", KINDS)
def test_another_form_factor_packaging_or_network_is_another_product(a, b, kind):
    assert _both_ways(a, b) == ("conflict:" + kind, "conflict:" + kind)


def test_a_model_family_is_no_evidence_for_one_member():
    # "OLED55C3" names LG's 55" C3 sets, sold as OLED55C36LC, OLED55C37LA,
    # OLED55C3PUA ...: the code printed as the head of a longer one whose tail
    # goes on with a digit is the family, not the product
    assert _both_ways("LG OLED55C3 55\" 4K OLED TV", "LG 55 Zoll OLED55C37LA") == ("conflict:family",) * 2
    assert _tier("LG OLED55C3", "LG OLED55C36LC") == "conflict:family"
    # the same code, or a size glued on, is no family
    assert same_product({"title": "LG OLED55C37LA"}, {"title": "LG OLED55C37LA 55 Zoll OLED TV"})
    a = prepare({"title": "CP Technologies ClearLinks HDMI cable", "mpn": "CL-HDMI-PG-6"})
    b = prepare({"title": "ClearLinks premium HDMI cable", "mpn": "CL-HDMI-PG-66FT"})
    assert form_conflict(a, b) == 0.0


# words that describe the product, name its kind, a shop's page, or a spec:
# no variant, the offers stay one product
SAME = [
    ("AMD Ryzen 5 5600X", "AMD Ryzen 5 5600X Box"),
    ("Samsung Galaxy Tab S9 Wi-Fi 128GB", "Samsung Galaxy Tab S9 128GB"),
    ("Samsung 970 EVO Plus 1TB M.2 NVMe", "Samsung 970 EVO Plus 1TB NVMe SSD"),
    ("GoPro HERO11 Black", "GoPro HERO11 Black Action Camera"),
    ("GoPro HERO11 Black", "GoPro HERO11 Black Actioncam"),
    ("WD Black SN850X 1TB", "WD_BLACK SN850X 1TB NVMe Internal Gaming SSD"),
    ("Dyson V15 Detect Absolute", "Dyson V15 Detect Absolute Cordless Vacuum"),
    ("Dyson V15 Detect Absolute", "Dyson V15 Detect Absolute Akku-Staubsauger"),
    ("Motorola Moto G54 5G 256GB", "Motorola Moto G54 5G Smartphone 256GB"),
    ("Intel Core i5-4460 3.2GHz Box", "Intel Core i5-4460 3.2GHz Quad-Core Processor"),
    ("Royal PX70MX Shredder", "Royal PX70MX Paper Shredder"),
]


@pytest.mark.parametrize("a,b", SAME)
def test_describing_words_kind_words_and_specs_are_no_variant(a, b):
    assert same_product({"title": a}, {"title": b}), match_method({"title": a}, {"title": b})
    assert same_product({"title": b}, {"title": a})


def test_a_network_named_on_one_side_only_is_no_conflict_and_no_evidence():
    # "Redmi Note 13" exists as 4G and 5G: a one-sided network word cannot tell the two apart,
    # so the pair is left apart ("weak"), not parted
    for a, b in [("Xiaomi Redmi Note 13 5G 256GB", "Xiaomi Redmi Note 13 256GB"),
                 ("Samsung Galaxy A15 5G 128GB Blue Black", "Samsung Galaxy A15 128GB Blue Black")]:
        assert match_method({"title": a}, {"title": b})[0] == "weak"
    # (session 30, lbt30) "Galaxy S23" is sold as 5G only: a line of ``wordclass.made_only_in_5g``,
    # where leaving "5G" out names no other network (before, "weak" as the Redmi)
    a, b = "Samsung Galaxy S23 5G 128GB Phantom Black", "Samsung Galaxy S23 128GB Phantom Black"
    assert same_product({"title": a}, {"title": b}), match_method({"title": a}, {"title": b})
    assert same_product({"title": b}, {"title": a})


def test_router_wifi_bands_are_no_phone_network():
    a = prepare({"title": "TP-Link Archer AX55 Dual Band 2.4G/5G Router"})
    b = prepare({"title": "TP-Link Archer AX55 4G LTE Router"})
    assert form_conflict(a, b) == 0.0


def test_the_page_after_a_title_literal_is_no_variant():
    # (web-page titles: a shop's name after the product's literal)
    a = prepare({"title": '"Intel Core i5-4590 3.3Ghz Box"@es Box |PcComponentes "@es'})
    b = prepare({"title": '"Intel Core i5-4590 3.3Ghz Boxed - Prijzen "@NL Tweakers"@NL'})
    assert slot_conflict(a, b) == 0.0


def test_the_same_part_number_outweighs_the_words():
    a = {"title": "WD Black SN850X 1TB", "mpn": "WDS100T2X0E"}
    b = {"title": "WD Black SN850X 1TB Gaming", "mpn": "WDS100T2X0E"}
    assert same_product(a, b)


def test_bad_input_gives_no_conflict():
    empty = prepare({})
    other = prepare({"title": "Dyson V15 Detect Absolute"})
    assert slot_conflict(empty, other) == 0.0 == form_conflict(empty, other)
    assert slot_conflict(other, prepare({"title": 12345})) == 0.0
