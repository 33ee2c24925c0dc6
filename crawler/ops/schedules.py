"""When crawls and the publish step run: schedules.toml, the scheduler and its runners.

``schedules.toml`` names a timezone, one ``[crawl.<retailer>]`` entry per retailer (a 5-field
cron expression with day names, optional jitter, an enabled flag, spider arguments, a time
limit and retries) and the ``[publish]`` job. :func:`load_config` validates all of it and
raises :class:`ConfigError` with one line per problem, each naming the file, the entry and
what was expected (``pricelens schedule`` prints them and exits 2).

Cron expressions are read on the wall clock of the timezone with cron's rules for daylight
saving time: a time skipped when clocks go forward fires once, right after the jump; a time
that happens twice when clocks go back fires once, the first time (:class:`WallClockCron`;
APScheduler's own ``CronTrigger`` skips or repeats those). Day-of-week is written with names
(``mon-fri``, ``sat,sun``): APScheduler counts 0 as Monday where crontab counts 0 as Sunday,
so numbers are refused rather than silently shifted by a day.

:class:`Scheduler` runs the jobs with APScheduler 3 (one run at a time per retailer,
coalesced, with a misfire grace). Each crawl is a ``scrapy crawl`` subprocess
(:class:`LocalRunner`), or a Scrapyd job when ``SCRAPYD_URL`` is set
(:class:`crawler.ops.scrapyd.ScrapydRunner`); a failed run is retried with exponential backoff
up to a cap; a run past its time limit is stopped (Scrapy closes itself at the limit; a
process still alive ``kill_grace`` later gets SIGTERM, then SIGKILL). After each crawl the
run is checked by :mod:`crawler.health`. The publish job runs as soon as the crawls it
follows are done (none running or retrying, none due before the publish time), and at its
own time otherwise. SIGTERM or Ctrl-C stops firing new runs and gives running ones
``shutdown_grace`` to finish before they are stopped; a second Ctrl-C stops them at once.
"""

from __future__ import annotations

import logging
import math
import os
import re
import signal
import subprocess
import sys
import threading
import time
import tomllib
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger

from crawler.health import Rules, rules_from_table
from crawler.paths import PROJECT_ROOT, data_dir, schedules_file
from crawler.runs import RUN_ID_FILE_ENV, last_run_id, run_after

logger = logging.getLogger("pricelens.schedule")

UTC = timezone.utc


# == cron on the wall clock =======================================================================
class CronError(ValueError):
    """A cron expression that cannot be used; the message says what was expected."""


CRON_EXAMPLE = 'five fields "minute hour day-of-month month day-of-week", such as "30 2 * * mon-fri"'


def parse_cron(expression) -> dict[str, str]:
    """The APScheduler fields of a 5-field crontab expression whose day-of-week uses names."""
    if not isinstance(expression, str):
        raise CronError(f"expected a string of {CRON_EXAMPLE}; got {expression!r}")
    fields = expression.split()
    if len(fields) != 5:
        raise CronError(f"expected {CRON_EXAMPLE}; got {len(fields)} field(s) in {expression!r}")
    minute, hour, day, month, day_of_week = fields
    day_of_week = day_of_week.lower()
    for part in day_of_week.split(","):
        base, _, _step = part.partition("/")
        if any(ch.isdigit() for ch in base) or (base == "*" and _step):
            raise CronError(
                f"day-of-week {fields[4]!r} in {expression!r} is numeric; expected day names such as "
                "mon-fri or sat,sun (APScheduler counts 0 as Monday where cron counts 0 as Sunday, "
                "so a number would run on the wrong day)")
    if day not in ("*", "?") and day_of_week not in ("*", "?"):
        raise CronError(
            f"{expression!r} restricts both day-of-month ({day}) and day-of-week ({fields[4]}); expected only "
            "one of them (cron runs when either matches, APScheduler only when both do)")
    values = {"minute": minute, "hour": hour, "day": day, "month": month.lower(), "day_of_week": day_of_week}
    try:
        CronTrigger(**values, timezone=UTC)
    except (ValueError, TypeError) as exc:
        raise CronError(f"{expression!r} is not a valid cron expression ({exc}); expected {CRON_EXAMPLE}") from None
    return values


class WallClockCron(BaseTrigger):
    """A crontab schedule on the wall clock of ``timezone``, with cron's DST behaviour.

    The expression is first matched against plain calendar time (a CronTrigger in UTC used as
    a naive calendar); each matching wall time is then placed in the timezone with ``fold=0``:
    an ambiguous time (clocks going back) is its first occurrence, a non-existent time (clocks
    going forward) becomes the instant just after the jump. Every instant fires at most once.
    """

    __slots__ = ("expression", "timezone", "jitter", "_calendar")
    _DST_SPAN = timedelta(hours=3)  # larger than any daylight-saving shift

    def __init__(self, expression: str, timezone: ZoneInfo, jitter: float | None = None):
        self.expression = expression
        self.timezone = timezone
        self.jitter = jitter or None
        self._calendar = CronTrigger(**parse_cron(expression), timezone=UTC)

    def next_at_or_after(self, threshold: datetime) -> datetime | None:
        """The first fire time (without jitter) at or after ``threshold``, in the timezone."""
        threshold = threshold.astimezone(UTC)
        wall_start = threshold.astimezone(self.timezone).replace(tzinfo=None) - self._DST_SPAN
        cursor = wall_start.replace(tzinfo=UTC)
        best = best_wall = None
        for _ in range(100_000):
            wall = self._calendar.get_next_fire_time(None, cursor)
            if wall is None:
                break
            naive = wall.replace(tzinfo=None)
            if best_wall is not None and naive > best_wall + self._DST_SPAN:
                break
            instant = naive.replace(tzinfo=self.timezone, fold=0).astimezone(UTC)
            if instant >= threshold and (best is None or instant < best):
                best, best_wall = instant, naive
            cursor = wall + timedelta(seconds=1)
        return best.astimezone(self.timezone) if best is not None else None

    def get_next_fire_time(self, previous_fire_time, now):
        if previous_fire_time is not None:
            threshold = min(now.astimezone(UTC), previous_fire_time.astimezone(UTC) + timedelta(microseconds=1))
        else:
            threshold = now
        return self._apply_jitter(self.next_at_or_after(threshold), self.jitter, now)

    def fire_times(self, now: datetime, count: int) -> list[datetime]:
        """The next ``count`` fire times after ``now`` (without jitter)."""
        times, threshold = [], now
        while len(times) < count:
            fire = self.next_at_or_after(threshold)
            if fire is None:
                break
            times.append(fire)
            threshold = fire.astimezone(UTC) + timedelta(microseconds=1)
        return times

    def __str__(self):
        return f"cron[{self.expression}] {self.timezone.key}" + (f" jitter {self.jitter:g}s" if self.jitter else "")

    def __repr__(self):
        return f"<WallClockCron {self.expression!r} {self.timezone.key} jitter={self.jitter}>"


def firing_cron(expression, zone: ZoneInfo, now: datetime) -> WallClockCron:
    """The trigger of ``expression``; :class:`CronError` when it has no fire time within :data:`CRON_HORIZON`."""
    trigger = WallClockCron(expression, zone)
    first = trigger.next_at_or_after(now)
    if first is None or first - now > CRON_HORIZON:
        raise CronError(f"{expression!r} never fires (no such date in the next 8 years, such as February 30 or "
                        f"April 31); expected a day that exists in the months chosen, {CRON_EXAMPLE}")
    return trigger


# == the configuration ============================================================================
class ConfigError(Exception):
    """schedules.toml is not usable; ``messages`` holds one line per problem."""

    def __init__(self, messages: list[str]):
        self.messages = messages
        super().__init__("\n".join(messages))


@dataclass
class CrawlEntry:
    retailer: str
    cron: str
    trigger: WallClockCron
    enabled: bool = True
    jitter: float = 0
    arguments: dict[str, str] = field(default_factory=dict)
    time_limit: float = 3600
    retries: int = 2
    retry_backoff: float = 120
    retry_backoff_max: float = 1800
    misfire_grace: float = 3600

    def argument_list(self) -> list[str]:
        return [f"{key}={value}" for key, value in self.arguments.items()]


@dataclass
class PublishEntry:
    cron: str
    trigger: WallClockCron
    enabled: bool = True
    after: list[str] = field(default_factory=list)
    keep: int = 7
    time_limit: float = 1800
    misfire_grace: float = 3600


@dataclass
class ScheduleConfig:
    path: Path
    timezone: ZoneInfo
    crawls: dict[str, CrawlEntry]
    publish: PublishEntry | None
    health: Rules = field(default_factory=Rules)
    shutdown_grace: float = 60
    kill_grace: float = 30
    max_parallel: int = 4

    @property
    def enabled_crawls(self) -> list[CrawlEntry]:
        return [entry for entry in self.crawls.values() if entry.enabled]


_DURATION = re.compile(r"^\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?\s*$")
DURATION_EXAMPLE = 'seconds (90) or a duration such as "90s", "15m", "2h" or "1h30m"'

# Bounds of schedules.toml. Every duration is finite and at most a day: a crawl, a publish, a
# jitter, a backoff or a grace longer than the day between two nightly runs is a typo (and
# `jitter = "100000000h"` would push a fire time past year 9999). Retries at most 100.
MAX_DURATION = 86400.0
MAX_RETRIES = 100
MAX_COUNT = 1000  # snapshots kept, crawls at once (the [health] keys: crawler.health.RULE_KEYS)
# A cron must fire within this horizon of now, else it never fires (Feb 30, Apr 31). Eight years
# and a few days: Feb 29 fires every four years, but 2100 is not a leap year (2096 -> 2104).
CRON_HORIZON = timedelta(days=8 * 366 + 3)


def parse_duration(value, maximum: float = MAX_DURATION) -> float:
    """Seconds (finite, 0 to ``maximum``) from a number or a text such as ``"1h30m"``; ValueError otherwise."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        if not (isinstance(value, int) or math.isfinite(value)) or not 0 <= value <= maximum:
            raise ValueError(value)
        return float(value)
    if isinstance(value, str):
        match = _DURATION.match(value)
        if match and any(match.groups()):
            hours, minutes, seconds = (int(g or 0) for g in match.groups())
            total = hours * 3600 + minutes * 60 + seconds
            if total <= maximum:
                return float(total)
    raise ValueError(value)


def available_retailers() -> list[str]:
    """The spider names of the project (what ``scrapy list`` prints)."""
    from scrapy.settings import Settings
    from scrapy.spiderloader import SpiderLoader

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    return sorted(SpiderLoader.from_settings(settings).list())


def display_path(path: Path) -> str:
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


class _Checker:
    """Collects the problems of one file, each naming the file, the entry and the expectation."""

    def __init__(self, path: Path):
        self.label = display_path(path)
        self.messages: list[str] = []

    def error(self, entry: str, message: str) -> None:
        self.messages.append(f"{self.label}: {entry}: {message}")

    def table(self, data: dict, key: str, entry: str, *, required: bool, expected: str = "") -> dict | None:
        value = data.get(key)
        if value is None:
            if required:
                self.error(entry, f"missing; expected {expected or f'a [{key}] table'}")
            return None
        if not isinstance(value, dict):
            self.error(entry, f"expected a table ([{key}]); got {_kind(value)}")
            return None
        return value

    def keys(self, data: dict, entry: str, allowed: dict[str, str]) -> None:
        for key in data:
            if key not in allowed:
                self.error(entry, f"unknown key {key!r}; expected one of: {', '.join(allowed)}")

    def get(self, data: dict, key: str, entry: str, kind: str, convert: Callable, default=None, *,
            required: bool = False, expected: str = ""):
        if key not in data:
            if required:
                self.error(entry, f"missing key {key!r}; expected {expected or kind}")
            return default
        try:
            return convert(data[key])
        except (ValueError, TypeError, CronError) as exc:
            detail = str(exc) if isinstance(exc, CronError) else f"expected {expected or kind}; got {data[key]!r}"
            self.error(entry, f"{key}: {detail}")
            return default


def _kind(value) -> str:
    return {str: "a string", int: "an integer", float: "a number", bool: "a boolean", list: "a list",
            dict: "a table"}.get(type(value), type(value).__name__)


def _boolean(value) -> bool:
    if not isinstance(value, bool):
        raise ValueError(value)
    return value


def _count(value, maximum: int = MAX_COUNT) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        raise ValueError(value)
    return value


def _positive_count(value) -> int:
    if _count(value) == 0:
        raise ValueError(value)
    return value


def _retries(value) -> int:
    return _count(value, MAX_RETRIES)


def _positive_duration(value) -> float:
    seconds = parse_duration(value)
    if seconds <= 0:
        raise ValueError(value)
    return seconds


def _arguments(value) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ValueError(value)
    arguments = {}
    for key, item in value.items():
        if isinstance(item, bool):
            item = "true" if item else "false"
        if not isinstance(item, (str, int, float)) or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            raise ValueError(value)
        arguments[key] = str(item)
    return arguments


def _names(value) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(value)
    return value


UP_TO_A_DAY = f"{DURATION_EXAMPLE}, at most 1 day (24h)"
ABOVE_0_UP_TO_A_DAY = f"{DURATION_EXAMPLE}, above 0 and at most 1 day (24h)"

CRAWL_KEYS = {
    "cron": CRON_EXAMPLE,
    "enabled": "true or false",
    "jitter": "seconds of random delay, " + UP_TO_A_DAY,
    "arguments": 'a table of spider arguments, such as { base_url = "http://127.0.0.1:8101" }',
    "time_limit": ABOVE_0_UP_TO_A_DAY,
    "retries": f"a whole number of retries from 0 to {MAX_RETRIES}",
    "retry_backoff": ABOVE_0_UP_TO_A_DAY,
    "retry_backoff_max": ABOVE_0_UP_TO_A_DAY,
    "misfire_grace": UP_TO_A_DAY,
}
DEFAULT_KEYS = {key: CRAWL_KEYS[key] for key in CRAWL_KEYS if key not in ("cron", "arguments")}
PUBLISH_KEYS = {
    "cron": CRON_EXAMPLE,
    "enabled": "true or false",
    "after": "a list of retailers whose crawls the publish follows",
    "keep": f"how many dated snapshots to keep (1 to {MAX_COUNT})",
    "time_limit": ABOVE_0_UP_TO_A_DAY,
    "misfire_grace": UP_TO_A_DAY,
}
SCHEDULER_KEYS = {
    "shutdown_grace": UP_TO_A_DAY,
    "kill_grace": UP_TO_A_DAY,
    "max_parallel": f"how many crawls may run at once (1 to {MAX_COUNT})",
}
TOP_KEYS = {
    "timezone": 'an IANA timezone such as "Asia/Beirut"',
    "defaults": "[defaults]",
    "crawl": "[crawl.<retailer>] tables",
    "publish": "[publish]",
    "health": "[health]",
    "scheduler": "[scheduler]",
}


def load_config(path: Path | str | None = None, *, retailers: list[str] | None = None) -> ScheduleConfig:
    """Read and validate schedules.toml; raise :class:`ConfigError` listing every problem.

    ``retailers`` (the known spider names) defaults to the project's spiders.
    """
    path = Path(path) if path else schedules_file()
    check = _Checker(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError([f"{check.label}: file not found; expected the schedule file "
                           f"(see schedules.toml at the project root)"]) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError([f"{check.label}: not valid TOML ({exc}); expected TOML such as "
                           f'timezone = "Asia/Beirut" and [crawl.<retailer>] tables']) from None
    if retailers is None:
        retailers = available_retailers()
    known = set(retailers)
    now = datetime.now(UTC)

    check.keys(data, "(top level)", TOP_KEYS)
    tz = None
    if "timezone" not in data:
        check.error("timezone", f"missing key 'timezone'; expected {TOP_KEYS['timezone']}")
    else:
        try:
            if not isinstance(data["timezone"], str):
                raise ValueError
            tz = ZoneInfo(data["timezone"])
        except (ZoneInfoNotFoundError, ValueError):
            check.error("timezone", f"unknown timezone {data['timezone']!r}; expected {TOP_KEYS['timezone']}")
    zone = tz or ZoneInfo("UTC")

    defaults = {"enabled": True, "jitter": 0.0, "time_limit": 3600.0, "retries": 2, "retry_backoff": 120.0,
                "retry_backoff_max": 1800.0, "misfire_grace": 3600.0}
    table = check.table(data, "defaults", "[defaults]", required=False) or {}
    check.keys(table, "[defaults]", DEFAULT_KEYS)
    defaults.update(_crawl_options(check, table, "[defaults]", defaults))

    crawls: dict[str, CrawlEntry] = {}
    crawl_tables = check.table(data, "crawl", "[crawl]", required=True,
                               expected="one [crawl.<retailer>] table per retailer") or {}
    for retailer, table in crawl_tables.items():
        entry = f"[crawl.{retailer}]"
        if not isinstance(table, dict):
            check.error(entry, f"expected a table of {', '.join(CRAWL_KEYS)}; got {_kind(table)}")
            continue
        if retailer not in known:
            check.error(entry, f"unknown retailer {retailer!r}; expected a spider name: "
                               f"{', '.join(sorted(known)) or '(no spiders found)'}")
        check.keys(table, entry, CRAWL_KEYS)
        trigger = check.get(table, "cron", entry, "cron", lambda v: firing_cron(v, zone, now), required=True,
                            expected=CRON_EXAMPLE)
        options = _crawl_options(check, table, entry, defaults)
        arguments = check.get(table, "arguments", entry, "arguments", _arguments, {}, expected=CRAWL_KEYS["arguments"])
        if trigger is not None:
            trigger.jitter = options["jitter"] or None
            crawls[retailer] = CrawlEntry(retailer=retailer, cron=trigger.expression, trigger=trigger,
                                          arguments=arguments, **options)
    if isinstance(data.get("crawl"), dict) and not crawl_tables:
        check.error("[crawl]", "no retailers; expected at least one [crawl.<retailer>] table")

    publish = None
    table = check.table(data, "publish", "[publish]", required=True,
                        expected='a [publish] table with cron = "30 5 * * *" (and after = [retailers])')
    if table is not None:
        check.keys(table, "[publish]", PUBLISH_KEYS)
        trigger = check.get(table, "cron", "[publish]", "cron", lambda v: firing_cron(v, zone, now), required=True,
                            expected=CRON_EXAMPLE)
        after = check.get(table, "after", "[publish]", "after", _names, [], expected=PUBLISH_KEYS["after"])
        for name in after:
            if name not in crawl_tables:
                check.error("[publish]", f"after: {name!r} has no [crawl.{name}] entry; expected retailers "
                                         f"scheduled in this file: {', '.join(crawl_tables) or '(none)'}")
        if trigger is not None:
            publish = PublishEntry(
                cron=trigger.expression, trigger=trigger, after=after,
                enabled=check.get(table, "enabled", "[publish]", "enabled", _boolean, True, expected="true or false"),
                keep=check.get(table, "keep", "[publish]", "keep", _positive_count, 7, expected=PUBLISH_KEYS["keep"]),
                time_limit=check.get(table, "time_limit", "[publish]", "time_limit", _positive_duration, 1800.0,
                                     expected=PUBLISH_KEYS["time_limit"]),
                misfire_grace=check.get(table, "misfire_grace", "[publish]", "misfire_grace", parse_duration,
                                        3600.0, expected=PUBLISH_KEYS["misfire_grace"]),
            )

    table = check.table(data, "health", "[health]", required=False) or {}
    rules, problems = rules_from_table(table)
    for problem in problems:
        check.error("[health]", problem)

    table = check.table(data, "scheduler", "[scheduler]", required=False) or {}
    check.keys(table, "[scheduler]", SCHEDULER_KEYS)
    shutdown_grace = check.get(table, "shutdown_grace", "[scheduler]", "", parse_duration, 60.0,
                               expected=SCHEDULER_KEYS["shutdown_grace"])
    kill_grace = check.get(table, "kill_grace", "[scheduler]", "", parse_duration, 30.0,
                           expected=SCHEDULER_KEYS["kill_grace"])
    max_parallel = check.get(table, "max_parallel", "[scheduler]", "", _positive_count, 4,
                             expected=SCHEDULER_KEYS["max_parallel"])

    if check.messages:
        raise ConfigError(check.messages)
    return ScheduleConfig(path=path, timezone=zone, crawls=crawls, publish=publish, health=rules,
                          shutdown_grace=shutdown_grace, kill_grace=kill_grace, max_parallel=max_parallel)


def _crawl_options(check: _Checker, table: dict, entry: str, defaults: dict) -> dict:
    get = check.get
    return {
        "enabled": get(table, "enabled", entry, "", _boolean, defaults["enabled"], expected="true or false"),
        "jitter": get(table, "jitter", entry, "", parse_duration, defaults["jitter"], expected=UP_TO_A_DAY),
        "time_limit": get(table, "time_limit", entry, "", _positive_duration, defaults["time_limit"],
                          expected=CRAWL_KEYS["time_limit"]),
        "retries": get(table, "retries", entry, "", _retries, defaults["retries"], expected=CRAWL_KEYS["retries"]),
        "retry_backoff": get(table, "retry_backoff", entry, "", _positive_duration, defaults["retry_backoff"],
                             expected=CRAWL_KEYS["retry_backoff"]),
        "retry_backoff_max": get(table, "retry_backoff_max", entry, "", _positive_duration,
                                 defaults["retry_backoff_max"], expected=CRAWL_KEYS["retry_backoff_max"]),
        "misfire_grace": get(table, "misfire_grace", entry, "", parse_duration, defaults["misfire_grace"],
                             expected=CRAWL_KEYS["misfire_grace"]),
    }


# == stopping =======================================================================================
class StopSignal:
    """Shared by the scheduler and its runners: no new runs once requested; running ones
    must stop at ``stop_at`` (a monotonic time)."""

    def __init__(self):
        self.event = threading.Event()
        self.stop_at: float | None = None
        self._lock = threading.Lock()

    def request(self, grace: float = 0.0) -> None:
        with self._lock:
            at = time.monotonic() + max(grace, 0.0)
            self.stop_at = at if self.stop_at is None else min(self.stop_at, at)
        self.event.set()

    @property
    def requested(self) -> bool:
        return self.event.is_set()

    def must_stop(self) -> bool:
        return self.stop_at is not None and time.monotonic() >= self.stop_at

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; True (early) when a stop was requested."""
        return self.event.wait(seconds)


# == running one process with a time limit ==========================================================
@dataclass
class ProcessOutcome:
    returncode: int | None
    timed_out: bool = False
    stopped: bool = False
    killed: bool = False
    seconds: float = 0.0
    stdout: bytes = b""


def run_process(command: list[str], *, log_path: Path, time_limit: float | None, kill_grace: float,
                stop: StopSignal | None = None, env: dict | None = None, cwd: Path = PROJECT_ROOT,
                capture_stdout: bool = False, poll: float = 0.2) -> ProcessOutcome:
    """Run ``command`` in its own session, output to ``log_path``.

    At ``time_limit`` seconds, or when ``stop`` says running work must stop, the process gets
    SIGTERM (Scrapy then closes the spider cleanly); ``kill_grace`` seconds later its whole
    process group gets SIGKILL.
    """
    log_path.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    outcome = ProcessOutcome(returncode=None)
    with open(log_path, "ab") as log:
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
            elif not outcome.killed and now - term_sent >= kill_grace:
                logger.warning("pid %s still alive %.0f s after SIGTERM: killing its process group",
                               process.pid, kill_grace)
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


# == crawl runners ==================================================================================
@dataclass
class CrawlResult:
    """What one crawl attempt came to."""

    retailer: str
    status: str                     # finished / failed
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


def close_abandoned_run(run: dict, reason: str) -> dict:
    """Mark a run whose process died without closing it as failed; return the row."""
    from crawler.db import connect

    with connect() as conn:
        row = conn.execute(
            "UPDATE crawl_runs SET status = 'failed', finished_at = now(), finish_reason = %s"
            " WHERE id = %s AND status = 'running' RETURNING *", (reason, run["id"])).fetchone()
    return row or run


def result_from_run(retailer: str, run: dict | None, *, failure: str, timed_out: bool, stopped: bool,
                    seconds: float, where: str) -> CrawlResult:
    """A CrawlResult from the run row a crawl left (closing it when its process was killed)."""
    if run is None:
        return CrawlResult(retailer, "failed", failure, None, timed_out, stopped, seconds, where)
    if run["status"] == "running":  # the process died (or was killed) before closing its run
        cause = "time limit" if timed_out else "shutdown" if stopped else failure
        run = close_abandoned_run(run, f"ended without closing the run ({cause})")
    timed_out = timed_out or run["finish_reason"] == "closespider_timeout"
    return CrawlResult(retailer, run["status"], run["finish_reason"] or "", run, timed_out, stopped, seconds, where)


def logs_dir() -> Path:
    return data_dir() / "logs"


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")


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
        from crawler.db import database_url

        url = database_url()
        before = last_run_id()
        log_path = logs_dir() / entry.retailer / f"{_stamp()}.log"
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


def make_runner(config: ScheduleConfig) -> Runner:
    """Scrapyd when ``SCRAPYD_URL`` is set, local subprocesses otherwise."""
    from crawler.ops.scrapyd import ScrapydRunner, scrapyd_urls

    urls = scrapyd_urls()
    if urls:
        return ScrapydRunner(urls, kill_grace=config.kill_grace)
    return LocalRunner(kill_grace=config.kill_grace)


# == retries ========================================================================================
def retry_delays(retries: int, base: float, cap: float) -> list[float]:
    """Seconds before each retry: base, 2 x base, 4 x base ... never more than cap."""
    return [min(cap, base * 2 ** attempt) for attempt in range(retries)]


def crawl_with_retries(entry: CrawlEntry, runner: Runner, stop: StopSignal, *,
                       wait: Callable[[float], bool] | None = None) -> CrawlResult:
    """Run a crawl; retry a failed run after growing delays. A run stopped by its time limit
    or by a shutdown is not retried. ``wait(seconds)`` returns True to give up (stopping)."""
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
        if result.ok or result.timed_out or result.stopped or stop.requested or attempt > len(delays):
            return result
        delay = delays[attempt - 1]
        logger.warning("%s: attempt %s failed (%s); retrying in %s", entry.retailer, attempt, result.reason,
                       format_seconds(delay))
        if wait(delay):
            return result


def format_seconds(seconds: float) -> str:
    """90 -> "90 s", 300 -> "5 min", 3600 -> "1 h", 5400 -> "90 min", 9000 -> "2.5 h"."""
    seconds = int(round(seconds))
    if seconds < 120:
        return f"{seconds} s"
    if seconds % 3600 == 0:
        return f"{seconds // 3600} h"
    if seconds < 7200 or (seconds % 60 == 0 and seconds < 36000):
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


# == health after a crawl ===========================================================================
def check_health(result: CrawlResult, rules: Rules) -> list:
    """Record the alerts a crawl's final result deserves; never raises."""
    from crawler import health
    from crawler.db import connect

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


# == publishing =====================================================================================
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
        from crawler.db import database_url

        log_path = logs_dir() / "publish" / f"{_stamp()}.log"
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


def publish_waits_for(followed: list[str], running: set[str], next_runs: dict[str, datetime | None],
                      publish_at: datetime | None) -> list[str]:
    """Why the publish cannot follow its crawls yet: those still running (or retrying) and
    those due again before the publish's own time. Empty: publish now."""
    waits = [f"{name} (running)" for name in followed if name in running]
    if publish_at is not None:
        waits += [f"{name} (due {at.isoformat(timespec='minutes')})" for name in followed
                  if name not in running and (at := next_runs.get(name)) is not None and at < publish_at]
    return waits


# == the scheduler ==================================================================================
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

        previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            self.start()
            for job in sorted(self.aps.get_jobs(), key=lambda j: j.next_run_time):
                logger.info("%s: next %s", job.name, job.next_run_time.isoformat(timespec="minutes"))
            while not self.stop.wait(1.0):
                pass
            self.shutdown()
            logger.info("scheduler stopped")
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


# == once, for cron users ===========================================================================
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
