"""The numeric and named settings read from ``PRICELENS_*`` environment variables: one reader.

A value that is not what the variable takes (``PRICELENS_DB_RETRIES=abc``,
``PRICELENS_DB_GIVE_UP=nan``, ``PRICELENS_DB_BACKOFF=-1``, ``PRICELENS_LOG_LEVEL=BOGUS``) is
:class:`BadSetting`, whose one line names the variable, the value and what is expected;
:func:`exit_on_bad_settings` prints that line and exits 2 (``pricelens`` before any command,
``scrapy crawl`` before the crawl opens). Unset or empty: the default. ``crawler/settings.py``
reads them with ``default_on_bad=True``: a Scrapy command other than ``crawl`` (``scrapy list``)
uses none of them and gets the defaults, while ``scrapy crawl`` has exited 2 on a bad one before.
"""

from __future__ import annotations

import math
import os
import sys

# name: (default, int or float, lowest, highest or None)
NUMBERS: dict[str, tuple] = {
    "PRICELENS_KILL_GRACE": (30.0, float, 0, None),           # seconds a stopped crawl gets to close
    "PRICELENS_DB_RETRIES": (4, int, 0, 100),                 # retries of a failed write or connection
    "PRICELENS_DB_BACKOFF": (0.5, float, 0, 3600),            # seconds before the first retry (doubling)
    "PRICELENS_DB_GIVE_UP": (120.0, float, 0, None),          # seconds without the database before closing
    "PRICELENS_DB_RECONNECT": (5.0, float, 0, None),          # seconds between reconnections while it is down
    "PRICELENS_DOWNLOAD_DELAY": (0.25, float, 0, 3600),       # seconds between requests to one site
    "PRICELENS_RETRY_BACKOFF_BASE": (1.0, float, 0, 3600),    # seconds before the first retry of a page
    # megabytes of the site's page cache (publish/cache.py reads it when the site starts): checked with the
    # others so that `pricelens demo` refuses it at once, not after its crawls, when it starts the site
    "PRICELENS_SITE_CACHE_MB": (64.0, float, 0, 1048576),     # the site's page cache (a terabyte at most)
}
# what a variable takes, in its own words
EXPECTED = {"PRICELENS_SITE_CACHE_MB": "a number of megabytes from 0 to 1048576 (0 turns the cache off)"}
LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")


class BadSetting(ValueError):
    """An environment variable that does not hold what it takes; the message is one line."""


def shown_value(raw: str) -> str:
    """A refused value as every message of a setting shows it: whole (``repr``) up to 40 characters,
    else its first 40 and its length (``'xxx...'... (100000 characters)``), never repeated whole."""
    return repr(raw) if len(raw) <= 40 else f"{raw[:40]!r}... ({len(raw)} characters)"


def _expected(kind, low, high) -> str:
    what = "a whole number" if kind is int else "a number"
    return f"{what} from {low} to {high}" if high is not None else f"{what} >= {low}"


def number(name: str, *, default_on_bad: bool = False):
    """The value of the numeric variable ``name`` (one of :data:`NUMBERS`), or its default.
    A bad value is :class:`BadSetting`, or with ``default_on_bad`` the default (for a reader
    whose command does not use it: ``scrapy list`` reading ``crawler/settings.py``)."""
    default, kind, low, high = NUMBERS[name]
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        value = None
    if value is None or not math.isfinite(value) or value < low or (high is not None and value > high):
        if default_on_bad:
            return default
        if name in EXPECTED:  # (as the reader of its own module words it)
            raise BadSetting(f"{name}={shown_value(raw)}: expected {EXPECTED[name]}")
        raise BadSetting(f"{name}={shown_value(raw)} is not {_expected(kind, low, high)} (unset: {default:g})")
    return value


LOG_LEVEL_DEFAULT = "INFO"


def log_level(*, default_on_bad: bool = False) -> str:
    """``PRICELENS_LOG_LEVEL`` (any case), else INFO; a bad value as in :func:`number`."""
    raw = os.environ.get("PRICELENS_LOG_LEVEL", "").strip()
    if not raw:
        return LOG_LEVEL_DEFAULT
    if raw.upper() not in LOG_LEVELS:
        if default_on_bad:
            return LOG_LEVEL_DEFAULT
        raise BadSetting(f"PRICELENS_LOG_LEVEL={shown_value(raw)} is not one of {', '.join(LOG_LEVELS)}")
    return raw.upper()


CONTACT_URL_DEFAULT = "https://github.com/pricelens/pricelens#for-shop-owners"
CONTACT_URL_MAX = 500


def contact_url(*, default_on_bad: bool = False) -> str:
    """``PRICELENS_CONTACT_URL``, the address the User-Agent gives shops, else the project page.
    It goes into a header of every request: printable ASCII without spaces, at most 500
    characters - a CR or LF in it would end the header and start another (or make every
    request fail); a bad value as in :func:`number`."""
    raw = os.environ.get("PRICELENS_CONTACT_URL", "").strip(" ")
    if not raw:
        return CONTACT_URL_DEFAULT
    if len(raw) > CONTACT_URL_MAX or not all("!" <= char <= "~" for char in raw):
        if default_on_bad:
            return CONTACT_URL_DEFAULT
        raise BadSetting(f"PRICELENS_CONTACT_URL={shown_value(raw)} is not a contact URL: "
                         f"expected printable ASCII without spaces or control characters (CR, LF, tab), "
                         f"at most {CONTACT_URL_MAX} characters, such as https://example.org/bot")
    return raw


# paths of generated data and configuration files (crawler/paths.py, crawler/categories.py,
# publish/alerts.py): initdb refuses a path with a newline, and every message naming the path broke
# in two at it; a path longer than PATH_MAX is no file, and was repeated whole (100,000 characters)
PATHS = ("PRICELENS_DATA_DIR", "PRICELENS_SNAPSHOT_DIR", "PRICELENS_SCHEDULES", "PRICELENS_CATEGORIES",
         "PRICELENS_ALERTS_FILE", "PRICELENS_ALERTS_STATE")
PATH_MAX = 4096  # Linux's PATH_MAX, with the final NUL


def check_path(name: str) -> None:
    """A path variable of :data:`PATHS` with a control character (newline, tab, ESC ...) or of
    ``PATH_MAX`` bytes or more (in the file system's encoding) is :class:`BadSetting`; unset, empty
    or any other path is fine here (the commands say when the file or folder cannot be used)."""
    raw = os.environ.get(name, "")
    # (PATH_MAX counts bytes: 1,500 ideographs are 4,500 - the path was repeated whole, by `serve` in
    # a traceback)
    too_long = len(raw) * 4 >= PATH_MAX and len(os.fsencode(raw)) >= PATH_MAX
    # (a byte that is not UTF-8 is a path's own - the file system's encoding -: only control characters)
    from crawler.urlmask import unsendable

    if too_long or unsendable(raw) == "control":
        raise BadSetting(f"{name}={shown_value(raw)} is not a usable path: expected a "
                         f"path without control characters (newline, tab, ESC ...), shorter than {PATH_MAX} "
                         f"bytes")


def problems() -> list[str]:
    """The one-line problem of every variable set to what it does not take."""
    found = []
    for read in [*(lambda name=name: number(name) for name in NUMBERS), log_level, contact_url,
                 *(lambda name=name: check_path(name) for name in PATHS)]:
        try:
            read()
        except BadSetting as exc:
            found.append(str(exc))
    return found


def exit_on_bad_settings(program: str) -> None:
    """Print the first bad setting's line as ``<program>: ...`` and exit 2."""
    found = problems()
    if found:
        print(f"{program}: {found[0]}", file=sys.stderr)
        sys.exit(2)
