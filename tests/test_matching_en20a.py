"""Session 20, en20a (issue 12): English titles of office supplies, printing consumables, phones,
tablets, wearables and their accessories (``office_mobile``, ``variants``).  Each principle with
real-style titles of pairs that have it, and near misses that must stay apart."""

from __future__ import annotations

import pytest

from crawler.matching import match_many
from crawler.matching.office_mobile import rulings
from tests.pair_checks import assert_different, assert_same


def _batch_agrees(a: str, b: str) -> None:
    from crawler.matching import same_product
    _, same, _ = match_many([{"title": a}, {"title": b}], [{"title": b}, {"title": a}])
    assert bool(same[0]) == same_product({"title": a}, {"title": b}) == bool(same[1])


# --- a watch's band is its strap, no router's Wi-Fi band: LTE / Wi-Fi are two networks -------

@pytest.mark.parametrize("a, b", [
    ("Google Pixel Watch 2 LTE Matte Black / Obsidian Active Band",
     "Google Pixel Watch 2 Wi-Fi Matte Black / Obsidian Active Band"),
    ("Samsung Galaxy Watch6 40mm LTE Graphite Sport Band", "Samsung Galaxy Watch6 40mm Wi-Fi Graphite Sport Band"),
])
def test_watch_band_is_no_router_band(a, b):
    assert_different(a, b)
    _batch_agrees(a, b)


def test_router_bands_still_no_phone_network():
    assert_same("TP-Link Archer AX55 AX3000 Dual Band Wi-Fi 6 Router 5G", "TP-Link Archer AX55 AX3000 Wi-Fi 6 Router")


# --- a paper's ruling: one attribute, a few values ------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Leuchtturm1917 A5 Medium Dotted Notebook Black", "Leuchtturm1917 A5 Medium Ruled Notebook Black"),
    ("Moleskine Classic Notebook, Large, Squared, Black, Hard Cover", "Moleskine Classic Notebook, Large, Plain, Black, Hard Cover"),
    ("Mead Composition Book Wide Rule 100 Sheet Black Marble", "Mead Composition Notebook, College Ruled, 100 Sheets, Black Marble"),
    ("Rhodia No. 16 Dot Pad A5 Orange", "Rhodia No. 16 Graph Pad A5 Orange"),
])
def test_two_rulings_are_two_papers(a, b):
    assert_different(a, b)
    _batch_agrees(a, b)


def test_ruling_words():
    assert rulings("leuchtturm1917 a5 medium dot grid notebook".split()) == {"dotted"}
    assert rulings("oxford refill pad a4 lined".split()) == {"lined"}
    assert rulings("mead composition book wide rule".split()) == {"lined", "width:wide"}
    # (no paper named: an Echo Dot, a plain yoghurt)
    assert rulings("amazon echo dot 5th gen charcoal".split()) == frozenset()
    assert rulings("fage total plain yoghurt 500g".split()) == frozenset()


@pytest.mark.parametrize("a, b", [
    ("Oxford Refill Pad A4 80 Sheets Ruled with Margin", "Oxford A4 Refill Pad 80 Sheets Lined with Margin"),
])
def test_ruled_and_lined_are_one_ruling(a, b):
    assert_same(a, b)


# --- a variant's letters written apart by one shop, glued to the number by the other -------

@pytest.mark.parametrize("a, b", [
    ("Epson 603XL Starfish Black Ink Cartridge", "Epson 603 XL High Yield Black Ink - Starfish"),
    ("Canon PG 560 XL Black Ink", "Canon PG-560XL High Yield Black Ink Cartridge"),
    ("Epson T212XL Black Ink 212 XL", "Epson 212XL Black High-capacity Ink Cartridge"),
])
def test_xl_glued_or_apart_is_one_cartridge(a, b):
    assert_same(a, b)
    _batch_agrees(a, b)


@pytest.mark.parametrize("a, b", [
    ("HP 62 XL Black Ink", "HP 62 Black Ink Cartridge"),
    ("Canon PG 560 Black Ink", "Canon PG-560XL High Yield Black Ink Cartridge"),
    ("Epson 603 XL Black Ink Cartridge", "Epson 603 Black Ink Cartridge"),
])
def test_xl_against_standard_stays_apart(a, b):
    assert_different(a, b)


# --- an edition's two letters after a model's name --------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Texas Instruments TI-84 Plus CE Graphing Calculator", "Texas Instruments TI-84 Plus Graphing Calculator"),
])
def test_edition_letters_after_a_name(a, b):
    assert_different(a, b)
    _batch_agrees(a, b)


def test_edition_letters_both_sides_stay_one():
    assert_same("TI-84 Plus CE Graphing Calculator - Black", "Texas Instruments TI-84 Plus CE Color Graphing Calculator, Black")
