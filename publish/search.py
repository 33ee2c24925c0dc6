"""Search that finds what people type: the snapshot's FTS5 tables and the query rewriting.

Index side (:func:`build_fts`, called by ``publish/export.py``): ``products_fts`` and
``offers_fts`` hold title, brand, MPN, GTIN, category and ``terms``, with the Porter stemmer
(``SSDs`` finds ``SSD``, ``drives`` finds ``drive``) and prefix indexes. ``terms`` (:func:`terms`)
adds how a model code is also written: neighbouring words joined (``990 PRO`` -> ``990pro``,
``Wi-Fi 6`` -> ``wifi``, ``wifi6``; ``MZ-V9P2T0BW`` -> ``mzv9p2t0bw``) and words split where
letters meet digits (``990PRO`` -> ``990 pro``).

Query side (:func:`fts_query`): what a shopper typed becomes an FTS5 expression: every word a
prefix (``sams`` finds Samsung; a number is matched whole: ``6`` is not ``650``), all words required, and a word that is a run of letters and
digits also matches its parts (``rtx4070ti`` finds ``RTX 4070 Ti``). The site's search
(Datasette's ``?_search=`` on products and offers, ``publish/plugins/pricelens_site.py``)
gets it by replacing Datasette's ``escape_fts`` SQL function with :func:`fts_query`, so the
search box keeps what was typed; ``pricelens_fts(text)`` is the same function under its own
name for SQL and the ``search`` canned query, which ranks by relevance (``bm25``, with the
weights of :data:`WEIGHTS`).
"""

from __future__ import annotations

import re
import sqlite3

TOKENIZE = "porter unicode61 remove_diacritics 2"
COLUMNS = ("title", "brand", "mpn", "gtin", "category", "terms")
WEIGHTS = (10.0, 4.0, 6.0, 6.0, 2.0, 3.0)   # bm25 weight of each column, in COLUMNS order
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_PARTS = re.compile(r"\d+|[^\W\d_]+", re.UNICODE)  # runs of digits, runs of letters


def _words(text: str | None) -> list[str]:
    return _WORD.findall(text.lower()) if text else []


def terms(*texts: str | None) -> str:
    """The other spellings of the words of ``texts``: neighbours joined (2 and 3 words) and
    letter-digit runs split, space separated, without duplicates of what the text has."""
    found: dict[str, None] = {}
    for text in texts:
        words = _words(text)
        have = set(words)
        for size in (2, 3):
            for start in range(len(words) - size + 1):
                joined = "".join(words[start:start + size])
                if joined not in have and len(joined) <= 40:
                    found[joined] = None
        for word in words:
            parts = _PARTS.findall(word)
            if len(parts) > 1:
                for part in parts:
                    if part not in have:
                        found[part] = None
    return " ".join(found)


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _prefix(word: str) -> str:
    """A word as a prefix query, a number as itself ("6" is not "650", "990" not "9900")."""
    return _quote(word) if word.isdigit() else f"{_quote(word)}*"


def _word_clause(word: str) -> str:
    clause = _prefix(word)
    parts = _PARTS.findall(word)
    if 1 < len(parts) <= 6:  # "rtx4070ti" also as "rtx 4070 ti"
        together = " AND ".join(_prefix(p) if i == len(parts) - 1 else _quote(p)
                                for i, p in enumerate(parts))
        clause = f"({clause} OR ({together}))"
    return clause


def fts_query(text: str | None) -> str:
    """An FTS5 MATCH expression for what a shopper typed (see the module's doc)."""
    clauses = []
    for chunk in (text or "").split()[:32]:
        words = _words(chunk)
        if not words:
            continue
        if len(words) == 1:
            clauses.append(_word_clause(words[0]))
        else:  # "wi-fi", "mz-v9p2t0bw": the words, or the words written together
            each = " AND ".join(_word_clause(w) for w in words[:8])
            clauses.append(f"(({each}) OR {_word_clause(''.join(words[:8]))})")
    if not clauses:
        return '""'  # matches nothing, as an empty search does in Datasette
    return " AND ".join(clauses)


def register(conn: sqlite3.Connection) -> None:
    """``pricelens_fts(text)`` and Datasette's ``escape_fts`` as :func:`fts_query` on ``conn``."""
    conn.create_function("pricelens_fts", 1, fts_query, deterministic=True)
    conn.create_function("escape_fts", 1, fts_query, deterministic=True)


def build_fts(db: sqlite3.Connection, table: str) -> None:
    """``<table>_fts`` for ``products`` or ``offers``: its own FTS5 table (rowid = the row's id)."""
    db.create_function("pricelens_terms", 2, lambda title, mpn: terms(title, mpn), deterministic=True)
    db.execute(f"DROP TABLE IF EXISTS {table}_fts")
    db.execute(f"CREATE VIRTUAL TABLE {table}_fts USING fts5 ({', '.join(COLUMNS)},"
               f" tokenize = '{TOKENIZE}', prefix = '2 3')")
    db.execute(f"INSERT INTO {table}_fts (rowid, {', '.join(COLUMNS)})"
               f" SELECT id, title, brand, mpn, gtin, category, pricelens_terms(title, mpn) FROM {table}")
    db.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('optimize')")


def bm25_sql(table: str) -> str:
    """SQL for the relevance of a row of ``<table>_fts`` (lower is better)."""
    return f"bm25({table}_fts, {', '.join(str(w) for w in WEIGHTS)})"
