"""Prices and currencies of extracted values (parsing itself is crawler.prices)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from decimal import Decimal
from decimal import InvalidOperation

from crawler.prices import currency_to_iso as _shared_currency_to_iso
from crawler.prices import parse_price as _shared_parse_price

from crawler.extraction.text import _clean_text

if TYPE_CHECKING:
    from crawler.extraction.document import Page

_CCTLD_CURRENCY = {
    "uk": "GBP", "gb": "GBP", "ca": "CAD", "au": "AUD", "nz": "NZD", "ar": "ARS",
    "cl": "CLP", "mx": "MXN", "co": "COP", "br": "BRL", "pe": "PEN", "uy": "UYU",
    "in": "INR", "pk": "PKR", "lk": "LKR", "np": "NPR", "kz": "KZT", "ru": "RUB",
    "by": "BYN", "ua": "UAH", "pl": "PLN", "cz": "CZK", "hu": "HUF", "ro": "RON",
    "bg": "BGN", "hr": "HRK", "rs": "RSD", "se": "SEK", "no": "NOK", "dk": "DKK",
    "is": "ISK", "ch": "CHF", "li": "CHF", "jp": "JPY", "cn": "CNY", "kr": "KRW",
    "tw": "TWD", "hk": "HKD", "sg": "SGD", "my": "MYR", "th": "THB", "id": "IDR",
    "ph": "PHP", "vn": "VND", "tr": "TRY", "il": "ILS", "sa": "SAR", "ae": "AED",
    "qa": "QAR", "kw": "KWD", "eg": "EGP", "za": "ZAR", "ng": "NGN", "ke": "KES",
    "ma": "MAD", "us": "USD",
    **dict.fromkeys(
        "de fr it es pt nl be at ie fi gr sk si lv lt ee lu mt cy".split(), "EUR"
    ),
}


def _positive(amount: Decimal | None) -> Decimal | None:
    try:
        return amount if amount is not None and amount.is_finite() and amount > 0 else None
    except InvalidOperation:
        return None


# ---------------------------------------------------------------------------
# availability


# ---------------------------------------------------------------------------
# prices and currencies
# ---------------------------------------------------------------------------

# Symbols whose ISO code is not obvious from price-parser's table, and the
# default for ambiguous ones (overridden by the page's country when it uses
# the same symbol).
_SYMBOL_ISO = {
    "$": "USD", "us$": "USD", "usd": "USD", "c$": "CAD", "ca$": "CAD", "cad": "CAD",
    "a$": "AUD", "au$": "AUD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "mx$": "MXN",
    "r$": "BRL", "nt$": "TWD", "€": "EUR", "eur": "EUR", "euro": "EUR", "£": "GBP",
    "gbp": "GBP", "¥": "JPY", "￥": "JPY", "円": "JPY", "元": "CNY", "rmb": "CNY",
    "₹": "INR", "rs": "INR", "rs.": "INR", "₨": "INR", "₩": "KRW", "원": "KRW",
    "₽": "RUB", "руб": "RUB", "руб.": "RUB", "р.": "RUB", "₴": "UAH", "грн": "UAH",
    "₸": "KZT", "тг": "KZT", "тг.": "KZT", "тенге": "KZT", "zł": "PLN", "zl": "PLN",
    "kč": "CZK", "kc": "CZK", "ft": "HUF", "lei": "RON", "лв": "BGN", "лв.": "BGN",
    "kn": "HRK", "kr": "SEK", "kr.": "DKK", "chf": "CHF", "fr.": "CHF", "₺": "TRY",
    "tl": "TRY", "₪": "ILS", "฿": "THB", "₫": "VND", "₱": "PHP", "rp": "IDR",
    "rm": "MYR", "r": "ZAR", "ر.س": "SAR", "sr": "SAR", "د.إ": "AED", "aed": "AED",
    "br": "BYN", "byn": "BYN", "руб.бел": "BYN",
}
# ccTLD currency wins for these ambiguous symbols when it shares them.
_SYMBOL_FAMILY = {
    "$": {"USD", "CAD", "AUD", "NZD", "ARS", "CLP", "MXN", "COP", "SGD", "HKD", "TWD", "UYU", "BRL"},
    "kr": {"SEK", "NOK", "DKK", "ISK"},
    "kr.": {"SEK", "NOK", "DKK", "ISK"},
    "rs": {"INR", "PKR", "LKR", "NPR"},
    "rs.": {"INR", "PKR", "LKR", "NPR"},
    "₨": {"INR", "PKR", "LKR", "NPR"},
    "¥": {"JPY", "CNY"},
    "元": {"CNY", "TWD", "HKD"},
    "￥": {"JPY", "CNY"},
    "£": {"GBP", "EGP"},
    "fr.": {"CHF"},
    "р.": {"RUB", "BYN"},
    "руб": {"RUB", "BYN"},
    "руб.": {"RUB", "BYN"},
    "br": {"BYN"},
}


def _price_parser_symbols() -> dict[str, str]:
    """symbol -> ISO from price-parser's own currency table (if available)."""
    try:
        from price_parser._currencies import CURRENCIES
    except ImportError:  # pragma: no cover
        return {}
    table: dict[str, str] = {}
    for code, info in CURRENCIES.items():
        for key in ("s", "sn"):
            symbol = info.get(key)
            if symbol:
                table.setdefault(_symbol_key(symbol), code)
        for symbol in info.get("sn2", []) or []:
            table.setdefault(_symbol_key(symbol), code)
    return table


def _symbol_key(symbol: str) -> str:
    return re.sub(r"[\u200e\u200f\s~]", "", symbol).lower()


_ISO_CODES: set[str] = set()
try:
    from price_parser._currencies import CURRENCIES as _PP_CURRENCIES

    _ISO_CODES = {c for c in _PP_CURRENCIES if re.fullmatch(r"[A-Z]{3}", c)}
except ImportError:  # pragma: no cover
    pass
_ISO_CODES |= set(_CCTLD_CURRENCY.values()) | {"EUR", "USD", "BYN"}
_PP_SYMBOLS = _price_parser_symbols()


def symbol_to_iso(symbol: str | None, country_currency: str | None = None) -> str | None:
    """ISO 4217 code for a currency symbol/code as shown on a page."""
    if not symbol:
        return None
    key = _symbol_key(symbol)
    if not key:
        return None
    if key.upper() in _ISO_CODES:
        return key.upper()
    family = _SYMBOL_FAMILY.get(key)
    if family and country_currency in family:
        return country_currency
    if key in _SYMBOL_ISO:
        return _SYMBOL_ISO[key]
    stripped = key.rstrip(".")
    if stripped in _SYMBOL_ISO:
        return _SYMBOL_ISO[stripped]
    return _PP_SYMBOLS.get(key) or _PP_SYMBOLS.get(stripped)


def symbol_iso_candidates(symbol: str) -> set[str]:
    """Every ISO code a shown symbol may stand for (used to score benchmarks)."""
    key = _symbol_key(symbol)
    found = {symbol_to_iso(symbol)} | _SYMBOL_FAMILY.get(key, set())
    return {c for c in found if c}


def to_iso_currency(raw: str | None, country_currency: str | None = None) -> str | None:
    if not raw:
        return None
    try:
        code = _shared_currency_to_iso(raw, default_currency=country_currency)
    except Exception:
        code = None
    return code or symbol_to_iso(raw, country_currency)


def parse_price_text(text: str, page: Page | None = None) -> tuple[Decimal | None, str | None]:
    """(amount, ISO currency) from price text, via crawler.prices."""
    amount, currency, _ = _price_parts(text, page.country_currency if page else None)
    return amount, currency


_COMMON_SYMBOLS = set("$€£¥₹₩₽₺₪฿₫₱₴₸￥")


def _price_parts(text: str, country: str | None) -> tuple[Decimal | None, str | None, str | None]:
    """(amount, ISO currency, currency as shown) of a short price text."""
    text = _clean_text(text)
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
    text = format(amount.normalize(), "f")
    if "." in text and len(text.split(".")[1]) == 1:
        text += "0"
    return text


# ---------------------------------------------------------------------------
