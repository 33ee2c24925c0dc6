"""A generation number on one side only: with no model number to compare, two titles
that agree word for word but for a number after the product's name ("Earbuds II",
"Superlight 2") name two generations, so the titles are no evidence of one product
(``relations.generation_misses``). A count or a number glued to letters on the other
side ("3 PCs", "x60", "Watch6") and page words after a title's literal are no generation."""

from __future__ import annotations

import pytest

from crawler.matching import match_method, same_product


@pytest.mark.parametrize("a,b", [
    ("Bose QuietComfort Earbuds II", "Bose QuietComfort Earbuds"),
    ("Logitech G Pro X Superlight 2", "Logitech G Pro X Superlight"),
    ("Nintendo Switch Sports 2", "Nintendo Switch Sports"),
    ("Kindle Paperwhite 5", "Kindle Paperwhite"),
    ("Casque Bose QuietComfort Ultra Earbuds", "Bose QuietComfort Ultra Earbuds II écouteurs"),
    ("Tonie Hörfigur Die Eiskönigin 2", "Tonie Hörfigur Die Eiskönigin"),
])
def test_a_generation_number_on_one_side_is_no_title_evidence(a, b):
    assert not same_product({"title": a}, {"title": b})
    assert not same_product({"title": b}, {"title": a})


@pytest.mark.parametrize("a,b", [
    ("Samsung Galaxy Watch 6 44mm", "Samsung Galaxy Watch6 44 mm"),
    ("Kaspersky Internet Security 2021 3 Users", "Kaspersky Internet Security 2021 - 3 PCs"),
    ("Tablettes lave-vaisselle Finish Powerball Quantum 60 tablettes",
     "Finish Powerball Quantum tablettes lave-vaisselle x60"),
])
def test_a_number_the_other_title_glues_to_a_word_is_no_generation(a, b):
    from crawler.matching.prepared import prepare
    from crawler.matching.relations import generation_misses

    pa, pb = prepare({"title": a}), prepare({"title": b})
    assert generation_misses(pa, pb) == 0 and generation_misses(pb, pa) == 0


def test_page_words_after_a_literal_are_no_generation():
    from crawler.matching.prepared import prepare
    from crawler.matching.relations import generation_misses

    a = prepare({"title": '" Fire Tablet, 7" Display, Wi-Fi, 8 GB - Includes Special Offers, Black "@en-US '
                          'Display Offers | 5 Free Hosting"@en-US'})
    b = prepare({"title": '"Fire, 7" Display, Wi-Fi, 8 GB - Includes Special Offers, Black"@en Display Offers'})
    assert generation_misses(a, b) == 0
    assert match_method({"title": "Apple iPad Air 2"}, {"title": "Apple iPad Air"})[0] != "title"
