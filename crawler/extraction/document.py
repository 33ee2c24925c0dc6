"""The page: decoding, parsing, the title element, the site's country, meta tags and text helpers."""

from __future__ import annotations

import lxml.etree
import lxml.html
from dataclasses import dataclass
from dataclasses import field
from typing import Any
from urllib.parse import urlsplit
from w3lib.encoding import html_to_unicode

from crawler.prices import COUNTRY_CURRENCY
from crawler.extraction.text import _clean_text, _similarity, _tokens

def _sniff_encoding(body: bytes) -> str:
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def decode_html(html: str | bytes, content_type: str | None = None) -> str:
    """Decode page bytes: BOM, HTTP header, meta charset, utf-8, cp1252."""
    if isinstance(html, str):
        return html
    _, text = html_to_unicode(content_type, html, auto_detect_fun=_sniff_encoding)
    return text


def parse_tree(text: str) -> lxml.html.HtmlElement:
    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:
        tree = lxml.html.fromstring(text.encode("utf-8", "replace"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        tree = None
    if tree is None:
        tree = lxml.html.fromstring("<html><body></body></html>")
    return tree


# ---------------------------------------------------------------------------
# page context: title, url, country hints
# ---------------------------------------------------------------------------


@dataclass
class Page:
    tree: lxml.html.HtmlElement
    url: str
    country_currency: str | None
    titles: list[str]
    h1: lxml.html.HtmlElement | None
    meta: dict[str, str]
    html: str = ""
    order: dict[Any, int] = field(default_factory=dict)

    @classmethod
    def build(cls, tree, url: str, html: str = "") -> "Page":
        meta = read_meta(tree)
        h1 = _title_h1(tree, meta)
        titles = [
            _clean_text(h1.text_content()) if h1 is not None else "",
            meta.get("og:title", ""),
            _clean_text(" ".join(tree.xpath("//title//text()"))),
        ]
        return cls(
            tree=tree,
            url=url or "",
            country_currency=_country_currency(tree, url or ""),
            titles=[t for t in titles if t],
            h1=h1,
            meta=meta,
            html=html,
        )

    def position(self, element) -> int:
        """Document-order index of an element (lazily computed)."""
        if not self.order:
            self.order = {el: i for i, el in enumerate(self.tree.iter())}
        return self.order.get(element, 0)


def _title_h1(tree, meta: dict[str, str]):
    """The product title element: the H1 that best matches og:title / <title>
    (the first one on ties; an H1 inside a link is another product's tile),
    else -- or when the best H1 shares few of the title's words -- the first
    H2/H3 or *title*/*name* element whose text is mostly made of the page
    title's words."""
    title = meta.get("og:title") or _clean_text(" ".join(tree.xpath("//title//text()")))
    best, best_score = None, -1.0
    for h1 in tree.xpath("//h1[not(ancestor::a)]"):
        text = _clean_text(h1.text_content())
        if not text:
            continue
        score = _similarity(text, title) if title else 0.0
        if score > best_score + 0.2:
            best, best_score = h1, score
    if not title or best_score >= 0.5:
        return best
    xpath = "//h2 | //h3 | //*[contains(@class, 'title') or contains(@class, 'name') or contains(@id, 'title')]"
    for el in tree.xpath(xpath):
        text = _clean_text(el.text_content())
        if 3 <= len(text) <= 200 and len(_tokens(text)) >= 2 and _similarity(text, title) >= 0.8:
            return el
    return best


def _country_currency(tree, url: str) -> str | None:
    host = (urlsplit(url).hostname or "").lower()
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    if tld in COUNTRY_CURRENCY:
        return COUNTRY_CURRENCY[tld]
    lang = (tree.get("lang") or "").lower().replace("_", "-")
    region = lang.split("-")[1] if "-" in lang else ""
    return COUNTRY_CURRENCY.get(region)


# ---------------------------------------------------------------------------
# tolerant JSON(-LD) parsing
# ---------------------------------------------------------------------------


def read_meta(tree) -> dict[str, str]:
    """First content of every <meta property|name|itemprop>, keys lower-cased."""
    meta: dict[str, str] = {}
    for el in tree.xpath("//meta[@content]"):
        content = (el.get("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (el.get(attr) or "").strip().lower()
            if key:
                meta.setdefault(key, content)
    return meta
