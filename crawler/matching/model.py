"""The committed matcher model: loading and scoring.

``matcher_model.json`` (next to this file) holds everything learned from the
training splits, in plain JSON so it does not depend on any scikit-learn
version:

* ``df`` / ``n_docs`` - token document frequencies for TF-IDF weights
* ``brands``          - normalised brand names seen in training data
* ``gbt``             - gradient-boosted trees: ``init`` (log-odds), and per
                        tree the node arrays ``f`` (feature, -1 = leaf),
                        ``t`` (threshold, go left when x <= t), ``l``/``r``
                        (children) and ``v`` (leaf value, learning rate applied)
* ``threshold``       - probability cut-off tuned on the validation splits
* ``features``        - the feature names the trees were trained on

``benchmarks/train_matcher.py`` regenerates the file.  The trees are compiled
once into a plain Python function (nested ``if``s), which scores a pair in a
few microseconds.
"""

from __future__ import annotations

import json
import math
import os
import threading

MODEL_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "matcher_model.json")

_lock = threading.Lock()
_res = None


class Resources:
    __slots__ = ("idf", "default_idf", "brands", "score_fn", "threshold", "features", "raw")

    def probability(self, x) -> float:
        z = self.score_fn(x)
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)


def _compile_trees(gbt: dict, nx: int | None = None):
    """Turn the JSON trees into one Python function x -> raw log-odds.

    Each tree becomes a nested conditional expression that evaluates to its
    leaf value (a constant), and the function returns ``sum`` of the initial
    log-odds and all leaf values: no float is allocated per tree, and the sum
    adds left to right exactly like ``s = init; s += leaf`` per tree (float
    ``sum`` is a plain left-to-right sum before Python 3.12).  ``nx``: the
    length of the feature vectors when known (then unpacked without a star,
    which is cheaper)."""
    nfeat = 1 + max((max(t["f"]) for t in gbt["trees"]), default=0)
    lines = ["def _f(x):"]
    if nx is not None and nx >= nfeat and nx > 1:
        # unpack once: local variables are much faster than x[i] in every node
        lines.append(f"    {', '.join(f'x{i}' for i in range(nx))} = x")
    elif nfeat:
        names = [f"x{i}" for i in range(nfeat)]
        lines.append(f"    {', '.join(names)}, *_ = x" if nfeat > 1 else "    x0 = x[0]")
    terms = [repr(float(gbt["init"]))]
    for tree in gbt["trees"]:
        f, t, l, r, v = tree["f"], tree["t"], tree["l"], tree["r"], tree["v"]

        def expr(node: int) -> str:
            if f[node] < 0:
                return repr(float(v[node]))
            return (f"({expr(l[node])} if x{int(f[node])} <= {float(t[node])!r} "
                    f"else {expr(r[node])})")

        terms.append(expr(0))
    lines.append("    return _sum((")
    lines.extend(f"        {term}," for term in terms)
    lines.append("    ), 0.0)")
    ns: dict = {"_sum": sum}
    exec(compile("\n".join(lines), "<matcher_model>", "exec"), ns)  # our own committed data
    return ns["_f"]


def _fallback_score(x) -> float:
    # used only when no model file exists yet (before the first training run)
    from .features import FEATURE_NAMES

    d = dict(zip(FEATURE_NAMES, x))
    z = -4.0 + 4.0 * d["cos_title"] + 2.0 * d["tset"] + 3.0 * d["code_strong"]
    z += 1.5 * d["code_in_text"] + 1.0 * d["code_prefix"] - 2.5 * d["code_conflict"]
    z += 1.0 * d["brand"] - 2.0 * d["unit_hard"] - 2.0 * d["variant_conflict"]
    return z


def load(path: str = MODEL_PATH) -> Resources:
    res = Resources()
    raw = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            raw = json.load(fh)
    res.raw = raw
    n = float(raw.get("n_docs", 1))
    df = raw.get("df", {})
    res.idf = {t: math.log((n + 1.0) / (c + 1.0)) + 1.0 for t, c in df.items()}
    # unseen words weigh like the rarest words kept (df=2): a word shared by
    # two offers had df >= 2 in training too, so the model never saw more
    res.default_idf = math.log((n + 1.0) / 3.0) + 1.0
    from .normalize import KNOWN_BRANDS

    res.brands = frozenset(raw.get("brands", ())) | KNOWN_BRANDS
    res.features = raw.get("features")
    if raw.get("gbt"):
        res.score_fn = _compile_trees(raw["gbt"], len(res.features) if res.features else None)
        res.threshold = float(raw.get("threshold", 0.5))
    else:
        res.score_fn = _fallback_score
        res.threshold = 0.5
    return res


def resources() -> Resources:
    global _res
    if _res is None:
        with _lock:
            if _res is None:
                _res = load()
    return _res


def reload(path: str = MODEL_PATH) -> Resources:
    """Load another model file (used by the training script)."""
    global _res
    with _lock:
        _res = load(path)
    from . import features

    features.clear_cache()
    return _res
