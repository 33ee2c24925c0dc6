"""Session 42, us42: near misses of US retailers' titles (Walmart, Amazon, Target, Best Buy, Home Depot,
Costco, CVS) read as principles.  A leaf module: plain word tables and small predicates the matcher's
modules call (``formulation``, ``facets``, ``accessory``, ``relations``, ``titles``).

* whom a product suits, said as a recommendation, is no children's version: "Perfect for Kids", "Gifts
  for Kids", "for Kids & Adults" (a "for" phrase after a praising or gift word, or naming grown-ups
  beside the children) - "Ninja CREAMi ... Perfect for Kids" is the CREAMi, "Crayola Colored Pencils
  (50ct), Coloring Pencils for Kids & Adults" the 50-count set; "Toothpaste for Kids" stays the kids'
  toothpaste (``recommended_audience``);
* "strips" name a toothpaste-like oral product only beside a tooth word ("Teeth Whitening Strips",
  "Whitestrips"): "Command ... 4 White Hooks and 6 Command Strips" names adhesive strips, and its
  "White" is the hooks' colour, no whitening line (``oral_strips``);
* a starter kit that lists the refills it holds ("Starter Kit - 1 Device + 2 Refills") against a
  starter kit naming its cartridges otherwise ("Starter Kit (1 Plug-in Base + 2 Cartridges)") is one
  kit, no refill against a kit (``kit_against_kit``);
* "Combo" and "Bundle" name one thing, the set sold together: "MK270 Wireless Keyboard And Mouse
  Combo" is the "MK270 ... Keyboard and Mouse Bundle" (``BUNDLE_WORDS``);
* a brand read from a title's later word is the model's name when the title opens with the other
  offer's brand: "Beats - Solo 4 ..." read "Solo" (the cups' maker) as its brand, and beside an offer of
  brand Beats it is Beats' (``opens_with_brand``);
* a video format's "+" is the format's name, no product's "plus" variant: "HDR10+" (``FORMAT_PLUS``).
"""
from __future__ import annotations

# words before "for" that make the phrase a recommendation, not the product's audience version
_PRAISE = frozenset("""
perfect great ideal gift gifts present presents fun best suitable good awesome excellent
""".split())
# grown-ups named beside the children in one "for" phrase, in the languages whose "for" the rule reads
# (session 42, fxus42: "teens" are no grown-ups - "Toothpaste for Kids & Teens" is the kids' toothpaste -
# and "family", "all", "everyone" name a size or a fit as often as an audience: "Sunscreen for Kids,
# Family Size", "Bandages for Kids, All One Size")
_GROWN = frozenset("""
adults adult grownups parents erwachsene erwachsenen eltern adultes adulte adultos adulto padres adulti genitori
""".split())
_FOR = frozenset("for fur pour para per".split())
_CHILD = frozenset("kids kid kidz children childrens child toddlers toddler boys girls".split())
# the joining words of "Kids and Adults" ("&", "+", "/" are no words of a cleaned title: "Kids & Adults"
# reads "kids adults")
_AND = frozenset("and und et y e".split())


def _grown_after(ws, j: int) -> bool:
    """Does a grown-ups word (or "grown ups") start at ``ws[j]``?"""
    if j >= len(ws):
        return False
    return ws[j] in _GROWN or (ws[j] == "grown" and j + 1 < len(ws) and ws[j + 1] == "ups")


def _grown_before(ws, j: int) -> int:
    """The start of a grown-ups word (or "grown ups") ending at ``ws[j]``, or -1."""
    if j < 0:
        return -1
    if ws[j] in _GROWN:
        return j
    if ws[j] == "ups" and j and ws[j - 1] == "grown":
        return j - 1
    return -1


def recommended_audience(ws, i: int) -> bool:
    """Is the children's word ``ws[i]`` inside a "for" phrase (at most 3 words before it) that
    recommends the product - a praising or gift word right before "for" ("Perfect for Kids", "Gifts
    for Kids") - or names grown-ups joined to the children ("for Kids & Adults", "for Adults and
    Kids": the grown-ups' word right beside the children's, or one joining word between)?"""
    lo = max(0, i - 3)
    f = -1
    for k in range(i - 1, lo - 1, -1):
        if ws[k] in _FOR:
            f = k
            break
    if f >= 0:
        if f and ws[f - 1] in _PRAISE:
            return True
        j = i + 1
        if j < len(ws) and ws[j] in _AND:
            j += 1
        if _grown_after(ws, j):
            return True  # ("for Kids & Adults")
    # ("for Adults and Kids", "for Grown-Ups & Kids": "for" right before the grown-ups)
    j = i - 1
    if j >= 0 and ws[j] in _AND:
        j -= 1
    g = _grown_before(ws, j)
    return g > 0 and ws[g - 1] in _FOR


_TOOTH = frozenset("teeth tooth whitening whitestrips whitestrip dental enamel crest".split())
_STRIPS = frozenset(("strips",))


def oral_strips(wset) -> bool:
    """Do a title's "strips" name an oral product (a tooth word beside them)?  A title whose only
    oral-context word is "strips" and no tooth word names adhesive, LED or test strips."""
    return not _TOOTH.isdisjoint(wset)


def kit_against_kit(wx, wy, kit_words) -> bool:
    """x names a refill as what its kit holds, y names no refill: is y a kit too (one of the kit
    words, "Starter Kit")?  ``wx``, ``wy``: the titles' words (cleaned).  The kit LISTS its refills as
    counted parts ("1 Device + 2 Refills"); a refill word no count stands before names the refill of
    that kit ("Stacking Kit WSTK1" / "Stacking Kit : White Refill": two products; review, session 42 -
    bench_nearmiss's "refill added" kept apart again)."""
    if kit_words.isdisjoint(wy) or kit_words.isdisjoint(wx):
        return False
    return any(w.startswith("refill") and (_count(wx, i - 1) or (_count(wx, i - 2) and wx[i - 1].isalpha()))
               for i, w in enumerate(wx))  # ("2 Refills", "2 erasure refills"; not "... 513983 Refill")


def _count(ws, i) -> bool:
    """Is ws[i] a count (one or two digits), not a code's digits?"""
    return i >= 0 and ws[i].isdigit() and len(ws[i]) <= 2


BUNDLE_WORDS = frozenset("bundle bundles".split())


def opens_with_brand(p, other_brand) -> bool:
    """Does p's title open with the other offer's brand while p's own brand (read from the title, no
    brand field naming it first) is a later word - "Beats - Solo 4" beside an offer of brand Beats?"""
    ws = p.words
    if not other_brand or not ws or not p.brand or p.brand == other_brand:
        return False
    if ws[0] != other_brand and "".join(ws[:2]) != other_brand:
        return False
    fc = p.full_compact or ""
    if "|" in fc and fc.split("|", 1)[1].startswith(p.brand):
        return False  # (a brand field names it: the shop's word, not a model's name read as a brand)
    return p.brand in ws[1:5] and p.brand != ws[0]


# video formats whose "+" is part of their name ("HDR10+")
FORMAT_PLUS = frozenset("hdr10 hdr".split())
