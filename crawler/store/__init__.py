"""The system of record (PostgreSQL): what is kept, and how it gets there.

``connection`` (``DATABASE_URL`` or the ``embedded`` server), ``migrate`` (the numbered SQL files
of ``migrations/``), ``writes`` (offers, stores, rejections, the end of a run), ``runs`` (a
crawl's run: its row, its ``writer`` thread, retries), ``spool`` (what the database could not
take, imported by the next run) and ``scratch`` (a throw-away database for tests and benchmarks).
"""

from crawler.store.connection import DatabaseUnavailable, connect, database_url, describe_url
from crawler.store.migrate import migrate
from crawler.store import writes  # noqa: E402

__all__ = ["DatabaseUnavailable", "connect", "database_url", "describe_url", "migrate", "writes"]
