"""How much of a product a title sells, read once (session 26, packs26).

A title states its quantity in three ways: how many packages ("3 Pack", "9 Flip-Top Packs", "9x
Pop-Top Packs", "4 Cube Boxes"), how many items each holds ("100 Sheets/Pad", "65 Tissues per Box",
"100 Blatt pro Block"), and the total ("504 Wipes", "1200 Sheets", "240 ct").  Packages times items
per package is the total: "100 Sheets/Pad, 12 Pads/Pack" sells 1200 sheets, as "1200 Sheets" does.

The pack reader of ``facets`` (``_PACK_N``: "100 sheets", "12 pack", "80 ct"; ``multipliers``: the
multipack's N) reads each number alone; this module reads what joins them:

- ``package_counts``: the multipacks written as a count of packages with a word between ("9
  Flip-Top Packs", "3 Travel Packs") or an "x" glued to the count ("9x Pop-Top Packs") - more of
  ``facets.multipliers``;
- ``per_unit_totals``: the totals of "N <items> per <holder>" and "M <holders>" (the items of
  every holder: "100 Sheets/Pad, 12 Pads" is 1200 sheets), read as counts of the title too;
- ``pack_against_total``: a multipack that states no count of its own ("Wipes, 3 Pack") against a
  title that states a total of items ("Wipes, 168 Wipes") cannot be compared: the total is the
  pack's when each package holds total / N (168 = 3 x 56) - no conflict then; a total the pack
  count cannot divide (100 wipes in 3 packs) is another product.

A leaf module (``re`` only): ``facets`` calls it on a cleaned title (``titles.clean``: lower case,
"ö" as "o", "2 x 4" as "2 * 4")."""
from __future__ import annotations

import re

# the nouns of a package, singular and plural, in the languages of ``facets._PACK_N`` (EN DE FR ES IT NL)
_HOLDER_FORMS = {
    "pack": "pack packs packung packungen paquet paquets paquete paquetes confezione confezioni pak pakken",
    "box": "box boxes boxen schachtel schachteln boite boites caja cajas scatola scatole doos dozen",
    "pad": "pad pads block blocke bloc blocs",
    "roll": "roll rolls rolle rollen rouleau rouleaux rollo rollos rotolo rotoli rol rollen",
    "tub": "tub tubs dose dosen",
    "canister": "canister canisters",
    "case": "case cases",
    "bag": "bag bags beutel sachet sachets bolsa bolsas",
    "sleeve": "sleeve sleeves",
    "tube": "tube tubes",
}
HOLDER_OF = {w: k for k, ws in _HOLDER_FORMS.items() for w in ws.split()}
_HOLDER_ALT = "|".join(sorted(HOLDER_OF, key=len, reverse=True))
# what "each" is written as between a count and its package: "100 Sheets/Pad", "65 Tissues per Box",
# "100 Blatt pro Block", "je Packung", "100 feuilles par bloc", "100 hojas por bloc"
_PER = r"(?:\s?/\s?|\s(?:per|pro|je|par|por|a|each)\s)"
# "N [items] per <holder>": N items in each package (the items' noun is one word or none)
# (session 32, sp32, speed: here and in ``_HOLDER_N`` the look-behind comes after the count's first digit -
# "(?<![\w.*])(\d{1,4})" is "(\d(?<![\w.*]\d)\d{0,3})", the same matches and groups - so that the engine
# scans for digits instead of trying the look-behind at every position)
_PER_UNIT = re.compile(r"(\d(?<![\w.*]\d)\d{0,3})\s?([a-z]{2,}\s?)?" + _PER + r"(" + _HOLDER_ALT + r")\b")
# (session 34, sp34, speed) ``_PER_UNIT.findall`` of the text last asked about: ``facets.facets_of`` asks
# ``per_unit_totals`` and ``per_package_counts`` of one title in a row (and ``per_unit_counts``,
# ``quantity_numbers`` read a title again) - one scan, ~7 us, instead of two.  (A pure function of the text:
# the pair (text, matches) is one tuple, replaced whole.)
_LAST_PER_UNIT: tuple = ("", ())


def _per_units(cleaned: str) -> tuple:
    """``tuple(_PER_UNIT.findall(cleaned))``, the last text's kept."""
    last = _LAST_PER_UNIT
    if last[0] == cleaned:
        return last[1]
    found = tuple(_PER_UNIT.findall(cleaned))
    globals()["_LAST_PER_UNIT"] = (cleaned, found)
    return found
# "M [word] <holders>": M packages, with one word between ("9 Flip-Top Packs", "4 Cube Boxes") or
# none ("12 Pads"), an "x" glued to the count or not ("9x Pop-Top Packs")
_HOLDER_N = re.compile(r"(\d(?<![\w.*/]\d)\d{0,2})\s?x?\s{1,2}(?:([a-z]+(?:-[a-z]+)?)\s)?(" + _HOLDER_ALT + r")\b")
# the plural packages that make a multipack ("9 Flip-Top Packs"; not "12 Pads", "6 Rolls": a count
# of the items' holders, compared as counts)
_MULTI_PACKAGES = frozenset(("pack", "box", "tub", "canister"))
# the words a count of packages is not read across: a unit ("6 oz packs"), "of" ("pack of")
_NOT_BETWEEN = frozenset("oz ml l g kg lb lbs fl cl of de x per pro je par por mit and und et y".split())


def _holders(cleaned: str) -> dict:
    """{holder: {M}}: how many packages of each kind the title counts ("12 Pads", "9 Flip-Top Packs")."""
    out: dict = {}
    for n, mid, h in _HOLDER_N.findall(cleaned):
        if mid and mid in _NOT_BETWEEN:
            continue
        k = HOLDER_OF[h]
        if h == k and k not in ("pack", "box"):
            continue  # (a singular counts one package, "1 Roll"; "3 pack" / "4 box" are multipacks)
        v = int(n)
        if v >= 1:
            out.setdefault(k, set()).add(v)
    return out


def package_counts(cleaned: str) -> frozenset:
    """The multipack counts (>= 2) a cleaned title writes as a count of packages with a word between
    or an "x" glued on ("9 Flip-Top Packs", "9x Pop-Top Packs", "4 Cube Boxes") - what
    ``facets.multipliers`` reads besides its "3 pack" / "pack of 3"."""
    if not ("pack" in cleaned or "box" in cleaned or "tub" in cleaned or "canister" in cleaned):
        return frozenset()
    out = set()
    for m in _HOLDER_N.finditer(cleaned):
        n, mid, h = m.groups()
        if (mid and mid in _NOT_BETWEEN) or HOLDER_OF[h] not in _MULTI_PACKAGES:
            continue
        v = int(n)
        # (plural packages: "4 Box" alone may be a set's name, "2 Capacity Box" a box's size)
        if 2 <= v <= 99 and h != HOLDER_OF[h]:
            out.add(v)
    return frozenset(out)


def per_unit_totals(cleaned: str) -> frozenset:
    """The totals of items a cleaned title implies: N items per package times M packages ("100
    Sheets/Pad, 12 Pads/Pack" = 1200; "65 Tissues per Box, 4 Boxes" = 260), over two levels of
    packages (sheets per pad, pads per pack, packs).  Empty when the title names no count of
    packages to multiply."""
    if "/" not in cleaned and " p" not in cleaned and " je " not in cleaned and " a " not in cleaned \
            and " each " not in cleaned:
        return frozenset()
    per = [(int(n), (noun or "").strip(), HOLDER_OF[h]) for n, noun, h in _per_units(cleaned)]
    if not per:
        return frozenset()
    counts = _holders(cleaned)
    out = set()
    for _ in range(2):
        for n, noun, h in per:
            for m in tuple(counts.get(h, ())):
                if n >= 2 and m >= 2:
                    out.add(n * m)
                    k = HOLDER_OF.get(noun)
                    if k:
                        counts.setdefault(k, set()).add(n * m)  # ("12 Pads/Pack, 3 Packs": 36 pads)
    return frozenset(out)


# a count named the total: "(768 Wipes Total)", "Total 240", "insgesamt 120 Stück", "240 au total",
# "en total", "in totale"; or in brackets right after a count of packages: "12 Flip-Top Packs (768
# Wipes)" - a count of each package is written before its packages ("80 Count (Pack of 3)")
_TOTAL_AFTER = re.compile(r"(?<![\w.*])(\d{1,5})\s?(?:[a-z]+\s)?(?:total|gesamt|insgesamt|au total|en total|in totale|totaal)\b")
_TOTAL_BEFORE = re.compile(r"\b(?:total|gesamt|insgesamt)\s(?:of\s)?(\d{1,5})(?![\w.])")
_TOTAL_BRACKET = re.compile(r"(?<![\w.*])\d{1,3}\s?x?\s{1,2}(?:[a-z]+(?:-[a-z]+)?\s)?(?:" + _HOLDER_ALT
                            + r")\s?\(\s?(\d{1,5})\s?[a-z]")


def stated_totals(cleaned: str) -> frozenset:
    """The counts a cleaned title names as its total of items ("12 Flip-Top Packs (768 Wipes
    Total)", "9 Packs (504 Wipes)", "insgesamt 120 Stück")."""
    out = {int(x) for x in _TOTAL_AFTER.findall(cleaned)} if "tot" in cleaned or "gesamt" in cleaned else set()
    if "tot" in cleaned or "gesamt" in cleaned:
        out.update(int(x) for x in _TOTAL_BEFORE.findall(cleaned))
    if "(" in cleaned:
        out.update(int(x) for x in _TOTAL_BRACKET.findall(cleaned))
    out.discard(0)
    return frozenset(out)


def quantity_numbers(cleaned: str) -> frozenset:
    """The numbers a cleaned title writes as a count of packages or of items per package ("12"
    and "100" of "100 Sheets/Pad, 12 Pads/Pack"; "9" of "9 Flip-Top Packs") when it joins them
    into a count (``per_unit_totals``, ``package_counts``): quantities, no model numbers."""
    out = set(package_counts(cleaned))
    if per_unit_totals(cleaned):
        out.update(int(n) for n, _, _ in _per_units(cleaned))
        for ms in _holders(cleaned).values():
            out.update(ms)
    return frozenset(out)


def per_unit_counts(cleaned: str) -> frozenset:
    """The counts of items in each package a cleaned title writes ("100" of "100 Sheets/Pad", "65" of
    "65 Tissues per Box")."""
    if "/" not in cleaned and " p" not in cleaned and " je " not in cleaned and " a " not in cleaned \
            and " each " not in cleaned:
        return frozenset()
    return frozenset(int(n) for n, _, _ in _per_units(cleaned))


def per_package_counts(cleaned: str) -> frozenset:
    """The counts of one package a cleaned title writes with "per" ("200 per Pack", "65 Tissues per
    Box", "100 Stück pro Packung"): the count "200/Pack" is (``facets._PACK_N`` reads that one)."""
    if " p" not in cleaned and " je " not in cleaned and " a " not in cleaned and " each " not in cleaned:
        return frozenset()
    return frozenset(int(n) for n, _, h in _per_units(cleaned) if HOLDER_OF[h] in ("pack", "box") and int(n) >= 2)


# "pair": two of a product sold one by one ("Two-Way Radio ... Pair" = "2-Pack"), not the one pair
# of goods made in pairs (footwear, socks, gloves, earrings), nor the verb ("pairs with", "pair to")
_PAIR = re.compile(r"(?<!\d)\b(?:a\s)?pair\b(?!\s(?:with|to|up|it|them|your|easily|and)\b)(?!-)")
_IN_PAIRS = frozenset("""
socks sock gloves glove mittens shoes shoe boots boot sandals slippers sneakers trainers earrings earring
insoles laces shoelaces pants trousers jeans shorts tights stockings leggings briefs skis ski chopsticks
glasses sunglasses goggles cufflinks studs hoops wipers wiper pliers scissors tongs earbuds earphones
headphones airpods tweezers crutches skates
""".split())


def pair_count(cleaned: str, ws) -> int:
    """2 when a cleaned title sells a pair of a product sold one by one ("Two-Way Radio Camouflage
    Pair", "Headsets Pair"), else 0 (no "pair", "1 Pair", "2 Pairs", "Pair with", or goods made in
    pairs - "Socks, Pair" is one pair)."""
    if "pair" not in cleaned or not _IN_PAIRS.isdisjoint(ws) or "pairs" in ws:
        return 0
    for m in _PAIR.finditer(cleaned):
        before = cleaned[:m.start()].rstrip()
        if before[-1:].isdigit() or before.endswith(("one", "ein", "per", "/")):
            continue
        return 2
    return 0


def pack_against_total(mult, own_counts, other_counts) -> bool:
    """Is a multipack that states no count of its own (``own_counts`` empty) checkable against the
    other title's total of items?  Not when a total is a whole number of items in each of its
    packages (168 wipes in 3 packs: 56 each): the two titles then state two sides of one
    quantity.  True (comparable: another product) when no total fits any multiplier."""
    if own_counts or not other_counts:
        return True
    return not any(c % n == 0 and c // n >= 2 for n in mult for c in other_counts)
