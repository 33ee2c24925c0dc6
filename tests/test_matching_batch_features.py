"""The column-wise batch features (``crawler.matching.batch``) are the per-pair
features (``features.pair_features``) on real pairs of the four labelled sets:
every value the same, bit for bit (not only within 1e-9: the trees split at
values like wcontain = 1.0 that a sum in another order misses by one unit in
the last place), so the same decisions and scores one pair at a time and in a
batch.  (A sample here; ``python tests/test_matching_batch_features.py``
runs every test-split pair - promap-cz whole - offline.)"""

from __future__ import annotations

import os
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:  # (run as a script)
    sys.path.insert(0, ROOT)

from crawler.matching import match_many, match_method  # noqa: E402
from crawler.matching.batch import SMALL, batch_features  # noqa: E402
from crawler.matching.ditto import read_pairs  # noqa: E402
from crawler.matching.features import ALL_FEATURES, clear_cache, pair_features, prepare  # noqa: E402
from crawler.matching.train import read_promap  # noqa: E402
from tests.conftest import shared_dataset  # noqa: E402

DATA = os.path.join(ROOT, "..", "shared", "datasets", "matching")
DITTO = ("abt-buy", "walmart-amazon", "wdc-computers")


def _pairs(name: str) -> list:
    if name == "promap-cz":
        path = shared_dataset(os.path.join(DATA, "promap-cz", "promapcz-pairs.csv"))
        return [(a, b, y) for a, b, y, _ in read_promap(str(path))]
    return read_pairs(str(shared_dataset(os.path.join(DATA, name, "test.txt"))))


def _sample(pairs: list, n: int) -> list:
    step = max(1, len(pairs) // n)
    return pairs[::step][:n]


def check(pairs: list) -> tuple[float, int]:
    """(largest feature difference, pairs whose decision or score differ) between the batch
    path and one pair at a time; asserts both are nil."""
    clear_cache()
    pa = [prepare(a) for a, _, _ in pairs]
    pb = [prepare(b) for _, b, _ in pairs]
    one = np.asarray([pair_features(x, y) for x, y in zip(pa, pb)], dtype=np.float64)
    batch = batch_features(pa, pb)
    assert batch.shape == one.shape == (len(pairs), len(ALL_FEATURES))
    diff = np.abs(batch - one)
    worst = float(diff.max()) if diff.size else 0.0
    bad = np.argwhere(batch != one)
    assert not len(bad), [(int(r), ALL_FEATURES[c], one[r, c], batch[r, c]) for r, c in bad[:10]]
    scores, same, tiers = match_many([a for a, _, _ in pairs], [b for _, b, _ in pairs])
    clear_cache()
    differ = 0
    for k, (a, b, _) in enumerate(pairs):
        tier, score = match_method(a, b)
        if tier != tiers[k] or (score >= 0.5) != bool(same[k]) or abs(score - scores[k]) > 1e-6:
            differ += 1
    assert differ == 0
    return worst, differ


def test_batch_features_equal_pair_features_on_real_pairs():
    for name in DITTO + ("promap-cz",):
        check(_sample(_pairs(name), 250))


def test_small_and_mixed_batches():
    # below SMALL pairs the batch goes row by row; around it both paths meet
    pairs = _sample(_pairs("walmart-amazon"), 3 * SMALL)
    for n in (0, 1, SMALL - 1, SMALL, SMALL + 1, 3 * SMALL):
        sub = pairs[:n]
        X = batch_features([prepare(a) for a, _, _ in sub], [prepare(b) for _, b, _ in sub])
        ref = np.asarray([pair_features(prepare(a), prepare(b)) for a, b, _ in sub], dtype=np.float64)
        assert X.shape == (n, len(ALL_FEATURES))
        if n:
            assert (X == ref).all()
    # one offer paired with itself and offers with nothing in common with a full one
    a = {"title": "Samsung 990 PRO 2TB NVMe MZ-V9P2T0BW", "brand": "Samsung", "mpn": "MZ-V9P2T0BW",
         "gtin": "8806094215038", "price": 169, "description": "PCIe 4.0 SSD, 7450 MB/s"}
    offers = [a, {}, {"title": "x"}, {"title": "Glade Clean Linen 6 oz", "price": "0"}] * (SMALL // 2)
    pa = [prepare(o) for o in offers]
    pb = [prepare(a)] * len(offers)
    ref = np.asarray([pair_features(x, y) for x, y in zip(pa, pb)], dtype=np.float64)
    assert (batch_features(pa, pb) == ref).all()
    assert (batch_features(pb, pa) == np.asarray(
        [pair_features(y, x) for x, y in zip(pa, pb)], dtype=np.float64)).all()


def test_title_words_per_pair_and_sparse(monkeypatch):
    # the shared title words, title cosine and shared idf: per pair below
    # ``batch.SPARSE_MIN`` rows, by sparse row products from there - the same values
    from crawler.matching import batch as B

    pairs = _sample(_pairs("abt-buy"), 120) + _sample(_pairs("wdc-computers"), 120)
    pa = [prepare(a) for a, _, _ in pairs]
    pb = [prepare(b) for _, b, _ in pairs]
    ref = np.asarray([pair_features(x, y) for x, y in zip(pa, pb)], dtype=np.float64)
    for sparse_min in (0, len(pairs) + 1):
        monkeypatch.setattr(B, "SPARSE_MIN", sparse_min)
        assert (batch_features(pa, pb) == ref).all()


if __name__ == "__main__":
    # every test-split pair of the four sets (promap-cz has no split: all of it)
    for name in DITTO + ("walmart-amazon-dirty", "promap-cz"):
        ps = _pairs(name)
        worst, differ = check(ps)
        print(f"{name}: {len(ps)} pairs, largest feature difference {worst:.1e}, "
              f"decisions or scores differing: {differ}")


def test_matching_imports_go_one_way():
    """No import circle among crawler/matching's modules (model.py once imported
    features.py, which imports model.py): imports at any depth of a module count."""
    import ast

    folder = os.path.join(ROOT, "crawler", "matching")
    graph = {}
    for f in os.listdir(folder):
        if not f.endswith(".py"):
            continue
        name = f[:-3]
        deps = set()
        for node in ast.walk(ast.parse(open(os.path.join(folder, f), encoding="utf-8").read())):
            if isinstance(node, ast.ImportFrom):
                mod = node.module or ""
                if node.level == 1:
                    deps.update([mod.split(".")[0]] if mod else [a.name for a in node.names])
                elif mod.startswith("crawler.matching."):
                    deps.add(mod.split(".")[2])
        graph[name] = deps & {g[:-3] for g in os.listdir(folder) if g.endswith(".py")}
    graph.pop("__init__", None)

    def reaches(a, b, seen):
        for d in graph.get(a, ()):
            if d == b or (d not in seen and (seen.add(d) or reaches(d, b, seen))):
                return True
        return False

    circles = sorted(m for m in graph if reaches(m, m, set()))
    assert not circles, circles
    assert "features" not in graph["model"]
