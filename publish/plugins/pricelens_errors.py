"""Error pages: every unknown path a 404 page, one short log line per server error at most.

Datasette's own exception handler (``datasette.handle_exception``) prints the traceback with
``rich`` when rich is importable (it is, through the dev tools): with its local variables
(3-19 KB of log per error, cheap for anyone to fill the log with), and, when the error did not
happen inside an ``except`` block (a 404 for a path no route or page matches), rich raises
``ValueError: Value for 'trace' required...`` and the 404 becomes a 500.

This plugin replaces that handler (it unregisters Datasette's default and renders the same
``error.html`` / JSON body itself): a 4xx writes nothing to the log; a 5xx writes one line
(status, path, exception type, the innermost frame's file:line, the message cut to 200
characters) and shows the visitor the status without the exception's text.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import traceback

from datasette import hookimpl
from datasette.plugins import pm
from datasette.utils import add_cors_headers
from datasette.utils.asgi import Base400, Response
from datasette.views.base import DatasetteError
from markupsafe import Markup

log = logging.getLogger("pricelens.site")

DEFAULT_HANDLER = "datasette.handle_exception"
if pm.get_plugin(DEFAULT_HANDLER) is not None:
    pm.unregister(name=DEFAULT_HANDLER)


def _where(exception: BaseException) -> str:
    frames = traceback.extract_tb(exception.__traceback__) if exception.__traceback__ else []
    if not frames:
        return "?"
    frame = frames[-1]
    return f"{frame.filename.rsplit('/', 2)[-1] if '/' in frame.filename else frame.filename}:{frame.lineno}"


def log_line(status: int, path: str, exception: BaseException) -> str:
    """The one line a server error writes (no locals, no traceback)."""
    message = " ".join(str(exception).split())[:200]
    return f"{status} {path[:200]!r}: {type(exception).__name__} at {_where(exception)}: {message}"


def _bad_through(request, exception: BaseException) -> bool:
    """Did the request's ``_through`` parameter, which Datasette reads as JSON without checking
    it, raise ``exception``?"""
    if "_through" not in request.args or not isinstance(exception, (ValueError, KeyError, TypeError)):
        return False
    if isinstance(exception, json.JSONDecodeError):
        return True
    frames = traceback.extract_tb(exception.__traceback__) if exception.__traceback__ else []
    return bool(frames) and frames[-1].filename.replace("\\", "/").endswith("datasette/filters.py")


# Datasette's DatasetteErrors without a status (so 500) that are the asker's mistake, a 400
# (session 18 attack: "?_sort=title" on a table that does not sort by title was an internal error)
ASKERS_MISTAKES = ("Cannot sort table by ", "Cannot use _sort and _sort_desc at the same time",
                   "Invalid _through")


# -- failed queries ------------------------------------------------------------------------------
# Datasette's Database.execute writes every failed query to stderr whole: "ERROR: conn=..., sql =
# <the SQL>, params = <the parameters>: <error>". A visitor's SQL, _where, filter values and facet
# columns are in it: one hostile URL wrote a 150 KB log line (?_facet=<50,000 characters>). The
# visitor is told the error in the page; as for any other 4xx, the log gets nothing (a query that
# ends in a 500 still gets the one line of handle_exception below).
def quiet_sql_errors(db) -> None:
    """Make ``db.execute`` never write a failed query to stderr (``log_sql_errors=False``)."""
    if getattr(db, "_pricelens_quiet", False):
        return
    execute = db.execute

    async def execute_quietly(sql, params=None, truncate=False, custom_time_limit=None, page_size=None,
                              log_sql_errors=True):
        return await execute(sql, params, truncate=truncate, custom_time_limit=custom_time_limit,
                             page_size=page_size, log_sql_errors=False)

    db.execute = execute_quietly
    db._pricelens_quiet = True


@hookimpl
def startup(datasette):
    for db in datasette.databases.values():
        quiet_sql_errors(db)


@hookimpl(trylast=True)
def handle_exception(datasette, request, exception):
    async def inner():
        title = None
        if isinstance(exception, Base400):
            status, info, message = exception.status, {}, exception.args[0] if exception.args else "Error"
        elif isinstance(exception, DatasetteError):
            status, info, message = exception.status, dict(exception.error_dict or {}), exception.message
            if status == 500 and str(message).startswith(ASKERS_MISTAKES):
                status = 400
            if exception.message_is_html:
                message = Markup(message)
            title = exception.title
        elif _bad_through(request, exception):
            # ?_through= that is no JSON {"table", "column", "value"}: Datasette's filters read it as
            # one and raised (JSONDecodeError, KeyError 'table', TypeError): a 500 for a typo
            status, info, message = 400, {}, ('Invalid _through: expected JSON such as '
                                              '{"table": "offers", "column": "retailer_id", "value": "techzone"}')
        elif isinstance(exception, sqlite3.DataError):
            # SQLite's length limits (publish/plugins/pricelens_site.py SQLITE_LIMITS) reached by what
            # the URL put into a query: ?_facet=<50,000 characters> was a 500 and a log line
            status, info, message = 400, {}, "The query is too long for this site: use shorter values and names."
        else:
            status, info, message = 500, {}, "The site hit an internal error; it has been logged."
        if status >= 500:
            log.error(log_line(status, request.path, exception))
            if not isinstance(exception, (Base400, DatasetteError)):
                title = "Internal error"
        info.update({"ok": False, "error": message, "status": status, "title": title})
        headers = {}
        if datasette.cors:
            add_cors_headers(headers)
        if request.path.split("?")[0].endswith(".json"):
            return Response.json(info, status=status, headers=headers)
        template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
        body = await template.render_async(dict(info, urls=datasette.urls, app_css_hash=datasette.app_css_hash(),
                                                menu_links=lambda: []))
        return Response.html(body, status=status, headers=headers)

    return inner
