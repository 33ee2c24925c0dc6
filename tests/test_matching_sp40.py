"""Session 40 (sp40): the matcher's cold batch made faster with every decision the same.

* ``xl39.kinds`` looks up only the pieces of a word a table word can be (the word, its heads, its tails:
  ``xl39._kind_pieces``) instead of trying every table word against every word of the title: it names the
  concepts the full scan named (the scan is kept here as the reference), on titles in several languages and on
  words made of the table's words with letters added or cut;
* ``facets.identifying_ids`` is memoised per pair and direction: the memo answers what the reader answers,
  keeps the objects it keys on, and ``features.clear_cache`` empties it (a cold run starts cold);
* the pairs the two readers decide are joined and parted as before (both ways round, pair and batch paths).
"""

import random

import pytest

from crawler.matching import facets, xl39
from crawler.matching.features import clear_cache, prepare
from tests.pair_checks import pair_tests

SAME = [
    ("Philips Lumea Prestige IPL Haarentfernungsgerät mit 4 Aufsätzen",
     "Philips Lumea Prestige IPL ontharingsapparaat met 4 opzetstukken"),
    ("Kärcher WD 3 Filtertüten", "Kärcher WD 3 sacchetti filtro"),
    ("Logitech MX Master 3S trådlös mus grafit", "Ratón inalámbrico Logitech MX Master 3S grafito"),
]

DIFFERENT = [
    ("Philips Lumea Prestige IPL Haarentfernungsgerät mit 4 Aufsätzen",
     "Philips Lumea Advanced IPL ontharingsapparaat met 4 opzetstukken"),
    ("Hill's Science Plan Adult Katzenfutter mit Thunfisch 10 kg",
     "Hill's Science Plan Adult Croquettes pour chat au Poulet 10 kg"),
    ("Petzl Actik Core Stirnlampe 600 Lumen", "Petzl Actik pannlampa 450 lumen"),
]

test_readers_join_as_before, test_readers_part_as_before = pair_tests(same=SAME, different=DIFFERENT)


def _kinds_scan(title: str) -> frozenset:
    """``xl39.kinds`` as it was until session 39: every table word tried against every word."""
    words = xl39._kind_tokens(title)
    out = set()
    for w in words:
        for s, cs in xl39._KIND_WORDS.items():
            if w == s or (len(s) >= 4 and w.startswith(s) and len(w) <= len(s) + 3) or (
                    len(s) >= 5 and w.endswith(s)):
                out |= cs
    joined = " " + " ".join(words) + " "
    out |= {c for p, c in xl39._KIND_PHRASES if p in joined}
    return frozenset(out)


_TITLES = [t for pair in SAME + DIFFERENT for t in pair] + [
    "Victorinox Taschenmesser Huntsman rot", "Victorinox Coltellino svizzero Huntsman rosso",
    "Kiwi Schoenpoets Zwart", "IKEA KALLAX Stellingkast wit", "Gardena Gartenschlauch 20 m",
    "Hogedrukreiniger Kärcher K4", "Koffer Samsonite 55 cm", "Walizki Samsonite", "Tortenformen 26 cm",
    "Cepillo de dientes eléctrico Oral-B", "Couteau à pain Zwilling", "", "a", "messerschmidt", "xmesser",
]


def _made_words(seed: int, n: int) -> list:
    """Titles of words made from the table's words: heads and tails of them, letters added before or after."""
    rnd = random.Random(seed)
    keys = sorted(xl39._KIND_WORDS)
    out = []
    for _ in range(n):
        words = []
        for _ in range(3):
            k = rnd.choice(keys)
            w = k[rnd.randint(0, len(k)):] if rnd.random() < 0.3 else k[:rnd.randint(1, len(k))]
            words.append(rnd.choice(["", "x", "ab", "abc", "ober"]) + w + rnd.choice(["", "s", "en", "ers", "abcd"]))
        out.append(" ".join(words))
    return out


@pytest.mark.parametrize("title", _TITLES + _made_words(40, 400))
def test_kinds_names_what_the_scan_named(title):
    xl39.kinds.cache_clear()
    assert xl39.kinds(title) == _kinds_scan(title), title


def test_kind_pieces_hold_every_word_the_scan_can_match():
    for w in ("haarentfernungsgerat", "messer", "mes", "koffers", "schoenpoetsen", "ab"):
        pieces = xl39._kind_pieces(w)
        for s in {w[i:j] for i in range(len(w)) for j in range(i + 1, len(w) + 1)}:
            if w == s or (len(s) >= 4 and w.startswith(s) and len(w) <= len(s) + 3) or (
                    len(s) >= 5 and w.endswith(s)):
                assert s in pieces, (w, s)


def test_identifying_ids_memo_answers_as_the_reader():
    clear_cache()
    for a, b in SAME + DIFFERENT:
        pa, pb = prepare({"title": a}), prepare({"title": b})
        for p, o in ((pa, pb), (pb, pa)):
            first = facets.identifying_ids(p, o)
            assert first == facets._identifying_ids(p, o)
            assert facets.identifying_ids(p, o) is first  # (the memo's answer)
            key = (id(p), id(o))
            assert facets._identifying_ids_once.memo[key][0] is p and facets._identifying_ids_once.memo[key][1] is o
    clear_cache()
    assert not facets._identifying_ids_once.memo
