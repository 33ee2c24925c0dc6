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


# --------------------------------------------------------------------------------------------------
# ``litsearch39``: the searches that compiled a pattern per word answer as those patterns do
# --------------------------------------------------------------------------------------------------
import random  # noqa: E402
import re  # noqa: E402

from crawler.matching import litsearch39 as L  # noqa: E402

# texts over the characters the patterns read on either side of the literal (word characters, digits of
# other scripts, the marks, brackets of two widths, spaces of two kinds), the literals among them
_ALPHABET = ["a", "b", "A", "B", "1", "2", "3", "\u0663", "_", "-", ".", ",", "*", " ", "\u00a0", "\t", "(", ")", "[",
             "]", "\uff08", "\uff09", "x", "\u00e9", "AB", "ab", "12", "b", "B"]
_LITERALS = ["a", "b", "B", "AB", "ab", "12", "1", "2", "\u00e9", "x", "3"]


def _texts(n=4000, seed=39):
    rnd = random.Random(seed)
    out = ["", "AB", "(b)", "( b )", "(\u00a0B )", "\uff08b\uff09", "[ab]", "12 * 3", "12 *  3", "12 *   3", "x12 * 3",
           ".12 * 3", "*12 * 3", "12 * \u0663", "-AB-", "AB-", "_AB", "1,12", "12.5", "12,", "(12)"]
    for _ in range(n):
        out.append("".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(1, 12))))
    return out


def test_delimited_answers_as_the_patterns():
    for t in _texts():
        for lit in _LITERALS:
            # ``wordclass._in_capitals``
            assert L.delimited(t, lit, L.word_or_hyphen, L.word_or_hyphen) == (
                re.search(r"(?<![\w-])" + lit + r"(?![\w-])", t) is not None), (t, lit)
            # ``office_mobile.count_times``
            assert L.delimited(t, lit, L.digit_dot_comma, L.digit_dot_comma) == (
                re.search(r"(?<![\d.,])" + lit + r"(?![\d.,])", t) is not None), (t, lit)


def test_times_digit_after_answers_as_the_pattern():
    for t in _texts():
        for lit in _LITERALS:
            assert L.times_digit_after(t, lit) == (re.search(r"(?<![\w.*])" + lit + r" \* {1,2}\d", t) is not None), (
                t, lit)


def test_bracketed_char_answers_as_the_pattern():
    for t in _texts():
        for c in ("a", "b", "B", "1", "x", "\u00e9"):
            assert L.bracketed_char(t, c) == (
                re.search(r"[(\[\uff08]\s*" + c + r"\s*[)\]\uff09]", t) is not None), (t, c)


def test_hyphen_joined_answers_as_the_pattern():
    rnd = random.Random(3939)
    parts = ["joy", "con", "wi", "fi", "-", "\u2010", "\u2011", " ", "\u00a0", "_", "a", "1", ".", "(", "\u00e9"]
    texts = ["joy-con", "joy - con", "joy  - con", "xjoy-con", "joy-conx", "joy-con_", "_joy-con", "(joy\u2010 con)",
             "joy -  con", "wi-fi wi-fi", "joy-joy-con"]
    texts += ["".join(rnd.choice(parts) for _ in range(rnd.randint(1, 9))) for _ in range(6000)]
    for t in texts:
        for left, mark in (("joy", "con"), ("wi", "fi"), ("a", "1"), ("", "con"), ("joy", ""), ("a.", "("), ("-", "-")):
            assert L.hyphen_joined(t, left, mark) == (re.search(
                r"(?<![^\W_])" + re.escape(left) + r"\s?[-\u2010\u2011]\s?" + re.escape(mark) + r"(?![^\W_])", t)
                is not None), (t, left, mark)
