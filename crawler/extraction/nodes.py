"""Helpers for schema.org nodes as JSON values (types, keys, text, walking)."""

from __future__ import annotations

import html as html_lib
import re
from typing import Iterator

from crawler.extraction.text import _clean_text

def _types(node: dict) -> set[str]:
    raw = node.get("@type") or node.get("type") or []
    raw = raw if isinstance(raw, list) else [raw]
    return {re.split(r"[/#:]", str(t))[-1].lower() for t in raw if t}


def _get(node: dict, *keys: str):
    """First present value among keys, matched case-insensitively."""
    if not isinstance(node, dict):
        return None
    lowered = None
    for key in keys:
        if key in node and node[key] not in (None, "", [], {}):
            return node[key]
        if lowered is None:
            lowered = {str(k).lower(): v for k, v in node.items()}
        value = lowered.get(key.lower())
        if value not in (None, "", [], {}):
            return value
    return None


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text_value(value) -> str | None:
    """A plain string out of str / number / {name|@value|value} / list."""
    for item in _as_list(value):
        if isinstance(item, dict):
            item = _get(item, "name", "@value", "value", "@id")
            if isinstance(item, (dict, list)):
                item = _text_value(item)
        if isinstance(item, (int, float)) and not isinstance(item, bool):
            item = str(item)
        if isinstance(item, str):
            cleaned = _clean_text(html_lib.unescape(item))
            if cleaned:
                return cleaned
    return None


# properties that lead to other products (or to reviews), not to the page's own
_SKIPPED_KEYS = frozenset(
    {"isRelatedTo", "isSimilarTo", "isAccessoryOrSparePartFor", "isConsumableFor", "review", "reviews"}
)


def _walk(value, seen=None) -> Iterator[dict]:
    """Every dict inside a JSON value (depth-first, document order)."""
    if isinstance(value, dict):
        yield value
        for key, child in value.items():
            if key in _SKIPPED_KEYS:
                continue
            yield from _walk(child)
    elif isinstance(value, list):
        for child in value:
            yield from _walk(child)
