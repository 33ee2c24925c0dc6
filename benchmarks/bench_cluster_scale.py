"""How ``cluster()`` scales with the number of offers, with and without duplicates.

    python benchmarks/bench_cluster_scale.py [--sizes 5000,10000,20000] [--root DIR ...]

The pool: every distinct offer of the committed matching data (both catalogue datasets'
tables, and the records of the four ditto sets' train/valid/test pairs - the way
``bench_matching.py`` reads them), as plain dicts.  For each size n, with a fixed seed:

* ``distinct``: n different offers drawn without replacement;
* ``resample``: n offers drawn with replacement from the whole pool (the report of session 28:
  an attacker's sample; few copies at 5,000, more at 50,000);
* ``dups``: n offers drawn with replacement from a fixed 2,000 of the pool - each listed n/2,000
  times over (2.5 at 5,000, 25 at 50,000), as a crawl of many shops, or an attacker, lists one
  product many times;
* ``near``: like ``dups``, but each copy with a price of its own (near-duplicates: the same
  listing at another price, which the matcher reads - ``price_ratio``, ``accessory``).

Printed figures only (seconds, candidate pairs, pairs scored, clusters); nothing asserted -
the VM is shared and noisy.  ``--root DIR`` (repeatable) runs the same offers through the
``crawler`` package of another checkout, one subprocess per root, so a before/after is one
run: e.g. ``--root /work/main --root .``.  (session 28, cluster28)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _pool(base: str) -> list[dict]:
    sys.path.insert(0, ROOT)
    sys.path.insert(0, os.path.join(ROOT, "benchmarks"))
    import bench_matching as B
    from crawler.matching.ditto import read_pairs

    offers = []
    for name in B.CATALOGS:
        left, right, _ = B.read_catalogs(name, base)
        offers += left + right
    for name in B.PAIR_SETS:
        d = os.path.join(base, name)
        for f in sorted(os.listdir(d)):
            if f.startswith(("train", "valid", "test")):
                for a, b, _ in read_pairs(os.path.join(d, f)):
                    offers += [a, b]
    seen, out = set(), []
    for o in offers:
        o = {k: v for k, v in o.items() if v is not None}
        key = json.dumps(o, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(o)
    return out


FEW = 2000  # the distinct offers ``dups`` and ``near`` copy


def draw(pool: list, n: int, kind: str, seed: int = 28) -> list[dict]:
    rnd = random.Random(seed * 1_000_003 + n)
    if kind == "distinct":
        return [dict(o) for o in rnd.sample(pool, min(n, len(pool)))]
    few = pool if kind == "resample" else random.Random(seed).sample(pool, FEW)
    out = [dict(rnd.choice(few)) for _ in range(n)]
    if kind == "near":
        for o in out:
            o["price"] = f"{rnd.uniform(5, 500):.2f}"
    return out


def _run_one(offers: list) -> dict:
    """Cluster ``offers`` with the ``crawler`` on sys.path; seconds, candidates, pairs scored."""
    import crawler.matching.blocking as bl
    from crawler.matching import cluster
    from crawler.matching.features import clear_cache

    counts = {"cands": 0, "scored": 0, "decide": 0}
    orig_cp, orig_sp = bl.candidate_pairs, bl._score_pairs
    orig_dec = getattr(bl, "decide", None)  # (one pair at a time: the guard of main until session 28)

    def cp(*a, **kw):
        r = orig_cp(*a, **kw)
        counts["cands"] += len(r)
        return r

    def sp(lp, rp, pairs, *a, **kw):
        counts["scored"] += len(pairs)
        return orig_sp(lp, rp, pairs, *a, **kw)

    def dec(a, b):
        counts["decide"] += 1
        return orig_dec(a, b)

    bl.candidate_pairs, bl._score_pairs = cp, sp
    if orig_dec is not None:
        bl.decide = dec
    try:
        clear_cache()
        t0 = time.perf_counter()
        ids = cluster(offers)
        dt = time.perf_counter() - t0
    finally:
        bl.candidate_pairs, bl._score_pairs = orig_cp, orig_sp
        if orig_dec is not None:
            bl.decide = orig_dec
    return {"seconds": dt, "clusters": len(set(ids)), "ids": ids, **counts}


def _child(root: str, path: str) -> dict:
    code = ("import json, sys; sys.path.insert(0, %r); sys.path.insert(0, %r); "
            "import bench_cluster_scale as S; offers = json.load(open(%r)); "
            "print(json.dumps(S._run_one(offers)))") % (os.path.join(ROOT, "benchmarks"), root, path)
    # one hash seed for every root: a record's blocking words are a set, whose order follows the
    # string hashes and orders the float sums of its TF-IDF scores - one seed rules that out of a
    # before/after (seeds 1, 2, 3 gave the same 102,219 candidates of 10,000 offers on 4ca4524)
    env = {**os.environ, "PYTHONPATH": root, "PYTHONHASHSEED": os.environ.get("PYTHONHASHSEED", "28")}
    out = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"bench_cluster_scale: the run under {root} failed: {out.stderr.strip().splitlines()[-1:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="5000,10000,20000")
    ap.add_argument("--kinds", default="distinct,resample,dups,near")
    ap.add_argument("--root", action="append", default=None,
                    help="a checkout whose crawler clusters the offers (repeatable; default: this one)")
    args = ap.parse_args(argv)
    try:
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        raise SystemExit(f"bench_cluster_scale: --sizes is a comma-separated list of integers, got {args.sizes!r}")
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    bad = [k for k in kinds if k not in ("distinct", "resample", "dups", "near")]
    if bad:
        raise SystemExit(f"bench_cluster_scale: --kinds takes distinct, resample, dups, near; got {bad}")
    roots = [os.path.abspath(r) for r in (args.root or [ROOT])]
    for r in roots:
        if not os.path.isdir(os.path.join(r, "crawler", "matching")):
            raise SystemExit(f"bench_cluster_scale: --root {r} has no crawler/matching")
    sys.path.insert(0, os.path.join(ROOT, "benchmarks"))
    import bench_matching as B

    pool = _pool(B.data_dir())
    print(f"pool: {len(pool)} distinct offers; roots: {', '.join(roots)}")
    print(f"{'kind':9s} {'n':>6s}  " + "  ".join(
        f"{'root' + str(k):>5s} {'sec':>7s} {'cands':>8s} {'scored':>8s} {'single':>7s} {'clus':>6s}"
        for k in range(len(roots))) + ("   ratio  same" if len(roots) > 1 else ""))
    import tempfile

    for n in sizes:
        for kind in kinds:
            offers = draw(pool, n, kind)
            with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
                json.dump(offers, fh)
            try:
                res = [_child(r, fh.name) for r in roots]
            finally:
                os.unlink(fh.name)
            cells = "  ".join(f"{k:5d} {r['seconds']:7.2f} {r['cands']:8d} {r['scored']:8d} {r['decide']:7d} "
                              f"{r['clusters']:6d}" for k, r in enumerate(res))
            extra = ""
            if len(res) > 1:
                same = all(r["ids"] == res[0]["ids"] for r in res[1:])
                extra = f"   {res[0]['seconds'] / max(res[-1]['seconds'], 1e-9):5.1f}x {'yes' if same else 'NO'}"
            print(f"{kind:9s} {len(offers):6d}  {cells}{extra}", flush=True)


if __name__ == "__main__":
    main()
