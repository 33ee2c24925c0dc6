"""Session 24, hh24: variants of household, personal-care and grocery lines that shops name with
words no table lists (``crawler.matching.household24``).  Each principle with real-style titles in
several languages: pairs it keeps apart, and pairs that word one product two ways it must not split."""

from __future__ import annotations

import pytest

from crawler.matching import household24 as H
from crawler.matching.prepared import prepare
from tests.pair_checks import assert_different, assert_same


def _pair(a, b):
    pa, pb = prepare({"title": a} if isinstance(a, str) else a), prepare({"title": b} if isinstance(b, str) else b)
    return pa, pb


# --- a tier word inside the line's name: "Good Girl" / "Very Good Girl" ---------------------------

@pytest.mark.parametrize("a, b", [
    ("Lancôme La Vie Est Belle Eau de Parfum 50ml", "Lancôme La Vie Est Belle Intense Eau de Parfum 50ml"),
    ("Sharpie Permanent Markers, Fine Point, Black, 12 Count",
     "Sharpie Permanent Markers, Ultra Fine Point, Black, 12 Count"),
    ("Duracell Power AA Batterien 8er Pack", "Duracell Power Max AA Batterien 8er Pack"),
    ("Nurofen Express 200 mg Tabletten 16 Stück", "Nurofen Extra Express 200 mg Tabletten 16 Stück"),
])
def test_a_tier_word_inserted_in_the_name_is_another_line(a, b):
    assert H.inserted_variant(*_pair(a, b))
    assert_different(a, b)


# --- two words at one place of the name: "Broad Line" / "Fine Line", "Halfvolle" / "Magere" --------

@pytest.mark.parametrize("a, b", [
    ("Campina Halfvolle Yoghurt 1 liter", "Campina Magere Yoghurt 1 liter"),
    ("Pantene Champú Liso Extremo 400 ml", "Pantene Champú Rizos Definidos 400 ml"),
    ("Mulino Bianco Biscotti Macine 350 g", "Mulino Bianco Biscotti Galletti 350 g"),
    ("Mr. Clean Magic Eraser Original, 6 Count", "Mr. Clean Magic Eraser Extra Durable, 6 Count"),
    ("Colgate Max White Original Zahnpasta 75 ml", "Colgate Max White Extra Zahnpasta 75 ml"),
])
def test_two_words_in_the_variant_slot_are_two_variants(a, b):
    assert H.substituted_variant(*_pair(a, b))
    assert_different(a, b)


# --- the plain variant against a named scent: "Original" / "Moonlight Breeze" ----------------------

@pytest.mark.parametrize("a, b", [
    ("Gain Flings Original 35 ct", "Gain Flings Laundry Detergent Pacs, Moonlight Breeze, 35 Count"),
    ("Ariel Pods Original 30 lavages", "Ariel Pods Lessive en capsules, Lavande, 30 lavages"),
])
def test_the_plain_variant_is_not_a_named_scent(a, b):
    assert_different(a, b)


# --- nappy sizes as shops write them ---------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Dodot Sensitive T3 80 pañales", "Dodot Sensitive Talla 4 (9-14 kg) 80 pañales"),
    ("Pampers Baby-Dry Windeln Gr. 4, 84 Stück", "Pampers Baby-Dry Windeln Größe 5, 84 Stück"),
    ("Huggies Ultra Comfort Taille 3 couches x 78", "Huggies Ultra Comfort T4 couches x 78"),
])
def test_two_nappy_sizes_are_two_products(a, b):
    assert H.diaper_sizes_differ(*_pair(a, b))
    assert_different(a, b)


# --- the pack a description states ----------------------------------------------------------------

def test_packs_stated_in_descriptions():
    a = {"title": "Palmolive Naturals Olive Bar Soap 90g", "description": "Pack of 6 bars"}
    b = {"title": "Palmolive Naturals Olive Bar Soap 90g", "description": "Pack of 12 bars"}
    assert_different(a, b)
    c = {"title": "Illy Classico caffè macinato", "description": "Confezione da 6 x 250 g"}
    d = {"title": "Illy Classico caffè macinato 250 g"}
    assert_different(c, d)
    e = {"title": "Crayola Washable Markers, Broad Line", "description": "Box of 10 markers"}
    f = {"title": "Crayola Washable Markers, Broad Line", "description": "Value pack of 40 markers"}
    assert_different(e, f)


def test_the_same_pack_stated_twice_is_no_conflict():
    a = {"title": "Palmolive Naturals Olive Bar Soap 90g", "description": "Pack of 6 bars"}
    b = {"title": "Palmolive Naturals Olive Bar Soap 6 x 90g", "description": "6 bars of 90 g each, pack of 6"}
    assert not H.described_packs_differ(*_pair(a, b))
    # (a pack's total stated by the other offer: "Pack of 2 tubs, 42 count each" = "84 pacs")
    c = {"title": "Gain Flings Original", "description": "Pack of 2 tubs, 42 count each (84 pacs total)"}
    d = {"title": "Gain Flings Original", "description": "84 pacs in two tubs"}
    assert not H.described_packs_differ(*_pair(c, d))
    e = {"title": "Gain Flings Original, 84 Count"}
    assert not H.described_packs_differ(*_pair(c, e))


def test_a_multipack_against_its_single():
    a = {"title": "Gain Flings Original", "description": "Pack of 2 tubs, 42 count each (84 pacs total)"}
    b = {"title": "Gain Flings Original, 42 Count"}
    assert H.described_packs_differ(*_pair(a, b))


# --- a paint's sheen, a soft drink's sugar, an antiperspirant ---------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Valspar Interior Paint Satin, Ultra White, 1 Gallon", "Valspar Interior Paint Semi-Gloss, Ultra White, 1 Gallon"),
    ("Alpina Wandfarbe Matt Weiß 2,5 l", "Alpina Wandfarbe Seidenglanz Weiß 2,5 l"),
    ("Fanta Naranja Zero 2 l", "Refresco Fanta Naranja con azúcar 2 l"),
    ("Dove Men+Care Antiperspirant & Deodorant Stick Clean Comfort 2.7 oz",
     "Dove Men+Care Deodorant Stick Clean Comfort 2.7 oz"),
])
def test_named_classes_of_one_dimension(a, b):
    assert_different(a, b)


# --- counts and volumes as some shops write them ------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Bio Freiland Eier x6", "Bio Freiland Eier 10 Stück"),
    ("Aceite de oliva Carbonell botella 750cc", "Aceite de oliva Carbonell 1 litro"),
])
def test_a_count_or_volume_written_otherwise_still_conflicts(a, b):
    assert_different(a, b)


def test_a_dimension_is_no_count():
    assert not H.count_written_x_differs(*_pair("Door Mat 30w x 24h 4 ct", "Door Mat 4 ct"))
    assert not H.cc_volume_differs(*_pair("Aceite Carbonell botella 750cc", "Aceite Carbonell 750 ml"))


# --- a bare tool against its kit, an appliance against its bundle -----------------------------------

@pytest.mark.parametrize("a, b", [
    ("Makita DHP485Z Taladro 18V (sin batería)", "Makita DHP485 Taladro 18V con 2 baterías 2,0Ah y cargador"),
    ("Metabo SB 18 LT BL Akku-Schlagbohrmaschine solo", "Metabo SB 18 LT BL Akku-Schlagbohrmaschine mit 2 Akkus 4,0 Ah"),
    ("Nespresso Essenza Mini Kaffeemaschine Schwarz",
     "Nespresso Essenza Mini Kaffeemaschine mit Aeroccino Milchaufschäumer Schwarz"),
])
def test_kits_and_bundles_are_other_products(a, b):
    assert_different(a, b)


# --- one product worded two ways: none of the readers fires -----------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Lysol Disinfecting Wipes, Lemon & Lime Blossom, 80 Count", "Lysol Disinfectant Wipes Lemon and Lime Blossom 80 ct"),
    ("NIVEA Creme Dose 150 ml", "NIVEA Crème Boîte 150 ml"),
    ("AH Halfvolle melk 1,5 liter", "Albert Heijn Halfvolle Melk 1.5L"),
    ("Jarritos Mandarina Soda 12.5 oz", "Jarritos Mandarin Soda 12.5 oz"),
    ("Felix As Good As It Looks Cat Food Mixed Selection in Jelly 12 x 100g",
     "Felix AGAIL Mixed Selection in Jelly Wet Cat Food 12x100g"),
    ("Rexona Men Antitranspirante Cobalt Dry 200 ml", "Desodorante Rexona Men Cobalt Dry 200ml"),
    ("Nescafé Gold Blend Instant Coffee 200g", "Nescafe Gold Blend Coffee Jar 200g"),
    ("Oral-B iO Series 9 Electric Toothbrush Black Onyx", "Oral-B iO 9 Black Onyx Electric Toothbrush with Travel Case"),
    ("Pampers Swaddlers Diapers Size 1, 198 Count", "Pampers Swaddlers Newborn Diapers Size 1 (8-14 lb), 198 ct"),
    ("Dodot Sensitive T3 80 pañales", "Dodot Sensitive Talla 3 80 pañales"),
])
def test_one_product_worded_twice_is_no_household_conflict(a, b):
    pa, pb = _pair(a, b)
    assert not H.household_conflict(pa, pb)
    assert not H.household_conflict(pb, pa)


def test_a_shared_model_number_outweighs_the_words():
    # (a model number both titles print names the product: its words are a description)
    pa, pb = _pair("Philips Sonicare 4100 HX3681/33 Electric Toothbrush White",
                   "Philips Sonicare HX3681/33 Protective Clean Electric Toothbrush")
    assert not H.household_conflict(pa, pb)


# --- a tier word in any kind of product; a kind's modifier is none -----------------------------------

def test_a_tier_word_in_an_appliance_name():
    pa, pb = _pair("Instant Pot Duo 6 Quart Electric Pressure Cooker", "Instant Pot Duo Mini 6 Quart Electric Pressure Cooker")
    assert H.household_conflict(pa, pb) and H.household_conflict(pb, pa)
    assert_different("Instant Pot Duo 6 Quart Electric Pressure Cooker",
                     "Instant Pot Duo Mini 6 Quart Electric Pressure Cooker")


def test_a_kind_modifier_is_no_tier_word():
    pa, pb = _pair("Leviton Decora Rocker Switch 15A Single Pole, White, 10 Pack",
                   "Leviton Decora Rocker Light Switch 15A Single Pole, White, 10 Pack")
    assert not H.household_conflict(pa, pb)


# --- a scent name of no shared table against the plain variant ---------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Gain Liquid Laundry Detergent Original 88 fl oz", "Gain Liquid Laundry Detergent Spring Daydream 88 fl oz"),
    ("Mr. Clean Magic Eraser Original, 6 Count", "Mr. Clean Magic Eraser Cedar, 6 Count"),
])
def test_a_scent_name_against_the_plain_variant(a, b):
    assert H.substituted_variant(*_pair(a, b))
    assert_different(a, b)
