"""How English titles word one product: the readers of English shop wording (recall, and
the precision rules that read the same words), by principle.

Each function answers one question the rules ask about the words two titles
print differently, for any shop and any product:

* **a size written as its letter** - "Large" / "L", "Medium" / "M",
  "X-Large" / "XL" (apparel, pet, tool sizes): one size, two spellings
  (``size_letters_same``);
* **an acronym of words the other title prints in a row** - "EDP" / "Eau de
  Parfum", "EDT" / "Eau de Toilette" (``acronym_of_run``);
* **a tier word that names no tier** (``facets.tier_differs``):
  glued into one word by the other shop ("Gold-Bears" / "Goldbears",
  "Slide Lite" / "SlideLite": a name both print) (``tier_word_excused``).

All words are as ``titles`` cleans them (lower case, accents stripped).  The
functions take prepared offers (``prepared.prepare``).
"""

from __future__ import annotations

import re as _re

from .memos import cached as _cached



def raw_lower(p) -> str:
    """p's raw title in lower case, read as the cleaner reads it (``titles``: ``str()`` of a
    title that is no text - a number, a list; "" for none).  (``(p.rawtitle or "").lower()``
    raised on a float title, NaN: review17.)"""
    t = p.rawtitle
    if t is None:
        return ""
    return (t if type(t) is str else str(t)).lower()


# apparel and product sizes: {spelling: the size}
_SIZE_OF = {}
for _size, _ws in {
    "xs": "xs xsmall xsm", "s": "s small sm", "m": "m medium med md", "l": "l large lg lrg",
    "xl": "xl xlarge", "xxl": "xxl 2xl xxlarge", "xxxl": "xxxl 3xl xxxlarge",
}.items():
    for _w in _ws.split():
        _SIZE_OF[_w] = _size


def _size_of_run(run) -> str | None:
    """The size a run of words names ("x large", "extra large", "xl"), else None."""
    if len(run) == 1:
        return _SIZE_OF.get(run[0])
    if len(run) == 2 and run[0] in ("x", "extra") and run[1] in ("large", "small"):
        return "x" + _SIZE_OF[run[1]]
    if len(run) == 2 and run[0] in ("xx", "2x") and run[1] == "large":
        return "xxl"
    return None


def size_letters_same(xa, xb) -> bool:
    """Are two runs of words (a substitution's, ``wordclass.variant_differs``) one
    size, one written as its letter ("large" / "l", "medium" / "m", "x large" / "xl")?
    Two sizes ("large" / "m") stay two; a run naming no size is no size."""
    sa, sb = _size_of_run(list(xa)), _size_of_run(list(xb))
    return sa is not None and sa == sb and list(xa) != list(xb)


def acronym_of_run(w: str, run) -> bool:
    """Is ``w`` (>= 3 letters) the initials of words standing in a row in ``run``
    ("edp" = "eau de parfum", "edt" = "eau de toilette")?  A two-letter word is too
    often a word of its own to be read as initials."""
    n = len(w)
    if n < 3 or not w.isalpha() or len(run) < n:
        return False
    for i in range(len(run) - n + 1):
        part = run[i:i + n]
        if all(x[:1] == c and x.isalpha() for x, c in zip(part, w)):
            return True
    return False


# the acronyms other acronyms close with, kept whole: "HD" of "UHD" (Ultra HD), "FHD", "QHD"
# (not "AA": "AAA" is no "Alkaline AA")
_ACRONYM_TAILS = frozenset(("hd",))


def acronym_closing_acronym(w: str, run) -> bool:
    """(session 22, en22) Is ``w`` (3-5 letters) the initials of words in a row in ``run`` whose
    last word, an acronym itself (``_ACRONYM_TAILS``), is kept whole ("UHD" = "Ultra HD", "FHD" =
    "Full HD", "QHD" = "Quad HD")?"""
    n = len(w)
    if not 3 <= n <= 5 or not w.isalpha() or w[-2:] not in _ACRONYM_TAILS:
        return False
    tail = w[-2:]
    for j, x in enumerate(run):
        if x == tail and j >= n - 2:
            part = run[j - (n - 2):j]
            if all(y[:1] == c and y.isalpha() and len(y) >= 3 for y, c in zip(part, w)):
                return True
    return False


def _glued_in_other(i: int, ws, other) -> bool:
    """Is title word ``ws[i]`` glued to the word before or after it into one word the
    other title prints ("gold bears" / "goldbears", "slide lite" / "slidelite")?"""
    ow = other.wordset
    if i + 1 < len(ws) and ws[i + 1].isalpha() and ws[i] + ws[i + 1] in ow:
        return True
    return i > 0 and ws[i - 1].isalpha() and ws[i - 1] + ws[i] in ow


def tier_word_excused(tiers, p, other, canon) -> bool:
    """Is every word of p's title written for one of ``tiers`` (``canon``) a word that
    names no tier against ``other``: glued into a word the other prints
    (``_glued_in_other``)?"""
    ws = p.words
    found = False
    for i, w in enumerate(ws):
        if w in tiers or canon(w) in tiers:
            found = True
            if not (_glued_in_other(i, ws, other) or game_audience(ws, i) or program_field(ws, i)):
                return False
    return found


# --------------------------------------------------------------------------
# words one title prints and the other does not, that name nothing the other lacks
# (``wordclass.rewording`` steps, bound at the end of ``wordclass``)
# --------------------------------------------------------------------------
# the words that say "this is the refill pack" (``synonyms.CONSUMABLE`` names the consumables:
# cartridges, blades, heads, cloths, pads ...)
REFILL_WORDS = frozenset("refill refills replacement replacements".split())


def _refill_pack(p) -> bool:
    f = p.facets
    return bool(f.get("refill") or f.get("_refill_pack"))


def refill_wording(w: str, p, other, consumable) -> bool:
    """Is ``w`` a word naming a refill pack ("Refills", "Replacement", or the consumable
    it holds: "Cartridges", "Blades", "Heads", "Cloths") where both offers are refill
    packs (``facets``: one says "refill", the other names its consumables and no kit)?
    "Razor Blade Refills, 8 Count" / "Razor Cartridges, 8 ct", "Replacement Brush Heads" /
    "Refill Heads": one pack, two wordings; the count and the line words still decide."""
    if w not in REFILL_WORDS and w not in consumable:
        return False
    return _refill_pack(p) and _refill_pack(other)


# a line word, a word that says it is a series / generation / model, then its number:
# the other shop glues the line word to the number ("iO Series 9" / "iO9", "iO Gen 2" / "iO2")
_SERIES_MARKS = frozenset("series serie gen generation model mark mk no nr".split())


def glued_series(w: str, p, other) -> bool:
    """Is ``w`` (a word of p's title the other never prints) written glued there with
    its number: p prints ``w`` then (a series mark and) a number, the other prints the
    two as one word ("iO Series 9" / "iO9"); or p prints the glued word and the other
    the line word, a series mark and the number ("iO9" / "iO Series 9")?"""
    ws = p.words
    ow = other.wordset
    n = len(ws)
    if w.isalpha():
        for i, x in enumerate(ws):
            if x != w:
                continue
            j = i + 1
            if j < n and ws[j] in _SERIES_MARKS:
                j += 1
            if j < n and ws[j].isdigit() and w + ws[j] in ow:
                return True
        return False
    # a glued word: letters then digits
    k = 0
    while k < len(w) and w[k].isalpha():
        k += 1
    if k < 2 or k == len(w) or not w[k:].isdigit():
        return False
    line, num = w[:k], w[k:]
    owords = other.words
    for i, x in enumerate(owords):
        if x == line:
            j = i + 1
            if j < len(owords) and owords[j] in _SERIES_MARKS:
                j += 1
            if j < len(owords) and owords[j] == num:
                return True
    return False


# a count word after a number ("6 Pairs", "3 Pairs"): the pack count, compared by the pack rules
_PAIRS = frozenset("pair pairs paar paires pares paia".split())


def counted_pairs(w: str, p, other) -> bool:
    """Is ``w`` "pairs" right after a number the other offer states as its pack count or
    prints ("6 Pairs" / "6-Pack")?  ("Dumbbells (Pair)" / "(Single)": no number, a word
    of its own.)"""
    if w not in _PAIRS:
        return False
    ws = p.words
    packs = other.facets.get("pack", ())
    for i, x in enumerate(ws):
        if x == w and i and ws[i - 1].isdigit():
            v = int(ws[i - 1])
            if v in packs or ws[i - 1] in other.wordset:
                return True
    return False


# "60W Equivalent", "65 Watt Replacement", "60 Watt Eqv": what an LED lamp's wattage means
_EQUIVALENT = frozenset("equivalent equiv eqv equivalence replacement".split())


def _wattage(x: str) -> bool:
    if x in ("watt", "watts", "w"):
        return True
    return x.endswith("w") and x[:-1].replace(".", "", 1).isdigit() or \
        x.endswith("watt") and x[:-4].replace(".", "", 1).isdigit()


def wattage_equivalent(w: str, p, other) -> bool:
    """Is ``w`` "equivalent" right after a wattage ("60W Equivalent", "65 Watt
    Replacement")?  It says what the number is (the lamp replaces a 60 W one): no word
    of its own."""
    if w not in _EQUIVALENT:
        return False
    ws = p.words
    return any(x == w and i and _wattage(ws[i - 1]) for i, x in enumerate(ws))


# --------------------------------------------------------------------------
# a number one title prints bare and the other glued to its unit or count
# (``features._numbers_missing``)
# --------------------------------------------------------------------------
_PACK_SPELLINGS = frozenset("pack packs pk pck pkg count ct cnt pcs pc pieces piece stk st stuck ks".split())


def number_glued_otherwise(ws, i: int, p, other) -> bool:
    """Is the bare number ``ws[i]`` of p's title printed by the other title glued to its
    unit or count - the word after it in p ("12 fl oz" / "12floz": the same letters split
    otherwise), or a pack word where p states the number as its pack count ("Pack of 8" /
    "8pk", "24 Count" / "24ct")?  One number, two spellings; another number stays missing."""
    w = ws[i]
    if not w.isdigit():
        return False
    ow = other.wordset
    nxt = ws[i + 1] if i + 1 < len(ws) else ""
    if nxt.isalpha() and w + nxt in ow:
        return True
    if len(w) in (2, 4) and _year_range_short(w, ws, ow):
        return True
    cands = [t for t in ow if len(t) > len(w) and t.startswith(w) and t[len(w):].isalpha()]
    if not cands:
        return False
    if len(w) >= 2 and any(t[len(w):] in _UNIT_SUFFIXES for t in cands):
        # (a capacity or rating the other prints with its unit: "Atmos AG 65" / "Atmos AG 65L")
        return True
    if nxt in _UNIT_WRITTEN and any(t[len(w):] in _UNIT_WRITTEN[nxt] for t in cands):
        # (the unit written out after the number, abbreviated and glued by the other: "121 Fluid
        # Ounces" / "121oz", "1000 Amp" / "1000A")
        return True
    packs = p.facets.get("pack", ())
    try:
        v = int(w)
    except ValueError:
        return False
    # (the number is p's pack count, or p counts things with it - "120 Tissues per Box" /
    # "x 120ct": a plain noun after it, no unit)
    if v not in packs and not (nxt.isalpha() and len(nxt) >= 4 and not _UNITISH(nxt)) and not _nxm_count(w, p):
        return False
    return any(t[len(w):] in _PACK_SPELLINGS for t in cands)


def _nxm_count(w: str, p) -> bool:
    """Is the number ``w`` the count N of a multipack p's title writes "N x M<unit>" ("5 x 120g":
    five packages of 120 g - the other title's "120g x 5 pcs", "120g x 5개입")?  (session 22, ml22b)"""
    cleaned = p.facets.get("_cleaned") if p.facets else None
    return bool(cleaned) and _re.search(r"(?<![\w.*])" + w + r" \* {1,2}\d", cleaned) is not None


_UNIT_SUFFIXES = frozenset("l ml w v a mah ah mm cm qt".split())
# a unit written out -> its abbreviations glued to a number
_UNIT_WRITTEN = {}
for _abbr, _words in {("oz", "floz"): "ounce ounces fluid", ("lb", "lbs"): "pound pounds", ("qt",): "quart quarts",
                      ("ft",): "feet foot", ("in",): "inch inches", ("l",): "liter liters litre litres",
                      ("ml",): "milliliter milliliters millilitre millilitres", ("g",): "gram grams",
                      ("kg",): "kilogram kilograms", ("w",): "watt watts", ("v",): "volt volts",
                      ("a",): "amp amps ampere amperes", ("gal",): "gallon gallons", ("yd", "yds"): "yard yards",
                      ("m",): "meter meters metre metres",
                      # (session 18: an age in months, "0-6 Months" / "0-6m", as baby products print it)
                      ("m", "mo", "mos"): "month months"}.items():
    for _u in _words.split():
        _UNIT_WRITTEN[_u] = frozenset(_abbr)


def _year_range_short(w: str, ws, ow) -> bool:
    """A year range one title writes in full and the other in two digits each ("2019-2024" /
    "19-24", a car part's fit): ``w`` is a year of p's range whose short form the other
    prints, or a short year whose full form the other prints, the other year of the range
    alike."""
    if len(w) == 4 and w[:2] in ("19", "20"):
        full = [x for x in ws if len(x) == 4 and x[:2] in ("19", "20") and x.isdigit()]
        return len(full) >= 2 and all(x[2:] in ow for x in full)
    if len(w) == 2 and w.isdigit():
        short = [x for x in ws if len(x) == 2 and x.isdigit()]
        return len(short) >= 2 and all(("20" + x) in ow or ("19" + x) in ow for x in short)
    return False


_UNITISH = _re.compile(r"(?:fluid|inch|inches|feet|foot|pound|pounds|ounce|ounces|quart|quarts|gallon|gallons|liter|"
                       r"liters|litre|litres|watt|watts|volt|volts|amp|amps|hour|hours|mile|miles|year|years|"
                       r"month|months|day|days|minute|minutes|piece|pieces)$").match


# --------------------------------------------------------------------------
# the default audience ("Adult", "Unisex"): said by one shop, left out by the other
# --------------------------------------------------------------------------
DEFAULT_AUDIENCE = frozenset("adult adults unisex".split())
# the audiences a line makes its own products for: a title naming one of them is another product
# than the adult's ("Blue Buffalo ... Adult" / "... Puppy", "Giro ... Adult" / "... Youth")
OTHER_AUDIENCE = frozenset("""
puppy puppies kitten kittens junior juniors youth kids kid child children childrens toddler toddlers
baby babies infant infants senior seniors mature teen teens boys girls
""".split())
_GENDERED = frozenset("men mens man women womens woman ladies".split())


def default_audience(w: str, p, other) -> bool:
    """Is ``w`` the default audience ("Adult", "Unisex": who any product of the line is
    for unless it says otherwise) where the other title names no other audience?
    "Crocs Unisex-Adult Classic Clog" / "Crocs Classic Clog", "Purina Pro Plan Adult ... Dog
    Food" / "Pro Plan ... Dog Food"; not "Adult" / "Puppy", nor "Unisex" / "Women's"."""
    if w not in DEFAULT_AUDIENCE:
        return False
    ow = other.wordset
    if not OTHER_AUDIENCE.isdisjoint(ow):
        return False
    if w == "unisex" and not _GENDERED.isdisjoint(ow) and _GENDERED.isdisjoint(p.wordset):
        return False
    return True


# --------------------------------------------------------------------------
# "Rechargeable" of a powered device, not of a battery
# --------------------------------------------------------------------------
_POWERED = frozenset("electric electrical power powered cordless elektrisch elektrische electrique electrica "
                     "elettrico elettrica".split())
_RECHARGEABLE = frozenset("rechargeable wiederaufladbar rechargeables recargable ricaricabile".split())


def rechargeable_device(w: str, p, other, battery_words) -> bool:
    """Is ``w`` "rechargeable" of a device the other title calls electric, powered or
    cordless ("Sonicare 4100 Rechargeable Electric Toothbrush" / "Sonicare 4100 Power
    Toothbrush", "Oral-B iO9 Rechargeable Toothbrush" / "iO Series 9 Electric Toothbrush"),
    where neither title is about batteries?  A battery's chemistry is a product of its own
    ("Rechargeable AA" / "AA" alkaline), and so is a device the other title does not call
    powered ("Spot 400 Headlamp" / "Spot 400-R Rechargeable Headlamp")."""
    if w not in _RECHARGEABLE:
        return False
    if _POWERED.isdisjoint(other.wordset):
        return False
    return battery_words.isdisjoint(p.wordset) and battery_words.isdisjoint(other.wordset)


def powered_words_same(ra, rb) -> bool:
    """Two words of a substitution that both say the device runs on power - "Rechargeable"
    / "Power", "Electric" / "Power", "Cordless" / "Electric" (``_POWERED``): one device
    described twice ("Sonicare 4100 Rechargeable Electric Toothbrush" / "4100 Power
    Toothbrush"), no variant.  (Not "Manual" / "Electric", nor "Corded" / "Cordless".)"""
    if len(ra) != 1 or len(rb) != 1:
        return False
    x, y = ra[0], rb[0]
    pw = _POWERED | _RECHARGEABLE
    return x != y and x in pw and y in pw


# --------------------------------------------------------------------------
# sizes written as letters or as a range ("M/L", "L/XL", "Large/X-Large", "Black L")
# (``facets.facets_of``: the "dims" facet, compared as named sizes)
# --------------------------------------------------------------------------

_SIZE_TOKEN = r"(?:xxxl|xxl|xl|xs|xxs|s|m|l|small|medium|large|x-large|x large|xlarge|extra large|extra-large)"
_SIZE_RANGE = _re.compile(r"(?<![\w/])(" + _SIZE_TOKEN + r")\s?/\s?(" + _SIZE_TOKEN + r")(?![\w/])")
# (session 30, accw30: three sizes or more, "Assorted S/M/L" - a set of every size, itself one
# size of its own: no "Medium" of the line, as "M/L" is none)
_SIZE_SET = _re.compile(r"(?<![\w/])(" + _SIZE_TOKEN + r"(?:\s?/\s?" + _SIZE_TOKEN + r"){2,})(?![\w/])")
_X_SIZE = _re.compile(r"(?<![\w])(xxx|3x|xx|2x|x|extra)[\s-]?(large|small)\b")
# a size letter closing the title after a separator or a colour ("..., Black, L", "... - M")
_SIZE_LAST = _re.compile(r"(?:[,|(\-]\s*|\s)(xs|s|m|l|xl|xxl|xxxl)\)?\s*$")


def _size_value(tok: str) -> str:
    """A size token of ``_SIZE_TOKEN`` as its letters ("x-large" -> "xl"), read by the one size
    table (``_size_of_run``); a token it does not name ("xxs") as it is."""
    return _size_of_run(_re.split(r"[\s-]", tok)) or tok


def letter_sizes(cleaned: str, ws, colours) -> frozenset:
    """The named sizes a cleaned title states as letters: a range ("M/L", "Large/X-Large" ->
    ("size", "m/l"), one size of its own), or a size letter closing the title after a
    separator or a colour ("Tee, Black, L" -> ("size", "l")).  Empty for most titles."""
    out = set()
    if "/" in cleaned:
        for m in _SIZE_RANGE.finditer(cleaned):
            x, y = _size_value(m.group(1)), _size_value(m.group(2))
            if x != y:
                out.add(("size", x + "/" + y))
        if not out:
            for m in _SIZE_SET.finditer(cleaned):
                vals = [_size_value(v.strip()) for v in m.group(1).split("/")]
                if len(set(vals)) == len(vals):
                    out.add(("size", "/".join(vals)))
    if not out and ("large" in ws or "small" in ws):
        # ("X-Large", "Extra Large", "XX-Large", "X-Small": one size, not "Large" / "Small")
        for m in _X_SIZE.finditer(cleaned):
            x = m.group(1).replace(" ", "").replace("-", "")
            x = {"x": "x", "extra": "x", "xx": "xx", "2x": "xx", "xxx": "xxx", "3x": "xxx"}[x]
            out.add(("size", x + ("l" if m.group(2) == "large" else "s")))
    if not out and ws and ws[-1] in ("xs", "s", "m", "l", "xl", "xxl", "xxxl"):
        m = _SIZE_LAST.search(cleaned)
        if m and (len(ws) >= 2 and (ws[-2] in colours or ws[-2] in ("size", "sz")) or _re.search(r"[,|\-]\s*\w+\)?\s*$", cleaned)):
            out.add(("size", m.group(1)))
    return frozenset(out)


# --------------------------------------------------------------------------
# a word of the kind's name where the other title names no kind ("Smart *Cutting* Machine")
# --------------------------------------------------------------------------
def kind_modifier(w: str, p, other, category, variant_words, function_words) -> bool:
    """Is ``w`` a word right before a kind word of p's title ("Cricut Maker 3 Smart *Cutting*
    Machine", "Red Bull Sugarfree *Energy* Drink", "Wilson Evolution *Indoor* Game Basketball"),
    where the other title names no kind at all ("Cricut Maker 3", "Red Bull Sugar Free")?  It
    names the kind with it (what kind, for what use), not which product.  Not a variant word
    ("Mini", "Pro"), a facet's or a formulation's word (``named_words``: a scent, an edition,
    "Zero Sugar"), the second item of a bundle ("Premium + Privacy VPN") or a word inside a
    longer phrase ("Eau de Toilette Spray"); a title naming another kind stays what it is."""
    if not w.isalpha() or len(w) < 4 or w in variant_words or w in _named_words() or w in _CONCENTRATION:
        return False
    if any(v in category for v in other.wordset):
        return False
    # (and the other title names no variant or size of the line p does not: "AquaZoom 250/1
    # Oscillating Sprinkler" / "AquaZoom Compact 250/1" is another model, whatever the kind)
    of = p.fullvec
    for x in other.words:
        if x not in of and (x in variant_words or x in _LINE_SIZES):
            return False
    ws = p.words
    t = raw_lower(p)
    for i, x in enumerate(ws):
        if x == w and i + 1 < len(ws) and ws[i + 1] in category:
            # (not the second item of a bundle - "Premium + Privacy VPN" -, nor a word of a longer
            # phrase - "Eau de Toilette Spray")
            if i and (ws[i - 1] in _JOINS or ws[i - 1] in function_words):
                return False
            if "+ " + w in t or "+" + w in t or "& " + w in t:
                return False
            return True
    return False


_JOINS = frozenset("and with w plus und mit et avec y con e".split())
# words naming a smaller or bigger model of a line ("AquaZoom Compact", "Dyson V8 Slim")
_LINE_SIZES = frozenset("compact slim mini micro nano max maxi plus xl xxl large small big jumbo travel".split())
# a fragrance's concentration names the product ("Eau de Toilette" is no "Eau de Parfum")
_CONCENTRATION = frozenset("toilette parfum cologne perfume extrait intense".split())
# the words a facet (scent, colour, edition, refill ...) or a formulation phrase reads: filled by
# the modules that own them as they are imported (``wordclass``: ``formulation.phrase_words``;
# ``facets``: ``_FACET_WORDS``) - this module imports none of the matcher's (no import circle)
NAMED_WORDS: set = set()


def _named_words() -> set:
    return NAMED_WORDS


# --------------------------------------------------------------------------
# a series name before a colon, shortened by the other shop
# ("The Legend of Zelda: Tears of the Kingdom" / "Zelda Tears of the Kingdom")
# --------------------------------------------------------------------------
_WORD = _re.compile(r"[a-z0-9]+")
_SEPARATORS = _re.compile(r"\s[-|–(\[]|[|(\[,]")


def series_prefix_word(w: str, p, other, function_words) -> bool:
    """Is ``w`` a word of the series name p's title prints before a colon ("*The Legend of*
    Zelda: Tears of the Kingdom"), where the other title prints the whole subtitle after the
    colon (two words or more besides function words) and a word of the series name too
    ("Zelda Tears of the Kingdom")?  The other shop shortened the series' name; the subtitle
    names the product.  (Another subtitle - "Breath of the Wild" - is no such title.)"""
    raw = raw_lower(p)
    k = raw.find(":")
    if k <= 0:
        return False
    prefix = _WORD.findall(raw[:k])
    if not w.isalpha() or w not in prefix:
        return False
    rest = raw[k + 1:]
    m = _SEPARATORS.search(rest)
    sub = [x for x in _WORD.findall(rest[:m.start()] if m else rest) if x not in function_words]
    ow = other.wordset
    if len(sub) < 2 or not all(x in ow for x in sub):
        return False
    return any(x in ow for x in prefix if x not in function_words and x != w)


# --------------------------------------------------------------------------
# two forms of one word ("Charger" / "Charging"), tier words of the device a product fits
# ("... for MacBook Pro"), the default edition one shop names ("TEKKEN 8 PS5 Standard")
# --------------------------------------------------------------------------
_FORM_ENDINGS = ("", "e", "s", "es", "er", "ers", "ing", "ed")


def _stem_of(w: str) -> set:
    return {w[: len(w) - len(e)] for e in _FORM_ENDINGS if w.endswith(e) and len(w) - len(e) >= 5}


def word_forms_same(ra, rb) -> bool:
    """One word against one in a substitution, two forms of one stem of five letters or
    more ("Charger" / "Charging", "Cleaner" / "Cleaning", "Powered" / "Power"): one thing
    named twice.  ("Premium" / "Premier": no such ending.)"""
    if len(ra) != 1 or len(rb) != 1:
        return False
    x, y = ra[0], rb[0]
    return x != y and x.isalpha() and y.isalpha() and bool(_stem_of(x) & _stem_of(y))


_FOR_WORDS = frozenset("for fur pour para per compatible fits".split())


def tiers_of_device(tiers, p, other, canon) -> bool:
    """Is every word of p's title written for one of ``tiers`` a word of a "for ..." phrase
    naming the device the product fits ("Charger for MacBook *Pro* 16-inch"), a device the
    other title does not name at all?  The device's tier is no tier of the product; where
    the other names the device too ("Case for iPhone 15 Pro" / "Case for iPhone 15") its
    words are compared as they are."""
    ws = p.words
    ow = other.wordset
    found = False
    for i, w in enumerate(ws):
        if w in tiers or canon(w) in tiers:
            found = True
            j = i - 1
            while j >= 0 and ws[j] not in _FOR_WORDS and i - j <= 3:
                j -= 1
            if j < 0 or ws[j] not in _FOR_WORDS:
                return False
            if any(x in ow for x in ws[j + 1:i]):
                return False
    return found


DEFAULT_EDITIONS = frozenset("standard base regular".split())


def _inserted(prev: str, nxt: str, ows) -> bool:
    """Does the other title print ``prev`` right before ``nxt`` (or its plural / singular), so that
    a word between them in p's title is an insertion, not a substitution?"""
    for j in range(len(ows) - 1):
        if ows[j] == prev:
            y = ows[j + 1]
            return y == nxt or y == nxt + "s" or y + "s" == nxt
    return False


def default_edition_alone(tiers, p, other, other_tiers) -> bool:
    """Is p's only tier word the default edition ("TEKKEN 8 PS5 *Standard*", "Black Original Ink,
    *standard* yield") where the other title names no tier at all?  The shop that leaves the
    edition out sells the default one; another tier ("Deluxe", "Professional") on the other
    side stays a difference, and so does a word in the default's place between words both
    print ("Brita *Standard* Replacement Filter" / "Brita *Elite* Replacement Filter")."""
    if not tiers or not tiers <= DEFAULT_EDITIONS or other_tiers:
        return False
    ws, segs = p.words, p.segs
    n = len(ws)
    for i, w in enumerate(ws):
        if w in DEFAULT_EDITIONS:
            if i + 1 < n and not (segs is not None and segs[i + 1] != segs[i]):
                nxt = ws[i + 1]
                if nxt in other.wordset or nxt + "s" in other.wordset or nxt[:-1] in other.wordset:
                    # (between words both print: an insertion - "Reynolds Wrap Standard Aluminum
                    # Foil" / "Reynolds Wrap Aluminum Foil" - is the default; another word in its
                    # place - "Brita Standard / Elite Replacement" - is another product)
                    if not i or not _inserted(ws[i - 1], nxt, other.words):
                        return False
    return True


# --------------------------------------------------------------------------
# (session 22, en22) the formats a film or a series is sold in: a "Combo" of them is the pack of
# discs another shop lists one by one ("Top Gun Maverick Blu-ray/DVD Combo" / "Top Gun: Maverick
# [Blu-ray + DVD + Digital]", "4K Ultra HD Combo" / "[4K UHD + Blu-ray + Digital]")
# --------------------------------------------------------------------------
_MEDIA_FORMAT_OF = {"blu": "bluray", "bluray": "bluray", "dvd": "dvd", "uhd": "uhd", "4k": "uhd", "digital": "digital"}


def media_formats(ws) -> set:
    """The media formats the words ``ws`` name (Blu-ray, DVD, 4K UHD, digital copy)."""
    return {_MEDIA_FORMAT_OF[w] for w in ws if w in _MEDIA_FORMAT_OF}


def format_combo(w: str, p, other, combo_words) -> bool:
    """Is ``w`` a combo's word ("Combo") after a format p's title names, where the other title
    lists two formats or more ("Blu-ray/DVD Combo" / "[Blu-ray + DVD + Digital]")?  One pack."""
    if w not in combo_words or w not in p.words:
        return False
    return formats_listed(p.words[:p.words.index(w)], other.words)


def formats_listed(before, other_words) -> bool:
    """Do the words ``before`` a combo's word name formats, each listed by the other title with
    two formats or more ("Blu-ray/DVD" / "Blu-ray + DVD + Digital")?  ("Blu-ray/DVD Combo" /
    "4K UHD + Blu-ray + Digital": another pack.)"""
    mine = media_formats(before)
    listed = media_formats(other_words)
    return bool(mine) and len(listed) >= 2 and mine <= listed


# --------------------------------------------------------------------------
# (session 22, en22) a book's author, named by one shop ("Sunrise on the Reaping ... *by Suzanne
# Collins* (Hardback)", "*Bonnie Garmus* - Lessons in Chemistry Paperback"), and the kind a format
# implies ("A Novel" / "Hardback"): no word the other lacks - where both titles name a book
# --------------------------------------------------------------------------
BOOK_FORMATS = frozenset("paperback paperbacks hardcover hardback kindle audiobook".split())
_BOOK_KINDS = frozenset("book books novel".split())
_BOOK_WORDS = BOOK_FORMATS | _BOOK_KINDS


def book_wording(w: str, p, other) -> bool:
    """Is ``w``, in a title naming a book against another naming one, a word of its author's
    name - two or three words after "by" closing a segment, or a leading segment of two or three
    words before the title's own ("Bonnie Garmus - ...") - or the kind ("Novel", "Book") where
    the other names the book's format ("Hardback")?"""
    if _BOOK_WORDS.isdisjoint(p.wordset) or _BOOK_WORDS.isdisjoint(other.wordset):
        return False
    if w in _BOOK_KINDS:
        return not BOOK_FORMATS.isdisjoint(other.wordset)
    ws, segs = p.words, p.segs
    if segs is None or not w.isalpha() or w in _BOOK_WORDS:
        return False
    n = len(ws)
    for i, x in enumerate(ws):
        if x != w:
            continue
        # (after "by", to the end of its segment)
        j = i - 1
        while j >= 0 and i - j <= 3 and ws[j] != "by" and segs[j] == segs[i]:
            j -= 1
        if j >= 1 and ws[j] == "by" and segs[j] == segs[i]:
            e = j + 1
            while e < n and segs[e] == segs[j]:
                e += 1
            run = ws[j + 1:e]
            if 2 <= len(run) <= 3 and all(v.isalpha() and v not in _BOOK_WORDS for v in run):
                return True
        # (a leading segment of its own - where the other title's leading segment is not one of its own
        # too: two titles opening with two names the other lacks, the rest alike, name two works by one
        # author, "*Het diner* - Herman Koch - paperback" / "*Zomerhuis met zwembad* - Herman Koch -
        # paperback"; session 32, bm32)
        if segs[i] == segs[0]:
            run = [v for v, g in zip(ws, segs) if g == segs[0]]
            if (2 <= len(run) <= 3 and len(run) < n and all(v.isalpha() and v not in other.wordset for v in run)
                    and not _leads_own_segment(other, p)):
                return True
    return False


def _leads_own_segment(p, other) -> bool:
    """Does p's title open with a segment of its own (more segments follow) whose words the other
    title never prints?"""
    segs = p.segs
    if segs is None:
        return False
    run = [v for v, g in zip(p.words, segs) if g == segs[0]]
    return len(run) < len(p.words) and all(v not in other.wordset for v in run)


# (session 22, en22) a series' complete set named two ways: "The Complete Series" / "Complete
# Series Blu-ray Collection" - where both titles say "Complete Series".  (Not "Complete Seasons 1-8":
# a range of seasons may be all of them or not, "Seasons 1-4".)
_COMPLETE_SET_WORDS = frozenset(("collection",))


def complete_set_wording(w: str, p, other) -> bool:
    """Is ``w`` "Collection" in p's title naming "Complete Series", the other title printing
    "Complete Series" too?  One set of every season."""
    if w not in _COMPLETE_SET_WORDS or "complete" not in other.wordset or w not in p.wordset:
        return False
    return _complete_series(p.words) and _complete_series(other.words)


def _complete_series(ws) -> bool:
    return any(x == "complete" and i + 1 < len(ws) and ws[i + 1] == "series" for i, x in enumerate(ws))


# (session 22, en22) what a shop says about its sale, not the product: a bracketed "<shop>
# Exclusive" ("(Amazon Exclusive)") and a "with ... Offer" phrase closing the name ("with Refund
# Bonus Offer", "with Free Gift Promo")
_PROMO_CLOSERS = frozenset("offer offers promo promotion".split())


def sale_note(w: str, p, other) -> bool:
    """Is ``w`` a word of p's title in a segment of two or three words closed by "Exclusive", or
    between "with" and "Offer" / "Promo" (one to three words), where the other title prints none
    of those words?"""
    ws, segs = p.words, p.segs
    if segs is None or w not in p.wordset or ("exclusive" not in p.wordset and "with" not in p.wordset):
        return False
    ow = other.wordset
    n = len(ws)
    for i, x in enumerate(ws):
        if x != w:
            continue
        run = [v for v, g in zip(ws, segs) if g == segs[i]]
        if 2 <= len(run) <= 3 and run[-1] == "exclusive" and segs[i] != segs[0] and ow.isdisjoint(run):
            return True
        j = i
        while j >= 0 and ws[j] != "with" and i - j <= 3:
            j -= 1
        if j < 0 or ws[j] != "with":
            continue
        e = i
        while e < n and ws[e] not in _PROMO_CLOSERS and e - j <= 4:
            e += 1
        if e < n and ws[e] in _PROMO_CLOSERS and segs[e] == segs[j] and ow.isdisjoint(ws[j + 1:e + 1]):
            return True
    return False


# --------------------------------------------------------------------------
# two products joined in one title: a bundle, whether or not it says "Bundle"
# ("Photoshop & Premiere Elements 2024" / "Photoshop Elements + Premiere Elements Bundle")
# --------------------------------------------------------------------------
BUNDLE_WORDS = frozenset("bundle bundled".split())
_JOIN = _re.compile(r"\s(?:&|\+|and|with|w/)\s+([a-z][a-z0-9]*)")


def joins_products_of(cleaned: str, other_words) -> bool:
    """Does a cleaned title join two things with "&", "+", "and" or "with", both of them
    named in the other title too (the word before the join and the word after it)?  Such a
    title sells the two together - the bundle the other calls a "Bundle": "Adobe Photoshop &
    Premiere Elements 2024" / "Photoshop Elements 2024 + Premiere Elements 2024 Bundle",
    "Surface Pro Signature Keyboard with Slim Pen 2" / "... + Slim Pen 2 Bundle".  A thing the
    bundle title does not name ("... with Milk Frother" / "Bundle w/ Aeroccino3") stays apart,
    and so does a name joining three things or more."""
    if not cleaned:
        return False
    # (the name, before the title's first separator, joins two things once: a name listing three
    # or more - "Keyboard with Mouse and Mouse Pad and Flash Drive" - may hold one the bundle lacks)
    m0 = _SEPARATORS.search(cleaned)
    name = cleaned[:m0.start()] if m0 else cleaned
    joins = list(_JOIN.finditer(" " + name))
    if len(joins) != 1 or len(_re.findall(r"\s(?:&|\+|and|with|w/)\s", " " + name + " ")) != 1:
        return False
    m = joins[0]
    after = m.group(1)
    before = _WORD.findall((" " + name)[:m.start()])
    return bool(before) and after in other_words and before[-1] in other_words


# --------------------------------------------------------------------------
# session 18, English recall: words a shop adds about the listing, not the product
# --------------------------------------------------------------------------
# "Designed for iPhone 15 Pro" / "Compatible with iPhone 15 Pro" / "for iPhone 15 Pro": the words
# that say what device a product fits, before the word that names it ("for", "with")
_FIT_WORDS = frozenset("designed made built compatible suitable fits fitting".split())
_FIT_NEXT = frozenset("for with to".split())


def fitment_wording(w: str, p, other) -> bool:
    """Is ``w`` a word of a fitment phrase ("*Designed* for iPhone 15 Pro", "*Compatible* with
    iPhone 15 Pro", "*Made* for MacBook") - right before "for" / "with" / "to" - where the
    other title names the device the phrase names too (the word after the phrase's "for")?
    Two shops saying "fits" two ways; the device still decides."""
    if w not in _FIT_WORDS:
        return False
    ws = p.words
    ow = other.wordset
    for i, x in enumerate(ws):
        if x == w and i + 2 < len(ws) and ws[i + 1] in _FIT_NEXT and ws[i + 2] in ow:
            return True
    return False


# a shop's note on how the product is shipped: "(Frustration Free Packaging)", "Amazon Exclusive"
_PACKAGING_NOTES = (("frustration", "free", "packaging"), ("frustration", "free"), ("ffp",),
                    ("certified", "frustration", "free"))


def packaging_note(w: str, p) -> bool:
    """Is ``w`` a word of a shipping note ("Frustration Free Packaging", "Certified Frustration-Free":
    how a retailer boxes the product), no word of the product's name?"""
    ws = p.words
    n = len(ws)
    for note in _PACKAGING_NOTES:
        if w not in note:
            continue
        k = len(note)
        for i in range(n - k + 1):
            if tuple(ws[i:i + k]) == note:
                return True
    return False


# --------------------------------------------------------------------------
# a number one title prints bare, the other glued after a model's letters
# ("City Mini 2" / "City Mini GT2"): two models (``wordclass.variant_differs``)
# --------------------------------------------------------------------------
# letters glued before a number that name no model: a series or size mark, a multiplier
_NUMBER_MARKS = _SERIES_MARKS | frozenset("sz size gr xx ps pack pk ver rev vol".split())


def model_letters_glued(ra, rb, p, other) -> bool:
    """One word against one in a substitution: a bare number against the same number glued after
    two letters or more ("Mini *2*" / "Mini *GT2*", "Pro *3*" / "Pro *SE3*"), letters the bare
    title never prints?  The letters name another model of the line.  (Not a series or size
    mark - "Gen2", "Sz1" -, nor the line's own letters glued to its number, "iO Series 9" /
    "iO9", nor a single letter: "V2" / "2".)"""
    if len(ra) != 1 or len(rb) != 1:
        return False
    for x, y, q in ((ra[0], rb[0], p), (rb[0], ra[0], other)):
        if not x.isdigit() or not y.endswith(x) or y == x:
            continue
        letters = y[:-len(x)]
        if len(letters) >= 2 and letters.isalpha() and letters not in _NUMBER_MARKS \
                and letters not in q.wordset:
            return True
    return False


# --------------------------------------------------------------------------
# the interface a cable, adapter or hub connects ("USB-C to USB-A Cable" / "HDMI Cable")
# --------------------------------------------------------------------------
INTERFACES = {w: c for c, ws in {
    "usb": "usb usbc usb3 usb4", "hdmi": "hdmi", "displayport": "displayport dp minidp",
    "lightning": "lightning", "vga": "vga", "dvi": "dvi", "ethernet": "ethernet rj45",
    "thunderbolt": "thunderbolt", "sata": "sata", "aux": "aux", "xlr": "xlr", "toslink": "toslink optical",
}.items() for w in ws.split()}
_CONNECTS = frozenset("cable cables cord cords adapter adapters adaptor hub hubs dongle converter splitter "
                      "extension switch kvm".split())


def interfaces_apart(a, b) -> bool:
    """Do two titles of a cable, adapter or hub (both name one: ``_CONNECTS``) name interfaces
    with none in common ("Amazon Basics USB-C to USB-A Cable" / "Amazon Basics HDMI Cable")?
    Another connector is another product; a title naming no interface says nothing, and one
    naming two ("USB-C to HDMI Adapter") shares one with either."""
    wa, wb = a.wordset, b.wordset
    if _CONNECTS.isdisjoint(wa) or _CONNECTS.isdisjoint(wb):
        return False
    ia = {INTERFACES[w] for w in wa if w in INTERFACES}
    if not ia:
        return False
    ib = {INTERFACES[w] for w in wb if w in INTERFACES}
    return bool(ib) and ia.isdisjoint(ib)


def bare_capacity_apart(a, b) -> int:
    """1 where one title prints a bare number of 3 digits or more right after a word ("PowerCore
    *10000*") and the other, right after the same word, the same kind of figure with its unit
    glued on ("PowerCore *20000mAh*"): another value of as many digits, neither title printing
    the other's value anywhere.  The name's number is the capacity the other states, and the two
    differ.  Read both ways (``features._numbers_missing``), so the pair is a number conflict.
    (Not a year: 19xx, 20xx.)"""
    for x, y in ((a, b), (b, a)):
        xw, yw = x.words, y.words
        for i in range(1, len(xw)):
            w = xw[i]
            if not w.isdigit() or len(w) < 3 or len(w) == 4 and w[:2] in ("19", "20"):
                continue
            prev = xw[i - 1]
            for j in range(1, len(yw)):
                if yw[j - 1] != prev:
                    continue
                v = yw[j]
                k = len(w)
                if len(v) > k and v[:k].isdigit() and v[k:] in _CAPACITY_UNITS:
                    num = v[:k]
                    if num != w and num not in x.fullkeys and w not in y.fullkeys:
                        return 1
    return 0


_CAPACITY_UNITS = frozenset("mah wh w lm lumens gb tb mb l ml".split())


# --------------------------------------------------------------------------
# a continent in a product's name: its regional edition or map ("Ticket to Ride Europe")
# --------------------------------------------------------------------------
CONTINENTS = frozenset("europe asia africa".split())
# (session 32, bm32: and as German, French, Spanish, Italian, Dutch and Polish shops write them - "Zug um
# Zug *Europa*" / "Zug um Zug", "Les Aventuriers du Rail *Europe*")
CONTINENTS = CONTINENTS | frozenset("europa asien asie afrika afrique".split())
# words that say where a licence, a gift card or a plug is sold or used ("20 EUR", "UK plug"):
# then a continent is that region, compared as one (``synonyms.region_wording``)
_SALE_REGION = frozenset("eur euro euros usd gbp us usa uk eu global worldwide region plug key code "
                         "card steam psn xbox".split())


def continent_edition(w: str, p, other) -> bool:
    """Is ``w`` a continent p's title names ("Ticket to Ride *Europe* Board Game", "Pandemic
    *Asia*") that the other never names, where neither title is about a region of sale (a
    currency, a region code, a key, a card, a plug)?  A continent in a product's name names its
    regional edition or map: another product than the title without it."""
    if w not in CONTINENTS or w in other.wordset:
        return False
    return _SALE_REGION.isdisjoint(p.wordset) and _SALE_REGION.isdisjoint(other.wordset)


# --------------------------------------------------------------------------
# a number glued to a unit's or a multiplier's letter that the other prints as a word of its own
# ("1m" / "1 Meter", "6m" / "6 Months", "3x USB" / "3 USB") - no variant letter
# (``features._variant_suffix_misses``)
# --------------------------------------------------------------------------
def letter_written_apart(w: str, suf: str, p, other) -> bool:
    """Is the letter ``suf`` glued to number ``w`` in the other title a unit p writes out right after
    ``w`` ("(1 m)" / "1 Meter", "0-6m" / "0-6 Months"), or the other's "x" of a count before the word
    p prints right after ``w`` ("3x USB 3.0" / "3 USB 3.0 Ports")?  One figure, two spellings."""
    ws = p.words
    glued = w + suf
    ows = other.words
    for i in range(len(ws) - 1):
        if ws[i] != w:
            continue
        nxt = ws[i + 1]
        units = _UNIT_WRITTEN.get(nxt)
        if units is not None and suf in units:
            return True
        if suf == "x" and w.isdigit() and nxt.isalpha():  # (a count: "GDDR5X" / "GDDR5" is a model's letter)
            for j in range(len(ows) - 1):
                if ows[j] == glued and ows[j + 1] == nxt:
                    return True
    return False


def unit_word_glued(w: str, p, other) -> bool:
    """Is ``w`` a unit written out right after a number ("1 *Meter*", "0-6 *Months*", "1000 *Amp*")
    that the other title prints glued to the unit's abbreviation ("1m", "6m", "1000A")?  The word
    is the figure's unit, written otherwise: no word of its own."""
    units = _UNIT_WRITTEN.get(w)
    if units is None:
        return False
    ws = p.words
    ow = other.wordset
    for i in range(1, len(ws)):
        if ws[i] == w and ws[i - 1].isdigit() and any(ws[i - 1] + u in ow for u in units):
            return True
    return False


# "Nacho Cheese *Flavored* Tortilla Chips" / "Tortilla Chips Nacho Cheese", "Roasted Chicken *Flavor*":
# the word that says the words before it are the flavour or the scent
_FLAVOUR_MARKS = frozenset("flavored flavoured flavor flavour flavors flavours scented".split())


def flavour_mark(w: str, p, other) -> bool:
    """Is ``w`` "Flavored" / "Flavor" / "Scented" right after a word the other title prints ("Nacho
    Cheese *Flavored*" / "Nacho Cheese")?  It says what the flavour words are; the flavour itself
    is compared by the words before it."""
    if w not in _FLAVOUR_MARKS:
        return False
    ws = p.words
    ow = other.wordset
    return any(x == w and i and ws[i - 1] in ow and ws[i - 1].isalpha() for i, x in enumerate(ws))


# --------------------------------------------------------------------------
# the audience a game names ("Family Card Game", "Party Game for Kids & Family")
# --------------------------------------------------------------------------
_GAME_KINDS = frozenset("game games puzzle puzzles".split())
_GAME_AUDIENCE = frozenset("family".split())


def game_audience(ws, i: int) -> bool:
    """Is ``ws[i]`` "Family" naming who a game is for - right before the game's kind, with at most
    one word between ("*Family* Card Game", "*Family* Strategy Game"), or after "for" / "&" in a
    title naming a game ("Card Game for Kids & *Family*")?  A game's audience, said by one shop:
    no edition of it ("Microsoft 365 Family" names no game; "Family Size" is a pack)."""
    if ws[i] not in _GAME_AUDIENCE:
        return False
    n = len(ws)
    if i + 1 < n and ws[i + 1] in _GAME_KINDS or i + 2 < n and ws[i + 2] in _GAME_KINDS:
        return True
    return i > 0 and ws[i - 1] in ("for", "and", "kids") and not _GAME_KINDS.isdisjoint(ws)


# (session 22, en22) the field a program serves, named with a tier word: "Quicken Classic Premier
# | *Personal* Finance" is the Premier tier of a personal-finance program, no "Personal" tier
_PROGRAM_FIELDS = {"personal": frozenset("finance finances".split())}


def program_field(ws, i: int) -> bool:
    """Is ``ws[i]`` a tier word naming the field of a program with the word after it
    ("*Personal* Finance")?  ("Microsoft 365 Personal" names the tier.)"""
    fields = _PROGRAM_FIELDS.get(ws[i])
    return fields is not None and i + 1 < len(ws) and ws[i + 1] in fields


def game_audience_word(w: str, p) -> bool:
    """``game_audience`` at every place p's title prints ``w``."""
    ws = p.words
    places = [i for i, x in enumerate(ws) if x == w]
    return bool(places) and all(game_audience(ws, i) for i in places)


# --------------------------------------------------------------------------
# "Pre-Seasoned" cast iron: how a maker finishes every pan of the line, said by one shop
# --------------------------------------------------------------------------
_PRE_FINISHES = frozenset("seasoned".split())


def pre_finish(w: str, p) -> bool:
    """Is ``w`` a word of "Pre-Seasoned" ("Lodge 12-Inch *Pre-Seasoned* Cast Iron Skillet" / "Lodge
    Cast Iron Skillet 12 inch")?  The factory finish of a cast-iron line, not a product of its own.
    ("Seasoned Fries" - no "pre" - is a food's word.)"""
    if w != "pre" and w not in _PRE_FINISHES:
        return False
    ws = p.words
    return any(ws[i] == "pre" and ws[i + 1] in _PRE_FINISHES and w in (ws[i], ws[i + 1]) for i in range(len(ws) - 1))


# --------------------------------------------------------------------------
# session 20 (en20b): the genre a game's shop names beside its kind ("Pandemic *Cooperative
# Strategy* Game", "Codenames - *Word Party* Game", "Carcassonne *Tile-Laying* Game", "Catan
# *Strategy* Board Game", "UNO *Classic* Card Game", "Carcassonne Board Game (*Base* Game)")
# --------------------------------------------------------------------------
# (what kind of play a game offers, and "Classic" / "Base" - the game itself, no expansion nor
# edition -, only where they qualify the game's kind word: "Pandemic Legacy", "Catan Dice Game",
# "Catan Card Game" name other games, and neither "legacy" nor "dice" nor "card" is here)
_GAME_GENRES = frozenset("""
strategy strategic cooperative coop competitive party word trivia tile laying deck building worker
placement deduction deductive bluffing social abstract drafting dexterity negotiation trading economic
engine collection storytelling stacking drawing guessing bidding auction area control racing roll write
classic base
""".split())
# (the game's format words that may stand between a genre and the kind: "Strategy *Board* Game")
_GAME_FORMATS = frozenset("board card tabletop".split())


def game_genre(ws, i: int) -> bool:
    """Is ``ws[i]`` a genre word qualifying a game's kind word - followed, past genre and
    format words only, by "game" / "games" / "puzzle" ("*Cooperative Strategy* Game",
    "*Strategy* Board Game")?"""
    if ws[i] not in _GAME_GENRES:
        return False
    n = len(ws)
    j = i + 1
    while j < n and (ws[j] in _GAME_GENRES or ws[j] in _GAME_FORMATS):
        j += 1
    return j < n and j > i and ws[j] in _GAME_KINDS


# (a game's format: "Monopoly Classic *Board* Game" and "Monopoly Deal *Card* Game" are two games)
_GAME_FORMAT_CLASH = frozenset("board card dice".split())


def game_genre_word(w: str, p, other=None) -> bool:
    """``game_genre`` at every place p's title prints ``w``: a game's genre one shop names,
    no other game - unless the two titles name two formats of game (board / card / dice)."""
    if other is not None:
        fp, fo = _GAME_FORMAT_CLASH & p.wordset, _GAME_FORMAT_CLASH & other.wordset
        if fp and fo and fp.isdisjoint(fo):
            return False
    ws = p.words
    places = [i for i, x in enumerate(ws) if x == w]
    return bool(places) and all(game_genre(ws, i) for i in places)


# --------------------------------------------------------------------------
# session 20 (en20b): one word in British and American spelling ("Modelling" / "Modeling",
# "Personalised" / "Personalized", "Organiser" / "Organizer", "Centre" / "Center", "Catalogue" /
# "Catalog"): shops in the UK, Australia and the US name one product so
# --------------------------------------------------------------------------
_UK_US_ENDINGS = (
    # (British doubles a closing "l" before a suffix: "modelling", "travelled", "jeweller")
    ("lling", "ling"), ("lled", "led"), ("ller", "ler"), ("llers", "lers"),
    ("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"), ("iser", "izer"),
    ("isers", "izers"), ("isation", "ization"), ("yse", "yze"), ("ysed", "yzed"), ("yser", "yzer"),
    ("tre", "ter"), ("tres", "ters"), ("bre", "ber"), ("bres", "bers"), ("ogue", "og"), ("ogues", "ogs"),
)


def uk_us_spelling(w: str, p, other) -> bool:
    """Does the other title print ``w`` in the other country's spelling (``_UK_US_ENDINGS``, the
    word six letters or more, its stem before the ending three or more: "size" / "sise", "fibre" /
    "fiber", "litre" / "liter" are left to the unit and synonym tables)?"""
    if len(w) < 6 or not w.isalpha():
        return False
    forms = _uk_us_forms(w)
    return bool(forms) and not other.wordset.isdisjoint(forms)


@_cached(50_000)
def _uk_us_forms(w: str) -> tuple:
    """(session 25, speed) The spellings of ``w`` in the other country (``_UK_US_ENDINGS``, the
    stem before the ending three letters or more), memoised per word: a pair only asks whether
    the other title prints one of them."""
    forms = []
    for uk, us in _UK_US_ENDINGS:
        for x, y in ((uk, us), (us, uk)):
            if w.endswith(x) and len(w) - len(x) >= 3:
                forms.append(w[:-len(x)] + y)
    return tuple(forms)


# --------------------------------------------------------------------------
# session 20 (en20b): "Baby" / "Infant" said by one shop of a product the other sells by a baby's
# age in months ("Carter's *Baby* 5-Pack Bodysuits, 6M" / "Carter's 5 Pack Bodysuits 6 Months",
# "Bonds *Baby* Zip Wondersuit (0-3 months)" / "Bonds Zip Wondersuit 0-3M"): the age says who it is
# for, the audience word adds nothing
# --------------------------------------------------------------------------
_BABY_WORDS = frozenset("baby babys babies infant infants".split())
_AGE_IN_MONTHS = _re.compile(r"^\d{1,2}(?:m|mo|mos|mth|mths|month|months)$").match
_MONTH_WORDS = frozenset("m mo mos mth mths month months".split())


def _prints_months(p) -> bool:
    ws = p.words
    for i, w in enumerate(ws):
        if _AGE_IN_MONTHS(w) or (w in _MONTH_WORDS and i and ws[i - 1].isdigit()):
            return True
    return False


def baby_by_age(w: str, p, other) -> bool:
    """Is ``w`` "Baby" / "Infant" where the other title states the age in months and names no
    other audience ("Toddler", "Kids": ``OTHER_AUDIENCE`` but the baby's own words)?"""
    if w not in _BABY_WORDS:
        return False
    ow = other.wordset
    if any(x in ow for x in OTHER_AUDIENCE if x not in _BABY_WORDS):
        return False
    return _prints_months(other)


# --------------------------------------------------------------------------
# session 20 (en20b): the label before a baby formula's or a program's stage number ("Aptamil
# First Infant Milk *Stage* 1" / "Aptamil 1 First Infant Milk", "Stufe 2", "etape 2", "etapa 3"):
# the number is the stage, the label one shop's way of printing it
# --------------------------------------------------------------------------
_STAGE_LABELS = frozenset("stage stages stufe etape etapa fase fasi".split())


def stage_label(w: str, p, other) -> bool:
    """Is ``w`` a stage label each place p prints it right before a number the other title
    prints as a word of its own?"""
    if w not in _STAGE_LABELS:
        return False
    ws, ow = p.words, other.wordset
    places = [i for i, x in enumerate(ws) if x == w]
    return bool(places) and all(i + 1 < len(ws) and ws[i + 1].isdigit() and ws[i + 1] in ow for i in places)


# --------------------------------------------------------------------------
# session 20 (en20b): a model's scale ("1:64 Scale Die-Cast Cars", "1/18 scale", "1:24"): a spec of
# the model, as a size is - one shop printing it says nothing more; two scales stay two (the
# number rule reads "64" / "43")
# --------------------------------------------------------------------------
_SCALE = _re.compile(r"(?<![\w.])1\s?[:/]\s?(\d{1,3})(?![\w.:/])(\s?scale)?")


def _scales(p) -> tuple:
    """The denominators of the scales p's raw title prints ("1:64" -> "64"), a scale word after
    one or not; empty for most titles."""
    raw = raw_lower(p)
    if ":" not in raw and "/" not in raw:
        return ()
    return tuple(m.group(1) for m in _SCALE.finditer(raw) if m.group(2) or ":" in m.group(0))


def scale_spec(w: str, p, other) -> bool:
    """Is ``w`` the denominator of a scale p prints, or "scale" after one, where the other offer
    prints no scale?"""
    sc = _scales(p)
    if not sc or _scales(other):
        return False
    return w in sc or w == "scale"


# --------------------------------------------------------------------------
# session 20 (en20b): the name a maker gives a pack's size, before "Pack" / "Box" in a title that
# prints the count ("180 Nappies, *Monthly* Pack", "*Mega* Box 120", "*Value* Pack 64"): the count
# says which pack, the name is the shop's (a subscription's "Monthly" stands before no pack word)
# --------------------------------------------------------------------------
_PACK_SIZE_NAMES = frozenset("monthly mega giant super value saver bumper club jumbo economy bulk".split())
_PACK_NOUNS = frozenset("pack packs box boxes case tub".split())


def pack_size_name(w: str, p) -> bool:
    """Is ``w`` a pack size's name at each place p prints it, right before a pack noun, in a title
    that prints a count (a number of its own or glued to letters, not the name's)?"""
    if w not in _PACK_SIZE_NAMES:
        return False
    ws = p.words
    places = [i for i, x in enumerate(ws) if x == w]
    if not places or not all(i + 1 < len(ws) and ws[i + 1] in _PACK_NOUNS for i in places):
        return False
    return any(any(ch.isdigit() for ch in x) for x in ws)
