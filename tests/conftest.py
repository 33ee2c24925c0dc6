"""Shared fixtures: a real PostgreSQL database for the session, clean tables per test.

Without DATABASE_URL the embedded server (pgserver, under data/postgres) is used; either way
the suite creates its own database ``pricelens_test_<pid>``, migrates it, exports its URL as
DATABASE_URL for subprocesses, and drops it at the end.
"""

from __future__ import annotations

import fcntl
import functools
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.stopping import pytest_configure  # noqa: F401 (SIGTERM stops the suite as Ctrl-C does)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATASETS = SHARED / "datasets"
FIXTURES = Path(__file__).parent / "fixtures"

KEEP_TABLES = {"schema_migrations", "currency_rates"}

# `make test` runs the suite in parallel processes (pytest-xdist, `-n auto --dist loadfile`; session 30,
# tests30): each test file goes whole to one process, so its module fixtures (a crawl, a published
# snapshot, a browser) are still built once; every process has its own database (pricelens_test_<pid>),
# temporary folders and ephemeral ports, the embedded server is shared. The tests of the files below
# listen on or probe the demo's fixed ports (the shops' 8101-8107: `pricelens demo`, a port held to see
# the demo refuse it): they take one lock file of the machine first, so no two of them run at once,
# in two processes or two suites (a demo in one would make another's "port in use" test pass for the wrong
# reason, or the other's demo exit 2).
FIXED_PORT_FILES = {"test_cli.py", "test_cli_signals.py", "test_harden23.py", "test_hostile18.py", "test_review23.py"}
FIXED_PORT_LOCK = Path(tempfile.gettempdir()) / "pricelens-tests-fixed-ports.lock"


@pytest.fixture(autouse=True)
def _fixed_ports_alone(request):
    if request.node.path.name not in FIXED_PORT_FILES:
        yield
        return
    with open(FIXED_PORT_LOCK, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # (released when the file closes)
        yield


@pytest.fixture(scope="session")
def database_url():
    from crawler.store.scratch import scratch_database

    with scratch_database("pricelens_test") as url:
        yield url


# the data tables and the sequences they own (bigserial ids): read once per database
_OWNED_SEQUENCES = """
    SELECT t.relname AS tablename, s.relname AS sequence
    FROM pg_class t
    JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
    LEFT JOIN pg_depend d ON d.refobjid = t.oid AND d.classid = 'pg_class'::regclass
         AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LEFT JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
    WHERE t.relkind IN ('r', 'p')
"""


def _dirty_tables(conn, data_tables: dict[str, list[str]]) -> list[str]:
    """The tables of ``data_tables`` (table -> its sequences) holding a row or owning a sequence
    that handed out a value since its last restart: the others are as TRUNCATE ... RESTART IDENTITY
    leaves them already."""
    if not data_tables:
        return []
    parts = []
    for table, sequences in data_tables.items():
        test = f'EXISTS (SELECT FROM "{table}")'
        for seq in sequences:
            test += f" OR (SELECT last_value FROM pg_sequences WHERE schemaname = 'public' AND sequencename = '{seq}') IS NOT NULL"
        parts.append(f"SELECT '{table}' AS tablename WHERE {test}")
    return [r["tablename"] for r in conn.execute(" UNION ALL ".join(parts))]


@contextmanager
def empty_tables(url):
    """A connection to the database at ``url`` with every data table emptied first (TRUNCATE ...
    RESTART IDENTITY CASCADE of the tables a row or a used id sequence is in: emptying the ~10
    tables whole each time was a fifth of a second per test, in every test of the database)."""
    from crawler.store import connect

    with connect(url, autocommit=True) as conn:
        data_tables: dict[str, list[str]] = {}
        for r in conn.execute(_OWNED_SEQUENCES):
            if r["tablename"] not in KEEP_TABLES:
                sequences = data_tables.setdefault(r["tablename"], [])
                if r["sequence"]:
                    sequences.append(r["sequence"])
        dirty = _dirty_tables(conn, data_tables)
        if dirty:
            conn.execute("TRUNCATE " + ", ".join(f'"{t}"' for t in dirty) + " RESTART IDENTITY CASCADE")
        yield conn


@contextmanager
def tables_copied(url, schema: str):
    """A connection reading a copy of every table of the database at ``url`` (schema public) as it
    is now, made in the schema ``schema`` of the same database (its search_path): for several tests
    reading the result of one crawl, which the ``db`` fixture of other tests empties meanwhile. The
    copies hold the rows and column types, without constraints; the schema is dropped after."""
    from crawler.store import connect

    with connect(url, autocommit=True) as conn:
        tables = [r["tablename"] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        conn.execute(f'CREATE SCHEMA "{schema}"')
        for table in tables:
            conn.execute(f'CREATE TABLE "{schema}"."{table}" AS TABLE public."{table}"')
        conn.execute(f'SET search_path TO "{schema}"')
        try:
            yield conn
        finally:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def db(database_url):
    """A connection to the test database with every data table emptied first."""
    with empty_tables(database_url) as conn:
        yield conn


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """PRICELENS_DATA_DIR in a temporary folder (snapshots, site links, spool)."""
    monkeypatch.setenv("PRICELENS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("PRICELENS_SNAPSHOT_DIR", raising=False)
    return tmp_path / "data"


def shared_dataset(path) -> Path:
    """``path`` (under ../shared/datasets), which a quality gate reads. Missing, it fails the test
    under ``CI=true`` (a gate must not vanish in CI) and skips it on a developer's machine."""
    path = Path(path)
    if not path.exists():
        message = f"shared dataset missing: {path} (expected ../shared/datasets beside the clone)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


def requires_dataset(path):
    """Decorator: the test needs ``path`` (see :func:`shared_dataset`), checked when it runs."""

    def decorate(test):
        @functools.wraps(test)
        def run(*args, **kwargs):
            shared_dataset(path)
            return test(*args, **kwargs)

        return run

    return decorate


def chromium_path() -> str | None:
    from crawler.browser import chromium_executable

    return chromium_executable()


@pytest.fixture
def chromium():
    """The Chromium executable; in CI a missing browser fails the test instead of skipping it."""
    return require_chromium()


def require_chromium() -> str:
    """The Chromium executable, for the ``chromium`` fixture and fixtures of a wider scope: in CI a
    missing browser fails the test instead of skipping it."""
    path = chromium_path()
    if path is None:
        message = "Chromium not found (apt-get install chromium, or set PRICELENS_CHROMIUM)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path
