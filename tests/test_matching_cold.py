"""A cold run starts cold: ``features.clear_cache`` empties every memo the matcher's
modules fill per title, word or offer (the benchmark's "cold" pairs/s empties them
first; a memo it misses makes the figure partly warm - session 16 found eleven).
Session 17: every memo joins one registry where it is defined (``memos``), and
``clear_cache`` empties the registry - no list of memos to keep up to date."""

import functools
import importlib
import pkgutil

import crawler.matching as matching
from crawler.matching import match_many
from crawler.matching import memos
from crawler.matching.features import clear_cache

# tables built once from the code's own word lists or characters: code, not data
STATIC = {"rewordings._RETAILER_WORDS", "titles._COMBINING", "titles._TRANS"}

OFFERS_A = [
    {"title": "Sony WH-1000XM5 Wireless Noise Cancelling Headphones, Black", "brand": "Sony"},
    {"title": "Glade Solid Air Freshener, Clean Linen, 6 oz", "price": 1.99},
    {"title": "Adobe Illustrator CS3 upgrade from FreeHand [Mac]"},
    {"title": "Domestos Żel Original 1250 ml"},
    {"title": "شاومي ريدمي نوت 13 ذاكرة 256 جيجا رام 8 أسود"},
    {"title": 'Buy "Logitech MX Master 3S" Mouse | 5 Free Delivery | Shop'},
    {"title": "Шоколад Milka молочный с клубникой 100 г"},
    {"title": "Hozelock Auto Reel 2435 with Ultraflex Hose 25m", "mpn": "2435"},
]
OFFERS_B = [
    {"title": "Sony WH1000XM5/B Headphones", "mpn": "WH1000XM5/B"},
    {"title": "Glade Solid Air Freshener Lavender & Peach Blossom 6oz"},
    {"title": "Adobe CS3 Flash Professional upgrade"},
    {"title": "Domestos Extended Power Original 1,25 l"},
    {"title": "Xiaomi Redmi Note 13 8GB/256GB Midnight Black"},
    {"title": 'Logitech "MX Master 3S" Performance Wireless Mouse - Graphite | Tech Shop'},
    {"title": "Milka Strawberry Milk Chocolate 100g"},
    {"title": "Hozelock Ultraflex Hose Reel Cart"},
]


def _objects():
    """{module.name: object} of the package's module-level objects (defined there)."""
    out = {}
    for info in pkgutil.iter_modules(matching.__path__):
        mod = importlib.import_module("crawler.matching." + info.name)
        for name, value in vars(mod).items():
            if getattr(value, "__module__", mod.__name__) == mod.__name__:
                out[f"{info.name}.{name}"] = value
    return out


def _memos():
    out = {}
    for info in pkgutil.iter_modules(matching.__path__):
        mod = importlib.import_module("crawler.matching." + info.name)
        for name, value in vars(mod).items():
            key = f"{info.name}.{name}"
            if key in STATIC or getattr(value, "__module__", mod.__name__) != mod.__name__:
                continue
            if isinstance(value, functools._lru_cache_wrapper):
                out[key] = value.cache_info().currsize
            elif isinstance(value, dict) and name.startswith("_") and name.isupper():
                out[key] = len(value)
    return out


def test_clear_cache_empties_every_memo_a_batch_fills():
    clear_cache()
    before = _memos()
    match_many(OFFERS_A * 3, OFFERS_B * 3)
    filled = {k for k, v in _memos().items() if v > before.get(k, 0)}
    assert filled, "the batch filled no memo: the test reads nothing"
    clear_cache()
    after = _memos()
    assert {k: after[k] for k in filled if after[k] > before.get(k, 0)} == {}


def test_every_lru_cache_of_the_package_is_a_registered_memo():
    # (a function memoised with functools.lru_cache outside the registry: use memos.cached)
    caches = {k for k, v in _objects().items() if isinstance(v, functools._lru_cache_wrapper) and k not in STATIC}
    assert caches, "no lru_cache found: the test reads nothing"
    assert sorted(k for k in caches if not memos.is_registered(_objects()[k])) == []


def test_every_dict_a_batch_fills_is_a_registered_memo():
    clear_cache()
    objs = _objects()
    before = {k: len(v) for k, v in objs.items() if isinstance(v, (dict, set)) and k not in STATIC}
    match_many(OFFERS_A * 3, OFFERS_B * 3)
    grown = sorted(k for k, n in before.items() if len(objs[k]) > n)
    assert grown, "the batch filled no dict: the test reads nothing"
    assert [k for k in grown if not memos.is_registered(objs[k])] == []


def test_clear_all_empties_every_registered_memo():
    match_many(OFFERS_A * 3, OFFERS_B * 3)
    assert any((m.cache_info().currsize if hasattr(m, "cache_info") else len(m)) for m in memos.registered())
    clear_cache()
    for m in memos.registered():
        assert (m.cache_info().currsize if hasattr(m, "cache_info") else len(m)) == 0, m


def test_memo_takes_only_what_it_can_clear():
    import pytest

    with pytest.raises(TypeError):
        memos.memo(42)
    d = memos.memo({})
    assert memos.memo(d) is d and sum(m is d for m in memos.registered()) == 1
    # (by identity: ``list.remove`` drops the first memo *equal* to ``d`` - any empty dict of the
    # registry, which then stayed unregistered, filled, for every later test; session 25)
    memos._REGISTRY[:] = [m for m in memos._REGISTRY if m is not d]
