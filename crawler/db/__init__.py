"""Database access: connection (``DATABASE_URL`` or the embedded server) and migrations."""

from crawler.db.connection import DatabaseUnavailable, connect, database_url, describe_url
from crawler.db.migrate import migrate
from crawler.db import writes  # noqa: E402

__all__ = ["DatabaseUnavailable", "connect", "database_url", "describe_url", "migrate", "writes"]
