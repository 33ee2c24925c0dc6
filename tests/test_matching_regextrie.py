"""``regextrie.literal_alternation``: a trie of literal words matches what the
alternation of the words longest first matches - the same ``findall``,
``search`` and ``sub`` results - on the vocabularies it serves and on strings
made of their words, pieces of them and separators."""

from __future__ import annotations

import random
import re

import pytest

from crawler.matching import raw_facets, relations
from crawler.matching.regextrie import literal_alternation


def _alternation(words) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def _texts(words, n=4000, seed=0):
    rng = random.Random(seed)
    words = sorted(words)
    pieces = words + [w[:k] for w in words for k in range(1, len(w))] + [" ", "x", "-", "e", "s", "1"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(n)]


@pytest.mark.parametrize("words", [
    ["ab", "abcd", "abcdef", "ac", "b", "bcd"],
    ["sq", "square", "top", "plug", "toplug", "lamp", "lampadina", "ft2"],
    sorted(raw_facets._HINT_OF),
    sorted(relations._DEVICE_WORDS),
])
def test_a_trie_matches_as_the_alternation_longest_first(words):
    old, new = _alternation(words), re.compile(literal_alternation(words))
    for t in _texts(words) + ["", "nothing here", "toplug only", "iphone 4 case for ipod touch"]:
        assert new.findall(t) == old.findall(t), t
        assert (new.search(t) is None) == (old.search(t) is None), t
        assert new.sub("#", t) == old.sub("#", t), t
    # (with word boundaries around it, as a caller may put them)
    ob, nb = re.compile(r"\b(?:" + old.pattern + r")\b"), re.compile(r"\b(?:" + new.pattern + r")\b")
    for t in _texts(words, 1000, 1):
        assert nb.findall(t) == ob.findall(t), t


def test_the_modules_use_the_trie():
    assert raw_facets._HINT_RE.pattern == literal_alternation(raw_facets._HINT_OF)
    assert relations._ANY_DEVICE.__self__.pattern == literal_alternation(relations._DEVICE_WORDS)


def test_no_words_is_an_error():
    with pytest.raises(ValueError):
        literal_alternation([])
    with pytest.raises(ValueError):
        literal_alternation(["a", ""])


def test_the_size_token_hint_finds_every_title_with_a_shoe_size_pair():
    # (``titles.extract_codes`` asks ``raw_facets.size_code_tokens`` only where the
    # cleaned title holds "m" or "w" and a digit: every token it finds starts so)
    from crawler.matching import titles as T

    for title in ("Chuck Taylor All Star M9/W11 Black", "Converse M8 W9.5 Optical White", "Vans W7 M5.5",
                  "Nike Air M 9 W 10.5", "Sony WH-1000XM4", "Bosch GSR 12V-15 FC", "Adidas m10.5 / w12"):
        cleaned, _ = T.clean_with_units(title)
        _, raw = T.words_and_raw(cleaned)
        if raw_facets.size_code_tokens(raw):
            assert raw_facets.SIZE_TOKEN_HINT(cleaned), title
    assert raw_facets.size_code_tokens(T.words_and_raw(T.clean_with_units("Converse M9/W11 Black")[0])[1])
