"""Cloudron's schedule patterns (6-field cron, seconds first, or `never`) as APScheduler 3 triggers."""

from __future__ import annotations

import re
from datetime import tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.combining import OrTrigger
from apscheduler.triggers.cron import CronTrigger

NEVER = "never"
FIELDS = ("second", "minute", "hour", "day", "month", "day_of_week")
# Cron counts weekdays from Sunday (0 and 7); APScheduler 3 from Monday, so numbers are turned into names.
_WEEKDAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_DOW_PART = re.compile(r"^(?:(?P<all>\*)|(?P<start>\d+)(?:-(?P<end>\d+))?)(?:/(?P<step>\d+))?$")


class PatternError(ValueError):
    """The pattern cannot be used; the message says why, in words a user can act on."""


def _weekday_names(text: str) -> str:
    if not any(ch.isdigit() for ch in text):
        return text  # "*", "mon-fri", "sat,sun": APScheduler reads these as cron does
    days: set[int] = set()
    for part in text.split(","):
        match = _DOW_PART.match(part.strip())
        if match is None:
            raise PatternError(f"day of week {part!r}: use numbers 0-7 (0 and 7 are Sunday), ranges or names")
        start = 0 if match["all"] else int(match["start"])
        end = 6 if match["all"] else int(match["end"] if match["end"] is not None else
                                          (7 if match["step"] else match["start"]))
        step = int(match["step"] or 1)
        if start > 7 or end > 7 or start > end or step < 1:
            raise PatternError(f"day of week {part!r}: values run from 0 to 7 (0 and 7 are Sunday)")
        days.update(day % 7 for day in range(start, end + 1, step))
    return ",".join(_WEEKDAYS[day] for day in sorted(days))


def parse(pattern: str, timezone: tzinfo) -> BaseTrigger | None:
    """The trigger of a pattern in a zone; None for `never`. Raises PatternError naming the bad field.

    As in cron, a pattern that restricts both the day of the month and the day of the week fires on
    either (Cloudron's "1st and 15th of each month, plus every Friday"): APScheduler alone would need both.
    """
    text = pattern.strip()
    if text == NEVER:
        return None
    values = text.split()
    if len(values) != len(FIELDS):
        raise PatternError(f"a pattern has {len(FIELDS)} fields (second minute hour day month weekday) "
                           f"or is 'never'; this one has {len(values)}")
    fields = dict(zip(FIELDS, values, strict=True))
    fields["day_of_week"] = _weekday_names(fields["day_of_week"])
    for name, value in fields.items():
        try:
            CronTrigger(**{name: value}, timezone=timezone)
        except ValueError as exc:
            label = "day of week" if name == "day_of_week" else name
            raise PatternError(f"{label} {value!r}: {exc}") from exc
    try:
        if fields["day"] != "*" and fields["day_of_week"] != "*":
            by_day = CronTrigger(**{**fields, "day_of_week": "*"}, timezone=timezone)
            by_weekday = CronTrigger(**{**fields, "day": "*"}, timezone=timezone)
            return OrTrigger([by_day, by_weekday])
        return CronTrigger(**fields, timezone=timezone)
    except ValueError as exc:
        raise PatternError(str(exc)) from exc


def validate(pattern: str) -> str:
    """The pattern, stripped, if it can be used; PatternError otherwise."""
    parse(pattern, ZoneInfo("UTC"))
    return pattern.strip()


def zone(name: str) -> ZoneInfo:
    """An IANA zone by name (`Europe/Berlin`); PatternError for anything else (abbreviations, offsets, paths)."""
    if name not in available_timezones():
        raise PatternError(f"{name!r} is not an IANA time zone name (such as Europe/Berlin or UTC)")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise PatternError(f"{name!r} is not an IANA time zone name") from exc
