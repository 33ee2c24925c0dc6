"""Session 15, found while merging: two readings that let another product through.

- A number before "K" of two digits is a count in thousands ("20K" mAh, "18K" gold), as one of
  one digit is ("4K"); only a number of three or more digits before K is a processor's model
  ("6850K"). Before, "PowerCore 10K" / "PowerCore 20K" were one product: "20K" was dropped.
- "Vollmilch" names the kind milk, not only its default fat: "Joghurt 3,5 %" / "Vollmilch 3,5 %"
  were one product.
"""
import pytest

from tests.pair_checks import assert_different, assert_same

DIFFERENT = [
    ("Anker PowerCore 10K Portable Charger", "Anker PowerCore 20K Portable Charger"),
    ("Xiaomi Power Bank 10K", "Xiaomi Power Bank 20K"),
    ("Pandora Ring 14K Gold", "Pandora Ring 18K Gold"),
    ("Weihenstephan Joghurt 3,5% 500g", "Weihenstephan Vollmilch 3,5% 500g"),
    ("Danone Joghurt 500g", "Danone Vollmilch 500g"),
]
SAME = [
    ("Intel Core i7-6850K", "Intel Core i7 6850K Processor"),
    ("Pandora Ring 18K Gold", "Pandora 18K Gold Ring"),
    ("Weihenstephan Vollmilch 3,5% 1L", "Weihenstephan Milch 3,5% Fett 1 Liter"),
]


@pytest.mark.parametrize("a, b", DIFFERENT)
def test_different(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a, b", SAME)
def test_same(a, b):
    assert_same(a, b)
