"""Session 34 (op34): office and printing supplies and phones' accessories as shops in English,
German, French, Spanish, Italian and Polish title them (``benchmarks/pairs/train34op.jsonl``), by
principle:

* **a rectangle's two sides in either order** - "36 x 89 mm" / "89x36 mm" (a label), "30 x 40 cm" /
  "40x30 cm": the unit after the last side gave that side alone as the title's length, so the two
  orders of one label read as two lengths; where both titles print their sides, the length is
  compared as those sides are, order-free (``rectangle_sides``, read by ``relations.unit_relation``).

A leaf module: it imports nothing of the matcher.
"""

from __future__ import annotations

import re as _re

# "36 x 89 mm", "62x29mm", "30 × 40 × 180 cm", "45,7 x 21,2 mm": two or three sides and one unit of
# length closing them (the sides before it carry no unit of their own)
_SIDES = _re.compile(
    r"(?<![\d.,])(\d{1,4}(?:[.,]\d{1,2})?)\s*[x×*]\s*(\d{1,4}(?:[.,]\d{1,2})?)"
    r"(?:\s*[x×*]\s*(\d{1,4}(?:[.,]\d{1,2})?))?\s*(mm|cm|m)(?![a-z0-9])", _re.I)
_MM = {"mm": 1.0, "cm": 10.0, "m": 1000.0}


def rectangle_sides(raw) -> frozenset:
    """The sides, in millimetres and sorted, of every "A x B [x C] unit" a raw title prints, each a
    tuple (``frozenset()`` where it prints none)."""
    if not isinstance(raw, str) or ("x" not in raw and "X" not in raw and "×" not in raw and "*" not in raw):
        return frozenset()
    out = set()
    for m in _SIDES.finditer(raw):
        k = _MM[m.group(4).lower()]
        sides = [float(g.replace(",", ".")) * k for g in m.groups()[:3] if g]
        out.add(tuple(sorted(sides)))
    return frozenset(out)


def one_rectangle(raw_a, raw_b) -> bool:
    """Do two titles print one rectangle's sides, in whatever order ("36 x 89 mm" / "89x36 mm"), and
    no other sides?  Then the length each read off its last side is that rectangle's, not a product's
    length to compare."""
    sa = rectangle_sides(raw_a)
    if not sa:
        return False
    sb = rectangle_sides(raw_b)
    return bool(sb) and sa == sb

