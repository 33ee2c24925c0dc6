"""JSON-LD: tolerant parsing of script bodies, @graph flattening and bounded @id expansion."""

from __future__ import annotations

import html as html_lib
import json
import re

from crawler.extraction.nodes import _walk

_VALID_ESCAPES = set('"\\/bfnrtu')


_TRAILING_COMMA_RE = re.compile(r'"(?:[^"\\]|\\.)*"|,\s*([}\]])')


def _repair_json(text: str) -> str:
    """Remove comments and trailing commas, fix escapes and raw newlines."""
    out: list[str] = []
    i, n = 0, len(text)
    in_string = False
    while i < n:
        ch = text[i]
        if in_string:
            if ch == "\\" and i + 1 < n:
                nxt = text[i + 1]
                out.append("\\" + nxt if nxt in _VALID_ESCAPES else "\\\\" + nxt)
                i += 2
                continue
            if ch == '"':
                in_string = False
            elif ch == "\n":
                ch = "\\n"
            elif ch == "\r":
                ch = "\\r"
            elif ch == "\t":
                ch = "\\t"
            out.append(ch)
            i += 1
            continue
        if ch == '"':
            in_string = True
        elif text.startswith("//", i):
            i = text.find("\n", i)
            i = n if i < 0 else i
            continue
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        elif text.startswith("<!--", i):
            i += 4
            continue
        elif text.startswith("-->", i):
            i += 3
            continue
        elif text.startswith("<![CDATA[", i):
            i += 9
            continue
        elif text.startswith("]]>", i):
            i += 3
            continue
        out.append(ch)
        i += 1
    return _TRAILING_COMMA_RE.sub(lambda m: m.group(1) or m.group(0), "".join(out))


def _decode_values(text: str) -> list:
    """Decode one or more JSON values laid side by side (trailing garbage ignored)."""
    decoder = json.JSONDecoder(strict=False)
    values, i = [], 0
    while True:
        start = min((p for p in (text.find("{", i), text.find("[", i)) if p >= 0), default=-1)
        if start < 0:
            break
        try:
            value, i = decoder.raw_decode(text, start)
        except ValueError:
            break
        values.append(value)
    return values


def loads_tolerant(text: str) -> list:
    """Parse a JSON-LD script body; return its top-level values ([] if hopeless)."""
    text = text.strip().lstrip("\ufeff")
    if not text:
        return []
    try:
        return [json.loads(text, strict=False)]
    except ValueError:
        pass
    candidates = [text]
    if "&quot;" in text or "&#" in text:
        candidates.append(html_lib.unescape(text))
    for candidate in candidates:
        repaired = _repair_json(candidate)
        try:
            return [json.loads(repaired, strict=False)]
        except ValueError:
            values = _decode_values(repaired)
            if values:
                return values
    return []


def jsonld_items(tree) -> list[dict]:
    """Top-level JSON-LD items of a page (arrays flattened, broken JSON repaired)."""
    items: list[dict] = []
    for script in tree.xpath("//script[@type]"):
        kind = script.get("type", "").lower()
        if "ld+json" not in kind:
            continue
        for value in loads_tolerant(script.text_content() or ""):
            items.extend(v for v in (value if isinstance(value, list) else [value]) if v)
    return [item for item in items if isinstance(item, dict)]


# ---------------------------------------------------------------------------
# schema.org node helpers
# ---------------------------------------------------------------------------


def _resolve_refs(items: list[dict]) -> list[dict]:
    """Replace {"@id": x} stubs with the full node carrying that @id."""
    by_id = {}
    for node in _walk(items):
        node_id = node.get("@id")
        if isinstance(node_id, str) and len(node) > 1:
            by_id.setdefault(node_id, node)

    def resolve(value, depth=0):
        if depth > 8:
            return value
        if isinstance(value, dict):
            if set(value) == {"@id"} and value["@id"] in by_id:
                value = by_id[value["@id"]]
            return {k: resolve(v, depth + 1) for k, v in value.items()}
        if isinstance(value, list):
            return [resolve(v, depth + 1) for v in value]
        return value

    return [resolve(item) for item in items]


def jsonld_nodes(tree) -> list[dict]:
    items = []
    for item in jsonld_items(tree):
        graph = item.get("@graph")
        if isinstance(graph, list):
            items.extend(g for g in graph if isinstance(g, dict))
        elif isinstance(graph, dict):
            items.append(graph)
        if len(item) > 2 or "@graph" not in item:
            items.append(item)
    return _resolve_refs(items)
