"""Seed 004's audit logs (`GET /api/audit-logs?projectId=&action=&limit=&offset=`): our audit log read in the
seed's shape, `{auditLogs, pagination}`. With a project, its admins read what was changed in it; without one,
only instance administrators read, as they read the whole log."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Query
from pydantic import Field

from service.api.deps import CurrentUser
from service.core.errors import Forbidden
from service.core.models import AuditRecord
from service.core.schemas import ApiModel, error_responses
from service.domains.projects import access as projects
from service.domains.projects.models import ProjectRole

router = APIRouter(tags=["audit"])


class AuditLogOut(ApiModel):
    id: str
    project_id: UUID | None
    action: str = Field(description="What was done, such as `workflows.create`")
    details: dict[str, Any] = Field(description="userId, username, target, targetKind, targetId, targetName, "
                                                "status (the answer's HTTP status), clientIp")
    created_at: datetime


class Pagination(ApiModel):
    total: int
    limit: int
    offset: int
    has_more: bool


class AuditLogsOut(ApiModel):
    audit_logs: list[AuditLogOut]
    pagination: Pagination


def _shape(record: AuditRecord) -> AuditLogOut:
    details = {"userId": str(record.user_id) if record.user_id else None, "username": record.username,
               "target": record.target, "targetKind": record.target_kind, "targetId": record.target_id,
               "targetName": record.target_name, "status": record.status, "clientIp": record.client_ip}
    return AuditLogOut(id=str(record.id), project_id=record.project_id, action=record.action, details=details,
                       created_at=record.at)


@router.get("/audit-logs", response_model=AuditLogsOut, responses=error_responses(401, 403, 404, 422),
            summary="Audit logs in seed 004's shape, newest first",
            description="With `projectId`: what was changed in the project (its admins and owners). Without: the "
                        "whole log (instance administrators), as `GET /api/v1/audit-log` in our paging.")
async def audit_logs(
    user: CurrentUser,
    project_id: Annotated[UUID | None, Query(alias="projectId")] = None,
    action: Annotated[str | None, Query(max_length=100, description="Part of the action, such as `workflows`")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> AuditLogsOut:
    query = AuditRecord.all()
    if project_id is not None:
        project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.ADMIN)
        query = query.filter(project_id=project.id)
    elif not user.is_admin:
        raise Forbidden("Only instance administrators read every project's audit log; name one with projectId",
                        details={"field": "projectId"})
    if action:
        query = query.filter(action__icontains=action)
    total = await query.count()
    records = await query.order_by("-id").offset(offset).limit(limit)
    return AuditLogsOut(audit_logs=[_shape(r) for r in records],
                        pagination=Pagination(total=total, limit=limit, offset=offset,
                                              has_more=offset + len(records) < total))
