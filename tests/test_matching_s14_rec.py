"""Session 14, rec (issue #12): recall on shop titles worded differently, without
losing precision.

A word right after a number both titles print names a line's variant only inside
the name ("Forerunner 245 *Music*", "Persona 5 *Royal*"); a word after a separator
(" - ", " | ", ",", a parenthesis) opens a platform, a licence or a feature list
("Burning Studio 24 - Brennen, Kopieren", "Football Manager 2024 | PC/Mac"): no
variant, so the pair is still named by words for the learned stage
(``features.word_after_number``, ``features._segment_after``)."""

from __future__ import annotations

import pytest

from crawler.matching.features import word_after_number
from crawler.matching.prepared import complete, prepare
from tests.pair_checks import assert_different, assert_same


def _nw(a: str, b: str) -> float:
    return word_after_number(complete(prepare({"title": a})), complete(prepare({"title": b})))


@pytest.mark.parametrize("a,b", [
    ("Football Manager 2024 | PC/Mac | Steam Key | Sports Interactive",
     "SEGA Football Manager 2024 (Windows / macOS) - Download Code"),
    ("Burning Studio 24 (Windows) Download - Ashampoo",
     "Ashampoo Burning Studio 24 - Brennen, Kopieren, Rippen - Lifetime Licence - 1 PC"),
    ("CorelDRAW Graphics Suite 2024 | Graphic Design Software for Professionals | 1-Year Subscription",
     "Corel CorelDRAW Graphics Suite 2024 - 365-Day Subscription - Win/Mac"),
])
def test_a_word_after_a_separator_names_no_variant(a, b):
    assert _nw(a, b) == 0.0
    assert _nw(b, a) == 0.0


@pytest.mark.parametrize("a,b", [
    # the variant's word inside the name, right after the number
    ("Garmin Forerunner 245 Music, GPS Running Watch", "Garmin Forerunner 245, GPS Running Watch"),
    ("Atlus Persona 5 Royal (PS4)", "Persona 5 - PlayStation 4 (Original 2017 Release)"),
    ("Graco SnugRide SnugFit 35 DLX Infant Car Seat", "Graco SnugRide SnugFit 35 Infant Car Seat"),
    ("Merrell Men's Moab 3 Waterproof Hiking Shoe, Walnut, 10.5", "Merrell Men's Moab 3 Hiking Shoe, Walnut, 10.5"),
])
def test_a_word_right_after_the_number_still_names_a_variant(a, b):
    assert _nw(a, b) == 1.0


@pytest.mark.parametrize("a,b", [
    ("Football Manager 2024 | PC/Mac | Steam Key | Sports Interactive",
     {"title": "SEGA Football Manager 2024 (Windows / macOS) - Download Code", "brand": "SEGA"}),
    ("Burning Studio 24 (Windows) Download - Ashampoo",
     {"title": "Ashampoo Burning Studio 24 - Brennen, Kopieren, Rippen - Lifetime Licence - 1 PC",
      "brand": "Ashampoo"}),
    ({"title": "CorelDRAW Graphics Suite 2024 | Graphic Design Software for Professionals | 1-Year Subscription"
               " | Windows/Mac", "brand": "Corel"},
     "Corel CorelDRAW Graphics Suite 2024 - 365-Day Subscription - Win/Mac"),
])
def test_one_program_worded_by_two_shops(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a,b", [
    ("Atlus Persona 5 Royal (PS4)", "Persona 5 - PlayStation 4 (Original 2017 Release)"),
    ("Steinberg Cubase Pro 13 - Full Version", "Steinberg Cubase Pro 13 - Educational Version"),
    ("Merrell Men's Moab 3 Waterproof Hiking Shoe, Walnut, 10.5", "Merrell Men's Moab 3 Hiking Shoe, Walnut, 10.5"),
])
def test_variants_stay_apart(a, b):
    assert_different(a, b)
