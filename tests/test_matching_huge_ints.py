"""An int of more than 4,300 digits as an offer's field: Python will not write it in decimal
(``str()`` raises ValueError), so the matcher reads it as no value - never raises."""

from __future__ import annotations

import pytest

from crawler.matching import titles as T

HUGE = 10**5000  # (4,301 digits is past the limit; 5,001 here)


def test_norm_mpn_of_a_huge_int_is_no_mpn():
    assert T.norm_mpn(HUGE) is None
    assert T.norm_mpn(-HUGE) is None
    assert T.norm_mpn(470123) == "470123"  # an ordinary number is still read


def test_norm_brand_of_a_huge_int_is_no_brand():
    assert T.norm_brand(HUGE) is None


def test_title_of_a_huge_int_cleans_to_nothing():
    assert T.clean_with_units(HUGE) == T.clean_with_units("")
    assert T.clean(12345) == T.clean("12345")


@pytest.mark.parametrize("value,text", [(HUGE, ""), (-HUGE, ""), (12, "12"), ("x", "x"), (1.5, "1.5")],
                         ids=["huge", "-huge", "12", "x", "1.5"])
def test_as_text(value, text):
    assert T.as_text(value) == text


_OTHER = {"title": "Samsung 870 EVO 1TB SSD", "brand": "Samsung", "mpn": "MZ-77E1T0", "price": 99}


@pytest.mark.parametrize("key", ["title", "name", "mpn", "model", "brand", "manufacturer", "gtin", "ean",
                                 "description", "category", "price"])
@pytest.mark.parametrize("value", [HUGE, -HUGE, [HUGE, "x"]], ids=["huge", "-huge", "in-a-list"])
def test_the_public_api_never_raises_on_a_huge_int(key, value):
    from crawler.matching import cluster, match_catalogs, match_method, match_score, same_product

    offer = {"title": "Samsung 870 EVO 1TB", "price": 10, key: value}
    for a, b in ((offer, _OTHER), (_OTHER, offer), ({key: value}, _OTHER)):
        assert isinstance(same_product(a, b), bool)
        assert 0.0 <= match_score(a, b) <= 1.0
        match_method(a, b)
        match_catalogs([a], [b])
        assert len(cluster([a, b])) >= 1


def test_an_offer_whose_only_field_is_a_huge_int_has_nothing_to_compare():
    from crawler.matching import match_method

    assert match_method({"title": HUGE}, _OTHER) == ("none", 0.0)
