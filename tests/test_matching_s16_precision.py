"""Session 16, prec (issue #12): CJK titles read as Latin ones (``cjk``), and what an offer
is made for or named as (``made_for``, ``editions``, ``model_numbers``, ``sizing``): another
maker's product "for" this one, a special edition against none, a model number's variant
suffix, a natural-gas grill against the propane one, a size of one sizing system."""

from __future__ import annotations

import pytest

from crawler.matching import match_method
from crawler.matching.cjk import excused, to_latin
from crawler.matching.model_numbers import suffix_variant
from crawler.matching.sizing import sizes
from crawler.matching.prepared import prepare
from crawler.matching.titles import _latin, clean
from tests.pair_checks import assert_different


def _tier(a: str, b: str) -> str:
    return match_method({"title": a}, {"title": b})[0]


def _same(a: str, b: str) -> bool:
    return match_method({"title": a}, {"title": b})[1] >= 0.5


def _read(title: str) -> str:
    # (as the cleaner reads a title: ``to_latin`` before accents go - session 17, one reader)
    return " ".join(_latin(title).split())


# --- CJK: the native words read as Latin ones

def test_native_colours_are_read_in_every_script():
    assert "turquoise" in _read("Nintendo Switch Lite ターコイズ")
    assert "space gray" in _read("Apple iPad Air 11吋 M2 128GB 太空灰色")  # (the longest word first)
    assert "graphite" in _read("삼성전자 갤럭시 버즈2 프로 그라파이트")
    # a Chinese colour name ends in its colour
    assert _read("华为 Mate 60 Pro 雅丹黑").endswith("black")
    assert _read("小米 14 冰川银").endswith("silver")


def test_units_counters_and_glued_codes():
    # (a counter alone after its number is a table word of the first step, "pcs"; one the
    # table does not hold alone, "個入", a count of the second)
    assert "24 pcs" in _read("サントリー 天然水 550ml×24本")
    assert "12 count" in _read("カルビー ポテトチップス 60g 12個入")
    assert "40 pcs" in _read("농심 신라면 120g 40개")
    assert "11 inch" in _read("iPad Air 11吋")
    assert "2nd gen" in _read("小米Redmi K70 第二代骁龙8")
    assert "xiaomi Redmi" in _read("小米Redmi K70")  # (a code glued to native text is a word of its own)
    assert "body" in _read("キヤノン EOS R50ボディー")


def test_full_width_letters_and_digits_are_ascii():
    assert "sk-ii" in clean("ＳＫ－ＩＩ フェイシャル トリートメント エッセンス ２３０ｍｌ")
    assert "230ml" in clean("ＳＫ－ＩＩ フェイシャル トリートメント エッセンス ２３０ｍｌ")


def test_latin_titles_never_reach_the_reader():
    assert to_latin("Nintendo Switch Lite") == "Nintendo Switch Lite"


def test_an_ideograph_a_word_whatever_the_spacing():
    assert clean("蒙牛 特仑苏 纯牛奶 250ml") .split() == clean("蒙牛特仑苏纯牛奶 250ml").split()


@pytest.mark.parametrize("a,b", [
    ("Nintendo Switch Lite ターコイズ", "Nintendo Switch Lite コーラル"),
    ("华为 Mate 60 Pro 12GB+512GB 雅川青", "华为 Mate 60 Pro 12GB+512GB 雅丹黑"),
    ("【国内正規品】SONY WH-1000XM5 ワイヤレスノイズキャンセリングヘッドホン ブラック",
     "【国内正規品】SONY WH-1000XM5 ワイヤレスノイズキャンセリングヘッドホン プラチナシルバー"),
    ("Canon EOS R50 Body Black", "キヤノン EOS R50 ボディー ホワイト"),
    ("大疆 DJI Osmo Pocket 3 标准版", "大疆 DJI Osmo Pocket 3 全能套装"),
    ("Apple iPad Air 11吋 M2 Wi-Fi 128GB 太空灰色", "Apple iPad Air 11吋 M2 Wi-Fi + 行動網路 128GB 太空灰色"),
    ("キヤノン EOS R6 Mark II ボディー", "キヤノン EOS R6 Mark II RF24-105 L IS USM レンズキット"),
    ("삼성 갤럭시 버즈2 프로 화이트", "삼성 갤럭시 버즈2 프로 블랙"),
    ("ビオレUV アクアリッチ ウォータリーエッセンス 70g", "ビオレUV アクアリッチ ウォータリージェル 70ml"),
])
def test_cjk_variants_are_other_products(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a,b", [
    ("Nintendo Switch Lite ターコイズ", "Nintendo Switch Lite - Turquoise"),
    ("Apple iPhone 15 128GB ブラック", "iPhone 15 128GB ブラック"),
    ("삼성 갤럭시 버즈2 프로 그라파이트 SM-R510", "Samsung Galaxy Buds2 Pro SM-R510 Graphite"),
])
def test_cjk_and_latin_listings_of_one_product_stay_one(a, b):
    assert _same(a, b), (a, b, match_method({"title": a}, {"title": b}))


def test_an_unread_native_word_is_evidence_only_against_its_own_script():
    latin = prepare({"title": "Nintendo Switch Lite Turquoise"})
    japanese = prepare({"title": "Nintendo Switch Lite ターコイズ コーラル限定"})
    korean = prepare({"title": "닌텐도 스위치 라이트 터쿼이즈"})
    word = next(w for w in japanese.wordset if w.startswith("cjk"))
    assert excused(word, latin)
    assert excused(word, korean)
    assert not excused(word, japanese)
    assert not excused("turquoise", latin)


# --- another maker's product made for this maker's

@pytest.mark.parametrize("a,b", [
    ({"title": "Brita Standard Replacement Filters, 6 Count", "brand": "Brita"},
     {"title": "Waterdrop Replacement for Brita Standard Pitcher Filter, 6 Pack"}),
    ({"title": "Anker Nano Charger for Apple iPhone 15, 20W USB-C"},
     {"title": "Apple 20W USB-C Power Adapter"}),
    ({"title": "Oral-B iO Ultimate Clean Brush Heads, 4 Count"},
     {"title": "Sensyne Replacement Heads Compatible with Oral-B iO, 4 Pack"}),
    ({"title": "Cartouche compatible pour HP 305 Noir"}, {"title": "HP 305 Noir Cartouche d'encre"}),
])
def test_another_makers_copy_for_this_maker(a, b):
    tier, score = match_method(a, b)
    assert score < 0.5, (a, b, tier)


def test_a_makers_own_replacement_part_is_no_copy():
    assert _tier("Philips Sonicare Replacement Heads for Philips Sonicare DiamondClean, 4 Pack",
                 "Philips Sonicare DiamondClean Replacement Heads 4 Pack") != "conflict:third_party"


# --- a special edition against none

@pytest.mark.parametrize("a,b", [
    ("Nintendo Switch Pro Controller", "Nintendo Switch Pro Controller - Splatoon 3 Edition"),
    ("Xbox Wireless Controller Carbon Black", "Xbox Wireless Controller Starfield Limited Edition"),
    ("The Witcher 3 Wild Hunt PS4", "The Witcher 3 Wild Hunt Game of the Year Edition PS4"),
])
def test_a_special_edition_is_not_the_plain_product(a, b):
    assert_different(a, b)


def test_the_standard_edition_is_the_plain_product():
    assert _tier("Hogwarts Legacy PS5", "Hogwarts Legacy Standard Edition PS5") != "conflict:edition"


# --- a model number's variant suffix

@pytest.mark.parametrize("a,b", [
    ("WD_BLACK SN850X 1TB NVMe SSD", "WD_BLACK SN850 1TB NVMe SSD"),
    ("Intel Core i7-12700K Desktop Processor", "Intel Core i7-12700 Desktop Processor"),
    ("Intel Core i9-13900KS Prozessor", "Intel Core i9-13900 Prozessor"),
    ("Sapphire Radeon RX 7900XT 20GB", "Sapphire Radeon RX 7900 20GB"),
])
def test_a_variant_suffix_names_another_model(a, b):
    assert_different(a, b)


def test_suffix_variant_reads_codes():
    a = prepare({"title": "WD_BLACK SN850X 1TB"})
    b = prepare({"title": "WD_BLACK SN850 1TB"})
    assert suffix_variant(a, b) and suffix_variant(b, a)
    c = prepare({"title": "Samsung PN63A650T Plasma"})
    d = prepare({"title": "Samsung PN63A650 Plasma"})
    assert not suffix_variant(c, d)  # (a region's or a colour's letter: code_relation's prefix)


def test_an_x_glued_to_a_code_is_no_times_sign():
    assert "sn850x" in clean("WD_BLACK SN850X 1TB NVMe SSD").split()
    assert "*" in clean("Poster 16 x 20 inch")


# --- fuel and sizes

@pytest.mark.parametrize("a,b", [
    ("Weber Genesis E-325s Liquid Propane Grill", "Weber Genesis E-325s Natural Gas Grill"),
    ("Char-Broil Performance 4-Burner LP Gas Grill", "Char-Broil Performance 4-Burner Natural Gas Grill"),
])
def test_natural_gas_is_not_propane(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a,b", [
    ("Adidas Samba OG Cloud White, US 9", "Adidas Samba OG Cloud White, US 9.5"),
    ("Birkenstock Arizona Taupe EU 42", "Birkenstock Arizona Taupe EU 43"),
    ("Pampers Baby-Dry Windeln Größe 4, 174 Stück", "Pampers Baby-Dry Windeln Größe 5, 174 Stück"),
    ("Huggies Little Snugglers Size 2, 84 Count", "Huggies Little Snugglers Size 3, 84 Count"),
])
def test_sizes_of_one_system_apart(a, b):
    assert_different(a, b)


def test_sizes_reads_systems():
    assert sizes("nike air force 1 us 10.5") == {"us": {10.5}}
    assert sizes("adidas samba eur 42") == {"eu": {42.0}}
    assert sizes("usb c cable 2m") == {}
    assert sizes("poster size 16 x 20") == {}  # (dimensions, no size)


def test_a_shared_part_number_outweighs_an_edition_or_a_for_maker():
    # (AMD's "Black Edition" is a shop's wording beside the part number both print)
    assert _same("AMD A6-5400K Black Edition 3.60GHz Dual Core Processor (AD540KOKHJBOX)",
                 "AMD A6-5400K APU 3.6Ghz Dual-Core Processor AD540KOKHJBOX")
    assert _tier("Optoma BL-FP230C replacement projector lamp for Optoma EP749",
                 "Electrified BL-FP230C replacement lamp with housing for Optoma projectors") != "conflict:third_party"
