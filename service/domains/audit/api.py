"""The instance's audit log, for its administrators; read-only through the API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Query
from tortoise.expressions import Q, Subquery

from service.api.deps import AdminUser, CurrentUser
from service.core.models import AuditRecord
from service.core.paging import PageQuery, PerPageQuery
from service.core.schemas import Page, error_responses
from service.domains.audit.schemas import AuditRecordOut
from service.domains.projects.models import Project
from service.domains.teams import membership as teams

router = APIRouter(tags=["audit"])


@dataclass(frozen=True)
class AuditQuery:
    from_: datetime | None
    to: datetime | None
    filter: str | None
    target_kind: str | None
    target_id: str | None
    page: int
    per_page: int


def _query(
    from_: Annotated[datetime | None, Query(alias="from")] = None,
    to: datetime | None = None,
    filter: Annotated[str | None, Query(max_length=100,
                                        description="Part of the action, target (path ids, id, name) or user")] = None,
    target_kind: Annotated[str | None, Query(max_length=32, description="Only records about this kind")] = None,
    target_id: Annotated[str | None, Query(max_length=64, description="Only records about this id")] = None,
    page: PageQuery = 1,
    per_page: PerPageQuery = 20,
) -> AuditQuery:
    return AuditQuery(from_=from_, to=to, filter=filter, target_kind=target_kind, target_id=target_id, page=page,
                      per_page=per_page)


Filters = Annotated[AuditQuery, Depends(_query)]


async def _page(team_id: UUID | None, q: AuditQuery) -> Page[AuditRecordOut]:
    query = AuditRecord.all()
    if team_id is not None:
        # Changes inside a project (environments, members, databases) name the project, not its team.
        query = query.filter(Q(team_id=team_id)
                             | Q(project_id__in=Subquery(Project.filter(team_id=team_id).values("id"))))
    if q.from_ is not None:
        query = query.filter(at__gte=q.from_)
    if q.to is not None:
        query = query.filter(at__lte=q.to)
    if q.filter:
        query = query.filter(Q(action__icontains=q.filter) | Q(target__icontains=q.filter)
                             | Q(target_id__icontains=q.filter) | Q(target_name__icontains=q.filter)
                             | Q(username__icontains=q.filter))
    if q.target_kind is not None:
        query = query.filter(target_kind=q.target_kind)
    if q.target_id is not None:
        query = query.filter(target_id=q.target_id)
    total = await query.count()
    records = await query.order_by("-id").offset((q.page - 1) * q.per_page).limit(q.per_page)
    return Page[AuditRecordOut](items=[AuditRecordOut.model_validate(r) for r in records], total=total,
                                page=q.page, per_page=q.per_page)


@router.get("/audit-log", response_model=Page[AuditRecordOut], responses=error_responses(401, 403, 422),
            summary="Who changed what, newest first")
async def audit_log(_: AdminUser, filters: Filters) -> Page[AuditRecordOut]:
    return await _page(None, filters)


@router.get("/teams/{team_id}/audit-log", response_model=Page[AuditRecordOut],
            responses=error_responses(401, 403, 404, 422), summary="What was changed in a team (its owners and admins)")
async def team_audit_log(team_id: UUID, user: CurrentUser, filters: Filters) -> Page[AuditRecordOut]:
    _, role = await teams.visible_team(team_id, user)
    teams.require_manager(role, user)
    return await _page(team_id, filters)
