"""Analytics data layers: the ``brand`` (or ``item_brand``) that shops put
in inline scripts for Google Analytics / Tag Manager ecommerce events
(``dataLayer.push({... "brand": "Nike" ...})``).  Such scripts often list
other products too (filters, recommendations), so a value counts only when
the product's title shows it; it is returned as the title spells it
("TP Link" in the script, "TP-Link" in the title gives "TP-Link")."""

from __future__ import annotations

import html as html_lib
import re

from crawler.extraction.document import Page

_BRAND_KEY_RE = re.compile(r"""brand(?:_?name)?["']?\s*[:=]\s*["']([^"'\\<>{}]{2,40})["']""", re.I)


def _brand_values(text: str) -> list[str]:
    """Values of brand keys, found by str.find (far faster than a regex search over a whole page)."""
    values = []
    for key in ("brand", "Brand", "BRAND"):
        i = text.find(key)
        while i >= 0:
            match = _BRAND_KEY_RE.match(text, i)
            if match:
                values.append(match.group(1).strip())
            i = text.find(key, i + 5)
    return list(dict.fromkeys(values))


def datalayer_record(page: Page) -> dict:
    """{"brand": ...} when a data-layer brand is named by the page's title, else {}."""
    if not page.titles:
        return {}
    title = page.titles[0]
    found: list[tuple[int, int, str]] = []
    for value in _brand_values(page.html):
        value = html_lib.unescape(value)
        pieces = re.findall(r"\w+", value)
        if not pieces or sum(len(p) for p in pieces) < 2:
            continue
        pattern = r"(?<!\w)" + r"[\W_]*".join(re.escape(p) for p in pieces) + r"(?!\w)"
        match = re.search(pattern, title, re.I)
        if match:
            found.append((match.start(), -len(match.group(0)), match.group(0)))
    return {"brand": min(found)[2]} if found else {}
