"""The shapes of an app's backup, restore and clone requests and answers (Cloudron's, seed 002)."""

from __future__ import annotations

from uuid import UUID

from pydantic import Field

from service.core.schemas import ApiModel, RequestModel
from service.domains.apps.schemas import AppOut, DomainName, Location


class AppBackupStarted(ApiModel):
    task_id: int
    backup_id: UUID = Field(description="The app's backup, `creating` until the task ends")


class AppRestore(RequestModel):
    backup_id: UUID = Field(description="A finished backup of this app (GET /api/v1/apps/{id}/backups)")


class AppClone(RequestModel):
    backup_id: UUID = Field(description="A finished backup of the app cloned")
    location: Location = Field(default="", description="The new app's name on the domain; empty: the domain itself")
    domain: DomainName = Field(description="One of the instance's domains (GET /api/v1/domains)")


class AppCloned(AppOut):
    task_id: int
