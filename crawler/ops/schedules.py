"""schedules.toml: read and checked.

``schedules.toml`` names a timezone, one ``[crawl.<retailer>]`` entry per retailer (a 5-field
cron expression with day names, optional jitter, an enabled flag, spider arguments, a time
limit and retries), the ``[publish]`` job, the ``[health]`` rules (checked by
:func:`crawler.health.rules_from_table`) and the ``[scheduler]`` options. :func:`load_config`
validates all of it and raises :class:`ConfigError` with one line per problem, each naming the
file, the entry and what was expected (``pricelens schedule`` prints them and exits 2).
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crawler.health import Rules, rules_from_table
from crawler.urlmask import shown_cut
from crawler.ops.cron import CRON_EXAMPLE, CronError, WallClockCron, firing_cron
from crawler.paths import parse_toml, read_config_text, schedules_file

UTC = timezone.utc


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


_DURATION = re.compile(r"^\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?\s*$", re.ASCII)  # 0-9 only
DURATION_EXAMPLE = 'whole seconds (90) or a duration such as "90s", "15m", "2h" or "1h30m"'

# Bounds of schedules.toml. Every duration is finite and at most a day: a crawl, a publish, a
# jitter, a backoff or a grace longer than the day between two nightly runs is a typo (and
# `jitter = "100000000h"` would push a fire time past year 9999). Retries at most 100.
MAX_DURATION = 86400.0
MAX_RETRIES = 100
MAX_COUNT = 1000  # snapshots kept, crawls at once (the [health] keys: crawler.health.RULE_KEYS)


def parse_duration(value, maximum: float = MAX_DURATION) -> float:
    """Whole seconds (0 to ``maximum``) from a number or a text such as ``"1h30m"``; ValueError otherwise
    (a fraction of a second, 0.2, too: the written durations count whole seconds)."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        if not (isinstance(value, int) or math.isfinite(value)) or not 0 <= value <= maximum:
            raise ValueError(value)
        if isinstance(value, float) and not value.is_integer():
            raise ValueError(value)  # 0.2 (a typo for "0.2h"? a grace no crawl can use): whole seconds, as "90s"
        return float(value)
    if isinstance(value, str):
        match = _DURATION.match(value)
        if match and any(match.groups()):
            hours, minutes, seconds = (int(g or 0) for g in match.groups())
            total = hours * 3600 + minutes * 60 + seconds
            if total <= maximum:
                return float(total)
    raise ValueError(value)




def display_path(path: Path) -> str:
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


class Refusal(ValueError):
    """A value refused with its own one-line message (shown as it is, after the key)."""


_CREDENTIALS = re.compile(r"(://)[^/@\s'\"]*@")


def shown(value, limit: int = 120) -> str:
    """A refused value as a message repeats it: credentials of a URL in it hidden (``://***@``),
    cut at ``limit`` characters (a 100,000-character string is not echoed back whole)."""
    return shown_cut(_CREDENTIALS.sub(r"\1***@", repr(value)), limit)


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
                self.error(entry, f"unknown key {shown(key, 60)}; expected one of: {', '.join(allowed)}")

    def get(self, data: dict, key: str, entry: str, kind: str, convert: Callable, default=None, *,
            required: bool = False, expected: str = ""):
        if key not in data:
            if required:
                self.error(entry, f"missing key {key!r}; expected {expected or kind}")
            return default
        try:
            return convert(data[key])
        except (ValueError, TypeError, CronError) as exc:
            detail = (str(exc) if isinstance(exc, (CronError, Refusal))
                      else f"expected {expected or kind}; got {shown(data[key])}")
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


class SpiderUnloadable(ValueError):
    """A spider module that cannot be imported (a syntax error, an import that fails, any exception
    at import time); the message is one line: the module, the exception's type and its first line."""


def _spider_loader():
    """Scrapy's spider loader of the project; :class:`SpiderUnloadable` when a spider module does
    not import (Scrapy raised whatever the module raised: a traceback from every command)."""
    from scrapy.settings import Settings
    from scrapy.spiderloader import SpiderLoader

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    try:
        return SpiderLoader.from_settings(settings)
    except Exception as exc:  # noqa: BLE001 - whatever a broken module raises: one line, not a traceback
        module = getattr(exc, "filename", None) or getattr(exc, "name", None) or _failing_module(exc)
        first = (str(exc).strip().splitlines() or [""])[0]
        raise SpiderUnloadable(f"a spider module cannot be loaded ({module}): {type(exc).__name__}"
                               f"{': ' + shown_cut(first, 200) if first else ''}") from None


def _failing_module(exc: BaseException) -> str:
    """The innermost frame of ``exc`` in one of the project's spider modules (its file), else "?"."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__) if exc.__traceback__ else []
    for frame in reversed(frames):
        if "/site-packages/" not in frame.filename and "importlib" not in frame.filename:
            return f"{display_path(Path(frame.filename))}:{frame.lineno}"
    return "?"


def available_retailers() -> list[str]:
    """The spider names of the project (what ``scrapy list`` prints); :class:`SpiderUnloadable`
    when a spider module does not import."""
    return sorted(_spider_loader().list())


def spider_class(retailer: str):
    """The spider class of ``retailer``, or None when the project has no such spider;
    :class:`SpiderUnloadable` when a spider module does not import."""
    try:
        return _spider_loader().load(retailer)
    except KeyError:
        return None


def _arguments(value, spider=None) -> dict[str, str]:
    """The spider arguments of a crawl, as ``-a`` gives them (text); refused here as ``scrapy crawl``
    would refuse them (exit 2) at every fire time: a ``base_url`` that is no shop address, an
    argument the spider's ``argument_problem`` refuses (its own setting or method, a number it
    cannot read) - named with what it takes, the value not shown (it may be a secret)."""
    from crawler.platforms.base import argument_name_syntax_problem, argument_value_problem, shown_name

    if not isinstance(value, dict):
        raise ValueError(value)
    arguments = {}
    for key, item in value.items():
        # (a name of 100,000 characters, or "a b", was refused with the whole table repeated; a misspelt
        # one, `max_page`, was passed on and ignored by the spider at every fire time)
        problem = (spider.argument_name_problem(key) if spider is not None and hasattr(spider, "argument_name_problem")
                   else argument_name_syntax_problem(key))
        if problem is None and key == "_job":  # (Scrapyd's schedule.json sets it itself: a second one failed
            problem = "Scrapyd's own job id, set by Scrapyd, not an argument"  # every fire time with an error 500)
        if problem:
            raise Refusal(f"-a {shown_name(key)}: {problem}")
        if isinstance(item, bool):
            item = "true" if item else "false"
        if not isinstance(item, (str, int, float)):
            raise ValueError(value)
        arguments[key] = str(item)
        problem = argument_value_problem(spider, key, arguments[key])  # (as `pricelens crawl` words it)
        if problem:
            raise Refusal(problem)
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
        data = parse_toml(read_config_text(path))
    except FileNotFoundError:
        raise ConfigError([f"{check.label}: file not found; expected the schedule file "
                           f"(see schedules.toml at the project root)"]) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError) as exc:
        why = "arrays or tables nested too deeply" if isinstance(exc, RecursionError) else exc
        raise ConfigError([f"{check.label}: not valid TOML ({why}); expected TOML such as "
                           f'timezone = "Asia/Beirut" and [crawl.<retailer>] tables']) from None
    except OSError as exc:  # a folder, a file we may not read, an I/O error: one line, not a traceback
        raise ConfigError([f"{check.label}: cannot be read ({exc.strerror or exc}); expected the schedule file "
                           f"(see schedules.toml at the project root)"]) from None
    if retailers is None:
        try:
            retailers = available_retailers()
        except SpiderUnloadable as exc:
            raise ConfigError([f"{check.label}: {exc}; fix the module to check the schedule"]) from None
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
        except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long for a file name
            check.error("timezone", f"unknown timezone {shown(data['timezone'])}; expected {TOP_KEYS['timezone']}")
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
        # (a table's name as the file wrote it: a 100,000-character or multi-line one was repeated whole)
        entry = f"[crawl.{retailer if len(retailer) <= 60 and retailer.isprintable() else shown(retailer, 60)}]"
        if not isinstance(table, dict):
            check.error(entry, f"expected a table of {', '.join(CRAWL_KEYS)}; got {_kind(table)}")
            continue
        if retailer not in known:
            check.error(entry, f"unknown retailer {shown(retailer, 60)}; expected a spider name: "
                               f"{', '.join(sorted(known)) or '(no spiders found)'}")
        check.keys(table, entry, CRAWL_KEYS)
        trigger = check.get(table, "cron", entry, "cron", lambda v: firing_cron(v, zone, now), required=True,
                            expected=CRON_EXAMPLE)
        options = _crawl_options(check, table, entry, defaults)
        try:
            spider = spider_class(retailer) if retailer in known else None
        except SpiderUnloadable as exc:
            check.error(entry, f"{exc}; expected spider modules that import")
            spider = None
        arguments = check.get(table, "arguments", entry, "arguments", lambda v: _arguments(v, spider),
                              {} if "arguments" not in table else None, expected=CRAWL_KEYS["arguments"])
        # ... and an argument the crawl needs (`[crawl.shop]` without url: exit 2 at every fire time)
        missing = spider.missing_argument_problem(arguments) \
            if arguments is not None and hasattr(spider, "missing_argument_problem") else None
        if missing:
            check.error(entry, f"arguments: {missing}")
        arguments = arguments or {}
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
    options = _read_crawl_options(check, table, entry, defaults)
    backoff, cap = options["retry_backoff"], options["retry_backoff_max"]
    # (reported where one of the two is written: an entry inheriting both was reported in [defaults])
    if backoff > cap and ("retry_backoff" in table or "retry_backoff_max" in table):
        check.error(entry, f"retry_backoff: {format_seconds(backoff)} is above retry_backoff_max "
                           f"({format_seconds(cap)}); expected a first backoff at most its maximum")
    return options


def _read_crawl_options(check: _Checker, table: dict, entry: str, defaults: dict) -> dict:
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
