"""Connections to the system of record.

``DATABASE_URL`` (any PostgreSQL URL) wins; without it the embedded server under
``data/postgres`` is started or joined. A database that cannot be reached raises
:class:`DatabaseUnavailable` whose message names the URL (password hidden) and what to do;
the ``pricelens`` command prints that one line instead of a traceback.
"""

from __future__ import annotations

import os
import re

import psycopg
from psycopg.rows import dict_row


class DatabaseUnavailable(RuntimeError):
    """The database could not be reached; the message says which URL and what to do."""


def database_url() -> str:
    """``$DATABASE_URL``, or the URL of the embedded server (started if needed)."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if url:
        return url
    from crawler.db.embedded import embedded_url

    try:
        return embedded_url()
    except Exception as exc:  # pgserver raises several kinds; one clear line for all
        raise DatabaseUnavailable(
            f"could not start the embedded PostgreSQL under data/postgres ({exc.__class__.__name__}: "
            f"{str(exc).strip().splitlines()[-1] if str(exc).strip() else exc!r}); "
            "check the log in data/postgres/log, or set DATABASE_URL to a running server"
        ) from exc


def describe_url(url: str) -> str:
    """The URL with its password replaced by ``***``."""
    url = re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)
    return re.sub(r"(password=)[^&\s]*", r"\1***", url)


def connect(url: str | None = None, *, autocommit: bool = False, row_factory=dict_row) -> psycopg.Connection:
    """Open a psycopg connection (dict rows by default)."""
    url = url or database_url()
    try:
        return psycopg.connect(url, autocommit=autocommit, row_factory=row_factory, connect_timeout=10)
    except psycopg.OperationalError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
        raise DatabaseUnavailable(
            f"cannot reach PostgreSQL at {describe_url(url)}: {first}. "
            "Start the server or fix DATABASE_URL (unset it to use the embedded server under data/postgres)."
        ) from exc
