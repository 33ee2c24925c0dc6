"""GTIN helpers for the matcher.

Uses ``crawler.gtin`` when that module exists (it is the project's shared
implementation); otherwise falls back to a small private GS1 mod-10 check so
the matcher never depends on import order or on another engineer's module.
"""

from __future__ import annotations

import re

_NON_DIGIT = re.compile(r"[\s\-.]")


def _mod10_ok(digits: str) -> bool:
    total = 0
    # weights 3,1,3,1... counted from the rightmost digit *before* the check digit
    for i, ch in enumerate(reversed(digits[:-1])):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return (10 - total % 10) % 10 == int(digits[-1])


def _private_gtin14(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str):
        return None
    s = _NON_DIGIT.sub("", value.strip())
    if not s.isdigit() or len(s) not in (8, 12, 13, 14):
        return None
    if not s.strip("0"):
        return None  # all zeros passes mod-10 but is no product
    if not _mod10_ok(s):
        return None
    return s.zfill(14)


_impl = None


def gtin14(value) -> str | None:
    """Canonical 14-digit GTIN for a valid code, else None."""
    global _impl
    if _impl is None:
        try:  # prefer the project's shared module when it is present
            from crawler.gtin import gtin14 as shared  # type: ignore

            def _shared(v, _f=shared):
                try:
                    out = _f(v)
                except Exception:  # defensive: never let a helper crash matching
                    return _private_gtin14(v)
                if out is None:
                    return None
                out = str(out)
                return out if out.strip("0") else None

            _impl = _shared
        except Exception:
            _impl = _private_gtin14
    return _impl(value)
