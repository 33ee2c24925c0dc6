"""Cron expressions on the wall clock of a timezone, with cron's rules for daylight saving time.

A time skipped when clocks go forward fires once, right after the jump; a time that happens
twice when clocks go back fires once, the first time (:class:`WallClockCron`; APScheduler's own
``CronTrigger`` skips or repeats those). Day-of-week is written with names (``mon-fri``,
``sat,sun``): APScheduler counts 0 as Monday where crontab counts 0 as Sunday, so numbers are
refused rather than silently shifted by a day.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger

UTC = timezone.utc

# A cron must fire within this horizon of now, else it never fires (Feb 30, Apr 31). Eight years
# and a few days: Feb 29 fires every four years, but 2100 is not a leap year (2096 -> 2104).
CRON_HORIZON = timedelta(days=8 * 366 + 3)


class CronError(ValueError):
    """A cron expression that cannot be used; the message says what was expected."""


CRON_EXAMPLE = 'five fields "minute hour day-of-month month day-of-week", such as "30 2 * * mon-fri"'


def parse_cron(expression) -> dict[str, str]:
    """The APScheduler fields of a 5-field crontab expression whose day-of-week uses names."""
    if not isinstance(expression, str):
        raise CronError(f"expected a string of {CRON_EXAMPLE}; got {expression!r}")
    if not expression.isascii():
        # (Python's int() reads "٥" as 5, and APScheduler with it: a cron is written in ASCII)
        odd = "".join(dict.fromkeys(ch for ch in expression if not ch.isascii()))
        raise CronError(f"{expression!r} holds {odd!r}; expected ASCII digits 0-9, names, '*', ',', '-' and '/' "
                        f"in {CRON_EXAMPLE}")
    fields = expression.split()
    if len(fields) != 5:
        raise CronError(f"expected {CRON_EXAMPLE}; got {len(fields)} field(s) in {expression!r}")
    minute, hour, day, month, day_of_week = fields
    day_of_week = day_of_week.lower()
    for part in day_of_week.split(","):
        base, _, _step = part.partition("/")
        if "#" in base or re.fullmatch(r"[0-7a-z]+l", base):
            raise CronError(
                f"day-of-week {fields[4]!r} in {expression!r} uses cron's nth-weekday ('sun#5') or last-weekday "
                "('5L') form, which is not read here; expected day names such as mon-fri or sat,sun")
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
