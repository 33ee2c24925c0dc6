"""Session 16, speed: the shortcuts and memos of the pair side give what the
functions they stand for give.

``wordclass.compound_translated`` compares the parts of two compounds by two
per-word sets that meet (``_part_keys``, ``_part_tags``) instead of calling
``_same_part`` per pair of parts: the two agree on every pair of words of the
vocabulary's tables and of real titles' compound parts, the step answers what
the loop over ``_same_part`` answers, and ``features.clear_cache`` empties the
per-word memos (a cold run starts cold)."""

from __future__ import annotations

import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:  # (run as a script)
    sys.path.insert(0, ROOT)

from crawler.matching import wordclass as W  # noqa: E402
from crawler.matching.features import clear_cache, prepare  # noqa: E402
from crawler.matching.train import read_pair_files  # noqa: E402


def _same_part_by_keys(x: str, y: str) -> bool:
    return not W._part_keys(x).isdisjoint(W._part_tags(y))


def _compound_translated_loop(w: str, p, other) -> bool:
    """``compound_translated`` as it was: ``_same_part`` per pair of parts."""
    if len(w) < 7 or not w.isalpha():
        return False
    cands = [v for v in other.wordset if len(v) >= 7 and v.isalpha() and v not in p.wordset and v != w]
    mine = [(a, b) for a, b, _l, _r in W._split_forms(w)]
    for v in cands:
        for a2, b2, _l, _r in W._split_forms(v):
            for a, b in mine:
                if W._same_part(b, b2) and W._same_part(a, a2):
                    return True
    return False


def _titles():
    # (the hand-labelled pair files, read as training reads them: every second pair - the files
    # grow each session, and half of them hold every kind of title these checks compare, so the
    # suite stays within its time)
    return [(a, b) for rows in read_pair_files().values() for a, b, _ in rows][::2]


@pytest.mark.parametrize("x, y", [
    ("pads", "pad"), ("pad", "pads"), ("batteries", "battery"), ("battery", "batteries"),
    ("boxes", "box"), ("kaffee", "koffie"), ("koffie", "coffee"), ("confiture", "konfiture"),
    ("fraises", "aardbeien"), ("zeezout", "sea"), ("salz", "salt"), ("abc", "abcs"),
    ("tomat", "tomato"), ("ketchup", "ketchup"), ("bohnen", "pads"), ("kirsch", "aardbeien"),
])
def test_part_keys_say_what_same_part_says(x, y):
    assert _same_part_by_keys(x, y) == W._same_part(x, y)


def test_part_keys_agree_on_table_words():
    # every word of the tables against its classmates, its translations, its plural
    # forms and a slice of the words sharing its first two letters
    words = sorted(set(W.SYNONYM) | set(W.CATEGORY) | set(W._TRANSLATION_GROUP))
    by_class: dict = {}
    for t in (W.SYNONYM, W.CATEGORY):
        for k, v in t.items():
            by_class.setdefault((id(t), v), []).append(k)
    by_head: dict = {}
    for w in words:
        by_head.setdefault(w[:2], []).append(w)
    n = 0
    for x in words:
        ys = set(by_head[x[:2]][:60])
        ys.update(y for y in W._part_keys(x) if isinstance(y, str))
        for t in (W.SYNONYM, W.CATEGORY):
            if x in t:
                ys.update(by_class[(id(t), t[x])][:60])
        for y in ys:
            n += 1
            assert _same_part_by_keys(x, y) == W._same_part(x, y), (x, y)
    assert n > 10_000


def test_compound_translated_as_the_loop_on_real_pairs():
    clear_cache()
    seen = 0
    for a, b in _titles():
        pa, pb = prepare(a), prepare(b)
        for p, o in ((pa, pb), (pb, pa)):
            for w in p.wordset - o.wordset:
                if len(w) >= 7 and w.isalpha():
                    seen += 1
                    assert W.compound_translated(w, p, o) == _compound_translated_loop(w, p, o), (w, p.title, o.title)
    assert seen > 100


def test_clear_cache_empties_the_part_memos():
    W._part_keys("koffiepads")
    W._part_tags("kaffeepads")
    assert W._PART_KEYS and W._PART_TAGS
    clear_cache()
    assert not W._PART_KEYS and not W._PART_TAGS


# --- accessory_conflict's first test (session 16, speed) --------------------------------

def _accessory_conflict_ungated(a, b) -> float:
    """``accessory.accessory_conflict`` without its first test (no title naming a part,
    a combo, a body, a replacement, a set or an added product)."""
    from crawler.matching import accessory as A

    if not a.words or not b.words:
        return 0.0
    brand = A._brand_words(a, b)
    s12 = A.accessory_conflict_s12(a, b, brand)
    if s12 == 1.0:
        return 1.0
    pa, pb = A._price(a), A._price(b)
    if pa and pb and max(pa, pb) <= 1.5 * min(pa, pb):
        return 0.0
    for x, y in ((a, b), (b, a)):
        if A._of_device(x, y, brand) or A._for_device(x, y, brand):
            return 2.0 if A._replaces(x, y) else 1.0
    return s12


def test_accessory_conflict_as_without_its_first_test_on_real_pairs():
    from crawler.matching.accessory import accessory_conflict, heads

    clear_cache()
    pairs = _titles()
    some = 0
    for a, b in pairs:
        pa, pb = prepare(a), prepare(b)
        assert accessory_conflict(pa, pb) == _accessory_conflict_ungated(pa, pb), (pa.title, pb.title)
        some += bool(heads(pa) or heads(pb))
    # (both kinds of pairs were compared: with an accessory's name and without)
    assert some and some < len(pairs)


@pytest.mark.parametrize("a, b", [
    ("Spigen Ultra Hybrid Case for iPhone 15 Pro", "Apple iPhone 15 Pro 128GB Black"),
    ("Apple 41mm Light Pink Sport Band", "Apple Watch Series 9 GPS 41mm Aluminium Case with Light Pink Sport Band"),
    ("Hydro Flask Wide Mouth Flex Straw Cap", "Hydro Flask 32 oz Wide Mouth Bottle with Flex Straw Cap"),
    ("Canon EOS R50 Body", "Canon EOS R50 with 18-45mm Lens Kit"),
    ("Samsung 980 PRO 1TB NVMe SSD", "Samsung 980 PRO 1 TB PCIe 4.0 NVMe M.2"),
])
def test_accessory_conflict_as_without_its_first_test(a, b):
    from crawler.matching.accessory import accessory_conflict

    pa, pb = prepare({"title": a}), prepare({"title": b})
    assert accessory_conflict(pa, pb) == _accessory_conflict_ungated(pa, pb)
    assert accessory_conflict(pb, pa) == _accessory_conflict_ungated(pb, pa)


# --- device_conflict reads each offer's devices and camera systems once (session 16, speed) ---

def test_device_conflict_per_offer_tables_as_from_the_title():
    from crawler.matching import relations as R

    clear_cache()
    pairs = _titles()
    named = 0
    for a, b in pairs:
        pa, pb = prepare(a), prepare(b)
        for p in (pa, pb):
            assert R._devices(p) == R.devices_of(p.title)
            assert R.camera_systems(p) == R.camera_systems.uncached(p)
            assert R._names_memory(p) == R._names_memory.uncached(p)
            named += bool(R._devices(p)[0])
    assert named
    a = prepare({"title": "San Diego Chargers camera case"})
    b = prepare({"title": "San Diego Chargers iPod touch 4G hard case"})
    assert R.device_conflict(a, b) and R.device_conflict(a, b)  # (the second reads the memo)
    a = prepare({"title": "Sigma 18-50mm F2.8 DC DN for Sony E"})
    b = prepare({"title": "Sigma 18-50mm F2.8 DC DN for Fujifilm X"})
    assert R.systems_differ(a, b) and R.systems_differ(b, a)
    assert not R.systems_differ(a, a)


# --- rewordings' retailer-name gate read as a set (session 16, speed) -----------------------------

def test_retailer_gate_as_rewordings_gate():
    from crawler.matching import rewordings

    (gate,) = [g for g, step in rewordings.STEPS if step is rewordings.retailer_name]
    assert [s for g, s in W._REWORDING_STEPS if g is W._retailer_gate] == [rewordings.retailer_name]
    names = {x for ns in rewordings._retailer_names().values() for n in ns for x in n}
    assert names
    words = set(names) | {"com", "walmart", "amazon", "www", "store", "shop", "", "best", "buy", "co", "uk"}
    words |= {w[:-1] for w in names if len(w) > 1} | {w + "s" for w in names}
    for a, b in _titles():
        words |= set(prepare(a).words) | set(prepare(b).words)
    for w in words:
        assert W._retailer_gate(w) == gate(w), w
    assert any(map(W._retailer_gate, words)) and not all(map(W._retailer_gate, words))


# --- accessory._acc_class tests the compound suffixes in one call (session 16, speed) ----------

def _acc_class_loop(w: str):
    from crawler.matching import accessory as A

    c = A._ACC.get(w)
    if c is not None:
        return c
    if w[-1:] == "s":
        c = A._ACC.get(w[:-1])
        if c is not None:
            return c
    if len(w) < 7 or w in W.DEVICE:
        return None
    for s in A._SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= 3:
            return A._ACC[s]
    return None


def test_acc_class_as_the_suffix_loop():
    from crawler.matching import accessory as A

    words = set()
    for a, b in _titles():
        words |= set(prepare(a).words) | set(prepare(b).words)
    for s in A._SUFFIXES:
        # a suffix with 1-4 letters before it, and alone
        words.update((s, "ab" + s, "abc" + s, "abcd" + s, s + "x", "schnell" + s))
    found = 0
    for w in words:
        assert A._acc_class(w) == _acc_class_loop(w), w
        found += A._acc_class(w) is not None and w not in A._ACC
    assert found
