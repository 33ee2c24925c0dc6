"""Pairwise features: the vector the learned model scores.

``pair_features(a, b)`` returns the feature vector of two prepared offers
(names in ``FEATURE_NAMES``; ``ALL_FEATURES`` adds the columns the rules read).
The preparation of one offer is in ``prepared``, the relations the vector is
built from (``code_relation``, ``brand_relation``, ``mpn_relation``,
``unit_relation``), which also feed the hard guards in ``_decide``, in
``relations``; both are re-exported here, so ``from crawler.matching.features
import prepare, code_relation ...`` keeps working.
"""

from __future__ import annotations

import math
import re

from rapidfuzz import fuzz

from . import mends33 as _mends33  # (session 33, ho33: a leaf module)
from . import mends34 as _mends34  # (session 34, mend34: a leaf module)
from . import mends35 as _mends35  # (session 35, mend35: a leaf module)
from . import cl42 as _cl42  # (session 42, cl42: a leaf module - an Apple part number's region)
from . import co40 as _co40  # (session 40, co40: a leaf module - a spec printed on one side only)
from . import office41 as _office41  # (session 41, of41: a leaf module - a cartridge's printers)
from . import seeds as S
from . import titles as T
from .facets import FACET_KINDS, ROMAN_NUM, conflicts, ids_agree_excused, lead_word_only, platform_number, tier_differs
from . import model as _model
from .memos import cached
from .variants import form_conflict, slot_conflict
from .office_mobile import variants_glued_same  # (session 20, en20a)
from .accessory import accessory_against_device, accessory_conflict  # (session 11, accessory)
from .learned24 import learned_veto  # (session 24, hh24b)
from .wordclass import CATEGORY as _KIND_WORDS  # (session 33, ho33: ``_line_numbers_apart``)
from .wordclass import GENERIC, LAMP_CODE, LAMP_WORDS, PLATFORM_CODE_MAKERS, platform_code, variants_in_feature_list
from .synonyms import number_in_code
from . import english_titles as _english  # (session 17, en)
from .pagename import name_same
from .stage import STAGE_FEATURES as _STAGE_FEATURES, set_columns as _stage_columns
from .model_numbers import glued_numbers_missing, printed_otherwise  # (session 14, prec)
from .facets import _PLATFORM_WORDS  # (session 14, prec)
from .facets import quantity_number  # (session 26, packs26)
from .sizing import SIZE_LABELS, may_name_size, size_positions  # (session 32, fs32; session 33, fs33)
# the preparation and the relations, re-exported: importers keep reading them from here
from .prepared import (  # noqa: F401
    CACHE_SIZE,
    Prepared,
    _HAS_DIGIT,
    _cos_scaled,
    block_keys,
    BlockKeys,
    cache_info,
    clear_cache as _clear_prepared,
    complete,
    facets_stage,
    prepare,
    prepare_light,
)
from .made_for import named_third_party  # (session 16, prec; session 30)
from . import ml24 as _ml24  # (session 24, ml24)
from . import rewordings as _rewordings  # (session 32, ho32: a name's initials with its number glued on)
from .relations import (  # noqa: F401
    _COLOUR_SUFFIX as _COLOUR_CODE,
    _indel_sim,
    _names_colour,
    brand_relation,
    code_relation,
    code_written_otherwise,
    device_conflict,
    generation_misses,
    identifying_misses,
    model_conflict,
    mpn_relation,
    number_relation,
    printed_mpn_conflict,
    shared_codes,
    own_replacement,
    third_party_conflict,
    unit_relation,
)


def clear_cache() -> None:
    """Forget every prepared offer and every memo the matcher's modules keep per
    offer, title, word set or code: each joins one registry where it is defined
    (``memos``), and this empties them all - a cold run starts cold (the
    benchmark's best-of-3 "cold" run must not find them filled by the run before
    it).  Tables built once from the code's own word lists (rewordings' retailer
    words, titles' character maps) are code, not data, and stay."""
    _clear_prepared()  # (``prepared.clear_cache``: ``memos.clear_all``)



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
RULE_FEATURES = ["x_seed_type", "id_lead_only", "tier_differs",  # facets.lead_word_only, .tier_differs
                 "id_excused",  # facets.ids_agree_excused
                 "mpn_printed", "x_device",  # relations.printed_mpn_conflict, .device_conflict
                 "gen_miss",  # relations.generation_misses, either way
                 "x_form", "x_slot",  # variants.form_conflict, .slot_conflict
                 "code_line",  # _line_codes_only
                 # a model number in one offer only (rules.learned_gate): 1, 2 where that
                 # number is the offer's MPN field alone (``code_from_mpn_only``, session 14)
                 "codes_one_side",
                 "x_accessory",  # accessory.accessory_conflict (session 11, accessory)
                 "name_same",  # pagename.name_same (session 11, wdc)
                 "number_word",  # word_after_number (rules.learned_gate)
                 "acc_device",  # accessory.accessory_against_device (rules.learned_gate)
                 "learned_veto",  # learned24.learned_veto (rules.learned_gate; session 24, hh24b)
                 "x_kind"]  # facets.conflicts' "kind": two parts' kinds (fxou39; its own reason, session 40 - ``facet_flags``)
ALL_FEATURES = FEATURE_NAMES + RULE_FEATURES
# the learned stage's rows: some of these and its own columns (``stage.STAGE_FEATURES``, ``stage.stage_rows``; sessions 16-17)
STAGE_FEATURES = list(_STAGE_FEATURES)
_stage_columns(ALL_FEATURES)
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
    var_conf = 1.0 if a.variants != b.variants and not variants_in_feature_list(a, b) \
        and not variants_glued_same(a, b) and not _ml24.variants_spelled(a, b) else 0.0
    # (session 20, en20a: "603 XL" / "603XL"; session 24, ml24: "Professional" in Devanagari)
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
    mvar_conf = 1.0 if mvariants_differ(a, b) else 0.0
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
    # (two titles of one length: the rarer of the two, so that the pair's order says nothing)
    miss = 0.0
    for short, other in (((a, b),) if na < nb else ((b, a),) if na > nb else ((a, b), (b, a))):
        ofull = other.fullvec
        swidf = short.widf
        missing = [swidf[w] for w in short.alpha_words if w not in ofull]
        if missing:
            miss = max(miss, max(missing))
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
    xs = conflicts(a.facets, b.facets, a.wordset, b.wordset)
    xf = facet_flags(xs)
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
        1.0 if a.third_party != b.third_party and brand < 1 and not (
            brand == 0 and own_replacement(a, b)) or named_third_party(a, b)
        else 0.0, _shared_code_len(a, b),  # (s11, recall; s16, prec: ``made_for``)
        1.0 if (a.mpn and b.mpn and _HAS_DIGIT(a.mpn) and _HAS_DIGIT(b.mpn)) else 0.0,
        float(both_min(_codes_missing, a, b)),
        float(both_min(_numbers_missing, a, b)),
        1.0 if (a.seedtype and b.seedtype and S.type_conflict(a.seedtype, b.seedtype)) else 0.0,
        lead_word_only(a, b), tier_differs(a, b),
        # (as in batch: only where the plain title evidence fails on identifying
        # words and the rule may read it - two identifying words shared)
        ids_agree_excused(a, b) if ((ma and mb) or alpha_miss) and ish >= 2 else 0.0,
        1.0 if (a.mpn or b.mpn) and printed_mpn_conflict(a, b) else 0.0,
        1.0 if device_conflict(a, b) else 0.0,
        float(generation_misses(a, b) + generation_misses(b, a)),
        form_conflict(a, b), slot_conflict(a, b),
        _line_codes_only(a, b),
        (2.0 if code_from_mpn_only(a, b) else 1.0) if bool(a.codes) != bool(b.codes) else 0.0,
        accessory_conflict(a, b),
        name_same(a, b),
        word_after_number(a, b),
        accessory_against_device(a, b),
        learned_veto(a, b),
        1.0 if "kind" in xs else 0.0,
    ]


_ROMAN_NUM = ROMAN_NUM  # (see facets.ROMAN_NUM)
_NUM_ROMAN = {v: k for k, v in _ROMAN_NUM.items()}


def both_min(count, a, b):
    """``min(count(a, b), count(b, a))`` for a count (>= 0) read both ways: b's way is not read
    where a's is 0 already - the pairs whose numbers and codes all stand in the other title,
    most pairs that reach the count (session 27, speed27; ``min`` returns its first least
    argument: the value is the one ``min`` gave)."""
    x = count(a, b)
    return x if not x else min(x, count(b, a))


def _numbers_missing(a: Prepared, b: Prepared) -> int:
    """How many plain numbers of a's title (1-4 digits: "Tempest 30", "Swift 1";
    or a roman numeral after the first word: "Acrobat X" is 10) b's title and
    text never print (as digits or as the roman numeral)."""
    of = b.fullkeys
    if _number_words(a.wordset) <= of:
        # (every number and numeral of a's title printed in b: most pairs)
        return _variant_suffix_misses(a, b) + glued_numbers_missing(a, b) \
            + _english.bare_capacity_apart(a, b) \
            + _line_numbers_apart(a.words, b.words, of) \
            + _mends33.colour_suffix_rivals(a, b) \
            + _mends33.screen_sizes_apart(a, b) \
            + _mends34.numbers_apart(a, b) + _mends35.letter_tail_apart(a, b, T.is_unit_token)  # (session 33, ho33: "1812WH" / "1812BK", "Air 13" / 'Air 11"'; session 34)
    n = 0
    first = True
    ws = a.words
    # (session 32, fs32: a size's number - "UK 8" / "EU 42", "EU 42 2/3" - is compared as a size, ``sizing``)
    sized = size_positions(ws) if may_name_size(a.wordset) else ()
    if sized and _unsized_number_missing(b, a):
        sized = ()  # (the other prints a number of its own in its place: "Size 6" / "Size 7" reads as numbers)
    for i, w in enumerate(ws):
        if w.isdigit():
            if (len(w) <= 4 and w not in of and i not in sized and not _spec_number(ws, i)
                    and not _generation_ordinal_in(ws, i, of)  # (session 33, fs33: "Gen 3" / "3rd gen")
                    and not platform_number(ws, i, b.facets)
                    and not number_in_code(ws, i, of) and not size_number(w, a, b)  # (session 13, home)
                    and not _mends35.number_in_spaced_code(ws, i, b)  # (session 35, mend35: "WH 1000 XM4")
                    and not _english.number_glued_otherwise(ws, i, a, b)  # (session 17, en: "Pack of 8" / "8pk")
                    and not (a.facets and b.facets and quantity_number(int(w), a.facets, b.facets))  # (packs26)
                    and not _with_unit_in(w, of, a.wordset)  # (session 28, dev28: "EVO 1" / "EVO 1TB")
                    and not _wifi_standard(ws, i, b)  # (session 31, usr31: "Wi-Fi 6 support")
                    and not _m2_size_alone(ws, i, b)  # (session 31, usr31: "M.2 2280")
                    and not _co40.one_sided_spec_number(ws, i, a, b)):  # (session 40, co40: "16-Thread", "800 CCA")
                r = _NUM_ROMAN.get(w)
                if (r is None or r not in of) and not _initials_glued(w, a, b):
                    n += 1
        elif not first and w in _ROMAN_NUM and w not in of and _ROMAN_NUM[w] not in of \
                and not (w == "x" and _times_between(ws, i, of)) \
                and not _initials_glued(w, a, b):  # (packs26: "3 in x 3 in" / "3x3" is no X)
            n += 1
        first = False
    return n + _variant_suffix_misses(a, b) + glued_numbers_missing(a, b) \
        + _english.bare_capacity_apart(a, b) \
        + _line_numbers_apart(ws, b.words, of) \
        + _mends33.colour_suffix_rivals(a, b) \
        + _mends33.screen_sizes_apart(a, b) \
        + _mends34.numbers_apart(a, b) \
        + _mends35.letter_tail_apart(a, b, T.is_unit_token)  # (session 33, ho33: "1812WH" / "1812BK", "Air 13" / 'Air 11"', ``mends33``; session 34, ``mends34``; session 35: "DHP485Z" / "DHP485ZJ", ``mends35``)


def _listed(ws, i: int) -> bool:
    """Does a plain number stand after the plain number ``ws[i]`` - a list, "iPhone 15/14/13",
    "Windows 10/11", in any order?"""
    return i + 1 < len(ws) and ws[i + 1].isdigit()


def _line_numbers_apart(ws, bw, of) -> int:
    """(session 32, dev32) How many plain numbers of a's words ``ws`` that b prints too (``of``), but
    never beside a word they have beside them in a, follow a word after which b's title prints
    another plain number: the number of a line, "Raspberry Pi 4" / "Raspberry Pi 5", where b's "5" is
    elsewhere in a ("... Wi-Fi 5") - a number found anywhere in the other title is no evidence where
    both print the line's word with a number of its own ("Security 2024 - 5 Devices" / "Security 5
    Devices": the 5 stands before "Devices" in both).  Numbers of 1-3 digits: a year after a line's
    name is no line number ("Security 2024 - 5 Devices" / "Security 5 Devices"), nor the first of a
    list ("iPhone 15/14/13" / "iPhone 13/14/15": ``_listed``)."""
    n = 0
    after = None
    m = len(ws)
    for i in range(1, m):
        w = ws[i]
        if not (w.isdigit() and len(w) <= 3 and w in of):
            continue
        prev = ws[i - 1]
        if len(prev) < 2 or not prev.isalpha() or _listed(ws, i) or prev in _KIND_WORDS:
            # (session 33, ho33: a kind word before a number is no line's name - "Baby Wipes 12 x 60 Wipes
            # (720)" / "Baby Wipes, 12 Packs of 60 (720 Wipes)": the numbers count the wipes)
            continue
        if after is None:
            after = {}
            for k in range(1, len(bw)):
                x = bw[k]
                if x.isdigit() and len(x) <= 3 and bw[k - 1].isalpha() and not _listed(bw, k) \
                        and bw[k - 1] not in _KIND_WORDS:
                    after.setdefault(bw[k - 1], set()).add(x)
        got = after.get(prev)
        if not got or w in got:
            continue
        # (b prints it before the word a prints after it, or both close the title with it: one number)
        nxt = ws[i + 1] if i + 1 < m else None
        if any(x == w and (bw[k + 1] if k + 1 < len(bw) else None) == nxt for k, x in enumerate(bw)):
            continue
        n += 1
    return n


def _initials_glued(w: str, a: Prepared, b: Prepared) -> bool:
    """(session 32, ho32) Is a's number ``w`` the number of a name b writes as its initials with the
    number glued on ("Call of Duty: Modern Warfare *III*" / "Call of Duty MW3 (2023)": the "III" is
    b's "MW3", ``rewordings.initials_number``)?  Printed there, so no number a's title alone prints."""
    return _rewordings.initials_number(w, a, b) is not None


_GEN_BESIDE = frozenset("gen generation generations".split())
_ORDINAL_SUFFIX = {"1": "st", "2": "nd", "3": "rd"}


def _generation_ordinal_in(ws, i: int, of) -> bool:
    """(session 33, fs33) Is the number ``ws[i]`` a generation ("Gen 3", "3 Gen") the other offer prints as
    its ordinal ("3rd gen")?  One number, written two ways (the version facet compares the generations)."""
    if not ((i and ws[i - 1] in _GEN_BESIDE) or (i + 1 < len(ws) and ws[i + 1] in _GEN_BESIDE)):
        return False
    w = ws[i]
    suf = "th" if len(w) > 1 and w[-2] == "1" else _ORDINAL_SUFFIX.get(w[-1], "th")
    return w + suf in of


def _unsized_number_missing(b: Prepared, a: Prepared) -> bool:
    """(session 32, fs32) Does b's title print a plain number (1-4 digits, no size's: ``sizing``) that a's
    title and text never print?  Then a size's number of a's is compared as a number too: the two titles
    may number one thing two ways ("Spalding TF-1000 Legacy размер 6" / "... Size 7", "Select-A-Size 6
    Double Rolls" / "12 Double Rolls")."""
    bw = b.words
    sized = size_positions(bw) if may_name_size(b.wordset) else ()
    of = a.fullkeys
    return any(w.isdigit() and len(w) <= 4 and w not in of and i not in sized for i, w in enumerate(bw))


# (session 31, usr31) the Wi-Fi standard a device supports, "Wi-Fi 6", "WiFi 7" (4 to 7): a spec a
# shop's long title lists ("Amazon Fire TV Stick 4K, ... Wi-Fi 6 support"), no number of the model's
# name - unless the other title names a Wi-Fi standard too (then "6" against "7" stays two routers)
_WIFI_WORDS = frozenset(("fi", "wifi"))
_WIFI_GENERATIONS = frozenset("4 5 6 7".split())


def _wifi_standard(ws, i: int, b: Prepared) -> bool:
    """Is the plain number ``ws[i]`` a Wi-Fi standard ("wi fi 6", "wifi 6") where the other offer's
    title names no Wi-Fi standard of its own?"""
    if not i or ws[i] not in _WIFI_GENERATIONS or ws[i - 1] not in _WIFI_WORDS:
        return False
    if ws[i - 1] == "fi" and (i < 2 or ws[i - 2] != "wi"):
        return False
    bw = b.words
    return not any(x in _WIFI_WORDS and k + 1 < len(bw) and bw[k + 1] in _WIFI_GENERATIONS
                   for k, x in enumerate(bw))


def _with_unit_in(w: str, of, own) -> bool:
    """(session 28, dev28) Does the other title print the plain number ``w`` glued to a unit of the
    unit reader ("1" / "1tb", "500" / "500gb": the number stated with its unit, a title cut short
    after the number - "Samsung SSD 840 EVO 1" / "... EVO 1 To")?  Not an amount the title's own
    words (``own``) print too: there the plain number is another one (session 32, dev32: "Raspberry Pi
    4 Model B 4GB" / "Raspberry Pi 5 4GB" - the "4" of "Pi 4" is no 4 GB both print)."""
    n = len(w)
    return any(x[:n] == w and x[n:] in T._UNIT_ALIASES and x not in own for x in of if len(x) > n)


def _times_between(ws, i: int, of) -> bool:
    """(session 26, packs26) Is the "x" at ``ws[i]`` the "times" between two sizes the other title
    prints too ("3 in x 3 in" / "3x3"): the numbers next before and after it (within two words)
    among the other's words ``of``?  Sizes the other never prints ("48 W x 36 H" / "36 x 24") stay
    a difference."""
    before = [w for w in ws[max(0, i - 2):i] if w[:1].isdigit()]
    after = [w for w in ws[i + 1:i + 3] if w[:1].isdigit()]
    return bool(before and after) and _printed_in(before[-1], of) and _printed_in(after[0], of)


def _printed_in(w: str, of) -> bool:
    """Does the other title print the word ``w`` or the number it leads with ("79g": 79)?"""
    return w in of or _LEAD_DIGITS(w).group(0) in of


_LEAD_DIGITS = re.compile(r"\d+").match


@cached(1 << 14)
def _number_words(wordset: frozenset) -> frozenset:
    """The words of a title ``_numbers_missing`` may count (numbers of 1-4
    digits, roman numerals): once per word set."""
    return frozenset(w for w in wordset if (w.isdigit() and len(w) <= 4) or w in _ROMAN_NUM)


def _variant_suffix_misses(a: Prepared, b: Prepared) -> int:
    """How many model numbers of a's title b's title prints only with a
    variant letter glued on, or a's title prints with one glued on and b's
    only bare: "Pixel 8" / "Pixel 8a", "MX Master 3" / "3S", "i5-12400" /
    "i5 12400F", "RAX50" / "RAX50S", "PG-545" / "PG-545XL" - the letters
    makers add to a model number to name another model (``_VARIANT_LETTERS``:
    unlocked, compact, high yield, plus ...).

    Other letters are as often a colour, region or revision code that offers
    leave out ("PSW110BK", "WN511B", "LW1002W", "3505B001AA"), and a variant
    letter too when a title names its colour ("TXSR506B" with "black") or
    writes it as a word of its own ("SD990 IS", "130 S")."""
    sa, sb = _lettered_words(a.wordset), _lettered_words(b.wordset)
    if not (sa or sb):
        return 0  # (most pairs: no word ends in variant letters)
    wa, wb = a.wordset, b.wordset
    n = 0
    counted = set()
    # a's word bare, b's with variant letters on
    for x in sb:
        if x in wa:
            continue
        for k in (1, 2):
            w = x[:-k]
            if (w and w in wa and w not in wb and w not in counted and _suffixed(w, x, a, b)
                    and not _suffix_apart(w, x[-k:], a)
                    and not _english.letter_written_apart(w, x[-k:], a, b)  # (session 18: "1 Meter" / "1m")
                    and not _multiplier_glued(w, x[-k:], a, b)):  # (session 26, packs26)
                counted.add(w)
                n += 1
    # a's word with variant letters on, b's bare: a counts it too (both sides
    # then miss one, as ``num_miss_min`` needs); or b never prints it, not
    # even bare: a 3-5 digit model number b lacks as "5600" is ("Ryzen 5
    # 8600G" vs "Ryzen 5 5600")
    for w in sa:
        if w in wb or w in counted:
            continue
        for k in (1, 2):
            x = w[:-k]
            if x and x in wb and _suffixed(x, w, b, a) and not _suffix_apart(x, w[-k:], b) \
                    and not _english.letter_written_apart(x, w[-k:], b, a) \
                    and not _multiplier_glued(x, w[-k:], b, a):  # (session 18: "1 Meter" / "1m"; packs26)
                n += 1
                break
        else:
            stem = w.rstrip(_LETTERS)
            if (3 <= len(stem) <= 5 and stem.isdigit() and stem not in b.fullkeys
                    and w not in b.fullkeys and _model_letter(stem, w[len(stem):], a, b)):
                n += 1
    return n


@cached(1 << 14)
def _lettered_words(wordset: frozenset) -> tuple:
    """The title words with a digit that end in variant letters ("8a",
    "13600kf", "rax50s"; see ``_VARIANT_LETTERS``)."""
    out = []
    for w in wordset:
        if w[-1].isalpha() and not w.isalpha():
            stem = w.rstrip(_LETTERS)
            if w[len(stem):] in _VARIANT_LETTERS and stem[-1:].isdigit():
                out.append(w)
    return tuple(out)


def _suffixed(w: str, x: str, a: Prepared, b: Prepared) -> bool:
    """Is b's word ``x`` a's word ``w`` (not in b) with variant letters on
    (not in a)?"""
    k = len(x) - len(w)
    if not (0 < k <= 2 and x.startswith(w) and w.isalnum()):
        return False
    suf = x[len(w):]
    if not w[-1].isdigit():
        # one variant letter already on: "13600K" / "13600KF"
        stem = w.rstrip(_LETTERS)
        if not stem or len(w) - len(stem) > 1 or w[len(stem):] + suf not in _VARIANT_LETTERS:
            return False
    if suf not in _VARIANT_LETTERS or x in a.fullkeys or w in b.fullkeys:
        return False
    return _model_letter(w, suf, a, b)


def _model_letter(w: str, suf: str, a: Prepared, b: Prepared) -> bool:
    """Do the variant letters ``suf`` after ``w`` name a model here (see
    ``_VARIANT_LETTERS``)?"""
    if suf == "a" and not w.isdigit():
        return False  # ("XMH10A": a revision; "Pixel 8a", "Galaxy A54" models)
    if w.isdigit() and (suf == "g" and not 4 <= len(w) <= 5 or suf == "k" and len(w) < 4):
        return False  # (a weight "500g", a resolution "4k"; "8600g", "13600k" models)
    return not _finish_suffix(suf, a, b)


def _suffix_apart(w: str, suf: str, p: Prepared) -> bool:
    """Does p's title write the letters as a word after ``w`` ("sd990 is"),
    or is its "x" a multiplier the cleaning took out ("2X 12G" read as
    "2 x 12g": ``w`` followed by a number)?"""
    ws = p.words
    return any(ws[i] == w and (ws[i + 1] == suf or suf == "x" and ws[i + 1][0].isdigit() and _x_printed(p, w))
               for i in range(len(ws) - 1))


def _multiplier_glued(w: str, suf: str, p: Prepared, q: Prepared) -> bool:
    """(session 26, packs26) Is the "x" glued to q's number ``w`` ("9x Pop-Top Packs") the
    multiplier both titles read ``w`` as (p's "9 Flip-Top Packs"), no model's variant letter?"""
    if suf != "x" or not w.isdigit() or not p.facets or not q.facets:
        return False
    v = int(w)
    return v in p.facets.get("_mult", ()) and v in q.facets.get("_mult", ())


def _x_printed(p: Prepared, w: str) -> bool:
    """(session 19, en19) Does p's raw title print an "x" right after ``w`` ("2X 12G", "2 x 12g")?
    A number followed by another number with no "x" between ("Ryzen 7 5800 8-Core") took no
    multiplier out: against "5800X" it is the bare model number."""
    return re.search(r"(?<![0-9.])" + re.escape(w) + r"\s?x", _english.raw_lower(p)) is not None


# letters makers glue to a model number to name another model: "X" / "XL"
# (bigger, high yield: "fenix 7X", "PG-545XL"), "S" (the newer: "MX Master
# 3S", "RAX50S"), "A" (the cheaper: "Pixel 8a"), "F" / "K" / "KF" (Intel:
# no graphics, unlocked), "G" (AMD: graphics), "M" ("ScanSnap S1500M")
# (session 34, mend34: "I" and "E" too - Canon's "PIXMA TS5350i" and HP's "OfficeJet Pro 9010e" / "DeskJet
# 2720e", the maker's later or subscription model beside the bare number's)
_VARIANT_LETTERS = frozenset(("x", "xl", "s", "a", "f", "k", "kf", "g", "m", "i", "e"))
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _finish_suffix(suf: str, a: Prepared, b: Prepared) -> bool:
    """Is ``suf`` a colour or finish code ("bk", "wh", "sl"; "b" black, "w"
    white, "s" silver, "r" red when a title names that colour)?"""
    colour = _COLOUR_CODE.get(suf)
    if colour is None:
        return False
    if len(suf) >= 2:
        return True
    return _names_colour(a, colour) or _names_colour(b, colour)


def _spec_number(ws, i: int) -> bool:
    """Is the plain number ``ws[i]`` a spec value, no model number: a memory
    standard's speed or rating ("DDR4 2400", "PC4 19200": ``titles.
    memory_speeds`` reads it as a frequency), a pin count ("240-pin"), or a
    memory module's timings after its CAS latency ("CL9-9-9-24")?"""
    if i + 1 < len(ws) and ws[i + 1] == "pin":
        return True
    if i == 0:
        return False
    prev = ws[i - 1]
    if prev in T._MEM_GENERATIONS:
        return True
    if len(ws[i]) <= 2:
        j = i - 1
        while j >= 0 and ws[j].isdigit() and len(ws[j]) <= 2:
            j -= 1
        return j >= 0 and _CAS(ws[j]) is not None
    return False


_CAS = re.compile(r"cl?\d{1,2}$").match
# (session 31, usr31) the M.2 card sizes (width and length in mm) after "M.2": the form factor a long
# SSD title lists ("990 PRO SSD NVMe M.2 PCIe Gen4, M.2 2280 ..."), no model's number; the form
# itself is compared by ``variants`` ("m.2" against "2.5inch")
_M2_SIZES = frozenset("2230 2242 2260 2280 22110".split())


def _m2_size_alone(ws, i: int, b: Prepared) -> bool:
    """Is the plain number ``ws[i]`` an M.2 card size after "M.2" (``_M2_SIZES``) where the other
    offer's title states none?  Two sizes stay two drives ("SN740 M.2 2230" / "M.2 2242": the
    session's attacker, attack31a)."""
    if not i or ws[i - 1] != "m.2" or ws[i] not in _M2_SIZES:
        return False
    return _M2_SIZES.isdisjoint(b.wordset)


def _codes_missing(a: Prepared, b: Prepared) -> int:
    """How many model numbers of a's title (>= 4 characters) b never prints."""
    n = 0
    fc = b.full_compact
    for c in a.codes:
        if (len(c) >= 4 and c not in a.for_codes and (c not in fc or _lettered_there(c, b, a))
                and c != a.mpn and not code_written_otherwise(c, a, b)):
            n += 1
    return n


def _lettered_there(c: str, b: Prepared, a: Prepared | None = None) -> bool:
    """``c`` is an Intel Core processor number ("i7-7700") that b prints only
    with a product-line letter or two glued on, never alone: "i7-7700K",
    "i7-6700HQ" are other processors (Intel's processor numbers end in the
    line's letters: K unlocked, T low power, HQ / U mobile ...).  Elsewhere a
    letter glued to a model number is as often a colour or region ("PSW110BK",
    "TXSR506B") that the other offer leaves out - but not a code that goes on in
    a segment of letters of its own (``_suffix_segment_there``)."""
    if c in b.allcodes:
        return False
    if c[-1].isdigit() and _CORE_NUMBER(c):
        n = len(c)
        return any(len(x) - n in (1, 2) and x.startswith(c) and x[n:].isalpha() for x in b.codes)
    return _suffix_segment_there(c, b, a)


def _suffix_segment_there(c: str, b: Prepared, a: Prepared | None) -> bool:
    """(session 22, en22) Does b print the model number ``c`` (ending in a digit) only continued
    by two marks of letters, one glued to its digits and one a segment of its own - "FP-J50E-W"
    (a region "E", a colour "-W") -, a code the maker writes out whole for a variant, so the
    bare "FP-J50" is another variant?  One mark alone is as often a shop's region or carrier
    tail ("BCD001C1-GB", "628061-S21-SC": one product), and not where ``a`` prints the long code
    too, nor where the segment is a colour code whose colour ``a`` names ("... Black":
    ``_names_colour``)."""
    if not c[-1].isdigit():
        return False
    n = len(c)
    ws = b.words
    for x in b.codes:
        if not (1 <= len(x) - n <= 3 and x.startswith(c) and x[n:].isalpha()):
            continue
        for k in range(1, len(ws)):
            last = ws[k]
            if not (last.isalpha() and len(last) <= 2 and x.endswith(last) and not ws[k - 1].isalpha()):
                continue
            run, i = last, k
            while len(run) < len(x) and i:
                i -= 1
                run = ws[i] + run
            # (the two marks: letters glued to the digits, then the segment)
            if run != x or len(x) - n <= len(last) or ws[k - 1][-1].isdigit() \
                    or (a is not None and x in a.full_compact):
                continue
            colour = _COLOUR_CODE.get(last)
            if colour is not None and a is not None and _names_colour(a, colour):
                continue
            if _cl42.apple_region(c, x, last, a.words if a is not None else ()):
                continue  # (session 42, cl42: "MLY33LL/A", an Apple part number's region - one mark)
            return True
    return False


_CORE_NUMBER = re.compile(r"i[3579]\d{3,5}$").match


def _shared_code_len(a: Prepared, b: Prepared) -> float:
    """Length of the longest model number printed as one token on both sides."""
    best = 0
    for c in a.codes & b.codes:
        if len(c) > best and (c in a.for_codes) == (c in b.for_codes):
            best = len(c)
    return float(best)


def mvariants_differ(a: Prepared, b: Prepared) -> bool:
    """Do the variant words qualifying a model number (``titles.model_variants_of``:
    "4070 Ti", "Fire TV Stick 4K Max") differ - but for a variant word both
    titles print, wherever it stands, after a number both print ("Ninja BL610
    Professional ... Blender" / "Ninja Professional Blender ... BL610", "4K Max
    (2023)" / "4K Max streaming device"): the titles name the same variant, one
    of them away from the number."""
    ma, mb = a.mvariants, b.mvariants
    if ma == mb:
        return False
    if variants_glued_same(a, b, ma, mb):
        return False  # (session 20, en20a: "603 XL" / "603XL", ``office_mobile``)
    both = a.variants & b.variants
    for x, y, d in ((a, b, ma - mb), (b, a, mb - ma)):
        for w in d:
            if w == "plus" and _co40.plus_is_age(x.rawtitle):
                continue  # (session 40, co40: "Whiskas 1+ Adult" is an age, no Plus model)
            if _office41.variant_of_printer(w, x.words):
                continue  # (session 41, of41: "Toner ... Works with HP LaserJet *Pro* M404": the printer's line)
            # (the number it qualifies printed by the other title too: "All in 1 Max" /
            # "Quantum Max" name two products)
            if w not in both or not _after_shared(w, x, y):
                return True
    return False


def _console_number(ws, k: int, y: Prepared) -> bool:
    """(session 22, en22) Is ``ws[k]`` the number of a console's name ("PlayStation *5*") that
    ``y`` names in its short form ("PS5": its platform facet)?"""
    return (k > 0 and ws[k].isdigit() and ws[k - 1] == "playstation" and bool(y.facets)
            and "ps" + ws[k] in y.facets.get("platform", ()))


def _after_shared(w: str, x: Prepared, y: Prepared) -> bool:
    """Does each ``w`` of x's title follow a word y's title prints too?"""
    ws, of = x.words, y.wordset
    found = False
    for i in range(1, len(ws)):
        if ws[i] == w or T.variant_word(ws[i]) == w:
            if ws[i - 1] not in of and not printed_otherwise(ws[i - 1], y, _PLATFORM_WORDS) \
                    and not _console_number(ws, i - 1, y):  # (session 14, prec)
                return False
            found = True
    return found


# a name with a generation number of 1-2 digits glued on ("Fusion5", "Mach3", "HERO11",
# "Note10"): a product line, whose variants ("Fusion5 ProGlide", "Mach3 Turbo") print it too.
# Its letters are a word of their own in product titles (a word of the catalogues the matcher
# learnt from, 4 letters or more) - not a model number's letters ("DCR-HC52", "KX-TCA92", "NP-FD1")
_LINE_CODE = re.compile(r"([a-z]{4,})\d{1,2}").fullmatch


# (session 19, en19) a digit glued before a word of four letters or more - "4Ever", "4Runner":
# a name written with a digit (the number read as a word), no model number's letters: letters
# that read as a word (two vowels or more, no three consonants in a row: not KitchenAid's
# "5KSMPSA"), and not the word leading the title (a brand: "8BitDo")
_DIGIT_WORD = re.compile(r"\d([a-z]{4,})").fullmatch
_CONSONANTS3 = re.compile(r"[^aeiouy]{3}").search


def _digit_word(c: str) -> bool:
    m = _DIGIT_WORD(c)
    if not m:
        return False
    w = m.group(1)
    return sum(ch in "aeiou" for ch in w) >= 2 and not _CONSONANTS3(w)


# (session 20, en20b) a digit glued between two words of three letters or more - "Extend2Fit",
# "Cook4Me" is no such: a name read with its number as a word ("extend to fit"), the line's name
# and no model number of one product ("Graco Extend2Fit Convertible" and "Extend2Fit 3-in-1" are
# two seats): each side reads as a word (a vowel, no three consonants in a row)
# - written as two capitalised words, as a name is ("Extend2Fit"; a model number is in capitals or
# one case throughout: "MGEM2LL/A", "Gen5detect")
_WORD_DIGIT_WORD = re.compile(r"([a-z]{3,})\d([a-z]{3,})").fullmatch
_CAMEL_DIGIT = re.compile(r"(?<![A-Za-z0-9])[A-Z][a-z]{2,}\d[A-Z][a-z]{1,}(?![A-Za-z0-9])")


def _word_digit_word(c: str, p: Prepared) -> bool:
    m = _WORD_DIGIT_WORD(c)
    if not m or not all(any(ch in "aeiouy" for ch in w) and not _CONSONANTS3(w) for w in m.groups()):
        return False
    raw = p.rawtitle
    return type(raw) is str and any(t.lower() == c for t in _CAMEL_DIGIT.findall(raw))


def _is_line_code(c: str) -> bool:
    m = _LINE_CODE(c)
    return bool(m) and m.group(1) in _model.resources().idf


def _line_codes_only(a: Prepared, b: Prepared) -> float:
    """1.0 when the model numbers both titles print as one token (of >= 5
    characters) are all line names (``_is_line_code``): the shared code names
    the line, not one product of it, so it is no model-number evidence unless
    the titles agree on their words too (``rules.evidence``)."""
    shared = [c for c in a.codes & b.codes if (len(c) >= 5 or c in PLATFORM_CODE_MAKERS)
              and (c in a.for_codes) == (c in b.for_codes)]
    # (session 24, tools24: or a tool maker's battery platform - "M18" - ``wordclass.platform_code``)
    if shared and all(_is_line_code(c) or (_digit_word(c) or _word_digit_word(c, a) or _word_digit_word(c, b))
                      and a.words[:1] != [c] and b.words[:1] != [c]
                      or platform_code(c, a) and platform_code(c, b) for c in shared):
        return 1.0
    return 1.0 if _lamp_codes_only(a, b) else 0.0


def word_after_number(a: Prepared, b: Prepared) -> float:
    """1.0 when a word stands right after a number both titles print in one title
    only ("Forerunner 245 *Music*" / "Forerunner 245"): the place of a line's variant
    name, so no title of the pair is named by words alone (``rules.learned_gate``).
    Not a unit, a kind of product or a shop's filler word, nor a short word."""
    return 1.0 if _word_after_number(a, b) or _word_after_number(b, a) else 0.0


def _word_after_number(p: Prepared, other: Prepared) -> bool:
    ws, ows = p.words, other.wordset
    for i in range(1, len(ws) - 1):
        w = ws[i]
        # a line's number: after a word both titles print ("Forerunner 245"), no
        # measure, count or ordinal ("128gb", "5th")
        if (w in ows and not w.isalpha() and any(ch.isdigit() for ch in w) and ws[i - 1] in ows
                and ws[i - 1].isalpha() and not T.is_unit_token(w) and not _ORDINAL_TOKEN(w)
                # (session 20, en20b: not after a unit - "45-88 lbs, 3 Treatments": a count after a
                # measure, no line's number)
                and not T.is_unit_token("1" + ws[i - 1])
                # (session 22, ml22a: nor after a number sign - "Spaghetti n.5 pasta di semola": a
                # numbered line's number, the words after it the shop's description)
                and not w.startswith("n.")):
            nxt = ws[i + 1]
            if _segment_after(p, i):
                continue
            if (len(nxt) >= 3 and nxt.isalpha() and nxt not in ows and nxt not in GENERIC
                    and nxt not in T.COLOURS and not T.is_unit_token(nxt)):
                return True
    return False


_ORDINAL_TOKEN = re.compile(r"\d+(?:st|nd|rd|th)").fullmatch


def _lamp_codes_only(a: Prepared, b: Prepared) -> bool:
    """Are the codes both titles print all a lamp's shape or base ("A19", "E26",
    ``wordclass.LAMP_CODE``), and both titles name a lamp?  "Philips Hue White A19"
    and "Philips Hue White and Color Ambiance A19" share a standard, not a model:
    the titles' words say which lamp, as with a line name."""
    shared = a.codes & b.codes
    if not shared or LAMP_WORDS.isdisjoint(a.wordset) or LAMP_WORDS.isdisjoint(b.wordset):
        return False
    return all(LAMP_CODE(c) or len(c) >= 5 and _is_line_code(c) for c in shared)


_FACET_ORDER = tuple(FACET_KINDS) + ("upgrade", "refill")


def facet_flags(xs) -> list:
    """The trees' facet columns (``_FACET_ORDER``: x_colour ... x_refill) of ``facets.conflicts``' kinds ``xs``.
    (review, session 40, rv40) A clash of two parts' kinds - Shimano's "HB-M6010" front hub / "FH-M6010" rear
    freehub (fxou39) - is its own kind, "kind" (column x_kind, reason "kind"), no version of the product; the
    trees have no column of it and were trained seeing it as a version: it counts in x_version as before, so
    no tree's input and no score changes (a conflict's score is the conflict group's calibration)."""
    if "kind" in xs:
        xs = (*xs, "version")
    return [1.0 if k in xs else 0.0 for k in _FACET_ORDER]


def _check_model(res) -> None:
    """A model file trained on other features than these cannot be used."""
    if res.features is not None and res.features != FEATURE_NAMES:
        raise ValueError(f"{res.path}: trained on other features than crawler.matching.features "
                         "computes; retrain with python -m crawler.matching.train")
    if res.learned is not None and res.learned_features != STAGE_FEATURES:
        raise ValueError(f"{res.path}: the learned stage was trained on other features than "
                         "crawler.matching.features computes; retrain with python -m crawler.matching.train")


# (model.py imports nothing of this module: it calls these back)
_model.on_load(_check_model)
if _model._res is not None:  # a model loaded before this module was imported
    _check_model(_model._res)


# session 13, home
def size_number(w: str, a: Prepared, b: Prepared) -> bool:
    """Is the plain number ``w`` of a's title a measure of a size (``facets`` "dims": "Rug 5x8",
    "117x137cm") that b's title states too, in its unit or another ("5' x 8'", "46 x 54 inch")?
    The sizes are compared as sizes, not as numbers."""
    da, db = a.facets.get("dims"), b.facets.get("dims")
    if not da or not db or da.isdisjoint(db):
        return False
    v = float(w)
    return any(v in t for t in da if t and isinstance(t[0], float))


# session 14, rec
def _segment_after(p: Prepared, i: int) -> bool:
    """Does the word after title word ``i`` open the next segment of the title
    (``segments.segment_index``: after " - ", " | ", ",", ":", a parenthesis)?
    A line names its variant inside the name, right after the number ("Forerunner
    245 Music", "Persona 5 Royal"); a word after a separator starts a platform, a
    licence or a feature list ("Burning Studio 24 - Brennen, Kopieren",
    "Football Manager 2024 | PC/Mac | Steam Key", "Elements 2024 | PC Code"), the
    structure ``segments`` reads for a long title's feature list."""
    segs = p.segs
    return segs is not None and segs[i + 1] != segs[i]


# session 14, gate14
def code_from_mpn_only(a: Prepared, b: Prepared) -> bool:
    """Of two offers, one with a model number and one without (``codes_one_side``):
    is that offer's only model number its MPN field, printed nowhere in its title,
    while the other offer has no MPN field and its title prints no model number?
    Then no title names a model number: a shop that fills the part-number field
    says nothing the other title contradicts, and the learned stage may judge the
    titles' words as for two titles without numbers (``rules.learned_gate``, at its
    higher threshold: ``rules.learned_thresholds``).  A model number printed in a
    title ("LG WM2233W Front Load Washer" / "LG Front Load Washer") names the model
    the other title leaves open: the gate stays closed."""
    x, y = (a, b) if a.codes else (b, a)
    if y.codes or y.allcodes or not x.mpn:
        return False
    return len(x.codes) == 1 and x.mpn in x.codes and not x.joined and x.mpn not in x.title_compact
