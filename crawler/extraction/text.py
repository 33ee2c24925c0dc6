"""Text helpers shared by every source."""

from __future__ import annotations

import re
import unicodedata

def _clean_text(text: str | None) -> str:
    """Whitespace collapsed, invisible format characters out (see _shown_text)."""
    text = text or ""
    if _INVISIBLE_RE.search(text):
        text = _shown_text(text)
    return _SPACES_RE.sub(" ", text).strip()


_SPACES_RE = re.compile(r"\s+")
# zero-width characters (U+200B-U+200D, U+2060, U+FEFF) and bidi controls
# (embeddings / overrides U+202A-U+202E, isolates U+2066-U+2069): never content
_INVISIBLE_RE = re.compile("[\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]")
_RIGHT_TO_LEFT_OVERRIDE_RE = re.compile("\u202e([^\u202c\u2069]*)")


def _shown_text(text: str) -> str:
    """Text in the order it is shown, without invisible characters: a run
    under a right-to-left override (U+202E, up to its U+202C / U+2069 or the
    end) is displayed reversed ("\u202e01$" shows "$10"), so it is reversed;
    then every zero-width and bidi control character is dropped."""
    if "\u202e" in text:
        text = _RIGHT_TO_LEFT_OVERRIDE_RE.sub(lambda m: m.group(1)[::-1], text)
    return _INVISIBLE_RE.sub("", text)


def _price_text(text: str) -> str:
    """Price text as the shopper reads it: compatibility forms folded (NFKC:
    fullwidth "＄１２.５０" is "$12.50") and invisible characters out."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return _clean_text(text)


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
