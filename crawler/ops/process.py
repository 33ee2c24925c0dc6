"""Running one process with a time limit, and stopping it (and the processes it started) cleanly.

:class:`StopSignal` is shared by the scheduler and its runners: once a stop is requested no new
run starts, and running ones must stop at its deadline. :func:`run_process` gives a process
SIGTERM at its time limit or at that deadline, and SIGKILL to its whole process group
``kill_grace`` later. Logs of the runs go under ``data/logs/``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from crawler.paths import PROJECT_ROOT, data_dir

logger = logging.getLogger("pricelens.schedule")
UTC = timezone.utc


class StopSignal:
    """Shared by the scheduler and its runners: no new runs once requested; running ones
    must stop at ``stop_at`` (a monotonic time)."""

    def __init__(self):
        self.event = threading.Event()
        self.stop_at: float | None = None
        self.kill_now = False  # a second signal: no grace left, kill what still runs
        self._lock = threading.Lock()

    def request(self, grace: float = 0.0) -> None:
        with self._lock:
            at = time.monotonic() + max(grace, 0.0)
            self.stop_at = at if self.stop_at is None else min(self.stop_at, at)
        self.event.set()

    def hurry(self) -> None:
        """Stop now and end the grace: running processes get SIGKILL at once."""
        self.kill_now = True
        self.request(0)

    @property
    def requested(self) -> bool:
        return self.event.is_set()

    def must_stop(self) -> bool:
        return self.stop_at is not None and time.monotonic() >= self.stop_at

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; True (early) when a stop was requested."""
        return self.event.wait(seconds)


@dataclass
class ProcessOutcome:
    returncode: int | None
    timed_out: bool = False
    stopped: bool = False
    killed: bool = False
    seconds: float = 0.0
    stdout: bytes = b""


def run_process(command: list[str], *, log_path: Path | None, time_limit: float | None, kill_grace: float,
                stop: StopSignal | None = None, env: dict | None = None, cwd: Path = PROJECT_ROOT,
                capture_stdout: bool = False, poll: float = 0.2) -> ProcessOutcome:
    """Run ``command`` in its own session, output to ``log_path`` (None: this process's own
    stdout and stderr).

    At ``time_limit`` seconds, or when ``stop`` says running work must stop, the process gets
    SIGTERM (Scrapy then closes the spider cleanly); ``kill_grace`` seconds later its whole
    process group gets SIGKILL (at once if ``stop.hurry()`` was called: a second Ctrl-C).
    """
    if log_path is not None:
        log_path.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    outcome = ProcessOutcome(returncode=None)
    with (open(log_path, "ab") if log_path is not None else contextlib.nullcontext()) as log:
        process = subprocess.Popen(
            command, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE if capture_stdout else log, stderr=log, start_new_session=True)
        term_sent = None
        out = b""
        while True:
            try:
                out, _ = process.communicate(timeout=poll)
                break
            except subprocess.TimeoutExpired:
                pass
            now = time.monotonic()
            if term_sent is None:
                if time_limit is not None and now - started >= time_limit:
                    outcome.timed_out = True
                elif stop is not None and stop.must_stop():
                    outcome.stopped = True
                else:
                    continue
                logger.info("%s: sending SIGTERM to pid %s (%s)", command[-1] if command else "?", process.pid,
                            "time limit" if outcome.timed_out else "stopping")
                _signal(process, signal.SIGTERM, group=False)
                term_sent = now
            elif not outcome.killed and (now - term_sent >= kill_grace or (stop is not None and stop.kill_now)):
                if now - term_sent >= kill_grace:
                    logger.warning("pid %s still alive %.0f s after SIGTERM: killing its process group",
                                   process.pid, now - term_sent)
                else:
                    logger.warning("pid %s: stop requested again: killing its process group now", process.pid)
                _signal(process, signal.SIGKILL, group=True)
                outcome.killed = True
        if term_sent is not None:  # leave no helper (a browser, say) of a stopped crawl behind
            _signal(process, signal.SIGKILL, group=True)
    outcome.returncode = process.returncode
    outcome.seconds = time.monotonic() - started
    outcome.stdout = out or b""
    return outcome


def _signal(process: subprocess.Popen, signum: int, *, group: bool) -> None:
    try:
        if group:
            os.killpg(process.pid, signum)
        else:
            process.send_signal(signum)
    except (ProcessLookupError, PermissionError):
        pass


def logs_dir() -> Path:
    return data_dir() / "logs"


def stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
