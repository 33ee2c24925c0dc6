"""Normalisers of single field values: availability, identifiers, brands, GTINs."""

from __future__ import annotations

import html as html_lib
import re

from crawler.fields import normalize_availability as _normalize_availability

from crawler.gtin import GTIN_LENGTHS, is_valid_gtin

from crawler.extraction.nodes import _text_value
from crawler.extraction.text import _clean_text
from crawler.extraction.vocabulary import _BRAND_LABELS, _LEGAL_FORM_RE

def normalize_availability(value: str | None) -> str | None:
    """Map schema.org URLs, tokens and free text to an availability label (None when unknown):
    the same vocabulary as the pipelines (:func:`crawler.fields.normalize_availability`)."""
    label = _normalize_availability(value) if value else "Unknown"
    return None if label == "Unknown" else label


def _identifier(value) -> str | None:
    text = _text_value(value)
    if not text:
        return None
    text = re.sub(r"^(?:isbn|ean|gtin\d*|upc|sku|mpn|asin)\s*[:#]\s*", "", text, flags=re.I)
    if _placeholder(text):
        return None
    head, _, rest = text.partition(" ")
    if rest and len(head) >= 5 and re.search(r"\d", head) and not re.search(r"\d", rest) and re.search(r"[^\W\d]{3}", rest):
        text = head  # "TE502955-1293415 Housse de canapé" -> the code alone
    return text if len(text) <= 64 else None


def _placeholder(text: str) -> bool:
    """Unrendered template variables such as "$metabrand" or "{{ sku }}"."""
    return bool(re.match(r"^\$[a-z_]", text, re.I) or "{{" in text or "}}" in text or "<%" in text)


# a label in front of the brand ("Brand: Acme", "Marke: Acme", "by Acme")
_BRAND_PREFIX_RE = re.compile(rf"^(?:(?:{_BRAND_LABELS[0].pattern}|{_BRAND_LABELS[1].pattern})\s*[:：]\s*|(?-i:by)\s+)", re.I)
# values that are not a name: unresolved @id references, URLs, schema.org type names
_NOT_A_BRAND_RE = re.compile(
    r"^(?:#.*|[a-z][a-z0-9+.-]*://\S*|//\S*|www\.\S*|(?:schema:)?(?:brand|organization|thing|product)|"
    r"null|none|n/a|undefined|-+)$",
    re.I,
)


def clean_brand(value: str | None) -> str | None:
    """A brand name as shown, or None: labels in front ("Brand: Acme", "See more
    from brand: Acme") are cut; references, URLs and type names are no brand."""
    if not value:
        return None
    value = _clean_text(html_lib.unescape(value))
    if ":" in value and len(value) > 20 and "://" not in value:
        value = value.rsplit(":", 1)[1].strip()  # "See more from brand: Acme" -> "Acme"
    value = _BRAND_PREFIX_RE.sub("", value).strip()
    if not value or _placeholder(value) or len(value) > 60 or _NOT_A_BRAND_RE.match(value):
        return None
    return value


def company_brand(value: str | None) -> str | None:
    """The brand in a manufacturer (company) field: its name without the legal
    form ("Acme Tools GmbH" -> "Acme Tools", "Yongli Industrial Co., Ltd." ->
    "Yongli Industrial"); a name that is only a legal form stays as given."""
    value = clean_brand(value)
    if not value:
        return None
    bare = _LEGAL_FORM_RE.sub("", value).strip(" ,")
    return bare if len(bare) >= 2 else value


def _clean_gtin(value: str | None, strict: bool = False) -> str | None:
    """The digits of a GTIN-8/12/13/14.  A code that lost its leading zeros
    ("32429335302") is padded to the length that makes its check digit
    valid.  A declared code (structured data, meta tags) with a wrong check
    digit is passed on as given, for the item pipeline to judge and record;
    with ``strict`` (codes guessed from page text) it is dropped."""
    if not value:
        return None
    digits = re.sub(r"^(?:isbn|ean|gtin\d*|upc)\s*[:#]?\s*|[\s-]", "", str(value).strip(), flags=re.I)
    if not digits.isdigit() or not 8 <= len(digits) <= 14:
        return None
    for length in GTIN_LENGTHS:
        if length >= len(digits) and is_valid_gtin(digits.zfill(length)):
            return digits.zfill(length)
    return None if strict else digits


# ---------------------------------------------------------------------------


def _normalize_label(text: str) -> str:
    text = re.sub(r"[\u200e\u200f\u00a0]", " ", text)
    return _clean_text(text).strip(" :：-–|·•*").lower()


def _looks_like_id(value: str) -> bool:
    return bool(re.search(r"\d", value)) and len(value) <= 40 and len(value.split()) <= 3


def _first_value(value: str) -> str:
    """Cut a value where a following "Other label:" starts."""
    value = re.split(r"\s+[^\s:]+(?:\s[^\s:]+){0,3}\s?:\s", value)[0]
    return value.strip(" :#")
