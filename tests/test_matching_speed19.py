"""Session 19, speed: ``rewordings.initials_number`` reads the other's words that can be
initials once per offer and asks for a title's runs of words (``_name_runs``) only where the
letters stand in its initials with nothing but "s" between them (``_is_run_initials``) - the
same answers as the pass over every word it replaced (kept here as ``_initials_number_ref``),
on the words the matcher asks about in real pairs, and on every short word of both titles."""

from __future__ import annotations

from crawler.matching import rewordings as R
from crawler.matching import wordclass as W
from crawler.matching.features import clear_cache, prepare_light
from tests.test_matching_batch_features import DITTO, _pairs, _sample


def _initials_number_ref(w, p, other):
    """``initials_number`` as it was (session 15): every word of the other tried."""
    if w in R._never():
        return None
    if R._acronym_word(w, p.wordset - {w}) and w not in other.wordset:
        r = R._abbreviates(w, other.words)
        if r is not None and R._anchored(w, p.words, other.words, r):
            return 2
    if w.isalpha() or w.isdigit():
        ws = p.words
        own = p.wordset
        for a in other.wordset:
            if a in own or not R._acronym_word(a, own):
                continue
            r = R._abbreviates(a, ws)
            if r is not None and w in ws[r[0]:r[1]] and R._anchored(a, other.words, ws, r):
                return 2
    return None


TITLES = [
    ("GT7 PS5", "Gran Turismo 7 PS5"),
    ("FF7 Remake PS4", "Final Fantasy VII Remake PS4"),
    ("AC Mirage Xbox", "Assassin's Creed Mirage Xbox"),
    ("COD MW3 PS5", "Call of Duty Modern Warfare 3 PS5"),
    ("Assassin s s Creed Valhalla", "ASC Valhalla"),
]


def _pairs_checked():
    out = [({"title": a}, {"title": b}) for a, b in TITLES]
    for name in DITTO:
        out += [(a, b) for a, b, _ in _sample(_pairs(name), 400)]
    return out


def test_initials_number_as_before():
    clear_cache()
    asked = hits = 0
    for a, b in _pairs_checked():
        pa, pb = prepare_light(a), prepare_light(b)
        for p, o in ((pa, pb), (pb, pa)):
            for w in p.wordset - o.wordset:
                asked += 1
                r = R.initials_number(w, p, o)
                hits += r is not None
                assert r == _initials_number_ref(w, p, o), (w, p.title, o.title)
    assert asked > 1000 and hits >= 4


def test_run_initials_test_as_the_runs():
    clear_cache()
    for a, b in _pairs_checked():
        for p in (prepare_light(a), prepare_light(b)):
            runs = {ini for _s, _e, ini in R._name_runs(p.words)}
            ini = W._initials(p.words)
            cands = {ini[i:i + n] for n in (2, 3, 4) for i in range(len(ini))} | runs
            cands |= {x for x in p.wordset if 2 <= len(x) <= 4 and x.isalpha()}
            for letters in cands:
                if len(letters) >= 2:
                    assert R._is_run_initials(letters, p) == (letters in runs), (letters, p.title)
