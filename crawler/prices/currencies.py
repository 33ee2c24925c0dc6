"""Currency symbols -> ISO 4217: the project's one currency table.

Built from a curated table merged with price-parser's currency database and
list of unambiguous symbols.

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
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from price_parser.parser import SAFE_CURRENCY_SYMBOLS as _PP_SAFE_SYMBOLS

try:  # price-parser's currency database (private module, stable since 0.3)
    from price_parser._currencies import CURRENCIES as _PP_CURRENCIES
except ImportError:  # pragma: no cover - other price-parser layouts
    _PP_CURRENCIES = {}

__all__ = ["COUNTRY_CURRENCY", "currency_candidates", "currency_to_iso", "is_iso_currency"]

# The currency of a country (ISO 3166 alpha-2, lower case; "uk" is the ccTLD of GB): the
# default for ambiguous symbols ("$", "kr") on a site of that country.
COUNTRY_CURRENCY = {
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
# ISO 4217 codes (babel's list of currencies, from CLDR)
# ---------------------------------------------------------------------------

# codes of ISO 4217 that name no money a shop prices in: "no currency" and the testing code
_NOT_MONEY = frozenset({"XXX", "XTS"})


@lru_cache(maxsize=1)
def _iso_codes() -> frozenset:
    from babel.numbers import list_currencies

    return frozenset(code for code in list_currencies() if len(code) == 3) - _NOT_MONEY


def is_iso_currency(code) -> bool:
    """Is ``code`` an ISO 4217 currency code (upper case, three letters, in CLDR's list as
    babel ships it; "XXX" and "XTS" are no money)? ``"USD"`` yes, ``"ZZZ"``/``"usd"``/``"XXXX"`` no."""
    return isinstance(code, str) and code in _iso_codes()
