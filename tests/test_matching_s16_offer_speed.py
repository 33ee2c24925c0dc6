"""Session 16, speed (issue #12), the offer side: the gates and shared look-ups that make
preparing an offer cheaper must give what the readers gave without them."""

from __future__ import annotations

import itertools
import random

import pytest

from crawler.matching import facets as F
from crawler.matching import amounts, audience
from crawler.matching import titles as T
from crawler.matching import wordclass as W
from crawler.matching.synonyms import CONSUMABLE, PRO_WORDS


# --- audience_dropped: the costly sub runs only where _AUDIENCE can match (_AUDIENCE_MAY)

_NOTES = [
    "lego city fire station ages 6+", "ages 10+ building kit", "age 3 and up", "alter 3+", "eta 3+", "edad 3+",
    "leeftijd 4", "yas 5", "ages: 8-12", "for ages 5 to 12 years", "kids 6+", "children 3 years and up",
    "ab 3 jahren", "des 3 ans", "a partir de 3 anos", "dai 3 anni", "vanaf 3 jaar", "fran 3 ar", "od 3 lat",
    "for 2 year olds", "3+ years", "3 + jaar", "5-12 years old", "10 yrs old", "2-4 players", "2-5 spieler",
    "2 a 4 joueurs", "1-6 jugadores", "2 to 4 giocatori", "2+ players", "3 + yas", "4  players",
]


@pytest.mark.parametrize("s", _NOTES)
def test_every_audience_note_passes_the_gate(s):
    if audience._AUDIENCE.search(s):
        assert audience._AUDIENCE_MAY(s) is not None


def test_audience_notes_are_still_dropped():
    assert "10" not in audience_dropped_words("lego city fire station ages 10+")
    assert "players" not in audience_dropped_words("catan board game 3-4 players")
    assert "jahren" not in audience_dropped_words("holzpuzzle ab 3 jahren")
    # (the hint passes these - "age" in "storage", "package" - and nothing is dropped)
    for s in ("usb storage 64gb", "package of 3 ages old", "image stabiliser 5 axis"):
        assert audience.audience_dropped(s) == s


def audience_dropped_words(s: str) -> list:
    return audience.audience_dropped(s).split()


def test_the_gate_holds_for_generated_notes():
    # every piece the alternatives of _AUDIENCE are made of, glued at random: each text
    # _AUDIENCE matches must pass _AUDIENCE_MAY (a text it does not match may pass or not)
    pieces = ["ages", "age", "ages:", "for", "kids", "children", "ab", "des", "a partir de", "3", "10", "5-12",
              "2 to 4", "2 a 4", "+", " ", "  ", "year olds", "years", "yrs", "jahren", "ans", "jaar", "ar", "old",
              "and up", "players", "spieler", "joueurs", "alter", "eta", "edad", "yas", "\t", "-", ":", "x", "oz"]
    rnd = random.Random(16)
    matched = 0
    for _ in range(20_000):
        s = "".join(rnd.choice(pieces) + rnd.choice(("", " ")) for _ in range(rnd.randint(2, 6)))
        if audience._AUDIENCE.search(s):
            matched += 1
            assert audience._AUDIENCE_MAY(s) is not None, s
    assert matched > 500


# --- facets.OFFER_VOCAB: one pass over a title's words for every word set the readers use

def test_offer_vocabulary_holds_every_set_it_stands_for():
    # (read now, after every module's blocks ran: a set grown after OFFER_VOCAB was built fails here)
    for words in (F._FACET_VOCAB, CONSUMABLE, W.SIZE_PHRASE_WORDS, F._SIZE_LABELS, F._BUNDLE_WORDS,
                  F._KIT_WORDS, T._COLOUR_WORDS, T._VARIANT_WORDS, PRO_WORDS):
        assert words <= F.OFFER_VOCAB


_TITLES = [
    "Senseo Koffiepads Classic 36 Stuks", "Therm-a-Rest NeoAir XLite Sleeping Pad - Regular Wide",
    "Nike Air Max 90 Size 10.5", "PlayStation 5 Console Bundle with 2 Games", "Starter Kit 3-pack",
    "Swiffer Sweeper Dry Refill Cloths 32 count", "Adobe Acrobat 8 Professional", "iPhone 15 Pro Max 256GB Black",
    "Samsung Galaxy S23+ Ultra Lite", "Norton 360 Deluxe 5 Devices 1 Year", "Puzzle 500 Teile",
    "Brita Maxtra Filter Cartridges, Pack of 6", "plain words only", "",
]


@pytest.mark.parametrize("title", _TITLES)
def test_readers_give_the_same_with_the_shared_lookup(title):
    cleaned, _ = T.clean_with_units(title)
    ws, raw = T.words_and_raw(cleaned)
    seen = F.offer_vocabulary(ws)
    # (the words themselves as ``seen``: each set looked up in them, as before session 16)
    assert F.facets_of(cleaned, ws, seen) == F.facets_of(cleaned, ws, ws) == F.facets_of(cleaned, ws)
    assert T.word_facts(ws, raw, " ".join(ws), seen) == T.word_facts(ws, raw)


def test_every_set_is_looked_up_through_the_shared_words():
    # a title of each set's words alone: what the reader finds with the shared look-up is what
    # it finds looking in the words themselves
    for words in (CONSUMABLE, W.SIZE_PHRASE_WORDS, F._SIZE_LABELS, F._BUNDLE_WORDS, F._KIT_WORDS, PRO_WORDS):
        for a, b in itertools.islice(itertools.combinations(sorted(words), 2), 40):
            ws = [a, b, "10", "pack"]
            cleaned = " ".join(ws)
            seen = F.offer_vocabulary(ws)
            assert F.facets_of(cleaned, ws, seen) == F.facets_of(cleaned, ws, ws)
            assert T.word_facts(ws, ws, cleaned, seen) == T.word_facts(ws, ws, cleaned)


# --- readers gated by what every match of their pattern holds

def _mult_ungated(cleaned: str) -> set:
    out = set()
    for a, b, c, w in F._MULT_RE.findall(cleaned):
        n = int(a or b or c) if (a or b or c) else F._MULT_WORD[w]
        if n >= 2:
            out.add(n)
    return out


@pytest.mark.parametrize("title", [
    "Lysol Wipes, 80 ct, 3 pack", "Duracell AA Twin Pack", "Brita Filters, Pack of 6", "Bougies lot de 3",
    "Kapsle baleni 3 ks", "Multipack 4", "Confezione da 4 pezzi", "Paquete de 2", "Kahve 24'lu Paket",
    "Sekt 6er-Pack", "Tabs 3-pk", "Nivea Creme 6 x 150 ml", "Milka 3x60 Stuck", "Ritter Sport 5 x 100g Pack",
    "Monitor 1920x1080 24 inch", "plain title",
])
def test_multipliers_and_size_times_as_without_their_gates(title):
    cleaned = T.clean(title)
    found = F.multipliers(cleaned)
    if "*" not in cleaned:
        assert found == frozenset(_mult_ungated(cleaned))
    else:
        assert _mult_ungated(cleaned) <= found
    assert F.size_times(cleaned) == frozenset(n for n in map(int, F._SIZE_TIMES.findall(cleaned)) if n >= 2)


def test_gated_readers_still_read():
    assert F.multipliers(T.clean("Lysol Wipes, 80 ct, 3 pack")) == {3}
    assert F.multipliers(T.clean("Duracell AA Twin Pack")) == {2}
    assert F.size_times(T.clean("Cola 1.5l x 6")) == {6}
    assert F.size_times(T.clean("Chips 36g x24")) == {24}
    assert "download" in amounts.year_download("music maker 2024 premium edition dl")
    assert "download" in amounts.year_download("total security 5 dev 1 yr dl")
    # ("dl" inside a word: no match, no sub)
    assert amounts.year_download("gift bundle with candle") == "gift bundle with candle"
