"""Session 14, ml (issue 12): one product as shops word it in other languages - the
principles read from a new author's pairs (train14b: Lebanese, French/German/Dutch,
Spanish/Italian/Portuguese, Czech/Polish/Turkish shops and home & kitchen goods).  Each
principle is tested with pairs that have it and a pair of two products it must keep apart."""

from __future__ import annotations

import pytest

from crawler.matching import titles as T
from tests.pair_checks import assert_different, assert_same


@pytest.mark.parametrize("text, unit", [
    ("1 litro", "vol"), ("5 litros", "vol"), ("1.5 litri", "vol"),
    ("500 gramos", "wt"), ("250 grammi", "wt"), ("125 grammes", "wt"), ("400 gramas", "wt"),
])
def test_a_unit_spelled_out_in_a_romance_language_is_read(text, unit):
    n, u = text.split()
    assert T._UNIT_ALIASES[u][0] == unit
    assert T._UNIT.search(text) is not None


@pytest.mark.parametrize("a, b", [
    # the litre spelled out (Spanish, Portuguese, Italian) is the "L" of the other shop
    ("Lagostina Pentola a pressione Lagoeasy'Up 5L", "Lagostina Pentola a pressione Lagoeasy'Up 5 litri"),
    ("Leite Mimosa Meio Gordo 1L", "Mimosa Leite UHT meio-gordo 1 litro"),
    ("Gel de ducha Sanex Zero 1 L", "Sanex Zero gel de ducha 1 litro"),
])
def test_the_litre_spelled_out_is_the_same_size(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    # a size spelled out is read, so two sizes stay two products
    ("Leite Mimosa Meio Gordo 1,5 L", "Mimosa Leite UHT meio-gordo 1 litro"),
    ("Lagostina Pentola a pressione Lagoeasy'Up 5L", "Lagostina Pentola a pressione Lagoeasy'Up 7 litri"),
    ("Lavazza Qualità Rossa caffè macinato 250 grammi", "Lavazza Qualità Rossa caffè macinato 500 g"),
])
def test_two_sizes_spelled_out_stay_two(a, b):
    assert_different(a, b)
