"""Counts, amounts and figures: what two listings of one product never print apart, and
what a title's numbers measure or count (history: README.md, sessions 14 and 15, prec).

Conflicts:

* ``values_apart`` (``relations.unit_relation``): two titles printing one kind of figure
  (length, weight, volume, inches) where each prints a value the other has nowhere once the
  shared ones are set aside ("13 mm ... 20 m" / "13 mm ... 50 m" of one hose); both titles
  stating the count in each pack and the number of packs, not the same ("35 ct, 3 Pack" /
  "75 ct, 3 Pack"); two inch sizes both printed to a decimal are exact ("29.5\"" / "28.5\"":
  the tolerance is for a rounded figure against a precise one, "24\"" / "23.8\"").
* ``percent_differs`` (``variants.slot_conflict``): percentages of one thing, none in common
  ("1,5 % Fett" / "3,5 % Fett", "70% Cacao" / "85%"): two variants; ``percentages``,
  ``measured_percentages`` read them.
* ``volume_against_count`` (``facets.conflicts``): a liquid by volume alone against a count of
  pods or tablets alone.
* ``item_counts_apart`` (``facets.conflicts``; ``dose_counts_apart`` in ``relations.unit_relation``):
  counts of items written with their noun ("44 pods", "36 Kaffeepads", "16 cápsulas", "50 lavados")
  or as "N ct" / "N Stück", one naming its noun, that never meet (session 26, count26).

The readers' misreadings (a conflict on two listings of one product):

* ``amount_times`` (``facets``): "6 x 0.5 l" is a multipack, no pair of dimensions.
* ``not_counts`` (``facets``): a year before "Box", an OS's versions, "27 User-Selectable".
* ``dozens_counted`` (``titles``' cleaner): "Dozen" is 12; ``year_download``: "2023 DL" is a
  download, no 2023 decilitres.
* ``feet_and_inches`` (``titles``' cleaner): a title writing both ' and " writes feet with ':
  "14' x 42\"" is 14 ft by 42 in; ``fractions_by_x``: "1 x 2-5/8" is 1 by 2.625.

(``titles`` imports this module, and ``wordclass`` imports ``titles``: it imports neither.)
"""

from __future__ import annotations

import re
from .memos import cached

# the kinds of figure whose lone values on both sides name two products (the ones the
# capacity reading of ``relations.unit_relation`` does not already read); counts apart
# (``_pack_triple``): their readings hold totals the reader multiplied out
_APART_DIMS = frozenset(("len", "wt", "vol", "inch"))
# the figures shops print in their own unit (no conversion rounds them): two of them printed
# to a decimal are exact
_EXACT_DIMS = frozenset(("inch",))


def _close(x: float, y: float, tol: float, exact: bool) -> bool:
    if x == y:
        return True
    if not tol or abs(x - y) > tol * max(x, y):
        return False
    # (within the tolerance: a rounded figure and a precise one, not two precise ones)
    return not exact or x == int(x) or y == int(y)


def _lone(va, vb, tol: float, exact: bool) -> list:
    return [x for x in va if not any(_close(x, y, tol, exact) for y in vb)]


def _pack_triple(v) -> bool:
    """A count reading of three values, one the product of the other two: the count in
    each pack, the number of packs and their total ("35 ct, 3 Pack")."""
    if len(v) != 3:
        return False
    a, b, c = sorted(v)
    return a * b == c and a >= 2


def values_apart(dim: str, va, vb, tol: float) -> bool:
    """Do two titles' values of one kind of figure ``dim`` (sets sharing a value within
    ``tol``) each hold a value the other lacks (``_close``)?  For counts: do both titles
    state the count in each pack and the number of packs (``_pack_triple``), the same number
    of packs and another count in each?"""
    if dim == "pack":
        # (the same number of packs: another number of packs is the multipack reading's, ``facets``)
        return _pack_triple(va) and _pack_triple(vb) and va != vb and min(va) == min(vb)
    if dim not in _APART_DIMS:
        return False
    exact = dim in _EXACT_DIMS
    return bool(_lone(va, vb, tol, exact)) and bool(_lone(vb, va, tol, exact))


# --- a percentage naming the variant: milk's fat (1,5 % / 3,5 %, 2% / 3,2 %), a yogurt's 0 %,
# a spirit's alcohol, a chocolate's cocoa - two titles each printing percentages of one thing,
# none in common, are two products; not 100 % (a claim: "100% Cotton", "100% Juice") nor a
# discount or a bonus ("Save 20%", "-20%", "20% more", "30 % gratis").  What a percentage
# measures is the word right after it ("0,2 % Fett", "11 % Protein", "40% vol") or right before
# its number ("Fett 3,5%"): percentages of two things ("0,2 % Fett" / "11 % Protein", "0%
# alcohol" / "96% natural origin") are compared with nothing; two percentages naming no thing
# are compared with each other
_PERCENT = re.compile(r"(?<![\d.])(\d{1,2}(?:\.\d{1,2})?)\s?%(?!\s?(?:off|more|extra|free|gratis|bonus|mehr|"
                      r"offert|rabatt|discount|korting|sconto|descuento)\b)")
# a discount word before the number, or a minus sign glued to it ("-20%"; not the separator of
# "H-Milch 1 L - 1,5 %")
_PROMO_BEFORE = re.compile(r"(?:(?:save|up to|bis zu|spare|jusqu.a|hasta|fino al|sleva|rabatt)\s*|(?:^|\s)-)$")
_MEASURES = {w: m for m, ws in {
    "fat": "fat fett fettgehalt tluszczu tluszcz tuku tuk grasa grasas grassi vet mg",
    "protein": "protein proteine proteines proteina proteinas proteinen eiweiss bialka bialko",
    "alcohol": "alcohol alkohol alcool alcol alc vol abv",
    "cocoa": "cocoa cacao kakao",
}.items() for w in ws.split()}
_WORD_AFTER = re.compile(r"\s*(?:(?:de|di|of|du)\s+)?([a-z]+)")
_WORD_BEFORE = re.compile(r"([a-z]+)\.?:?\s*$")


@cached(1 << 14)  # (a memo: ``memos``)
def measured_percentages(cleaned: str) -> frozenset:
    """(percentage as a float, what it measures: a key of ``_MEASURES`` or None) of each
    percentage a cleaned title prints, but for discounts and bonuses."""
    out = set()
    for m in _PERCENT.finditer(cleaned):
        if _PROMO_BEFORE.search(cleaned[max(0, m.start() - 12):m.start()]):
            continue
        after = _WORD_AFTER.match(cleaned, m.end())
        what = _MEASURES.get(after.group(1)) if after else None
        if what is None:
            before = _WORD_BEFORE.search(cleaned, max(0, m.start() - 16), m.start())
            what = _MEASURES.get(before.group(1)) if before else None
        out.add((float(m.group(1)), what))
    return frozenset(out)


def percentages(cleaned: str) -> frozenset:
    """The percentages a cleaned title prints (as floats), but for discounts and bonuses."""
    return frozenset(v for v, _what in measured_percentages(cleaned))


def percent_differs(a, b) -> bool:
    """Does each title print a percentage of one thing (or each one of no named thing), and no
    percentage of that thing of one the other's?"""
    ca = a.facets.get("_cleaned") if a.facets else None
    if not ca or "%" not in ca:
        return False
    cb = b.facets.get("_cleaned") if b.facets else None
    if not cb or "%" not in cb:
        return False
    pa, pb = measured_percentages(ca), measured_percentages(cb)
    for what in {w for _v, w in pa} & {w for _v, w in pb}:
        if {v for v, w in pa if w == what}.isdisjoint({v for v, w in pb if w == what}):
            return True
    return False


# --- a liquid by its volume, the same line by its count ---------------------------------
# One title measuring the product by volume alone ("Liquid Laundry Detergent, 100 fl oz",
# "Rinse Aid 23 Fl Oz", "handafwasmiddel 400ml") and the other counting it alone ("Detergent
# Packs, 45 Count", "Dishwasher Tablets 64 Count", "vaatwastabletten 32 st") sell two forms of
# the line: a liquid and its pods, tablets or wipes.  (A weight beside a count is no such
# sign: "24 x 25g" wafers are "24 pieces".)
def volume_against_count(fa: dict, fb: dict, units_key: str) -> bool:
    """Does one offer's title (facets, its figures under ``units_key``) hold a volume and no
    count, the other's a count of two or more and neither a volume nor a weight?"""
    for x, y in ((fa, fb), (fb, fa)):
        ux = x.get(units_key)
        if ux and "vol" in ux and "pack" not in x:
            n = y.get("pack")
            uy = y.get(units_key)
            if n and max(n) >= 2 and not (uy and ("vol" in uy or "wt" in uy)):
                return True
    return False


# --- a multipack is no pair of dimensions ----------------------------------------------------------
# "6 x 0.5 l", "6 x 50 cl", "2 x 43 g", "500ml x 6": N packages of an amount, which the volume and
# weight readings compare ("6 x 0.5 l" = "6 x 50 cl"), no object's sides ("6 x 0.5" against
# "6 x 50" read as two sizes) - ``amount_times`` tells a dimensions match that is one
_AMOUNT_UNIT = r"\s?(?:ml|cl|dl|l|lt|ltr|g|gr|kg|mg|oz|floz|lb|lbs)\b"
_AMOUNT_TIMES = re.compile(r"\*\s*\d+(?:\.\d+)?" + _AMOUNT_UNIT + r"|\d" + _AMOUNT_UNIT + r"\s*\*")


def amount_times(dims_text: str) -> bool:
    """Is the text of a "N * M" match a count of packages of an amount ("6 * 0.5l", "500ml * 6")?"""
    return _AMOUNT_TIMES.search(dims_text) is not None


# --- numbers the count readers take for counts --------------------------------------------------
# A year before the word for how a program is sold ("Duden Korrektor 2024 Box": the boxed 2024
# release, no box of 2024), the version numbers after an operating system ("Windows 10/11 PC",
# "iOS 17", "Android 14 devices") and a number before "user-" beginning a compound ("27
# User-Selectable Symbols") are no counts of the product.  ``not_counts``: those numbers of a
# cleaned title, which the pack and licence readings drop.
_NOT_COUNTS = re.compile(
    r"\b((?:19|20)\d\d)\s?(?=(?:box|boxed|set|bundle|edition|version)\b)"
    r"|\b(?:windows|win|ios|ipados|macos|android|wear\s?os)\s?(\d{1,2}(?:\s?/\s?\d{1,2})*)\b"
    r"|\b(\d{1,3})\s?(?=users?-[a-z])")


def not_counts(cleaned: str) -> frozenset:
    """The numbers of a cleaned title that count nothing: a release's year before "Box", an
    operating system's versions."""
    out = set()
    for year, versions, before_compound in _NOT_COUNTS.findall(cleaned):
        if year or before_compound:
            out.add(int(year or before_compound))
        if versions:
            out.update(int(v) for v in re.findall(r"\d+", versions))
    return frozenset(out)


# a count spelled as its word: "Dozen" is 12, as "12-Pack" and "12 Count" are ("Gel Pens, Black,
# Dozen" / "Gel Pens, Black Ink, 12-Pack"; "1 Dutzend Eier" / "Eier 12 Stück"); "2 dozen" 24, "half
# a dozen" 6 - ``dozens_counted`` writes them as counts in a cleaned title
_DOZEN = re.compile(r"\b(?:(\d{1,2})\s?|(half|a half|half a|demi|halbes|media)\s)?"
                    r"(?:dozen|dozens|dutzend|douzaine|douzaines|docena|docenas|dozzina|dozzine|tucet|tuctu"
                    r"|dusin|tusin)\b")


def _dozen_repl(m) -> str:
    n = 6 if m.group(2) else 12 * int(m.group(1) or 1)
    return f"{n} count"


def dozens_counted(s: str) -> str:
    if "doz" in s or "dutzend" in s or "douzaine" in s or "docena" in s or "tuc" in s or "usin" in s:
        return _DOZEN.sub(_dozen_repl, s)
    return s


# "DL" is the shops' short "Download" ("Music Maker 2024 Premium Edition DL", "Total Security 5 Dev
# 1 Yr DL"), a year before it the program's release ("Steuer 2024 Steuerjahr 2023 DL"), never 2023
# decilitres: only a count before it is decilitres ("15 dl") - ``year_download`` writes the others
_YEAR_DL = re.compile(r"\b((?:19|20)\d\d)\s?dl\b")
_ALONE_DL = re.compile(r"(?<![\d.\-/])(?<![\d.] )\bdl\b(?![-/.]?\w)")  # (not the "DL-380" of a model)


# (session 16, speed) both patterns end their "dl" at a word's end: "bundle", "handle", "cradle"
# hold a "dl" and no match - the two subs, each tried at every position, skip them
_DL_END = re.compile(r"dl(?!\w)").search


def year_download(s: str) -> str:
    if "dl" in s and _DL_END(s) is not None:
        return _ALONE_DL.sub("download", _YEAR_DL.sub(r"\1 download", s))
    return s


# --- feet and inches -----------------------------------------------------------------------
# A title that writes both marks, ' and ", writes feet with the one and inches with the other:
# "Pool Set 14' x 42"" is 14 feet by 42 inches (the cleaner reads a lone ' as an inch, as shops
# write "27' Monitor"), the "12ft x 30in" of another shop's pool; and inches glued to their
# number as "in" ("30in", "65in TV") are inches as "30-in" and "30 inch" are (not "2in1").
_FEET_BY_INCHES = re.compile(r"(?<![\w.'])(\d{1,3}(?:\.\d)?)\s?'(?=\s?[x*]\s?\d{1,3}(?:\.\d+)?\s?\")")


def feet_and_inches(s: str) -> str:
    """A cleaned title with "14' x 42"" written "14ft x 42"."""
    if "'" in s and '"' in s:
        s = _FEET_BY_INCHES.sub(r"\1ft", s)
    return s


# --- a fraction beside "x" -----------------------------------------------------------------------
# A size printed as fractions beside its "x" is one number each ("Address Labels, 1 x 2-5/8",
# "Concrete Screws 3/16 x 2-1/4\""): the cleaner reads a fraction as a number only before its unit
# ("2-5/8\"", "3/16 in."), so the shop leaving the unit out had "2" and "5/8" against the other
# shop's 2.625 - ``fractions_by_x`` writes them as decimals (proper fractions of the usual
# denominators only: no "24/7", no date)
_FRACTION_X = re.compile(r"(?<![\w./-])(?:(\d{1,2})-)?([1-9]\d?)/(2|4|8|16|32|64)(?![\w/.])"
                         r"(?=\s?x\s?\d|\")|(?<=x )(?:(\d{1,2})-)?([1-9]\d?)/(2|4|8|16|32|64)(?![\w/.])")


def _fraction_repl(m) -> str:
    whole, num, den = (m.group(1), m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5), m.group(6))
    n, d = int(num), int(den)
    if n >= d:
        return m.group(0)
    return f"{int(whole or 0) + n / d:g}"


def fractions_by_x(s: str) -> str:
    if "/" in s and " x" in s:
        return _FRACTION_X.sub(_fraction_repl, s)
    return s


# --------------------------------------------------------------------------
# session 19 (en19): ounces of weight against fluid ounces
# --------------------------------------------------------------------------
_OZ_WORD = re.compile(r"^\d+(?:\.\d+)?(?:oz|ounces?)$")
# (a US liquid measure: fluid ounces, or a gallon, quart or pint - "16 oz" / "1 Gal" of car wash)
_FLOZ_WORD = re.compile(r"^\d+(?:\.\d+)?(?:floz|gal|gallons?|qt|quarts?|pints?)$")
_US_VOLUME_WORDS = frozenset(("gal", "gallon", "gallons", "qt", "quart", "quarts", "pint", "pints"))
_OUNCE_WORDS = frozenset(("oz", "ounce", "ounces"))


def _prints_ounces(ws, fluid: bool) -> bool:
    """Does a title's word list print an amount in ounces - fluid ounces ("22 fl oz", read
    "22floz") or another US liquid measure ("1 Gal", "2 qt") when ``fluid``, else plain
    ounces ("30.6 oz", "25.4 Ounce")?"""
    if fluid:
        return any(_FLOZ_WORD.match(w) or w in _US_VOLUME_WORDS and i and ws[i - 1][:1].isdigit()
                   for i, w in enumerate(ws))
    for i, w in enumerate(ws):
        if _OZ_WORD.match(w):
            return True
        if w in _OUNCE_WORDS and i and ws[i - 1][:1].isdigit() and (i < 2 or ws[i - 2] != "fluid"):
            return True
    return False


def _counts_before(ws) -> list:
    """The bare counts (2-200) printed right before an amount ("12 x 12 oz" -> 12)."""
    return [int(w) for w, nxt in zip(ws, ws[1:])
            if w.isdigit() and 2 <= int(w) <= 200 and nxt[:1].isdigit() and not nxt.isdigit()]


def ounces_apart(ua: dict, ub: dict, wa, wb) -> bool:
    """Is one title's amount ounces ("Dove Deep Moisture Body Wash 30.6 oz": read as a weight)
    and the other's fluid ounces ("... 22 fl oz": a volume), neither printing the other kind,
    and the two numbers of ounces not the same?  Shops selling a liquid write its fluid ounces
    "oz" as often as "fl oz" ("Dawn Ultra 19.4 oz" / "19.4 fl oz": one bottle), so the reader's
    weight and volume are one figure in ounces there: another number of ounces is another size
    of the product (30.6 vs 22, "Cetaphil ... 16 oz" vs "20 fl oz").  (Other units - grams
    against millilitres - are left unread: they convert, and round, otherwise.)"""
    for x, y, xw, yw in ((ua, ub, wa, wb), (ub, ua, wb, wa)):
        if "wt" not in x or "vol" in x or "vol" not in y or "wt" in y:
            continue
        if not _prints_ounces(xw, False) or _prints_ounces(xw, True) or not _prints_ounces(yw, True):
            continue
        oz = [v / 28.35 for v in x["wt"]]
        floz = [v / 29.57 for v in y["vol"]]
        # (a multipack's total, "12 x 12 oz" / "144 fl oz", agrees)
        oz += [n * v for n in _counts_before(xw) for v in oz]
        floz += [n * v for n in _counts_before(yw) for v in floz]
        return not any(abs(p - q) <= 0.03 * max(p, q) for p in oz for q in floz)
    return False


# (session 33, ho33) how far a bare "oz" read as fluid ounces may lie from the other title's millilitres:
# makers print the pair rounded ("9oz / 260ml", "11oz / 340ml", "40 oz / 1.18 L"), and a UK fluid ounce is
# 4% less than a US one
_OZ_ML_SPAN = 0.10


def ounces_against_millilitres(ua: dict, ub: dict, wa, wb) -> bool:
    """(session 33, ho33) Is one title's amount plain ounces ("Tommee Tippee ... 9oz Bottles": read as a
    weight) and the other's millilitres or litres (a volume, printing no ounces), neither printing the
    other kind, and the ounces - read as fluid ounces, as a shop selling a bottle, a tumbler or a liquid
    means them against another's millilitres - more than ``_OZ_ML_SPAN`` from every volume the other
    states?  "9oz" (266 ml) is no "340ml" bottle (the 11-12 oz one); a weight against a volume in grams
    stays with ``relations._weight_against_volume_apart`` (a factor of two)."""
    for x, y, xw, yw in ((ua, ub, wa, wb), (ub, ua, wb, wa)):
        if "wt" not in x or "vol" in x or "vol" not in y or "wt" in y:
            continue
        if not _prints_ounces(xw, False) or _prints_ounces(xw, True) or _prints_ounces(yw, True) \
                or _prints_ounces(yw, False):
            continue
        ml = [v / 28.35 * 29.57 for v in x["wt"]]
        vol = list(y["vol"])
        # (a multipack's total on either side agrees: "6 x 9oz" / "1.6 L")
        ml += [n * v for n in _counts_before(xw) for v in ml]
        vol += [n * v for n in _counts_before(yw) for v in vol]
        return not any(p > 0 and q > 0 and abs(p - q) <= _OZ_ML_SPAN * max(p, q) for p in ml for q in vol)
    return False


# session 20 (en20b): an age or weight range written with a word between its ends ("6 to 12
# Months", "6 bis 12 Monate", "de 6 a 12 meses", "od 6 do 12 miesiecy", "6 tot 12 maanden"; Russian
# and Ukrainian "от 6 до 12 месяцев" / "с 6 до 12 мес" read in Latin letters as "from 6 12 months",
# their "до" dropped) is the range "6-12 months" - which the unit reader reads as no hard amount,
# as it reads "6-12 months" -, not "12 months": its upper end alone conflicted, as a unit
# difference, with "6 months+" / "с 6 месяцев" of the same product.  The lower end must be the
# lower: "12 to 6" is no range.
_RANGE_UNIT = (r"(?:months?|mos?|mths?|monate?n?|mois|meses|mesi|maanden|manader|maneder|miesiecy|miesiace"
               r"|mesicu|mesice|weeks?|wochen|semaines|semanas|settimane|years?|yrs?|jahre?n?|ans|anos|anni"
               r"|jaar|ar|lat|let|kg|kgs|lbs?)")
_RANGE_WORDED = re.compile(
    r"(?<![\w.])(\d{1,3}(?:\.\d)?)\s(?:to|bis|a|tot|till|til|do|al)\s(\d{1,3}(?:\.\d)?)(?=\s?" + _RANGE_UNIT + r"\b)")
_RANGE_BARE = re.compile(
    r"\b(from|with)\s(\d{1,3}(?:\.\d)?)\s(\d{1,3}(?:\.\d)?)(?=\s?" + _RANGE_UNIT + r"\b)")
_RANGE_HINT = re.compile(r"\d\s(?:(?:to|bis|a|tot|till|til|do|al)\s)?\d").search


def _worded_range_repl(m) -> str:
    lo, hi = m.group(1), m.group(2)
    return f"{lo}-{hi}" if float(lo) < float(hi) else m.group(0)


def _bare_range_repl(m) -> str:
    lo, hi = m.group(2), m.group(3)
    return f"{m.group(1)} {lo}-{hi}" if float(lo) < float(hi) else m.group(0)


# (session 27, speed27: what every match of ``_RANGE_WORDED`` holds - a number, its word, a
# number - tested first: ``_RANGE_HINT`` lets "2 4" through, a sixth of the titles, for the
# bare form "from 6 12 months", which also needs "from" / "with")
_RANGE_WORDED_HINT = re.compile(r"\d\s(?:to|bis|a|tot|till|til|do|al)\s\d").search


def ranges_joined(s: str) -> str:
    """A cleaned (lower-case, accent-free, Latin) title with each age or weight range written with a
    word between its ends ("6 to 12 months", "from 6 12 months") written as "6-12 months"."""
    if _RANGE_HINT(s) is None:
        return s
    if _RANGE_WORDED_HINT(s) is not None:
        s = _RANGE_WORDED.sub(_worded_range_repl, s)
    if "from " in s or "with " in s:
        s = _RANGE_BARE.sub(_bare_range_repl, s)
    return s


# session 20 (en20b): a count spelled as its English word before what it counts ("Four-Slice
# Toaster" / "4 Slice Toaster", "Two Slice", "Three-Piece Set", "Five-Speed") is that number, as
# "Dozen" is 12 (``dozens_counted``).  Two to twelve only, and only before a count noun: "One"
# names too much else ("One Piece", "One Touch", "One Size"), and a spelled number alone ("Ocean's
# Eleven", "Five Nights at Freddy's") is a name.  Not a pack's count ("Three Pack", "Two-Pack"):
# one shop printing the pack and the other not is a pack conflict in digits, and spelled packs were
# so far read as none - "Panasonic LM-AF30U3 three pack" / "Panasonic DVD-RAM LM-AF30U3" is one
# listing (abt-buy), "two-pack" / "twin-pack" one kit (walmart-amazon).
_CARDINALS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
              "nine": "9", "ten": "10", "eleven": "11", "twelve": "12"}
# (what a product has, or holds, so many of - not its contents' count: "Two Bottles" is a pack;
# "pcs" but not "PC", a computer: "It Takes Two PC Origin Key" is a game for the PC)
_COUNTED = (r"(?:slices?|pieces?|pcs|speeds?|burners?|doors?|drawers?|tiers?|layers?|ply|ports?|outlets?"
            r"|blades?|shel(?:f|ves)|quarts?|qt|litres?|liters?|seaters?|persons?|people|zones?|settings?"
            r"|programs?|programmes?|cells?|wheels?|stages?)")
_CARDINAL_WORDS = "|".join(_CARDINALS)
_CARDINAL_COUNT = re.compile(r"\b(" + _CARDINAL_WORDS + r")[\s-]?(?=" + _COUNTED + r"\b)")
_CARDINAL_HINT = re.compile(r"\b(?:" + _CARDINAL_WORDS + r")\b").search


def cardinals_counted(s: str) -> str:
    """A cleaned (lower-case) title with each count spelled "two" to "twelve" before a count noun
    written in digits ("four-slice" -> "4 slice")."""
    if not ("two" in s or "thre" in s or "four" in s or "five" in s or "six" in s or "seven" in s
            or "eight" in s or "nine" in s or "ten" in s or "eleven" in s or "twelve" in s):
        return s  # (session 22, speed: a substring of each cardinal, before the regex)
    if _CARDINAL_HINT(s) is None:
        return s
    return _CARDINAL_COUNT.sub(lambda m: _CARDINALS[m.group(1)] + " ", s)


# session 20 (en20b): "M" glued to a number is metres and months alike: baby clothes are sold by
# age, "6M" / "12M", read as 6 m and 12 m of length.  Where one offer states a duration ("12
# Months") and no length, and the other a length of whole metres up to 36 (what an age in months
# is) and no duration, the metres are that many months: "Bodysuits, 6M" / "Bodysuits 12 Months"
# are two sizes, "6M" / "6 Months" one (the reader gave 6 m and 182.5 days: different kinds of
# figure, no conflict either way).
def months_as_metres(ua: dict, ub: dict, words_a, words_b) -> bool:
    """Do the durations of one offer and the other's whole metres glued to an "m" (``_M_AGE``: "6m"
    as a title word), read as months, fail to meet?"""
    for x, y, wy in ((ua, ub, words_b), (ub, ua, words_a)):
        dur, lens = x.get("dur"), y.get("len")
        if not dur or not lens or "len" in x or "dur" in y:
            continue
        ages = [int(w[:-1]) for w in wy if _M_AGE(w)]
        if not ages or any(not any(abs(v - 1000.0 * n) < 1e-6 for n in ages) for v in lens):
            continue  # (every length must be such an "m" age: "2m Cable" keeps its metres)
        months = [d * 12.0 / 365.0 for d in dur]
        return not any(abs(m - n) <= 0.1 for m in months for n in ages)
    return False


_M_AGE = re.compile(r"^(?:[1-9]|[12]\d|3[0-6])m$").match


# session 20 (en20b): the count of a supplement's or a medicine's doses ("90 Softgels", "120
# Capsules", "60 Gummies") is its pack's count, as "220 ct" is: the reader reads "ct" / "count"
# and not the dose forms, so "Nature Made Vitamin D3 2000 IU, 90 Softgels" / "... Softgels, 220 ct"
# compared nothing.  Where each offer states such a count and one of them names a dose form, two
# counts that never meet (a multipack's "2 x 60" meets 120) are two packs.
_DOSE_FORMS = frozenset("""
softgels softgel capsules capsule caps vcaps vegcaps caplets caplet tablets tablet tabs gummies gummy
lozenges lozenge chewables pastilles pills
""".split())
# session 26 (count26): not doses only - any count written with the noun of the counted item is a
# count of the same kind as "N count" / "N ct" / "N Stück": "K-Cup Coffee Pods, 22 Count" / "K Cups
# (44 pods)", "Tide PODS 42 Count" / "81 pacs", "Senseo Pads 36 Stück" / "36 pads", "Kapseln",
# "cápsulas", "Tabletten", tea bags, sachets, wipes, sheets, rolls, pads, diapers, dog treats, a
# detergent's loads ("64 Loads", "50 lavados", "20 Waschladungen" / "20 WL": one load per pod or
# dose, so "60 loads" = "60 ct" of pods) - in the languages the count words of ``facets._PACK_N``
# cover (EN DE FR ES IT NL CS PL).  Plural nouns only ("Fire HD 8 Tablet" counts no tablets; the
# dose forms above keep their singulars).  A pack count is another quantity ("9 Flip-Top Packs
# (504 Wipes)" = "504 count"): packs, boxes and cases are read as multipliers only, never as counts.
_ITEM_NOUNS = frozenset("""
pods pacs kcups discs capsules pads tablets tabs teabags bags sachets wipes sheets rolls diapers nappies
treats chews pouches loads tissues portions porciones porzioni porties bars riegel barres barritas
kapseln tabletten beutel teebeutel tucher feuchttucher blatt rollen windeln waschladungen wl portionen
capsules dosettes pastilles sachets lingettes feuilles rouleaux couches lavages doses comprimes gelules
capsulas pastillas bolsitas sobres toallitas hojas rollos panales lavados dosis comprimidos monodosis
capsule cialde pastiglie bustine salviette fogli rotoli pannolini lavaggi compresse
capsules pads tabletten zakjes doekjes vellen rollen luiers wasbeurten
kapsle kapsli tablety sacku ubrousku listu pleny
kapsulek kapsulki tabletek saszetek chusteczek arkuszy rolek pieluszek pieluch
""".split())
# (session 30, dev30: a soap's or a snack's bars, "Dove Beauty Bar Original, 8 ct" / "... 14 Bars x
# 3.75 oz" - the plural only: "15 Bar" is an espresso pump's pressure)
# (not refills, filters, cartridges: "1 Handle + 2 Cartridges" counts a kit's parts; nor "cups" /
# "sticks": a measure and a shape; "K-Cups" is read by the cleaner as "k cups", no count)
_COUNT_NOUNS = _DOSE_FORMS | _ITEM_NOUNS
# the nouns of what holds the items ("4 Rollen" of "45 Blatt", "12 Pads" of "100 Sheets"): a count of
# rolls or pads is compared with counts of rolls or pads and with "ct", never with a count of sheets
_HOLDERS = frozenset("rolls pads rollen rouleaux rollos rotoli rolek".split())
# (a singular counts one: "Fire HD 8 Tablet" is a model's number, "1 Capsule" one dose)
_SINGULARS = frozenset("softgel capsule caplet tablet gummy lozenge".split())
# the words of a count with no noun of its own: "ct", "Stück", "unidades", "pezzi", "stuks", "sztuk"
_COUNT_WORDS = frozenset("""
ct count counts pcs pieces stuck stk stuks unidades uds unites piezas pezzi pz ks kusu kusy sztuk szt
""".split()) | _COUNT_NOUNS
_GLUED_COUNT = re.compile(r"^(\d{1,4})([a-z]{2,})$").match
# the words a size is printed after ("Size 4 Diapers": no four diapers; ``sizing``)
_SIZE_BEFORE = frozenset("size sz taille grosse groesse talla taglia maat rozmiar rozm velikost storlek tamanho "
                         "stage etape stufe".split())


def _dose_counts(ws, kinds=None) -> tuple:
    """(counts of doses, items or "ct" the words print, whether a dose form is named or an item's
    noun counted); ``kinds``: a set given the kind of each noun counted ("holder": ``_HOLDERS``, else
    "item")."""
    out, dose = set(), False
    for i, w in enumerate(ws):
        if w in _DOSE_FORMS:
            dose = True  # (a dose form anywhere; an item's noun only after its count: "Wipes, 64 ct")
        # (a glued count starts with a digit: the regex only for such a word - a word's first
        # character that ``\d`` matches is one ``str.isdigit`` passes; session 27, speed27)
        m = _GLUED_COUNT(w) if w[:1].isdigit() else None
        if m:
            rest = m.group(2)
            if rest not in _COUNT_WORDS:
                continue
            out.add(int(m.group(1)))
            noun = rest
        elif w.isdigit() and i + 1 < len(ws) and ws[i + 1] in _COUNT_WORDS \
                and (w == "1" or ws[i + 1] not in _SINGULARS) \
                and not (i and (ws[i - 1] in _SIZE_BEFORE or w == "1" and ws[i - 1] == "in")):
            # (nor the "1" of "All in 1 Tabs", "3 in 1 Pods": a product's name)
            out.add(int(w))
            noun = ws[i + 1]
        else:
            continue
        if noun in _COUNT_NOUNS:
            dose = True
            if kinds is not None:
                kinds.add("holder" if noun in _HOLDERS else "item")
    return out, dose


def item_counts(ws) -> tuple:
    """(the counts of doses, items or "ct" a title's words print, each times the title's bare counts
    too - "2 x 60" -, whether a dose form or an item's noun is named): ``dose_counts_apart``'s
    reading of one title, for a caller that memoises it per title (``facets``)."""
    kinds: set = set()
    c, named = _dose_counts(ws, kinds)
    if c:
        c |= {n * x for n in _multipliers(ws) for x in c}
    return frozenset(c), named, frozenset(kinds)


def item_counts_stated(ws) -> tuple:
    """(the counts of doses, items or "ct" a title's words print as they are - no multiplier
    applied -, whether a noun is named): the totals a multipack's count is checked against
    (session 26, packs26: ``facets._pack_unchecked``)."""
    c, named = _dose_counts(ws)
    return frozenset(c), named


def item_counts_apart(ra: tuple, rb: tuple) -> bool:
    """Do two titles' ``item_counts`` readings hold counts, one naming its noun, none in common -
    not one counting rolls or pads only and the other only what they hold ("4 Rollen" / "4 x 45
    Blatt")?"""
    if not ra[0] or not rb[0] or not (ra[1] or rb[1]) or not ra[0].isdisjoint(rb[0]):
        return False
    return not (ra[2] and rb[2] and ra[2].isdisjoint(rb[2]))


def dose_counts_apart(words_a, words_b) -> bool:
    """Do two titles' dose or item counts ("90 Softgels" / "220 ct", "44 pods" / "22 Count"), one
    naming a dose form or an item's noun, never meet (either count times a bare count before it,
    "2 x 60", counted too)?"""
    ca, da = _dose_counts(words_a)
    if not ca:
        return False
    cb, db = _dose_counts(words_b)
    if not cb or not (da or db):
        return False
    ca |= {n * c for n in _multipliers(words_a) for c in ca}
    cb |= {n * c for n in _multipliers(words_b) for c in cb}
    return ca.isdisjoint(cb)


_MULTIPLIER = re.compile(r"^(?:x(\d{1,2})|(\d{1,2})(?:x|pack|pk|packs)?)$").match


def _multipliers(ws) -> set:
    """The numbers 2-24 a title prints alone or as a pack ("2", "x2", "2pack", "2pk"): what a dose
    count may be multiplied by ("2 x 50 Tablets", "50 Tablets x 2", "2 Pack 50 Tablets")."""
    out = set()
    for w in ws:
        m = _MULTIPLIER(w)
        if m:
            n = int(m.group(1) or m.group(2))
            if 2 <= n <= 24:
                out.add(n)
    return out
