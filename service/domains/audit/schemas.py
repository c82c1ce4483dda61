"""Shapes of the audit log."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from pydantic import Field

from service.core.schemas import ApiModel


class AuditRecordOut(ApiModel):
    id: int
    at: datetime
    user_id: UUID | None
    username: str | None
    token_id: UUID | None
    team_id: UUID | None = Field(description="The team the target is in (a team's own id for a team)")
    project_id: UUID | None = Field(description="The project the target is in (a project's own id for a project)")
    action: str
    target: str = Field(description="The ids in the request's path, as `project_id=...,env_id=...`")
    target_kind: str | None = Field(description="What was acted on: project, environment, user, setting, ...; null "
                                                "on records older than these fields")
    target_id: str | None = Field(description="Its id: a create's new resource, else the one the path names")
    target_name: str | None = Field(description="Its name at the time, where known")
    status: int
    client_ip: str | None
