"""The committed matcher model: loading and scoring.

``matcher_model.json`` (next to this file) holds everything learned, in plain
JSON (no pickle, no scikit-learn needed to use it):

* ``df`` / ``n_docs`` - token document frequencies for TF-IDF weights
* ``brands``          - normalised brand names seen in training data
* ``gbt``             - gradient-boosted trees: ``init`` (log-odds), and per
                        tree the node arrays ``f`` (feature, -1 = leaf),
                        ``t`` (threshold, go left when x <= t), ``l``/``r``
                        (children) and ``v`` (leaf value, learning rate applied)
* ``calibration``     - isotonic maps from the tree probability to the
                        observed share of same products (out-of-fold)
* ``threshold``       - decision threshold on the calibrated score
* ``features``        - the feature names the trees were trained on
* ``learned``         - the learned stage for pairs without identifying evidence
                        (``rules.decide_matrix``): its trees (``gbt``, over all
                        the feature columns the rules read too, ``features``),
                        ``threshold`` on their probability, and ``score``, the
                        share of right ones among the pairs it accepted when each
                        file of hand-labelled pairs was left out of its training

``python -m crawler.matching.train`` regenerates it.  The trees are evaluated
by numpy over a whole feature matrix at once (``Trees``), no generated code.
"""

from __future__ import annotations

import json
import math
import os
import threading

MODEL_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "matcher_model.json")

_lock = threading.Lock()
ID_DF = 0.005
_res = None
# called with each model loaded (``features`` checks its feature names) and
# after ``reload`` (``features`` forgets its prepared offers): this module
# imports nothing of the matcher's, the modules that use it register here
_on_load: list = []
_on_reload: list = []


def on_load(fn) -> None:
    """Calls ``fn(resources)`` for every model loaded from now on."""
    if fn not in _on_load:
        _on_load.append(fn)


def on_reload(fn) -> None:
    """Calls ``fn()`` after every ``reload``."""
    if fn not in _on_reload:
        _on_reload.append(fn)


class Resources:
    __slots__ = ("idf", "default_idf", "brands", "trees", "threshold", "features", "raw",
                 "id_cut", "calibration", "path", "learned", "learned_threshold",
                 "learned_threshold_thin", "learned_score", "learned_threshold_wide", "learned_wide",
                 "learned_threshold_none", "learned_features")

    def raw_scores(self, X):
        """Model probability of each row of the feature matrix ``X`` (before calibration)."""
        return self.trees.predict(X)

    def probability(self, x) -> float:
        """Model probability of one feature vector (before calibration)."""
        import numpy as np

        return float(self.trees.predict(np.asarray([x], dtype=np.float64))[0])


class Trees:
    """Boosted trees evaluated by numpy, every tree and row at once.

    The JSON node arrays of all trees are padded into (trees x nodes) arrays;
    a leaf points to itself, so ``depth`` rounds of "go left or right" bring
    every (row, tree) to its leaf.  No generated code, no pickle."""

    def __init__(self, gbt: dict | None, nfeat: int):
        import numpy as np

        trees = (gbt or {}).get("trees") or []
        self.init = float((gbt or {}).get("init", 0.0))
        self.n = len(trees)
        self.nfeat = nfeat
        if not trees:
            return
        m = max(len(t["f"]) for t in trees)
        T = len(trees)
        F = np.zeros((T, m), dtype=np.int64)
        TH = np.zeros((T, m), dtype=np.float64)
        L = np.tile(np.arange(m), (T, 1))
        R = L.copy()
        V = np.zeros((T, m), dtype=np.float64)
        depth = 0
        for k, t in enumerate(trees):
            f = np.asarray(t["f"])
            leaf = f < 0
            n = len(f)
            F[k, :n] = np.where(leaf, 0, f)
            TH[k, :n] = np.where(leaf, np.inf, np.asarray(t["t"], dtype=np.float64))
            L[k, :n] = np.where(leaf, np.arange(n), np.asarray(t["l"]))
            R[k, :n] = np.where(leaf, np.arange(n), np.asarray(t["r"]))
            V[k, :n] = np.asarray(t["v"], dtype=np.float64)
            depth = max(depth, _depth(t))
        self.F, self.TH, self.L, self.R, self.V = F, TH, L, R, V
        self.depth = depth
        self.flatF = F.ravel()

    def decision(self, X):
        import numpy as np

        X = np.asarray(X, dtype=np.float64)
        n = X.shape[0]
        z = np.full(n, self.init)
        if not self.n or not n:
            return z
        T = self.n
        m = self.F.shape[1]
        tree_off = (np.arange(T) * m)[None, :]
        node = np.zeros((n, T), dtype=np.int64)
        rows = np.arange(n)[:, None]
        Ff, THf, Lf, Rf = self.F.ravel(), self.TH.ravel(), self.L.ravel(), self.R.ravel()
        for _ in range(self.depth):
            flat = tree_off + node
            go_left = X[rows, Ff[flat]] <= THf[flat]
            node = np.where(go_left, Lf[flat], Rf[flat])
        z += self.V.ravel()[tree_off + node].sum(axis=1)
        return z

    def predict(self, X):
        import numpy as np

        z = self.decision(X)
        return 1.0 / (1.0 + np.exp(-z))


def _depth(t: dict) -> int:
    f, l, r = t["f"], t["l"], t["r"]
    best = 0
    stack = [(0, 0)]
    while stack:
        node, d = stack.pop()
        if f[node] < 0:
            best = max(best, d)
        else:
            stack.append((l[node], d + 1))
            stack.append((r[node], d + 1))
    return best


class Calibration:
    """Isotonic maps from the model probability to the observed frequency of
    same-product pairs, fitted on out-of-fold scores (see ``train``): one map
    for pairs the rules allow, one for pairs without identifying evidence, one
    for pairs with a conflict.  Piecewise linear between the fitted points."""

    GROUPS = ("allowed", "weak", "conflict")

    def __init__(self, raw: dict | None):
        import numpy as np

        raw = raw or {}
        self.maps = {}
        for k in self.GROUPS:
            m = raw.get(k)
            if m:
                self.maps[k] = (np.asarray(m["x"], dtype=np.float64), np.asarray(m["y"], dtype=np.float64))

    def constant(self, code: int):
        """The one value the map of group ``code`` gives every probability in
        [0, 1] (a flat map), or None (the map varies, or there is none)."""
        m = self.maps.get(self.GROUPS[code])
        if m is None or not len(m[1]):
            return None
        y = m[1]
        # (np.interp holds the end values outside the fitted points, and adds
        # 0 * (p - x) to a point's value between them: exactly that value)
        if (y == y[0]).all():
            return float(y[0])
        return None

    def __call__(self, p, group):
        """Calibrated scores; ``group`` per row: 0 allowed by the rules, 1 no
        identifying evidence, 2 a conflict (see ``rules.rule_group``)."""
        import numpy as np

        p = np.asarray(p, dtype=np.float64)
        group = np.asarray(group)
        out = p.copy()
        for code, k in enumerate(self.GROUPS):
            mask = group == code
            m = self.maps.get(k)
            if m is not None and mask.any():
                out[mask] = np.interp(p[mask], m[0], m[1])
        return out


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
    # a title word is identifying when it is in fewer than ID_DF of the
    # training offers (common words - "lcd", "wireless", "camera" - describe)
    res.id_cut = math.log((n + 1.0) / (ID_DF * n + 1.0)) + 1.0
    from .titles import KNOWN_BRANDS

    res.brands = frozenset(raw.get("brands", ())) | KNOWN_BRANDS
    res.features = raw.get("features")
    res.path = path
    res.trees = Trees(raw.get("gbt"), len(res.features or ()))
    res.calibration = Calibration(raw.get("calibration"))
    res.threshold = float(raw.get("threshold", 0.5))
    learned = raw.get("learned") or {}
    res.learned_features = learned.get("features")
    res.learned = Trees(learned["gbt"], len(res.learned_features or ())) if learned.get("gbt") else None
    res.learned_threshold = float(learned.get("threshold", 1.0))
    # (pairs sharing two identifying words: ``rules.learned_thresholds``; a stage of before
    # session 13 had one threshold)
    res.learned_threshold_thin = float(learned.get("threshold_thin", res.learned_threshold))
    res.learned_score = float(learned.get("score", 0.0))
    # (session 25: the trees of the stage's wider domain, ``stage.judged_wide``: every column
    # of the stage's rows; the narrow domain's trees read the first)
    res.learned_wide = (Trees(learned["gbt_wide"], len(res.learned_features or ()))
                        if learned.get("gbt_wide") and res.learned is not None else None)
    res.learned_threshold_wide = float(learned.get("threshold_wide", 2.0))
    # (session 27, stage27: the wider domain's "none" rows, ``stage.judged_none``, at a threshold of
    # their own - ``train.choose_none_threshold``; a stage of before it judged them at "threshold_wide")
    res.learned_threshold_none = float(learned.get("threshold_none", res.learned_threshold_wide))
    for fn in _on_load:
        fn(res)
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
    for fn in _on_reload:
        fn()
    return _res
