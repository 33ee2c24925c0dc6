"""Running one crawl: a ``scrapy crawl`` subprocess (:class:`LocalRunner`; Scrapyd's runner is
:class:`crawler.ops.scrapyd.ScrapydRunner`), its result read from the run row it left, and the
retries of a failed run with exponential backoff up to a cap (:func:`crawl_with_retries`).
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from typing import Callable, Protocol

from crawler.ops.process import StopSignal, logs_dir, run_process, stamp
from crawler.ops.schedules import CrawlEntry, format_seconds
from crawler.store.runs import RUN_ID_FILE_ENV, last_run_id, run_after

logger = logging.getLogger("pricelens.schedule")


@dataclass
class CrawlResult:
    """What one crawl attempt came to."""

    retailer: str
    status: str                     # finished / failed / stopped (on purpose: a signal, a shutdown)
    reason: str                     # the run's finish reason, or why there is no run
    run: dict | None = None         # the crawl_runs row
    timed_out: bool = False
    stopped: bool = False           # stopped because the scheduler is shutting down
    seconds: float = 0.0
    where: str = ""                 # log file, or Scrapyd server and job id
    attempts: int = 1

    @property
    def ok(self) -> bool:
        return self.status == "finished"

    @property
    def run_id(self) -> int | None:
        return self.run["id"] if self.run else None

    def describe(self) -> str:
        if self.run:
            counts = (f"{self.run['offers_accepted']} offers, {self.run['stores_accepted']} stores, "
                      f"{self.run['items_rejected']} rejected")
            head = f"run {self.run['id']} {self.status} ({self.reason}): {counts}"
        else:
            head = f"{self.status}: {self.reason}"
        tries = f", {self.attempts} attempts" if self.attempts > 1 else ""
        return f"{self.retailer} {head} in {self.seconds:.1f} s{tries}" + (f" [{self.where}]" if self.where else "")


class Runner(Protocol):
    def run(self, entry: CrawlEntry, stop: StopSignal) -> CrawlResult: ...


def close_abandoned_run(run: dict, reason: str, *, stopped: bool = False) -> dict:
    """Mark a run whose process died without closing it as failed (``stopped``: as stopped, the
    process was stopped on purpose); return the row."""
    from crawler.store import connect

    with connect() as conn:
        row = conn.execute(
            "UPDATE crawl_runs SET status = %s, finished_at = now(), finish_reason = %s"
            " WHERE id = %s AND status = 'running' RETURNING *",
            ("stopped" if stopped else "failed", reason, run["id"])).fetchone()
    return row or run


def fail_stopped_run(run: dict, reason: str) -> dict:
    """A run its crawl recorded as stopped that the runner stopped for overrunning: failed."""
    from crawler.store import connect

    with connect() as conn:
        row = conn.execute("UPDATE crawl_runs SET status = 'failed', finish_reason = %s"
                           " WHERE id = %s AND status = 'stopped' RETURNING *", (reason, run["id"])).fetchone()
    return row or run


def result_from_run(retailer: str, run: dict | None, *, failure: str, timed_out: bool, stopped: bool,
                    seconds: float, where: str) -> CrawlResult:
    """A CrawlResult from the run row a crawl left (closing it when its process was killed)."""
    if run is None:
        return CrawlResult(retailer, "failed", failure, None, timed_out, stopped, seconds, where)
    if run["status"] == "running":  # the process died (or was killed) before closing its run
        cause = "time limit" if timed_out else "shutdown" if stopped else failure
        run = close_abandoned_run(run, f"ended without closing the run ({cause})", stopped=stopped and not timed_out)
    elif run["status"] == "stopped" and timed_out:  # our SIGTERM at the time limit: no stop on purpose
        run = fail_stopped_run(run, "shutdown at the time limit")
    timed_out = timed_out or run["finish_reason"] == "closespider_timeout"
    return CrawlResult(retailer, run["status"], run["finish_reason"] or "", run, timed_out, stopped, seconds, where)


class LocalRunner:
    """Crawl with ``python -m scrapy crawl <retailer> -a k=v`` from the project root.

    Scrapy is told to close itself at the time limit (``CLOSESPIDER_TIMEOUT``); a process
    still alive ``kill_grace`` later gets SIGTERM, and SIGKILL ``kill_grace`` after that.
    The crawl's output goes to ``data/logs/<retailer>/<UTC time>.log``.
    """

    def __init__(self, *, kill_grace: float = 30.0, python: str = sys.executable,
                 extra_settings: dict[str, str] | None = None):
        self.kill_grace = kill_grace
        self.python = python
        self.extra_settings = extra_settings or {}

    def command(self, entry: CrawlEntry) -> list[str]:
        command = [self.python, "-m", "scrapy", "crawl", entry.retailer]
        for argument in entry.argument_list():
            command += ["-a", argument]
        settings = {"CLOSESPIDER_TIMEOUT": f"{entry.time_limit:g}", **self.extra_settings}
        for key, value in settings.items():
            command += ["-s", f"{key}={value}"]
        return command

    def run(self, entry: CrawlEntry, stop: StopSignal) -> CrawlResult:
        from crawler.store import database_url

        url = database_url()
        before = last_run_id()
        log_path = logs_dir() / entry.retailer / f"{stamp()}.log"
        run_id_file = log_path.with_suffix(".run_id")
        outcome = run_process(self.command(entry), log_path=log_path, time_limit=entry.time_limit + self.kill_grace,
                              kill_grace=self.kill_grace, stop=stop,
                              env={**os.environ, "DATABASE_URL": url, RUN_ID_FILE_ENV: str(run_id_file)})
        run = run_after(entry.retailer, before, str(run_id_file))
        run_id_file.unlink(missing_ok=True)
        return result_from_run(
            entry.retailer, run,
            failure=f"scrapy exited {outcome.returncode} before opening a crawl run (see {log_path})",
            timed_out=outcome.timed_out, stopped=outcome.stopped, seconds=outcome.seconds, where=str(log_path))


# -- retries ---------------------------------------------------------------------------------------
def retry_delays(retries: int, base: float, cap: float) -> list[float]:
    """Seconds before each retry: base, 2 x base, 4 x base ... never more than cap."""
    return [min(cap, base * 2 ** attempt) for attempt in range(retries)]


def crawl_with_retries(entry: CrawlEntry, runner: Runner, stop: StopSignal, *,
                       wait: Callable[[float], bool] | None = None) -> CrawlResult:
    """Run a crawl; retry a failed run after growing delays. A run stopped by its time limit
    or by a shutdown (or stopped on purpose by someone else's SIGTERM) is not retried. ``wait(seconds)`` returns True to give up (stopping)."""
    wait = wait or stop.wait
    delays = retry_delays(entry.retries, entry.retry_backoff, entry.retry_backoff_max)
    attempt = 0
    while True:
        attempt += 1
        try:
            result = runner.run(entry, stop)
        except Exception as exc:  # a runner bug or an unreachable database: a failed attempt
            logger.exception("%s: crawl attempt %s raised", entry.retailer, attempt)
            result = CrawlResult(entry.retailer, "failed", f"{exc.__class__.__name__}: {exc}")
        result.attempts = attempt
        if (result.ok or result.timed_out or result.stopped or result.status == "stopped" or stop.requested
                or attempt > len(delays)):
            return result
        delay = delays[attempt - 1]
        logger.warning("%s: attempt %s failed (%s); retrying in %s", entry.retailer, attempt, result.reason,
                       format_seconds(delay))
        if wait(delay):
            return result
