"""Shapes of the schedule settings (Cloudron's autoupdate patterns and time zone) and the schedule list."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field, field_validator

from service import cron
from service.schemas.common import ApiModel, RequestModel


class UpdatePattern(ApiModel):
    pattern: str = Field(description="Six cron fields, seconds first (`00 00 1,3,5,23 * * *`), or `never`; "
                                     "matched in the instance's time zone")


class UpdatePatternIn(RequestModel):
    pattern: str = Field(min_length=1, max_length=200, examples=["00 00 1,3,5,23 * * *", "never"])

    @field_validator("pattern")
    @classmethod
    def _valid(cls, value: str) -> str:
        try:
            return cron.validate(value)
        except cron.PatternError as exc:
            raise ValueError(str(exc)) from exc


class TimeZone(ApiModel):
    time_zone: str = Field(description="IANA zone name; schedules fire in this zone, daylight saving included")


class TimeZoneIn(RequestModel):
    time_zone: str = Field(min_length=1, max_length=64, examples=["Europe/Berlin"])

    @field_validator("time_zone")
    @classmethod
    def _valid(cls, value: str) -> str:
        try:
            cron.zone(value)
        except cron.PatternError as exc:
            raise ValueError(str(exc)) from exc
        return value


class ScheduleOut(ApiModel):
    id: str = Field(description="The job: backup, cleanBackups, boxAutoupdate, appsAutoupdate")
    task_type: str = Field(description="The type of the tasks it starts")
    pattern: str = Field(description="Cron pattern (seconds first), `every N s`, or `never`")
    time_zone: str
    next_run_time: datetime | None = Field(description="UTC; null when the job never runs")
