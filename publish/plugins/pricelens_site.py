"""The pricelens pages on top of Datasette: home, product, snapshots, about.

- ``/-/data`` (``templates/home.html``; ``/`` is the shop, plugins/pricelens_shop.py): the snapshot's figures, shortcuts to the canned
  queries, recent crawl alerts, the snapshots to download, the tables;
- ``/-/product/<id>``: the product, its offers cheapest first, and its price history per
  offer as an inline SVG chart (``publish/chart.py``);
- ``/-/snapshots`` (and ``.json``): the dated snapshots with sizes and SHA-256 checksums;
  ``/-/snapshots/<file>`` downloads one (or its ``.sha256``);
- ``/-/about``: what the data is and how it is made.

Product titles link to their product page. Everything is served from this site: no script,
style or font comes from another host (only the store map's tiles, see publish/site.py).

Bounds of a public SQL endpoint (``prepare_connection``): every connection gets SQLite limits
(:data:`SQLITE_LIMITS`: a value is at most 1 MB, a statement 100 KB, ...), so a one-step
function such as ``hex(zeroblob(4e8))`` fails at once instead of running past the time limit
with gigabytes (``printf``/``format`` too: a ``%c`` repeated past the length limit, which SQLite
would build for half a minute, is refused as too big at once); ``fts3_tokenizer`` (it returns a live pointer) is refused by an authorizer; and
one query returns at most :data:`RESULT_BYTES` of values (else a 400 "result too big"), so a
response stays in the tens of MB. Only ``GET``/``HEAD``/``OPTIONS`` are answered (the site is
read-only): other methods get a 405.
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import stat
import urllib.parse
import weakref
from pathlib import Path

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response, asgi_send_file
from markupsafe import Markup, escape

from publish.cache import ResponseCache, cached, configured_bytes
from publish.chart import Change, Series, chart_widget, parse_time
from publish.export import SNAPSHOT_NAME, describe_snapshots
from publish.search import register as register_search
from publish.site import page_template
from crawler.urlmask import shown_cut

DATABASE = "pricelens"

# Per-connection SQLite limits (sqlite3.Connection.setlimit): far above what the site's own
# pages and canned queries need, far below what makes one step of a query slow or huge.
SQLITE_LIMITS = {
    sqlite3.SQLITE_LIMIT_LENGTH: 1_000_000,           # bytes in one string, blob or row
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: 100_000,         # bytes of SQL in one statement
    sqlite3.SQLITE_LIMIT_COLUMN: 200,                 # columns in a result, table, index, ORDER BY
    sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 200,
    sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 50,
    sqlite3.SQLITE_LIMIT_VDBE_OP: 250_000,            # instructions in one compiled statement
    sqlite3.SQLITE_LIMIT_FUNCTION_ARG: 32,
    sqlite3.SQLITE_LIMIT_ATTACHED: 0,                 # Datasette attaches nothing without --crossdb
    sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 1_000,
    sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER: 5_000,      # Datasette expands a page's labels with one ? per row
    sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH: 10,
}
RESULT_BYTES = 10_000_000                             # text and blob bytes one query may return
DENIED_FUNCTIONS = {"fts3_tokenizer"}                 # returns a pointer into the server process
READ_METHODS = {"GET", "HEAD", "OPTIONS"}
SNAPSHOT_FILE = r"(?P<name>pricelens-\d{4}-\d{2}-\d{2}\.db(?:\.sha256)?)"


def _database(datasette):
    try:
        return datasette.get_database(DATABASE)
    except KeyError:
        return datasette.get_database()


def _snapshots_dir(datasette) -> Path | None:
    config = datasette.plugin_config("pricelens") or {}
    folder = config.get("snapshots_dir")
    return Path(folder) if folder else None


def _cache_headers(datasette, seconds: int | None = None) -> dict:
    ttl = datasette.setting("default_cache_ttl") if seconds is None else seconds
    return {"Cache-Control": f"max-age={ttl}"} if ttl else {}


async def _snapshot_row(db) -> dict:
    """The snapshot's one-row description (read once: the database is immutable)."""
    found = getattr(db, "_pricelens_snapshot_row", None)
    if found is None:
        try:
            row = (await db.execute("select * from snapshot where id = 1")).first()
        except Exception:  # an older snapshot without the table
            row = None
        found = dict(row) if row else {}
        if not db.is_mutable:
            db._pricelens_snapshot_row = found
    return dict(found)


def safe_url(url) -> str | None:
    """``url`` when it is an http(s) address (a link to it is safe), else None."""
    text = str(url or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else None


def _snapshot_list(datasette) -> list[dict]:
    folder = _snapshots_dir(datasette)
    if folder is None:
        return []
    return [{"name": s.name, "date": s.date, "size": s.size, "size_mb": round(s.size_mb, 1), "sha256": s.sha256,
             "latest": s.latest, "url": f"/-/snapshots/{s.name}",
             "sha256_url": f"/-/snapshots/{s.name}.sha256" if s.sha256 else None}
            for s in describe_snapshots(folder) if _regular_file(folder / s.name)]


def _regular_file(path: Path) -> bool:
    """A regular file itself (a symlink, to anywhere, is not served)."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def inline_read(datasette, db, fn):
    """``fn(conn)`` here, in the event loop's thread, on a connection of its own (prepared as
    Datasette prepares its connections), for reads bounded by an index lookup (a product page
    reads a few dozen rows): sub-millisecond, cheaper than a trip to a database thread, which
    waits its turn twice (for a thread, then for the event loop) and contends for the GIL."""
    conn = db.__dict__.get("_pricelens_inline")
    if conn is None:
        conn = db.connect()
        datasette._prepare_connection(conn, db.name)
        conn.row_factory = sqlite3.Row  # bounded reads of the site's own (see publish.site.own_rows)
        db._pricelens_inline = conn
    return fn(conn)


# -- pages ------------------------------------------------------------------------------------
PRODUCT_OFFERS = """
select id, retailer_id, retailer_name, title, url, price, currency, price_usd, regular_price, discount_pct,
       availability, in_stock, last_verified_at, match_method, match_confidence, pack_size, unit,
       unit_quantity, unit_price_usd
from offers where product_id = ? order by price_usd is null, price_usd, id"""
PRODUCT_HISTORY = """
select offer_id, observed_at, price_usd, availability from price_history
where offer_id in (select id from offers where product_id = ?) order by offer_id, observed_at"""
PRODUCT_STATS = """
select days, high_usd, high_on, avg_usd, low_usd, low_on, days_priced from price_stats
where product_id = ? order by days"""


def product_data(conn, product_id: int) -> dict | None:
    """Everything the product page shows from the database, in one trip to a database thread
    (each trip waits its turn on the event loop again, so under load a page of several trips is
    slow): the product, its offers (cheapest first), the history of their prices, its 30/90-day
    figures; None when there is no such product. Every query is an index lookup
    (``idx_offers_product_id_price_usd``, ``idx_price_history_offer_id_observed_at``,
    ``price_stats``' primary key)."""
    product = conn.execute("select * from products where id = ?", [product_id]).fetchone()
    if product is None:
        return None
    offers = [dict(r) for r in conn.execute(PRODUCT_OFFERS, [product_id])]
    if offers and all(o["unit_price_usd"] is not None for o in offers) and len({o["unit"] for o in offers}) == 1:
        # packs of one unit (seeds, GB): cheapest per unit first, as a shopper compares them
        offers.sort(key=lambda o: (o["unit_price_usd"], o["price_usd"], o["id"]))
    history = conn.execute(PRODUCT_HISTORY, [product_id]).fetchall()
    try:
        stats = [dict(r) for r in conn.execute(PRODUCT_STATS, [product_id])]
    except sqlite3.OperationalError:  # a snapshot without the table
        stats = []
    family, family_offers = family_data(conn, product["family_id"] if "family_id" in product.keys() else None)
    return {"product": dict(product), "offers": offers, "history": history, "price_stats": stats,
            "family": family, "family_offers": family_offers}


def family_data(conn, family_id) -> tuple:
    """The product's family (its other packs or sizes, in every shop, cheapest per unit first)
    when it has more than one product; (None, []) otherwise or in a snapshot without families."""
    from publish.families import family, family_offers

    if not family_id:
        return None, []
    try:
        found = family(conn, family_id)
        if found is None or (found["product_count"] or 0) < 2:
            return None, []
        return found, family_offers(conn, family_id)
    except sqlite3.OperationalError:  # a snapshot from before families
        return None, []


async def product_page(datasette, request):
    db = _database(datasette)
    product_id = int(request.url_vars["id"])
    found = inline_read(datasette, db, lambda conn: product_data(conn, product_id))
    if found is None:
        raise NotFound(f"No product {product_id}")
    product, offers, history = found["product"], found["offers"], found["history"]
    snapshot = await _snapshot_row(db)  # no trip: read once per snapshot
    names = {}
    for offer in offers:
        names[offer["id"]] = offer["retailer_name"] or offer["retailer_id"]
        offer["link"] = safe_url(offer["url"])
    counts: dict[str, int] = {}
    for name in names.values():
        counts[name] = counts.get(name, 0) + 1
    series: dict[int, Series] = {}
    for offer in offers:
        label = names[offer["id"]] + (f" (offer {offer['id']})" if counts[names[offer["id"]]] > 1 else "")
        series[offer["id"]] = Series(label)
    for row in history:
        series[row["offer_id"]].changes.append(
            Change(parse_time(row["observed_at"]), row["price_usd"], row["availability"] == "InStock"))
    end = parse_time(snapshot["published_at"]) if snapshot.get("published_at") else max(
        (c.at for s in series.values() for c in s.changes), default=None)
    chart = chart_widget([s for s in series.values() if s.changes], end,
                         title=f"Price history of {product['title']} (USD)", key=f"chart{product_id}") if end else ""
    context = {
        "product": product,
        "offers": offers,
        "price_stats": found["price_stats"],
        "family": found["family"],
        "family_offers": found["family_offers"],
        "chart": Markup(chart),
        "snapshot": snapshot,
        "history_count": len(history),
        "offer_ids": ",".join(str(offer["id"]) for offer in offers),
        "database": db.name,
        "metadata": datasette.metadata(),
    }
    html = await datasette.render_template(page_template(datasette, "product.html"), context, request=request, view_name="product")
    return Response.html(html, headers=_cache_headers(datasette))


async def snapshots_page(datasette, request):
    snapshots = _snapshot_list(datasette)
    if request.url_vars.get("format") == "json":
        return Response.json({"snapshots": snapshots}, headers=_cache_headers(datasette, 60))
    html = await datasette.render_template("snapshots.html", {"snapshots": snapshots, "metadata": datasette.metadata()},
                                           request=request,
                                           view_name="snapshots")
    return Response.html(html, headers=_cache_headers(datasette, 60))


async def snapshot_file(datasette, request, send):
    name = request.url_vars["name"]
    folder = _snapshots_dir(datasette)
    database_name = name.removesuffix(".sha256")
    if folder is None or not SNAPSHOT_NAME.match(database_name):
        raise NotFound("No such snapshot")
    path = folder / name
    if not _regular_file(path):
        raise NotFound("No such snapshot")
    content_type = "text/plain; charset=utf-8" if name.endswith(".sha256") else "application/vnd.sqlite3"
    await asgi_send_file(send, path, filename=name, content_type=content_type,
                         headers={"cache-control": "max-age=3600"})


async def about_page(datasette, request):
    db = _database(datasette)
    snapshot = await _snapshot_row(db)
    html = await datasette.render_template("about.html", {"snapshot": snapshot, "metadata": datasette.metadata()},
                                           request=request,
                                           view_name="about")
    return Response.html(html, headers=_cache_headers(datasette))


# -- the server's own paths stay private ----------------------------------------------------------
# Datasette's /-/databases and /-/metadata (and .json) showed where the snapshot and the snapshot
# folder are on the server's disk (/srv/.../data/site/pricelens.db): the same pages, without them.
PRIVATE_PLUGIN_KEYS = ("snapshots_dir", "calibration_file")  # plugins.pricelens: paths on the server


def public_databases(datasette) -> list[dict]:
    """``/-/databases``: each database's file by its name only, not its path on the server."""
    databases = []
    for database in datasette._connected_databases():
        if database.get("path"):
            database = {**database, "path": Path(database["path"]).name}
        databases.append(database)
    return databases


def public_metadata(datasette) -> dict:
    """``/-/metadata``: the metadata without the plugin settings that are paths on the server."""
    import copy

    metadata = copy.deepcopy(datasette.metadata())
    for config in _plugin_configs(metadata):
        for key in PRIVATE_PLUGIN_KEYS:
            config.pop(key, None)
    return metadata


def _plugin_configs(metadata: dict) -> list[dict]:
    """The ``pricelens`` plugin settings of the instance and of each database and table."""
    found, stack = [], [metadata]
    while stack:
        node = stack.pop()
        if not isinstance(node, dict):
            continue
        config = (node.get("plugins") or {}).get("pricelens") if isinstance(node.get("plugins"), dict) else None
        if isinstance(config, dict):
            found.append(config)
        for key in ("databases", "tables"):
            if isinstance(node.get(key), dict):
                stack.extend(node[key].values())
    return found


@hookimpl
def register_routes(datasette):
    from datasette.views.special import JsonDataView

    return [
        # before Datasette's own routes of the same paths, which showed the paths on disk
        (r"^/-/databases(\.(?P<format>json))?$",
         JsonDataView.as_view(datasette, "databases.json", lambda: public_databases(datasette))),
        (r"^/-/metadata(\.(?P<format>json))?$",
         JsonDataView.as_view(datasette, "metadata.json", lambda: public_metadata(datasette))),
        (r"^/-/product/(?P<id>\d{1,18})$", product_page),  # longer: past SQLite INTEGER, a 404
        (r"^/-/snapshots(\.(?P<format>json))?$", snapshots_page),
        (r"^/-/snapshots/" + SNAPSHOT_FILE + "$", snapshot_file),
        (r"^/-/about$", about_page),
        (r"^/-/pricelens-cache\.json$", cache_stats),
        (r"^/-/data$", home_page),  # the data portal; "/" is the shop (pricelens_shop.py)
    ]


# -- the home page, links, style --------------------------------------------------------------
HOME_TABLES = ["products", "offers", "price_history", "retailers", "stores", "crawl_runs", "alerts",
               "rejections_summary", "fx_rates", "snapshot"]


async def _home_tables(datasette, db) -> list[dict]:
    """The tables with their row counts (cached: the database is immutable)."""
    cache = getattr(datasette, "_pricelens_home_tables", None)
    if cache is None:
        counts = await db.table_counts(limit=60_000)
        hidden = set(await db.hidden_table_names())
        names = [n for n in HOME_TABLES if n in counts] + sorted(
            n for n in counts if n not in HOME_TABLES and n not in hidden and "_fts" not in n)
        cache = [{"name": n, "count": counts[n]} for n in names]
        datasette._pricelens_home_tables = cache
    return cache


async def home_page(datasette, request):
    db = _database(datasette)
    snapshot = await _snapshot_row(db)
    alerts = []
    try:
        alerts = [dict(r) for r in await db.execute(
            "select created_at, retailer_id, kind, message from alerts order by created_at desc, id desc limit 5")]
    except Exception:  # a snapshot without the alerts table
        pass
    queries = datasette.metadata("queries", database=db.name) or {}
    context = {
        "metadata": datasette.metadata(),
        "database": db.name,
        "snapshot": snapshot,
        "alerts": alerts,
        "queries": [{"name": name, "title": q.get("title", name), "description": q.get("description")}
                    for name, q in queries.items()],
        "snapshots": _snapshot_list(datasette)[:3],
        "tables": await _home_tables(datasette, db),
    }
    html = await datasette.render_template("home.html", context, request=request, view_name="home")
    return Response.html(html, headers=_cache_headers(datasette))


async def cache_stats(datasette):
    cache = getattr(datasette, "_pricelens_cache", None)
    if cache is None:
        return Response.json({"enabled": False})
    return Response.json({"enabled": True, "entries": len(cache._entries), "bytes": cache.size,
                          "max_bytes": cache.max_bytes, "hits": cache.hits, "misses": cache.misses},
                         headers={"cache-control": "no-store"})


def read_only(app):
    """Answer only ``GET``, ``HEAD`` and ``OPTIONS``: the site is read-only (a POST to a canned
    query was a 500)."""

    async def wrapped(scope, receive, send):
        if scope.get("type") == "http" and scope.get("method", "GET").upper() not in READ_METHODS:
            await send({"type": "http.response.start", "status": 405,
                        "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                    (b"allow", b"GET, HEAD, OPTIONS")]})
            await send({"type": "http.response.body", "body": b"405 method not allowed: this site is read-only\n"})
            return
        if scope.get("type") == "http" and scope.get("path", "").endswith(".db"):
            send = _one_framing(send)
        if scope.get("type") == "http" and "\\" in scope.get("path", ""):
            send = _local_redirects(send)
        path = scope.get("path", "")
        if scope.get("type") == "http" and target_length(scope) > MAX_TARGET:
            # (a 50,000-character _next, _col or category name came back in every link of the page: a 1 MB
            # answer to a 50 KB request, or the value repeated whole in the error page)
            await _bad_request(scope, send, f"the address is {target_length(scope)} bytes long; at most "
                                             f"{MAX_TARGET}", status=414)
            return
        # (the shop's pages, "/" and "/-/...", read their own parameters: a NUL there finds nothing)
        problem = bad_query(scope) if scope.get("type") == "http" and path != "/" and not path.startswith("/-/") \
            else None
        if problem:
            await _bad_request(scope, send, problem)
            return
        await app(scope, receive, send)

    return wrapped


FACET_TYPES = {"simple", "array", "date"}
MAX_TARGET = 8192  # bytes of a request's path and query string (the request-line limit of nginx and Apache)


def target_length(scope) -> int:
    """The length in bytes of the request's path and query string, as the client sent them."""
    path = (scope.get("raw_path") or scope.get("path", "").encode("utf-8", "surrogateescape")).partition(b"?")[0]
    return len(path) + len(scope.get("query_string") or b"")


def bad_query(scope) -> str | None:
    """What makes a query string one Datasette's table and query pages would answer with a 500 (an
    "internal error") for the asker's mistake, or None: a NUL character (sqlite3 refuses it in any SQL text), a
    ``_timelimit`` that is no whole number of milliseconds (``int()`` raised), a ``_facet`` JSON
    configuration naming no facet type (``{}``: a KeyError)."""
    raw = scope.get("query_string") or b""
    if not raw:
        return None
    pairs = urllib.parse.parse_qsl(raw.decode("latin-1"), keep_blank_values=True, encoding="utf-8",
                                   errors="replace")
    for key, value in pairs:
        if "\x00" in key or "\x00" in value:
            return "a query parameter holds a NUL character"
        if key == "_timelimit" and not re.fullmatch(r"[0-9]{1,9}", value):
            return "_timelimit: expected a whole number of milliseconds"
        if key.startswith("_facet") and value.lstrip().startswith("{"):
            try:
                config = json.loads(value)
            except (ValueError, RecursionError):
                config = None
            if not (isinstance(config, dict) and len(config) == 1 and set(config) <= FACET_TYPES
                    and isinstance(next(iter(config.values())), str)):
                return f"{key}: expected a column name or a JSON object such as {{\"array\": \"column\"}}"
    return None


async def _bad_request(scope, send, problem: str, status: int = 400) -> None:
    path = scope.get("path", "")
    wants_json = path.endswith(".json") or b"_format=json" in (scope.get("query_string") or b"")
    if wants_json:
        body = json.dumps({"ok": False, "error": problem, "status": status, "title": None}).encode()
        kind = b"application/json; charset=utf-8"
    else:
        body = f"{status} {'address too long' if status == 414 else 'bad request'}: {problem}\n".encode()
        kind = b"text/plain; charset=utf-8"
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _local_redirects(send):
    """Datasette's trailing-slash redirect of ``/\\evil.example/`` says ``Location: /\\evil.example``,
    which a browser reads as ``//evil.example``: another site. A redirect stays on this one."""

    async def local(message):
        if message.get("type") == "http.response.start":
            headers = []
            for key, value in message.get("headers") or []:
                if key.lower() == b"location" and value.replace(b"\\", b"/").startswith(b"//"):
                    value = b"/" + value.lstrip(b"/\\")
                headers.append((key, value))
            message = dict(message, headers=headers)
        await send(message)

    return local


def _one_framing(send):
    """Datasette's database download sends ``Transfer-Encoding: chunked`` beside the
    ``Content-Length`` of the file; a message must not carry both (RFC 9112, 6.1: a proxy may
    refuse it as a smuggling attempt). The length is known, so the chunked header goes."""

    async def framed(message):
        if message.get("type") == "http.response.start":
            headers = message.get("headers") or []
            if any(key.lower() == b"content-length" for key, _ in headers):
                message = dict(message, headers=[(key, value) for key, value in headers
                                                 if key.lower() != b"transfer-encoding"])
        await send(message)

    return framed


FAST_ROUTES = {r"^/-/product/(?P<id>\d+)$", r"^/$", r"^/-/search$", r"^/-/category/(?P<name>[^/]+)$"}


def _no_csrf_token() -> str:
    return ""


def shop_fast_path(datasette, app):
    """The shopper's pages (front, search, category, product) answered here, without the layers
    Datasette puts in front of every view: its CSRF middleware (which signs a fresh random token
    for every request that has no cookie, about a tenth of a page's time under load) and its
    router (actor hooks, messages, the route table). Only where those layers have nothing to
    do: an anonymous ``GET``/``HEAD`` (no cookie, no Authorization header: no actor, no
    messages, no token a form could need: the site has no forms that post, and refuses every
    method but ``GET``/``HEAD``/``OPTIONS``) of exactly one of those routes, once Datasette
    has started. The answer is what the router gives an anonymous request: the view's response
    with ``Vary: Cookie, Authorization``. Anything else, and any page that raises (a 404, a 400:
    Datasette renders its error page), goes through Datasette as before."""
    from datasette.plugins import pm
    from datasette.utils.asgi import Request

    # the views as the plugins register them (plugins_dir modules are not importable by name)
    routes = [(re.compile(pattern), view) for found in pm.hook.register_routes(datasette=datasette)
              for pattern, view in (found or ()) if pattern in FAST_ROUTES]

    async def answer(scope, receive, send):
        if (scope.get("type") == "http" and scope.get("method") in ("GET", "HEAD")
                and datasette._startup_invoked and datasette.setting("base_url") == "/"):
            raw = scope.get("raw_path")
            path = (raw.decode("ascii", "replace") if raw else scope.get("path", "")).partition("?")[0]
            for pattern, view in routes:
                match = pattern.match(path)
                if match is None:
                    continue
                if any(key in (b"cookie", b"authorization") for key, _ in scope.get("headers", ())):
                    break
                request = Request(dict(scope, csrftoken=_no_csrf_token, actor=None,
                                       url_route={"kwargs": match.groupdict()}), receive)
                try:
                    response = await view(datasette, request)
                except Exception:  # Datasette's error page, from the full stack
                    break
                response.headers["Vary"] = "Cookie, Authorization"
                await response.asgi_send(send)
                return
        await app(scope, receive, send)

    return answer


# -- a facet whose query fails ------------------------------------------------------------------
# Datasette's table page makes the coroutines of every facet class (simple, array, date) and of the
# suggestions first, then awaits them one after the other: when one failed (``_facet=nosuch``: "no such
# column"; ``_facet_array=title``: "malformed JSON"), the rest were never awaited, and Python wrote a
# multi-line "RuntimeWarning: coroutine 'ArrayFacet.facet_results' was never awaited" per coroutine.
# The facet classes here return no results for a failed query and leave its error in the request's
# scope, so Datasette awaits every one; :func:`facet_failures` then answers 400 with the error, as
# Datasette did ("Invalid SQL"), in place of the page.
FACET_ERRORS = "pricelens.facet_errors"


def error_keeping(facet_class):
    """``facet_class`` whose failed facet query is kept in the scope's :data:`FACET_ERRORS` list (and
    raised as before where there is none: a Datasette without :func:`facet_failures`)."""

    class ErrorKeeping(facet_class):
        async def facet_results(self):
            try:
                return await super().facet_results()
            except sqlite3.Error as exc:  # (QueryInterrupted, a facet past its time, is no error)
                errors = self.request.scope.get(FACET_ERRORS)
                if errors is None:
                    raise
                errors.append(exc)
                return [], []

    ErrorKeeping.__name__ = ErrorKeeping.__qualname__ = facet_class.__name__
    return ErrorKeeping


@hookimpl(hookwrapper=True)
def register_facet_classes():
    outcome = yield
    outcome.force_result([[error_keeping(klass) for klass in classes] for classes in outcome.get_result()])


def facet_failures(app):
    """A table page one of whose facets failed (:func:`error_keeping`): a 400 naming the error (cut)."""

    async def wrapped(scope, receive, send):
        if scope.get("type") != "http":
            await app(scope, receive, send)
            return
        errors: list = []
        replaced = False

        async def answer(message):
            nonlocal replaced
            if message.get("type") == "http.response.start" and errors:
                replaced = True
                text = str(errors[0]).strip().splitlines()[0] if str(errors[0]).strip() else type(errors[0]).__name__
                await _bad_request(scope, send, f"a facet failed: {shown_cut(text, 300)}")
            if not replaced:
                await send(message)

        await app(dict(scope, **{FACET_ERRORS: errors}), receive, answer)

    return wrapped


@hookimpl
def asgi_wrapper(datasette):
    size = configured_bytes()
    if not size:
        return lambda app: read_only(shop_fast_path(datasette, facet_failures(app)))
    cache = ResponseCache(size)
    datasette._pricelens_cache = cache
    return lambda app: read_only(cached(shop_fast_path(datasette, facet_failures(app)), cache))


# -- bounds of every SQLite connection ----------------------------------------------------------
class ResultTooBig(sqlite3.OperationalError):
    pass


def _authorizer(action, arg1, arg2, database, source):
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in DENIED_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


# One conversion of SQLite's printf()/format() in a format string: flags, width, precision, type.
_PRINTF_SPEC = re.compile(r"%[-+ #!0,]*(\*|\d*)(?:\.(\*|\d*))?l{0,2}(.)", re.S)


def _int_argument(value) -> int:
    """What SQLite's printf reads as a ``*`` width or precision (sqlite3_value_int64)."""
    if isinstance(value, (int, float)):
        return int(value) if math.isfinite(value) else 0
    if isinstance(value, bytes):  # a blob is read as its text
        value = value.decode("latin-1")
    if isinstance(value, str):
        number = re.match(r"\s*[-+]?\d+", value)
        return int(number.group()) if number else 0
    return 0


def repeats_too_long(fmt, args, limit: int) -> bool:
    """Does a ``%c`` of this format repeat its character more than ``limit`` times? SQLite (3.40)
    builds such a repetition one character at a time even once the result is over its length
    limit: ``printf('%.*c', 2000000000, 'x')`` runs for half a minute inside one step, where
    neither the length limit nor Datasette's time limit (a progress handler) can stop it."""
    if not isinstance(fmt, str):
        return False
    position = 0  # the next argument a ``*`` or a conversion reads
    for spec in _PRINTF_SPEC.finditer(fmt):
        width, precision, kind = spec.groups()
        if kind == "%":
            continue
        if width == "*":
            position += 1
        if precision == "*":
            precision = _int_argument(args[position]) if position < len(args) else 0
            position += 1
        count = abs(int(precision)) if precision not in (None, "") else 0
        if kind == "c" and count > limit:
            return True
        position += 1
    return False


def bounded_printf(limit: int):
    """``printf``/``format`` for one connection: SQLite's own (from a private in-memory
    connection with the same length limit), except that a ``%c`` repeated past ``limit`` is
    refused at once as SQLite refuses any too-long value ("string or blob too big")."""
    own = sqlite3.connect(":memory:", check_same_thread=False)
    own.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, limit)

    def printf(fmt=None, *args):
        if repeats_too_long(fmt, args, limit):
            return bytes(limit + 1)  # a value over the connection's length limit: SQLITE_TOOBIG
        placeholders = ", ".join("?" * (len(args) + 1))
        return own.execute(f"SELECT printf({placeholders})", (fmt, *args)).fetchone()[0]

    return printf


def budgeted_rows(limit: int = RESULT_BYTES):
    """A row factory making ``sqlite3.Row`` rows that fails a query once the text and blobs it
    has returned pass ``limit`` bytes (counted per cursor)."""
    spent: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def factory(cursor, values):
        size = 0
        for value in values:
            if isinstance(value, (str, bytes)):
                size += len(value)
        if size:
            total = spent.get(cursor, 0) + size
            spent[cursor] = total
            if total > limit:
                raise ResultTooBig(f"result too big: more than {limit // 1_000_000} MB of text and blobs; "
                                   "select fewer rows or shorter values")
        return sqlite3.Row(cursor, values)

    return factory


@hookimpl
def prepare_connection(conn, database, datasette):
    for limit, value in SQLITE_LIMITS.items():
        conn.setlimit(limit, value)
    conn.set_authorizer(_authorizer)
    conn.row_factory = budgeted_rows()
    printf = bounded_printf(SQLITE_LIMITS[sqlite3.SQLITE_LIMIT_LENGTH])
    for name in ("printf", "format"):  # format() is printf() since SQLite 3.38
        conn.create_function(name, -1, printf, deterministic=True)


@hookimpl(specname="prepare_connection", trylast=True)
def prepare_search(conn, database, datasette):
    """Search rewriting (publish/search.py): after Datasette's own functions, so its
    ``escape_fts`` (what ``?_search=`` runs) becomes pricelens' query, and ``pricelens_fts``."""
    register_search(conn)


@hookimpl
def render_cell(value, column, table, row, database):
    if table == "products" and column == "title" and value is not None and row is not None:
        try:
            product_id = int(row["id"])
        except (IndexError, KeyError, TypeError, ValueError):
            return None
        return Markup(f'<a href="/-/product/{product_id}">{escape(value)}</a>')
    if table == "stores" and column == "popup" and value:
        try:
            popup = json.loads(value)
        except (TypeError, ValueError):
            return None
        if not isinstance(popup, dict):  # shown as the plain text it is
            return None
        return Markup(f'<span class="popup-cell" title="shown in the map marker">{escape(popup.get("title", ""))}'
                      "</span>")
    return None


@hookimpl
def extra_css_urls():
    return ["/static/pricelens.css"]


@hookimpl
def menu_links(datasette):
    return [{"href": "/", "label": "Shop"}, {"href": "/-/data", "label": "Tables, SQL and downloads"},
            {"href": "/-/snapshots", "label": "Download snapshots"}, {"href": "/-/about", "label": "About the data"}]
