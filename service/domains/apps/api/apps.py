"""Apps (seed 002 `/apps`): software from the catalogue, each in its own guest with its addon databases and its
name on a domain. Installing and every change answer 202 with the run that does the work; the generated admin
password is shown once, in the install's answer."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query, Response, status
from fastapi.responses import StreamingResponse

from service.api.deps import CurrentUser
from service.core.audit import AuditTarget, note
from service.core.errors import Invalid
from service.core.paging import PagingDep
from service.core.schemas import Page, TaskCreated, error_responses
from service.core.settings_store import get_setting
from service.core.sse import sse_comment, sse_event
from service.domains.apps import catalogue, configuring, installing, logs, presenting, running, updating
from service.domains.apps.models import App
from service.domains.apps.schemas import (
    MIB,
    AppChanged,
    AppConfigure,
    AppInstall,
    AppInstalled,
    AppLogs,
    AppOut,
    AppUninstall,
    AppUpdate,
)
from service.domains.apps.secrets import AppSecretsDep

router = APIRouter(prefix="/apps", tags=["apps"])
SEEN = error_responses(401, 403, 404, 422)
CHANGE = error_responses(401, 403, 404, 409, 422)
Lines = Annotated[int, Query(ge=1, le=logs.MAX_LINES, description="How many of the last lines")]


def _target(app: App) -> AuditTarget:
    return AuditTarget.of("app", app, name=app.fqdn)


@router.get("", response_model=Page[AppOut], responses=error_responses(401, 404, 422),
            summary="The apps of the projects the caller may see")
async def list_apps(user: CurrentUser, paging: PagingDep,
                    project_id: UUID | None = Query(default=None, alias="projectId")) -> Page[AppOut]:
    query = await presenting.visible_apps(user, project_id=project_id, search=paging.search)
    total = await query.count()
    found = await query.order_by("fqdn", "id").offset(paging.offset).limit(paging.per_page)
    return Page[AppOut](items=[await presenting.out(app) for app in found], total=total, page=paging.page,
                        per_page=paging.per_page)


@router.post("/install", status_code=status.HTTP_202_ACCEPTED, response_model=AppInstalled,
             responses=error_responses(401, 403, 404, 409, 422, 502),
             summary="Install an app of the catalogue (or of a manifest given) on a name of a domain: its guest, "
                     "addon databases, name and certificate are made by the tasks; the admin password is shown "
                     "this once")
async def install_app(body: AppInstall, user: CurrentUser, app_secrets: AppSecretsDep) -> AppInstalled:
    if body.app_store_id is not None:
        entry = catalogue.load(app_secrets.settings).find(body.app_store_id)
        if entry is None:
            raise Invalid(f"No app {body.app_store_id!r} in the catalogue (GET /api/v1/appstore/apps)",
                          details={"field": "appStoreId"})
        if entry.unstable and not await get_setting("unstable_apps"):
            raise Invalid(f"{body.app_store_id} is marked unstable: an administrator enables unstable apps first "
                          "(POST /api/v1/settings/unstable_apps)", code="unstable",
                          details={"field": "appStoreId"})
        manifest, folder = entry.manifest, entry.dir
    else:
        manifest, folder = catalogue.validate(body.manifest), None
    spec = installing.Spec(
        manifest=manifest, catalogue_dir=folder, location=body.location, domain=body.domain,
        access_restriction=body.access_restriction.model_dump() if body.access_restriction else None,
        memory_mb=-(-body.memory_limit // MIB) if body.memory_limit else None, settings=dict(body.settings),
        addon_choices=dict(body.addon_choices), port_bindings=dict(body.port_bindings), label=body.label,
        tags=list(body.tags), project_id=body.project_id, environment_id=body.environment_id, node_id=body.node_id)
    made = await installing.install(app_secrets, spec, user=user)
    note(_target(made.app))
    shown = (await presenting.out(made.app)).model_dump()
    return AppInstalled(**{**shown, "task_id": made.task.id, "admin_password": made.admin_password})


@router.get("/{app_id}", response_model=AppOut, responses=SEEN, summary="Get an app")
async def get_app(app_id: UUID, user: CurrentUser) -> AppOut:
    return await presenting.out(await presenting.get_app(app_id, user))


async def _power(app_id: UUID, action: str, user: CurrentUser, app_secrets: AppSecretsDep) -> TaskCreated:
    app = await presenting.get_app(app_id, user, change=True)
    note(_target(app))
    task = await running.power(app_secrets, app, action=action, user=user)
    return TaskCreated(task_id=task.id)


@router.post("/{app_id}/start", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
             responses=CHANGE, summary="Start the app's guest")
async def start_app(app_id: UUID, user: CurrentUser, app_secrets: AppSecretsDep) -> TaskCreated:
    return await _power(app_id, "start", user, app_secrets)


@router.post("/{app_id}/stop", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
             responses=CHANGE, summary="Stop the app's guest")
async def stop_app(app_id: UUID, user: CurrentUser, app_secrets: AppSecretsDep) -> TaskCreated:
    return await _power(app_id, "stop", user, app_secrets)


@router.post("/{app_id}/restart", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
             responses=CHANGE, summary="Restart the app's guest")
async def restart_app(app_id: UUID, user: CurrentUser, app_secrets: AppSecretsDep) -> TaskCreated:
    return await _power(app_id, "restart", user, app_secrets)


@router.post("/{app_id}/repair", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
             responses=CHANGE, summary="Run the app's install again (Cloudron's repair): for an app in error, or "
                                       "to put back what was changed by hand in its guest")
async def repair_app(app_id: UUID, user: CurrentUser, app_secrets: AppSecretsDep) -> TaskCreated:
    app = await presenting.get_app(app_id, user, change=True)
    note(_target(app))
    task = await configuring.repair(app_secrets, app, user=user)
    return TaskCreated(task_id=task.id)


@router.post("/{app_id}/configure", response_model=AppChanged, responses={
    202: {"model": AppChanged, "description": "A run started: taskId is the run that applies the change"},
    **CHANGE}, summary="Change an app's name, domain, access restriction, memory, settings, label or tags "
                       "(project members)")
async def configure_app(app_id: UUID, body: AppConfigure, user: CurrentUser, app_secrets: AppSecretsDep,
                        response: Response) -> AppChanged:
    app = await presenting.get_app(app_id, user, change=True)
    note(_target(app))
    task = await configuring.configure(app_secrets, app, body, user=user)
    if task is not None:
        response.status_code = status.HTTP_202_ACCEPTED
    shown = (await presenting.out(app)).model_dump()
    return AppChanged(**{**shown, "task_id": task.id if task is not None else None})


@router.post("/{app_id}/update", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
             responses=CHANGE, summary="Update an app to its catalogue's newer version (project members): a snapshot "
                                       "of its guest, the install with the new version, and a rollback to the "
                                       "snapshot when that fails")
async def update_app(app_id: UUID, user: CurrentUser, app_secrets: AppSecretsDep,
                     body: AppUpdate | None = None) -> TaskCreated:
    app = await presenting.get_app(app_id, user, change=True)
    note(_target(app))
    task = await updating.update(app_secrets, app, asked=(body or AppUpdate()).app_store_version, user=user)
    return TaskCreated(task_id=task.id)


async def _uninstall(app_id: UUID, body: AppUninstall, user: CurrentUser, app_secrets: AppSecretsDep
                     ) -> TaskCreated | Response:
    app = await presenting.get_app(app_id, user, change=True)
    note(_target(app))
    task = await running.uninstall(app_secrets, app, keep_databases=body.keep_databases, user=user)
    if task is None:
        return Response(status_code=status.HTTP_204_NO_CONTENT)
    return TaskCreated(task_id=task.id)


UNINSTALLED = {204: {"description": "No guest was left: the app is gone"}, **CHANGE}
UNINSTALL_SUMMARY = ("Uninstall an app (project members): its guest is destroyed by the task, its addon databases "
                     "deleted (unless kept), its name and its DNS record removed")


@router.post("/{app_id}/uninstall", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
             responses=UNINSTALLED, summary=UNINSTALL_SUMMARY)
async def uninstall_app(app_id: UUID, user: CurrentUser, app_secrets: AppSecretsDep,
                        body: AppUninstall | None = None) -> TaskCreated | Response:
    return await _uninstall(app_id, body or AppUninstall(), user, app_secrets)


@router.delete("/{app_id}", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
               responses=UNINSTALLED, summary=UNINSTALL_SUMMARY)
async def delete_app(app_id: UUID, user: CurrentUser, app_secrets: AppSecretsDep,
                     keep_databases: bool = Query(default=False, alias="keepDatabases")) -> TaskCreated | Response:
    return await _uninstall(app_id, AppUninstall(keep_databases=keep_databases), user, app_secrets)


@router.get("/{app_id}/logs", response_model=AppLogs, responses=error_responses(401, 403, 404, 409, 422, 502),
            summary="The last lines of the journal of the app's guest (project members)")
async def app_logs(app_id: UUID, user: CurrentUser, app_secrets: AppSecretsDep, lines: Lines = 100) -> AppLogs:
    app = await presenting.get_app(app_id, user, change=True)
    return AppLogs(lines=await logs.tail(app_secrets.settings, app, lines))


@router.get("/{app_id}/logstream", response_class=StreamingResponse, responses={
    200: {"content": {"text/event-stream": {"schema": {"type": "string"}}},
          "description": "One event per line of the journal, the last `lines` first, then live"},
    **error_responses(401, 403, 404, 409, 422)}, summary="Follow the app's journal live (Server-Sent Events)")
async def app_logstream(app_id: UUID, user: CurrentUser, app_secrets: AppSecretsDep,
                        lines: Lines = 10) -> StreamingResponse:
    app = await presenting.get_app(app_id, user, change=True)
    followed = logs.follow(app_secrets.settings, app, lines)  # 409 here, before the stream's 200

    async def stream() -> AsyncIterator[str]:
        yield sse_comment(f"containr app log: {app.fqdn}")
        async for line in followed:
            yield sse_comment("keep-alive") if line is None else sse_event(line)

    return StreamingResponse(stream(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
