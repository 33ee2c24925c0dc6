"""Review of session 18 (review18): the session's readers on hostile and unusual input."""

from __future__ import annotations

import pytest

from crawler.matching import indic as I
from crawler.matching import match_method, same_product
from crawler.matching.features import clear_cache
from crawler.matching.titles import _latin, clean


# --- Devanagari nukta letters typed as one character ------------------------------------

# U+0958-U+095F ("क़" ... "य़") against the letter followed by the nukta sign U+093C: one
# text, two encodings (NFC writes the second); a shop's keyboard may give either
PRECOMPOSED = [
    ("\u0938\u095e\u0947\u0926", "\u0938\u092b\u093c\u0947\u0926"),  # safed (white)
    ("\u0958\u093e\u0917\u095b", "\u0915\u093c\u093e\u0917\u091c\u093c"),  # kagaz (paper)
    ("\u095b\u0940\u0930\u094b", "\u091c\u093c\u0940\u0930\u094b"),  # ziro
]


@pytest.mark.parametrize("one, two", PRECOMPOSED)
def test_precomposed_nukta_letters_read_as_the_letter_and_its_sign(one, two):
    assert I.to_latin(one) == I.to_latin(two)
    assert I.read_words(one) == I.read_words(two)
    assert _latin(one) == _latin(two)
    assert clean("Amul " + one + " 500 g") == clean("Amul " + two + " 500 g")


def test_precomposed_nukta_letters_keep_their_consonant():
    assert I.to_latin("\u0958\u093e\u0917\u095b").split() == ["qagaz"]
    assert I.to_latin("\u0938\u095e\u0947\u0926").split() == ["white"]


def test_precomposed_nukta_title_matches_as_the_decomposed_one():
    english = {"title": "Lifebuoy Soap White 125g"}
    for one, two in ((f"लाइफबॉय साबुन {c} 125 ग्राम", f"लाइफबॉय साबुन {d} 125 ग्राम")
                     for c, d in PRECOMPOSED[:1]):
        clear_cache()
        assert match_method({"title": one}, english) == match_method({"title": two}, english)
        assert same_product({"title": one}, english) == same_product({"title": two}, english)


# --- Hebrew: a word that only looks like a prefix letter and a table word -------------------

def test_hebrew_rectangle_is_no_white():
    from crawler.matching.hebrew import to_latin
    assert "white" not in to_latin("קופסת אחסון מלבן").split()
    assert "white" not in to_latin("מגשים מלבנים").split()
    assert "white" in to_latin("מגש בלבן").split()  # ("in white": the prefix still read)
    assert "white" in to_latin("מגש לבן").split()


def test_a_rectangular_box_against_a_transparent_one_is_no_colour_conflict():
    tier, _ = match_method({"title": "Emsa 514199 קופסת אחסון מלבן"},
                           {"title": "Emsa 514199 Clip & Close Food Storage Box Rectangular Transparent"})
    assert tier != "conflict:colour"
