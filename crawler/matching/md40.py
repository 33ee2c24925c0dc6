"""Session 40 (md40): a variant the other offer lacks, read where it stands - rows of ``variants.SLOT_READERS``.

A shared model number (or a shared number the model tier reads as one: "PowerCore 10000", a weight
range "22.1-44 lbs") is evidence for the model, not for its variant.  The title tier already asks the
two titles for the same variant words (``variant_conflict``); the model tier asks only the slot right
around the shared number (``variants._slots_differ``), which excuses a size word ("XL") and never sees a
variant word away from the number ("Simparica *Trio* Chewables ... 22.1-44 lbs").  The readers here:

* ``inserted_variant``: a variant word (the matcher's own as ``prepared`` reads them per offer - pro, max,
  plus, ultra, mini, lite, xl ..., an intensifier such as "Super Fast" none - and the line words trio, redux,
  xxl) printed on ONE side inside the name - the title's first part, before " - ", ",", "(" -, between two
  words the other title prints next to each other ("NexGard *PLUS* Chewables" / "NexGard Chewables", "O11
  Dynamic EVO *XL* Black" / "O11 Dynamic EVO Black"), or closing the name where the other closes with the
  word before it: the other shop wrote the name without a gap there, so the word is no reordering and no
  dropped marketing word, it names another model.  At most two words inserted with the variant word last
  ("PD Redux"; "Ultra-lightweight Wireless", "Air Zoom", "Air Fryer": a variant word before another word the
  other lacks describes that word, as one hyphen-joined to the next, "Ultra-Portable"; a "+" standing alone,
  "Black + Turquoise", joins two words); the neighbours words of the name (not "for", "with"); a garment size
  ("XL") never closing a title.  A long model number both print (5+ characters, a digit, as a word or as a
  code starting with a word holding a digit: "AP400U", "B760M-A", "76269"), or one printing the other's with
  a maker's tail ("CE8598" / "CE859800"), names the product and excuses the word.
* ``glued_variant``: a model number on one side that is the other's model number with a variant tail glued
  on ("AT2020" / "AT2020*USB+*", "ATH-M50x" / "ATH-M50x*BT2*"): the tail a variant word, or "usb" / "bt" with
  a digit or a "+" after it (a bare "USB", "IM600USB" / "IM600", may be a shop's note of the one model); the
  other title printing the longer code anywhere excuses it.
* ``lens_sizes_differ``: an eyewear frame's lens width in the notations of its kind - "50-22" / "50\u25a122"
  (lens-bridge), "54mm", "54 mm", a bare width after the frame code and colour ("RB2140 901 54") - differs
  ("RB2140 901 50-22" / "RB2140 901 54mm"); read only in titles of eyewear (a frame maker's word or code,
  a kind word of glasses in the shops' languages); a conflict whatever model number both print (2.0).
* ``kit_counts_differ``: a kit's contents as counts of parts joined by "+" ("2 TX + 1 RX + Charging
  Case" / "1 TX + 1 RX"): one part counted differently on the two sides (units and memory, "8 GB + 256
  GB", are no parts).
* ``instructions_alone``: one title names a set's building instructions ("LEGO 42115 ... Instructions
  Booklet Only", "Bauanleitung"), not after "with", the other none (2.0).

``install`` adds two part classes to ``wordclass.ACCESSORY`` (a kitchen machine's bowl: "Mixtopf",
"boccale", "bowl"; instructions) and the kitchen machines' lines Thermomix / Bimby to ``wordclass.DEVICE``, so
``accessory`` reads "Thermomix TM6 Mixtopf" against "Vorwerk Thermomix TM6" as a part of it.

This module imports no matcher module but ``titles`` (the variant vocabulary); ``wordclass`` is passed to ``install``.
"""

from __future__ import annotations

import re

from . import titles as T

# variant words of a model's name (the matcher's own, ``titles.VARIANTS``, and line words of that kind)
VARIANT_WORDS = frozenset(T.VARIANTS) | frozenset(("plus", "trio", "redux", "xxl"))
# (the line words ``titles.VARIANTS`` lacks)
_MORE = VARIANT_WORDS - frozenset(T.VARIANTS)
_EMPTY: frozenset = frozenset()
# a garment's sizes: closing a title they name the size, no model
_SIZES = frozenset(("xl", "xs", "xxl", "s", "m", "l"))
# words that never neighbour an inserted variant (a phrase's head, not the name)
_NOT_NAME = frozenset("for with and or the a an of in to fur mit pour avec con per para de et und".split())
# a variant tail glued to a model number ("at2020usb", "m50xbt2")
_TAILS = frozenset(VARIANT_WORDS | {"usb", "bt"})


def _adjacent(ws, x: str, y: str) -> bool:
    for i in range(len(ws) - 1):
        if ws[i] == x and ws[i + 1] == y:
            return True
    return False


# "Plus" written as a word, or a "+" glued to the name before it ("Cookeo+", "USB+")
_PLUS_WRITTEN = re.compile(r"(?i)\bplus\b|\w\+")


def _first_part(raw: str) -> int:
    """How many words the title's first part holds (before " - ", ",", "|", "(": the name, not the
    feature list after it)."""
    first = _PARTS_SPLIT.split(raw, maxsplit=1)[0]
    return len(re.findall(r"\w+", first)) + first.count("+")


_PARTS_SPLIT = re.compile(r"\s[-\u2013|:]\s|,|\(|\|")


def _inserted(ws, other_ws, other_set, raw, mine) -> bool:
    n = len(ws)
    name_end = _first_part(raw)
    for i, w in enumerate(ws):
        if w not in mine or w in other_set or i >= name_end:
            continue
        # the run of words the other title lacks, around the variant word (at most two words)
        lo = i
        while lo > 0 and ws[lo - 1] not in other_set and i - lo < 1:
            lo -= 1
        hi = i
        while hi + 1 < n and ws[hi + 1] not in other_set and hi - lo < 1:
            hi += 1
        if lo == 0 or any(x.isdigit() for x in ws[lo:hi + 1]):
            continue
        if hi > i:
            continue  # (a variant word before another word the other lacks describes it: "Ultra-lightweight")
        if i + 1 < n and re.search(r"(?<![a-z0-9])" + re.escape(w) + r"-" + re.escape(ws[i + 1]), raw.lower()):
            continue  # (nor one hyphen-joined to the next word: "Ultra-Portable" is a quality of "Portable")
        if i + 1 < n and f"{w} {ws[i + 1]}" in _KIND_PHRASES:
            continue  # (nor one opening a kind phrase of the tables: "Air Purifier" - no "Air" model; co40's phrase)
        if w == "plus" and not _PLUS_WRITTEN.search(raw):
            continue  # (a "+" standing alone joins two words, "Black + Turquoise": no "Plus" model)
        prev = ws[lo - 1]
        if prev in _NOT_NAME or prev not in other_set:
            continue
        if hi + 1 >= n or ws[hi + 1:] and all(any(ch.isdigit() for ch in x) for x in ws[hi + 1:]):
            # closing the title (a spec after it at most: "PowerCore 10000 PD Redux 25W"), where the other
            # title closes with the same word - not a garment's size ("... Black XL")
            if w not in _SIZES and other_ws[-1] == prev:
                return True
            continue
        nxt = ws[hi + 1]
        if nxt in _NOT_NAME or nxt not in other_set:
            continue
        if _adjacent(other_ws, prev, nxt):
            return True
    return False


def _code_head(code: str, words) -> bool:
    """Does ``code`` start with a word of the title holding a digit ("b760ma" of "B760M-A"; not "dogs24160"
    of "Dogs 24.1-60", nor "lio11" of "Lian Li O11")?"""
    return any(len(w) >= 3 and code.startswith(w) and any(ch.isdigit() for ch in w) for w in words)


def inserted_variant(a, b) -> bool:
    """A variant word on one side only, inside the name between two words the other title prints next
    to each other (the module's doc)."""
    wa, wb = a.words, b.words
    if not wa or not wb:
        return False
    sa, sb = a.wordset, b.wordset
    # (the matcher's variant words as it reads them per offer - an intensifier, "Super Fast", is none:
    # ``prepared``' ``without_intensifiers`` - and this module's line words)
    va, vb = (a.variants or _EMPTY) | (sa & _MORE), (b.variants or _EMPTY) | (sb & _MORE)
    if not va and not vb:
        return False
    if any(len(w) >= 5 and any(ch.isdigit() for ch in w) for w in sa & sb & (a.allcodes | b.allcodes)):
        return False  # (a long model number both print as a word names the product: "Aerotwin Plus AP400U" / "Aerotwin AP400U")
    if any(len(c) >= 5 and not c.isdigit() and not c.isalpha() and _code_head(c, wa) for c in a.allcodes & b.allcodes):
        return False  # (or as a code of its words, the first a model number: "MSI PRO B760M-A" / "MSI B760M-A")
    if any(len(x) >= 5 and len(y) > len(x) and y.startswith(x) and not x.isdigit()
           for x, y in ((x, y) for x in a.allcodes for y in b.allcodes for x, y in ((x, y), (y, x)))):
        return False  # (or one printing the other's with a maker's tail: "Cookeo+ Connect CE859800" / "Cookeo Connect CE8598")
    return (bool(va) and _inserted(wa, wb, sb, _raw(a), va)) or (bool(vb) and _inserted(wb, wa, sa, _raw(b), vb))


_TAIL_RE = re.compile(r"^([a-z]+)\d?$")


def _plus_after(words, code: str) -> bool:
    """Does the word closing ``code`` stand before a "+" ("AT2020USB+": the words "at2020usb", "plus")?"""
    for i, w in enumerate(words[:-1]):
        if code.endswith(w) and len(w) >= 3 and words[i + 1] == "plus":
            return True
    return False


def _glued(codes_a, text_a, codes_b, words_b) -> bool:
    for cb in codes_b:
        for ca in codes_a:
            if len(ca) >= 4 and cb != ca and cb.startswith(ca) and any(ch.isdigit() for ch in ca):
                tail = cb[len(ca):]
                m = _TAIL_RE.match(tail)
                if not m or m.group(1) not in _TAILS or cb in text_a:
                    continue
                # a connection named by its letters alone ("IM600USB") may be the shop's note of the one model;
                # with its version or a "+" ("ATH-M50xBT2", "AT2020USB+") it is another model
                if m.group(1) in _GLUED_ONLY_MARKED and tail == m.group(1) and not _plus_after(words_b, cb):
                    continue
                return True
    return False


_GLUED_ONLY_MARKED = frozenset(("usb", "bt"))


def glued_variant(a, b) -> bool:
    """One title's model number is the other's with a variant tail glued on ("AT2020" / "AT2020USB+")."""
    ca, cb = getattr(a, "codes", None), getattr(b, "codes", None)
    if not ca or not cb:
        return False
    ta, tb = "".join(a.words), "".join(b.words)
    return _glued(ca, ta, cb, b.words) or _glued(cb, tb, ca, a.words)


# eyewear: a frame maker's word, a frame code, a kind of glasses in the shops' languages
_EYEWEAR = frozenset(("ray-ban rayban ray oakley persol sunglasses sunglass glasses eyeglasses spectacles "
                      "sonnenbrille brille lunettes gafas occhiali zonnebril okulary napszemuveg szemuveg wayfarer aviator clubmaster "
                      "optics frame frames").split())
_FRAME_CODE = re.compile(r"\b(?:rb|rx|oo|ox|po)\d{4}\b")
_LENS_BRIDGE = re.compile(r"(?<![\d.,])([4-6]\d)\s?(?:-|\u25a1|/|x)\s?([1-2]\d)(?![\d.,])")
_BARE_WIDTH = re.compile(r"\b(?:rb|rx|oo|ox|po)\d{4}[a-z]?\s+[a-z]?\d{3,4}(?:/\w+)?\s+([4-6]\d)(?![\w.,-])")
_LENS_MM = re.compile(r"(?<![\d.,])([4-6]\d)\s?mm\b")


def _lens_widths(raw: str) -> frozenset:
    t = raw.lower()
    out = {m.group(1) for m in _LENS_BRIDGE.finditer(t)}
    out |= {m.group(1) for m in _LENS_MM.finditer(t)}
    if not out:
        # a bare width closing the frame's code and colour ("RB2140 901 54 napszemüveg")
        m = _BARE_WIDTH.search(t)
        if m:
            out.add(m.group(1))
    return frozenset(out)


def _eyewear(p) -> bool:
    return not _EYEWEAR.isdisjoint(p.wordset) or _FRAME_CODE.search(" ".join(p.words)) is not None


def lens_sizes_differ(a, b) -> bool:
    """Two eyewear titles printing two lens widths ("50-22" / "54mm")."""
    if not (_eyewear(a) and _eyewear(b)):
        return False
    la, lb = _lens_widths(_raw(a)), _lens_widths(_raw(b))
    return bool(la) and bool(lb) and la.isdisjoint(lb)


# "2 TX + 1 RX + Charging Case": counted parts joined by "+" (a count and its part's word next to a "+")
_BEFORE_PLUS = re.compile(r"(?<![\w.,])(\d{1,2})\s?x?\s?([a-z][a-z-]{1,14})\s*(?=\+)")
_AFTER_PLUS = re.compile(r"\+\s*(\d{1,2})\s?x?\s?([a-z][a-z-]{1,14})(?![\w.,])")
# units and specs counted by a number are no parts ("8 GB + 256 GB", "2 Jahre + 1")
_NOT_PARTS = frozenset("gb tb mb mah wh w v mm cm m ml l g kg oz lb lbs in inch year years jahre ans month months".split())


def _kit(raw: str) -> dict:
    t = raw.lower()
    if "+" not in t:
        return {}
    out = {}
    for rx in (_BEFORE_PLUS, _AFTER_PLUS):
        for m in rx.finditer(t):
            if m.group(2) not in _NOT_PARTS:
                out.setdefault(m.group(2), m.group(1))
    return out


def kit_counts_differ(a, b) -> bool:
    """Two kits counting one part differently ("2 TX + 1 RX" / "1 TX + 1 RX")."""
    ka, kb = _kit(_raw(a)), _kit(_raw(b))
    if not ka or not kb:
        return False
    return any(k in kb and kb[k] != v for k, v in ka.items())


def _raw(p) -> str:
    """The title as the offer gives it (hyphens, "+" and parentheses kept)."""
    raw = getattr(p, "rawtitle", None)
    return raw if isinstance(raw, str) else (p.title or "")


# (principle 4) parts a shop sells alone and names after their device's model: a kitchen machine's bowl
# ("Thermomix TM6 Mixtopf", "boccale per TM6") and a set's building instructions ("LEGO 42115 Instructions
# Booklet") - accessory classes of their own (``wordclass.ACCESSORY``; free words only)
_PART_CLASSES = {
    "bowl": "bowl bowls mixtopf boccale",
    "instructions": "instructions instruction booklet bauanleitung bauanleitungen anleitung istruzioni "
                    "instrucciones handleiding",
}


# the tables' kind phrases ({"air purifier": kind, ...}: ``wordclass.KIND_PHRASES``, filled in place by every block)
_KIND_PHRASES: dict = {}


def install(W) -> None:
    """Merge ``_PART_CLASSES`` into ``wordclass.ACCESSORY`` (``W``); words it holds keep their class; read the
    tables' kind phrases (``W.KIND_PHRASES``)."""
    global _KIND_PHRASES
    _KIND_PHRASES = W.KIND_PHRASES
    add = {w: c for c, ws in _PART_CLASSES.items() for w in ws.split() if w not in W.ACCESSORY}
    W.ACCESSORY = {**W.ACCESSORY, **add}
    W.ACCESSORY_COMPOUND = W.ACCESSORY_COMPOUND | frozenset(("mixtopf", "anleitung"))
    # the lines whose parts these are, named without a kind word ("Vorwerk Bimby TM6")
    W.DEVICE = W.DEVICE | frozenset(("thermomix", "bimby"))


# a set's building instructions sold alone ("LEGO 42115 Instructions Booklet Only", "Bauanleitung 42115")
_INSTRUCTIONS = frozenset(_PART_CLASSES["instructions"].split())


def _names_instructions(p) -> bool:
    ws = p.words
    for i, w in enumerate(ws):
        if w in _INSTRUCTIONS and not (i and ws[i - 1] in _NOT_NAME):
            return True
    return False


def instructions_alone(a, b) -> bool:
    """One title names building instructions (not "with instructions"), the other none: the booklet is no set."""
    ia, ib = _names_instructions(a), _names_instructions(b)
    return ia != ib and _INSTRUCTIONS.isdisjoint(b.wordset if ia else a.wordset)
