"""Databases (seed 000; Cloudron's platform services): PostgreSQL, MySQL (MariaDB) and Redis in their own guests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query, Request, Response, status
from fastapi.responses import StreamingResponse

from service.api.deps import CurrentUser, Engine, HooksDep, SettingsDep
from service.core.audit import AuditTarget, note
from service.core.paging import PagingDep
from service.core.schemas import Page, TaskCreated, error_responses
from service.core.sse import sse_comment, sse_event
from service.domains.databases import credentials as database_credentials
from service.domains.databases import logs, operations, placement, provisioning, queries
from service.domains.databases import settings as database_settings
from service.domains.databases.deps import DatabaseSecretsDep
from service.domains.databases.events import DATABASE_DELETING
from service.domains.databases.models import Database, DatabaseType
from service.domains.databases.schemas import (
    Credentials,
    DatabaseAccepted,
    DatabaseCreate,
    DatabaseDeleted,
    DatabaseLogs,
    DatabaseOut,
    DatabaseUpdate,
)
from service.domains.projects.models import ProjectRole

router = APIRouter(prefix="/databases", tags=["databases"])
SEEN = error_responses(401, 403, 404, 422)
CHANGE = error_responses(401, 403, 404, 409, 422)
Lines = Annotated[int, Query(ge=1, le=logs.MAX_LINES, description="How many of the last lines")]


@router.get("", response_model=Page[DatabaseOut], responses=error_responses(401, 404, 422),
            summary="The databases of the projects the caller may see")
async def list_databases(user: CurrentUser, paging: PagingDep,
                         project_id: UUID | None = Query(default=None, alias="projectId"),
                         environment_id: UUID | None = Query(default=None, alias="environmentId"),
                         type: DatabaseType | None = Query(default=None)) -> Page[DatabaseOut]:
    query = await queries.visible_databases(user, project_id=project_id, environment_id=environment_id,
                                            database_type=type, search=paging.search)
    total = await query.count()
    found = await query.order_by("name", "id").offset(paging.offset).limit(paging.per_page).prefetch_related(
        *queries.RELATED)
    return Page[DatabaseOut](items=[queries.out(d) for d in found], total=total, page=paging.page,
                             per_page=paging.per_page)


@router.post("", status_code=status.HTTP_202_ACCEPTED, response_model=DatabaseAccepted,
             responses=error_responses(401, 403, 404, 409, 422, 502),
             summary="Create a database (project members); its guest and server are made by the task")
async def create_database(body: DatabaseCreate, user: CurrentUser, engine: Engine, settings: SettingsDep,
                          boxes: DatabaseSecretsDep) -> DatabaseAccepted:
    project = await placement.project_for(body.project_id, user)
    environment = await placement.environment_for(project, body.environment_id)
    node = await placement.node_for(project, body.node_id)
    spec = provisioning.Spec(name=body.name, type=DatabaseType(body.type), version=body.version or "",
                             cores=body.resources.cores,
                             # Not given: the platform default for the type (settings/platform_config).
                             memory_mb=body.resources.memory_mb if "memory_mb" in body.resources.model_fields_set
                             else None,
                             disk_gb=body.resources.disk_gb, backups_enabled=body.backups_enabled,
                             vzdump_backups=body.vzdump_backups)
    database, _ = await provisioning.create(engine, settings, boxes, project=project,
                                            environment=environment, node=node, spec=spec, user=user)
    await database.fetch_related(*queries.RELATED)
    return DatabaseAccepted(**queries.out(database).model_dump())


@router.get("/{database_id}", response_model=DatabaseOut, responses=SEEN, summary="Get a database")
async def get_database(database_id: UUID, user: CurrentUser) -> DatabaseOut:
    database = await queries.visible_database(database_id, user, at_least=ProjectRole.VIEWER)
    await database.fetch_related(*queries.RELATED)
    return queries.out(database)


@router.put("/{database_id}", response_model=DatabaseAccepted, responses={
    202: {"model": DatabaseAccepted, "description": "A resize started: taskId is its run"}, **CHANGE},
    summary="Rename a database, change its backup options, or resize it (cores, memory, a larger disk: a "
            "task, 202)")
async def update_database(database_id: UUID, body: DatabaseUpdate, user: CurrentUser, engine: Engine,
                          settings: SettingsDep, boxes: DatabaseSecretsDep, response: Response) -> DatabaseAccepted:
    database = await queries.visible_database(database_id, user, at_least=ProjectRole.MEMBER)
    task = None
    if body.name is not None:
        await database_settings.check_name_free(database, body.name)
    if body.resources is not None:  # a refused resize renames nothing either
        task = await operations.resize(engine, settings, boxes, database, cores=body.resources.cores,
                                       memory_mb=body.resources.memory_mb, disk_gb=body.resources.disk_gb, user=user)
    if body.name is not None:
        await database_settings.rename(database, body.name)
    await database_settings.set_backup_options(database, backups_enabled=body.backups_enabled,
                                               vzdump_backups=body.vzdump_backups)
    if task is not None:
        response.status_code = status.HTTP_202_ACCEPTED
    await database.fetch_related(*queries.RELATED)
    return DatabaseAccepted(**queries.out(database).model_dump())


@router.delete("/{database_id}", status_code=status.HTTP_202_ACCEPTED, response_model=DatabaseDeleted,
               responses=CHANGE, summary="Delete a database: its guest is destroyed and its address freed")
async def delete_database(database_id: UUID, user: CurrentUser, engine: Engine, settings: SettingsDep,
                          boxes: DatabaseSecretsDep, hooks: HooksDep,
                          delete_backups: bool = Query(default=False, alias="deleteBackups",
                                                       description="Also forget its backups")) -> DatabaseDeleted:
    database = await queries.visible_database(database_id, user, at_least=ProjectRole.MEMBER)
    note(AuditTarget.of("database", database))
    await hooks.fire(DATABASE_DELETING, database=database)
    task = await operations.delete(engine, settings, boxes, database, user=user,
                                   delete_backups=delete_backups)
    return DatabaseDeleted(task_id=task.id if task else None)


@router.get("/{database_id}/credentials", response_model=Credentials, responses=SEEN,
            summary="The user, password and full connection URL (project members; audit-logged)")
async def get_credentials(database_id: UUID, user: CurrentUser, request: Request,
                          boxes: DatabaseSecretsDep) -> Credentials:
    database = await queries.visible_database(database_id, user, at_least=ProjectRole.MEMBER)
    return await database_credentials.reveal(database, boxes.passwords, user=user, request=request)


async def _power(database_id: UUID, action: str, user: CurrentUser, engine: Engine, settings: SettingsDep,
                 boxes: DatabaseSecretsDep) -> TaskCreated:
    database = await queries.visible_database(database_id, user, at_least=ProjectRole.MEMBER)
    note(AuditTarget.of("database", database))
    task = await operations.power(engine, settings, boxes, database, action=action,
                                  user=user)
    return TaskCreated(task_id=task.id)


@router.post("/{database_id}/start", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
             responses=CHANGE, summary="Start the database's guest")
async def start_database(database_id: UUID, user: CurrentUser, engine: Engine, settings: SettingsDep,
                         boxes: DatabaseSecretsDep) -> TaskCreated:
    return await _power(database_id, "start", user, engine, settings, boxes)


@router.post("/{database_id}/stop", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
             responses=CHANGE, summary="Stop the database's guest")
async def stop_database(database_id: UUID, user: CurrentUser, engine: Engine, settings: SettingsDep,
                        boxes: DatabaseSecretsDep) -> TaskCreated:
    return await _power(database_id, "stop", user, engine, settings, boxes)


@router.post("/{database_id}/restart", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
             responses=CHANGE, summary="Restart the database's guest")
async def restart_database(database_id: UUID, user: CurrentUser, engine: Engine, settings: SettingsDep,
                           boxes: DatabaseSecretsDep) -> TaskCreated:
    return await _power(database_id, "restart", user, engine, settings, boxes)


@router.post("/{database_id}/rotate-password", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
             responses=CHANGE, summary="Give the database's user a new generated password")
async def rotate_password(database_id: UUID, user: CurrentUser, engine: Engine, settings: SettingsDep,
                          boxes: DatabaseSecretsDep) -> TaskCreated:
    database = await queries.visible_database(database_id, user, at_least=ProjectRole.MEMBER)
    task = await operations.rotate_password(engine, settings, boxes, database, user=user)
    return TaskCreated(task_id=task.id)


@router.get("/{database_id}/logs", response_model=DatabaseLogs, responses=error_responses(401, 403, 404, 409, 422, 502),
            summary="The last lines of the server's log in its guest")
async def database_logs(database_id: UUID, user: CurrentUser, settings: SettingsDep, lines: Lines = 100
                        ) -> DatabaseLogs:
    database = await queries.visible_database(database_id, user, at_least=ProjectRole.MEMBER)
    return DatabaseLogs(lines=await logs.tail(settings, database, lines), source=logs.source(database)[0])


@router.get("/{database_id}/logstream", response_class=StreamingResponse, responses={
    200: {"content": {"text/event-stream": {"schema": {"type": "string"}}},
          "description": "One event per line of the server's log, the last `lines` first, then live"},
    **error_responses(401, 403, 404, 409, 422)}, summary="Follow the server's log live (Server-Sent Events)")
async def database_logstream(database_id: UUID, user: CurrentUser, settings: SettingsDep,
                             lines: Lines = 10) -> StreamingResponse:
    database: Database = await queries.visible_database(database_id, user, at_least=ProjectRole.MEMBER)
    logs.check_running(database)

    async def stream() -> AsyncIterator[str]:
        yield sse_comment(f"containr database log: {logs.source(database)[0]}")
        async for line in logs.follow(settings, database, lines):
            yield sse_comment("keep-alive") if line is None else sse_event(line)

    return StreamingResponse(stream(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
