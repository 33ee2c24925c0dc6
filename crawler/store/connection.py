"""Connections to the system of record.

``DATABASE_URL`` (any PostgreSQL URL) wins; without it the embedded server under
``data/postgres`` is started or joined. A database that cannot be reached raises
:class:`DatabaseUnavailable` whose message names the URL (password hidden) and what to do;
the ``pricelens`` command prints that one line instead of a traceback. A ``DATABASE_URL`` that is
not a PostgreSQL URL at all raises :class:`BadDatabaseURL` (a kind of DatabaseUnavailable) whose
message says what is expected and never repeats the URL, so a password in it is not shown;
``scrapy crawl`` checks it before starting (:func:`exit_on_bad_database_url`).
"""

from __future__ import annotations

import os
import re
import sys
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg.rows import dict_row

from crawler.urlmask import shown_cut


class DatabaseUnavailable(RuntimeError):
    """The database could not be reached; the message says which URL and what to do."""


class BadDatabaseURL(DatabaseUnavailable):
    """DATABASE_URL cannot be read as a PostgreSQL URL; the message never contains the URL."""


URL_EXPECTED = ("expected postgresql://USER:PASSWORD@HOST:PORT/DBNAME (special characters percent-encoded, "
                "%40 for @), or unset it to use the embedded server")
_SCHEME = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.\-]*):")


def check_url(url: str, name: str = "DATABASE_URL") -> str:
    """``url`` when libpq can read it as a PostgreSQL connection string; :class:`BadDatabaseURL` otherwise.

    The message names the problem (the scheme, a bad %-escape, a port that is not a number)
    but never repeats the URL: whatever is wrong with it, the password may be in it.
    """
    scheme = _SCHEME.match(url)
    problem = None
    if scheme and "=" not in url[: scheme.end()] and url[scheme.end():].startswith("//"):
        if scheme.group(1).lower() not in ("postgresql", "postgres"):
            problem = f"its scheme is {scheme.group(1)[:20]!r}, not postgresql"
        elif re.search(r"%(?![0-9A-Fa-f]{2})", url):
            problem = "it has a '%' not followed by two hexadecimal digits (a bad percent-escape)"
    if problem is None:
        try:
            params = conninfo_to_dict(url)
        except (psycopg.ProgrammingError, ValueError):  # libpq's message may quote the password
            looks_like_url = scheme is not None and "://" in url
            problem = ("libpq cannot parse it (stray spaces, quotes or characters that need percent-encoding?)"
                       if looks_like_url else "it is neither a postgresql:// URL nor key=value settings")
        else:
            ports = [p for p in str(params.get("port", "")).split(",") if p]
            if any(not p.strip().isdigit() for p in ports):
                problem = "its port is not a number"
            elif "@" in str(params.get("host", "")):  # libpq's error would name that "host": the password's end
                problem = "its host holds an '@' (a password with an '@' not written %40?)"
    if problem:
        raise BadDatabaseURL(f"{name} is not a PostgreSQL URL: {problem}; {URL_EXPECTED}")
    return url


def exit_on_bad_database_url(program: str = "scrapy crawl", commands: tuple[str, ...] = ("crawl",)) -> None:
    """Print the one line of :class:`BadDatabaseURL` and exit 2 when ``$DATABASE_URL`` is malformed.

    Called by ``crawler/settings.py``, so it runs in every Scrapy process (``scrapy crawl``, a
    Scrapyd job) before the engine starts; only the ``commands`` that store offers are stopped
    (``scrapy list`` does not read the database).
    """
    command = next((arg for arg in sys.argv[1:] if not arg.startswith("-")), None)
    url = os.environ.get("DATABASE_URL", "").strip()
    if url and command in commands:
        try:
            check_url(url)
        except BadDatabaseURL as exc:
            print(f"{program}: {exc}", file=sys.stderr)
            sys.exit(2)


def database_url() -> str:
    """``$DATABASE_URL``, or the URL of the embedded server (started if needed)."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if url:
        return check_url(url)
    from crawler.paths import postgres_dir
    from crawler.store.embedded import embedded_url

    try:
        return embedded_url()
    except Exception as exc:  # pgserver raises several kinds; one clear line for all
        where = postgres_dir()  # (PRICELENS_DATA_DIR moves it: the line said data/postgres whatever it was)
        raise DatabaseUnavailable(
            f"could not start the embedded PostgreSQL under {where} ({exc.__class__.__name__}: "
            f"{str(exc).strip().splitlines()[-1] if str(exc).strip() else exc!r}); "
            f"check the log in {where / 'log'}, or set DATABASE_URL to a running server"
        ) from exc


MASK = "***"
SECRET_KEYS = ("password", "sslpassword")  # sslpassword: the passphrase of the client's SSL key


SHOWN_URL_MAX = 200  # characters of a connection string a message repeats


def shown_url(url: str) -> str:
    """The connection string as a message shows it: password hidden (:func:`describe_url`), cut at
    ``SHOWN_URL_MAX`` characters with its length said (a 100,000-character database name was
    repeated whole in every line about it)."""
    return shown_cut(describe_url(url), SHOWN_URL_MAX)


def describe_url(url: str) -> str:
    """The connection string with its password replaced by ``***``, whole, in either of libpq's
    forms: read by psycopg's parser (``password = 'my secret pw'`` is one value), a URL kept a
    URL (user info and ``?password=``), key=value settings rebuilt by ``make_conninfo``. What
    libpq cannot read is not repeated at all (it may hold a password)."""
    try:
        params = conninfo_to_dict(url)
    except (psycopg.ProgrammingError, ValueError):
        return "(a connection string libpq cannot read)"
    if not any(params.get(key) for key in SECRET_KEYS):
        return url.strip()
    masked = None
    if _SCHEME.match(url) and "://" in url:
        parts = urlsplit(url.strip())
        user_info, at, hosts = parts.netloc.rpartition("@")
        if at and ":" in user_info:
            user_info = user_info.split(":", 1)[0] + ":" + MASK
        query = urlencode([(key, MASK if key in SECRET_KEYS else value)
                           for key, value in parse_qsl(parts.query, keep_blank_values=True)], safe="*")
        masked = urlunsplit(parts._replace(netloc=f"{user_info}{at}{hosts}", query=query))
        try:  # the parser must find no password but the mask in it, else the settings form below
            shown = conninfo_to_dict(masked)
            if any(shown.get(key) not in (None, MASK) for key in SECRET_KEYS):
                masked = None
        except (psycopg.ProgrammingError, ValueError):
            masked = None
    return masked or make_conninfo(**{**params, **{key: MASK for key in SECRET_KEYS if params.get(key)}})


def connect(url: str | None = None, *, autocommit: bool = False, row_factory=dict_row) -> psycopg.Connection:
    """Open a psycopg connection (dict rows by default)."""
    url = check_url(url, "the database URL") if url else database_url()
    try:
        return psycopg.connect(url, autocommit=autocommit, row_factory=row_factory, connect_timeout=10)
    except psycopg.OperationalError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
        raise DatabaseUnavailable(
            f"cannot reach PostgreSQL at {shown_url(url)}: {shown_cut(first, 300)}. "
            "Start the server or fix DATABASE_URL (unset it to use the embedded server under data/postgres)."
        ) from exc
