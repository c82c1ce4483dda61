"""A service's releases and rolling back to one of them."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Body, status

from service.api.deps import CurrentUser, Engine
from service.core.audit import AuditTarget, note
from service.core.paging import PageQuery, PerPageQuery
from service.core.schemas import Page, error_responses
from service.domains.projects.models import ProjectRole
from service.domains.services import releases
from service.domains.services.builds_schemas import ReleaseOut, RollbackRequest, RollbackStarted
from service.domains.services.queries import visible_service
from service.domains.services.secrets import ServiceSecretsDep

router = APIRouter(prefix="/services", tags=["services"])


@router.get("/{service_id}/releases", response_model=Page[ReleaseOut], responses=error_responses(401, 403, 404, 422),
            summary="The service's releases, newest first; `current` marks the one that serves")
async def list_releases(service_id: UUID, user: CurrentUser, page: PageQuery = 1,
                        per_page: PerPageQuery = 20) -> Page[ReleaseOut]:
    service = await visible_service(service_id, user, at_least=ProjectRole.VIEWER)
    query = releases.releases_of(service)
    total = await query.count()
    found = await query.offset((page - 1) * per_page).limit(per_page)
    return Page[ReleaseOut](items=[releases.out(release, service) for release in found], total=total, page=page,
                            per_page=per_page)


@router.post("/{service_id}/rollback", status_code=status.HTTP_202_ACCEPTED, response_model=RollbackStarted,
             responses=error_responses(401, 403, 404, 409, 422),
             summary="Deploy an earlier release's commit again (project members); by default the latest release "
                     "before the current one with another commit")
async def rollback(service_id: UUID, user: CurrentUser, engine: Engine, secrets: ServiceSecretsDep,
                   body: Annotated[RollbackRequest | None, Body()] = None) -> RollbackStarted:
    service = await visible_service(service_id, user, at_least=ProjectRole.MEMBER)
    note(AuditTarget.of("service", service))
    started = await releases.rollback(engine, secrets, service, release_id=body.release_id if body else None,
                                      user=user)
    return RollbackStarted(task_id=started.task.id, build_id=started.build.id)
