"""Preparation of one offer for matching.

``prepare(offer)`` turns an offer dict into a ``Prepared`` record once (kept
in a bounded LRU cache keyed by the offer's matching fields), so comparing one
offer with many others costs only the pairwise part.  It does so in stages
(``prepare_light``: what the rules' first conflicts read; ``facets_stage``:
facets, colours, variants, seed type; ``complete``: TF-IDF, trigrams,
identifying words ...), so that a batch prepares in full only the offers of
pairs no conflict decides; ``prepare`` returns the offer complete.
``block_keys(offer)`` gives the keys blocking groups candidates by.  The
relations between two prepared offers are in ``relations``, the feature
vector in ``features``.
"""

from __future__ import annotations

import math
import numbers
import re
import struct
import sys
from decimal import Decimal
from functools import reduce
from operator import add, mul

from . import titles as T
from . import seeds as S
from . import mends33 as _mends33  # (session 33, ho33: a leaf module)
from . import offer_terms as _offer_terms  # (session 36, of36: a leaf module)
from ._gtin import gtin14
from .segments import segment_index
from .facets import (COLOUR_OF, add_offer_facets, add_text_units, facets_of, has_number_word, kit_totals,
                     offer_vocabulary, pack_totals, page_parts, without_brand_words, without_intensifiers)
from . import model as _model
from .synonyms import os_name_words
from .pagename import after_name_words, name_pack_only, page_name
from .scripts import title_skeletons  # (session 14, script)
from .native_brand import native_brand  # (session 24, ml24b)
from . import cyrgreek as _cyrgreek  # (session 15)
from . import indic as _indic  # (session 18)
from .mpn_fields import is_part_code, phrase_codes  # (session 20; session 27)
from . import raw_facets as _raw_facets  # (session 24, small24)
from . import fxhh38 as _fxhh38  # (session 38, fxhh38: a leaf module - a random colourway)
_OS_START = frozenset("windows win macos microsoft ms apple".split())
from .model import resources
from .memos import cached, clear_all, memo


_TITLE_KEYS = ("title", "name", "product_name", "productname")
_MPN_KEYS = ("mpn", "modelno", "model_number", "model", "manufacturer_part_number")
_GTIN_KEYS = ("gtin", "gtin14", "gtin13", "gtin12", "gtin8", "ean", "upc", "ean13", "isbn")
_BRAND_KEYS = ("brand", "manufacturer", "maker")
_DESC_KEYS = ("description", "desc")
_CAT_KEYS = ("category", "categories", "product_type")

_DESC_MAX_CHARS = 800
from ..fields import MAX_TITLE_LENGTH as _TITLE_MAX_CHARS  # noqa: E402  (session 25: the pipeline's limit too)
# (a category is a shop's short label - "Phones > Smartphones" -: a longer one is a page's text, and
# reading it whole (every script's reader) took 13 s for a 1 MB one; it is no category)
_CAT_MAX_CHARS = 300
# (a part number is short: a field of thousands of characters is junk, and comparing its
# suffixes costs the square of its length - session 13's review)
_MPN_MAX_CHARS = 64


# function words, shop boilerplate and software packaging (format, licence count,
# platform - platforms are compared as facets) in several languages: never identifying
_NOT_IDENTIFYING = frozenset("""
a an the and or of for with w by from in on to at as via new plus incl including includes
de la le les des du et pour avec en el los las y con para por sin und mit fur der die das
von zum zur ein eine il di per e da del della na s se z ze do k ke v ve o u pro bez
item items product products genuine original official brand free shipping sale pack set
edition version model series inch size color colour
software download license licence licenses lizenz licencia user users benutzer utilisateur
utilisateurs usuario usuarios uzivatel uzivatele rom cdrom dvdrom jewel oem retail box boxed
vollversion windows win mac macintosh pc bonus sealed
""".split())
_HAS_DIGIT = re.compile(r"\d").search


def _longest_first(c: str):
    return (-len(c), c)


def _scalar(value):
    """``value`` if it is text or a finite number, else None: a bool, NaN or infinity, bytes, a
    mapping, a set or any other object names nothing (``str()`` made them the words "nan", "true",
    "b'...'", "{'a': 1}" - two such offers were the same product)."""
    if value is None or type(value) is str:
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (numbers.Real, Decimal)):  # (not a complex number: "(1+2j)")
        try:
            return value if value == value and abs(value) != math.inf else None
        except (ArithmeticError, TypeError, ValueError):  # (Decimal("sNaN") refuses to be compared)
            return None
    return None


def readable(value):
    """A field's value as the matcher reads it: text or a finite real number as it is, a list or tuple
    as the text of its items that are (a list of a list is not read), None for anything else
    (see ``_scalar``). The input boundary of every path (one pair, a batch, blocking's decisions)."""
    if value is None or type(value) is str:
        return value
    if type(value) is float:  # (the usual price: ``_scalar``'s answer without its isinstance checks)
        return value if math.isfinite(value) else None
    if isinstance(value, (list, tuple)):
        return " ".join(T.as_text(x) for x in map(_scalar, value) if x is not None and x != "") or None
    return _scalar(value)


def title_read(title):
    """The title as the matcher reads it, or None when it names nothing: not text (a number, a list
    of several texts), no letter in any script (digits, punctuation, symbols, emoji, marks, control or format characters
    only - "2024", "!!!", "😀" -: two such titles were one product), or longer than the matcher
    reads (``_TITLE_MAX_CHARS``: only its first characters were compared, so two pages' text taken
    for their titles that began alike was one product)."""
    if type(title) is str and len(title) <= _TITLE_MAX_CHARS and title[:1].isalpha():
        return title  # (most titles: one that begins with a letter has one)
    if isinstance(title, (list, tuple)):
        # a title is the name of one product: a list of one text is that text, a list of several
        # ["Galaxy S21", "Galaxy S21 5G"] is several names, or pieces of one in an order the matcher
        # cannot know - no title, as a number or NaN is none (their words joined were compared as one
        # title's, silently).  The offer's GTIN, MPN and brand are read as before; ``crawler.products``
        # names a product with no title by its brand and MPN (``untitled``). (session 28, robust28)
        texts = [x for x in map(_scalar, title) if x is not None and T.as_text(x).strip()]
        title = texts[0] if len(texts) == 1 else None
    title = readable(title)  # (a number is no title)
    if not isinstance(title, str) or len(title) > _TITLE_MAX_CHARS or not any(char.isalpha() for char in title):
        return None
    return title


def category_read(category):
    """The category as the matcher reads it (``readable``), or None when it is longer than a
    category (``_CAT_MAX_CHARS``)."""
    category = readable(category)
    return None if type(category) is str and len(category) > _CAT_MAX_CHARS else category


def _first(offer: dict, keys, read=None):
    for k in keys:
        v = (read or readable)(offer.get(k))
        if v is not None and v != "":
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
        # words of a web page's site name closing the title (``titles.site_suffix_words``;
        # from the second stage on, those that may be a site's), the identifying
        # words without the page's words (``facets.page_parts``)
        "sitewords", "pageids",
        # words of the page after a title's first literal (``titles.literal_tail_words``;
        # the title itself until a pair needs them: ``facets.tail_words``)
        "tailwords",
        # the title's words that are a shop's promise about the sale ("| Free Shipping & Returns",
        # "- Skladem": ``offer_terms.promise_words``; None until a pair first asks, ``facets.tail_words``;
        # the empty set for a title printing no promise's first word - session 36, of36)
        "promisewords",
        # the product's name literal of a web page's title (``pagename.page_name``; session 11, wdc):
        # read as ``pagename``, computed on first read (see there)
        "_pagename",
        # the segment number of each title word (``segments.segment_index``; None: one segment):
        # read as ``segs``, computed on first read (see there)
        "_segs",
        # derived once per offer for code_relation (see there)
        "codes5", "codes5s", "allcodes5", "joined5", "topcodes",
        # the offer's numbers and flags as one row of the batch's columns (see ``batch``)
        "cols",
        # the full text's words (the keys of fullvec: known from the facet stage on);
        # what the second stage needs, None once it has run (see ``_prepare``)
        "fullkeys", "rest", "restb",
        # tables of one offer computed when a pair first asks (``offermemo.per_offer``;
        # session 12, speed): None until then
        "memo",
        # the consonant skeletons of each of the title's Arabic words ``arabic.to_latin`` drops
        # (``scripts.title_skeletons``; session 14, script: () for most titles)
        "scripts",
        # the words the title spells in Latin letters read from Cyrillic or Greek ones
        # (``cyrgreek.read_words``; session 15: () for most titles)
        "translit",
        # the title as the offer gives it: the learned stage's own
        # column reads it (``stage.one_sided_words``; session 16)
        "rawtitle",
        # the model codes of an MPN field that is a phrase ("Relaunch SS26GR": {"ss26gr", ...};
        # "Bluetooth Keyboard": none), None for a field of one code (``mpn_fields.phrase_codes``;
        # session 20)
        "mpnphrase",
        # a brand field written in another script than Latin ("סנו", "ソニー"): its readings
        # (``native_brand.native_brand``; session 24, ml24b), None for most offers
        "nbrand",
    )

    @property
    def pagename(self):
        """The product's name literal of a web page's title (``pagename.page_name``: None for
        most titles), computed when first read (session 17, speed): a title with a quote in
        it costs two more cleanings of its parts (~30 us cold, as much as the rest of its
        first stage), and the pairs the first conflicts decide never read it
        (``batch.staged_conflict_reasons``: 442 of the 1,185 such offers of the speed
        benchmark's test pairs).  (Until then ``_pagename`` is ``_UNREAD``.)"""
        n = self._pagename
        if type(n) is str:  # (``_UNREAD``: a page name is a tuple or None)
            self._pagename = n = page_name(self.rawtitle)
        return n

    @property
    def segs(self):
        """The segment number of each title word (``segments.segment_index``;
        None: one segment), computed when first read: the conflicts read them
        only for a few pairs, and most offers of a batch never reach the
        feature matrix.  (Until then ``_segs`` holds the cleaned title, a str;
        ``_complete`` computes them.)"""
        s = self._segs
        if type(s) is str:
            self._segs = s = segment_index(s, self.words)
        return s


_SLOTS = tuple(Prepared.__slots__)


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
            if _mends33.console_maker_at(ws, i):
                continue  # (session 33, ho33: "FIFA 23 - Nintendo Switch": the platform, ``mends33``)
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
    return _first_stage(_prepared, _offer_fields(offer))


def _first_stage(make, fields) -> Prepared:
    """``make(*fields)`` (``_prepared`` or ``_prepare``); unhashable values (lists ...) read as their text."""
    try:
        return make(*fields)
    except TypeError:
        try:
            hash(fields)
        except TypeError:  # unhashable values (lists ...): key on their text
            return make(*(None if v is None else T.as_text(v) for v in fields))
        raise


_TEXT_OR_NONE = (str, type(None))


def _field_read(v):
    """A field as ``readable`` reads it, where it is neither text nor absent (the price, mostly)."""
    return v if type(v) in _TEXT_OR_NONE else readable(v)


def _offer_fields(offer) -> tuple:
    """(title, brand, MPN, GTIN, price, description, category) of an offer dict, each
    from its usual key or, when that is empty, from the first of its synonyms."""
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
    # (the input boundary: what names nothing is no value - see ``readable`` and ``title_read``)
    title = title_read(title)
    # (each field read only when it is neither text nor absent: the price, mostly)
    brand, mpn, gtin, price, desc, cat = map(_field_read, (brand, mpn, gtin, price, desc, cat))
    if type(cat) is str and len(cat) > _CAT_MAX_CHARS:  # (``category_read``, the value read already)
        cat = None
    if not (title and brand and mpn and gtin and desc and cat):
        # an empty usual field falls back to its synonyms ("name", "ean" ...);
        # most offers use no synonym at all, and then an absent (None) field
        # simply stays None, without a look-up
        synonyms = not _SYNONYM_KEYS.isdisjoint(offer)
        if not title and (synonyms or title is not None):
            title = _first(offer, _TITLE_KEYS, title_read)
        if not brand and (synonyms or brand is not None):
            brand = _first(offer, _BRAND_KEYS)
        if not mpn and (synonyms or mpn is not None):
            mpn = _first(offer, _MPN_KEYS)
        if not gtin and (synonyms or gtin is not None):
            gtin = _first(offer, _GTIN_KEYS)
        if not desc and (synonyms or desc is not None):
            desc = _first(offer, _DESC_KEYS)
        if not cat and (synonyms or cat is not None):
            cat = _first(offer, _CAT_KEYS, category_read)
    if title:
        # (without a shop's promise closing it - "| Skladem", "- Free Shipping & Returns": session 36, of36,
        # ``offer_terms.strip_closing``; here, once an offer, not in ``title_read``, which the identity
        # check reads for every pair)
        title = _offer_terms.strip_closing(title)
    return title, brand, mpn, gtin, price, desc, cat


_cat_memo: dict = memo({})
_seed_category: dict = memo({})

# words that mark a title as a third party's product made to fit or replace
# another brand's ("compatible toner", "remanufactured maintenance kit")
# ("refurbished" is not one: a refurbished WD Black is still a WD Black)
_THIRD_PARTY_WORDS = frozenset(("compatible", "remanufactured", "reman", "replacement", "aftermarket"))
# (session 10, household: the word in more languages - "capsules compatibles Nespresso")
_THIRD_PARTY_WORDS = _THIRD_PARTY_WORDS | frozenset(("compatibles", "compatibile", "compatibili", "kompatibel",
                                                     "kompatibilni"))


def without_codes(offer, drop) -> Prepared:
    """The first stage of ``offer`` prepared with the codes of ``drop`` no longer read as its
    model numbers (its MPN field stays one): ``blocking.match_catalogs``, for the codes
    that many offers of one catalogue print (a series', a standard's, a device's number -
    see there).  The offer as ``prepare_light`` gives it when it prints none of them; else
    a copy of its own (the cache keeps the offer as it is, for every other caller)."""
    p = prepare_light(offer)
    codes, joined = p.codes, p.joined
    if drop.isdisjoint(codes) and drop.isdisjoint(joined):
        return p
    drop = drop - {p.mpn} if p.mpn in drop else drop
    if p.mpnphrase:
        drop = drop - p.mpnphrase
    if drop.isdisjoint(codes) and drop.isdisjoint(joined):
        return p
    if isinstance(offer, Prepared) or not (
            p.rest is not None and p.restb is not None and p.memo is None and p.facets is None
            and p.codes5 is None and p.fullkeys is None):
        # (a stage past the first read the codes already: the offer's first stage again)
        if isinstance(offer, Prepared):
            raise ValueError("without_codes needs the offer, not a prepared one past its first stage")
        p = _first_stage(_prepare, _offer_fields(offer))  # (session 25, dedupe25: ``prepare_light``'s path)
    q = Prepared()
    for name in _SLOTS:
        v = getattr(p, name, _SLOTS)
        if v is not _SLOTS:  # (the slots of the later stages are not set yet)
            setattr(q, name, v)
    q.rest = list(p.rest)  # (the later stages fill it in place)
    q.codes = (codes - drop) or T._EMPTY
    q.joined = (joined - drop) or T._EMPTY if joined else joined
    q.allcodes = q.codes | q.joined if q.joined else q.codes
    q.for_codes = (p.for_codes - drop) or T._EMPTY if p.for_codes else p.for_codes
    return q


def clear_cache() -> None:
    """Forget every prepared offer and every memo of the matcher (``memos``: the
    prepared offers, title parts, brand and category names are memos too - a
    reloaded model reads every word again)."""
    clear_all()



def cache_info():
    """functools-style (hits, misses, maxsize, currsize) of the prepared-offer cache."""
    return _prepared.cache_info()


_NO_TAIL: frozenset = frozenset()
_UNREAD = "unread"  # (``Prepared._pagename`` not read yet: a str, as a copy or a pickle keeps it)
_NO_SCRIPTS: tuple = ()  # (a title without Arabic letters: ``Prepared.scripts``)


def _prepare(title, brand, mpn, gtin, price, desc, cat) -> Prepared:
    """The first, cheaper stage of ``prepare``: everything the precision
    rules' conflicts read (see ``batch.conflict_matrix``) - title parts,
    model numbers, units, brand, GTIN, MPN, the full text's compact form;
    ``facets_stage`` adds the facets, colours, variants, seed type and the
    full text's words.  ``_complete`` adds the rest (the
    TF-IDF vectors, trigrams, identifying words, types, price, category,
    ``cols``) when a pair needs the whole feature vector."""
    if isinstance(mpn, str) and len(mpn) > _MPN_MAX_CHARS:
        mpn = mpn[:_MPN_MAX_CHARS]
    res = resources()
    p = Prepared()
    p.memo = None
    p.rawtitle = title
    # (session 30, seedw30: a seed bank's or a seed house's brand field puts the title about seeds -
    # ``seeds.seed_brand``)
    t, p.units, ws, raw, codes, joined, numbers, for_codes, p.mpn, seed = _title_parts(
        title, mpn, S.seed_brand(brand) if brand else False)
    p.words = ws
    p.title = joined_words = " ".join(ws)
    p.ntok = len(ws)
    p.title_compact = tc = T.compact(t)
    # (the same set as the keys of the title's TF-IDF dict)
    p.wordset = wordset = frozenset(ws)
    p.third_party = not _THIRD_PARTY_WORDS.isdisjoint(wordset)
    p.tailwords = title if type(title) is str and '"' in title else _NO_TAIL
    p.promisewords = None if not _offer_terms.HINTS.isdisjoint(wordset) else _NO_TAIL
    # (a name literal needs a quote: read when a pair first asks, ``Prepared.pagename``)
    p._pagename = _UNREAD if p.tailwords is not _NO_TAIL else None
    # (the script readers read the title as the rest of it is read, its first _TITLE_MAX_CHARS:
    # Thai's tokenizer took a second over a 100,000-character title - session 19's review)
    head = title[:_TITLE_MAX_CHARS] if type(title) is str else title
    p.scripts = _NO_SCRIPTS if type(title) is not str or head.isascii() else title_skeletons(head)
    p.translit = _NO_SCRIPTS if p.scripts is _NO_SCRIPTS and (type(title) is not str or head.isascii()) \
        else _cyrgreek.read_words(head) + _indic.read_words(head)
    p._segs = t  # (the title's segments: computed when first read, see ``Prepared.segs``)
    # (the site name closing a page title, ``sitewords``, is read with the
    # identifying words only: ``_complete`` finds it)

    if p.mpn:
        # (session 27, mpn27: the field joins the model codes only when it reads as a
        # part code - "banana", "Default Title", "2024", "128GB" are none: ``is_part_code``)
        # (session 29, speed29: a field the title's codes hold already adds nothing, whatever
        # ``is_part_code`` says - a third of the fields: its cleaning is left to a pair that asks)
        if p.mpn not in codes and is_part_code(p.mpn):
            codes = codes | {p.mpn}
        p.mpnphrase = phrase_codes(mpn)
    else:
        p.mpnphrase = None
    p.codes = codes
    p.joined = joined
    p.allcodes = codes | joined if joined else codes
    p.numbers = numbers
    p.for_codes = for_codes
    b = T.norm_brand(brand)
    if b is None:
        b = _detect_brand(ws, res.brands)
    p.brand = b
    # (session 24, ml24b: a brand field no Latin letter of which is left, "סנו", "ソニー", kept aside)
    p.nbrand = native_brand(brand) if b == "" else None
    p.gtin = gtin14(gtin) if gtin is not None else None

    extra = []
    if brand:
        extra.append(T.as_text(brand).lower())
    if mpn:
        extra.append(T.as_text(mpn).lower())
    dtext = ""
    if desc:
        # descriptions get a light clean (no unit gluing): they only feed the
        # full-text TF-IDF vector and the code-in-text search
        dtext = T.light_clean(T.as_text(desc)[:_DESC_MAX_CHARS])
        extra.append(dtext)
    p.has_desc = bool(dtext)
    if extra:
        ex = " ".join(extra)
        p.full_compact = tc + "|" + T.compact(ex)
    else:
        ex = None
        p.full_compact = tc
    # (the text's words: read by the facet stage's conflicts on, see ``facets_stage``)
    p.rest = [ws, seed, price, cat, ex, title]
    # (the facets, colours, variants and seed type: a stage of their own, see ``facets_stage``;
    # its three parts are computed when a pair first needs them: None until then)
    p.restb = (t, raw, joined_words, title, ex)
    p.facets = p.codes5 = p.fullkeys = None
    return p


def facets_stage(p: Prepared) -> Prepared:
    """The facets, colours, variants, seed type, the model-number tuples that
    ``relations.code_relation`` iterates over and the full-text words of a
    first-stage offer, in place: the conflicts that need them come after GTIN, brand, MPN, third
    party and units (``batch.conflict_matrix`` reads them only for pairs
    none of those decides).  Three parts, each also computed alone when a
    pair first needs it (``batch.staged_conflict_reasons``, in the order of
    ``rules.REASONS``): ``facet_part`` (the variant to seed-type and size
    conflicts), ``code_part`` (the model-number conflict), ``keys_part``
    (the plain-number conflict)."""
    if p.restb is None:
        return p
    if p.facets is None:
        facet_part(p)
    if p.codes5 is None:
        code_part(p)
    if p.fullkeys is None:
        keys_part(p)
    p.restb = None
    return p


def keys_part(p: Prepared) -> Prepared:
    """The words of the title and text (``fullkeys``: the keys of the full
    TF-IDF dict; the text's words kept for ``_complete``) - see ``facets_stage``."""
    rest = p.rest
    if p.fullkeys is not None or rest is None:
        return p
    ex = rest[4]
    if ex is not None:
        # (a list already when another thread ran this part meanwhile)
        rest[4] = extoks = T.words(ex) if type(ex) is str else ex
        p.fullkeys = p.wordset.union(extoks)
    else:
        p.fullkeys = p.wordset
    return p


def code_part(p: Prepared) -> Prepared:
    """What code_relation iterates over, filtered once here instead of per pair
    (see ``facets_stage``): codes of >= 5 characters that are not "for <device>" codes
    (with their suffix-stripped form), the same among all codes, long joined
    codes, and the 4 longest codes (ties alphabetical: independent of set order)."""
    if p.codes5 is not None:
        return p
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
        p.codes5s = tuple(c5s)
        p.topcodes = tuple(sorted(codes, key=_longest_first)[:4]) if len(codes) > 1 else tuple(codes)
        c5 = tuple(c5)
    else:
        c5 = ()
        p.codes5s = p.topcodes = ()
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
        p.allcodes5 = c5
        p.joined5 = ()
    p.codes5 = c5  # (last: the part is done once ``codes5`` is set)
    return p


def facet_part(p: Prepared) -> Prepared:
    """The colours, variants, facets (with the sizes of the text) and seed
    type of a first-stage offer (see ``facets_stage``)."""
    restb, rest = p.restb, p.rest
    if p.facets is not None or restb is None or rest is None:
        return p
    t, raw, joined_words, title, ex = restb
    ws, seed, _, cat = rest[0], rest[1], rest[2], rest[3]
    text = ex if type(ex) is str else None
    # (the title's words in any word set the readers below look up: one pass over the words)
    seen = offer_vocabulary(ws)
    p.colours, p.variants, p.mvariants, p.plainnums = T.word_facts(ws, raw, joined_words, seen)
    if _fxhh38.random_colour(t):  # (session 38, fxhh38: "Colors May Vary", a colour of its own)
        p.colours = p.colours | {_fxhh38.RANDOM_COLOUR}
    if p.variants and p.brand:
        p.variants = without_brand_words(p.variants, ws, p.brand)
    if p.variants:  # (session 14, rec)
        p.variants = without_intensifiers(p.variants, ws)
    facets = facets_of(t, ws, seen)
    if p._pagename is not None:  # (session 12, wdc: a page's pack counts are its name's)
        # (a title with a quote: ``name_pack_only`` reads its page name only when the
        # facets hold a pack count - session 17, speed: ``Prepared.pagename``)
        name_pack_only(facets, title)
    add_offer_facets(facets, title, p.title_compact, t)
    if p.units or text:
        # sizes of the title and of the text (brand, MPN, description): see facets.add_text_units
        add_text_units(facets, p.units, text)
    if not seed and cat:
        # (a category about seeds, "Semillas Feminizadas": memoised, few distinct categories)
        seed = _seed_category.get(cat) if type(cat) is str else None
        if seed is None:
            seed = S.seed_context((), T.words(T.clean(T.as_text(cat))))
            if type(cat) is str and len(_seed_category) < 10_000:
                _seed_category[cat] = seed
    rest[1] = seed
    if seed:
        # a title about seeds: the pack as the project's pack parser reads it ("Pack of 5",
        # "5 semillas", "5er Pack", "5 graines", "x5"), the seed type (see ``seeds``)
        if isinstance(title, str):
            from crawler.units import parse_units

            # (session 30, seedw30: the pack parser told what the matcher read - a title about seeds by
            # its words, its brand or its category counts seeds: "Moby Dick Auto - 25 pcs" of Dinafem,
            # "Special Kush #1 Féminisée - x3")
            where = (cat + " | seeds") if isinstance(cat, str) else "seeds"
            found = parse_units(title, category=where)
            if isinstance(p.title, str) and p.title != title and (
                    found is None or found.unit != "seed" or S.counted_after(p.title)):
                # (session 29, dev29: the count as ``seeds.canonical_text`` writes it, "Seeds (approx
                # 100)" -> "100 seeds"; session 30, seed30: and before the number the seed word follows,
                # "Carrot Autumn King 2 Seeds (approx. 1000)": 1000 seeds of "Autumn King 2")
                again = parse_units(p.title, category=where)
                if again is not None and again.unit == "seed":
                    found = again
            if found is not None and found.unit == "seed" and not S.name_number(title, p.title, found.pack_size):
                facets["pack"] = frozenset((found.pack_size,))
        # (session 31, seed31: and the seed houses named, CBD, the packet's form, a weight or a count of
        # seeds - ``seeds.seed_marks``)
        # (session 32, sd32: and the pack's count and the raw title, for a strain name's numbers)
        p.seedtype = S.seed_type(ws) | S.seed_marks(ws, p.brand, bool(p.units and "wt" in p.units),
                                                    "pack" in facets, facets.get("pack") or (), title)
    else:
        p.seedtype = _EMPTY_SET
    p.facets = facets  # (last: the part is done once ``facets`` is set)
    return p




def _bare_words(title) -> frozenset:
    """The title's words (as ``T.clean`` writes them) of its phrases saying the tool comes alone
    (``raw_facets.bare_phrase_words``)."""
    if not isinstance(title, str):
        return frozenset()
    ws = _raw_facets.bare_phrase_words(title)
    return frozenset(T.clean(" ".join(sorted(ws))).split()) if ws else frozenset()


def _complete(p: Prepared) -> Prepared:
    """The second stage of ``prepare`` (see ``_prepare``), in place."""
    if p.restb is not None:
        facets_stage(p)
    rest = p.rest
    if rest is None:  # (completed by another thread meanwhile)
        return p
    ws, seed, price, cat, extoks, title = rest
    res = resources()
    idf_get = res.idf.get
    dflt = res.default_idf
    p.grams = _trigrams(p.title_compact)
    if type(p._segs) is str:
        p._segs = segment_index(p._segs, ws)
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
    if ws and ws[0] in _OS_START:
        idwords = idwords | os_name_words(ws)  # (session 10, software: "Windows 11 Pro")
    if seed:
        # seed words, "feminised" and pack words describe; "auto" / "regular" identify
        idwords = (idwords - S.NOT_IDENTIFYING) | (S.IDENTIFYING & p.wordset)
        if not (p.facets and "pack" in p.facets) and not S.UNCOUNTED_PACKET.isdisjoint(p.wordset):
            idwords = idwords | (S.UNCOUNTED_PACKET & p.wordset)  # (session 32, sd32: a packet of no count)
    # (session 32, sd32: a cannabis strain's every word, a word read as a brand too - ``seeds.strain_words``)
    strain = S.strain_words(ws, p.brand) if seed and not S.CANNABIS_TYPES.isdisjoint(p.wordset) else None
    if p.facets and p.facets.get(_raw_facets.BARE) is True and idwords:
        # (session 24, small24: "Tool Only" / "Bare Tool" / "ohne Akku": the pack facet's words)
        idwords = idwords - _bare_words(p.rawtitle)
    if not _mends33.NEW_WORDS.isdisjoint(p.wordset):
        # (session 33, ho33: "... NINTENDO SWITCH - NEUF", "(Neu & OVP)": the listing's condition, ``mends33``)
        idwords = idwords - _mends33.new_condition_words(p.rawtitle, p.wordset)
    p.types = T.types_of(ws)
    b = p.brand
    if b and b in idwords:
        # the brand is compared as a brand (brand_relation), not as a word
        idwords = idwords - {b}
    if strain:
        idwords = idwords | strain
    p.idwords = idwords
    p.sitewords = T.site_suffix_words(title, ws)
    p.pageids, p.sitewords = page_parts(p)
    if p.pagename is not None and p.pageids:  # (session 12, wdc: the page's words after the name)
        p.pageids = p.pageids - after_name_words(title)

    p.price = T.parse_price(price)
    if cat:
        # few distinct categories: memoised (cleared with the cache)
        hit = _cat_memo.get(cat) if type(cat) is str else None
        if hit is None:
            category = T.as_text(cat).lower()
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
        p.has_desc, p.third_party, bool(mpn_), bool(mpn_ and _HAS_DIGIT(mpn_)), bool(b or p.nbrand),
        bool(units), bool(codes), bool(p.allcodes), bool(p.seedtype), p.fullvec is p.vec,
        bool(p.facets), has_number_word(ws), bool(idwords),
    )
    p.rest = None  # (last: a complete offer is one whose ``rest`` is None)
    return p


def complete(p: Prepared) -> Prepared:
    """A prepared offer with every field (``prepare_light``'s offers completed in place)."""
    return p if p.rest is None else _complete(p)


@cached(CACHE_SIZE)
def _prepared(title, brand, mpn, gtin, price, desc, cat) -> Prepared:
    return _prepare(title, brand, mpn, gtin, price, desc, cat)


# (twice the prepared offers: blocking a catalogue reads every offer's title
# parts first, then prepares the ones it pairs up - which must still find theirs)
@cached(2 * CACHE_SIZE)
def _title_parts(title, mpn, seed_brand=False):
    """(cleaned title, units, words, raw tokens, codes, joined codes, numbers,
    "for <device>" codes, normalised MPN): the part of ``prepare`` that
    blocking needs too (``block_keys``), computed once for both.  (Shared by
    every prepared offer of that title and MPN: never modified.)"""
    if isinstance(title, str) and len(title) > _TITLE_MAX_CHARS:
        title = title[:_TITLE_MAX_CHARS]
    t, units = T.clean_with_units(title)
    giga = T.memory_gigabytes(title)
    if giga is not title:
        # (session 30, suffix30: a graphics card's "8G" is 8 GB, ``titles.memory_gigabytes``; its units
        # only - the words stay as printed, a part number "VENTUS 2X BLACK 8G OC" with them)
        units = T.clean_with_units(giga)[1]
    units = T.tons_read(t, units)  # (session 23, ml: a ton is BTU only of an air conditioner)
    ws, raw = T.words_and_raw(t)
    # a title about seeds: the seed trade's words in one language (see ``seeds``)
    seed = seed_brand or S.seed_context(ws)
    if seed:
        if isinstance(title, str) and ("'" in title or "\u2018" in title or "(" in title):
            # (session 30, seed30: a cultivar's quoted name, "Carrot 'Autumn King 2'" - ``seeds.cultivar_title``;
            # seedw30: and a botanical name in brackets, "Lettuce (Lactuca sativa)" - ``seeds.botanical_aside``)
            named = S.cultivar_title(title) if "'" in title or "\u2018" in title else title
            if "(" in named:
                named = S.botanical_aside(named)
            if named != title:
                t, units = T.clean_with_units(named)
                units = T.tons_read(t, units)
        t = S.canonical_text(t)
        units = T.units_of(t)
        ws, raw = T.words_and_raw(t)
    codes, joined, numbers, for_codes = T.extract_codes(t, raw)
    codes, units = _spec_parts(title, t, codes, units)
    return t, units, ws, raw, codes, joined, numbers, for_codes, T.norm_mpn(mpn), seed


# (session 32, ho32) a graphics chip and the memory printed right after it ("RTX 3050 6GB", "rtx3050
# 6gb", "GTX 1650 4GB", "Radeon RX 7600S 8GB"), and the words that make a title a computer's
_GPU_MEMORY = re.compile(r"(?<![a-z0-9])(?:rtx|gtx|rx|arc) ?[a-z]?\d{3,4}[a-z]{0,2}(?: (?:ti|super|xt|laptop))? +(\d{1,2})gb(?![\w.])(?! *(?:ram )?\d+(?:gb|tb))")
_COMPUTER = re.compile(r"(?<![a-z0-9])(?:i[3579]|core|ryzen|celeron|pentium|ultra [579]|laptop|notebook|"
                       r"desktop|tower|\d{4,5}h[xs]?)(?![a-z])")


def _without_graphics_memory(t: str, units: dict) -> dict:
    """(session 32, ho32) ``units`` without the graphics chip's memory of a computer's title: "HP
    Victus 15 i5-13420H RTX 3050 *6GB*" names the laptop's graphics memory, which a title of the
    same laptop printing its RAM and drive ("8GB 512GB") does not state - no third capacity to set
    against them.  Only a capacity printed once (not also the RAM's: "8GB RAM RTX 4060 8GB"), and
    only in a computer's title (a processor named: a graphics card's own "8GB" names the card), and
    not a capacity the drive's follows ("RTX 3050 8GB 512GB": the RAM and the drive)."""
    m = _GPU_MEMORY.search(t)
    if not m or not _COMPUTER.search(t):
        return units
    v = float(m.group(1))
    if len(re.findall(r"(?<![\w.])" + m.group(1) + r" ?gb(?![\w.])", t)) != 1:
        return units
    cap = units["cap"] - {v}
    units = dict(units)
    if cap:
        units["cap"] = cap
    else:
        del units["cap"]
    return units


def _spec_parts(title, t: str, codes, units):
    """(codes without the shop's stock number, units with the speeds of the
    memory standards the title names): see ``titles.stock_numbers`` and
    ``titles.memory_speeds`` (session 8, issue #12)."""
    stock = T.stock_numbers(title)
    if stock and not stock.isdisjoint(codes):
        codes = (codes - stock) or T._EMPTY
    speeds = T.memory_speeds(t)
    if speeds:
        units = dict(units)
        units["freq"] = frozenset(units.get("freq", T._EMPTY) | speeds)
    if units and "cap" in units and ("rtx" in t or "gtx" in t or "radeon" in t or "arc" in t):
        units = _without_graphics_memory(t, units)  # (session 32, ho32)
    if units and "*" in t and "cap" in units:
        units = kit_totals(t, units)  # a kit's total capacity too (facets.kit_totals)
    if units and "pack" in units:
        units = pack_totals(t, units)  # a multipack's total count too (facets.pack_totals)
    return codes, units


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
    # (read as ``prepare_light`` reads them: ``title_read``, ``readable``)
    title = title_read(title)
    if type(mpn) is not str:
        mpn = readable(mpn)
    if not title:
        title = _first(offer, _TITLE_KEYS, title_read) \
            if (title is not None or not _SYNONYM_KEYS.isdisjoint(offer)) else title
    if title:
        title = _offer_terms.strip_closing(title)  # (as ``_offer_fields`` reads it)
    if not mpn:
        mpn = _first(offer, _MPN_KEYS) if (mpn is not None or not _SYNONYM_KEYS.isdisjoint(offer)) else mpn
    # (session 30, seedw30: the brand field as ``_prepare`` reads it - ``seeds.seed_brand``)
    brand = offer.get("brand")
    brand = _field_read(brand) if brand is not None else None
    if not brand and not _SYNONYM_KEYS.isdisjoint(offer):
        brand = _first(offer, _BRAND_KEYS)
    seed_brand = S.seed_brand(brand) if brand else False
    try:
        parts = _title_parts(title, mpn, seed_brand)
    except TypeError:
        parts = _title_parts(None if title is None else T.as_text(title), None if mpn is None else T.as_text(mpn),
                             seed_brand)
    _, _, ws, _, codes, joined, _, for_codes, m, _ = parts
    k = BlockKeys()
    if m and m not in codes and is_part_code(m):  # (session 27, mpn27: as ``prepare`` reads it; session 29)
        codes = codes | {m}
    k.wordset = frozenset(ws)
    k.allcodes = codes | joined if joined else codes
    k.for_codes = for_codes
    k.mpn = m
    return k


_EMPTY_SET: frozenset = frozenset()

_model.on_reload(clear_cache)
