"""Session 20, ml20a (issue 12): Arabic (Levant, Gulf, Egypt) and South Asian titles.  Each
principle is tested with pairs it joins and pairs of two products it must keep apart."""

from __future__ import annotations

import pytest

from crawler.matching.arabic import to_latin
from tests.pair_checks import assert_different, assert_same


# --- an Arabic count: "عدد N", a singular container before a number -------------------

@pytest.mark.parametrize("arabic, latin", [
    ("بامبرز بيبي دراي مقاس ٤ عدد ٥٨", "58 pcs"),
    ("مناديل فاين عدد: ٢٠٠", "200 pcs"),
    ("شفرات جيليت ماك ٣ عبوة ٨ قطع", "3 8 pcs"),
])
def test_an_arabic_count_is_read(arabic, latin):
    assert latin in " ".join(to_latin(arabic).split())


@pytest.mark.parametrize("a, b", [
    ("بامبرز بيبي دراي مقاس ٤ عدد ٥٨", "Pampers Baby-Dry Diapers Size 4, 76 Count"),
    ("هاجيز حفاضات مقاس ٥ عدد ٤٢", "Huggies Diapers Size 5, 60 Count"),
    ("مناديل كلينكس عدد ١٠٠", "Kleenex Facial Tissues 200 Count"),
])
def test_two_arabic_counts_conflict(a, b):
    assert_different(a, b)


# --- the preposition "ل" glued to a word is "for" --------------------------------------

@pytest.mark.parametrize("arabic, latin", [
    ("جراب سيليكون لسماعات ابل", "case for headphones"),
    ("شامبو للأطفال", "shampoo for kids"),
])
def test_the_glued_preposition_is_for(arabic, latin):
    assert latin in " ".join(to_latin(arabic).split())


@pytest.mark.parametrize("a, b", [
    ("جراب سيليكون لسماعات ابل ايربودز برو ٢ مع حلقة تعليق", "Apple AirPods Pro (2nd generation) USB-C"),
    ("جراب لسماعات ايربودز ٣", "Apple AirPods (3rd generation)"),
])
def test_a_case_for_a_device_is_no_device(a, b):
    assert_different(a, b)
