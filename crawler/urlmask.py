"""URLs shown to people: one place that hides the credentials a URL may carry.

``mask_url`` keeps a URL readable with its password replaced by ``***``
(``http://admin:***@host:6800``); ``webhook_shown`` shows a webhook's scheme and host only
(webhooks carry their secret in the path or the query); ``split_credentials`` gives the URL
to request (without user info) and the ``Authorization`` header its user info stands for, since
urllib reads ``user:pw@host`` as the host. ``check_http_url`` refuses, in one line, what is no
http(s) URL. A URL urllib cannot read at all (``http://[::1``) is never repeated.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import unquote, urlsplit, urlunsplit

from w3lib.http import basic_auth_header

MASK = "***"
UNREADABLE = "(a URL that cannot be read)"


def _host_part(parts) -> str:
    return parts.netloc.rpartition("@")[2]


def mask_url(url: str) -> str:
    """The URL with the password of its user info replaced by ``***`` (a user with no password,
    which may be a token, and a query string are replaced whole)."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError on a port that is no number
    except ValueError:
        return UNREADABLE
    if parts.query:  # (a token in the query string: "?token=...")
        parts = parts._replace(query=MASK)
    if "@" not in parts.netloc:
        return urlunsplit(parts)
    user = parts.netloc.rpartition("@")[0]
    # a user with no password may be the secret itself ("https://ghp_TOKEN@host"): hidden whole
    shown = user.split(":", 1)[0] + ":" + MASK if ":" in user else MASK
    return urlunsplit(parts._replace(netloc=f"{shown}@{_host_part(parts)}"))


# the user info of any URL in a text: "scheme://" then what comes before an "@" in the authority
_USER_INFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]{0,30}://)([^/?#\s@\"'<>]*)@")


def _hidden_user_info(match: re.Match) -> str:
    user = match.group(2)
    return f"{match.group(1)}{user.split(':', 1)[0] + ':' + MASK if ':' in user else MASK}@"


# ... and "user:password@host" without its scheme, as an HTTP client's error names it ("invalid hostname:
# shopuser:pw@127.0.0.1")
_BARE_USER_INFO = re.compile(r"(?<![\w.%+:/-])([\w.%+-]+):([^\s/@\"'<>*]+)@(?=[\w\[])")


def hide_credentials(text):
    """``text`` with the password of every URL in it replaced by ``***`` (a user alone, which may be a
    token, hidden whole; a ``user:password@host`` without its scheme too), the rest kept as written (a
    query is kept: a page's URL needs it); any other value is returned as it is."""
    if not isinstance(text, str) or "@" not in text:
        return text
    return _BARE_USER_INFO.sub(lambda m: f"{m.group(1)}:{MASK}@", _USER_INFO.sub(_hidden_user_info, text))


def without_credentials(url: str) -> str:
    """``url`` without its user info (``http://user:pw@host/p`` -> ``http://host/p``); as it is when it has
    none or cannot be read."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=_host_part(parts)))


class _MaskedRecord(logging.LogRecord):
    """A log record whose message and traceback text have the passwords of their URLs hidden, when they
    are formatted (filters that rewrite a record's message and arguments still see them as logged)."""

    def getMessage(self) -> str:  # noqa: N802 -- logging's name
        return hide_credentials(super().getMessage())

    @property
    def exc_text(self):
        return self.__dict__.get("_exc_text")

    @exc_text.setter
    def exc_text(self, value):
        self.__dict__["_exc_text"] = hide_credentials(value)


def install_log_masking() -> None:
    """Every log record of the process has the passwords of the URLs it names hidden (``***``), in its
    message and its traceback: the URLs a shop's pages give (a sitemap, a redirect, a robots.txt line
    ``Sitemap: https://user:pw@host/...``) were logged whole by Scrapy (``Crawled (200) <GET ...>``,
    ``Redirecting (302) to ...``) and by the project. Installed once, by the project's settings and CLI;
    a record factory another library installed is kept (its records are masked the same way)."""
    make = logging.getLogRecordFactory()
    if getattr(make, "pricelens_masking", False):
        return
    if make is logging.LogRecord:
        factory = _MaskedRecord
    else:
        masked: dict[type, type] = {}

        def factory(*args, **kwargs):
            record = make(*args, **kwargs)
            kind = type(record)
            if issubclass(kind, logging.LogRecord) and not issubclass(kind, _MaskedRecord):
                if kind not in masked:
                    masked[kind] = type("Masked" + kind.__name__, (_MaskedRecord, kind), {})
                text = record.__dict__.pop("exc_text", None)
                record.__class__ = masked[kind]
                record.exc_text = text  # (kept where the masked record's property keeps it)
            return record
    logging.setLogRecordFactory(_marked(factory))


def _marked(factory):
    def make(*args, **kwargs):
        return factory(*args, **kwargs)

    make.pricelens_masking = True
    return make


def webhook_shown(url: str) -> str:
    """A webhook as logs show it: scheme and host, no user info, path or query."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return UNREADABLE
    if not parts.scheme or not parts.netloc:
        return UNREADABLE
    return f"{parts.scheme}://{_host_part(parts)}/…"


def split_credentials(url: str) -> tuple[str, bytes | None]:
    """(the URL without its user info, the ``Authorization`` header value or None)."""
    parts = urlsplit(url.strip())
    if "@" not in parts.netloc:
        return url.strip(), None
    bare = urlunsplit(parts._replace(netloc=_host_part(parts)))
    return bare, basic_auth_header(unquote(parts.username or ""), unquote(parts.password or ""))


# what a value given on a command line, in a file or the environment may not hold: a C0 or C1 control
# character or DEL (a newline, a tab, NUL, ESC ...: a line broken, a terminal driven, a request line split),
# or a lone surrogate (a byte that is not UTF-8, as Python reads it from argv or the environment: it cannot
# be sent or written). The one pattern of text_problem, base_url_problem, check_http_url and env.check_path.
_UNSENDABLE = re.compile("([\x00-\x1f\x7f-\x9f])|[\ud800-\udfff]")


def unsendable(text: str) -> str | None:
    """What in ``text`` cannot be sent or shown on one line: ``"control"`` (a control character, whichever
    else it holds), ``"not UTF-8"`` (a lone surrogate), or None."""
    found = None
    for match in _UNSENDABLE.finditer(text):
        if match.group(1):
            return "control"
        found = "not UTF-8"
    return found


def check_http_url(url: str, name: str) -> str:
    """``url`` stripped, or ValueError with one line naming ``name``: only http(s) URLs with a host."""
    url = url.strip()
    kind = unsendable(url)
    if kind == "control":
        # (urlsplit drops a tab, CR or LF and accepted the URL: each send then failed, or a CR/LF
        # went into the request line)
        raise ValueError(f"{name}: expected an http:// or https:// URL with a host, got a URL with a control "
                         f"character (CR, LF, tab ...)")
    if kind or " " in url:
        # (`SCRAPYD_URL='http://h:6800/ x'` was taken, and every crawl then failed and was retried with
        # "InvalidURL: URL can't contain control characters"; a non-UTF-8 byte cannot be sent either)
        raise ValueError(f"{name}: expected an http:// or https:// URL with a host, got a URL with a space or a "
                         f"byte that is not UTF-8 (percent-encode them: %20)")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018
        ok = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        ok = False
    if not ok:
        try:
            scheme = urlsplit(url).scheme
        except ValueError:
            scheme = "http"
        what = ("a URL that cannot be read" if scheme in ("http", "https")
                else f"a {scheme}: URL" if scheme else "no URL")
        raise ValueError(f"{name}: expected an http:// or https:// URL with a host, got {what}")
    return url


def shown_cut(text: str, limit: int = 120) -> str:
    """``text`` as a message repeats a value it refuses: cut at ``limit`` characters, the length
    said (a 100,000-character argument is not echoed back whole)."""
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} characters)"
