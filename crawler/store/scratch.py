"""Throw-away databases on the configured server, for the test suite and the benchmarks."""

from __future__ import annotations

import os
from contextlib import contextmanager

import psycopg
from psycopg.conninfo import make_conninfo

from crawler.store.connection import database_url
from crawler.store.migrate import migrate


@contextmanager
def scratch_database(prefix: str = "pricelens_scratch", *, export: bool = True):
    """Create and migrate ``<prefix>_<pid>``, yield its URL (set as DATABASE_URL), drop it after."""
    base = database_url()
    name = f"{prefix}_{os.getpid()}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    url = make_conninfo(base, dbname=name)
    previous = os.environ.get("DATABASE_URL")
    if export:
        os.environ["DATABASE_URL"] = url
    try:
        migrate(url)
        yield url
    finally:
        if export:
            if previous is None:
                os.environ.pop("DATABASE_URL", None)
            else:
                os.environ["DATABASE_URL"] = previous
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
