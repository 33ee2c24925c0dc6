"""Train the title-similarity model of crawler.matching and write matcher_model.json.

    python benchmarks/train_matcher.py            # train, tune on valid, write the model
    python benchmarks/train_matcher.py --dry-run  # report only

Data: the TRAIN splits of abt-buy, walmart-amazon, walmart-amazon-dirty and
wdc-computers (medium) fit the trees; the VALID splits choose the tree count,
depth and the decision threshold.  Test splits are never read here.

Output (crawler/matching/matcher_model.json, plain JSON): token document
frequencies (TF-IDF), brand names seen in training, the boosted trees as node
arrays and the threshold.  No pickle, so any scikit-learn version can retrain
it and no scikit-learn is needed to use it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import numpy as np  # noqa: E402

from crawler.matching import normalize as N  # noqa: E402
from crawler.matching.ditto import read_pairs  # noqa: E402
from crawler.matching.model import MODEL_PATH, reload  # noqa: E402

DATA = os.environ.get(
    "PRICELENS_MATCHING_DATA",
    os.path.join(os.path.dirname(ROOT), "shared", "datasets", "matching"),
)
if not os.path.isdir(DATA):
    DATA = "/work/shared/datasets/matching"

SPLITS = {
    "abt-buy": ("train.txt", "valid.txt"),
    "walmart-amazon": ("train.txt", "valid.txt"),
    "walmart-amazon-dirty": ("train.txt", "valid.txt"),
    "wdc-computers": ("train.txt.medium", "valid.txt.medium"),
}

_BRAND_BAD = set(N.COLOURS) | set(N.VARIANTS) | {
    "new", "digital", "video", "audio", "pro", "the", "universal", "mobile", "home", "power",
    "smart", "black", "white", "case", "cable", "network", "wireless", "usb", "hd", "tv",
    "camera", "memory", "computer", "speaker", "speakers", "kit", "pack", "set", "generic",
    "other", "na", "none", "unknown", "micro", "mini", "ultra", "global", "premium", "best",
}


def load(split_index: int) -> dict:
    out = {}
    for name, files in SPLITS.items():
        out[name] = read_pairs(os.path.join(DATA, name, files[split_index]))
    return out


def build_vocab(train: dict) -> dict:
    """Document frequencies of title words over the distinct training offers."""
    seen = set()
    df: Counter = Counter()
    brands: Counter = Counter()
    for pairs in train.values():
        for a, b, _ in pairs:
            for o in (a, b):
                t = o.get("title") or ""
                if t in seen:
                    continue
                seen.add(t)
                df.update(set(N.words(N.clean(t))))
                nb = N.norm_brand(o.get("brand"))
                if nb:
                    brands[nb] += 1
    keep = {t: c for t, c in df.items() if c >= 2}
    brand_list = sorted(
        b for b, c in brands.items()
        if c >= 2 and len(b) >= 2 and b not in _BRAND_BAD and not b.isdigit()
    )
    return {"n_docs": len(seen), "df": dict(sorted(keep.items())), "brands": brand_list}


def featurize(pairs):
    from crawler.matching.features import pair_features, prepare

    X = np.array([pair_features(prepare(a), prepare(b)) for a, b, _ in pairs], dtype=np.float64)
    y = np.array([lab for _, _, lab in pairs], dtype=np.int64)
    return X, y


def f1_at(p, y, t):
    pred = p >= t
    tp = int((pred & (y == 1)).sum())
    fp = int((pred & (y == 0)).sum())
    fn = int((~pred & (y == 1)).sum())
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return (2 * prec * rec / (prec + rec) if prec + rec else 0.0), prec, rec


def export_trees(clf) -> dict:
    """GradientBoostingClassifier -> JSON node arrays (learning rate folded in)."""
    lr = float(clf.learning_rate)
    trees = []
    for est in clf.estimators_[:, 0]:
        t = est.tree_
        feat = t.feature.tolist()
        trees.append({
            "f": [int(f) if f >= 0 else -1 for f in feat],
            "t": [round(float(x), 6) for x in t.threshold.tolist()],
            "l": t.children_left.tolist(),
            "r": t.children_right.tolist(),
            "v": [round(float(v[0][0]) * lr, 6) for v in t.value],
        })
    return {"trees": trees}


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--out", default=MODEL_PATH)
    args = ap.parse_args(argv)

    t0 = time.time()
    train, valid = load(0), load(1)
    vocab = build_vocab(train)
    print(f"vocab: {len(vocab['df'])} tokens from {vocab['n_docs']} offers, {len(vocab['brands'])} brands")

    # features need the vocabulary: write a model file without trees first
    base = {"version": 1, **vocab}
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(base, fh)
    reload(tmp)
    from crawler.matching.features import FEATURE_NAMES

    Xtr, ytr, Xva, yva, dtr, dva = [], [], [], [], [], []
    for name in SPLITS:
        X, y = featurize(train[name])
        Xtr.append(X)
        ytr.append(y)
        dtr += [name] * len(y)
        X, y = featurize(valid[name])
        Xva.append(X)
        yva.append(y)
        dva += [name] * len(y)
    Xtr, ytr, Xva, yva = np.vstack(Xtr), np.concatenate(ytr), np.vstack(Xva), np.concatenate(yva)
    dtr, dva = np.array(dtr), np.array(dva)
    print(f"features: train {Xtr.shape}, valid {Xva.shape} in {time.time() - t0:.1f}s")

    from sklearn.ensemble import GradientBoostingClassifier

    best = None
    for depth in (3, 4, 5):
        for n_est in (150, 300):
            clf = GradientBoostingClassifier(
                n_estimators=n_est, max_depth=depth, learning_rate=0.1, subsample=0.8,
                min_samples_leaf=5, random_state=0,
            )
            clf.fit(Xtr, ytr)
            p = clf.predict_proba(Xva)[:, 1]
            # one threshold for every source: choose it on the mean per-dataset F1
            best_t, best_m = 0.5, -1.0
            for t in np.arange(0.2, 0.81, 0.02):
                m = np.mean([f1_at(p[dva == d], yva[dva == d], t)[0] for d in SPLITS])
                if m > best_m:
                    best_t, best_m = float(t), m
            per = {d: round(f1_at(p[dva == d], yva[dva == d], best_t)[0], 3) for d in SPLITS}
            print(f"depth={depth} n={n_est}: valid mean F1 {best_m:.4f} at t={best_t:.2f} {per}")
            if best is None or best_m > best[0] + 1e-4:
                best = (best_m, depth, n_est, best_t, clf)
    best_m, depth, n_est, thr, clf = best
    print(f"chosen depth={depth} n={n_est} t={thr:.2f} (valid mean F1 {best_m:.4f})")
    imp = sorted(zip(clf.feature_importances_, FEATURE_NAMES), reverse=True)
    print("importance:", ", ".join(f"{n}={v:.3f}" for v, n in imp[:15]))

    gbt = export_trees(clf)
    # the initial log-odds: recover it from sklearn's own raw prediction
    raw = clf.decision_function(Xva[:50])
    tree_sum = np.zeros(50)
    for est in clf.estimators_[:, 0]:
        tree_sum += est.predict(Xva[:50]) * clf.learning_rate
    init = float(np.median(raw - tree_sum))
    gbt["init"] = init

    model = {
        **base,
        "features": FEATURE_NAMES,
        "gbt": gbt,
        "threshold": round(thr, 4),
        "trained_on": {k: v[0] for k, v in SPLITS.items()},
        "tuned_on": {k: v[1] for k, v in SPLITS.items()},
        "params": {"max_depth": depth, "n_estimators": n_est, "learning_rate": 0.1},
    }
    os.remove(tmp)
    if args.dry_run:
        print("dry run: model not written")
        return
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(model, fh, separators=(",", ":"))
    size = os.path.getsize(args.out)
    print(f"wrote {args.out} ({size / 1024:.0f} KiB) in {time.time() - t0:.1f}s")
    # check the compiled trees agree with scikit-learn
    res = reload(args.out)
    mine = np.array([res.probability(x) for x in Xva[:500]])
    ref = clf.predict_proba(Xva[:500])[:, 1]
    print(f"max |compiled - sklearn| = {np.abs(mine - ref).max():.2e}")


if __name__ == "__main__":
    main()
