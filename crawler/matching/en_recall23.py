"""Session 23 (en): English words a shop adds or drops that name no other product.

Recall on English near-miss pairs: titles that agree on every identifying word but for
words of a kind one shop prints and the other leaves out.  Each rule here is a kind of word,
read against the other title, and each keeps the near misses of the issue apart (size, count,
colour, scent, flavour, edition, version, platform, model suffix, bundle vs single):

* ``activity_words`` - the sport, activity or terrain a product is made for, standing before
  its kind ("Road Bike Helmet", "Backpacking Stove", "Cycling Computer" = "Bike Computer",
  "Tennis Racket"): one title naming it and the other none is no disagreement; two titles
  naming two ("Road" / "Mountain", "Tennis" / "Squash") still are.
* ``leading_maker`` - a maker's or publisher's name of two or three words leading one title
  right before the word the other title opens with ("Games Workshop Citadel ..." /
  "Citadel ...", "Taylors of Harrogate Yorkshire Tea ..." / "Yorkshire Tea ..."): the
  one-word case is ``facets.lead_word_only``; no variant, tier, facet, kind or number word is
  ever read as such a name ("Extra Durable Magic Eraser" is no maker's "Extra Durable").
* kinds of grocery and pet products (``KINDS``), as ``wordclass.CATEGORY`` reads kinds: a kind
  one title names and the other leaves out is no identifying word ("Vegemite Spread 380g" /
  "Vegemite 380g Jar"), two kinds are two products ("Dog Treats" / "Dog Food").
* a degree adjective after an intensifier, hyphenated as shops print a feature
  ("Ultra-Compact"), joins ``wordclass.INTENSIFIED``: "Ultra" there is no variant.

The words excused are words of ``ids`` (p's identifying words) the other offer never prints;
``facets.identifying_ids`` takes them out (``excused``).
"""

from __future__ import annotations

from . import titles as T
from . import wordclass as W

# what ``facets`` knows, handed over when it imports this module (``bind``; a leaf module: no
# import of ``facets`` here, the import graph stays one way)
_FACETS = {"facet_words": frozenset(), "tiers": frozenset(), "sizes": frozenset(), "colours": frozenset(),
           "software": None}


def bind(facet_words, tiers, sizes, colours, software) -> None:
    """``facets`` hands over its facet words (colour, scent, edition, upgrade, refill, variant),
    tier words, named sizes, colour words and its test of a program's title."""
    _FACETS.update(facet_words=frozenset(facet_words), tiers=frozenset(tiers), sizes=frozenset(sizes),
                   colours=frozenset(colours), software=software)

# --- the activity a product is made for -----------------------------------------------------
# word -> its activity (words of one activity written otherwise share one class: a cycling
# computer is a bike computer).  Left out: words that are themselves a product or a model's
# name ("Basketball", "Trail" - Pegasus Trail is another shoe -, "Golf" balls? kept: "Golf
# Glove"), and words naming a variant of the same product ("Indoor" / "Outdoor").
ACTIVITY = {}
for _c, _ws in {
    "bike": "bike bikes bicycle bicycles cycling biking cyclist",
    "road": "road",
    "mountain": "mtb mountain",
    "running": "running jogging runner",
    "walking": "walking",
    "hiking": "hiking trekking",
    "backpacking": "backpacking",
    "camping": "camping camp",
    "tennis": "tennis",
    "squash": "squash",
    "badminton": "badminton",
    "golf": "golf",
    "boxing": "boxing",
    "swimming": "swimming swim",
    "yoga": "yoga",
    "fishing": "fishing",
    "hunting": "hunting",
    "climbing": "climbing",
    "skiing": "skiing ski",
    "gym": "gym workout",
}.items():
    for _w in _ws.split():
        ACTIVITY[_w] = _c
_ACTIVITY_WORDS = frozenset(ACTIVITY)
# (one activity in two words is one word written otherwise, for every reader of ``wordclass.SYNONYM``:
# "GPS Cycling Computer" / "GPS Bike Computer", "Camp Chair" / "Camping Chair")
W.SYNONYM.update({w: c for w, c in ACTIVITY.items() if w != c and c in ACTIVITY and w not in W.SYNONYM})


def _activity_classes(p) -> set:
    return {ACTIVITY[w] for w in p.wordset if w in ACTIVITY}


def activity_words(ids, p, other) -> set:
    """The words of ``ids`` that name the activity p is made for, standing before another word
    of p's title (a modifier of its kind: "Road Bike Helmet", not a title ending "... Road"),
    where the other title names no activity p's title does not ("Road" / "Mountain" stay apart)
    - the other naming the same activity in other words ("Bike" / "Cycling") or none."""
    hit = _ACTIVITY_WORDS.intersection(ids)
    if not hit:
        return set()
    mine = _activity_classes(p)
    if not _activity_classes(other) <= mine:
        return set()
    of = other.fullvec
    ws = p.words
    n = len(ws)
    out = set()
    for w in hit:
        if w in of:
            continue
        if all(i + 1 < n and ws[i + 1].isalpha() for i, x in enumerate(ws) if x == w):
            out.add(w)
    return out


# --- a maker's name of two or three words leading one title -----------------------------------
_NOT_A_NAME = None


def _not_a_name() -> frozenset:
    """Words never read as a leading maker's name: variant, tier and facet words (colour,
    scent, edition, upgrade, refill), sizes (``facets``), words of a kind, activities."""
    global _NOT_A_NAME
    if _NOT_A_NAME is None:
        _NOT_A_NAME = (_FACETS["facet_words"] | _FACETS["tiers"] | W.VARIANT | T.VARIANTS | frozenset(W.CATEGORY)
                       | _ACTIVITY_WORDS | _FACETS["sizes"] | W.INTENSIFIER | _MAKE_UP)
    return _NOT_A_NAME


# words that describe a food or a product's make-up, never a maker's name leading a title:
# "Multi Grain Cheerios", "Frosted Mini-Wheats", "Whole Wheat ..." name other products of the
# line (flavours are ``facets.SCENTS``: "Honey Nut Cheerios")
_MAKE_UP = frozenset("""
multi grain grains whole wheat oat oats rice corn bran frosted toasted roasted glazed salted unsalted
baked crunchy creamy chunky smooth crispy plain light lite low reduced diet zero sugar free fat
organic natural classic original extra super double triple mini maxi giant jumbo family size new
dual single twin mega all day night kids baby junior adult senior puppy kitten
""".split())


def _latin_only(p) -> bool:
    """Does p's title print letters of the English alphabet only (no other script, no
    diacritics: a leading run in another language is its kind, "Sữa tươi Vinamilk ...")?"""
    t = p.rawtitle
    return type(t) is str and all(c.isascii() or not c.isalpha() for c in t)


def leading_maker(ids, p, other) -> set:
    """The words of ``ids`` that are a maker's name of two or three words leading p's title,
    right before the word the other title opens with ("Games Workshop Warhammer 40K ..." /
    "Warhammer 40,000 ...", "Pepperidge Farm Goldfish ..." / "Goldfish ...").  Every word of
    the name plain letters and no variant, tier, facet, size or kind word; the word after it a
    name too (not a kind: "Travel Coffee Mug" / "Coffee Mug" is no maker's name), and at least
    one word of the name one the other offer never prints."""
    ws, ows = p.words, other.words
    if len(ws) < 3 or not ows:
        return set()
    first = ows[0]
    if first == ws[0] or first not in ws[2:4]:
        return set()
    k = ws.index(first)
    if k < 2 or k > 3 or not first.isalnum() or first in W.CATEGORY or first in W.FUNCTION:
        return set()
    if p.widf.get(first, 0.0) < 7.0:
        return set()  # (the other opens with a common word, "Dual Swing Arm Wall Mount": no name)
    if not (_latin_only(p) and _latin_only(other)):
        return set()
    run = ws[:k]
    bad = _not_a_name()
    of = other.fullvec
    if any(not w.isalpha() or w in bad for w in run):
        return set()
    if run[-1] in W.FUNCTION or run[0] in W.FUNCTION:
        return set()
    out = {w for w in run if w in ids and w not in of}
    return out


# --- kinds of grocery and pet products --------------------------------------------------------
KINDS = {
    "spread": "spread spreads",
    "pet treats": "treats chews dentals",
    "crackers": "crackers",
    "cookies": "cookies",
}
W.CATEGORY.update({w: c for c, ws in KINDS.items() for w in ws.split() if w not in W.CATEGORY})

# --- a degree adjective after "Ultra" / "Super" ---------------------------------------------------
W.INTENSIFIED = W.INTENSIFIED | frozenset(("compact",))


# --- the unit a pack is counted in ---------------------------------------------------------------
# "3 Pairs", "4 Tubes", "12 Pads", "1 Ream (500)", "Wallet of 8", "64 oz. Container": the noun a
# count or an amount is printed with names how the pack is counted, not which product it is (the
# count itself is compared as a facet: "3 Pairs" / "2 Pairs" stay apart)
COUNT_NOUNS = frozenset("""
pair pairs tube tubes pad pads ream reams wallet wallets container containers tub tubs
""".split())


def count_nouns(ids, p, other) -> set:
    """The words of ``ids`` that are a pack's counting noun (``COUNT_NOUNS``) p's title prints
    right after a number or an amount ("3 Pairs", "64oz Container") or before "of" and a number
    ("Wallet of 8"), where the other title prints no counting noun p's title lacks."""
    hit = COUNT_NOUNS.intersection(ids)
    if not hit:
        return set()
    of = other.fullvec
    if any(x in COUNT_NOUNS and x not in p.wordset for x in other.wordset):
        return set()
    ws = p.words
    n = len(ws)
    out = set()
    for w in hit:
        if w in of:
            continue
        for i, x in enumerate(ws):
            if x != w:
                continue
            if i and ws[i - 1][0].isdigit():
                out.add(w)
                break
            if i + 2 < n and ws[i + 1] == "of" and ws[i + 2].isdigit():
                out.add(w)
                break
    return out


# --- "Premium" qualifying a word both titles print ------------------------------------------------
# "Energizer MAX Premium Alkaline AA Batteries" / "Energizer Max Alkaline AA", "Heineken Premium
# Lager" / "Heineken Lager Beer", "Double A Premium Paper A4" / "Double A Copy Paper A4": a shop's
# praise of the thing both titles name, not a tier of it - where the other title names no tier, and
# never in a program's or a subscription's title ("Windows 7 Home Premium", "Spotify Premium")
QUALITY_CLAIMS = frozenset(("premium",))


_AFTER_CLAIM = None


def _not_after_claim() -> frozenset:
    """Words that, right after "Premium", make it a line's name: ``_not_a_name`` but kinds."""
    global _AFTER_CLAIM
    if _AFTER_CLAIM is None:
        _AFTER_CLAIM = _not_a_name() - frozenset(W.CATEGORY)
    return _AFTER_CLAIM


def quality_claim(tiers, p, other) -> bool:
    """Is every tier word of ``tiers`` p's title prints a quality claim (``QUALITY_CLAIMS``)
    standing right before a plain word the other title prints too - no tier, no variant word -,
    in a title that is no program's?"""
    if not tiers <= QUALITY_CLAIMS:
        return False
    software = _FACETS["software"]
    if software is None or software(p.wordset) or software(other.wordset):
        return False
    ws = p.words
    n = len(ws)
    ows = other.wordset
    found = False
    for i, w in enumerate(ws):
        if w not in tiers:
            continue
        found = True
        if i + 1 >= n:
            return False
        nxt = ws[i + 1]
        if not nxt.isalpha() or nxt not in ows or nxt == p.brand or nxt in _not_after_claim():
            return False  # (a line's word after it is the line's name: "Microplane Premium Classic Zester")
        if i and _names_model(ws[i - 1]):
            # (session 32, dev32: right after a model's code "Premium" names the model's tier, no praise -
            # "Kärcher K5 Premium Power Control" is another washer than "K5 Power Control")
            return False
    return found


def _names_model(w: str) -> bool:
    """A word of letters and digits that is no amount ("k5", "x60"; not "1kg", "500ml")."""
    return not w.isalpha() and not w.isdigit() and any(c.isalpha() for c in w) and not T.is_unit_token(w)


# --- "Genuine Accessory", "Official GoPro Accessory": the maker's word for its own part --------------
_OWN_MARKS = frozenset("official genuine original oem authentic".split())
_ACCESSORY_WORDS = frozenset(("accessory", "accessories"))


def own_accessory(ids, p, other) -> set:
    """"Accessory" where p's title says the part is the maker's own: right after "Official",
    "Genuine", "Original" (a brand's word between: "Official Meta accessory"), and the other
    title names no other kind that p's lacks - a shop's label for a part both name."""
    hit = _ACCESSORY_WORDS.intersection(ids)
    if not hit:
        return set()
    of = other.fullvec
    ws = p.words
    out = set()
    for w in hit:
        if w in of:
            continue
        ok = False
        for i, x in enumerate(ws):
            if x != w:
                continue
            before = ws[max(0, i - 2):i]
            if not before or not _OWN_MARKS.intersection(before):
                ok = False
                break
            if len(before) == 2 and before[1] not in _OWN_MARKS and before[0] not in _OWN_MARKS:
                ok = False
                break
            ok = True
        if ok:
            out.add(w)
    return out


def excused(ids, p, other) -> set:
    """The words of ``ids`` (p's identifying words) the rules of this module excuse against
    ``other`` (module docstring)."""
    out = activity_words(ids, p, other)
    lead = leading_maker(ids, p, other)
    if lead:
        out = out | lead
    if not _ACCESSORY_WORDS.isdisjoint(ids):
        out = out | own_accessory(ids, p, other)
    if not COUNT_NOUNS.isdisjoint(ids):
        out = out | count_nouns(ids, p, other)
    colours = _colour_words()
    if not colours.isdisjoint(ids):
        of = other.fullvec
        one = {w for w in ids & colours if w not in of and finish_colour(w, p, other, colours)}
        if one:
            out = out | one
    if _ABBREVIATION_HINT.intersection(ids) or _ABBREVIATION_HINT.intersection(other.wordset):
        out = out | colour_abbreviated(ids, p, other)
    return out


# --- a colour on one side only: more kinds whose colour is a finish ---------------------------
# ``wordclass.closing_colour`` excuses a colour one title closes on, the other naming none,
# only where the colour is a device's, a garment's or a housewares item's finish
# (``wordclass._FINISH_KINDS``): chargers, cables, cookware and more such kinds here.  Not
# consumables, whose colour is the product (ink, toner, film, pens, brush heads, paper).
FINISH_KINDS = frozenset("""
adapter adapters cable cables cord cords hub hubs dock docks stand mount tripod gimbal
skillet skillets pan pans cookware cooker cookers cooler coolers grill grills oven ovens
fan fans heater heaters purifier humidifier stroller strollers tent tents pillow pillows
knife knives peeler stapler staplers scale
""".split())
# (not added to ``wordclass._FINISH_KINDS``: there a plain word before such a kind would be
# read as a mere description too, ``wordclass._device_modifier``, and before a cable, a grill or
# a peeler it names the product: "Lightning Cable" / "USB-C Cable", "Propane Grill" / "Gas Grill")


def finish_colour(w: str, p, other, colours: frozenset) -> bool:
    """``wordclass.closing_colour`` for the kinds of ``FINISH_KINDS``: ``w`` a colour only p's
    title prints, the other offer naming none and no plain word p's title lacks, no model number
    on p's side only, standing where a title states its colour (closing the title or one of its
    parts, before another colour, a kind or a shop's word; never first) - read strictly (no kind
    phrase of the other's excused, no marketing word or size beside the colour)."""
    return W.closing_colour(w, p, other, colours, FINISH_KINDS, strict=True)


# --- a colour abbreviated as shops list it ------------------------------------------------------
# "Blk" / "Black", "Wht" / "White", "SS" / "Stainless Steel": the same colour written otherwise
COLOUR_ABBREVIATIONS = {"blk": ("black",), "wht": ("white",), "gry": ("gray", "grey"), "slvr": ("silver",),
                        "ss": ("stainless",)}


def colour_abbreviated(ids, p, other) -> set:
    """The words of ``ids`` that are a colour p's title abbreviates and the other offer writes
    out, or writes out where the other abbreviates it ("Blk" / "Black", "Blk/SS" / "Black /
    Stainless Steel")."""
    out = set()
    of = other.fullvec
    for w in ids:
        full = COLOUR_ABBREVIATIONS.get(w)
        if full is not None:
            if any(x in of for x in full):
                out.add(w)
        elif w in _SPELLED_OUT:
            if any(x in of for x in _SPELLED_OUT[w]):
                out.add(w)
    return out


_SPELLED_OUT: dict = {}
for _a, _fs in COLOUR_ABBREVIATIONS.items():
    for _f in _fs:
        _SPELLED_OUT.setdefault(_f, []).append(_a)

_ABBREVIATION_HINT = frozenset(COLOUR_ABBREVIATIONS)


def _colour_words() -> frozenset:
    return _FACETS["colours"]
