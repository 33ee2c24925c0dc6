"""GTIN (EAN/UPC/ITF-14) normalisation and GS1 check-digit validation.

A GTIN is 8 (EAN-8), 12 (UPC-A), 13 (EAN-13, ISBN-13) or 14 (ITF-14/GTIN-14)
digits, the last being a GS1 mod-10 check digit: weigh the other digits 3, 1,
3, 1 ... starting from the one next to the check digit, and the check digit
brings the sum to a multiple of ten.

Rules used here:

* Spaces (any Unicode space) and hyphens are separators and are removed
  ("1-23456-78999-9", "4719-5127"); any other character makes the value
  invalid (dots included: "4234.5671" is not read as a GTIN).
* Non-ASCII decimal digits ("٤٢٣٤٥٦٧١") are read as digits.
* ``normalize_gtin`` returns the digits as given, not padded, so a page's
  UPC-A stays 12 digits.  ``gtin14`` left-pads a *valid* code to 14 digits,
  the form to compare codes of different lengths with (UPC-A 614141000036
  and EAN-13 0614141000036 are the same product).
* Integers have lost their leading zeros, so they are padded to the shortest
  GTIN length that holds them (8, 12, 13 or 14) before checking.
* A code of fewer than 8 significant digits (``123`` padded to "00000123", "0000000000123")
  passes mod-10 but is no product: GTIN-8s that start with 0 are restricted-circulation
  numbers (GS1-8 prefix 0), and longer GTINs carry a company prefix.  So ``gtin=123`` (an
  int, padded) and ``gtin="123"`` get one answer, no GTIN (session 27, robust27; the int was
  accepted).  All-zero codes are the extreme case: invalid.  (A *string* of 9-11 digits stays
  a wrong length: text keeps its zeros, and the shared vectors label "423456712" invalid.)

This is the project's only GTIN check: the extractor
(:mod:`crawler.extraction.values`), the matcher (``crawler.matching._gtin``)
and the pipelines call it.  The GS1 check digit itself is python-stdnum's
(``stdnum.ean``).
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from stdnum import ean as _ean

__all__ = ["GTIN_LENGTHS", "gs1_check_digit", "gtin14", "is_valid_gtin", "isbn10_as_gtin", "normalize_gtin"]

GTIN_LENGTHS = (8, 12, 13, 14)


def gs1_check_digit(payload: str) -> int:
    """GS1 mod-10 check digit for ``payload`` (the digits before the check digit)."""
    return int(_ean.calc_check_digit(payload))


MAX_DIGITS = 64  # a number longer than this is no code of any kind (a GTIN has 14 digits at most)


def _digits(value) -> str | None:
    """The value's digits with separators removed, or None if it is not digits."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float):
        if not value.is_integer() or value < 0:
            return None
        value = int(value)
    if isinstance(value, Decimal):
        if not value.is_finite() or value < 0 or value.adjusted() > MAX_DIGITS or value != value.to_integral_value():
            return None
        value = int(value)
    if isinstance(value, int):
        if value < 0 or value.bit_length() > 4 * MAX_DIGITS:  # (str() of a 4,301-digit int raises)
            return None
        text = str(value)
        for length in GTIN_LENGTHS:  # leading zeros were lost: restore the shortest form
            if len(text) <= length:
                return text.zfill(length)
        return text
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    if not isinstance(value, str):
        return None
    out = []
    for ch in value:
        if ch.isspace() or ch in "-\u2010\u2011\u2012\u2013":
            continue
        digit = unicodedata.decimal(ch, None)
        if digit is None:
            return None
        out.append(str(digit))
    return "".join(out) or None


def normalize_gtin(value, *, check: bool = False) -> str | None:
    """Digits of a GTIN-8/12/13/14, separators removed, not padded.

    Returns None when the value is not 8, 12, 13 or 14 digits.  With
    ``check=True`` it also returns None when the check digit is wrong or the
    code is all zeros (same as ``is_valid_gtin``).
    """
    digits = _digits(value)
    if digits is None or len(digits) not in GTIN_LENGTHS:
        return None
    if check and not _valid_digits(digits):
        return None
    return digits


MIN_SIGNIFICANT_DIGITS = 8  # fewer, once leading zeros are dropped, is no product's code (see above)


def _valid_digits(digits: str) -> bool:
    return len(digits.lstrip("0")) >= MIN_SIGNIFICANT_DIGITS and _ean.is_valid(digits)


def is_valid_gtin(value) -> bool:
    """True for a GTIN-8/12/13/14 with a correct GS1 check digit (not all zeros)."""
    digits = normalize_gtin(value)
    return digits is not None and _valid_digits(digits)


def gtin14(value) -> str | None:
    """A valid GTIN left-padded with zeros to 14 digits (for comparing), else None."""
    digits = normalize_gtin(value, check=True)
    return digits.zfill(14) if digits is not None else None


def isbn10_as_gtin(value) -> str | None:
    """An ISBN-10 ("0-306-40615-2", "080442957X") as the GTIN it stands for (its ISBN-13,
    "9780306406157"), or None when ``value`` is no valid ISBN-10. python-stdnum's ``isbn``
    checks the mod-11 digit and converts; a shop that puts a book's ISBN-10 where a GTIN goes
    keeps the code instead of losing it as a bad GTIN."""
    from stdnum import isbn as _isbn

    if not isinstance(value, str) or value.strip().isdigit():
        # (ten bare digits are as likely a UPC that lost its leading zeros - a GTIN sent as a JSON
        # number - as an ISBN: only a code written as an ISBN, with its groups or an X, is read)
        return None
    try:
        compact = _isbn.compact(value)
        if len(compact) != 10 or not _isbn.is_valid(compact):
            return None
        return _isbn.to_isbn13(compact)
    except Exception:  # noqa: BLE001 -- stdnum raises its own ValidationError family on junk
        return None
