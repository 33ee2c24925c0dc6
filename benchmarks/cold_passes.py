"""Cold passes of a matcher checkout (session 40, sp40): python benchmarks/cold_passes.py ROOT [catalog]

In one fresh process: the model loaded, then the 5,063 test pairs of abt-buy, walmart-amazon and wdc-computers
in batches of 1,000 (``_decide.decide_pairs``) with the offer cache and the matcher's memos empty - once as the
process's first pass (it pays what a fresh process loads on first use: wordfreq's lists) and once more after
``clear_cache`` -; with ``catalog`` also the whole walmart-amazon catalogue (``match_catalogs``).  CPU seconds and
pairs/s as one JSON line.  Run it for two checkouts alternately (main and a branch) and compare ratios: at the
machine's load one run moves 5-10%."""

import json
import os
import sys
import time


def _passes(batch, pairs, clear_cache) -> float:
    clear_cache()
    t0 = time.process_time()
    for s in range(0, len(pairs), 1000):
        chunk = pairs[s:s + 1000]
        batch([a for a, _, _ in chunk], [b for _, b, _ in chunk])
    return time.process_time() - t0


def main(root: str, catalog: bool) -> dict:
    sys.path.insert(0, root)
    os.chdir(root)
    sys.path.insert(0, os.path.join(root, "benchmarks"))
    from crawler.matching import match_catalogs
    from crawler.matching.ditto import read_pairs
    from crawler.matching.features import clear_cache
    from crawler.matching.model import resources
    try:
        from crawler.matching._decide import decide_pairs as batch
    except ImportError:  # (an older checkout)
        from crawler.matching._decide import decide_many
        from crawler.matching.features import prepare

        def batch(a, b):
            return decide_many([prepare(x) for x in a], [prepare(y) for y in b])

    base = "/work/shared/datasets/matching"
    pairs = []
    for name in ("abt-buy", "walmart-amazon", "wdc-computers"):
        pairs += read_pairs(os.path.join(base, name, "test.txt"))
    resources()
    out = {"pairs": len(pairs)}
    out["batch_s"] = _passes(batch, pairs, clear_cache)
    out["pairs_s"] = len(pairs) / out["batch_s"]
    out["batch2_s"] = _passes(batch, pairs, clear_cache)
    out["pairs2_s"] = len(pairs) / out["batch2_s"]
    if catalog:
        import bench_matching as B
        left, right, _ = B.read_catalogs("catalog-walmart-amazon", base)
        clear_cache()
        t0 = time.process_time()
        match_catalogs(left, right)
        out["catalog_s"] = time.process_time() - t0
    return out


if __name__ == "__main__":
    print(json.dumps(main(os.path.abspath(sys.argv[1]), "catalog" in sys.argv[2:])))
