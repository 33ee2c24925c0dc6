"""Session 41 (wr41): wrong "same" left in the development files, read as conflicts that hold in every shop.

* ``kit_battery_apart`` (a row of ``variants.SLOT_READERS``): a cordless tool's kit code says which
  batteries come in the box.  DeWalt glues a battery letter and a count on the tool's code - "DCD796*M2*"
  is the DCD796 with two 4.0 Ah packs, "*D2*" with two 2.0 Ah, "*P2*" two 5.0 Ah, "*C2*" two 1.3 / 1.5 Ah,
  "*S2*" two 1.5 Ah, "*E2*" two 1.7 Ah (POWERSTACK), "*L2*" 3.0 Ah, "*H2*" 5.0 Ah (POWERSTACK), "*T2*" 6.0 Ah,
  "*X2*" 9.0 Ah (FlexVolt); a "T" after the count is the TSTAK case, "-QW" / "-GB" the region.  A title
  printing the kit code against one printing the bare tool code with batteries of another capacity
  ("DCD796M2 ... Kit" / "DCD796 ... with 2 x 2.0Ah Batteries") names two kits of one drill - whatever the
  shop, whatever the language: the letter is the maker's, the "Ah" every shop's.  Read only when the other
  title states a capacity and none of its capacities is the letter's, and the kit title states none the
  letter contradicts (a shop's own error is no evidence either way).  A conflict whatever model number
  both print (2.0: the tool's code is shared, the kit is not).

* ``kit_word_inserted`` (a row of ``variants.SLOT_READERS``): a kit's name word - Kärcher's "Home", the
  pressure washer sold with a surface cleaner and detergent - on one side, between two words of the name the
  other title prints next to each other ("K4 Power Control *Home* Hochdruckreiniger" / "K4 Power Control
  Hochdruckreiniger"), read as ``md40.inserted_variant`` reads a variant word, alone (right after a word the
  other prints: "Whole Home Mesh" describes the mesh) and after the model's number both print (a word with a
  digit: "Smart Home Thermostat" names no kit).

* ``care_plan_one_side`` (a row of ``variants.SLOT_READERS``): one title sells a maker's paid care or protection
  plan with the device ("Samsung Galaxy S24 Ultra 256GB - Samsung *Care+* 2 Year Warranty", "with AppleCare+",
  "HP Care Pack", "Protection Plan"), the other names none: the device and a service bought with it against the
  device alone - two prices, whatever the shop (a shop's free warranty note is no plan: ``titles.warranty_dropped``
  keeps the words of a title naming one).  A conflict whatever model number both print (2.0).

This module imports no matcher module but ``md40`` (a leaf, as it); ``variants`` gives the rows.
"""

from __future__ import annotations

import re

from . import md40 as _md40

# DeWalt's battery letters: the capacity (Ah) of each pack of the kit (one letter may be two capacities
# over the years: the compact "C" packs were 1.3 Ah, later 1.5 Ah)
_DEWALT_PACK = {
    "c": (1.3, 1.5), "s": (1.5,), "e": (1.7,), "d": (2.0,), "l": (3.0,), "m": (4.0,), "p": (5.0,),
    "h": (5.0,), "t": (6.0,), "x": (9.0,),
}
# a DeWalt tool's kit code: "dc" and one or two letters, three or four digits, the battery letter and
# the count; a TSTAK "t" and a region tail may follow ("DCD796P2-QW", "DCD777S2T")
_DEWALT_KIT = re.compile(r"(?<![a-z0-9])(dc[a-z]{1,2}\d{3,4})([cselmdphtx])([1-4])t?(?:-[a-z]{2})?(?![a-z0-9])")
# a battery capacity as shops write it: "2.0Ah", "2,0 Ah", "5Ah", "2x2AH"
_AH = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d)?)\s?ah(?![a-z])")


def _capacities(text: str) -> set:
    return {float(m.group(1).replace(",", ".")) for m in _AH.finditer(text)}


def _raw(p) -> str:
    t = p.rawtitle
    return t.lower() if isinstance(t, str) else ""


def kit_battery_apart(a, b) -> bool:
    """Does one title print a DeWalt kit code ("DCD796M2": the tool, two 4.0 Ah packs) and the other the
    tool's bare code ("DCD796"), stating battery capacities none of which is the kit letter's ("2 x
    2.0Ah"), where the kit's own title states no capacity but the letter's?  ``a`` / ``b`` have
    ``rawtitle``."""
    ra, rb = _raw(a), _raw(b)
    if "dc" not in ra or "dc" not in rb or "ah" not in ra + rb:
        return False
    for x, y in ((ra, rb), (rb, ra)):
        for m in _DEWALT_KIT.finditer(x):
            base, letter = m.group(1), m.group(2)
            kit = base + letter + m.group(3)
            if kit in y or not re.search(r"(?<![a-z0-9])" + base + r"(?![a-z0-9])", y):
                continue
            packs = _DEWALT_PACK[letter]
            if "flexvolt" in x + y or "54v" in x + y:
                # (attack41a: a FlexVolt pack is stated at 18 V or at 54 V - the "T" kit's 6.0 Ah is 2.0 Ah at
                # 54 V, the "X" kit's 9.0 Ah 3.0 Ah: "DCS575T2 54V XR FlexVolt" / "DCS575 ... 2 x 2.0Ah")
                packs = packs + tuple(round(c / 3, 1) for c in packs)
            stated = _capacities(y)
            if not stated or not stated.isdisjoint(packs):
                continue
            if not _capacities(x) <= set(packs):
                continue
            return True
    return False


# a kit's name word inside a model's name (Kärcher's "Home" kits: the machine with a surface cleaner)
_KIT_WORDS = frozenset(("home",))


def kit_word_inserted(a, b) -> bool:
    """Does one title print a kit's name word (``_KIT_WORDS``) inside the name, right after a word the other
    prints and before one the other prints next to it, after the model's number (a word with a digit) both
    print?  ``a`` / ``b`` have ``words``, ``wordset``, ``rawtitle``."""
    sa, sb = a.wordset, b.wordset
    if _KIT_WORDS.isdisjoint(sa ^ sb):
        return False
    return (_kit_word_in(a.words, b.words, sb, _raw(a), _KIT_WORDS & (sa - sb))
            or _kit_word_in(b.words, a.words, sa, _raw(b), _KIT_WORDS & (sb - sa)))


def _kit_word_in(ws, other_ws, other_set, raw, mine) -> bool:
    if not mine:
        return False
    for i, w in enumerate(ws):
        if w not in mine:
            continue
        # right after a word the other prints (no other word inserted with it: "Whole Home Mesh" describes the
        # mesh), the model's number (a word with a digit) the other prints before it
        if i == 0 or ws[i - 1] not in other_set:
            return False
        if not any(any(ch.isdigit() for ch in x) and x in other_set for x in ws[:i]):
            return False
    return _md40._inserted(ws, other_ws, other_set, raw, mine)


# a maker's paid care / protection plan ("AppleCare+", "Samsung Care+", "HP Care Pack", "Protection Plan")
# (not "Care Pack" alone: a skin or baby "Care Pack" is a gift set)
_CARE_PLAN = re.compile(r"applecare|(?<![a-z])care\s?\+|hp\s+care\s?pack|protection\s+plan")


def care_plan_one_side(a, b) -> bool:
    """Does exactly one title name a paid care or protection plan (``_CARE_PLAN``)?  ``a`` / ``b`` have
    ``rawtitle``."""
    ra, rb = _raw(a), _raw(b)
    if "care" not in ra + rb and "plan" not in ra + rb:
        return False
    pa, pb = _CARE_PLAN.search(ra) is not None, _CARE_PLAN.search(rb) is not None
    if pa == pb:
        return False
    # (attack41a: the plan written out on the other side is that plan - "+ Samsung Care+" / "with Samsung Care
    # Plus", "Care +")
    return _CARE_PLUS.search(rb if pa else ra) is None


_CARE_PLUS = re.compile(r"(?<![a-z])care\s?(?:\+|plus(?![a-z]))")


# --------------------------------------------------------------------------------------------------
# A garden's water timer, a kind of its own in the shops' languages: attack39w's "Gardena Comfort
# Bewässerungscomputer Flex" / "Gardena Comfort Flex tuyau d'arrosage" were joined because the tables knew the
# hose ("tuyau d'arrosage") and no kind of the other's one word, and the shared line words ("Comfort Flex") read
# as agreement.  Two kinds named are two products; a kind unknown on one side is no kind at all.
# --------------------------------------------------------------------------------------------------
_KINDS = {
    "water timer": "bewasserungscomputer bewasserungsuhr bewasserungssteuerung besproeiingscomputer "
                   "watertimer wassertimer",
}

_KIND_PHRASES = {
    "water timer": ("water timer", "water computer", "irrigation computer", "irrigation controller",
                    "irrigation timer", "programmateur d arrosage", "ordinateur d arrosage",
                    "centralina irrigazione", "centralina di irrigazione", "centralina per irrigazione",
                    "programador de riego", "programador riego", "sterownik nawadniania"),
}


# A cord is a cable: attack37's "Samsung 25W Travel Adapter EP-TA800 (adapter only)" / "... EP-TA800 + Type-C
# Cord" was one product, where "+ Type-C Cable" is the adapter bundled with a second accessory
# (``accessory.bundled_with``): English "cord" (French "cordon" is already the cable's) joins the cable's class.
_PART_CLASSES = {"cable": "cord cords"}


def install(W) -> None:
    """Merge the tables above into ``wordclass`` (``W``); free words only (as ``ou39.install``, ``md40.install``)."""
    W.install_block(_KINDS, _KIND_PHRASES, None)
    add = {w: c for c, ws in _PART_CLASSES.items() for w in ws.split() if w not in W.ACCESSORY and not W.word_taken(w)}
    W.ACCESSORY = {**W.ACCESSORY, **add}
