"""Price text -> amount (Decimal) + ISO 4217 currency: the project's one price parser
and one currency table (the extractor, the pipelines and the matcher all call it).

Built on `price-parser`: its currency database and list of unambiguous
symbols feed the symbol table, and its ``parse_number`` turns a number's text
into a Decimal once the decimal separator is known.  What this package adds is
the context handling the library lacks (it takes the first number in the text
and guesses separators from that number alone):

Modules
    :mod:`crawler.prices.currencies`  the currency symbol table, symbol
    scanning, the ISO mapping (``currency_to_iso``, ``currency_candidates``) and
    each country's currency (``COUNTRY_CURRENCY``);
    :mod:`crawler.prices.parse`  numbers, decimal separators and ``parse_price``
    (which reads currencies through the table).

Everything is importable from ``crawler.prices`` as before.
"""

from __future__ import annotations

from crawler.prices.currencies import COUNTRY_CURRENCY, currency_candidates, currency_to_iso, is_iso_currency
from crawler.prices.parse import MAX_TEXT_LENGTH, MAX_VALID_AMOUNT, ParsedPrice, is_valid_amount, parse_price

__all__ = [
    "COUNTRY_CURRENCY", "MAX_TEXT_LENGTH", "MAX_VALID_AMOUNT", "ParsedPrice", "currency_candidates", "currency_to_iso",
    "is_iso_currency", "is_valid_amount", "parse_price",
]
