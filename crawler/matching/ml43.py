"""Session 43 (ml43): conflicts the rules did not read, so that a pair of two products is decided before
the learned stage is asked - the false pairs the "kinds" retrain (session 42, ml42) joined that
``cf42`` left. Principles that hold in every shop and language:

* **a single serving against a pack** - a cup on one side, a pack of two or more with no cup on the
  other ("MAMA cup tom yum" / "MAMA tom yum pack 10");
* **"with" a nut or fruit on one side** - a food sold "with whole hazelnuts" against the same line
  naming no such ingredient ("Alpen Gold milk with whole hazelnut" / "Alpen Gold milk"): another recipe;
  the nut the phrase's head (not "with Hazelnut Filling", "with Almond Oil": a description);
* **a bundled part on one side** - a device "incl." / "with" an attachment the other title does not
  name (a milk frother with a capsule machine, a surface cleaner with a pressure washer: "Essenza Mini
  com Aeroccino" / "Essenza Mini Coffee Machine", "K 4 Power Control Home inkl. Flächenreiniger" /
  "K 4 Power Control"): a kit, priced as one;
* **assorted against one colour** - "assorted" / "sortiert" / "multicolour" on one side, one colour on
  the other ("fine point markers assorted 5ct" / "fine tip marker - black - 5 pack");
* **two lengths in metres** - "20 m" against "30 meter": the cleaner leaves a number and the word
  "meter" / "metre" / "metros" two words, so no length reader compared them ("GARDENA Comfort FLEX
  Schlauch ... 20 m" / "Gardena Comfort FLEX tuinslang 1/2\" 30 meter").

A leaf module: ``variants.form_conflict`` asks ``apart`` of two prepared offers (their folded words),
a conflict read as another form of the product (reason "form"), as it asks ``cf42``.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------- a single serving against a pack
_CUP = frozenset("cup cups becher kubek kubki kelimek tasse tassen vaso vasos copo copos".split())
_PACK = frozenset("pack packs pk packung pakiet balenie confezione".split())


def _pack_of(ws) -> int:
    """The count a title's "pack 10" / "10 pack" / "10-pack" prints (0 none)."""
    best = 0
    for i, w in enumerate(ws):
        if w in _PACK:
            for j in (i - 1, i + 1):
                if 0 <= j < len(ws) and ws[j].isdigit():
                    best = max(best, int(ws[j]))
        m = re.fullmatch(r"(\d+)(?:pack|pk|er)", w)
        if m:
            best = max(best, int(m.group(1)))
    return best


_COUNTED = re.compile(r"\b\d+\s*[x\u00d7]\s*\d|\bpacks?\s+of\s+\d|\b\d+\s*-?\s*(?:er|packs?|pk|ct|count|"
                      r"st(?:u|\u00fc)ck|pcs|pieces|set)\b", re.I)


def _counted(x) -> bool:
    """Does a title print a count of its own - "Pack of 12", "12 Pack", "8 x 200 g", "3er Pack", "2er Set"?"""
    return _pack_of(x.words) > 0 or bool(_COUNTED.search(x.rawtitle or ""))


def _served(ws) -> bool:
    """A cup word naming the serving, not a name around it: "K-Cup" (a letter before it) is a pod's name."""
    return any(w in _CUP and not (i and len(ws[i - 1]) == 1 and ws[i - 1].isalpha()) for i, w in enumerate(ws))


def _cup_apart(x, y) -> bool:
    # (session 43, fxml43: only when the cup side prints no count of its own - "Noodle Soup Cup, Pack of 12" /
    # "12 Pack" is one product -, "cups" read as "cup", a "K-Cup" no serving)
    return (_served(x.words) and y.wordset.isdisjoint(_CUP) and _pack_of(y.words) >= 2
            and not _counted(x))


# ---------------------------------------------------------------- "with" a nut or fruit on one side
_WITH = frozenset("with w mit avec con com z s met med".split())
_NUT = frozenset("hazelnut hazelnuts nut nuts nuss nusse nusses haselnuss haselnusse haselnussen hazelnoot "
                 "hazelnoten noisette noisettes nocciola nocciole almond almonds mandel mandeln amande amandes "
                 "mandorla mandorle peanut peanuts erdnuss erdnusse cashew cashews pistachio pistachios walnut "
                 "walnuts raisin raisins rosinen orzech orzechami orzechy migdaly rodzynki ореха фундук "
                 "фундуком миндаль изюм".split())


_AND = frozenset("and und et e y i en och og".split())


def _with_nut(ws) -> bool:
    """A "with" phrase whose head is a nut or a fruit - the last word of the phrase, not a word describing
    another ("with Hazelnut Filling", "with Almond Oil" name a filling and an oil: a description)."""
    for i, w in enumerate(ws):
        if w not in _WITH:
            continue
        for j in range(i + 1, min(i + 4, len(ws))):
            if ws[j] in _NUT:
                nxt = ws[j + 1] if j + 1 < len(ws) else ""
                if not nxt or any(c.isdigit() for c in nxt) or nxt in _AND:
                    return True
                break
    return False


def _names_nut(ws) -> bool:
    """A nut word, or one glued into a compound ("Wholenut", "Vollnuss")."""
    return any(w in _NUT or any(w.endswith(n) for n in _NUT if len(n) >= 3 and len(w) > len(n)) for w in ws)


_SIZE = re.compile(r"[\d.,]+[a-z]*|[a-z]{1,2}")


def _slot_word(ws) -> str:
    """The name's last word, sizes, counts and fill words left off ("Alpen Gold Mint 85 g": "mint")."""
    from .wordclass import FILLER

    for w in reversed(ws):
        if _SIZE.fullmatch(w) or w in FILLER:
            continue
        return w
    return ""


# the kind a plain bar's name closes with ("Alpen Gold молочный", "ΙΟΝ Σοκολάτα Γάλακτος": the milk one)
_PLAIN_KIND = frozenset("milk melk vollmilch lait latte mleczna mlecna dark puur zartbitter noir fondente gorzka "
                        "horka white weiss blanc bianco".split())


def _nut_apart(x, y) -> bool:
    # (session 43, fxml43: only when the plain side fills that slot with a variant word of its own - the last
    # name word, one the nut side does not print, or the plain bar's kind closing its name, "Alpen Gold
    # молочный" -, no nut glued into a compound on it: "Ferrero Rocher 200g" and "Chunky Monkey Ice Cream"
    # are the nut's own product, "Dairy Milk Wholenut" names its nut)
    if not _with_nut(x.words) or _names_nut(y.words):
        return False
    from .wordclass import CATEGORY, MARKETING

    w = _slot_word(y.words)
    if w in _PLAIN_KIND:
        return True
    return bool(w) and w not in x.wordset and w not in CATEGORY and w not in MARKETING


# ---------------------------------------------------------------- a bundled part on one side
# (an attachment sold on its own, named after "incl." / "with" in a device's title)
_INCL = frozenset("inkl incl including includes inklusive incluye incluido inclus avec with mit com con met "
                  "z w".split())
_PART = frozenset("aeroccino aerocino flachenreiniger".split())
# (session 43, fxml43: a milk frother in an espresso machine's title - "with Milk Frother", "mit
# Milchaufschäumer", "con spumalatte" - is the machine's own steam wand, no part sold on its own; and a line
# whose name carries the bundle - "Citiz&Milk", "K 4 ... Home" - prints it on both sides)
_BUNDLE_LINE = frozenset("milk home".split())


def _bundled(ws) -> frozenset:
    out = set()
    for i, w in enumerate(ws):
        if w in _INCL:
            out.update(v for v in ws[i + 1:i + 3] if v in _PART)
    return frozenset(out)


def _part_apart(x, y) -> bool:
    parts = _bundled(x.words)
    return (bool(parts) and y.wordset.isdisjoint(parts) and y.wordset.isdisjoint(_PART)
            and not (x.wordset & y.wordset & _BUNDLE_LINE))


# ---------------------------------------------------------------- assorted against one colour
_ASSORTED = frozenset("assorted assortiert sortiert multicolor multicolour multicolored multicoloured assortis "
                      "surtidos assortiti".split())


_NOT_PRODUCT = frozenset("box boxes case cases packaging label labels lid lids cap caps tub".split())


def _colours(ws) -> set:
    """The colours a title prints in its colour slot - not a colour naming the box ("24 Count Black Box")."""
    from .titles import COLOURS

    return {w for i, w in enumerate(ws) if w in COLOURS and not (i + 1 < len(ws) and ws[i + 1] in _NOT_PRODUCT)}


def _assorted_apart(x, y) -> bool:
    return (not x.wordset.isdisjoint(_ASSORTED) and y.wordset.isdisjoint(_ASSORTED) and len(_colours(y.words)) == 1
            and not _colours(x.words))


# ---------------------------------------------------------------- two lengths in metres
_METRE = frozenset("meter meters metre metres metro metros metri metrow metrov metru metry".split())


_FEET = re.compile(r"(\d+(?:\.\d+)?)(?:ft|feet|foot)")
_FEET_WORDS = frozenset("ft feet foot".split())


def _lengths(ws) -> frozenset:
    """The lengths in metres a title prints - "20m" (the cleaner's token) and "30 meter" (a number before
    the word in any language, which the cleaner leaves two words)."""
    out = set()
    for i, w in enumerate(ws):
        m = re.fullmatch(r"(\d+(?:\.\d+)?)m", w)
        if m:
            out.add(float(m.group(1)))
        elif w in _METRE and i and re.fullmatch(r"\d+(?:\.\d+)?", ws[i - 1]):
            out.add(float(ws[i - 1]))
    return frozenset(out)


def _feet(ws) -> frozenset:
    """The lengths in feet a title prints, in metres ("50 ft (15.2 m)": 15.24)."""
    out = set()
    for i, w in enumerate(ws):
        m = _FEET.fullmatch(w)
        if m:
            out.add(float(m.group(1)) * 0.3048)
        elif w in _FEET_WORDS and i and re.fullmatch(r"\d+(?:\.\d+)?", ws[i - 1]):
            out.add(float(ws[i - 1]) * 0.3048)
    return frozenset(out)


def _near(la, lb) -> bool:
    """Two lengths within ~3 % - one length rounded two ways ("15.2 m" / "15 m", "3 m" / "3.05 m")."""
    return any(abs(x - y) <= 0.03 * max(x, y) for x in la for y in lb)


def _lengths_apart(a, b) -> bool:
    la, lb = _lengths(a.words), _lengths(b.words)
    if not (la and lb) or _near(la, lb):
        return False
    # (a feet figure printed beside the metres read too: "50 ft (15.2 m)" / "15 m")
    return not _near(la | _feet(a.words), lb | _feet(b.words))


def _shared_code(a, b) -> bool:
    """Do the two titles print one model code / MPN? Then these readers never part them (session 43, fxml43)."""
    return bool(a.allcodes & b.allcodes) or bool(a.mpn and a.mpn == b.mpn)


def apart(a, b) -> bool:
    """Do two prepared offers name two products by one of the principles above?"""
    if _shared_code(a, b):
        return False
    if _cup_apart(a, b) or _cup_apart(b, a):
        return True
    if _nut_apart(a, b) or _nut_apart(b, a):
        return True
    if _part_apart(a, b) or _part_apart(b, a):
        return True
    if _assorted_apart(a, b) or _assorted_apart(b, a):
        return True
    return _lengths_apart(a, b)
