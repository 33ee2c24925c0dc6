"""Training and validation of the matcher (``python -m crawler.matching.train``).

    python -m crawler.matching.train             # LODO report, then train and write the model
    python -m crawler.matching.train --lodo-only # leave-one-dataset-out report only
    python -m crawler.matching.train --dry-run   # everything, but write nothing

Data (``../shared/datasets/matching`` or ``$PRICELENS_MATCHING_DATA``): four
labelled sets from different shops and kinds of products - abt-buy,
walmart-amazon (with its "dirty" copy), wdc-computers and promap-cz (Czech
near-miss variants).  The learned stage (below) is fitted on the hand-labelled pair files
``TRAINING_FILES`` names, never on the held-out or attack files (``HELD_BACK``).

**The shipped model is not what this command makes today** (session 41, rt41; README "The learned
stage's inputs named"): its vocabulary, trees, calibration and the stage's narrow trees were fitted at
cd75ab5 (session 22's cleaner and features), the stage's wider domain in sessions 25-27, on 39 pair files
five held-out ones among them (``tests/test_matching_rt41.py`` pins what ships).  A retrain from
``TRAINING_FILES`` on the current feature path was measured (every goal of the Ditto sets met) and not
shipped: its stage's chooser took 0.95 where the shipped stage calls at 0.7, and 1,178 true labelled pairs
were lost.  Since session 41 (ts41) the stage's thresholds are chosen leaving files out (``choose_by_files``):
the stage alone retrained with it took 0.7 / 0.75 / 0.925 / 0.9 and was measured and not shipped either
(held-out 35-40 precision .984 -> .983, 15 labelled false pairs joined; README session 41, ts41).

Validation measures generalisation: **leave one dataset out**.  For each set
D, the vocabulary, the trees, the calibration and the decision threshold are
all fitted on the other sets only (TRAIN + VALID splits; promap-cz whole) and D
(its TEST split; promap-cz whole) is scored once.  Inside a fold the
calibration and the threshold come from an inner leave-one-dataset-out over
the training sets (out-of-fold scores), never from D.

The shipped model: vocabulary and trees from all four sets (TRAIN + VALID; test
splits never read), calibration and threshold from the out-of-fold scores of a
leave-one-dataset-out over all four, so its probabilities describe how it does
on a kind of data it has not seen.  The map of the allowed pairs is isotonic,
then corrected by what such a map does out of domain ("cross", see
``CAL_METHODS``): each dataset's out-of-fold scores through the map fitted on
the other datasets, and a second isotonic map, each dataset weighing the same,
from those to the observed share.  The method was chosen by the expected
calibration error and Brier score on each left-out set (``lodo`` prints them
for every method).  Written as plain JSON
(``matcher_model.json``: document frequencies, node arrays of the trees,
isotonic maps, threshold), evaluated by numpy; the reliability table of the
out-of-fold scores goes to ``calibration.json`` next to it.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import time
from collections import Counter

# one thread: reproducible trees and polite on a shared machine
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

from . import titles as T  # noqa: E402
from .ditto import read_pairs  # noqa: E402
from .model import MODEL_PATH, reload  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CALIBRATION_PATH = os.path.join(HERE, "calibration.json")

# the datasets of the leave-one-dataset-out; walmart-amazon-dirty (the same
# pairs with shuffled attributes) goes with walmart-amazon, never apart
DATASETS = ("abt-buy", "walmart-amazon", "wdc-computers", "promap-cz")
_DITTO = {
    "abt-buy": ({"abt-buy": ("train.txt", "valid.txt")}, "test.txt"),
    "walmart-amazon": ({"walmart-amazon": ("train.txt", "valid.txt"),
                        "walmart-amazon-dirty": ("train.txt", "valid.txt")}, "test.txt"),
    "wdc-computers": ({"wdc-computers": ("train.txt.medium", "valid.txt.medium")}, "test.txt"),
}

_BRAND_BAD = set(T.COLOURS) | set(T.VARIANTS) | {
    "new", "digital", "video", "audio", "pro", "the", "universal", "mobile", "home", "power",
    "smart", "black", "white", "case", "cable", "network", "wireless", "usb", "hd", "tv",
    "camera", "memory", "computer", "speaker", "speakers", "kit", "pack", "set", "generic",
    "other", "na", "none", "unknown", "micro", "mini", "ultra", "global", "premium", "best",
}


def data_dir() -> str:
    env = os.environ.get("PRICELENS_MATCHING_DATA")
    if env:
        return env
    root = os.path.dirname(os.path.dirname(HERE))
    for cand in (os.path.join(os.path.dirname(root), "shared", "datasets", "matching"),
                 "/work/shared/datasets/matching"):
        if os.path.isdir(cand):
            return cand
    raise SystemExit("matching data not found; set PRICELENS_MATCHING_DATA")


# --------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------


def read_promap(path: str):
    """promap-cz pairs as (offer, offer, label, match_type)."""
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            offers = []
            for s in ("1", "2"):
                desc = " ".join(x for x in (row.get("short_description" + s), row.get("specification_text" + s)) if x)
                offers.append({"title": row.get("name" + s) or None, "description": desc or None,
                               "price": row.get("price" + s) or None})
            out.append((offers[0], offers[1], int(row["match"]), row.get("match_type") or ""))
    return out


def load_datasets(base: str | None = None) -> dict:
    """{dataset: {"train": [(a, b, y)], "test": [(a, b, y)], "kinds": [match_type] | None}}."""
    base = base or data_dir()
    out = {}
    for name, (train_files, test_file) in _DITTO.items():
        train = []
        for folder, files in train_files.items():
            for f in files:
                train += read_pairs(os.path.join(base, folder, f))
        out[name] = {"train": train, "test": read_pairs(os.path.join(base, name, test_file)),
                     "kinds": None}
    pm = read_promap(os.path.join(base, "promap-cz", "promapcz-pairs.csv"))
    pairs = [(a, b, y) for a, b, y, _ in pm]
    out["promap-cz"] = {"train": pairs, "test": pairs, "kinds": [k for *_, k in pm]}
    return out


def random_negatives(pairs, n: int, seed: int):
    """Offers of different labelled pairs: almost surely different products,
    so the model also sees plainly unrelated offers."""
    rng = np.random.default_rng(seed)
    positives = {(a.get("title"), b.get("title")) for a, b, y in pairs if y}
    out = []
    tries = 0
    while len(out) < n and tries < 20 * n:
        tries += 1
        i, j = rng.integers(len(pairs)), rng.integers(len(pairs))
        if i == j:
            continue
        a, b = pairs[i][0], pairs[j][1]
        if a.get("title") == b.get("title") or (a.get("title"), b.get("title")) in positives:
            continue
        out.append((a, b, 0))
    return out


def build_vocab(pair_lists) -> dict:
    """Document frequencies of title words over the distinct training offers."""
    seen = set()
    df: Counter = Counter()
    brands: Counter = Counter()
    for pairs in pair_lists:
        for a, b, _ in pairs:
            for o in (a, b):
                t = o.get("title") or ""
                if t in seen:
                    continue
                seen.add(t)
                df.update(set(T.words(T.clean(t))))
                nb = T.norm_brand(o.get("brand"))
                if nb:
                    brands[nb] += 1
    keep = {t: c for t, c in df.items() if c >= 2}
    brand_list = sorted(
        b for b, c in brands.items()
        if c >= 2 and len(b) >= 2 and b not in _BRAND_BAD and not b.isdigit()
    )
    return {"version": 3, "n_docs": len(seen), "df": dict(sorted(keep.items())), "brands": brand_list}


def use_vocab(vocab: dict, path: str):
    """Make the matcher compute features with this vocabulary (no trees yet)."""
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(vocab, fh)
    return reload(path)


def featurize(pairs) -> np.ndarray:
    """Feature matrix of a list of (a, b, ...) pairs: the serving feature path."""
    return featurize_offers(pairs)[0]


def featurize_offers(pairs):
    """(feature matrix, prepared offers a, prepared offers b) of a list of (a, b, ...)
    pairs: the serving path (the learned stage reads the offers too: ``stage.stage_rows``)."""
    from .batch import batch_features
    from .prepared import prepare

    pa = [prepare(p[0]) for p in pairs]
    pb = [prepare(p[1]) for p in pairs]
    return batch_features(pa, pb), pa, pb


# --------------------------------------------------------------------------
# model, calibration, threshold
# --------------------------------------------------------------------------

PARAMS = {"max_iter": 60, "max_depth": 5, "max_leaf_nodes": 32, "learning_rate": 0.25,
          "min_samples_leaf": 10, "l2_regularization": 1.0}
NEG_RATIO = 0.5


def fit_trees(X, y, w):
    from sklearn.ensemble import HistGradientBoostingClassifier

    from .features import FEATURE_NAMES, MONOTONE

    clf = HistGradientBoostingClassifier(
        **PARAMS, monotonic_cst=[MONOTONE.get(n, 0) for n in FEATURE_NAMES],
        early_stopping=False, random_state=0,
    )
    clf.fit(model_columns(X), y, sample_weight=w)
    return clf


def model_columns(X):
    """The columns of a feature matrix the trees read (the rest are for the rules only)."""
    from .features import FEATURE_NAMES

    return X[:, :len(FEATURE_NAMES)]


def export_trees(clf) -> dict:
    """HistGradientBoostingClassifier -> JSON node arrays (checked against
    scikit-learn by ``check_export``)."""
    trees = []
    for (pred,) in clf._predictors:
        f, t, l, r, v = [], [], [], [], []
        for nd in pred.nodes:
            if nd["is_leaf"]:
                f.append(-1)
                t.append(0.0)
                l.append(-1)
                r.append(-1)
                v.append(float(nd["value"]))
            else:
                f.append(int(nd["feature_idx"]))
                t.append(float(nd["num_threshold"]))
                l.append(int(nd["left"]))
                r.append(int(nd["right"]))
                v.append(0.0)
        trees.append({"f": f, "t": t, "l": l, "r": r, "v": v})
    return {"init": float(np.ravel(clf._baseline_prediction)[0]), "trees": trees}


def check_export(clf, gbt: dict, X) -> float:
    from .features import FEATURE_NAMES
    from .model import Trees

    mine = Trees(gbt, len(FEATURE_NAMES)).predict(X)
    return float(np.abs(mine - clf.predict_proba(model_columns(X))[:, 1]).max()) if len(X) else 0.0


def _weights(groups: list[str]) -> np.ndarray:
    """Each dataset weighs the same in training, however many pairs it has."""
    g = np.asarray(groups)
    w = np.ones(len(g))
    names = sorted(set(groups))
    for name in names:
        m = g == name
        w[m] = len(g) / (len(names) * m.sum())
    return w


def fit_isotonic(p, y, w=None) -> dict | None:
    from sklearn.isotonic import IsotonicRegression

    if len(p) < 10:
        return None
    iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip")
    iso.fit(p, y, sample_weight=w)
    xs = np.asarray(iso.X_thresholds_, dtype=float)
    ys = np.asarray(iso.y_thresholds_, dtype=float)
    return {"x": [round(float(v), 6) for v in xs], "y": [round(float(v), 6) for v in ys]}


def prf(pred, y):
    tp = int((pred & (y == 1)).sum())
    fp = int((pred & (y == 0)).sum())
    fn = int((~pred & (y == 1)).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


MIN_PRECISION = 0.92
USE_RULES = True  # --no-rules: the learned model alone (for comparison)
# The decision threshold on the calibrated probability: 0.5 ("more likely the
# same product than not"); precision comes from the rules.  A search for the
# threshold on the inner out-of-fold scores (--search-threshold) chose
# 0.84-0.92 and cost most of the recall on the left-out sets (README).
FIXED_THRESHOLD: float | None = 0.5


def rule_groups(X):
    """0 allowed by the precision-first rules, 1 no evidence, 2 a conflict."""
    from .rules import conflict_reasons, evidence, rule_group

    if not USE_RULES:
        return np.zeros(len(X), dtype=np.int64)
    return rule_group(conflict_reasons(X), evidence(X))


def allowed_mask(X):
    """Pairs the precision-first rules let through (evidence, no conflict)."""
    return rule_groups(X) == 0


def choose_threshold(cal, allowed, y, groups):
    """Decision threshold on the calibrated score: the best mean F1 over the
    datasets among thresholds whose precision is >= MIN_PRECISION on every
    one of them (else the best mean F0.5, which weighs precision double)."""
    if FIXED_THRESHOLD is not None:
        return FIXED_THRESHOLD
    groups = np.asarray(groups)
    names = sorted(set(groups))
    best = None
    for t in np.round(np.arange(0.30, 0.96, 0.01), 2):
        pred = allowed & (cal >= t)
        stats = [prf(pred[groups == g], y[groups == g]) for g in names]
        mean_f1 = float(np.mean([s[0] for s in stats]))
        min_p = float(min(s[1] for s in stats))
        # F0.5: precision counts twice as much as recall
        mean_f05 = float(np.mean([(1.25 * s[1] * s[2] / (0.25 * s[1] + s[2])) if s[1] + s[2] else 0.0
                                  for s in stats]))
        key = (min_p >= MIN_PRECISION, mean_f1 if min_p >= MIN_PRECISION else mean_f05)
        if best is None or key > best[0]:
            best = (key, float(t))
    return best[1]


def oof_scores(feats: dict, names, use_test: bool = False):
    """For each dataset in ``names``: trees fitted on the others (TRAIN),
    scores of its pairs (TRAIN, or TEST with ``use_test``).
    Returns (p, y, datasets, rule groups, kinds, X)."""
    ps, ys, gs, al, ks, xs = [], [], [], [], [], []
    for d in names:
        others = [o for o in names if o != d]
        X, y, w = stack_train(feats, others)
        clf = fit_trees(X, y, w)
        Xd, yd = feats[d]["test" if use_test else "train_labelled"]
        p = clf.predict_proba(model_columns(Xd))[:, 1] if len(Xd) else np.zeros(0)
        ps.append(p)
        ys.append(yd)
        gs += [d] * len(yd)
        al.append(rule_groups(Xd))
        kinds = feats[d].get("kinds_test" if use_test else "kinds_train")
        ks += kinds if kinds else [""] * len(yd)
        xs.append(Xd)
    return (np.concatenate(ps), np.concatenate(ys), np.asarray(gs), np.concatenate(al),
            np.asarray(ks), np.vstack(xs))


def stack_train(feats: dict, names):
    Xs, ys, gs = [], [], []
    for d in names:
        X, y = feats[d]["train"]
        Xs.append(X)
        ys.append(y)
        gs += [d] * len(y)
    return np.vstack(Xs), np.concatenate(ys), _weights(gs)


def featurize_sets(data: dict, names, test_names=(), seed0: int = 0) -> dict:
    """Features of the training pairs (+ random negatives) of ``names`` and the
    test pairs of ``test_names``, with the vocabulary currently loaded."""
    feats = {}
    for k, d in enumerate(names):
        pairs = data[d]["train"]
        extra = random_negatives(pairs, int(NEG_RATIO * len(pairs)), seed=seed0 + k)
        Xl = featurize(pairs)
        yl = np.array([p[2] for p in pairs], dtype=np.int64)
        Xe = featurize(extra)
        feats[d] = {
            "train": (np.vstack([Xl, Xe]), np.concatenate([yl, np.zeros(len(extra), dtype=np.int64)])),
            "train_labelled": (Xl, yl),
            "kinds_train": data[d]["kinds"],
        }
    for d in test_names:
        pairs = data[d]["test"]
        feats.setdefault(d, {})
        X, pa, pb = featurize_offers(pairs)
        feats[d]["test"] = (X, np.array([p[2] for p in pairs], dtype=np.int64))
        feats[d]["test_offers"] = (pa, pb)
        feats[d]["kinds_test"] = data[d]["kinds"]
    return feats


# how the map of the allowed pairs is fitted on out-of-dataset scores (chosen
# by the leave-one-dataset-out calibration error, see ``lodo``):
#   "pooled"   one isotonic fit on all pairs (each pair weighs the same: the
#              largest set decides the map)
#   "balanced" one isotonic fit, each dataset weighing the same
#   "averaged" the mean of one isotonic map per dataset: the expected share of
#              same products at that score on a dataset drawn from the ones
#              seen - a kind of data that is unseen is priced like an average
#              seen one, not like the largest
#   "cross"    the pooled map, then corrected by what it does out of domain:
#              each dataset's scores through the map fitted without it, and a
#              second isotonic map (each dataset weighing the same) from those
#              to the observed share - "0.99" where unseen sets showed 0.9
#              becomes 0.9
#   "platt"    a logistic curve on the logit of the score, datasets balanced
#   "crossplatt" as "cross", the second map a logistic curve on the logit
#              (strictly increasing: the order of the scores is kept)
CAL_METHODS = ("pooled", "balanced", "averaged", "cross", "platt", "crossplatt")
CAL_METHOD = "crossplatt"
# the pairs without identifying evidence ("weak"): one dataset-averaged share
# ("constant"), or mapped by their score like the allowed ones ("cross")
WEAK_METHOD = "constant"
_GRID = np.round(np.concatenate([np.linspace(0.0, 0.9, 91), np.linspace(0.9, 1.0, 101)[1:]]), 6)


def fit_isotonic_averaged(p, y, datasets) -> dict | None:
    """The mean over the datasets of one isotonic map each (a mean of
    monotone maps is monotone), on a fixed grid of raw scores."""
    ds = np.asarray(datasets)
    curves = []
    for d in sorted(set(ds.tolist())):
        m = ds == d
        f = fit_isotonic(p[m], y[m])
        if f is not None:
            curves.append(np.interp(_GRID, f["x"], f["y"]))
    if not curves:
        return None
    ys = np.mean(curves, axis=0)
    return {"x": [float(v) for v in _GRID], "y": [round(float(v), 6) for v in ys]}


def _logit(p):
    p = np.clip(np.asarray(p, dtype=float), 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def fit_isotonic_cross(p, y, datasets, second: str = "isotonic") -> dict | None:
    """The pooled isotonic map, composed with a second one fitted on the
    cross-fitted scores (each dataset through the map of the others)."""
    ds = np.asarray(datasets)
    names = sorted(set(ds.tolist()))
    f_all = fit_isotonic(p, y)
    if f_all is None or len(names) < 2:
        return f_all
    s = np.full(len(p), np.nan)
    for d in names:
        m = ds == d
        f = fit_isotonic(p[~m], y[~m])
        if f is not None:
            s[m] = np.interp(p[m], f["x"], f["y"])
    ok = ~np.isnan(s)
    thr = FIXED_THRESHOLD if FIXED_THRESHOLD is not None else 0.5
    # the grid, the pooled map's knots, and the raw score where it crosses
    # the threshold (just below it and at it), so the decision stays exact
    fx, fy = np.asarray(f_all["x"]), np.asarray(f_all["y"])
    grid = [_GRID, fx]
    k = np.flatnonzero(fy >= thr)
    if len(k) and k[0] > 0:
        x0, x1, y0, y1 = fx[k[0] - 1], fx[k[0]], fy[k[0] - 1], fy[k[0]]
        cross = x1 if y1 == y0 else x0 + (thr - y0) * (x1 - x0) / (y1 - y0)
        grid.append([np.nextafter(cross, 0.0), cross])
    xg = np.unique(np.concatenate(grid))
    inner = np.interp(xg, fx, fy)
    if second == "logistic":
        from sklearn.linear_model import LogisticRegression

        if len(set(y[ok].tolist())) < 2:
            return f_all
        lr = LogisticRegression(C=1.0).fit(_logit(s[ok])[:, None], y[ok], sample_weight=_weights(list(ds[ok])))
        ys = lr.predict_proba(_logit(inner)[:, None])[:, 1]
    else:
        g = fit_isotonic(s[ok], y[ok], _weights(list(ds[ok])))
        if g is None:
            return f_all
        ys = np.interp(inner, g["x"], g["y"])
    # the correction moves scores, never the decision: a pair the pooled map
    # puts below the threshold stays below it, at the lower of the two maps
    # (the trees' veto among the allowed pairs is kept), one above it stays
    # above (min and max of monotone maps are monotone)
    low = np.minimum(np.minimum(ys, inner), thr - 1e-6)  # (the map is stored to 6 decimals)
    ys = np.where(inner >= thr, np.maximum(ys, thr), low)
    return {"x": [float(v) for v in xg], "y": [round(float(v), 6) for v in ys]}


def fit_platt(p, y, datasets) -> dict | None:
    from sklearn.linear_model import LogisticRegression

    if len(p) < 10 or len(set(y.tolist())) < 2:
        return None
    z = np.log(np.clip(p, 1e-6, 1 - 1e-6) / (1 - np.clip(p, 1e-6, 1 - 1e-6)))
    lr = LogisticRegression(C=1.0).fit(z[:, None], y, sample_weight=_weights(list(np.asarray(datasets))))
    zg = np.log(np.clip(_GRID, 1e-6, 1 - 1e-6) / (1 - np.clip(_GRID, 1e-6, 1 - 1e-6)))
    ys = lr.predict_proba(zg[:, None])[:, 1]
    return {"x": [float(v) for v in _GRID], "y": [round(float(v), 6) for v in ys]}


def calibrate(p, y, group, datasets=None, method: str | None = None) -> dict:
    """Maps per rule group (see model.Calibration): for the pairs the rules
    allow an isotonic map (``CAL_METHOD``); for the blocked groups (no
    evidence, conflict) one constant, the share of same products among them
    averaged over the datasets - across datasets the blocked pairs' model
    scores do not rank them reliably (an isotonic map fitted on some sets
    told 0.49 where the left-out set had 0.08)."""
    from .model import Calibration

    method = method or CAL_METHOD
    a = group == 0
    if datasets is None or method == "pooled":
        allowed = fit_isotonic(p[a], y[a])
    elif method == "balanced":
        allowed = fit_isotonic(p[a], y[a], _weights(list(np.asarray(datasets)[a])))
    elif method == "averaged":
        allowed = fit_isotonic_averaged(p[a], y[a], np.asarray(datasets)[a])
    elif method == "cross":
        allowed = fit_isotonic_cross(p[a], y[a], np.asarray(datasets)[a])
    elif method == "crossplatt":
        allowed = fit_isotonic_cross(p[a], y[a], np.asarray(datasets)[a], second="logistic")
    elif method == "platt":
        allowed = fit_platt(p[a], y[a], np.asarray(datasets)[a])
    else:
        raise ValueError(f"unknown calibration method {method!r}")
    out = {"allowed": allowed}
    for code, k in enumerate(Calibration.GROUPS):
        if code == 0:
            continue
        m = group == code
        if code == 1 and WEAK_METHOD == "cross" and datasets is not None:
            f = fit_isotonic_cross(p[m], y[m], np.asarray(datasets)[m])
            if f is not None:
                out[k] = f
                continue
        if datasets is None:
            rates = [float(y[m].mean())] if m.any() else []
        else:
            ds = np.asarray(datasets)
            rates = [float(y[m & (ds == d)].mean()) for d in sorted(set(ds[m]))]
        if rates:
            r = round(float(np.mean(rates)), 6)
            out[k] = {"x": [0.0, 1.0], "y": [r, r]}
    return out


def apply_calibration(cal_maps: dict, p, group):
    from .model import Calibration

    return Calibration(cal_maps)(p, group)


def reliability_table(score, y, edges=(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001)):
    """Rows of (band low, band high, pairs, mean predicted, observed share of same products)."""
    rows = []
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (score >= lo) & (score < hi)
        n = int(m.sum())
        rows.append({"band": [round(lo, 2), round(min(hi, 1.0), 2)], "pairs": n,
                     "predicted": round(float(score[m].mean()), 4) if n else None,
                     "observed": round(float(y[m].mean()), 4) if n else None})
    return rows


def calibration_error(score, y, edges=(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001)):
    """(expected calibration error over the reliability table's bands - the
    pair-weighted mean |mean predicted - observed share| -, Brier score)."""
    score = np.asarray(score, dtype=float)
    y = np.asarray(y, dtype=float)
    if not len(y):
        return 0.0, 0.0
    ece = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (score >= lo) & (score < hi)
        if m.any():
            ece += m.sum() / len(y) * abs(score[m].mean() - y[m].mean())
    return float(ece), float(np.mean((score - y) ** 2))


def final_scores(cal, allowed, thr):
    return np.where(allowed, cal, np.minimum(cal, np.nextafter(thr, 0.0)))


# --------------------------------------------------------------------------
# leave-one-dataset-out and the shipped model
# --------------------------------------------------------------------------


def lodo(data: dict, tmp: str, log=print) -> dict:
    """Leave-one-dataset-out figures: {dataset: {...}}."""
    results = {}
    for d in DATASETS:
        t0 = time.time()
        others = [o for o in DATASETS if o != d]
        use_vocab(build_vocab([data[o]["train"] for o in others]), tmp)
        feats = featurize_sets(data, others, test_names=[d])
        # inner leave-one-out over the training sets: calibration and threshold
        p, y, g, grp, _, _ = oof_scores(feats, others)
        # the fold's model on all training sets, scored once on the left-out set
        X, yt, w = stack_train(feats, others)
        clf = fit_trees(X, yt, w)
        Xd, yd = feats[d]["test"]
        pd = clf.predict_proba(model_columns(Xd))[:, 1]
        gd = rule_groups(Xd)
        ad = gd == 0
        # the learned stage, trained on the hand-labelled pairs under the fold's
        # vocabulary (it never sees the four datasets), on the left-out set
        main = _main_scores(clf)
        stage = train_learned(training_pair_files(), main, log=None, validate=False) if USE_RULES else None
        ld = learned_accepts(stage, Xd, main, feats[d]["test_offers"])
        # every calibration method, fitted on the inner out-of-fold scores and
        # judged on the left-out set (the shipped one is CAL_METHOD)
        by_method = {}
        for method in CAL_METHODS:
            maps_m = calibrate(p, y, grp, g, method=method)
            thr_m = choose_threshold(apply_calibration(maps_m, p, grp), grp == 0, y, g)
            cd_m = apply_calibration(maps_m, pd, gd)
            pred_m = (ad & (cd_m >= thr_m)) | ld
            ece, brier = calibration_error(final_scores(cd_m, ad, thr_m), yd)
            ece_a, brier_a = calibration_error(cd_m[ad], yd[ad])
            ece_w, _ = calibration_error(cd_m[gd == 1], yd[gd == 1])
            f_m, p_m, r_m = prf(pred_m, yd)
            by_method[method] = {"f1": f_m, "p": p_m, "r": r_m, "ece": ece, "brier": brier,
                                 "ece_allowed": ece_a, "brier_allowed": brier_a, "ece_weak": ece_w,
                                 "thr": thr_m, "pred": pred_m}
        chosen = by_method[CAL_METHOD]
        thr, pred = chosen["thr"], chosen["pred"]
        f, pr, rc = prf(pred, yd)
        res = {"f1": f, "p": pr, "r": rc, "n": len(yd), "threshold": thr,
               "learned": {"called_same": int(ld.sum()), "right": int((ld & (yd == 1)).sum())},
               "blocked_matches": int((~ad & (yd == 1)).sum()), "matches": int(yd.sum()),
               "calibration": {m: {k: v for k, v in r.items() if k != "pred"}
                               for m, r in by_method.items()}}
        kinds = feats[d].get("kinds_test")
        if kinds:
            k = np.asarray(kinds)
            res["by_kind"] = {}
            for kind in sorted(set(kinds)):
                m = k == kind
                called = int(pred[m].sum())
                right = int((pred[m] & (yd[m] == 1)).sum())
                res["by_kind"][kind] = {"pairs": int(m.sum()), "called_same": called, "right": right}
        results[d] = res
        log(f"  left out {d:15s} P {pr:.3f} R {rc:.3f} F1 {f:.3f}  (threshold {thr:.2f}, "
            f"{res['blocked_matches']}/{res['matches']} matches blocked by the rules; learned stage "
            f"{res['learned']['called_same']} called same, {res['learned']['right']} right; {time.time() - t0:.0f}s)")
        for m, r in by_method.items():
            log(f"      calibration {m:9s}{'*' if m == CAL_METHOD else ' '} ECE {r['ece']:.3f} "
                f"Brier {r['brier']:.4f} (allowed pairs: ECE {r['ece_allowed']:.3f} "
                f"Brier {r['brier_allowed']:.4f}; weak: ECE {r['ece_weak']:.3f})  P {r['p']:.3f} R {r['r']:.3f} F1 {r['f1']:.3f}")
        if kinds:
            for kind, v in res["by_kind"].items():
                prec = v["right"] / v["called_same"] if v["called_same"] else float("nan")
                log(f"      {kind:16s} {v['pairs']:4d} pairs, called same {v['called_same']:4d}, "
                    f"of which right {v['right']:4d} (precision {prec:.3f})")
    return results


def train_final(data: dict, out: str, tmp: str, write: bool = True, log=print) -> dict:
    t0 = time.time()
    vocab = build_vocab([data[d]["train"] for d in DATASETS])
    use_vocab(vocab, tmp)
    feats = featurize_sets(data, DATASETS)
    p, y, g, grp, kinds, _ = oof_scores(feats, DATASETS)
    allowed = grp == 0
    maps = calibrate(p, y, grp, g)
    cal = apply_calibration(maps, p, grp)
    thr = choose_threshold(cal, allowed, y, g)
    # the reliability table is cross-fitted: each dataset's out-of-fold scores
    # go through isotonic maps fitted on the other datasets only (the maps
    # shipped are fitted on all of them, so their own table would be perfect
    # by construction and say nothing)
    cross = np.zeros_like(cal)
    for d in DATASETS:
        m = g == d
        maps_d = calibrate(p[~m], y[~m], grp[~m], g[~m])
        cross[m] = apply_calibration(maps_d, p[m], grp[m])
    score = final_scores(cross, allowed, thr)
    table = reliability_table(score, y)
    per_set_tables = {d: reliability_table(score[g == d], y[g == d]) for d in DATASETS}
    per_set_error = {}
    for d in DATASETS:
        ece, brier = calibration_error(score[g == d], y[g == d])
        per_set_error[d] = {"ece": round(ece, 4), "brier": round(brier, 4)}
    X, yt, w = stack_train(feats, DATASETS)
    clf = fit_trees(X, yt, w)
    gbt = export_trees(clf)
    err = check_export(clf, gbt, X[:2000])
    if err > 1e-6:
        raise SystemExit(f"exported trees disagree with scikit-learn (max error {err:.2e})")
    from .features import FEATURE_NAMES

    learned = train_learned(training_pair_files(), _main_scores(clf), log=log)
    model = {**vocab, "features": FEATURE_NAMES, "gbt": gbt, "calibration": maps, "learned": learned,
             "threshold": thr, "params": {**PARAMS, "neg_ratio": NEG_RATIO, "monotonic": True},
             "trained_on": {d: "train+valid" if d != "promap-cz" else "all" for d in DATASETS}}
    per = {}
    for d in DATASETS:
        m = g == d
        f, pr, rc = prf(allowed[m] & (cal[m] >= thr), y[m])
        per[d] = {"f1": round(f, 4), "p": round(pr, 4), "r": round(rc, 4)}
    report = {
        "what": "reliability of match_score: out-of-fold scores of a leave-one-dataset-out "
                "over the training pairs (each pair scored by trees that never saw its dataset, "
                "calibrated by isotonic maps fitted on the other datasets' scores); per band: "
                "pairs, mean predicted score, observed share of same-product pairs",
        "datasets": list(DATASETS),
        "threshold": thr,
        "pairs": int(len(y)),
        "bands": table,
        "bands_by_dataset": per_set_tables,
        "calibration_method": CAL_METHOD,
        "calibration_error_by_dataset": per_set_error,
        "out_of_fold": per,
    }
    if learned:
        lo = learned["left_out"].values()
        report["learned"] = {"threshold": learned["threshold"], "score": learned["score"],
                             "called_same": sum(v["called_same"] for v in lo), "right": sum(v["right"] for v in lo),
                             "files": len(learned["trained_on"])}
    log(f"final model: {len(gbt['trees'])} trees, threshold {thr:.2f} "
        f"(max |numpy - sklearn| {err:.1e}) in {time.time() - t0:.0f}s")
    log(format_table(table))
    am = maps.get("allowed")
    if am:
        log("shipped map of the allowed pairs (raw -> calibrated): " + ", ".join(
            f"{x:g} -> {float(np.interp(x, am['x'], am['y'])):.3f}" for x in (0.05, 0.2, 0.5, 0.8, 0.9, 0.95, 0.99)))
    log("cross-fitted calibration error per dataset (" + CAL_METHOD + "): " + ", ".join(
        f"{d} ECE {v['ece']:.3f} Brier {v['brier']:.4f}" for d, v in per_set_error.items()))
    if write:
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(model, fh, separators=(",", ":"))
        with open(CALIBRATION_PATH, "w", encoding="utf-8") as fh:
            json.dump(report, fh, indent=1)
        log(f"wrote {out} ({os.path.getsize(out) / 1024:.0f} KiB) and {CALIBRATION_PATH}")
    return report


# --------------------------------------------------------------------------
# the learned stage (session 11): pairs without identifying evidence
# --------------------------------------------------------------------------
# Hand-labelled pairs of products and shops that are not in the four datasets,
# one file per author (``benchmarks/pairs``).  A pair the rules leave without
# identifying evidence and without a conflict is judged by small trees trained
# on those pairs' features (the serving feature path, every column the rules
# read too); it is called the same product when their probability reaches
# LEARNED_THRESHOLD and the titles pass the gates of title evidence but the
# identifying words one prints alone (``rules.learned_gate``).  Threshold and
# trees' size were chosen leaving one author's file out at a time (``train``
# prints that table): on the dev files of session 10 at 0.8, 87 pairs called
# same, 86 right; the four datasets are never read, so the leave-one-dataset-out
# figures of the matcher include the stage as it is.  Session 13, 17 files (two new
# authors' 1,002 pairs of home goods and other languages): at 0.8, 171 called, 163
# right (.953), and "Buy Hoyle South Beach Solitaire" / "Hoyle Solitaire" called the
# same - two titles sharing only two identifying words (a brand and one more), where
# the other's extra words may be the line's name.  Such thin pairs need
# LEARNED_THRESHOLD_THIN: 161 called, 154 right (.957); 0.9 for every pair, 93 called,
# 92 right.  After the session's home and multilingual rules (fewer pairs left without
# evidence, 1,316, and harder ones): 0.8 / 0.9 called 152, 144 right (.947); 0.85 / 0.9
# 132, 126 right (.955); 0.9, 87, 86 right.
PAIRS_DIR = os.path.join(os.path.dirname(os.path.dirname(HERE)), "benchmarks", "pairs")
LEARNED_PARAMS = {"max_depth": 2, "max_iter": 200, "learning_rate": 0.05, "min_samples_leaf": 20,
                  "l2_regularization": 1.0}
# Session 15, 21 files (two new authors' 1,058 pairs) and the session's rules: leaving each file
# out, 0.85 / 0.9 called 234, 221 right (.944, below the stage's .95); 0.86: 218, 207 (.950); 0.865:
# 212, 202 (.953); 0.87: 208, 200 (.962); 0.875: 196, 190 (.969); 0.9: 154, 150 (.974).  0.87.
# Session 16 (learn16): the same trees, the curve further down (thin pairs at 0.9 throughout):
# 0.86: 218 / 207 (.950), 0.84: 243 / 230 (.947), 0.82: 269 / 256 (.952), 0.8: 284 / 271 (.954),
# 0.78: 298 / 285 (.956), 0.75: 314 / 301 (.959), 0.7: 340 / 322 (.947).  The wrong calls crowd
# at 0.84-0.87 (bundles "... with Aeroccino Milk Frother" / "Travel System with KeyFit 30",
# Stainless / Zinc-Plated bolts, Pink Stuff paste / spray); the 76 pairs at 0.8-0.87 are 71
# right.  0.8, in the middle of the run of thresholds at .95 or more: 76 more called, 71 more
# right.  Two files by new authors measured after the choice (never trained on): English
# 520 pairs, 3 more right and 1 more wrong (P .952 -> .948, F1 .748 -> .755); multilingual
# 524 pairs, 5 more right, 1 more wrong (P .935 -> .931, F1 .601 -> .617).
# Session 16 (stage16): one column of the stage's own, the number of distinct words in one title
# only (``stage.one_sided_words``: every word, common or rare, after a shop's name is cut off;
# -1 for titles in different scripts, where every word is one title's only; read from the raw
# titles for the stage's candidates, ``stage.stage_rows``, in training and serving alike), the
# same trees' settings.  Leaving each file out (thin pairs in brackets):
#   0.9 (0.9): 190 / 186 (.979)     0.87 (0.9): 232 / 225 (.970)    0.85 (0.9): 249 / 242 (.972)
#   0.8 (0.9): 290 / 280 (.966)     0.78 (0.9): 306 / 296 (.967)    0.75 (0.9): 322 / 312 (.969)
#   0.7 (0.9): 338 / 328 (.970)     0.65 (0.9): 351 / 338 (.963)    0.6 (0.9): 360 / 345 (.958)
#   0.85 (0.85): 274 / 266 (.971)   0.8 (0.85): 315 / 304 (.965)    0.75 (0.85): 347 / 336 (.968)
#   0.7 (0.85): 363 / 352 (.970)    0.65 (0.85): 376 / 362 (.963)   0.6 (0.85): 385 / 369 (.958)
#   0.8 (0.82): 330 / 317 (.961)    0.7 (0.82): 378 / 365 (.966)    0.6 (0.82): 400 / 382 (.955)
#   0.8 (0.8): 343 / 330 (.962)     0.78 (0.8): 359 / 346 (.964)    0.75 (0.8): 375 / 362 (.965)
#   0.72 (0.8): 384 / 371 (.966)    0.7 (0.8): 391 / 378 (.967)     0.68 (0.8): 395 / 382 (.967)
#   0.65 (0.8): 404 / 388 (.960)    0.6 (0.8): 413 / 395 (.956)
# (without the column, 0.8 (0.9): 284 / 271, .954; with it but no -1 for two scripts, 0.72 (0.8):
# 404 / 388, .960 - and "Pampers Baby Dry" / Arabic "... Baby Dry Night" called the same.)
# 0.78 / 0.9.  Lower, LOAO stays at .963 or more down to 0.65 (0.7 / 0.9: 338 / 328, .970; the 48
# pairs at 0.7-0.8 all right), but the pairs the tests pin as two products are called one there:
# "Nivea Men Sensitive Rasiergel 200ml" / "... Shaving Foam 200 ml" at 0.764
# (tests/test_matching_s15_ml.py) - a kind of product in two languages the rules do not read.
# Thin pairs stay at 0.9: at 0.8 (0.7 / 0.8: 391 / 378, .967) two brands across scripts were
# called one product, "Al Rabie Orange Juice 1L" / Arabic "... Al Rawabi ... 1 L" (0.87; the
# Arabic brand is not read, two identifying words shared; tests/test_matching_s14_script.py).
# 22 more called than at 0.8 / 0.9 without the column, 25 more right, 3 fewer wrong.
# Session 16, final: 24 files (train16a, train16b, dev16 joined) and the session's rules; the
# stage judges two titles in one script only (``stage.judged``: across scripts, trained on the new
# multilingual file, it called Al Rabie / Arabic Al Rawabi juice and plain / pistachio halawa the
# same - tests/test_matching_s14_script.py).  Leaving each file out (final retrain): 0.78 / 0.9 363 called, 349 right
# (.961); 0.75 / 0.9 381 / 366 (.961); 0.75 / 0.85 398 / 382 (.960); 0.7 / 0.85 414 / 397 (.959) but
# 0.7 calls Nivea Rasiergel / Shaving Foam the same (tests/test_matching_s15_ml.py); 0.7 / 0.8 440 /
# 420 (.955).  0.75 / 0.85 (chosen on the retrain before it: 396 / 381, .962).
# Session 17 (stage17): the honest validation, ``time_splits`` - trained on the files of sessions
# up to 15, scored on session 16's four (train16a, train16b, dev16 and its held-out heldout16,
# which nothing was developed on before this morning).  Session 16's stage (every column, depth-3
# trees) at its 0.75 (0.85): 95 called, 87 right (.916); heldout16 alone 36 / 31 (.861) - the
# leave-one-file-out .960 it was chosen by said more than it should.  Its curve there: 0.8 (0.85)
# 90 / 84 (.933), 0.85 (0.9) 72 / 67 (.931), 0.9 (0.9) 58 / 55 (.948).  The stage of
# ``stage.STAGE_FEATURES`` (15 columns of the matrix, 12 of its own), depth-2 trees, thin pairs
# 0.05 above:
#   thresholds      sessions < 16 -> 16     heldout16 alone     sessions >= 12 -> 9-11    each file out
#   0.6 (0.65)       106 / 99 (.934)        38 / 35 (.921)       82 / 80 (.976)           494 / 472 (.955)
#   0.65 (0.7)       102 / 95 (.931)        36 / 33 (.917)       73 / 72 (.986)           461 / 441 (.957)
#   0.7 (0.75)        92 / 86 (.935)        34 / 32 (.941)       68 / 67 (.985)           417 / 401 (.962)
#   0.75 (0.8)        85 / 80 (.941)        31 / 29 (.935)       61 / 60 (.984)           383 / 369 (.963)
#   0.8 (0.85)        76 / 72 (.947)        31 / 29 (.935)       58 / 57 (.983)           337 / 324 (.961)
#   0.85 (0.9)        61 / 58 (.951)        25 / 24 (.960)       45 / 44 (.978)           266 / 258 (.970)
# (0.7 (0.75) chosen on these, before train17a / train17b - two new authors' files - were read.)
# Measured on them before training on them (the stage of 25 files): train17a 16 called / 16 right,
# train17b 34 / 33 (session 16's stage at 0.75 (0.85): 19 / 18 and 34 / 33); files' F1 .685 and .813
# (.689 and .813).  Since then the train command chooses the thresholds (``choose_thresholds``):
# the lowest at which, and at every higher one, the stage's calls on each of the last two
# sessions' files (a stage trained on the sessions before each) are right .93 of the time and on
# both together .95.  With 27 files (sessions < 16 -> 16, < 17 -> 17, together):
#   0.6 (0.65)   106 / 99 (.934)    62 / 60 (.968)    .946   - calls "Buy Hoyle South Beach Solitaire" /
#   0.65 (0.7)   102 / 95 (.931)    53 / 51 (.962)    .942     "Hoyle Solitaire" (0.661) and "Lodge ...
#   0.7 (0.75)    92 / 86 (.935)    50 / 49 (.980)    .951     Dutch Oven 5 Qt" / "... Dutch Oven and
#   0.75 (0.8)    85 / 80 (.941)    48 / 47 (.979)    .955     Skillet Set 5 Qt" (0.679) the same
#   0.8 (0.85)    76 / 72 (.947)    42 / 42 (1.0)     .966     (tests/test_matching_nearmiss.py, s13_home)
# -> 0.7 (0.75); the calls 0.6-0.7 adds there are 26, 24 right (.923).  Leaving each file out:
# 0.7 (0.75) 473 / 455 (.962), 0.6 (0.65) 556 / 530 (.953) - .01-.03 above the time split, as
# session 16 found.  The figures of the shipped stage: ``matcher_model.json`` "learned" "time_split".
# After the session's merge (the multilingual and English rules of ml17 / en17 change which pairs
# reach the stage) the train command chose 0.75 (0.8): sessions < 16 -> 16 at 0.7 (0.75) 104 / 98
# (.942), < 17 -> 17 51 / 49, together .948 < .95; at 0.75 (0.8) 90 / 85 (.944), 48 / 47 (.979),
# together .957; leaving each file out 441 / 426 (.966).  The shipped thresholds are the model
# file's ("learned" "threshold", "threshold_thin"); the two below serve a stage trained without a
# time split (``validate=False``: the leave-one-dataset-out folds).
LEARNED_THRESHOLD = 0.7
LEARNED_THRESHOLD_THIN = 0.75
# the precision the stage's calls must keep on the time split (``choose_thresholds``); the
# thresholds above are where a stage trained without a time split (``validate=False``) calls
LEARNED_PRECISION = 0.93
LEARNED_PRECISION_POOLED = 0.95
# ... and leaving each file out (session 18).  At .95 the choice came to 0.6 (0.65): 659 / 627
# (.951) leaving each file out, 99 / 95 and 70 / 68 on sessions 17 and 18 - and the stage called
# the issue's own example "Buy Hoyle South Beach Solitaire" / "Hoyle Solitaire" the same (0.658;
# tests/test_matching_nearmiss.py).  The calls the stage adds between 0.75 and 0.5, leaving each
# file out, are .874 right: .96 keeps the thresholds where its calls are right ~24 times in 25.
# Session 20: with .96 the choice came to 0.65 (0.7), .964 leaving each file out (785 / 757) - but
# the calls it added below 0.7 (0.75) were 47 right of 51 (.92, under the stage's .93), and among
# them a Thai cup noodle against a pack of ten (tests/test_matching_s19b_ml.py).  .965 keeps
# 0.7 (0.75), where it has been since session 18: 734 / 710 (.967).
# Session 23 (40 files with train23a, the session's rules): the choice came to 0.65 (0.7) - leaving
# each file out 852 / 824 (.967; 0.7 (0.75) 801 / 774, .966; 0.75 (0.8) 735 / 714, .971), the time
# split 22 / 22 on train23a - but that stage, trained on every file, called five labelled near misses
# of its own files the same (Taylor Swift 1989 LP / CD, Parachute sheet set / duvet cover, Yankee
# Candle Clean Cotton / Soft Blanket, Alpen Gold plain / with hazelnuts, Expo chisel / fine tip
# markers), and at .97 (0.75 (0.8)) 90 right calls were lost for 9 wrong removed.  Session 22's
# stage (0.7 (0.75), 39 files) was kept: with the session's rules it calls none of those, and
# train23a, never trained on, measures it: 21 learned calls on it, all right.
# Session 25 (stage25): the narrow domain kept as shipped; a wider domain with trees of its own
# (``stage.judged_wide``, ``choose_wide_threshold``, ``WIDE_CURVE``; README "Session 25").  With 40
# files, the narrow domain retrained on its old columns: the choice came to 0.55 (0.6) (time split
# 38 / 36 on train22a, 25 / 24 on train23a; each file out 898 / 876) - not shipped, as in session 23;
# with the meaning columns in the same trees 0.75 (0.8): 41 / 40 and 29 / 28 against the shipped
# 0.7 (0.75)'s 32 / 32 and 21 / 21 - the calls added 15 right of 17 (.88): not shipped.
LEARNED_PRECISION_LEFT_OUT = 0.965
# the thresholds (every pair, thin pairs) ``train_learned`` also reports (time split and leaving
# each file out)
LOAO_CURVE = ((0.5, 0.55), (0.55, 0.6), (0.6, 0.65), (0.65, 0.7), (0.7, 0.75), (0.75, 0.8), (0.8, 0.85), (0.85, 0.9), (0.9, 0.95),
              (0.95, 0.95))
# the session of a pair file whose name carries none (``file_session``)
FILE_SESSIONS = {"near_dev.jsonl": 12}
# Session 15 (learn): wider gates tried, each at a third threshold for the rows the
# gate above leaves out, none kept.  Leaving each of 19 files out (the shipped trees'
# scores; today 209 called, 202 right): one shared identifying word enough (a brand,
# the rest in another language), 0.85: 219 / 212, the new rows 10 / 10 - but on two
# new authors' files measured after it (train15a / train15b, never trained on) 5 more
# called on train15b, 3 right (its Iberian set P .958 -> .923, Lebanese .920 -> .893);
# also both titles printing one identifying word the other lacks, 237 / 228, new rows
# 33 / 30 (.909; 0.875: 24 / 21; 0.9: 15 / 13 - the wrong ones, a colour, shampoo /
# conditioner, a flavour, score .88-.93); also a word after a shared number on one
# side, 250 / 241 (46 / 43), but "Forerunner 245 Music" / "Forerunner 245" called the
# same; two one-sided words on each side: leaving promap-cz out, two flavours of one
# treat called the same (P .926 -> .904); a model number in one title only, 277 / 268,
# but leaving Walmart-Amazon out 7 called, 1 right (P .964 -> .931: LG ranges and
# microwaves by their words, PNY drives of two colours).  Two columns for the stage
# only - the idf-weighted share of each title's identifying words the other never
# mentions, the larger and the smaller - lifted the new rows' precision (one-sided
# words and model numbers let in: 42 / 38 -> 54 / 51 at 0.85) but took the old rows
# from 209 / 202 to 204 / 198.


# (session 41, rt41) The pair files the learned stage is fitted on - by the train command, by its
# leave-one-dataset-out folds (``lodo``, which ``make bench``'s ``bench_matching.py`` runs) and by
# ``--stage-only`` alike: named here, never "whatever lies in benchmarks/pairs".  Until session 41
# ``read_pair_files()`` was the training input, every file of the folder, so a retrain would have fitted
# the stage on the held-out files (``heldout*``: each session's unseen check, then development files to
# mend rules by, never to fit on) and the attack files (``attack*``: pairs written against the matcher);
# ``HELD_BACK`` names them, and ``training_pair_files`` refuses them.  A new author's file joins by its
# name here (the time split of ``time_splits`` reads its session from the name).
HELD_BACK = ("heldout", "attack")
TRAINING_FILES = (
    "av40.jsonl", "cat38.jsonl", "cm39.jsonl", "co40.jsonl", "col37.jsonl", "col37b.jsonl", "dev10.jsonl",
    "dev11_accessory.jsonl", "dev11_electronics.jsonl", "dev11_household.jsonl",
    "dev11_multilingual.jsonl", "dev11_retail.jsonl", "dev11_software.jsonl", "dev12_accessory.jsonl",
    "dev12_homeml.jsonl", "dev16.jsonl", "dev9.jsonl", "dg37.jsonl", "en39.jsonl", "eu38.jsonl",
    "fs36.jsonl", "hh38.jsonl", "lb37.jsonl", "md40.jsonl", "near_dev.jsonl", "ou39.jsonl", "pc39.jsonl",
    "ph40.jsonl", "pr37.jsonl", "rev11.jsonl", "sh40.jsonl", "sw38.jsonl", "train12a.jsonl",
    "train12b.jsonl", "train13a.jsonl", "train13b.jsonl", "train14a.jsonl", "train14b.jsonl",
    "train15a.jsonl", "train15b.jsonl", "train16a.jsonl", "train16b.jsonl", "train17a.jsonl",
    "train17b.jsonl", "train18a.jsonl", "train18b.jsonl", "train19a.jsonl", "train19b.jsonl",
    "train20a.jsonl", "train20b.jsonl", "train21a.jsonl", "train21b.jsonl", "train22a.jsonl",
    "train23a.jsonl", "train26a.jsonl", "train29a.jsonl", "train30a.jsonl", "train30s.jsonl",
    "train31cz.jsonl", "train31gc.jsonl", "train31lb.jsonl", "train31s.jsonl", "train31us.jsonl",
    "train32bm.jsonl", "train32da.jsonl", "train32fs.jsonl", "train32fsb.jsonl", "train32hl.jsonl",
    "train32hp.jsonl", "train32sd.jsonl", "train33bc.jsonl", "train33eu.jsonl", "train33tb.jsonl",
    "train34hk.jsonl", "train34op.jsonl", "train35mend.jsonl", "train35pc.jsonl", "train35rc.jsonl",
    "train35tb.jsonl", "us38.jsonl", "we38.jsonl", "xl39.jsonl", "xl40.jsonl",
)


def read_pair_files(directory: str = PAIRS_DIR) -> dict:
    """{file name: [(offer a, offer b, 1 or 0)]} of the hand-labelled pair files
    (one JSON object a line: ``{"a": {...}, "b": {...}, "same": true|false}``)."""
    out = {}
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".jsonl"):
            continue
        rows = []
        with open(os.path.join(directory, name), encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    r = json.loads(line)
                    rows.append((r["a"], r["b"], int(bool(r["same"]))))
                except (ValueError, KeyError, TypeError) as error:
                    raise SystemExit(f"{name}:{n}: expected a JSON object with a, b and same ({error})")
        out[name] = rows
    return out


def training_pair_files(directory: str = PAIRS_DIR, names=TRAINING_FILES) -> dict:
    """{file name: [(offer a, offer b, 1 or 0)]} of the pair files the learned stage is fitted on
    (``TRAINING_FILES``; ``read_pair_files`` reads every file, for the checks).  A named file that is
    missing, or one of ``HELD_BACK``'s, is an error, not a silent change of the training data."""
    held = [n for n in names if n.startswith(HELD_BACK)]
    if held:
        raise SystemExit(f"held-out or attack files are never training inputs: {', '.join(held)}")
    missing = [n for n in names if not os.path.isfile(os.path.join(directory, n))]
    if missing:
        raise SystemExit(f"training pair files not found in {directory}: {', '.join(missing)}")
    allf = read_pair_files(directory)
    return {n: allf[n] for n in sorted(names)}


def _main_scores(clf):
    """The trees' probability of each row of a feature matrix, before calibration."""
    return lambda X: clf.predict_proba(model_columns(X))[:, 1] if len(X) else np.zeros(0)


def _learned_domain(X, main):
    """Rows the stage judges: no conflict, no identifying evidence, and alike by
    the trees ``main`` (the "weak" tier of ``rules.decide_matrix``)."""
    from .rules import conflict_reasons, evidence

    return (conflict_reasons(X) == 0) & (evidence(X) == 0) & (main(X) >= 0.5)


def _narrow_low(X, main):
    """(session 39, cm39) The narrow gate's rows below .5 the stage judges as the weak tier (session 36,
    ng36: no conflict, no evidence, the trees ``main`` in [``rules.NARROW_LOW``, .5))."""
    from .rules import NARROW_LOW, conflict_reasons, evidence, learned_gate

    p = main(X)
    return (conflict_reasons(X) == 0) & (evidence(X) == 0) & (p < 0.5) & (p >= NARROW_LOW) & learned_gate(X)


def _none_domain(X, main, offers):
    """(session 25, none25) Rows of the "none" tier - no conflict, no identifying evidence, the
    trees ``main`` below .5 - the wider domain may judge (``stage.none_candidates``; which of them
    it judges: ``stage.judged_none``)."""
    from .rules import conflict_reasons, evidence
    from .stage import none_candidates

    if not len(X):
        return np.zeros(0, dtype=np.int64)
    rows = np.flatnonzero((conflict_reasons(X) == 0) & (evidence(X) == 0) & (main(X) < 0.5))
    return none_candidates(X, rows, *offers)


def _fit_learned(X, y):
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(**LEARNED_PARAMS, early_stopping=False, random_state=0).fit(X, y)


def _narrow(S):
    """The columns of the stage's rows the narrow domain's trees read (``stage.NARROW_FEATURES``)."""
    from .stage import NARROW_FEATURES

    return S[:, :len(NARROW_FEATURES)]


def learned_accepts(stage: dict | None, X, main, offers) -> np.ndarray:
    """Rows of ``X`` the learned stage ``stage`` (as ``train_learned`` returns it)
    calls the same product - what ``rules.decide_matrix`` does with the shipped one
    (``offers``: the pairs' prepared offers, (a's, b's), as ``featurize_offers`` gives them)."""
    from .model import Trees
    from .rules import learned_gate
    from .stage import judged, judged_none, judged_wide, stage_rows

    out = np.zeros(len(X), dtype=bool)
    if not stage or not len(X):
        return out
    wide = bool(stage.get("gbt_wide"))
    # (session 39, cm39: and, as ``rules.decide_matrix`` since session 36's ng36, the narrow gate's rows the
    # trees put below .5 but at ``NARROW_LOW`` or more - judged as the weak tier; this mirror had left them
    # out, which ``test_training_and_serving_build_the_same_rows_and_decisions`` met on cm39.jsonl's rows)
    cand = np.flatnonzero(_learned_domain(X, main) & (learned_gate(X) | wide) | _narrow_low(X, main))
    # (session 25, none25: and the wider domain's "none" rows, ``_none_domain``)
    nc = _none_domain(X, main, offers) if wide else cand[:0]
    cand = np.concatenate([cand, nc])
    if len(cand):
        from .rules import learned_thresholds

        rows = stage_rows(X, cand, *offers)
        weak = np.arange(len(cand)) < len(cand) - len(nc)
        q = Trees(stage["gbt"], len(stage["features"])).predict(rows)
        take = weak & judged(rows) & (q >= learned_thresholds(X[cand], stage["threshold"], stage.get("threshold_thin", 1.01)))
        if wide:
            qw = Trees(stage["gbt_wide"], len(stage["features"])).predict(rows)
            # (session 27, stage27: the "none" rows at a threshold of their own, ``choose_none_threshold``)
            thr = np.where(weak, stage["threshold_wide"], stage.get("threshold_none", stage["threshold_wide"]))
            take |= np.where(weak, judged_wide(rows), judged_none(rows)) & (qw >= thr)
        out[cand[take]] = True
    return out


def file_session(name: str) -> int:
    """The session a pair file came in, by its name ("train16a.jsonl" -> 16, "dev11_software.jsonl"
    -> 11; ``FILE_SESSIONS`` for the names without one): the time split of ``time_splits``."""
    if name in FILE_SESSIONS:
        return FILE_SESSIONS[name]
    m = re.search(r"\d+", name)
    return int(m.group()) if m else 0


def _stage_calls(stage_fit, train, test, data, curve):
    """{(threshold, thin): [called, right]} of a stage fitted on the files ``train`` and scored
    on the files ``test`` (``data``: ``train_learned``'s rows), and {file: {(threshold, thin):
    [called, right]}}."""
    # (the narrow domain's trees: the "weak" rows - session 25, none25: not the "none" rows after them)
    clf = stage_fit(_narrow(np.vstack([data[k][0][~data[k][6]] for k in train])),
                    np.concatenate([data[k][1][~data[k][6]] for k in train]))
    # (session 25: ("wide", threshold) - the rows of the wider domain, ``stage.judged_wide``,
    # by trees of their own fitted on the wider domain's rows, every column)
    clf_w = None
    if any(t == "wide" for t, _ in curve):
        Sw = [data[k][0][_wide_fit_rows(data[k])] for k in train]
        yw = np.concatenate([data[k][1][_wide_fit_rows(data[k])] for k in train])
        if len(set(yw.tolist())) == 2:
            clf_w = stage_fit(np.vstack(Sw), yw)
    out = {t: [0, 0] for t in curve}
    per = {}
    for name in test:
        S, y, gate, X, wide, _, none = data[name]
        q = clf.predict_proba(_narrow(S))[:, 1] if len(S) else np.zeros(0)
        qw = clf_w.predict_proba(S)[:, 1] if len(S) and clf_w is not None else np.zeros(len(S))
        per[name] = {}
        for (t, tt), v in out.items():
            if t in ("wide", "none"):
                # (("none", threshold): the wider domain's calls on "none" rows alone - session 25, none25)
                a = wide & (qw >= tt) & (none if t == "none" else True)
            else:
                a = gate & (q >= learned_thresholds_of(X, t, tt))
            c, r = int(a.sum()), int((a & (y == 1)).sum())
            v[0] += c
            v[1] += r
            per[name][(t, tt)] = [c, r]
    return out, per


def learned_thresholds_of(X, t, tt):
    from .rules import learned_thresholds

    return learned_thresholds(X, t, tt) if len(X) else np.zeros(0)


def time_splits(data: dict, curve=LOAO_CURVE, log=print, stage_fit=None) -> dict:
    """The learned stage's honest validation (session 17): trained on the pair files of the
    sessions before one and scored on that session's files, for each of the last two sessions
    (and the converse: trained on the files of session 12 on, scored on those of sessions 9-11).
    Leaving one file out says more than it should: the rules were developed on those files, so
    the pairs that reach the stage are in-sample for the rules; a later session's files were
    not developed on when the earlier files' stage is scored on them - the closest the files
    come to shops and kinds never seen.  ``data``: ``train_learned``'s rows by file.  Returns
    {split name: {"curve": {(threshold, thin): [called, right]}, "files": {file: [called, right]
    at the shipped thresholds]}}."""
    stage_fit = stage_fit or _fit_learned
    sessions = sorted({file_session(n) for n in data})
    splits = {}
    for s in sessions[-2:]:
        train = [n for n in data if file_session(n) < s]
        test = [n for n in data if file_session(n) == s]
        if train and test:
            splits[f"sessions < {s} -> {s}"] = (train, test)
    early = [n for n in data if file_session(n) <= 11]
    late = [n for n in data if file_session(n) >= 12]
    if early and late:
        splits["sessions >= 12 -> 9-11"] = (late, early)
    out = {}
    for label, (train, test) in splits.items():
        if len({int(v) for k in train for v in data[k][1]}) < 2:
            continue
        c, per = _stage_calls(stage_fit, train, test, data, curve)
        out[label] = {"curve": c, "files": per}
    return out


def choose_thresholds(splits: dict, curve=LOAO_CURVE, floor: float = None, pooled: float = None,
                      left_out: dict = None):
    """The learned stage's thresholds (every pair, thin pairs) by the time split (session 17): of
    ``curve``'s pairs, the lowest threshold at which, and at every higher one, the stage's calls
    on each of the last two sessions' files - scored by a stage trained on the sessions before
    it (``time_splits``) - are right ``floor`` (``LEARNED_PRECISION``) of the time or more, and
    on both together ``pooled`` (``LEARNED_PRECISION_POOLED``); and (session 18) where
    ``left_out`` gives the calls leaving each file out ({threshold: [called, right]}), those
    ``LEARNED_PRECISION_LEFT_OUT`` right: both measures of files the stage never saw must hold,
    precision first (in session 18 the time split alone took the curve's lowest threshold, whose
    calls leaving each file out were .942 right, and the calls it added below 0.75 .874).  The
    highest when none holds."""
    floor = LEARNED_PRECISION if floor is None else floor
    pooled = LEARNED_PRECISION_POOLED if pooled is None else pooled
    later = [v["curve"] for lab, v in splits.items() if lab.startswith("sessions <")]
    order = sorted(curve, reverse=True)
    chosen = order[0]
    if not later:
        return chosen
    for t in order:
        c = sum(v[t][0] for v in later)
        r = sum(v[t][1] for v in later)
        if (c and r / c < pooled) or any(v[t][0] and v[t][1] / v[t][0] < floor for v in later):
            break
        if left_out is not None and left_out[t][0] and (
                left_out[t][1] / left_out[t][0] < LEARNED_PRECISION_LEFT_OUT):
            break
        chosen = t
    return chosen


# (session 25, stage25) the thresholds of the stage's wider domain (``stage.judged_wide``) the
# train command measures, and the precision its calls must keep on the time split (each of the last
# two sessions' files, and pooled) and leaving each file out (``choose_wide_threshold``)
WIDE_CURVE = tuple(("wide", t) for t in (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.925, 0.95, 0.97, 0.98, 0.99))
WIDE_PRECISION = 0.95
# (session 25, none25) the wider domain judges "none" rows too (``stage.judged_none``); NONE_CURVE: its
# calls on those rows alone, reported beside WIDE_CURVE's
NONE_ROWS = True
NONE_CURVE = tuple(("none", t) for _, t in WIDE_CURVE)
# whether the wider domain's trees are fitted on its "none" rows too (else on its "weak" rows alone,
# as in stage25, and only judge the "none" rows).  Measured (none25): fitted on both, the rule chose
# 0.9 - time split 3 / 3, 3 / 3, 5 / 5, each file out 95 / 92 ("none" rows 7 / 7) -, but the lower
# threshold's "weak" calls added two wrong ones on the labelled pairs (a 2-pack / one memory card,
# Guaraná Antarctica / Antarctica Zero): fitted on the "weak" rows, 0.925 kept, each file out 75 / 73
# ("none" rows 3 / 3), the time split unchanged (no "none" row called).
NONE_FIT = False


def _wide_fit_rows(d):
    """The rows of one file's stage data (``stage_data``) the wider domain's trees are fitted on."""
    return d[5] if NONE_FIT else d[5] & ~d[6]


def choose_wide_threshold(splits: dict, left_out: dict = None, floor: float = None):
    """The wider domain's threshold (session 25): as ``choose_thresholds``, the lowest of
    ``WIDE_CURVE`` at which, and at every higher one, the wide rows' calls on each of the last two
    sessions' files (a stage trained on the sessions before) and on both together are right
    ``WIDE_PRECISION`` of the time, and leaving each file out too; ("wide", 2.0) - no wider domain -
    when even the highest does not hold."""
    return _lowest_holding(WIDE_CURVE, ("wide", 2.0), splits, left_out, floor)


def _lowest_holding(curve, none_held, splits: dict, left_out: dict = None, floor: float = None):
    """The lowest threshold of ``curve`` at which, and at every higher one, the calls on each of the
    last two sessions' files (a stage trained on the sessions before), on both together and leaving
    each file out are right ``floor`` of the time (``WIDE_PRECISION``); ``none_held`` when even the
    highest does not hold (``choose_wide_threshold``, ``choose_none_threshold``)."""
    floor = WIDE_PRECISION if floor is None else floor
    later = [v["curve"] for lab, v in splits.items() if lab.startswith("sessions <")]
    chosen = none_held
    if not later:
        return chosen
    for t in sorted(curve, key=lambda x: -x[1]):
        c = sum(v[t][0] for v in later)
        r = sum(v[t][1] for v in later)
        if (c and r / c < floor) or any(v[t][0] and v[t][1] / v[t][0] < floor for v in later):
            break
        if left_out is not None and left_out[t][0] and left_out[t][1] / left_out[t][0] < floor:
            break
        chosen = t
    return chosen


# (session 27, stage27) the wider domain's "none" rows (``stage.judged_none``) at a threshold of their own.
# The trees are fitted on the domain's "weak" rows (``NONE_FIT`` False) and judge the "none" rows, which
# pass stricter conditions (the brands agree, a word of letters and digits shared, every word with a
# digit of each title read in the other): one threshold for both left the "none" rows' calls at the
# weak rows' 0.925 - 6 / 6 leaving each file out, where 0.75 calls 14 / 14 (README "Session 27").
NONE_OWN_THRESHOLD = True


def choose_none_threshold(splits: dict, left_out: dict = None, floor: float = None, wide=None):
    """The threshold of the wider domain's "none" rows (session 27, stage27): the rule of
    ``choose_wide_threshold`` on their own calls (``NONE_CURVE``) - the lowest at which, and at every
    higher one, the "none" rows' calls on each of the last two sessions' files (a stage trained on the
    sessions before), on both together and leaving each file out are right ``WIDE_PRECISION`` of the
    time; ``wide`` (the weak rows' threshold) without ``NONE_OWN_THRESHOLD``."""
    if not NONE_OWN_THRESHOLD:
        return ("none", wide[1] if wide is not None else 2.0)
    return _lowest_holding(NONE_CURVE, ("none", 2.0), splits, left_out, floor)


# (session 41, ts41) The thresholds chosen by leaving FILES out (``CHOOSER = "files"``).  The rules above
# (``choose_thresholds``, ``_lowest_holding``) walk down from the highest threshold and stop at the first
# whose calls on a later session's files fall under a floor - and those are ~15 calls: in session 41 one
# md40 call wrong at every threshold of ``sessions < 40 -> 40`` (0.95 (0.95) 4 / 3 up to 0.7 (0.75)
# 15 / 14) made the retrained stage fall back to 0.95 (rt41), though leaving each of the 83 files out
# 0.7 (0.75) was .986 right of 943 calls.  ``choose_by_files`` reads the pooled calls of every training
# file, each scored by a stage fitted without that file (``train_learned``'s ``curve``), and two
# principles:
#   * a precision floor f is judged on a set of calls only when one wrong call alone cannot put it under
#     f - at least ceil(1 / (1 - f)) calls (``min_calls``: 15 for .93, 20 for .95, 29 for .965); a
#     smaller set neither stops the walk nor decides (it has not measured f yet);
#   * walking down from the highest threshold, the calls each step ADDS (pooled over every file left out:
#     the band between it and the threshold above) must be right ``BAND_PRECISION`` of the time - the
#     stage's floor, .93 - or the walk stops (session 18: the calls 0.75 -> 0.5 added were .874 right
#     though the pooled precision there stayed above .95); the time split still vetoes, judged by the
#     same size rule (each later session at ``LEARNED_PRECISION`` / ``WIDE_PRECISION``, both together at
#     ``LEARNED_PRECISION_POOLED`` / ``WIDE_PRECISION``).
# Of the thresholds walked, the lowest whose pooled calls leaving each file out are right the target
# (``LEARNED_PRECISION_LEFT_OUT`` for the narrow domain, ``WIDE_PRECISION`` for the wider domain and its
# "none" rows); the curve's highest (narrow) or none at all (wider domain) when none is.
CHOOSER = "files"
BAND_PRECISION = LEARNED_PRECISION


def min_calls(floor: float) -> int:
    """The fewest calls on which a precision floor is judged: one wrong call alone cannot put them under
    ``floor`` (``(n - 1) / n >= floor``)."""
    n = 1
    while (n - 1) / n < floor - 1e-12:
        n += 1
    return n


def _holds(cr, floor: float) -> bool:
    """[called, right] meets ``floor``, or is too few calls to judge it (``min_calls``)."""
    c, r = cr
    return c < min_calls(floor) or r / c >= floor - 1e-12


def _curve_order(curve):
    return sorted(curve, key=lambda t: (t[1],) if isinstance(t[0], str) else tuple(t), reverse=True)


def choose_by_files(left_out: dict, curve, target: float, fallback, splits: dict = None,
                    band: float = None, floor: float = None, pooled: float = None):
    """The threshold of ``curve`` chosen by leaving files out (session 41, ts41; the comment above):
    ``left_out`` {threshold: [called, right]} pooled over every training file, each scored by a stage
    fitted without it; walking down from the highest, stop where the calls a step adds are under
    ``band`` (``BAND_PRECISION``) or a later session's time split is under ``floor`` (both together
    ``pooled``), each judged only on ``min_calls`` calls or more; of the thresholds walked, the lowest
    whose pooled calls meet ``target``; ``fallback`` when none does."""
    band = BAND_PRECISION if band is None else band
    floor = LEARNED_PRECISION if floor is None else floor
    pooled = LEARNED_PRECISION_POOLED if pooled is None else pooled
    later = [v["curve"] for lab, v in (splits or {}).items() if lab.startswith("sessions <")]
    chosen = fallback
    prev = (0, 0)
    for t in _curve_order(curve):
        c, r = left_out[t]
        if not _holds((c - prev[0], r - prev[1]), band):
            break
        if later and (not all(_holds(v[t], floor) for v in later)
                      or not _holds((sum(v[t][0] for v in later), sum(v[t][1] for v in later)), pooled)):
            break
        prev = (c, r)
        if c and _holds((c, r), target):
            chosen = t
    return chosen


def log_wide(splits: dict, left_out: dict, chosen, log=print):
    if log:
        labels = list(splits)
        log("learned stage, wider domain (session 25: stage.judged_wide), called same / right:")
        log("  " + f"{'threshold':12s}" + "".join(f"{lab:>28s}" for lab in labels) + f"{'each file out':>24s}")
        for t in WIDE_CURVE:
            log("  " + f"{t[1]:<12.3f}" + "".join(
                f"{splits[lab]['curve'][t][0]:>14d} / {splits[lab]['curve'][t][1]:4d} ({_prec(splits[lab]['curve'][t]):.3f})"
                for lab in labels) + f"{left_out[t][0]:>10d} / {left_out[t][1]:4d} ({_prec(left_out[t]):.3f})")
        log("  of them on \"none\" rows (session 25, none25: stage.judged_none):")
        for t in NONE_CURVE:
            log("  " + f"{t[1]:<12.3f}" + "".join(
                f"{splits[lab]['curve'][t][0]:>14d} / {splits[lab]['curve'][t][1]:4d} ({_prec(splits[lab]['curve'][t]):.3f})"
                for lab in labels) + f"{left_out[t][0]:>10d} / {left_out[t][1]:4d} ({_prec(left_out[t]):.3f})")
        log(f"  chosen: {chosen[1]}")


def log_time_splits(out: dict, chosen, curve=LOAO_CURVE, log=print):
    if log:
        log("learned stage, time split (trained on earlier sessions' files, scored on a later session's; "
            "called same / right, precision), thresholds (thin pairs):")
        labels = list(out)
        log("  " + f"{'thresholds':12s}" + "".join(f"{lab:>28s}" for lab in labels))
        for t in curve:
            log("  " + f"{t[0]:.2f} ({t[1]:.2f})" + "".join(
                f"{out[lab]['curve'][t][0]:>14d} / {out[lab]['curve'][t][1]:4d} ({_prec(out[lab]['curve'][t]):.3f})"
                for lab in labels))
        for lab in labels:
            log(f"  {lab}, at {chosen[0]} ({chosen[1]}): " + ", ".join(
                f"{n} {v[chosen][0]} / {v[chosen][1]}" for n, v in out[lab]["files"].items()))


def _prec(v):
    return v[1] / v[0] if v[0] else 0.0


def stage_data(files: dict, main) -> dict:
    """{file: (stage rows, labels, gate, feature rows)} of the pairs the learned stage may judge
    (``_learned_domain``: the "weak" tier), features with the vocabulary currently loaded; the
    gate: ``rules.learned_gate`` and ``stage.judged``."""
    from .rules import learned_gate
    from .stage import judged, judged_none, judged_wide, stage_rows

    data = {}
    for name, rows in files.items():
        if not rows:
            continue
        X, pa, pb = featurize_offers(rows)
        y = np.array([r[2] for r in rows], dtype=np.int64)
        dom = np.flatnonzero(_learned_domain(X, main))
        # (session 25, none25: and the "none" rows the wider domain may judge, after them)
        nd = _none_domain(X, main, (pa, pb)) if NONE_ROWS else dom[:0]
        weak = np.arange(len(dom) + len(nd)) < len(dom)
        dom = np.concatenate([dom, nd])
        # (the stage's rows as ``rules.decide_matrix`` builds them; its gate and
        # thresholds read the feature matrix's columns)
        S = stage_rows(X, dom, pa, pb)
        data[name] = (S, y[dom], weak & learned_gate(X[dom]) & judged(S), X[dom],
                      np.where(weak, judged_wide(S), judged_none(S)),
                      np.where(weak, judged_wide(S, True), judged_none(S, True)), ~weak)
    return data


def train_learned(files: dict, main, log=print, validate: bool = True) -> dict | None:
    """The learned stage from hand-labelled pair files (features with the
    vocabulary currently loaded; ``main`` the trees' scores), with its
    leave-one-file-out figures and (``validate``) the time split's (``time_splits``)."""
    from .stage import STAGE_FEATURES

    data = stage_data(files, main)
    if len(data) < 2 or len({int(t) for v in data.values() for t in v[1]}) < 2:
        return None
    splits = time_splits(data, curve=(*LOAO_CURVE, *WIDE_CURVE, *NONE_CURVE)) if validate else {}
    # leaving each file out, every threshold of the curve (and the constants ``validate=False`` uses)
    curve = {t: [0, 0] for t in (*LOAO_CURVE, (LEARNED_THRESHOLD, LEARNED_THRESHOLD_THIN), *WIDE_CURVE, *NONE_CURVE)}
    per_file = {}
    for name in data:
        others = [k for k in data if k != name]
        c, per = _stage_calls(_fit_learned, others, [name], data, list(curve))
        for t, v in c.items():
            curve[t][0] += v[0]
            curve[t][1] += v[1]
        per_file[name] = per[name]
    if validate and CHOOSER == "files":
        # (session 41, ts41: leaving files out, ``choose_by_files``)
        chosen = choose_by_files(curve, LOAO_CURVE, LEARNED_PRECISION_LEFT_OUT, max(LOAO_CURVE), splits)
        wide = choose_by_files(curve, WIDE_CURVE, WIDE_PRECISION, ("wide", 2.0), splits,
                               floor=WIDE_PRECISION, pooled=WIDE_PRECISION)
        none = (choose_by_files(curve, NONE_CURVE, WIDE_PRECISION, ("none", 2.0), splits,
                                floor=WIDE_PRECISION, pooled=WIDE_PRECISION)
                if NONE_OWN_THRESHOLD else ("none", wide[1]))
    else:
        chosen = (choose_thresholds(splits, left_out=curve) if validate
                  else (LEARNED_THRESHOLD, LEARNED_THRESHOLD_THIN))
        wide = choose_wide_threshold(splits, left_out=curve) if validate else ("wide", 2.0)
        none = choose_none_threshold(splits, left_out=curve, wide=wide) if validate else ("none", 2.0)
    log_time_splits(splits, chosen, log=log)
    log_wide(splits, curve, wide, log=log)
    if log:
        log(f"  \"none\" rows (session 27, stage27: choose_none_threshold): {none[1]}")
    left_out = {}
    called = right = 0
    for name in data:
        cn, rn = per_file[name][chosen]
        called += cn
        right += rn
        left_out[name] = {"no_evidence": int((~data[name][6]).sum()), "matches": int(data[name][1][~data[name][6]].sum()),
                          "called_same": cn, "right": rn}
    X = np.vstack([v[0] for v in data.values()])
    y = np.concatenate([v[1] for v in data.values()])
    W = np.concatenate([_wide_fit_rows(v) for v in data.values()])
    N = np.concatenate([v[6] for v in data.values()])
    clf = _fit_learned(_narrow(X[~N]), y[~N])
    gbt = export_trees(clf)
    clf_w = _fit_learned(X[W], y[W]) if wide[1] <= 1.0 else None
    gbt_w = export_trees(clf_w) if clf_w is not None else None
    from .model import Trees

    err = float(np.abs(Trees(gbt, len(STAGE_FEATURES)).predict(X) - clf.predict_proba(_narrow(X))[:, 1]).max())
    if clf_w is not None:
        err = max(err, float(np.abs(Trees(gbt_w, len(STAGE_FEATURES)).predict(X) - clf_w.predict_proba(X)[:, 1]).max()))
    if err > 1e-6:
        raise SystemExit(f"exported trees of the learned stage disagree with scikit-learn (max error {err:.2e})")
    score = right / called if called else 0.0
    if log:
        log(f"learned stage: {len(gbt['trees'])} trees on {int((~N).sum())} pairs without evidence of {len(data)} "
            f"files; thresholds by the time split and leaving each file out {chosen[0]} "
            f"(two shared identifying words: {chosen[1]}); "
            f"leaving each file out, {called} called same, {right} right "
            f"(precision {score:.3f}):")
        for name, v in left_out.items():
            log(f"  left out {name:28s} {v['no_evidence']:4d} without evidence, {v['matches']:4d} matches, "
                f"called same {v['called_same']:3d}, right {v['right']:3d}")
        log("  other thresholds (thin pairs), leaving each file out: " + "; ".join(
            f"{t} ({tt}): {c} / {r} ({r / c if c else 0:.3f})" for (t, tt), (c, r) in curve.items()))
    out = {"gbt": gbt, "threshold": chosen[0], "threshold_thin": chosen[1],
            "score": round(score, 4),
            "features": STAGE_FEATURES, "trained_on": sorted(data), "left_out": left_out,
            "time_split": {lab: {"called_same": v["curve"][chosen][0], "right": v["curve"][chosen][1],
                                 "curve": {f"{t} ({tt})": cr for (t, tt), cr in v["curve"].items()}}
                           for lab, v in splits.items()}}
    if gbt_w is not None:
        # (session 25: the wider domain's trees and calls; the ``left_out`` figures above are the narrow domain's)
        out["gbt_wide"] = gbt_w
        out["threshold_wide"] = wide[1]
        out["wide"] = {"left_out": curve[wide], "time_split": {lab: v["curve"][wide] for lab, v in splits.items()}}
        # (session 27, stage27: the "none" rows' threshold and their calls at it)
        out["threshold_none"] = none[1]
        # (("none", 2.0) - no "none" rows called - when no threshold of theirs holds: figures [0, 0])
        out["none"] = {"left_out": curve.get(none, [0, 0]),
                       "time_split": {lab: v["curve"].get(none, [0, 0]) for lab, v in splits.items()}}
    return out


def train_stage_only(out: str, write: bool = True, log=print, wide_only: bool = False,
                     none_only: bool = False) -> dict | None:
    """``train_learned`` on the shipped model's vocabulary and trees (what ``train_final``
    rebuilds from the same data), written into the model file ``out``.  ``wide_only`` (session 25):
    the shipped stage's narrow domain - its trees, thresholds and figures - kept as it is, only the
    wider domain's trees and threshold trained (``--wide-only``).  ``none_only`` (session 27): the
    wider domain's trees and "weak" rows' threshold kept too, only the "none" rows' threshold chosen
    (``choose_none_threshold``, ``--none-only``)."""
    from .stage import NARROW_FEATURES, STAGE_FEATURES

    with open(out, encoding="utf-8") as fh:
        shipped = json.load(fh)
    if (shipped.get("learned") or {}).get("features", STAGE_FEATURES) != STAGE_FEATURES:
        # (session 25: a stage of other columns cannot be loaded - ``features._check_model`` -, and
        # the vocabulary and trees it is retrained on do not depend on it: loaded without it)
        tmp = out + ".stage.tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump({k: v for k, v in shipped.items() if k != "learned"}, fh, separators=(",", ":"))
        try:
            res = reload(tmp)
        finally:
            os.remove(tmp)
    else:
        res = reload(out)
    learned = train_learned(training_pair_files(), lambda X: res.raw_scores(X) if len(X) else np.zeros(0), log=log)
    if none_only and learned:
        kept = shipped.get("learned") or {}
        if kept.get("features") != STAGE_FEATURES or not kept.get("gbt_wide"):
            raise SystemExit("--none-only: the shipped stage has no wider domain of these columns; use --wide-only")
        learned = {**{k: v for k, v in kept.items() if k not in ("threshold_none", "none")},
                   **{k: learned[k] for k in ("threshold_none", "none") if k in learned}}
        log(f"kept the shipped stage (narrow {kept.get('threshold')} ({kept.get('threshold_thin')}), wider domain "
            f"{kept.get('threshold_wide')}); \"none\" rows: {learned.get('threshold_none')}")
    elif wide_only and learned:
        kept = shipped.get("learned") or {}
        if kept.get("features", [])[:len(NARROW_FEATURES)] != NARROW_FEATURES:
            raise SystemExit("--wide-only: the shipped stage's trees read other columns; retrain it whole")
        wk = ("gbt_wide", "threshold_wide", "wide", "threshold_none", "none")
        learned = {**{k: v for k, v in kept.items() if k not in wk},
                   "features": STAGE_FEATURES,
                   **{k: learned[k] for k in wk if k in learned}}
        log(f"kept the shipped narrow domain ({kept.get('threshold')} ({kept.get('threshold_thin')})); "
            f"wider domain: {'threshold ' + str(learned['threshold_wide']) if 'gbt_wide' in learned else 'none'}")
    if write and learned:
        with open(out, encoding="utf-8") as fh:
            model = json.load(fh)
        model["learned"] = learned
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(model, fh, separators=(",", ":"))
        log(f"wrote the learned stage into {out}")
    return learned


def format_table(rows) -> str:
    lines = [f"  {'score band':12s} {'pairs':>6s} {'predicted':>9s} {'observed':>9s}"]
    for r in rows:
        lo, hi = r["band"]
        pred = "" if r["predicted"] is None else f"{r['predicted']:.3f}"
        obs = "" if r["observed"] is None else f"{r['observed']:.3f}"
        lines.append(f"  {lo:.2f}-{hi:.2f}    {r['pairs']:6d} {pred:>9s} {obs:>9s}")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lodo-only", action="store_true")
    ap.add_argument("--no-lodo", action="store_true")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--stage-only", action="store_true",
                    help="retrain the learned stage only (the shipped vocabulary and trees), with its validation")
    ap.add_argument("--wide-only", action="store_true",
                    help="as --stage-only, but keep the shipped stage's narrow domain: train its wider domain only")
    ap.add_argument("--none-only", action="store_true",
                    help="as --wide-only, but keep the shipped wider domain's trees and threshold too: "
                         "choose the threshold of its \"none\" rows only (session 27)")
    ap.add_argument("--chooser", choices=("files", "time"), default=None,
                    help="how the learned stage's thresholds are chosen: leaving files out (choose_by_files, "
                         "session 41) or by the time split (choose_thresholds, sessions 17-40)")
    ap.add_argument("--no-rules", action="store_true", help="LODO of the learned model alone")
    ap.add_argument("--threshold", type=float, default=0.5,
                    help="decision threshold on the calibrated score (default 0.5)")
    ap.add_argument("--search-threshold", action="store_true",
                    help="choose the threshold on inner out-of-fold scores instead")
    ap.add_argument("--calibration", choices=CAL_METHODS, default=None,
                    help="how the allowed pairs' map is fitted (default: CAL_METHOD)")
    ap.add_argument("--weak-calibration", choices=("constant", "cross"), default=None,
                    help="pairs without identifying evidence: one share, or mapped by score")
    ap.add_argument("--out", default=MODEL_PATH)
    args = ap.parse_args(argv)
    global CAL_METHOD, WEAK_METHOD, CHOOSER
    CHOOSER = args.chooser or CHOOSER
    CAL_METHOD = args.calibration or CAL_METHOD
    WEAK_METHOD = args.weak_calibration or WEAK_METHOD
    global USE_RULES
    USE_RULES = not args.no_rules
    global FIXED_THRESHOLD
    FIXED_THRESHOLD = None if args.search_threshold else args.threshold
    t0 = time.time()
    if args.stage_only or args.wide_only or args.none_only:
        if not os.path.isfile(args.out):
            # (session 31: one line, no traceback - these modes update a model file in place)
            print(f"train: --out {args.out}: no model file there to update (--stage-only, --wide-only and "
                  f"--none-only keep its trees: copy {MODEL_PATH} there first)", file=sys.stderr)
            return 2
        train_stage_only(args.out, write=not args.dry_run, wide_only=args.wide_only, none_only=args.none_only)
        print(f"done in {time.time() - t0:.0f}s")
        return
    data = load_datasets()
    tmp = args.out + ".tmp"
    try:
        if not args.no_lodo:
            print("leave-one-dataset-out (vocabulary, trees, calibration, threshold from the other sets):")
            lodo(data, tmp)
        if not args.lodo_only:
            train_final(data, args.out, tmp, write=not args.dry_run)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
        try:
            reload(args.out)
        except (OSError, ValueError) as exc:
            print(f"note: {exc}")
    print(f"done in {time.time() - t0:.0f}s")


if __name__ == "__main__":
    sys.exit(main())
