"""Text helpers shared by every source."""

from __future__ import annotations

import re

def _clean_text(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _similarity(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta)


def _spaced_text(el) -> str:
    """Text content with a space between inline pieces (labels and values)."""
    return _clean_text(" ".join(el.itertext()))
