"""SIGTERM stops the test suite as Ctrl-C does (a pytest plugin; ``tests/conftest.py`` installs it).

Python's default for SIGTERM ends a process at once: the parallel suite's controller died and its
pytest-xdist workers ran on, each until its current test ended (a crawl, a browser - minutes), and no
exit handler ran, so the embedded PostgreSQL server (pgserver, stopped by its last user's exit
handler) could stay behind.  Here SIGTERM is passed on to the process's children (the workers, or a
test's subprocess) and raised as KeyboardInterrupt: pytest ends the session as on Ctrl-C - fixtures
torn down, the workers stopped, the exit handlers run - and exits with its "interrupted" status (2).
"""

from __future__ import annotations

import signal

import psutil


def _stop(signum, _frame):
    for child in psutil.Process().children():
        try:
            child.send_signal(signal.SIGTERM)
        except psutil.NoSuchProcess:
            pass
    raise KeyboardInterrupt(f"stopped by signal {signum}")


def pytest_configure(config):
    signal.signal(signal.SIGTERM, _stop)
