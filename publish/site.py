"""Serve the snapshot with Datasette, read-only.

``pricelens serve`` runs ``datasette serve -i`` (immutable) on the latest snapshot, exposed to
Datasette under the name ``pricelens`` (so the download is ``/pricelens.db``), with
``publish/metadata.yaml`` (plus what the environment configures, below), the templates,
plugin and static files of ``publish/``, and the settings of a public read-only site. When a
newer snapshot is published, the server is restarted on it.

Pages beyond Datasette's own: ``/`` (search, shortcuts, crawl alerts, downloads),
``/-/product/<id>`` (a product's offers by price and its price history chart),
``/-/snapshots`` (the dated snapshots with sizes and SHA-256, to download) and ``/-/about``.

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
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import yaml

from crawler.paths import data_dir, snapshots_dir

HERE = Path(__file__).parent
METADATA = HERE / "metadata.yaml"
TEMPLATES = HERE / "templates"
PLUGINS = HERE / "plugins"
STATIC = HERE / "static"
DATABASE_NAME = "pricelens"

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


def site_database(snapshot: Path | None = None) -> Path:
    """``data/site/pricelens.db``: the snapshot under the name Datasette should use.

    A hard link where possible: a running server keeps its file even when the dated
    snapshot is replaced by a second publish the same day, or pruned. A symlink otherwise.
    """
    target = Path(snapshot or snapshots_dir() / "latest.db").resolve()
    if not target.exists():
        raise FileNotFoundError(f"no snapshot at {target}: run `pricelens publish` (or `make demo`) first")
    site_dir = data_dir() / "site"
    site_dir.mkdir(parents=True, exist_ok=True)
    link = site_dir / f"{DATABASE_NAME}.db"
    temp = site_dir / f".{DATABASE_NAME}.db.tmp-{os.getpid()}"
    temp.unlink(missing_ok=True)
    try:
        os.link(target, temp)
    except OSError:  # another file system, or links not allowed
        temp.symlink_to(target)
    os.replace(temp, link)
    return link


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


def _setting_text(value) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)


def datasette_args(database: Path, *, host: str = "127.0.0.1", port: int = 8001,
                   metadata: Path | None = None, inspect_file: Path | None = None) -> list[str]:
    """The ``datasette serve`` command line for a snapshot."""
    args = [sys.executable, "-m", "datasette", "serve", "-i", str(database), "--host", host, "--port", str(port),
            "--metadata", str(metadata or METADATA), "--template-dir", str(TEMPLATES),
            "--plugins-dir", str(PLUGINS), "--static", f"static:{STATIC}"]
    if inspect_file:
        args += ["--inspect-file", str(inspect_file)]
    for name, value in SETTINGS.items():
        args += ["--setting", name, _setting_text(value)]
    return args


def write_site_files(database: Path, snapshots: Path | None = None) -> tuple[Path, Path]:
    """The generated metadata and inspect files ``datasette serve`` is given, under data/site."""
    site_dir = Path(database).parent
    metadata = site_dir / "metadata.json"
    inspect_file = site_dir / "inspect-data.json"
    for path, content in ((metadata, site_metadata(snapshots)), (inspect_file, inspect_data(database))):
        temp = path.with_name(path.name + f".tmp-{os.getpid()}")
        temp.write_text(json.dumps(content, indent=2))
        os.replace(temp, path)
    return metadata, inspect_file


def datasette_instance(database: Path, *, snapshots: Path | None = None):
    """An in-process Datasette configured exactly as ``pricelens serve`` (for tests and benchmarks)."""
    from datasette.app import Datasette

    return Datasette(
        immutables=[str(database)],
        metadata=site_metadata(snapshots),
        inspect_data=inspect_data(database),
        template_dir=str(TEMPLATES),
        plugins_dir=str(PLUGINS),
        static_mounts=[("static", str(STATIC))],
        settings=SETTINGS,
    )


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nothing listens on now (for servers started by tests and benchmarks)."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def start_datasette(database: Path, *, host: str = "127.0.0.1", port: int | None = None,
                    env: dict | None = None, output=subprocess.DEVNULL,
                    timeout: float = 60) -> tuple[subprocess.Popen, str]:
    """``datasette serve`` of ``database`` as ``pricelens serve`` runs it, in the background;
    returns the process and its base URL once it answers. ``output``: where its stdout and
    stderr go. Raises RuntimeError when it exits or does not answer within ``timeout`` s."""
    metadata, inspect_file = write_site_files(database)
    port = port or free_port(host)
    process = subprocess.Popen(datasette_args(database, host=host, port=port, metadata=metadata,
                                              inspect_file=inspect_file),
                               stdout=output, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})
    base = f"http://{host}:{port}"
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(base + "/-/versions.json", timeout=2):
                return process, base
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
    except FileNotFoundError:
        return None
    return (str(target.resolve()), stat.st_ino, stat.st_mtime_ns)


def serve(*, host: str = "127.0.0.1", port: int = 8001, snapshot: Path | None = None,
          watch_seconds: float = 30) -> int:
    """Run Datasette in the foreground until Ctrl-C; restart it when a newer snapshot appears.

    With an explicit ``snapshot`` (or ``watch_seconds`` 0) the file is served as it is.
    """
    watching = snapshot is None and watch_seconds > 0
    while True:
        identity = _snapshot_identity(snapshot)
        database = site_database(snapshot)
        metadata, inspect_file = write_site_files(database)
        print(f"serving {Path(identity[0]).name if identity else database} on http://{host}:{port}/ "
              "(Ctrl-C to stop)", file=sys.stderr, flush=True)
        process = subprocess.Popen(datasette_args(database, host=host, port=port, metadata=metadata,
                                                  inspect_file=inspect_file))
        try:
            while True:
                try:
                    return process.wait(timeout=watch_seconds if watching else None)
                except subprocess.TimeoutExpired:
                    current = _snapshot_identity(snapshot)
                    if current is not None and current != identity:
                        print(f"a new snapshot was published ({Path(current[0]).name}): restarting",
                              file=sys.stderr, flush=True)
                        break
        except KeyboardInterrupt:
            stop_datasette(process, sig=signal.SIGINT)
            return 0
        stop_datasette(process)
        time.sleep(0.2)
