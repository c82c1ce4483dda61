"""Services (seed 000 `/projects/{project_id}/services`, `/services/{id}`): apps built from git into their own
guests. Creating and changing one starts a deploy (202 with its task and build); its webhook secret is shown once."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query, Response, status
from fastapi.responses import StreamingResponse

from service.api.deps import CurrentUser, Engine, HooksDep
from service.core.audit import AuditTarget, note
from service.core.paging import PagingDep
from service.core.schemas import Page, TaskCreated, error_responses
from service.core.sse import sse_comment, sse_event
from service.domains.databases import placement
from service.domains.projects import access as projects
from service.domains.projects.models import ProjectRole
from service.domains.services import creating, deploying, logs, presenting, queries, updating
from service.domains.services.events import SERVICE_DELETING
from service.domains.services.models import BuilderType, ServiceType, SourceType
from service.domains.services.schemas import (
    ServiceAccepted,
    ServiceChanged,
    ServiceCreate,
    ServiceDeleted,
    ServiceLogs,
    ServiceOut,
    ServiceUpdate,
)
from service.domains.services.secrets import ServiceSecretsDep

project_router = APIRouter(prefix="/projects/{project_id}/services", tags=["services"])
router = APIRouter(prefix="/services", tags=["services"])
SEEN = error_responses(401, 403, 404, 422)
CHANGE = error_responses(401, 403, 404, 409, 422)
Lines = Annotated[int, Query(ge=1, le=logs.MAX_LINES, description="How many of the last lines")]
EnvironmentFilter = Annotated[UUID | None, Query(alias="environmentId")]
TypeFilter = Annotated[ServiceType | None, Query()]


async def _listed(user: CurrentUser, paging: PagingDep, secrets: ServiceSecretsDep, *, project_id: UUID | None,
                  environment_id: UUID | None, service_type: ServiceType | None) -> Page[ServiceOut]:
    query = await presenting.visible_services(user, project_id=project_id, environment_id=environment_id,
                                              service_type=service_type, search=paging.search)
    total = await query.count()
    found = await query.order_by("name", "id").offset(paging.offset).limit(paging.per_page).prefetch_related("guest")
    return Page[ServiceOut](items=[await presenting.out(s, secrets) for s in found], total=total, page=paging.page,
                            per_page=paging.per_page)


@project_router.get("", response_model=Page[ServiceOut], responses=SEEN, summary="The project's services")
async def list_project_services(project_id: UUID, user: CurrentUser, paging: PagingDep, secrets: ServiceSecretsDep,
                                environment_id: EnvironmentFilter = None,
                                type: TypeFilter = None) -> Page[ServiceOut]:
    return await _listed(user, paging, secrets, project_id=project_id, environment_id=environment_id,
                         service_type=type)


@router.get("", response_model=Page[ServiceOut], responses=error_responses(401, 404, 422),
            summary="The services of the projects the caller may see")
async def list_services(user: CurrentUser, paging: PagingDep, secrets: ServiceSecretsDep,
                        project_id: UUID | None = Query(default=None, alias="projectId"),
                        environment_id: EnvironmentFilter = None, type: TypeFilter = None) -> Page[ServiceOut]:
    return await _listed(user, paging, secrets, project_id=project_id, environment_id=environment_id,
                         service_type=type)


def _spec(body: ServiceCreate) -> creating.Spec:
    source, build = body.source, body.build_config
    return creating.Spec(
        name=body.name, type=ServiceType(body.type), repository=source.repository or "", branch=source.branch,
        source_type=SourceType(source.type), image=source.image or "", registry_id=source.registry_id,
        root_directory=source.root_directory, dockerfile=source.dockerfile, git_provider_id=source.git_provider_id,
        builder_type=BuilderType(build.builder_type), build_command=build.build_command,
        start_command=build.start_command, variables=dict(build.environment_variables), cores=body.resources.cores,
        memory_mb=body.resources.memory_mb, disk_gb=body.resources.disk_gb, port=body.port,
        health_check_path=body.health_check_path, health_check_timeout=body.health_check_timeout,
        schedule=body.schedule, links=list(body.links), addons=list(body.addons))


@project_router.post("", status_code=status.HTTP_202_ACCEPTED, response_model=ServiceAccepted,
                     responses=error_responses(401, 403, 404, 409, 422, 502),
                     summary="Create a service (project members): its guest, first build and release are made by "
                             "the task; the webhook secret is shown this once")
async def create_service(project_id: UUID, body: ServiceCreate, user: CurrentUser, engine: Engine,
                         secrets: ServiceSecretsDep) -> ServiceAccepted:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.MEMBER)
    environment = await placement.environment_for(project, body.environment_id)
    node = await placement.node_for(project, body.node_id)
    made = await creating.create(engine, secrets, project=project, environment=environment, node=node,
                                 spec=_spec(body), user=user)
    note(AuditTarget.of("service", made.service))
    await made.service.fetch_related("guest")
    shown = (await presenting.out(made.service, secrets)).model_dump()
    return ServiceAccepted(**{**shown, "task_id": made.task.id, "build_id": made.build.id,
                              "webhook_secret": made.webhook_secret})


@router.get("/{service_id}", response_model=ServiceOut, responses=SEEN, summary="Get a service")
async def get_service(service_id: UUID, user: CurrentUser, secrets: ServiceSecretsDep) -> ServiceOut:
    service = await queries.visible_service(service_id, user, at_least=ProjectRole.VIEWER)
    await service.fetch_related("guest")
    return await presenting.out(service, secrets)


@router.put("/{service_id}", response_model=ServiceChanged, responses={
    202: {"model": ServiceChanged, "description": "A redeploy started: taskId and buildId are its run and build"},
    **CHANGE}, summary="Change a service's source, build settings, variables, port, health check, schedule, "
                       "links or addons (project members): a redeploy, 202; name, type and resources do not change")
async def update_service(service_id: UUID, body: ServiceUpdate, user: CurrentUser, engine: Engine,
                         secrets: ServiceSecretsDep, response: Response) -> ServiceChanged:
    service = await queries.visible_service(service_id, user, at_least=ProjectRole.MEMBER)
    note(AuditTarget.of("service", service))
    started = await updating.update(engine, secrets, service, body, user=user)
    if started is not None:
        response.status_code = status.HTTP_202_ACCEPTED
    await service.fetch_related("guest")
    shown = (await presenting.out(service, secrets)).model_dump()
    return ServiceChanged(**{**shown, "build_id": started.build.id if started else None})


@router.delete("/{service_id}", status_code=status.HTTP_202_ACCEPTED, response_model=ServiceDeleted, responses={
    204: {"description": "No guest was left: the record is gone"}, **CHANGE},
    summary="Delete a service (project members): its guest is destroyed and its address freed by the task")
async def delete_service(service_id: UUID, user: CurrentUser, engine: Engine, secrets: ServiceSecretsDep,
                         hooks: HooksDep) -> ServiceDeleted | Response:
    service = await queries.visible_service(service_id, user, at_least=ProjectRole.MEMBER)
    note(AuditTarget.of("service", service))
    await deploying.check_idle(service)
    await hooks.fire(SERVICE_DELETING, service=service, user=user)
    task = await deploying.delete(engine, secrets, service, user=user)
    if task is None:
        return Response(status_code=status.HTTP_204_NO_CONTENT)
    return ServiceDeleted(task_id=task.id)


async def _power(service_id: UUID, action: str, user: CurrentUser, engine: Engine,
                 secrets: ServiceSecretsDep) -> TaskCreated:
    service = await queries.visible_service(service_id, user, at_least=ProjectRole.MEMBER)
    note(AuditTarget.of("service", service))
    task = await deploying.power(engine, secrets, service, action=action, user=user)
    return TaskCreated(task_id=task.id)


@router.post("/{service_id}/start", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
             responses=CHANGE, summary="Start the service's unit (a cron service's timer)")
async def start_service(service_id: UUID, user: CurrentUser, engine: Engine,
                        secrets: ServiceSecretsDep) -> TaskCreated:
    return await _power(service_id, "start", user, engine, secrets)


@router.post("/{service_id}/stop", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
             responses=CHANGE, summary="Stop the service's unit (a cron service's timer)")
async def stop_service(service_id: UUID, user: CurrentUser, engine: Engine,
                       secrets: ServiceSecretsDep) -> TaskCreated:
    return await _power(service_id, "stop", user, engine, secrets)


@router.post("/{service_id}/restart", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
             responses=CHANGE, summary="Restart the service's unit (a cron service's timer)")
async def restart_service(service_id: UUID, user: CurrentUser, engine: Engine,
                          secrets: ServiceSecretsDep) -> TaskCreated:
    return await _power(service_id, "restart", user, engine, secrets)


@router.get("/{service_id}/logs", response_model=ServiceLogs, responses=error_responses(401, 403, 404, 409, 422, 502),
            summary="The last lines of the app's journal in its guest (project members)")
async def service_logs(service_id: UUID, user: CurrentUser, secrets: ServiceSecretsDep,
                       lines: Lines = 100) -> ServiceLogs:
    service = await queries.visible_service(service_id, user, at_least=ProjectRole.MEMBER)
    return ServiceLogs(lines=await logs.tail(secrets.settings, service, lines), source=logs.source(service))


@router.get("/{service_id}/logstream", response_class=StreamingResponse, responses={
    200: {"content": {"text/event-stream": {"schema": {"type": "string"}}},
          "description": "One event per line of the app's journal, the last `lines` first, then live"},
    **error_responses(401, 403, 404, 409, 422)}, summary="Follow the app's journal live (Server-Sent Events)")
async def service_logstream(service_id: UUID, user: CurrentUser, secrets: ServiceSecretsDep,
                            lines: Lines = 10) -> StreamingResponse:
    service = await queries.visible_service(service_id, user, at_least=ProjectRole.MEMBER)
    followed = logs.follow(secrets.settings, service, lines)  # 409 here, before the stream's 200

    async def stream() -> AsyncIterator[str]:
        yield sse_comment(f"containr service log: {logs.source(service)}")
        async for line in followed:
            yield sse_comment("keep-alive") if line is None else sse_event(line)

    return StreamingResponse(stream(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
