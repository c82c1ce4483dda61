"""The instance's audit log, for its administrators; read-only through the API."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query
from tortoise.expressions import Q

from service.api.deps import AdminUser
from service.models import AuditRecord
from service.schemas.common import Page, error_responses
from service.schemas.users import AuditRecordOut

router = APIRouter(prefix="/audit-log", tags=["audit"])


@router.get("", response_model=Page[AuditRecordOut], responses=error_responses(401, 403, 422),
            summary="Who changed what, newest first")
async def audit_log(
    _: AdminUser,
    from_: Annotated[datetime | None, Query(alias="from")] = None,
    to: datetime | None = None,
    filter: Annotated[str | None, Query(max_length=100, description="Part of the action, target or user")] = None,
    page: Annotated[int, Query(ge=1)] = 1,
    per_page: Annotated[int, Query(ge=1, le=100)] = 20,
) -> Page[AuditRecordOut]:
    query = AuditRecord.all()
    if from_ is not None:
        query = query.filter(at__gte=from_)
    if to is not None:
        query = query.filter(at__lte=to)
    if filter:
        query = query.filter(Q(action__icontains=filter) | Q(target__icontains=filter)
                             | Q(username__icontains=filter))
    total = await query.count()
    records = await query.order_by("-id").offset((page - 1) * per_page).limit(per_page)
    return Page[AuditRecordOut](items=[AuditRecordOut.model_validate(r) for r in records], total=total,
                                page=page, per_page=per_page)
