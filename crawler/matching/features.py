"""Per-offer preparation and pairwise features.

``prepare(offer)`` turns an offer dict into a ``Prepared`` record once (cached
by content), so comparing one offer with many others costs only the pairwise
part.  ``pair_features(a, b)`` returns the feature vector the learned model
scores (names in ``FEATURE_NAMES``); the relations it is built from
(``code_relation``, ``brand_relation``, ``mpn_relation``, ``unit_relation``)
also feed the hard guards in ``_decide``.
"""

from __future__ import annotations

import math
import re

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from . import normalize as N
from ._gtin import gtin14
from .model import resources

_TITLE_KEYS = ("title", "name", "product_name", "productname")
_MPN_KEYS = ("mpn", "modelno", "model_number", "model", "manufacturer_part_number")
_GTIN_KEYS = ("gtin", "gtin14", "gtin13", "gtin12", "gtin8", "ean", "upc", "ean13", "isbn")
_BRAND_KEYS = ("brand", "manufacturer", "maker")
_DESC_KEYS = ("description", "desc")
_CAT_KEYS = ("category", "categories", "product_type")

_DESC_MAX_CHARS = 800
_TITLE_MAX_CHARS = 600


def _first(offer: dict, keys):
    for k in keys:
        v = offer.get(k)
        if v is not None and v != "":
            if isinstance(v, (list, tuple)):
                v = " ".join(str(x) for x in v if x)
                if not v:
                    continue
            return v
    return None


class Prepared:
    __slots__ = (
        "title", "words", "wordset", "vec", "fullvec", "codes", "joined", "allcodes",
        "numbers", "for_codes", "full_compact", "units", "brand", "mpn",
        "gtin", "colours", "variants", "types", "price", "has_desc", "category",
        "ntok", "title_compact", "catset", "mvariants", "plainnums", "idfsum", "grams", "widf",
        "alpha_words",
    )


def _tfidf(tokens, idf_get, default_idf, with_sum: bool = False):
    """L2-normalised TF-IDF dict (and the plain idf sum of the distinct tokens)."""
    tf: dict = {}
    for t in tokens:
        tf[t] = tf.get(t, 0) + 1
    vec = {}
    norm = 0.0
    isum = 0.0
    for t, c in tf.items():
        i = idf_get(t, default_idf)
        isum += i
        w = i if c == 1 else (1.0 + math.log(c)) * i
        vec[t] = w
        norm += w * w
    if norm:
        inv = 1.0 / math.sqrt(norm)
        for t in vec:
            vec[t] *= inv
    return (vec, isum) if with_sum else vec


def _cos(a: dict, b: dict) -> float:
    if len(a) > len(b):
        a, b = b, a
    s = 0.0
    for t, w in a.items():
        v = b.get(t)
        if v is not None:
            s += w * v
    return s


def _detect_brand(ws: list[str], brands: frozenset) -> str | None:
    # first known brand among the first words (also two-word brands)
    for i in range(min(4, len(ws))):
        w = ws[i]
        if i + 1 < len(ws):
            two = w + ws[i + 1]
            if two in brands:
                return N.BRAND_ALIASES.get(two, two)
        if w in brands and len(w) >= 2:
            return N.BRAND_ALIASES.get(w, w)
    return None


_cache: dict = {}
_CACHE_MAX = 20_000  # ~5-12 KB per prepared offer


def prepare(offer) -> Prepared:
    if isinstance(offer, Prepared):
        return offer
    if not offer:
        offer = {}
    get = offer.get
    # the usual keys first; synonyms only when the usual one is absent
    title = get("title") or _first(offer, _TITLE_KEYS)
    brand = get("brand") or _first(offer, _BRAND_KEYS)
    mpn = get("mpn") or _first(offer, _MPN_KEYS)
    gtin = get("gtin") or _first(offer, _GTIN_KEYS)
    price = get("price")
    desc = get("description") or _first(offer, _DESC_KEYS)
    cat = get("category") or _first(offer, _CAT_KEYS)
    key = (title, brand, mpn, gtin, price, desc, cat)
    try:
        p = _cache.get(key)
    except TypeError:  # unhashable values
        key = tuple(None if v is None else str(v) for v in key)
        p = _cache.get(key)
    if p is not None:
        return p
    p = _prepare(title, brand, mpn, gtin, price, desc, cat)
    if len(_cache) >= _CACHE_MAX:
        _cache.clear()
    _cache[key] = p
    return p


def clear_cache() -> None:
    _cache.clear()


def _prepare(title, brand, mpn, gtin, price, desc, cat) -> Prepared:
    res = resources()
    idf_get = res.idf.get
    p = Prepared()
    if isinstance(title, str) and len(title) > _TITLE_MAX_CHARS:
        title = title[:_TITLE_MAX_CHARS]
    t, p.units = N.clean_with_units(title)
    ws = N.words(t)
    p.words = ws
    p.wordset = frozenset(ws)
    p.title = " ".join(ws)
    p.ntok = len(ws)
    p.title_compact = N.compact(t)
    tc = p.title_compact
    p.grams = frozenset(tc[i:i + 3] for i in range(len(tc) - 2))
    p.vec, p.idfsum = _tfidf(ws, idf_get, res.default_idf, True)
    dflt = res.default_idf
    p.widf = {w: idf_get(w, dflt) for w in p.wordset}
    p.alpha_words = [w for w in p.wordset if not _HAS_DIGIT(w)]

    raw = N.raw_tokens(t)
    codes, joined, numbers, for_codes = N.extract_codes(t, raw)
    p.mpn = N.norm_mpn(mpn)
    if p.mpn:
        codes = codes | {p.mpn}
    p.codes = codes
    p.joined = joined
    p.allcodes = codes | joined
    p.numbers = numbers
    p.for_codes = for_codes
    p.colours, p.variants, p.mvariants, p.plainnums = N.word_facts(ws, raw)
    p.types = N.types_of(ws)

    b = N.norm_brand(brand)
    if b is None:
        b = _detect_brand(ws, res.brands)
    p.brand = b

    p.gtin = gtin14(gtin) if gtin is not None else None
    p.price = N.parse_price(price)
    if cat:
        p.category = str(cat).lower()
        p.catset = frozenset(N.words(p.category))
    else:
        p.category = ""
        p.catset = frozenset()

    extra = []
    if brand:
        extra.append(str(brand).lower())
    if mpn:
        extra.append(str(mpn).lower())
    dtext = ""
    if desc:
        # descriptions get a light clean (no unit gluing): they only feed the
        # full-text TF-IDF vector and the code-in-text search
        dtext = N.light_clean(str(desc)[:_DESC_MAX_CHARS])
        extra.append(dtext)
    p.has_desc = bool(dtext)
    if extra:
        ex = " ".join(extra)
        p.fullvec = _tfidf(ws + N.words(ex), idf_get, res.default_idf)
        p.full_compact = p.title_compact + "|" + N.compact(ex)
    else:
        p.fullvec = p.vec
        p.full_compact = p.title_compact
    return p


# --------------------------------------------------------------------------
# pairwise parts
# --------------------------------------------------------------------------


def _strip_suffix(c: str) -> str:
    # drop a short trailing colour / region suffix: dsch50b -> dsch50
    i = len(c)
    while i > 0 and c[i - 1].isalpha() and len(c) - i < 2:
        i -= 1
    return c[:i] if i >= 4 and i < len(c) else c


def _longest_first(c: str):
    return (-len(c), c)


def _prefix_score(x: str, y: str) -> float:
    """Codes equal up to a suffix: a colour/region/kit suffix of letters
    ("d90" ~ "d90body", "pn63a650" ~ "pn63a650t") or up to 3 other chars."""
    if len(x) < len(y):
        x, y = y, x
    d = len(x) - len(y)
    if x[len(y):].isalpha() and d <= 5:
        return 1.0 - 0.1 * d
    if d <= 3:
        return 1.0 - 0.2 * d
    return 0.0


def code_relation(a: Prepared, b: Prepared):
    """How the model numbers of two offers relate.

    Returns (exact, strong_exact, specific, prefix, in_text, conflict, sim, for_only):
      exact        - a code/joined code appears on both sides
      strong_exact - a single-token code appears on both sides (not only joined words)
      specific     - the shared code is long enough to name one SKU (>= 8 chars)
      prefix       - codes equal up to a short suffix (pn63a650 ~ pn63a650t)
      in_text      - a code of one side occurs inside the other's text/description
      conflict     - both sides carry codes and none of the above relates them
      sim          - best normalised edit similarity between the two code sets
      for_only     - the only shared codes are "for <device>" codes on one side
    """
    ac, bc = a.codes, b.codes
    shared = a.allcodes & b.allcodes
    exact = strong = specific = 0.0
    for_only = 0.0
    if shared:
        real = {c for c in shared if not (c in a.for_codes) ^ (c in b.for_codes)}
        if not real:
            for_only = 1.0
        else:
            exact = 1.0
            for c in real:
                if c in ac or c in bc:
                    strong = 1.0
                    if len(c) >= 8 or (c == a.mpn or c == b.mpn) and len(c) >= 6:
                        specific = 1.0
                        break
    prefix = 0.0
    in_text = 0.0
    sim = 0.0
    if not strong:
        for x in ac:
            if len(x) < 5 or x in a.for_codes:
                continue
            for y in b.allcodes:
                if len(y) < 5 or y in b.for_codes or x == y:
                    continue
                if x.startswith(y) or y.startswith(x):
                    prefix = max(prefix, _prefix_score(x, y))
                elif len(x) >= 6 and x in y or len(y) >= 6 and y in x and y in bc:
                    prefix = max(prefix, 0.5)
        for y in bc:
            if len(y) < 5 or y in b.for_codes:
                continue
            for x in a.joined:
                if len(x) < 5 or x == y:
                    continue
                if x.startswith(y) or y.startswith(x):
                    prefix = max(prefix, _prefix_score(x, y))
        for x in ac:
            if len(x) >= 5 and x not in a.for_codes:
                if x in b.full_compact:
                    in_text = 1.0
                    break
                s = _strip_suffix(x)
                if s != x and len(s) >= 5 and s in b.full_compact:
                    in_text = max(in_text, 0.7)
        if in_text < 1.0:
            for y in bc:
                if len(y) >= 5 and y not in b.for_codes:
                    if y in a.full_compact:
                        in_text = 1.0
                        break
                    s = _strip_suffix(y)
                    if s != y and len(s) >= 5 and s in a.full_compact:
                        in_text = max(in_text, 0.7)
    if ac and bc:
        # longest first, ties alphabetical: independent of set order (hash seed)
        la = sorted(ac, key=_longest_first)[:4]
        lb = sorted(bc, key=_longest_first)[:4]
        for x in la:
            for y in lb:
                v = Indel.normalized_similarity(x, y)
                if v > sim:
                    sim = v
    else:
        sim = -1.0
    conflict = 0.0
    if ac and bc and not (exact or prefix or in_text):
        conflict = 1.0
    if strong:
        sim = 1.0
    return exact, strong, specific, prefix, in_text, conflict, sim, for_only


def mpn_relation(a: Prepared, b: Prepared) -> float:
    """1 equal MPNs, 0.75 one's MPN printed in the other's text, 0.5 one MPN
    contains the other, 0 unknown, -1 two different MPNs."""
    ma, mb = a.mpn, b.mpn
    if ma and mb:
        if ma == mb:
            return 1.0
        if ma in b.full_compact or mb in a.full_compact:
            return 0.75
        if len(ma) >= 5 and len(mb) >= 5 and (ma in mb or mb in ma):
            return 0.5
        return -1.0
    if ma and len(ma) >= 4 and ma in b.full_compact:
        return 0.75
    if mb and len(mb) >= 4 and mb in a.full_compact:
        return 0.75
    return 0.0


def brand_relation(a: Prepared, b: Prepared) -> float:
    """1 same brand, 0 unknown, -1 different brands."""
    ba, bb = a.brand, b.brand
    if not ba or not bb:
        if ba and len(ba) >= 3 and ba in b.title_compact:
            return 1.0
        if bb and len(bb) >= 3 and bb in a.title_compact:
            return 1.0
        return 0.0
    if ba == bb:
        return 1.0
    if len(ba) >= 3 and len(bb) >= 3 and (ba.startswith(bb) or bb.startswith(ba)):
        return 1.0
    if len(ba) >= 3 and ba in b.full_compact or len(bb) >= 3 and bb in a.full_compact:
        return 0.5
    return -1.0


def _overlap(va, vb, tol: float) -> bool:
    """Do two value sets share a value (within tol: 4096MB ~ 4GB, 23.8" ~ 24")?"""
    for x in va:
        if x in vb:
            return True
    if not tol:
        return False
    for x in va:
        for y in vb:
            if abs(x - y) <= tol * max(x, y):
                return True
    return False


_HAS_DIGIT = re.compile(r"\d").search
_HARD_DIMS = frozenset(("cap", "inch", "mpix", "watt", "k", "res", "rpm"))
_TOL = {"mpix": 0.1, "inch": 0.05, "freq": 0.05, "zoom": 0.0, "k": 0.0, "res": 0.0}


def unit_relation(a: Prepared, b: Prepared):
    """(matches, disjoint conflicts, any differences, capacity/size conflict)."""
    ua, ub = a.units, b.units
    match = disj = diff = hard = 0
    if ua and ub:
        for dim, va in ua.items():
            vb = ub.get(dim)
            if vb is None:
                continue
            if _overlap(va, vb, _TOL.get(dim, 0.03)):
                match += 1
                if va != vb:
                    diff += 1
                    # "4GB (2 x 2GB)" vs "2GB (2 x 1GB)", "8GB 512GB SSD" vs
                    # "8GB 256GB SSD": the largest capacity names the product
                    if dim == "cap" and len(va) + len(vb) > 2 and not _overlap(
                        (max(va),), (max(vb),), 0.03
                    ):
                        hard += 1
            else:
                disj += 1
                diff += 1
                # dimensions that name a different product when they differ
                # (not clock speed: turbo vs base; not zoom: optical vs digital)
                if dim in _HARD_DIMS:
                    hard += 1
    return match, disj, diff, hard


def number_relation(a: Prepared, b: Prepared):
    na, nb = a.numbers, b.numbers
    if not na or not nb:
        return 0.0, 0.0
    if na & nb:
        return 1.0, 0.0
    return 0.0, 1.0


FEATURE_NAMES = [
    "cos_title", "cos_full", "tset", "ratio", "jacc", "contain",
    "code_exact", "code_strong", "code_specific", "code_prefix", "code_in_text",
    "code_conflict", "code_sim", "code_for_only", "codes_a_b_min",
    "mpn_both", "mpn_rel", "mpn_sim",
    "brand", "unit_match", "unit_disj", "unit_diff", "unit_hard",
    "num_match", "num_conflict", "variant_conflict", "colour_conflict", "type_conflict",
    "type_match", "price_ratio", "len_ratio", "ntok_min", "has_desc", "cat_jacc",
    "gtin_conflict", "mvariant_conflict", "wcontain", "idf_shared_max", "idf_missing_max",
    "plainnum_jacc", "gram_jacc", "gram_contain",
]


# Features that may only push the match probability one way (-1: down, +1: up).
# The trainer passes them as monotonic constraints, so on unseen data a code,
# MPN, unit or variant conflict can never make two offers *more* alike.
# (Constraining the similarity features too cost ~0.015 valid F1.)
MONOTONE = {
    "code_conflict": -1, "code_for_only": -1, "mpn_rel": 1, "unit_disj": -1,
    "unit_diff": -1, "unit_hard": -1, "num_conflict": -1, "variant_conflict": -1,
    "colour_conflict": -1, "type_conflict": -1, "gtin_conflict": -1,
    "mvariant_conflict": -1, "idf_missing_max": -1,
}


def pair_features(a: Prepared, b: Prepared, rel=None) -> list:
    ta, tb = a.title, b.title
    if ta and tb:
        tset = fuzz.token_set_ratio(ta, tb) * 0.01
        ratio = fuzz.ratio(ta, tb) * 0.01
    else:
        tset = ratio = 0.0
    wa, wb = a.wordset, b.wordset
    shared = wa & wb
    inter = len(shared)
    union = len(wa) + len(wb) - inter
    jacc = inter / union if union else 0.0
    mn = min(len(wa), len(wb))
    contain = inter / mn if mn else 0.0
    if rel is None:
        rel = code_relation(a, b)
    exact, strong, specific, prefix, in_text, conflict, sim, for_only = rel
    codes_min = float(min(len(a.codes), len(b.codes)))
    mpn_rel = mpn_relation(a, b)
    if a.mpn and b.mpn:
        mpn_both = 1.0
        mpn_sim = Indel.normalized_similarity(a.mpn, b.mpn)
    else:
        mpn_both = 0.0
        mpn_sim = -1.0
    brand = brand_relation(a, b)
    um, ud, udf, uh = unit_relation(a, b)
    nm, nc = number_relation(a, b)
    var_conf = 1.0 if a.variants != b.variants else 0.0
    col_conf = 1.0 if (a.colours and b.colours and not (a.colours & b.colours)) else 0.0
    if a.types and b.types:
        type_match = 1.0 if a.types & b.types else 0.0
        type_conf = 1.0 - type_match
    else:
        type_match = type_conf = 0.0
    pa, pb = a.price, b.price
    if pa and pb:
        price_ratio = min(pa, pb) / max(pa, pb)
    else:
        price_ratio = -1.0
    na, nb = a.ntok, b.ntok
    len_ratio = min(na, nb) / max(na, nb) if na and nb else 0.0
    if a.catset and b.catset:
        ci = len(a.catset & b.catset)
        cat_jacc = ci / (len(a.catset) + len(b.catset) - ci)
    else:
        cat_jacc = -1.0
    gtin_conf = 1.0 if (a.gtin and b.gtin and a.gtin != b.gtin) else 0.0
    mvar_conf = 1.0 if a.mvariants != b.mvariants else 0.0
    ct = _cos(a.vec, b.vec)
    cf = ct if (a.fullvec is a.vec and b.fullvec is b.vec) else _cos(a.fullvec, b.fullvec)
    if shared:
        widf = a.widf
        vals = [widf[w] for w in shared]
        sidf = math.fsum(vals)  # exact: same value whatever the set order
        smax = max(vals)
    else:
        sidf = smax = 0.0
    mn_idf = min(a.idfsum, b.idfsum)
    wcontain = sidf / mn_idf if mn_idf else 0.0
    # rarest word of the shorter title that the other offer never mentions
    # (words only: model numbers are compared by the code features)
    short, other = (a, b) if a.ntok <= b.ntok else (b, a)
    ofull = other.fullvec
    swidf = short.widf
    missing = [swidf[w] for w in short.alpha_words if w not in ofull]
    miss = max(missing) if missing else 0.0
    ga, gb = a.grams, b.grams
    if ga and gb:
        gi = len(ga & gb)
        gram_jacc = gi / (len(ga) + len(gb) - gi)
        gram_contain = gi / min(len(ga), len(gb))
    else:
        gram_jacc = gram_contain = 0.0
    pa_, pb_ = a.plainnums, b.plainnums
    if pa_ and pb_:
        pi = len(pa_ & pb_)
        pn_jacc = pi / (len(pa_) + len(pb_) - pi)
    else:
        pn_jacc = -1.0
    return [
        ct, cf, tset, ratio, jacc,
        contain, exact, strong, specific, prefix, in_text, conflict, sim, for_only, codes_min,
        mpn_both, mpn_rel, mpn_sim, brand, float(um), float(ud), float(udf), float(uh),
        nm, nc, var_conf, col_conf, type_conf, type_match, price_ratio, len_ratio,
        float(min(na, nb)), 1.0 if (a.has_desc or b.has_desc) else 0.0, cat_jacc, gtin_conf,
        mvar_conf, wcontain, smax, miss, pn_jacc, gram_jacc, gram_contain,
    ]
