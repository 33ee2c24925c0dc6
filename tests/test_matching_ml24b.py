"""Session 24, ml24b: a brand field written in another script than Latin (``native_brand``).

Each test fails on the code before: such a field was dropped (``titles.norm_brand`` keeps a-z 0-9).
"""

import pytest

from crawler.matching import match_method
from crawler.matching.native_brand import native_brand
from crawler.matching.prepared import prepare
from crawler.matching.relations import brand_relation
from crawler.matching import wordclass


def rel(a, b):
    return brand_relation(prepare(a), prepare(b))


@pytest.mark.parametrize("native, latin", [
    # Hebrew (consonant skeleton), Arabic (skeleton), Japanese and Korean (the tables' readings),
    # Cyrillic and Greek (transliterated), Thai (its key)
    ({"title": "סנו מקסימה ג'ל כביסה 3 ליטר", "brand": "סנו", "price": 39.9},
     {"title": "Sano Maxima Laundry Gel 3L", "brand": "Sano", "price": 36.9}),
    ({"title": "במבה 80 גרם", "brand": "אסם"}, {"title": "Bamba Peanut Snack 80g", "brand": "Osem"}),
    ({"title": "شامبو أسود لامع 350 مل", "brand": "صانسيلك"},
     {"title": "Black Shine Shampoo 350ml", "brand": "Sunsilk"}),
    ({"title": "ワイヤレスヘッドホン WH-1000XM5 ブラック", "brand": "ソニー"},
     {"title": "WH-1000XM5 Wireless Headphones Black", "brand": "Sony"}),
    ({"title": "갤럭시 버즈2 프로 SM-R510 그라파이트", "brand": "삼성전자"},
     {"title": "Galaxy Buds2 Pro SM-R510 Graphite", "brand": "Samsung"}),
    ({"title": "Смартфон Galaxy A55 8/256 ГБ синий", "brand": "Самсунг"},
     {"title": "Galaxy A55 5G 8GB 256GB Awesome Navy", "brand": "Samsung"}),
    ({"title": "Вода мінеральна негазована 1,5 л", "brand": "Моршинська"},
     {"title": "Still mineral water 1.5L", "brand": "Morshynska"}),
    ({"title": "Σοκολάτα Γάλακτος 100g", "brand": "ΙΟΝ"}, {"title": "Milk Chocolate 100g", "brand": "ION"}),
    ({"title": "น้ำปลา 700 มล.", "brand": "ทิพรส"}, {"title": "Fish Sauce 700ml", "brand": "Tiparos"}),
])
def test_native_brand_agrees_with_its_latin_spelling(native, latin):
    assert rel(native, latin) == 1.0
    assert rel(latin, native) == 1.0


@pytest.mark.parametrize("native, latin, other", [
    ("סנו", "Sano", "Persil"),
    ("صانسيلك", "Sunsilk", "Pantene"),
    ("ソニー", "Sony", "Panasonic"),
    ("삼성", "Samsung", "LG"),
    ("Самсунг", "Samsung", "Xiaomi"),
])
def test_two_scripts_are_no_brand_conflict(native, latin, other):
    """A native brand that reads as no Latin brand says nothing: no conflict across scripts."""
    a = {"title": "x 500 ml", "brand": native}
    assert rel(a, {"title": "y 500 ml", "brand": latin}) == 1.0
    assert rel(a, {"title": "y 500 ml", "brand": other}) == 0.0


def test_latin_title_brand_word_without_brand_field():
    """The Latin offer states no brand field: its title's leading word reads as the native brand."""
    assert rel({"title": "Sano Maxima Laundry Gel 3L"},
               {"title": "סנו מקסימה ג'ל כביסה 3 ליטר", "brand": "סנו"}) == 1.0
    assert rel({"title": "Sunsilk Black Shine Shampoo 350ml"},
               {"title": "شامبو صانسيلك أسود لامع 350 مل", "brand": "صانسيلك"}) == 1.0
    # (the Latin title's brand word is the other's brand field written otherwise: a rewording)
    pa = prepare({"title": "Sano Maxima Laundry Gel 3L"})
    pb = prepare({"title": "סנו מקסימה ג'ל כביסה 3 ליטר", "brand": "סנו"})
    assert wordclass.rewording("sano", pa, pb) == 2
    assert wordclass.rewording("maxima", pa, pb) != 2  # (not the brand's place)


@pytest.mark.parametrize("spelt, acronym", [
    ("エルジー", "LG"), ("엘지", "LG"), ("اتش بي", "HP"), ("एचपी", "HP"), ("エイチピー", "HP"),
    ("エスビー食品", "S&B"),
])
def test_acronym_spelt_as_letter_names(spelt, acronym):
    assert rel({"title": "x 55 inch", "brand": spelt}, {"title": "y 55 inch", "brand": acronym}) == 1.0


def test_acronym_brand_against_latin_title_letters():
    """"S&B ゴールデンカレー" (no brand field) / [brand エスビー食品]: the title's letters apart."""
    assert rel({"title": "S&B ゴールデンカレー 中辛 198g"},
               {"title": "エスビー食品 ゴールデンカレー 中辛 198g", "brand": "エスビー食品"}) == 1.0


def test_same_script_brands_conflict_as_latin_ones():
    a = {"title": "Сгущенка Рогачев 8.5% 380г", "brand": "Рогачев"}
    b = {"title": "Сгущенка Алексеевское 8.5% 380г", "brand": "Алексеевское"}
    assert rel(a, b) == -1.0
    assert match_method(a, b)[0] == "conflict:brand"
    # one brand field inside the other ("삼성" / "삼성전자") or equal: one brand
    assert rel({"title": "갤럭시 S24 256GB", "brand": "삼성"}, {"title": "갤럭시 S24 256GB", "brand": "삼성전자"}) == 1.0
    assert rel({"title": "במבה 80 גרם", "brand": "אסם"}, {"title": "במבה נוגט 60 גרם", "brand": "אסם"}) == 1.0
    # a maker and its line named in the other's title: not two brands
    assert rel({"title": "동서 맥심 모카골드 100T", "brand": "동서"}, {"title": "맥심 모카골드 100T", "brand": "맥심"}) == 0.5


def test_placeholder_and_scripts_apart():
    """A field saying "no brand" is none; kanji and katakana are two scripts (花王 / ビオレ)."""
    assert native_brand("Нет бренда") is None and native_brand("ノーブランド") is None
    assert rel({"title": "Сгущенка 380г", "brand": "Нет бренда"}, {"title": "Сгущенка 380г", "brand": "Рогачев"}) == 0.0
    assert rel({"title": "ビオレUV 70g", "brand": "花王"}, {"title": "ビオレUV 70g", "brand": "ビオレ"}) == 0.0
    assert native_brand("ソニー")[0] == "kana" and native_brand("花王")[0] == "han"
