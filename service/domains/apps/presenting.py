"""Apps as the API shows them: the ones a caller may see or change, and each one's public facts in Cloudron's
shape (never its admin password, its secret settings or its databases' passwords)."""

from __future__ import annotations

from uuid import UUID

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from service.auth.models import User
from service.core.errors import Forbidden, NotFound
from service.domains.apps import addons, icons
from service.domains.apps.models import App
from service.domains.apps.schemas import MIB, AppDatabase, AppError, AppOut
from service.domains.nodes.models import Guest
from service.domains.projects import access as projects
from service.domains.projects.models import ProjectRole


async def visible_apps(user: User, *, project_id: UUID | None, search: str | None) -> QuerySet[App]:
    query = await projects.in_visible_projects(App, user, project_id=project_id)
    if search:
        query = query.filter(Q(fqdn__icontains=search) | Q(label__icontains=search)
                             | Q(app_store_id__icontains=search))
    return query


async def get_app(app_id: UUID, user: User, *, change: bool = False) -> App:
    """The app, when the caller sees its project (404 otherwise); `change`: as a member or above (403)."""
    app = await App.get_or_none(id=app_id)
    if app is None:
        raise NotFound(f"No app {app_id}")
    if app.project_id is None:
        if not user.is_admin:
            raise NotFound(f"No app {app_id}")
        return app
    try:
        await projects.visible_project(app.project_id, user,
                                       at_least=ProjectRole.MEMBER if change else ProjectRole.VIEWER)
    except Forbidden:
        raise Forbidden(f"Changing app {app.fqdn} needs the project role member or above") from None
    except NotFound:
        raise NotFound(f"No app {app_id}") from None
    return app


async def out(app: App) -> AppOut:
    manifest = app.manifest or {}
    databases = await addons.databases_of(app)
    guest = await Guest.get_or_none(id=app.guest_id) if app.guest_id else None
    domain = await app.domain
    error = AppError(message=str(app.error.get("message") or ""), code=str(app.error.get("code") or "failed"),
                     task_id=app.error.get("taskId"), step=app.error.get("step")) if app.error else None
    return AppOut(
        id=app.id, app_store_id=app.app_store_id, installation_state=app.installation_state.value,
        run_state=app.run_state.value, health=app.health.value if app.health else None, task_id=app.task_id,
        location=app.location, domain=domain.domain, fqdn=app.fqdn, url=f"https://{app.fqdn}", manifest=manifest,
        version=str(manifest.get("version") or ""), port_bindings=app.port_bindings or {},
        access_restriction=app.access_restriction, memory_limit=app.memory_mb * MIB,
        icon_url=icons.url(app.app_store_id) if app.catalogue_dir else None,
        label=app.label, tags=list(app.tags or []), error=error, settings=dict(app.settings or {}),
        admin_user=app.admin_user or None,
        databases=[AppDatabase(addon=kind, id=database.id, name=database.name, status=database.status.value)
                   for kind, database in sorted(databases.items())],
        project_id=app.project_id, environment_id=app.environment_id, node_id=app.node_id, host=app.host,
        vmid=guest.vmid if guest is not None else None, creation_time=app.created_at, ts=app.updated_at)
