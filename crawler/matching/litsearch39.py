"""(session 39, sp39, speed) Searches for one literal between delimiters, without a regex built per word.

Some rules searched a title with a pattern made of the word they ask about - ``re.search(r"(?<![\\w-])" + w +
r"(?![\\w-])", raw)`` - so a cold batch compiled one pattern per distinct word or number (233 compiles, ~70 ms of a
~2 s cold batch of 5,063 pairs: the largest single piece of the batch's profile that was not a rule's own work).
The helpers below answer the same question with ``str.find`` and a test of the characters on either side: for a
literal made of letters and digits only (no character a pattern reads as syntax) they are truthy exactly where
the pattern finds a match (``tests/test_matching_sp39.py`` holds each to the pattern it stands for); the callers
keep the pattern for any other literal.

The character classes as ``re`` reads them on ``str``: ``\\w`` is ``ch.isalnum() or ch == "_"``, ``\\d`` is
``ch.isdecimal()``, ``\\s`` is ``ch.isspace()``."""

from __future__ import annotations


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def delimited(text: str, lit: str, bad_before, bad_after) -> bool:
    """Does ``text`` hold ``lit`` with no character ``bad_before`` is true of right before it and none
    ``bad_after`` is true of right after it (the text's start and end pass)?"""
    n = len(lit)
    end = len(text)
    i = text.find(lit)
    while i >= 0:
        j = i + n
        if (i == 0 or not bad_before(text[i - 1])) and (j >= end or not bad_after(text[j])):
            return True
        i = text.find(lit, i + 1)
    return False


def word_or_hyphen(ch: str) -> bool:
    """``[\\w-]``"""
    return ch.isalnum() or ch == "_" or ch == "-"


def digit_dot_comma(ch: str) -> bool:
    """``[\\d.,]``"""
    return ch.isdecimal() or ch == "." or ch == ","


def word_dot_star(ch: str) -> bool:
    """``[\\w.*]``"""
    return ch.isalnum() or ch == "_" or ch == "." or ch == "*"


def times_digit_after(text: str, lit: str) -> bool:
    """``re.search(r"(?<![\\w.*])" + lit + r" \\* {1,2}\\d", text)`` for a literal ``lit``: the number ``lit``
    before " * " and a digit ("5 * 120g")."""
    head = lit + " *"
    n = len(head)
    end = len(text)
    i = text.find(head)
    while i >= 0:
        if i == 0 or not word_dot_star(text[i - 1]):
            j = i + n
            if j < end and text[j] == " " and j + 1 < end:
                c = text[j + 1]
                if c.isdecimal() or (c == " " and j + 2 < end and text[j + 2].isdecimal()):
                    return True
        i = text.find(head, i + 1)
    return False


_OPEN = "([\uff08"
_CLOSE = ")]\uff09"


def bracketed_char(text: str, c: str) -> bool:
    """``re.search(r"[(\\[\\uff08]\\s*" + c + r"\\s*[)\\]\\uff09]", text)`` for one character ``c`` that is no
    space: ``c`` alone in brackets, spaces around it allowed ("(G)", "( r )")."""
    end = len(text)
    i = text.find(c)
    while i >= 0:
        k = i - 1
        while k >= 0 and text[k].isspace():
            k -= 1
        if k >= 0 and text[k] in _OPEN:
            m = i + 1
            while m < end and text[m].isspace():
                m += 1
            if m < end and text[m] in _CLOSE:
                return True
        i = text.find(c, i + 1)
    return False


_HYPHENS = "-\u2010\u2011"


def hyphen_joined(text: str, left: str, mark: str) -> bool:
    """``re.search(r"(?<![^\\W_])" + re.escape(left) + r"\\s?[-\\u2010\\u2011]\\s?" + re.escape(mark) +
    r"(?![^\\W_])", text)``: ``left`` and ``mark`` joined by a hyphen (a space allowed on either side of it), no
    letter or digit right before or after them ("joy-con")."""
    n = len(left)
    m = len(mark)
    end = len(text)
    i = text.find(left)
    while i >= 0:
        if i == 0 or not text[i - 1].isalnum():
            j = i + n
            for j1 in ((j + 1, j) if j < end and text[j].isspace() else (j,)):
                if j1 < end and text[j1] in _HYPHENS:
                    k = j1 + 1
                    for k2 in ((k + 1, k) if k < end and text[k].isspace() else (k,)):
                        if text.startswith(mark, k2):
                            e = k2 + m
                            if e >= end or not text[e].isalnum():
                                return True
        i = text.find(left, i + 1)
    return False
