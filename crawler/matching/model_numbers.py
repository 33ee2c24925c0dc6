"""How a model or part number is written: what one model's listings print alike and
what names another model of the line (history: README.md, sessions 14 and 16, prec).

* ``glued_numbers_missing``: a word of letters with a number glued on ("FLIP6", "Era100",
  "Omega3") is the line's name and its number written as one word: the other title printing
  the line's word and no such number names another model of the line when it prints a
  number of its own there ("JBL FLIP6" / "JBL Flip 5") - it counts those numbers as plain
  numbers one title prints and the other lacks (the number conflict needs each title to
  print one).
* ``rival_codes_missing`` (session 26, rival26): a model token of letters then digits ("S23",
  "A55", "E14", "CR2032", "HF10") the other title never prints, where that title prints a token of
  the same letters and another number ("S24", "A35", "E27", "CR2025", "HF100") the first never
  prints: two models of one line, counted with the glued numbers (a list "S23 / S24" prints both).
* ``suffix_sibling``: a model number that is another one with a digit-led suffix glued on,
  where the shorter one ends in a letter ("VG27AQ" / "VG27AQ1A", "XG27AQ" / "XG27AQM1A"):
  makers add such a suffix to name a revision or a sibling model; a colour, region or pack
  suffix is letters ("QN55Q60CAFXZA", "WH1000XM4B", "/AM").
* ``share_code``: two titles print one model or part number (a word of five or more
  characters, letters and digits, not a figure with its unit): the part number names the
  product, whatever edition or "for <maker>" a shop adds beside it (``editions``,
  ``made_for``).
* ``suffix_variant``: a model number (letters and digits, ending in a digit) that the other
  title prints only with a variant suffix ("SN850X" / "SN850", "12700K" / "12700") names
  another model of the line.
* ``printed_otherwise``: a word the other title prints glued into a longer model number or
  as the platform it names ("U8K" / "65U8K", "PS5" / "PlayStation 5") (``features``).
"""

from __future__ import annotations

import re
from .memos import cached

_GLUED = re.compile(r"([a-z]{3,})(\d{1,3})")


@cached(1 << 14)  # (a memo: ``memos``)
def glued_numbers(wordset: frozenset) -> tuple:
    """(letters, number) of each word of a title that is a word of three letters or
    more with a number of 1-3 digits glued on ("flip6" -> ("flip", "6"))."""
    out = []
    for w in wordset:
        if w[-1:].isdigit():
            m = _GLUED.fullmatch(w)
            if m:
                out.append((m.group(1), m.group(2)))
    return tuple(out)


def glued_numbers_missing(a, b) -> int:
    """How many glued numbers of a's title (``glued_numbers``) b prints the line's word
    of as a word of its own, and neither the number nor the glued word anywhere."""
    g = glued_numbers(a.wordset)
    if not g:
        return _short_line_apart(a, b) + rival_codes_missing(a, b)
    n = 0
    for letters, num in g:
        if letters in b.wordset and num not in b.fullkeys and letters + num not in b.full_compact:
            n += 1
    return n + _short_line_apart(a, b) + rival_codes_missing(a, b)


# a model token of letters then digits ("s23", "a55", "e14", "cr2032", "rtx3060"): a line's letters
# and its model's number (a number with its unit is digits then letters: "500ml", "5w")
_LETTERS_DIGITS = re.compile(r"([^\W\d_]{1,3})(\d{2,4})")


@cached(1 << 14)  # (a memo: ``memos``)
def lettered_codes(wordset: frozenset) -> tuple:
    """(word, letters) of each word of a title that is a model token of letters then digits
    (``_LETTERS_DIGITS``: "s23" -> ("s23", "s"))."""
    out = []
    for w in wordset:
        if w[-1:].isdigit() and not w[:1].isdigit():
            m = _LETTERS_DIGITS.fullmatch(w)
            if m:
                out.append((w, m.group(1)))
    return tuple(out)


_APART_LETTERS = re.compile(r"[^\W\d_]{1,3}")


@cached(1 << 14)  # (a memo: ``memos``)
def _apart_codes(words: tuple) -> tuple:
    """(token, letters) of each word of 1-3 letters a title follows by a number of 2-4 digits
    ("RTX 3060", "S-23" -> ("rtx3060", "rtx"), ("s23", "s"))."""
    out = []
    for i in range(len(words) - 1):
        w, x = words[i], words[i + 1]
        if len(w) <= 3 and 2 <= len(x) <= 4 and x.isdigit() and _APART_LETTERS.fullmatch(w):
            out.append((w + x, w))
    return tuple(out)


def rival_codes_missing(a, b) -> int:
    """(session 26, rival26) How many model tokens of a's title (``lettered_codes``) b never prints
    (``_token_printed``: title or text, also written apart, "S 23"), where b's title prints a token
    of the same letters and another number that a never prints (a token written apart, "RTX 3060",
    only against one of its letters glued on the other side, "RTX3070"): "Galaxy S23 Ultra" / "Galaxy S24 Ultra" screen
    protectors, "A55" / "A35" cases, "E14" / "E27" bulbs, "CR2032" / "CR2025" cells.  Counted each
    way (``num_miss_min``), a title listing both ("Case for Galaxy S23 / S24") names no rival of
    the other's "S24"; a token on one side only is a detail the other leaves out ("IPX7")."""
    la, lb = lettered_codes(a.wordset), lettered_codes(b.wordset)
    if not (la or lb):
        return 0  # (most pairs: no such token glued on either side)
    # (a token written apart, "RTX 3060", is one against a glued token of its letters on the
    # other side, "RTX3070": a word before a number is as often a plain word, "Kit 2504-22")
    ga, gb = {letters for _, letters in la}, {letters for _, letters in lb}
    if gb:
        la = la + tuple(t for t in _apart_codes(tuple(a.words)) if t[1] in gb)
    if ga:
        lb = lb + tuple(t for t in _apart_codes(tuple(b.words)) if t[1] in ga)
    if not (la and lb):
        return 0
    rivals = {letters for w, letters in lb if not _token_printed(w, letters, a)}
    if not rivals:
        return 0
    return sum(1 for w, letters in la if letters in rivals and not _token_printed(w, letters, b))


def _token_printed(w: str, letters: str, b) -> bool:
    """Does offer ``b`` print the model token ``w`` (``letters`` and a number) - a word of its
    title or text, its letters and number as two words of its title ("S-23", "S 23 5G" for "s23"),
    or inside its compact text not followed by a digit ("hf10" is not in "hf100")?"""
    if w in b.fullkeys:
        return True
    ws, num = b.words, w[len(letters):]
    if any(x == letters and ws[i + 1] == num for i, x in enumerate(ws[:-1])):
        return True
    fc, n = b.full_compact, len(w)
    i = fc.find(w)
    while i >= 0:
        if not fc[i + n:i + n + 1].isdigit():
            return True
        i = fc.find(w, i + 1)
    return False


_GLUED2 = re.compile(r"([a-z]{2})(\d{1,2})")


def _short_line_apart(a, b) -> int:
    """(session 19, en19) How many two-letter model numbers of a's title ("Kärcher *WV6*") b prints
    written apart with another number right after the same letters ("*WV 2*"), never a's number:
    one line's two models (the two letters alone are too short to be read as a line's name
    elsewhere - "WV" / "CR" / "GT" only count followed by a number)."""
    ws = b.words
    n = 0
    for w in a.wordset:
        if len(w) > 4 or not w[-1:].isdigit():
            continue
        m = _GLUED2.fullmatch(w)
        if not m:
            continue
        letters, num = m.group(1), m.group(2)
        if num in b.fullkeys or w in b.full_compact:
            continue
        if any(x == letters and i + 1 < len(ws) and ws[i + 1].isdigit() and ws[i + 1] != num
               for i, x in enumerate(ws)):
            n += 1
    return n


_SUFFIX = re.compile(r"\d[a-z]{1,2}")


def suffix_sibling(a, b) -> bool:
    """Does one title's model number (5+ characters, letters and digits, ending in a
    letter) come in the other's only with a suffix of 1-3 characters glued on that
    starts with a digit, and the other never print it bare?"""
    for x, y in ((a, b), (b, a)):
        for c in x.codes:
            if len(c) < 5 or not c[-1].isalpha() or c.isalpha() or not any(ch.isalpha() for ch in c):
                continue
            if c in y.codes:
                continue
            for d in y.codes:
                if len(d) > len(c) and d.startswith(c) and _SUFFIX.fullmatch(d[len(c):]) and d not in x.full_compact:
                    return True
    return False


_UNIT_SHAPED = re.compile(r"\d+(?:\.\d+)?[a-z]{1,5}$").match


def _code_like(w: str) -> bool:
    return len(w) >= 5 and not w.isalpha() and not w.isdigit() and not _UNIT_SHAPED(w) \
        and any(c.isalpha() for c in w)


def share_code(wa, wb, ca: str = "", cb: str = "") -> bool:
    """Do two titles (words ``Prepared.wordset``, compact texts ``ca``, ``cb``) share a model
    or part number - a word of five or more characters, letters and digits, not a figure with
    its unit ("128gb"), that the other prints as a word or inside its compact text
    ("VBGVBB1STRKIT" / "VBG-VBB1STRKIT")?  A shared part number names the product: an
    edition's name or a "for <maker>" beside it is a shop's wording then ("AMD A6-5400K Black
    Edition ... AD540KOKHJBOX" is the AD540KOKHJBOX)."""
    for w in wa:
        if _code_like(w) and (w in wb or (cb and w in cb)):
            return True
    if ca:
        for w in wb:
            if _code_like(w) and w in ca:
                return True
    return False


# --- a model number and the same number with a variant's suffix ------------------------------
# The letters a maker glues after a model number's digits to name another model of the line:
# "SN850X" is not the "SN850", "i7-12700K" / "12700KF" / "12700F" are not the "12700", the
# "RX 7900 XT" not the "7900", a "Q7553X" (high yield) not the "Q7553A" (``code_relation``
# reads the codes as equal up to a short suffix: a region's or a colour's letter, "PN63A650T").
VARIANT_SUFFIXES = frozenset(("x", "xt", "xtx", "ti", "k", "kf", "f", "ks", "hx", "hs", "plus", "pro", "max",
                              "ultra", "x3d", "g"))


def suffix_variant(a, b) -> bool:
    """Does one offer print a model number (letters and digits, ending in a digit) that the
    other prints only with a variant suffix (``VARIANT_SUFFIXES``), never bare?"""
    ca, cb = a.codes, b.codes
    if not ca or not cb:
        return False
    for xs, ys, px, py in ((ca, cb, a, b), (cb, ca, b, a)):
        for y in ys:
            if len(y) < 4 or not y[-1].isdigit() or y.isdigit() or y in xs:
                continue
            for x in xs:
                if len(x) > len(y) and x.startswith(y) and x[len(y):] in VARIANT_SUFFIXES \
                        and y not in px.wordset and x not in py.full_compact:
                    return True
    return False


# --- a word printed by the other title in another writing: glued into a longer model number
# ("U8K" in "65U8K") or as the platform it names ("PS5" / "PlayStation 5") - the word a
# variant word follows ("U8K *Mini* LED", "PS5 *Slim*") is then one both titles print

def printed_otherwise(w: str, y, platform_of) -> bool:
    """Does offer ``y`` print ``w`` glued into a longer word of letters and digits (3+
    characters, a digit in it), or name the platform ``w`` names (``platform_of``)?"""
    if len(w) >= 3 and not w.isalpha() and not w.isdigit() and w in y.full_compact:
        return True
    p = platform_of.get(w)
    if p is not None and y.facets:
        return p in y.facets.get("platform", ())
    return False
