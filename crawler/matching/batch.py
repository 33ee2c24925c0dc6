"""Pair features for a whole batch at once, column-wise.

``batch_features(prepared_a, prepared_b)`` returns the feature matrix (one row
per aligned pair, ``features.ALL_FEATURES`` columns) that ``features.
pair_features`` gives row by row - the same values bit for bit (floating-point
sums are added in the same order, or rounded once with ``math.fsum`` as there),
so the same decisions.  It is what serves (``_decide``: ``match_many``,
``cluster``, ``match_catalogs``, ``pricelens match``) and what trains
(``train.featurize``).

How: the distinct offers of the batch are read once into columns (their
numbers and flags, kept per offer in ``Prepared.cols``) and into sparse
matrices over one vocabulary of the batch's title words (normalised TF-IDF
weights, word presence, idf).  The title cosine, the shared words and their
idf are row-wise products of two row selections of those matrices (from
``SPARSE_MIN`` rows; below it - the full path of most batches - set and dict
operations per pair, as ``pair_features``: their fixed cost saved); title
similarities are ``rapidfuzz.process.cpdist`` over the pair columns; sets
(trigrams, colours, types, numbers, categories, variants, GTINs) are compared
by C-level set operations mapped over the pair columns.  The relations that
need string logic (model numbers, MPN, brand, units, facets, identifying
words) run as a Python loop only over the rows where both offers - or, where
one side suffices, either - have something to compare; every other row gets
the relation's "nothing to compare" value.

Batches below ``SMALL`` pairs (one pair's ``match_score``) go through
``pair_features`` directly: the same values without the fixed cost of the
array operations.

Before any of that, ``staged_conflict_reasons`` finds the pairs' conflicts
(``rules.conflict_reasons``) from the few columns they read
(``CONFLICT_COLUMNS``), computed by the same functions from offers prepared
only as far as the conflicts need (``prepared.prepare_light``, then
``prepared.facets_stage`` for the pairs GTIN, brand, MPN, third party and
units leave open): ``_decide.decide_staged`` builds the whole matrix only for
the pairs without a conflict (about one in five candidate pairs).
"""

from __future__ import annotations

from itertools import chain, count, product
from math import fsum
from operator import and_, attrgetter, ne

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel
from rapidfuzz.process import cpdist
from scipy.sparse import csr_matrix

from . import seeds as S
from .facets import conflicts, ids_agree_excused, lead_word_only, tier_differs
from .prepared import code_part, facet_part, keys_part
from .relations import _generation_words, own_replacement
from .rules import REASONS, conflict_reasons, evidence, learned_gate
from .variants import form_conflict, slot_conflict
from .office_mobile import variants_glued_same  # (session 20, en20a)
from .accessory import accessory_against_device, accessory_conflict  # (session 11, accessory)
from .learned24 import learned_veto  # (session 24, hh24b)
from .pagename import name_same  # (session 11, wdc)
from .wordclass import variants_in_feature_list
from .made_for import named_third_party  # (session 16, prec; session 30)
from . import ml24 as _ml24  # (session 24, ml24)
from .features import (
    _FACET_ORDER,
    facet_flags,
    ALL_FEATURES,
    _cos_scaled,
    _codes_missing,
    _numbers_missing,
    both_min,
    _line_codes_only,
    word_after_number,
    mvariants_differ,
    _shared_code_len,
    brand_relation,
    code_from_mpn_only,
    code_relation,
    device_conflict,
    generation_misses,
    facets_stage,
    shared_codes,
    identifying_misses,
    model_conflict,
    mpn_relation,
    pair_features,
    printed_mpn_conflict,
    unit_relation,
)

_I = {n: i for i, n in enumerate(ALL_FEATURES)}
SMALL = 16  # batches below this size go through ``pair_features`` row by row
# batches below this size compare title words per pair (``_word_cols``), larger ones
# by sparse row-wise products (``_Offers``).  Session 19, speed: per pair was never the
# slower at 100-4,000 rows (100: 4.6 vs 5.9 ms, 4,000: 192 vs 200 ms for the whole
# matrix) - the sparse products' fixed cost, some forty scipy calls, is what a batch's
# full path (~165 rows per 1,000 candidate pairs) pays for nothing
SPARSE_MIN = 2000
NF = len(ALL_FEATURES)


def _flags(values, m) -> np.ndarray:
    return np.fromiter(map(bool, values), bool, m)


class _Offers:
    """The distinct offers of a batch, in columns."""

    def __init__(self, U, sparse: bool = True):
        self.U = U
        m = len(U)
        self.m = m
        # (without ``sparse`` no title-word matrices: ``batch_features`` compares the
        # few pairs' words per pair - ``_word_cols``)
        self.grams = list(map(_GRAMS, U))
        # the numbers and flags each offer keeps in ``Prepared.cols``
        C = np.array(list(map(_COLS, U)), dtype=np.float64).reshape(m, len(_COL_NAMES))
        for k, name in enumerate(_COL_NAMES):
            setattr(self, name, C[:, k] if k < _N_NUM else C[:, k] > 0)
        if not sparse:
            self.T = self.TP = self.TB = self.TI = None
            return
        # (C-level iteration throughout - chain / map / attrgetter -, no Python
        # loop per word)
        vecs = list(map(_VEC, U))
        # one vocabulary of the batch's title words
        vocab = dict(zip(dict.fromkeys(chain.from_iterable(vecs)), count()))
        V = max(len(vocab), 1)
        lt = np.fromiter(map(len, vecs), np.int64, m)
        nt = int(lt.sum())
        cols_t = np.fromiter(map(vocab.__getitem__, chain.from_iterable(vecs)), np.int64, nt)
        # (vec: TF-IDF, not normalised; widf: idf, same keys in the same order)
        w_t = np.fromiter(chain.from_iterable(map(dict.values, vecs)), np.float64, nt)
        w_t *= np.repeat(np.fromiter(map(_VINV, U), np.float64, m), lt)
        idf_t = np.fromiter(chain.from_iterable(map(dict.values, map(_WIDF, U))), np.float64, nt)
        # position of each word in its title's dict + 1 (the order ``_cos_scaled`` adds in)
        pos_t = np.arange(nt, dtype=np.float64) - np.repeat(np.cumsum(lt) - lt, lt) + 1.0
        self.T = _csr(w_t, cols_t, lt, m, V)               # title TF-IDF, normalised
        self.TP = _csr(pos_t, cols_t, lt, m, V)            # position of each title word + 1
        self.TB = _csr(np.ones(nt), cols_t, lt, m, V)      # title words
        self.TI = _csr(idf_t, cols_t, lt, m, V)            # title words' idf
        # (the full texts - ~60 words with a description - and the trigrams are
        # compared per pair with C-level set operations: for a batch of cold
        # offers a vocabulary of them costs more than it saves)


# the columns of ``Prepared.cols``: numbers, then flags
_COL_NAMES = ("ntok", "ncodes", "price", "idfsum", "nwords", "vinv", "ngrams",
              "has_desc", "third", "has_mpn", "mpn_digit", "has_brand", "has_units", "has_codes",
              "has_allcodes", "has_seed", "full_is_title", "facets_any", "digit_words", "idwords_any")
_N_NUM = 7


(_VEC, _VINV, _WIDF, _GRAMS, _GTIN, _VARIANTS, _MVARIANTS, _COLOURS, _TYPES, _CATSET, _NUMBERS,
 _PLAINNUMS, _COLS) = map(attrgetter, (
    "vec", "vinv", "widf", "grams", "gtin", "variants", "mvariants", "colours", "types", "catset",
    "numbers", "plainnums", "cols"))


def _csr(data, cols, lengths, m, V):
    indptr = np.zeros(m + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    # (copies: several matrices share the arrays, and sorting sorts them in place)
    M = csr_matrix((data.copy(), cols.copy(), indptr), shape=(m, V))
    M.sort_indices()
    return M


def _rowdot(M, ia, ib) -> np.ndarray:
    """Per pair k the sum over columns of M[ia[k]] * M[ib[k]]."""
    return np.asarray(M[ia].multiply(M[ib]).sum(axis=1)).ravel()


def _cosine(O, ia, ib, n) -> np.ndarray:
    """Title cosines of the pairs, bit for bit as ``prepared._cos_scaled``: the
    products of the shared words' normalised weights added one by one in the
    order of the smaller title's dict (a floating-point sum depends on its
    order, and two equal titles must give the same 1.0 or not as one pair at
    a time).  The products go into a (pairs x position) array, zeros where a
    word is not shared, and the columns are added left to right for all pairs
    at once."""
    Ta, Tb = O.T[ia], O.T[ib]
    prod = Ta.multiply(Tb).tocsr()
    if not prod.nnz:
        return np.zeros(n)
    TBa, TBb = O.TB[ia], O.TB[ib]
    pos_a = O.TP[ia].multiply(TBb).tocsr()
    pos_b = O.TP[ib].multiply(TBa).tocsr()
    # (same shared columns, each sorted: the three data arrays line up)
    la, lb = O.nwords[ia], O.nwords[ib]
    rows = np.repeat(np.arange(n), np.diff(prod.indptr))
    a_small = (la <= lb)[rows]
    pos = np.where(a_small, pos_a.data, pos_b.data).astype(np.int64) - 1
    width = int(pos.max()) + 1
    P = np.zeros((n, width))
    P[rows, pos] = prod.data
    out = np.zeros(n)
    for j in range(width):
        out += P[:, j]
    return out


def _word_cols(PA, PB, n):
    """(shared title words, title cosine, sum and max of the shared words' idf)
    of each pair, per pair as ``pair_features`` computes them (``_cos_scaled``;
    ``math.fsum``, a sum rounded once): the same values as the sparse products
    of ``_Offers``' matrices, without their fixed cost - some forty scipy
    operations, ~2-3 ms a batch - where the pairs are few (``SPARSE_MIN``; the
    full path of a batch of 1,000 candidate pairs has ~170)."""
    inter = np.empty(n)
    ct = np.empty(n)
    sidf = np.zeros(n)
    smax = np.zeros(n)
    for k, a, b in zip(range(n), PA, PB):
        shared = a.wordset & b.wordset
        inter[k] = len(shared)
        ct[k] = _cos_scaled(a.vec, b.vec, a.vinv, b.vinv)
        if shared:
            widf = a.widf
            vals = [widf[w] for w in shared]
            sidf[k] = fsum(vals)
            smax[k] = max(vals)
    return inter, ct, sidf, smax


def _distinct(PA, PB):
    """(distinct offers, row of each a, row of each b)."""
    first = dict(zip(map(id, PA), PA))
    first.update(zip(map(id, PB), PB))
    U = list(first.values())
    pos = {k: i for i, k in enumerate(first)}
    n = len(PA)
    ia = np.fromiter(map(pos.__getitem__, map(id, PA)), np.int64, n)
    ib = np.fromiter(map(pos.__getitem__, map(id, PB)), np.int64, n)
    return U, ia, ib


def _ratio_cols(num, den, where, default):
    out = np.full(num.shape, default, dtype=np.float64)
    np.divide(num, den, out=out, where=where)
    return out


# the columns only ``rules.learned_gate`` reads, each with its reader: on the decision's path
# computed last, only in the rows the gate may pass (``_gate_rows``)
_GATE_READERS = (("number_word", word_after_number), ("acc_device", accessory_against_device),
                 ("learned_veto", learned_veto))


def batch_features(PA, PB, no_conflicts: bool = False, known=None) -> np.ndarray:
    """Feature matrix (rows: pairs ``(PA[k], PB[k])`` of prepared offers,
    columns: ``ALL_FEATURES``), equal to ``pair_features`` row by row.
    ``no_conflicts``: the pairs are known to have no conflict (``rules.
    conflict_reasons`` 0), so the conflict columns the rules alone read are
    left 0, and ``tier_differs`` is computed only where it changes the
    evidence (``_tier_rows``): the decisions are the same.  ``known``: what
    ``staged_conflict_reasons(..., keep=)`` computed for these pairs (a
    ``Known``), read instead of computed again."""
    PA = list(PA)
    PB = list(PB)
    n = len(PA)
    if n < SMALL:
        # a handful of pairs (one pair's match_score): the per-pair function,
        # same values (tests/test_matching_batch_features.py), without the
        # fixed cost of some hundred array operations
        if not n:
            return np.zeros((0, NF), dtype=np.float64)
        return np.asarray(list(map(pair_features, PA, PB)), dtype=np.float64)
    X = np.zeros((n, NF), dtype=np.float64)
    U, ia, ib = _distinct(PA, PB)
    O = _Offers(U, sparse=n >= SPARSE_MIN)
    c = _I

    # title similarities (rapidfuzz over the pair columns)
    titles = [p.title for p in U]
    ta = [titles[i] for i in ia.tolist()]
    tb = [titles[i] for i in ib.tolist()]
    both_t = np.fromiter((bool(x) for x in titles), bool, len(U))
    both_t = both_t[ia] & both_t[ib]
    ts = cpdist(ta, tb, scorer=fuzz.token_set_ratio, dtype=np.float64, workers=1) * 0.01
    rt = cpdist(ta, tb, scorer=fuzz.ratio, dtype=np.float64, workers=1) * 0.01
    X[:, c["tset"]] = np.where(both_t, ts, 0.0)
    X[:, c["ratio"]] = np.where(both_t, rt, 0.0)

    # shared words
    if O.T is None:
        # (a few hundred pairs: per pair, by set and dict operations - ``_word_cols``)
        inter, ct, sidf, smax = _word_cols(PA, PB, n)
    else:
        inter = _rowdot(O.TB, ia, ib)
    la, lb = O.nwords[ia], O.nwords[ib]
    union = la + lb - inter
    X[:, c["jacc"]] = _ratio_cols(inter, union, union > 0, 0.0)
    mn = np.minimum(la, lb)
    X[:, c["contain"]] = _ratio_cols(inter, mn, mn > 0, 0.0)

    # cosines: title as a row-wise sparse product; full text per pair where
    # either offer has more than its title
    if O.T is not None:
        ct = _cosine(O, ia, ib, n)
    X[:, c["cos_title"]] = ct
    cf = ct.copy()
    rows = np.flatnonzero(~(O.full_is_title[ia] & O.full_is_title[ib]))
    if len(rows):
        cf[rows] = [_cos_scaled(a.fullvec, b.fullvec, a.fullinv, b.fullinv)
                    for a, b in zip(map(PA.__getitem__, rows.tolist()), map(PB.__getitem__, rows.tolist()))]
    X[:, c["cos_full"]] = cf

    # idf of the shared words: sum and max
    if O.T is not None:
        S_idf = O.TB[ia].multiply(O.TI[ib]).tocsr()
        # (math.fsum per pair, as pair_features: a sum rounded once, whatever the
        # order - wcontain is exactly 1.0 for two equal titles, and the trees split there)
        d, ip = S_idf.data.tolist(), S_idf.indptr.tolist()
        sidf = np.fromiter(map(fsum, map(d.__getitem__, map(slice, ip[:-1], ip[1:]))), np.float64, n)
        smax = S_idf.max(axis=1).toarray().ravel()
    X[:, c["idf_shared_max"]] = smax
    mn_idf = np.minimum(O.idfsum[ia], O.idfsum[ib])
    X[:, c["wcontain"]] = _ratio_cols(sidf, mn_idf, mn_idf != 0, 0.0)

    # rarest plain word of the shorter title that the other offer never mentions
    na, nb = O.ntok[ia], O.ntok[ib]
    # (two titles of one length: the rarer of the two, so that the pair's order says nothing)
    X[:, c["idf_missing_max"]] = [_missing_max(a, b) if a.ntok < b.ntok else _missing_max(b, a) if a.ntok > b.ntok
                                  else max(_missing_max(a, b), _missing_max(b, a))
                                  for a, b in zip(PA, PB)]

    # trigrams: shared ones counted by C-level set intersections over the pair columns
    G = O.grams
    gi = np.fromiter(map(len, map(and_, map(G.__getitem__, ia.tolist()), map(G.__getitem__, ib.tolist()))),
                     np.float64, n)
    lga, lgb = O.ngrams[ia], O.ngrams[ib]
    gboth = (lga > 0) & (lgb > 0)
    X[:, c["gram_jacc"]] = _ratio_cols(gi, lga + lgb - gi, gboth, 0.0)
    X[:, c["gram_contain"]] = _ratio_cols(gi, np.minimum(lga, lgb), gboth, 0.0)

    # counts, prices, lengths
    ca, cb = O.ncodes[ia], O.ncodes[ib]
    X[:, c["codes_a_b_min"]] = np.minimum(ca, cb)
    one = (ca > 0) != (cb > 0)
    X[:, c["codes_one_side"]] = one
    # (2: the one offer's model number is its MPN field alone, session 14)
    for k in np.flatnonzero(one & (O.has_mpn[ia] | O.has_mpn[ib])).tolist():
        if code_from_mpn_only(PA[k], PB[k]):
            X[k, c["codes_one_side"]] = 2.0
    if not no_conflicts:
        # (the decision's path computes these two last, only where ``rules.learned_gate``
        # reads them: ``_gate_rows``)
        for name, reader in _GATE_READERS:
            X[:, c[name]] = list(map(reader, PA, PB))
    pa, pb = O.price[ia], O.price[ib]
    pboth = (pa != 0) & (pb != 0)
    X[:, c["price_ratio"]] = np.where(
        pboth, _ratio_cols(np.minimum(pa, pb), np.maximum(pa, pb), pboth, -1.0), -1.0)
    nboth = (na != 0) & (nb != 0)
    X[:, c["len_ratio"]] = _ratio_cols(np.minimum(na, nb), np.maximum(na, nb), nboth, 0.0)
    X[:, c["ntok_min"]] = np.minimum(na, nb)
    X[:, c["has_desc"]] = (O.has_desc[ia] | O.has_desc[ib]).astype(np.float64)

    # sets compared by C-level set operations over the pair columns
    X[:, c["gtin_conflict"]] = _differ(PA, PB, _GTIN, n, both=True)
    vc = _differ(PA, PB, _VARIANTS, n)
    for k in np.flatnonzero(vc).tolist():
        # (a variant word qualifying a feature of a long title: ``segments``)
        if (variants_in_feature_list(PA[k], PB[k]) or variants_glued_same(PA[k], PB[k])
                or _ml24.variants_spelled(PA[k], PB[k])):  # (session 24, ml24: "Professional" in Devanagari)
            vc[k] = False  # (session 20, en20a: "603 XL" / "603XL", ``office_mobile``)
    X[:, c["variant_conflict"]] = vc
    mv = _differ(PA, PB, _MVARIANTS, n)
    for k in np.flatnonzero(mv).tolist():
        # (a variant word both titles print, one of them away from the number)
        if not mvariants_differ(PA[k], PB[k]):
            mv[k] = False
    X[:, c["mvariant_conflict"]] = mv
    mpn_both = O.has_mpn[ia] & O.has_mpn[ib]
    X[:, c["mpn_both"]] = mpn_both
    X[:, c["mpn_code"]] = O.mpn_digit[ia] & O.mpn_digit[ib]
    inter, la_, lb_ = _overlap(PA, PB, _COLOURS, n)
    X[:, c["colour_conflict"]] = (la_ > 0) & (lb_ > 0) & (inter == 0)
    inter, la_, lb_ = _overlap(PA, PB, _TYPES, n)
    tboth = (la_ > 0) & (lb_ > 0)
    X[:, c["type_match"]] = tboth & (inter > 0)
    X[:, c["type_conflict"]] = tboth & (inter == 0)
    inter, la_, lb_ = _overlap(PA, PB, _CATSET, n)
    both = (la_ > 0) & (lb_ > 0)
    X[:, c["cat_jacc"]] = _ratio_cols(inter, la_ + lb_ - inter, both, -1.0)
    inter, la_, lb_ = _overlap(PA, PB, _NUMBERS, n)
    both = (la_ > 0) & (lb_ > 0)
    X[:, c["num_match"]] = both & (inter > 0)
    X[:, c["num_conflict"]] = both & (inter == 0)
    inter, la_, lb_ = _overlap(PA, PB, _PLAINNUMS, n)
    both = (la_ > 0) & (lb_ > 0)
    X[:, c["plainnum_jacc"]] = _ratio_cols(inter, la_ + lb_ - inter, both, -1.0)

    # string relations: a Python loop over the rows where both sides have something
    # model numbers (code_relation: with no code on either side and no joined
    # code on both it gives exact = strong = ... = 0 and sim -1)
    iac, ibc = O.has_codes[ia], O.has_codes[ib]
    X[:, c["code_sim"]] = -1.0
    rel_cols = [c[k] for k in ("code_exact", "code_strong", "code_specific", "code_prefix",
                               "code_in_text", "code_conflict", "code_sim", "code_for_only")]
    rows = np.flatnonzero(iac | ibc | (O.has_allcodes[ia] & O.has_allcodes[ib]))
    rels = {}
    krel = known.rels if known is not None else None
    if len(rows):
        R = np.empty((len(rows), 8))
        for k, r in enumerate(rows.tolist()):
            rel = krel[r] if krel is not None and krel[r] is not None else code_relation(PA[r], PB[r])
            rels[r] = rel
            R[k] = rel
        X[np.ix_(rows, rel_cols)] = R
    # MPN
    X[:, c["mpn_sim"]] = -1.0
    rows = np.flatnonzero(mpn_both)
    if len(rows):
        X[rows, c["mpn_sim"]] = cpdist([PA[r].mpn for r in rows.tolist()],
                                       [PB[r].mpn for r in rows.tolist()],
                                       scorer=Indel.normalized_similarity, dtype=np.float64, workers=1)
    rows = np.flatnonzero(O.has_mpn[ia] | O.has_mpn[ib])
    if known is not None:
        # (``_first_row``: mpn_relation where either offer has an MPN, brand_relation
        # where either has a brand - these rows)
        X[rows, c["mpn_rel"]] = known.X[rows, c["mpn_rel"]]
    else:
        for r in rows.tolist():
            X[r, c["mpn_rel"]] = mpn_relation(PA[r], PB[r])
    # brand
    rows = np.flatnonzero(O.has_brand[ia] | O.has_brand[ib])
    if known is not None:
        X[rows, c["brand"]] = known.X[rows, c["brand"]]
    else:
        for r in rows.tolist():
            X[r, c["brand"]] = brand_relation(PA[r], PB[r])
    # units
    rows = np.flatnonzero(O.has_units[ia] & O.has_units[ib])
    ucols = [c["unit_match"], c["unit_disj"], c["unit_diff"], c["unit_hard"]]
    if len(rows):
        X[np.ix_(rows, ucols)] = [unit_relation(PA[r], PB[r]) for r in rows.tolist()]
    # facets (conflicts() of two empty facet dicts is empty)
    rows = np.flatnonzero(O.facets_any[ia] | O.facets_any[ib])
    fcols = [c["x_" + k] for k in _FACET_ORDER] + [c["x_kind"]]
    if known is not None:
        # (``_facet_words_row``: conflicts() where either offer has facets)
        X[np.ix_(rows, fcols)] = known.X[np.ix_(rows, fcols)]
        rows = rows[:0]
    for r in rows.tolist():
        xs = conflicts(PA[r].facets, PB[r].facets, PA[r].wordset, PB[r].wordset)
        if xs:
            X[r, fcols] = [*facet_flags(xs), 1.0 if "kind" in xs else 0.0]
    # model-number conflict: where code_relation says "conflict", or both
    # offers print codes (``relations.digit_sibling``)
    cc = c["code_conflict"]
    rows = np.flatnonzero((X[:, cc] > 0) | (iac & ibc))
    if known is not None:
        # (``_model_row``: model_conflict where code_relation says "conflict"
        # or both offers print codes - these rows)
        X[rows, c["x_model"]] = known.X[rows, c["x_model"]]
        rows = rows[:0]
    for r in rows.tolist():
        X[r, c["x_model"]] = model_conflict(PA[r], PB[r], rels[r])
    # identifying words
    rows = np.flatnonzero(O.idwords_any[ia] | O.idwords_any[ib])
    icols = [c["id_miss_min"], c["id_miss_max"], c["id_shared"], c["id_alpha_miss_max"]]
    if len(rows):
        vals = []
        for r in rows.tolist():
            ma, mb, ish, alpha = identifying_misses(PA[r], PB[r])
            vals.append((min(ma, mb), max(ma, mb), ish, alpha))
        X[np.ix_(rows, icols)] = vals
    if known is not None:
        # (``_first_row`` / ``staged_conflict_reasons``: the page names' and the third party's
        # columns of every pair without a conflict, by the same functions - read back; session 22)
        X[:, c["name_same"]] = known.X[:, c["name_same"]]
        X[:, c["third_party"]] = known.X[:, c["third_party"]]
    else:
        # the same name literal of two web pages (``pagename``; session 11, wdc)
        rows = np.flatnonzero(np.fromiter((a.pagename is not None and b.pagename is not None
                                           for a, b in zip(PA, PB)), bool, n))
        for r in rows.tolist():
            X[r, c["name_same"]] = name_same(PA[r], PB[r])
        # third party: one title says "compatible" ... and the brands are not known the same
        X[:, c["third_party"]] = ((O.third[ia] != O.third[ib]) & (X[:, c["brand"]] < 1)).astype(np.float64)
        for r in np.flatnonzero((X[:, c["third_party"]] > 0) & (X[:, c["brand"]] == 0)).tolist():
            if own_replacement(PA[r], PB[r]):  # (session 11, recall: "Brita Standard Replacement Filters")
                X[r, c["third_party"]] = 0.0
        for r in np.flatnonzero(X[:, c["third_party"]] == 0).tolist():
            if named_third_party(PA[r], PB[r]):  # (session 16, prec: "Replacement for Brita", ``made_for``; session 30)
                X[r, c["third_party"]] = 1.0
    # longest model number printed as one token on both sides
    rows = np.flatnonzero(iac & ibc)
    for r in rows.tolist():
        X[r, c["code_shared_len"]] = _shared_code_len(PA[r], PB[r])
        X[r, c["code_line"]] = _line_codes_only(PA[r], PB[r])
    # model numbers each title prints that the other never does
    rows = np.flatnonzero(iac & ibc)
    if known is not None:
        # (``_model_row``: where both offers print codes; ``_number_row``: every row)
        X[rows, c["code_miss_min"]] = known.X[rows, c["code_miss_min"]]
        rows = rows[:0]
    for r in rows.tolist():
        a, b = PA[r], PB[r]
        X[r, c["code_miss_min"]] = both_min(_codes_missing, a, b)
    rows = np.flatnonzero(O.digit_words[ia] & O.digit_words[ib])
    if known is not None:
        X[rows, c["num_miss_min"]] = known.X[rows, c["num_miss_min"]]
        rows = rows[:0]
    for r in rows.tolist():
        a, b = PA[r], PB[r]
        X[r, c["num_miss_min"]] = both_min(_numbers_missing, a, b)
    # (generation_misses(a, b) is 0 unless a's title has a candidate word: most have none)
    G = np.fromiter((len(p.words) >= 2 and bool(_generation_words(p.wordset)) for p in U), bool, len(U))
    gen = np.zeros(n)
    for r in np.flatnonzero(G[ia]).tolist():
        gen[r] = generation_misses(PA[r], PB[r])
    for r in np.flatnonzero(G[ib]).tolist():
        gen[r] += generation_misses(PB[r], PA[r])
    X[:, c["gen_miss"]] = gen
    rows = np.flatnonzero(O.has_seed[ia] & O.has_seed[ib])
    for r in rows.tolist():
        X[r, c["x_seed_type"]] = 1.0 if S.type_conflict(PA[r].seedtype, PB[r].seedtype) else 0.0
    # read by the rules only (facets.lead_word_only, facets.tier_differs)
    # (lead_word_only: 1.0 only where one title misses exactly one identifying
    # word of the other and the other none - its missing words are those
    # identifying_misses counts, 0 on rows without identifying words)
    rows = np.flatnonzero((X[:, c["id_miss_min"]] == 0) & (X[:, c["id_miss_max"]] == 1))
    if len(rows):
        X[rows, c["id_lead_only"]] = [lead_word_only(PA[r], PB[r]) for r in rows.tolist()]
    # (facets.ids_agree_excused: only where the plain title evidence fails on
    # identifying words and the rule may read it - two identifying words shared)
    rows = np.flatnonzero(((X[:, c["id_miss_min"]] > 0) | (X[:, c["id_alpha_miss_max"]] > 0))
                          & (X[:, c["id_shared"]] >= 2))
    if len(rows):
        X[rows, c["id_excused"]] = [ids_agree_excused(PA[r], PB[r]) for r in rows.tolist()]
    if not no_conflicts:
        X[:, c["tier_differs"]] = [tier_differs(a, b) for a, b in zip(PA, PB)]
    if not no_conflicts:
        X[:, c["x_form"]] = list(map(form_conflict, PA, PB))
        X[:, c["x_slot"]] = list(map(slot_conflict, PA, PB))
        X[:, c["x_accessory"]] = list(map(accessory_conflict, PA, PB))
        # (rule-only conflict columns: 0 in every row of pairs already known to
        # have no conflict - ``_decide.decide_staged``'s full path -, where
        # computing them again would only repeat the conflict stage's work)
        X[:, c["mpn_printed"]] = [1.0 if (a.mpn or b.mpn) and printed_mpn_conflict(a, b) else 0.0
                                  for a, b in zip(PA, PB)]
        X[:, c["x_device"]] = [1.0 if device_conflict(a, b) else 0.0 for a, b in zip(PA, PB)]
    else:
        # (the decision's path: number_word and acc_device only where the learned
        # stage's gate may read them - session 12, speed)
        rows = _gate_rows(X)
        if len(rows):
            rl = rows.tolist()
            for name, reader in _GATE_READERS:
                X[rows, c[name]] = [reader(PA[r], PB[r]) for r in rl]
        # (tier_differs only where it changes the evidence, every other column
        # filled - so last)
        rows = _tier_rows(X)
        if len(rows):
            X[rows, c["tier_differs"]] = [tier_differs(PA[r], PB[r]) for r in rows.tolist()]
    return X


def _gate_rows(X) -> np.ndarray:
    """The rows where ``rules.learned_gate`` may be true whatever its
    ``number_word``, ``acc_device`` and ``tier_differs`` columns: every other
    column it reads passes.  ``number_word`` and ``acc_device`` are read by
    that gate only (rule-only columns: the trees never read them; the learned
    stage reads rows that pass the gate, where both are 0), so on the decision's
    path (``no_conflicts``) they are computed on these rows only and left 0 on
    the others: the same gate, so the same decisions (session 12, speed: the
    learned stage's candidates are a few percent of the pairs)."""
    col = _I.__getitem__
    return np.flatnonzero((X[:, col("id_shared")] >= 2) & (X[:, col("id_miss_min")] == 0)
                          & (X[:, col("variant_conflict")] == 0) & (X[:, col("gen_miss")] == 0)
                          & (X[:, col("codes_one_side")] != 1) & (X[:, col("codes_a_b_min")] == 0))


def _tier_rows(X) -> np.ndarray:
    """The rows whose ``rules.evidence`` - the only reader of ``tier_differs``
    (a rule-only column: the trees never read it) - is another with
    ``tier_differs`` 1 than with 0, every other column as computed: only
    there does its value change a decision (a pair of the full path has no
    conflict, so its score, flag and tier follow from the trees and the
    evidence).  Most pairs have no title or model-number evidence that a
    tier word could take away, or have it from an MPN or a specific model
    number anyway (speed: ``tier_differs`` was ~40% of the full path's
    feature matrix).  And the rows the learned stage may judge (no evidence,
    its other gates passed: ``rules.learned_gate`` reads it too).  ``X``'s
    tier_differs column is left 0."""
    k = _I["tier_differs"]
    X[:, k] = 1.0
    e1 = evidence(X)
    X[:, k] = 0.0
    e0 = evidence(X)
    return np.flatnonzero((e0 != e1) | ((e0 == 0) & learned_gate(X)))


def _missing_max(short, other) -> float:
    """idf of the rarest plain word of ``short``'s title that ``other`` never mentions."""
    of = other.fullvec
    w = short.widf
    best = 0.0
    for t in short.alpha_words:
        if t not in of:
            v = w[t]
            if v > best:
                best = v
    return best


def _differ(PA, PB, get, n, both: bool = False) -> np.ndarray:
    """Per pair: the attribute differs (with ``both``: and both offers have one)."""
    xa, xb = list(map(get, PA)), list(map(get, PB))
    out = np.fromiter(map(ne, xa, xb), bool, n)
    if both:
        out &= _flags(xa, n) & _flags(xb, n)
    return out


def _overlap(PA, PB, get, n):
    """(shared elements, size of a's, size of b's) of a set attribute, per pair."""
    xa, xb = list(map(get, PA)), list(map(get, PB))
    inter = np.fromiter(map(len, map(and_, xa, xb)), np.float64, n)
    return inter, np.fromiter(map(len, xa), np.float64, n), np.fromiter(map(len, xb), np.float64, n)


# the columns the precision rules' conflicts read (``rules.conflict_reasons``;
# tests/test_matching_staged.py holds that no other column changes its result):
# first those of a first-stage offer (``prepared.prepare_light``), then those
# that need its facets, colours, variants and seed type (``prepared.facets_stage``)
FIRST_COLUMNS = ("gtin_conflict", "mpn_rel", "mpn_both", "brand", "code_specific", "third_party",
                 "unit_hard", "name_same", "mpn_printed")
FACET_COLUMNS = ("mvariant_conflict", "colour_conflict", *("x_" + k for k in _FACET_ORDER), "x_kind",
                 "x_model", "code_miss_min", "num_miss_min", "x_seed_type",
                 "x_device", "x_form", "x_slot", "x_accessory")
CONFLICT_COLUMNS = FIRST_COLUMNS + FACET_COLUMNS

# the columns each conflict of ``rules.REASONS`` reads (tests/test_matching_staged.py
# holds it on real pairs); a reason not listed here reads them all
REASON_COLUMNS = {
    "gtin": ("gtin_conflict", "mpn_rel"),
    "brand": ("brand", "code_specific"),
    "mpn": ("mpn_both", "mpn_rel", "code_specific"),
    "third_party": ("third_party",),
    "units": ("unit_hard", "name_same"),
    "variant": ("mvariant_conflict", "code_specific"),
    "colour": ("colour_conflict", "x_colour", "name_same"),
    **{k: ("x_" + k,) for k in ("scent", "edition", "year", "platform", "upgrade", "refill", "pack")},
    # (a part's kind, review session 40: counted in x_version for the trees, ``features.facet_flags``)
    "version": ("x_version", "x_kind"),
    "kind": ("x_kind",),
    "dims": ("x_dims", "name_same"),
    "seed_type": ("x_seed_type",),
    "mpn_printed": ("mpn_printed", "code_specific"),
    "device": ("x_device",),
    "model": ("x_model", "code_miss_min", "name_same"),
    "number": ("num_miss_min", "code_specific", "mpn_rel", "name_same"),
    **{k: ("x_form", "code_specific", "mpn_rel") for k in ("form", "packaging", "network", "family")},
    "slot": ("x_slot", "code_specific", "mpn_rel"),
    "accessory": ("x_accessory", "mpn_rel"),
}


def first_stage_reasons(reasons, columns=FIRST_COLUMNS) -> tuple:
    """The longest run of ``reasons`` (``rules.REASONS`` order) that reads only
    ``columns`` (by default ``FIRST_COLUMNS``): a row whose first conflict is
    one of them has that first conflict whatever the other columns (every
    earlier reason reads those columns only, so it is known not to apply)."""
    out = []
    have = set(columns)
    for r in reasons:
        cols = REASON_COLUMNS.get(r)
        if cols is None or not set(cols) <= have:
            break
        out.append(r)
    return tuple(out)


def _first_row(a, b, lazy: bool = True, page: bool = True):
    """FIRST_COLUMNS values of one pair, as ``pair_features`` - but (``lazy``)
    only as far as the pair's first conflict is known, the columns after it 0
    (``staged_conflict_reasons`` reads nothing else of a row with a
    first-stage conflict; ``rules.conflict_reasons``' order, checked on the
    rules at import: ``_first_row_shortcuts``): two brands and no specific
    model number in common, no GTIN conflict - the first conflict is "brand"
    whatever the MPNs say; two MPN fields that differ (``mpn_rel`` < 0.9) and
    no specific model number - "gtin" or "mpn" whatever the third party,
    units, page name and printed MPN say.  Most candidate pairs of a
    catalogue end here (on catalog-walmart-amazon 14,257 and 13,290 of
    36,355).  Without ``page`` the page-name column (``name_same``) is left 0:
    ``staged_conflict_reasons`` reads it only for the rows that need it
    (``_PAGE_FIRST``)."""
    ga, gb = a.gtin, b.gtin
    ma, mb = a.mpn, b.mpn
    gtin = 1.0 if (ga and gb and ga != gb) else 0.0
    brand = brand_relation(a, b) if (a.brand or b.brand or a.nbrand or b.nbrand) else 0.0
    # (code_relation's "specific" needs a code on both sides)
    specific = shared_codes(a, b)[2] if (a.allcodes and b.allcodes) else 0.0
    if ma and mb:
        if lazy and brand < 0 and specific < 1 and not gtin and _BRAND_FIRST:
            return (0.0, 0.0, 1.0, brand, 0.0, 0.0, 0.0, 0.0, 0.0)
        mrel = mpn_relation(a, b)
        if lazy and mrel < 0.9 and mrel != 0 and not specific and _MPN_FIRST:
            return (gtin, mrel, 1.0, brand, 0.0, 0.0, 0.0, 0.0, 0.0)
    else:
        if lazy and brand < 0 and specific < 1 and not gtin and _BRAND_FIRST:
            return (0.0, 0.0, 0.0, brand, 0.0, 0.0, 0.0, 0.0, 0.0)
        mrel = mpn_relation(a, b) if (ma or mb) else 0.0
    return (
        gtin,
        mrel,
        1.0 if (ma and mb) else 0.0,
        brand,
        specific,
        1.0 if a.third_party != b.third_party and brand < 1 and not (
            brand == 0 and own_replacement(a, b)) or named_third_party(a, b)
        else 0.0,  # (session 11, recall; session 16, prec: ``made_for``)
        unit_relation(a, b)[3] if (a.units and b.units) else 0.0,
        name_same(a, b) if (page and a.pagename and b.pagename) else 0.0,
        # (first-stage fields only: MPN, codes, compact texts, brand - so the pairs
        # it decides need no facet stage; session 13, speed)
        1.0 if (ma or mb) and printed_mpn_conflict(a, b) else 0.0,
    )


def _first_row_shortcuts() -> tuple:
    """(brand, mpn): does ``_first_row``'s shortcut give the first conflict
    whatever the columns it leaves out, on the rules as they are?  brand: a
    brand conflict (brand -1, code_specific 0) without a GTIN conflict is
    "brand"; mpn: two MPN fields (mpn_both 1) that differ (mpn_rel < 0.9),
    code_specific 0, is "gtin" with a GTIN conflict, else "brand" with a
    brand conflict, else "mpn" - every other column at -1, 0, 1 and 9."""
    if "brand" not in REASONS or "mpn" not in REASONS or "gtin" not in REASONS:
        return False, False
    code = {r: REASONS.index(r) + 1 for r in ("gtin", "brand", "mpn")}

    def rows(**cols):
        X = np.zeros((4, NF))
        for k, v in enumerate((-1.0, 0.0, 1.0, 9.0)):
            X[k, :] = v
        for c, v in cols.items():
            X[:, _I[c]] = v
        return conflict_reasons(X)

    brand = bool((rows(brand=-1.0, code_specific=0.0, gtin_conflict=0.0) == code["brand"]).all())
    mpn = True
    for g in (0.0, 1.0):
        for br in (-1.0, 0.0, 0.5, 1.0):
            for rel in (-1.0, 0.5, 0.75):
                want = code["gtin"] if g else code["brand"] if br < 0 else code["mpn"]
                got = rows(gtin_conflict=g, brand=br, mpn_rel=rel, mpn_both=1.0, code_specific=0.0)
                mpn = mpn and bool((got == want).all())
    return brand, mpn


# The facet columns in three groups, computed in the order of the conflicts
# they decide (``rules.REASONS``: variant ... dims, then model, then number),
# each from one part of the offers' facet stage (``prepared.facet_part``,
# ``code_part``, ``keys_part``): ``staged_conflict_reasons`` computes a group
# only for the pairs whose first conflict the earlier groups leave open.
FACET_GROUPS = (
    ("mvariant_conflict", "colour_conflict", *("x_" + k for k in _FACET_ORDER), "x_kind", "x_seed_type",
     "x_device"),
    ("x_model", "code_miss_min"),
    ("num_miss_min",),
    ("x_form", "x_slot", "x_accessory"),
)


def _facet_words_row(a, b):
    """FACET_GROUPS[0] of one pair (offers through ``prepared.facet_part``), as ``pair_features``."""
    ca, cb = a.colours, b.colours
    fa, fb = a.facets, b.facets
    xs = conflicts(fa, fb, a.wordset, b.wordset) if (fa or fb) else ()
    sa, sb = a.seedtype, b.seedtype
    return (
        1.0 if mvariants_differ(a, b) else 0.0,
        1.0 if (ca and cb and ca.isdisjoint(cb)) else 0.0,
        *facet_flags(xs),
        1.0 if "kind" in xs else 0.0,
        1.0 if (sa and sb and S.type_conflict(sa, sb)) else 0.0,
        1.0 if device_conflict(a, b) else 0.0,
    )


def _model_row(a, b):
    """FACET_GROUPS[1] of one pair (offers through ``prepared.code_part``), as ``pair_features``."""
    return _model_rel(a, b)[0]


def _model_rel(a, b):
    """(``_model_row``, the pair's ``code_relation`` or None where not computed)."""
    # (with no code on either side and no joined code on both, code_relation
    # says no conflict: no model conflict)
    if a.codes or b.codes or (a.allcodes and b.allcodes):
        rel = code_relation(a, b)
        x_model = model_conflict(a, b, rel) if (rel[5] or (a.codes and b.codes)) else 0.0
    else:
        rel = None
        x_model = 0.0
    return (
        x_model,
        float(both_min(_codes_missing, a, b)) if (a.codes and b.codes) else 0.0,
    ), rel


class Known:
    """What the conflict stage computed for a batch's pairs, for
    ``batch_features`` to read instead of computing it again: ``X`` (rows:
    the pairs, ``CONFLICT_COLUMNS`` filled where the stage reached them),
    ``rels`` (each pair's ``code_relation``, None where not computed).
    ``take(rows)``: the same for those rows (pairs that went through every
    group: no conflict)."""

    __slots__ = ("X", "rels")

    def __init__(self, X, rels):
        self.X = X
        self.rels = rels

    def take(self, rows) -> "Known":
        rels = self.rels
        return Known(self.X[rows], [rels[r] for r in rows])


def _variant_row(a, b):
    """FACET_GROUPS[3] of one pair (offers through ``prepared.keys_part``), as ``pair_features``."""
    return (form_conflict(a, b), slot_conflict(a, b), accessory_conflict(a, b))


def _number_row(a, b):
    """FACET_GROUPS[2] of one pair (offers through ``prepared.keys_part``), as ``pair_features``."""
    return (float(both_min(_numbers_missing, a, b)),)


# (per group: the part of the offers' facet stage it reads, its row function)
_GROUP_STEPS = ((facet_part, _facet_words_row), (code_part, _model_row), (keys_part, _number_row),
                (keys_part, _variant_row))
if sorted(k for g in FACET_GROUPS for k in g) != sorted(FACET_COLUMNS):
    raise RuntimeError("batch.FACET_GROUPS must hold each of FACET_COLUMNS once")
# (where each FACET_COLUMNS column is in the groups' rows one after the other)
_GROUP_POS = [[FACET_COLUMNS.index(k) for g in FACET_GROUPS for k in g].index(j)
              for j in range(len(FACET_COLUMNS))]


def _facet_row(a, b):
    """FACET_COLUMNS values of one pair (offers through ``facets_stage``), as ``pair_features``."""
    row = _facet_words_row(a, b) + _model_row(a, b) + _number_row(a, b) + _variant_row(a, b)
    return tuple([row[j] for j in _GROUP_POS])


_FIRST_IDX = [_I[k] for k in FIRST_COLUMNS]
_NAME_SAME, _UNIT_HARD = _I["name_same"], _I["unit_hard"]
_BRAND_FIRST, _MPN_FIRST = _first_row_shortcuts()
_FACET_IDX = [_I[k] for k in FACET_COLUMNS]


def conflict_matrix(PA, PB) -> np.ndarray:
    """A feature matrix with only ``CONFLICT_COLUMNS`` filled (every other
    column 0), from offers prepared as far as ``prepared.prepare_light``:
    the same values as ``pair_features`` / ``batch_features`` in those
    columns, by the same functions, one Python pass per pair."""
    n = len(PA)
    X = np.zeros((n, NF), dtype=np.float64)
    if not n:
        return X
    X[:, _FIRST_IDX] = [_first_row(a, b, False) for a, b in zip(PA, PB)]
    X[:, _FACET_IDX] = [_facet_row(facets_stage(a), facets_stage(b)) for a, b in zip(PA, PB)]
    return X


def _known_codes(columns) -> np.ndarray:
    """The ``conflict_reasons`` codes (index + 1) that rows with only
    ``columns`` computed already give for sure (see ``first_stage_reasons``)."""
    known = set(first_stage_reasons(REASONS, columns))
    return np.asarray([k + 1 for k, r in enumerate(REASONS) if r in known], dtype=np.int64)


def _known_mask(columns) -> np.ndarray:
    """``_known_codes(columns)`` as a table: True at each code (0 .. len(REASONS))
    that rows with only ``columns`` computed already give for sure."""
    mask = np.zeros(len(REASONS) + 1, dtype=bool)
    mask[_known_codes(columns)] = True
    return mask


# (per step of ``staged_conflict_reasons``: the first-stage columns, then each
# group added - the codes known after it, and each group's column indices)
_KNOWN_AFTER = [_known_mask(FIRST_COLUMNS + sum(FACET_GROUPS[:k], ())) for k in range(len(FACET_GROUPS) + 1)]


def _page_first() -> bool:
    """Does a row without ``unit_hard`` have the same first-stage conflict whatever
    its ``name_same`` (the facet columns still 0), on the rules as they are?  Then
    ``staged_conflict_reasons`` reads the page names only for rows with ``unit_hard``
    and rows the first stage leaves open.  Checked two ways: of the first-stage
    reasons only "units" reads the column (``REASON_COLUMNS``, which
    tests/test_matching_staged.py holds to the rules), and on a grid of first-stage
    values (``unit_hard`` 0, ``name_same`` 0, 1, 2)."""
    first = first_stage_reasons(REASONS)
    if [r for r in first if "name_same" in REASON_COLUMNS.get(r, CONFLICT_COLUMNS)] != ["units"]:
        return False
    grid = list(product((0.0, 1.0), (-1.0, 0.0, 0.5, 0.75, 1.0), (0.0, 1.0), (-1.0, 0.0, 1.0), (0.0, 1.0),
                        (0.0, 1.0), (0.0, 1.0)))
    cols = [_I[k] for k in ("gtin_conflict", "mpn_rel", "mpn_both", "brand", "code_specific", "third_party",
                            "mpn_printed")]
    X = np.zeros((len(grid), NF))
    X[:, cols] = grid
    base = conflict_reasons(X)
    known = _KNOWN_AFTER[0][base]
    for v in (1.0, 2.0):
        X[:, _NAME_SAME] = v
        if not (conflict_reasons(X)[known] == base[known]).all():
            return False
    return True


_PAGE_FIRST = _page_first()
_GROUP_IDX = [[_I[k] for k in g] for g in FACET_GROUPS]


def staged_conflict_reasons(PA, PB, keep: list | None = None) -> np.ndarray:
    """``rules.conflict_reasons`` of the pairs' feature vectors, in steps:
    the first-stage columns of every pair, then the facet columns group by
    group (``FACET_GROUPS``, in ``rules.REASONS`` order) only for the pairs
    whose first conflict the columns so far leave open (see
    ``first_stage_reasons``); each group's offers go through the part of
    ``facets_stage`` it reads (``prepared.facet_part``, ``code_part``,
    ``keys_part``), so an offer only in pairs with an early conflict skips
    the later parts.  ``keep``: a list, to which a ``Known`` of the
    pairs is appended (``_decide.decide_staged`` passes it on to
    ``batch_features`` for the pairs without a conflict)."""
    n = len(PA)
    X = np.zeros((n, NF), dtype=np.float64)
    if not n:
        return np.zeros(0, dtype=np.int64)
    X[:, _FIRST_IDX] = [_first_row(a, b, True, not _PAGE_FIRST) for a, b in zip(PA, PB)]
    reasons = conflict_reasons(X)
    # the page names (``name_same``, left 0 above), only where they count (session 17,
    # speed: an offer's page name is read when first asked, ``prepared.Prepared.
    # pagename``, and most pairs a first-stage conflict decides never ask): of the
    # first-stage conflicts only "units" reads the column (``_PAGE_FIRST``: a row
    # without ``unit_hard`` has the same first-stage reason whatever it holds), and
    # every row still open goes on to the groups, whose conflicts read it
    rows = np.flatnonzero(~_KNOWN_AFTER[0][reasons] | (X[:, _UNIT_HARD] > 0)).tolist()
    if rows and _PAGE_FIRST:
        named = [r for r in rows if PA[r]._pagename is not None and PB[r]._pagename is not None]
        if named:
            X[named, _NAME_SAME] = [name_same(PA[r], PB[r]) if (PA[r].pagename and PB[r].pagename) else 0.0
                                    for r in named]
            reasons[named] = conflict_reasons(X[named])
        rows = [r for r in rows if not _KNOWN_AFTER[0][reasons[r]]]
    rels = [None] * n if keep is not None else None
    for k, (g, (part, row)) in enumerate(zip(FACET_GROUPS, _GROUP_STEPS), 1):
        if not rows:
            break
        if rels is not None and row is _model_row:
            vals = []
            for r in rows:
                v, rels[r] = _model_rel(part(PA[r]), part(PB[r]))
                vals.append(v)
        else:
            vals = [row(part(PA[r]), part(PB[r])) for r in rows]
        X[np.ix_(rows, _GROUP_IDX[k - 1])] = vals
        reasons[rows] = conflict_reasons(X[rows])
        r = np.asarray(rows)
        rows = r[~_KNOWN_AFTER[k][reasons[r]]].tolist()
    if keep is not None:
        keep.append(Known(X, rels))
    return reasons
