"""Session 39 (sp39): the matcher's cold batch made faster with every decision the same.  The cleaner's jeans
reader is asked only where a substring every match of its word search holds stands (``titles._JEANS_LITERAL``):
``titles._jeans_sizes_named`` answers as the two searches it stands before did, on real-looking titles and near
misses, and the reader behind it still joins and parts the pairs it did (both ways round, pair and batch paths)."""

import pytest

from crawler.matching import titles
from tests.pair_checks import pair_tests

SAME = [
    ("Levi's 501 Original Fit Jeans W32 L32 Stonewash", "Levis 501 Original Fit Jeans 32W x 32L Stonewash"),
    ("Wrangler Texas Stretch Jeans 34/32 Darkstone", "Wrangler Texas Stretch Jeans W34 L32 Darkstone"),
]

DIFFERENT = [
    ("Levi's 501 Original Fit Jeans W32 L32 Stonewash", "Levis 501 Original Fit Jeans W32 L34 Stonewash"),
    ("Wrangler Texas Stretch Jeans 34/32 Darkstone", "Wrangler Texas Stretch Jeans W34 L30 Darkstone"),
]

test_jeans_reader_joins_as_before, test_jeans_reader_parts_as_before = pair_tests(same=SAME, different=DIFFERENT)

_WORDS = ("jean jeans denim dzinsy dziny farmer vaquero vaqueros pantalon pantalones broek trousers pants chino "
          "chinos hose spodnie kalhoty levi levis wrangler").split()
_NEAR = ("jeanette", "denims", "dzinsowy", "farmers", "pantalonnette", "broeken", "hoses", "levitra", "chinook",
         "xpants", "hosen", "panty", "trouser", "jea ns", "wrangle")
_FORMS = ("levis 501 %s w32 l32", "%s 32/32", "x%s 32/32", "%sx 32x34", "%s 32 w 34 l", "slim %s-32/34",
          "%s w 32 l 34", "%s", "32/34 %s", "%s l32", "%s 32*34", "%s 3 2/3 4")


@pytest.mark.parametrize("word", _WORDS + list(_NEAR))
def test_jeans_gate_answers_as_the_two_searches(word):
    for form in _FORMS:
        s = form % word
        assert bool(titles._jeans_sizes_named(s)) == bool(titles._TROUSERS_HINT(s) and titles._JEANS_WORD(s)), s
