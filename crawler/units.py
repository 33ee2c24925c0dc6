"""Packs and units: what one offer sells, so that offers of different sizes can be compared.

A seed bank sells the same strain in packs of 1, 3, 5 or 10 seeds; a shop sells a memory kit of
2 x 8 GB next to a single 16 GB module; drives are compared per GB, cables and cartridges come
in multipacks. :func:`parse_units` reads that from a variant name or a title, in the shapes
shops write ("10 seeds", "Pack of 3", "5er Pack", "5 semillas", "10 graines", "confezione da
5", "2x8GB", "3-pack", "1 TB", "500 ml", a bare "x5" as a variant name ...) and returns

``pack_size``
    how many items the pack holds: 10 for "10 seeds", 2 for a 2 x 8 GB kit, 1 for one drive;
``unit``
    the canonical unit the offer is priced in: ``seed`` and ``piece`` (counted), ``GB``
    (storage and memory; 1 TB = 1000 GB, as drive makers count), ``g`` (1 kg = 1000 g),
    ``ml`` (1 l = 1000 ml, 1 cl = 10 ml);
``unit_quantity``
    the units in one item: 8 for an 8 GB module, 2000 for a 2 TB drive, 1 for a seed or a piece.

The pack holds ``pack_size * unit_quantity`` units (:attr:`Units.total`); the price per unit
is the price divided by it (:func:`unit_price`), so a 2 x 8 GB kit and a 1 x 16 GB module
both hold 16 GB and their prices per GB compare directly.

Ambiguity is refused (None), never guessed:

* a bare "x5" / "5x" counts only when it is a whole segment of the text (the variant name
  itself, or the part after " - ", "|", ",", ":" or inside brackets): in "Logitech G Pro X5"
  or "PCIe 4.0 x4" it is a model code or a link width, not a pack;
* a bare number ("Amnesia Haze - 10") counts only as a whole segment of a text about seeds;
* GB / TB count only in a text (or category) about storage or memory (SSD, HDD, NVMe, RAM,
  DDR5, microSD, flash ...), or as a kit ("2x8GB"), and never in one about a device that
  merely has memory (laptop, phone, tablet, graphics card / GDDR, console): per-GB prices of a
  GPU mean nothing;
* two different sizes of one dimension ("8GB 256GB"), two different pack counts ("5 seeds",
  "pack of 3"), or sizes of two dimensions (ml and g) are ambiguous: None;
* "5G" / "12G" (a network, a GPU's memory) is not grams: grams are written "g", "gr", "gram";
  "802.11g" is Wi-Fi.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

UNITS = ("seed", "piece", "GB", "g", "ml")
MAX_PACK = 1000          # a pack of more than this is not a pack (a model number, a year)

# measure words -> (canonical unit, factor)
_MEASURES = {
    "tb": ("GB", Decimal(1000)), "gb": ("GB", Decimal(1)),
    "kg": ("g", Decimal(1000)), "g": ("g", Decimal(1)), "gr": ("g", Decimal(1)), "gram": ("g", Decimal(1)),
    "grams": ("g", Decimal(1)), "gramm": ("g", Decimal(1)), "gramos": ("g", Decimal(1)),
    "grammes": ("g", Decimal(1)), "grammi": ("g", Decimal(1)),
    "ml": ("ml", Decimal(1)), "cl": ("ml", Decimal(10)), "l": ("ml", Decimal(1000)),
    "litre": ("ml", Decimal(1000)), "litres": ("ml", Decimal(1000)), "liter": ("ml", Decimal(1000)),
    "liters": ("ml", Decimal(1000)), "litro": ("ml", Decimal(1000)), "litros": ("ml", Decimal(1000)),
}
# the names a spider may give for a unit -> (canonical unit, factor)
_UNIT_NAMES = {**_MEASURES, "seed": ("seed", Decimal(1)), "seeds": ("seed", Decimal(1)),
               "piece": ("piece", Decimal(1)), "pieces": ("piece", Decimal(1)), "pc": ("piece", Decimal(1)),
               "pcs": ("piece", Decimal(1)), "unit": ("piece", Decimal(1)), "units": ("piece", Decimal(1))}

_NUMBER = r"(\d{1,5}(?:[.,]\d{1,3})?)"
_MEASURE_WORD = (r"(tb|gb|kg|grams?|gramm|gramos|grammes|grammi|gr|g|ml|cl|litres?|liters?|litros?|l)")
# "2x8GB", "2 x 16 GB", "4×500 ml": a kit of N items of a size
_KIT = re.compile(r"(?<![\w.,#])(\d{1,3})\s*[x×]\s*" + _NUMBER + r"\s*" + _MEASURE_WORD + r"(?![\w])", re.I)
_MEASURE = re.compile(r"(?<![\w.,#])" + _NUMBER + r"\s*" + _MEASURE_WORD + r"(?![\w])", re.I)

_SEED_WORDS = r"(?:seeds?|samen|semillas?|graines?|semi|semini|zaden|zaadjes|sementes?)"
# "10 seeds", "5 semillas", "10 graines"; "3 Feminised Seeds", "5 fem seeds" (a type word between
# number and seeds) only where the number starts a segment: in "Blue Gelato 41 Feminised Seeds"
# or "LSD-25 Auto Seeds" the number is the strain's name
_SEEDS = re.compile(r"(?<![\w.,#-])(\d{1,4})\s*" + _SEED_WORDS + r"\b", re.I)
_TYPED_SEEDS = re.compile(
    r"(?<![\w.,#-])(\d{1,4})\s*(?:fem(?:inis(?:ed|iert)|iniz(?:ed|adas?))?|auto(?:flower(?:ing)?)?|regulars?|"
    r"regulares|cbd)\.?\s+" + _SEED_WORDS + r"\b", re.I)
_SINGLE_SEED = re.compile(r"\bsingle\s+seed\b|\b(?:one|1)\s+seed\b", re.I)

# pack phrases, each with the count in group 1
_PACKS = [re.compile(p, re.I) for p in (
    r"\bpack\s+of\s+(\d{1,4})\b",                                   # Pack of 3
    r"\bmulti-?pack\s*(?:of\s+)?(\d{1,4})\b",                        # Multipack 4
    r"(?<![\w.,#])(\d{1,4})\s*-?\s*(?:pack|pk)\b",                    # 3-pack, 10 Pack, 2pk
    r"(?<![\w.,#])(\d{1,4})\s*er[\s-]*(?:pack|packung|set)\b",        # 5er Pack, 3er-Packung
    r"\bpackung\s+mit\s+(\d{1,4})\b",                               # Packung mit 5
    r"\b(?:paquete|pack|lote|caja|bolsa)\s+de\s+(\d{1,4})\b",        # paquete de 3 (es)
    r"\b(?:lot|paquet|sachet|boîte|boite)\s+de\s+(\d{1,4})\b",       # lot de 3 (fr)
    r"\b(?:confezione|pacco|pacchetto|set)\s+da\s+(\d{1,4})\b",      # confezione da 5 (it)
    r"\b(?:verpakking|pak)\s+(?:van|met)\s+(\d{1,4})\b",             # verpakking van 5 (nl)
    r"(?<![\w.,#])(\d{1,4})\s*(?:pcs|pieces|piece|pc|stück|stueck|stk|unidades|uds|pièces|pezzi|stuks)\b",
)]
# a bare "x5" / "5x" / "5" as a whole segment
_SEGMENT_SPLIT = re.compile(r"\s+[-–—|/]\s+|[|,:;()\[\]]")
_BARE_X = re.compile(r"[x×]\s?(\d{1,4})|(\d{1,4})\s?[x×]", re.I)
_BARE_NUMBER = re.compile(r"(\d{1,4})")
_SEGMENT_START = re.compile(r"(?:^|\s[-–—|/]\s*|[|,:;(\[]\s*)$")

_SEED_CONTEXT = re.compile(_SEED_WORDS + r"|\bfeminis|\bfeminiz|\bautoflower|\bauto-?flowering\b|\bcannabis\b",
                           re.I)
_STORAGE_CONTEXT = re.compile(
    r"\b(?:ssds?|hdds?|nvme|sata|m\.2|hard\s*(?:drive|disk)s?|harddisks?|festplatten?|discos?\s+(?:duros?|rigidos?)|"
    r"disques?|drives?|nas|ram|memory|memoria|mémoire|speicher|arbeitsspeicher|ddr\d\w*|(?:so|u|r)?-?dimms?|"
    r"sodimms?|flash|usb[\s-]?sticks?|pen\s?drives?|micro\s?sd\w*|sd(?:hc|xc)?\s*cards?|memory\s*cards?|"
    r"storage)\b", re.I)
_DEVICE_CONTEXT = re.compile(
    r"\b(?:laptop|notebook|macbook|chromebook|phone|smartphone|iphone|galaxy\s+[sazm]\d|tablet|ipad|"
    r"gddr\d\w*|graphics|geforce|radeon|rtx|gtx|gpu|console|playstation|xbox|monitor|motherboard|"
    r"processor|cpu|desktop\s+pc|mini\s+pc|router|camera|watch)\b", re.I)


@dataclass(frozen=True)
class Units:
    pack_size: int           # items in the pack
    unit: str                # one of UNITS
    unit_quantity: Decimal   # units in one item

    @property
    def total(self) -> Decimal:
        """Units in the whole pack."""
        return self.unit_quantity * self.pack_size


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None
    return value if value > 0 else None


def _plain(value: Decimal) -> Decimal:
    """1E+3 -> 1000, 16.0 -> 16, 1.50 -> 1.5."""
    value = value.normalize()
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def _segments(text: str) -> list[str]:
    return [s.strip() for s in _SEGMENT_SPLIT.split(text) if s and s.strip()]


def _starts_segment(text: str, position: int) -> bool:
    return bool(_SEGMENT_START.search(text[:position]))


def _counts(text: str, seed_context: bool) -> tuple[set[int], set[int]]:
    """(seed counts, other pack counts) written in ``text``. A count that starts a segment
    ("Pack Size: 5 Seeds", "... - 3 Seeds") or is a pack phrase ("Pack of 3") is strong; one
    inside a segment ("Amnesia Haze 5 Seeds") is weak and counts only when no strong one is
    written ("Blue Gelato 41 Seeds - Pack of 3" is a pack of 3)."""
    strong, weak = set(), set()
    for match in _SEEDS.finditer(text):
        (strong if _starts_segment(text, match.start()) else weak).add(int(match.group(1)))
    for match in _TYPED_SEEDS.finditer(text):
        if _starts_segment(text, match.start()):
            strong.add(int(match.group(1)))
    if _SINGLE_SEED.search(text):
        strong.add(1)
    packs = {int(m.group(1)) for pattern in _PACKS for m in pattern.finditer(text)}
    for segment in _segments(text):
        bare = _BARE_X.fullmatch(segment)
        if bare:
            packs.add(int(bare.group(1) or bare.group(2)))
        elif seed_context and _BARE_NUMBER.fullmatch(segment):
            strong.add(int(segment))
    seeds = strong if strong or packs else weak
    return {n for n in seeds if 0 < n <= MAX_PACK}, {n for n in packs if 0 < n <= MAX_PACK}


def _measures(text: str, storage_ok: bool, device: bool) -> tuple[list[tuple[int, str, Decimal]], set[tuple[str, Decimal]]]:
    """Kits (count, unit, size) and single sizes (unit, size) in ``text``, in canonical units."""
    kits, sizes = [], set()
    for match in _KIT.finditer(text):
        unit, factor = _MEASURES[match.group(3).lower()]
        size = _decimal(match.group(2))
        if size is not None and (unit != "GB" or not device):  # "2x8GB" is a kit unless in a device
            kits.append((int(match.group(1)), unit, size * factor))
    remainder = _KIT.sub(" ", text)
    for match in _MEASURE.finditer(remainder):
        word = match.group(2)
        attached = not match.group(0)[len(match.group(1))].isspace()
        if word == "G" or (word == "L" and attached):
            continue  # "5G", "12G": a network, a GPU's memory, not grams; "2L": too often a model code
        if match.group(1).startswith("802.11") or match.group(1).startswith("802,11"):
            continue  # "802.11g", "802.11 g": the Wi-Fi standard, not 802 grams
        unit, factor = _MEASURES[word.lower()]
        size = _decimal(match.group(1))
        if size is None or (unit == "GB" and not storage_ok):
            continue
        sizes.add((unit, _plain(size * factor)))
    return kits, sizes


def parse_units(*texts: str | None, category: str | None = None) -> Units | None:
    """The pack and unit an offer sells, read from its variant name and/or title (None when the
    texts say nothing readable, or something ambiguous: see the module's notes)."""
    text = " | ".join(t for t in texts if t)
    if not text:
        return None
    context = f"{text} | {category or ''}"
    seed_context = bool(_SEED_CONTEXT.search(context))
    device = bool(_DEVICE_CONTEXT.search(context))
    storage_ok = bool(_STORAGE_CONTEXT.search(context)) and not device
    seeds, packs = _counts(text, seed_context)
    kits, sizes = _measures(text, storage_ok, device)

    if kits:
        if len(set(kits)) != 1:
            return None
        count, unit, size = kits[0]
        # "32GB (2x16GB)": the total and the item size may be written too; anything else is ambiguous
        others = {s for s in sizes if s[0] != unit or s[1] not in (_plain(size), _plain(size * count))}
        if others or count > MAX_PACK or (packs - {count}) or seeds:
            return None
        return Units(count, unit, _plain(size))
    if len(sizes) > 1:
        return None  # "8GB 256GB", "500 ml 250 g"
    counts = seeds | packs
    if len(counts) > 1:
        return None  # "5 seeds" and "pack of 3"
    if sizes:
        (unit, size), = sizes
        return Units(counts.pop() if counts else 1, unit, size)
    if not counts:
        return None
    unit = "seed" if seeds or seed_context else "piece"
    return Units(counts.pop(), unit, Decimal(1))


def strip_units(text: str, seed_context: bool = False) -> str:
    """``text`` without what :func:`parse_units` reads as packs and sizes ("2x8GB", "1 TB",
    "Pack of 5", "5 semillas", "5er Pack", a bare "x5" segment): what is left names the item,
    the same for every pack and capacity of it (``crawler/families.py``). In a text about seeds
    a bare number segment ("Amnesia Haze - 10") is a pack too."""
    seeds, packs = _counts(text, seed_context)
    read = seeds | packs  # a count parse_units would not read ("Blue Gelato 41 Feminised Seeds") stays

    def pack(match: re.Match) -> str:
        return " " if int(match.group(1)) in read else match.group(0)

    text = _KIT.sub(" ", text)
    text = _MEASURE.sub(lambda m: m.group(0) if m.group(2) in ("G", "L") else " ", text)
    for pattern in (_SEEDS, _TYPED_SEEDS, *_PACKS):
        text = pattern.sub(pack, text)
    text = _SINGLE_SEED.sub(" ", text)
    kept = [s for s in _segments(text)
            if not _BARE_X.fullmatch(s) and not (seed_context and _BARE_NUMBER.fullmatch(s))]
    return " ".join(kept)


def canonical(pack_size, unit, unit_quantity=None) -> Units | None:
    """Units a spider declared (``pack_size=2, unit="TB", unit_quantity=1``) in canonical form,
    or None when they cannot be read (an unknown unit, a count that is not a positive integer)."""
    try:
        count = int(str(pack_size).strip()) if pack_size not in (None, "") else 1
        quantity = Decimal(str(unit_quantity).strip().replace(",", ".")) if unit_quantity not in (None, "") \
            else Decimal(1)
    except (ValueError, ArithmeticError):  # (InvalidOperation is one; so is "sNaN" compared)
        return None
    if not quantity.is_finite():  # "sNaN", "NaN", "Infinity": no quantity ("sNaN" == 1 raised)
        return None
    if unit in (None, ""):
        return Units(count, "piece", Decimal(1)) if 0 < count <= MAX_PACK and quantity == 1 else None
    found = _UNIT_NAMES.get(str(unit).strip().lower())
    if found is None or not 0 < count <= MAX_PACK or not quantity.is_finite() or quantity <= 0:
        return None
    name, factor = found
    try:
        return Units(count, name, _plain(quantity * factor))
    except ArithmeticError:  # "9E+999999" TB: beyond Decimal's context, no quantity
        return None


def unit_price(price, units: Units | None, places: int = 4) -> Decimal | None:
    """``price`` per unit of ``units`` (rounded to ``places`` decimals), or None."""
    if price is None or units is None or units.total <= 0:
        return None
    step = Decimal(1).scaleb(-places)
    return (Decimal(str(price)) / units.total).quantize(step, rounding=ROUND_HALF_UP)


__all__ = ["MAX_PACK", "UNITS", "Units", "canonical", "parse_units", "strip_units", "unit_price"]
