"""Relations between two prepared offers (``prepared.Prepared``).

``code_relation``, ``mpn_relation``, ``brand_relation``, ``unit_relation``,
``number_relation``, ``model_conflict``, ``third_party_conflict`` ... compare
two offers' model numbers, MPNs, brands, units and numbers.  They feed the
feature vector (``features.pair_features``) and the hard guards in ``_decide``.
"""

from __future__ import annotations

import re
from itertools import product, starmap

from rapidfuzz.distance import Indel

from . import titles as T
from . import recall35 as _recall35  # (session 35, rc35: a leaf module - a number spelled)
from . import lb37 as _lb37  # (session 37, lb37: a leaf module - a television's code and its region)
from . import en39 as _en39  # (session 39, en39: a leaf module - two wordings of one product)
from . import home41 as _home41  # (session 41, fu41: a leaf module - a dimension's sides)
from . import co40 as _co40  # (session 40, co40: a leaf module - the plain colour codes)
from . import cat38 as _cat38  # (session 38, cat38: a leaf module - a letter tail on one side of two part numbers)
from . import us42 as _us42  # (session 42, us42: a leaf module - a title opening with the other's brand)
from .regextrie import literal_alternation  # (session 13, speed)
from .facets import COLOUR_OF, identifying_ids, page_free_ids, roman_equal_in, sized_code_pieces, tail_words
from .synonyms import letter_numeral_in, translated_in
from . import wordclass as W
from . import arabic as _arabic  # (session 22, ml22c: two Arabic titles' unread words)
from .scripts import _named, arabic_skeletons  # (session 22, ml22c)
from .native_brand import relation as native_relation  # (session 24, ml24b)
from .prepared import Prepared, _THIRD_PARTY_WORDS
from .model_numbers import suffix_variant as _suffix_variant  # (session 16, prec: "SN850X" / "SN850")
from .model_numbers import suffix_sibling  # (session 14, prec)
from .made_for import COMPATIBLE, compatible_device_shared  # (session 14, prec)
from .amounts import values_apart  # (session 15, prec)
from .office34 import one_rectangle as _one_rectangle  # (session 34, op34)
from .amounts import ounces_apart  # (session 19, en19)
from .amounts import ounces_against_millilitres  # (session 33, ho33)
from .amounts import dose_counts_apart, months_as_metres  # (session 20, en20b)
from .english_titles import raw_lower as _english_raw  # (session 20, en20b)
from .formulation import SPELLED_ORDINAL_NUMBER  # (session 14, fixm)
from .offermemo import per_offer  # (session 16, speed)
from .accessory30 import accessory_traits_differ  # (session 30, accw30)
from .memos import cached  # (session 17: the memos' registry)
from . import mends34 as _mends34  # (session 34, mend34: a leaf module)
from . import pc35 as _pc35  # (session 35, pc35: a leaf module)
from . import pc39 as _pc39  # (session 39, pc39: a leaf module)
from . import av40 as _av40  # (session 40, av40: a leaf module - an ordinal generation against a numeral)
from .mpn_fields import field_relation, is_name, is_part_code, names_nothing, reads_as_word, states_units  # (sessions 20, 27, 28)


# Pure functions of one code string / word set / title, memoised across pairs
# (an offer is in several pairs, a code in several offers); each joins the memos'
# registry (``memos``: ``features.clear_cache`` empties them - a cold run starts cold).
_memo = cached(1 << 16)


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


# a model number's tail of an abbreviation and a version number names a model of its own:
# "BT2" (the second Bluetooth version of the ATH-M50x), "MK2" (a Mark II); colour, region and
# packaging tails are letters ("BK", "LL/A", "#ABA": ``_prefix_score``), and one letter with
# digits is as often a maker's region or connector code ("WW90T534DAW/S3", StarTech's
# "ICUSB1284D25", Walmart-Amazon and dev10 matches): both stay one code
_VERSION_TAIL = re.compile(r"[a-z]{2,3}\d$").match


def _version_apart(x: str, y: str) -> bool:
    """Is the longer of two codes, one the other's head, the shorter one and a tail of
    letters and then digits ("athm50x" / "athm50xbt2")?"""
    if len(x) < len(y):
        x, y = y, x
    return _VERSION_TAIL(x, len(y)) is not None


def _only_as_head(codes5s, text: str, other_codes) -> bool:
    """Is each of ``codes5s`` that ``text`` prints printed there only as the head of a
    longer code of the other offer (``other_codes``) whose tail is letters and then
    digits ("athm50x" in "athm50xbt2")?  Then the other offer prints its own, longer model
    number, not this one: the codes' prefix relation (``_prefix_score``) judges them."""
    found = False
    for code, _stripped in codes5s:
        if code not in text:
            continue
        n = len(code)
        heads = [y for y in other_codes if len(y) > n and y.startswith(code) and _VERSION_TAIL(y, n)]
        if not heads or text.count(code) > sum(text.count(y) for y in heads):
            return False
        found = True
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
                    if (len(c) >= 8 or (c == a.mpn or c == b.mpn) and len(c) >= 6) and not _chip_model(c, a, b):
                        # (session 24) a part number of six or seven plain digits is a
                        # catalogue number many makers print (Hammermill's Copy Plus carton and
                        # a Draper screen are both "105007"): 0.5, specific enough for every
                        # rule but the brand's (``rules``: two brands stay two products)
                        if len(c) < 8 and c.isdigit():
                            specific = 0.5
                            continue
                        specific = 1.0
                        break
    return exact, strong, specific, for_only


# (session 22, en22) a graphics chip's model number: digits and the chip's letters ("9500gt",
# "1060ti", "rx580", "gtx1070"), or that number after the line's name ("geforce9500")
_CHIP_MODEL = re.compile(r"(?:geforce|radeon|quadro|firepro|gtx|rtx|gts|gt|rx|hd|r[579])?"
                         r"\d{3,4}(?:gt|gts|gtx|gso|ti|xt|xtx|super|le|se)?$").match


def _chip_model(c: str, a: Prepared, b: Prepared) -> bool:
    """Is the code ``c`` both offers print a graphics chip's model number, both titles naming
    the chip line (``wordclass.GRAPHICS_CHIP_LINES``: "GeForce", "Radeon")?  Every board maker
    sells a card of the chip: the number names no one maker's product, so it does not outweigh
    two brands (``rules``: ``code_specific``)."""
    return (_CHIP_MODEL(c) is not None and not W.GRAPHICS_CHIP_LINES.isdisjoint(a.wordset)
            and not W.GRAPHICS_CHIP_LINES.isdisjoint(b.wordset))


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
                    if _version_apart(x, y):
                        continue  # (session 19, en: "athm50x" / "athm50xbt2", ``_VERSION_TAIL``)
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
                        if _version_apart(x, y):
                            continue
                        prefix = max(prefix, _prefix_score(x, y))
                    elif len(y) >= 6 and y in x and x not in a.for_codes:
                        # (session 43, bs43: the loop above counts a's code inside b's joined code
                        # - "931633" in "mouse9316330403" -, so b's code inside a's joined code counts
                        # too: the pair's relation the same whichever offer is a; one way only,
                        # "Logitech MX Air ... 931633" / "... 931633-0403" scored .9509 as (a, b) and
                        # .9484 as (b, a).  Not a joined "for <device>" code, which ``allcodes5``,
                        # the loop above's, leaves out: "pro mm2l2am/a" of an Apple Pencil's
                        # "for iPad Pro")
                        prefix = max(prefix, 0.5)
        in_text = _code_in_text(a.codes5s, b.full_compact)
        if in_text == 1.0 and _only_as_head(a.codes5s, b.full_compact, b.codes):
            in_text = 0.0  # (session 19, en: "ATH-M50x" in "ATH-M50xBT2", ``_only_as_head``)
        if in_text < 1.0:
            in_b = _code_in_text(b.codes5s, a.full_compact)
            if in_b == 1.0 and _only_as_head(b.codes5s, a.full_compact, a.codes):
                in_b = 0.0
            in_text = max(in_text, in_b)
    if prefix < 0.8 and ac and bc and _suffix_related(a, b):
        # one model number written with a colour / packaging suffix the other
        # offer states in words ("CLI221GRY" / "CLI-221 Gray", "D700BODY" /
        # "D700"): as two codes equal up to a short colour suffix
        prefix = 0.8
    if prefix < 0.8 and ac and bc and _initial_related(a, b):
        # one model number written with a name's initial ("H1000" /
        # "Harmony 1000", "E-420" / "EVOLT-420"): as two codes equal up to a
        # short suffix, as above
        prefix = 0.8
    elif in_text < 1.0 and (ac or bc) and not (ac and bc) and _initial_related(a, b):
        # the only model number, printed in the other's words with the name
        # written out ("S340" / "NZXT Source 340"): a code printed in the other's text
        in_text = 1.0
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

def identifying_misses(a: Prepared, b: Prepared):
    """(identifying words of a's title the other offer never mentions,
    the same for b, identifying title words both titles share, the most plain
    words - no digit - either title has that the other lacks)."""
    ia, ib = identifying_ids(a, b), identifying_ids(b, a)
    ma, aa = _misses(ia, b)
    mb, ab = _misses(ib, a)
    if (a.scripts or b.scripts) and a.rawtitle is not b.rawtitle:
        # (session 22, ml22c: two Arabic titles - the words ``arabic.to_latin`` drops are their
        # names, compared as words: ``_arabic_unread_misses``; counted as missing words, so two
        # titles each printing a name the other lacks are no title evidence, not as plain words:
        # one title's extra words in Arabic are often its kind's, "متعدد الاستعمالات")
        ua, ub = _arabic_unread_misses(a, b)
        ma, mb = ma + ua, mb + ub
    shared = (ia & b.wordset) | (ib & a.wordset)
    if shared and not shared.isdisjoint(W.GENERIC):
        # (a word naming the kind or a shop's filler tells no product: "Laundry Detergent" /
        # "Detergent Pods", two titles "Smartphone" share no identifying word)
        shared = shared - W.GENERIC
    # (and the words one title writes otherwise: "Gehäuse" / "Body", "Z 6II" / "Z6 II")
    pa, pb = a.pageids, b.pageids
    other = max(W.written_otherwise(pa, a, b), W.written_otherwise(pb, b, a)) if pa and pb else 0
    n = len(shared) + other
    if ma and mb and _en39.two_wordings(_missed_words(ia, b), _missed_words(ib, a), shared, a, b):
        # (session 39, en39: each title describes the product whose name both print in words of its
        # own - "Tensor Insulated *Sleeping Pad*" / "*Ultralight* Tensor Insulated ...": ``en39``)
        ma = mb = aa = ab = 0
    if not n and a.variants and b.variants and a.plainnums == b.plainnums and (a.idwords or b.idwords):
        # (the variant words both titles print name the product with its kind and
        # brand: "Nintendo Switch Pro Controller", "Manette Switch Pro"; not with a
        # number on one side only: "iPad Air 2" / "iPad Air")
        n = len(a.variants & b.variants)
    return ma, mb, n, max(aa, ab)


def _arabic_unread_misses(a, b) -> tuple:
    """(how many unread Arabic words of a's title b's title does not write, the same for b) for
    two offers whose titles both hold Arabic words (session 22, ml22c: ``arabic.unread_words``;
    a word is written in the other title as it is, by its consonant skeleton - another spelling of
    one name - or as a Latin word of that skeleton, ``scripts``); (0, 0) otherwise."""
    ta, tb = a.rawtitle, b.rawtitle
    if type(ta) is not str or type(tb) is not str or not (_arabic.HINT(ta) and _arabic.HINT(tb)):
        return 0, 0
    wa, wb = _arabic.unread_words(ta), _arabic.unread_words(tb)
    if not wa and not wb:
        return 0, 0

    def misses(ws, other_ws, other) -> int:
        if not ws:
            return 0
        oset = frozenset(other_ws)
        osk = frozenset(s for w in other_ws for s in arabic_skeletons(w))
        latin = [x for x in other.wordset if x.isalpha() and len(x) >= 4]
        n = 0
        for w in ws:
            if w in oset:
                continue
            sk = arabic_skeletons(w)
            if sk and (not osk.isdisjoint(sk) or any(_named(x, frozenset(sk)) for x in latin)):
                continue
            n += 1
        return n

    return misses(wa, wb, b), misses(wb, wa, a)


_NUM_ROMAN = {d: r for r, d in T.ROMAN_NUM.items()}  # "2" -> "ii"


# the spelled ordinal of a number ("1" -> "first"): b printing it prints the number
_ORDINAL_SPELLED = {n: w for w, n in SPELLED_ORDINAL_NUMBER.items()}


def _after_shared_variant(ws, i: int, shared, b) -> bool:
    """(session 30, accw30) Is ``ws[i]`` right after a variant word both titles print, itself right
    after a word both name the product by - "AirPods *Pro* 2" / "AirPods Pro", "Buds *Pro* 2"?  The
    number is the variant's generation, as after the name itself."""
    return i >= 2 and ws[i - 1] in T.VARIANTS and ws[i - 1] in b.wordset and ws[i - 2] in shared


def generation_misses(a: Prepared, b: Prepared) -> int:
    """How many generation numbers a's title prints that b's never does: a
    number of 1-2 digits (or a roman numeral of ``titles.ROMAN_NUM``) right after a word both
    titles name the product by ("QuietComfort Earbuds II" / "Earbuds",
    "Superlight 2" / "Superlight"): the successor, when no model number
    tells them apart. (Not after a word only one title has - "Class 10",
    "Page 2" -, nor in the page's words after a title's literal, nor a
    number b prints anywhere, as digits, roman or glued to a count: "x60",
    "3pcs".)"""
    ws = a.words
    if len(ws) < 2:
        return 0
    # (a number or numeral b's text never prints: most titles have none)
    cands = _generation_words(a.wordset)
    if not cands or cands <= b.fullkeys:
        return 0
    shared = page_free_ids(a, b) & b.wordset
    if not shared:
        return 0
    of = b.fullkeys
    tail = tail_words(a)  # (the page's words after a title's literal: "Offers | 5 Free Hosting")
    if a.codes and a.units and "inch" in a.units:
        # (session 32, ho32: "TCL *50P635*" cut "50p" "635" - a screen's size opening its model number, the
        # other title printing the series' code alone, ``facets.sized_code_pieces``: no generation)
        tail = tail | sized_code_pieces(a, b)
    n = 0
    for i in range(1, len(ws)):
        w = ws[i]
        if w not in cands or w in tail:
            continue
        if i + 1 < len(ws) and ws[i + 1] == "seeds" and "@sold:count" in a.seedtype and b.seedtype:
            # (session 31, seed31: the count of a seed packet, "Tondo di Piacenza 10 seeds", against another
            # offer about seeds - no generation; a packet by weight is compared by ``seeds.seed_marks``)
            continue
        if w.isdigit():
            if len(w) == 1 and _mends34.shade_number_written(a.rawtitle, w):
                continue  # (session 34, mend34: "Mascara - 01 Very Black": a shade, no generation)
            alt = _NUM_ROMAN.get(w)
        elif _LETTERED_GENERATION(w):
            alt = None  # (session 10, electronics: "MX Master 3S" / "MX Master")
        else:
            alt = T.ROMAN_NUM.get(w)
            if alt is None or w == "x":  # (a lone "X" is as often a letter; "V" is none)
                continue
        if (ws[i - 1] in shared or _after_shared_variant(ws, i, shared, b)) and w not in of \
                and (alt is None or alt not in of) and not (
                w.isdigit() and _glued_in(w, b.words)) and not (
                w.isdigit() and i + 1 < len(ws) and ws[i + 1] in W.COUNT_AFTER) and not (  # (syn3: "2021 1 PC")
                letter_numeral_in(w, ws[i - 1], b.wordset)) and not (
                W.restated_count(w, a)) and not (  # (session 11, recall: "8 Family Rolls = 20 Regular Rolls")
                _ORDINAL_SPELLED.get(w) in of) and not (  # (session 14, fixm: "Grade 1" / "First Grade")
                _av40.ordinal_generation_in(w, b, a)) and not (  # (session 40, av40: "Flex II" / "Flex (2nd Gen)")
                w.isdigit() and len(w) <= 2 and _recall35.spelled_in(w, of)) and not (  # (rc35: "5" / "Cinco")
                w.isdigit() and _range_start(w, a)) and not (  # (session 20, en20b: "Crawler (6-11kg)")
                w.isdigit() and _home41.dim_sides_agree(w, a, b)) and not (  # (session 41, fu41: "46 x 54 inch" / "117 x 137 cm")
                _pc39.screen_line_number(ws, i, ws, b.wordset)) and not (  # (session 39, pc39: "Vostro 15 3520")
                w.isdigit() and i + 1 < len(ws) and _hyphened_count(w, ws[i + 1], a, b)) and not (
                _opens_part(w, ws[i - 1], a)  # (session 20, en20b: "Sorting Cube - 12 Wooden Shapes")
                # (a count of things - a plain word of four letters or more after it -, not a
                # measure: "IU (50 mcg)" is left as it was read)
                and i + 1 < len(ws) and len(ws[i + 1]) >= 4 and ws[i + 1].isalpha()
                and not T.is_unit_token("1" + ws[i + 1])):
            n += 1
    return n


def _hyphened_count(num: str, nxt: str, p: Prepared, other: Prepared) -> bool:
    """(session 32, ho32) Does p's title join ``num`` to the word after it with a hyphen, as a count of
    the product's parts ("Weber Spirit II E-310 *3-Burner* Gas Grill", "2-Slice Toaster", "4-Port
    Hub")?  A compound adjective counts parts; a generation follows the name it numbers ("Spirit
    II", "Superlight 2"), never glued to the noun after it.  Words of three letters or more only, and
    a noun the other title never prints: "3-Wick Candle" / "Single Wick Candle" count one thing twice."""
    if len(nxt) < 3 or not nxt.isalpha() or nxt in other.wordset:
        return False
    return re.search(r"(?<![\w.-])" + num + "-" + re.escape(nxt) + r"(?![\w])", _english_raw(p)) is not None


def _separated_pack_count(prev: str, num: str, raw: str) -> bool:
    """Does ``raw`` print ``num`` after ``prev`` across a separator (",", "|", ":", "(") as a count of packs?"""
    return any(T.counts_packs(raw, m.end()) for m in
               re.finditer(re.escape(prev) + r"[^\w\s]*[,|:(]\s*" + num, raw))


def _opens_part(num: str, prev: str, p: Prepared) -> bool:
    """(session 20, en20b) Does p's title print ``num`` after ``prev`` only across a separator
    (" - ", ",", "|", ":", "(") - opening a part of its own, a count or a spec ("Shape Sorting Cube
    - 12 Wooden Shapes"), where a generation number follows its name directly ("Superlight 2")?"""
    raw = _english_raw(p)
    if num not in raw or prev not in raw:
        return False
    before = re.escape(prev) + r"[^\w\s]*"
    if re.search(before + r"\s+" + num + r"(?![\w.])", raw) and not (
            # (session 38, hh38: unless a separator stands between and the number counts packs - "Baby Wipes,
            # Unscented, 12 Flip-Top Packs": the count's part, no generation of "Unscented"; a count of other
            # things is left as it was read, "Toilet Paper, 2-ply, 48 Rolls" / "24 ct" stay apart; rv39: the
            # count of packs read by ``titles.counts_packs``, the reader of a count beside a hyphened word)
            _separated_pack_count(prev, num, raw)
            and not re.search(re.escape(prev) + r"[^\w\s,|:(]*\s+" + num + r"(?![\w.])", raw)):
        return False
    return re.search(before + r"\s*(?:\s-|,|\||:|\()\s*" + num + r"(?![\w.])", raw) is not None


def _range_start(num: str, p: Prepared) -> bool:
    """(session 20, en20b) Does p's title print ``num`` only as the lower end of a range, a
    hyphen and a greater number after it ("Huggies Ultimate Nappies Size 3 Crawler (6-11kg)",
    "0-3 months")?  The lower end of a weight or age band is no generation number."""
    raw = _english_raw(p)
    found = False
    for m in re.finditer(r"(?<![\w.])" + num + r"(?![\w.])(-\d{1,3})?", raw):
        if not m.group(1) or int(m.group(1)[1:]) <= int(num):
            return False
        found = True
    return found


@_memo
def _generation_words(wordset: frozenset) -> frozenset:
    """The words of a title ``generation_misses`` may count: numbers of 1-2
    digits, roman numerals of ``titles.ROMAN_NUM`` but "x".  Once per word set."""
    return frozenset(w for w in wordset if (w.isdigit() and len(w) <= 2) or (w in T.ROMAN_NUM and w != "x")
                     or _LETTERED_GENERATION(w))


# session 10, electronics: a generation number with the letter makers add to name
# another model of it ("MX Master 3S", "Fenix 7S", "Arctis Nova 7P", "iPhone 5c",
# "OnePlus 7T") is a generation number too; not a unit, a network, a resolution or a
# multiplier ("5G", "4K", "2x", "9V", "2m": other letters)
# (session 29, dev29: and "e", the makers' lower-priced model of a generation - "iPhone 16e",
# "Galaxy S10e")
_LETTERED_GENERATION = re.compile(r"\d{1,2}[spcte]$").match


def _glued_in(num: str, words) -> bool:
    """Is ``num`` a number glued to letters in one of ``words`` ("x60", "3pcs")?"""
    return any(num in v and v != num and re.search(r"(?<!\d)" + num + r"(?!\d)", v) for v in words)


def _misses(ids, other):
    """(identifying words the other offer never mentions, how many of them are
    plain words - not specs with a digit or technology names like "nvme").
    A spec word the other offer prints only inside a longer word that names another class of its
    dimension is not printed there (session 22, ml22c: "perlivá" in "neperlivá", "sýtená" in
    "nesýtená" - the still water names the sparkling one's word with a negation glued on)."""
    ws = _missed_words(ids, other)
    return len(ws), sum(1 for w in ws if w.isalpha() and w not in T._TECH)


def _missed_words(ids, other) -> list:
    """The words of ``ids`` the other offer never mentions (``_misses``)."""
    of, oc = other.fullvec, other.full_compact
    ocol = other.facets.get("colour", ())
    return [w for w in ids
            if (w not in of and not (len(w) >= 4 and w in oc and not (w in W._SPEC_OF and _negated_in(w, other)))
                and not (w in COLOUR_OF and COLOUR_OF[w] in ocol)
                and not roman_equal_in(w, of) and not translated_in(w, other.wordset))]


# the negation prefixes of the shops' languages (Czech / Slovak / Slovene "ne-", Polish "nie-",
# Romanian "ne-", "non-", English "un-")
_NEGATIONS = frozenset(("ne", "nie", "non", "un"))


def _negated_in(w: str, other) -> bool:
    """Does the other title print spec word ``w`` only inside a longer word of another class of
    its dimension ("perliva" in "neperliva", "sytena" in "nesytena": the negation glued on)?"""
    dim, c = W._SPEC_OF[w]
    for x in other.wordset:
        if x.endswith(w) and x[:-len(w)] in _NEGATIONS:
            s = W._SPEC_OF.get(x)
            if s is not None and s[0] == dim and s[1] != c:
                return True
    return False


def model_conflict(a: Prepared, b: Prepared, rel) -> float:
    """Both titles carry a long model number (>= 5 characters, letters and
    digits) and no code of one relates to a code of the other (not equal,
    not one a prefix of the other, not printed in the other's text):
    "U43H7LX" vs "U43H7SX", "X415EA-EB853" vs "X415EA-EB511"; or, whatever
    else relates them, two sibling model numbers (``digit_sibling``)."""
    if rel[5] and _mixed(a.codes5) and _mixed(b.codes5) and mpn_relation(a, b) <= 0:
        return 1.0
    return 1.0 if (digit_sibling(a, b) or letter_sibling(a, b) or suffix_sibling(a, b)
                   or _suffix_variant(a, b)  # (s14; s16 ``model_numbers``)
                   or glued_tail_apart(a, b) or generation_after_code(a, b)  # (s30, suffix30)
                   or graphics_chips_differ(a, b)) else 0.0  # (s33, eu33)


# (session 33, eu33) a computer's graphics chip is part of what is sold: one laptop model ("Lenovo LOQ
# 15IRH8", "Acer Nitro AN515-58") ships with an "RTX 4050" or an "RTX 4060", and its shops print the
# chip's number after the chip line's word.  Both titles naming a chip number, none in common, are two
# configurations of the model, whatever model number both print (the plain-number conflict yields to a
# long model number; this one does not).  "RTX 4060" / "RTX4060" / "GeForce RTX 4060 Ti" all name 4060.
_CHIP_LINES = frozenset(("rtx", "gtx", "rx", "mx", "arc", "geforce", "radeon"))
_CHIP_GLUED = re.compile(r"^(?:rtx|gtx|rx|mx)(\d{3,4})(?:ti|xt|xtx|super)?$")


# (session 33, mend33a) the rule reads a computer's chip: a title naming a computer's kind or its
# processor ("Laptop", "Notebook", "PC", "Ordinateur portable", "Intel Core i5-12450H", "Ryzen 7").
# An accessory naming the chips it fits ("CableMod 12VHPWR Adapter for RTX 4090 / 4080") names no
# configuration of itself.
_COMPUTER_WORDS = frozenset("laptop notebook pc desktop computer ordinateur portable portatil portatile "
                            "laptopy notebooky komputer rechner i3 i5 i7 i9 ryzen".split())


def _computer(p: Prepared) -> bool:
    return not _COMPUTER_WORDS.isdisjoint(p.words)


def _chip_numbers(p: Prepared) -> set:
    ws = p.words
    out = set()
    for i, w in enumerate(ws):
        if w in _CHIP_LINES:
            # (the whole run of numbers after the line's word: "RTX 4090 / 4080" names both; mend33a)
            j = i + 1
            while j < len(ws) and ws[j].isdigit() and 3 <= len(ws[j]) <= 4:
                out.add(ws[j])
                j += 1
        elif w[:1] in "rgma":
            m = _CHIP_GLUED.match(w)
            if m is not None:
                out.add(m.group(1))
    return out


def graphics_chips_differ(a: Prepared, b: Prepared) -> bool:
    """Does each title name a graphics chip's number ("RTX 4050" / "RTX 4060"), none in common?"""
    if not (a.codes and b.codes):
        return False  # (as every reading of ``model_conflict``: both titles print a model number - the
        # batch path asks it only of such pairs; a chip number alone is the number conflict's)
    if not (_computer(a) or _computer(b)):
        return False  # (session 33, mend33a: a computer's chip, not the chips an accessory fits)
    na = _chip_numbers(a)
    if not na:
        return False
    nb = _chip_numbers(b)
    return bool(nb) and na.isdisjoint(nb)


# --- session 30, suffix30: a model number and the same number with a model's mark glued on --------
# ``_prefix_score`` reads two codes equal up to a short tail of letters as one model: the tail is
# as often a colour, region or packaging code ("WH1000XM5B", "27GP850-B", "SM-S928B/DS", "WN511B",
# "HTX710T"), and shops leave it out.  Three tails say more - each read on the raw title, so a
# colour code a shop writes apart ("/B", ".M", "-B") or a title in lower case says nothing:
# * a roman numeral continued ("X100V" / "X100VI", "A7II" / "A7III", "GH5" / "GH5II"): the
#   numeral after the number counts the model's generation;
# * letters written in lower case after a model number in capitals ("TS5350i", "M110we"): the
#   maker's own typography of a model's name, as "iPhone 16e" - a colour or region code is
#   printed in the number's capitals; but a lone "a" is the packaging or region letter makers
#   append in either case ("TS6420a", "BTA840XL/A"), read as before;
# * one letter glued on that is the initial of a word the same title prints and the other offer
#   never does ("GS308P ... PoE"): the letter abbreviates that variant's feature - unless the
#   letter is the code of a colour either title names ("TXSR506B ... black").
_CODE_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]*[A-Za-z0-9]")
_ROMAN_TAIL = re.compile(r"(\d)([ivx]{0,3})$")


def _raw_spellings(code: str, p: Prepared) -> list:
    """The raw title's tokens (letters, digits, "-" and "." inside) that spell ``code``."""
    raw = p.rawtitle
    if type(raw) is not str:
        return []
    return [t for t in _CODE_TOKEN.findall(raw) if re.sub(r"[^A-Za-z0-9]", "", t).lower() == code]


def _roman_continued(c: str, tail: str) -> bool:
    """Is ``c`` + ``tail`` the number of ``c`` with its roman numeral counted on ("x100v" + "i",
    "a7ii" + "i", "gh5" + "ii")?"""
    m = _ROMAN_TAIL.search(c)
    if m is None:
        return False
    head = m.group(2)
    return (head == "" or head in T.ROMAN_NUM or head in ("i", "v")) and head + tail in T.ROMAN_NUM \
        and tail.strip("i") == ""  # (counted on by "I"s: "9500i" / "9500ix" is no IX)


# (session 37, pr37) A cordless tool's maker glues a letter on the tool's code for the bare tool, sold
# with no battery nor charger: Makita's "Z" / "ZJ" (in a case), DeWalt's "N" / "NT" - "DHP482Z",
# "DCD796N"; the code with no letter names the line or a kit ("DHP482RFE", "DCD796P2").  The letter is
# that offer's "Body Only"; the other title saying so in words ("DHP482 ... Body Only", ``raw_facets``'
# bare facet) is the same tool.  Only a tool's code of the two makers (letters, then three digits).
_BARE_MARKS = frozenset(("z", "zj", "zk", "n", "nt"))
_BARE_MAKERS = frozenset(("makita", "dewalt"))
_BARE_TOOL_CODE = re.compile(r"[a-z]{2,4}\d{3}").fullmatch
from .raw_facets import BARE as _BARE_FACET  # noqa: E402  (session 37, pr37)


def _bare_tool_code(c: str) -> bool:
    return _BARE_TOOL_CODE(c) is not None


def _glued_mark(c: str, d: str, x: Prepared, y: Prepared) -> bool:
    """Is y's code ``d`` x's code ``c`` with a model's mark glued on (see above)?"""
    tail = d[len(c):]
    if _roman_continued(c, tail):
        return True
    k = len(tail)
    if tail in _BARE_MARKS and not _BARE_MAKERS.isdisjoint(y.wordset) and _bare_tool_code(c) \
            and x.facets.get(_BARE_FACET) is not True:
        return True  # (session 37, pr37: "DHP482Z" / "DHP482", "DCD796N" / "DCD796": the bare tool's mark)
    if tail == "a":
        return False  # (the packaging or region letter makers append: Canon's "TS6420a" is the TS6420)
    glued = [t for t in _raw_spellings(d, y) if t[-k - 1].isalnum()]
    if not glued:
        return False  # (written apart, "27GP850-B", "EC685.M"; or not in the title)
    if any(t[-k:].islower() and any(ch.isupper() for ch in t[:-k]) for t in glued):
        return True
    if k != 1 or not all(t[-1].isupper() for t in glued):
        return False
    colour = _COLOUR_SUFFIX.get(tail)
    if colour is not None and (_names_colour(x, colour) or _names_colour(y, colour)):
        return False
    for w in y.words:
        if (len(w) >= 3 and w[0] == tail and w.isalpha() and w not in x.wordset and w not in x.full_compact
                and w not in T._COLOUR_WORDS and w not in COLOUR_OF):
            return True
    return _word_swapped_after(c, d, x, y)


def _word_swapped_after(c: str, d: str, x: Prepared, y: Prepared) -> bool:
    """Does each title follow its code (``c`` in x, ``d`` in y) with a word of its own the other
    never prints, and then the same words to the end ("GS308E Smart Switch" / "GS308 Unmanaged
    Switch")?  The capital glued on names the variant that word says."""
    wx, wy = x.words, y.words
    if c not in wx or d not in wy:
        return False
    i, j = wx.index(c), wy.index(d)
    if i + 2 >= len(wx) or j + 2 >= len(wy) or wx[i + 2:] != wy[j + 2:]:
        return False
    u, v = wx[i + 1], wy[j + 1]
    return (u != v and u.isalpha() and v.isalpha() and len(u) >= 3 and len(v) >= 3
            and u not in y.wordset and v not in x.wordset
            and not (u in T._COLOUR_WORDS or v in T._COLOUR_WORDS or u in COLOUR_OF or v in COLOUR_OF))


def glued_tail_apart(a: Prepared, b: Prepared) -> bool:
    """(session 30, suffix30) Does one title print a model number the other prints only with a
    model's mark glued on (one or two letters: see above), the one never printing the other's?"""
    ca, cb = a.codes, b.codes
    if not ca or not cb:
        return False
    for xs, ys, x, y in ((ca, cb, a, b), (cb, ca, b, a)):
        for c in xs:
            if c in ys or len(c) < 3 or c.isalpha() or c.isdigit():
                continue
            for d in ys:
                k = len(d) - len(c)
                if not (0 < k <= 2 and d.startswith(c) and d[len(c):].isalpha()) or d in xs:
                    continue
                if d in x.full_compact or c in y.wordset:
                    continue
                if _glued_mark(c, d, x, y):
                    return True
    return False


def generation_after_code(a: Prepared, b: Prepared) -> bool:
    """(session 30, suffix30) Does one title print a roman numeral (``titles.ROMAN_NUM``, "II" on)
    right after a model number both titles print, that the other offer never prints in any
    writing ("ZV-E10 II" / "ZV-E10"; not "E-67 II" / "E-67II", "GH5 II" / "GH5 Mark II")?  The
    numeral counts the model's generation: another model."""
    shared = (a.codes & b.allcodes) | (b.codes & a.allcodes)
    if not shared:
        return False
    for x, y in ((a, b), (b, a)):
        ws = x.words
        for i in range(1, len(ws)):
            w = ws[i]
            if w not in T.ROMAN_NUM or w == "x" or w in y.wordset:
                continue
            if T.ROMAN_NUM[w] in y.wordset or "mark" in y.wordset or "mk" in y.wordset:
                continue
            code = ""
            for j in range(i - 1, max(i - 4, -1), -1):
                code = ws[j] + code
                if code in shared:
                    break
            else:
                continue
            fc = y.full_compact
            if code + w in fc or code + T.ROMAN_NUM[w] in fc or code + "m" + T.ROMAN_NUM[w] in fc:
                continue
            return True
    return False


def _sibling_ok(c: str) -> bool:
    # a model number: >= 6 characters, letters and >= 3 digits, no pack count glued on
    return len(c) >= 6 and not c.isdigit() and not c.isalpha() and not c.endswith("pack") and (
        sum(ch.isdigit() for ch in c) >= 3)


def digit_sibling(a: Prepared, b: Prepared) -> bool:
    """Each offer prints a model number the other never prints, and the two
    are one model number but for one digit: sibling models of one series
    ("X651H11A" toner vs "X651H17A", "TS256GSSD370" vs "TS256GSSD377",
    "BX80646I54460" vs "BX80646I54466", "431786-B21" vs "431786-B25"),
    whatever other code or part number the offers share - a shared series
    code ("SSD370"), a shorter writing ("i5-4460" of "BX80646I54460") or a
    shop number does not make two models one.  On the four labelled sets no
    true match called same has such a pair."""
    xs = [c for c in a.codes if _sibling_ok(c) and c not in b.full_compact]
    if not xs:
        return False
    ys = [c for c in b.codes if _sibling_ok(c) and c not in a.full_compact]
    for x in xs:
        for y in ys:
            if len(x) == len(y) and _one_digit_apart(x, y) and not _shared_piece(x, y, a, b):
                return True
    return False


def letter_sibling(a: Prepared, b: Prepared) -> bool:
    """Each offer prints a model number the other never prints as a code, and
    the two are one model number but for the letter closing it, after a digit:
    a maker's colour or variant letter ("DVPFX820P" pink vs "DVPFX820W" white,
    written "DVPFX820/P" and "DVPFX820/W"), whatever shorter family code
    ("DVPFX820") either prints.  (Compared with the other's codes, not its
    compacted text, where "DVPFX820 Portable" holds "dvpfx820p".)"""
    xs = [c for c in a.codes if _sibling_ok(c) and c[-1].isalpha() and c[-2].isdigit() and c not in b.allcodes]
    if not xs:
        return False
    ys = [c for c in b.codes if _sibling_ok(c) and c[-1].isalpha() and c[-2].isdigit() and c not in a.allcodes]
    return any(len(x) == len(y) and x[-1] != y[-1] and x[:-1] == y[:-1] for x in xs for y in ys)


def _shared_piece(x: str, y: str, a: Prepared, b: Prepared) -> bool:
    """Do both codes contain a code (>= 6 characters) both offers print - the
    digit that differs lies outside it ("DL320 G3-349237-B21" / "G4-349237-B21":
    one drive, the server generation it fits)?"""
    return any(len(c) >= 6 and c in x and c in y for c in a.allcodes & b.allcodes)


def _one_digit_apart(x: str, y: str) -> bool:
    d = -1
    for i, (p, q) in enumerate(zip(x, y)):
        if p != q:
            if d >= 0 or not (p.isdigit() and q.isdigit()):
                return False
            d = i
    return d >= 0


def _mixed(codes) -> bool:
    for c in codes:
        if not c.isdigit() and not c.isalpha():
            return True
    return False


# packaging / region suffixes that shops and makers append to one part
# number (compacted, so "#ABA", "/EU", "-100NAS" read "aba", "eu", "100nas"):
# HP option codes (#ABA US, #ABB Europe, #140 / /424 retail blister), NETGEAR
# "-100NAS" / "-100PES" (NA / EU retail), Samsung "/XAA" "/XEU", WD / Samsung
# "/EU" "/AM" "/US", Canon "AA" (US stock code of "8489A001AA").
_PACK_SUFFIXES = (
    "100nas", "100nar", "100pes", "100eus", "100uks", "100aus", "100nap",
    "xaa", "xeu", "xac", "aba", "abb", "abu", "abe", "abd", "abf", "abz", "b1h",
    "140", "424", "eu", "am", "us", "uk", "aa",
)
def _abbrev_of(p: str, brand: str | None) -> bool:
    """Is the letters-only ``p`` the brand or its abbreviation (its first
    letter, then letters of the brand in order: "ver" Verbatim, "lp" Lowepro,
    "lac" LaCie, "amz" Amzer, "hp" HP)?"""
    if not brand or len(p) < 2 or not p.isalpha() or p[0] != brand[0]:
        return False
    it = iter(brand)
    return all(ch in it for ch in p)


def _pack_stem(m: str) -> tuple[str, str]:
    """(part number without a packaging / region suffix, that suffix)."""
    if not m.endswith(_PACK_SUFFIXES):  # (most part numbers: one C-level test)
        return m, ""
    for suf in _PACK_SUFFIXES:
        if m.endswith(suf) and len(m) - len(suf) >= 6 and T._HAS_DIGIT.search(m[: -len(suf)]):
            return m[: -len(suf)], suf
    return m, ""


def _vendor_stem(m: str, brands) -> str:
    """``m`` without a leading brand abbreviation ("ver97255" -> "97255") or a
    trailing brand name ("36023samsill" -> "36023")."""
    if not brands:
        return m
    # (the letters leading and closing ``m``: the same for every brand)
    i = 0
    while i < len(m) and m[i].isalpha():
        i += 1
    j = len(m)
    while j > 0 and m[j - 1].isalpha():
        j -= 1
    for br in brands:
        # (an abbreviation starts with the brand's first letter)
        for k in range(min(i, 4), 1, -1) if m[:1] == br[:1] else ():
            if _abbrev_of(m[:k], br) and len(m) - k >= 4:
                return m[k:]
        if len(m) - j >= 3 and m[j:] == br and j >= 4:
            return m[:j]
    return m


def _affix_stem(m: str, brands: tuple) -> str:
    """``m`` without a vendor prefix / brand (``_vendor_stem``), then without
    a packaging / region suffix (``_pack_stem``).  ``_vendor_stem`` strips
    for the first brand that changes ``m`` (a stripped code is always
    shorter), and a brand can only when it shares ``m``'s first letter or
    closes it: one C-level test per brand, and the stem memoised per part
    number and *one* brand (a catalogue pairs each part number with many
    other offers' brands: memoised per pair of brands it was mostly a miss)."""
    for br in brands:
        if m[:1] == br[:1] or m.endswith(br):
            v = _vendor_stem1(m, br)
            if v != m:
                return _pack_stem(v)[0]
    return _pack_stem(m)[0]


@_memo
def _vendor_stem1(m: str, brand: str) -> str:
    """``_vendor_stem`` for one brand, once per part number and brand."""
    return _vendor_stem(m, (brand,))


def mpn_affix_same(ma: str, mb: str, brand_a: str | None = None, brand_b: str | None = None) -> bool:
    """Two normalised part numbers that are one code written with a vendor
    affix: a leading brand abbreviation ("VER97255" / "97255", "LP34992" /
    "34992"), a trailing packaging / region code ("GS108E100NAS" / "GS108E",
    "C6658AN/424" / "C6658AN", "MZ-75E500B/EU" / "MZ-75E500B/AM"), a maker's
    numeric catalogue prefix on a long code ("51MF8090AA004" / "MF8090AA004").
    Any other suffix stays another model: two colours ("-WHT" / "-BLK"), a
    trailing model letter ("Q7553X" / "Q7553XD"), and also a colour on one
    side only ("EA650GREEN" / "EA650": Antec's EarthWatts Green is another
    PSU; in walmart-amazon such pairs are as often different as the same)."""
    if ma == mb:
        return True
    brands = tuple([b for b in (brand_a, brand_b) if b])
    sa, sb = _affix_stem(ma, brands), _affix_stem(mb, brands)
    if sa == sb:
        stem = sa
    else:
        x, y = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
        if (y.endswith(x) and 1 <= len(y) - len(x) <= 3 and y[: len(y) - len(x)].isdigit()
              and len(x) >= 8 and x[0].isalpha()):
            stem = x
        else:
            return False
    return len(stem) >= 4 and bool(T._HAS_DIGIT.search(stem)) and (not stem.isdigit() or len(stem) >= 4)


def mpn_kinds_differ(ma: str, mb: str) -> bool:
    """Are two part-number fields codes of different kinds, so that their
    difference alone says nothing?  A shop fills its part-number field with
    what it has: the maker's code ("CDE-72BLUE", "C270H", "POC-484BK") or its
    own item number / a UPC-like number, all digits ("59253", "960000694").
    A number of digits only against a code with letters and digits whose
    digits are no part of a number that long (its longest run of digits at
    least two shorter: "CDE72BLUE" has "72" against the five digits of
    "59253") are two kinds of number, not two products.  A maker's number
    with a vendor's letters around it ("VER97185" / "97393", "LAC130980" /
    "131106") is the same kind, and so is a name with no digit ("mini video
    red" / "8398513": the field holds a name, left as it was)."""
    na, nb = ma.isdigit(), mb.isdigit()
    if na == nb:
        return False
    num, code = (ma, mb) if na else (mb, ma)
    run = max((len(r) for r in _DIGIT_RUN.findall(code)), default=0)
    return 1 <= run <= len(num) - 2


_DIGIT_RUN = re.compile(r"\d+")


def _item_number_vs_code(a: Prepared, b: Prepared) -> bool:
    """Two MPN fields of different kinds (``mpn_kinds_differ``) where nothing
    else in the offers reads as the part number: the maker's code is not
    printed in its own title (where it is, it names that offer's product and
    the other title's silence is left a conflict: "uma-102pink" / "120579"),
    and the title of the offer with the item number prints no model code of
    its own (where it does, that code plays its part number, as in
    ``printed_mpn_conflict``: "... for Asus Eee Pad Transformer TF101" with
    "222057" against "YM28-CAPSTYLUS-BK")."""
    if not mpn_kinds_differ(a.mpn, b.mpn):
        return False
    shop, maker = (a, b) if a.mpn.isdigit() else (b, a)
    return maker.mpn not in maker.title_compact and all(c == shop.mpn for c in shop.codes)


def _maker_item(m: str, a: Prepared, b: Prepared) -> bool:
    """(session 27, mpn27) Is a field that reads as no part code (``is_part_code``) still one
    maker's item number here: a single word, no phrase (``mpn_fields.is_name``), of four
    characters or more, no year, printed in a title, and both offers name one maker (or, a
    number in it, both titles print it) that the field is not ("Avery ... 5160" / "Avery 5160 ...", "Clarion CCAAUX", "Quartet 2544M": a
    catalogue's short number or letter code under its brand)?  A placeholder printed in no title
    ("Default Title"), a word of another maker's title ("banana" / "Banana chips", "drill" of
    Bosch and of Makita) or the brand itself ("Samsung") stays no evidence."""
    if len(m) < 4 or a.mpnphrase is not None or b.mpnphrase is not None or _YEAR(m):
        return False
    if _is_size(m):
        return False  # (a figure with its unit, "128gb", "500ml": the same size of two products)
    if m.isalpha() and (_known_word(m) or reads_as_word(m)):
        # (a word the tables read - a kind, a value, a colour, a variant: "drill", "cable"; or any
        # word spelled as one, a line's or a quality's name: "galaxy", "deluxe" - session 28, robust28)
        return False
    pa, pb = _printed_in(m, a), _printed_in(m, b)
    if not (pa or pb):
        return False
    # (one maker: the brands agree, or - a number in the field - both titles print it,
    # "Klocki COBI 2295" / "COBI ... (2295)"; a plain word both print is the kind, "drill")
    if brand_relation(a, b) < 1.0 and not (pa and pb and not m.isalpha()):
        return False
    return not any(x.brand and (m in x.brand or x.brand in m) for x in (a, b))


_YEAR = re.compile(r"(?:19|20)\d\d").fullmatch


def _printed_in(m: str, p: Prepared) -> bool:
    """Does ``p``'s title print ``m`` - a number as a word or inside a model code, never
    inside a quantity ("2500" of "2500 mAh"); letters anywhere in it ("crw-ext")?"""
    if m.isdigit():
        return m in p.wordset or any(m in c for c in p.allcodes)
    return m in p.title_compact


# (four digits or more and one letter, "2544m", "9140m": how makers write a model number,
# though the unit reader reads a length - a size is "128gb", "500ml", "10m")
_CODE_SHAPED = re.compile(r"\d{4,}[a-z]").fullmatch


def _known_word(m: str) -> bool:
    """Is the letters-only field a word the tables read in their languages - a kind of product
    ("drill", "bohrmaschine", "tablet"), a value ("cable", "standard"), a colour or a variant word?"""
    # (``wordclass`` as the module imports it, W: not an import statement at each call - session 28, robust28)
    return m in W.CATEGORY or m in W.SYNONYM or m in T._COLOUR_WORDS or m in W.VARIANT


def _is_size(m: str) -> bool:
    """Is the field a figure with its unit (``mpn_fields.states_units``: read in the pass that
    ``is_part_code`` made of it)?"""
    return not _CODE_SHAPED(m) and states_units(m)


def mpn_relation(a: Prepared, b: Prepared) -> float:
    """1 equal MPNs, 0.9 one code up to a vendor affix (``mpn_affix_same``),
    0.75 one's MPN printed in the other's text, 0.5 one MPN contains the
    other, 0 unknown, -1 two different MPNs.  A shop's item number against a
    maker's code with nothing else to read (``_item_number_vs_code``) is no
    evidence either way: 0 (``rules``' "mpn" conflict reads 0 with both MPN
    fields as no conflict; issue #12, catalog-walmart-amazon: "59253" /
    "CDE-72BLUE", one Case Logic CD wallet).  What a field that is no one
    maker's code says - a phrase of words, the same code with words or
    leading zeros around it, one of two numbering systems - is read by
    ``mpn_fields.field_relation`` (session 20); a name field printed in the
    other's text is no part number printed (0, not 0.75)."""
    ma, mb = a.mpn, b.mpn
    # (session 27, mpn27: a field that reads as no part code - a placeholder, a plain
    # word, a short number or a year, a size - is no evidence the same way: equal or
    # printed in the other's text it says 0; ``mpn_fields.is_part_code``.  Two fields
    # that differ are read as before.)
    if ma and mb:
        if ma == mb:
            return 1.0 if is_part_code(ma) or _maker_item(ma, a, b) else 0.0
        # (session 28, robust28: a placeholder - "Default Title" - against a part code is no
        # evidence either way, not two part numbers that differ: ``mpn_fields.names_nothing``)
        if names_nothing(a, a, b) or names_nothing(b, a, b):
            return 0.0
        if mpn_affix_same(ma, mb, a.brand, b.brand):
            return 0.9
        if suffix_printed(ma, b) or suffix_printed(mb, a):
            return 0.9
        if _lb37.tv_code_same(a, b):
            return 0.9  # (session 37, lb37: "CU7000" / "UA55CU7000", "OLED65C3" / "OLED65C36LC" at one size)
        # (session 20: a phrase field, leading zeros, two numbering systems - ``mpn_fields``)
        r = field_relation(a, b)
        if r is not None:
            return r
        if ma in b.full_compact or mb in a.full_compact:
            return 0.75
        if _item_number_vs_code(a, b):
            return 0.0
        if len(ma) >= 5 and len(mb) >= 5 and (ma in mb or mb in ma):
            return 0.5
        return -1.0
    # (a phrase field that holds no code is a name, no part number printed: session 20)
    if ma and len(ma) >= 4 and ma in b.full_compact and not is_name(a) and (is_part_code(ma) or _maker_item(ma, a, b)):
        return 0.75
    if mb and len(mb) >= 4 and mb in a.full_compact and not is_name(b) and (is_part_code(mb) or _maker_item(mb, a, b)):
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
        if a.nbrand or b.nbrand:  # (a brand field in another script: ``native_brand``; session 24, ml24b)
            r = native_relation(a, b)
            if r:
                return r
        if ba and len(ba) >= 3 and ba in b.title_compact:
            return 1.0
        if bb and len(bb) >= 3 and bb in a.title_compact:
            return 1.0
        return 0.0
    if ba == bb:
        return 1.0
    if len(ba) >= 3 and len(bb) >= 3 and (ba.startswith(bb) or bb.startswith(ba)):
        return 1.0
    if _us42.opens_with_brand(b, ba) or _us42.opens_with_brand(a, bb):
        return 1.0  # (session 42, us42: "Beats - Solo 4" beside brand Beats: "Solo" is the model's name)
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


# (length, weight, volume and counts too: a 6 ft cable is not the 10 ft one,
# a 6 oz can not the 8 oz one)
# Clock speed too: 2133 vs 2400 MHz memory, an i7 at 4.0 vs 3.4 GHz; on the four labelled
# sets no true match states two disjoint frequencies (a processor's base and turbo clocks
# would, if one shop gave only the base and the other only the turbo).
# A subscription's or licence's term too: "1 Year" is not "2 Years", "12 Months" is "1 Year".
# And the counts and capacities that name a model as its size does: a refrigerator's cubic feet,
# a switch's or a hub's ports, a receiver's or a recorder's channels, a processor's cores (not
# volts: a smoke alarm is "120V AC" with a "9V Battery Backup").  And "db" (session 19, ml19): a
# loudness or a gain ("95db alarm", "20db gain") and the Hungarian count ("60 db", darab: pieces -
# "Finish Quantum Ultimate ... 75 db" against "... 60 db" were one product); either way two
# figures are two products (on every labelled pair and pair file: 1 wrong "same" removed, none lost).
_HARD_DIMS = frozenset(("cap", "cuft", "port", "chan", "core", "inch", "mpix", "watt", "k", "res", "rpm", "len",
                        "wt", "vol", "pack", "freq", "hour", "mah", "dur", "db",
                        # (session 22, ml22c: an air conditioner's BTU, its size)
                        "btu",
                        # (session 29, lb29: a UPS's or an inverter's volt-amperes, a battery's or a power
                        # station's watt-hours - the size of the model, as a power bank's mAh: "Mecer
                        # 1000VA Line Interactive UPS" is not the 2000VA one)
                        "va", "wh"))
# figures two shops state differently for one model: a processor's base and boost clock, a
# recorder's hours at SD and at HD ("180 hour" / "up to 20 hours in HD", one TCD652160) - hard
# only where the offers print no model number in common ("TiVo 80 hour DVR" is another box)
_SOFT_WITH_CODE = frozenset(("freq", "hour"))
_TOL = {"dur": 0.015, "mpix": 0.1, "inch": 0.05, "freq": 0.05, "zoom": 0.0, "k": 0.0, "res": 0.0}


def _refresh_rates(dim: str, va, vb, a: Prepared, b: Prepared) -> bool:
    """(session 19, en19) Are both offers' frequencies a screen's refresh rate (48-1000 Hz:
    "170Hz" / "240Hz"), not a processor's or a memory's clock, neither marked overclocked?  A
    refresh rate is the model's spec: "GIGABYTE M27Q 170Hz" / "M27Q X 240Hz" are two monitors;
    an overclocked rate is the boost figure of one ("LG 27GP850-B 165Hz" / "180Hz (OC)")."""
    return (dim == "freq" and all(48 <= v <= 1000 for v in va) and all(48 <= v <= 1000 for v in vb)
            and _OVERCLOCK.isdisjoint(a.wordset) and _OVERCLOCK.isdisjoint(b.wordset))


_OVERCLOCK = frozenset("oc overclock overclocked overclocking overclockable".split())


def _long_code_shared(a: Prepared, b: Prepared) -> bool:
    """(session 20, en20a) Do both titles print one long maker's part number (8 characters or
    more, letters and digits: "LS27AG500NNXZA", "27GP850B")?  It names one monitor whatever
    refresh rate each shop states (a base and an overclocked one, a shop's typo); a short model
    name both print ("M27Q") does not."""
    return any(len(c) >= 8 and not c.isdigit() and not c.isalpha() for c in a.codes & b.codes)


def _share_code(a: Prepared, b: Prepared) -> bool:
    ca, cb = a.codes, b.codes
    return bool(ca and cb and not ca.isdisjoint(cb))


_PIN_SUM = re.compile(r"\d\s?\+\s?\d").search


def _mains_class(vs) -> str:
    """"low" (100-130 V: the Americas, Japan), "high" (200-250 V) or "" for a title's volts."""
    lo = any(100 <= v <= 130 for v in vs)
    hi = any(200 <= v <= 250 for v in vs)
    return "" if lo == hi else ("low" if lo else "high")


def _mains_apart(va, vb) -> bool:
    """(session 30, dev30) Do two titles state mains voltages of two classes ("230V" / "120V")?  An
    appliance made for one mains is another product than the one made for the other (the volts are
    no hard dimension otherwise: a battery's "18V", a smoke alarm's "120V AC" with a "9V" backup)."""
    ca, cb = _mains_class(va), _mains_class(vb)
    return bool(ca and cb and ca != cb)


# (session 31, usr31) a number with a lone prime mark, "25'": the title reader takes it for the inch
# (abt-buy's tokenised 27" is "27 '"), but a US shop's tape measure, ladder, hose or cord of "25'" is
# 25 feet.  Against a title that states its length in feet or metres and no inch at all, the mark is
# read as the foot as well: "Stanley Powerlock 25' Tape Measure" is not the "16 ft." one.
_PRIME_FEET = re.compile(r"(?<![\w.'\u2019])(\d{1,3}(?:\.\d)?)\s?['\u2019](?![\w'\u2019])")


def _prime_feet_apart(a: Prepared, b: Prepared) -> bool:
    """Does one title's lone prime-marked length (read as the inch, no length of its own) stand,
    read as feet, apart from every length the other title states in feet or metres (and no inch)?"""
    for x, y in ((a, b), (b, a)):
        ux, uy = x.units, y.units
        if "inch" not in ux or "len" in ux or "len" not in uy or "inch" in uy:
            continue
        raw = x.rawtitle or ""
        if "'" not in raw and "\u2019" not in raw:
            continue
        feet = tuple(float(v) * 304.8 for v in _PRIME_FEET.findall(raw) if float(v) in ux["inch"])
        if feet and not _overlap(feet, tuple(uy["len"]), 0.03):
            return True
    return False


# (session 34, dev34) a length in inches against one in millimetres or centimetres: the title reader
# keeps the inch a dimension of its own (a screen's diagonal, a pan's, a hose's bore), so a TV's 55" met
# "163 cm", a pan's "24cm" met '11"' and a hose's '1/2"' met "19mm" - never compared (attack34a).  Read
# where one title states one length in inches and the other, stating no inch, one metric length the first
# does not also state ("Hose 1/2\" 20m" / "Hose 19mm 20m": the 20 m both print is left aside): apart when
# the two differ by more than 6 % (55" = 139.7 cm is sold as "138 cm", 5/8" as "15 mm").
_INCH_LEN_TOL = 0.06
_FEET_WRITTEN = re.compile(r"\d\s?(?:['\u2019](?!')|ft\b|feet\b|foot\b)", re.I).search


def _number_printed(v: float, raw: str) -> bool:
    """Does ``raw`` print the number ``v`` (2.5 as "2.5" or "2,5"), not as a part of a longer number?"""
    n = ("%g" % v).replace(".", "[.,]")
    return re.search(r"(?<![\d.,])" + n + r"(?![\d]|[.,]\d)", raw) is not None


_INCH_LEN_SCALE = 2.5  # (session 35: beyond this factor the two lengths are two sides of the product)


def _inch_against_length_apart(a: Prepared, b: Prepared) -> bool:
    """Does one title's one inch length stand apart from the other's one metric length (no inch there)?"""
    for x, y in ((a, b), (b, a)):
        ux, uy = x.units, y.units
        if "inch" not in ux or "len" not in uy or "inch" in uy or len(ux["inch"]) != 1:
            continue
        own = ux.get("len", ())
        rest = [v for v in uy["len"] if not _overlap((v,), own, 0.03)]
        if len(rest) != 1:
            continue
        (inch,) = ux["inch"]
        if _FEET_WRITTEN(x.rawtitle or "") or _FEET_WRITTEN(y.rawtitle or ""):
            continue  # (feet and inches, "6'6\"" / "6 ft 6 in": one length in two units; ``_prime_feet_apart``)
        if _number_printed(inch, y.rawtitle or ""):
            continue  # (the other title prints the inch figure too, "2.5in 7mm": its metric length is another measure)
        mm, other = inch * 25.4, rest[0]
        if max(mm, other) > _INCH_LEN_SCALE * min(mm, other):
            continue  # (lengths far apart in scale measure two sides: a drive's 2.5" width and its "7mm" height)
        if abs(mm - other) > _INCH_LEN_TOL * max(mm, other):
            return True
    return False


# (session 31, dev31) a tool's or a mower's battery count times its voltage - "2x18V", "18V X2", "20V x 2",
# "2 x 20V" -: the system is the product, "36V" / "40V" (the session's attacker, attack31a: read as 18 V
# and 20 V, four true pairs were parted by ``_dc_volts_apart``)
_VOLTS_TIMES = re.compile(r"(?<![\w.])(?:([2-4])\s?[x×]\s?(\d{1,2}(?:[.,]\d)?)\s?v(?:olts?)?\b|"
                          r"(\d{1,2}(?:[.,]\d)?)\s?v(?:olts?)?\s?[x×]\s?([2-4])(?![\w.]))", re.I)


def _volts_multiplied(a, b, va, vb) -> bool:
    """Does one title's battery count times its voltage ("2x18V") give the other's one voltage (within
    12 %, as ``_dc_volts_apart`` reads one system)?"""
    for x, vy in ((a, vb), (b, va)):
        raw = x.rawtitle
        if type(raw) is not str or "x" not in raw.lower() and "×" not in raw:
            continue
        for m in _VOLTS_TIMES.finditer(raw):
            k, v = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            total = int(k) * float(v.replace(",", "."))
            if any(_one_system(total, y) for y in vy):
                return True
    return False


def _one_system(x: float, y: float) -> bool:
    """Are two low voltages one battery system named two ways - within 12 % ("51.2V" / "48V", "20V
    MAX" / "18V")?"""
    return abs(x - y) <= 0.12 * max(x, y)


def _dc_volts_apart(va, vb) -> bool:
    """(session 31, lb31) Does each title state one low voltage (under 100 V) and the two differ?  A
    battery's, an inverter's or a cordless tool's one voltage is its system ("Felicity Lithium Battery
    48V 100Ah" / "24V 100Ah", "18V" / "12V" drill): another product.  A title stating two (a smoke
    alarm's "120V AC" with its "9V" backup, a charger's "5V / 9V") is left as before.  Two figures
    within 12 % are one system named two ways: a LiFePO4 battery's nominal "51.2V" sold as "48V"
    ("12.8V" / "12V"), a tool's "20V MAX" that is "18V" elsewhere, "10.8V" / "12V"."""
    sa, sb = set(va), set(vb)
    if len(sa) != 1 or len(sb) != 1:
        return False
    x, y = next(iter(sa)), next(iter(sb))
    return 0 < x < 100 and 0 < y < 100 and not _one_system(x, y)


# (session 32, ho32) a memory kit's layout as shops print it after its capacity: "16GB (2x8)",
# "32GB 2x16GB", "16GB (1x16)" - the number of modules and each one's capacity
_LAYOUT = re.compile(r"(?<![\w.])([1-8]) ?[x×*] ?(\d{1,3}) ?(?:gb|g)?(?![\w.])")


@per_offer
def _module_layouts(p) -> frozenset:
    """(session 32, ho32) The module layouts ((modules, GB each)) a memory title (one naming DDR)
    prints whose total is a capacity it states: "Corsair Vengeance LPX 16GB (2x8) DDR4" (2, 8)."""
    caps = p.units.get("cap") if p.units else None
    raw = (p.rawtitle or "").lower()
    if not caps or "x" not in raw and "×" not in raw and "*" not in raw or not _names_memory(p):
        return frozenset()
    return frozenset((int(n), int(m)) for n, m in _LAYOUT.findall(raw)
                     if any(abs(int(n) * int(m) - c) < 0.5 for c in caps))


def _layouts_differ(a, b) -> bool:
    """(session 32, ho32) Do two memory titles both print the layout of one capacity and differ?  A
    kit of two 8GB modules is not one 16GB module (dual channel against one slot): another product,
    though both print "16GB" and one line's name and speed."""
    la = _module_layouts(a)
    if not la:
        return False
    lb = _module_layouts(b)
    return bool(lb) and la.isdisjoint(lb)


# (session 32, ho32) the densities of what shops sell by weight or by volume - foams, aerosols and ice
# cream (about 0.5 g per ml) to syrups and honey (1.4) - lie within a factor of two of water's
_DENSITY_SPAN = 2.0
# (session 32, attack32a) up to 3 litres: a bottle, a tub, a can of what is sold; above it a volume is a
# container's capacity ("Deuter Speed Lite 21 L" / "0.5 kg", a "16 L" backpack) or a light filler's bag
# ("Cat's Best 20 l" / "8,6 kg"), whose weight says nothing of the litres
_CONTENT_VOLUME = 3000.0


def _weight_against_volume_apart(ua, ub) -> bool:
    """(session 32, ho32) Does one title state only a weight and the other only a volume, with no
    pair of them within a factor of two (``_DENSITY_SPAN``)?  Grams and millilitres of one
    packaged product compare roughly 1:1 - a ketchup's "910g" bottle is no "400ml" one, where an
    ice cream's "465ml" tub weighing "406g" or a deodorant's "150ml" can printed as "93g" are one
    product.  A title stating both (a "250ml / 260g" jar) is left to the dimensions it shares."""
    if ("wt" in ua) == ("wt" in ub) or ("vol" in ua) == ("vol" in ub):
        return False
    wa, va = (ua, ub) if "wt" in ua else (ub, ua)
    if "vol" in wa or "wt" in va:
        return False
    if max(va["vol"]) > _CONTENT_VOLUME:
        return False
    return not any(w > 0 and v > 0 and 1.0 / _DENSITY_SPAN <= w / v <= _DENSITY_SPAN
                   for w in wa["wt"] for v in va["vol"])


def unit_relation(a: Prepared, b: Prepared):
    """(matches, disjoint conflicts, any differences, capacity/size conflict)."""
    ua, ub = a.units, b.units
    match = disj = diff = hard = 0.0  # (floats: feature values as they are)
    if ua and ub:
        for dim, va in ua.items():
            vb = ub.get(dim)
            if vb is None:
                continue
            if dim == "watt_eq" or dim == "watt" and (("watt_eq" in ua) != ("watt_eq" in ub)):
                # (session 32, hl32: "watt_eq" marks an LED lamp's title stating only the watts of the
                # bulb it replaces - "806lm ... 60 W", "60W equivalent" -: those are compared with another
                # such title's, never with a lamp's own power, "8.5W": ``home32.equivalent_watts_only``)
                continue
            if dim == "len" and va != vb and _one_rectangle(a.rawtitle, b.rawtitle):
                # (session 34, op34: "36 x 89 mm" / "89x36 mm" - the length each read off its last side
                # is one label's side, the two orders one size: ``office34.one_rectangle``)
                match += 1
                continue
            if _overlap(va, vb, _TOL.get(dim, 0.03)):
                match += 1
                if va != vb:
                    diff += 1
                    # "4GB (2 x 2GB)" vs "2GB (2 x 1GB)", "8GB 512GB SSD" vs
                    # "8GB 256GB SSD": the largest capacity names the product
                    if dim == "cap" and len(va) + len(vb) > 2 and not _overlap(
                        (max(va),), (max(vb),), 0.03
                    ) or dim == "cap" and _configurations_differ(va, vb):
                        hard += 1
                    elif values_apart(dim, va, vb, _TOL.get(dim, 0.03)) and not (
                            dim in _TOTAL_DIMS and multipack_total_equal(a, b, va, vb)):
                        hard += 1  # (session 15, prec: a lone value on each side, ``amounts``)
            else:
                disj += 1
                diff += 1
                # dimensions that name a different product when they differ
                # (not zoom: optical vs digital; a clock speed not where both
                # print one model number: "i7-4790K 4.0GHz" vs "i7-4790K 4.4GHz
                # Turbo" are base and boost clocks of one processor)
                # (session 35, pc35: or one processor number written two ways, "i5-13600K" / "i5 13600K":
                # ``pc35.same_processor``)
                if dim in _HARD_DIMS and not (dim in _SOFT_WITH_CODE and (_share_code(a, b) or dim == "freq"
                                                                         and _pc35.same_processor(a, b))
                                              and not _memory_rating(a, b)
                                              and not (_refresh_rates(dim, va, vb, a, b) and not _long_code_shared(a, b))) and not (
                        dim in _TOTAL_DIMS and multipack_total_equal(a, b, va, vb)):
                    hard += 1
        if not hard and "pin" in ua and "pin" in ub and not _overlap(ua["pin"], ub["pin"], 0.0) \
                and not _PIN_SUM(a.rawtitle or "") and not _PIN_SUM(b.rawtitle or ""):
            hard += 1  # (session 30, dev30: a connector's pins, "25-Pin" / "9-Pin"; not "12+4 Pin" = "16-pin")
        if not hard and "volt" in ua and "volt" in ub and _mains_apart(ua["volt"], ub["volt"]):
            hard += 1  # (session 30, dev30: "HD9650 EU Plug 220V" / "HD9650 US 120V", ``_mains_apart``)
        if not hard and "volt" in ua and "volt" in ub and _dc_volts_apart(ua["volt"], ub["volt"]) \
                and not _volts_multiplied(a, b, ua["volt"], ub["volt"]):
            hard += 1  # (session 31, lb31: "Lithium Battery 48V 100Ah" / "24V 100Ah", ``_dc_volts_apart``)
        if not hard and "cap" in ua and "cap" in ub and _layouts_differ(a, b):
            hard += 1  # (session 32, ho32: "16GB (2x8) DDR4" / "16GB (1x16) DDR4", ``_module_layouts``)
        if not hard and _weight_against_volume_apart(ua, ub) and "watt" not in ua and "watt" not in ub \
                and not _long_code_shared(a, b):
            # (session 32, ho32: "Ketchup 910g" / "Ketchup 400ml", ``_weight_against_volume_apart``; not an
            # appliance's load against its bowl - "Airfryer XXL HD9650/90 1,4 kg 2225 W" / "... 7,3 l 2225
            # W": a title stating watts, or one long part number both print, sells no contents, attack32b)
            hard += 1
        if not hard and ounces_apart(ua, ub, a.words, b.words):
            hard += 1  # (session 19, en19: "30.6 oz" / "22 fl oz" - ``amounts.ounces_apart``)
        if not hard and ounces_against_millilitres(ua, ub, a.words, b.words):
            hard += 1  # (session 33, ho33: "9oz Bottles" / "Bottles 340ml" - ``amounts.ounces_against_millilitres``)
        if not hard and ("dur" in ua or "dur" in ub):
            if months_as_metres(ua, ub, a.words, b.words):
                hard += 1  # (session 20, en20b: "6M" / "12 Months" - ``amounts.months_as_metres``)
        if not hard and _prime_feet_apart(a, b):
            hard += 1  # (session 31, usr31: "25' Tape Measure" / "16 ft." - ``_prime_feet_apart``)
        if not hard and _inch_against_length_apart(a, b):
            hard += 1  # (session 34, dev34: '55" QN90C' / "QN90C 163 cm" - ``_inch_against_length_apart``)
        if not hard and dose_counts_apart(a.words, b.words):
            hard += 1  # (session 20, en20b: "90 Softgels" / "220 ct" - ``amounts.dose_counts_apart``)
    return match, disj, diff, hard


# a multipack "24 x 10g" holds 240 g: the other shop printing the total names
# the same content ("Maggi 24 x 10g" = "Maggi 240g (24 cubes)", "4 x 250 g" = "1 kg")
_TOTAL_DIMS = frozenset(("wt", "vol"))


def _counts_before_amounts(ws) -> set:
    """The bare counts printed right before an amount ("24 x 10g" -> words
    "24", "10g": 24), 2 to 200."""
    out = set()
    for w, nxt in zip(ws, ws[1:]):
        if w.isdigit() and 2 <= int(w) <= 200 and nxt[:1].isdigit() and not nxt.isdigit():
            out.add(int(w))
    return out


def multipack_total_equal(a: Prepared, b: Prepared, va, vb) -> bool:
    """True when one title's "N x Q" count times its amount is the other's amount - not where the other
    title writes the same count before its amount too (session 35, tb35: "Hantelscheiben 2 x 5 kg" / "2 x 10
    kg" are two pairs of plates, 2 x 5 kg no pair of the other's 10 kg plates: both name each piece)."""
    for x, y, vx, vy in ((a, b, va, vb), (b, a, vb, va)):
        ns = _counts_before_amounts(x.words)
        if ns:
            ns -= _counts_before_amounts(y.words)
        if ns and _overlap(tuple(n * v for n in ns for v in vx), vy, 0.03):
            return True
    return False


def number_relation(a: Prepared, b: Prepared):
    na, nb = a.numbers, b.numbers
    if not na or not nb:
        return 0.0, 0.0
    if na & nb:
        return 1.0, 0.0
    return 0.0, 1.0



# --------------------------------------------------------------------------
# one model number written two ways (session 8, issue #12: the
# "conflict:model" / "conflict:mpn" misses of true matches)
# --------------------------------------------------------------------------

# colour codes makers and shops glue to a model number ("CLI221GRY",
# "COOLPIXS610BK", "CSIA4BK", "SD990ISB"), by the colour (``titles.COLOURS``
# values) the other offer must name for the suffix to be read as that colour
_COLOUR_SUFFIX = _co40.PLAIN_COLOUR_CODES  # (session 40, co40: the table moved to the leaf module)
# camera packaging glued to the model code ("D700BODY", "EVOLTE420KIT"):
# a body only where the other offer names no lens / kit, a kit where it does
_KIT_WORDS = frozenset(("kit", "lens", "lenses", "objektiv", "objectif", "zoom"))
_SUFFIXES = frozenset(_COLOUR_SUFFIX) | {"body", "kit"}


def _names_colour(p: Prepared, colour: str) -> bool:
    """Does the offer's title name ``colour`` (a ``titles.COLOURS`` value)?
    (from its words: the first preparing stage has no ``colours`` yet)"""
    for w in T._COLOUR_WORDS.intersection(p.wordset):
        if T.COLOURS[w] == colour:
            return True
    return False


def _word_run(stem: str, words) -> bool:
    """Is ``stem`` some consecutive words of ``words`` written together
    ("eos5dmarkii" in "canon eos 5d mark ii ...", "csia4" in "polk csi a4")?"""
    n = len(stem)
    for i, w in enumerate(words):
        if not stem.startswith(w):
            continue
        s = w
        j = i + 1
        while len(s) < n and j < len(words):
            s += words[j]
            j += 1
        if s == stem:
            return True
    return False


def _suffix_related(a: Prepared, b: Prepared) -> bool:
    """A long model number of one offer is the other's with a stated colour /
    packaging suffix (``suffix_printed``)."""
    for c in _suffix_codes(a.codes5):
        if suffix_printed(c, b):
            return True
    for c in _suffix_codes(b.codes5):
        if suffix_printed(c, a):
            return True
    return False


@_memo
def _suffix_codes(codes: tuple) -> tuple:
    """The codes of ``codes`` with a split ``suffix_printed`` may read (``_suffix_cuts``)."""
    return tuple(c for c in codes if _suffix_cuts(c))


def suffix_printed(c: str, other: Prepared) -> bool:
    """Is the model number ``c`` the other offer's model number with a
    colour or packaging suffix that the other offer states in words?

    "CLI221GRY" ~ "CLI-221 Gray", "SD990ISB" ~ "SD990 IS ... Black",
    "EOS5DMARKIIBODY" ~ "EOS 5D Mark II" (no lens named), "EVOLTE420KIT" ~
    "E-420 ... with 14-42mm lens", "SRSA212BK" ~ "SRSA212/BLK": the stem (>= 3
    characters, letters and digits) is a code or a run of words of the other
    title, and the suffix is a colour the other offer names (or writes with
    another code of that colour), or "body" / "kit" as the other's lens
    words say.  Never when the other prints the stem with another suffix
    ("YSP3050BK" / "YSP3050BL", "CLI221GRY" / "CLI221BLK": two variants) or
    names another colour only ("CLI221GRY" vs "CLI-221 Black")."""
    # (every split of the trailing letters: "sd990isb" -> "sd990is" + "b";
    # most codes have none that could be read so: ``_suffix_cuts``)
    for stem, suf, colour in _suffix_cuts(c):
        if colour is not None:
            if not (_names_colour(other, colour) or _same_colour_code(stem, colour, other)):
                continue
        elif suf == "body":
            if not _KIT_WORDS.isdisjoint(other.wordset):
                continue
        elif _KIT_WORDS.isdisjoint(other.wordset):  # (suf == "kit")
            continue
        if not (stem in other.allcodes or _word_run(stem, other.words)):
            continue
        if any(x != stem and x.startswith(stem) and x[len(stem):].isalpha() and x[len(stem):] != suf
               and (colour is None or _COLOUR_SUFFIX.get(x[len(stem):]) != colour)
               for x in other.codes):
            continue
        return True
    return False


@_memo
def _suffix_cuts(c: str) -> tuple:
    """The splits of the model number ``c`` that ``suffix_printed`` may read
    as a stem and a colour / packaging suffix, what ``c`` alone decides: a
    suffix of its trailing letters in ``_SUFFIXES``, the stem >= 3
    characters with a digit and not only digits.  (stem, suffix, colour of
    the suffix or None), the longest stem first.  Once per code string."""
    if not c[-1].isalpha():
        return ()
    k = len(c)
    while k > 0 and c[k - 1].isalpha():
        k -= 1
    out = []
    for cut in range(len(c) - 1, max(k, 3) - 1, -1):
        suf = c[cut:]
        if suf not in _SUFFIXES:
            continue
        stem = c[:cut]
        if not T._HAS_DIGIT.search(stem) or stem.isdigit():
            continue
        out.append((stem, suf, _COLOUR_SUFFIX.get(suf)))
    return tuple(out)


def _same_colour_code(stem: str, colour: str, other: Prepared) -> bool:
    """Does the other offer print ``stem`` with another code of the same
    colour ("SRSA212BK" / "SRSA212/BLK", "NXU10SIL" / "NX-U10SL")?"""
    n = len(stem)
    return any(x.startswith(stem) and len(x) > n and _COLOUR_SUFFIX.get(x[n:]) == colour
               for x in other.codes)


def cut_short(c: str, other: Prepared) -> bool:
    """Does the other offer print the start of the long model number ``c``
    (>= 10 characters, letters and digits), its title cut mid-code ("Corsair
    ... Kit - Black (CMK16GX4M4A24" for "CMK16GX4M4A2400C16")?"""
    if len(c) < 11:  # (a code of >= 10 characters and more after it)
        return False
    for x in other.codes:
        if (len(x) >= 10 and len(c) > len(x) and c.startswith(x) and not x.isdigit()
                and not x.isalpha() and T._HAS_DIGIT.search(c[len(x):])):
            return True
    return False


def with_maker_prefix(c: str, other: Prepared) -> bool:
    """Is the model number ``c`` a model number of the other offer (>= 5
    characters, letters and digits) with a maker's prefix in front: Intel's
    boxed-processor code "BX80646I54570" for the "i5-4570", "BX80677G4560"
    for the "G4560"?"""
    if len(c) < 7:  # (a code of >= 5 characters and a prefix of >= 2)
        return False
    for y in other.codes:
        if (len(y) >= 5 and len(c) - len(y) >= 2 and c.endswith(y) and not y.isdigit()
                and not y.isalpha()):
            return True
    return False


def code_written_otherwise(c: str, a: Prepared, b: Prepared) -> bool:
    """a's model number ``c`` is in b in another writing (see
    ``suffix_printed``, ``cut_short``)."""
    return suffix_printed(c, b) or cut_short(c, b) or with_maker_prefix(c, b) or initial_written(c, a, b)


@_memo
def _letters_number(c: str):
    """(leading letters, the number after them) of a code that is letters then
    digits only ("h1000" -> ("h", "1000")), else None."""
    k = 0
    while k < len(c) and c[k].isalpha():
        k += 1
    if k == 0 or k == len(c) or not c[k:].isdigit():
        return None
    return c[:k], c[k:]


def initial_written(c: str, own: Prepared, other: Prepared) -> bool:
    """Is the model number ``c`` a name and its number that the other offer
    writes with the name's initial, or the other way round: "H1000" ~
    "Harmony 1000", "EVOLT-420" ~ "E-420" (Olympus' E-Volt)?  ``c`` is
    letters then a number (>= 3 digits); either its letters are one
    initial and the other title prints a name (a word of >= 4 letters with
    that initial) right before that same number, or its letters are such a
    name - ``own``'s title prints it as a word right before the number - and
    the other prints a code of the initial and the number.  The number must
    be the same ("H1000" is no "Harmony 1100"), and a series code is no name
    ("DSC-W300" is no "D300": "dscw" is not a word of its title)."""
    ln = _letters_number(c)
    if ln is None:
        return False
    lead, num = ln
    if len(num) < 3:
        return False
    if len(lead) == 1:
        if num not in other.wordset:  # (the set of ``other.words``)
            return False
        ws = other.words
        for i in range(1, len(ws)):
            if ws[i] == num:
                w = ws[i - 1]
                if len(w) >= 4 and w.isalpha() and w[0] == lead:
                    return True
        return False
    if len(lead) >= 4 and lead[0] + num in other.codes:
        ws = own.words
        return any(ws[i] == lead and ws[i + 1] == num for i in range(len(ws) - 1))
    return False


def _initial_related(a: Prepared, b: Prepared) -> bool:
    """A model number of one offer is the other's name and number written
    with the name's initial (``initial_written``)."""
    for c in a.codes:
        if _initial_code(c) and initial_written(c, a, b):
            return True
    for c in b.codes:
        if _initial_code(c) and initial_written(c, b, a):
            return True
    return False


@_memo
def _initial_code(c: str) -> bool:
    """Can ``initial_written`` read the code ``c`` (letters - one, or >= 4 -
    then a number of >= 3 digits)?"""
    ln = _letters_number(c)
    return ln is not None and len(ln[1]) >= 3 and (len(ln[0]) == 1 or len(ln[0]) >= 4)


@_memo
def _code_shape(c: str) -> tuple:
    """A code's shape: its runs of letters and digits, each digit run with its
    length ("10707rnn" -> ("9", 5), ("a",); "d66174" -> ("a",), ("9", 5))."""
    out = []
    prev = None
    n = 0
    for ch in c:
        k = "9" if ch.isdigit() else ("a" if ch.isalpha() else None)
        if k is None:
            continue
        if k == prev:
            n += 1
            continue
        if prev:
            out.append((prev, n) if prev == "9" else (prev,))
        prev, n = k, 1
    if prev:
        out.append((prev, n) if prev == "9" else (prev,))
    return tuple(out)


def printed_mpn_conflict(a: Prepared, b: Prepared) -> bool:
    """One offer's part number (its MPN field) against another part number of
    the same shape printed in the title of the other offer, which has no MPN
    field: a shop that gives no MPN field prints the part number in its title
    ("New-Balt 89863 - Flipper Training Table Top - BLT89863"), so that code
    plays the other's MPN, and two different MPNs are two products ("89775"
    vs "89863", "10707RNN" vs "10741NN", "D66174" vs "E66857").

    The same shape - the same runs of letters and digits, each digit run as
    long (``_code_shape``), at least 4 digits - keeps out the codes of
    another kind (the device a case fits, "TF101"; a series, "10700"); a code
    printed in the first offer too, one that contains the MPN or is contained
    in it (a vendor prefix "HON10707RCC"), or one the MPN relation accepts
    as the same code written otherwise (``mpn_affix_same``, ``suffix_printed``)
    is no conflict, nor is the MPN printed anywhere in the other offer.  (Three digits do when
    the code is letters, digits, letters: session 22, ml22a.)"""
    return _printed_mpn_conflict(a, b) or _printed_mpn_conflict(b, a)


def _printed_mpn_conflict(a: Prepared, b: Prepared) -> bool:
    m = a.mpn
    if not m or b.mpn or m in b.full_compact:
        return False
    shape = _code_shape(m)
    digits = sum(r[1] for r in shape if r[0] == "9")
    if digits < 4 and not (digits == 3 and len(shape) == 3 and shape[0][0] == "a" and shape[-1][0] == "a"):
        # (session 22, ml22a: three digits between a maker's letters and a tail of letters - "AF300EU" /
        # "AF300UK", a model's regional variants - are a part number too; a bare number or a code
        # ending in its digits, "TF101", is still the device a case fits or a series)
        return False
    for c in b.codes:
        if c == m or c in m or m in c:
            continue
        if _code_shape(c) != shape and not _cat38.core_shapes_meet(shape, _code_shape(c)):
            continue  # (session 38, cat38: a letter tail on one side only, "30653PP" / "30078")
        if c in a.full_compact or c in a.codes:
            continue
        if mpn_affix_same(m, c, a.brand, b.brand) or suffix_printed(m, b) or suffix_printed(c, a):
            continue
        return True
    return False


# the devices an accessory is made for (or the device itself): a case for a
# camera is no case for an iPod touch; names of devices, and the word for a
# camera in the shops' languages
_DEVICE_WORDS = {
    "iphone": "iphone", "ipod": "ipod", "ipad": "ipad", "kindle": "kindle", "nook": "nook",
    "blackberry": "blackberry", "playbook": "playbook", "galaxy": "galaxy", "macbook": "macbook",
    "xoom": "xoom", "zune": "zune",
    "camera": "camera", "camcorder": "camera", "kamera": "camera", "videokamera": "camera",
    "fotoaparat": "camera", "fotoaparát": "camera", "cámara": "camera", "camara": "camera",
    "appareil": "camera", "fotocamera": "camera", "videocamera": "camera",
}
# words between a device and its generation ("ipod touch 4g")
_DEVICE_LINE = frozenset(("touch", "nano", "classic", "shuffle", "mini", "air"))
_DEVICE_TOKEN = re.compile(r"[^\W_]+(?:\.\d+)?")
_GENERATION = re.compile(r"(\d)(s?)(?:g|th|gen)?")


_NO_DEVICES = (frozenset(), frozenset())
# (every device word as a substring: a title without any names no device)
_DEVICE_SET = frozenset(_DEVICE_WORDS)
_ANY_DEVICE = re.compile(literal_alternation(_DEVICE_WORDS)).search  # (a trie: ``regextrie``, session 13)


def devices_of(title: str) -> tuple[frozenset, frozenset]:
    """(devices, generations) named in a title: "ipod touch 4g hard case" ->
    ({"ipod"}, {"ipod4"}), "iphone 3g" -> ({"iphone"}, {"iphone3"}), "iPhone 4S"
    -> iphone4s; a one-digit generation right after the device (or after
    "touch", "nano" ...), "4G" written as "4" ("9.7" is a screen size, no generation)."""
    if not title:
        return frozenset(), frozenset()
    t = title.lower()
    if t.replace(" ", "").isalnum():
        # (only spaces between the words: the tokens are the words - a
        # token is a run of ``str.isalnum`` characters, as ``\w`` but "_")
        if _DEVICE_SET.isdisjoint(t.split(" ")):
            return _NO_DEVICES
    elif _ANY_DEVICE(t) is None:
        return _NO_DEVICES
    return _devices_in(t)


@_memo
def _devices_in(t: str) -> tuple[frozenset, frozenset]:
    """``devices_of`` of a lower-case title that has a device word in it."""
    ws = _DEVICE_TOKEN.findall(t)
    dev = set()
    gen = set()
    for i, w in enumerate(ws):
        d = _DEVICE_WORDS.get(w)
        if d is None:
            continue
        dev.add(d)
        if d in ("camera", "galaxy", "blackberry", "playbook"):
            continue
        j = i + 1
        while j < len(ws) and ws[j] in _DEVICE_LINE:
            j += 1
        if j < len(ws):
            m = _GENERATION.fullmatch(ws[j])
            if m:
                gen.add(d + m.group(1) + m.group(2))
    return frozenset(dev), frozenset(gen)


@per_offer
def _devices(p) -> tuple[frozenset, frozenset]:
    """``devices_of(p.title)``, once per offer (a function of its title: session 16, speed)."""
    return devices_of(p.title)


def device_conflict(a: Prepared, b: Prepared) -> bool:
    """Two offers for (or of) different devices: each title names a device
    and none is named by both ("San Diego Chargers camera case" vs "San Diego
    Chargers iPod touch 4G hard case"), or both name one device with
    different generations ("iPhone 4 case" vs "iPhone 3G cover")."""
    if systems_differ(a, b):
        return True  # (session 10, electronics: "for Sony E" / "for Fujifilm X")
    if accessory_traits_differ(a, b):
        return True  # (session 30, accw30: another port, bus, privacy filter or case style: ``accessory30``)
    da, ga = _devices(a)
    if not da:
        return False
    db, gb = _devices(b)
    if not db:
        return False
    if da.isdisjoint(db):
        return True
    shared = da & db
    ga = {g for g in ga if any(g.startswith(d) for d in shared)}
    gb = {g for g in gb if any(g.startswith(d) for d in shared)}
    return bool(ga and gb and ga.isdisjoint(gb))


# session 10, electronics
# a configuration of capacities: "16GB 512GB" (memory and storage), "32GB (2x16GB)"
# (a kit and its modules).  Two titles that both print one and differ in any of
# them are two configurations, not only when the largest differs ("ThinkPad X1
# Carbon i7 16GB 512GB" / "... 32GB 512GB", "32GB (2x16GB)" / "32GB (4x8GB)").
# Only one capacity for one other, of a size that names a part (1 GB or more: no
# cache "256MB", no misread "6Gb/s"), each title printing as many: a page title
# listing another product's capacities too is no configuration.
def _configurations_differ(va, vb) -> bool:
    if len(va) < 2 or len(va) != len(vb):
        return False
    xa = [x for x in va if not _overlap((x,), vb, 0.03)]
    xb = [y for y in vb if not _overlap((y,), va, 0.03)]
    return len(xa) == 1 and len(xb) == 1 and min(xa[0], xb[0]) >= 1.0


# a memory module's rated speed ("DDR5 6000MHz", "DDR4-3200") names the module, as
# its capacity does: no processor's base and boost clocks, even where both titles
# print a code in common (a latency "CL36" is shared by the 5600 and the 6000 kit)
def _memory_rating(a, b) -> bool:
    return _names_memory(a) and _names_memory(b)


@per_offer
def _names_memory(p) -> bool:
    # (once per offer: a function of its words - session 16, speed)
    return any(w[:3] == "ddr" or w[:5] == "lpddr" for w in p.words)


# a lens, flash, grip or battery made for one camera maker's system is not the one
# made for another's ("Sigma 18-50mm F2.8 DC DN for Sony E" / "... for Fujifilm X",
# "Godox V860III for Canon" / "for Nikon"): the maker a title names right after "for"
# (in the shops' languages) or before "mount"; two titles naming makers, none both
_FOR_WORDS = frozenset("for fur pour para per voor dla".split())
_SYSTEM_MAKERS = {"canon": "canon", "nikon": "nikon", "sony": "sony", "fujifilm": "fujifilm", "fuji": "fujifilm",
                  "panasonic": "panasonic", "olympus": "olympus", "om": "olympus", "pentax": "pentax",
                  "leica": "leica", "hasselblad": "hasselblad"}
_MOUNTS = {"e": "sony", "fe": "sony", "x": "fujifilm", "z": "nikon", "f": "nikon", "rf": "canon", "ef": "canon",
           "efm": "canon", "l": "l", "k": "pentax", "mft": "mft", "m43": "mft"}


@per_offer
def camera_systems(p) -> frozenset:
    """The camera makers (or mounts) p's title says it is made for (once per offer: a
    function of its words, read by every pair it is in - session 16, speed)."""
    ws = p.words
    out = set()
    for i, w in enumerate(ws):
        if w in _FOR_WORDS:
            for x in ws[i + 1:i + 3]:
                m = _SYSTEM_MAKERS.get(x)
                if m is not None:
                    out.add(m)
                    break
        elif w == "mount" and i:
            m = _MOUNTS.get(ws[i - 1])
            if m is not None:
                out.add(m)
    return frozenset(out)


def systems_differ(a, b) -> bool:
    return W.classes_disjoint(camera_systems, a, b)



# session 11, recall
def own_replacement(a: Prepared, b: Prepared) -> bool:
    """Is the third-party word of two offers' titles only the maker's own
    "replacement" part ("Brita Standard *Replacement* Filters for Pitchers, 3ct" /
    "Brita Standard Water Filter, 3 Count") or a machine the product suits ("Gain
    Liquid Detergent ... *HE Compatible*")?  Both titles lead with one word - the
    brand as both print it, the brand fields unknown or absent -, and no title says
    "compatible" (but "HE compatible"), "remanufactured" or "aftermarket": a third
    party's title leads with its own name or names the original after "for" /
    "compatible with".  Then the offers are no maker's and a third party's
    (``third_party_conflict``'s columns)."""
    wa, wb = a.words, b.words
    if not wa or not wb or wa[0] != wb[0]:
        return False
    for p, q in ((a, b), (b, a)):
        if not p.third_party:
            continue
        ws = p.words
        for i, w in enumerate(ws):
            if w in _THIRD_PARTY_WORDS and w != "replacement" and not (w == "compatible" and i and ws[i - 1] == "he"):
                if w in COMPATIBLE and compatible_device_shared(ws, i, q.wordset):
                    continue  # (session 14, prec: the device the other names too)
                return False
    return True


# session 13, home: a sheet's thread count ("400 Thread Count" / "600TC", ``titles._THREAD_COUNT``)
# names another product of the line when it differs, as a capacity does
_HARD_DIMS = _HARD_DIMS | frozenset(("tc",))
