"""Session 24, tools24: a cordless tool maker's battery platform printed as a code ("M18", "V20") is
a family name, no model number; the plating / finish of fasteners and hardware is another product."""

from __future__ import annotations

import pytest

from crawler.matching import match_many, match_method, same_product
from crawler.matching.features import prepare


def _t(title, **kw):
    return {"title": title, **kw}


def _apart(a, b):
    A, B = [_t(a)], [_t(b)]
    assert not same_product(A[0], B[0]), (a, b, match_method(A[0], B[0]))
    assert not match_many(A, B)[1][0]


# two tools of one battery platform: the shared platform code names the family, the tool's kind
# words tell the tools apart (main called each the same, tier "model", on the platform code)
@pytest.mark.parametrize("a,b", [
    ("Milwaukee M18 FUEL Hammer Drill (Tool Only)", "Milwaukee M18 FUEL Impact Driver (Tool Only)"),
    ("Milwaukee M18 Compact Blower (Tool Only)", "Milwaukee M18 Wet/Dry Vacuum (Tool Only)"),
    ("Milwaukee M12 Akku-Bohrschrauber Solo", "Milwaukee M12 Akku-Multitool Solo"),
    ("Milwaukee M18 FUEL taladro percutor", "Milwaukee M18 FUEL atornillador de impacto"),
    ("Milwaukee M12 FUEL trapano avvitatore", "Milwaukee M12 FUEL avvitatore a impulsi"),
    ("CRAFTSMAN V20 Cordless Drill/Driver (Tool Only)", "CRAFTSMAN V20 Cordless Impact Driver (Tool Only)"),
])
def test_platform_code_is_no_model_number(a, b):
    _apart(a, b)


def test_platform_code_with_model_number_still_matches():
    a = _t("Milwaukee 2904-20 M18 FUEL Hammer Drill/Driver (Tool Only)")
    b = _t("Milwaukee M18 FUEL 1/2 in. Hammer Drill Bare Tool 2904-20")
    assert same_product(a, b)
    assert match_method(a, b)[0] == "model"


def test_platform_code_only_of_its_maker():
    from crawler.matching.wordclass import platform_code
    # "M12" is a metric thread in a bolt's title, "V20" a phone of another maker
    assert platform_code("m18", prepare(_t("Milwaukee M18 FUEL Hammer Drill")))
    assert platform_code("m12", prepare(_t("Akku-Bohrschrauber M12", brand="Milwaukee")))
    assert not platform_code("m12", prepare(_t("Würth Sechskantschraube M12 x 50 verzinkt")))
    assert not platform_code("v20", prepare(_t("LG V20 64GB Titan")))


# the finish of one fastener: stainless, zinc-plated, black oxide, chrome, brass, nickel are
# products of their own (main called the Hillman nuts the same on the thread "5/16-18")
@pytest.mark.parametrize("a,b", [
    ("Hillman 5/16-18 Stainless Steel Hex Nut", "Hillman 5/16-18 Zinc Plated Hex Nut"),
    ("Hillman 5/16-18 Black Oxide Hex Nut", "Hillman 5/16-18 Zinc Plated Hex Nut"),
    ("Hillman 5/16-18 Hex Nut Chrome Plated", "Hillman 5/16-18 Hex Nut Zinc Plated"),
    ("Hillman 1/4-20 x 1 in. Stainless Hex Bolts, 100-Pack", "Hillman 1/4\"-20 x 1\" Zinc-Plated Hex Bolt, 100 ct"),
    ("Sechskantmutter DIN 934 M8 Edelstahl A2 (100 Stück)", "Sechskantmutter DIN 934 M8 verzinkt (100 Stück)"),
    ("Écrou hexagonal DIN 934 M8 inox A2 (lot de 100)", "Écrou hexagonal DIN 934 M8 zingué (lot de 100)"),
    ("Tuerca hexagonal DIN 934 M8 acero inoxidable (100 uds)", "Tuerca hexagonal DIN 934 M8 cincado (100 uds)"),
    ("Dado esagonale DIN 934 M8 acciaio inox (100 pz)", "Dado esagonale DIN 934 M8 zincato (100 pz)"),
])
def test_hardware_finish_conflicts(a, b):
    _apart(a, b)
    assert match_method(_t(a), _t(b))[0] == "conflict:colour"


def test_finish_read_only_in_hardware_titles():
    from crawler.matching.facets import hardware_finishes
    w = prepare(_t("Sechskantschraube M8x40 verzinkt")).words
    assert hardware_finishes(w) == frozenset(("zinc", "galvanized"))  # either coating
    assert hardware_finishes(prepare(_t("Hillman Zinc Plated Hex Bolt")).words) == frozenset(("zinc",))
    # a supplement's zinc, an appliance's chrome: no finish
    assert not hardware_finishes(prepare(_t("Nature Made Zinc 30 mg Tablets")).words)
    assert not hardware_finishes(prepare(_t("Breville Barista Express Brushed Chrome")).words)


def test_stainless_appliance_titles_unchanged():
    a = _t("Samsung 28 cu. ft. French Door Refrigerator RF28R7351SR Stainless Steel")
    b = _t("Samsung RF28R7351SR 28 cu ft French Door Fridge, Fingerprint Resistant Stainless Steel")
    assert same_product(a, b)
    # a zinc coating named in one language as either kind agrees with both
    assert match_method(_t("Sechskantmutter DIN 934 M8 verzinkt (100 Stück)"),
                        _t("Hex Nut DIN 934 M8 Zinc Plated (100 pcs)"))[0] != "conflict:colour"
