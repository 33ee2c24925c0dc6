"""Elements of a product page: which are visible, page chrome, struck out, hidden or
disabled, their labels and neighbouring currency, and the identifiers in its URL - what
``html.HtmlEvidence`` reads about an element before weighing it as evidence."""

from __future__ import annotations

import re
from urllib.parse import unquote
from urllib.parse import urlsplit

from crawler.extraction.document import Page
from crawler.extraction.money import _plausible_symbol, symbol_to_iso
from crawler.extraction.text import _clean_text
from crawler.extraction.vocabulary import (
    _CHROME_TAGS, _CHROME_WORDS, _DIGIT_RE, _HIDING_CLASSES, _MAIN_WORDS, _OTHER_PRODUCTS_HEADING_RE, _SKIP_TAGS,
)


def _visible_elements(page: Page) -> list:
    """Elements in document order, skipping hidden subtrees and page chrome
    (the title's own ancestors are always kept)."""
    keep = set(page.h1.iterancestors()) if page.h1 is not None else set()
    others = _other_products_sections(page, keep)
    out = []
    stack = [page.tree]
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            continue
        if el not in keep and (el in others or _hidden(el) or _chrome(el)):
            continue
        out.append(el)
        stack.extend(reversed(el))
    return out


def _other_products_sections(page: Page, keep: set) -> set:
    """Containers headed "Customers also bought", "Vous aimerez aussi" ...:
    the section around the heading (above wrappers of the heading alone),
    unless it holds the title."""
    found = set()
    for heading in page.tree.xpath("//h2 | //h3 | //h4 | //h5"):
        text = _clean_text(heading.text_content())
        if not text or len(text) > 60 or not _OTHER_PRODUCTS_HEADING_RE.search(text):
            continue
        parent = heading.getparent()
        for _ in range(3):  # a wrapper of the heading alone: the section is further up
            if parent is None or len([c for c in parent if isinstance(c.tag, str)]) > 1:
                break
            parent = parent.getparent()
        if parent is not None and parent not in keep and parent.tag not in ("body", "html", "button", "a"):
            found.add(parent)
    return found


def _control_like(el) -> bool:
    """A button, link, submit input or an element styled as a buy/cart control."""
    if el.tag in ("button", "a") or el.get("role") == "button":
        return True
    if el.tag == "input":
        return (el.get("type") or "").lower() in ("submit", "button", "image")
    names = ((el.get("class") or "") + " " + (el.get("id") or "")).lower()
    return "buy" in names or "cart" in names or "basket" in names


def _text_lengths(elements: list) -> dict:
    """Length of every element's text content, computed bottom-up in one pass."""
    lengths: dict = {}
    for el in reversed(elements):
        total = len(el.text or "")
        for child in el:
            total += lengths.get(child, 0) + len(child.tail or "")
        lengths[el] = total
    return lengths


def _chrome(el) -> bool:
    if el.tag in _CHROME_TAGS:
        return True
    hint = (el.get("class") or "") + " " + (el.get("id") or "")
    if len(hint) < 3:
        return False
    hint = hint.lower()
    return _CHROME_WORDS_RE.search(hint) is not None and _MAIN_WORDS_RE.search(hint) is None


_CHROME_WORDS_RE = re.compile("|".join(map(re.escape, _CHROME_WORDS)))
_MAIN_WORDS_RE = re.compile("|".join(map(re.escape, _MAIN_WORDS)))


def _named_in(value: str, title: str) -> str | None:
    """``value`` as the title spells it (punctuation and case aside), or None."""
    pieces = re.findall(r"\w+", value)
    if not pieces or sum(len(p) for p in pieces) < 2:
        return None
    match = re.search(r"(?<!\w)" + r"[\W_]*".join(re.escape(p) for p in pieces) + r"(?!\w)", title, re.I)
    return match.group(0) if match else None


def _joined_cents(el) -> str | None:
    """"$229<sup>99</sup>": cents in the last child element, written without a
    separator, joined to the whole amount ("$229.99")."""
    kids = [c for c in el if isinstance(c.tag, str)]
    if not kids or (kids[-1].tail or "").strip():
        return None
    cents = kids[-1].text_content().strip()
    if not (len(cents) == 2 and cents.isdigit()):
        return None
    head = _clean_text(" ".join(el.itertext())[: -len(kids[-1].text_content()) or None])
    match = re.fullmatch(r"(\D{0,6}?)\s?(\d{1,3}(?:([.,\s])\d{3})*|\d+)", head)
    if not match:
        return None
    mark = "," if match.group(3) == "." else "."
    return f"{match.group(1)}{match.group(2)}{mark}{cents}"


def _neighbour_currency(el, country: str | None) -> str | None:
    """Currency shown in its own element right before or after a bare number."""
    previous, following = el.getprevious(), el.getnext()
    previous = previous if previous is not None and isinstance(previous.tag, str) else None
    following = following if following is not None and isinstance(following.tag, str) else None
    texts = [el.tail or ""]
    if following is not None and not (el.tail or "").strip():
        texts.append(following.text_content())
    if previous is not None and not (previous.tail or "").strip():
        texts.append(previous.text_content())
    parent = el.getparent()
    if previous is None and parent is not None:
        texts.append(parent.text or "")
    for text in texts:
        text = text.strip()
        if 0 < len(text) <= 4 and not any(ch.isdigit() for ch in text):
            code = symbol_to_iso(text, country)
            if code and _plausible_symbol(text, code, country):
                return code
    return None


def _struck(el) -> bool:
    """Is the element (or its parent) struck through (<del>, <s>, line-through)?"""
    node = el
    for _ in range(2):
        if node is None:
            return False
        if node.tag in ("del", "s", "strike"):
            return True
        if "line-through" in (node.get("style") or "").replace(" ", "").lower():
            return True
        node = node.getparent()
    return False


def _label_text(el, cache: dict | None = None) -> str:
    """Text right around an element: its parent's own text (not its children's),
    its first 120 characters.  Reading stops once 120 non-space characters are in
    (later text cannot change the first 120 of the cleaned text), and ``cache``
    keeps one answer per parent: a parent of N price elements is read once, not N
    times (which made a page of many price elements quadratic)."""
    parent = el.getparent()
    if parent is None:
        return ""
    if cache is not None and parent in cache:
        return cache[parent]
    pieces = [parent.text or ""]
    solid = len(pieces[0]) - _count_spaces(pieces[0])
    for i, child in enumerate(parent):
        if solid > 120:
            break
        tail = (" " if i else "") + (child.tail or "")
        pieces.append(tail)
        solid += len(tail) - _count_spaces(tail)
    label = _clean_text("".join(pieces))[:120]
    if cache is not None:
        cache[parent] = label
    return label


def _count_spaces(text: str) -> int:
    return len(text) - len(_SPACE_RE.sub("", text)) if text else 0


_SPACE_RE = re.compile(r"\s+")


def _previous_label(el) -> str:
    """A short label element right before an element (<span>UVP</span> <span>79,99 €</span>)."""
    previous = el.getprevious()
    if previous is None or not isinstance(previous.tag, str):
        return ""
    label = previous.text_content()
    return "" if len(label) > 40 or _DIGIT_RE.search(label) else _clean_text(label)


def _url_id_tokens(url: str) -> list[str]:
    """Id-like tokens of a URL (digit runs, alphanumeric codes), last path piece first."""
    try:
        parts = urlsplit(unquote(url))
    except ValueError:  # "%5B" unquoted into the host: "http://[::1"
        return []
    pieces = [p for p in parts.path.split("/") if p]
    pieces += [v for kv in parts.query.split("&") for v in kv.split("=")[1:]]
    tokens: list[str] = []
    for piece in reversed(pieces):
        piece = re.sub(r"\.(?:html?|php|aspx?|jsp)$", "", piece, flags=re.I)
        codes = re.findall(r"[A-Za-z0-9]*\d[A-Za-z0-9]*(?:-[A-Za-z0-9]*\d[A-Za-z0-9]*)*", piece)
        for code in codes:
            for token in [code, *code.split("-")]:
                if len(token) >= 5 and sum(ch.isdigit() for ch in token) >= 4:
                    tokens.append(token)
                digits = re.search(r"\d{5,}$", token)
                if digits and digits.group(0) != token:
                    tokens.append(digits.group(0))
    return list(dict.fromkeys(tokens))


def _hidden(el) -> bool:
    style = el.get("style")
    if style and re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", style, re.I):
        return True
    if el.get("hidden") is not None:
        return True
    classes = el.get("class")
    return bool(classes) and not _HIDING_CLASSES.isdisjoint(classes.lower().split())


def _disabled(el) -> bool:
    if el.get("disabled") is not None or el.get("aria-disabled") == "true":
        return True
    classes = (el.get("class") or "").lower()
    return bool(re.search(r"\bdisabled\b|\bis-disabled\b|unavailable|sold-?out|out-?of-?stock", classes))
