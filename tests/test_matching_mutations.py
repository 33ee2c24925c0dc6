"""Near-miss edits of one product's title (the kinds ``benchmarks/bench_nearmiss.py``
measures on the gold matches): a multipack against the single package, a
licence for several PCs against the plain title, a title repeating itself -
different; the same version written as a roman numeral or as digits - the same.
Real retail wording in English, German, French, Spanish and Czech, both directions."""

from __future__ import annotations

import numpy as np
import pytest

from crawler.matching import match_method, same_product
from crawler.matching.facets import multipliers
from crawler.matching.features import pair_features, prepare
from crawler.matching.rules import REASONS, conflict_reasons
from crawler.matching.titles import clean


def _conflict(a: str, b: str) -> str | None:
    pa, pb = prepare({"title": a}), prepare({"title": b})
    r = int(conflict_reasons(np.asarray([pair_features(pa, pb)]))[0])
    return REASONS[r - 1] if r else None


def _both_ways_apart(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert not same_product({"title": x}, {"title": y})
        tier, score = match_method({"title": x}, {"title": y})
        assert score < 0.5


# a multipack against the single package it multiplies (the count inside the
# package - "80 ct", "60 Stück", "650 ml" - is the same on both sides)
MULTIPACK = [
    ("Lysol Disinfecting Wipes, Lemon & Lime Blossom, 80 ct",
     "Lysol Disinfecting Wipes, Lemon & Lime Blossom, 80 ct, 3 Pack"),
    ("Clorox Disinfecting Wipes, Fresh Scent, 75 Count", "Clorox Disinfecting Wipes, Fresh Scent, 75 Count (Pack of 3)"),
    ("Finish Quantum Spülmaschinentabs 60 Stück", "Finish Quantum Spülmaschinentabs 60 Stück 3er Pack"),
    ("Ariel Pods Alpine Lessive 31 lavages", "Ariel Pods Alpine Lessive 31 lavages, lot de 3"),
    ("Fairy Ultra Lavavajillas Limón 650 ml", "Fairy Ultra Lavavajillas Limón 650 ml, pack de 2"),
    ("Jar Original prostředek na nádobí 900 ml", "Jar Original prostředek na nádobí 900 ml, balení po 3"),
    ("Duracell Plus AA alkalické baterie 4 ks", "Duracell Plus AA alkalické baterie 4 ks, balení 3 ks"),
    ("Duracell Plus AA Batteries 4 count", "Duracell Plus AA Batteries 4 count, Twin Pack"),
    # a 2-pack is not a 3-pack of the same package
    ("Lysol Disinfecting Wipes, 80 ct, 2 Pack", "Lysol Disinfecting Wipes, 80 ct, 3 Pack"),
]


@pytest.mark.parametrize("a,b", MULTIPACK)
def test_multipack_against_single_package(a, b):
    assert _conflict(a, b) == "pack"
    assert _conflict(b, a) == "pack"
    _both_ways_apart(a, b)


# the same count written another way is one product
MULTIPACK_SAME = [
    ("Tide PODS Laundry Detergent, 42 ct, 3 Pack", "Tide PODS Laundry Detergent 42 count, Pack of 3"),
    ("Verbatim DVD-R 16x 4.7GB 50 Pack Spindle", "Verbatim DVD-R 16x 4.7 GB 50-Disc Spindle"),
    ("Cardinal Zippered Binder Pockets, Clear, 3 Pack", "Cardinal Zippered Binder Pockets, Clear, 3 Pockets"),
    ("Pur Flüssigwaschmittel Lavendel 2er Pack", "Pur Flüssigwaschmittel Lavendel 2 Stück"),
]


@pytest.mark.parametrize("a,b", MULTIPACK_SAME)
def test_same_count_in_other_words_is_no_multipack_conflict(a, b):
    assert _conflict(a, b) != "pack"
    assert _conflict(b, a) != "pack"


@pytest.mark.parametrize("title,mult", [
    ("Lysol Wipes, 80 ct, 3 Pack", {3}),
    ("Finish Tabs 60 Stück 3er Pack", {3}),
    ("Ariel Pods, lot de 3", {3}),
    ("Duracell AA, Twin Pack", {2}),
    ("Jar Original 900 ml, balení 3 ks", {3}),
    ("Brita Filter 1 Pack", set()),  # one pack is the product itself
    ("Lysol Wipes 80 ct", set()),  # a count inside the package
    ("Cooler Master Fan R4-BMBS-20PK-R0", set()),  # part of a part number
])
def test_multipliers_read_from_a_title(title, mult):
    assert set(multipliers(clean(title))) == mult


# "PC" in capitals counts computers (a licence) in any title; "pcs" counts pieces
@pytest.mark.parametrize("a,b", [
    ("Norton 360 Deluxe 3 PCs", "Norton 360 Deluxe"),
    ("Bitdefender Total Security 5 PC", "Bitdefender Total Security"),
    ("McAfee LiveSafe 1-Year 10 PCs", "McAfee LiveSafe 1-Year"),
])
def test_licence_for_several_pcs_against_plain_title(a, b):
    assert _conflict(a, b) == "pack"
    assert _conflict(b, a) == "pack"
    _both_ways_apart(a, b)


@pytest.mark.parametrize("a,b", [
    ("Pyrex Glass Mixing Bowl Set 3 pcs", "Pyrex Glass Mixing Bowl Set"),
    ("Tupperware Dose 3 Pcs", "Tupperware Dose"),
])
def test_pieces_are_no_licences(a, b):
    assert _conflict(a, b) != "pack"


# a roman numeral is the number it writes: the same version either way
ROMAN_SAME = [
    ("Adobe Acrobat 9 Standard", "Adobe Acrobat IX Standard"),
    ("Adobe Acrobat 9 Pro for Windows", "Adobe Acrobat IX Pro for Windows"),
    ("Final Fantasy VII", "Final Fantasy 7"),
    ("Die Siedler 7 Gold Edition", "Die Siedler VII Gold Edition"),
    ("Civilization IV Complete", "Civilization 4 Complete"),
]


@pytest.mark.parametrize("a,b", ROMAN_SAME)
def test_roman_numeral_and_digits_are_one_version(a, b):
    assert _conflict(a, b) is None
    assert same_product({"title": a}, {"title": b})
    assert same_product({"title": b}, {"title": a})


def test_roman_version_is_the_number_of_a_version_word():
    # "Series VII" and "7 Series" name one version (no version conflict)
    assert _conflict("Samsung Series VII LCD TV LN46A750", "Samsung 7 Series LCD TV LN46A750") is None
    # another number still conflicts
    assert _conflict("Samsung Series VII LCD TV", "Samsung 8 Series LCD TV") is not None


# a title that repeats itself is no evidence of being the title it repeats
@pytest.mark.parametrize("word", ["Lysol", "Lysol Wipes", "SanDisk Ultra 64GB", "Ariel"])
@pytest.mark.parametrize("n", [10, 15_000])
def test_repeated_title_is_no_evidence(word, n):
    long = " ".join([word] * n)
    _both_ways_apart(long, word)


def test_a_title_with_some_repeated_words_still_matches():
    a = "Seagate ST31000640NS 1TB SATA ST31000640NS Hard Drive"
    b = "Seagate ST31000640NS 1TB SATA Hard Drive"
    assert same_product({"title": a}, {"title": b})


# a variant word right after a model number names another model, however
# specific the number ("rtx4070" is a chip): "RTX4070 Ti" is not "RTX4070"
@pytest.mark.parametrize("a,b", [
    ("MSI GeForce RTX4070 Ti Gaming X 12GB", "MSI GeForce RTX4070 Gaming X 12GB"),
    ("ASUS ROG Strix RTX-4070 Ti OC", "ASUS ROG Strix RTX-4070 OC"),
    ("Sony RMVL600 Ultra Fernbedienung", "Sony RMVL600 Fernbedienung"),
    ("Xiaomi Redmi Note 10 Pro 128 Go gris", "Xiaomi Redmi Note 10 128 Go gris"),
])
def test_variant_word_after_a_model_number(a, b):
    assert _conflict(a, b) in ("variant", "edition")
    assert _conflict(b, a) in ("variant", "edition")
    _both_ways_apart(a, b)


@pytest.mark.parametrize("a,b", [
    # the same variant word on both sides, or spelt out
    ("MSI GeForce RTX4070 Ti Gaming X", "MSI RTX4070 Ti Gaming X Trio 12GB"),
    # a certification after a wattage, a compound adjective
    ("Thermaltake Toughpower 750W 80 Plus Gold", "Thermaltake Toughpower 750W Gold"),
    ("Corsair Carbide 330R Ultra-Silent Midi Tower", "Corsair Carbide 330R Midi Tower"),
])
def test_no_variant_conflict_without_another_model(a, b):
    assert _conflict(a, b) not in ("variant", "edition")


def test_variant_word_after_a_model_number_the_title_splits():
    # "52LG50" is read as the words "52lg", "50": the variant still follows it
    assert _conflict("LG 52LG50 Lite 52\" LCD TV", "LG 52\" Black LCD Flat Panel HDTV 52LG50") in ("variant", "edition")


# "Basic" names a tier as "Deluxe" or "Standard" do, in any title
@pytest.mark.parametrize("a,b", [
    ("Canon PSC-4100 Basic Soft Case", "Canon PSC-4100 Deluxe Soft Case"),
    ("Logitech Driving Force Basic for PlayStation 2", "Logitech Driving Force Pro for PlayStation 2"),
])
def test_basic_tier_against_another_tier(a, b):
    assert _conflict(a, b) in ("edition", "variant")
    _both_ways_apart(a, b)


# a variant word before a roman numeral qualifies it as before the digits:
# "iPad Air II" is the "iPad Air 2", not another variant of it
@pytest.mark.parametrize("a,b", [
    ("Apple iPad Air II Midnight Blue Smart Case", "Apple Smart Case for iPad Air 2 Midnight Blue"),
    ("Speck iGuy iPad mini IV Case", "Speck iGuy iPad mini 4 Case"),
    ("Funda Speck iGuy iPad mini IV", "Funda Speck iGuy iPad mini 4"),
])
def test_variant_before_roman_numeral_is_the_variant_before_digits(a, b):
    assert _conflict(a, b) is None
    assert same_product({"title": a}, {"title": b})
