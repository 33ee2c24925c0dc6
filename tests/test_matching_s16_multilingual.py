"""Session 16, ml (issue 12): one concept in many languages (``crawler.matching.lingua``),
an Arabic transliteration as the word itself (``scripts``).  Each principle with pairs that
have it and pairs of two products it must keep apart, in several languages."""

from __future__ import annotations

import pytest

from crawler.matching import match_method
from crawler.matching import cjk as C
from crawler.matching import lingua as L
from crawler.matching import titles as T
from crawler.matching import wordclass as W
from crawler.matching.facets import COLOUR_OF
from crawler.matching.scripts import arabic_skeletons, latin_skeletons
from tests.pair_checks import assert_different, assert_same


# --- the kind of product in the shop's language (``lingua.KINDS``, ``KIND_PHRASES``) ----

@pytest.mark.parametrize("a, b", [
    # German / Italian: a pocket knife ("Coltellino svizzero" a phrase), rot = rosso
    ("Victorinox Taschenmesser Huntsman rot", "Victorinox Coltellino svizzero Huntsman rosso"),
    # Dutch / Swedish: a shelf, white
    ("IKEA KALLAX Stellingkast 77x147 cm wit", "IKEA KALLAX hylla 77x147 cm vit"),
    # Dutch / French: shoe polish, black
    ("Kiwi Schoenpoets Zwart 50 ml", "KIWI cirage noir 50 ml"),
    # Polish / Czech: a pressure washer (two words each)
    ("Karcher K 4 Power Control Home myjka ciśnieniowa", "Kärcher K 4 Power Control Home vysokotlaký čistič"),
    # Polish / Czech: a garden hose
    ('Gardena Wąż ogrodowy Classic 1/2" 20 m', 'Gardena Classic hadice 1/2" 20 m'),
    # French / Dutch: a suitcase named by the cabin luggage it is
    ("Samsonite Cosmolite Spinner 55 cm Bleu", "Samsonite Cosmolite Spinner 55 cm handbagage blauw"),
])
def test_a_kind_in_two_languages_is_one_kind(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    # the same kind words do not excuse another colour, number, size or kind
    ("Victorinox Taschenmesser Huntsman rot", "Victorinox Coltellino svizzero Huntsman nero"),
    ("Kiwi Schoenpoets Zwart 50 ml", "KIWI cirage brun 50 ml"),
    ("Kiwi Schoenpoets Zwart 50 ml", "KIWI Schuhcreme schwarz 75 ml"),
    ("Karcher K 4 Power Control Home myjka ciśnieniowa", "Kärcher K 5 Power Control Home vysokotlaký čistič"),
    ('Gardena Wąż ogrodowy Classic 1/2" 20 m', 'Gardena Classic hadice 1/2" 30 m'),
    ("Samsonite Cosmolite Spinner 55 cm Bleu", "Samsonite Cosmolite Spinner 55 cm handbagage zwart"),
    # a knife is no pair of scissors, whatever the language
    ("Victorinox Taschenmesser Huntsman rot", "Victorinox Huntsman Schere rot"),
])
def test_kind_words_excuse_no_other_difference(a, b):
    assert_different(a, b)


def test_kind_tables_hold_several_languages_per_kind():
    for kind in ("knife", "scissors", "suitcase", "shoe polish", "stain remover"):
        words = [w for w, k in W.CATEGORY.items() if k == kind]
        assert len(words) >= 6, (kind, words)
    # a word with a table of its own keeps it (only free words are added)
    assert W.CATEGORY.get("waz") == "hose" and W.CATEGORY.get("hylla") == "shelf"
    assert "regal" not in W.CATEGORY and "trolley" not in W.CATEGORY


# --- colours of the languages the colour tables lacked (``lingua.COLOURS``) -------------

@pytest.mark.parametrize("word, colour", [
    ("vit", "white"), ("svart", "black"), ("hvid", "white"), ("gul", "yellow"),
    ("rosu", "red"), ("negru", "black"), ("albastru", "blue"), ("giallo", "yellow"),
])
def test_colour_words_of_more_languages(word, colour):
    assert T.COLOURS.get(word) == colour
    assert COLOUR_OF.get(word) == colour


def test_words_with_another_meaning_are_no_colours():
    for w in ("sort", "rod", "alb", "sari", "gra", "rossi", "bianchi", "vita"):
        assert w not in L.COLOURS


@pytest.mark.parametrize("a, b, same", [
    ("IKEA KALLAX Stellingkast 77x147 cm zwart", "IKEA KALLAX hylla 77x147 cm svart", True),
    ("IKEA KALLAX hylla 77x147 cm svart", "IKEA KALLAX hylla 77x147 cm vit", False),
    ("Wawel Kasztanki 1kg czerwona", "Wawel Kasztanki 1kg rosu", True),
    ("Wawel Kasztanki 1kg czerwona", "Wawel Kasztanki 1kg negru", False),
])
def test_one_colour_in_two_languages_and_two_colours(a, b, same):
    (assert_same if same else assert_different)(a, b)


def test_two_colours_in_two_languages_are_a_colour_conflict():
    tier, _ = match_method({"title": "IKEA KALLAX hylla 77x147 cm svart"},
                           {"title": "IKEA KALLAX Stellingkast 77x147 cm wit"})
    assert tier == "conflict:colour"


# --- pack words and quantities (``lingua.FILLER``; decimal comma, scaled units) --------

@pytest.mark.parametrize("a, b", [
    ("Żywiec Zdrój niegazowana zgrzewka 6x1.5L", "Żywiec Zdrój niegazowana 6 x 1,5 l"),
    ("Borsec Apă minerală 6 x 2 l bax", "Borsec Apa minerala 2L 6 sticle"),
    ("Domestos Original 1250 ml", "Domestos Original 1,25 l"),
])
def test_pack_words_and_scaled_quantities_agree(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Żywiec Zdrój niegazowana zgrzewka 6x1.5L", "Żywiec Zdrój niegazowana 12 x 1,5 l"),
    ("Domestos Original 750 ml", "Domestos Original 1,25 l"),
])
def test_other_counts_and_quantities_stay_apart(a, b):
    assert_different(a, b)


# --- one word, two inflections (``lingua.inflected_in``) -------------------------------

@pytest.mark.parametrize("a, b", [
    ("Leffe Blonde 6 x 33 cl", "Leffe Blond 6x33cl"),  # French / Dutch
    ("Kneipp Badesalz Muskeln Entspannung 600g", "Kneipp Badesalz Muskel Entspannung 600 g"),  # German
])
def test_an_inflected_word_is_the_word(a, b):
    assert_same(a, b)


def test_inflections_need_one_stem_and_no_variant_word():
    class P:
        def __init__(self, words):
            self.words = words
            self.wordset = frozenset(words)
    assert L.inflected_in("ronde", P(["cocotte", "ronde"]), P(["braadpan", "rond"]))
    assert L.inflected_in("muskeln", P(["muskeln"]), P(["muskel"]))
    # another word, not another ending
    assert not L.inflected_in("blonde", P(["blonde"]), P(["brune"]))
    assert not L.inflected_in("classic", P(["classic"]), P(["clasp"]))
    # a word both titles print is no missing word's other form
    assert not L.inflected_in("ronde", P(["ronde", "rond"]), P(["rond"]))


@pytest.mark.parametrize("a, b", [
    ("Leffe Blonde 6 x 33 cl", "Leffe Brune 6x33cl"),
])
def test_another_word_is_no_inflection(a, b):
    assert_different(a, b)


# --- what a percentage measures (``lingua.measure_at_percentage``) ---------------------

def test_cocoa_after_its_percentage_says_what_the_number_is():
    assert_same("Heidi Ciocolată Dark Intense 80% 80 g", "Heidi Dark Intense 80% cocoa chocolate 80g")


def test_cocoa_beside_a_pack_size_is_no_percentage():
    class P:
        def __init__(self, words):
            self.words = words
            self.wordset = frozenset(words)
    assert L.measure_at_percentage("cacao", P(["lindt", "70", "cacao"]), P(["lindt", "70"]))
    assert not L.measure_at_percentage("cocoa", P(["nutella", "cocoa", "26.5oz"]), P(["nutella", "26.5oz"]))


# --- an Arabic transliteration is the Latin word (``scripts``) -------------------------

def test_arabic_ch_is_read_as_the_english_ch():
    assert set(arabic_skeletons("آرتشر")) & set(latin_skeletons("archer"))


@pytest.mark.parametrize("a, b", [
    ("Master Chips Ketchup 85g", "ماستر شيبس كاتشب 85 غرام"),
    ("TP-Link Archer C6 AC1200 Dual Band Router", "راوتر تي بي لينك آرتشر C6 AC1200"),
])
def test_a_name_in_arabic_letters_is_the_latin_name(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Master Chips Ketchup 85g", "ماستر شيبس كاتشب 170 غرام"),
    # another flavour, in words the Latin title does not print
    ("Master Chips Ketchup 85g", "ماستر شيبس ملح وخل 85 غرام"),
    ("TP-Link Archer C6 AC1200 Dual Band Router", "راوتر تي بي لينك آرتشر C7 AC1750"),
])
def test_a_transliterated_name_excuses_no_other_difference(a, b):
    assert_different(a, b)


# --- Japanese, Chinese and Korean words (``cjk.to_latin``) ----------------------

@pytest.mark.parametrize("title, words", [
    ("ソニー WH-1000XM5 ワイヤレスヘッドホン ブラック", {"wireless", "headphones", "black"}),
    ("花王 アタック 洗濯洗剤 詰め替え 1.2kg", {"detergent", "refill", "1.2kg"}),
    ("삼성 갤럭시 버즈2 프로 그라파이트", {"pro", "graphite"}),
    ("小米手环8 黑色", {"black"}),
])
def test_a_cjk_title_keeps_its_kind_colour_and_variant(title, words):
    assert words <= set(T.words(T.clean(title)))


def test_one_cjk_character_inside_a_word_is_not_read():
    # 黒 alone (or 黒色) is black; 黒酢 is black vinegar, 日本 is Japan (本: a counter)
    assert "black" in C.to_latin("iPhone 15 (黒)")
    assert "black" not in C.to_latin("黒酢 500ml")
    assert "pcs" not in C.to_latin("日本 500ml")
    assert "pcs" in C.to_latin("500ml×24本")


@pytest.mark.parametrize("a, b", [
    ("ソニー WH-1000XM5 ワイヤレスヘッドホン ブラック", "Sony WH-1000XM5 Wireless Headphones Black"),
    ("Apple iPhone 15 128GB ブルー", "Apple iPhone 15 128GB Blue"),
    ("삼성 Samsung Galaxy Buds2 Pro 그라파이트", "Samsung Galaxy Buds2 Pro Graphite"),
    ("Coca-Cola 500ml×24本", "Coca-Cola 500ml 24 Pack"),
])
def test_a_cjk_title_is_the_english_one(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    # a colour in Japanese or Korean against another in English was no colour at all
    ("ソニー WH-1000XM5 ワイヤレスヘッドホン ブラック", "Sony WH-1000XM5 Wireless Headphones Silver"),
    ("Apple iPhone 15 128GB ブルー", "Apple iPhone 15 128GB Pink"),
    ("삼성 Samsung Galaxy Buds2 Pro 화이트", "Samsung Galaxy Buds2 Pro Graphite"),
    # a count in Japanese, a variant word in Japanese
    ("Coca-Cola 500ml×24本", "Coca-Cola 500ml 12 Pack"),
    ("Apple iPhone 15 128GB", "Apple iPhone 15 プロ 128GB"),
])
def test_a_cjk_colour_count_or_variant_parts_two_products(a, b):
    assert_different(a, b)


# --- a name in katakana is the Latin name (``lingua.phonetic_key``, ``scripts``) ------

@pytest.mark.parametrize("katakana, latin", [
    ("ダイソン", "dyson"), ("パナソニック", "panasonic"), ("サムスン", "samsung"),
    ("マイクロソフト", "microsoft"), ("フィリップス", "philips"), ("ニンテンドー", "nintendo"),
    ("キットカット", "kitkat"), ("コードレス", "cordless"), ("マグニフィカ", "magnifica"),
])
def test_a_katakana_word_has_the_key_of_its_latin_word(katakana, latin):
    assert L.katakana_keys(katakana) == (frozenset(("j:" + L.phonetic_key(latin),)),)


def test_short_keys_name_nothing():
    # two consonants name too many words ("Sony" / "sn", "Canon" / "kn")
    assert L.katakana_keys("ソニー") == () and L.katakana_keys("キヤノン") == ()
    assert L.phonetic_key("braun") != L.phonetic_key("brown ink")


@pytest.mark.parametrize("a, b", [
    ("ダイソン V12 Detect Slim コードレス掃除機", "Dyson V12 Detect Slim Cordless Vacuum Cleaner"),
    ("パナソニック ナノケア ヘアドライヤー EH-NA0J", "Panasonic Nanocare Hair Dryer EH-NA0J"),
    ("キットカット ミニ 12枚", "KitKat Mini 12 pieces"),
])
def test_a_katakana_name_is_the_latin_name(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("ダイソン V12 Detect Slim コードレス掃除機", "Dyson V15 Detect Slim Cordless Vacuum Cleaner"),
    ("キットカット ミニ 12枚", "KitKat Chunky 12 pieces"),
    ("キットカット ミニ 12枚", "KitKat Mini 24 pieces"),
])
def test_a_katakana_name_excuses_no_other_difference(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("hangul, latin", [
    ("다이슨", "dyson"), ("필립스", "philips"), ("마이크로소프트", "microsoft"), ("서피스", "surface"),
    ("갤럭시", "galaxy"), ("스타벅스", "starbucks"),
])
def test_a_hangul_word_has_the_korean_key_of_its_latin_word(hangul, latin):
    assert L.katakana_keys(hangul) == (frozenset(("k:" + L.korean_key(latin),)),)


@pytest.mark.parametrize("a, b, same", [
    ("마이크로소프트 서피스 프로 9", "Microsoft Surface Pro 9", True),
    ("필립스 에어프라이어 HD9252", "Philips Airfryer HD9252", True),
    ("마이크로소프트 서피스 프로 9", "Microsoft Surface Pro 8", False),
    ("마이크로소프트 서피스 프로 9", "Microsoft Surface Laptop 9", False),
])
def test_a_hangul_name_is_the_latin_name_and_nothing_more(a, b, same):
    (assert_same if same else assert_different)(a, b)


@pytest.mark.parametrize("a, b", [
    # (review16) "trolli" was a word of KINDS (a suitcase trolley), so the brand Trolli was read
    # as a kind word, not a name: Trolli's gummies matched Haribo's ("title", 0.94)
    ("Trolli Saure Glühwürmchen 200g", "Haribo Saure Glühwürmchen 200g"),
])
def test_a_brand_is_no_kind_word(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("title, wrong", [
    # (review16) both CJK readers took a table word wherever it was spelt, inside a longer
    # katakana or hangul word too: plastic read "plus", protein and projector "pro", aluminium
    # "mini", Philips "lip", Red Bull "red", BlackBerry "black" - false variants, kinds, colours
    ("プラスチック 収納ボックス", "plus"), ("プロテイン 1kg", "pro"), ("プロジェクター", "pro"),
    ("アルミニウム ケース", "mini"), ("フィリップス シェーバー", "lip"), ("レッドブル 250ml", "red"),
    ("ブラックベリー KEY2", "black"), ("マックスファクター", "max"), ("하이라이트", "lite"),
])
def test_a_table_word_inside_a_longer_katakana_word_is_not_read(title, wrong):
    assert wrong not in T.clean(title).split()


@pytest.mark.parametrize("title, read", [
    ("ワイヤレスヘッドホンブラック", "wireless headphones black"), ("スマホケース", "smartphone case"),
    ("iPhone15 プロ マックス", "iphone15 pro max"), ("リップクリーム", "lip cream"), ("플러스", "plus"),
    ("ソニー WH-1000XM5 ブラック", "sony wh-1000xm5 black"),
])
def test_table_words_glued_to_each_other_are_still_read(title, read):
    assert " ".join(T.clean(title).split()) == read


def test_philips_in_katakana_is_philips():
    assert_same("フィリップス シリーズ7 電気シェーバー シルバー", "Philips Series 7 Electric Shaver Silver")


def test_another_brand_in_katakana_is_not_excused_against_a_latin_title():
    # (session 16, review: the opaque katakana words were excused whatever they named, so a Dyson
    # shaver and a Philips one agreed on every word the Latin title prints - series, 7, silver)
    assert_different("ダイソン シリーズ7 電気シェーバー シルバー", "Philips Series 7 Electric Shaver Silver")
    assert_different("다이슨 시리즈7 전기면도기 실버", "Philips Series 7 Electric Shaver Silver")
