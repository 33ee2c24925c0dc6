"""Where pricelens keeps what it produces.

Everything generated lives under ``data/`` at the project root (ignored by git): the embedded
PostgreSQL cluster, the published snapshots and the spool. ``PRICELENS_DATA_DIR`` moves it.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def data_dir() -> Path:
    """The folder for generated data (``$PRICELENS_DATA_DIR`` or ``<project>/data``)."""
    return Path(os.environ.get("PRICELENS_DATA_DIR") or PROJECT_ROOT / "data").resolve()


def snapshots_dir() -> Path:
    """Where ``pricelens publish`` writes ``pricelens-<date>.db`` and ``latest.db``."""
    return Path(os.environ.get("PRICELENS_SNAPSHOT_DIR") or data_dir() / "snapshots").resolve()


def postgres_dir() -> Path:
    """The embedded PostgreSQL cluster's data directory."""
    return data_dir() / "postgres"


SCHEDULES_ENV = "PRICELENS_SCHEDULES"


def schedules_file() -> Path:
    """The schedule file: ``$PRICELENS_SCHEDULES``, else ``schedules.toml`` at the project root."""
    return Path(os.environ.get(SCHEDULES_ENV) or PROJECT_ROOT / "schedules.toml")
