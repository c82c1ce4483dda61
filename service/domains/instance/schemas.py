"""Shapes of the instance settings, the schedule settings (autoupdate patterns, time zone) and the schedule list."""

from datetime import datetime
from typing import Annotated, Literal

from pydantic import EmailStr, Field, StringConstraints, field_validator

from service.core import cron
from service.core.schemas import ApiModel, RequestModel


class RegistrationSetting(ApiModel):
    registration: Literal["open", "closed"]


class RegistrationUpdate(RequestModel):
    registration: Literal["open", "closed"]


# A host name, an IPv4 address or a bare IPv6 address.
Hostname = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9.:-]{0,252}$")]


class SmtpSetting(ApiModel):
    configured: bool = Field(description="Whether invitations are sent by email")
    host: str | None
    port: int
    tls: Literal["none", "starttls", "tls"]
    username: str | None
    password_set: bool = Field(description="Whether a password is stored; the password itself is never shown")
    from_address: str | None


class SmtpUpdate(RequestModel):
    host: Hostname | None = Field(description="The SMTP server; null turns mail off")
    port: Annotated[int, Field(ge=1, le=65535)] = 587
    tls: Literal["none", "starttls", "tls"] = "starttls"
    username: Annotated[str, StringConstraints(min_length=1, max_length=254)] | None = None
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)] | None = Field(
        default=None, description="Write-only. Left out: the stored password is kept; null: none is used")
    from_address: EmailStr | None = None


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
