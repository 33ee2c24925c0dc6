"""Price text -> amount (Decimal) + ISO 4217 currency.

Built on `price-parser`: its currency database and list of unambiguous
symbols feed the symbol table, and its ``parse_number`` turns a number's text
into a Decimal once the decimal separator is known.  What this module adds is
the context handling the library lacks (it takes the first number in the text
and guesses separators from that number alone):

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
    makes it negative; "- $5" (with a space) does not.

Decimal separator
    The retailer's ``decimal_separator`` wins unless the text proves it wrong
    (the other separator comes last, or is followed by a group that is not
    three digits, so it cannot be a thousands separator).  Without a hint:
    when both "." and "," occur, the last one is decimal; a separator that
    occurs several times is a thousands separator; a single separator followed
    by exactly three digits is a thousands separator, except after a leading
    "0" ("0.125") or, for ".", in a three-decimal currency (KWD, BHD, OMR ...).

Currency detection
    Symbols come from a curated table (below) merged with price-parser's
    list, plus any Unicode currency sign ("₶").  Letter symbols must stand as
    words ("руб" is not found in "труба"), except stems such as "руб" in
    "рублей".  Three strengths:
      * strong  - currency signs and unmistakable abbreviations
        ("$", "€", "US$", "руб.", "zł", "ل.ل"): accepted anywhere;
      * weak    - ISO codes (any case, except codes that are ordinary
        words such as "ALL" or "TOP", which must be upper case) and short
        abbreviations ("Ft", "kr", "RM", "LL", "đ"): accepted only right next
        to a number, or when the string is essentially just the symbol
        ("DKK/stk");
      * clean   - single letters ("R", "L", "Q", "с"): accepted only when the
        string is nothing but the number and the letter ("R273.00").
    The amount is the first number that has a currency right next to it (so
    "3 Ausgaben für nur 14,85 EUR" gives 14.85), and that currency is used.
    Exceptions: the start of a range wins ("From 26 to 50 €" gives 26); a
    price introduced by "was"/"RRP"/"MRP"/"statt"/"antes"... gives way to a
    later non-zero price.  When no number has a currency next to it, the first number wins
    and the first strong symbol in the text (else in ``currency_hint``) is the
    currency.  A specific code refines a generic sign next to the same number
    ("NZD $100.70", "$1,190.00 AUD" give NZD/AUD); an ISO code written with
    "$" ("SGD$4.90") is reported as the code.

ISO mapping (``currency_to_iso``)
    Unambiguous symbols map directly.  Ambiguous ones ("$", "kr", "¥", "Rs",
    "руб" ...) resolve to ``default_currency`` when it is one of their
    currencies, else to their usual currency ("$" -> USD, "kr" -> SEK,
    "¥" -> JPY), else None.  Letter codes are case-insensitive.  Symbols with
    no ISO currency ("¢", "BTC") give None.  When nothing is found at all,
    ``parse_price`` returns ``default_currency`` with ``currency_raw=None``.

``ParsedPrice.currency_raw`` is the symbol as written on the page (or in the
hint), white space normalised, e.g. "US$", "AU $", "руб", ".د.ب".
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from price_parser.parser import SAFE_CURRENCY_SYMBOLS as _PP_SAFE_SYMBOLS
from price_parser.parser import parse_number as _pp_parse_number

try:  # price-parser's currency database (private module, stable since 0.3)
    from price_parser._currencies import CURRENCIES as _PP_CURRENCIES
except ImportError:  # pragma: no cover - other price-parser layouts
    _PP_CURRENCIES = {}

__all__ = ["MAX_TEXT_LENGTH", "ParsedPrice", "currency_candidates", "currency_to_iso", "is_valid_amount", "parse_price"]

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
# currency table
# ---------------------------------------------------------------------------

_STRONG, _WEAK, _CLEAN = 3, 2, 1

# Currencies whose sign is a plain "$" (a "$" resolves to the default currency
# when it is one of these).
_DOLLAR_SIGN_ISO = frozenset(
    "USD CAD AUD NZD HKD SGD TWD MXN ARS CLP COP UYU BBD BMD BND BSD BZD FJD GYD JMD "
    "KYD LRD NAD SBD SRD TTD XCD CUC CUP DOP SVC WST TVD KID ZWL".split()
)
_KRONA_ISO = frozenset({"SEK", "NOK", "DKK", "ISK"})
_RUPEE_ISO = frozenset({"INR", "PKR", "LKR", "NPR", "MUR", "SCR"})
_FRANC_ISO = frozenset({"CHF", "XOF", "XAF", "XPF", "KMF", "GNF", "RWF", "BIF", "DJF", "CDF"})
_DINAR_ISO = frozenset({"RSD", "MKD", "DZD", "BHD", "IQD", "JOD", "KWD", "LYD", "TND"})
_RIAL_ISO = frozenset({"IRR", "OMR", "QAR", "SAR", "YER"})
_DIRHAM_ISO = frozenset({"AED", "MAD"})
_POUND_ISO = frozenset({"GBP", "EGP", "LBP", "SYP", "SDG", "SSP", "FKP", "GIP", "SHP"})

# Obsolete currencies: they only count when a symbol belongs to nothing else.
_OBSOLETE_ISO = frozenset(
    "ATS BEF CYP DEM EEK ESP FIM FRF GRD IEP ITL LTL LUF LVL MTL NLG PTE SIT SKK VAL "
    "HRK ZMK MRO STD VEF ZWD SLL".split()
)
_NOT_CURRENCIES = frozenset({"XXX", "XTS", "-"})
# ISO codes that are also ordinary words: they count only in upper case.
_WORDLIKE_CODES = frozenset(
    "ALL TOP CUP PEN MAD SOS TRY BAM GEL MOP BOB ANG DOP PHP LAK CAD GIP AMD MNT TVD SAR "
    "BAT CVE FOK".split()
)
# Currencies written with three decimals ("KD 12.500" is 12.5).
_THREE_DECIMALS_ISO = frozenset({"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"})

# Curated notations.  Each entry: symbol -> (ISO candidates, usual currency).
# A "*" suffix on a symbol marks a stem (may be followed by letters: "рублей").
_NOTATIONS: dict[str, tuple[Iterable[str], str | None]] = {}


def _add(symbols: str, isos, primary: str | None = None) -> None:
    isos = (isos,) if isinstance(isos, str) else tuple(isos)
    if primary is None and len(isos) == 1:
        primary = isos[0]
    for sym in symbols.split("|"):
        _NOTATIONS[sym] = (isos, primary)


_add("$|dollar|dollars|Dollar|Dollars", _DOLLAR_SIGN_ISO, "USD")
_add("US$|U$S|U$|US $|USD$", "USD")
_add("C$", ("CAD", "NIO"), "CAD")
_add("CA$|CAN$|Can$|CDN$|CA $|CAN $", "CAD")
_add("A$|AU$|AU $|AUD$", "AUD")
_add("NZ$|NZ $", "NZD")
_add("HK$|HK $", "HKD")
_add("S$|SG$|SG $", "SGD")
_add("NT$|NT $|NT", "TWD")
_add("MX$|Mex$|MX $", "MXN")
_add("R$", "BRL")
_add("AR$", "ARS")
_add("CL$", "CLP")
_add("CO$", "COP")
_add("RD$", "DOP")
_add("J$", "JMD")
_add("TT$", "TTD")
_add("BZ$", "BZD")
_add("Bds$", "BBD")
_add("G$|GY$", "GYD")
_add("N$", "NAD")
_add("T$", "TOP")
_add("Z$", "ZWL")
_add("WS$", "WST")
_add("CUC$", "CUC")
_add("MOP$", "MOP")
_add("$U", "UYU")
_add("$b", "BOB")
_add("€|EUR|eur|euro|euros|Euro|Euros|EURO", "EUR")
_add("£|￡|pound|pounds|stg", ("GBP",) + tuple(_POUND_ISO - {"GBP"}), "GBP")
_add("E£", "EGP")
_add("LB£", "LBP")
_add("SY£", "SYP")
_add("¥|￥", ("JPY", "CNY"), "JPY")
_add("円|yen|JP¥", "JPY")
_add("CN¥|RMB|人民币|圆|yuan", "CNY")
_add("元", ("CNY", "TWD", "HKD", "MOP"), "CNY")
_add("圓", ("TWD", "HKD", "MOP", "CNY"))
_add("₹|र|₨|Rs|Rs.|Re|Re.|rupee|rupees", _RUPEE_ISO, "INR")
_add("ரூ|රු|SLRs", "LKR")
_add("PKRs", "PKR")
_add("NPRs", "NPR")
_add("MURs", "MUR")
_add("₽|руб*|руб.|RUB|Rbl|rubles|roubles", ("RUB", "BYN"), "RUB")
_add("р.|Р|р", ("RUB", "BYN"), "RUB")
_add("Br", ("BYN", "ETB"))
_add("ብር", "ETB")
_add("Kč", "CZK")
_add("zł*|zl", "PLN")
_add("Ft", "HUF")
_add("lei|Lei|LEI|leu", ("RON", "MDL"), "RON")
_add("лв|лв.", ("BGN",))
_add("kr|kr.|Kr|KR", _KRONA_ISO, "SEK")
_add("kronor|krona", ("SEK", "ISK"), "SEK")
_add("kroner|krone", ("NOK", "DKK"), "NOK")
_add("Skr", "SEK")
_add("Nkr", "NOK")
_add("Dkr", "DKK")
_add("Ikr", "ISK")
_add("kn|Kn", "HRK")
_add("CHF|Fr.|SFr|SFr.|CHf", "CHF")
_add("franc|francs", _FRANC_ISO)
_add("FCFA", "XAF")
_add("CFA", ("XOF", "XAF"))
_add("₺|TL|YTL", "TRY")
_add("₩|원", ("KRW", "KPW"), "KRW")
_add("₪|nis|NIS|ש״ח|ש\"ח|ש'ח|ש.ח|ש.ח.|ש״ח.", "ILS")
_add("ش.ج", "ILS")
_add("฿|บาท", "THB")
_add("₫|đ|VNĐ|VND", "VND")
_add("₱", "PHP")
_add("Rp", "IDR")
_add("RM", "MYR")
_add("R", "ZAR")
_add("₴|грн*|грн.|hrn|hrv", "UAH")
_add("₸|тг|тг.|тңг|тңг.|тенге", "KZT")
_add("₾|ლ|ლარი|lari", "GEL")
_add("₼|ман.|man.", "AZN")
_add("֏|դր|դր.", "AMD")
_add("؋|Af", "AFN")
_add("৳|Tk|টকা", "BDT")
_add("៛", "KHR")
_add("₭", "LAK")
_add("₮", "MNT")
_add("₲", "PYG")
_add("₦", "NGN")
_add("₵|GH₵|GH¢", "GHS")
_add("₡", "CRC")
_add("Q|q", "GTQ")
_add("L", ("HNL", "ALL", "LSL", "SZL", "MDL", "RON"))
_add("Lek", "ALL")
_add("K", ("PGK", "MMK", "ZMW", "MWK", "LAK"))
_add("Ks", "MMK")
_add("P", ("BWP", "PHP", "MOP"))
_add("E", "SZL")
_add("D", "GMD")
_add("G", "HTG")
_add("с|сом", ("KGS",))
_add("so'm|soʻm|сўм|som", ("UZS", "KGS"), "UZS")
_add("Ar", "MGA")
_add("MT|MTn", "MZN")
_add("Kz", "AOA")
_add("KSh|Ksh|KShs", "KES")
_add("TSh", "TZS")
_add("USh", "UGX")
_add("FBu|Fbu", "BIF")
_add("FRw|RF|R₣", "RWF")
_add("Fdj", "DJF")
_add("FG|GFr", "GNF")
_add("CF|KMF", "KMF")
_add("Nfk|ናቕፋ|نافكا", "ERN")
_add("Nu|Nu.", "BTN")
_add("Rf|MRf", "MVR")
_add("UM", "MRU")
_add("VT|Vt", "VUV")
_add("ZK", "ZMW")
_add("Bs|Bs.", ("BOB", "VES"))
_add("B/.", "PAB")
_add("S/|S/.", "PEN")
_add("Db", "STN")
_add("Esc", "CVE")
_add("KM", "BAM")
_add("ден|ДЕН|den", "MKD")
_add("din|din.|Дин|дин|дин.|динар|Dinara", ("RSD",))
_add("DA|دج|د.ج", "DZD")
_add("د.إ|Dh|Dhs|درهم", _DIRHAM_ISO, "AED")
_add("د.م", "MAD")
_add("ر.س|SR", "SAR")
_add("ر.ق|QR", "QAR")
_add("ر.ع", "OMR")
_add("ر.ي|YR", "YER")
_add("ريال|ریال|﷼", _RIAL_ISO | {"IRR"}, None)
_add("تومان", "IRR")
_add("د.ك|KD", "KWD")
_add("د.ب|BD", "BHD")
_add("د.ع|ع.د", "IQD")
_add("د.ا|د.أ|JD", "JOD")
_add("دينار أردني", "JOD")
_add("دينار كويتي", "KWD")
_add("د.ت|DT", "TND")
_add("د.ل|ل.د|LD", "LYD")
_add("دينار|د.", _DINAR_ISO)
_add("ج.م|جنيه", ("EGP", "SDG", "SSP"), "EGP")
_add("ج.س", "SDG")
_add("ش.ص", "SOS")
_add("ل.س", "SYP")
# Lebanon: "ل.ل" (with or without the final dot), "LL", "L.L.", LBP.
_add("ل.ل|LL|L.L.|L.L|LBP", "LBP")
_add("ليرة", ("LBP", "SYP", "TRY"), "LBP")
_add("¢", ())  # cents: no ISO currency of its own
_add("BTC|₿|Ƀ", ())  # crypto: not ISO 4217

# Symbols that count as strong although they are letters.
_STRONG_WORDS = frozenset(
    "EUR|eur|euro|euros|Euro|Euros|EURO|CHF|руб|руб.|р.|грн|грн.|zł|Kč|lei|лв|лв.|Rp|"
    "ман.|тңг|тңг.|тенге|дин.|динар|Dinara|تومان|درهم|ريال|ریال|جنيه|دينار|ليرة|"
    "บาท|円|元|圆|圓|人民币|원|ብር|ናቕፋ|نافكا|ლარი|ரூ|රු|টকা|դր.|Ƀ".split("|")
)
# Letter symbols matched in any letter case (besides ISO codes).
_CASE_INSENSITIVE = frozenset(
    "euro|euros|kr|kr.|zł|zl|Kč|lei|leu|руб|руб.|грн|грн.|dollar|dollars|pound|pounds|"
    "yen|yuan|rupee|rupees|rubles|roubles|franc|francs|kronor|krona|kroner|krone|ден|"
    "din|din.|дин|дин.|динар|Dinara|lari|som|so'm|soʻm|сом|stg|nis|hrn|Rbl|KSh|Fbu|FBu|"
    "FRw|Nfk|Fdj|TSh|USh|Lek|Esc|GFr|SFr|SFr.|Skr|Nkr|Dkr|Ikr|VNĐ|тг|тг.|тенге|kn".split("|")
)
# Symbols whose kind is forced regardless of the automatic classification.
# single letters, but the usual way to write these currencies next to a price
_WEAK_FORCED = frozenset({"р", "Р", "đ"})


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return 0x2E80 <= cp <= 0x9FFF or 0xAC00 <= cp <= 0xD7AF or 0xF900 <= cp <= 0xFAFF


def _is_arabic(sym: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in sym)


def _has_currency_sign(sym: str) -> bool:
    return any(unicodedata.category(ch) == "Sc" for ch in sym)


@dataclass(frozen=True)
class _Symbol:
    text: str
    isos: frozenset
    primary: str | None
    kind: int
    ci: bool  # match in any case
    stem: bool  # may be followed by letters
    is_code: bool  # an ISO 4217 code


def _classify(text: str, is_code: bool) -> int:
    if text in _WEAK_FORCED:
        return _WEAK
    if _has_currency_sign(text) or text in _STRONG_WORDS:
        return _STRONG
    if text in _PP_SAFE_SYMBOLS and len(text) > 1:
        return _STRONG
    if _is_arabic(text) and "." in text:
        return _STRONG  # dotted Arabic abbreviations ("ر.س") are unmistakable
    letters = sum(ch.isalpha() for ch in text)
    if letters == 1 and len(text) == 1:
        return _CLEAN
    return _WEAK


def _build_table() -> dict[str, _Symbol]:
    raw: dict[str, dict] = {}

    def put(text, isos, primary, stem=False, code=False, curated=False):
        text = text.strip()
        if not text or text in _NOT_CURRENCIES or any(ch.isdigit() for ch in text):
            return
        entry = raw.get(text)
        if entry is None:
            raw[text] = {"isos": set(isos), "primary": primary, "stem": stem, "code": code,
                         "curated": curated}
            return
        if curated and not entry["curated"]:  # curated mapping replaces library data
            entry.update(isos=set(isos), primary=primary, curated=True)
        elif not entry["curated"]:
            entry["isos"] |= set(isos)
            entry["primary"] = entry["primary"] or primary
        entry["stem"] |= stem
        entry["code"] |= code

    for sym, (isos, primary) in _NOTATIONS.items():
        stem = sym.endswith("*")
        put(sym.rstrip("*") if stem else sym, isos, primary, stem=stem, curated=True)

    aliases = {"RMB": "CNY", "NTD": "TWD"}
    for code, info in _PP_CURRENCIES.items():
        iso = aliases.get(code, code)
        if iso in _NOT_CURRENCIES:
            continue
        put(code, (iso,), iso, code=True)
        for sym in [info.get("s"), info.get("sn"), *info.get("sn2", [])]:
            if not sym:
                continue
            sym = _strip_marks(sym).strip()
            if len(sym) == 1 and sym.isascii() and sym.isalpha():
                continue  # bare Latin letters only where curated above
            put(sym, (iso,), None)
    for sym in _PP_SAFE_SYMBOLS:
        sym = _strip_marks(sym).strip()
        if sym not in raw:
            put(sym, (), None)

    table: dict[str, _Symbol] = {}
    for text, e in raw.items():
        isos = set(e["isos"])
        current = isos - _OBSOLETE_ISO
        if current and not e["code"]:
            isos = current
        primary = e["primary"] if e["primary"] in isos else None
        if primary is None and len(isos) == 1:
            primary = next(iter(isos))
        is_code = bool(e["code"]) and len(text) == 3 and text.isascii() and text.isupper()
        ci = text in _CASE_INSENSITIVE or (is_code and text not in _WORDLIKE_CODES)
        table[text] = _Symbol(text, frozenset(isos), primary, _classify(text, is_code), ci,
                              bool(e["stem"]), is_code)
    return table


_MARKS_RE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def _strip_marks(text: str) -> str:
    return _MARKS_RE.sub("", text)


_TABLE = _build_table()
_CI_TABLE = {s.text.casefold(): s for s in _TABLE.values() if s.ci}
_GENERIC_SIGNS = frozenset({"$", "dollar", "dollars", "kr", "kr.", "Kr", "KR", "¥", "￥"})


def _symbol_branches(sym: _Symbol) -> list[tuple[frozenset, str]]:
    """(possible first characters, regex) for each way of writing ``sym``.

    The regex matches from the first character on; whether the symbol must
    start a word is checked by the scanner.
    """
    text = sym.text
    first, rest = text[0], text[1:]
    firsts = frozenset({first, first.lower(), first.upper()} if sym.ci else {first})
    head = "[" + "".join(re.escape(c) for c in sorted(firsts)) + "]" if len(firsts) > 1 else re.escape(first)
    rest_rx = re.escape(rest).replace(r"\ ", r"\s?")  # "US $" is also written "US$"
    if sym.ci and rest:
        rest_rx = f"(?i:{rest_rx})"
    body = head + rest_rx
    last = text[-1]
    if not sym.stem and (
        (_is_letter(last) and not _is_cjk(last)) or (last == "." and not _is_arabic(text))
    ):
        body += r"(?![^\W\d_])"  # must end a word
    if not _is_arabic(text):
        return [(firsts, body)]
    # Arabic abbreviations are written with or without dots around: ".د.ب", "ج.س."
    if not text.endswith("."):
        body += r"\.?"
    return [(firsts, body), (frozenset("."), r"\." + body)]


def _build_scanner() -> dict[str, tuple[str, bool]]:
    """First character -> (regex source of the symbols starting with it, must
    start a word).  Regexes are compiled on first use (see ``_symbol_regex``).

    Trying, at the few positions whose character can start a symbol, a small
    regex of the symbols starting with that character is much faster than one
    alternation of ~600 symbols at every position.
    """
    by_first: dict[str, list[str]] = {}
    for sym in sorted(_TABLE.values(), key=lambda s: (-len(s.text), s.ci, s.text)):
        for firsts, branch in _symbol_branches(sym):
            for ch in firsts:
                by_first.setdefault(ch, []).append(branch)
    return {
        ch: ("|".join(branches), _is_letter(ch) and not _is_cjk(ch))
        for ch, branches in by_first.items()
    }


_SCANNER = _build_scanner()
_SCANNER_COMPILED: dict[str, re.Pattern] = {}


def _symbol_regex(ch: str) -> re.Pattern:
    rx = _SCANNER_COMPILED.get(ch)
    if rx is None:
        rx = _SCANNER_COMPILED[ch] = re.compile(_SCANNER[ch][0])
    return rx


def _scan_symbols(text: str):
    """Yield (start, end) of every currency symbol in ``text``, left to right."""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        entry = _SCANNER.get(ch)
        if entry is not None and not (entry[1] and i > 0 and text[i - 1].isalpha()):
            m = _symbol_regex(ch).match(text, i)
            if m:
                yield i, m.end()
                i = m.end()
                continue
        if ch > "\x7f" and unicodedata.category(ch) == "Sc":  # any other sign ("₶")
            yield i, i + 1
        i += 1


def _lookup(found: str) -> _Symbol | None:
    """Table entry for a symbol as written (case, dots and spacing tolerated)."""
    text = " ".join(found.split())
    candidates = [text, text.replace(" ", "")]
    if _is_arabic(text):
        core = text.strip(".")
        candidates += [core, core + "."]
    for cand in candidates:
        sym = _TABLE.get(cand)
        if sym is not None:
            return sym
    for cand in candidates:
        sym = _CI_TABLE.get(cand.casefold())
        if sym is not None:
            return sym
    return None


# ---------------------------------------------------------------------------
# ISO mapping
# ---------------------------------------------------------------------------


def _norm_iso(code: str | None) -> str | None:
    if not code or not isinstance(code, str):
        return None
    code = code.strip().upper()
    return code if len(code) == 3 and code.isascii() and code.isalpha() else None


def _resolve(sym: _Symbol | None, default: str | None) -> str | None:
    if sym is None:
        return None
    if len(sym.isos) == 1:
        return next(iter(sym.isos))
    if default and default in sym.isos:
        return default
    return sym.primary


@lru_cache(maxsize=4096)
def currency_to_iso(symbol: str | None, default_currency: str | None = None) -> str | None:
    """ISO 4217 code for a currency symbol or code as written on a page.

    ``default_currency`` (the retailer's ISO code) resolves ambiguous symbols
    ("$" is CAD for a Canadian shop, "kr" is NOK for a Norwegian one) and is
    returned when ``symbol`` is empty.  Unknown symbols give None.
    """
    default = _norm_iso(default_currency)
    if symbol is None or not str(symbol).strip():
        return default
    text = _strip_marks(str(symbol)).strip()
    sym = _lookup(text)
    if sym is None:
        for start, end in _scan_symbols(text):
            found = text[start:end].strip()
            if found and len(found) * 2 >= len(text.replace(" ", "")):
                sym = _lookup(found)
            break
    return _resolve(sym, default)


def currency_candidates(symbol: str | None) -> frozenset:
    """Every ISO 4217 code a symbol as written may stand for ("$" -> USD, CAD,
    AUD ...; "€" -> EUR); empty for unknown symbols."""
    if symbol is None or not str(symbol).strip():
        return frozenset()
    text = _strip_marks(str(symbol)).strip()
    sym = _lookup(text) or _lookup(text.rstrip("."))
    if sym is None:
        return frozenset(filter(None, [currency_to_iso(text)]))
    return sym.isos | ({sym.primary} if sym.primary else set())


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
_EXPONENT_RE = re.compile(r"[eE]([+-]?\d{1,6})(?![^\W_])")
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
        if m and _MANTISSA_RE.fullmatch(body) and not (start and text[start - 1].isalpha()):
            exponent, end = int(m.group(1)), m.end()
            while i < len(raw) and raw[i][0] < end:
                i += 1
        # whole-amount marker: "1.198,-", "50,-", "105.–"
        m = _WHOLE_MARK_RE.match(text, end)
        if m:
            end = m.end()
        nums.append(_Number(start, end, body.replace(" ", ""), exponent=exponent))
    for n in nums:
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


def _is_was_price(text: str, n: _Number, before: list[_Match]) -> bool:
    start = min([n.start] + [m.start for m in before])
    return bool(_WAS_RE.search(text[max(0, start - 30):start]))


def _select(text: str, valid, accepted, pairs, candidates):
    """(number, currency match) chosen in one string."""
    if pairs:
        chosen = 0
        n, before, after = pairs[0]
        # a "was"/"RRP" price gives way to the next non-zero one
        if _is_was_price(text, n, before):
            for k in range(1, len(pairs)):
                if not _is_was_price(text, pairs[k][0], pairs[k][1]) and pairs[k][0].text.strip("0.,"):
                    chosen = k
                    break
        n, before, after = pairs[chosen]
        currency = _best_adjacent(before, after)
        _mark_sign(text, n, before)
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
    if _is_was_price(text, n, []):
        for other in valid[1:]:
            if not _is_was_price(text, other, []) and other.text.strip("0.,"):
                n = other
                break
    _mark_sign(text, n, [])
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
    text = _normalise_text(str(text)[:MAX_TEXT_LENGTH])

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
