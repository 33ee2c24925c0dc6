"""Numbered SQL migrations (``crawler/store/migrations/NNNN_name.sql``), applied in order.

Each file runs in its own transaction and is recorded in ``schema_migrations``; an advisory
lock keeps two processes from migrating at once. ``pricelens db migrate`` calls :func:`migrate`.
"""

from __future__ import annotations

import re
from pathlib import Path

from crawler.store.connection import connect

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_LOCK_ID = 7_311_001  # any constant: the advisory lock of pricelens migrations


def available_migrations() -> list[tuple[int, str, Path]]:
    """(version, name, path) of every migration file, sorted by version."""
    found = []
    for path in MIGRATIONS_DIR.glob("*.sql"):
        match = re.fullmatch(r"(\d{4})_([a-z0-9_]+)\.sql", path.name)
        if not match:
            raise ValueError(f"{path}: migration files are named NNNN_name.sql")
        found.append((int(match.group(1)), match.group(2), path))
    return sorted(found)


def migrate(url: str | None = None) -> list[str]:
    """Apply the migrations not yet recorded; return the names applied."""
    applied_now = []
    with connect(url, autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", (_LOCK_ID,))
        try:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " version integer PRIMARY KEY, name text NOT NULL,"
                " applied_at timestamptz NOT NULL DEFAULT now())"
            )
            done = {row["version"] for row in conn.execute("SELECT version FROM schema_migrations")}
            for version, name, path in available_migrations():
                if version in done:
                    continue
                with conn.transaction():
                    conn.execute(path.read_text())
                    conn.execute(
                        "INSERT INTO schema_migrations (version, name) VALUES (%s, %s)", (version, name)
                    )
                applied_now.append(f"{version:04d}_{name}")
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (_LOCK_ID,))
    return applied_now
