"""Does every path decide a labelled pair alike?  (session 43, bs43)

``match_method`` / ``same_product`` decide one pair; ``match_many`` (what ``cluster``,
``match_catalogs`` and the benchmarks use) decides a batch.  This script decides every
labelled pair (``benchmarks/pairs/*.jsonl`` and the four ``../shared/datasets/matching``
sets' txt files, read as ``/work/tools37/decdump.py`` reads them) by each path, each in a
process of its own (no memo shared between paths):

* ``single``    ``match_method(a, b)``, one pair at a time, in file order
* ``single_r``  ``match_method(b, a)``
* ``batch``     ``match_many`` over each file's pairs, in file order
* ``batch_r``   ``match_many`` with a and b swapped
* ``mixed``     every pair shuffled (seed 43) and decided by ``match_many`` in batches of
  random sizes (1 .. 700: small batches take the row-by-row path, large the staged one)
* ``single_rev`` ``match_method(a, b)`` in reverse order (a memo one pair fills and another
  reads: the other pair decided first now)
* ``cold``      every 40th pair alone, each with every memo and prepared offer forgotten first
  (``prepared.clear_cache``): what a pair is when nothing came before it

and lists every pair whose tier, same flag or score (4 places) differs from ``single``.

    python benchmarks/match_paths.py [OUT_DIR]           # all paths, two at a time, then compare
    python benchmarks/match_paths.py --mode batch OUT    # one path into OUT.json
    python benchmarks/match_paths.py --compare OUT_DIR   # compare dumps already made
"""

from __future__ import annotations

import glob
import json
import os
import random
import subprocess
import sys
from pathlib import Path

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(REPO), "shared", "datasets", "matching")
if not os.path.isdir(SHARED):
    SHARED = "/work/shared/datasets/matching"
MODES = ("single", "single_r", "batch", "batch_r", "mixed", "single_rev", "cold")


def labelled_pairs(repo: str = REPO, shared: str = SHARED):
    """{file name: [(key, a, b, label)]} - every labelled pair, keyed as decdump keys them."""
    sys.path.insert(0, repo)
    from crawler.matching.ditto import read_pairs

    files = {}
    for name in ("abt-buy", "walmart-amazon", "walmart-amazon-dirty", "wdc-computers"):
        for f in sorted(glob.glob(f"{shared}/{name}/*.txt*")):
            key = f"{name}/{os.path.basename(f)}"
            files[key] = [(f"{key}:{i}", a, b, bool(y)) for i, (a, b, y) in enumerate(read_pairs(f))]
    from benchmarks.bench_unseen import read  # (the pair files' reader: a bad line is one line naming it)

    for f in sorted(glob.glob(f"{repo}/benchmarks/pairs/*.jsonl")):
        # (keys as decdump's: the line's index - the pair files hold no blank line)
        files[os.path.basename(f)] = [(f"{os.path.basename(f)}:{i}", r["a"], r["b"], r["same"])
                                      for i, r in enumerate(read(Path(f)))]
    return files


def decide(mode: str, pairs: list, files: dict | None = None) -> dict:
    """{key: [tier, same, score]} of ``pairs`` [(key, a, b, label)] by ``mode``; ``batch`` and
    ``batch_r`` decide each file of ``files`` ({name: pairs}) as one batch when given."""
    from crawler.matching import THRESHOLD, match_many, match_method

    out = {}
    if mode == "single_rev":
        for key, a, b, _ in pairs[::-1]:
            t, s = match_method(a, b)
            out[key] = [t, bool(s >= THRESHOLD), round(float(s), 4)]
        return out
    if mode == "cold":
        from crawler.matching.prepared import clear_cache

        for key, a, b, _ in pairs[::40]:
            clear_cache()
            t, s = match_method(a, b)
            out[key] = [t, bool(s >= THRESHOLD), round(float(s), 4)]
        return out
    if mode in ("single", "single_r"):
        for key, a, b, _ in pairs:
            t, s = match_method(a, b) if mode == "single" else match_method(b, a)
            out[key] = [t, bool(s >= THRESHOLD), round(float(s), 4)]
        return out
    if mode in ("batch", "batch_r"):
        groups = list(files.values()) if files else [pairs]
    else:
        rnd = random.Random(43)
        order = list(pairs)
        rnd.shuffle(order)
        groups, k = [], 0
        while k < len(order):
            n = rnd.choice((1, 3, 9, 15, 17, 40, 200, 700))
            groups.append(order[k:k + n])
            k += n
    for group in groups:
        if not group:
            continue
        A = [a for _, a, _, _ in group]
        B = [b for _, _, b, _ in group]
        scores, same, tiers = match_many(B, A) if mode == "batch_r" else match_many(A, B)
        for (key, *_), s, m, t in zip(group, scores, same, tiers):
            out[key] = [t, bool(m), round(float(s), 4)]
    return out


def compare(base: dict, other: dict) -> list:
    """Keys whose [tier, same, score] differ."""
    return [k for k in base if k in other and base[k] != other[k]]


def _run_mode(mode: str, out: str) -> None:
    os.chdir(REPO)
    files = labelled_pairs()
    pairs = [p for rows in files.values() for p in rows]
    json.dump(decide(mode, pairs, files), open(out, "w"))


def main(argv):
    if argv[:1] == ["--mode"]:
        _run_mode(argv[1], argv[2])
        return
    compare_only = argv[:1] == ["--compare"]
    if compare_only:
        argv = argv[1:]
    outdir = argv[0] if argv else "/tmp/match_paths"
    os.makedirs(outdir, exist_ok=True)
    modes = MODES
    if argv[1:2] == ["--only"]:  # (``--only single_rev,cold``: these paths run, the others' dumps read)
        modes = tuple(argv[2].split(","))
    if not compare_only:
        procs = []
        for mode in modes:
            while len([p for p in procs if p.poll() is None]) >= 2:
                procs[[p.poll() is None for p in procs].index(True)].wait()
            procs.append(subprocess.Popen([sys.executable, os.path.abspath(__file__), "--mode", mode,
                                           os.path.join(outdir, mode + ".json")], cwd=REPO))
        for p in procs:
            if p.wait():
                raise SystemExit(f"a path failed: {p.args}")
    dumps = {m: json.load(open(os.path.join(outdir, m + ".json"))) for m in MODES}
    base = dumps["single"]
    titles = {}
    for rows in labelled_pairs().values():
        for key, a, b, y in rows:
            titles[key] = (a.get("title"), b.get("title"), y)
    every = set()
    for mode in MODES[1:]:
        diff = compare(base, dumps[mode])
        every.update(diff)
        flag = sum(base[k][1] != dumps[mode][k][1] for k in diff)
        tier = sum(base[k][0] != dumps[mode][k][0] for k in diff)
        print(f"{mode:10} vs single: {len(diff)} differ ({flag} same flag, {tier} tier)")
    print(f"pairs {len(base)}, differing by any path: {len(every)}")
    for k in sorted(every):
        print(f"  {k} label={titles[k][2]} " + " ".join(f"{m}={dumps[m].get(k)}" for m in MODES))
        print(f"      a: {titles[k][0]!r}\n      b: {titles[k][1]!r}")
    json.dump(sorted(every), open(os.path.join(outdir, "differing.json"), "w"))


if __name__ == "__main__":
    main(sys.argv[1:])
