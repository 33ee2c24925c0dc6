"""Reader for the Ditto pair serialisation used by the public matching benchmarks.

One pair per line: ``COL attr VAL value ... <TAB> COL attr VAL value ... <TAB> label``.
Attributes are mapped onto the offer dict the matcher takes.
"""

from __future__ import annotations

import re

_COL = re.compile(r"COL (\S+) VAL ?")

ATTR_MAP = {
    "name": "title", "title": "title",
    "modelno": "mpn", "model": "mpn", "mpn": "mpn",
    "brand": "brand", "manufacturer": "brand",
    "price": "price", "description": "description", "category": "category",
    "gtin": "gtin", "ean": "gtin", "upc": "gtin",
}


def parse_entry(text: str) -> dict:
    parts = _COL.split(text.strip())
    # parts = [prefix, attr1, value1, attr2, value2, ...]
    out: dict = {}
    for i in range(1, len(parts) - 1, 2):
        attr = parts[i].lower()
        val = parts[i + 1].strip()
        key = ATTR_MAP.get(attr, attr)
        if not val:
            continue
        if key in out:
            out[key] = out[key] + " " + val
        else:
            out[key] = val
    return out


def parse_line(line: str):
    cols = line.rstrip("\n").split("\t")
    if len(cols) < 3:
        return None
    return parse_entry(cols[0]), parse_entry(cols[1]), int(cols[2].strip())


def read_pairs(path: str):
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = parse_line(line)
            if r is not None:
                out.append(r)
    return out
