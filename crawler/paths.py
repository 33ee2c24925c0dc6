"""Where pricelens keeps what it produces.

Everything generated lives under ``data/`` at the project root (ignored by git): the embedded
PostgreSQL cluster, the published snapshots and the spool. ``PRICELENS_DATA_DIR`` moves it.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import threading
import time
from contextlib import contextmanager
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


# -- configuration files -------------------------------------------------------------------------
MAX_CONFIG_BYTES = 4 * 1024 * 1024  # a schedule, category tree, watch list or state file (ours are KBs)


def read_config_text(path: Path, limit: int = MAX_CONFIG_BYTES) -> str:
    """A configuration file's text (UTF-8, strict). A path that is no regular file (``/dev/zero``,
    a FIFO: read for ever or blocked for ever) or a file over ``limit`` bytes is an OSError whose
    ``strerror`` says so, as a missing file is, so every reader reports it in its one line."""
    import errno
    import stat as stat_module

    path = Path(path)
    mode = path.stat().st_mode  # FileNotFoundError, PermissionError ... as before
    if stat_module.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
    if not stat_module.S_ISREG(mode):
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise OSError(errno.EFBIG, f"larger than {limit // (1024 * 1024)} MB", str(path))
    return data.decode("utf-8")


def parse_toml(text: str) -> dict:
    """``tomllib.loads``, every text it cannot read a ``tomllib.TOMLDecodeError``: also arrays or
    tables nested past Python's stack (RecursionError) and a number of more than 4,300 digits
    (ValueError: Python will not read it), which tomllib lets through as they are - or reads, when
    it is written in hex, octal or binary (0xfff...: no limit), and every message naming it then
    raised the ValueError (review18)."""
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        raise
    except RecursionError:
        raise tomllib.TOMLDecodeError("arrays or tables nested too deeply") from None
    except ValueError:
        raise tomllib.TOMLDecodeError("a number of more than 4,300 digits") from None
    if _unwritable_int(data):
        raise tomllib.TOMLDecodeError("a number of more than 4,300 digits")
    return data


def _unwritable_int(data) -> bool:
    """Does ``data`` (parsed TOML) hold an int too long to write in decimal?"""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif type(value) is int and value.bit_length() > 14_000:  # (10**4300 has 14,285 bits)
            try:
                str(value)
            except ValueError:
                return True
    return False


# -- temporary files ------------------------------------------------------------------------------
# A file is written under a temporary name, then renamed into place. The name says which process
# wrote it, on which machine: "<name>.tmp-<host>-<pid>". A temporary whose writer died (killed
# half-way) is removed by the next writer of that folder (is_stale_temporary), which must never
# remove one still being written: not another machine's (a data folder shared between hosts, where
# a pid says nothing), not one whose pid was reused by a process started after the file was last
# written (that pid says nothing either: the writer is gone).
STALE_ELSEWHERE = 2 * 86400.0  # another host's temporary (or an older version's, without a host):
                               # stale only this long after its last write (a publish is at most 1 day)
# How far a file's recorded mtime may lag the real time of its last write, or a process's start time
# (psutil: the boot time, read in whole seconds, plus the start in clock ticks) may be off: FAT and
# some SMB servers keep mtimes to 2 s, rounded down. A pid whose process started later than the file's
# mtime by less than this may be the writer itself (started at 10.5 s, wrote at 11.0 s, recorded as
# 10 s): not a proof that the pid was reused; such a temporary is judged by age (STALE_ELSEWHERE).
MTIME_SLACK = 5.0
_TEMP_SUFFIX = re.compile(r"\.tmp-(?:(?P<host>[A-Za-z0-9._]+)-)?(?P<pid>\d+)$")


def _this_host() -> str:
    return re.sub(r"[^A-Za-z0-9.]", "_", socket.gethostname()) or "localhost"


def temporary_suffix() -> str:
    """``.tmp-<host>-<pid>``: what this process appends to a file's name while writing it."""
    return f".tmp-{_this_host()}-{os.getpid()}"


def is_temporary(name: str) -> bool:
    return _TEMP_SUFFIX.search(name) is not None


def is_stale_temporary(path: Path, now: float | None = None) -> bool:
    """Is ``path`` (a ``*.tmp-<host>-<pid>`` name) a temporary whose writer is gone? On this host:
    its pid is gone, or is now a process started after the file was last written (the pid was
    reused); this process's own are never stale. Another host's, or a name without a host: only
    once older than ``STALE_ELSEWHERE``."""
    match = _TEMP_SUFFIX.search(path.name)
    return match is not None and writer_gone(path, match.group("host"), int(match.group("pid")), now)


def remove_stale_temporaries(folder: Path, wanted=None) -> list[Path]:
    """Delete the temporaries (``*.tmp-<host>-<pid>``) in ``folder`` whose writer is gone
    (:func:`is_stale_temporary`) - of the names ``wanted(name)`` accepts, if given: what a process
    killed between writing a temporary and renaming it into place (SIGKILL, a power cut) leaves.
    A folder that cannot be read, or a file that cannot be removed, is left alone."""
    folder = Path(folder)
    removed = []
    try:
        names = [entry.name for entry in os.scandir(folder)]
    except OSError:
        return removed
    for name in names:
        if wanted is not None and not wanted(name):
            continue
        temp = folder / name
        try:
            if is_stale_temporary(temp):
                temp.unlink(missing_ok=True)
                removed.append(temp)
        except OSError:
            pass
    return removed


def remove_stale_temporaries_of(path: Path) -> list[Path]:
    """Delete the ``<path>.tmp-<host>-<pid>`` files beside ``path`` whose writer is gone
    (:func:`remove_stale_temporaries`)."""
    path = Path(path)
    prefix = path.name + ".tmp-"
    return remove_stale_temporaries(
        path.parent, lambda name: name.startswith(prefix) and _TEMP_SUFFIX.fullmatch(name[len(path.name):]))


def this_host() -> str:
    """This machine's name as file names carry it (letters, digits, dots; anything else "_")."""
    return _this_host()


def writer_gone(path: Path, host: str | None, pid: int, now: float | None = None) -> bool:
    """Is the process ``pid`` on ``host`` (None: unknown) that writes ``path`` gone? See
    :func:`is_stale_temporary`."""
    import psutil

    try:
        st = path.lstat()
    except FileNotFoundError:
        return False
    # a hard link (site_database's temporary of latest.db) carries its target's mtime, older than
    # the process that made it: its ctime says when it was linked (review16)
    written = max(st.st_mtime, st.st_ctime) if st.st_nlink > 1 else st.st_mtime
    if host != _this_host():
        return (time.time() if now is None else now) - written > STALE_ELSEWHERE
    if pid == os.getpid():
        return False
    try:
        started = psutil.Process(pid).create_time()
    except psutil.NoSuchProcess:
        return True
    except psutil.Error:  # (no access to it: a live process of another user, the writer or not)
        return False
    if started > written + MTIME_SLACK:  # the pid now names a process started after the last write
        return True
    if started > written:  # maybe the writer, its write recorded early: wait as for another host's
        return (time.time() if now is None else now) - written > STALE_ELSEWHERE
    return False


STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)


class StopRequest:
    """A stop signal's handler that only records it (the first one; later ones change nothing).

    A handler that raises (a ``Stop`` exception, session 43's cause of a serve that never exited)
    runs at whichever bytecode boundary the main thread is at, so the exception can come out of
    the middle of library code: ``Popen.wait`` acquires its ``_waitpid_lock`` one instruction
    before the ``try`` that releases it, and a signal handled right there left the lock held - the
    stop that followed waited 15 s for a child it could no longer reap, killed it and then waited
    for the lock forever. A handler that takes a lock (``threading.Event.set``) can deadlock the same
    way against the main thread holding that lock. So the handler records, and the loops that wait
    look at :attr:`signum` every few tenths of a second (``publish.site.STOP_POLL_SECONDS``).
    An exception a handler raises can also vanish: raised inside a callback whose errors Python only
    prints (a weakref callback of the import system: "Exception ignored in: <function
    _get_module_lock.<locals>.cb>" ... KeyboardInterrupt), or in C code that clears the error of a
    call it makes - 2 of 200 `pricelens serve` SIGINTed as they imported ran on (session 43)."""

    def __init__(self):
        self.signum: int | None = None

    def handle(self, signum, frame):
        if self.signum is None:
            self.signum = signum


@contextmanager
def signals_deferred(signals=STOP_SIGNALS, caught: list | None = None):
    """Hold ``signals`` back while files are written and put in place, then raise the first one
    caught again for the handler in place before: a stop between writing a temporary file and
    renaming it (or between a snapshot's rename and its checksum) leaves nothing half done.
    ``caught``: the list the held signal is kept in (at most one), for a caller that must see it
    meanwhile (``publish.export.reached``); emptied at the end. (Python runs handlers in the main
    thread, whichever thread the signal reached, so the handlers are swapped, not the signal
    mask.) Only in the main thread; elsewhere a no-op."""
    if threading.current_thread() is not threading.main_thread():
        yield caught
        return
    caught = [] if caught is None else caught
    previous = {sig: signal.signal(sig, lambda signum, _frame: caught or caught.append(signum)) for sig in signals}
    try:
        yield caught
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if caught:
            signum = caught[0]
            caught.clear()
            signal.raise_signal(signum)  # the handler before (pricelens': one line, exit 128 + signal)
