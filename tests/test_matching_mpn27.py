"""Session 27 (mpn27): an MPN field is identifying evidence only when it reads as a part code.

A placeholder ("Default Title", Shopify's variant name), a plain word of letters in any language,
a bare number that is short or a year, a size or a capacity is no part code: the same such field on
two offers, or printed in the other's title, must not make two products one.  Real part codes
still match (``mpn_fields.is_part_code`` reuses ``titles.extract_codes``)."""

import pytest

from crawler.matching import THRESHOLD, cluster, match_many, match_method
from crawler.matching.mpn_fields import is_part_code
from crawler.matching.titles import norm_mpn

PHONE = {"title": "Samsung Galaxy S21 128GB"}
CHIPS = {"title": "Banana chips 1kg bag"}

NO_CODES = ["Default Title", "Default", "standard", "generic", "hello", "Samsung", "Galaxy",
            "black edition", "Standardausführung", "стандарт", "默认标题",
            "123", "1234", "001", "2024", "128GB", "500 ml", 123, 991]


def _same(a, b) -> bool:
    return match_method(a, b)[1] >= THRESHOLD


@pytest.mark.parametrize("mpn", NO_CODES)
def test_same_non_code_field_is_no_evidence_both_directions(mpn):
    a, b = dict(PHONE, mpn=mpn), dict(CHIPS, mpn=mpn)
    for x, y in ((a, b), (b, a)):
        tier, score = match_method(x, y)
        assert tier not in ("mpn", "model") and score < THRESHOLD, (mpn, tier, score)


@pytest.mark.parametrize("mpn", NO_CODES)
def test_same_non_code_field_batch_and_cluster(mpn):
    a, b = dict(PHONE, mpn=mpn), dict(CHIPS, mpn=mpn)
    _scores, same, tiers = match_many([a, b], [b, a])
    assert not any(same), (mpn, tiers)
    ids = cluster([a, b])
    assert ids[0] != ids[1]


def test_a_kind_word_as_field_of_two_makers():
    bosch = {"title": "Bosch drill GSB 18V", "mpn": "drill"}
    makita = {"title": "Makita drill DHP482", "mpn": "drill"}
    assert not _same(bosch, makita) and not _same(makita, bosch)
    assert not any(match_many([bosch, makita], [makita, bosch])[1])
    ids = cluster([bosch, makita])
    assert ids[0] != ids[1]


def test_a_word_field_printed_in_the_others_title():
    a = dict(PHONE, mpn="banana")
    for x, y in ((a, CHIPS), (CHIPS, a)):
        assert match_method(x, y)[0] != "model" and not _same(x, y)
    assert not any(match_many([a, CHIPS], [CHIPS, a])[1])
    ids = cluster([a, CHIPS])
    assert ids[0] != ids[1]


@pytest.mark.parametrize("title_a,title_b,mpn", [
    ("Samsung Galaxy S21 5G 128GB Phantom Grey", "Galaxy S21 Smartphone 128 GB grau", "SM-G991B"),
    ("Apple MacBook Air 13 M1 8GB 256GB Space Grey", "MacBook Air 13.3in Apple M1 chip", "MX2Y3LL/A"),
    ("Dell Wireless Mouse WM126 Black", "Dell kabellose Maus schwarz", "330-6258"),
    ("Kärcher Fenstersauger Akku", "Karcher window vacuum cordless", "KJ-1234"),
    ("Samsung Kühlschrank Side-by-Side 609 l", "Samsung frigorífico americano 609 litros", "8806090963537"),
])
def test_real_part_codes_still_match(title_a, title_b, mpn):
    a, b = {"title": title_a, "mpn": mpn}, {"title": title_b, "mpn": mpn}
    assert is_part_code(norm_mpn(mpn))
    for x, y in ((a, b), (b, a)):
        assert _same(x, y), (mpn, match_method(x, y))
    assert all(match_many([a, b], [b, a])[1])
    ids = cluster([a, b])
    assert ids[0] == ids[1]


@pytest.mark.parametrize("mpn", NO_CODES)
def test_is_part_code_refuses(mpn):
    m = norm_mpn(mpn)
    assert not m or not is_part_code(m)


def test_one_makers_short_number_still_counts():
    # (a catalogue's short number under its brand, printed in a title: Avery 5160)
    a = {"title": "Avery Easy Peel Address Labels 1 x 2-5/8 White 3000 Labels", "brand": "Avery", "mpn": "5160"}
    b = {"title": "Avery 5160 Address Labels 30 per sheet 100 sheets", "brand": "Avery", "mpn": "5160"}
    assert _same(a, b) and _same(b, a)


@pytest.mark.parametrize("a,b", [
    # (one maker, the same capacity as both fields: two phones)
    ({"title": "Samsung Galaxy S21 128GB", "brand": "Samsung", "mpn": "128GB"},
     {"title": "Samsung Galaxy A52 128GB", "brand": "Samsung", "mpn": "128GB"}),
    # (a number both titles print only inside a quantity)
    ({"title": "Samsung Galaxy S21 Akku 2500 mAh", "mpn": "2500"},
     {"title": "Samsung Galaxy A52 battery 2500 mAh", "mpn": "2500"}),
    # (a year both titles print)
    ({"title": "Panini Adrenalyn XL Premier League 2024 starter pack", "brand": "Panini", "mpn": "2024"},
     {"title": "Panini FIFA 365 2024 sticker album", "brand": "Panini", "mpn": "2024"}),
])
def test_one_makers_size_or_year_is_no_item_number(a, b):
    for x, y in ((a, b), (b, a)):
        assert match_method(x, y)[0] != "mpn" and not _same(x, y), match_method(x, y)
    assert not any(match_many([a, b], [b, a])[1])


@pytest.mark.parametrize("a,b", [
    ({"title": "Bosch drill cordless", "brand": "Bosch", "mpn": "drill"},
     {"title": "Bosch drill corded 600W", "brand": "Bosch", "mpn": "drill"}),
    ({"title": "Bosch Bohrmaschine Akku", "brand": "Bosch", "mpn": "Bohrmaschine"},
     {"title": "Bosch Bohrmaschine 600W", "brand": "Bosch", "mpn": "Bohrmaschine"}),
])
def test_one_makers_kind_word_is_no_item_number(a, b):
    for x, y in ((a, b), (b, a)):
        assert match_method(x, y)[0] not in ("mpn", "model") and not _same(x, y), match_method(x, y)
