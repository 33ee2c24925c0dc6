"""Session 26, packs26 (and session 27): how much of a product a title sells, read once
(``crawler.matching.quantity``) - packages, items per package and the total they make.

* packages counted with a word between or an "x" glued ("9 Flip-Top Packs", "9x Pop-Top Packs")
  are the multipack's count;
* items per package times packages is the total: "100 Sheets/Pad, 12 Pads" sells 1200 sheets as
  "1200 Sheets" does, "4 Cube Boxes, 65 Tissues per Box" 260 tissues;
* a multipack that states no count of its own ("Wipes, 3 Pack") against a total it divides
  ("168 Wipes") cannot be told apart; a total it cannot divide is another product;
* a count read by either reader (``facets._PACK_N``'s "sheets", "ct"; the item nouns' "Tissues",
  "pannolini") is a quantity both titles state, no model number one of them lacks.
"""

from __future__ import annotations

import pytest

from crawler.matching import match_method, same_product
from crawler.matching import quantity as Q
from crawler.matching.titles import clean


@pytest.mark.parametrize("title, packages", [
    ("Clorox Disinfecting Wipes 9 Flip-Top Packs", {9}),
    ("Clorox Disinfecting Wipes 9x Pop-Top Packs", {9}),
    ("Kleenex Facial Tissues 4 Cube Boxes", {4}),
    ("Scott Paper Towels 6 oz Packs", set()),  # (a unit is no word between a count and its packages)
])
def test_package_counts(title, packages):
    assert Q.package_counts(clean(title)) == packages


@pytest.mark.parametrize("title, totals", [
    ("Post-it Notes 100 Sheets/Pad, 12 Pads", {1200}),
    ("Kleenex Facial Tissues 4 Cube Boxes, 65 Tissues per Box", {260}),
    ("Clorox Disinfecting Wipes 9 Flip-Top Packs", set()),
])
def test_per_unit_totals(title, totals):
    assert Q.per_unit_totals(clean(title)) == totals


def test_a_pair_counts_two_of_a_product_sold_one_by_one():
    assert Q.pair_count(clean("Motorola Talkabout Two-Way Radio Pair"),
                        clean("Motorola Talkabout Two-Way Radio Pair").split()) == 2


@pytest.mark.parametrize("a, b", [
    ("Post-it Super Sticky Notes, 3 in x 3 in, 100 Sheets/Pad, 12 Pads",
     "Post-it Super Sticky Notes 3x3 in 1200 Sheets"),
    ("Huggies Natural Care Baby Wipes, 3 Pack", "Huggies Natural Care Baby Wipes, 168 Wipes"),
    ("Post-it® Notes, 3\" x 3\", Canary Yellow, 100 Sheets/Pad, 12 Pads/Pack",
     "Post-it Notes, 3 in x 3 in, 12 Pads, Canary Yellow"),
])
def test_one_quantity_written_two_ways_is_no_conflict(a, b):
    method, _ = match_method({"title": a}, {"title": b})
    assert not method.startswith("conflict"), method
    assert not match_method({"title": b}, {"title": a})[0].startswith("conflict")


def test_a_total_of_packages_times_items_is_no_missing_number():
    # the 4 boxes and the 65 tissues of each are the 260 tissues the other prints: no conflict (the
    # evidence is weak - the title tier does not read "Cube Boxes" against nothing - but never a refusal)
    method, _ = match_method({"title": "Kleenex Facial Tissues 4 Cube Boxes, 65 Tissues per Box"},
                             {"title": "Kleenex Facial Tissues, 260 Tissues"})
    assert not method.startswith("conflict"), method


@pytest.mark.parametrize("a, b", [
    ("Huggies Natural Care Baby Wipes, 3 Pack", "Huggies Natural Care Baby Wipes, 100 Wipes"),
    ("Pampers Sensitive Baby Wipes 9 Flip-Top Packs", "Pampers Sensitive Baby Wipes 6 Flip-Top Packs"),
    ("Kleenex Facial Tissues 4 Cube Boxes, 65 Tissues per Box", "Kleenex Facial Tissues, 240 Tissues"),
    ("Kleenex Facial Tissues 4 Cube Boxes, 65 Tissues per Box",
     "Kleenex Facial Tissues, 4 Cube Boxes, 50 Tissues per Box"),
    ("Post-it Notes, 100 Sheets/Pad, 12 Pads", "Post-it Notes 1000 Sheets"),
    ("Charmin Ultra Soft Toilet Paper, 12 Rolls, 264 Sheets per Roll",
     "Charmin Ultra Soft Toilet Paper, 12 Rolls, 244 Sheets per Roll"),
])
def test_two_quantities_are_two_products(a, b):
    assert not same_product({"title": a}, {"title": b})
    assert match_method({"title": a}, {"title": b})[0].startswith("conflict")
    assert match_method({"title": b}, {"title": a})[0].startswith("conflict")
