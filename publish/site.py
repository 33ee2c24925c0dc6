"""Serve the snapshot with Datasette, read-only.

``pricelens serve`` runs ``datasette serve -i`` (immutable) on the latest snapshot, exposed to
Datasette under the name ``pricelens`` (so the download is ``/pricelens.db``), with
``publish/metadata.yaml``, the templates and plugins of ``publish/``, the cluster map on every
table with ``latitude``/``longitude``, and the settings of a public read-only site.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from crawler.paths import data_dir, snapshots_dir

HERE = Path(__file__).parent
METADATA = HERE / "metadata.yaml"

SETTINGS = {
    "sql_time_limit_ms": 1500,
    "max_returned_rows": 1000,
    "allow_download": "on",
    "allow_csv_stream": "on",
    "default_cache_ttl": 600,
    "default_page_size": 50,
    "facet_time_limit_ms": 300,
    "num_sql_threads": 3,
    "truncate_cells_html": 200,
}


def site_database(snapshot: Path | None = None) -> Path:
    """A ``pricelens.db`` link to the snapshot, so Datasette names the database ``pricelens``."""
    target = Path(snapshot or snapshots_dir() / "latest.db").resolve()
    if not target.exists():
        raise FileNotFoundError(f"no snapshot at {target}: run `pricelens publish` (or `make demo`) first")
    site_dir = data_dir() / "site"
    site_dir.mkdir(parents=True, exist_ok=True)
    link = site_dir / "pricelens.db"
    temp = site_dir / f".pricelens.db.tmp-{os.getpid()}"
    temp.unlink(missing_ok=True)
    temp.symlink_to(target)
    os.replace(temp, link)
    return link


def datasette_args(database: Path, *, host: str = "127.0.0.1", port: int = 8001) -> list[str]:
    """The ``datasette serve`` command line for a snapshot."""
    args = [sys.executable, "-m", "datasette", "serve", "-i", str(database), "--host", host, "--port", str(port),
            "--metadata", str(METADATA)]
    if (HERE / "templates").is_dir():
        args += ["--template-dir", str(HERE / "templates")]
    if (HERE / "plugins").is_dir() and any((HERE / "plugins").glob("*.py")):
        args += ["--plugins-dir", str(HERE / "plugins")]
    if (HERE / "static").is_dir():
        args += ["--static", f"static:{HERE / 'static'}"]
    for name, value in SETTINGS.items():
        args += ["--setting", name, str(value)]
    return args


def datasette_instance(database: Path):
    """An in-process Datasette configured exactly as ``pricelens serve`` (for tests and benchmarks)."""
    import yaml
    from datasette.app import Datasette

    return Datasette(
        immutables=[str(database)],
        metadata=yaml.safe_load(METADATA.read_text()),
        template_dir=str(HERE / "templates") if (HERE / "templates").is_dir() else None,
        plugins_dir=str(HERE / "plugins") if any((HERE / "plugins").glob("*.py")) else None,
        static_mounts=[("static", str(HERE / "static"))] if (HERE / "static").is_dir() else None,
        settings=SETTINGS,
    )


def serve(*, host: str = "127.0.0.1", port: int = 8001, snapshot: Path | None = None) -> int:
    """Run Datasette in the foreground until Ctrl-C; return its exit code."""
    import subprocess

    database = site_database(snapshot)
    print(f"serving {database.resolve().name} on http://{host}:{port}/ (Ctrl-C to stop)", file=sys.stderr)
    try:
        return subprocess.call(datasette_args(database, host=host, port=port))
    except KeyboardInterrupt:
        return 0
