"""Price text -> amount (Decimal) + ISO 4217 currency (``parse_price``).

Currencies are found and mapped through :mod:`crawler.prices.currencies`.

Text normalisation
    Non-ASCII decimal digits ("١٢٣", "۱۲۳", "１２３") become ASCII, the Arabic
    decimal/thousands signs become "." and ",", every kind of white space
    becomes one space, and bidi/zero-width marks are dropped.  Text longer than
    ``MAX_TEXT_LENGTH`` characters is cut (a price element is never that long).

Numbers
    Every number in the text is a candidate.  Thousands groups separated by a
    single space ("1 298,00") are joined, a decimal part after a stray space
    ("392. 00", "118, 99 TL") is joined, "1.198,-" means a whole amount and
    "35€ 99" uses the euro sign as decimal separator.  A candidate is dropped
    when it cannot be a price: followed by "%" (a discount), "+" (a threshold,
    "$49+"), "x" (a count, "12x", "8 x 10"); preceded by "#" or by "over",
    "orders of", "spend" (a threshold, "Free delivery over £40"); badly grouped
    ("15.08.2017", "1.2.3"); part of "25-09"/"24/7", after "30x" or next to a
    month name ("July, 2004") unless a currency sits right next to it ("2 x
    1,99 €" keeps 1.99).  When no number is left, "free" (not "free
    shipping") means 0.
    A "-" written right before the number (or before its currency, "-$5")
    makes it negative; "- $5" (with a space) does not; so do accounting
    parentheses, "(5.00)", and a trailing "-", "5.00-".  A negative amount,
    like a "was"/"RRP"/"save" amount, gives way to the next amount of the text
    that is none of these ("Save (5.00) now 20.00" is 20.00); alone it stays
    the negative it is written as (and is refused downstream as no price).

Decimal separator
    The retailer's ``decimal_separator`` wins unless the text proves it wrong
    (the other separator comes last, or is followed by a group that is not
    three digits, so it cannot be a thousands separator).  Without a hint:
    when both "." and "," occur, the last one is decimal; a separator that
    occurs several times is a thousands separator; a single separator followed
    by exactly three digits is a thousands separator, except after a leading
    "0" ("0.125") or, for ".", in a three-decimal currency (KWD, BHD, OMR ...).

``ParsedPrice.currency_raw`` is the symbol as written on the page (or in the
hint), white space normalised, e.g. "US$", "AU $", "руб", ".د.ب".
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from price_parser.parser import parse_number as _pp_parse_number

from crawler.prices.currencies import (  # the table's internals this parser reads
    _GENERIC_SIGNS,
    _STRONG,
    _THREE_DECIMALS_ISO,
    _WEAK,
    _is_arabic,
    _lookup,
    _norm_iso,
    _resolve,
    _scan_symbols,
    _strip_marks,
    _Symbol,
)

__all__ = ["MAX_TEXT_LENGTH", "MAX_VALID_AMOUNT", "ParsedPrice", "is_valid_amount", "parse_price"]

MAX_TEXT_LENGTH = 10_000
MAX_VALID_AMOUNT = Decimal(10) ** 12


@dataclass(frozen=True)
class ParsedPrice:
    amount: Decimal | None  # None when no amount (e.g. "Call for price")
    currency: str | None  # ISO 4217 code, e.g. "USD", "LBP", or None if unknown
    currency_raw: str | None  # currency text as found ("$", "US$", "ل.ل") or from the hint


def is_valid_amount(amount) -> bool:
    """True for a usable price: a finite number with 0 < amount < 10**12."""
    if amount is None or isinstance(amount, bool):
        return False
    try:
        value = amount if isinstance(amount, Decimal) else Decimal(str(amount))
    except (InvalidOperation, ValueError, TypeError):
        return False
    return value.is_finite() and Decimal(0) < value < MAX_VALID_AMOUNT




# ---------------------------------------------------------------------------
# text normalisation
# ---------------------------------------------------------------------------

_SPACES_RE = re.compile(r"\s+")
_PUNCT_TRANSLATION = {0x066B: ".", 0x066C: ",", 0xFF0E: ".", 0xFF0C: ","}


def _normalise_text(text: str) -> str:
    text = _strip_marks(text)
    if not text.isascii():
        out = []
        for ch in text:
            if ch.isascii():
                out.append(ch)
                continue
            digit = unicodedata.decimal(ch, None)
            if digit is not None:
                out.append(str(digit))
            else:
                out.append(_PUNCT_TRANSLATION.get(ord(ch), ch))
        text = "".join(out)
    return _SPACES_RE.sub(" ", text)


# ---------------------------------------------------------------------------
# numbers
# ---------------------------------------------------------------------------

_RAW_NUMBER_RE = re.compile(r"\.?\d+(?:[.,'’]\d+)*")
_THOUSANDS_GROUP_RE = re.compile(r"\d{3}(?![\d\w])|\d{3}(?=[.,'’]\d)")
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH_BEFORE_RE = re.compile(rf"(?i)(?<![^\W\d_])(?:{_MONTHS})\.?[\s,]*$")
_MONTH_AFTER_RE = re.compile(rf"(?i)^(?:st|nd|rd|th)?[\s,.]*(?:{_MONTHS})(?![^\W\d_])")
_WAS_RE = re.compile(
    r"(?i)(?:\bwas|\bbefore|\bmrp|\bold price|\brrp|\bmsrp|\blist price|\breg\.?|\bregular(?: price)?|"
    r"\bsave|\byou save|\bsavings?|\bstatt|\buvp|\bvorher|\bavant|\bantes|было)"
    r"\s*:?\s*$"
)
# "Free delivery over £40", "orders of $49": thresholds, not prices
_THRESHOLD_RE = re.compile(
    r"(?i)(?:\bover|\babove|\borders?(?: over| of| from| above)?|\bspend|\bminimum(?: order)?|"
    r"\bmin\.?(?: order)?)\s*:?\s*$"
)
_RANGE_GAP_RE = re.compile(r"(?i)^\s*(?:-|–|—|~|to|bis|à|a|al|até|до|od|till)\s*$")
_FREE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:free|gratis|gratuit|kostenlos|бесплатно)(?![^\W\d_])"
    r"(?!\s*(?:shipping|delivery|returns?|postage|gift|trial|p&p|installation|exchange|"
    r"cancellation|versand|lieferung|livraison|envío|envio|доставка))"
)


_EURO_DECIMAL_RE = re.compile(r"€(?:(\d{1,2})|\s(\d{2}))(?![\d.,€])")
_EURO_DECIMAL_HINTED_RE = re.compile(r"€(?:(\d+)|\s(\d{2}))(?![\d.,€])")
_WHOLE_MARK_RE = re.compile(r"[.,][-–—](?!\d)")
_SPACE_GROUPED_RE = re.compile(r"\d{1,3}(?: \d{3})*")
_SEPARATORS_RE = re.compile(r"[.,'’ ]")
_INNER_SEPARATOR_RE = re.compile(r"\d[.,]")
_TIMES_AFTER_RE = re.compile(r"[x×](?![^\W\d_])|\s?[x×]\s?\d")  # "12x", "8 x 10"
_TIMES_BEFORE_RE = re.compile(r"\d\s?[x×]\s?$")
_JOINED_BEFORE_RE = re.compile(r"\d[-/]$")
_JOINED_AFTER_RE = re.compile(r"[-/]\d")
# scientific notation, as feeds and JSON write numbers: "1.2E+3", "1e308", "12E-1"
_EXPONENT_RE = re.compile(r"[eE]([+-]?\d+)(?![^\W_])")
MAX_EXPONENT_DIGITS = 9  # "1E+999999999" is read as written (validate refuses it as too large); a longer
                         # exponent is no number Decimal arithmetic can hold: not a price (was read as "1")
_MANTISSA_RE = re.compile(r"\d+(?:\.\d+)?|\.\d+")


@dataclass
class _Number:
    start: int
    end: int
    text: str  # number text, spaces removed, decimal-euro kept as "€"
    negative: bool = False
    ok: bool = True  # can be a price
    soft_reject: bool = False  # not a price unless a currency is next to it
    exponent: int | None = None  # "1.2E+3": text "1.2", exponent 3


def _find_numbers(text: str, euro_decimal: bool, currency_starts=frozenset()) -> list[_Number]:
    raw = [(m.start(), m.end()) for m in _RAW_NUMBER_RE.finditer(text)]
    nums: list[_Number] = []
    i = 0
    while i < len(raw):
        start, end = raw[i]
        body = text[start:end]
        i += 1
        # thousands groups separated by one space: "1 298,00", "3 250 000"
        while (
            i < len(raw)
            and raw[i][0] == end + 1
            and text[end] == " "
            and _SPACE_GROUPED_RE.fullmatch(body)
            and (
                _THOUSANDS_GROUP_RE.match(text, raw[i][0])
                or (raw[i][1] - raw[i][0] == 3 and raw[i][1] in currency_starts)
            )
        ):
            body += " " + text[raw[i][0]:raw[i][1]]
            end = raw[i][1]
            i += 1
        # decimal part after a stray space: "392. 00", "118, 99"
        if (
            i < len(raw)
            and raw[i][0] == end + 2
            and text[end] in ".,"
            and text[end + 1] == " "
            and raw[i][1] - raw[i][0] == 2
            and text[raw[i][0]].isdigit()
            and _only_thousands(body)
        ):
            body += text[end]
            body += text[raw[i][0]:raw[i][1]]
            end = raw[i][1]
            i += 1
        # euro sign as decimal separator: "35€ 99", "1,235€99"
        elif end < len(text) and text[end] == "€":
            m = (_EURO_DECIMAL_HINTED_RE if euro_decimal else _EURO_DECIMAL_RE).match(text, end)
            if m:
                body += "€" + (m.group(1) or m.group(2))
                end = m.end()
                while i < len(raw) and raw[i][0] < end:
                    i += 1
        # scientific notation: "1.2E+3" is 1200, not 1.2 (a number that stands alone, not "A5E10")
        exponent = None
        m = _EXPONENT_RE.match(text, end)
        too_long = False
        if m and _MANTISSA_RE.fullmatch(body) and not (start and text[start - 1].isalpha()):
            too_long = len(m.group(1).lstrip("+-")) > MAX_EXPONENT_DIGITS
            exponent, end = (0 if too_long else int(m.group(1))), m.end()
            while i < len(raw) and raw[i][0] < end:
                i += 1
        # whole-amount marker: "1.198,-", "50,-", "105.–"
        m = _WHOLE_MARK_RE.match(text, end)
        if m:
            end = m.end()
        nums.append(_Number(start, end, body.replace(" ", ""), exponent=exponent, ok=not too_long))
    for n in nums:
        if n.ok:
            _judge_number(text, n)
    return nums


def _only_thousands(body: str) -> bool:
    """True when every separator in ``body`` can be a thousands separator."""
    groups = _SEPARATORS_RE.split(body)
    return all(len(g) == 3 for g in groups[1:])


def _judge_number(text: str, n: _Number) -> None:
    before, after = text[max(0, n.start - 24):n.start], text[n.end:n.end + 24]
    after_stripped = after.lstrip()
    if after_stripped.startswith("%") or after.startswith("+"):
        n.ok = False  # a discount or a threshold ("$49+")
    elif _TIMES_AFTER_RE.match(after):
        n.ok = False  # a count or a dimension ("12x", "30x40")
    elif before.endswith("#"):
        n.ok = False
    elif (n.text.count(".") > 1 or n.text.count(",") > 1) and not _grouping_ok(n.text):
        n.ok = False  # "15.08.2017", "1.2.3"
    if not n.ok:
        return
    if _JOINED_BEFORE_RE.search(before) or _JOINED_AFTER_RE.match(after):
        n.soft_reject = True  # "25-09", "24/7", "2019-2020"
    elif _TIMES_BEFORE_RE.search(before):
        n.soft_reject = True  # "30x40", but "2 x 1,99 €" is a unit price
    elif _MONTH_BEFORE_RE.search(before) or _MONTH_AFTER_RE.match(after):
        n.soft_reject = True  # "July, 2004", "5 June"


def _grouping_ok(num: str) -> bool:
    """A separator used several times must separate groups of 3 (or Indian 2s)."""
    num = num.lstrip(".,").replace("'", "").replace("’", "")
    for sep in ".,":
        if num.count(sep) < 2:
            continue
        other = "," if sep == "." else "."
        body = num.rsplit(other, 1)[0] if num.rfind(other) > num.rfind(sep) else num
        groups = body.split(sep)
        tail = groups[1:]
        if all(len(g) == 3 for g in tail):
            continue
        if sep == "," and len(tail[-1]) == 3 and all(len(g) == 2 for g in tail[:-1]):
            continue  # Indian grouping: 1,23,456
        return False
    return True


def _decimal_separator(num: str, hint: str | None, iso: str | None) -> str | None:
    """Which of "." / "," is the decimal separator in ``num`` (None: integer)."""
    dots, commas = num.count("."), num.count(",")
    last_dot, last_comma = num.rfind("."), num.rfind(",")
    if hint in (".", ","):
        other = "," if hint == "." else "."
        if num.count(hint) > 1:  # "1.234.567" for a "." retailer: thousands
            last_is_other = num.count(other) == 1 and num.rfind(other) > num.rfind(hint)
            return other if last_is_other else None
        if num.count(other) == 1:
            pos = num.rfind(other)
            group = num[pos + 1:]
            if hint in num:
                if pos > num.rfind(hint) and len(group) != 3:
                    return other  # "1.234,56" for a "." retailer
            elif len(group) != 3 or not num[:pos].strip("0"):
                return other  # "12.99" for a "," retailer
        return hint
    if dots and commas:
        last = "." if last_dot > last_comma else ","
        return last if num.count(last) == 1 else None
    if not dots and not commas:
        return None
    sep = "." if dots else ","
    if num.count(sep) > 1:
        return None
    pos = num.rfind(sep)
    group, whole = num[pos + 1:], num[:pos]
    if len(group) != 3:
        return sep
    if not whole.strip("0"):
        return sep  # "0.125", ".750"
    if sep == "." and iso in _THREE_DECIMALS_ISO:
        return sep  # "KD 12.500"
    return None


def _number_value(n: _Number, hint: str | None, iso: str | None) -> Decimal | None:
    if n.exponent is not None:  # scientific notation is written with "." whatever the retailer's separator
        value = Decimal(f"{n.text}E{n.exponent}")  # exact, whatever the exponent (no context)
        if -28 < value.adjusted() < 28:
            value = Decimal(format(value, "f"))  # 1.2E+3 -> 1200.0
        return value.copy_negate() if n.negative else value
    num = n.text.replace("'", "").replace("’", "")
    if "€" in num:  # euro sign as decimal separator ("35€99")
        sep = "€"
    else:
        # clean-up as price-parser does: stray leading separators, trailing ones
        num = num.rstrip(".,")
        if num.count(".") != 1:
            num = num.lstrip(".,")
        hint = hint if hint != "€" else None
        if hint is None and num[:1] in ".," and _INNER_SEPARATOR_RE.search(num):
            num = num[1:]  # ".75,333": a leading separator before another one is stray
        sep = _decimal_separator(num, hint, iso)
    if sep is None:  # an integer: every separator groups thousands
        num = num.replace(".", "").replace(",", "")
    value = _pp_parse_number(num, decimal_separator=sep)
    if value is None or not value.is_finite():
        return None
    return -value if n.negative else value


# ---------------------------------------------------------------------------
# currency matches and selection
# ---------------------------------------------------------------------------


@dataclass
class _Match:
    start: int
    end: int
    raw: str
    sym: _Symbol | None  # None: a currency sign missing from the table
    kind: int


def _find_currencies(text: str) -> list[_Match]:
    found = []
    for start, end in _scan_symbols(text):
        raw = text[start:end]
        sym = _lookup(raw)
        kind = sym.kind if sym else _STRONG
        # strong words only in their listed spelling ("EUR"); "Eur" is weak
        if (
            sym is not None
            and kind == _STRONG
            and not _is_arabic(raw)
            and sym.text not in (" ".join(raw.split()), raw.replace(" ", ""))
        ):
            kind = _WEAK
        found.append(_Match(start, end, raw, sym, kind))
    return found


def _adjacent(
    text: str, num: _Number, matches: list[_Match], starts: list[int]
) -> tuple[list[_Match], list[_Match]]:
    """Currency matches written right before / right after ``num``.

    ``matches`` are in text order (``starts`` their start offsets).  Symbols
    chained by spaces count too ("$ SGD4.90" has both before the number).
    """
    before, after = [], []
    k = bisect_left(starts, num.start) - 1  # last match starting before the number
    pos = num.start
    while k >= 0 and matches[k].end <= pos:
        gap = text[matches[k].end:pos]
        if len(gap) > 3 or gap.strip(" :"):
            break
        before.append(matches[k])
        pos = matches[k].start
        k -= 1
    k = bisect_left(starts, num.start)
    pos = num.end
    while k < len(matches):
        m = matches[k]
        if m.start < num.end:  # inside the number ("35€99")
            after.append(m)
        else:
            gap = text[pos:m.start]
            if len(gap) > 2 or gap.strip():
                break
            after.append(m)
            pos = m.end
        k += 1
    return before, after


def _is_clean(text: str, spans: list[tuple[int, int]]) -> bool:
    rest = list(text)
    for s, e in spans:
        for k in range(s, e):
            rest[k] = " "
    return not any(ch.isalnum() for ch in rest)


def _analyse(text: str, euro_decimal: bool):
    """Numbers and accepted currency matches of one string."""
    matches = _find_currencies(text)
    nums = _find_numbers(text, euro_decimal, frozenset(m.start for m in matches))
    exponents = [(n.start, n.end) for n in nums if n.exponent is not None]
    if exponents:  # the "E" of "1.2E+3" is not the lilangeni's sign
        matches = [m for m in matches if not any(s <= m.start < e for s, e in exponents)]
    candidates = [n for n in nums if n.ok]
    starts = [m.start for m in matches]
    adjacency = {id(n): _adjacent(text, n, matches, starts) for n in candidates}
    for n in candidates:
        before = adjacency[id(n)][0]
        start = min([n.start] + [m.start for m in before])
        lonely = n.soft_reject and not any(adjacency[id(n)])
        if lonely or _THRESHOLD_RE.search(text[max(0, start - 20):start]):
            n.ok = False  # a date/code with no currency, or a threshold ("over £40")
    valid = [n for n in candidates if n.ok]
    adjacent_ids = {
        id(m) for n in valid for side in adjacency[id(n)] for m in side
    }
    accepted = []
    for m in matches:
        if m.kind == _STRONG:
            accepted.append(m)
        elif m.kind == _WEAK:
            if id(m) in adjacent_ids:
                accepted.append(m)
            elif not valid:
                rest = text[: m.start] + " " + text[m.end:]
                if sum(ch.isalpha() for ch in rest) <= 5 and not any(ch.isdigit() for ch in rest):
                    accepted.append(m)
        else:  # _CLEAN
            if id(m) in adjacent_ids and len(valid) == 1:
                n = valid[0]
                if _is_clean(text, [(m.start, m.end), (n.start, n.end)]):
                    accepted.append(m)
            elif not valid and _is_clean(text, [(m.start, m.end)]):
                accepted.append(m)
    accepted_ids = {id(m) for m in accepted}
    pairs = []
    for n in valid:
        before, after = adjacency[id(n)]
        before = [m for m in before if id(m) in accepted_ids]
        after = [m for m in after if id(m) in accepted_ids]
        if before or after:
            pairs.append((n, before, after))
    return valid, accepted, pairs, candidates


def _best_adjacent(before: list[_Match], after: list[_Match]) -> _Match:
    cluster = sorted(before, key=lambda m: m.start) + after
    generic = [m for m in cluster if m.raw.strip() in _GENERIC_SIGNS]
    for m in cluster:
        if m in generic or m.sym is None:
            continue
        if any(g.sym is not None and m.sym.isos and m.sym.isos <= g.sym.isos for g in generic):
            return m  # "NZD $100.70": the code refines the generic "$"
    return cluster[0]


def _mark_sign(text: str, n: _Number, before: list[_Match]) -> None:
    """"-5", "-$5", "$-5" are negative; "- $5" and "25-09" are not."""
    for start in {n.start, min([n.start] + [m.start for m in before])}:
        if start > 0 and text[start - 1] in "-−" and (start < 2 or not text[start - 2].isalnum()):
            n.negative = True


def _mark_accounting_sign(text: str, n: _Number, before: list[_Match], after: list[_Match]) -> None:
    """Accounting negatives: "(5.00)", "($5.00)" and "5.00-", "5.00 €-" are negative (and so
    refused as no price); "5-10" (a range) and "1.198,-" (a whole amount) are not."""
    start = min([n.start] + [m.start for m in before])
    end = max([n.end] + [m.end for m in after])
    if text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")"):
        n.negative = True
    elif text[end:end + 1] in ("-", "−") and not _amount_follows(text[end + 1:]):
        n.negative = True


def _amount_follows(rest: str) -> bool:
    """Does ``rest`` (the text after a "-") begin another amount - a range's second end ("5-10",
    "$5.00-$10.00", "€5,00-€10,00", "12.99- 15.99") - rather than end the amount before it?"""
    if rest[:1].isalnum():
        return True
    rest = rest.lstrip()
    return bool(rest) and (rest[0].isdigit() or unicodedata.category(rest[0]) == "Sc")


def _is_was_price(text: str, n: _Number, before: list[_Match]) -> bool:
    start = min([n.start] + [m.start for m in before])
    return bool(_WAS_RE.search(text[max(0, start - 30):start]))


def _is_negative(text: str, n: _Number, before: list[_Match], after: list[_Match]) -> bool:
    """Is ``n`` written as a negative ("-5", "(5.00)", "5.00-")? (``n`` itself is not marked.)"""
    probe = _Number(n.start, n.end, n.text)
    _mark_sign(text, probe, before)
    _mark_accounting_sign(text, probe, before, after)
    return probe.negative


def _gives_way(text: str, n: _Number, before: list[_Match], after: list[_Match]) -> bool:
    """A "was"/"RRP" price, or a negative amount (a saving: "Save (5.00) now 20.00"), is not the
    price when the text holds another amount."""
    return _is_was_price(text, n, before) or _is_negative(text, n, before, after)


def _select(text: str, valid, accepted, pairs, candidates):
    """(number, currency match) chosen in one string."""
    if pairs:
        chosen = 0
        n, before, after = pairs[0]
        # a "was"/"RRP" price or a negative amount gives way to the next non-zero one
        if _gives_way(text, n, before, after):
            for k in range(1, len(pairs)):
                if not _gives_way(text, *pairs[k]) and pairs[k][0].text.strip("0.,"):
                    chosen = k
                    break
        n, before, after = pairs[chosen]
        currency = _best_adjacent(before, after)
        _mark_sign(text, n, before)
        _mark_accounting_sign(text, n, before, after)
        if not before:  # "From 26 to 50 €": the range starts the price
            idx = candidates.index(n)
            if idx > 0:
                prev = candidates[idx - 1]
                if _RANGE_GAP_RE.match(text[prev.end:n.start]):
                    n = prev
        return n, currency
    strong = [m for m in accepted if m.kind == _STRONG] or accepted
    currency = strong[0] if strong else None
    if not valid:
        return None, currency
    n = valid[0]
    if _gives_way(text, n, [], []):
        for other in valid[1:]:
            if not _gives_way(text, other, [], []) and other.text.strip("0.,"):
                n = other
                break
    _mark_sign(text, n, [])
    _mark_accounting_sign(text, n, [], [])
    return n, currency


# ---------------------------------------------------------------------------
# public API
# ---------------------------------------------------------------------------


def _from_number(value, currency_hint, default) -> ParsedPrice:
    amount: Decimal | None
    try:
        if isinstance(value, float):
            amount = Decimal(repr(value)) if math.isfinite(value) else None
        else:
            amount = Decimal(value)
    except (InvalidOperation, ValueError):
        amount = None
    if amount is not None and not amount.is_finite():
        amount = None
    raw, iso = _hint_currency(currency_hint, default)
    return ParsedPrice(amount, iso if raw else default, raw)


_UNDERSCORE_GROUPS_RE = re.compile(r"\d_\d")


def _hint_currency(hint, default) -> tuple[str | None, str | None]:
    if hint is None:
        return None, None
    text = _normalise_text(str(hint)[:MAX_TEXT_LENGTH])
    _, match = _select(text, *_analyse(text, False))
    if match is None:
        return None, None
    return match.raw.strip(), _resolve(match.sym, default)


def parse_price(
    text,
    *,
    decimal_separator: str | None = None,
    default_currency: str | None = None,
    currency_hint: str | None = None,
) -> ParsedPrice:
    """Parse a price text (str, int, float, Decimal or None) into a ParsedPrice.

    ``decimal_separator``: the retailer's ("," or "."; "€" also accepted).
    ``default_currency``: the retailer's ISO code; used when no currency is
    found and to resolve ambiguous symbols.  ``currency_hint``: neighbouring
    text, searched for a currency when ``text`` has none.
    """
    if decimal_separator not in (None, ".", ",", "€"):
        raise ValueError(f"decimal_separator must be '.', ',' or None, not {decimal_separator!r}")
    default = _norm_iso(default_currency)
    if text is None or isinstance(text, bool):
        raw, iso = _hint_currency(currency_hint, default)
        return ParsedPrice(None, iso if raw else default, raw)
    if isinstance(text, (int, float, Decimal)):
        return _from_number(text, currency_hint, default)
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    text = str(text)[:MAX_TEXT_LENGTH]
    if ("\u066b" in text or "\u066c" in text) and not ("." in text or "," in text):
        # the Arabic decimal (U+066B) and thousands (U+066C) signs say which is which: "٣٬٥٠٠" is
        # 3500 whatever the retailer's usual separator (normalised to "." and "," below)
        decimal_separator = "."
    if _UNDERSCORE_GROUPS_RE.search(text):
        return ParsedPrice(None, default, None)  # "1_000" is a programmer's number, no price text
    text = _normalise_text(text)

    number, match = _select(text, *_analyse(text, decimal_separator == "€"))
    if match is not None:
        raw, iso = match.raw.strip(), _resolve(match.sym, default)
    else:
        raw, iso = _hint_currency(currency_hint, default)
        if raw is None:
            iso = default
    if number is not None:
        amount = _number_value(number, decimal_separator, iso)
    elif _FREE_RE.search(text):
        amount = Decimal(0)
    else:
        amount = None
    return ParsedPrice(amount, iso, raw)

