"""Per-offer preparation and pairwise features.

``prepare(offer)`` turns an offer dict into a ``Prepared`` record once (kept
in a bounded LRU cache keyed by the offer's matching fields), so comparing one
offer with many others costs only the pairwise part.  It does so in stages
(``prepare_light``: what the rules' first conflicts read; ``facets_stage``:
facets, colours, variants, seed type; ``complete``: TF-IDF, trigrams,
identifying words ...), so that a batch prepares in full only the offers of
pairs no conflict decides; ``prepare`` returns the offer complete.  ``pair_features(a, b)`` returns the feature vector the learned model
scores (names in ``FEATURE_NAMES``); the relations it is built from
(``code_relation``, ``brand_relation``, ``mpn_relation``, ``unit_relation``)
also feed the hard guards in ``_decide``.
"""

from __future__ import annotations

import math
import re
import struct
import sys
from functools import lru_cache, reduce
from itertools import product, starmap
from operator import add, mul

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from . import titles as T
from . import seeds as S
from ._gtin import gtin14
from .facets import COLOUR_OF, FACET_KINDS, conflicts, facets_of, lead_word_only, tier_differs
from . import model as _model
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
    # vec / fullvec: TF-IDF of the title / of title + brand, MPN, description,
    # not normalised: vinv / fullinv are 1 / their L2 norms (see _tfidf3)
    __slots__ = (
        "title", "words", "wordset", "vec", "vinv", "fullvec", "fullinv", "codes", "joined", "allcodes",
        "numbers", "for_codes", "full_compact", "units", "brand", "mpn",
        "gtin", "colours", "variants", "types", "price", "has_desc", "category",
        "ntok", "title_compact", "catset", "mvariants", "plainnums", "idfsum", "grams", "widf",
        "alpha_words", "third_party", "facets", "idwords", "seedtype",
        # derived once per offer for code_relation (see there)
        "codes5", "codes5s", "allcodes5", "joined5", "topcodes",
        # the offer's numbers and flags as one row of the batch's columns (see ``batch``)
        "cols",
        # the full text's words (the keys of fullvec: known from the facet stage on);
        # what the second stage needs, None once it has run (see ``_prepare``)
        "fullkeys", "rest", "restb",
    )


def _count_tokens(tokens, vec: dict, rep, idf_get, default_idf):
    """Adds each new token of ``tokens`` to ``vec`` with its idf, and counts the
    repeated ones in ``rep`` ({token: count}, made on the first repeat);
    returns ``rep``.  Counts are kept only for repeated tokens: titles rarely
    repeat a word."""
    for t in tokens:
        if t in vec:
            if rep is None:
                rep = {}
            rep[t] = rep.get(t, 1) + 1
        else:
            vec[t] = idf_get(t, default_idf)
    return rep


def _weigh(vec: dict, rep) -> float:
    """tf-weights the repeated tokens of ``vec`` in place; returns 1 / its L2 norm."""
    if rep is not None:
        log = math.log
        for t, c in rep.items():
            vec[t] = (1.0 + log(c)) * vec[t]
    vals = vec.values()
    norm = _plain_sum(map(mul, vals, vals), 0.0)
    return 1.0 / math.sqrt(norm) if norm else 1.0


def _tfidf3(tokens, idf_get, default_idf):
    """(TF-IDF dict, 1 / its L2 norm, idf sum of the distinct tokens,
    {token: idf}, {token: count} of the repeated tokens or None).

    The dict is not normalised: the normalised weight of a token is
    ``weight * inv``, computed only for the words two offers share (see
    ``_cos_scaled``).  Without repeated tokens the TF-IDF dict *is* the
    {token: idf} dict.  Same arithmetic, in the same order, as a textbook tf
    dict + loop over all tokens + normalisation, so the features the model
    was trained on are reproduced bit for bit.  (Plain loops: for these small
    dicts they beat comprehensions and map/zip pipelines; only the sums are
    left to C, see ``_plain_sum``.)"""
    widf: dict = {}
    rep = _count_tokens(tokens, widf, None, idf_get, default_idf)
    vec = widf if rep is None else widf.copy()
    inv = _weigh(vec, rep)
    return vec, inv, _plain_sum(widf.values(), 0.0), widf, rep


# ``sum`` of floats adds left to right in one C double before Python 3.12
# (3.12 compensates rounding errors, which would change the features)
_plain_sum = sum if sys.version_info < (3, 12) else (lambda it, start: reduce(add, it, start))


def _tfidf_more(tokens, widf, counts, idf_get, default_idf):
    """(TF-IDF dict, 1 / its L2 norm) of title + more tokens (brand, MPN,
    description), continuing from the title's ``widf`` / ``counts`` (see
    ``_tfidf3``, same arithmetic)."""
    vec = widf.copy()
    rep = _count_tokens(tokens, vec, counts.copy() if counts else None, idf_get, default_idf)
    return vec, _weigh(vec, rep)


def _cos_scaled(a: dict, b: dict, ia: float, ib: float) -> float:
    """Cosine of two TF-IDF vectors given unnormalised, with their inverse
    norms (see ``_tfidf3``): the sum of ``(w * ia) * (v * ib)`` over the
    shared tokens, in the order of the smaller dict - exactly the products
    and sum of normalised vectors, but the normalisation costs two
    multiplications per shared word instead of a pass over every word of
    both offers (a long description has ~70 distinct words).  A plain loop:
    for these small dicts faster than map/filter pipelines."""
    if len(a) > len(b):
        a, b, ia, ib = b, a, ib, ia
    s = 0.0
    for t, w in a.items():
        v = b.get(t)
        if v is not None:
            s += w * ia * (v * ib)
    return s


def _trigrams_str(tc: str) -> frozenset:
    return frozenset([tc[i:i + 3] for i in range(len(tc) - 2)])


_NO_GRAMS: frozenset = frozenset()
_BYTEORDER = sys.byteorder

if struct.calcsize("I") == 4:
    def _trigrams(tc: str) -> frozenset:
        """The distinct character trigrams of a compact title, as int codes.

        ``tc`` is ASCII (``compact`` keeps only a-z0-9), so a trigram is
        c0 + 131*c1 + 131**2*c2 for its three character codes (< 131):
        distinct trigrams get distinct codes (the gram features only count
        them), and the low bits mix all three characters (good hashing).
        Computed for every position at once with big-integer arithmetic on
        32-bit fields (one field per character, values < 2**22, so no field
        carries into the next) instead of slicing and hashing ~60 small
        strings per title.  ("utf-32" - native byte order after a byte-order
        mark - has a fast path in CPython that "utf-32-le" lacks; the mark's
        field and the last two, incomplete, windows are dropped.)"""
        n = len(tc)
        if n < 3:
            return _NO_GRAMS
        x = int.from_bytes(tc.encode("utf-32"), _BYTEORDER)
        x += 131 * (x >> 32) + 17161 * (x >> 64)
        codes = memoryview(x.to_bytes(4 * n + 4, _BYTEORDER)).cast("I").tolist()
        return frozenset(codes[1:n - 1])
else:  # pragma: no cover - exotic C int size
    _trigrams = _trigrams_str


def _detect_brand(ws: list[str], brands: frozenset) -> str | None:
    # first known brand among the first words (also two-word brands)
    for i in range(min(4, len(ws))):
        w = ws[i]
        if i + 1 < len(ws):
            two = w + ws[i + 1]
            if two in brands:
                return T.BRAND_ALIASES.get(two, two)
        if w in brands and len(w) >= 2:
            return T.BRAND_ALIASES.get(w, w)
    return None


# Prepared offers, least recently used evicted first.  An offer takes part in
# many pairs (a catalogue against another, a product page against its
# candidates), so it is prepared once while it is in use.  Keyed by the values
# the matcher reads, not by the dict's identity: equal offers share an entry
# and a dict edited in place is prepared again.
CACHE_SIZE = 20_000  # ~5-12 KB per prepared offer

_SYNONYM_KEYS = frozenset(
    _TITLE_KEYS + _MPN_KEYS + _GTIN_KEYS + _BRAND_KEYS + _DESC_KEYS + _CAT_KEYS
) - {"title", "brand", "mpn", "gtin", "description", "category"}


def prepare(offer) -> Prepared:
    """The prepared offer, every field computed (cached, see ``CACHE_SIZE``)."""
    p = prepare_light(offer)
    return p if p.rest is None else _complete(p)


def prepare_light(offer) -> Prepared:
    """The prepared offer, maybe only its first stage (what the rules'
    conflicts read, see ``_prepare``); ``complete`` adds the rest.  A batch
    prepares every offer this far and completes only the offers of pairs
    that no conflict decides already (``_decide.decide_staged``)."""
    if isinstance(offer, Prepared):
        return offer
    if not offer:
        offer = {}
    get = offer.get
    title = get("title")
    brand = get("brand")
    mpn = get("mpn")
    gtin = get("gtin")
    price = get("price")
    desc = get("description")
    cat = get("category")
    if not (title and brand and mpn and gtin and desc and cat):
        # an empty usual field falls back to its synonyms ("name", "ean" ...);
        # most offers use no synonym at all, and then an absent (None) field
        # simply stays None, without a look-up
        synonyms = not _SYNONYM_KEYS.isdisjoint(offer)
        if not title and (synonyms or title is not None):
            title = _first(offer, _TITLE_KEYS)
        if not brand and (synonyms or brand is not None):
            brand = _first(offer, _BRAND_KEYS)
        if not mpn and (synonyms or mpn is not None):
            mpn = _first(offer, _MPN_KEYS)
        if not gtin and (synonyms or gtin is not None):
            gtin = _first(offer, _GTIN_KEYS)
        if not desc and (synonyms or desc is not None):
            desc = _first(offer, _DESC_KEYS)
        if not cat and (synonyms or cat is not None):
            cat = _first(offer, _CAT_KEYS)
    try:
        return _prepared(title, brand, mpn, gtin, price, desc, cat)
    except TypeError:
        key = (title, brand, mpn, gtin, price, desc, cat)
        try:
            hash(key)
        except TypeError:  # unhashable values (lists ...): key on their text
            return _prepared(*(None if v is None else str(v) for v in key))
        raise


_cat_memo: dict = {}
_seed_category: dict = {}

# words that mark a title as a third party's product made to fit or replace
# another brand's ("compatible toner", "remanufactured maintenance kit")
# ("refurbished" is not one: a refurbished WD Black is still a WD Black)
_THIRD_PARTY_WORDS = frozenset(("compatible", "remanufactured", "reman", "replacement", "aftermarket"))


def clear_cache() -> None:
    """Forget every prepared offer (and the memos of brand and category names)."""
    _prepared.cache_clear()
    _title_parts.cache_clear()
    _cat_memo.clear()
    _seed_category.clear()
    T.clear_caches()


def cache_info():
    """functools-style (hits, misses, maxsize, currsize) of the prepared-offer cache."""
    return _prepared.cache_info()


def _prepare(title, brand, mpn, gtin, price, desc, cat) -> Prepared:
    """The first, cheaper stage of ``prepare``: everything the precision
    rules' conflicts read (see ``batch.conflict_matrix``) - title parts,
    model numbers, units, brand, GTIN, MPN, the full text's compact form;
    ``facets_stage`` adds the facets, colours, variants, seed type and the
    full text's words.  ``_complete`` adds the rest (the
    TF-IDF vectors, trigrams, identifying words, types, price, category,
    ``cols``) when a pair needs the whole feature vector."""
    res = resources()
    p = Prepared()
    t, p.units, ws, raw, codes, joined, numbers, for_codes, p.mpn, seed = _title_parts(title, mpn)
    p.words = ws
    p.title = joined_words = " ".join(ws)
    p.ntok = len(ws)
    p.title_compact = tc = T.compact(t)
    # (the same set as the keys of the title's TF-IDF dict)
    p.wordset = wordset = frozenset(ws)
    p.third_party = not _THIRD_PARTY_WORDS.isdisjoint(wordset)

    if p.mpn:
        codes = codes | {p.mpn}
    p.codes = codes
    p.joined = joined
    p.allcodes = codes | joined if joined else codes
    p.numbers = numbers
    p.for_codes = for_codes
    b = T.norm_brand(brand)
    if b is None:
        b = _detect_brand(ws, res.brands)
    p.brand = b
    p.gtin = gtin14(gtin) if gtin is not None else None

    extra = []
    if brand:
        extra.append(str(brand).lower())
    if mpn:
        extra.append(str(mpn).lower())
    dtext = ""
    if desc:
        # descriptions get a light clean (no unit gluing): they only feed the
        # full-text TF-IDF vector and the code-in-text search
        dtext = T.light_clean(str(desc)[:_DESC_MAX_CHARS])
        extra.append(dtext)
    p.has_desc = bool(dtext)
    if extra:
        ex = " ".join(extra)
        p.full_compact = tc + "|" + T.compact(ex)
    else:
        ex = None
        p.full_compact = tc
    # (the text's words: read by the facet stage's conflicts on, see ``facets_stage``)
    p.rest = [ws, seed, price, cat, ex]
    # (the facets, colours, variants and seed type: a stage of their own, see ``facets_stage``)
    p.restb = (t, raw, joined_words, title)
    return p


def facets_stage(p: Prepared) -> Prepared:
    """The facets, colours, variants, seed type and full-text words of a
    first-stage offer, in place: the conflicts that need them come after GTIN, brand, MPN, third
    party and units (``batch.conflict_matrix`` reads them only for pairs
    none of those decides)."""
    # (read once: another thread may finish the stage meanwhile - same values)
    restb, rest = p.restb, p.rest
    if restb is None or rest is None:
        return p
    t, raw, joined_words, title = restb
    ws, seed, _, cat, ex = rest
    if ex is not None:
        # (a list already when another thread ran this stage meanwhile)
        rest[4] = extoks = T.words(ex) if type(ex) is str else ex
        # the words of the title and text (the keys of the full TF-IDF dict)
        p.fullkeys = p.wordset.union(extoks)
    else:
        p.fullkeys = p.wordset
    # what code_relation iterates over, filtered once here instead of per pair:
    # codes of >= 5 characters that are not "for <device>" codes (with their
    # suffix-stripped form), the same among all codes, long joined codes, and
    # the 4 longest codes (ties alphabetical: independent of set order)
    # (tuples, not lists: the garbage collector stops tracking tuples of
    # strings, and thousands of prepared offers sit in the cache)
    codes, joined, for_codes = p.codes, p.joined, p.for_codes
    if codes:
        c5 = []
        c5s = []
        for c in codes:
            if len(c) >= 5 and c not in for_codes:
                c5.append(c)
                # with its stem, when dropping a short trailing colour /
                # region suffix (1-2 letters: dsch50b -> dsch50) leaves >= 5
                # characters (len(c) >= 5 here)
                if c[-1].isalpha():
                    s = c[:-2] if c[-2].isalpha() else c[:-1]
                    c5s.append((c, s if len(s) >= 5 else None))
                else:
                    c5s.append((c, None))
        p.codes5 = tuple(c5)
        p.codes5s = tuple(c5s)
        p.topcodes = tuple(sorted(codes, key=_longest_first)[:4]) if len(codes) > 1 else tuple(codes)
    else:
        c5 = ()
        p.codes5 = p.codes5s = p.topcodes = ()
    if joined:
        a5 = list(c5)
        j5 = []
        for c in joined:
            if len(c) >= 5:
                j5.append(c)
                if c not in for_codes and c not in codes:
                    a5.append(c)
        p.allcodes5 = tuple(a5)
        p.joined5 = tuple(j5)
    else:
        p.allcodes5 = p.codes5
        p.joined5 = ()
    p.colours, p.variants, p.mvariants, p.plainnums = T.word_facts(ws, raw, joined_words)
    p.facets = facets = facets_of(t, ws)
    if not seed and cat:
        # (a category about seeds, "Semillas Feminizadas": memoised, few distinct categories)
        seed = _seed_category.get(cat) if type(cat) is str else None
        if seed is None:
            seed = S.seed_context((), T.words(T.clean(str(cat))))
            if type(cat) is str and len(_seed_category) < 10_000:
                _seed_category[cat] = seed
    rest[1] = seed
    if seed:
        # a title about seeds: the pack as the project's pack parser reads it ("Pack of 5",
        # "5 semillas", "5er Pack", "5 graines", "x5"), the seed type (see ``seeds``)
        if isinstance(title, str):
            from crawler.units import parse_units

            found = parse_units(title, category=cat if isinstance(cat, str) else None)
            if found is not None and found.unit == "seed":
                facets["pack"] = frozenset((found.pack_size,))
        p.seedtype = S.seed_type(ws)
    else:
        p.seedtype = _EMPTY_SET
    p.restb = None
    return p




def _complete(p: Prepared) -> Prepared:
    """The second stage of ``prepare`` (see ``_prepare``), in place."""
    if p.restb is not None:
        facets_stage(p)
    rest = p.rest
    if rest is None:  # (completed by another thread meanwhile)
        return p
    ws, seed, price, cat, extoks = rest
    res = resources()
    idf_get = res.idf.get
    dflt = res.default_idf
    p.grams = _trigrams(p.title_compact)
    p.vec, p.vinv, p.idfsum, widf, counts = _tfidf3(ws, idf_get, dflt)
    p.widf = widf
    # words without a digit (title words are [a-z0-9.]; a "." only between digits)
    p.alpha_words = tuple(filter(str.isalpha, widf))
    # identifying words: rare enough in the training catalogues (idf), not a
    # function word, unit or colour (units and colours are compared as facets)
    cut = res.id_cut
    units = p.units
    # (colour words always identify: a "yellow" Gorillapod is not any Gorillapod)
    idwords = frozenset([
        w for w, v in widf.items()
        if (v >= cut and w not in _NOT_IDENTIFYING
            and not (w[0].isdigit() and units and T.is_unit_token(w))) or w in COLOUR_OF
    ])
    if seed:
        # seed words, "feminised" and pack words describe; "auto" / "regular" identify
        idwords = (idwords - S.NOT_IDENTIFYING) | (S.IDENTIFYING & p.wordset)
    p.types = T.types_of(ws)
    b = p.brand
    if b and b in idwords:
        # the brand is compared as a brand (brand_relation), not as a word
        idwords = idwords - {b}
    p.idwords = idwords

    p.price = T.parse_price(price)
    if cat:
        # few distinct categories: memoised (cleared with the cache)
        hit = _cat_memo.get(cat) if type(cat) is str else None
        if hit is None:
            category = str(cat).lower()
            hit = (category, frozenset(T.words(category)))
            if type(cat) is str and len(_cat_memo) < 10_000:
                _cat_memo[cat] = hit
        p.category, p.catset = hit
    else:
        p.category = ""
        p.catset = frozenset()

    if extoks is not None:
        # TF-IDF of title + extra words, continuing from the title's counts
        p.fullvec, p.fullinv = _tfidf_more(extoks, widf, counts, idf_get, dflt)
    else:
        p.fullvec = p.vec
        p.fullinv = p.vinv
    mpn_ = p.mpn
    codes = p.codes
    p.cols = (
        p.ntok, len(codes), p.price or 0.0, p.idfsum, len(p.vec), p.vinv, len(p.grams),
        p.has_desc, p.third_party, bool(mpn_), bool(mpn_ and _HAS_DIGIT(mpn_)), bool(b),
        bool(units), bool(codes), bool(p.allcodes), bool(p.seedtype), p.fullvec is p.vec,
        bool(p.facets), any(map(str.isdigit, ws)), bool(idwords),
    )
    p.rest = None  # (last: a complete offer is one whose ``rest`` is None)
    return p


def complete(p: Prepared) -> Prepared:
    """A prepared offer with every field (``prepare_light``'s offers completed in place)."""
    return p if p.rest is None else _complete(p)


@lru_cache(maxsize=CACHE_SIZE)
def _prepared(title, brand, mpn, gtin, price, desc, cat) -> Prepared:
    return _prepare(title, brand, mpn, gtin, price, desc, cat)


# (twice the prepared offers: blocking a catalogue reads every offer's title
# parts first, then prepares the ones it pairs up - which must still find theirs)
@lru_cache(maxsize=2 * CACHE_SIZE)
def _title_parts(title, mpn):
    """(cleaned title, units, words, raw tokens, codes, joined codes, numbers,
    "for <device>" codes, normalised MPN): the part of ``prepare`` that
    blocking needs too (``block_keys``), computed once for both.  (Shared by
    every prepared offer of that title and MPN: never modified.)"""
    if isinstance(title, str) and len(title) > _TITLE_MAX_CHARS:
        title = title[:_TITLE_MAX_CHARS]
    t, units = T.clean_with_units(title)
    ws = T.words(t)
    # a title about seeds: the seed trade's words in one language (see ``seeds``)
    seed = S.seed_context(ws)
    if seed:
        t = S.canonical_text(t)
        units = T.units_of(t)
        ws = T.words(t)
    raw = T.raw_tokens(t)
    codes, joined, numbers, for_codes = T.extract_codes(t, raw)
    return t, units, ws, raw, codes, joined, numbers, for_codes, T.norm_mpn(mpn), seed


class BlockKeys:
    """What blocking reads of an offer (the same values as its ``Prepared``):
    title words, model numbers (with the MPN), "for <device>" codes, MPN."""

    __slots__ = ("wordset", "allcodes", "for_codes", "mpn")


def block_keys(offer) -> BlockKeys:
    """The blocking view of an offer, without the rest of ``prepare``: a
    catalogue prepares fully only the offers that blocking pairs up."""
    if isinstance(offer, Prepared):
        return offer
    if not offer:
        offer = {}
    title = offer.get("title")
    mpn = offer.get("mpn")
    if not title:
        title = _first(offer, _TITLE_KEYS) if (title is not None or not _SYNONYM_KEYS.isdisjoint(offer)) else title
    if not mpn:
        mpn = _first(offer, _MPN_KEYS) if (mpn is not None or not _SYNONYM_KEYS.isdisjoint(offer)) else mpn
    try:
        parts = _title_parts(title, mpn)
    except TypeError:
        parts = _title_parts(None if title is None else str(title), None if mpn is None else str(mpn))
    _, _, ws, _, codes, joined, _, for_codes, m, _ = parts
    k = BlockKeys()
    if m:
        codes = codes | {m}
    k.wordset = frozenset(ws)
    k.allcodes = codes | joined if joined else codes
    k.for_codes = for_codes
    k.mpn = m
    return k


# --------------------------------------------------------------------------
# pairwise parts
# --------------------------------------------------------------------------


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


def _code_in_text(codes5s, text: str) -> float:
    """1.0 when one of the codes occurs in ``text``, 0.7 when only a suffix-stripped form does."""
    found = 0.0
    for code, stripped in codes5s:
        if code in text:
            return 1.0
        if stripped is not None and stripped in text:
            found = 0.7
    return found


def shared_codes(a: Prepared, b: Prepared):
    """(exact, strong_exact, specific, for_only) of ``code_relation``: what the
    codes printed on both sides say (first-stage fields only)."""
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
    return exact, strong, specific, for_only


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
    exact, strong, specific, for_only = shared_codes(a, b)
    ac, bc = a.codes, b.codes
    prefix = 0.0
    in_text = 0.0
    sim = 0.0
    # (codes5 / allcodes5 / joined5: the codes of >= 5 characters that are not
    # "for <device>" codes, codes5s with their suffix-stripped form; prepared
    # once per offer)
    if not strong:
        b_all5 = b.allcodes5
        for x in a.codes5:
            for y in b_all5:
                if x == y:
                    continue
                if x.startswith(y) or y.startswith(x):
                    prefix = max(prefix, _prefix_score(x, y))
                elif len(x) >= 6 and x in y or len(y) >= 6 and y in x and y in bc:
                    prefix = max(prefix, 0.5)
        a_joined5 = a.joined5
        if a_joined5:
            for y in b.codes5:
                for x in a_joined5:
                    if x == y:
                        continue
                    if x.startswith(y) or y.startswith(x):
                        prefix = max(prefix, _prefix_score(x, y))
        in_text = _code_in_text(a.codes5s, b.full_compact)
        if in_text < 1.0:
            in_text = max(in_text, _code_in_text(b.codes5s, a.full_compact))
    if ac and bc:
        if not strong:  # (strong: sim is 1.0 below)
            # the 4 longest codes of each side, longest first, ties alphabetical
            # (independent of set order); best normalised edit similarity
            sim = max(starmap(_indel_sim, product(a.topcodes, b.topcodes)))
    else:
        sim = -1.0
    conflict = 0.0
    if ac and bc and not (exact or prefix or in_text):
        conflict = 1.0
    if strong:
        sim = 1.0
    return exact, strong, specific, prefix, in_text, conflict, sim, for_only


_indel_sim = Indel.normalized_similarity

# function words, shop boilerplate and software packaging (format, licence count,
# platform - platforms are compared as facets) in several languages: never identifying
_NOT_IDENTIFYING = frozenset("""
a an the and or of for with w by from in on to at as new plus incl including includes
de la le les des du et pour avec en el los las y con para por sin und mit fur der die das
von zum zur ein eine il di per e da del della na s se z ze do k ke v ve o u pro bez
item items product products genuine original official brand free shipping sale pack set
edition version model series inch size color colour
software download license licence licenses lizenz licencia user users benutzer utilisateur
utilisateurs usuario usuarios uzivatel uzivatele rom cdrom dvdrom jewel oem retail box boxed
vollversion windows win mac macintosh pc bonus sealed
""".split())


def identifying_misses(a: Prepared, b: Prepared):
    """(identifying words of a's title the other offer never mentions,
    the same for b, identifying title words both titles share, the most plain
    words - no digit - either title has that the other lacks)."""
    ma, aa = _misses(a.idwords, b)
    mb, ab = _misses(b.idwords, a)
    shared = (a.idwords & b.wordset) | (b.idwords & a.wordset)
    return ma, mb, len(shared), max(aa, ab)


def _misses(ids, other):
    """(identifying words the other offer never mentions, how many of them are
    plain words - not specs with a digit or technology names like "nvme")."""
    of, oc = other.fullvec, other.full_compact
    ocol = other.facets.get("colour", ())
    n = alpha = 0
    for w in ids:
        if w not in of and not (len(w) >= 4 and w in oc) and not (w in COLOUR_OF and COLOUR_OF[w] in ocol):
            n += 1
            if w.isalpha() and w not in T._TECH:
                alpha += 1
    return n, alpha


def model_conflict(a: Prepared, b: Prepared, rel) -> float:
    """Both titles carry a long model number (>= 5 characters, letters and
    digits) and no code of one relates to a code of the other (not equal,
    not one a prefix of the other, not printed in the other's text):
    "U43H7LX" vs "U43H7SX", "X415EA-EB853" vs "X415EA-EB511"."""
    if not rel[5]:
        return 0.0
    if _mixed(a.codes5) and _mixed(b.codes5) and mpn_relation(a, b) <= 0:
        return 1.0
    return 0.0


def _mixed(codes) -> bool:
    for c in codes:
        if not c.isdigit() and not c.isalpha():
            return True
    return False


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


def third_party_conflict(a: Prepared, b: Prepared, brand: float) -> bool:
    """One offer is another maker's compatible / remanufactured / replacement
    version of the other: only one title says so, and their brands differ
    though the other's brand appears in its text (``brand_relation`` 0.5:
    "LD (4inkjets) ... Xerox ... remanufactured 108R00657" is not Xerox's
    108R00657 kit, however alike their model numbers and words)."""
    return brand == 0.5 and a.third_party != b.third_party


def brand_relation(a: Prepared, b: Prepared) -> float:
    """1 same brand, 0.5 different brands but one is named in the other's
    text, 0 unknown, -1 different brands."""
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
# (length, weight, volume and counts too: a 6 ft cable is not the 10 ft one,
# a 6 oz can not the 8 oz one)
_HARD_DIMS = frozenset(("cap", "inch", "mpix", "watt", "k", "res", "rpm", "len", "wt", "vol", "pack"))
_TOL = {"mpix": 0.1, "inch": 0.05, "freq": 0.05, "zoom": 0.0, "k": 0.0, "res": 0.0}


def unit_relation(a: Prepared, b: Prepared):
    """(matches, disjoint conflicts, any differences, capacity/size conflict)."""
    ua, ub = a.units, b.units
    match = disj = diff = hard = 0.0  # (floats: feature values as they are)
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
    # variant facets that disagree (see facets.py), model-number conflict,
    # identifying words (see identifying_misses)
    *(f"x_{k}" for k in FACET_KINDS), "x_upgrade", "x_refill", "x_model",
    "id_miss_min", "id_miss_max", "id_shared", "id_alpha_miss_max", "third_party", "code_shared_len", "mpn_code",
    "code_miss_min", "num_miss_min",
]
# columns after the model's features, read by the rules only (the committed trees
# were trained without them): the seed type of two titles about seeds (see ``seeds``)
RULE_FEATURES = ["x_seed_type", "id_lead_only", "tier_differs"]  # facets.lead_word_only, .tier_differs
ALL_FEATURES = FEATURE_NAMES + RULE_FEATURES
# the conflict features, in FEATURE_NAMES order
CONFLICT_FEATURES = [f"x_{k}" for k in FACET_KINDS] + ["x_upgrade", "x_refill", "x_model",
                                                        "third_party"]


# Features that may only push the match probability one way (-1: down, +1: up).
# The trainer passes them as monotonic constraints, so on unseen data a code,
# MPN, unit or variant conflict can never make two offers *more* alike.
# (Constraining the similarity features too cost ~0.015 valid F1.)
MONOTONE = {
    "code_conflict": -1, "code_for_only": -1, "mpn_rel": 1, "unit_disj": -1,
    "unit_diff": -1, "unit_hard": -1, "num_conflict": -1, "variant_conflict": -1,
    "colour_conflict": -1, "type_conflict": -1, "gtin_conflict": -1,
    "mvariant_conflict": -1, "idf_missing_max": -1,
    **{k: -1 for k in CONFLICT_FEATURES}, "id_miss_min": -1, "id_miss_max": -1,
    "code_miss_min": -1, "id_alpha_miss_max": -1, "num_miss_min": -1,
}


_ratio = fuzz.ratio
_fsum = math.fsum
_token_set_ratio = fuzz.token_set_ratio


def pair_features(a: Prepared, b: Prepared, rel=None, brand=None, units=None,
                  mpn_rel=None) -> list:
    """Feature vector (``ALL_FEATURES`` order: the model's ``FEATURE_NAMES``, then the
    rules' ``RULE_FEATURES``) of two prepared offers.

    ``rel`` / ``brand`` / ``units`` / ``mpn_rel``: the results of
    ``code_relation`` / ``brand_relation`` / ``unit_relation`` /
    ``mpn_relation`` when the caller has computed them already."""
    ta, tb = a.title, b.title
    if ta and tb:
        tset = _token_set_ratio(ta, tb) * 0.01
        ratio = _ratio(ta, tb) * 0.01
    else:
        tset = ratio = 0.0
    wa, wb = a.wordset, b.wordset
    shared = wa & wb
    inter = len(shared)
    la, lb = len(wa), len(wb)
    union = la + lb - inter
    jacc = inter / union if union else 0.0
    mn = la if la < lb else lb
    contain = inter / mn if mn else 0.0
    if rel is None:
        rel = code_relation(a, b)
    exact, strong, specific, prefix, in_text, conflict, sim, for_only = rel
    ca, cb = len(a.codes), len(b.codes)
    codes_min = float(ca if ca < cb else cb)
    if mpn_rel is None:
        mpn_rel = mpn_relation(a, b)
    if a.mpn and b.mpn:
        mpn_both = 1.0
        mpn_sim = _indel_sim(a.mpn, b.mpn)
    else:
        mpn_both = 0.0
        mpn_sim = -1.0
    if brand is None:
        brand = brand_relation(a, b)
    um, ud, udf, uh = unit_relation(a, b) if units is None else units
    na_, nb_ = a.numbers, b.numbers
    if na_ and nb_:
        nm, nc = (0.0, 1.0) if na_.isdisjoint(nb_) else (1.0, 0.0)
    else:
        nm = nc = 0.0
    var_conf = 1.0 if a.variants != b.variants else 0.0
    col_conf = 1.0 if (a.colours and b.colours and a.colours.isdisjoint(b.colours)) else 0.0
    if a.types and b.types:
        type_match = 0.0 if a.types.isdisjoint(b.types) else 1.0
        type_conf = 1.0 - type_match
    else:
        type_match = type_conf = 0.0
    pa, pb = a.price, b.price
    if pa and pb:
        price_ratio = pa / pb if pa < pb else pb / pa
    else:
        price_ratio = -1.0
    na, nb = a.ntok, b.ntok
    if na and nb:
        len_ratio = na / nb if na < nb else nb / na
    else:
        len_ratio = 0.0
    if a.catset and b.catset:
        ci = len(a.catset & b.catset)
        cat_jacc = ci / (len(a.catset) + len(b.catset) - ci)
    else:
        cat_jacc = -1.0
    gtin_conf = 1.0 if (a.gtin and b.gtin and a.gtin != b.gtin) else 0.0
    mvar_conf = 1.0 if a.mvariants != b.mvariants else 0.0
    ct = _cos_scaled(a.vec, b.vec, a.vinv, b.vinv)
    if a.fullvec is a.vec and b.fullvec is b.vec:
        cf = ct
    else:
        cf = _cos_scaled(a.fullvec, b.fullvec, a.fullinv, b.fullinv)
    if shared:
        widf = a.widf
        vals = [widf[w] for w in shared]
        sidf = _fsum(vals)  # exact: same value whatever the set order
        smax = max(vals)
    else:
        sidf = smax = 0.0
    mn_idf = min(a.idfsum, b.idfsum)
    wcontain = sidf / mn_idf if mn_idf else 0.0
    # rarest word of the shorter title that the other offer never mentions
    # (words only: model numbers are compared by the code features)
    short, other = (a, b) if na <= nb else (b, a)
    ofull = other.fullvec
    swidf = short.widf
    missing = [swidf[w] for w in short.alpha_words if w not in ofull]
    miss = max(missing) if missing else 0.0
    ga, gb = a.grams, b.grams
    if ga and gb:
        gi = len(ga & gb)
        lga, lgb = len(ga), len(gb)
        gram_jacc = gi / (lga + lgb - gi)
        gram_contain = gi / (lga if lga < lgb else lgb)
    else:
        gram_jacc = gram_contain = 0.0
    pa_, pb_ = a.plainnums, b.plainnums
    if pa_ and pb_:
        pi = len(pa_ & pb_)
        pn_jacc = pi / (len(pa_) + len(pb_) - pi)
    else:
        pn_jacc = -1.0
    xs = conflicts(a.facets, b.facets)
    xf = [1.0 if k in xs else 0.0 for k in _FACET_ORDER]
    ma, mb, ish, alpha_miss = identifying_misses(a, b)
    return [
        ct, cf, tset, ratio, jacc,
        contain, exact, strong, specific, prefix, in_text, conflict, sim, for_only, codes_min,
        mpn_both, mpn_rel, mpn_sim, brand, um, ud, udf, uh,
        nm, nc, var_conf, col_conf, type_conf, type_match, price_ratio, len_ratio,
        float(na if na < nb else nb), 1.0 if (a.has_desc or b.has_desc) else 0.0, cat_jacc,
        gtin_conf, mvar_conf, wcontain, smax, miss, pn_jacc, gram_jacc, gram_contain,
        *xf, model_conflict(a, b, rel),
        float(min(ma, mb)), float(max(ma, mb)), float(ish), float(alpha_miss),
        # one title says "compatible" / "remanufactured" ... and the brands are
        # not known to be the same (a Kingston module "compatible with Dell" is Kingston's)
        1.0 if a.third_party != b.third_party and brand < 1 else 0.0, _shared_code_len(a, b),
        1.0 if (a.mpn and b.mpn and _HAS_DIGIT(a.mpn) and _HAS_DIGIT(b.mpn)) else 0.0,
        float(min(_codes_missing(a, b), _codes_missing(b, a))),
        float(min(_numbers_missing(a, b), _numbers_missing(b, a))),
        1.0 if (a.seedtype and b.seedtype and S.type_conflict(a.seedtype, b.seedtype)) else 0.0,
        lead_word_only(a, b), tier_differs(a, b),
    ]


def _numbers_missing(a: Prepared, b: Prepared) -> int:
    """How many plain numbers of a's title (1-4 digits: "Tempest 30", "Swift 1")
    b's title and text never print."""
    n = 0
    of = b.fullkeys
    for w in a.words:
        if w.isdigit() and len(w) <= 4 and w not in of:
            n += 1
    return n


def _codes_missing(a: Prepared, b: Prepared) -> int:
    """How many model numbers of a's title (>= 4 characters) b never prints."""
    n = 0
    fc = b.full_compact
    for c in a.codes:
        if len(c) >= 4 and c not in a.for_codes and c not in fc and c != a.mpn:
            n += 1
    return n


def _shared_code_len(a: Prepared, b: Prepared) -> float:
    """Length of the longest model number printed as one token on both sides."""
    best = 0
    for c in a.codes & b.codes:
        if len(c) > best and (c in a.for_codes) == (c in b.for_codes):
            best = len(c)
    return float(best)


_FACET_ORDER = tuple(FACET_KINDS) + ("upgrade", "refill")


def _check_model(res) -> None:
    """A model file trained on other features than these cannot be used."""
    if res.features is not None and res.features != FEATURE_NAMES:
        raise ValueError(f"{res.path}: trained on other features than crawler.matching.features "
                         "computes; retrain with python -m crawler.matching.train")


# (model.py imports nothing of this module: it calls these back)
_model.on_load(_check_model)
_model.on_reload(clear_cache)
if _model._res is not None:  # a model loaded before this module was imported
    _check_model(_model._res)
_EMPTY_SET: frozenset = frozenset()
