"""Serve the snapshot with Datasette, read-only.

``pricelens serve`` runs Datasette (``python -m publish.site``: Datasette's ASGI app under
uvicorn, as ``datasette serve -i`` would, plus the connection bounds below) on the latest
snapshot, opened immutable, exposed to Datasette under the name ``pricelens`` (so the download
is ``/pricelens.db``), with
``publish/metadata.yaml`` (plus what the environment configures, below), the templates,
plugin and static files of ``publish/``, and the settings of a public read-only site. When a
newer snapshot is published, the server is restarted on it.

Pages beyond Datasette's own: ``/`` (search, shortcuts, crawl alerts, downloads),
``/-/product/<id>`` (a product's offers by price and its price history chart),
``/-/snapshots`` (the dated snapshots with sizes and SHA-256, to download) and ``/-/about``.

Connections are bounded (:class:`GuardedHttp`): a connection has ``HEADER_SECONDS`` to send
its request line and headers (at most ``MAX_HEADER_BYTES``), an idle keep-alive connection is
closed after ``KEEP_ALIVE_SECONDS``, a client that stops reading its response for
``STALL_SECONDS`` is cut off, and beyond ``max_connections()`` open connections the
one that has waited longest without a request is closed, so thousands of half-open
connections (slowloris) neither exhaust the file descriptors nor lock out other visitors. The
server raises its file-descriptor soft limit to the hard limit. SIGTERM, SIGINT or SIGHUP to
``pricelens serve`` stops the server too; the server also stops when its parent disappears.

Workers: ``pricelens serve --workers N`` (default 1) runs N server processes behind one
listening socket (:func:`run_workers`): a page is Python work under one GIL, so one process
uses one core. Each worker has its own connections, SQLite connections and page cache, stops
with its parent (SIGTERM from it, or noticing it gone), and one that dies takes the others down
with it. The parent accepts each connection and hands it to the workers in turn (over a Unix
socket, as a file descriptor): when the workers accepted on a shared socket themselves, the one
woken first took every connection waiting, so 8 keep-alive clients landed 6 and 2 or 8 and 0,
and the busier worker set the latencies (``benchmarks/bench_site.py --workers`` measures it).

Environment:

``PRICELENS_MAP_TILES``
    URL template of the map tiles of the store map (``{s}``, ``{z}``, ``{x}``, ``{y}``);
    default OpenStreetMap's. ``off`` draws a plain local background, so the site loads
    nothing from another host at all. Tiles are the only thing the site may load from
    elsewhere.
``PRICELENS_MAP_ATTRIBUTION``
    The attribution (HTML) shown on the map for those tiles.
``PRICELENS_SNAPSHOT_DIR`` / ``PRICELENS_DATA_DIR``
    Where the snapshots listed for download are (see ``crawler/paths.py``).
``PRICELENS_SITE_CACHE_MB``
    Size of the page cache (``publish/cache.py``).
"""

from __future__ import annotations

import argparse
import errno
import gc
import json
import logging
import os
import re
import resource
import select
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
from collections import OrderedDict
from contextlib import contextmanager
from pathlib import Path

import yaml

from crawler.paths import StopRequest, data_dir, signals_deferred, snapshots_dir, temporary_suffix
from crawler.paths import remove_stale_temporaries as _remove_stale

HERE = Path(__file__).parent
METADATA = HERE / "metadata.yaml"
TEMPLATES = HERE / "templates"
PLUGINS = HERE / "plugins"
STATIC = HERE / "static"
DATABASE_NAME = "pricelens"
# server processes of `pricelens serve --workers` at most: each is a Datasette of its own (~100 MB),
# and a page is one core's work; 10,000 would start processes until the machine ran out of memory
MAX_WORKERS = 64

OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
BLANK_TILES = "/static/blank-tile.svg"

# A public, read-only site: bounded queries and pages, downloads allowed, responses cacheable.
SETTINGS = {
    "sql_time_limit_ms": 1000,          # any query, canned or typed in, stops after 1 s
    "max_returned_rows": 1000,          # rows per JSON/HTML response (CSV streams page by page)
    "default_page_size": 20,
    "allow_download": True,             # /pricelens.db, the whole snapshot
    "allow_csv_stream": True,
    "max_csv_mb": 100,
    "default_cache_ttl": 600,           # Cache-Control: max-age=600 (the data changes nightly)
    "suggest_facets": False,            # suggestions run a query per column: too slow for 1M rows
    "facet_time_limit_ms": 200,
    "default_facet_size": 20,
    "num_sql_threads": 4,
    "cache_size_kb": 20000,             # SQLite page cache per connection
    "truncate_cells_html": 120,
}
CACHE_TTL = SETTINGS["default_cache_ttl"]


class SnapshotUnusable(FileNotFoundError):
    """The snapshot to serve is no SQLite file (a folder, a truncated copy, another file)."""


SQLITE_HEADER = b"SQLite format 3\x00"


def snapshot_problem(path: Path) -> str | None:
    """Why ``path`` cannot be served as a snapshot (one phrase), or None."""
    if not path.is_file():
        return "is not a file"
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    return None if header == SQLITE_HEADER else "is not an SQLite database"


def site_database(snapshot: Path | None = None) -> Path:
    """``data/site/pricelens.db``: the snapshot under the name Datasette should use.

    A hard link where possible: a running server keeps its file even when the dated
    snapshot is replaced by a second publish the same day, or pruned. A symlink otherwise.
    """
    target = Path(snapshot or snapshots_dir() / "latest.db").resolve()
    if not target.exists():
        raise FileNotFoundError(f"no snapshot at {target}: run `pricelens publish` (or `make demo`) first")
    problem = snapshot_problem(target)
    if problem:
        raise SnapshotUnusable(f"{target} {problem}: run `pricelens publish` (or `make demo`) again")
    site_dir = data_dir() / "site"
    site_dir.mkdir(parents=True, exist_ok=True)
    link = site_dir / f"{DATABASE_NAME}.db"
    remove_stale_temporaries(site_dir)
    temp = site_dir / f".{DATABASE_NAME}.db{temporary_suffix()}"
    temp.unlink(missing_ok=True)
    try:
        try:
            os.link(target, temp)
        except OSError:  # another file system, or links not allowed
            temp.symlink_to(target)
        os.replace(temp, link)
    finally:  # (a stop signal or an error half-way: no temporary left behind)
        temp.unlink(missing_ok=True)
    return link


def remove_stale_temporaries(site_dir: Path) -> list[Path]:
    """Delete the temporary files (``*.tmp-<host>-<pid>``) of ``site_dir`` whose writer is gone (a
    server killed half-way through writing one; see crawler.paths.is_stale_temporary)."""
    return _remove_stale(site_dir)


def map_config() -> dict:
    """datasette-cluster-map's settings: the tiles from the environment, else OpenStreetMap's."""
    tiles = os.environ.get("PRICELENS_MAP_TILES", "").strip()
    attribution = os.environ.get("PRICELENS_MAP_ATTRIBUTION", "").strip()
    if tiles.lower() in ("off", "none", "blank"):
        return {"tile_layer": BLANK_TILES,
                "tile_layer_options": {"maxZoom": 19, "attribution": attribution or "map tiles off"}}
    return {"tile_layer": tiles or OSM_TILES,
            "tile_layer_options": {"maxZoom": 19,
                                   "attribution": attribution or (OSM_ATTRIBUTION if not tiles else "")}}


def site_metadata(snapshots: Path | None = None) -> dict:
    """``publish/metadata.yaml`` plus the configuration taken from the environment."""
    metadata = yaml.safe_load(METADATA.read_text())
    plugins = metadata.setdefault("plugins", {})
    plugins["datasette-cluster-map"] = {**plugins.get("datasette-cluster-map", {}), **map_config()}
    plugins["pricelens"] = {**plugins.get("pricelens", {}),
                            "snapshots_dir": str(Path(snapshots or snapshots_dir()).resolve())}
    return metadata


def inspect_data(database: Path) -> dict:
    """What ``datasette inspect`` would say (row counts, size, hash), so no page counts 1M rows."""
    path = Path(database)
    con = sqlite3.connect(f"file:{path.resolve()}?immutable=1", uri=True)
    try:
        tables = [name for name, in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        counts = {}
        for name in tables:
            try:
                counts[name] = {"count": con.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0]}
            except sqlite3.OperationalError:  # FTS virtual tables
                counts[name] = {"count": 0}
    finally:
        con.close()
    from publish.export import file_sha256, read_checksum

    digest = read_checksum(path.resolve()) or file_sha256(path)
    return {DATABASE_NAME: {"hash": digest, "size": path.stat().st_size, "file": path.name, "tables": counts}}


def datasette_args(database: Path, *, host: str = "127.0.0.1", port: int = 8001,
                   metadata: Path | None = None, inspect_file: Path | None = None, workers: int = 1) -> list[str]:
    """The command line of the server of a snapshot (:func:`main` of this module)."""
    args = [sys.executable, "-m", "publish.site", str(database), "--host", host, "--port", str(port),
            "--parent", str(os.getpid())]
    if workers > 1:
        args += ["--workers", str(workers)]
    if metadata:
        args += ["--metadata", str(metadata)]
    if inspect_file:
        args += ["--inspect-file", str(inspect_file)]
    return args


def write_site_files(database: Path, snapshots: Path | None = None) -> tuple[Path, Path]:
    """The generated metadata and inspect files ``datasette serve`` is given, under data/site."""
    site_dir = Path(database).parent
    metadata = site_dir / "metadata.json"
    inspect_file = site_dir / "inspect-data.json"
    for path, content in ((metadata, site_metadata(snapshots)), (inspect_file, inspect_data(database))):
        temp = path.with_name(path.name + temporary_suffix())
        try:
            temp.write_text(json.dumps(content, indent=2))
            os.replace(temp, path)
        finally:  # (a stop signal or a full disk half-way: no temporary left behind)
            temp.unlink(missing_ok=True)
    return metadata, inspect_file


def datasette_instance(database: Path, *, snapshots: Path | None = None, metadata: dict | None = None,
                       inspected: dict | None = None):
    """An in-process Datasette configured exactly as ``pricelens serve`` (for tests and benchmarks)."""
    from datasette.app import Datasette

    return Datasette(
        immutables=[str(database)],
        metadata=metadata if metadata is not None else site_metadata(snapshots),
        inspect_data=inspected if inspected is not None else inspect_data(database),
        template_dir=str(TEMPLATES),
        plugins_dir=str(PLUGINS),
        static_mounts=[("static", str(STATIC))],
        settings=SETTINGS,
    )


class _SyncTemplate:
    """Mixed into a Jinja template class: Datasette awaits ``render_async``; this renders
    synchronously instead, once the one asynchronous callable of ``base.html``
    (``menu_links``) has been awaited. See :func:`page_template`."""

    async def render_async(self, *args, **kwargs):
        context = dict(*args, **kwargs)
        links = context.get("menu_links")
        if callable(links):
            resolved = await links()
            context["menu_links"] = lambda: resolved
        return self.render(context)


_DICT_ATTRIBUTES = frozenset(dir(dict))


def _dict_first_getattr(getattr_):
    """Jinja's ``getattr`` (``{{ offer.price }}``), giving what it gives, faster for a plain
    dict: Jinja tries the attribute first, which for a dict's key raises and catches an
    AttributeError (a tenth of a shop page's time); a plain dict has no attributes but
    ``dir(dict)``'s, so for any other name its item is what Jinja would find anyway."""

    def getattr_dict_first(obj, attribute):
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return getattr_(obj, attribute)

    return getattr_dict_first


def page_template(datasette, name: str):
    """The template ``name`` compiled for synchronous rendering, to give to
    ``datasette.render_template`` in place of the name: the same source, filters and globals
    (an overlay of Datasette's environment), the same output, in about half the time. Jinja's
    asynchronous mode, which Datasette turns on for every template, makes each output piece
    an ``await`` of an async generator; the shop's pages, a few hundred pieces each, spent
    more time there than in their queries. Templates are not re-read from disk while served
    (a new snapshot restarts the server anyway).

    For pages whose template does not call Datasette's other async helpers: it overrides the
    ``crumbs`` block (``crumb_items`` checks permissions asynchronously)."""
    env = getattr(datasette, "_pricelens_sync_env", None)
    if env is None:
        from jinja2 import Template

        env = datasette.jinja_env.overlay(enable_async=False, auto_reload=False, cache_size=200)
        env.template_class = type("SyncTemplate", (_SyncTemplate, Template), {})
        env.getattr = _dict_first_getattr(env.getattr)
        datasette._pricelens_sync_env = env
    return env.get_template(name)


def own_rows(fn):
    """``fn(conn)`` reading plain ``sqlite3.Row`` rows: the site's own reads, each bounded (a
    LIMIT or an index lookup), need not the per-row byte count every connection's row factory
    keeps for the public SQL endpoint (``budgeted_rows`` of plugins/pricelens_site.py, a Python
    call per row)."""

    def run(conn):
        factory = conn.row_factory
        conn.row_factory = sqlite3.Row
        try:
            return fn(conn)
        finally:
            conn.row_factory = factory

    return run


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nothing listens on now (for servers started by tests and benchmarks)."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def start_datasette(database: Path, *, host: str = "127.0.0.1", port: int | None = None,
                    env: dict | None = None, output=subprocess.DEVNULL,
                    timeout: float = 60, extra_args: list[str] = ()) -> tuple[subprocess.Popen, str]:
    """``datasette serve`` of ``database`` as ``pricelens serve`` runs it, in the background;
    returns the process and its base URL once it answers. ``output``: where its stdout and
    stderr go; ``extra_args``: more options of :func:`main`. Raises RuntimeError when it exits
    or does not answer within ``timeout`` s."""
    metadata, inspect_file = write_site_files(database)
    port = port or free_port(host)
    process = subprocess.Popen(datasette_args(database, host=host, port=port, metadata=metadata,
                                              inspect_file=inspect_file) + list(extra_args),
                               stdout=output, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})
    base = f"http://{host}:{port}"
    wait_until_answering(process, base, timeout)
    return process, base


def wait_until_answering(process: subprocess.Popen, base: str, timeout: float = 60) -> None:
    """Wait until the Datasette ``process`` answers at ``base``; stop it and raise RuntimeError
    when it exits or does not answer within ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(base + "/-/versions.json", timeout=2):
                return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                stop_datasette(process)
                raise RuntimeError(f"datasette did not start on {base} (exit code {process.returncode})")
            time.sleep(0.2)


def stop_datasette(process: subprocess.Popen, timeout: float = 10, sig: int = signal.SIGTERM) -> None:
    """Stop a Datasette started here with ``sig``; kill it when it does not exit within ``timeout`` s."""
    process.send_signal(sig)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _snapshot_identity(snapshot: Path | None) -> tuple | None:
    target = Path(snapshot or snapshots_dir() / "latest.db")
    try:
        stat = target.stat()
    except OSError:  # missing, or PRICELENS_SNAPSHOT_DIR a file (NotADirectoryError): site_database says so
        return None
    return (str(target.resolve()), stat.st_ino, stat.st_mtime_ns)


STOP_POLL_SECONDS = 0.1  # how long a recorded stop signal waits at most before it is acted on


SERVER_STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


@contextmanager
def stop_signals_blocked():
    """Start a server process inside this: it begins with SIGTERM, SIGINT and SIGHUP blocked (the
    mask is inherited) and unblocks them once its own handlers are in place (:func:`main`), so a
    Ctrl-C in its first ~80 ms (the interpreter starting, the imports) is held until it can be a
    quiet stop, not a KeyboardInterrupt traceback. Here, the signals wait the few ms of the
    ``Popen`` (delivered at the end, after the process is known). Main thread only."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, SERVER_STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def check_environment() -> str | None:
    """The one-line complaint about the site's environment settings, or None when they are fine."""
    from publish.cache import configured_bytes

    try:
        configured_bytes()
    except ValueError as error:
        return str(error)
    return None


def port_taken(host: str, port: int) -> str | None:
    """Why the site cannot listen on ``host:port`` (another server there: ``127.0.0.1:8001 is in use``),
    or None: the port is bound once, then let go, before Datasette starts."""
    probe = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    try:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # (as the server binds: TIME_WAIT is no owner)
        probe.bind((host, port))
    except OSError as exc:
        return f"{host}:{port} is in use" if exc.errno == errno.EADDRINUSE else \
            f"{host}:{port} cannot be listened on ({(exc.strerror or str(exc)).lower()})"
    finally:
        probe.close()
    return None


def serve(*, host: str = "127.0.0.1", port: int = 8001, snapshot: Path | None = None,
          watch_seconds: float = 30, workers: int = 1, stop: StopRequest | None = None) -> int:
    """Run Datasette in the foreground until Ctrl-C, SIGTERM or SIGHUP (each stops it); restart it
    when a newer snapshot appears. ``workers``: server processes (see :func:`run_workers`),
    each stopped with it. Stopped by a signal: one line ("pricelens: SIGINT: stopping"), the
    server stopped (SIGTERM: requests in flight get ``GRACEFUL_SECONDS``), then 128 + the
    signal (130 for Ctrl-C, 143 for SIGTERM); otherwise the server's exit code.

    With an explicit ``snapshot`` (or ``watch_seconds`` 0) the file is served as it is. ``stop``: the
    caller's recorder, installed before this was imported (a signal it holds already stops it).
    """
    if not 1 <= workers <= MAX_WORKERS:
        print(f"pricelens serve: --workers {workers}: expected 1 to {MAX_WORKERS}", file=sys.stderr)
        return 2
    problem = check_environment()
    if problem:
        print(f"pricelens serve: {problem}", file=sys.stderr)
        return 2
    problem = port_taken(host, port)
    if problem:  # (Datasette's server said so amid its start-up lines, and exited 3)
        print(f"pricelens serve: --port {port}: {problem}", file=sys.stderr)
        return 2  # (a usage error, as --workers: nothing was started)
    watching = snapshot is None and watch_seconds > 0
    stop = stop or StopRequest()  # (it only records the signal, acted on below: crawler.paths.StopRequest)
    previous = {}
    if threading.current_thread() is threading.main_thread():  # (one ignored, nohup's SIGHUP, stays ignored)
        previous = {sig: signal.signal(sig, stop.handle) for sig in SERVER_STOP_SIGNALS
                    if signal.getsignal(sig) is not signal.SIG_IGN}
    process = None
    try:
        while stop.signum is None:
            identity = _snapshot_identity(snapshot)
            with signals_deferred():  # SIGTERM here stops the serve once the site's files are in place
                database = site_database(snapshot)
                try:
                    metadata, inspect_file = write_site_files(database)
                except sqlite3.DatabaseError as exc:  # an SQLite header over damaged pages
                    print(f"pricelens serve: {Path(snapshot or snapshots_dir() / 'latest.db').resolve()} cannot "
                          f"be read as a snapshot ({exc}): run `pricelens publish` (or `make demo`) again",
                          file=sys.stderr)
                    return 2
            if stop.signum is not None:
                break
            print(f"serving {Path(identity[0]).name if identity else database} on http://{host}:{port}/ "
                  "(Ctrl-C to stop)", file=sys.stderr, flush=True)
            with stop_signals_blocked():  # (a signal meanwhile: recorded once `process` is known)
                process = subprocess.Popen(datasette_args(database, host=host, port=port, metadata=metadata,
                                                          inspect_file=inspect_file, workers=workers))
            look_again = time.monotonic() + watch_seconds if watching else None
            while stop.signum is None:
                code = process.poll()
                if code is not None:
                    return code
                if look_again is not None and time.monotonic() >= look_again:
                    look_again = time.monotonic() + watch_seconds
                    current = _snapshot_identity(snapshot)
                    if current is not None and current != identity:
                        print(f"a new snapshot was published ({Path(current[0]).name}): restarting",
                              file=sys.stderr, flush=True)
                        break
                time.sleep(STOP_POLL_SECONDS)
            if stop.signum is not None:
                break
            stop_datasette(process)
            process = None
            time.sleep(0.2)
        print(f"pricelens: {signal.Signals(stop.signum).name}: stopping", file=sys.stderr, flush=True)
        if process is not None:
            # SIGTERM whatever the signal: a Ctrl-C reached the server already (the terminal signals
            # the whole process group), and a second SIGINT is uvicorn's "force quit" - requests in
            # flight cut off and its tasks cancelled, each with a traceback (session 29)
            stop_datasette(process, sig=signal.SIGTERM, timeout=GRACEFUL_SECONDS + 10)
        return 128 + stop.signum
    finally:
        if process is not None and process.poll() is None:  # any other way out: never leave it behind
            stop_datasette(process)
        for sig, handler in previous.items():
            signal.signal(sig, handler)


# -- the server process -------------------------------------------------------------------------
HEADER_SECONDS = 10.0            # time a connection has to send its request line and headers
MAX_HEADER_BYTES = 64 * 1024     # request line and headers
KEEP_ALIVE_SECONDS = 5           # an idle keep-alive connection is closed after this
STALL_SECONDS = 120              # a client that reads nothing of its response for this long is cut off
GRACEFUL_SECONDS = 5             # on SIGTERM, requests in flight get this long to finish


def raise_fd_limit() -> int:
    """Raise this process's soft limit of open files to its hard limit; return the soft limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or hard > soft:
        target = hard if hard != resource.RLIM_INFINITY else max(soft, 65536)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError):
            pass
    return soft


def max_connections(fd_limit: int | None = None) -> int:
    """Open connections kept at most: well below the file descriptors (SQLite, logs and the
    listening socket need some), at most 10,000 (an idle connection costs a few KB)."""
    fd_limit = fd_limit or resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    return max(64, min(10_000, fd_limit // 2))


def guarded_protocol(base):
    """uvicorn's HTTP protocol ``base`` with the bounds of a public site (see the module doc)."""

    class GuardedHttp(base):
        limit = max_connections()
        header_seconds = HEADER_SECONDS
        stall_seconds = STALL_SECONDS
        max_header_bytes = MAX_HEADER_BYTES
        open: set = set()                    # connections not yet closed by us
        waiting: OrderedDict = OrderedDict()  # connections waiting for a request's headers, oldest first

        def connection_made(self, transport):
            super().connection_made(transport)
            self._header_timer = None
            self._stall_timer = None
            self._header_bytes = 0
            cls = type(self)
            cls.open.add(self)
            self._wait_for_request()
            while len(cls.open) > cls.limit:
                oldest = next(iter(cls.waiting), None)
                if oldest is None:  # every connection is busy with a request: refuse this one
                    oldest = self
                oldest._drop()
                if oldest is self:
                    break

        def _wait_for_request(self):
            type(self).waiting[self] = None
            self._header_bytes = 0
            if self._header_timer is None:
                self._header_timer = self.loop.call_later(self.header_seconds, self._drop)

        def _request_arrived(self):
            type(self).waiting.pop(self, None)
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _drop(self):
            """Close a connection that has no request in progress (nothing to flush)."""
            self._request_arrived()
            type(self).open.discard(self)
            if not self.transport.is_closing():
                self.transport.abort()

        def data_received(self, data):
            if self in type(self).waiting:
                self._header_bytes += len(data)
                if self._header_bytes > self.max_header_bytes:
                    self._drop()
                    return
                if self._header_timer is None:  # a new request on a kept-alive connection
                    self._header_timer = self.loop.call_later(self.header_seconds, self._drop)
            super().data_received(data)

        def on_headers_complete(self):
            self._request_arrived()
            super().on_headers_complete()

        def on_response_complete(self):
            super().on_response_complete()
            if not self.transport.is_closing() and (self.cycle is None or self.cycle.response_complete):
                type(self).waiting[self] = None  # idle: may be closed first when connections run out
                self._header_bytes = 0

        def pause_writing(self):
            """The client stopped reading: close the connection if it does not resume in time."""
            super().pause_writing()
            if self._stall_timer is None:
                self._stall_timer = self.loop.call_later(self.stall_seconds, self._stalled)

        def resume_writing(self):
            super().resume_writing()
            if self._stall_timer is not None:
                self._stall_timer.cancel()
                self._stall_timer = None

        def _stalled(self):
            self._stall_timer = None
            type(self).open.discard(self)
            if not self.transport.is_closing():
                self.transport.abort()

        def connection_lost(self, exc):
            self._request_arrived()
            if self._stall_timer is not None:
                self._stall_timer.cancel()
                self._stall_timer = None
            type(self).open.discard(self)
            super().connection_lost(exc)

    return GuardedHttp


class _ServerStop:
    """SIGTERM, SIGINT and SIGHUP in a server process (:func:`main`; a Ctrl-C reaches it as well as
    ``pricelens serve``, the whole process group is signalled). Before its uvicorn server exists a
    signal is recorded and :func:`run_server` ends quietly at its next step (a KeyboardInterrupt raised
    in the imports or Datasette's start-up was a traceback; a SystemExit raised there instead could be
    lost in them, see crawler.paths.StopRequest); once it exists, the signal asks it to shut down
    (uvicorn's own handlers do the same while it runs, and after its shutdown uvicorn raises each
    signal it caught again, for the handler before it: Python's default one made that a
    KeyboardInterrupt inside asyncio's runner, the tasks left cancelled, each with its traceback).
    The first signal is the process's exit code, 128 + it."""

    def __init__(self):
        self.signum: int | None = None
        self.server = None

    def record(self, signum: int) -> None:
        if self.signum is None:
            self.signum = signum

    def handle(self, signum, frame):
        self.record(signum)
        if self.server is not None:
            self.server.should_exit = True

    @property
    def stopped(self) -> bool:
        return self.signum is not None

    def exit_code(self, code: int) -> int:
        return 128 + self.signum if self.signum is not None else code


_SERVER_STOP = _ServerStop()


class _QuietStop:
    """A logging filter of uvicorn's error log: a request, or Datasette's lifespan task, cancelled
    because the server stops (a second Ctrl-C, uvicorn's "force quit"; a request still running after
    ``GRACEFUL_SECONDS``) is no error of the site, and its CancelledError traceback is dropped.
    uvicorn's own line ("Cancel 1 running task(s), timeout graceful shutdown exceeded") stays."""

    def __init__(self, server):
        self.server = server

    def filter(self, record) -> bool:
        import asyncio

        error = record.exc_info[1] if record.exc_info else None
        return not (isinstance(error, (asyncio.CancelledError, KeyboardInterrupt)) and self.server.should_exit)


def _watch_parent(parent: int, server) -> None:
    """Stop ``server`` when the process that started it is gone (even killed with SIGKILL)."""
    while not server.should_exit:
        if os.getppid() != parent:
            server.should_exit = True
            return
        time.sleep(1)


def run_server(database: Path, *, host: str = "127.0.0.1", port: int = 8001, metadata: Path | None = None,
               inspect_file: Path | None = None, parent: int | None = None,
               connections: int | None = None, header_seconds: float = HEADER_SECONDS,
               handoff_fd: int | None = None) -> int:
    """Serve ``database`` with Datasette under uvicorn, bounded, until SIGTERM or SIGINT.
    ``handoff_fd``: serve the connections handed over this inherited Unix socket (a worker of
    :func:`run_workers`) instead of binding ``host``:``port``."""
    import uvicorn
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    problem = check_environment()
    if problem:
        print(f"pricelens server: {problem}", file=sys.stderr)
        return 2
    if _SERVER_STOP.stopped:  # (stopped while it imported: see _ServerStop)
        return _SERVER_STOP.exit_code(1)
    raise_fd_limit()
    ds = datasette_instance(
        Path(database),
        metadata=json.loads(Path(metadata).read_text()) if metadata else None,
        inspected=json.loads(Path(inspect_file).read_text()) if inspect_file else None)
    protocol = guarded_protocol(HttpToolsProtocol)
    protocol.limit = connections or max_connections()
    protocol.header_seconds = header_seconds
    config = uvicorn.Config(ds.app(), host=host, port=port, http=protocol,
                            lifespan="on", log_level="info", timeout_keep_alive=KEEP_ALIVE_SECONDS,
                            backlog=4096,
                            timeout_graceful_shutdown=GRACEFUL_SECONDS)
    server = (HandedServer(config, socket.socket(fileno=handoff_fd)) if handoff_fd is not None
              else _server_class()(config))
    _SERVER_STOP.server = server  # (a stop signal from now on: it shuts down)
    if _SERVER_STOP.stopped:  # (stopped while Datasette started)
        return _SERVER_STOP.exit_code(1)
    quiet = _QuietStop(server)
    logging.getLogger("uvicorn.error").addFilter(quiet)
    if parent:
        threading.Thread(target=_watch_parent, args=(parent, server), daemon=True).start()
    sockets = [] if handoff_fd is not None else None  # none to listen on: connections are handed over
    # what is loaded by now (modules, Datasette, its plugins: ~80,000 objects) lives as long as
    # the server: kept out of the garbage collector's full passes, each of which held up every
    # request for tens of ms (one per few thousand requests, in the tail of the latencies)
    gc.collect()
    gc.freeze()
    try:
        # (a signal from here on, even once it has returned: the server shuts down, or has)
        server.run(sockets=sockets)
    finally:
        logging.getLogger("uvicorn.error").removeFilter(quiet)
    return _SERVER_STOP.exit_code(0 if server.started else 1)


def _server_class():
    import uvicorn

    class PricelensServer(uvicorn.Server):
        """uvicorn's server, the stop signals it catches recorded (:class:`_ServerStop`)."""

        def handle_exit(self, sig, frame):
            _SERVER_STOP.record(sig)
            super().handle_exit(sig, frame)

    return PricelensServer


def _handed_server_class():
    import uvicorn

    class HandedServer(_server_class()):
        """A worker's uvicorn server serving the connections its parent accepted and sends over
        ``channel`` (a ``SOCK_SEQPACKET`` Unix socket, one descriptor a message) instead of
        listening itself; the channel's end (the parent gone) stops it."""

        def __init__(self, config, channel: socket.socket):
            super().__init__(config)
            self.channel = channel

        async def startup(self, sockets=None):
            import asyncio

            await super().startup(sockets=[])
            if not self.started:
                return
            config, loop, channel = self.config, asyncio.get_running_loop(), self.channel
            channel.setblocking(False)

            def protocol(_loop=None):  # as uvicorn's own startup makes them
                return config.http_protocol_class(config=config, server_state=self.server_state,
                                                  app_state=self.lifespan.state, _loop=_loop)

            def receive():
                while True:
                    try:
                        message, fds, _, _ = socket.recv_fds(channel, 1, 4)
                    except (BlockingIOError, InterruptedError):
                        return
                    except OSError:
                        message, fds = b"", []
                    if not message and not fds:  # the parent is gone
                        loop.remove_reader(channel.fileno())
                        self.should_exit = True
                        return
                    for fd in fds:
                        connection = socket.socket(fileno=fd)
                        connection.setblocking(False)
                        task = loop.create_task(loop.connect_accepted_socket(protocol, connection))
                        self.server_state.tasks.add(task)
                        task.add_done_callback(self.server_state.tasks.discard)

            loop.add_reader(channel.fileno(), receive)

    return HandedServer


def HandedServer(config, channel):  # noqa: N802 - the class, made when uvicorn is imported
    return _handed_server_class()(config, channel)


def _hand_out(listener: socket.socket, channels: list[socket.socket], stopping: threading.Event) -> None:
    """Accept connections on ``listener`` and send each to the next worker in turn until
    ``stopping``. The channels don't block: a worker whose queue is full (it hangs, or is
    stopped) is skipped, so it holds up only the few connections already queued to it, never
    the hand-out to the others; a dead worker's channel fails and stops the site anyway. With
    every queue full the connection waits here (and new ones in the listen backlog) until one
    has room."""
    listener.settimeout(0.5)
    turn = 0
    while not stopping.is_set():
        try:
            connection, _ = listener.accept()
        except TimeoutError:
            continue
        except OSError:  # the listener closed (stopping), or out of descriptors for a moment
            if stopping.is_set() or listener.fileno() == -1:
                return
            time.sleep(0.05)
            continue
        with connection:
            while not stopping.is_set():
                for _ in range(len(channels)):
                    channel = channels[turn % len(channels)]
                    turn += 1
                    try:
                        socket.send_fds(channel, [b"c"], [connection.fileno()])
                        break
                    except OSError:  # full (BlockingIOError) or a dead worker's
                        continue
                else:  # every queue full: wait (at most 0.5 s a round) until one has room
                    select.select([], channels, [], 0.5)
                    continue
                break


def run_workers(workers: int, worker_args: list[str], *, host: str, port: int, parent: int | None = None) -> int:
    """``workers`` processes of :func:`run_server` accepting on one listening socket bound
    here (so the port is taken, or refused, once), until SIGTERM, SIGINT or SIGHUP to this
    process, or its ``parent`` is gone: then each worker gets SIGTERM (SIGKILL after
    ``GRACEFUL_SECONDS`` + 5 s) and this process returns once all are gone. A worker that
    exits by itself stops the others too (exit code 1): a site with fewer workers than
    configured is not served silently."""
    listener = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
    except OSError as error:
        listener.close()
        print(f"pricelens server: cannot listen on {host}:{port}: {error.strerror or error}", file=sys.stderr)
        return 1
    listener.listen(4096)
    stopping = threading.Event()  # (set here, never in the handler: Event.set takes a lock, see StopRequest)
    handled = SERVER_STOP_SIGNALS
    stop = _SERVER_STOP  # (no server of its own: a signal is recorded, one held since main() started too)
    previous = {sig: signal.signal(sig, stop.handle) for sig in handled if signal.getsignal(sig) is not signal.SIG_IGN}
    children: list[subprocess.Popen] = []
    channels: list[socket.socket] = []
    code = 0
    hand_out = threading.Thread(target=_hand_out, args=(listener, channels, stopping), daemon=True)
    try:
        for _ in range(workers):
            if stop.signum is not None:  # (stopped while they start: no more of them)
                break
            ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
            # see _hand_out: a hung worker is skipped, not waited for, once the few connections
            # its small send buffer holds are queued (the default buffer queues ~200)
            ours.setblocking(False)
            ours.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
            channels.append(ours)
            with theirs, stop_signals_blocked():
                children.append(subprocess.Popen(
                    [sys.executable, "-m", "publish.site", *worker_args, "--handoff-fd", str(theirs.fileno()),
                     "--parent", str(os.getpid())], pass_fds=(theirs.fileno(),)))
        hand_out.start()
        while stop.signum is None:
            if any(child.poll() is not None for child in children):
                code = 1
                break
            if parent and os.getppid() != parent:
                break
            time.sleep(STOP_POLL_SECONDS)
    finally:
        for sig in handled:  # a second signal must not interrupt the stop
            signal.signal(sig, signal.SIG_IGN)
        stopping.set()  # no more connections handed out
        if hand_out.is_alive():
            hand_out.join(timeout=2)
        for child in children:
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + GRACEFUL_SECONDS + 5
        for child in children:
            try:
                child.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
        listener.close()
        for channel in channels:
            channel.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return stop.exit_code(code)


def _at_least(minimum: int, maximum: int | None = None):
    """An argparse type: an integer from ``minimum`` (to ``maximum``); else one usage line."""
    expected = f"from {minimum} to {maximum}" if maximum is not None else f"{minimum} or more"

    def check(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r}: expected an integer {expected}") from None
        if value < minimum or (maximum is not None and value > maximum):
            raise argparse.ArgumentTypeError(f"{value}: expected {expected}")
        return value

    return check


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a number of seconds above 0") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text}: expected a number of seconds above 0")
    return value


def main(argv: list[str] | None = None) -> int:
    """The server process (``python -m publish.site``): a stop signal is a quiet stop from the start
    (:class:`_ServerStop`); the ones held back since it was started (:func:`stop_signals_blocked`)
    are delivered once its handlers are in place."""
    if threading.current_thread() is threading.main_thread():
        _SERVER_STOP.signum, _SERVER_STOP.server = None, None
        for sig in SERVER_STOP_SIGNALS:
            if signal.getsignal(sig) is not signal.SIG_IGN:  # (started ignoring one - nohup: it keeps to that)
                signal.signal(sig, _SERVER_STOP.handle)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, SERVER_STOP_SIGNALS)
    parser = argparse.ArgumentParser(prog="python -m publish.site", description="Serve one snapshot.")
    parser.add_argument("database", type=Path)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=_at_least(1, 65535), default=8001)
    parser.add_argument("--metadata", type=Path)
    parser.add_argument("--inspect-file", type=Path)
    parser.add_argument("--parent", type=_at_least(1), help="stop when this process is gone")
    parser.add_argument("--connections", type=_at_least(1),
                        help="open connections kept at most, per worker (default: from the fd limit)")
    parser.add_argument("--header-seconds", type=_positive_seconds, default=HEADER_SECONDS,
                        help="time a connection has to send its request headers")
    parser.add_argument("--workers", type=_at_least(1, MAX_WORKERS), default=1,
                        help="worker processes accepting on one socket (default 1: this process serves)")
    parser.add_argument("--handoff-fd", type=int, help=argparse.SUPPRESS)  # a worker's channel from its parent
    args = parser.parse_args(argv)
    if args.workers > 1 and args.handoff_fd is None:
        worker_args = [str(args.database), "--host", args.host, "--header-seconds", str(args.header_seconds)]
        for flag, value in (("--metadata", args.metadata), ("--inspect-file", args.inspect_file),
                            ("--connections", args.connections)):
            if value is not None:
                worker_args += [flag, str(value)]
        return run_workers(args.workers, worker_args, host=args.host, port=args.port, parent=args.parent)
    return run_server(args.database, host=args.host, port=args.port, metadata=args.metadata,
                      inspect_file=args.inspect_file, parent=args.parent, connections=args.connections,
                      header_seconds=args.header_seconds, handoff_fd=args.handoff_fd)


if __name__ == "__main__":
    sys.exit(main())
