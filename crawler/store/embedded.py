"""The embedded PostgreSQL server (the ``pgserver`` package) used when DATABASE_URL is unset.

pgserver keeps a list of the processes using a data directory in ``.handle_pids.json`` and
stops the server when the last of them exits normally. A process killed with SIGKILL never
removes its pid, so the server would be orphaned: still running, and never stopped by anyone.
Before attaching we drop the pids of processes that no longer exist, so the server is reused
(it is still running) and is stopped again by the last live user.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import warnings
from pathlib import Path

import psutil

from crawler.paths import postgres_dir

logger = logging.getLogger(__name__)

_server = None


def prune_dead_handles(pgdata: Path) -> list[int]:
    """Remove pids of dead processes from pgserver's handle list; return the pids removed."""
    handles = pgdata / ".handle_pids.json"
    try:
        pids = json.loads(handles.read_text())
    except (FileNotFoundError, ValueError):
        return []
    alive = [pid for pid in pids if _is_alive(pid)]
    dead = [pid for pid in pids if pid not in alive]
    if dead:
        handles.write_text(json.dumps(alive))
        logger.info("embedded postgres: dropped handles of dead processes %s", dead)
    return dead


def _is_alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


# characters pg_ctl cannot pass in ``-o "-k <socket dir>"`` (pgserver writes the socket folder unquoted,
# and pg_ctl hands its -o text to a shell): a data folder with a space - a clone in "~/My Projects" -
# stopped postgres with 'invalid argument: "Projects/..."', so the embedded server never started
_UNSAFE_SOCKET_DIR = re.compile(r"""[\s'"\\$`;&|<>()*?\[\]{}~#!]""").search


def _socket_dir_without_spaces(find):
    """pgserver's ``find_suitable_socket_dir``, giving for a data folder whose path pg_ctl cannot
    pass the folder pgserver itself uses for one too long for a socket (under its runtime path,
    named by a hash of the data folder)."""
    def find_socket_dir(pgdata, runtime_path):
        found = find(pgdata, runtime_path)
        if not _UNSAFE_SOCKET_DIR(str(found)):
            return found
        identifier = f"{pgdata}-{Path(pgdata).stat().st_ino}"
        other = Path(runtime_path) / ("pricelens-" + hashlib.sha256(identifier.encode()).hexdigest()[:10])
        if _UNSAFE_SOCKET_DIR(str(other)):
            return found  # (nothing better: postgres says what is wrong, in the one line of connection.py)
        other.mkdir(parents=True, exist_ok=True)
        return other

    find_socket_dir.pricelens = True
    return find_socket_dir


def embedded_url(pgdata: Path | None = None) -> str:
    """Start (or join) the embedded server and return its connection URL."""
    global _server
    with warnings.catch_warnings():  # platformdirs warns when XDG_RUNTIME_DIR is unset
        warnings.simplefilter("ignore")
        import pgserver  # imported late: only needed without DATABASE_URL
        import pgserver.postgres_server as pgserver_server

    if not getattr(pgserver_server.find_suitable_socket_dir, "pricelens", False):
        pgserver_server.find_suitable_socket_dir = _socket_dir_without_spaces(pgserver_server.find_suitable_socket_dir)

    pgdata = Path(pgdata or postgres_dir())
    if _server is None or Path(_server.pgdata) != pgdata:
        pgdata.mkdir(parents=True, exist_ok=True)
        # (under pgserver's own lock, which it holds while it adds a pid to the list or stops the
        # server: two processes starting at once - the test suite's parallel workers, two scheduled
        # jobs - must not write the list over each other's new pid; session 30)
        with pgserver_server.PostgresServer._lock:
            prune_dead_handles(pgdata)
        logging.getLogger("pgserver").setLevel(logging.WARNING)
        _server = pgserver.get_server(pgdata, cleanup_mode="stop")
    return _server.get_uri()


def server_pid() -> int | None:
    """The postmaster's pid of the embedded server this process uses, if any."""
    return _server.get_pid() if _server is not None else None
