"""cluster() of a pool with duplicates and near-duplicates: the same partition as the plain
algorithm its documentation states, with each pair of listings decided once and the merge
guard's pairs decided in batches (session 28, cluster28; ``blocking._cluster``)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from crawler.matching import cluster
from crawler.matching import blocking

PAIRS = Path(__file__).resolve().parents[1] / "benchmarks" / "pairs"


def _real_offers(per_file: int = 40) -> list[dict]:
    """Both offers of the first ``per_file`` labelled pairs of three committed pair files
    (real shops' wordings: phones and their colours, retail packs, near misses)."""
    out = []
    for name in ("dev11_electronics", "dev11_retail", "near_dev"):
        rows = [json.loads(line) for line in (PAIRS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()]
        for r in rows[:per_file]:
            out += [dict(r["a"]), dict(r["b"])]
    return out


def _pool_with_copies(seed: int = 28) -> list[dict]:
    """The real offers, and copies of them: the same listing again, the same listing from
    another shop (a field the matcher does not read), the same listing at another price
    (which it reads); shuffled with a fixed seed."""
    base = _real_offers()
    rnd = random.Random(seed)
    pool = list(base)
    for n, o in enumerate(base):
        if n % 3 == 0:
            pool.append(dict(o))
        if n % 4 == 0:
            pool.append({**o, "url": f"https://shop{n % 7}.example/p/{n}"})
        if n % 5 == 0:
            pool.append({**o, "price": round(rnd.uniform(5, 900), 2)})
    rnd.shuffle(pool)
    return pool


def _reference(offers, k: int = 10, threshold: float = 0.5, low: float = 0.15) -> list[int]:
    """``cluster`` as its documentation states it, one pair at a time and nothing shared:
    score every candidate pair (``decide``), an offer whose best edges are tied between
    different products joins none (``assign.ambiguous_offers``), then union the edges best
    first, two groups only if none of the first 400 pairs across them (row by row) is a
    hard conflict or scores below ``low``."""
    from crawler.matching._decide import decide
    from crawler.matching.assign import ambiguous_offers
    from crawler.matching.prepared import prepare_light

    n = len(offers)
    ps = [prepare_light(o) for o in offers]
    if n <= 60:
        cands = {(i, j) for i in range(n) for j in range(i + 1, n)}
    else:
        cands = blocking.candidate_pairs(ps, ps, k=k, same=True)
    scores = {}

    def score(i, j):
        if (i, j) not in scores:
            scores[(i, j)] = decide(offers[i], offers[j])[1]
        return scores[(i, j)]

    edges = [(score(i, j), i, j) for i, j in sorted(cands) if score(i, j) >= threshold]
    unsure = ambiguous_offers(edges, lambda a, b: score(a, b) >= threshold, blocking._content_key(offers))
    edges = sorted((e for e in edges if e[1] not in unsure and e[2] not in unsure),
                   key=lambda t: (-t[0], t[1], t[2]))
    group = list(range(n))  # the group of each offer, as a list of its members per group id
    members = {i: [i] for i in range(n)}
    for _, i, j in edges:
        gi, gj = group[i], group[j]
        if gi == gj:
            continue
        across = [(x, y) for x in members[gi] for y in members[gj]][:400]
        if any(blocking._cannot_link(ps[x], ps[y]) or score(min(x, y), max(x, y)) < low for x, y in across):
            continue
        if len(members[gi]) < len(members[gj]):
            gi, gj = gj, gi
        for y in members.pop(gj):
            group[y] = gi
            members[gi].append(y)
    ids: dict = {}
    return [ids.setdefault(group[i], len(ids)) for i in range(n)]


def test_cluster_of_real_offers_with_copies_is_the_plain_algorithms_partition():
    offers = _pool_with_copies()
    assert len(offers) > 60  # past the all-pairs size: the blocking's candidates
    ids = cluster(offers)
    assert ids == _reference(offers)
    # not a partition of singletons: the copies and the labelled same pairs are products
    sizes = sorted((ids.count(c) for c in set(ids)), reverse=True)
    assert sizes[0] >= 3 and sum(s > 1 for s in sizes) >= 40
    # an exact copy of an offer is in its product (or both are alone, ambiguous)
    first = {}
    for i, o in enumerate(offers):
        first.setdefault(json.dumps(o, sort_keys=True), i)
    copies = [(first[json.dumps(o, sort_keys=True)], i) for i, o in enumerate(offers)
              if first[json.dumps(o, sort_keys=True)] != i]
    assert copies and sum(ids[a] == ids[b] for a, b in copies) >= 0.9 * len(copies)


def test_cluster_of_a_few_offers_is_the_plain_algorithms_partition():
    offers = _pool_with_copies()[:50]  # all pairs are candidates
    assert cluster(offers) == _reference(offers)


def test_offers_the_matcher_reads_alike_are_one_listing():
    a = {"title": "Apple iPhone 15 128GB Black", "brand": "Apple", "price": 729.99}
    offers = [a, dict(a), {**a, "url": "https://shop.example/1", "shop": "other"},
              {**a, "price": 699.0}, {**a, "title": "Apple iPhone 15 256GB Black"},
              {"name": "Apple iPhone 15 128GB Black", "brand": "Apple", "price": 729.99}]
    ps, kid = blocking._listings(offers)
    # a copy, another shop's copy (a field the matcher does not read), the title under
    # its synonym "name": one listing; another price or another title: listings of their own
    assert kid == [0, 0, 0, 1, 2, 0]
    assert ps[0] is ps[1] is ps[2] is ps[5]
    # an unhashable field (read as its text by the matcher): a listing of its own, no error
    ps, kid = blocking._listings([a, {**a, "title": ["Apple iPhone 15", "128GB"]}, dict(a)])
    assert kid == [0, 1, 0]


def test_each_pair_of_listings_is_scored_once_and_the_guard_in_batches(monkeypatch):
    offers = _pool_with_copies()
    asked, batches = [], []
    score_pairs, conflicts = blocking._score_pairs, blocking.staged_conflict_reasons

    def counting_scores(lp, rp, pairs, *a, **kw):
        asked.extend(pairs)
        return score_pairs(lp, rp, pairs, *a, **kw)

    def counting_conflicts(pa, pb, *a, **kw):
        batches.append(len(pa))
        return conflicts(pa, pb, *a, **kw)

    monkeypatch.setattr(blocking, "_score_pairs", counting_scores)
    monkeypatch.setattr(blocking, "staged_conflict_reasons", counting_conflicts)
    cluster(offers)
    _, kid = blocking._listings(offers)
    keys = [(kid[i], kid[j]) for i, j in asked]
    assert len(keys) == len(set(keys))  # no pair of listings scored twice
    # the candidates of the copies are not scored again: fewer pairs than candidates
    ps = [blocking.prepare_light(o) for o in offers]
    assert len(asked) < len(blocking.candidate_pairs(ps, ps, same=True))
    # the guard's conflicts: a few batches (one per round of the union), not one call a pair
    assert 0 < len(batches) <= blocking._ROUNDS + 1


def _full_product(alld, lengths, cols, idf, kk):
    """``tfidf_neighbours`` of one pool as read before session 28: every row of the product."""
    L = blocking._tfidf_matrix(lengths, cols, idf)
    LT = L.T.tocsr()
    out = []
    for start in range(0, L.shape[0], 512):
        out.extend(blocking._top_k(L[start:start + 512] @ LT, kk, start, True))
    return out


def test_neighbours_of_a_pool_with_copies_are_the_full_products(monkeypatch):
    from crawler.matching.prepared import block_keys

    offers = _pool_with_copies()
    offers += [dict(offers[0]) for _ in range(30)]  # one listing more times than k: ties at the k-th
    for keys in ([block_keys(o) for o in offers], blocking._listings(offers)[0]):
        for k in (1, 3, 10):
            grouped = blocking.tfidf_neighbours(keys, keys, k=k, same=True)
            with monkeypatch.context() as m:
                m.setattr(blocking, "_same_pool_top_k", _full_product)
                full = blocking.tfidf_neighbours(keys, keys, k=k, same=True)
            assert [set(x) for x in grouped] == [set(x) for x in full]
    # the last copy of the first listing: its neighbours are records with its blocking words (its
    # copies, of other shops and prices too) - k + 1 of them: the top k + 1 are asked for, to
    # leave itself out, and it is not among them (ties go to the lower index), as before
    words = blocking._words_for_blocking
    grouped = blocking.tfidf_neighbours(keys, keys, k=10, same=True)
    last = len(offers) - 1
    assert len(grouped[last]) == 11 and last not in grouped[last]
    assert all(words(keys[j]) == words(keys[last]) for j in grouped[last])
