"""Session 25 (stage25): the learned stage's wider domain - pairs the narrow gate
(``rules.learned_gate``: every identifying word of one title in the other, one script) leaves
out, judged by trees of their own on the titles' words read by meaning
(``stage.meaning_columns``: one value for a colour, a kind or a synonym in many languages, a
cognate, a word glued into another; the script readers' Latin words), at a threshold of their
own (``stage.judged_wide``, ``res.learned_threshold_wide``)."""
import numpy as np
import pytest

from crawler.matching import match_method, match_many, same_product
from crawler.matching import train
from crawler.matching.model import resources
from crawler.matching.stage import (MEANING, NARROW_FEATURES, STAGE_FEATURES, judged, judged_wide,
                                    meaning_columns, stage_rows)


def _o(title):
    return {"title": title}


# one product, two wordings the rules leave apart ("weak") and the wider domain calls the same:
# a brand glued into one word by one shop (Spanish), a Chinese title with the Latin brand added
SAME = [
    ("Cola Cao Turbo cacao soluble bote 750g", "ColaCao Turbo 750 g"),
    ("Cola Cao Original cacao soluble bote 383g", "ColaCao Original 383 g"),
    ("妙而舒 Merries 花王纸尿裤 大号L 54片", "花王 妙而舒 纸尿裤 L54片"),
]


@pytest.mark.parametrize("a, b", SAME)
def test_the_wider_domain_calls_one_product_worded_two_ways(a, b):
    assert match_method(_o(a), _o(b))[0] == "learned"
    assert same_product(_o(a), _o(b)) and same_product(_o(b), _o(a))


# near misses the wider domain must leave apart: another flavour or variant in the other
# language or script, a colour named otherwise, a kind (shampoo / conditioner), a size, a model
# with a feature the other lacks (noise cancelling), the Ahmad teas of two blends
APART = [
    ("Sunsilk Black Shine Conditioner 350ml", "شامبو صانسيلك أسود لامع 350 مل"),
    ("Sunsilk Black Shine Shampoo 700ml", "شامبو صانسيلك أسود لامع 350 مل"),
    ("Ahmad Tea Earl Grey 100 Tea Bags", "چای صبحانه انگلیسی احمد ۱۰۰ عددی"),
    ("Apple AirPods 4", "Навушники Apple AirPods 4 з активним шумозаглушенням"),
    ("Guaraná Antarctica 350 ml - 12 unidades", "Guaraná Antarctica Zero lata 350ml c/12"),
    ("Logitech MX Master 3S Graphite", "Logitech MX Master 3S Performance Wireless Mouse, Pale Grey"),
    ("Mama Instant Noodles Creamy Tom Yum Shrimp 55g x 10", "มาม่า รสต้มยำกุ้ง 55 กรัม แพ็ค 10"),
    ("Philips Hue White and Color Ambiance A19 LED Smart Bulb 2 Pack", "Philips Hue White A19 LED Smart Bulb 2 Pack"),
    ("Head & Shoulders Classic Clean Shampoo 400ml", "Head & Shoulders Classic Clean Conditioner 400ml"),
    ("Haribo Goldbären 200g", "Haribo Goldbären Sauer 200g"),
    ("Knorr Chicken Stock Cubes 8 x 10g", "Knorr Beef Stock Cubes 8 x 10g"),
    ("Tetley Green Tea 20 Bags", "Tetley Green Tea Lemon 20 Bags"),
    ("Pringles Original 165g", "Pringles Sour Cream & Onion 165g"),
    ("Cola Cao Original cacao soluble bote 760g", "ColaCao Turbo 760 g"),
]


@pytest.mark.parametrize("a, b", APART)
def test_the_wider_domain_leaves_near_misses_apart(a, b):
    assert match_method(_o(a), _o(b))[0] != "learned"
    assert not same_product(_o(a), _o(b))


def test_one_pair_and_the_batch_agree():
    pairs = SAME + APART
    A = [_o(a) for a, _ in pairs]
    B = [_o(b) for _, b in pairs]
    _, same, tiers = match_many(A, B)
    for k, (a, b) in enumerate(pairs):
        assert (bool(same[k]), tiers[k]) == (same_product(_o(a), _o(b)), match_method(_o(a), _o(b))[0])


def test_meaning_columns_read_words_of_two_languages_as_one():
    X, pa, pb = train.featurize_offers([(_o("Dove Original Deodorant Spray Black 150ml"),
                                         _o("Dove Original Deo Spray schwarz 150 ml"), 1)])
    m = dict(zip(MEANING, meaning_columns(pa[0], pb[0], False)))
    # "black" / "schwarz": one colour; the brand leads both titles and is read in the other
    assert m["m_lead_read"] == 2 and m["cross_script"] == 0
    assert m["m_unread_digits"] == 0 and m["m_digits_both"] == 0


def test_the_stage_rows_keep_the_narrow_columns_first():
    # the narrow domain's trees (sessions 16-24) read the first columns of every row
    assert STAGE_FEATURES[:len(NARROW_FEATURES)] == NARROW_FEATURES
    assert STAGE_FEATURES[-1] == "in_gate"
    X, pa, pb = train.featurize_offers([(_o(a), _o(b), 1) for a, b in SAME + APART])
    S = stage_rows(X, np.arange(len(pa)), pa, pb)
    # a row is the narrow domain's or may be the wider one's, never both
    assert not (judged(S) & judged_wide(S)).any()


def test_the_shipped_wider_domain_was_checked_on_the_time_split():
    res = resources()
    raw = res.raw["learned"]
    assert res.learned_wide is not None and 0.5 <= res.learned_threshold_wide <= 1.0
    for lab, (called, right) in raw["wide"]["time_split"].items():
        if lab.startswith("sessions <"):
            assert not called or right / called >= 0.95
    called, right = raw["wide"]["left_out"]
    assert called >= 40 and right / called >= 0.95
