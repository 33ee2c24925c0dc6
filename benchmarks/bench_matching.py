"""Benchmark crawler.matching on public product-matching data.

    python benchmarks/bench_matching.py                 # everything
    python benchmarks/bench_matching.py --pairs-only    # skip whole-catalogue runs
    python benchmarks/bench_matching.py --only abt-buy  # one dataset

Pairwise: the TEST split of each Ditto-format benchmark; every pair goes through
the public ``same_product`` API in one process (per-offer cache cleared first),
so "cold" pairs/s includes preparing each offer once (parsing excluded).

Whole catalogue: every left record is linked against the full right catalogue
(blocking + matcher + one-to-one assignment) and compared with gt.csv.

Data: ../shared/datasets/matching (or $PRICELENS_MATCHING_DATA).  Speed figures
are printed, never asserted.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from crawler.matching import THRESHOLD, cluster, match_catalogs, match_method  # noqa: E402
from crawler.matching.ditto import read_pairs  # noqa: E402
from crawler.matching.features import clear_cache  # noqa: E402
from crawler.matching.model import resources  # noqa: E402


def data_dir() -> str:
    env = os.environ.get("PRICELENS_MATCHING_DATA")
    if env:
        return env
    for cand in (
        os.path.join(os.path.dirname(ROOT), "shared", "datasets", "matching"),
        "/work/shared/datasets/matching",
    ):
        if os.path.isdir(cand):
            return cand
    raise SystemExit("matching data not found; set PRICELENS_MATCHING_DATA")


# published test F1 (datasets README: Li et al. PVLDB 2021; Mudgal et al. SIGMOD 2018)
PUBLISHED = {
    "abt-buy": "Magellan 0.436, DeepMatcher 0.628, Ditto 0.893",
    "walmart-amazon": "Magellan 0.719, DeepMatcher ~0.67, Ditto 0.868",
    "walmart-amazon-dirty": "Ditto 0.857",
    "wdc-computers": "Ditto 0.808 (small) .. 0.955 (xlarge)",
}
GOALS = {"abt-buy": 0.90, "walmart-amazon": 0.87, "wdc-computers": 0.85}
PAIR_SETS = ["abt-buy", "walmart-amazon", "walmart-amazon-dirty", "wdc-computers"]


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f, p, r


def run_pairs(name: str, base: str, repeat: int = 3) -> dict:
    pairs = read_pairs(os.path.join(base, name, "test.txt"))
    tiers: Counter = Counter()
    tp = fp = fn = 0
    # speed in CPU time (the machine is shared), best of `repeat` runs; "cold"
    # starts with an empty per-offer cache, "warm" has every offer prepared
    dt = warm = float("inf")
    for _ in range(repeat):
        clear_cache()
        t0 = time.process_time()
        preds = [match_method(a, b) for a, b, _ in pairs]
        dt = min(dt, time.process_time() - t0)
        t1 = time.process_time()
        for a, b, _ in pairs:
            match_method(a, b)
        warm = min(warm, time.process_time() - t1)
    for (tier, score), (_, _, y) in zip(preds, pairs):
        pred = score >= THRESHOLD
        tiers[tier] += 1
        if pred and y:
            tp += 1
        elif pred:
            fp += 1
        elif y:
            fn += 1
    f, p, r = prf(tp, fp, fn)
    return {
        "scores": [s for _, s in preds], "labels": [y for _, _, y in pairs],
        "name": name, "n": len(pairs), "f1": f, "p": p, "r": r,
        "pps": len(pairs) / dt, "pps_warm": len(pairs) / warm, "tiers": dict(tiers),
    }


def _read_table(path: str, mapping: dict) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="|", quoting=csv.QUOTE_NONE))
    head = rows[0]
    out = []
    for r in rows[1:]:
        rec = dict(zip(head, r))
        offer = {mapping.get(k, k): (v if v != "" else None) for k, v in rec.items()}
        out.append(offer)
    return out


CATALOGS = {
    "catalog-abt-buy": ("abt.csv", "buy.csv", {"name": "title"}),
    "catalog-walmart-amazon": ("walmart.csv", "amazon.csv", {"modelno": "mpn"}),
}


def read_catalogs(name: str, base: str, *, pooled: bool = False) -> tuple[list, list, set]:
    """(left offers, right offers, gold pairs) of a catalogue dataset. A gold pair is (i, j):
    positions in left and right, or with ``pooled`` both positions in ``left + right``.
    The record ids are dropped from the offers (an id is no product attribute)."""
    lf, rf, mapping = CATALOGS[name]
    left = _read_table(os.path.join(base, name, lf), mapping)
    right = _read_table(os.path.join(base, name, rf), mapping)
    with open(os.path.join(base, name, "gt.csv"), encoding="utf-8") as fh:
        gt_rows = list(csv.reader(fh, delimiter="|"))[1:]
    lid = {o["id"]: i for i, o in enumerate(left)}
    offset = len(left) if pooled else 0
    rid = {o["id"]: offset + j for j, o in enumerate(right)}
    gold = {(lid[a], rid[b]) for a, b in gt_rows}
    for o in left + right:
        o.pop("id", None)
    return left, right, gold


def run_catalog(name: str, base: str) -> dict:
    left, right, gold = read_catalogs(name, base)
    clear_cache()
    t0, c0 = time.perf_counter(), time.process_time()
    links = match_catalogs(left, right)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    found = {(i, j) for i, j, _ in links}
    tp = len(found & gold)
    f, p, r = prf(tp, len(found) - tp, len(gold) - tp)
    # links gt.csv calls false although neither offer has any partner in gt.csv: where
    # gt.csv misses true matches, they are here (an upper bound, read them to know)
    gl, gr = {i for i, _ in gold}, {j for _, j in gold}
    outside = sum(1 for i, j in found - gold if i not in gl and j not in gr)
    # a second precision, beside the primary one: over the links gt.csv can judge, those
    # where at least one of the two offers has a partner in gt.csv (a link between two
    # offers gt.csv says nothing about cannot be judged: gt.csv is incomplete)
    judged = len(found) - outside
    return {"name": name, "left": len(left), "right": len(right), "gold": len(gold),
            "found": len(found), "f1": f, "p": p, "r": r, "seconds": dt, "cpu": cpu,
            "false": len(found) - tp, "outside": outside, "judged": judged,
            "p_judged": tp / judged if judged else 0.0}


def run_cluster(base: str) -> dict:
    """cluster() over both abt-buy catalogues pooled; pairwise P/R against gt.csv
    (gt lists cross-catalogue pairs only, so same-shop duplicates count as errors)."""
    left, right, gold = read_catalogs("catalog-abt-buy", base, pooled=True)
    offers = left + right
    clear_cache()
    t0 = time.perf_counter()
    ids = cluster(offers)
    dt = time.perf_counter() - t0
    groups: dict = {}
    for i, c in enumerate(ids):
        groups.setdefault(c, []).append(i)
    pred = {(x, y) for g in groups.values() for x in g for y in g if x < y}
    tp = len(pred & gold)
    f, p, r = prf(tp, len(pred) - tp, len(gold) - tp)
    return {"offers": len(offers), "clusters": len(groups), "f1": f, "p": p, "r": r,
            "seconds": dt}


def run_incremental(base: str, new: int = 10) -> dict:
    """The matching part of an incremental ``pricelens match`` (crawler.products.changed_block,
    then cluster() of the block) with ``new`` offers added to a catalogue already matched,
    against cluster() of every offer. CPU seconds; the database part is not included."""
    from crawler.products import changed_block, match_key

    left, right, _ = read_catalogs("catalog-walmart-amazon", base)
    offers = left + right
    rows = []
    for i, o in enumerate(offers):
        row = {**o, "id": i, "product_id": i}
        row["match_key"] = match_key(row)
        rows.append(row)
    # the new offers: copies of every 250th left offer, with another shop's title order
    for n in range(new):
        o = left[n * 250 % len(left)]
        rows.append({**o, "title": " ".join(reversed((o.get("title") or "").split())), "id": len(rows),
                     "product_id": None, "match_key": None})
    keys = [match_key(r) for r in rows]
    clear_cache()
    t0 = time.process_time()
    changed, block = changed_block(rows, keys, {i: 1 for i in range(len(offers))})
    block_s = time.process_time() - t0
    t0 = time.process_time()
    cluster([rows[i] for i in sorted(block)])
    cluster_s = time.process_time() - t0
    clear_cache()
    t0 = time.process_time()
    cluster(rows)
    full_s = time.process_time() - t0
    return {"new": len(changed), "offers": len(rows), "block": len(block), "block_s": block_s,
            "cluster_s": cluster_s, "full_s": full_s}


# pairs/s cold, and whole-catalogue seconds, of a matcher checked out at ``root``
# (run in a subprocess so that its modules and model do not mix with ours)
_SPEED_SCRIPT = r"""
import json, os, sys, time
sys.path.insert(0, sys.argv[1])
os.chdir(sys.argv[1])
sys.path.insert(0, os.path.join(sys.argv[1], "benchmarks"))
from crawler.matching import match_method, match_catalogs
from crawler.matching.ditto import read_pairs
from crawler.matching.features import clear_cache, prepare
import bench_matching as B
base = sys.argv[2]
pairs = []
for name in ("abt-buy", "walmart-amazon", "wdc-computers"):
    pairs += read_pairs(os.path.join(base, name, "test.txt"))
batch = None
try:
    from crawler.matching._decide import decide_pairs
    batch = decide_pairs
except ImportError:
    try:
        from crawler.matching._decide import decide_many
        batch = lambda a, b: decide_many([prepare(x) for x in a], [prepare(y) for y in b])
    except ImportError:
        pass
best = best_batch = float("inf")
for _ in range(3):
    clear_cache()
    t0 = time.process_time()
    for a, b, _ in pairs:
        match_method(a, b)
    best = min(best, time.process_time() - t0)
    if batch is not None:
        clear_cache()
        t0 = time.process_time()
        for s in range(0, len(pairs), 1000):
            chunk = pairs[s:s + 1000]
            batch([a for a, _, _ in chunk], [b for _, b, _ in chunk])
        best_batch = min(best_batch, time.process_time() - t0)
left, right, gold = B.read_catalogs("catalog-walmart-amazon", base)
clear_cache()
t0 = time.process_time()
match_catalogs(left, right)
cat = time.process_time() - t0
print(json.dumps({"pairs": len(pairs), "one": len(pairs) / best,
                  "batch": (len(pairs) / best_batch) if batch else None, "catalog": cat}))
"""


def matcher_speed(root: str, base: str) -> dict:
    import json
    import subprocess

    out = subprocess.run([sys.executable, "-c", _SPEED_SCRIPT, root, base], capture_output=True,
                         text=True, check=True, env={**os.environ, "OMP_NUM_THREADS": "1"})
    return json.loads(out.stdout.strip().splitlines()[-1])


def batch_breakdown(base: str, size: int = 1000) -> dict:
    """Where a cold batch's CPU goes (test pairs of abt-buy, walmart-amazon, wdc-computers in
    batches of ``size``, empty offer cache, cyclic GC paused as in ``match_many``), the steps of
    ``_decide.decide_staged``: the offers' first stage (``prepare_light``), the conflicts (with
    the facet stage of the offers that need it), completing the offers of the pairs no conflict
    decides, their feature matrix, rules + trees.  CPU seconds per 1,000 pairs, and the share of
    pairs that took the full path."""
    import numpy as np

    from crawler.matching._decide import cyclic_gc_paused
    from crawler.matching.batch import batch_features, staged_conflict_reasons
    from crawler.matching.features import complete, prepare_light
    from crawler.matching.rules import decide_matrix

    pairs = []
    for name in ("abt-buy", "walmart-amazon", "wdc-computers"):
        pairs += read_pairs(os.path.join(base, name, "test.txt"))
    res = resources()
    best = None
    full = 0
    for _ in range(3):
        clear_cache()
        t = [0.0] * 5
        full = 0
        with cyclic_gc_paused():
            for s in range(0, len(pairs), size):
                chunk = pairs[s:s + size]
                t0 = time.process_time()
                pa = [prepare_light(a) for a, _, _ in chunk]
                pb = [prepare_light(b) for _, b, _ in chunk]
                t1 = time.process_time()
                keep = []
                reasons = staged_conflict_reasons(pa, pb, keep=keep)
                rest = np.flatnonzero(reasons == 0).tolist()
                t2 = time.process_time()
                ca = [complete(pa[k]) for k in rest]
                cb = [complete(pb[k]) for k in rest]
                t3 = time.process_time()
                # (as ``decide_staged``: the pairs are known to have no conflict, and
                # what the conflict stage computed is read again, not computed)
                X = batch_features(ca, cb, True, keep[0].take(rest))
                t4 = time.process_time()
                decide_matrix(X, res, (ca, cb))
                t5 = time.process_time()
                full += len(rest)
                for k, (x, y) in enumerate(((t0, t1), (t1, t2), (t2, t3), (t3, t4), (t4, t5))):
                    t[k] += y - x
        if best is None or sum(t) < sum(best):
            best = t
    k = 1000.0 / len(pairs)
    return {"light": best[0] * k, "conflicts": best[1] * k, "complete": best[2] * k,
            "features": best[3] * k, "decide": best[4] * k, "full_share": full / len(pairs)}


def python_speed() -> float:
    """ns per iteration of a trivial Python loop: how fast this core is right now."""
    best = 1e9
    for _ in range(3):
        t0 = time.perf_counter()
        s = 0
        for i in range(1_000_000):
            s += i
        best = min(best, time.perf_counter() - t0)
    return best * 1000.0


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs-only", action="store_true")
    ap.add_argument("--catalogs-only", action="store_true")
    ap.add_argument("--only", action="append")
    ap.add_argument("--old", default=os.environ.get("PRICELENS_OLD_MATCHER", "/tmp/matcher-old"),
                    help="checkout of the previous matcher to compare speed with (skipped if absent)")
    ap.add_argument("--no-lodo", dest="lodo", action="store_false",
                    help="skip the leave-one-dataset-out validation (~2 min)")
    args = ap.parse_args(argv)
    base = data_dir()
    t_load = time.perf_counter()
    res = resources()
    print(f"model: {len(res.raw.get('gbt', {}).get('trees', []))} trees, threshold "
          f"{res.threshold:.2f}, loaded in {time.perf_counter() - t_load:.2f}s")

    all_scores: list = []
    all_labels: list = []
    if not args.catalogs_only:
        print("\nPairwise test splits (single process, public match_method path; pairs per "
              "CPU-second, best of 3: cold = empty offer cache, warm = offers prepared)")
        print(f"{'dataset':22s} {'pairs':>6s} {'F1':>6s} {'P':>6s} {'R':>6s} "
              f"{'cold/s':>8s} {'warm/s':>8s}  goal  published F1")
        for name in PAIR_SETS:
            if args.only and name not in args.only:
                continue
            r = run_pairs(name, base)
            if name != "walmart-amazon-dirty":
                all_scores.extend(r["scores"])
                all_labels.extend(r["labels"])
            goal = GOALS.get(name)
            mark = "" if goal is None else (f"{goal:.2f}" + ("+" if r["f1"] >= goal else "-"))
            print(f"{name:22s} {r['n']:6d} {r['f1']:6.3f} {r['p']:6.3f} {r['r']:6.3f} "
                  f"{r['pps']:8.0f} {r['pps_warm']:8.0f}  {mark:5s} {PUBLISHED[name]}")
            print(f"{'':22s} tiers: {r['tiers']}")

        if all_scores:
            import numpy as np

            from crawler.matching.train import CALIBRATION_PATH, format_table, reliability_table

            print("\nReliability of match_score on the test splits above (never used in training):")
            print(format_table(reliability_table(np.asarray(all_scores), np.asarray(all_labels))))
            print(f"(out-of-fold table of the training run: {os.path.relpath(CALIBRATION_PATH, ROOT)})")

    if args.lodo:
        from crawler.matching.train import load_datasets, lodo

        print("\nLeave-one-dataset-out (vocabulary, trees, calibration from the other sets):")
        tmp = os.path.join(ROOT, "crawler", "matching", "lodo-vocab.tmp.json")
        try:
            lodo(load_datasets(base), tmp)
        finally:
            if os.path.exists(tmp):
                os.remove(tmp)
            from crawler.matching.model import reload

            reload()

    if not args.pairs_only:
        print("\nWhole catalogue (blocking + matcher + one-to-one assignment)")
        print(f"{'catalogue':24s} {'left':>6s} {'right':>6s} {'gold':>5s} {'found':>5s} "
              f"{'F1':>6s} {'P':>6s} {'R':>6s} {'seconds':>8s} {'cpu s':>6s}")
        for name in CATALOGS:
            if args.only and name not in args.only:
                continue
            r = run_catalog(name, base)
            print(f"{name:24s} {r['left']:6d} {r['right']:6d} {r['gold']:5d} {r['found']:5d} "
                  f"{r['f1']:6.3f} {r['p']:6.3f} {r['r']:6.3f} {r['seconds']:8.2f} {r['cpu']:6.2f}")
            print(f"{'':24s} {r['false']} links not in gt.csv, {r['outside']} of them between two offers "
                  f"gt.csv gives no partner at all")
            print(f"{'':24s} precision over the links gt.csv can judge (at least one offer has a partner "
                  f"in gt.csv): {r['p_judged']:.3f} ({r['judged'] - r['false'] + r['outside']}/{r['judged']}; "
                  f"secondary - P above is the primary figure)")
        print("goal: catalog-abt-buy F1 >= 0.85 in < 10 s; a link needs the pairwise decision and "
              "mutual best, a tie between different products is no link (crawler/matching/assign.py)")
        if not args.only:
            r = run_cluster(base)
            print(f"\ncluster() on abt+buy pooled: {r['offers']} offers -> {r['clusters']} "
                  f"products in {r['seconds']:.2f}s; pairwise F1 {r['f1']:.3f} "
                  f"(P {r['p']:.3f}, R {r['r']:.3f})")
        if not args.only:
            r = run_incremental(base)
            print(f"\nnightly `pricelens match` with {r['new']} new offers among {r['offers']:,} "
                  f"(catalog-walmart-amazon, each offer its own product): finding the block "
                  f"{r['block_s']:.2f} s CPU -> {r['block']} offers to re-cluster, "
                  f"clustering them {r['cluster_s']:.2f} s; cluster() of every offer {r['full_s']:.2f} s")
    if args.old and not os.path.isdir(args.old):
        print(f"\n(no speed comparison: {args.old} absent; git worktree add {args.old} d11e878)")
    elif args.old:
        print("\nSpeed against the matcher at --old, same run, CPU time on one core "
              "(test pairs of abt-buy, walmart-amazon, wdc-computers, cold: offers prepared too):")
        step0 = python_speed()
        new = matcher_speed(ROOT, base)
        old = matcher_speed(os.path.abspath(args.old), base)
        step = min(step0, python_speed())
        print(f"  old  one pair at a time {old['one']:8.0f} pairs/s; catalog-walmart-amazon {old['catalog']:.2f} s")
        print(f"  new  one pair at a time {new['one']:8.0f} pairs/s; batches of 1,000 "
              f"{new['batch']:8.0f} pairs/s; catalog-walmart-amazon {new['catalog']:.2f} s")
        print(f"  ratio new/old: batches {new['batch'] / old['one']:.2f}x (goal 3x), one at a time "
              f"{new['one'] / old['one']:.2f}x, whole catalogue {old['catalog'] / new['catalog']:.2f}x "
              f"faster (goal 3x)")
        # the absolute goal (>= 20,000 pairs/s where a loop step costs <= 30 ns),
        # with the step measured around the run (best of the two, wall clock)
        print(f"  absolute: batches of 1,000 {new['batch']:.0f} pairs/s with a trivial Python loop step "
              f"at {step:.0f} ns (goal: >= 20,000 pairs/s where the step costs <= 30 ns; "
              f"{'this core qualifies' if step <= 30 else 'this core is slower than that'}; "
              f"scaled to a 30 ns step: ~{new['batch'] * step / 30:.0f} pairs/s)")
        b = batch_breakdown(base)
        share = b.pop("full_share")
        tot = sum(b.values())

        def pc(k):
            return f"{b[k]:.3f} s ({100 * b[k] / tot:.0f}%)"

        print(f"  new, a cold batch of 1,000 pairs: {tot:.3f} s CPU = offers' first stage {pc('light')}, "
              f"conflicts (+ facet stage) {pc('conflicts')}, completing offers {pc('complete')}, "
              f"feature matrix {pc('features')}, rules + trees {pc('decide')}; "
              f"{100 * share:.0f}% of the pairs took the full path (no conflict)")
    print(f"\nmachine: a trivial Python loop runs at {python_speed():.0f} ns/iteration "
          "(for scale: roughly 20-40 ns on an idle modern desktop core)")


if __name__ == "__main__":
    main()
