"""Session 24 (small24): sizes and wordings that are no model evidence."""

from __future__ import annotations

import pytest

from crawler.matching import match_method, same_product
from crawler.matching.titles import clean, extract_codes


def _o(title, brand):
    return {"title": title, "brand": brand}


# --------------------------------------------------------------------------
# 1. an inch screw thread ("5/16-18", "1/4-20", "#10-24") is a size, no model number
# --------------------------------------------------------------------------
@pytest.mark.parametrize("title", [
    "Hillman 5/16-18 Hex Nut Zinc Plated",
    "Everbilt 1/4-20 x 1 in. Hex Bolt",
    "Irwin Hanson 7/16-14 UNC Plug Tap",
    "Hillman #10-24 x 3/4 in. Machine Screw",
    "Würth Gewindestange 3/8-16 UNC verzinkt",
    "Tuerca hexagonal 5/16-18 UNC acero",
])
def test_thread_is_no_code(title):
    codes, joined, numbers, _ = extract_codes(clean(title))
    digits = {c for c in codes | joined | numbers if any(ch.isdigit() for ch in c)}
    assert not digits, digits


@pytest.mark.parametrize("a, b", [
    # two fasteners of one brand and one thread are two products
    ("Hillman 5/16-18 Hex Nut Zinc Plated", "Hillman 5/16-18 Wing Nut Zinc Plated"),
    ("Recoil 5/16-18 Thread Repair Kit", "Recoil 5/16-18 Helical Insert"),
    ("Hillman 7/16-14 Hex Nut Zinc", "Hillman 7/16-14 Nylon Lock Nut Zinc"),
    ("Everbilt 9/16-12 Coupling Nut", "Everbilt 9/16-12 Flange Nut"),
    ("Würth Sechskantmutter 5/16-18 UNC verzinkt", "Würth Hutmutter 5/16-18 UNC verzinkt"),
])
def test_same_thread_is_no_model_evidence(a, b):
    tier, _ = match_method(_o(a, a.split()[0]), _o(b, b.split()[0]))
    assert tier != "model" and not same_product(_o(a, a.split()[0]), _o(b, b.split()[0]))


@pytest.mark.parametrize("a, b", [
    ("Irwin Hanson 3/8-16 NC Plug Tap", "Irwin Hanson 1/2-13 NC Plug Tap"),
    ("Bosch Gewindebohrer 1/4-20 UNC HSS", "Bosch Gewindebohrer 5/16-18 UNC HSS"),
    ("Hillman #10-24 Hex Nut Zinc", "Hillman #8-32 Hex Nut Zinc"),
])
def test_two_threads_conflict(a, b):
    tier, _ = match_method(_o(a, a.split()[0]), _o(b, b.split()[0]))
    assert tier == "conflict:dims"


def test_thread_with_a_model_number_still_matches():
    a = _o("Hillman 5/16-18 Hex Nut Zinc Plated 150015", "Hillman")
    b = _o("Hillman Hex Nut 5/16-18 Zinc 150015", "Hillman")
    assert same_product(a, b)


def test_bare_gauge_pair_needs_a_fastener():
    # "10-24" alone may be anything (a range, a date): a code as before
    codes, joined, numbers, _ = extract_codes(clean("Acme Widget 10-24 Edition"))
    assert "1024" in codes | joined | numbers


# --------------------------------------------------------------------------
# 2. a bare tool: "Bare Tool" reaches the bare-against-kit reader; "Tool Only" / "Bare Tool" /
#    "body only" / "solo" / "ohne Akku" are one thing
# --------------------------------------------------------------------------
@pytest.mark.parametrize("a, b", [
    ("Makita 18V LXT Brushless Cordless Driver-Drill Bare Tool",
     "Makita 18V LXT Brushless Cordless Driver-Drill Kit with 2 Batteries and Charger"),
    ("Makita 18V LXT Cordless Impact Driver Bare Tool",
     "Makita 18V LXT Cordless Impact Driver with 2 x 5.0Ah Batteries and Charger"),
    ("Milwaukee M18 Fuel Hammer Drill Bare Tool", "Milwaukee M18 Fuel Hammer Drill Kit with 2 Batteries"),
    ("Bosch GSR 18V-55 Akku-Bohrschrauber Bare Tool",
     "Bosch GSR 18V-55 Akku-Bohrschrauber mit 2 Akkus 2,0 Ah und Ladegerät"),
])
def test_bare_tool_against_its_kit(a, b):
    tier, _ = match_method(_o(a, a.split()[0]), _o(b, b.split()[0]))
    assert tier.startswith("conflict:")


def test_bare_tool_reaches_the_kit_reader():
    from crawler.matching.household24 import bare_against_kit
    from crawler.matching.prepared import complete, prepare_light

    a = complete(prepare_light(_o("Ryobi ONE+ 18V Cordless Jigsaw Bare Tool", "Ryobi")))
    b = complete(prepare_light(_o("Ryobi ONE+ 18V Cordless Jigsaw Kit with Battery and Charger", "Ryobi")))
    assert bare_against_kit(a, b)


@pytest.mark.parametrize("a, b", [
    ("Makita 18V LXT Brushless Cordless Driver-Drill Tool Only",
     "Makita 18V LXT Brushless Cordless Driver-Drill Bare Tool"),
    ("Ryobi ONE+ 18V Cordless Jigsaw Tool Only", "Ryobi ONE+ 18V Cordless Jigsaw Bare Tool"),
    ("DeWalt 20V MAX Cordless Circular Saw Bare Tool", "DeWalt 20V MAX Cordless Circular Saw Tool Only"),
])
def test_bare_tool_worded_otherwise_is_one_product(a, b):
    assert same_product(_o(a, a.split()[0]), _o(b, b.split()[0]))


@pytest.mark.parametrize("title, words", [
    ("Makita 18V LXT Cordless Jigsaw Tool Only", {"tool", "only"}),
    ("Metabo Akku-Winkelschleifer 18V ohne Akku", {"ohne"}),
    ("Einhell TE-JS 18 Li Akku-Stichsäge solo", {"solo"}),
    ("Bosch Perceuse-visseuse GSR 18V-55 sans batterie", {"sans", "batterie"}),
])
def test_bare_words_are_no_identifying_words(title, words):
    from crawler.matching.prepared import prepare

    assert prepare(_o(title, title.split()[0])).idwords.isdisjoint(words)


def test_two_bare_tools_of_one_platform_still_differ():
    from crawler.matching.learned24 import bare_tools_differ
    from crawler.matching.prepared import complete, prepare_light

    a = complete(prepare_light(_o("Makita 18V LXT Cordless Jigsaw Tool Only", "Makita")))
    b = complete(prepare_light(_o("Makita 18V LXT Cordless Reciprocating Saw Bare Tool", "Makita")))
    c = complete(prepare_light(_o("Makita 18V LXT Cordless Jigsaw Bare Tool", "Makita")))
    assert bare_tools_differ(a, b) and not bare_tools_differ(a, c)


# --------------------------------------------------------------------------
# 3. a game's pass of add-ons is never the game ("upgrade" facet, every tier)
# --------------------------------------------------------------------------
@pytest.mark.parametrize("a, b", [
    ("Call of Duty Black Ops III PS4", "Call of Duty Black Ops III Season Pass PS4"),
    ("The Witcher 3 Wild Hunt PC", "The Witcher 3 Wild Hunt Expansion Pass PC"),
    ("Forza Horizon 5 Xbox Series X", "Forza Horizon 5 Erweiterungspass Xbox Series X"),
    ("Assassin's Creed Valhalla PS4", "Assassin's Creed Valhalla Saisonpass PS4"),
    ("Call of Duty: Black Ops III - PS4", "Call of Duty Black Ops III Pase de temporada PS4"),
    ("Far Cry 6 PS5", "Far Cry 6 Pass saison PS5"),
    ("Super Smash Bros. Ultimate Nintendo Switch", "Super Smash Bros. Ultimate Fighters Pass Vol. 2 Nintendo Switch"),
])
def test_game_against_its_pass(a, b):
    assert match_method({"title": a}, {"title": b})[0] == "conflict:upgrade"


def test_pass_sold_with_the_game_is_no_pass():
    from crawler.matching.facets import ADDON_PASS, facets_of
    from crawler.matching.titles import words

    for t, is_pass in (("Far Cry 6 Gold Edition incl. Season Pass PS5", False),
                       ("Far Cry 6 Gold Edition (inkl. Season Pass) PS5", False),
                       ("Far Cry 6 Season Pass PS5", True), ("Far Cry 6 Pase de temporada PS5", True)):
        c = clean(t)
        assert (ADDON_PASS in facets_of(c, words(c))) == is_pass, t


def test_downloadable_content_is_an_addon():
    a, b = {"title": "Hogwarts Legacy PS5"}, {"title": "Hogwarts Legacy Haunted Hogsmeade Shop Downloadable Content PS5"}
    assert match_method(a, b)[0] == "conflict:upgrade"
