"""HTML evidence: visible price, availability and identifiers near the title."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from urllib.parse import urlsplit

from crawler.extraction.urls import join_url, split_url

from crawler.gtin import is_valid_gtin

from crawler.extraction.datalayer import _brand_values
from crawler.extraction.document import Page
from crawler.extraction.money import _COMMON_SYMBOLS, _price_parts, _symbol_next_to_number, parse_price_text
from crawler.extraction.text import _clean_text, _price_text, _spaced_text
from crawler.extraction.values import _clean_gtin, _first_value, clean_brand, company_brand, _identifier, _looks_like_id, _normalize_label, normalize_availability
from crawler.extraction.vocabulary import _ADD_TO_CART_RE, _ANY_LABEL_RE, _AVAILABILITY_HINT_RE, _BRAND_LABELS, _DIGIT_RE, _FEE_MARKUP_RE, _GTIN_LABELS, _INCL_TAX_RE, _ICON_RE, _ID_HINT_RE, _IMAGE_ATTRIBUTES, _MPN_LABELS, _OLD_LABEL_RE, _OLD_PRICE_RE, _PRICE_HINT_RE, _PRICE_NOISE_RE, _SALE_PRICE_RE, _SKU_LABELS, _VARIANT_PICKER_RE
from crawler.extraction.elements import (
    _chrome, _control_like, _disabled, _hidden, _joined_cents, _label_text, _named_in, _neighbour_currency,
    _previous_label, _struck, _text_lengths, _url_id_tokens, _visible_elements,
)

_BRAND_HREF_RE = re.compile(
    r"[/?&=_-](?:brands?|marken?|marques?|marcas?|merken?|brand_?id|manufacturers?|hersteller|fabricant|"
    r"producent|vyrobce|výrobce|бренды?)(?:[/=_-]|$)",
    re.I,
)


# class/id words of an element that holds the product's brand ("product-brand", "brand-name",
# "product__gallery--brand", "manufacturer"); not "branding", "brand-theme", "navbar-brand" (the shop's logo)
_BRAND_CLASS_RE = re.compile(
    r"(?<![a-z])(?<!navbar-)(?:brand(?:[-_]?name)?|manufacturer|marke|marque|marca|hersteller)(?![a-z])", re.I
)


# "label code" without a colon: the label is checked against the identifier labels
_CODE_PAIR_RE = re.compile(r"^(\D{2,30}?)\s+([A-Za-z0-9][\w./-]{2,39})$")
# a number joined by a dash to letters (other than its currency): a code
_CODE_NUMBER_RE = re.compile(r"([A-Za-z]+)-\d|\d-([A-Za-z]+)")
# an amount written with two decimals ("19.99", "1,299.00", "19,99")
_AMOUNT_RE = re.compile(r"\d{1,3}(?:([.,])\d{3})*[.,]\d{2}|\d+[.,]\d{2}")
# the words of labels (identifiers, brand, price, availability): never a labelled value
_LABEL_WORD_RE = re.compile(
    f"(?:{_ANY_LABEL_RE.pattern})|(?:{_PRICE_HINT_RE.pattern})|availability|verf[üu]gbarkeit|disponibilit[ée]|stock",
    re.I,
)
_CODE_LABEL_RE = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (*_SKU_LABELS[:2], *_MPN_LABELS[:1], *_GTIN_LABELS)), re.I
)


# elements from the title within which a brand link / brand-class element is taken as shown
_BRAND_NEAR = 50


_RANGE_RE = re.compile(r"\d\s*(?:[-–—~]|\bto\b|\bbis\b|\bдо\b|\ba\b)\s*\D{0,4}\d")


def _fee_markup(hint: str) -> bool:
    return bool(_FEE_MARKUP_RE.search(hint)) and not _INCL_TAX_RE.search(hint)


@dataclass
class PriceCandidate:
    """A price shown on the page, with the evidence about it."""

    amount: Decimal
    currency: str | None
    score: float  # hand score: nearness to the title, currency, price wording
    position: int
    is_old: bool  # struck through, "was"/"RRP", old/list-price markup
    signature: str = ""
    element: Any = None
    attribute: bool = False  # itemprop=price / data-price, not text
    has_currency: bool = False  # a currency sign right next to the number
    price_hint: bool = False  # "price" in its class/id/itemprop (or an ancestor's)
    sale_hint: bool = False  # "sale", "now", "current", "final" ... there
    repeated: bool = False  # in repeated markup showing different amounts (variants, tiles)


class HtmlEvidence:
    """Heuristics over visible markup; used for fields structured data lacks.

    Only "visible" elements count: not in <script>/<style>, not hidden by
    inline style / ``hidden`` / common hiding classes, and not inside page
    chrome (header, footer, nav, aside) or lists of other products
    (related, recommended, carousel ...).  Distances are counted in elements,
    in document order, from the title H1.
    """

    def __init__(self, page: Page):
        self.page = page
        self.tree = page.tree
        self.anchor = page.position(page.h1) if page.h1 is not None else None
        self.visible = _visible_elements(page)
        self.visible_set = set(self.visible)
        self.text_len = _text_lengths(self.visible)
        self.itemprops: dict[str, list] = {}
        for el in self.tree.xpath("//*[@itemprop]"):
            for name in (el.get("itemprop") or "").split():
                self.itemprops.setdefault(name.lower(), []).append(el)
        self._pairs: list[tuple[str, str, int]] | None = None
        self._labels: dict = {}  # parent element -> its own text (see _label_text)

    def record(self) -> dict:
        price, currency, regular = self.price()
        return {
            "name": self.page.titles[0] if self.page.h1 is not None else None,
            "price": price,
            "currency": currency,
            "regular_price": regular,
            "availability": self.availability(),
            "sku": self.sku(),
            "gtin": self.gtin(),
            "mpn": self.labelled(_MPN_LABELS, max_len=40, check=self._looks_like_id),
            "brand": self.brand(),
            "image": self.image(),
            "category": None,
        }

    def excluded(self, el) -> bool:
        return el not in self.visible_set

    def distance(self, el) -> float:
        """Document-order distance from the title (negative = before it)."""
        if self.anchor is None:
            return float(self.page.position(el))
        return float(self.page.position(el) - self.anchor)

    def near(self, el, limit: int = 1500) -> bool:
        return self.anchor is None or abs(self.distance(el)) <= limit

    # -- price -------------------------------------------------------------

    def price(self) -> tuple[Decimal | None, str | None, Decimal | None]:
        """(amount, currency, regular amount) of the best visible price."""
        candidates = self.price_candidates()
        _penalize_repeats(candidates)
        current = [c for c in candidates if not c.is_old]
        if not current:
            return None, None, None
        best = max(current, key=lambda c: (c.score, -c.position))
        if best.score < 1.5:
            return None, None, None
        olds = [
            c for c in candidates
            if c.is_old and c.amount > best.amount and abs(c.position - best.position) < 40
        ]
        regular = min(olds, key=lambda c: abs(c.position - best.position)).amount if olds else None
        return best.amount, best.currency, regular

    def visible_prices(self) -> set[Decimal]:
        return {c.amount for c in self.price_candidates() if not c.is_old}

    def price_candidates(self) -> list[PriceCandidate]:
        if hasattr(self, "_candidates"):
            return self._candidates
        found = [c for c in map(self._attribute_price, self._price_attribute_elements()) if c]
        seen: set = set()
        for el in self.visible:
            own = (el.text or "") + "".join(child.tail or "" for child in el)
            if not _DIGIT_RE.search(own):
                continue
            node, below, struck = el, None, False
            for _ in range(3):  # the number's element and up to two wrappers
                if node is None or node in seen:
                    break
                seen.add(node)
                if self.text_len.get(node, 61) > 60 or _fee_markup(self._hint(node)):
                    break  # too long, or a fee / instalment ... (its wrappers are no price either)
                cand = self._text_price(node, node.text_content())
                if cand:
                    same = below is not None and below.amount == cand.amount
                    struck = _struck(node) or (struck and same)
                    if struck or (same and below.is_old and _OLD_LABEL_RE.search(_label_text(below.element, self._labels))):
                        cand.is_old = True  # a struck-through / "was"-labelled price or a wrapper around one
                    found.append(cand)
                    below = cand
                node = node.getparent()
        self._candidates = found
        return found

    def _price_attribute_elements(self) -> list:
        return self.itemprop("price") + self.tree.xpath("//*[@data-price or @data-price-amount or @data-product-price]")

    def itemprop(self, *names: str) -> list:
        """Elements with one of these itemprop names (inside an itemscope or not)."""
        return [el for name in names for el in self.itemprops.get(name.lower(), [])]

    def _attribute_price(self, el) -> PriceCandidate | None:
        if self.excluded(el):
            return None
        raw = el.get("content") or el.get("data-price") or el.get("data-price-amount") or el.get("data-product-price")
        if raw is None:
            raw = el.text_content()
        amount, currency = parse_price_text(raw, self.page)
        if amount is None or _fee_markup(self._hint(el)):
            return None
        if -amount.as_tuple().exponent > 3:  # an unrounded computation ("10.748401")
            amount = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        score = 3.0 + self._proximity(el)
        return PriceCandidate(
            amount, currency, score, self.page.position(el), self._is_old(el), "@" + el.tag,
            element=el, attribute=True, has_currency=bool(currency), price_hint=True,
            sale_hint=bool(_SALE_PRICE_RE.search(self._hint(el))),
        )

    def _text_price(self, el, text: str) -> PriceCandidate | None:
        text = _price_text((_joined_cents(el) or _spaced_text(el)) if len(el) else text)
        text = re.sub(r"(\d)\s*([.,])\s*(\d)", r"\1\2\3", text)
        if not text:
            return None
        numbers = re.findall(r"\d+(?:[.,'’\s]\d+)*", text)  # "1’299.00": a Swiss thousands mark
        if len(numbers) > 1 and not (len(numbers) == 2 and _RANGE_RE.search(text)):
            return None  # several numbers: not one price (a range "A – B" gives its start, A)
        amount, currency, raw = _price_parts(text, self.page.country_currency)
        if amount is None or amount > Decimal("100000000"):
            return None
        if raw and not _symbol_next_to_number(text, raw):
            currency = raw = None
        code = _CODE_NUMBER_RE.search(text)
        if code and (code.group(1) or code.group(2)).upper() != (raw or "").strip().upper():
            return None  # the number is part of a code ("SKU-12345678", "12345-AB"), no amount
        leftover = re.sub(r"[\d.,\s\-–:]+", " ", text.replace(raw, " ") if raw else text)
        if len(_clean_text(leftover)) > 25:
            return None
        if currency is None and re.fullmatch(r"[\d.,\s]+", text):
            currency = _neighbour_currency(el, self.page.country_currency)
        hint = self._hint(el)
        has_price_hint = bool(_PRICE_HINT_RE.search(hint))
        if raw and len(raw) > 3 and raw.isalpha() and not raw.isupper() and not has_price_hint:
            return None  # a spelled-out word ("0.66 Pounds" is a weight) needs price markup
        if currency is None and not has_price_hint:
            return None
        if _PRICE_NOISE_RE.search(text) or _PRICE_NOISE_RE.search(_label_text(el, self._labels)):
            return None
        if currency is None and re.search(r"\(\s*\d+\s*\)", text):
            return None  # "Compare all prices (2)": a count
        if _fee_markup(hint):
            return None  # a fee, tax, shipping, instalment or unit price
        sale_hint = bool(_SALE_PRICE_RE.search(hint))
        score = self._proximity(el)
        score += 1.5 if currency else 0
        score += 2 if has_price_hint else 0
        score += 0.5 if sale_hint else 0
        signature = f"{el.tag}.{el.get('class') or ''}"
        # "Was €79.99", "RRP £79.99", "statt 79,99 €": the element's own words say regular price
        is_old = self._is_old(el) or bool(_OLD_LABEL_RE.search(leftover))
        return PriceCandidate(
            amount, currency, score, self.page.position(el), is_old, signature,
            element=el, has_currency=bool(currency), price_hint=has_price_hint, sale_hint=sale_hint,
        )

    def _hint(self, el) -> str:
        """class / id / itemprop of the element and two ancestors."""
        parts = []
        node = el
        for _ in range(3):
            if node is None:
                break
            parts.extend([node.get("class") or "", node.get("id") or "", node.get("itemprop") or ""])
            node = node.getparent()
        return " ".join(parts).lower()

    def _is_old(self, el) -> bool:
        """Struck through, labelled "was"/"RRP"... (around it or by the label
        element right before it), or marked old/was/list price by its
        (parent's) class or id."""
        if _struck(el) or _OLD_LABEL_RE.search(_label_text(el, self._labels)) or _OLD_LABEL_RE.search(_previous_label(el)):
            return True
        node = el
        for _ in range(2):
            if node is None:
                break
            own = ((node.get("class") or "") + " " + (node.get("id") or "")).lower()
            if _OLD_PRICE_RE.search(own):
                return True
            node = node.getparent()
        return False

    def _proximity(self, el) -> float:
        """Up to 3 points right after the title, up to 2 right before it, less further away."""
        if self.anchor is None:
            return 1.0
        d = self.distance(el)
        if d >= 0:
            return 3.0 / (1.0 + d / 60.0)
        return 2.0 / (1.0 + -d / 120.0)

    # -- availability ------------------------------------------------------

    def availability(self) -> str | None:
        """itemprop=availability of the main product, else an enabled
        add-to-cart control (InStock), else the text of the nearest
        availability/stock element (see hinted_availability)."""
        value = self.itemprop_availability()
        if value:
            return value
        if self.has_add_to_cart():
            return "InStock"
        return self.hinted_availability() or self.stated_unavailable()

    def stated_unavailable(self) -> str | None:
        """Nothing next to the title can be bought and a short text right
        after it (not a specification table's value) says so ("Sold out", "Rupture de stock", "Nicht lieferbar"), with no
        stock markup around it: OutOfStock (or Discontinued).  Never InStock:
        shops word availability too many ways to read it from bare text."""
        for el in self.visible:
            if self.text_len.get(el, 0) > 40 or not 0 <= self.distance(el) <= 150:
                continue
            own = _clean_text((el.text or "") + " " + " ".join(c.tail or "" for c in el))
            if len(own) < 4 or _DIGIT_RE.search(own) or self._in_variant_picker(el):
                continue
            if el.tag in ("td", "th", "dd", "dt") or any(a.tag in ("table", "dl") for a in el.iterancestors()):
                continue  # a specification's value ("Timer: none") is no stock state
            value = normalize_availability(own)
            if value in ("OutOfStock", "Discontinued"):
                return value
        return None

    def itemprop_availability(self) -> str | None:
        """itemprop=availability nearest to the title, skipping hidden and
        chrome subtrees (tiles of other products); an out-of-stock mark outside
        the main block does not count while the main block can be bought."""
        found = []
        for el in self.itemprop("availability"):
            if not self.in_content(el):
                continue
            value = normalize_availability(el.get("href") or el.get("content") or el.text_content())
            if not value:
                continue
            if value != "InStock" and self.can_be_bought() and not self.in_main_block(el):
                continue
            found.append((abs(self.distance(el)), self.page.position(el), value))
        return min(found)[2] if found else None

    def in_content(self, el) -> bool:
        """Not inside a hidden or chrome subtree (the title's ancestors excepted)."""
        keep = self._title_lineage()
        for node in el.iterancestors():
            if node in keep:
                return True
            if node in self.visible_set:
                return True  # visible ancestors were already checked all the way up
            if isinstance(node.tag, str) and (_hidden(node) or _chrome(node)):
                return False
        return True

    def _title_lineage(self) -> set:
        if not hasattr(self, "_lineage"):
            h1 = self.page.h1
            self._lineage = {h1, *h1.iterancestors()} if h1 is not None else set()
        return self._lineage

    def hinted_availability(self) -> str | None:
        """Stock wording of the availability/stock element nearest to the
        title, not in variant pickers (their marks are per size or colour) nor
        in repeated markup; when such elements disagree, in stock wins."""
        found = []
        for el in self.visible:
            hint = (el.get("class") or "") + " " + (el.get("id") or "")
            if not _AVAILABILITY_HINT_RE.search(hint) or not self.near(el):
                continue
            if self._in_variant_picker(el):
                continue
            text = _clean_text(el.text_content())
            if not text or len(text) > 150:
                continue
            value = normalize_availability(text)
            if value:
                found.append((abs(self.distance(el)), value))
        if not found:
            return None
        nearest = min(found)[1]
        return "InStock" if nearest != "InStock" and any(v == "InStock" for _, v in found) else nearest

    def _in_variant_picker(self, el) -> bool:
        node = el
        for _ in range(4):
            if node is None or not isinstance(node.tag, str):
                return False
            if node.tag in ("li", "option", "label") and node.getparent() is not None:
                siblings = [s for s in node.getparent() if s.tag == node.tag]
                if len(siblings) >= 2:
                    return True  # one of a list of options
            hint = (node.get("class") or "") + " " + (node.get("id") or "") + " " + (node.get("name") or "")
            if _VARIANT_PICKER_RE.search(hint):
                return True
            node = node.getparent()
        return False

    def has_add_to_cart(self) -> bool:
        """Is there an enabled "add to cart" / "buy" control near the title?"""
        return bool(self.buy_controls())

    def buy_controls(self) -> list:
        """Enabled "add to cart" / "buy" controls near the title, in document order."""
        if hasattr(self, "_buy_controls"):
            return self._buy_controls
        found = []
        for el in self.visible:
            if not _control_like(el) or self.text_len.get(el, 0) > 60:
                continue
            if not self.near(el) or _disabled(el):
                continue
            label = " ".join(
                [el.text_content(), el.get("value") or "", el.get("id") or "", el.get("name") or "",
                 el.get("class") or "", el.get("title") or "", el.get("aria-label") or ""]
            )
            if _ADD_TO_CART_RE.search(label):
                found.append(el)
        self._buy_controls = found
        return found

    def main_block(self):
        """The main product's block: the smallest element holding both the
        title and the buy control nearest to it (None without either, or
        when that is the whole page)."""
        if hasattr(self, "_main_block"):
            return self._main_block
        block = None
        companion = None
        controls = self.buy_controls()
        if controls:  # the buy control after the title (as product pages lay it out), else the nearest
            after = [el for el in controls if 0 <= self.distance(el) <= 300]
            companion = min(after or controls, key=lambda el: abs(self.distance(el)))
        else:
            companion = self._main_image()
        if self.page.h1 is not None and companion is not None:
            lineage = {self.page.h1, *self.page.h1.iterancestors()}
            node = companion
            while node is not None and node not in lineage:
                node = node.getparent()
            if node is not None and node.tag not in ("html", "body"):
                block = node
        self._main_block = block
        return block

    def _main_image(self):
        """The visible <img> showing the page's og:image / twitter:image (same file name), nearest the title."""
        image = self.page.meta.get("og:image") or self.page.meta.get("twitter:image") or ""
        parts = split_url(image)
        name = parts.path.rsplit("/", 1)[-1] if parts is not None else ""
        stem = name.rsplit(".", 1)[0]
        if len(stem) < 4:
            return None
        found = [
            (abs(self.distance(el)), self.page.position(el), el) for el in self.visible
            if el.tag == "img" and any(stem in (el.get(a) or "") for a in _IMAGE_ATTRIBUTES) and self.near(el, 400)
        ]
        return min(found, key=lambda t: t[:2])[2] if found else None

    def can_be_bought(self) -> bool:
        """Does the main block hold an enabled buy control?"""
        return self.main_block() is not None and any(self.in_main_block(el) for el in self.buy_controls())

    def in_main_block(self, el) -> bool:
        block = self.main_block()
        return block is not None and el is not None and (el is block or block in el.iterancestors())

    # -- identifiers -------------------------------------------------------

    def spec_pairs(self) -> list[tuple[str, str, int]]:
        """(label, value, position) from table rows, <dt>/<dd>, "Label: value"
        texts and label elements followed by a value element."""
        if self._pairs is not None:
            return self._pairs
        pairs: list[tuple[str, str, int]] = []
        for el in self.visible:
            position = self.page.position(el)
            if el.tag == "tr":
                cells = [c for c in el if isinstance(c.tag, str) and c.tag in ("th", "td")]
                if len(cells) == 2:
                    pairs.append((_normalize_label(_spaced_text(cells[0])), _spaced_text(cells[1]), position))
                continue
            if el.tag == "dt":
                nxt = el.getnext()
                if nxt is not None and nxt.tag == "dd":
                    pairs.append((_normalize_label(_spaced_text(el)), _spaced_text(nxt), position))
                continue
            length = self.text_len.get(el, 0)
            if length > 120 or length < 2:
                continue
            raw = el.text_content()
            if ":" in raw or "：" in raw:
                text = re.sub(r"[\u200e\u200f]", "", _spaced_text(el))
                match = re.match(r"^([^:：]{2,40})[:：]\s*([^:：]{1,80})$", text)
                if match:
                    pairs.append((_normalize_label(match.group(1)), match.group(2).strip(), position))
                    continue
            if length <= 40 and not _DIGIT_RE.search(raw):
                label = _normalize_label(raw)
                nxt = el.getnext()
                if _ANY_LABEL_RE.fullmatch(label) and nxt is not None and nxt in self.visible_set:
                    value = _spaced_text(nxt)
                    if 0 < len(value) <= 80:
                        pairs.append((label, value, position))
            elif length <= 60 and len(el) == 0 and raw.lstrip()[:1].isalpha():
                # "Item # 88-1234", "Art.-Nr. 123456": an identifier label and a code, no colon
                match = _CODE_PAIR_RE.match(_clean_text(raw))
                if match and _CODE_LABEL_RE.fullmatch(_normalize_label(match.group(1))):
                    pairs.append((_normalize_label(match.group(1)), match.group(2), position))
        self._pairs = pairs
        return pairs

    def labelled(self, tiers: list[re.Pattern], max_len: int = 64, check=None) -> str | None:
        """Value of the nearest pair whose label matches, trying tiers in order."""
        for labels in tiers:
            found = []
            for label, value, position in self.spec_pairs():
                if not labels.fullmatch(label):
                    continue
                value = _first_value(value)
                if not value or len(value) > max_len or (check and not check(value)):
                    continue
                if _LABEL_WORD_RE.fullmatch(_normalize_label(value)):
                    continue  # a label word ("Brand:" then "SKU" / "Price") is the next label, no value
                found.append((abs(position - (self.anchor or 0)), value))
            if found:
                return min(found)[1]
        return None

    def labelled_sku(self) -> str | None:
        """A SKU shown with an explicit label (SKU, item number, product code ...)."""
        return self.labelled(_SKU_LABELS[:2], max_len=40, check=self._looks_like_id)

    def visible_text(self) -> str:
        if not hasattr(self, "_visible_text"):
            parts: list[str] = []
            add = parts.append
            for el in self.visible:
                if el.text:
                    add(el.text)
                for child in el:
                    if child.tail:
                        add(child.tail)
            self._visible_text = " ".join(parts)
        return self._visible_text

    def sku(self) -> str | None:
        for el in self.itemprop("sku", "productID"):
            value = _identifier(el.get("content") or el.text_content())
            if value:
                return value
        return (
            self.labelled(_SKU_LABELS[:2], max_len=40, check=self._looks_like_id)
            or self.hinted_id()
            or self.labelled(_SKU_LABELS[2:], max_len=40, check=self._looks_like_id)
            or self.url_id()
        )

    def _looks_like_id(self, value: str) -> bool:
        """Id-like, and not an amount the page shows as a price ("Item # 19.99"
        next to "$19.99": a number with two decimals that is a shown price)."""
        if not _looks_like_id(value):
            return False
        if _AMOUNT_RE.fullmatch(value):
            amount = Decimal(re.sub(r"[.,](?=\d{3}\b)", "", value).replace(",", "."))
            if amount in self.visible_prices():
                return False
        return True

    def hinted_id(self) -> str | None:
        """Short id-like text of an element whose class/id/data-* names a reference."""
        for el in self.visible:
            names = " ".join(v for k, v in el.attrib.items() if k in ("class", "id") or k.startswith("data-"))
            if not names or not _ID_HINT_RE.search(names) or not self.near(el, 800):
                continue
            text = _spaced_text(el)
            match = re.match(r"^(?:[^:：]{2,30}[:：]\s*)?(\S+)$", text)
            if match and self._looks_like_id(match.group(1)) and len(match.group(1)) >= 4:
                if any(sym in match.group(1) for sym in _COMMON_SYMBOLS):
                    continue  # an amount with its currency ("US$11.99") is no reference
                return match.group(1)
        return None

    def url_id(self) -> str | None:
        """An id-like token of the URL that the page repeats (visible text or data-* id attribute)."""
        tokens = _url_id_tokens(self.page.url)
        if not tokens:
            return None
        visible = self.visible_text()
        for token in tokens:
            match = re.search(r"(?<![\w/-])" + re.escape(token) + r"(?![\w/-])", visible, re.I)
            if match:
                return match.group(0)
            attribute = r"data-[\w-]*(?:id|sku)[\w-]*\s*=\s*[\"']" + re.escape(token) + "[\"']"
            if re.search(attribute, self.page.html, re.I):
                return token
        return None

    def gtin(self) -> str | None:
        for el in self.itemprop("gtin13", "gtin12", "gtin14", "gtin8", "gtin", "isbn"):
            value = _clean_gtin(el.get("content") or el.text_content())
            if value:
                return value
        value = self.labelled(_GTIN_LABELS, max_len=20, check=lambda v: is_valid_gtin(re.sub(r"[\s-]", "", v)))
        return re.sub(r"[\s-]", "", value) if value else None

    def image(self) -> str | None:
        """<link rel=image_src>, else the picture nearest to the title."""
        for href in self.tree.xpath("//link[@rel='image_src']/@href"):
            if href.strip() and join_url(self.page.url, href.strip()):
                return join_url(self.page.url, href.strip())
        found = []
        for el in self.visible:
            if el.tag != "img" or not self.near(el, 400):
                continue
            src = next((el.get(a) for a in _IMAGE_ATTRIBUTES if (el.get(a) or "").strip()), None)
            if (not src or src.startswith("data:") or _ICON_RE.search(src + " " + (el.get("class") or ""))
                    or join_url(self.page.url, src.strip()) is None):
                continue
            sizes = [int(v) for v in (el.get("width"), el.get("height")) if v and v.isdigit()]
            if sizes and min(sizes) < 100:
                continue
            large = any(el.get(a) for a in _IMAGE_ATTRIBUTES[:4])  # a zoom / high-resolution version
            found.append((not large, abs(self.distance(el)), src.strip()))
        return join_url(self.page.url, min(found)[2]) if found else None

    def brand(self) -> str | None:
        for el in self.itemprop("brand"):
            value = _clean_text(el.get("content") or el.text_content())
            if value and len(value) <= 60:
                return value
        return self.labelled_brand() or self.brand_element()

    def labelled_brand(self) -> str | None:
        """A brand the page labels ("Brand: Acme", "Brand name: Acme"), else a
        labelled manufacturer without its legal form ("Hersteller: Acme GmbH")."""
        return self.labelled(_BRAND_LABELS[:1], max_len=50) or company_brand(
            self.labelled(_BRAND_LABELS[1:], max_len=50)
        )

    def shows(self, name: str) -> bool:
        """Does the visible content (texts, pictures' alt texts) show ``name``
        (case, accents and punctuation aside)?"""
        if not hasattr(self, "_shown_text"):
            alts = " ".join(el.get("alt") or "" for el in self.visible if el.tag == "img")
            self._shown_text = _fold(self.visible_text() + " " + alts)
        pieces = re.findall(r"\w+", _fold(name))
        if not pieces:
            return False
        pattern = r"(?<!\w)" + r"[\W_]*".join(re.escape(p) for p in pieces) + r"(?!\w)"
        return re.search(pattern, self._shown_text) is not None

    def brand_element(self) -> str | None:
        """The text (or picture alt) of an element near the title that is a
        brand: a link to a brand page (``/brand/acme``, ``?manufacturer=``) or
        an element whose class/id says brand.  Right by the title (within
        ``_BRAND_NEAR`` elements) it is the product's brand as shown; further
        away it counts only when a second place confirms it: the title names
        it (spelled as the title shows it), or the page's analytics data layer
        gives exactly that brand."""
        title = self.page.titles[0] if self.page.titles else ""
        if not title:
            return None
        layer = None
        found = []
        for el in self.visible:
            if el.tag == "a" and _BRAND_HREF_RE.search(el.get("href") or ""):
                limit = 300
            elif _BRAND_CLASS_RE.search((el.get("class") or "") + " " + (el.get("id") or "")):
                limit = 100
            else:
                continue
            if not self.near(el, limit) or self._home_link(el):
                continue
            written = _clean_text(el.text_content())
            text = written or " ".join(
                img.get("alt") or img.get("title") or "" for img in el.iter("img")
            ).strip()
            text = clean_brand(text) if 0 < len(text) <= 60 else None
            if not text or len(text) > 40 or (not written and self._site_name(text)):
                continue  # the shop's own name as a picture is its logo, no brand element
            # (written as text, not linking home, the shop's name is the brand: a
            # brand's own shop sells its brand - "Samsung" on samsung.com)
            spelled = _named_in(text, title)
            if not spelled and abs(self.distance(el)) <= _BRAND_NEAR:
                spelled = text
            if not spelled:
                if layer is None:
                    layer = {_fold(v) for v in _brand_values(self.page.html)}
                spelled = text if _fold(text) in layer else None
            if spelled:
                found.append((abs(self.distance(el)), spelled))
        return min(found)[1] if found else None


    def _home_link(self, el) -> bool:
        """Is ``el`` (or a link in or around it) a link to the site's home page (a logo)?"""
        links = [el] if el.tag == "a" else [*el.iter("a"), *(a for a in el.iterancestors("a"))]
        for link in links:
            href = (link.get("href") or "").strip()
            joined = join_url(self.page.url, href) if href else None
            parts = split_url(joined) if joined else None
            if parts is not None and parts.path in ("", "/") and not parts.query:
                return True
        return False

    def _site_name(self, text: str) -> bool:
        """Is ``text`` the shop's own name, as its host spells it ("Acme" on www.acme-shop.com is not, on acme.com it is)?"""
        host = (urlsplit(self.page.url).hostname or "").lower()
        labels = [p for p in host.split(".") if p not in ("www", "shop", "store", "m")]
        name = re.sub(r"\W|_", "", _fold(text))
        return bool(name) and bool(labels) and name == re.sub(r"\W|_", "", labels[0])


def _fold(text: str) -> str:
    """Lower case without accents ("Björn" -> "bjorn")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _penalize_repeats(candidates: list[PriceCandidate]) -> None:
    """Prices in repeated markup with different amounts (variant swatches,
    option lists) are less likely to be the product's own price."""
    amounts: dict[str, set] = {}
    for c in candidates:
        amounts.setdefault(c.signature, set()).add(c.amount)
    for c in candidates:
        if c.signature and len(amounts[c.signature]) >= 2:
            c.score -= 1.0
            c.repeated = True

