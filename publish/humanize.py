"""Values as a shopper reads them: money, availability, dates, percentages.

Used by the table cells (``publish/plugins/pricelens_render.py``), the shop's pages and the
feeds. Money goes through Babel (CLDR): the currency's symbol, thousands separators and its
usual number of decimals (2 for USD and EUR, none for LBP).
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel import Locale
from babel.numbers import UnknownCurrencyError, format_currency
from markupsafe import Markup, escape

LOCALE = Locale.parse("en_US")  # parsed once: format_currency would parse a string at every call

AVAILABILITY = {
    "InStock": "In stock",
    "OutOfStock": "Out of stock",
    "PreOrder": "Pre-order",
    "BackOrder": "On back-order",
    "Discontinued": "Discontinued",
    "Unknown": "Availability unknown",
    "LimitedAvailability": "Limited stock",
    "SoldOut": "Sold out",
    "InStoreOnly": "In store only",
    "OnlineOnly": "Online only",
}

ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")


def _number(value) -> Decimal | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def money(value, currency: str | None = "USD") -> str:
    """``$1,234.56``, ``€96.69``, ``LBP 8,654,000`` (a no-break space: a price never wraps);
    ``""`` for no value; the bare number with separators when there is no currency."""
    number = _number(value)
    if number is None:
        return ""
    return _money(number, (currency or "").strip().upper())


_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_PROBES = [Decimal(v) for v in ("0", "-0", "1", "0.5", "0.004", "0.005", "0.015", "999.995", "1234567.891", "-5.5",
                                 "-0.004", "12345678901.25", "100", "89500", "8654000")]


@lru_cache(maxsize=None)
def _shape(code: str):
    """How Babel writes an amount in ``code``: (prefix, suffix, decimals) for amounts >= 0 and
    for amounts < 0, when plain number formatting (round half even, like Babel) then gives
    exactly Babel's text for every probe amount; else None (Babel formats each one)."""
    def parts(text):
        found = _DIGITS.search(text)
        return (text[:found.start()], text[found.end():], len(found.group(1) or "")) if found else None

    try:
        shapes = (parts(format_currency(Decimal("1234567.125"), code, locale=LOCALE)),
                  parts(format_currency(Decimal("-1234567.125"), code, locale=LOCALE)))
        if None in shapes:
            return None
        for number in _PROBES:
            if _formatted(number, shapes) != format_currency(number, code, locale=LOCALE):
                return None
    except (UnknownCurrencyError, ValueError):
        return None
    return shapes


def _formatted(number: Decimal, shapes) -> str:
    prefix, suffix, decimals = shapes[1] if number.is_signed() else shapes[0]
    return f"{prefix}{abs(number):,.{decimals}f}{suffix}"


@lru_cache(maxsize=65536)
def _money(number: Decimal, code: str) -> str:
    if code:
        shapes = _shape(code)  # Babel's shape per currency once: a call of format_currency is ~50 µs
        try:
            text = _formatted(number, shapes) if shapes else format_currency(number, code, locale=LOCALE)
        except (UnknownCurrencyError, ValueError):
            text = None
        if text is not None:
            # CLDR writes a code glued to the number (LBP8,654,000): a space reads better
            return re.sub(r"^([A-Z]{3})(?=[\d-])", "\\1\u00a0", text).replace(" ", "\u00a0")
        return f"{number:,.2f}\u00a0{escape(code)}"
    return f"{number:,.2f}"


def usd(value) -> str:
    return money(value, "USD")


def availability(value) -> str:
    if value is None:
        return ""
    text = str(value)
    if text in AVAILABILITY:
        return AVAILABILITY[text]
    # another schema.org name: split its words (LimitedAvailability -> Limited availability)
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text).strip()
    return words[:1].upper() + words[1:].lower()


def parse_iso(value) -> datetime | None:
    if not isinstance(value, str) or not ISO_TIME.match(value.strip()):
        return None
    text = value.strip().replace(" ", "T").replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def when_text(value) -> str:
    """``2 Dec 2026, 05:10 UTC`` (a date alone: ``2 Dec 2026``)."""
    moment = parse_iso(value)
    if moment is None:
        return "" if value is None else str(value)
    if len(str(value).strip()) <= 10:
        return f"{moment.day} {moment:%b %Y}"
    moment = moment.astimezone(timezone.utc)
    return f"{moment.day} {moment:%b %Y, %H:%M} UTC"


def when(value) -> Markup:
    """A ``<time>`` element: the date for people, the ISO value as its tooltip and attribute."""
    if parse_iso(value) is None:
        return Markup(escape("" if value is None else value))
    return Markup(f'<time datetime="{escape(value)}" title="{escape(value)}">{escape(when_text(value))}</time>')


def percent(value, digits: int = 1, *, fraction: bool = False) -> str:
    """``12.5 %``; ``fraction``: the value is 0..1 (a confidence), shown as ``99 %``."""
    number = _number(value)
    if number is None:
        return ""
    if fraction:
        return f"{float(number) * 100:.0f} %"
    text = f"{float(number):,.{digits}f}".rstrip("0").rstrip(".")
    return f"{text} %"


def unit_usd(value) -> str:
    """A price per unit (per seed, per GB ...): ``$6.71`` from a dollar up (the site's two
    decimals), ``$0.068`` below (three: per-GB prices differ in the third), ``""`` for none."""
    number = _number(value)
    if number is None:
        return ""
    if abs(number) >= 1:
        return money(number, "USD")
    return f"{'-' if number < 0 else ''}${abs(number):,.3f}"



def sizes(packs, unit: str | None) -> str:
    """A family's packs or sizes as read: ``"1000, 2000, 4000"`` GB -> ``"1 TB, 2 TB, 4 TB"``
    (TB for a whole number of TB: ``"500 GB, 1 TB"``), ``"1, 3, 5, 10"`` seed ->
    ``"1, 3, 5, 10 seeds"`` (the unit plural unless the only size is 1)."""
    parts = [p.strip() for p in str(packs or "").split(",") if p.strip()]
    if not parts:
        return ""
    unit = (unit or "").strip()
    numbers = [_number(p) for p in parts]
    if unit.upper() == "GB" and any(n is not None and n >= 1000 and n % 1000 == 0 for n in numbers):
        return ", ".join(f"{n / 1000:,f}".rstrip("0").rstrip(".") + " TB" if n is not None and n >= 1000
                         and n % 1000 == 0 else f"{p} GB" for n, p in zip(numbers, parts))
    if unit.upper() == "GB" or not unit:
        return ", ".join(parts) + (f" {unit}" if unit else "")
    plural = not (len(numbers) == 1 and numbers[0] == 1)
    if plural and unit.islower() and unit.isalpha() and len(unit) > 2 and not unit.endswith("s"):
        unit += "s"
    return ", ".join(parts) + f" {unit}"
