"""Cloudron's schedule patterns: cron's weekday numbers and day rule, zones with daylight saving, errors."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from service.core import cron

BERLIN = ZoneInfo("Europe/Berlin")


def _next(pattern: str, after: datetime) -> datetime:
    trigger = cron.parse(pattern, after.tzinfo)
    assert trigger is not None
    return trigger.get_next_fire_time(None, after)


def test_weekday_numbers_count_from_sunday_as_in_cron():
    monday = datetime(2026, 3, 2, 12, 0, tzinfo=BERLIN)
    assert _next("0 0 9 * * 0", monday).weekday() == 6  # Sunday
    assert _next("0 0 9 * * 7", monday).weekday() == 6
    assert _next("0 0 9 * * 1-5", monday).date() == datetime(2026, 3, 3).date()  # Tuesday 09:00


def test_day_of_month_and_weekday_together_fire_on_either():
    start = datetime(2026, 3, 2, 12, 0, tzinfo=BERLIN)  # Monday 2 March
    first = _next("0 030 4 1,15 * 5", start)
    assert (first.day, first.hour, first.minute) == (6, 4, 30)  # Friday 6 March, before the 15th
    assert _next("0 030 4 1,15 * 5", datetime(2026, 3, 14, 5, 0, tzinfo=BERLIN)).day == 15


def test_patterns_fire_in_the_zone_across_daylight_saving():
    before = datetime(2026, 3, 28, 12, 0, tzinfo=BERLIN)  # clocks go forward on 29 March
    fires = _next("0 0 3 * * *", before)
    assert (fires.day, fires.hour, fires.utcoffset().total_seconds()) == (29, 3, 7200)


@pytest.mark.parametrize(("pattern", "reason"), [
    ("* * * * *", "6 fields"), ("60 * * * * *", "second"), ("0 0 24 * * *", "hour"),
    ("0 0 0 32 * *", "day"), ("0 0 0 * 13 *", "month"), ("0 0 0 * * 8", "day of week"), ("every day", "fields"),
])
def test_bad_patterns_name_the_field(pattern, reason):
    with pytest.raises(cron.PatternError, match=reason):
        cron.validate(pattern)


def test_never_and_zones():
    assert cron.parse("never", BERLIN) is None
    assert cron.zone("America/New_York").key == "America/New_York"
    for bad in ("CEST", "+01:00", "../etc/passwd", ""):
        with pytest.raises(cron.PatternError):
            cron.zone(bad)
