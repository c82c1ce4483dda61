"""The shapes of the mail API (seed 002 `/mail/{domain}...`, in camelCase; ours where the seed is silent)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import AfterValidator, Field, field_validator

from service.core.schemas import ApiModel, RequestModel
from service.domains.mail.relay import PROVIDERS

# A mailbox's local part: lower-case letters, digits, dots, dashes and underscores, no dot first, last or twice
# (what every mail client and server takes without quoting); `+` is left for sub-addresses.
LOCAL_PART = re.compile(r"^[a-z0-9](?:[a-z0-9_-]|\.(?!\.)){0,62}(?<!\.)$")
RelayProvider = Literal[tuple(PROVIDERS)]  # type: ignore[valid-type]


# An address: a local part as SMTP takes it unquoted, then a host name of two labels or more. Names under special-use
# domains (`.test`, `.internal`, `.lan`) are taken: a self-hosted mail server serves such names too.
ADDRESS = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                     r"(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")


def check_address(value: str) -> str:
    if not ADDRESS.fullmatch(value) or ".." in value or value.startswith(".") or ".@" in value:
        raise ValueError("must be a mail address: local-part@domain")
    return value.lower()


MailAddress = Annotated[str, Field(max_length=320), AfterValidator(check_address)]


def check_local_part(value: str) -> str:
    if not LOCAL_PART.fullmatch(value):
        raise ValueError("must be a mail local part: lower-case letters, digits, '.', '-' and '_' (at most 64, "
                         "starting with a letter or digit, no '..')")
    return value


class EnableIn(RequestModel):
    enabled: bool = Field(description="Receive mail for the domain (sending works once mail is set up for it)")
    node_id: UUID | None = Field(default=None, description="Where the mail server is made, the first time "
                                                           "(needed when there is more than one node)")


class FlagIn(RequestModel):
    enabled: bool


class CatchAllIn(RequestModel):
    addresses: list[MailAddress] = Field(max_length=20)


class RelayIn(RequestModel):
    provider: RelayProvider
    host: str | None = Field(default=None, max_length=253, pattern=r"^[A-Za-z0-9.-]+$")
    port: int | None = Field(default=None, ge=1, le=65535)
    username: str | None = Field(default=None, max_length=255)
    password: str | None = Field(default=None, max_length=1024, description="Write-only; left out keeps the "
                                                                             "stored one of the same provider")
    accept_self_signed_certs: bool = False


class BannerIn(RequestModel):
    text: str = Field(max_length=10_000)
    html: str = Field(default="", max_length=20_000)


class TestMailIn(RequestModel):
    to: MailAddress


class AliasIn(RequestModel):
    name: str = Field(max_length=64)
    domain: str = Field(max_length=253)

    _name = field_validator("name")(check_local_part)


class MailboxIn(RequestModel):
    name: str = Field(max_length=64)
    owner_id: str = Field(max_length=64)
    owner_type: Literal["user", "group"]
    password: str = Field(min_length=8, max_length=256, description="Write-only: the mailbox's login password")
    storage_quota_mb: int = Field(default=0, ge=0, le=10_000_000, description="0: no quota")
    active: bool = True

    _name = field_validator("name")(check_local_part)


class MailboxUpdateIn(RequestModel):
    owner_id: str | None = Field(default=None, max_length=64)
    owner_type: Literal["user", "group"] | None = None
    password: str | None = Field(default=None, min_length=8, max_length=256)
    storage_quota_mb: int | None = Field(default=None, ge=0, le=10_000_000)
    active: bool | None = None


class AliasesIn(RequestModel):
    aliases: list[AliasIn] = Field(max_length=50)


class AliasOut(ApiModel):
    name: str
    domain: str


class RelayOut(ApiModel):
    provider: str
    host: str
    port: int
    username: str
    password_set: bool
    accept_self_signed_certs: bool


class BannerOut(ApiModel):
    text: str
    html: str


class MailDomainOut(ApiModel):
    domain: str
    configured: bool = Field(description="Mail is set up for the domain (sending works)")
    enabled: bool = Field(description="Incoming mail is on")
    mail_from_validation: bool
    catch_all: list[str]
    relay: RelayOut
    banner: BannerOut
    dkim_selector: str | None
    mail_host: str
    server_status: str = Field(description="The mail server's state: none, new, applying, ready or error")
    server_message: str


class MailDomainChanged(MailDomainOut):
    task_id: int | None = Field(description="The mailSetup run that applies the change")


class MailboxOut(ApiModel):
    name: str
    domain: str
    owner_id: str
    owner_type: str
    storage_quota_mb: int
    active: bool
    aliases: list[AliasOut]
    created_at: datetime
    updated_at: datetime


class MailboxChanged(MailboxOut):
    task_id: int | None = Field(description="The mailMailboxes run that applies it (None: the mail server's next "
                                             "setup does)")


class MailboxCount(ApiModel):
    count: int


class AliasesOut(ApiModel):
    aliases: list[AliasOut]
    task_id: int | None = None


class RecordStatus(ApiModel):
    domain: str = Field(description="The record's full name")
    name: str = Field(description="The name relative to the domain (`@` for the domain itself)")
    type: str
    expected: str
    found: list[str]
    value: str = Field(description="What was found, joined")
    ok: bool


class DnsStatus(ApiModel):
    mx: RecordStatus | None = Field(description="Only while incoming mail is on")
    spf: RecordStatus
    dkim: RecordStatus
    dmarc: RecordStatus
    ptr: RecordStatus | None = Field(description="Only where the mail server's address has a reverse zone")


class RelayStatus(ApiModel):
    value: str
    ok: bool


class MailStatusOut(ApiModel):
    dns: DnsStatus
    relay: RelayStatus


class TaskMaybe(ApiModel):
    task_id: int | None = Field(description="The run that applies the change (None: the next setup does)")


class MailLogs(ApiModel):
    lines: list[str]
    source: str = Field(description="Where in the mail guest they were read")
