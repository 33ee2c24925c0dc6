"""Session 13 (issue #12): what a title sells on top of a game or a licence - DLC, an
expansion or season pass, an add-on licence - is not the base product, as an upgrade
is not the full licence (``facets.ADDON``: conflict "upgrade")."""

from __future__ import annotations

import pytest

from crawler.matching import match_method
from tests.pair_checks import assert_different, assert_same, pair_tests

ADDON_AGAINST_BASE = [
    ("Hollow Knight: Silksong Expansion Pass with Soundtrack and Artbook (PC Steam)", "Hollow Knight (PC Steam)"),
    ("Elden Ring (PC Steam)", "Elden Ring: Shadow of the Erdtree DLC (PC Steam)"),
    ("Windows Server 2022 Standard 16 Core", "Windows Server 2022 Standard 2 Core Add-on"),
    ("Destiny 2: The Final Shape + Annual Pass (Xbox)", "Destiny 2 Season Pass (Xbox Series X)"),
    ("Cities: Skylines (PC)", "Cities: Skylines - Erweiterung After Dark (PC)"),
]


test_an_add_on_is_not_its_base_product = pair_tests(different=ADDON_AGAINST_BASE).different


def test_the_conflict_says_upgrade():
    assert match_method({"title": "Elden Ring (PC Steam)"},
                        {"title": "Elden Ring: Shadow of the Erdtree DLC (PC Steam)"})[0] == "conflict:upgrade"


@pytest.mark.parametrize("a,b", [
    # one add-on worded two ways
    ("Elden Ring: Shadow of the Erdtree DLC (PC Steam)", "ELDEN RING Shadow of the Erdtree - DLC - PC Steam Key"),
    # "Expansion" alone is a product line's name, no add-on
    ("Seagate Expansion 4TB External Hard Drive STKM4000400", "Seagate 4TB External Hard Drive STKM4000400"),
])
def test_no_add_on_conflict_where_both_or_none_name_one(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a,b", [
    # hardware sold as an add-on is the product itself, whether a shop says "add-on" or not
    ("pioneer hd radio tuner gexp10hd", "pioneer gex-p10hd hd radio add-on tuner for select in-dash pioneer receivers"),
    ("sony xplod 10-disc add-on cd/mp3 changer cdx565mxrf", "sony cdx-565mxrf 10-disc cd/mp3 changer"),
])
def test_add_on_hardware_is_no_add_on_licence(a, b):
    assert_same(a, b)


def test_a_combo_is_not_one_of_the_items_it_lists():
    # (accessory.combo_of, session 13: the item named after the word "Combo")
    assert_different("Logitech MX Master 3S", "Logitech MX Keys S Combo (MX Keys S + MX Master 3S)")
    assert_same("Logitech MK545 Advanced Wireless Keyboard and Mouse Combo",
                "Logitech MK545 Advanced Wireless Keyboard & Mouse")


@pytest.mark.parametrize("a,b", [
    # one add-on where a shop leaves its kind unsaid: no conflict (the rest of the rules decide)
    ("Cyberpunk 2077: Phantom Liberty (PC)", "Cyberpunk 2077 Phantom Liberty DLC - Steam Key PC"),
    ("Mario Kart 8 Deluxe Booster Course Pass", "Mario Kart 8 Deluxe - Booster Course Pass DLC Nintendo Switch"),
])
def test_an_add_on_named_without_its_kind_is_no_conflict(a, b):
    assert match_method({"title": a}, {"title": b})[0] != "conflict:upgrade"
    assert match_method({"title": b}, {"title": a})[0] != "conflict:upgrade"
