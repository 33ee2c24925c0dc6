"""An offer with nothing to compare (no title, brand, MPN nor GTIN, under any of the names the
matcher reads) is "none" with score 0 against anything, in the one-pair API and in match_many's
rows: the rules read two empty titles as a variant conflict ("conflict:variant")."""

from __future__ import annotations

import pytest

from crawler.matching import match_many, match_method, match_score, same_product

A = {"title": "Samsung 870 EVO 1TB SATA SSD MZ-77E1T0B/EU", "brand": "Samsung", "mpn": "MZ-77E1T0B/EU",
     "gtin": "8801643566333"}
EMPTY = [{}, {"price": 99.0}, {"title": ""}, {"title": "   ", "brand": None}, {"name": "", "ean": None},
         {"title": None, "mpn": "", "gtin": " ", "description": None, "category": "SSD"}, {"title": []}]


@pytest.mark.parametrize("empty", EMPTY, ids=repr)
def test_an_empty_offer_is_none_with_score_0(empty):
    for a, b in ((A, empty), (empty, A), (empty, empty), (empty, {})):
        assert match_method(a, b) == ("none", 0.0)
        assert match_score(a, b) == 0.0
        assert same_product(a, b) is False


def test_match_many_rows_with_an_empty_offer_are_none_and_the_others_unchanged():
    other = {"title": "Samsung 870 EVO SSD 1 TB", "mpn": "MZ-77E1T0B/EU"}
    lefts = [A, A, {}, A, {"title": " "}]
    rights = [{}, other, A, {"name": "", "brand": ""}, {}]
    scores, same, tiers = match_many(lefts, rights)
    for k in (0, 2, 3, 4):
        assert (tiers[k], float(scores[k]), bool(same[k])) == ("none", 0.0, False), k
    assert (tiers[1], float(scores[1])) == match_method(A, other)
    assert bool(same[1]) is True


@pytest.mark.parametrize("one", [{"brand": "Samsung"}, {"mpn": "MZ-77E1T0B/EU"}, {"gtin": "8801643566333"},
                                 {"name": "Samsung 870 EVO"}, {"ean": "8801643566333"}])
def test_an_offer_with_one_identifying_field_is_still_compared(one):
    # not "nothing to compare": the rules decide (the same GTIN alone is a match)
    tier, score = match_method(A, one)
    if "gtin" in one or "ean" in one:
        assert tier == "gtin" and score >= 0.5
    assert match_many([A], [one])[2][0] == tier
