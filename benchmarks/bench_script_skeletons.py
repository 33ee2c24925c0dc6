"""How often the consonant skeleton of an Arabic name (``crawler.matching.scripts``) names
a word of another product's Latin title: the false readings the skeletons could excuse.

For each pair file given (default: ``benchmarks/pairs/*.jsonl``), every title holding
Arabic letters is read as ``scripts.title_skeletons`` reads it, and each Latin-only title of
the same file that is not the same product (no chain of ``same`` pairs joins them) is
searched for a word with one of those skeletons (``scripts._named``):

* skeletons: how many of the Arabic titles' skeletons match a word of another product;
* title pairs: how many (Arabic title, other product's Latin title) pairs have such a
  word, and how many of those by a word no Latin title of the Arabic title's own product
  prints (a wrong reading: "medium" for مدعم, "decker" for ذاكرة; the rest are the same
  brand on another product of it, "Clorox" / كلوركس, a right reading);
* labelled cross-script pairs (one title Arabic, one Latin): same / different, with a
  skeleton match.

    .venv/bin/python benchmarks/bench_script_skeletons.py [FILE.jsonl ...] [-v]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.matching import scripts as S  # noqa: E402
from crawler.matching import titles as T  # noqa: E402

_ARABIC = re.compile("[\u0600-\u06ff]").search


def _skeletons(title: str) -> frozenset:
    return frozenset().union(*S.title_skeletons(title))


def _latin_words(title: str) -> list:
    return [w for w in T.words(T.clean(title)) if w.isalpha()]


def measure(path: Path, verbose: bool) -> tuple:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except ValueError:
            print(f"{path}:{n}: not a JSON line, skipped")
    parent: dict = {}

    def find(x):
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    titles = set()
    for d in rows:
        ta, tb = d["a"].get("title") or "", d["b"].get("title") or ""
        titles |= {ta, tb}
        if d.get("same"):
            parent[find(ta)] = find(tb)
    arabic = [t for t in titles if _ARABIC(t)]
    latin = {t: _latin_words(t) for t in titles if not _ARABIC(t)}
    sk_n = sk_hit = tp_n = tp_hit = tp_wrong = 0
    for t in arabic:
        sk = _skeletons(t)
        own = {w for u, ws in latin.items() if find(u) == find(t) for w in ws}
        others = [u for u in latin if find(u) != find(t)]
        for s in sk:
            sk_n += 1
            one = frozenset((s,))
            if any(S._named(w, one) for u in others for w in latin[u]):
                sk_hit += 1
        for u in others:
            tp_n += 1
            hits = [w for w in latin[u] if sk and S._named(w, sk)]
            if hits:
                tp_hit += 1
                wrong = [w for w in hits if w not in own]
                if wrong:
                    tp_wrong += 1
                    if verbose:
                        print(f"  {path.name}: {wrong} :: {t} || {u}")
    lab = [0, 0, 0, 0]  # same, same with a match, different, different with a match
    for d in rows:
        ta, tb = d["a"].get("title") or "", d["b"].get("title") or ""
        if bool(_ARABIC(ta)) == bool(_ARABIC(tb)):
            continue
        a, b = (ta, tb) if _ARABIC(ta) else (tb, ta)
        sk = _skeletons(a)
        hit = bool(sk) and any(S._named(w, sk) for w in _latin_words(b))
        k = 0 if d.get("same") else 2
        lab[k] += 1
        lab[k + 1] += hit
    return sk_n, sk_hit, tp_n, tp_hit, tp_wrong, *lab


def main(argv: list) -> None:
    verbose = "-v" in argv
    paths = [Path(a) for a in argv if a != "-v"] or sorted((ROOT / "benchmarks" / "pairs").glob("*.jsonl"))
    tot = [0] * 9
    for p in paths:
        if not p.is_file():
            print(f"{p}: no such file, skipped")
            continue
        r = measure(p, verbose)
        tot = [x + y for x, y in zip(tot, r)]
    sk_n, sk_hit, tp_n, tp_hit, tp_wrong, s_n, s_hit, d_n, d_hit = tot
    print(f"skeletons of Arabic titles: {sk_n}, naming a word of another product's Latin title: {sk_hit}"
          f" ({sk_hit / max(sk_n, 1):.3f})")
    print(f"(Arabic title, other product's Latin title) pairs: {tp_n}, with such a word: {tp_hit}"
          f" ({tp_hit / max(tp_n, 1):.4f}), by a wrong reading: {tp_wrong} ({tp_wrong / max(tp_n, 1):.4f})")
    print(f"labelled cross-script pairs: same {s_n} ({s_hit} with a skeleton match),"
          f" different {d_n} ({d_hit} with one)")


if __name__ == "__main__":
    main(sys.argv[1:])
