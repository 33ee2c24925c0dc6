"""A cold run starts cold: ``features.clear_cache`` empties every memo the matcher's
modules fill per title, word or offer (the benchmark's "cold" pairs/s empties them
first; a memo it misses makes the figure partly warm - session 16 found eleven)."""

import functools
import importlib
import pkgutil

import crawler.matching as matching
from crawler.matching import match_many
from crawler.matching.features import clear_cache

# tables built once from the code's own word lists or characters: code, not data
STATIC = {"rec15._RETAILER_WORDS", "titles._COMBINING", "titles._TRANS"}

OFFERS_A = [
    {"title": "Sony WH-1000XM5 Wireless Noise Cancelling Headphones, Black", "brand": "Sony"},
    {"title": "Glade Solid Air Freshener, Clean Linen, 6 oz", "price": 1.99},
    {"title": "Adobe Illustrator CS3 upgrade from FreeHand [Mac]"},
    {"title": "Domestos Żel Original 1250 ml"},
    {"title": "شاومي ريدمي نوت 13 ذاكرة 256 جيجا رام 8 أسود"},
]
OFFERS_B = [
    {"title": "Sony WH1000XM5/B Headphones", "mpn": "WH1000XM5/B"},
    {"title": "Glade Solid Air Freshener Lavender & Peach Blossom 6oz"},
    {"title": "Adobe CS3 Flash Professional upgrade"},
    {"title": "Domestos Extended Power Original 1,25 l"},
    {"title": "Xiaomi Redmi Note 13 8GB/256GB Midnight Black"},
]


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
