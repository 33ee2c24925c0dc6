"""A line name with a generation glued on is no model number (issue #12): "Fusion5" and "Mach3"
name razor lines whose variants ("ProGlide", "Turbo") print them too, while "DCR-HC52" and
"KX-TCA92" are model numbers.  And a kind a title denies ("Tray (OEM, no box)") is not its kind."""

from __future__ import annotations

import pytest

from crawler.matching import match_method, same_product


@pytest.mark.parametrize("a,b", [
    ("Gillette Fusion5 Men's Razor Blades, 8 Refills", "Gillette Fusion5 ProGlide Men's Razor Blades, 8 Refills"),
    ("Gillette Mach3 Razor + 2 Refills", "Gillette Mach3 Turbo Razor + 2 Refills"),
    ("Samsung Galaxy Note10 256GB", "Samsung Galaxy Note10 Lite 256GB"),
    ("Intel Core i7-14700K Boxed Processor", "Intel Core i7-14700K Tray Processor (OEM, no box)"),
    ("AMD Ryzen 7 5800X Box", "AMD Ryzen 7 5800X Prozessor Tray, ohne Box"),
])
def test_line_variants_and_denied_kinds_are_not_the_same_product(a, b):
    assert not same_product({"title": a}, {"title": b}), match_method({"title": a}, {"title": b})
    assert not same_product({"title": b}, {"title": a})


@pytest.mark.parametrize("a,b", [
    # a line name, with the titles' words agreeing
    ("Gillette Mach3 Men's Razor, 2 Refills", "Gillette MACH3 Razor + 2 Refills"),
    # model numbers whose letters are no word: still model-number evidence
    ("Sony Handycam DCR-HC52 MiniDV Camcorder", "Sony Silver MiniDV Handycam Camcorder DCRHC52"),
    ("Panasonic KX-TCA92 Headset", "Panasonic Hands Free Headset KXTCA92"),
    # a denied kind, and the same kind stated
    ("Intel Core i7-14700K Tray Processor (OEM, no box)", "Intel Core i7-14700K Tray"),
])
def test_the_same_product_is_still_found(a, b):
    assert same_product({"title": a}, {"title": b}), match_method({"title": a}, {"title": b})
    assert same_product({"title": b}, {"title": a})
