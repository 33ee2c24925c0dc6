"""Blocking, catalogue linkage and clustering.

Comparing every offer with every other is quadratic; instead each offer is only
compared with

* offers sharing a model-number key (the code itself, or its first six
  characters, so "dscw120p" meets "dsc-w120"), and
* its k nearest neighbours by TF-IDF cosine over title words (computed in
  chunks with sparse matrices; words in more than ``max_df`` of the records are
  ignored for blocking).

The candidate pairs are then scored by the tiered matcher.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from itertools import chain

from ._decide import cyclic_gc_paused as _cyclic_gc_paused
from ._decide import decide_staged
from .assign import ambiguous_offers, mutual_best_links
from .batch import staged_conflict_reasons
from .prepared import block_keys, prepare_light, without_codes

CHUNK = 4096  # candidate pairs scored per batch (feature rows, then array operations)

_PREFIX = 6
_MAX_POSTING = 60
# a code's prefix ("dscw12*") is there to meet the variants of one model ("dscw120p",
# "dsc-w120"); in a catalogue, which lists each product once, one shared by more offers
# than this is a series' or a maker's numbering ("10500*": fifty desks, shelves and hutches
# of one furniture line), and pairs every offer of the other catalogue that has it with all
# of them - none the same product by the prefix alone (session 23, speed: on catalog-walmart-
# amazon 6,742 of 36,507 candidate pairs, none accepted by the pairwise decision; on catalog-
# abt-buy 1,374, none accepted).  ``match_catalogs`` only: in a pool of many shops' offers
# (``cluster``, the nightly run) one model's variants may be listed many times
_MAX_PREFIX_POSTING = 20


def _code_keys(p) -> set:
    fc = p.for_codes
    keys = {c for c in p.allcodes if len(c) >= 4 and c not in fc}
    if keys:
        keys.update([c[:_PREFIX] + "*" for c in keys if len(c) > _PREFIX])
    if p.mpn:
        keys.add(p.mpn)
    return keys


def _code_index(prepared, keys=None) -> dict:
    """{code key: [record index, ...]} (``keys``: each record's ``_code_keys``, or None
    for a record without any, when the caller has them - ``_all_code_keys``)."""
    index = {}
    get = index.get
    for j, ks in enumerate(keys if keys is not None else _all_code_keys(prepared)):
        if ks:
            for k in ks:
                post = get(k)
                if post is None:
                    index[k] = [j]
                else:
                    post.append(j)
    return index


def _all_code_keys(records) -> list:
    """Each record's ``_code_keys``, None for a record without any code or MPN."""
    return [_code_keys(p) if (p.allcodes or p.mpn) else None for p in records]


def _tfidf_matrix(lengths, ids, idf):
    """L2-normalised TF-IDF rows of documents (sets of words: every term
    frequency is 1) given column-wise: ``lengths`` (words per document),
    ``ids`` (each word's column, -1 for a word not in the vocabulary, the
    documents' words one after the other), ``idf`` (per column)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    ndocs = len(lengths)
    rows = np.repeat(np.arange(ndocs), lengths)
    keep = ids >= 0
    ids, rows = ids[keep], rows[keep]
    data = idf[ids]
    norm = np.sqrt(np.bincount(rows, weights=data * data, minlength=ndocs))
    norm[norm == 0] = 1.0
    data = data / norm[rows]
    indptr = np.zeros(ndocs + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=ndocs), out=indptr[1:])
    return csr_matrix((data.astype(np.float32), ids, indptr), shape=(ndocs, len(idf)))


def _words_for_blocking(p):
    return p.wordset | p.allcodes


def _top_k(S, k: int, offset: int, same: bool) -> list:
    """Per row of the sparse score matrix ``S`` the columns of its ``k``
    highest positive scores (ties: the lower column first), without the
    diagonal when ``same``."""
    import numpy as np

    S = S.tocsr()
    indptr, indices, data = S.indptr.tolist(), S.indices, S.data
    lexsort = np.lexsort
    out = []
    for r in range(S.shape[0]):
        a, b = indptr[r], indptr[r + 1]
        cols = indices[a:b]
        vals = data[a:b]
        pos = vals > 0
        if not pos.all():
            cols, vals = cols[pos], vals[pos]
        n = len(cols)
        if n > k:
            # only the scores at or above the k-th highest can be among the
            # k (found in linear time: a row of a catalogue's block has ~2,000
            # scores, and sorting them all was most of the blocking's time) ...
            kth = vals[vals.argpartition(n - k)[n - k]]  # (the method: np.argpartition wraps it in Python)
            keep = vals >= kth
            cols, vals = cols[keep], vals[keep]
            # ... then highest score first, ties by column: deterministic
            order = lexsort((cols, -vals))[:k]
            cols = cols[order]
        idx = cols.tolist()
        if same:
            idx = [j for j in idx if j != offset + r]
        out.append(idx)
    return out


def tfidf_neighbours(left, right, k: int = 10, max_df: float = 0.1, same: bool = False, docs=None):
    """Top-k right indices for each left record by TF-IDF cosine (list of lists).
    ``docs``: the records' blocking words (``_blocking_docs``), when the caller has them.
    With ``same`` (one pool) each distinct row is computed once (``_same_pool_top_k``)."""
    from itertools import chain

    import numpy as np

    ldocs, rdocs = docs if docs is not None else _blocking_docs(left, right, same)
    # column-wise (session 15, speed): every word of every record mapped to an id once
    # (ids in order of first sight, left records then right - the order the vocabulary
    # had when it was a Counter), the document frequencies one bincount, the columns
    # the ids of the words in at most ``max_df`` of the records, in that order
    alld = ldocs if same else [*ldocs, *rdocs]
    n = len(alld)
    cap = max(50, int(max_df * n))
    words = list(chain.from_iterable(alld))
    id_of = dict(zip(dict.fromkeys(words), range(len(words))))
    ids = np.fromiter(map(id_of.__getitem__, words), dtype=np.int64, count=len(words))
    df = np.bincount(ids, minlength=len(id_of))
    kept = df <= cap
    col = np.where(kept, np.cumsum(kept) - 1, -1)
    # (the idf of each document frequency once, by math.log as before: a catalogue has
    # ~60,000 words and a few hundred distinct frequencies - session 14, speed)
    dfk = df[kept]
    table = np.zeros(int(dfk.max()) + 1 if len(dfk) else 1, dtype=np.float64)
    for c in np.unique(dfk).tolist():
        table[c] = math.log((n + 1) / (c + 1)) + 1.0
    idf = table[dfk]
    cols = col[ids]
    lengths = np.fromiter(map(len, alld), dtype=np.int64, count=n)
    nl = len(ldocs)
    split = int(lengths[:nl].sum())
    if same:
        return _same_pool_top_k(alld, lengths, cols, idf, min(k + 1, n))
    L = _tfidf_matrix(lengths[:nl], cols[:split], idf)
    R = L if same else _tfidf_matrix(lengths[nl:], cols[split:], idf)
    RT = R.T.tocsr()
    out = []
    kk = min(k + (1 if same else 0), R.shape[0])
    step = 512
    for start in range(0, L.shape[0], step):
        out.extend(_top_k(L[start:start + step] @ RT, kk, start, same))
    return out


def _same_pool_top_k(docs, lengths, cols, idf, kk: int) -> list:
    """``tfidf_neighbours`` of one pool (``same``) with each distinct row computed once.

    Records whose blocking words are the same in the same order (``tuple(doc)``: the
    same columns in the same order, so the same row bit for bit - its norm sums the
    same values in the same order) have the same scores against every record, and
    every record has the same score against each of them: the product is taken over
    the distinct rows only, and a record's top ``kk`` (highest score first, ties by the
    lower index, itself then left out - as ``_top_k`` reads the full product) is found
    among the distinct rows' scores, each standing for its records (at most ``kk`` of
    them, the lowest indices, can be among the top).  The neighbours are those of the
    full product, as sets (session 28, cluster28: a pool of 50,000 offers that are
    2,000 listings many times over took ~6 s for the full product; the idf is read from
    every record, copies included, as before)."""
    import numpy as np

    n = len(docs)
    if not n:
        return []
    first, members, group = {}, [], []
    for r, d in enumerate(docs):
        t = tuple(d)
        g = first.get(t)
        if g is None:
            g = first[t] = len(members)
            members.append([r])
        else:
            members[g].append(r)
        group.append(g)
    reps = [m[0] for m in members]
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    if len(reps) == n:
        rep_cols = cols
    else:
        at = np.asarray(reps, dtype=np.int64)
        rep_cols = np.concatenate([cols[a:b] for a, b in zip(offsets[at].tolist(), offsets[at + 1].tolist())])
    L = _tfidf_matrix(lengths[reps], rep_cols, idf)
    LT = L.T.tocsr()
    mult = np.fromiter(map(len, members), dtype=np.int64, count=len(members))
    lexsort = np.lexsort
    top = [None] * len(members)
    step = 512
    for start in range(0, L.shape[0], step):
        S = (L[start:start + step] @ LT).tocsr()
        indptr, indices, data = S.indptr.tolist(), S.indices, S.data
        for r in range(S.shape[0]):
            a, b = indptr[r], indptr[r + 1]
            gs, vals = indices[a:b], data[a:b]
            pos = vals > 0
            if not pos.all():
                gs, vals = gs[pos], vals[pos]
            m = len(gs)
            if m > kk:
                # (as ``_top_k``: only the groups at or above the ``kk``-th highest score
                # can hold the top ``kk`` records - each group holds one at least)
                kth = vals[vals.argpartition(m - kk)[m - kk]]
                keep = vals >= kth
                gs, vals = gs[keep], vals[keep]
            cnt = mult[gs]
            if int(cnt.sum()) > kk:
                # the groups down to the score at which ``kk`` records are reached (all
                # the groups tied at it), then their records by score and index
                order = (-vals).argsort(kind="stable")
                at = int(np.searchsorted(cnt[order].cumsum(), kk))
                keep = vals >= vals[order[at]]
                gs, vals = gs[keep], vals[keep]
            recs, rvals = [], []
            for g, v in zip(gs.tolist(), vals.tolist()):
                its = members[g][:kk]
                recs += its
                rvals += [v] * len(its)
            if len(recs) > kk:
                o = lexsort((np.asarray(recs), -np.asarray(rvals, dtype=np.float64)))[:kk]
                recs = [recs[i] for i in o.tolist()]
            top[start + r] = recs
    return [[j for j in top[group[r]] if j != r] for r in range(n)]


def _blocking_docs(left, right, same: bool):
    """(left, right) lists of the records' blocking words, each record's once
    (the TF-IDF neighbours and the identical listings both read them)."""
    ldocs = [_words_for_blocking(p) for p in left]
    return ldocs, (ldocs if same else [_words_for_blocking(p) for p in right])


def candidate_pairs(left, right, k: int = 10, same: bool = False, prefix_cap: int = _MAX_POSTING):
    """Candidate (i, j) pairs from code keys and TF-IDF neighbours.  ``prefix_cap``: the most
    records of ``right`` a code prefix pairs up (see ``_MAX_PREFIX_POSTING``)."""
    docs = _blocking_docs(left, right, same)
    pairs = set()
    rkeys = _all_code_keys(right)
    index = _code_index(right, rkeys)
    get = index.get
    for i, ks in enumerate(rkeys if same else _all_code_keys(left)):
        if not ks:
            continue
        for key in ks:
            post = get(key)
            if post and len(post) <= (prefix_cap if key[-1] == "*" else _MAX_POSTING):
                if same:
                    pairs.update([(i, j) if i < j else (j, i) for j in post if j != i])
                else:
                    pairs.update([(i, j) for j in post])
    for i, js in enumerate(tfidf_neighbours(left, right, k=k, same=same, docs=docs)):
        for j in js:
            pairs.add((i, j) if not same or i < j else (j, i))
    pairs |= _identical_pairs(left, right, same, docs)
    return pairs


def _identical_pairs(left, right, same: bool, docs=None) -> set:
    """Records with the same blocking words are candidates of each other, however
    many there are (the TF-IDF drops words in more than ``max_df`` of the records
    and keeps k of tied neighbours): linear pairs per group - each record with the
    group's first of the other side, and the m-th with the m-th (one-to-one
    links of n identical listings per side)."""
    ldocs, rdocs = docs if docs is not None else _blocking_docs(left, right, same)
    groups = defaultdict(lambda: ([], []))
    for i, w in enumerate(ldocs):
        if w:
            groups[frozenset(w)][0].append(i)
    if not same:
        for j, w in enumerate(rdocs):
            if w:
                w = frozenset(w)
                if w in groups:
                    groups[w][1].append(j)
    pairs = set()
    for ls, rs in groups.values():
        if same:
            pairs.update((ls[0], x) for x in ls[1:])
            pairs.update(zip(ls[1:], ls[2:]))
        elif rs:
            pairs.update((i, rs[0]) for i in ls)
            pairs.update((ls[0], j) for j in rs)
            pairs.update(zip(ls, rs))
    return pairs


def match_catalogs(left, right, k: int = 10, threshold: float = 0.5, one_to_one: bool = True):
    """Link each left offer to the same product in the right catalogue.

    Returns [(left_index, right_index, score)] sorted by left index.  With
    ``one_to_one`` (each catalogue lists a product once) a pair links only if
    it passes the pairwise decision and each offer is the other's best
    candidate; an offer whose best candidates are tied and are different
    products is ambiguous and stays unlinked (``assign``).  Without it every
    pair that passes the decision is returned.
    """
    with _cyclic_gc_paused():
        return _match_catalogs(left, right, k, threshold, one_to_one)


def _match_catalogs(left, right, k, threshold, one_to_one):
    # blocking reads only titles and model numbers (``block_keys``); only the
    # offers it pairs up are prepared in full (in a big catalogue most are not)
    lk, rk = [block_keys(o) for o in left], [block_keys(o) for o in right]
    pairs = sorted(candidate_pairs(lk, rk, k=k, prefix_cap=_MAX_PREFIX_POSTING))
    lp = _prepare_used(left, {i for i, _ in pairs})
    rp = _prepare_used(right, {j for _, j in pairs})
    common = _common_codes(lk) | _common_codes(rk)
    lc, rc = _Uncoded(left, common), _Uncoded(right, common)
    accepted = [(s, i, j) for (i, j), s in _score_pairs(lp, rp, pairs, lc, rc) if s >= threshold]
    if one_to_one:
        return mutual_best_links(accepted, _same_within(lp, threshold, lc), _same_within(rp, threshold, rc),
                                 _content_key(left), _content_key(right))
    return sorted((i, j, s) for s, i, j in accepted)


def _same_within(prepared: dict, threshold: float, uncoded=None):
    """The pairs of one catalogue's offers that pass the pairwise decision
    (tied candidates of an offer of the other catalogue)."""
    def same(pairs):
        return {p for p, s in _score_pairs(prepared, prepared, pairs, uncoded, uncoded) if s >= threshold}
    return same


# A code that many offers of one catalogue print is not a model number: a series' ("HON 10500
# Series": a desk, a hutch, a file, thirty others), an interface's ("FireWire 800": drives,
# cards, cables), a device's the offers fit ("D7000": a flash, bags, cleaning kits).  Each
# catalogue lists a product once (and its colours a few times), so a real model number is
# printed by a few offers.  Two offers that share such a code are not the same product by
# it: ``match_catalogs`` decides such a pair as if neither printed the codes it shares that
# more than this many offers of either catalogue print (each keeps the rest, and a code only
# one of them prints still tells them apart; an MPN field stays a part number).
# Session 24, catalog-walmart-amazon: 77 accepted pairs through such codes (FireWire800 48
# offers, 10500 31, 10700 27, 38000 14, D7000 20, IEEE1394 7 ...), none in gt.csv, and no
# pair of gt.csv accepted before is lost with any threshold from 4 to 30; of the 703 pairs of
# gt.csv that share a code, 2 share only codes of more than 6 offers.  (catalog-abt-buy, left
# out to check: the same links.)
_MAX_CODE_OFFERS = 6


def _content_key(offers):
    """key(i): equal for identical listings (every field the same) - the pairwise
    decision cannot tell them apart, so their sameness is asked once."""
    import json

    memo = {}

    def key(i):
        k = memo.get(i)
        if k is None:
            o = offers[i]
            try:
                k = json.dumps(o, sort_keys=True, default=repr)
            except (TypeError, ValueError):
                k = ("id", i)
            memo[i] = k
        return k
    return key


def _common_codes(keys, most: int | None = None) -> frozenset:
    """The codes that more than ``most`` offers of one catalogue print (their ``block_keys``)."""
    most = _MAX_CODE_OFFERS if most is None else most
    counts = Counter(chain.from_iterable([k.allcodes for k in keys]))
    return frozenset([c for c, n in counts.items() if n > most])


class _Uncoded:
    """The prepared offers of one catalogue without some of their codes (``without_codes``),
    each copy made once: ``common`` the codes of too many offers (see ``_MAX_CODE_OFFERS``)."""

    __slots__ = ("offers", "common", "copies")

    def __init__(self, offers, common: frozenset):
        self.offers, self.common, self.copies = offers, common, {}

    def get(self, i, drop: frozenset):
        key = (i, drop)
        p = self.copies.get(key)
        if p is None:
            p = self.copies[key] = without_codes(self.offers[i], drop)
        return p


def _prepare_used(offers, used) -> dict:
    # (the first stage: the scoring completes the offers of the pairs no conflict decides)
    return {i: prepare_light(offers[i]) for i in sorted(used)}


def _score_pairs(lp, rp, pairs, lc=None, rc=None):
    """[((i, j), match score)] of candidate pairs, scored in chunks as arrays.  With
    ``lc`` / ``rc`` (``_Uncoded``) a pair whose offers share codes of ``lc.common``
    is decided without them (see ``_MAX_CODE_OFFERS``)."""
    common = lc.common if lc is not None else None
    out = []
    for start in range(0, len(pairs), CHUNK):
        chunk = pairs[start:start + CHUNK]
        pa = [lp[i] for i, _ in chunk]
        pb = [rp[j] for _, j in chunk]
        if common:
            for k, (i, j) in enumerate(chunk):
                a, b = pa[k].allcodes, pb[k].allcodes
                if a and b and not common.isdisjoint(a) and not common.isdisjoint(b):
                    drop = common.intersection(a, b)
                    if drop:
                        pa[k], pb[k] = lc.get(i, drop), rc.get(j, drop)
        scores, _, _ = decide_staged(pa, pb)
        out.extend(zip(chunk, scores.tolist()))
    return out


def _cannot_link(pa, pb) -> bool:
    """A conflict (GTIN, brand, part number, units, colour, edition ...) of the
    precision rules: never in one product, whatever links them indirectly."""
    return _cannot_link_many([(pa, pb)])[0]


def _cannot_link_many(pairs) -> list:
    """``_cannot_link`` of each pair of prepared offers, the conflicts read in batches of ``CHUNK``
    (one reading for the guard of ``cluster`` and for a single pair: session 28's re-read)."""
    out = [False] * len(pairs)
    # (a shared GTIN links; else the conflict columns alone: the same reasons as the full feature
    # vector's)
    ask = [n for n, (pa, pb) in enumerate(pairs) if not (pa.gtin and pa.gtin == pb.gtin)]
    for start in range(0, len(ask), CHUNK):
        chunk = ask[start:start + CHUNK]
        reasons = staged_conflict_reasons([pairs[n][0] for n in chunk], [pairs[n][1] for n in chunk])
        for n, r in zip(chunk, reasons.tolist()):
            out[n] = bool(r)
    return out


def cluster(offers, k: int = 10, threshold: float = 0.5, low: float = 0.15) -> list[int]:
    """Product id per offer: union-find over confident matches.

    Two groups are merged only if no pair across them is a hard conflict
    (different GTINs, "4070" vs "4070 Ti", 1TB vs 2TB, different MPNs or
    brands) or scores below ``low`` - so a vague listing cannot chain two
    different variants into one product.  An offer whose best-scoring
    candidates are tied and are different products (a plain "K2010 keyboard"
    and the red and the black K2010) joins none of them (``assign``).
    """
    with _cyclic_gc_paused():
        return _cluster(offers, k, threshold, low)


# the merge guard of ``cluster`` reads at most this many pairs across two groups, row by row (the
# first offers of the one group against every offer of the other), as it always did
_GUARD_PAIRS = 400
# rounds of the union that take the guard's pairs not yet decided as passing, then decide them all
# in one batch (see ``_cluster``); after these, each pair is decided as the guard reads it
_ROUNDS = 8


def _listings(offers) -> tuple:
    """(prepared offer per offer, listing id per offer).  Offers whose fields the matcher reads
    are equal - ``prepared._offer_fields``: title, brand, MPN, GTIN, price, description,
    category, every field ``prepare_light`` reads - are one listing to it: one prepared
    offer, and every decision about a pair of them is the decision about any other pair of
    the same two listings.  (An offer with an unhashable field, which ``prepare_light``
    reads as its text, is a listing of its own.)  Session 28, cluster28: a pool in which
    one listing comes many times (many shops, a crawl run twice, an attacker) asks each
    pair of listings once, not each pair of copies."""
    from .prepared import _offer_fields

    ids, first, kid = {}, [], []
    for i, o in enumerate(offers):
        f = _offer_fields(o)
        try:
            k = ids.get(f)
        except TypeError:
            f, k = ("offer", i), None
        if k is None:
            k = ids[f] = len(first)
            first.append(prepare_light(o))
        kid.append(k)
    return [first[k] for k in kid], kid


class _Decisions:
    """The pairwise decisions ``cluster`` reads, per pair of listings (``_listings``), each
    asked once and in batches (``_score_pairs``: one batch of array operations per
    ``CHUNK`` pairs, ~5x cheaper a pair than ``decide`` one at a time): the score of offers
    (a, b), a < b, in that order, as the candidates are scored; and whether a hard conflict
    keeps x and y apart (``_cannot_link(x, y)``, in the order the guard asks it).  Neither
    is assumed symmetric: a pair of listings is kept in the order it was asked."""

    __slots__ = ("ps", "kid", "scores", "conflicts")

    def __init__(self, ps, kid):
        self.ps, self.kid = ps, kid
        self.scores, self.conflicts = {}, {}

    def _unknown(self, pairs, known) -> dict:
        """{(listing, listing): the first index pair asking it} of the index pairs whose listings'
        pair ``known`` does not hold yet."""
        kid, todo = self.kid, {}
        for i, j in pairs:
            key = (kid[i], kid[j])
            if key not in known and key not in todo:
                todo[key] = (i, j)
        return todo

    def score_many(self, pairs) -> None:
        """Scores the index pairs (i, j), i < j, whose listings' pair is not scored yet."""
        scores = self.scores
        todo = self._unknown(pairs, scores)
        if todo:
            for key, (_, s) in zip(todo, _score_pairs(self.ps, self.ps, list(todo.values()))):
                scores[key] = s

    def score(self, i, j):
        """The score of offers i < j (None when not asked yet)."""
        return self.scores.get((self.kid[i], self.kid[j]))

    def conflict_many(self, pairs) -> None:
        """``_cannot_link`` of the index pairs (x, y) whose listings' pair is not known yet, as a batch."""
        conflicts = self.conflicts
        todo = self._unknown(pairs, conflicts)
        if todo:
            ps = self.ps
            found = _cannot_link_many([(ps[x], ps[y]) for x, y in todo.values()])
            conflicts.update(zip(todo, found))

    def guard(self, x, y, low):
        """False when x and y cannot be one product (a hard conflict, or a score below
        ``low``), True when they can, None when the pair is not decided yet."""
        kid = self.kid
        c = self.conflicts.get((kid[x], kid[y]))
        if c is None:
            return None
        if c:
            return False
        s = self.scores.get((kid[x], kid[y]) if x < y else (kid[y], kid[x]))
        return None if s is None else s >= low

    def decide_guard(self, pairs, low) -> None:
        """Decides the guard of the index pairs (x, y): conflicts first, then the scores of
        the pairs without one (as ``_cannot_link(x, y) or pair_score(x, y) < low`` reads them)."""
        self.conflict_many(pairs)
        kid, conflicts = self.kid, self.conflicts
        self.score_many([(x, y) if x < y else (y, x) for x, y in pairs if not conflicts[(kid[x], kid[y])]])


def _union(n, edges, guard) -> list:
    """Product id per offer: the ``edges`` (best first) merged by union-find, two groups only
    if ``guard(x, y)`` holds for every pair across them that it reads (the first
    ``_GUARD_PAIRS``, row by row)."""
    parent = list(range(n))
    members = {i: [i] for i in range(n)}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for s, i, j in edges:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        ok = True
        mi, mj = members[ri], members[rj]
        budget = _GUARD_PAIRS
        for x in mi:
            for y in mj:
                budget -= 1
                if budget < 0:
                    break
                if not guard(x, y):
                    ok = False
                    break
            if not ok or budget < 0:
                break
        if not ok:
            continue
        if len(mi) < len(mj):
            ri, rj = rj, ri
        parent[rj] = ri
        members[ri].extend(members.pop(rj))

    ids = {}
    out = []
    for i in range(n):
        r = find(i)
        if r not in ids:
            ids[r] = len(ids)
        out.append(ids[r])
    return out


def _cluster(offers, k, threshold, low):
    n = len(offers)
    if n == 0:
        return []
    ps, kid = _listings(offers)
    if n <= 60:
        cands = {(i, j) for i in range(n) for j in range(i + 1, n)}
    else:
        cands = candidate_pairs(ps, ps, k=k, same=True)
    cands = sorted(cands)
    book = _Decisions(ps, kid)
    book.score_many(cands)
    edges = []
    for i, j in cands:
        s = book.score(i, j)
        if s >= threshold:
            edges.append((s, i, j))

    def same_many(pairs):
        book.score_many(pairs)
        return {p for p in pairs if book.score(*p) >= threshold}

    # an offer whose best edges are tied between different products joins none
    # of them (as in ``match_catalogs``: the matcher cannot tell which it is);
    # identical listings (every field equal) are one tied candidate (``assign``)
    unsure = ambiguous_offers(edges, None, _content_key(offers), same_many)
    edges = [e for e in edges if e[1] not in unsure and e[2] not in unsure]
    edges.sort(key=lambda t: (-t[0], t[1], t[2]))

    # The guard's pairs are decided in batches (session 28, cluster28): a round of the union
    # takes every pair it reads and has no decision for yet as passing, and notes it; the
    # noted pairs are then decided in one batch and the union runs again.  A round that
    # noted none read the true decision of every pair it asked - it is the union itself,
    # and its ids are returned.  (A guard seldom refuses - 100 of 18,114 merges of 20,000
    # offers - so the second or third round is that one; one at a time the pairs cost ~1 ms
    # each: 85 s of 20,000 near-duplicate offers.)
    def speculative(x, y):
        v = book.guard(x, y, low)
        if v is None:
            noted.append((x, y))
            return True
        return v

    for _ in range(_ROUNDS):
        noted = []
        ids = _union(n, edges, speculative)
        if not noted:
            return ids
        book.decide_guard(noted, low)

    def exact(x, y):
        v = book.guard(x, y, low)
        if v is None:
            book.decide_guard([(x, y)], low)
            v = book.guard(x, y, low)
        return v

    return _union(n, edges, exact)
