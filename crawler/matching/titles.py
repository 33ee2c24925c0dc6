"""Title text: normalisation and attribute extraction for product matching.

Everything here works on one offer at a time; the pairwise comparison lives in
``features.py``.  The extraction is written for retail product titles in the
wild: mixed case, units glued or spaced ("2TB", "2 TB", "2 To"), inch marks
(27", 27-inch, 2.5 '), model numbers with or without separators
("MZ-V9P2T0BW", "dsc - w120", "108 r00645"), marketplace junk ("@en-US",
"| Shop name") and several languages.
"""

from __future__ import annotations

import re
import unicodedata

from . import arabic as _arabic
from . import cyrgreek as _cyrgreek
from . import indic as _indic
from . import hebrew as _hebrew
from . import vietnamese as _vietnamese
from . import lingua as _lingua  # (session 16, ml: Japanese, Chinese, Korean words)
from . import cjk as _cjk
from . import sea_words as _sea  # (session 20, ml20b: South-East Asian count words)
from . import us42 as _us42  # (session 42, us42: a leaf module - "HDR10+")
from . import health32 as _health32  # (session 32, hp32: pharmacy shorthand)
from . import lb37 as _lb37  # (session 37, lb37: a PCIe generation)
from . import ph40 as _ph40  # (session 40, ph40: a leaf module - "eSIM only")
from . import pc39 as _pc39  # (session 39, pc39: a memory kit, a bare speed or capacity)
from . import cm39 as _cm39  # (session 39, cm39: a lens's focal range and aperture, "Mk II", an ohm sign)
from . import sh40 as _sh40  # (session 40, sh40: a camera kit's count, a data rate, "Gen.2")
from . import av40 as _av40  # (session 40, av40: a leaf module - a generation in one notation)
from . import beauty33 as _beauty33  # (session 33, bc33: a shade's label, a concentration written out)
from . import tb35 as _tb35  # (session 35, tb35: a leaf module - "°C" read as "°")
from . import raw_facets as _raw_facets
from . import home32 as _home32  # (session 32, hl32: a leaf module - a lamp's equivalent watts)
from . import sport32 as _sport32  # (session 33, fs33: a leaf module - "Tee" / "T-Shirt")
from . import fs36 as _fs36  # (session 36, fs36: a leaf module - a gendered compound, a cassette's teeth)
from . import dg37 as _dg37  # (session 37, dg37: a leaf module - a battery platform's name, "LL", a bulb's claim)
from . import cat38 as _cat38  # (session 38, cat38: a leaf module - "Disk-5 Pack" is a pack of five)
from . import we38 as _we38  # (session 38, we38: a leaf module - a device's charging case in Italian / French / Spanish)
from . import eu38 as _eu38  # (session 38, fxeu38: a leaf module - a turquoise with its base colour beside it)
from . import mends35 as _mends35  # (session 35, mend35: a leaf module - ISBNs, a bicycle tyre's size)
from . import home41 as _home41  # (session 41, fu41: a leaf module)
from . import ou39 as _ou39  # (session 39, ou39: a leaf module - Shimano's component codes)
from . import sw42 as _sw42  # (session 42, sw42: a leaf module - a season's spelled ordinal)
from . import mu43 as _mu43  # (session 43, mu43: a leaf module - a string set's gauges)
from . import wj43 as _wj43  # (session 43, wj43: a leaf module - watch, eyewear, jewellery and lens notations)
from . import sp41 as _sp41  # (session 41, sp41: a leaf module - one scan for the hints' literals)
from .memos import memo  # (session 17: the memos' registry)
from .regextrie import literal_alternation
from .amounts import dozens_counted, feet_and_inches, fractions_by_x, year_download  # (session 15, prec)
from .amounts import cardinals_counted, ranges_joined  # (session 20, en20b)
from .audience import audience_dropped  # (session 15, prec)
from .audience import grade_claims_dropped  # (session 20, en20b)
from .synonyms import KIND_AFTER_VARIANT, MORE_COLOURS, PRO_WORDS, edition_after_program, glued_series_number, ordinal_number

# --------------------------------------------------------------------------
# lexicons (hand-written; the learned model decides how much each one counts)
# --------------------------------------------------------------------------

COLOURS = {
    "black": "black", "noir": "black", "negro": "black", "schwarz": "black", "nero": "black",
    "preto": "black", "zwart": "black",
    "white": "white", "blanc": "white", "blanco": "white", "weiss": "white", "bianco": "white",
    "branco": "white", "wit": "white",
    "silver": "silver", "argent": "silver", "plata": "silver",
    "red": "red", "rouge": "red", "rojo": "red", "rot": "red",
    "blue": "blue", "bleu": "blue", "azul": "blue", "blau": "blue",
    "pink": "pink", "rose": "pink", "rosa": "pink",
    "gray": "grey", "grey": "grey", "gris": "grey", "grau": "grey",
    "gold": "gold", "green": "green", "vert": "green", "verde": "green", "gruen": "green",
    "purple": "purple", "violet": "purple", "orange": "orange", "yellow": "yellow",
    "brown": "brown", "beige": "beige", "bronze": "bronze", "graphite": "grey",
    "charcoal": "grey", "navy": "blue", "teal": "turquoise", "ivory": "white",
    "champagne": "gold", "titanium": "titanium", "copper": "bronze", "platinum": "silver",
    "gunmetal": "grey", "lime": "green", "aqua": "blue",
    "turquoise": "turquoise",  # (session 38, fxeu38: turquoise and teal, a colour of their own: ``facets``)
}
COLOURS.update({w: c for w, c in MORE_COLOURS.items() if w not in COLOURS})  # (more languages' forms)

# Words that name a different SKU of the same family ("RTX 4070" vs "RTX 4070 Ti").
VARIANTS = {
    "ti", "super", "pro", "max", "plus", "xt", "xtx", "ultra", "mini", "lite", "slim",
    "air", "se", "neo", "fe", "xl", "xs", "promax",
}

# Coarse product types, detected from the head of a title (before "for"/"with").
_TYPE_WORDS = {
    "camera": "camera", "camcorder": "camera", "dslr": "camera", "slr": "camera",
    "cybershot": "camera", "webcam": "webcam",
    "tv": "tv", "hdtv": "tv", "television": "tv", "lcdtv": "tv",
    "monitor": "monitor",
    "laptop": "computer", "notebook": "computer", "ultrabook": "computer",
    "chromebook": "computer", "desktop": "computer", "pc": "computer",
    "tablet": "tablet", "ipad": "tablet",
    "phone": "phone", "smartphone": "phone", "cellphone": "phone",
    "printer": "printer", "scanner": "scanner", "projector": "projector",
    "toner": "ink", "ink": "ink", "cartridge": "ink", "drum": "ink",
    "ssd": "storage", "hdd": "storage", "harddrive": "storage",
    "ram": "memory", "dimm": "memory", "sodimm": "memory",
    "processor": "cpu", "cpu": "cpu",
    "graphics": "gpu", "videocard": "gpu",
    "motherboard": "motherboard", "mainboard": "motherboard",
    "speaker": "audio", "speakers": "audio", "subwoofer": "audio", "soundbar": "audio",
    "headphones": "headphones", "headphone": "headphones", "earbuds": "headphones",
    "earphones": "headphones", "headset": "headphones",
    "receiver": "receiver", "amplifier": "receiver",
    "case": "case", "sleeve": "case", "bag": "case", "backpack": "case", "cover": "case",
    "skin": "case", "holster": "case", "pouch": "case",
    "cable": "cable", "cord": "cable",
    "charger": "power", "adapter": "power", "adaptor": "power", "battery": "power",
    "ups": "power", "psu": "power",
    "mount": "mount", "bracket": "mount", "stand": "mount", "tripod": "mount",
    "router": "network", "switch": "network", "modem": "network",
    "remote": "remote",
    "lens": "lens", "microwave": "microwave", "washer": "washer", "dryer": "dryer",
    "refrigerator": "fridge", "fridge": "fridge", "dishwasher": "dishwasher",
    "vacuum": "vacuum", "keyboard": "keyboard", "mouse": "mouse",
    "dvd": "player", "bluray": "player", "player": "player",
    "fan": "fan", "cooler": "fan",
}
_TYPE_STOP = {"for", "with", "w", "compatible", "fits", "includes", "including", "plus", "and", "+"}


# words that never count as brands / codes
_STOP = {
    "the", "a", "an", "and", "or", "of", "for", "with", "w", "in", "on", "to", "by", "from",
    "new", "buy", "online", "price", "prices", "best", "sale", "shop", "at", "de", "la", "le",
    "el", "en", "und", "und", "y", "et", "con", "per", "pour", "null", "product", "data",
}

_BRAND_SUFFIX = re.compile(
    r"\b(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|gmbh|ag|sa|plc|"
    r"electronics|electronic|technologies|technology|tech|international|intl|usa|america|"
    r"systems|computer|computers|products|brands|group|digital imaging|optics|"
    r"consumer|mfg|manufacturing)\b"
)

BRAND_ALIASES = {
    "hewlettpackard": "hp", "hpinc": "hp", "hpe": "hp", "hewlettpackardenterprise": "hp",
    "westerndigital": "wd", "wdc": "wd",
    "tplink": "tplink", "dlink": "dlink",
    "lgelectronics": "lg", "samsungelectronics": "samsung",
    "applecomputer": "apple", "sonyelectronics": "sony",
    "kingstontechnology": "kingston", "logitechinternational": "logitech",
    "panasonicconsumer": "panasonic", "canonusa": "canon", "nikonusa": "nikon",
    "amd": "amd", "advancedmicrodevices": "amd", "nvidiacorporation": "nvidia",
    "microsoftcorporation": "microsoft", "ibm": "ibm", "lenovo": "lenovo",
    "asustek": "asus", "asustekcomputer": "asus", "gigabytetechnology": "gigabyte",
    "msi": "msi", "microstarinternational": "msi",
}

# --------------------------------------------------------------------------
# regular expressions
# --------------------------------------------------------------------------
#
# Speed note: Python's regex engine jumps straight to candidate positions only
# when a pattern begins with a literal or a character class.  A pattern that
# begins with a look-behind ("(?<![\w.])\d+"), a repeat ("[a-z0-9]+") or "\b"
# is tried at every position of the text, which made these few patterns the
# largest single cost of preparing an offer.  So they are written to begin
# with the character they must start with, and the look-behind comes after
# it, one character wider: "\d(?<![\w.]\d)" is "a digit not preceded by a
# word character or a dot", exactly like "(?<![\w.])\d".  The matches are the
# same as those of the plain spelling (checked in tests/test_matching.py).
# Numbers are matched possessively ("\d*+"): giving back digits can never
# let these patterns match (a digit cannot start a unit, quote or hyphen),
# and the engine no longer retries the long unit alternation for every
# shorter prefix of a number.

_LANG_TAG = re.compile(r'(?:"@|@)[a-z]{2}(?:-[a-z]{2,4})?\b', re.I)
_ENTITY = re.compile(r"&(amp|quot|apos|#39|#34|nbsp);")
_ENTITY_MAP = {"amp": " & ", "quot": '"', "apos": "'", "#39": "'", "#34": '"', "nbsp": " "}
# 27" / 27'' / 27” / 27-inch / 27 inch / 2.5 ' (Ditto-tokenised abt-buy)
_INCH = re.compile(
    r"(\d(?<![\w.]\d)\d*+(?:\.\d++)?+)\s?(?:\"|''|\u201d|\u2033|-?\s?inch(?:es)?\b|-in\b(?!-)|'(?![a-z0-9])"
    # (session 22, ml22a: the inch in the European languages - "55 Zoll", "20 pulgadas", "15,6 pouces",
    # "65 pollici", "55 cali", "24 palců", "27 duim", "55 tommer")
    r"|-?\s?(?:zoll|pouces?|pulgadas?|pollici|pollice|cali|palcu|palce|duim|tommer)\b)",
    re.I,
)


def _inch_word_named(s: str) -> bool:
    """(session 25, speed) Does ``s`` hold one of the inch's words that every match of
    ``_INCH_WORD_HINT`` holds?  Eight substring tests before that regex's scan from every digit
    (most titles name none of them)."""
    return ("zoll" in s or "pouce" in s or "pulgada" in s or "pollic" in s or "cali" in s or "palc" in s
            or "duim" in s or "tommer" in s)


_INCH_WORD_HINT = re.compile(r"\d\s?-?\s?(?:zoll|pouce|pulgada|pollic|cali|palc|duim|tommer)").search
# (a unit may follow the digits: "1,500mAh", "3,5GHz")
_THOUSANDS = re.compile(r",(?<=\d,)(?=\d{3}(?:\b|[a-z]))")
_DECIMAL_COMMA = re.compile(r",(?<=\d,)(?=\d{1,2}(?:\b|[a-z]))")
_SPACED_DOT = re.compile(r" \. (?<=\d \. )(?=\d)")

_UNIT_ALIASES = {
    "tb": ("cap", 1000.0), "gb": ("cap", 1.0), "go": ("cap", 1.0),
    "mb": ("cap", 0.001), "kb": ("cap", 1e-6),
    "ghz": ("freq", 1e9), "mhz": ("freq", 1e6), "khz": ("freq", 1e3), "hz": ("freq", 1.0),
    "mp": ("mpix", 1.0), "megapixel": ("mpix", 1.0), "megapixels": ("mpix", 1.0),
    "mpix": ("mpix", 1.0), "mpx": ("mpix", 1.0),
    "w": ("watt", 1.0), "watt": ("watt", 1.0), "watts": ("watt", 1.0), "kw": ("watt", 1000.0),
    "va": ("va", 1.0),
    # (session 29, lb29: a UPS's or an inverter's rating in kilovolt-amperes, "3kVA" = "3000VA", and a
    # battery's or a power station's energy in watt-hours, "3.5kWh", "768Wh" - read as codes before,
    # so a power station's "1024Wh" on one side only was a model number the other title lacked)
    "kva": ("va", 1000.0), "wh": ("wh", 1.0), "kwh": ("wh", 1000.0),
    "v": ("volt", 1.0), "volt": ("volt", 1.0), "volts": ("volt", 1.0),
    "mah": ("mah", 1.0), "ah": ("mah", 1000.0),
    "mm": ("len", 1.0), "cm": ("len", 10.0), "m": ("len", 1000.0), "ft": ("len", 304.8),
    "feet": ("len", 304.8), "foot": ("len", 304.8),
    "inch": ("inch", 1.0),
    "lb": ("wt", 453.6), "lbs": ("wt", 453.6), "oz": ("wt", 28.35), "kg": ("wt", 1000.0),
    "ounce": ("wt", 28.35), "ounces": ("wt", 28.35), "pound": ("wt", 453.6),
    "pounds": ("wt", 453.6),
    "x": ("zoom", 1.0),
    "rpm": ("rpm", 1.0),
    "mbps": ("rate", 1e6), "gbps": ("rate", 1e9), "kbps": ("rate", 1e3),
    "mbs": ("bw", 1e6), "gbs": ("bw", 1e9),
    "ms": ("ms", 1.0), "p": ("res", 1.0), "k": ("k", 1.0),
    "ch": ("chan", 1.0), "channel": ("chan", 1.0), "port": ("port", 1.0), "ports": ("port", 1.0),
    # (session 30, dev30: a connector's or a cable's pins, "25-Pin Male Connector" / "9-Pin ...")
    "pin": ("pin", 1.0), "pins": ("pin", 1.0), "pines": ("pin", 1.0), "polig": ("pin", 1.0),
    # (session 22, ml22c: an air conditioner's capacity, "24000 BTU" - a size, no model number)
    "btu": ("btu", 1.0), "ton": ("btu", 12000.0),  # (and its tons of refrigeration: "1.5 Ton" = 18000 BTU)
    "cuft": ("cuft", 1.0), "pack": ("pack", 1.0), "pk": ("pack", 1.0), "pcs": ("pack", 1.0),
    "min": ("min", 1.0), "hour": ("hour", 1.0), "hours": ("hour", 1.0), "hr": ("hour", 1.0),
    "db": ("db", 1.0), "nm": ("nm", 1.0), "core": ("core", 1.0), "cores": ("core", 1.0),
    # volume, weight and counts (household goods; English, Czech, German, French, Spanish)
    "ml": ("vol", 1.0), "cl": ("vol", 10.0), "dl": ("vol", 100.0), "l": ("vol", 1000.0),
    "ltr": ("vol", 1000.0), "liter": ("vol", 1000.0), "litre": ("vol", 1000.0),
    "liters": ("vol", 1000.0), "litres": ("vol", 1000.0), "litr": ("vol", 1000.0),
    "litru": ("vol", 1000.0), "litry": ("vol", 1000.0), "gal": ("vol", 3785.0),
    "gallon": ("vol", 3785.0), "gallons": ("vol", 3785.0), "floz": ("vol", 29.57),
    "qt": ("vol", 946.4), "quart": ("vol", 946.4), "quarts": ("vol", 946.4),
    "pint": ("vol", 473.2), "pints": ("vol", 473.2),
    "g": ("wt", 1.0), "gr": ("wt", 1.0), "gram": ("wt", 1.0), "grams": ("wt", 1.0),
    "gramm": ("wt", 1.0), "mg": ("wt", 0.001),
    # (session 20, ml20a: grams as shops in India, Pakistan, Bangladesh and Sri Lanka shorten
    # them: "150 gm", "500gms")
    "gm": ("wt", 1.0), "gms": ("wt", 1.0), "grm": ("wt", 1.0), "grms": ("wt", 1.0),
    "tc": ("tc", 1.0),  # (session 13, home: a sheet's thread count, ``_THREAD_COUNT``)
    "count": ("pack", 1.0), "ct": ("pack", 1.0), "ks": ("pack", 1.0), "stk": ("pack", 1.0),
    "pieces": ("pack", 1.0), "piece": ("pack", 1.0), "pz": ("pack", 1.0),
    # (session 22, ml22c: the Slovak and Czech words "ks" shortens - "56 kusov", "10 kusů", "2 kusy")
    "kusov": ("pack", 1.0), "kusy": ("pack", 1.0), "kusu": ("pack", 1.0),
    # (session 13, ml: litres as Italian, Spanish and Turkish shops shorten them: "1 lt"; not
    # "adet", "szt" as counts - measured: "120 szt." against "120 diapers" became a conflict)
    "lt": ("vol", 1000.0), "lts": ("vol", 1000.0),
    # (session 14, ml: the litre and the gram spelled out in Italian, Spanish, Portuguese and
    # French - "1 litro", "5 litros", "1.5 litri", "500 gramos", "250 grammi", "125 grammes")
    **dict.fromkeys(("litro", "litros", "litri"), ("vol", 1000.0)),
    **dict.fromkeys(("gramos", "gramas", "grammi", "grammes", "gramme", "grammo"), ("wt", 1.0)),
    # (session 20, ml20b: the kilogram as shops in the Philippines, Indonesia and Europe write it -
    # "1.2 kilo", "2 kilos" -, the litre as Vietnamese writes it, "1 lít" folded to "1 lit")
    **dict.fromkeys(("kilo", "kilos", "kilogram", "kilograms", "kilogramm", "kilogramos"), ("wt", 1000.0)),
    "lit": ("vol", 1000.0),
    # durations (subscriptions, licences, warranties: "1 Year" = "12 Months" = "365 Days"), in
    # days; English, German, French, Spanish, Portuguese, Italian, Czech ("mo" is left out:
    # "64Mo" is French megabytes; so are "dia" - a diameter -, "den" - hosiery's denier - and "mon")
    **dict.fromkeys(("year", "years", "yr", "yrs", "jahr", "jahre", "jahren", "an", "ans", "ano",
                     "anos", "anno", "anni", "rok", "roky", "let",
                     "lata", "lat"), ("dur", 365.0)),  # (session 19, ml19b: Polish "2 lata", "5 lat")
    **dict.fromkeys(("month", "months", "mos", "monat", "monate", "monaten", "mois", "mes",
                     "meses", "mese", "mesi", "mesic", "mesice", "mesicu",
                     "miesiac", "miesiace", "miesiecy"), ("dur", 365.0 / 12)),  # (Polish "12 miesięcy")
    # (session 42, sw42: the German compound's term - "12-Monats-Mitgliedschaft", "1-Jahres-Abo", "30-Tages-Pass" -
    # is the term "12 Monate" states: its genitive was no unit, and the title stated no term)
    "monats": ("dur", 365.0 / 12), "jahres": ("dur", 365.0), "tages": ("dur", 1.0),
    **dict.fromkeys(("week", "weeks", "wk", "wks", "woche", "wochen", "semaine", "semaines",
                     "semana", "semanas", "settimana", "settimane", "tyden", "tydny", "tydnu"), ("dur", 7.0)),
    **dict.fromkeys(("day", "days", "tage", "tagen", "jour", "jours", "dias",
                     "giorno", "giorni", "dny", "dni"), ("dur", 1.0)),
}
# (session 34, op34) a length spelled out in the shops' languages after its number - "2 metros", "2 metri",
# "3 metry", "10 metres" - is the length "2m" states (a cable's "2 metros" against "2m" read as a bare
# number "2" against a length: ``conflict:number``); the spelled word only, after a number, as every unit
# here.  Not "meter": English names a device so ("Fluke 117 Meter" - its model number would become a length);
# nor "meters": US shops print it after the feet it converts ("6.6ft (2 Meters)"), and read as a length
# there it turned a Belkin cable's learned-stage match (train20b) into "weak"
_UNIT_ALIASES.update(dict.fromkeys(("metre", "metres", "metro", "metros", "metri", "metry", "metrow"),
                                   ("len", 1000.0)))
# "3g" / "4g" / "5g" name a mobile network, not a weight
_NOT_WEIGHT = frozenset(("2g", "3g", "4g", "5g"))
# units sorted longest first so "mhz" wins over "m"
_UNIT_RE = "|".join(sorted((re.escape(u) for u in _UNIT_ALIASES), key=len, reverse=True))
# number + optional space/hyphen + unit; "gb/s" and "mb/s" become bandwidth
_UNIT = re.compile(
    r"(\d(?<![\w.\-/]\d)\d*+(?:\.\d++)?+)\s?-?\s?(" + _UNIT_RE + r")(?![a-z0-9])",
)
_BW = re.compile(r"(\d(?<![\w.]\d)\d*+(?:\.\d++)?+)\s?(gb|mb)/s\b")
_CUFT = re.compile(r"cu\s?\.?\s?ft\.?")
_FLOZ = re.compile(r"\bfl\.?\s?oz\.?")
# A count and a hyphen beside it (rv39: one reader of the hyphen by a count, where three had grown - session 38's
# "All-in-1 - pack", cat38's "Disk-5 Pack" - ``_HYPHEN_COUNT``):
# * "<N>-<word>": a hyphen joins a count to the port, channel, pack or core word after it ("4-Port", "5-Pack":
#   "4port", "5pack"), unless the number is glued by a hyphen to the word before it - it ends that word
#   ("All-in-1", "2-in-1") and counts no ports or packs after a dash: "Brita Maxtra Pro All-in-1 - pack de 3" is
#   a pack of 3, no "1pack" (review of session 38);
# * "<word>-<N> <pack word>": a hyphen between a word of letters and a small number a pack word follows ("REV
#   70GB Disk-5 Pack") joins no model code - "F-150", "AK-47" have no pack word after them; a code with a digit
#   before the hyphen, "CB2-4 Pack", is left alone -: the count opens a part of its own, "Disk - 5 Pack" (cat38).
_HYPHEN_COUNT = re.compile(r"(?<![\w.\-/])([a-z]{3,})-(\d{1,3})(?=\s?(?:pack|pk|packs|count|ct)\b)"
                           r"|(\d(?<![\w.\-]\d)\d*+)\s?-\s?(port|ch|channel|pack|core)\b")
# (the hyphen in a word before a digit, or before a count's word)
_HYPHEN_COUNT_HINT = re.compile(r"[a-z]-\d|-\s?(?:port|ch|pack|core)").search
# * "<N> <word>-<word> <pack word>": a count of packs, a hyphened word or two between ("12 Flip-Top Packs", "9
#   Pop-Top Packs"), for readers of the raw title (``relations._opens_part``, hh38: such a count opening a part
#   after a separator is no generation of the word before it) - ``counts_packs``.
_PACKS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}(?:packs?|pk|pks)\b")


def counts_packs(text: str, end: int) -> bool:
    """Does the count ending at ``end`` of ``text`` (a raw title, lower-cased) count packs, at most two words
    between it and the pack word ("12 Flip-Top Packs": above)?"""
    return _PACKS_AFTER.match(text, end) is not None
# "2 x 4gb" is a multiplier, not a zoom (the digit is put back by the replacement);
# 4+ digits with a glued "x" and a space name a processor ("1950X 4.00GHz", as
# ``is_code_token`` reads "1950x"), not a product of two numbers ("1920x1080" is)
# (session 34, sp34, speed: the look-ahead right after the number - what the pattern's end matches, asked
# first - lets the engine leave a digit with no "x" after it at once, instead of trying the four negative
# look-arounds at every digit of the title; the same matches and groups: it holds wherever the end matches)
_XMUL = re.compile(r"(\d(?:inch|cm|mm)?)(?=\s{0,2}x\s{0,2}\d)(?!(?<=\d\d\d\d)x\s)"
                   # (session 16, prec: an "x" glued to a model code's digits, a space after it, is
                   # the code's suffix: "SN850X 1TB" is the SN850X, no "850 x 1 TB")
                   r"(?!(?:(?<=[a-z]\d)|(?<=[a-z]\d\d)|(?<=[a-z]\d\d\d)|(?<=[a-z]\d\d\d\d))x\s)"
                   # (session 19, en19: "3D" glued after a number's "x" is a technology, AMD's 3D cache:
                   # "5800X3D" is the processor, no "5800 x 3" of two numbers)
                   r"(?!(?<=\d\d\d)x3d\b)"
                   # (session 31, lb31: a TV's code - two letters, a hyphen or none, the screen's two
                   # digits, "X" and the series with its letters - is one code: "KD-65X80L" is Sony's
                   # X80L of 65 inches, no "65 x 80 l" sharing "kd-65" with the X75WL)
                   r"(?!(?:(?<=[a-z][a-z]\d\d)|(?<=[a-z][a-z]-\d\d))x\d{2,3}(?!(?:cm|mm|in|ft|m)\b)[a-z]{1,3}\b)"
                   r"\s{0,2}x\s{0,2}(?=\d)")  # (session 13: "46 x 54 inch" has two after the inch's reader)
# Cheap necessary conditions for _XMUL / _HYPHEN_COUNT: led by a literal, so the
# engine jumps straight to the few "x" / "-" instead of trying the full
# pattern at every digit; most titles with an "x" or a "-" have neither.
_XMUL_HINT = re.compile(r"x\s{0,2}\d").search  # (session 13: a unit on each number, '20"x34"')

_RAW_TOKEN = re.compile(r"[a-z0-9][a-z0-9]*(?:[\-/.+][a-z0-9]+)*\+?")
# \d+(?:\.\d+)?[a-z]+ | [a-z0-9]+(?:\.\d+)?  (first character taken out of the branches)
_WORD = re.compile(r"[a-z0-9](?:(?<=\d)\d*(?:\.\d+)?[a-z]+|[a-z0-9]*(?:\.\d+)?)")
_UNIT_TOKEN = re.compile(r"^\d+(?:\.\d+)?(?:" + _UNIT_RE + r")$")
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")
_VARIANT_SUFFIX = re.compile(r"^(\d{3,5})(ti|super|xt|xtx|pro|max|plus|se|fe)$")
# (model_variants_of: also after a series' letters, "rtx4070ti" = "rtx4070 ti")
_MODEL_VARIANT_SUFFIX = re.compile(r"^((?:[a-z]{1,4})?\d{3,5})(ti|super|xt|xtx|pro|max|plus|se|fe)$")
_HAS_DIGIT = re.compile(r"\d")
_HAS_ALPHA = re.compile(r"[a-z]")
_DECIMAL_TOKEN = re.compile(r"^\d+\.\d+$")
_QUANTITY = re.compile(r"^\d+-[a-z]{3,}$")

# alphanumeric tokens that look like codes but name a technology, not a product
_TECH = {
    "usb2", "usb3", "usb31", "usb30", "usb20", "ddr", "ddr2", "ddr3", "ddr4", "ddr5", "ddr3l",
    "gddr5", "gddr6", "gddr6x", "gddr5x", "pc3", "pc4", "pc2", "mp3", "mp4", "h264", "h265",
    "x264", "802", "80211", "80211n", "80211ac", "80211g", "80211b", "80211ax", "3g", "4g",
    "5g", "lte", "i3", "i5", "i7", "i9", "m2", "nvme", "pcie", "pcie3", "pcie4", "sata3",
    "sata2", "sata6", "1080p", "720p", "1080i", "2160p", "4k", "8k", "5k", "hd", "win7",
    "win8", "win10", "win11", "w7", "w10", "w11", "w7pro", "w10pro", "x86", "x64", "a4",
    "a3", "ps2", "ps3", "ps4", "ps5", "rj45", "rj11", "cat5", "cat5e", "cat6", "cat6a",
    "ipv6", "ipv4", "wifi6", "3d", "2d", "1x", "2x", "4x", "8x", "16x", "ac1200", "ac1900",
    "hdmi2", "dp14", "mk2", "mk3", "gen2", "gen3", "gen4", "ip65", "ip67", "ip68", "utp",
    "2in1", "3in1", "4in1", "24x7", "7x24", "v2", "v3", "v4", "g2", "g3", "g4", "g5", "g6",
    "g7", "g8", "g9", "s2", "s3", "mk1",
    # (session 31, usr31: an ingress-protection rating as a speaker's, a watch's or a tool's long title
    # lists it - "IPX7 waterproof" -, a standard as "ip67" is: "JBL Flip 6 ... IPX7" / "JBL FLIP 6 ...
    # JBLFLIP6BLUAM" was each title printing a model number the other lacks)
    "ipx4", "ipx5", "ipx6", "ipx7", "ipx8", "ip54", "ip55", "ip66", "ip69",
}

# (session 31, usr31) the video formats a streaming player's or a TV's title lists with slashes,
# "HD/4K/HDR": with ``_TECH`` the pieces of a list of standards, no model number glued of them
_FORMAT_WORDS = frozenset("hd sd uhd fhd qhd hdr hdr10 dv".split())

# memory module ratings ("PC3-10600", "PC2-6400", "PC3200", "DDR4-2400"): a
# standard that thousands of different modules share, not a model number
_MEMORY_RATING = re.compile(r"(?:pc[234]l?|ddr[2345]l?|lpddr[45]x?)\d{3,5}$")

_FOR_CUT = re.compile(r"\b(?:for|compatible with|fits|fit for|replacement for|designed for)\b")


class _CombiningTable(dict):
    """str.translate table deleting combining characters (accents after
    NFKD): filled on first sight of each character, so translate runs in C
    instead of a Python generator over every character."""

    def __missing__(self, code: int):
        v = None if unicodedata.combining(chr(code)) else code
        if len(self) < 100_000:
            self[code] = v
        return v


_COMBINING = _CombiningTable()


def strip_accents(s: str) -> str:
    if s.isascii():
        return s
    s = unicodedata.normalize("NFKD", s)
    if s.isascii():  # ("…" -> "...", fullwidth digits ...): nothing to delete
        return s
    return s.translate(_COMBINING)


class _KeepOthers(dict):
    """A str.translate table that keeps the characters it does not list:
    each one is added (as itself) on first sight, so translate no longer
    raises and swallows a KeyError for every other character of the text."""

    def __missing__(self, code: int):
        if len(self) < 100_000:
            self[code] = code
        return code


_TRANS = _KeepOthers(str.maketrans({
    "\u00a0": " ", "\u2013": "-", "\u2014": "-", "\u2019": "'", "\u2018": "'",
    "\u201c": '"', "\u201d": '"', "\u2032": "'", "\u2033": '"', "\u00d7": " * ",
    "\u00df": "ss",
    # (letters NFKD does not decompose: Polish "Północ", Danish "Grøn" would
    # otherwise split their words in two)
    "\u0142": "l", "\u0141": "L", "\u00f8": "o", "\u00d8": "O", "\u00e6": "ae", "\u00c6": "AE",
    "\u0153": "oe", "\u0152": "OE", "\u0111": "d", "\u0110": "D",
    "\u0131": "i",  # (session 13, ml: Turkish dotless "ı": "Sıvı Sabun" is "sivi sabun", not "s v sabun")
    # (session 16: invisible format characters - zero-width spaces and joiners, the soft hyphen,
    # the byte-order mark, direction marks and embeddings - are deleted: "99\u200b0 PRO" is "990 PRO",
    # it was the numbers 99 and 0 and a number conflict with "990 PRO"; the pipelines strip them from
    # stored titles, a direct call of the API did not)
    **dict.fromkeys("\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u202a\u202b\u202c\u202d\u202e"
                    "\u2066\u2067\u2068\u2069"),
}))


# session 34, hk34: the diameter sign glued to a number ("Pfanne Ø20cm", "⌀24 cm") names the size that
# follows, no letter: read as a space - folded to "o", "Ø20cm" was a word "o20cm" no title shared, and
# "Ø20cm" / "Ø 24 cm" no two sizes (``train34hk``).  Only glued to a digit: Danish "Grøn" keeps its letter,
# and a sign standing alone ("ø 24 cm") is left as it was read (a lone "o": with it gone, "Tescoma President
# pánev s nepřilnavým povrchem ø 24 cm" printed "povrchem" as a word its pan's other title lacked)
_DIAMETER_SIGN = re.compile(r"[\u00d8\u00f8\u2300](?=\d)")


def _latin(text: str) -> str:
    """``text`` in Latin letters, as both cleaners read it: CJK words as Latin (``cjk``, before
    accents go: a katakana word's voicing marks are part of it), accents stripped and the
    letters NFKD keeps apart folded (``_TRANS``), then Arabic, Cyrillic and Greek; each reader
    only where its script is present (speed)."""
    if text.isascii():
        return text
    if _cjk.HINT(text):  # Chinese, Japanese, Korean words -> Latin (cjk.py: sessions 16, 17)
        text = _cjk.to_latin(text)
    if _indic.HINT(text):  # Hindi words -> Latin (indic.py: session 18; before the vowel signs go)
        text = _indic.to_latin(text)
    if _hebrew.HINT(text):  # Hebrew colours, units, kinds -> Latin (hebrew.py: session 18)
        text = _hebrew.to_latin(text)
    if _vietnamese.VI_HINT(text):  # Vietnamese colours, read with their accents (vietnamese.py: session 18)
        text = _vietnamese.vietnamese_read(text)
    if "\u00d8" in text or "\u00f8" in text or "\u2300" in text:
        text = _DIAMETER_SIGN.sub(" ", text)  # (session 34, hk34: "Ø20cm" is "20cm")
    if "\u2122" in text or "\u2120" in text:
        # (session 42, sw42: the trade-mark signs are no letters - NFKD wrote "Show\u2122" as a word "showtm"
        # no other title prints, "MLB\u00ae The Show\u2122 24" / "MLB The Show 24" a word apart; "\u00ae" was
        # never a letter)
        text = text.replace("\u2122", " ").replace("\u2120", " ")
    s = strip_accents(text).translate(_TRANS)
    if not s.isascii() and _arabic.HINT(s):  # Arabic digits and words -> Latin (arabic.py)
        s = _arabic.to_latin(s)
    if not s.isascii() and _cyrgreek.HINT(s):  # Cyrillic and Greek words -> Latin (session 15, ml)
        s = _cyrgreek.to_latin(s)
    return s


def as_text(value) -> str:
    """``str(value)``, or "" for an int too long to write in decimal (Python
    refuses more than 4,300 digits: such a number is no title, brand or code)."""
    try:
        return str(value)
    except ValueError:
        return ""


# (session 22, ml22a) the number sign of a numbered line ("Spaghetti n.5", "Spaghettoni n°7", "nº 5",
# "No. 5", "núm. 4"; a pasta's cut, a perfume's or a hair treatment's number) written one way:
# "n.5", as the Italian shops print it - one word in every spelling, so "n.7" against "n°5" is two
# words that differ (not a word "n.7" against a bare "5" the tables never read), "nº 5" against
# "n.5" one shared word; the words after it are no variant name of a model's number
# (``features.word_after_number``: a numbered line's number, then the shop's description).  A number of
# 1-3 digits, not glued to a unit or a letter.  (German "Nr." is left as it was: "Müsli 508" / "Nr.
# 508" print the number as a word of its own, as a shop's article number.)
_NUMBER_SIGN = re.compile(r"(?<![\w.])(?:(?:n|num|numero|nro)\s?[.\u00b0\u00ba]|no\.?)\s?(\d{1,3})(?![\d.,]?\d|[a-z%])")
# (session 32, sp32, speed: every match starts with "n" - led by it, the look-behind after it, the
# engine jumps from "n" to "n" instead of trying the look-behind at every position; the same matches)
_NUMBER_SIGN_HINT = re.compile(r"n(?<![\w.]n)(?:(?:um|umero|ro)?\s?[.\u00b0\u00ba]|o\.?)\s?\d").search


# (session 22, ml22a) a sunscreen's protection factor: English SPF, German LSF (Lichtschutzfaktor),
# French / Spanish / Portuguese / Italian FPS - before its factor written "spf", as English shops
# write it (glued or spaced as the shop printed it: "LSF 30" is "SPF 30", "FPS50" "SPF50").
# (session 32, fs32) a sports season - a club's shirt, a league's ball, a sticker album: "2024/25", "24/25",
# "2024-25", "2024/2025" - is its first year, as "2024" reads (two seasons are two years: ``editions``), no
# model number "202425" and no numbers 24 and 25 the other title lacks.  Two consecutive years of this
# century only (15-39), never after a size's label ("Gr. 24/25", a child's shoe or sock size) nor before a
# unit ("24-25 cm").
_SEASON = re.compile(r"(?<![\w./-])(?:(size|sz|gr|eu|uk|us|taille|talla|taglia|maat|rozmiar|grosse|pointure|misura)"
                     r"\.?\s)?(?:20)?([1-3]\d)\s?[/-]\s?(?:20)?([1-3]\d)(?![\w./-]|\s?(?:cm|mm|m|kg|g|l|ml|in|inch|zoll"
                     r"|years?|jahre|ans|anos|anni|jaar|lat|pcs|x)\b)")
_SEASON_HINT = re.compile(r"[1-3]\d\s?[/-]\s?(?:20)?[1-3]\d").search


def _season_repl(m) -> str:
    first, second = int(m.group(2)), int(m.group(3))
    if m.group(1) or first < 15 or second != first + 1:
        return m.group(0)
    return "20%d" % first


# (session 32, fs32) a shoe's or a jacket's waterproof membrane: "Speedcross 6 GORE-TEX" / "Speedcross 6 GTX",
# "Gore Tex", "Goretex" - one word, "goretex" (a "GTX" model is another product than the plain one, so the
# word stays identifying: it is only read the same on both sides).  Not a graphics card's "GTX 1080", "GTX
# Titan": a "GTX" before a number or another word of a card's name stays as it is.
_GORE_TEX = re.compile(r"\bgore[\s-]?tex\b|\bgtx\b(?!\s?-?\s?(?:\d|titan|super|ti\b))")
_SPF = re.compile(r"(?<![\w.])(?:lsf|fps)(?=\s?-?\s?\d{1,2}(?![\d.,]?\d))")  # (a factor: 1-2 digits)
_SPF_HINT = re.compile(r"(?:lsf|fps)\s?-?\s?\d").search


def _spf_repl(m) -> str:
    return "spf"


def _number_sign_repl(m) -> str:
    return "n." + str(int(m.group(1)))  # ("N°08" is number 8)


# (session 28, dev28) "all in one" / "N in 1" in French, Spanish, Italian, German, Portuguese
_IN_ONE = re.compile(r"(?<![\w.])(tout|todo|tutto|alles|tudo|[2-9])(?:[ -]?(?:en|em)[ -]?|[ -]in[ -])"
                     r"(?:1|uno|un|une|um|einem)(?![\w])")
_IN_ONE_HINT_ANY = re.compile(r"(?:tout|todo|tutto|alles|tudo|\d)[ -]?(?:en|em|in)[ -]?(?:1|u|e)").search
# (session 37, sp37, speed: the words' branch and the digit's as two searches, the digit's led by the "en" /
# "em" / "in" after it with the digit checked behind - one branch led by a digit made the engine try the
# alternation at every position; truthy exactly where ``_IN_ONE_HINT_ANY`` is, tests/test_matching_sp37.py)
_IN_ONE_WORDS = re.compile(r"(?:tout|todo|tutto|alles|tudo)[ -]?(?:en|em|in)[ -]?(?:1|u|e)").search
_IN_ONE_DIGIT = re.compile(r"(?:e(?:(?<=\de)|(?<=\d[ -]e))[nm]|i(?:(?<=\di)|(?<=\d[ -]i))n)[ -]?(?:1|u|e)").search


def _IN_ONE_HINT(s: str):
    return _IN_ONE_WORDS(s) or _IN_ONE_DIGIT(s)


def _in_one_repl(m) -> str:
    w = m.group(1)
    if w[0].isdigit():
        return w + "-in-1"
    return "all-in-1"


# (session 28, dev28) "1 To" / "2TO": a number of teraoctets, French for "1 TB"; not "3 To 5"
# (session 29, dev29) a shop's note of the warranty it gives ("- 1 Year Warranty", "(Official
# Warranty)", "Warranty: 2 Years", "2 Jahre Garantie", "Garantie 2 ans", "Lifetime Warranty"): a
# service of the shop, no word of the product - two shops giving two terms sell one phone.  Not an
# extended warranty or a protection plan sold as a product, nor a title that is the warranty alone
# (the note must follow the product's name).
_WARRANTY_HINT = re.compile(r"warrant|garant|guarant", re.I).search
_DURATION = r"(?:\d{1,2}(?:\.\d)?[\s-]*(?:years?|yrs?|months?|mos?|jahre?n?|monate?n?|ans?|mois|anos?|años?|meses|anni|mesi)|lifetime|life[\s-]?time|one[\s-]year|two[\s-]years?|years?|lebenslanger?|a vie|de por vida|a vita)"
_WARRANTY_NOTE = re.compile(
    r"(?<=\w)[\s,;|/*+-]*[(\[]?\s*(?:(?:with|w/|incl\.?|includes?|mit|avec|con)\s+)?"
    r"(?:" + _DURATION + r"\s*)?"
    r"(?:(?:official|local|international|intl|manufacturer'?s?|apple|samsung|agent|company|seller|store|shop|brand|limited|full|hersteller)\s+)?"
    r"(?:warranty|warranted|guarantee|herstellergarantie|garantie|garantia|garantía|garanzia)(?:\s+(?:agent|official|local|international))?"
    r"(?:\s*[:\-]?\s*" + _DURATION + r")?"
    r"(?:\s+(?:included|inkl|incluse?|inclus))?\s*[)\]]?"
    r"(?=\s*(?:[-|,;/]|$))", re.I)


# (a title naming a service - an extended warranty, a care or protection plan, support - sells the
# warranty itself: "AppleCare+ ... - 2 Year Warranty", "HP Care Pack ... - 3 Year Warranty", "Dell
# ProSupport Extension de garantie 3 ans"; its term is the product's - session 29's attacker)
_WARRANTY_PRODUCT = re.compile(
    r"extend|extension|care\b|care\+|applecare|protect|plan\b|plans\b|support|service|squaretrade|"
    r"verl[a\u00e4]nger|garantieverl|prolongation|ampliaci|estensione|estendida|estesa|upgrade|coverage|"
    r"accident|insurance|versicherung|assurance", re.I).search
_SPACES = re.compile(r"\s{2,}")
_WARRANTY_YEAR = re.compile(r"\b(warranty)\s+year\b")


def _warranty_repl(m) -> str:
    # (the note must follow the product's name: "SquareTrade 3-Year Warranty" - two words or less -
    # is the plan's)
    if len(m.string[:m.start()].split()) < 3:
        return m.group(0)
    return " "


def warranty_dropped(s: str) -> str:
    """``s`` without a shop's warranty note (above), unless the title sells a warranty or a service."""
    if "year" in s:
        # (the Arabic "كفالة سنة" is a year's warranty: its reading "warranty year" states one year)
        s = _WARRANTY_YEAR.sub(r"\1 1 year", s)
    if _WARRANTY_PRODUCT(s):
        return s
    if "  " in s or "\t" in s or "\n" in s:
        # (one space between words: the note's pattern then reads each gap once - runs of spaces
        # around "warranty" made it try every split of them, seconds on a hostile title)
        s = _SPACES.sub(" ", s)
    # (session 37, lb37: a shop may print two notes one after the other, "| كفالة سنة | ضمان سنة" - the
    # agent's and the shop's -; the pattern opens after a word's last letter, which the first note's match
    # consumed, so the second is read on a second pass)
    for _ in range(3):
        t = _WARRANTY_NOTE.sub(_warranty_repl, s)
        if t == s:
            break
        s = t
    return s


# (session 29, dev29) a price the shop prints in its title ("| 79$", "- $199", "Price: 199 USD",
# "2,500,000 LBP"): the shop's note, no word of the product - not where the amount is the product's
# value (a gift card, a voucher, a top-up, a wallet's credit: "Steam Gift Card 50 USD")
_PRICE_HINT = re.compile(r"[$\u20ac\u00a3]|usd|lbp|l\.l|dollar|eur\b|price|prix").search
# (set apart as a note closing the title - after a separator or "Price:", with a promotion's
# former price after it, "199 € au lieu de 249 €" -: an amount inside the name, "Razer Gold 50 USD",
# "2€ Gedenkmünze", "Touch 7.58$ Magic", is the product's - session 29's attacker)
_AMOUNT = r"(?:[$\u20ac\u00a3]\s?\d[\d,.]*|\d[\d,.]*\s?(?:[$\u20ac\u00a3]|usd|lbp|l\.l\.?|eur|dollars?)(?![a-z]))"
_PRICE_NOTE = re.compile(
    r"(?:\s[-|\u2013(\[,]|\s(?:price|prix|only|just|now)\s*:?|\s?\|)\s*" + _AMOUNT
    + r"(?:\s*(?:au lieu de|instead of|was|statt|en lugar de|invece di|en vez de)\s*" + _AMOUNT + r")?"
    + r"\s*[)\]]?\s*$")
def _price_named(s: str) -> bool:
    """(session 32, sp32, speed) Does ``s`` hold a literal every match of ``_PRICE_HINT`` holds?  Ten
    substring tests before that regex, which starts with a character class and so is tried at every
    position (~2 us a title; a title naming no price - most - is done in a fraction of it)."""
    return ("$" in s or "\u20ac" in s or "\u00a3" in s or "usd" in s or "lbp" in s or "l.l" in s or "dollar" in s
            or "eur" in s or "price" in s or "prix" in s)


_VALUE_GOODS = re.compile(r"gift|card|voucher|guthaben|credit|top.?up|recharge|prepaid|wallet|psn|steam|itunes|"
                          r"google play|xbox live|netflix|coins?\b|points?\b|subscription|membership|cadeau|regalo|geschenk|gutschein|"
                          r"karte|carte|tarjeta|carta|buono|kart\b|bon\b|hediye|prezent|darek|dárek").search


# (session 29, dev29) two power ratings joined by "/" or "-" ("Inverter 5kVA/4kW", "UPS 3kVA-2.4kW", "Power
# Station 1800W/1024Wh", "LiFePO4 12V/100Ah"): each is a rating of its own, read as the spaced form is -
# the second was lost (a model code before session 29's kVA, then nothing: the second attacker)
_POWER_UNIT = r"(?:kva|va|kwh|wh|kw|w|mah|ah|v)"
_POWER_PAIR_HINT = re.compile(r"\d\s?" + _POWER_UNIT + r"\s?[/-]\s?\d").search
# (session 38, sp38, speed: what every match of ``_POWER_PAIR_HINT`` holds - its "/" or "-" after a unit's last
# letter, a space between or none, a digit after - led by the separator the engine scans for; the digit-led hint
# was tried from every digit of the many titles with a hyphen)
_POWER_PAIR_SEP = re.compile(r"[/-](?:(?<=[ahwv][/-])|(?<=[ahwv]\s[/-]))\s?\d").search
_POWER_PAIR = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?\s?" + _POWER_UNIT + r")\s?[/-]\s?(?=\d+(?:\.\d+)?\s?"
                         + _POWER_UNIT + r"(?![a-z]))")


_TERAOCTET = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,]\d{1,2})?)\s?(?:To|TO)\b(?!\s*[-/]?\s*\d)")
# (not after a word the number belongs to: "Ages 10 To Adult", "USB 3.0 To SATA" - session 28's
# attacker)
_NOT_BEFORE_TERA = frozenset("usb ages age from up version v cat size type gen hdmi".split())


def _teraoctet_repl(m) -> str:
    # (the word before, from a few characters before the number only: splitting all of the text before
    # each match made a long title of many "1 To" quadratic - 16 s at 320 KB)
    start = m.start()
    before = m.string[max(0, start - 16):start].split()
    if before and before[-1].lower().rstrip(":") in _NOT_BEFORE_TERA:
        return m.group(0)
    return m.group(1) + "TB"


# (session 29, lb29) "(ME)", "[ME]", "ME Version", "ME Spec": the Middle East version as shops in Lebanon
# and the Gulf shorten it ("Galaxy S24 Ultra 12/256GB (ME)") - read as the words the matcher reads as a
# market's version (``ml24.market_version``: one title naming it and the other none is no disagreement,
# two markets are two).  Capital letters only, in brackets or before "Version" / "Spec": "Me" is a word
# of other names ("Kiss Me", "Despicable Me").
_ME_VERSION = re.compile(r"[(\[]\s*ME\s*[)\]]|\bME(?=[\s-]+(?:[Vv]ersion|VERSION|[Ss]pecs?|SPECS?)\b(?!\s*\d))")


# (session 29, lb29) the SATA interface's generation in Roman numerals, "SATA III", "SATAIII", "SATA-II": the
# generation as "SATA 3" writes it, which the matcher reads beside a bare "SATA" (the numeral stood as a
# generation number one title printed: "870 EVO 500GB 2.5 Inch SATA III" / "870 EVO 500GB SATA 2.5\"")
_SATA_ROMAN = re.compile(r"\bsata[\s-]?(iii|ii)\b")


# (session 30, lbt30) a memory module's data rate in megatransfers a second, "3200 MT/s", "6000MT/s", "5600 MTs":
# the figure every shop prints as "3200MHz" (the same module, JEDEC's name and the shops'), read as MHz - the
# words "MT" and "s" stood as one title's identifying words ("Fury Beast DDR4 16GB 3200 MT/s" / "... 3200MHz")
_MEGATRANSFERS = re.compile(r"\b(\d{3,4})\s*mt\s*/\s*s\b|\b(\d{3,4})\s*mts\b")


# (session 30, lbt30) a headset's or a speaker set's channel layout named with its surround sound, "7.1 Virtual
# Surround", "Virtual 7.1 Surround Sound", "5.1 Surround": the number of channels ("7.1ch", a unit the units
# compare - a 2.1 set is no 5.1 set), the words around it the feature's name, no word of the product's
# ("HyperX Cloud II Gaming Headset" / "HyperX Cloud 2 - 7.1 Virtual Surround Gaming Headset").  Only with
# "surround": "Kraken 7.1 V2" names a model by its number
_SURROUND = re.compile(r"\b(?:virtual\s+)?(\d\.[12](?:\.[24])?)\s*(?:ch(?:annel)?\s+)?(?:virtual\s+)?"
                       r"surround(?:\s+sound)?\b")


# (session 31, usr31) a US shop's packs of a counted product, "3pk/75ct" (Target: three packs of 75
# wipes each): the slash kept the count from being read at all, so "75 Count (Pack of 3)" - read 75 and
# 225 - stood against a lone pack of 3 and was a "units" conflict; read as "3pk 75ct" is read (the
# packs, the count and the total), the two agree ("4pk/75ct" stays another pack: 300 wipes)
_PACKS_OF_COUNT = re.compile(r"(?<![\w.\-/])(\d{1,2})\s?pk\s?/\s?(\d{1,4})\s?(ct|count)\b")


def _packs_of_count_repl(m) -> str:
    return f"{m.group(1)}pk {m.group(2)}ct"


# (session 31, dev31) a weight written in pounds and ounces, "2 lb 10 oz", "1 lb 8 oz" (US shops'
# cans, bags and canisters): one weight, the sum - "42oz", "24oz" -, never two (the ounces alone,
# 10 oz, were read as another size of the product; the pounds alone, 2 lb = 32 oz, as the same).
# Written so in the text, every reader of units and words reads the one weight.
_POUND_OUNCES = re.compile(r"(?<![\w.\-/])(\d{1,3}(?:\.\d+)?)\s?(?:lbs?|pounds?)\.?\s+(\d{1,2}(?:\.\d+)?)\s?"
                           r"(?:oz|ounces?)\b")


def _pound_ounces_repl(m) -> str:
    return f"{float(m.group(1)) * 16 + float(m.group(2)):g}oz"


# (session 34, mend34) a pair of trousers' waist and leg length, written three ways by the shops: "W32 L32",
# "32W x 32L", and in a title naming jeans or trousers "32/32" - one size, read as "w32 l32" (the second
# number no fraction of the first, nor "32W" watts and "32L" litres)
_WAIST_LENGTH = re.compile(r"(?<![a-z0-9])w\s?(\d{2})\s?(?:[/x*]|\s)\s?l\s?(\d{2})(?![a-z0-9])"
                           r"|(?<![a-z0-9.,/])(\d{2})\s?w\s?(?:[/x*]|\s)\s?(\d{2})\s?l(?![a-z0-9])")
_WAIST_SLASH = re.compile(r"(?<![\w./,])(2[4-9]|3\d|4[0-6])\s?/\s?(2[6-9]|3[0-8])(?![\w./,])")
_TROUSERS_HINT_ANY = re.compile(r"\d\d\s?[/lwx*]|[wl]\s?\d\d").search
# (session 37, sp37, speed: the two branches as two searches, each led by a character set the engine scans
# for - the alternation of a digit-led and a letter-led branch was tried at every position; truthy exactly
# where ``_TROUSERS_HINT_ANY`` is, tests/test_matching_sp37.py)
_TROUSERS_DIGITS = re.compile(r"\d\d\s?[/lwx*]").search
_TROUSERS_LETTER = re.compile(r"[wl]\s?\d\d").search


def _TROUSERS_HINT(s: str):
    return _TROUSERS_DIGITS(s) or _TROUSERS_LETTER(s)


_JEANS_WORD = re.compile(r"(?<![a-z])(?:jeans?|denim|dzinsy|dziny|farmer|vaqueros?|pantalon\w*|broek|trousers|"
                         r"pants|chinos?|hose|spodnie|kalhoty|levis?|wrangler)(?![a-z])").search
# (session 39, sp39, speed: a substring every match of ``_JEANS_WORD`` holds, as one trie, asked before the
# digit-led ``_TROUSERS_HINT`` - a sixth of the titles pass that, almost none this: ~1.9 -> ~1.0 us a title;
# ``_jeans_sizes_named(s)`` is truthy exactly where ``_TROUSERS_HINT(s) and _JEANS_WORD(s)`` is,
# tests/test_matching_sp39.py)
_JEANS_LITERAL = re.compile(literal_alternation((
    "jean", "denim", "dzin", "farmer", "vaquero", "pantalon", "broek", "trousers", "pants", "chino", "hose", "spodnie",
    "kalhoty", "levi", "wrangler"))).search


def _jeans_sizes_named(s: str) -> bool:
    """Does lower-cased ``s`` name jeans or trousers and print what may be a waist / leg size?"""
    return _JEANS_LITERAL(s) is not None and bool(_TROUSERS_HINT(s)) and _JEANS_WORD(s) is not None


# (session 34, mend34) a lone "W" after a shoe's model number ("Nike Air Zoom Pegasus 40 W Damen Laufschuhe",
# "Ghost 15 W"): the maker's women's model, as "M" after it is the men's - no 40 watts.  Read only in a title
# naming shoes in the shops' languages.
_SHOE_W = re.compile(r"(?<=\d)\s+w(?![\w'\u2019.-])")
_SHOE_WORD = re.compile(r"(?<![a-z])(?:shoes?|\w*schuhe?|sneakers?|trainers?|chaussures?|zapatillas?|scarpe|scarpa|"
                        r"buty|boty|obuv|hardloopschoenen|schoenen|running|trail)(?![a-z])").search


def _waist_length_repl(m) -> str:
    return " w%s l%s " % (m.group(1) or m.group(3), m.group(2) or m.group(4))


def jeans_sizes(s: str) -> str:
    """Lower-cased title ``s`` (naming jeans or trousers) with its waist and leg length written "w32 l32"."""
    s = _WAIST_LENGTH.sub(_waist_length_repl, s)
    return _WAIST_SLASH.sub(lambda m: " w%s l%s " % (m.group(1), m.group(2)), s) if "/" in s else s


# (session 41, sp41, speed) the bits of the cleaner's costliest hints and calls whose literals the text holds: one
# Aho-Corasick scan of the text, again only after a pass changed it (``sp41.groups``); a pass whose bit is off
# would find nothing and return the text as it was
_gates = _sp41.groups


def _clean_pre(text) -> str:
    if text is None:
        return ""
    if not isinstance(text, str):
        text = as_text(text)
    if "\u00b5" in text or "\u03bc" in text:
        text = _health32.micro_read(text)  # (session 32, hp32: "25µg" is 25 mcg, not "25 m g")
    if "\u03a9" in text or "\u2126" in text:
        text = _cm39.ohm_read(text)  # (session 39, cm39: "80 Ω" is "80 ohm", ``cm39.ohm_read``)
    s = _latin(text)
    # (session 42, sp42, speed: the gates' bits of ``s`` - ``g`` for the text ``gs`` - are asked
    # again only where a pass gave a new text, not by a call at each of the 13 gates)
    gs = g = None
    # each pass only runs when its trigger character is present (speed)
    if "&" in s:
        s = _ENTITY.sub(lambda m: _ENTITY_MAP[m.group(1)], s)
    if "@" in s:
        s = _LANG_TAG.sub(" ", s)
    # (session 32, sp32, speed: every match of the case-blind ``_WARRANTY_HINT`` holds "rant" in some case -
    # no letter of it has another case-blind form, ``re._casefix``: one substring test of the lower-cased
    # text first, ~0.2 us, instead of the case-blind scan, ~2.5 us, for the titles without it)
    if "rant" in s.lower() and _WARRANTY_HINT(s):
        s = warranty_dropped(s)  # (session 29, dev29: a shop's warranty note)
    if "ME" in s:
        s = _ME_VERSION.sub(" Middle East ", s)  # (session 29, lb29: "(ME)" is the Middle East version)
    if "To" in s or "TO" in s:
        # (session 28, dev28: a French capacity in teraoctets, "1 To", "2 TO": read before the case
        # is lost, where the English "to" - "Ages 3 To 5", "Up To 2TB" - cannot be meant: after a
        # number, with no number after it)
        s = _TERAOCTET.sub(_teraoctet_repl, s)
    s = s.lower()
    if _wj43.HINT(s):
        s = _wj43.read(s)  # (session 43, wj43: "T137 410 11 051 00", "0RB2140 901 50-22", "9ct gold", "0.25ct", "-2,00")
    if "mm" in s or "mk" in s or "mark " in s:
        s = _cm39.camera_read(s)  # (session 39, cm39: "28-75 mm" / "XF16-55mmF2.8" / "Mk II", ``cm39.camera_read``)
    if "isbn" in s or ("97" in s and "-" in s):
        s = _mends35.isbn_read(s)  # (session 35, mend35: an ISBN-10 is its ISBN-13)
    if "700" in s or ("x" in s and ("." in s or "," in s)):
        s = _mends35.bike_tyre_read(s)  # (session 35, mend35: "700x25c" / "28 x 1.00" is the ETRTO "25-622")
    if _mu43.GAUGE_HINT(s):
        s = _mu43.gauges_read(s)  # (session 43, mu43: ".010-.046" / "010-046" is the string set's "10-46")
    if _mu43.BARE_DECIMAL_HINT(s):
        s = _mu43.bare_decimals_read(s)  # (session 43, mu43: ".60mm" is the "0.60 mm" other shops print)
    if _mu43.SIZE_RANGE_HINT(s):
        s = _mu43.size_ranges_read(s)  # (session 43, mu43: "Large/X-Large" is the size range "L/XL")
    if _mu43.SPEED_HINT(s):
        s = _mu43.speeds_read(s)  # (session 43, mu43: a cassette's "11V" is French "11 vitesses", "11-speed")
    if "shimano" in s and "-" in s:
        s = _ou39.shimano_codes(s)  # (session 39, ou39: "CS-M8100-12" is the M8100 group's 12-speed cassette)
    if "-" in s or "/" in s:
        s = _ou39.teeth_read(s)  # (session 39, ou39: "10-51T" = "10-51", "52-36T" = "52/36")
    if "/" in s:
        s = _lb37.slash_specs(s)  # (session 37, lb37: "R7-7735HS/16G/1TB/RTX4060", a laptop's specs in one run)
    if "r" in s:
        s = _lb37.chip_read(s)  # (session 37, lb37: "R7-7735HS" is "Ryzen 7 7735HS")
    if "cam" in s or "kamera" in s or "/" in s or "gen." in s:
        s = _sh40.notation_read(s)  # (session 40, sh40: "2 Cam Kit" / "(2 Cams)", "3000 Mbit/s", "Gen.2", ``sh40``)
    if "gen" in s or "pci" in s:
        s = _lb37.pcie_read(s)  # (session 37, lb37: "NVMe Gen4" / "PCIe Gen 4" is "PCIe 4.0")
    if "ddr" in s or "ssd" in s or "nvme" in s or "emmc" in s or "hdd" in s:
        s = _pc39.spec_read(s)  # (session 39, pc39: "KIT 2X8" / "(8GBX2)", "DDR4 3200", "512 NVMe")
    if "sim" in s:
        s = _ph40.esim_only(s)  # (session 40, ph40: "eSIM only", "Single SIM" name a unit, one word each)
    if " w" in s and _SHOE_W.search(s) and _SHOE_WORD(s):
        s = _SHOE_W.sub(" women", s)  # (session 34, mend34: "Pegasus 40 W Laufschuhe" is the women's shoe)
    if (g if s is gs else (g := _gates(gs := s))) & _sp41.JEANS and _jeans_sizes_named(s):
        s = jeans_sizes(s)  # (session 34, mend34: "W32 L32" / "32W x 32L" / "32/32", ``jeans_sizes``)
    if "diagonal" in s:
        s = _cat38.diagonal_inches(s)  # (session 38, cat38: "Wide Screen - 85 Diagonal" is 85 inches)
    if "surround" in s:
        s = _SURROUND.sub(lambda m: m.group(1) + "ch", s)  # (session 30, lbt30: "7.1 Virtual Surround" is 7.1ch)
    if "mt" in s:
        s = _MEGATRANSFERS.sub(lambda m: (m.group(1) or m.group(2)) + "mhz", s)  # (session 30, lbt30: MT/s is MHz)
    if "sata" in s:
        s = _SATA_ROMAN.sub(lambda m: "sata " + str(len(m.group(1))), s)  # (session 29, lb29: "SATA III" is SATA 3)
    if ("/" in s or "-" in s) and _POWER_PAIR_SEP(s) and _POWER_PAIR_HINT(s):
        s = _POWER_PAIR.sub(r"\1 ", s)  # (session 29, dev29: "5kVA/4kW", "12V/100Ah": two ratings)
    if (g if s is gs else (g := _gates(gs := s))) & _sp41.PRICE and _price_named(s) and _PRICE_HINT(s) \
            and not _VALUE_GOODS(s):
        s = _PRICE_NOTE.sub(" ", s)  # (session 29, dev29: a price in the title is the shop's)
    if (g if s is gs else (g := _gates(gs := s))) & _sp41.IN_ONE \
            and ("en" in s or "em" in s or "tutto" in s or "alles" in s) and _IN_ONE_HINT(s):
        # (session 28, dev28: "Tout-en-1", "Todo en uno", "Tutto in 1", "3en1", "3 em 1" are the
        # English "All-in-1" / "3-in-1" - one phrase of what the product does, no model number)
        s = _IN_ONE.sub(_in_one_repl, s)
    if ("gen" in s or "gera" in s or "pokol" in s or "nesil" in s) and _lingua.GEN_HINT(s):
        s = _lingua.generation_read(s)  # (session 17, ml17: "2e génération" is "2nd generation")
    if "m" in s:
        s = _av40.generation_read(s)  # (session 40, av40: "DC-S5M2" is "DC-S5 II", "DSC-RX100M7" "DSC-RX100 VII")
    if "db" in s:
        s = _lingua.hungarian_count(s)  # (session 19, ml19b: "3 db" is 3 pieces in Hungarian)
    if ("n." in s or "n\u00b0" in s or "no" in s or "num" in s) and _NUMBER_SIGN_HINT(s):
        s = _NUMBER_SIGN.sub(_number_sign_repl, s)  # (session 22, ml22a: "n°5" / "nº 5" / "No. 5" is "n.5")
    if _tb35.EDITION_HINT(s):
        s = _tb35.ordinal_editions_read(s)  # (session 35, tb35: "zweite Edition" / "Second Edition" is the "2nd")
    if _sw42.SEASON_HINT(s):
        s = _sw42.season_ordinals_read(s)  # (session 42, sw42: "the complete eighth season" is "season 8")
    if "pro " in s:
        s = _tb35.czech_for_read(s)  # (session 35, tb35: "pipety pro kočky" - the Czech "for", no Pro model)
    if "\u00b0c" in s or "\u00b0 c" in s:
        s = _tb35.celsius_read(s)  # (session 35, tb35: "+5°C" is the "+5°" of a shop that names no scale)
    if ("tur" in s or "tyrk" in s or "teal" in s) and _eu38.TURQUOISE_HINT(s):
        s = _eu38.turquoise_base_read(s)  # (session 38, fxeu38: "Turquoise Blue" / "Azul Turquesa" is the turquoise)
    if "sort" in s:
        s = _lingua.sort_black(s)  # (session 22, ml22a: a closing Danish / Norwegian "sort" is black)
    if ("lsf" in s or "fps" in s) and _SPF_HINT(s):
        s = _SPF.sub(_spf_repl, s)  # (session 22, ml22a: "LSF 30" / "FPS 30" is "SPF 30")
    if "gore" in s or "gtx" in s:
        s = _GORE_TEX.sub("goretex", s)  # (session 32, fs32: "GORE-TEX" / "GTX", a shoe's or a jacket's membrane)
    if "shirt" in s or "tee" in s:
        s = _sport32.t_shirt_read(s)  # (session 33, fs33: "Tee" / "T-Shirt" / "Tshirt" one word, ``sport32``)
    if ("regular " in s or "normal" in s or " width" in s or "weite" in s or "breite" in s or "chaussant" in s
            or "ancho" in s or "horma" in s or "calzata" in s or "pasvorm" in s):
        s = _sport32.regular_width_read(s)  # (session 33, fs33: "Regular Fit" / "normale Weite" one word, ``sport32``)
    if ("grip" in s or "griff" in s or "impugnatura" in s or "empunadura" in s or "manche" in s or "incordat" in s
            or "cordee" in s or "besaitet" in s or "cordaje" in s or "encordar" in s or "naplet" in s or "zaciagniet" in s):
        s = _sport32.racket_read(s)  # (session 33, fs33: "Grip 3" / "L3", "Unstrung" / "non incordata", ``sport32``)
    if (g if s is gs else (g := _gates(gs := s))) & _sp41.FS36 and _fs36.HINT(s):
        s = _fs36.fs_read(s)  # (session 36, fs36: "Herrenschuh", "11-30T" / "11-30", "Slim Fit" / "Slim", ``fs36``)
    if (g if s is gs else (g := _gates(gs := s))) & _sp41.DG37 and _dg37.HINT(s):
        s = _dg37.diy_read(s)  # (session 37, dg37: "Power X-Change", "18V XR", "Li-Ion", "LL" / "Longlife", "+150%", ``dg37``)
    if (g if s is gs else (g := _gates(gs := s))) & _sp41.HEALTH32 and _health32.HINT(s):
        s = _health32.pharmacy_read(s)  # (session 32, hp32: "16cpr" is 16 tablets, a PZN one shop prints is dropped)
    if (g if s is gs else (g := _gates(gs := s))) & _sp41.BEAUTY33 and _beauty33.HINT(s):
        # (session 33, bc33: "Farbe 240" / "Shade 240" / "N° 240" are the shade 240 - the label names no
        # product; "Woda Perfumowana" is the "EDP")
        s = _beauty33.beauty_read(s)
    if "0" in s and _beauty33.ZERO_HINT(s):
        s = _beauty33.shade_zeros(s)  # (session 34, mend34: a make-up shade's "01" is the "N°01" read "1")
    if (g if s is gs else (g := _gates(gs := s))) & _sp41.GIFT:
        s = _sea.gift_dropped(s, _UNIT_ALIASES.__contains__)  # (session 20, ml20b: "44 pcs FREE 2 tisu basah" - the gift is no product's word)
    if (" sans " in s or " senza " in s or " sem " in s or " sin " in s or " zonder " in s) and (
            " fi" in s or " ca" in s or " dr" in s or " hi" in s):
        s = _lingua.without_wire(s)  # (session 20, ml20b: "sans fil" is wireless)
    if (" con " in s or " avec " in s or " met " in s or " s " in s) and (
            " fi" in s or " ca" in s or " dr" in s or " ka" in s):
        s = _lingua.with_wire(s)  # (fxwe38: "con filo" / "con cable" is wired, against "senza filo" / "sin hilos")
    if _we38.HINT(s):
        s = _we38.read(s)  # (session 38, we38: "custodia di ricarica" is a charging case, no refill)
    if "lamp" in s and _we38.LAMP_HINT(s):
        s = _we38.lamp_read(s)  # (fxwe38: the Dutch "lamp" a bulb beside a cap's code or in a Dutch title)
    if (g if s is gs else (g := _gates(gs := s))) & _sp41.SEA_COUNT:
        s = _sea.sea_count(s)  # (session 20, ml20b: "isi 40", "3 piraso" are 40 and 3 pieces: ``sea_words``)
    if (g if s is gs else (g := _gates(gs := s))) & _sp41.AUDIENCE:
        s = audience_dropped(s)  # (session 15, prec: a toy's age, a game's players, ``audience``)
    if ("/" in s or "-" in s) and _SEASON_HINT(s):
        s = _SEASON.sub(_season_repl, s)  # (session 32, fs32: "2024/25", "24/25" is the 2024 season)
    s = grade_claims_dropped(s)  # (session 20, en20b: "Professional-Grade" is no tier, ``audience``)
    if (g if s is gs else (g := _gates(gs := s))) & _sp41.DOZENS:
        s = dozens_counted(s)  # (session 15, prec: "Dozen" = "12 Count", ``amounts``)
    if "pk" in s and "/" in s:
        s = _PACKS_OF_COUNT.sub(_packs_of_count_repl, s)  # (session 31, usr31: "3pk/75ct" is "3pk 75ct")
    if ("lb" in s or "pound" in s) and ("oz" in s or "ounce" in s):
        s = _POUND_OUNCES.sub(_pound_ounces_repl, s)  # (session 31, dev31: "2 lb 10 oz" is "42oz")
    s = ranges_joined(s)  # (session 20, en20b: "6 to 12 Months" is the range 6-12, ``amounts``)
    if (g if s is gs else (g := _gates(gs := s))) & _sp41.CARDINALS:
        s = cardinals_counted(s)  # (session 20, en20b: "Four-Slice" is "4 Slice", ``amounts``)
    s = year_download(s)  # (session 15, prec: "2023 DL" is no volume, ``amounts``)
    if " . " in s:
        s = _SPACED_DOT.sub(".", s)
    if "," in s:
        s = _THOUSANDS.sub("", s)
        s = _DECIMAL_COMMA.sub(".", s)
    # replacements are functions, not r"\1" templates: a template makes every
    # sub() call go through re._subx in Python, even when nothing matches
    if _home41.HINT(s):
        s = _home41.home_read(s)  # (session 41, fu41: "3er-Sofa" / "3-sitzig" / "3 seater" is "3-seat", "52 x 84 in,")
    if " in." in s:  # (session 13, home: before the inch's reader; each led by a cheap hint)
        s = _IN_DOT.sub(" inch", s)
    if "." in s and _THOUSANDS_HINT(s):
        s = _THOUSANDS_DOT.sub(r"\1\2", s)
    if "ssd" in s or "hdd" in s or "emmc" in s:
        s = _DRIVE_GLUED.sub(_drive_glued_repl, s)  # (session 33, ho33: "8GB/512SSD" is a 512 GB SSD)
    if ("non" in s or "anti" in s) and _NON_HINT(s):
        s = _NON_PREFIX.sub(_non_prefix_repl, s)
    if "pc" in s and _PC_HINT(s):
        s = _GLUED_PIECES.sub(_set_pieces_repl, s)
        if " pc" in s and "set" in s and _SET_WORD(s):
            s = _SET_PIECES.sub(_set_pieces_repl, s)
    if " st" in s and _ST_HINT(s):
        s = _ST_COUNT.sub(r"\1 stk", s)
    if "'" in s and _FEET_PAIR_HINT(s):
        s = _FEET_PAIR.sub(_feet_pair_repl, s)
    if "-" in s and _DIGITS_HINT(s):
        s = _SPELLED_DIGITS.sub(_spelled_digits_repl, s)
    if "/" in s and _FRACTION_HINT(s):
        s = _MIXED_NUMBER.sub(_mixed_number_repl, s)
        s = _SIZE_LIST.sub(_size_list_repl, s)
    if "." in s and _SIZE_LETTER_HINT(s):
        s = _SIZE_LETTER.sub("", s)  # (session 32, hl32: "l.140 x H.260 cm" is 140 x 260 cm)
    if (g if s is gs else (g := _gates(gs := s))) & _sp41.LIGHT_TONE and _LIGHT_TONE_HINT(s):
        s = _LIGHT_TONE.sub(_light_tone_repl, s)  # (session 32, hl32: "blanc chaud" is "warm white")
    if "lm" in s or "lumen" in s:
        s = _LUMENS.sub(_lumens_repl, s)  # (session 32, hl32: "806lm" / "806 lm" is "806 lumen")
    s = fractions_by_x(s)  # (session 15, prec: "1 x 2-5/8" is 1 by 2.625, ``amounts``)
    s = feet_and_inches(s)  # (session 15, prec: 14' x 42" is feet by inches, ``amounts``)
    if '"' in s or "'" in s or "-in" in s or "inch" in s or (_inch_word_named(s) and _INCH_WORD_HINT(s)):
        s = _INCH.sub(_inch_repl, s)
    if "x" in s and _XMUL_HINT(s):
        s = _XMUL.sub(_xmul_repl, s)
    if "cu" in s:
        s = _CUFT.sub("cuft", s)
    if "fl" in s:
        s = _FLOZ.sub("floz", s)
    if "triple a" in s or "double a" in s or "twin pack" in s or "pack" in s:
        s = _SPELLED_SIZE.sub(_spelled_size_repl, s)
    if "thread" in s:  # (session 13, home)
        s = _THREAD_COUNT.sub(_thread_count_repl, s)
    if "/s" in s:
        s = _BW.sub(_bw_repl, s)
    if "-" in s and _HYPHEN_COUNT_HINT(s):
        s = _HYPHEN_COUNT.sub(_hyphen_count_repl, s)  # ("4-Port", "All-in-1 - pack", "Disk-5 Pack": above)
    if ("/" in s or "+" in s) and ("b" in s or "go" in s):
        s = _MEM_PAIR.sub(_mem_pair_repl, s)
        if "tb" in s:
            s = _MEM_PAIR_TB.sub(_mem_pair_repl, s)
    if "/" in s or "+" in s:
        s = _MEM_PAIR_BARE.sub(_mem_pair_bare_repl, s)  # (session 20, ml20b: "8/256", no unit)
    if "rom" in s and "ram" in s:
        s = _RAM_ROM.sub(_mem_pair_bare_repl, s)  # (session 20, ml20b: "RAM 8 ROM 256")
    if "+" in s:
        if "(+)" in s:
            s = _BRACKETED_PLUS.sub(r"\1+", s)  # (session 38, eu38: "Effaclar Duo(+)" = "Duo+")
        s = _GLUED_PLUS.sub(_glued_plus_repl, s)
        s = _GLUED_PLUS_WORD.sub(r"\1 plus", s)
        s = _CLOSING_PLUS.sub(r"\1 plus", s)  # (session 17, en: "Beats Studio Buds +")
    if "/" in s or "mm 1:" in s:
        s = _APERTURE.sub(_aperture_repl, s)  # (session 10, electronics)
    if _raw_facets.TYRE_HINT(s):
        s = _TYRE_SIZE.sub(_tyre_size_repl, s)  # (session 19, en: "225/65 R17" = "225/65R17")
    return s


# a tyre size written with or without spaces, "ZR" or "R" ("225/65 R17", "225/65 R 17",
# "245/40ZR18") is one size, "225/65r17": every maker's tyre of that size prints it, so it is
# read as a size (``raw_facets.tyre_code_tokens``, ``raw_facets`` "tyre"), no model number
# (and "205 55 16 91V", three numbers and no "R", only before a service description: a load
# index and a speed rating's letter)
_TYRE_SIZE = re.compile(r"(?<![\w./])((?:p|lt)?\d{3})(?:\s?/\s?(\d{2})\s?z?r\s?(\d{2}(?:\.5)?)(?![\d.])"
                        r"|\s(\d{2})\s(\d{2})(?=\s\(?\d{2,3}(?:/\d{2,3})?[hjklmnpqrstuvwyz]\b))")


def _tyre_size_repl(m) -> str:
    if m.group(2):
        return f" {m.group(1)}/{m.group(2)}r{m.group(3)} "
    return f" {m.group(1)}/{m.group(4)}r{m.group(5)} "


# a lens's aperture written four ways: "f/2.8", "F2.8", "f 2.8" and, after a focal
# length, "1:2.8" are one "f2.8" (session 10, electronics: "Sony FE 24-70mm f/2.8 GM II"
# / "FE 24-70 mm F2.8 GM II Objektiv", "Canon RF 50mm 1:1.8 STM"); not a number a stray
# space cut in two ("f/3 .5-5.6": its words stay as they were)
_APERTURE = re.compile(r"\bf\s?/\s?(\d{1,2}(?:\.\d{1,2})?)\b(?!\s\.\d)|(?<=mm )1:(\d{1,2}(?:\.\d{1,2})?)\b")


def _aperture_repl(m) -> str:
    return "f" + (m.group(1) or m.group(2))


# session 13, home: a sheet's thread count written out ("400 Thread Count", "400-Thread-Count",
# "400 TC", "400TC") is one measure, "400tc" - not a count of 400 pieces nor a model number; a
# mixed number before a unit ("5 1/2 Quart", "1 1/4-Inch") is its decimal ("5.5 Quart")
# (and US shops' "12 in." / "1/2 in." is the inch: the dot marks the abbreviation)
_IN_DOT = re.compile(r"(?<=\d) in\.(?=\s|,|\)|$)")
_THREAD_COUNT = re.compile(r"(?<![\w.])(\d{2,4})\s?-?\s?thread\s?-?\s?count\b")
# the denominators of the fractions shops print before a unit (halves to 32nds of an inch)
_DENOMINATORS = frozenset("2 3 4 8 16 32".split())
_MIXED_NUMBER = re.compile(
    r"(?<![\w./])(?:(\d{1,3})-|([1-9])\s)?([1-9]\d?)/(" + "|".join(sorted(_DENOMINATORS, key=int)) + r")(?![\d/])(?=\s?(?:-?\s?(?:inch(?:es)?|qt|"
    r"quarts?|gal|gallons?|lbs?|pounds?|oz|ounces?|ft|feet|foot|l|liters?|litres?"
    # (session 33, ho33: and the inch's words of ``_INCH`` - "1/2 Zoll", "3/4 pouce", "1/2 pulgada": the
    # fraction was read as "1" and "2 inch")
    r"|zoll|pouces?|pulgadas?|pollici|pollice|cali|palcu|palce|duim|tommer)\b|-in\b(?!-)|\"|'(?![a-z0-9])))")
# (a whole number before a fraction with a space is its whole part when it is one digit - "5 1/2
# Quart", '1 1/4" Spade Bit' -; a larger number there is as often a count: "Bosch 10 1/4 inch
# Drill Bits"; written with a hyphen it is one number: "22-1/2 in")


# a rug's or a ladder's size in feet, "5' x 8'" ("5x8" / "5 x 8 ft"; a lone "'" is read as the inch);
# sizes listed with one unit after the last ("20/24/29cm": three pans of 20, 24 and 29 cm); a
# product's number spelled digit by digit ("Bulls Eye 1-2-3" is the "123")
_FEET_PAIR_HINT = re.compile(r"\d\s?'\s?x").search
_FEET_PAIR = re.compile(r"(?<![\w.])(\d{1,2}(?:\.\d)?)\s?'\s?x\s?(\d{1,2}(?:\.\d)?)\s?'(?![a-z0-9'])")
_SIZE_LIST = re.compile(r"(?<![\w./])(\d{1,3}(?:/\d{1,3}){1,4})\s?(cm|mm|inch|l|qt)\b")
_SPELLED_DIGITS = re.compile(r"(?<![\w.\-/])(\d)-(\d)-(\d)(?![\w\-/.])")


# a German shop's thousands dot before a power or a charge ("2.200 W", "5.000 mAh": 2200 W, 5000
# mAh - no kettle draws 2.2 W)
_THOUSANDS_DOT = re.compile(r"(?<![\w.])([1-9]\d?)\.(\d{3})(?=\s?(?:w|watt|watts|mah|rpm)\b)")


# (session 33, ho33) a drive's capacity glued to its kind with no unit, as laptop shops write the memory
# and the drive - "8GB/512SSD", "16GB 1000SSD", "256EMMC": gigabytes (the sizes drives are sold in)
_DRIVE_GLUED = re.compile(r"(?<![\w.])(64|128|256|480|500|512|960|1000|2000)(ssd|hdd|emmc)\b")


def _drive_glued_repl(m) -> str:
    return m.group(1) + "gb " + m.group(2)


# a property's "non-" / "anti-" written apart or glued ("Non-Stick", "Non Stick", "Nonstick";
# "Anti-Slip", "Non-Slip") is one word
_NON_PREFIX = re.compile(r"\b(non|anti)[\s-](stick|slip|skid|toxic|drip|tarnish)\b")


def _non_prefix_repl(m) -> str:
    return m.group(1) + m.group(2)


# cheap necessary conditions of the session-13 readers below, each led by a literal
_THOUSANDS_HINT = re.compile(r"\.\d\d\d\s?[wmr]").search
_NON_HINT = re.compile(r"(?:non|anti)[\s-][stdx]").search
_PC_HINT = re.compile(r"pc\b").search
_ST_HINT = re.compile(r" st(?:[\s.,)]|$)").search
_DIGITS_HINT = re.compile(r"-\d-").search
_FRACTION_HINT = re.compile(r"/\d").search
# a German shop's "St." after a count is its "Stück" ("36 St" = "36 Stk"; not "1st", glued)
_ST_COUNT = re.compile(r"(?<![\w.\-/])(\d{1,4}) st\.?(?=\s*(?:$|[,)|/]|- ))")
# (closing the title or a part of it: "Route 66 St. Louis" names a street's saint, no count)
# a set's pieces written "pc" ("Cutlery Set, 24 Pc", "8 PC Towel Set"): "24 pieces" (only in a
# set's title: "2 PC" after a game's name is the platform, "1 PC" a licence)
_GLUED_PIECES = re.compile(r"(?<![\w.\-/])(\d{1,3})pc\b(?![-.])")  # ("Blender 13pc": glued, always pieces)
_SET_PIECES = re.compile(r"(?<![\w.\-/])(\d{1,3})\s?-?\s?pc\b(?![-.])")
# (the word "set", not a word holding it: "Settlers", "Headset", "Setup", "Sunset")
_SET_WORD = re.compile(r"\bsets?\b").search


def _set_pieces_repl(m) -> str:
    return m.group(1) + " pieces"


def _feet_pair_repl(m) -> str:
    return f"{m.group(1)} x {m.group(2)} ft"


def _size_list_repl(m) -> str:
    ns = m.group(1).split("/")
    # (sizes listed go up - "20/24/29cm" -; "1/2 l" and "3/4 l" are fractions, "3/2" no list)
    if any(int(a) >= int(b) for a, b in zip(ns, ns[1:])) or (len(ns) == 2 and ns[1] in _DENOMINATORS):
        return m.group(0)
    return " ".join(n + m.group(2) for n in ns)



def _spelled_digits_repl(m) -> str:
    return m.group(1) + m.group(2) + m.group(3)


def _thread_count_repl(m) -> str:
    return " " + m.group(1) + "tc "


def _mixed_number_repl(m) -> str:
    num, den = int(m.group(3)), int(m.group(4))
    if num >= den:  # (no proper fraction: "3/2" stays as it was)
        return m.group(0)
    if m.group(2) and _SET_BEFORE(m.string, 0, m.start()):
        # (session 14, prec: a digit right after a set's word is its count - "Spade Bit Set 6
        # 1/2 in. Shank" is six bits of a half-inch shank)
        return m.group(2) + " " + str(round(num / den, 4))
    return str(round(int(m.group(1) or m.group(2) or 0) + num / den, 4))


# (session 14, prec) a set's word closing the text before a number ("... Set 6", "Kit: 4")
_SET_BEFORE = re.compile(r"\b(?:set|sets|kit|kits|pack|pk|satz|jeu|juego|sada|zestaw)[,:]?\s*$").search


# battery sizes and a pack of two spelled out: "Triple A" is AAA, "Double A" AA, a "Twin
# Pack" a 2 pack
_SPELLED_SIZE = re.compile(r"\b(triple a|double a|twin pack|doppelpack|dreierpack|double pack|duo pack|duopack"
                           r"|pack duo|trio pack|triple pack)\b")
_SPELLED = {"triple a": "aaa", "double a": "aa", "twin pack": "2 pack",
            # (session 32, hl32: German "Doppelpack" / "Dreierpack", a "Double Pack": packs of two and three)
            "doppelpack": "2 pack", "dreierpack": "3 pack", "double pack": "2 pack",
            # (session 34, dev34: a "Duo Pack" / "Duopack" / French "Pack Duo", a "Trio Pack", a "Triple Pack":
            # "Oral-B iO Series 9" / "iO Series 9 Duo Pack" was a title match, attack34a)
            "duo pack": "2 pack", "duopack": "2 pack", "pack duo": "2 pack", "trio pack": "3 pack",
            "triple pack": "3 pack"}

# (session 32, hl32) a measure's letter before its number, as French, Spanish and German shops print a
# piece's size - "l.140 x H.260 cm" (largeur / hauteur), "L.180 cm", "B 120 x T 60 cm" is no word: the
# size is "140 x 260 cm" (only a letter with a dot before a number that a size's "x" or unit follows)
_SIZE_LETTER = re.compile(r"(?<![a-z0-9.])[lhpw]\.\s?(?=\d+(?:\.\d+)?\s?(?:x\s?(?:[lhpw]\.\s?)?\d|cm\b|mm\b|m\b))")
# (session 32, hl32) a lamp's luminous flux written three ways - "806lm", "806 lm", "806 Lumen(s)" - is
# one number and the filler "lumen": one title's "806" against the other's "806lm" read as two numbers.
# (Glued the other way, "806lm", a name's number before "Lumen" - "Black Diamond Spot 400 Lumen
# Headlamp" / "Spot 400 Headlamp" - was no longer the name's.)
_LUMENS = re.compile(r"(?<![\w.])(\d{2,5})\s?(?:lm|lumens?)(?![a-z])")


def _lumens_repl(m) -> str:
    return m.group(1) + " lumen"


# (session 32, hl32) a lamp's light colour in the shop's language is written as the English phrase:
# "blanc chaud", "luz cálida", "luce calda", "warmweiß", "warm wit", "ciepła biel" are "warm white" (the
# noun of each - "luz", "blanc", "weiß" - was otherwise a word of its own against "white"); neutral and
# cool white and daylight likewise.  (Read after accents are stripped; ``home32.lamp_facets`` compares them.)
_LIGHT_TONE = re.compile(
    r"(?<![a-z])(?:(blanc (?:tres )?chaud|luz calida|luce calda|bianco caldo|blanco calido|warmweiss|warm wit|"
    r"varmvit|ciepla biel|ciepla barwa|barwa ciepla)"
    r"|(blanc neutre|luz neutra|luce neutra|bianco neutro|neutralweiss|neutraal wit|neutrale wit|neutralna biel)"
    r"|(blanc froid|luz fria|luce fredda|bianco freddo|kaltweiss|koud wit|kallvit|zimna biel)"
    r"|(tageslichtweiss|tageslicht|lumiere du jour|luz dia|luz de dia|luce diurna|daglicht|swiatlo dzienne))"
    r"(?![a-z])")
# (session 34, sp34, speed: the words as one trie, ``regextrie`` - the alternation tried each word at every
# position, ~2 us a title)
_LIGHT_TONE_HINT = re.compile(literal_alternation((
    "blanc", "luz", "luce", "bianco", "blanco", "weiss", "wit", "vit", "ciepla", "barwa", "biel", "tagesl", "lumiere",
    "daglicht", "swiatlo"))).search
_TONE_ENGLISH = ("warm white", "neutral white", "cool white", "daylight")


def _light_tone_repl(m) -> str:
    return next(_TONE_ENGLISH[k] for k in range(4) if m.group(k + 1))


_SIZE_LETTER_HINT_ANY = re.compile(r"(?<![a-z0-9.])[lhpw]\.\s?\d").search
# (session 37, sp37, speed: led by its dot, the letter and what stands before it checked behind - the same
# matches' truth; led by the look-behind the engine tried it at every position)
_SIZE_LETTER_HINT = re.compile(r"\.(?<=[lhpw]\.)(?<![a-z0-9.][lhpw]\.)\s?\d").search


def _spelled_size_repl(m) -> str:
    return _SPELLED[m.group(1)]


# a "+" glued to a model number is its "plus" variant: "Galaxy S23+" is the
# "Galaxy S23 Plus", "Roomba i3+" another Roomba than the "i3" (not "C++",
# not "2+1", not "Federal + State", not a socket "AM3+")
_GLUED_PLUS = re.compile(r"(?<![a-z0-9])([a-z]*\d[a-z0-9]*)\+(?![a-z0-9+])")


# and to a model word: "Galaxy Tab S9 FE+", "Redmi Note 13 Pro+", "Galaxy Buds+", "Disney+"
# (not a grade "A+", not "C++")
_GLUED_PLUS_WORD = re.compile(r"(?<![a-z0-9])([a-z]{2,7})\+(?![a-z0-9+])")


# (session 38, eu38) a "+" in brackets glued to a model word is its "+": "La Roche-Posay Effaclar Duo(+)" is the
# "Duo+" of other shops (the brackets say the "+" belongs to the name)
_BRACKETED_PLUS = re.compile(r"(?<![a-z0-9])([a-z]{2,7})\(\+\)")


# (session 17, en) and a "+" set apart after a model word, closing the title: "Beats Studio Buds +"
# is the "Buds+" (a "+" between two names joins them: "Razor + 2 Cartridges")
# (session 29, dev29: or followed by its colour only, and its sizes, "Beats Studio Buds + Black",
# "Galaxy S24 + Black 256GB" - a colour is no second product the "+" adds)
_COLOUR_ALT = "|".join(sorted((re.escape(w) for w in COLOURS if w.isascii() and w.isalpha()), key=len, reverse=True))
_CLOSING_PLUS = re.compile(r"(?<![a-z0-9])([a-z]{2,7}|[a-z]{1,4}\d{1,3}) \+(?=\s*$|\s+(?:" + _COLOUR_ALT + r")(?:\s+(?:"
                           + _COLOUR_ALT + r"))?(?:\s+\d[\w.]*)*\s*$)")


def _glued_plus_repl(m) -> str:
    c = m.group(1)
    # (a socket's "+" is another socket, no product variant: "AM3+", "FM2+")
    if c[0] in _SPEC_FIRST and _SPEC_CODE.match(c):
        return m.group(0)
    # (session 42, us42: nor a video format's, "HDR10+" is the format's name)
    if c in _us42.FORMAT_PLUS:
        return c
    # (session 22, ml22b: nor a protection grade's, "SPF50+" is "SPF 50 or more": the grade)
    if c.startswith("spf") or (c.isdigit() and m.string[max(0, m.start() - 4):m.start()] == "spf "):
        return c
    # (session 31, usr31: nor a count's, "75+ Pieces", "800+ Recipes" is "75 or more" - ``_AT_LEAST_OF``)
    if c.isdigit() and _AT_LEAST_OF(m.string, m.end()):
        return c
    return c + " plus"


# (session 31, usr31) what a long US title counts "or more" of, "Playset with 75+ Pieces", "App With
# 800+ Recipes": the "+" after a bare number before these words names no Plus model
_AT_LEAST_OF = re.compile(r"\s?(?:pieces|piece|pcs|pc|recipes|accessories|items|colors|colours|games|songs|"
                          r"styles|designs|projects|sounds|phrases|activities|stickers)\b").match


# a phone's or tablet's memory + storage: "4GB/128GB", "4+128GB", "8 GB + 256 GB",
# "4/64GB" -> "4gb 128gb" (both read as capacities, the first in GB when unmarked)
# (session 29, lb29: and in French gigaoctets, "8Go/256Go", "12Go+512Go", as shops in Lebanon write them
# beside English words - "256go" after the slash was no amount, and "8Go/256Go" conflicted with "8GB 256GB")
_MEM_PAIR = re.compile(r"(?<![\w.])(\d{1,2})\s?(gb|go)?\s?[/+]\s?(\d{2,4})\s?(gb|tb|go)(?![a-z0-9])")
# (session 22, ml22b) and a storage of a few terabytes, "24GB/1TB", "16GB+2TB" - a pair of its
# own, not a link of a chain of specs ("2.6GHz/8GB/1TB/Iris": the chain is read as it was)
_MEM_PAIR_TB = re.compile(r"(?<![\w./])(\d{1,2})\s?(gb)\s?[/+]\s?([1-8])\s?(tb)(?![a-z0-9/])")


# (session 20, ml20b) the same with no unit at all, as shops in South-East Asia write a phone's
# memory and storage ("Redmi 13C 8/256", "A15 6+128"): only a memory size a phone or tablet has
# (2-16) before a storage size (32-1024), no digit, unit, slash or letter on either side
# (a fraction of a measure - "3/64 oz", "2/32 in" - is a size, never memory: not before a unit)
_MEM_PAIR_BARE = re.compile(r"(?<![\w./+-])(2|3|4|6|8|12|16)\s?[/+]\s?(32|64|128|256|512|1024)(?![\w./+%-])"
                            r"(?!\s?(?:oz|in|inch|inches|lb|lbs|ft|mm|cm|m|g|kg|mg|ml|l|gal|cup|tsp|tbsp|\"|')(?![a-z]))")


# and named by their words, as shops in South-East Asia and China write them: "RAM 8 ROM 256", "RAM 8GB /
# ROM 128GB" - the memory first, in GB
_RAM_ROM = re.compile(r"\bram\s?(\d{1,2})\s?(?:gb)?\s?[,/+]?\s?rom\s?(\d{2,4})\s?(?:gb)?(?![\w.])")


def _mem_pair_bare_repl(m) -> str:
    return " " + m.group(1) + "gb " + m.group(2) + "gb "


def _mem_pair_repl(m) -> str:
    return " " + m.group(1) + "gb " + m.group(3) + ("gb" if m.group(4) == "go" else m.group(4)) + " "


def _inch_repl(m) -> str:
    return " " + m.group(1) + "inch "


def _xmul_repl(m) -> str:
    return m.group(1) + " * "


def _bw_repl(m) -> str:
    return " " + m.group(1) + m.group(2) + "s "


def _hyphen_count_repl(m) -> str:
    if m.group(1) is not None:
        return m.group(1) + " - " + m.group(2)  # ("disk-5 pack" -> "disk - 5 pack")
    return m.group(3) + m.group(4)  # ("5-pack" -> "5pack")


def clean(text) -> str:
    """Lower-cased, accent-free text with units glued to their numbers (memoised per text:
    a page title's name literal and the words after it are cleaned by ``pagename.page_name``,
    ``pagename.after_name_words`` and ``literal_tail_words`` alike - session 22, speed)."""
    if type(text) is not str:
        return _UNIT.sub(_glue_unit, _clean_pre(text))
    r = _CLEANED.get(text)
    if r is None:
        r = _UNIT.sub(_glue_unit, _clean_pre(text))
        if len(_CLEANED) >= 65536:
            _CLEANED.clear()
        _CLEANED[text] = r
    return r


_CLEANED: dict = memo({})


def cleaned_words(text) -> tuple:
    """``tuple(words(clean(text)))``, memoised per text (a page title's name literal and the words
    after it, read by ``pagename.page_name``, ``pagename.after_name_words`` and
    ``literal_tail_words`` alike - session 22, speed)."""
    if type(text) is not str:
        return tuple(words(clean(text)))
    r = _CLEANED_WORDS.get(text)
    if r is None:
        r = tuple(words(clean(text)))
        if len(_CLEANED_WORDS) >= 65536:
            _CLEANED_WORDS.clear()
        _CLEANED_WORDS[text] = r
    return r


_CLEANED_WORDS: dict = memo({})


# ``_UNIT`` with any run of letters for the unit (and the separator
# captured): every unit of _UNIT_ALIASES is letters only, and _UNIT's
# look-ahead makes its unit the whole run of letters after the separator, so
# the matches of _UNIT are exactly the matches of this pattern whose letters
# are a unit (no match of _UNIT can start inside one of the others: a number
# there is preceded by a digit or a dot).  One dictionary look-up per number
# instead of the regex engine trying ~200 alternatives after each.
_UNIT_ANY = re.compile(r"(\d(?<![\w.\-/]\d)\d*+(?:\.\d++)?+)(\s?-?\s?)([a-z]++)(?![0-9])")
if any(not (u.isascii() and u.isalpha()) for u in _UNIT_ALIASES):  # pragma: no cover
    raise RuntimeError("titles._UNIT_ANY reads units as runs of letters a-z")


# (session 34, mend34) the text after "Core" that makes it Intel's processor line, no count of cores
_CPU_LINE_AFTER = re.compile(r"\s+(?:ultra|i[3579]|m[3579]|2\s?duo|2\s?quad|duo|solo)(?![a-z0-9])").match


def clean_with_units(text) -> tuple[str, dict]:
    """``clean(text)`` plus ``units_of`` of it, in one pass over the text."""
    # split() yields [text, number, separator, letters, text, ..., text]: the
    # same matches as sub() of _UNIT with a glue function (see _UNIT_ANY),
    # without a call per match
    parts = _UNIT_ANY.split(_clean_pre(text))
    if len(parts) == 1:
        return parts[0], {}
    found: dict = {}
    ks = []
    out = [parts[0]]
    for i in range(1, len(parts), 4):
        num = parts[i]
        unit = parts[i + 2]
        a = _UNIT_ALIASES.get(unit)
        if a is not None and unit in _GLUED_ONLY and parts[i + 1]:
            a = None  # (session 15, rec: "1Y" is a year, "2 y 3" Spanish)
        if a is not None and len(unit) == 1 and parts[i + 1].strip() == "" and parts[i + 1] \
                and _INITIAL_OF_WORD(parts[i + 3]):
            a = None  # (session 22, en22: "1,000 V-Bucks": the initial of a word, no volts)
        if a is not None and i == 1 and not parts[i + 1] and _LEADING_CODE_AFTER(parts[i + 3]) \
                and _leading_code(parts[0], num):
            a = None  # (session 22, en22: "38220ML - 38000 Series Bridge", ``_leading_code``)
        if a is not None and (unit == "m" or unit == "l") and parts[i + 1] and _YEAR_LIKE(num):
            a = None  # (session 33, fs33: "Trek Marlin 7 2024 M": a year and a frame size, ``_glue_unit``)
        if a is not None and unit == "p" and parts[i + 1] and _mends35.spaced_letter_p(num):
            a = None  # (session 35, mend35: "WD 3 P", "TS 870 P": a model's letter, ``_glue_unit``)
        if a is not None and unit[:4] == "core" and _CPU_LINE_AFTER(parts[i + 3]):
            a = None  # (session 34, mend34: "14 Core Ultra 7": a screen's size before Intel's line, ``_UNIT``)
        if a is None:  # (no unit: the text as it was)
            out.append(num + parts[i + 1] + unit)
            out.append(parts[i + 3])
            continue
        out.append(" " + num + unit + " ")
        out.append(parts[i + 3])
        dim, mul = a
        v = float(num) * mul
        if dim == "k":
            ks.append(v)
        if v > 0 and not (dim == "inch" and v > 110 or dim == "k" and v > 16
                          or unit == "g" and num + unit in _NOT_WEIGHT or dim == "zoom" and v >= 1000):
            found.setdefault(dim, set()).add(round(v, 4 if v < 10 else 1))
    t = "".join(out)
    if ks:
        _bank_capacity(found, ks, t)
    if "watt" in found and _home32.equivalent_watts_only(t, found["watt"]):
        # (session 32, hl32: an LED lamp's "= 60W" / "60W equivalent" alone is no power of its own:
        # marked, its watts are compared only with another such title's - ``relations.unit_relation``,
        # ``home32.equivalent_watts_only``)
        found["watt_eq"] = found["watt"]
    if "dur" in found and "+" in t:
        _add_terms(found, t)
    return t, {k: frozenset(v) for k, v in found.items()}


def light_clean(text: str) -> str:
    """Lower-cased, accent-free text (for long descriptions)."""
    s = _latin(text)
    if "@" in s:
        s = _LANG_TAG.sub(" ", s)
    return s.lower()


# (session 33, fs33) a bike's model year and its frame size after it ("Trek Marlin 7 2024 M", "... 2023 L"): a
# year (2005-2039) spaced from a lone "m" or "l" is no length of 2 km nor a volume of 2,000 litres
_YEAR_LIKE = re.compile(r"20(?:0[5-9]|[1-3]\d)").fullmatch


def _glue_unit(m: re.Match) -> str:
    num, unit = m.group(1), m.group(2)
    if (unit == "m" or unit == "l") and m.end(1) != m.start(2) and _YEAR_LIKE(num):
        return m.group(0)  # (session 33, fs33: "2024 M" is a year and a frame size)
    if unit == "p" and m.end(1) != m.start(2) and _mends35.spaced_letter_p(num):
        return m.group(0)  # (session 35, mend35: "WD 3 P" is a model's letter, no resolution of 3 lines)
    if _LEADING_CODE_AFTER(m.string, m.end()) and m.end(1) == m.start(2) and _leading_code(
            m.string[:m.start()], num):
        return m.group(0)  # (session 22, en22: "38220ML - 38000 Series Bridge", ``_leading_code``)
    return f" {num}{unit} "


# (session 22, en22) A number of 4+ digits glued to letters that opens a title, a dash after it,
# is the part number a catalogue prints first ("38220ML - 38000 Series Bridge": HON's 38220ML,
# no 38,220 ml), not an amount: an amount opening a title is spaced or short ("500ml - ...").
_LEADING_CODE_AFTER = re.compile(r"\s?-\s").match
_LEADING_GLUED = re.compile(r"\d{4,}[a-z]{1,4}$").match


def _leading_code(before: str, num: str) -> bool:
    """Does the glued number ``num`` (whole digits, 4+) open the title (``before``: blank)?"""
    return len(num) >= 4 and num.isdigit() and not before.strip()


def _ascii_table(keep: str, other) -> tuple:
    """A str.translate table for ASCII text: the characters in ``keep`` map to
    themselves, every other one to ``other`` (None deletes).  A tuple with an
    entry for each of the 128 codes, not a dict: str.translate looks up each
    distinct character once per call, and a dict without the key would raise
    (and swallow) a KeyError every time."""
    return tuple(chr(i) if chr(i) in keep else other for i in range(128))


_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
# every ASCII character but a-z and 0-9, deleted by str.translate (C speed)
_COMPACT_DEL = _ascii_table(_ALNUM, None)


def compact(s: str) -> str:
    """Only the characters a-z and 0-9 of ``s``."""
    if s.isascii():
        return s.translate(_COMPACT_DEL)
    # every non-ASCII character goes anyway: drop them first (C), then as above
    return s.encode("ascii", "ignore").decode("ascii").translate(_COMPACT_DEL)


# a word that ``words`` splits ("4070ti" -> "4070", "ti") ends in a digit and a
# variant suffix; text without this pattern needs no per-word check
_GLUED_VARIANT = re.compile(r"\d(?:ti|super|xtx|xt|pro|max|plus|se|fe)(?![a-z])")


# ASCII characters that can be part of a word / a raw token are kept, every
# other one becomes a space: str.translate + str.split then cut the text into
# the runs the regexes work on, much faster than the regex engine scanning
# every character.  A regex match never crosses such a separator (the
# patterns have no look-around), so running the regex on each run alone gives
# the same tokens; runs that are plainly one token skip the regex.
_LOWER = "abcdefghijklmnopqrstuvwxyz"
_WORD_RUNS = _ascii_table(_ALNUM + ".", " ")
_RAW_RUNS = _ascii_table(_ALNUM + "-/.+", " ")
_VARIANT_SUFFIXES = frozenset(("ti", "super", "xt", "xtx", "pro", "max", "plus", "se", "fe"))


def _split_variant(w: str, out: list) -> None:
    # "4070ti" -> "4070", "ti" (exactly _VARIANT_SUFFIX); anything else as is
    if w[0].isdigit() and w[-1].isalpha():
        m = _VARIANT_SUFFIX.match(w)
        if m:
            out.append(m.group(1))
            out.append(m.group(2))
            return
    out.append(w)


def words(cleaned: str) -> list[str]:
    """Word tokens (split on hyphens/slashes), variant suffixes split off.

    The same tokens as ``_WORD.findall`` followed by the variant split."""
    out: list = []
    if not cleaned.isascii():
        for w in _WORD.findall(cleaned):
            _split_variant(w, out)
        return out
    append = out.append
    for t in cleaned.translate(_WORD_RUNS).split():
        if "." not in t:
            if t[0] > "9" or t.isdigit():  # starts with a letter, or digits only
                append(t)
                continue
            head = t.rstrip(_LOWER)
            if head.isdigit():  # digits then letters: "2tb", "4070ti"
                if 3 <= len(head) <= 5 and t[len(head):] in _VARIANT_SUFFIXES:
                    append(head)
                    append(t[len(head):])
                else:
                    append(t)
                continue
        # decimals, "2x4", "1e3s": the regex decides
        for w in _WORD.findall(t):
            _split_variant(w, out)
    return out


def words_and_raw(cleaned: str) -> tuple[list[str], list[str]]:
    """(``words(cleaned)``, ``raw_tokens(cleaned)``) in one pass over the text.

    Every separator of a raw token (what ``_RAW_RUNS`` turns into a space) is
    a separator of words too, so the words of the text are the words of its
    raw-token runs one after the other; a run without - / . + is one raw
    token, and its words are found as in ``words``'s fast path."""
    if not cleaned.isascii():
        return words(cleaned), _RAW_TOKEN.findall(cleaned)
    ws: list = []
    raw: list = []
    wappend = ws.append
    rappend = raw.append
    for t in cleaned.translate(_RAW_RUNS).split():
        if t.isalnum():
            rappend(t)
            if t[0] > "9" or t.isdigit():  # starts with a letter, or digits only
                wappend(t)
                continue
            head = t.rstrip(_LOWER)
            if head.isdigit():  # digits then letters: "2tb", "4070ti"
                if 3 <= len(head) <= 5 and t[len(head):] in _VARIANT_SUFFIXES:
                    wappend(head)
                    wappend(t[len(head):])
                else:
                    wappend(t)
                continue
            # "1e3s", "2x4": the regex decides
            for w in _WORD.findall(t):
                _split_variant(w, ws)
        else:
            raw.extend(_RAW_TOKEN.findall(t))
            ws.extend(words(t))
    return ws, raw


_POWER_BANK = re.compile(r"power\s?banks?|powerbanks?|powercore|battery\s(?:pack|bank)|portable\scharger|"
                         r"batterie\sexterne|bater[ií]a\sexterna|externer?\sakku").search


def _bank_capacity(found: dict, ks: list, text: str) -> None:
    """A power bank's "10K", "PowerCore 24K" is its capacity in thousands of mAh (session 30,
    accw30): "Power Bank 10K" is no "20K", "24K" is "24000mAh" - no resolution.  ``found`` (the
    readers' {dimension: set}) loses its "k" and gains the capacities of ``ks`` (the numbers read
    with "k") where ``text`` names a power bank.  One place for both unit readers (session 32: it
    was written into ``clean_with_units`` and ``units_of`` apart)."""
    if _POWER_BANK(text) is not None:
        found.pop("k", None)
        found.setdefault("mah", set()).update(round(v * 1000.0, 1) for v in ks if 0 < v <= 100)


from .sw38 import summed_terms as _summed_terms  # noqa: E402  (a leaf module)


def _add_terms(found: dict, cleaned: str) -> None:
    """(session 38, sw38) "12 Months + 3 Months" is a term of 15 months, no term of 12 and one of 3
    (``sw38.summed_terms``): the two read as their sum in ``found["dur"]``."""
    d = found["dur"]
    for a, b, total in _summed_terms(cleaned):
        d.discard(round(a, 4 if a < 10 else 1))
        d.discard(round(b, 4 if b < 10 else 1))
        d.add(round(total, 1))


def units_of(cleaned: str) -> dict[str, frozenset]:
    """{dimension: {values in a base unit}} from glued unit tokens."""
    found: dict[str, set] = {}
    ks = []
    for m in _UNIT.finditer(cleaned):
        num, unit = m.group(1), m.group(2)
        dim, mul = _UNIT_ALIASES[unit]
        try:
            v = float(num) * mul
        except ValueError:
            continue
        if dim == "k":
            ks.append(v)
        if (v <= 0 or dim == "inch" and v > 110 or dim == "k" and v > 16
                or unit == "g" and num + unit in _NOT_WEIGHT or dim == "zoom" and v >= 1000):
            continue  # 1080" is a quote after "GTX 1080"; 6850k is a CPU model
        found.setdefault(dim, set()).add(round(v, 4 if v < 10 else 1))
    if ks:
        _bank_capacity(found, ks, cleaned)
    if "dur" in found and "+" in cleaned:
        _add_terms(found, cleaned)
    return {k: frozenset(v) for k, v in found.items()}


def is_unit_token(t: str) -> bool:
    """A number glued to a unit ("128gb", "6oz", "4ks")."""
    # (session 38, sp38, speed: ``_UNIT_TOKEN.match(t) is not None`` read as its number, then its letters looked up:
    # every unit is letters only, so the number is the longest run of ``\d+(?:\.\d+)?`` at the start and the rest
    # - but a newline closing it, which ``$`` passes - must be one unit; the regex tried its ~200 units one by
    # one after the digits, ~15 us a token)
    m = _NUMBER_HEAD(t)
    if m is None:
        return False
    rest = t[m.end():]
    if rest[-1:] == "\n":
        rest = rest[:-1]
    return rest in _UNIT_TOKEN_UNITS and not _CPU_X.match(t)


_NUMBER_HEAD = re.compile(r"\d+(?:\.\d+)?").match


_CPU_X = re.compile(r"^\d{4,}x$")


def is_code_token(c: str) -> bool:
    """Compact token that looks like a model / part number."""
    n = len(c)
    if n < 3 or n > 30:
        return False
    if c.isdigit():
        # long pure numbers: catalogue / part numbers (not Ethernet speeds)
        return n >= 5 and c not in _ETHERNET_SPEEDS
    if c.isalnum():
        if c.isalpha():
            return False
    else:
        if _HAS_DIGIT.search(c) is None or _HAS_ALPHA.search(c) is None:
            return False
    if c in _TECH:
        return False
    if c[0] in "pdl" and _MEMORY_RATING.match(c):
        return False
    if c[0].isdigit():
        if c.isascii() and c.isalnum():
            # _UNIT_TOKEN / _ORDINAL without the regexes: digits + a unit or
            # an ordinal suffix ("128gb", "4th")
            head = c.rstrip(_LOWER)
            if head.isdigit():
                tail = c[len(head):]
                if tail in _UNIT_ALIASES or tail in _ORDINAL_SUFFIXES or tail in _COUNT_SUFFIXES:
                    # (4+ digits and an "x" name a processor, not a zoom or
                    # speed rating: "1950x", "7950x" vs "300x", "10x"; 4-5
                    # digits and a "g" a model too - "8600g", "1066g": weights
                    # that big are mostly written "1 kg" - kept a weight as well;
                    # a longer number + "g" is a part number's tail, "11265-09-20g")
                    return tail == "x" and len(head) >= 4 or tail == "g" and 4 <= len(head) <= 5
        elif _UNIT_TOKEN.match(c) or _ORDINAL.match(c):
            return False
    # a socket, memory standard, interface standard ... (``spec_code``)
    return c[0] not in _SPEC_FIRST or _SPEC_CODE.match(c) is None


# (session 29, mend29) 4-5 digits and a "g" are a model code for ``is_code_token`` (AMD's
# "8600G", Quartet's "7683G", Bissell's "2513G"), but most such tokens are a pack's weight in grams
# ("Çaykur Rize Turist Çay 1000g", "Nido 2500g", "Attack ZERO 1620g", "100,8g" read as "1008g"):
# two teas of one brand shared the weight as a model number.  A weight is rounded to ten grams
# (or written with a decimal); a maker's model number is not, except a processor's, whose title
# names the processor (its maker, line or the word): "AMD Ryzen 5 8600G", "Athlon 3000G".
_GRAM_CODE = re.compile(r"^[a-z]{0,8}(\d{4,5})g$")  # (or joined to the word before it, "cay1000g")
_GRAM_CODE_HINT = re.compile(r"\d{3}(?:[.,]\d)?\s?g\b").search
_PROCESSOR_CONTEXT = frozenset("""
amd ryzen athlon threadripper radeon vega apu cpu intel pentium celeron xeon
processor processors prozessor processeur procesador processore procesor
""".split())


def gram_weight(c: str, cleaned: str) -> bool:
    """Is the code ``c`` of the title ``cleaned`` ("1000g") a weight in grams, no model code
    (above)?"""
    m = _GRAM_CODE.match(c)
    if m is None:
        return False
    ws = set(cleaned.split())
    if not _PROCESSOR_CONTEXT.isdisjoint(ws):
        return False
    n = m.group(1)
    if int(n) % 10 == 0:
        return True
    # ("100,8g", "100.8 g": the cleaning compacts a decimal weight to "1008g")
    return re.search(r"(?<![\d.,])" + n[:-1] + r"[.,]" + n[-1] + r"\s?g\b", cleaned) is not None


_ORDINAL_SUFFIXES = frozenset(("st", "nd", "rd", "th"))
# a number glued to a piece-count word is a count, not a model number:
# "10dílná" / "5dílný" (Czech), "3teilig" / "5tlg" (German), "7dielna" (Slovak)
_COUNT_SUFFIXES = frozenset("""
dilna dilny dilne dilnou dilnych dilnym dilni dilneho dielna dielny dielne dielnou
teilig teilige teiliges teiliger teiligen tlg
""".split())


# raw token -> ``_token_kind`` of it (tokens recur across titles: "4070ti",
# "usb-c", "2.0"); a memo (``memos``)
_TOKEN_KINDS: dict = memo({})
_NO_TOKEN = ()


def _token_kind(tok: str):
    """What ``extract_codes`` reads of a raw token that is neither letters
    only nor digits only, whatever its neighbours: None for a measurement,
    price, count or memory timing ("2.5", "3-way", "9-9-9-24"), ``_NO_TOKEN``
    when nothing is left without its separators, else (the token without
    separators, its core without a variant suffix - "4070ti" -> "4070" -,
    ``is_code_token`` of the core, the core is digits)."""
    if tok.isalnum():
        c = tok
    else:
        if ("." in tok and _DECIMAL_TOKEN.match(tok)) or ("-" in tok and (
                _QUANTITY.match(tok) or _TIMINGS.match(tok))):
            return None
        if "/" in tok and all(p in _TECH or p in _FORMAT_WORDS for p in tok.split("/")):
            return None  # (session 31, usr31: "hd/4k/hdr", a list of standards - ``_FORMAT_WORDS``)
        c = tok.replace("-", "").replace("/", "").replace(".", "").replace("+", "")
        if not c:
            return _NO_TOKEN
    core = c
    if c[0].isdigit() and c[-1].isalpha():
        # "4070ti" -> "4070" (exactly _VARIANT_SUFFIX, without the regex)
        if c.isascii():
            head = c.rstrip(_LOWER)
            if 3 <= len(head) <= 5 and head.isdigit() and c[len(head):] in _VARIANT_SUFFIXES:
                core = head
        else:
            vm = _VARIANT_SUFFIX.match(c)
            if vm:
                core = vm.group(1)
    return c, core, is_code_token(core), core.isdigit()


def extract_codes(cleaned: str, raw=None) -> tuple[set, set, set, set]:
    """Model-number candidates from a cleaned title.

    Returns (codes, joined, numbers, for_codes):
      codes   - compact single-token codes ("mzv9p2t0bw", "dscw120p", "97185")
      joined  - codes made of two adjacent tokens ("dsc w120" -> "dscw120",
                "rtx 4070" -> "rtx4070", "108 r00645" -> "108r00645")
      numbers - short model numbers (3-4 digits, e.g. "990", "4070")
      for_codes - codes that appear after "for"/"compatible with" (the device an
                accessory fits, not the product itself)
    """
    if raw is None:
        raw = _RAW_TOKEN.findall(cleaned)
    # (no digit in the text nor its tokens - a tenth of a catalogue's titles: no code,
    # number or joined code can come of them, and so no "for" code: one C-level search
    # instead of the loop; session 15, speed)
    if _HAS_DIGIT.search(cleaned) is None and _HAS_DIGIT.search(" ".join(raw)) is None:
        return _EMPTY, _EMPTY, _EMPTY, _EMPTY
    codes: set = set()
    joined: set = set()
    numbers: set = set()
    # (session 12, precision: "M9/W11" is a shoe size; such a token starts with "m" or "w"
    # and a digit, and the raw tokens are pieces of ``cleaned``: one C-level search of the
    # text first - most titles hold none, session 13, speed)
    skip = _raw_facets.size_code_tokens(raw) if _raw_facets.SIZE_TOKEN_HINT(cleaned) else None
    if _raw_facets.TYRE_HINT(cleaned):
        # (session 19, en: a tyre size and its service description, "225/65r17 102h")
        ty = _raw_facets.tyre_code_tokens(raw)
        if ty:
            skip = (skip or frozenset()) | ty
    if "-" in cleaned and _mends35.etrto_hint(cleaned):
        # (session 35, mend35: a bicycle tyre's ETRTO size, "37-622", is a size)
        skip = (skip or frozenset()) | _mends35.etrto_tokens(raw)
    if "-" in cleaned and _raw_facets.THREAD_HINT(cleaned):  # (session 29, speed29: its "-" first)
        # (session 24, small24: an inch screw thread, "5/16-18", "#10-24", is a size)
        th = _raw_facets.thread_code_tokens(raw, cleaned)
        if th:
            skip = (skip or frozenset()) | th
    if skip:
        raw = [t for i, t in enumerate(raw) if i not in skip]
    prev = None
    prev_is_code = False
    for tok in raw:
        if tok.isalpha():
            if prev_is_code and len(tok) <= 2 and tok not in _STOP and not (
                tok in VARIANTS or tok in COLOURS
            ):
                # "sd1100 is" -> "sd1100is", "a590 is" -> "a590is"
                j = prev + tok
                if 5 <= len(j) <= 30 and j not in codes:
                    joined.add(j)
            prev, prev_is_code = tok, False
            continue
        if tok.isdigit():
            # a plain number (ASCII: raw tokens are): ``is_code_token`` says a
            # code at 5-30 digits; 3-4 digits are a model number ("990")
            n = len(tok)
            # (a memory standard's rating: "PC3 10666", "DDR4 2400" - see
            # memory_speeds; a socket's number: "LGA 2011-3")
            is_code = 5 <= n <= 30 and prev not in _MEM_GENERATIONS
            is_num = 3 <= n <= 4
            if is_code:
                codes.add(tok)
            elif is_num:
                numbers.add(tok)
            if prev is not None and (is_code or is_num or n >= 2):
                if (prev.isalpha() and 1 <= len(prev) <= 8 and prev not in _STOP) or (
                    prev_is_code and (len(prev) <= 4 or n <= 4)
                ):
                    j = prev + tok
                    if 5 <= len(j) <= 30 and j not in codes:
                        joined.add(j)
            prev = tok
            prev_is_code = is_code or is_num
            continue
        # (what this token is, whatever its neighbours: once per distinct token, ``_token_kind``)
        kind = _TOKEN_KINDS.get(tok, _TOKEN_KINDS)
        if kind is _TOKEN_KINDS:
            kind = _token_kind(tok)
            if len(_TOKEN_KINDS) >= 100_000:
                _TOKEN_KINDS.clear()
            _TOKEN_KINDS[tok] = kind
        if kind is None:
            # 2.5, 88.88, 3-way, 50-sheet: measurements, prices, counts;
            # 9-9-9-24: a memory module's timings
            prev, prev_is_code = tok, False
            continue
        if kind is _NO_TOKEN:
            continue
        c, core, code_token, core_digits = kind
        is_code = code_token and not (core_digits and prev in _MEM_GENERATIONS)
        is_num = False
        if is_code:
            codes.add(core)
        elif core_digits and 3 <= len(core) <= 4:
            is_num = True
            numbers.add(core)
        if prev is not None and (is_code or is_num or (core_digits and len(core) >= 2)):
            # join with a short alphabetic prefix or with a neighbouring code
            if (prev.isalpha() and 1 <= len(prev) <= 8 and prev not in _STOP) or (
                prev_is_code and (len(prev) <= 4 or len(core) <= 4)
            ):
                j = prev + core
                if 5 <= len(j) <= 30 and j not in codes:
                    joined.add(j)
        prev = c
        prev_is_code = is_code or is_num
    if raw and _LEADING_GLUED(raw[0]) and cleaned.startswith(raw[0]) and _LEADING_CODE_AFTER(cleaned, len(raw[0])):
        codes.add(raw[0])  # (session 22, en22: "38220ML - 38000 Series Bridge", ``_leading_code``)
    for_codes: set = set()
    # (every phrase of _FOR_CUT contains "for", "fit" or "compatible with"; the
    # substring tests are much cheaper than the \b-led regex on most titles)
    if "for" in cleaned or "fit" in cleaned or "compatible with" in cleaned:
        m = _FOR_CUT.search(cleaned)
    else:
        m = None
    if m:
        head = cleaned[: m.start()]
        tail = _RAW_TOKEN.findall(cleaned[m.end():])
        tail_codes = set()
        # the device an accessory fits is named right after "for"; a code at the
        # very end of the title is usually the accessory's own model number
        for tok in tail[:4] if len(tail) > 4 else tail[:-1]:
            c = compact(tok)
            if is_code_token(c) or (c.isdigit() and 3 <= len(c) <= 4):
                tail_codes.add(c)
            for j in joined:
                if j.endswith(c) and len(c) >= 2 and j in compact(" ".join(tail[:5])):
                    tail_codes.add(j)
        head_codes = {compact(t) for t in _RAW_TOKEN.findall(head)}
        for_codes = tail_codes - head_codes
    # empty results share one frozenset (fewer objects for the garbage
    # collector to track in the prepared-offer cache)
    return codes or _EMPTY, joined or _EMPTY, numbers or _EMPTY, for_codes or _EMPTY




def _short_model_token(t: str) -> bool:
    # "4070", "990", "13", "s21", "a54", "rtx4070" (a series' letters glued to
    # its number: "RTX4070 Ti" is "RTX 4070 Ti") - not units ("128gb") nor
    # long part numbers
    if t.isdigit():
        return len(t) <= 5
    if _WIFI_RATING.match(t):
        return False  # (session 10, electronics: a Wi-Fi class, "AX5700", no model number)
    return (len(t) <= 4 or _LETTERED_NUMBER.match(t) is not None) and t.isalnum() and _HAS_DIGIT.search(t) is not None and not (
        t[0].isdigit() and _UNIT_TOKEN.match(t)
    )


_LETTERED_NUMBER = re.compile(r"[a-z]{1,4}\d{3,5}$")
# a router's or adapter's Wi-Fi class: the standard's letters and its summed link rate in
# Mbit/s ("AX5700", "AC1200", "AXE5400", "BE9300"), a spec as "128GB" is (session 10,
# electronics; "Intel AX210", three digits, is an adapter's model number)
_WIFI_RATING = re.compile(r"(?:ax|ac|axe|be)\d{4,5}$")
# a size in inches ("11inch", from '11"' or "11-inch"); the words of a device an
# accessory fits, after "for", name no variant of it ("Sleeve for MacBook Air 13"")
_FOR_TOKS = frozenset("for fur pour para per compatible fits".split())
_INCH_SIZE = re.compile(r"\d{1,3}(?:\.\d)?inch$")


# roman numerals that number a version or model ("Acrobat X", "Mark III",
# "Civilization IV"), read as the number (not "i" nor "v": a pronoun, volts)
ROMAN_NUM = {"ii": "2", "iii": "3", "iv": "4", "vi": "6", "vii": "7", "viii": "8", "ix": "9",
             "x": "10", "xi": "11", "xii": "12", "xiii": "13",
             # (game and software titles count on: "Final Fantasy XVI")
             "xiv": "14", "xv": "15", "xvi": "16", "xvii": "17", "xviii": "18", "xix": "19", "xx": "20"}


def model_variants_of(raw) -> frozenset:
    """Variant words that qualify a model number: "4070 ti", "990 pro",
    "iphone 12 pro max", "galaxy s21 ultra", "ipad mini 4", "acrobat x pro" (a roman
    numeral after the first word numbers a version as "10" does) - but not the "fe" of
    "fe-360", the "air" of "fp-p35cx air purifier" or "xl capacity".

    ``raw`` are the raw tokens of a cleaned title (hyphenated codes kept whole)."""
    toks = []
    for t in raw:
        if t.isalpha():  # (most words: no digit for the suffix pattern, no "-in-", no ordinal)
            toks.append(_VARIANT_SYNONYMS.get(t, t))
            continue
        m = _MODEL_VARIANT_SUFFIX.match(t) if t[-1].isalpha() else None
        if m:
            toks.append(m.group(1))
            toks.append(m.group(2))
        elif "-in-" in t:
            # ("all-in-1" is the words "all in 1": "All-in-1 Max" = "All in 1 Max")
            toks.extend(t.split("-"))
        else:
            # ("2.a", Spanish "2.ª", is the ordinal 2 as "2nd" is)
            toks.append((ordinal_number(t) or t) if t[0].isdigit() and "." in t else _VARIANT_SYNONYMS.get(t, t))
    out = set()
    n = len(toks)
    for i, w in enumerate(toks):
        if w not in VARIANTS:
            continue
        if i + 1 < n and toks[i + 1] in KIND_AFTER_VARIANT:
            continue  # "af101 air fryer": an air fryer, no "Air" model
        j = i - 1
        while j >= 0 and toks[j] in VARIANTS:
            j -= 1
        if j >= 0 and (_short_model_token(toks[j]) or glued_series_number(toks[j])
                       or j > 0 and toks[j] in ROMAN_NUM):
            # not editions / certifications: "windows 10 pro", "80 plus"
            if (j > 0 and toks[j - 1] in _EDITION_OF) or (toks[j], w) in _NOT_VARIANT:
                continue
            out.add(w)
        elif i + 1 < n and (_short_model_token(toks[i + 1]) or toks[i + 1] in ROMAN_NUM) and not (
                edition_after_program(toks, i, _EDITION_OF)):  # (session 10, software)
            # (before a number or its roman numeral: "air 2" = "air ii")
            out.add(w)
        elif i + 1 < n and _INCH_SIZE.match(toks[i + 1]) and _FOR_TOKS.isdisjoint(toks[:i]):
            # (before the line's size, which shops print or leave out beside its number:
            # 'iPad Air 11" M2' = "iPad Air 11 M2" = "11-inch iPad Air (M2)", "MacBook Air
            # 13.6" Apple M3" = "MacBook Air 13-inch M3"; session 10, electronics)
            out.add(w)
    return frozenset(out)


_EDITION_OF = {"windows", "win", "office", "w"}
_VARIANT_SYNONYMS = {w: "pro" for w in PRO_WORDS}  # ("professional" in the titles' languages: session 10)


def variant_word(t: str) -> str:
    """The variant word a title's token ``t`` is read as ("professional" -> "pro"), ``t`` itself
    if it is none."""
    return _VARIANT_SYNONYMS.get(t, t)
_NOT_VARIANT = {("80", "plus")}


def raw_tokens(cleaned: str) -> list[str]:
    """``_RAW_TOKEN.findall(cleaned)`` (model numbers keep their - / . +)."""
    if not cleaned.isascii():
        return _RAW_TOKEN.findall(cleaned)
    if not ("-" in cleaned or "/" in cleaned or "." in cleaned or "+" in cleaned):
        # every run is [a-z0-9]+, a token as it is
        return cleaned.translate(_RAW_RUNS).split()
    out: list = []
    for t in cleaned.translate(_RAW_RUNS).split():
        if t.isalnum():
            out.append(t)
        else:
            out.extend(_RAW_TOKEN.findall(t))
    return out


_COLOUR_WORDS = frozenset(COLOURS)
_VARIANT_WORDS = frozenset(VARIANTS)
_EMPTY: frozenset = frozenset()
# the digits of a word that is a plain number ("990", the "2" of "2.5"), in
# words joined by single spaces
_PLAIN_NUM = re.compile(r"(\d(?<![^ ]\d)\d*)(?![^. ])")


def word_facts(ws, raw, joined: str | None = None, seen=None):
    """(colours, variants, model variants, plain numbers) of a title's words.

    ``joined`` is ``" ".join(ws)`` when the caller has it already; ``seen`` the
    title's words among ``facets.OFFER_VOCAB`` (``facets.offer_vocabulary``; session 16,
    speed): the word sets here are parts of it, so their words in the title are
    their words in ``seen``."""
    if seen is None:
        seen = ws
    cw = _COLOUR_WORDS.intersection(seen)
    colours = frozenset([COLOURS[w] for w in cw]) if cw else _EMPTY
    variants = _VARIANT_WORDS.intersection(seen)
    if joined is None:
        joined = " ".join(ws)
    if "." in joined:
        # the integer part of decimals counts too: "2.5" -> "2"
        nums = frozenset(_PLAIN_NUM.findall(joined))
    else:
        nums = frozenset(filter(str.isdigit, ws))
    if not PRO_WORDS.isdisjoint(seen):  # "Acrobat 8 Professional" is the "Acrobat 8 Pro" (and "Professionnel": s10)
        variants = variants | {"pro"}
    # (a variant glued to the model number names no variant word: "rtx4070ti")
    mvariants = model_variants_of(raw) if variants or _GLUED_VARIANT.search(joined) else _EMPTY
    return colours, variants, mvariants, nums



# words that can start or complete a product type (see ``types_of``)
_TYPE_TRIGGERS = frozenset(_TYPE_WORDS) | {"drive", "disk", "state", "card", "supply"}


# two-word types: (first word, second word) -> type
_TYPE_PAIRS = {
    ("hard", "drive"): "storage", ("hard", "disk"): "storage", ("solid", "state"): "storage",
    ("flash", "drive"): "flash", ("thumb", "drive"): "flash", ("usb", "drive"): "flash",
    ("memory", "card"): "card", ("sd", "card"): "card", ("cf", "card"): "card",
    ("graphics", "card"): "gpu", ("video", "card"): "gpu",
    ("power", "supply"): "power",
}


def types_of(ws: list[str]) -> frozenset:
    """Coarse product types named in the head of a title (the words before the
    first of ``_TYPE_STOP``): a word of ``_TYPE_WORDS`` or a pair of
    ``_TYPE_PAIRS``.

    Set operations (C) find the few words that matter instead of a loop with
    a dozen tests per word."""
    if _TYPE_TRIGGERS.isdisjoint(ws):
        return _EMPTY
    stops = _TYPE_STOP.intersection(ws)
    if stops:
        ws = ws[:min(map(ws.index, stops))]
    out = set()
    for w in _TYPE_TRIGGERS.intersection(ws):
        t = _TYPE_WORDS.get(w)
        if t is not None:
            if w != "graphics":  # "graphics" alone is too vague ("intel hd graphics")
                out.add(t)
            continue
        # the second word of a pair: look at the word before each occurrence
        i = ws.index(w)
        while True:
            if i:
                t = _TYPE_PAIRS.get((ws[i - 1], w))
                if t is not None:
                    out.add(t)
            try:
                i = ws.index(w, i + 1)
            except ValueError:
                break
    return frozenset(out)


_brand_cache: dict = memo({})  # (a memo: ``memos``)


def norm_brand(b) -> str | None:
    if not b:
        return None
    if isinstance(b, str):
        hit = _brand_cache.get(b, _brand_cache)
        if hit is not _brand_cache:
            return hit
        out = _norm_brand(b)
        if len(_brand_cache) > 50_000:
            _brand_cache.clear()
        _brand_cache[b] = out
        return out
    return _norm_brand(b)


def _norm_brand(b) -> str | None:
    s = strip_accents(as_text(b)).lower().strip()
    if not s or s in ("null", "none", "n/a", "na", "unknown", "generic", "unbranded", "-"):
        return None
    c = compact(s)
    if c in BRAND_ALIASES:
        return BRAND_ALIASES[c]
    s2 = _BRAND_SUFFIX.sub(" ", s)
    c2 = compact(s2) or c
    return BRAND_ALIASES.get(c2, c2)


_BAD_MPN = {"na", "none", "null", "nan", "unknown", "doesnotapply", "notapplicable", "0", "-"}
_PLACEHOLDER_MPN = frozenset(("123456", "1234567", "12345678", "123456789", "1234567890", "abc123", "000001"))


def norm_mpn(m) -> str | None:
    if m is None:
        return None
    s = compact(strip_accents(as_text(m)).lower())
    if len(s) < 3 or s in _BAD_MPN or not _HAS_DIGIT.search(s) and len(s) < 5:
        return None
    if len(set(s)) == 1 or s in _PLACEHOLDER_MPN:
        return None  # a placeholder a shop fills the field with ("000000", "XXXXXX", "999999")
    return s


def parse_price(p) -> float | None:
    """A positive finite price as a float, or None; the text is read by
    ``crawler.prices.parse_price`` (the project's one price parser)."""
    if p is None or isinstance(p, bool):
        return None
    if isinstance(p, (int, float)):
        try:
            v = float(p)
        except OverflowError:  # (an int beyond any float: no price)
            return None
    elif isinstance(p, str) and p[:1].isdigit() and p.replace(".", "", 1).isdigit():
        v = float(p)  # a plain decimal ("329.0"): what parse_price would read, without the parse
    else:
        from crawler.prices import is_valid_amount
        from crawler.prices import parse_price as _parse

        try:
            amount = _parse(p).amount
        except (ValueError, TypeError, ArithmeticError):
            return None
        if not is_valid_amount(amount):
            return None
        v = float(amount)
    if v != v or v <= 0 or v == float("inf"):
        return None
    return v


# A seed list of consumer-electronics / computer brands (compact, lower-case).
# The training script adds the brands it sees in the training data.
KNOWN_BRANDS = frozenset("""
acer adata aeg akg alienware amazon amd anker aoc apc apple arlo asrock asus audiotechnica
belkin benq bose brother buffalo canon casio cisco coolermaster corsair creative crucial cyberpower
dell denon dji dlink dyson eizo elgato epson evga fellowes fitbit fractaldesign fujifilm fujitsu
garmin gigabyte google gopro hama harmankardon hisense hitachi honeywell hp htc huawei hyperx
iiyama intel jabra jbl kensington kingston klipsch kodak lacie lenovo lexar lg linksys logitech
marantz microsoft msi mikrotik motorola netgear nikon nintendo nokia nvidia nzxt olympus oneplus
onkyo oppo panasonic patriot pentax philips pioneer plantronics pny polaroid qnap razer realme
ricoh roccat samsung sandisk sanyo seagate sennheiser sharp siemens sigma skullcandy sony steelseries
supermicro synology tamron targus thermaltake tomtom toshiba tplink transcend trendnet ubiquiti
verbatim viewsonic vizio wacom wd westerndigital whirlpool xerox xiaomi yamaha zebra zotac zowie
sapphire powercolor xfx palit gainward inno3d pny emtec kioxia hynix skhynix micron teamgroup
gskill geil adata silverpower bequiet seasonic deepcool noctua arctic lianli phanteks
frigidaire maytag ge kitchenaid bosch electrolux haier insignia rca magnavox emerson coby
tivo roku sling garmin magellan polk infinity jvc kenwood alpine clarion harman sonos
""".split())


# --------------------------------------------------------------------------
# web-page boilerplate in titles
# --------------------------------------------------------------------------
# Titles scraped from web pages carry the page's words besides the product's:
# "Buy Online | WD Red 2TB ... Price in India", "Samsung 850 EVO - Prijzen
# Tweakers", "... Prices - CNET", "... CDW.com".  None of these words tells
# one product from another, so none is an identifying word (see
# ``relations.identifying_misses``).
#
# words of buying and comparing prices, in several languages: never identifying
PAGE_WORDS = frozenset("""
buy buying price prices pricing cheap cheapest deal deals overview specs specifications
reviews compare comparison wholesale lowest
specificaties spezifikationen especificaciones specifikace recensies userreviews bewertungen
opiniones recenze overzicht
kaufen gunstig gunstigste preis preise preisvergleich
comprar barato baratos baratas precio precios oferta ofertas tienda
acheter achat prix
acquista acquistare prezzo prezzi
kopen prijs prijzen goedkoop goedkoopste
koupit levne nejlevnejsi nakup
null
""".split())
# words that are page words only on a page title (one that already names a
# page word above, or a web address): "Tu tienda online", "HP Store
# Netherlands", "Price in India"; elsewhere they may name a product
# ("Norton 360 Online", "Verbatim Store 'n' Go", a UK keyboard)
PAGE_CONTEXT_WORDS = frozenset("""
online store shop shops outlet official
uk usa india australia canada ireland zealand netherlands nederland espana spain portugal
germany deutschland france italia italy europe
""".split())
# top-level domains: "cdw com" (CDW.com), "tradineur com"
_DOMAIN_ENDS = frozenset(("com",))


def page_words(words) -> frozenset:
    """The web-page boilerplate among a title's ``words`` (in title order):
    its ``PAGE_WORDS``; a web address ("cdw com": the name before a ".com"
    and the ending); and, on a title that has either, its ``PAGE_CONTEXT_WORDS``.
    Empty for most titles."""
    found = PAGE_WORDS.intersection(words)
    if "com" in words:
        found = set(found)
        for i, w in enumerate(words):
            if w in _DOMAIN_ENDS and i > 0:
                found.add(w)
                found.add(words[i - 1])
    if not found:
        return _EMPTY_PAGE
    return frozenset(found) | PAGE_CONTEXT_WORDS.intersection(words)


_EMPTY_PAGE = frozenset()


# the separators a web page puts between the product's name and the site's
# ("WD Red 2TB | OcUK", "Elite 130 - Prijzen Tweakers", "... :: Shop"); a dash
# also parts a product's name from its variant ("Air Freshener - Lavender"),
# so a dash closes a site name only on a page title (one with ``page_words``)
_PIPE_SEP = re.compile(r"\s?\|\s?|\s(?:::|@)\s")
_DASH_SEP = re.compile(r"\s?\|\s?|\s(?:::|@|-|–|—)\s")
_SITE_STRIP = re.compile(r'["“”▷»«]')


def site_suffix_words(title, title_words=None) -> frozenset:
    """The words of a title's last segment after a page-title separator
    (" | ", " :: ", " @ "; also " - ", " – " on a title with ``page_words``)
    when it may be a site's name, not the product's: no digit, at most 4
    words, and the title before it has at least 2 words ("Samsung 850 EVO
    500GB | Laptops Outlet Direct" -> laptops, outlet, direct).  Whether they
    are the site's is decided against the other title
    (``facets.page_free_ids``: none of them is in it).  ``title_words``: the
    title's ``words`` when known (spares cleaning it again)."""
    if not isinstance(title, str) or not ("|" in title or " :: " in title or " @ " in title
                                          or " - " in title or " – " in title or " — " in title):
        return _EMPTY_PAGE
    t = _SITE_STRIP.sub(" ", _LANG_TAG.sub(" ", title))
    parts = _PIPE_SEP.split(t)
    if len(parts) < 2 or not words(clean(parts[-1])):
        dashed = _DASH_SEP.split(t)
        if len(dashed) < 2 or not page_words(title_words if title_words is not None else words(clean(t))):
            return _EMPTY_PAGE
        parts = dashed
    tail = parts[-1].strip()
    if not tail or _HAS_DIGIT.search(tail):
        return _EMPTY_PAGE
    ws = words(clean(tail))
    if not ws or len(ws) > 4 or len(" ".join(parts[:-1]).split()) < 2:
        return _EMPTY_PAGE
    return frozenset(ws)


# a title made of RDF literals, as schema.org data scraped from web pages
# gives them ("name"@en then the page's own title: '"Samsung 840 Evo
# (250GB)"@en Prices - CNET"@en'): the first literal, closed by its language
# tag, is the product's name; what follows is the page's
# (or, in a title that opens with a quote, by a quote and the next one:
# '"Apple iPad mini 4 Wi-Fi - tablet 128 GB" " Apple MK9N2LL/A Tablets CDW.com')
_LITERAL_END = re.compile(r'"@[a-z]{2}(?:-[a-z]{2,4})?\b', re.I)
_LITERAL_NEXT = re.compile(r'" +"')


def first_literal_end(title: str):
    """The match closing a title's first literal - a language tag (``"..."@en``) or,
    in a title opening with a quote, the next literal's opening - or None."""
    m = _LITERAL_END.search(title) if '"@' in title else None
    if title.lstrip().startswith('"'):
        m2 = _LITERAL_NEXT.search(title, title.index('"') + 1)
        if m2 is not None and (m is None or m2.start() < m.start()):
            m = m2
    return m


def literal_tail_words(title) -> frozenset:
    """The words of a title after its first closed literal, language-tagged
    (``'"Samsung 840 Evo (250GB)"@en Prices - CNET"@en'`` -> prices, cnet) or
    followed by another literal
    that the literal itself does not name, when that literal has >= 2 words:
    the page's words, not the product's.  Empty for a plain title."""
    if not isinstance(title, str) or '"' not in title:
        return _EMPTY_PAGE
    m = first_literal_end(title)
    if m is None:
        return _EMPTY_PAGE
    head = cleaned_words(title[:m.start()])
    if len(head) < 2:
        return _EMPTY_PAGE
    tail = cleaned_words(title[m.end():])
    return frozenset(tail).difference(head) if tail else _EMPTY_PAGE


# --------------------------------------------------------------------------
# spec codes and shop stock numbers (session 8, issue #12): codes that many
# different products share (a CPU socket, a memory standard, a CAS latency)
# or that a shop gives its own page, not the maker's model number.  They are
# no model number: neither evidence of one product nor a conflict when only
# one offer prints them.  A memory standard's speed stays a spec value
# (``memory_speeds``: "PC4-19200" is 2400 MT/s, unit "freq").
# --------------------------------------------------------------------------

# CPU sockets ("LGA1151", "FC-LGA14C" cut short, "S1151" / "Socket 1151",
# "AM4", "AM3+", "FM2+", "sTRX4", "TR4"); memory standards with a latency or
# a truncated "MHz" glued on ("PC4-19200C16", "PC4-21300C14", "PC10600",
# "DDR4-2400MHz", "DDR4CL14"); CAS latencies ("CL15", "CL9-9-9-24").
_SOCKET_NUMS = "(?:775|1150|1151|1155|1156|1200|1366|1700|2011|2066|939|940|754|478|am[2345]|fm[12])"
_SPEC_CODE = re.compile(
    r"(?:(?:fc)?lga\d{2,4}(?:[a-z]|v\d)?|s" + _SOCKET_NUMS + r"\d?|socket" + _SOCKET_NUMS
    # (a socket glued to the next word by "+": "AM3+Islemci", "FM2+Retail")
    + r"|(?:am[2345]|fm[12])[a-z]*|strx4|tr4|sp3"
    # memory standards (registered / ECC / unbuffered: "PC3-8500R-7"), module
    # organisation ("256Mx64"), latencies, ranks, pins; SCSI, PCI-X, Wi-Fi, UHS, Ethernet
    r"|(?:ddr[2345]l?)?pc[234]l?\d{3,5}[reus]?\d{0,2}(?:cl?\d{1,2}|mhz|mh)?|\d{2,4}mx(?:4|8|16|64|72)"
    r"|pc\d{4,5}(?:cl?\d{1,2})?|pc(?:66|100|133)|ddr(?:200|266|333|400)"
    r"|ddr[2345]l?(?:cl\d{1,2}|\d{3,4}(?:mhz|mh))|\d{1,2}xddr[2345]l?"
    r"|cl(?:[3-9]|1\d|2[0-2]|25)|cl\d{5,8}|\d{4}mh|[12]r?x(?:4|8|16)|\d{3}pin"
    r"|ultra(?:2|3|160|320|640)|u(?:160|320|640)|pcix\d{2,3}|80211[a-z]{1,3}|uhs(?:1|2|3|i|ii)"
    r"|\d{1,4}base[a-z]{1,3}\d?"
    # counts of a part ("2xDVI", "3xDP", "4xSFP", "24xGigabit", "1xLED")
    r"|\d{1,2}x[a-z]{2,}\d?"
    # sizes and speeds in other languages' units: "1To", "64Mo" (octets),
    # "7200tr/min"; read / write rates ("R14MB/s", "1000Mbits")
    r"|\d{1,4}(?:to|go|mo|ko)|\d{4,5}tmin|[rw]?\d{1,4}mbs|\d{1,5}mbits?"
    # a fan's noise and airflow ("24dBA", "67.8CFM"); a rack's inches ("19IN")
    r"|\d{1,4}(?:dba|cfm)|\d{1,3}in"
    # a chemical formula a product names as its matter ("CO2-Zylinder", "H2O2"), no model (session 38, we38:
    # "SodaStream Terra ... mit CO2-Zylinder" / "SodaStream Art ... mit CO2-Zylinder" were one "model")
    r"|(?:co2|h2o2?)[a-z]*|o2)$"
)
# the memory standards whose speed is stated: "PC4-19200" (MB/s: 8 bytes a
# transfer), "PC3 10666", "PC3200", "DDR4-2400" / "DDR3 1600" (MT/s)
_MEM_SPEED = re.compile(
    r"(?<![a-z0-9])(?:(pc[234]?l?)\s?-?\s?(\d{4,5})|(ddr[2345]l?)\s?-?\s?(\d{3,4}))(?![0-9])")
# a letter prefix and plain digits a shop gives its page ("LN67102" at SCAN):
# the last code before the title's site suffix (" | SCAN UK"), alone or
# followed by the maker's part number (" LN50789 - BX80646I54570 | SCAN UK")
_STOCK_NUMBER = re.compile(
    r"(?<![\w-])([A-Za-z]{1,3}\d{5,7})(?:(?:\s+-)?\s+[\w/.+-]*)?\s*\|\s*[^|\d]{2,40}$")
# (the suffix may close with a quote and a language tag: '| SCAN UK"@en')


_MEM_GENERATIONS = frozenset(("pc2", "pc3", "pc4", "pc3l", "ddr2", "ddr3", "ddr4", "ddr5", "ddr3l",
                              "lga", "socket", "sockel"))
# Ethernet speeds written as one number ("10/100", "10/100/1000"), and a
# memory module's timings ("9-9-9-24", "15-17-17-35"): specs, no model numbers
_ETHERNET_SPEEDS = frozenset(("10100", "1001000", "101001000", "100100010000", "1001000010000"))
_TIMINGS = re.compile(r"\d{1,2}(?:-\d{1,2}){2,3}$")
# the DDR (first generation) module ratings, MB/s: "PC3200" is DDR-400 (a
# plain "PC" rating of 4800+ is MB/s too: "PC-6400" is PC2-6400; below, not a
# DDR rating, a shop's MT/s: "PC1866", "PC1600")
_DDR1_RATINGS = frozenset((2100, 2700, 3200, 3500, 3700, 4000, 4200, 4300, 4400))


# the characters a ``_SPEC_CODE`` can start with (spares the regex on most codes)
_SPEC_FIRST = frozenset("lfsatdpcurw0123456789")


def spec_code(c: str) -> bool:
    """Is the compact code ``c`` a socket, memory-standard or latency code
    (``_SPEC_CODE``), shared by many products: "lga1151", "am4",
    "pc419200c16", "cl15" - not "i76700k", "pc509", "cl211"?"""
    return _SPEC_CODE.match(c) is not None


def memory_speeds(cleaned: str) -> frozenset:
    """The transfer rates (Hz, as the "freq" unit) a cleaned title's memory
    standards state: "pc4-19200" -> 2.4e9, "ddr4-2400" -> 2.4e9, "pc3 10666"
    -> 1.333e9.  A "pc" rating of 4-5 digits is MB/s (8 bytes a transfer)."""
    if "pc" not in cleaned and "ddr" not in cleaned:
        return _EMPTY
    out = set()
    for m in _MEM_SPEED.finditer(cleaned):
        if m.group(1):
            mbs = int(m.group(2))
            if m.group(1) == "pc" and mbs < 4800 and mbs not in _DDR1_RATINGS:
                out.add(mbs * 1e6)  # "PC1866", "PC1333": a shop's MT/s
            else:
                out.add(round(mbs / 8) * 1e6)
        else:
            out.add(int(m.group(4)) * 1e6)
    return frozenset(out) if out else _EMPTY


_STOCK_TAIL = 200


def stock_numbers(title) -> frozenset:
    """A shop's own stock number in a web page's title (compacted): 1-3
    letters and 5-7 digits standing last before the site suffix, alone or
    before the maker's part number ("... Motherboard LN67102 | SCAN UK",
    "... LN50789 - BX80646I54570 | SCAN UK", "LN44585 CO-9050009-WW | SCAN UK")."""
    if not isinstance(title, str) or "|" not in title:
        return _EMPTY
    # (all of it stands in a title's last ~100 characters: searching only
    # those keeps the overlapping spaces of the pattern from costing n^2)
    m = _STOCK_NUMBER.search(title[-_STOCK_TAIL:] if len(title) > _STOCK_TAIL else title)
    if m is None:
        return _EMPTY
    return frozenset((m.group(1).lower(),))


# session 15, rec: a software catalogue's licence term "1Y" / "3Y" is that many years, as "1 Yr"
# is ("CyberLink PowerDirector 365 1Y Sub" / "1 Year Subscription"; "1Y" against "3 Years": two
# licences) - read only glued to its number ("2 y 3" is Spanish; ``clean_with_units``)
_GLUED_ONLY = frozenset(("y",))
# (session 22, en22) the text after a one-letter unit that makes the letter a hyphenated word's
# initial: "-Bucks" of "1,000 V-Bucks", "-Neck" of "3 V-Neck" (a hyphen and three letters: "12V-DC" is volts)
_INITIAL_OF_WORD = re.compile(r"-[a-z]{3}").match
_UNIT_RE_SPACED = _UNIT_RE
_UNIT_ALIASES["y"] = ("dur", 365.0)
# (session 22, en22: a one-letter unit a space after its number, hyphen-joined to a word, is that
# word's initial - "1,000 V-Bucks", "3 V-Neck Tees" are no volts; glued to the number it is the
# unit, "60W-Equivalent", "9V-Battery" -, ``_INITIAL_OF_WORD``; ``clean_with_units`` reads so)
# (session 34, mend34: "Core" before a processor's line - "Core Ultra 7", "Core i7", "Core 2 Duo" - is Intel's
# line, no count of cores: "Galaxy Book4 Pro 14 Core Ultra 7" prints its screen's size before it, which
# read "14core" against the other title's '16" Core Ultra 7')
_UNIT = re.compile(r"(\d(?<![\w.\-/]\d)\d*+(?:\.\d++)?+)\s?-?\s?(" + _UNIT_RE_SPACED + r"|(?<=\d)y)(?![a-z0-9])"
                   r"(?!(?<=\s[a-z])-[a-z]{3})"
                   r"(?!(?<=core)\s+(?:ultra|i[3579]|m[3579]|2\s?duo|2\s?quad|duo|solo)(?![a-z0-9]))")
_UNIT_TOKEN = re.compile(r"^\d+(?:\.\d+)?(?:" + _UNIT_RE_SPACED + r"|y)$")
# (the units of ``_UNIT_TOKEN``, each letters only: ``is_unit_token``)
_UNIT_TOKEN_UNITS = frozenset(_UNIT_RE_SPACED.split("|")) | {"y"}
if not all(u.isascii() and u.isalpha() for u in _UNIT_TOKEN_UNITS):  # pragma: no cover
    raise RuntimeError("titles.is_unit_token reads units as runs of letters")


# session 23, ml (rules23ml): "ton" is an air conditioner's capacity - a ton of refrigeration,
# 12,000 BTU ("1.5 Ton Split AC" = 18000 BTU) - only in a title about an air conditioner; any
# other title's ton is a weight ("2 Ton Hydraulic Floor Jack", "3 ton" of a hoist), read as 1000 kg
# (``tons_read``, after ``clean_with_units``)
AC_WORDS = frozenset("""
ac aircon conditioner conditioners conditioning split inverter btu hvac klima klimaanlage klimageraet
climatiseur climatisation climatizzatore condizionatore acondicionado climatizador klimatizace klimatyzator
klimatizator kondicioner kondicionery konditsioner kondytsioner airco airconditioner airconditioning
""".split())
_TONS = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)ton(?![a-z0-9])")


# (session 30, suffix30) a graphics card's or a memory module's "8G" is its memory, 8 GB, never a
# weight of 8 grams ("MSI GeForce RTX 4060 Ti VENTUS 2X 8G" / "... 16G" / "... 2X 8GB"): in a title
# naming such a product (``MEMORY_PRODUCT_WORDS``), a number glued to a lone "G" is written "GB"
# before the title is read, so that every reader of units and kits ("2X 8GB") reads it so
GRAPHICS_CARD_WORDS = frozenset("geforce radeon quadro firepro rtx gtx gddr5 gddr5x gddr6 gddr6x vram".split())
MEMORY_PRODUCT_WORDS = GRAPHICS_CARD_WORDS | frozenset("ddr3 ddr4 ddr5 dimm sodimm".split())
_MEMORY_WORD = re.compile(r"(?<![a-z0-9])(?:" + "|".join(sorted(MEMORY_PRODUCT_WORDS)) + r")(?![a-z0-9])").search
_GIGA_G = re.compile(r"(?<![\w.])(\d{1,3})[gG](?![\w.])")
# (session 32, sp32, speed: whether ``_GIGA_G`` finds any, led by the digit - the look-behind after it -
# so that the engine scans for digits instead of trying the look-behind at every position)
_GIGA_G_HINT = re.compile(r"\d(?<![\w.]\d)\d{0,2}[gG](?![\w.])").search


def memory_gigabytes(title):
    """``title`` with its "8G" written "8GB" where it names a graphics card or a memory module."""
    if type(title) is not str or not _GIGA_G_HINT(title) or not _MEMORY_WORD(title.lower()):
        return title
    return _GIGA_G.sub(r"\1GB", title)


def tons_read(t: str, units: dict) -> dict:
    """``units`` of cleaned title ``t`` with its tons read as a weight where ``t`` names no air
    conditioner (``AC_WORDS``)."""
    if "ton" not in t or "btu" not in units:
        return units
    tons = [float(m.group(1)) for m in _TONS.finditer(t)]
    if not tons or not AC_WORDS.isdisjoint(t.split()):
        return units
    out = dict(units)
    btu = set(out["btu"]) - {round(v * 12000.0, 4 if v * 12000.0 < 10 else 1) for v in tons}
    if btu:
        out["btu"] = frozenset(btu)
    else:
        del out["btu"]
    out["wt"] = frozenset(set(out.get("wt", ())) | {round(v * 1e6, 1) for v in tons})
    return out
