"""Session 10, multilingual titles (issue 12): Arabic/English titles as shops in
Lebanon write them, and European-language titles against English ones."""

from __future__ import annotations

import pytest

from crawler.matching import match_method, same_product
from crawler.matching import titles as T
from crawler.matching.arabic import to_latin


def _same(a: str, b: str, **kw) -> bool:
    return same_product({"title": a, **kw}, {"title": b})


# --------------------------------------------------------------------------
# the cleaner: Arabic digits, units, variants and colours are read
# --------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected_units", [
    ("Samsung Galaxy S24 Ultra ٢٥٦ جيجا", {"cap": frozenset({256.0})}),      # Eastern Arabic digits
    ("Samsung Galaxy A15 ۱۲۸ جيجا", {"cap": frozenset({128.0})}),            # Persian digits
    ("قلاية هوائية فيليبس HD9252/90 سعة ٤٫١ لتر", {"vol": frozenset({4100.0})}),  # Arabic decimal sign
    ("Huawei Watch GT 4 ٤٦ ملم", {"len": frozenset({46.0})}),
    ("باور بانك انكر ٢٠٠٠٠ مللي أمبير", {"mah": frozenset({20000.0})}),
    ("Nescafe Gold ٢٠٠ غرام", {"wt": frozenset({200.0})}),
    ("Samsung 55 UHD ٥٥ إنش", {"inch": frozenset({55.0})}),
    ("Gillette Fusion5 ProGlide عبوة ٨ قطع", {"pack": frozenset({8.0})}),
])
def test_arabic_numbers_and_units_are_read(text, expected_units):
    _, units = T.clean_with_units(text)
    for dim, v in expected_units.items():
        assert units.get(dim) == v


def test_arabic_variant_colour_and_kind_words_become_latin_words():
    ws = T.words(T.clean("Samsung Galaxy S24 ألترا 256GB أسود"))
    assert "ultra" in ws and "black" in ws
    ws = T.words(T.clean("ايفون ١٥ برو ماكس - تيتانيوم طبيعي"))
    assert {"iphone", "15", "pro", "max", "titanium", "natural"} <= set(ws)
    # the article and a conjunction glued to a word: "the black", "and white"
    assert to_latin("الأسود والأبيض").split() == ["black", "white"]


def test_unknown_arabic_words_are_dropped_not_kept_as_noise():
    # a shop's Arabic rendering of a product's name says nothing the other title lacks
    ws = T.words(T.clean("Tecno Spark 20 Pro ٢٥٦ جيجا تكنو سبارك"))
    assert ws == ["tecno", "spark", "20", "pro", "256gb", "tecno"]


def test_bad_input_is_no_traceback():
    assert T.clean("ـــ ٫ ،") .strip(" .,") == ""
    assert to_latin("") == ""


# --------------------------------------------------------------------------
# decisions: Arabic words that name another product are conflicts
# --------------------------------------------------------------------------
@pytest.mark.parametrize("a, b", [
    ("Samsung Galaxy S24 256GB Black", "Samsung Galaxy S24 ألترا 256GB أسود"),            # ultra
    ("iPhone 15 Pro 256GB Blue Titanium", "ايفون 15 برو ماكس 256 جيجا تيتانيوم أزرق"),     # max
    ("iPhone 15 128GB Black", "ايفون ١٥ - ٢٥٦ جيجا - أسود"),                              # 128 vs 256
    ("Sony WH-1000XM5 Wireless Headphones Silver", "Sony WH-1000XM5 سماعات لاسلكية - أسود"),  # colour
    ("Samsung 55\" Crystal UHD 4K Smart TV CU7000", "تلفزيون سامسونج Crystal UHD 4K CU7000 - ٦٥ بوصة"),
    ("Nescafe Gold 200g", "Nescafe Gold ١٠٠ غ"),
    ("Pampers Baby-Dry Size 4 64 pcs", "Pampers Baby-Dry مقاس ٥ - ٦٤ حبة"),
    ("JBL Flip 6 Bluetooth Speaker Blue", "JBL Flip 6 سماعة بلوتوث - أحمر"),
    ("Kenwood kMix KMX750 Red Stand Mixer", "Kenwood kMix KMX750 عجانة - كريمي"),
])
def test_arabic_variant_unit_and_colour_words_tell_products_apart(a, b):
    assert not _same(a, b), match_method({"title": a}, {"title": b})


@pytest.mark.parametrize("a, b", [
    ("Apple iPhone 15 128GB Pink", "Apple iPhone 15 128GB وردي"),
    ("iPhone 15 128GB Black", "Apple iPhone 15 (128 GB) - أسود"),
    ("Samsung Galaxy Tab S9 FE Wi-Fi 128GB Gray", "تابلت سامسونج Galaxy Tab S9 FE واي فاي ١٢٨ جيجا رمادي"),
    ("Apple MacBook Air 13 M2 8GB 256GB Midnight",
     "ماك بوك اير MacBook Air 13 M2 - ٨ جيجا / ٢٥٦ جيجا - ميدنايت"),
])
def test_the_same_product_in_english_and_arabic_is_matched(a, b):
    assert _same(a, b), match_method({"title": a}, {"title": b})


def test_an_arabic_part_repeating_the_latin_title_is_its_translation():
    # every word the Arabic part names is printed in the Latin part: dropped whole
    assert T.words(T.clean("iPhone 15 Pro Max 256GB | ايفون ١٥ برو ماكس")) == [
        "iphone", "15", "pro", "max", "256gb"]
    # an Arabic part that adds a word (the colour) is kept
    assert "black" in T.words(T.clean("Apple iPhone 15 (128 GB) - أسود"))
    a, b = "Windows 11 Pro OEM - ويندوز 11 برو", "Microsoft Windows 11 Professional OEM"
    assert not match_method({"title": a}, {"title": b})[0].startswith("conflict")


# --------------------------------------------------------------------------
# colours in more languages (Polish, Dutch, feminine forms)
# --------------------------------------------------------------------------
@pytest.mark.parametrize("a, b", [
    ("Xiaomi Smart Band 8 Graphite Black", "Xiaomi Smart Band 8 czarna"),              # Polish
    ("Samsung Galaxy A55 5G 8GB 256GB Lilac", "Samsung Galaxy A55 5G 8GB 256GB Lilla"),  # Italian
    ("JBL Tune 520BT Black", "JBL Tune 520BT zwarte"),                                   # Dutch
])
def test_a_colour_in_another_language_is_the_same_colour(a, b):
    assert not match_method({"title": a}, {"title": b})[0].startswith("conflict")


@pytest.mark.parametrize("a, b", [
    ("Xiaomi Smart Band 8 Graphite Black", "Xiaomi Smart Band 8 różowa"),
    ("Samsung Galaxy A55 5G 256GB Awesome Lilac", "Samsung Galaxy A55 5G 256GB gialla"),
    ("JBL Tune 520BT Black", "JBL Tune 520BT blauwe"),
    ("Philips Sonicare DiamondClean 9000 Black", "Philips Sonicare DiamondClean 9000 biała"),
])
def test_another_colour_in_another_language_is_a_conflict(a, b):
    assert not _same(a, b)
    assert match_method({"title": a}, {"title": b})[0].startswith("conflict")


def test_another_battery_capacity_is_another_product():
    # a power bank of 10000 mAh is not the one of 20000 mAh, in any script
    for b in ("Anker PowerCore 20000mAh Power Bank", "Anker PowerCore ٢٠٠٠٠ mAh باور بانك"):
        assert match_method({"title": "Anker PowerCore 10000mAh Power Bank"}, {"title": b})[0] == "conflict:units"
    assert not match_method({"title": "Anker PowerCore 20000mAh"},
                            {"title": "باور بانك انكر PowerCore ٢٠٠٠٠ مللي أمبير"})[0].startswith("conflict")


# --------------------------------------------------------------------------
# European languages: kinds, connection, editions and parts named in the shop's language
# --------------------------------------------------------------------------
@pytest.mark.parametrize("a, b", [
    ("Tefal Ingenio Eco Respect Frying Pan 28cm", "Patelnia Tefal Ingenio Eco Respect 28 cm"),            # PL kind
    ("Bosch Professional GSR 18V-55 Cordless Drill Driver (2x 2.0Ah batteries, charger)",
     "Bosch Professional Akku-Bohrschrauber GSR 18V-55 (2x 2,0 Ah Akku, Ladegerät)"),                     # DE
    ("Nike Air Force 1 '07 Men's Shoes White", "Zapatillas Nike Air Force 1 '07 para hombre Blanco"),     # ES
    ("Microsoft Office Home & Student 2021 1 PC/Mac", "Microsoft Office Casa e Studenti 2021 1 PC/Mac"),  # IT edition
    ("Ariel Washing Liquid Color 2.2L 40 washes", "Ariel Płyn do prania Color 2,2 l 40 prań"),            # PL form
    ("Bialetti Moka Express 6 Cups", "Bialetti Moka Express Caffettiera 6 tazze"),
])
def test_a_kind_or_edition_in_the_shops_language_is_no_disagreement(a, b):
    assert _same(a, b), match_method({"title": a}, {"title": b})


@pytest.mark.parametrize("a, b", [
    ("Tefal Ingenio Eco Respect Frying Pan 28cm", "Patelnia Tefal Ingenio Eco Respect 24 cm"),
    ("Microsoft Office Home & Student 2021", "Microsoft Office Casa e Lavoro 2021"),       # Home & Business
    ("Ariel Washing Liquid Color 2.2L 40 washes", "Ariel Płyn do prania Mountain Spring 2,2 l 40 prań"),
    ("Bialetti Moka Express 6 Cups", "Bialetti Moka Express 3 tazze"),
    ("Bosch Professional GSR 18V-55 Cordless Drill, 2x 2.0Ah",
     "Bosch Professional Akku-Bohrschrauber GSR 18V-55, 2x 4,0 Ah Akku"),
])
def test_translated_titles_still_tell_variants_apart(a, b):
    assert not _same(a, b), match_method({"title": a}, {"title": b})


@pytest.mark.parametrize("a, b", [
    ("Apple iPhone 13 128GB Blue", "Apple iPhone 13 128GB Blue مستعمل"),                     # used
    ("Dior Sauvage Eau de Toilette 100ml", "عطر ديور Sauvage أو دو بارفان ١٠٠ مل"),           # EDT vs EDP
    ("Apple AirPods (2nd generation)", "Apple AirPods الجيل الثالث"),                        # 3rd generation
    ("Café Najjar Classic 450g", "بن نجار مع هال Café Najjar with Cardamom 450g"),           # with cardamom
])
def test_arabic_condition_concentration_generation_and_flavour_words_count(a, b):
    assert not _same(a, b), match_method({"title": a}, {"title": b})


def test_arabic_grocery_and_toiletry_words_are_read():
    assert T.words(T.clean("ديتول غسول اليدين المضاد للبكتيريا ٢٠٠ مل")) == [
        "dettol", "hand", "wash", "antibacterial", "200ml"]
    assert T.words(T.clean("نسكافيه جولد قهوة سريعة الذوبان")) == ["nescafe", "gold", "coffee", "instant"]


def test_a_flash_drive_named_in_spanish_or_french_is_a_flash_drive():
    a = "Kingston DataTraveler G4 - USB flash drive 16 GB"
    assert _same(a, "PENDRIVE 16GB KINGSTON USB 3.0 DATATRAVELER G4")
    assert not _same(a, "PENDRIVE 32GB KINGSTON USB 3.0 DATATRAVELER G4")


def test_apples_finish_named_in_polish_is_midnight():
    assert _same("Smartfon Apple iPhone 14 128GB Północ", "Apple iPhone 14 128 GB Midnight")
    assert not _same("Smartfon Apple iPhone 14 128GB Północ", "Apple iPhone 14 128 GB Starlight")
