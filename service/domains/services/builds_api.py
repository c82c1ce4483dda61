"""Builds (seed 000): start one, list and read them, read a build's log (its run's), cancel one."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query, Response, status

from service.api.deps import CurrentUser, Engine
from service.core.audit import AuditTarget, note
from service.core.paging import PageQuery, PerPageQuery
from service.core.schemas import Page, error_responses
from service.domains.projects.models import ProjectRole
from service.domains.services import builds, deploying
from service.domains.services.builds_schemas import BuildAccepted, BuildCreate, BuildOut
from service.domains.services.models import Build, BuildStatus, BuildTrigger
from service.domains.services.queries import visible_service
from service.domains.services.secrets import ServiceSecretsDep
from service.domains.tasks.schemas import LOG_CONTENT, LOG_MEDIA_TYPE, LogFormat, log_body

router = APIRouter(prefix="/builds", tags=["builds"])
SEEN = error_responses(401, 403, 404, 422)
CHANGE = error_responses(401, 403, 404, 409, 422)


def _noted(build: Build, project_id: UUID | None) -> None:
    note(AuditTarget(kind="build", id=str(build.id), project_id=project_id))


@router.get("", response_model=Page[BuildOut], responses=SEEN,
            summary="The builds of the services the caller may see, newest first")
async def list_builds(user: CurrentUser, page: PageQuery = 1, per_page: PerPageQuery = 20,
                      service_id: UUID | None = Query(default=None, alias="serviceId"),
                      status: BuildStatus | None = Query(default=None,
                                                         description="As the builds read it")) -> Page[BuildOut]:
    query = await builds.visible_builds(user, service_id=service_id, status=status)
    total = await query.count()
    found = await query.order_by("-created_at", "-id").offset((page - 1) * per_page).limit(per_page)
    states = await builds.task_states(found)
    return Page[BuildOut](items=[builds.out(build, states) for build in found], total=total, page=page,
                          per_page=per_page)


@router.post("", status_code=status.HTTP_202_ACCEPTED, response_model=BuildAccepted,
             responses=error_responses(401, 403, 404, 409, 422),
             summary="Build and deploy a service (project members): a commit, else the head of a branch")
async def start_build(body: BuildCreate, user: CurrentUser, engine: Engine,
                      secrets: ServiceSecretsDep) -> BuildAccepted:
    service = await visible_service(body.service_id, user, at_least=ProjectRole.MEMBER)
    started = await deploying.deploy(engine, secrets, service, trigger=BuildTrigger.API, user=user,
                                     commit=body.commit_sha, branch=body.branch)
    _noted(started.build, service.project_id)
    return BuildAccepted(**(await builds.out_one(started.build)).model_dump())


@router.get("/{build_id}", response_model=BuildOut, responses=SEEN, summary="Get a build")
async def get_build(build_id: UUID, user: CurrentUser) -> BuildOut:
    build, _ = await builds.visible_build(build_id, user, at_least=ProjectRole.VIEWER)
    return await builds.out_one(build)


@router.get("/{build_id}/logs", response_class=Response, responses={**LOG_CONTENT, **SEEN},
            summary="The build's log (project members): its run's, as GET /tasks/{id}/logs gives it")
async def build_logs(
    build_id: UUID, user: CurrentUser, engine: Engine,
    lines: Annotated[int, Query(ge=-1, le=100000, description="Last N lines; -1 for all")] = -1,
    format: LogFormat = "plain",
) -> Response:
    build, _ = await builds.visible_build(build_id, user, at_least=ProjectRole.MEMBER)
    entries = await engine.logs.read_lines(build.task_id) if build.task_id is not None else []
    return Response(log_body(entries, lines=lines, fmt=format, task_id=build.task_id or 0),
                    media_type=LOG_MEDIA_TYPE)


@router.post("/{build_id}/cancel", status_code=status.HTTP_202_ACCEPTED, response_model=BuildOut,
             responses=CHANGE, summary="Stop the build's run (project members); it ends `cancelled`")
async def cancel_build(build_id: UUID, user: CurrentUser, engine: Engine) -> BuildOut:
    build, service = await builds.visible_build(build_id, user, at_least=ProjectRole.MEMBER)
    _noted(build, service.project_id)
    await builds.cancel(engine, build)
    await build.refresh_from_db()
    return await builds.out_one(build)
