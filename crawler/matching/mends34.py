"""Session 34 (mend34): known holes of the matcher, mended as readings that hold in every shop and
language - each function says what it reads and why.  A leaf module beside ``mends33``: the readers
that ask it import it; it imports only the plain readers it builds on."""

from __future__ import annotations

import re

from .learned24 import _number_printed
from .facets import ROMAN_NUM
from .mends33 import NEW_WORDS
from .titles import is_unit_token
from .wordclass import CATEGORY, GENERIC
from .beauty33 import _MAKEUP
from . import ph40 as _ph40  # (session 40: a leaf module)
from . import mu43 as _mu43  # (session 43, mu43: a leaf module - a size letter and its spelled word)
_NETWORKS = frozenset(("3g", "4g", "5g"))


# the numbers written as words ("All in One" / "All in 1", "three pocket" / "3-pocket") and "new" in the
# shops' languages ("neue Edition" / "2. Edition"): no line member's word against a number
_NUMBER_WORDS = frozenset("""
one two three four five six seven eight nine ten twelve eins zwei drei vier funf un une deux trois quatre cinq
uno dos tres cuatro cinco due tre quattro jeden dwa trzy new
""".split()) | NEW_WORDS


def _number_in_slot(xs, ys, yset, xset) -> bool:
    """Does title ``xs`` print a plain number of 1-3 digits that title ``ys`` never prints, right after two
    words of letters that ``ys`` prints side by side too, where ``ys`` prints a word of letters of its own
    (three letters or more, never in ``xs``, no roman numeral nor a number's word) - and after it the word
    ``xs`` prints after the number, a word with a digit ("200 H7" / "Laser H7"), or both titles end there?
    One slot of a line's name holding a number in one title and a word in the other."""
    n = len(xs)
    for i in range(2, n):
        w = xs[i]
        if not (w.isdigit() and len(w) <= 3) or w in yset or _number_printed(w, ys):
            continue
        p1, p2 = xs[i - 2], xs[i - 1]
        if not (p1.isalpha() and p2.isalpha() and len(p2) >= 3):
            continue
        after = xs[i + 1] if i + 1 < n else None
        if after is not None and (after.isalpha() or after not in yset):
            continue  # (a count of what follows, "3 Seeds", "12 Wooden Shapes", or a spec: no slot)
        for j in range(len(ys) - 2):
            if ys[j] == p1 and ys[j + 1] == p2:
                nxt = ys[j + 2]
                if not (nxt.isalpha() and len(nxt) >= 3) or nxt in xset or nxt in ROMAN_NUM or nxt in _NUMBER_WORDS:
                    continue
                if (ys[j + 3] if j + 3 < len(ys) else None) == after:
                    return True
    return False


def line_member_apart(a, b) -> int:
    """1 where one title prints a plain number in a line's name slot and the other a word there -
    "Osram *Night Breaker* 200 H7" / "Osram *Night Breaker* Laser H7" are two lamps of one line
    (``_number_in_slot``; session 33 vetoed only the learned stage's call with the looser
    ``learned24.number_against_word``; the title tier passed the pair, a number being free to stand extra
    on one side).  Counted for both titles (the number conflict asks each title for a number the other
    lacks).  (Tried first: ``number_against_word`` itself at every tier - 19 true pairs lost, "All in 1" /
    "All-in-One", "3 seeds" / "Feminized Seeds", "[2001]" / "box", "2. Edition" / "neue Edition".)"""
    return int(_number_in_slot(a.words, b.words, b.wordset, a.wordset)
               or _number_in_slot(b.words, a.words, a.wordset, b.wordset))


# a processor's line or maker, the word a laptop's title prints after its screen's size ("Book4 Pro 14 Core
# Ultra 7", "IdeaPad Slim 5 14 Ryzen 7", "Vivobook 15 Intel Core i5")
_CPU_WORDS = frozenset("core ryzen intel amd snapdragon celeron pentium athlon i3 i5 i7 i9 xeon".split())
_INCHES = re.compile(r"(\d{1,2}(?:\.\d{1,2})?)inch")
_SCREEN_NUMBER = re.compile(r"1\d(?:\.\d{1,2})?")


def _bare_screen_against(xs, ys) -> bool:
    """Does title ``xs`` (words) print a bare number of a laptop's screen (10-19.x) right before a
    processor's word (``_CPU_WORDS``), no inch size of its own, where title ``ys`` prints inch sizes
    only a whole inch or more away from it and never the number itself?"""
    if any(_INCHES.fullmatch(x) for x in xs):
        return False
    sizes = [float(m.group(1)) for m in map(_INCHES.fullmatch, ys) if m]
    if not sizes:
        return False
    for i in range(len(xs) - 1):
        w = xs[i]
        if xs[i + 1] in _CPU_WORDS and _SCREEN_NUMBER.fullmatch(w) and w not in ys:
            v = float(w)
            if all(abs(v - y) >= 1.0 for y in sizes):
                return True
    return False


def screen_before_cpu_apart(a, b) -> int:
    """1 where one laptop title prints its screen's size bare before the processor ("Galaxy Book4 Pro 14
    Core Ultra 7", "IdeaPad Slim 5 14 Ryzen 7") and the other another size with its inch mark ('16"
    Core Ultra 7'): two sizes of one line - a number before the processor's line is its screen, no count
    of cores (``titles._CPU_LINE_AFTER``).  Counted for both titles, as ``mends33.screen_sizes_apart``."""
    ws, bw = a.words, b.words
    return int(_bare_screen_against(ws, bw) or _bare_screen_against(bw, ws))


# a connectivity variant's word as the titles' words print it ("Wi-Fi" is read "wi" "fi")
_CONNECT = frozenset("wifi wlan lte cellular".split())


# a connection named otherwise ("Canon PIXMA G3420 Wireless", "kabellos"): the other title's connection too
_CONNECTED = frozenset("wireless kabellos bezprzewodowy bezdratovy inalambrico inalambrica draadloos".split())
# (session 40, co40: a phone network's generation - "Galaxy A15 ... 4G" / "Galaxy A15 LTE": the other title names
# the network too; which one, ``variants.form_conflict`` compares - "LTE" / "5G" stay two)
_CONNECTED = _CONNECTED | frozenset("3g 4g 5g".split())


def _connect_at(ws, i: int) -> int:
    """How many words of ``ws`` from ``i`` on name a connection (``_CONNECT``, or "wi" "fi"): 0 for none."""
    if i >= len(ws):
        return 0
    if ws[i] in _CONNECT:
        return 1
    return 2 if ws[i] == "wi" and i + 1 < len(ws) and ws[i + 1] == "fi" else 0


# the words after a connection's word that make it a feature the kind of product is named by ("Wi-Fi
# Connected Robot Vacuum", "Wi-Fi Extender", "WLAN Repeater", "WiFi Printer") - also any kind word
_FEATURE_AFTER = frozenset("connected enabled compatible ready smart extender repeater router printer camera "
                           "adapter dongle module".split())


# (the words ``_connect_at`` finds a connection at: a word of ``_CONNECT``, or "wi" before "fi")
_CONNECT_FIRST = _CONNECT | {"wi"}


def _bigram_in(ys, x0: str, x1: str) -> bool:
    return any(ys[j] == x0 and ys[j + 1] == x1 for j in range(len(ys) - 1))


def _connect_after_model(xs, ys, yset) -> bool:
    """Does title ``xs`` print a connection's word right after a model's number or code both titles print
    after one word ("JBL Charge 5 *Wi-Fi*" / "JBL Charge 5"), where ``ys`` names no connection anywhere?  Not a
    standard's number after the word ("Wi-Fi 6", "WiFi 6E": a router's feature), nor a kind or a feature word
    ("Wi-Fi Connected Robot Vacuum", "Wi-Fi Extender": the product's kind named by its connection), nor after
    a measure ("128GB WiFi": the shop's spec of an only model)."""
    if _CONNECT_FIRST.isdisjoint(xs):
        return False  # (session 37, sp37, speed: no connection's first word in ``xs`` - ``_connect_at`` finds none)
    if not _CONNECTED.isdisjoint(yset) or any(_connect_at(ys, j) for j in range(len(ys))) \
            or not _NETWORKS.isdisjoint(yset):
        # (session 40, ph40: the other names a phone network - "Galaxy A15 LTE" / "Galaxy A15 ... 4G": the networks
        # are compared as networks, ``variants.form_conflict``)
        return False
    for i in range(1, len(xs) - 1):
        w = xs[i]
        if w not in yset or xs[i - 1] not in yset or not any(c.isdigit() for c in w) or is_unit_token(w) \
                or not _bigram_in(ys, xs[i - 1], w):
            continue
        k = _connect_at(xs, i + 1)
        if not k:
            continue
        if k == 1 and _ph40.plain_is_4g(xs[i + 1], xs, yset):
            continue  # (session 40, ph40: a smartphone's plain name is its 4G unit, ``ph40.plain_is_4g``)
        after = xs[i + 1 + k] if i + 1 + k < len(xs) else ""
        if after[:1].isdigit() or after in _FEATURE_AFTER or after in CATEGORY:
            continue
        return True
    return False


def connectivity_variant(a, b) -> bool:
    """(session 34, mend34) One title names a connection right after the model both print - "JBL Charge 5" /
    "JBL Charge 5 Wi-Fi", "Forerunner 265" / "Forerunner 265 LTE" -, the other none: the maker's connected
    variant of the model, another product.  Read in the model's slot only: "Wi-Fi" listed as a feature
    elsewhere in a title ("Dual Band Wi-Fi 6 Router", "MFP WiFi") parts nothing."""
    return _connect_after_model(a.words, b.words, b.wordset) or _connect_after_model(b.words, a.words, a.wordset)


# a shade's code of a digit, a letter and a digit ("2W1", "1C0", "4N1", "3W1.5": Estée Lauder's depth,
# undertone and intensity); not "x" (a count or a size, "2x1", "3x4"), nor a number of more digits before it
_SHADE_CODE = re.compile(r"(?<![\w.,])(\d)\s?([a-wyz])\s?(\d(?:\.\d)?)(?![\w.,%])")


def _shade_codes(p) -> frozenset:
    t = p.rawtitle
    if not isinstance(t, str):
        return frozenset()
    return frozenset(a + b + c for a, b, c in _SHADE_CODE.findall(t.lower()))


def _makeup(p) -> bool:
    return isinstance(p.title, str) and _MAKEUP(p.title) is not None


def shade_codes_apart(a, b) -> int:
    """(session 34, mend34) 1 where both titles print a shade's code of a digit, a letter and a digit and
    no code of one is the other's - "Double Wear ... 2W1" / "... 1W2": the codes are compared in their
    order, as the maker reads them; the words read them as a unit glued to a number and a number ("2w",
    "1" / "1w", "2"), the same digits on both sides.  Read in a make-up title only (``beauty33._MAKEUP``):
    elsewhere a digit, a letter and a digit is a Czech or Polish "3 in 1" ("3v1", "3 w 1").  Counted for
    both titles (the number conflict)."""
    ca = _shade_codes(a)
    if not ca:
        return 0
    cb = _shade_codes(b)
    return int(bool(cb) and ca.isdisjoint(cb) and (_makeup(a) or _makeup(b)))


# a line's letters printed before a shade's or a model's code ("NL N25" nail lacquer, "ISL N25" Infinite
# Shine, "HR N25" ...): two to four capitals, a space, then the code (letters and digits); "N°", "Nr",
# "No" are a number's sign, no line
_PREFIXED_CODE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2,4})[ \t]+([A-Za-z]{0,2}\d{1,5}[A-Za-z]{0,2})(?![A-Za-z0-9])")
_NUMBER_SIGNS = frozenset("nr no nro num".split())


def _prefixed_codes(p) -> dict:
    t = p.rawtitle
    if not isinstance(t, str):
        return {}
    out: dict = {}
    for pre, code in _PREFIXED_CODE.findall(t):
        pre, code = pre.lower(), code.lower()
        if pre not in _NUMBER_SIGNS and not code.isdigit() and not code.isalpha() and not is_unit_token(code):
            out.setdefault(code, set()).add(pre)
    return out


def _compact(p) -> str:
    return _NOT_ALNUM.sub("", p.rawtitle.lower()) if isinstance(p.rawtitle, str) else ""


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def line_prefixes_differ(a, b) -> bool:
    """(session 34, mend34) Both titles print one code of letters and digits after a line's capitals of
    their own - OPI's "NL N25" (Nail Lacquer) / "ISL N25" (Infinite Shine) -, neither printing the other's
    capitals anywhere (not even inside a word: "XTRM VM350" / "X.TRM VM350"): one shade number in two
    lines, two products.  A word both titles print before the code ("OPI N25") is a brand, no line; a
    plain number or a measure after the capitals ("CPU 8", "SSD 8GB", "GSR 18V", "GAL 18V") is no code."""
    pa = _prefixed_codes(a)
    if not pa:
        return False
    pb = _prefixed_codes(b)
    for code, xs in pa.items():
        ys = pb.get(code)
        if ys and xs.isdisjoint(ys) and xs.isdisjoint(b.wordset) and ys.isdisjoint(a.wordset):
            ca, cb = _compact(a), _compact(b)
            if any(x in cb for x in xs) or any(y in ca for y in ys):
                continue  # (one line written two ways: "XTRM VM350" / "X.TRM VM350")
            return True
    return False


# one-letter words that are words of a language ("a", "e", "i", "o", "u", "y": and, or, in), a count's or
# a size's sign ("x"), the possessive's "s" ("Levi's"), the registered mark's "r" ("iPad(R)")
_NOT_MODEL_LETTER = frozenset("a e i o u y x s r".split())


def _letter_in_name(p, ys, yset) -> bool:
    """Does title ``p`` print a lone letter right after a model's name word (three letters or more, no
    generic word: ``wordclass.GENERIC``) where title ``ys`` prints that word followed by the word ``p``
    prints after the letter, or closing the title where ``p``'s letter closes it too, and never the
    letter?"""
    xs = p.words
    n = len(xs)
    for i in range(1, n):
        c = xs[i]
        if len(c) != 1 or not c.isalpha() or c in _NOT_MODEL_LETTER or c in yset:
            continue
        if _mu43.size_spelled(c, yset):
            continue  # (session 43, mu43: "Helmet Matte Black M" / "Helmet - Medium, Matte Black": the size)
        prev = xs[i - 1]
        if not (prev.isalpha() and len(prev) >= 3 and prev not in GENERIC) or prev not in yset:
            continue
        nxt = xs[i + 1] if i + 1 < n else None
        if nxt is not None and nxt[:1] == c:
            continue  # (the letter the model's code opens with: "Logitech (G) G502")
        if _letter_written_otherwise(p.rawtitle, prev, c):
            continue
        for j, y in enumerate(ys):
            if y == prev:
                ynext = ys[j + 1] if j + 1 < len(ys) else None
                if ynext == nxt:
                    return True
    return False


def _letter_written_otherwise(raw, prev: str, c: str) -> bool:
    """Does the raw title write the letter ``c`` in brackets ("(G)", "(R)") or hyphen-joined to the word
    before it ("Wireless-N", "Wi-Fi"): a mark or a standard's letter, no model's?"""
    if not isinstance(raw, str):
        return True
    t = raw.lower()
    return bool(re.search(r"[(\[\uff08]\s*" + c + r"\s*[)\]\uff09]", t)) or (prev + "-" + c) in t


def model_letter_one_side(a, b) -> bool:
    """(session 34, mend34) A lone letter inside a model's name on one side only - "Britax Römer KIDFIX
    *M* i-SIZE" / "KIDFIX i-SIZE", "Effaclar Duo+ *M*" / "Effaclar Duo+": the maker's letter names another
    model, as one glued to a model number does ("TS5350i").  Read where the other title prints the name's
    word followed by the same word (or closing both titles), so that a letter elsewhere - a size, an
    initial - parts nothing."""
    return _letter_in_name(a, b.words, b.wordset) or _letter_in_name(b, a.words, a.wordset)


def numbers_apart(a, b) -> int:
    """The number conflict's count of this module's readings, each counted for both titles: a number
    against a word in a line's slot ("Night Breaker 200" / "Night Breaker Laser"), a laptop's bare screen
    size before its processor ("Book4 Pro 14 Core Ultra 7" / '16" Core Ultra 7'), two shade codes
    ("2W1" / "1W2")."""
    return line_member_apart(a, b) + screen_before_cpu_apart(a, b) + shade_codes_apart(a, b)


def shade_number_written(raw, w: str) -> bool:
    """(session 34, mend34) Does the raw title print the number ``w`` (1-9) as a shade's - with a leading
    zero ("Mascara - 01 Very Black") or after a number sign ("N°1", "No. 1", "Nr. 1", "#1")?  Such a number
    is a shade (``beauty33.shade_zeros`` reads "01" as "1"), no line's generation ("Mascara 1")."""
    if not isinstance(raw, str) or len(w) != 1:
        return False
    return re.search(r"(?<![\w.,])(?:0|(?:n\s?[\u00b0\u00ba.]|no\.?|nr\.?|#)\s?0?)" + w + r"(?![\w.,])",
                     raw.lower()) is not None
