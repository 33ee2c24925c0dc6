"""Category path from breadcrumbs."""

from __future__ import annotations


from crawler.extraction.nodes import _as_list, _get, _text_value, _types, _walk
from crawler.extraction.text import _clean_text
from crawler.extraction.vocabulary import _HOME_RE

def _trail(names: list[str], product_name: str | None) -> str | None:
    """Breadcrumb names without "Home" and without the product itself, joined by " > "."""
    names = [n for n in names if n]
    if names and _HOME_RE.match(names[0]):
        names = names[1:]
    if names and product_name and names[-1].lower() == product_name.lower():
        names = names[:-1]
    return " > ".join(names) if names else None


def breadcrumb_category(nodes: list[dict], product_name: str | None) -> str | None:
    """Category path from a schema.org BreadcrumbList (JSON-LD or microdata)."""
    for node in _walk(nodes):
        if "breadcrumblist" not in _types(node):
            continue
        elements = [e for e in _as_list(_get(node, "itemListElement")) if isinstance(e, dict)]
        elements.sort(key=lambda e: _position_number(_get(e, "position")))
        names = []
        for element in elements:
            item = _get(element, "item")
            name = _text_value(_get(element, "name"))
            if not name and isinstance(item, dict):
                name = _text_value(_get(item, "name"))
            names.append(name)
        trail = _trail(names, product_name)
        if trail:
            return trail
    return None


def _position_number(value) -> float:
    try:
        return float(str(value))
    except (TypeError, ValueError):
        return float("inf")


def html_breadcrumb(tree, product_name: str | None) -> str | None:
    """Category path from the link texts of a breadcrumb container."""
    xpath = "//*[contains(@class, 'readcrumb') or contains(@id, 'readcrumb') or contains(@class, 'BREADCRUMB')]"
    for container in tree.xpath(xpath):
        names = [_clean_text(a.text_content()) for a in container.xpath(".//a")]
        names = [n for n in names if n and len(n) <= 60]
        trail = _trail(list(dict.fromkeys(names)), product_name)
        if trail:
            return trail
    return None


# ---------------------------------------------------------------------------
# HTML evidence (last resort)
# ---------------------------------------------------------------------------
