"""The publish job: match offers into products, then publish the snapshot, each as a
``pricelens`` subprocess within one time limit.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from crawler.ops.process import StopSignal, logs_dir, run_process, stamp

logger = logging.getLogger("pricelens.schedule")


@dataclass
class PublishOutcome:
    ok: bool
    reason: str
    path: str | None = None
    seconds: float = 0.0
    log_path: str | None = None


class Publisher:
    """Match offers into products (``pricelens match``), then publish the snapshot
    (``pricelens publish``), each as a subprocess within one time limit. A matching step that
    fails is logged and the snapshot is published with the grouping already in the database."""

    def __init__(self, *, keep: int = 7, time_limit: float = 1800, kill_grace: float = 30,
                 python: str = sys.executable, match_first: bool = True):
        self.keep, self.time_limit, self.kill_grace, self.python = keep, time_limit, kill_grace, python
        self.match_first = match_first

    def commands(self) -> list[list[str]]:
        steps = [[self.python, "-m", "crawler.cli", "match"]] if self.match_first else []
        return steps + [[self.python, "-m", "crawler.cli", "publish", "--keep", str(self.keep)]]

    def __call__(self, stop: StopSignal) -> PublishOutcome:
        from crawler.store import database_url

        log_path = logs_dir() / "publish" / f"{stamp()}.log"
        env = {**os.environ, "DATABASE_URL": database_url()}
        started = time.monotonic()
        *before, publish = self.commands()
        for command in before:
            outcome = run_process(command, log_path=log_path, kill_grace=self.kill_grace, stop=stop, env=env,
                                  time_limit=max(self.time_limit - (time.monotonic() - started), 1.0))
            if outcome.returncode != 0:
                logger.error("publish: %s failed (exit code %s); publishing anyway, see %s",
                             " ".join(command[2:]), outcome.returncode, log_path)
            if stop.must_stop():
                return PublishOutcome(False, "stopped", None, time.monotonic() - started, str(log_path))
        remaining = max(self.time_limit - (time.monotonic() - started), 1.0)
        outcome = run_process(publish, log_path=log_path, time_limit=remaining, kill_grace=self.kill_grace,
                              stop=stop, capture_stdout=True, env=env)
        seconds = time.monotonic() - started
        lines = outcome.stdout.decode(errors="replace").strip().splitlines()
        if outcome.returncode == 0:
            return PublishOutcome(True, "published", lines[-1] if lines else None, seconds, str(log_path))
        why = ("time limit" if outcome.timed_out else "stopped" if outcome.stopped
               else f"exit code {outcome.returncode}")
        said = last_message(log_path)
        return PublishOutcome(False, f"publish failed ({why}{': ' + said if said else ''}); see {log_path}", None,
                              seconds, str(log_path))


def last_message(log_path: Path, prefix: str = "pricelens: ") -> str | None:
    """The last one-line message the ``pricelens`` command wrote to a log (without its prefix)."""
    try:
        with open(log_path, "rb") as log:
            log.seek(max(0, log.seek(0, os.SEEK_END) - 65536))
            lines = log.read().decode(errors="replace").splitlines()
    except OSError:
        return None
    said = [line[len(prefix):] for line in lines if line.startswith(prefix)]
    return said[-1] if said else None
