"""Cron schedules of cron services, as systemd OnCalendar expressions, and their refusals."""

from __future__ import annotations

import pytest

from service.core.errors import Invalid
from service.domains.services.schedule import on_calendar


@pytest.mark.parametrize(("cron", "calendar"), [
    ("* * * * *", "*-*-* *:*:00"),
    ("*/15 * * * *", "*-*-* *:00,15,30,45:00"),
    ("0 3 * * *", "*-*-* 03:00:00"),
    ("30 8-10 1 */6 *", "*-01,07-01 08,09,10:30:00"),
    ("0 9 * * 1-5", "Mon,Tue,Wed,Thu,Fri *-*-* 09:00:00"),
    ("0 0 * * 0,7", "Sun *-*-* 00:00:00"),
    ("5,10-12/2 * * * *", "*-*-* *:05,10,12:00"),
])
def test_cron_fields_become_an_on_calendar_expression(cron, calendar):
    assert on_calendar(cron) == calendar


@pytest.mark.parametrize(("cron", "why"), [
    ("* * * *", "five fields"),
    ("60 * * * *", "outside 0-59"),
    ("* 24 * * *", "outside 0-23"),
    ("*/0 * * * *", "outside"),
    ("a * * * *", "not numbers"),
    ("0 0 1 * 1", "together"),
    ("5-1 * * * *", "outside"),
])
def test_bad_schedules_are_refused_naming_the_field(cron, why):
    with pytest.raises(Invalid) as refused:
        on_calendar(cron)
    assert why in str(refused.value) and refused.value.details == {"field": "schedule"}
