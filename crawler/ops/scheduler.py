"""The scheduler: the crawls and the publish job of schedules.toml on APScheduler 3.

:class:`Scheduler` runs the jobs one run at a time per retailer, coalesced, with a misfire
grace. Each crawl is a ``scrapy crawl`` subprocess (:class:`crawler.ops.runners.LocalRunner`),
or a Scrapyd job when ``SCRAPYD_URL`` is set (:class:`crawler.ops.scrapyd.ScrapydRunner`); a
failed run is retried with exponential backoff up to a cap; a run past its time limit is
stopped (Scrapy closes itself at the limit; a process still alive ``kill_grace`` later gets
SIGTERM, then SIGKILL). After each crawl the run is checked by :mod:`crawler.health`. The
publish job runs as soon as the crawls it follows are done (none running or retrying, none due
before the publish time), and at its own time otherwise. SIGTERM or Ctrl-C stops firing new
runs and gives running ones ``shutdown_grace`` to finish before they are stopped; a second
Ctrl-C stops them at once. :func:`run_once` runs every crawl once, then publishes (for cron).
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from crawler import health
from crawler.ops.process import StopSignal
from crawler.ops.publisher import PublishOutcome, Publisher
from crawler.ops.runners import CrawlResult, LocalRunner, Runner, crawl_with_retries
from crawler.ops.schedules import ScheduleConfig, format_seconds
from crawler.ops.scrapyd import ScrapydRunner, scrapyd_urls

logger = logging.getLogger("pricelens.schedule")
UTC = timezone.utc


def make_runner(config: ScheduleConfig) -> Runner:
    """Scrapyd when ``SCRAPYD_URL`` is set, local subprocesses otherwise."""
    urls = scrapyd_urls()
    if urls:
        return ScrapydRunner(urls, kill_grace=config.kill_grace)
    return LocalRunner(kill_grace=config.kill_grace)


# -- after a crawl ----------------------------------------------------------------------------------
def check_health(result: CrawlResult, rules: health.Rules) -> list:
    """Record the alerts a crawl's final result deserves; never raises."""
    from crawler.store import connect

    try:
        if result.run_id is None and result.ok:
            return []
        with connect() as conn:
            if result.run_id is not None:
                return health.check_run(conn, result.run_id, rules)
            alert = health.Alert("run_failed", result.retailer, None,
                                 f"{result.retailer}: crawl failed without a run: {result.reason}",
                                 {"reason": result.reason, "attempts": result.attempts})
            return health.record_alerts(conn, [alert])
    except Exception:
        logger.exception("%s: health check failed", result.retailer)
        return []


def publish_waits_for(followed: list[str], running: set[str], next_runs: dict[str, datetime | None],
                      publish_at: datetime | None) -> list[str]:
    """Why the publish cannot follow its crawls yet: those still running (or retrying) and
    those due again before the publish's own time. Empty: publish now."""
    waits = [f"{name} (running)" for name in followed if name in running]
    if publish_at is not None:
        waits += [f"{name} (due {at.isoformat(timespec='minutes')})" for name in followed
                  if name not in running and (at := next_runs.get(name)) is not None and at < publish_at]
    return waits


# -- the scheduler ---------------------------------------------------------------------------------
def _background_scheduler(**options):
    """APScheduler's BackgroundScheduler, minus a race at shutdown.

    ``shutdown()`` marks the scheduler stopped before it takes the job-store lock; a scheduler
    thread that is at that moment removing a one-off job it has just run (the publish that
    follows the crawls) then looks for it among the pending jobs of a stopped scheduler, gets
    JobLookupError and dies with a traceback on stderr. Once stopped, a job already gone is
    simply gone.
    """
    from apscheduler.jobstores.base import JobLookupError
    from apscheduler.schedulers.background import BackgroundScheduler
    from apscheduler.schedulers.base import STATE_STOPPED

    class Background(BackgroundScheduler):
        def remove_job(self, job_id, jobstore=None):
            try:
                super().remove_job(job_id, jobstore)
            except JobLookupError:
                if self.state != STATE_STOPPED:
                    raise

    return Background(**options)


class Scheduler:
    """The crawls and the publish job of a :class:`ScheduleConfig`, on APScheduler 3."""

    def __init__(self, config: ScheduleConfig, *, runner: Runner | None = None,
                 publisher: Callable[[StopSignal], PublishOutcome] | None = None):
        from apscheduler.executors.pool import ThreadPoolExecutor

        self.config = config
        self.runner = runner or make_runner(config)
        publish = config.publish
        self.publisher = publisher or Publisher(
            keep=publish.keep if publish else 7, time_limit=publish.time_limit if publish else 1800,
            kill_grace=config.kill_grace)
        self.stop = StopSignal()
        self.results: deque[CrawlResult] = deque(maxlen=200)
        self.publishes: deque[PublishOutcome] = deque(maxlen=50)
        self._lock = threading.Lock()
        self._publish_lock = threading.Lock()
        self._running: set[str] = set()
        self._active = 0
        self._last_crawl_done: datetime | None = None
        self._last_publish: datetime | None = None
        self.aps = _background_scheduler(
            timezone=config.timezone,
            executors={"crawls": ThreadPoolExecutor(config.max_parallel), "publish": ThreadPoolExecutor(1)},
            job_defaults={"coalesce": True, "max_instances": 1},
        )

    # -- jobs ------------------------------------------------------------------------------------
    def add_jobs(self) -> None:
        for entry in self.config.enabled_crawls:
            self.aps.add_job(self._crawl_job, entry.trigger, args=[entry.retailer], id=f"crawl:{entry.retailer}",
                             name=f"crawl {entry.retailer}", executor="crawls", coalesce=True, max_instances=1,
                             misfire_grace_time=int(entry.misfire_grace) or None)
        publish = self.config.publish
        if publish and publish.enabled:
            self.aps.add_job(self._publish_job, publish.trigger, args=["at its own time"], id="publish",
                             name="publish", executor="publish", coalesce=True, max_instances=1,
                             misfire_grace_time=int(publish.misfire_grace) or None)

    def start(self) -> None:
        self.add_jobs()
        self.aps.start()

    def run_now(self, job_id: str) -> None:
        """Fire a job now (its schedule then continues as before)."""
        self.aps.modify_job(job_id, next_run_time=datetime.now(self.config.timezone))

    def next_run_time(self, job_id: str) -> datetime | None:
        job = self.aps.get_job(job_id)
        return job.next_run_time if job else None

    def _enter(self) -> bool:
        with self._lock:
            if self.stop.requested:
                return False
            self._active += 1
            return True

    def _leave(self) -> None:
        with self._lock:
            self._active -= 1

    def _crawl_job(self, retailer: str) -> CrawlResult | None:
        if not self._enter():
            return None
        entry = self.config.crawls[retailer]
        with self._lock:
            self._running.add(retailer)
        result = None
        try:
            logger.info("%s: crawl starting (%s)", retailer, self.runner.__class__.__name__)
            result = crawl_with_retries(entry, self.runner, self.stop)
            log = logger.info if result.ok else logger.warning
            log("%s", result.describe())
            if not result.stopped:
                check_health(result, self.config.health)
            self.results.append(result)
            return result
        finally:
            with self._lock:
                self._running.discard(retailer)
                self._last_crawl_done = datetime.now(UTC)
            self._leave()
            if result is not None and not result.stopped:
                self._publish_if_crawls_done(retailer)

    def _publish_if_crawls_done(self, retailer: str) -> None:
        """Queue the publish job now when the crawls it follows are all done."""
        publish = self.config.publish
        if self.stop.requested or not publish or not publish.enabled or retailer not in publish.after:
            return
        followed = [name for name in publish.after if self.config.crawls[name].enabled]
        with self._lock:
            running = set(self._running)
        waits = publish_waits_for(followed, running, {name: self.next_run_time(f"crawl:{name}") for name in followed},
                                  self.next_run_time("publish"))
        if waits:
            logger.info("publish waits for %s", ", ".join(waits))
            return
        self.aps.add_job(self._publish_job, "date", args=["after the crawls it follows"], id="publish:after-crawls",
                         name="publish after crawls", executor="publish", replace_existing=True,
                         misfire_grace_time=None)

    def _publish_job(self, why: str) -> PublishOutcome | None:
        if not self._enter():
            return None
        try:
            if not self._publish_lock.acquire(blocking=False):
                logger.info("publish %s skipped: a publish is running", why)
                return None
            try:
                with self._lock:
                    nothing_new = (self._last_publish is not None and (
                        self._last_crawl_done is None or self._last_crawl_done <= self._last_publish))
                    busy = sorted(set(self.config.publish.after) & self._running)
                if nothing_new:
                    logger.info("publish %s skipped: nothing crawled since the last publish", why)
                    return None
                if busy:
                    logger.warning("publishing %s while %s still run (they overran)", why, ", ".join(busy))
                started = datetime.now(UTC)
                logger.info("publish starting (%s)", why)
                outcome = self.publisher(self.stop)
                with self._lock:
                    self._last_publish = started
                (logger.info if outcome.ok else logger.error)("publish: %s %s", outcome.reason, outcome.path or "")
                self.publishes.append(outcome)
                return outcome
            finally:
                self._publish_lock.release()
        finally:
            self._leave()

    # -- stopping --------------------------------------------------------------------------------
    def request_stop(self, grace: float | None = None) -> None:
        """No new runs; running ones get ``grace`` seconds (default shutdown_grace) to finish."""
        self.stop.request(self.config.shutdown_grace if grace is None else grace)

    def shutdown(self, poll: float = 0.2) -> None:
        """Stop firing jobs and wait for the running ones (bounded by the stop signal)."""
        if not self.stop.requested:
            self.request_stop()
        if self.aps.running:
            self.aps.shutdown(wait=False)
        while True:
            with self._lock:
                if self._active == 0:
                    break
            time.sleep(poll)

    def run_forever(self) -> None:
        """Run in the foreground until SIGTERM or Ctrl-C (twice: stop running crawls now)."""
        signals_seen = []

        def on_signal(signum, _frame):
            signals_seen.append(signum)
            if len(signals_seen) == 1:
                logger.warning("%s: no new runs; running ones have %s to finish (Ctrl-C again stops them now)",
                               signal.Signals(signum).name, format_seconds(self.config.shutdown_grace))
                self.request_stop()
            else:
                logger.warning("%s again: stopping running crawls now", signal.Signals(signum).name)
                self.request_stop(0)

        # SIGHUP too: the terminal of a foreground `pricelens schedule` closed killed it at once, its
        # running crawls orphaned (session 17 attack); it stops as on SIGTERM
        previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
        try:
            self.start()
            for job in sorted(self.aps.get_jobs(), key=lambda j: j.next_run_time):
                logger.info("%s: next %s", job.name, job.next_run_time.isoformat(timespec="minutes"))
            # a timed sleep, not self.stop.wait(1.0): on_signal's request_stop sets that Event, whose lock
            # the main thread holds for a moment inside Event.wait, and a signal handled right then (the
            # handler runs in the main thread) waited for that lock forever (session 43, crawler.paths.StopRequest)
            while not self.stop.requested:
                time.sleep(0.2)
            self.shutdown()
            logger.info("scheduler stopped")
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


# -- once, for cron users ---------------------------------------------------------------------------
@dataclass
class OnceResult:
    crawls: list[CrawlResult]
    publish: PublishOutcome | None

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.crawls) and (self.publish is None or self.publish.ok)


def run_once(config: ScheduleConfig, *, runner: Runner | None = None,
             publisher: Callable[[StopSignal], PublishOutcome] | None = None, retailers: list[str] | None = None,
             publish: bool = True, stop: StopSignal | None = None) -> OnceResult:
    """Every enabled crawl (or those named), one after the other with retries and health
    checks, then publish."""
    runner = runner or make_runner(config)
    stop = stop or StopSignal()
    entries = [config.crawls[name] for name in retailers] if retailers else config.enabled_crawls
    results = []
    for entry in entries:
        if stop.requested:
            break
        logger.info("%s: crawl starting", entry.retailer)
        result = crawl_with_retries(entry, runner, stop)
        (logger.info if result.ok else logger.warning)("%s", result.describe())
        if not result.stopped:
            check_health(result, config.health)
        results.append(result)
    outcome = None
    if publish and config.publish and config.publish.enabled and not stop.requested:
        publisher = publisher or Publisher(keep=config.publish.keep, time_limit=config.publish.time_limit,
                                           kill_grace=config.kill_grace)
        logger.info("publish starting")
        outcome = publisher(stop)
        (logger.info if outcome.ok else logger.error)("publish: %s %s", outcome.reason, outcome.path or "")
    return OnceResult(results, outcome)
