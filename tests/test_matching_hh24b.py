"""Session 24, hh24b: pairs the learned stage must leave apart (``crawler.matching.learned24``,
read by ``rules.learned_gate`` only).  Each principle with real-style titles in several languages:
pairs the stage called the same before, and pairs that word one product two ways it must not split."""

from __future__ import annotations

import pytest

from crawler.matching import match_method
from crawler.matching.prepared import prepare
from tests.pair_checks import assert_different, assert_same


def _veto(a, b):
    from crawler.matching.learned24 import learned_veto
    return learned_veto(prepare({"title": a}), prepare({"title": b}))


# --- a game's add-on pass on one side: the add-on against the game alone ---------------------------

@pytest.mark.parametrize("a, b", [
    ("Mario Kart 8 Deluxe - Nintendo Switch",
     "Mario Kart 8 Deluxe – Booster Course Pass - Nintendo Switch [Digital Code]"),
    ("Mario Kart 8 Deluxe - Nintendo Switch",
     "Mario Kart 8 Deluxe – Booster-Streckenpass - Nintendo Switch [Download-Code]"),
    ("Mario Kart 8 Deluxe - Nintendo Switch",
     "Mario Kart 8 Deluxe – Pass circuits additionnels - Nintendo Switch [Code de téléchargement]"),
    ("Mario Kart 8 Deluxe - Nintendo Switch",
     "Mario Kart 8 Deluxe – Pass percorsi aggiuntivi - Nintendo Switch [Codice download]"),
    ("Mario Kart 8 Deluxe - Nintendo Switch",
     "Mario Kart 8 Deluxe – Pase de pistas extras - Nintendo Switch [Código de descarga]"),
    ("Hogwarts Legacy - PlayStation 5", "Hogwarts Legacy – Season Pass - PlayStation 5 [Digital Code]"),
    ("Xenoblade Chronicles 3 - Nintendo Switch",
     "Xenoblade Chronicles 3 – Expansion Pass - Nintendo Switch [Digital Code]"),
])
def test_an_addon_pass_on_one_side_is_no_learned_same(a, b):
    assert _veto(a, b) == 1.0
    assert match_method({"title": a}, {"title": b})[0] != "learned"
    assert_different(a, b)


@pytest.mark.parametrize("a, b", [
    ("Elden Ring Season Pass PS5", "ELDEN RING Season Pass - PlayStation 5"),
    ("Monster Hunter Rise + Sunbreak Set - Nintendo Switch",
     "Capcom MH Rise + Sunbreak (Switch) - Base game + expansion"),
    ("Anker 735 Charger (Nano II 65W) Pass-Through", "Anker 735 Charger Nano II 65W"),
])
def test_a_pass_both_print_or_no_addon_pass_is_no_veto(a, b):
    assert _veto(a, b) == 0.0


def test_both_naming_the_pass_stay_the_same():
    assert_same("Elden Ring Season Pass PS5", "ELDEN RING Season Pass - PlayStation 5")


# --- two bare tools of one battery platform, each naming a tool of its own ------------------------

@pytest.mark.parametrize("a, b", [
    ("DEWALT 20V MAX XR Oscillating Multi-Tool (Tool Only)", "DEWALT 20V MAX 7-1/4\" Circular Saw (Tool Only)"),
    ("Makita 18V LXT 4-1/2\" Angle Grinder (Tool Only)", "Makita 18V LXT Cordless Vacuum (Tool Only)"),
])
def test_two_bare_tools_of_one_platform_are_no_learned_same(a, b):
    assert _veto(a, b) == 1.0
    assert match_method({"title": a}, {"title": b})[0] != "learned"
    assert_different(a, b)


@pytest.mark.parametrize("a, b", [
    ("Makita 18V LXT Akku-Winkelschleifer 125 mm (ohne Akku)", "Makita 18V LXT Akku-Staubsauger (ohne Akku)"),
    ("Makita 18V LXT Meuleuse d'angle 125 mm (machine seule)", "Makita 18V LXT Aspirateur sans fil (machine seule)"),
    ("Ryobi ONE+ 18V Smerigliatrice angolare (senza batteria)", "Ryobi ONE+ 18V Aspirapolvere (senza batteria)"),
    ("Einhell Power X-Change Akku-Rasenmäher solo", "Einhell Power X-Change Akku-Heckenschere solo"),
    ("Milwaukee M18 FUEL Angle Grinder - Bare Tool", "Milwaukee M18 FUEL Circular Saw - Bare Tool"),
])
def test_two_bare_tools_in_other_languages_are_vetoed(a, b):
    assert _veto(a, b) == 1.0
    assert_different(a, b)


@pytest.mark.parametrize("a, b", [
    # (one bare tool written two ways: the words of one are the other's)
    ("Makita 18V LXT Angle Grinder (Tool Only)", "Makita 18V LXT 4-1/2\" Angle Grinder, Tool Only"),
    ("DEWALT 20V MAX Circular Saw, Tool Only", "DEWALT 20V MAX 7-1/4 in. Circular Saw (Tool Only)"),
    ("Bosch Professional 18V Akku-Winkelschleifer solo", "Bosch Professional 18V Akku-Winkelschleifer (solo)"),
])
def test_one_bare_tool_written_two_ways_is_no_veto(a, b):
    assert _veto(a, b) == 0.0


def test_one_bare_tool_written_two_ways_stays_the_same():
    assert_same("Makita 18V LXT Angle Grinder (Tool Only)", "Makita 18V LXT 4-1/2\" Angle Grinder, Tool Only")


# --- a product of its own that comes with the other offer's product: the bundle against its item -----

@pytest.mark.parametrize("a, b", [
    ("Chicco KeyFit 30 Infant Car Seat - Orion", "Chicco Bravo Trio Travel System with KeyFit 30 Infant Car Seat, Orion"),
    ("Graco SnugRide 35 Lite LX Infant Car Seat, Studio",
     "Graco Modes Pramette Travel System with SnugRide 35 Lite LX Infant Car Seat, Studio"),
    ("Cybex Aton M i-Size Babyschale, Deep Black", "Cybex Balios S Lux Kinderwagen mit Aton M i-Size Babyschale, Deep Black"),
    ("Maxi-Cosi Pebble 360 siège auto, Essential Black",
     "Maxi-Cosi Zelia S Trio poussette avec Pebble 360 siège auto, Essential Black"),
    ("Joie i-Snug 2 silla de coche, Coal", "Joie Versatrax Trio cochecito con i-Snug 2 silla de coche, Coal"),
])
def test_a_bundle_around_the_other_product_is_no_learned_same(a, b):
    assert _veto(a, b) == 1.0
    assert match_method({"title": a}, {"title": b})[0] != "learned"
    assert_different(a, b)


def test_an_ingredient_after_with_is_no_bundle():
    # (what the tablets are made with, not another product: the other's "Tablets" is not after "with")
    a = "Advil Ibuprofen Tablets 200 mg, 100 Count"
    b = "Advil Pain Reliever and Fever Reducer, Pain Relief Medicine with Ibuprofen 200mg, 100 Count"
    assert _veto(a, b) == 0.0
    assert_same(a, b)
