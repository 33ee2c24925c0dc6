"""Prices and currencies of extracted values (parsing itself is crawler.prices)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from decimal import Decimal
from decimal import InvalidOperation

from crawler.prices import currency_candidates
from crawler.prices import currency_to_iso as _shared_currency_to_iso
from crawler.prices import parse_price as _shared_parse_price

from crawler.extraction.text import _clean_text, _price_text

if TYPE_CHECKING:
    from crawler.extraction.document import Page


def _positive(amount: Decimal | None) -> Decimal | None:
    """A finite amount above zero, else None. An implausible one (1e-7, 1e30) is kept as
    written: the pipeline's validation refuses it with a rejections row saying why and
    holding the raw value (``invalid_price``), which a None here would turn into a vaguer
    ``missing_price`` - or, for an offer out of stock, into a price silently gone."""
    try:
        return amount if amount is not None and amount.is_finite() and amount > 0 else None
    except InvalidOperation:
        return None


# ---------------------------------------------------------------------------
# prices and currencies
# ---------------------------------------------------------------------------

def symbol_to_iso(symbol: str | None, country_currency: str | None = None) -> str | None:
    """ISO 4217 code for a currency symbol/code as shown on a page (the
    table is crawler.prices'); ambiguous symbols take the site's country
    currency when it is one of theirs."""
    if not symbol or not symbol.strip():
        return None
    return _shared_currency_to_iso(symbol, default_currency=country_currency)


def symbol_iso_candidates(symbol: str) -> set[str]:
    """Every ISO code a shown symbol may stand for (used to score benchmarks)."""
    return set(currency_candidates(symbol))


def to_iso_currency(raw: str | None, country_currency: str | None = None) -> str | None:
    """ISO code of a declared currency (priceCurrency, meta tag): None when empty."""
    return symbol_to_iso(raw, country_currency)


def unread_currency(raw, country_currency: str | None = None) -> str | None:
    """A declared currency (priceCurrency, og:price:currency) that names no currency ("ZZZ",
    "points"), as written, else None: the offer keeps it (``currency_unread``) so the pipeline
    refuses the price with the raw value instead of giving it the shop's own currency."""
    if not isinstance(raw, str) or not raw.strip() or to_iso_currency(raw, country_currency):
        return None
    return _clean_text(raw)[:200] or None


def parse_price_text(text: str, page: Page | None = None) -> tuple[Decimal | None, str | None]:
    """(amount, ISO currency) from price text, via crawler.prices."""
    amount, currency, _ = _price_parts(text, page.country_currency if page else None)
    return amount, currency


_COMMON_SYMBOLS = set("$€£¥₹₩₽₺₪฿₫₱₴₸￥")


def _price_parts(text: str, country: str | None) -> tuple[Decimal | None, str | None, str | None]:
    """(amount, ISO currency, currency as shown) of a short price text."""
    text = _price_text(text)
    if not text or len(text) > 80 or not re.search(r"\d", text):
        return None, None, None
    shared = _shared_parse_price(text, default_currency=country)
    amount, raw = shared.amount, shared.currency_raw
    currency = shared.currency if raw else None
    if currency is None:
        raw, currency = _currency_word(text, country)
    if raw and not _plausible_symbol(raw, currency, country):
        raw = currency = None
    return _positive(amount), currency, raw


def _plausible_symbol(raw: str, currency: str | None, country: str | None) -> bool:
    """Single letters (G, R, K ...) count as currencies only in their own country."""
    core = raw.strip(" .")
    if len(core) > 1 or core in _COMMON_SYMBOLS:
        return True
    return currency is not None and currency == country


def _currency_word(text: str, country: str | None) -> tuple[str | None, str | None]:
    """Currency named by a bare word in price text that price-parser misses."""
    for token in re.findall(r"[^\d\s.,:;()\-–+*/]+\.?", text):
        code = symbol_to_iso(token, country)
        if code:
            return token, code
    return None, None


def _symbol_next_to_number(text: str, raw: str) -> bool:
    symbol = re.escape(raw.strip())
    return bool(re.search(symbol + r"\s?[-+]?\d|\d[\d.,\-]*\s?" + symbol, text, re.I))


def format_amount(amount: Decimal | None) -> str | None:
    if amount is None:
        return None
    if not amount.is_finite() or not -30 < amount.adjusted() < 30:
        # no price (validate refuses it, as written): "1E+999999999" stays in scientific notation,
        # which parse_price reads back (normalize() overflowed, and "f" wrote a million digits)
        return str(amount)
    text = format(amount.normalize(), "f")
    if "." in text and len(text.split(".")[1]) == 1:
        text += "0"
    return text


# ---------------------------------------------------------------------------
