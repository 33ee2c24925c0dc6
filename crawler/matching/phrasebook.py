"""The word tables of the script readers (``indic``, ``hebrew``): {English word: the words
and two-word phrases ("_" joins a phrase's words) that say it}, and the pass that writes a
title's words of a table as their English word (session 18, review18: one copy of what both
readers did).  A leaf module: imports no matcher module."""

from __future__ import annotations


def phrase_table(words: dict) -> dict:
    """{(word,) or (word, word): English word} of ``words`` ({English: "w w_w ..."})."""
    table: dict = {}
    for en, ws in words.items():
        for w in ws.split():
            table[tuple(w.split("_"))] = en
    return table


def read_tokens(text: str, toks: list, table: dict, lookup) -> str:
    """``text`` with its tokens ``toks`` ((start, end, word), in order) read: two tokens apart by
    white space only that are a phrase of ``table`` as the phrase's English word, any other
    token as ``lookup(word)`` - left as it was where that is None -, each read word between
    spaces."""
    out, pos, i = [], 0, 0
    n = len(toks)
    while i < n:
        start, end, w = toks[i]
        latin = None
        if i + 1 < n and not text[end:toks[i + 1][0]].strip():
            latin = table.get((w, toks[i + 1][2]))
            if latin is not None:
                end = toks[i + 1][1]
                i += 1
        if latin is None:
            latin = lookup(w)
        if latin is not None:
            out.append(text[pos:start])
            out.append(" " + latin + " ")
            pos = end
        i += 1
    out.append(text[pos:])
    return "".join(out)
