"""Installing an app: every check first, then the record (`pending_install`), its name on the domain, its guest's
vmid and address, its addon databases (each made by its own run, owned by the app) and the install run, which
waits for those. When any step is refused, nothing of it stays recorded."""

from __future__ import annotations

import re
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID, uuid4

from service.auth.models import User
from service.core.compensate import undo_on_failure
from service.core.errors import Invalid, taken_on_duplicate
from service.domains.apps import addons, checks, running
from service.domains.apps.actions import RESOURCE
from service.domains.apps.models import App, InstallationState, RunState
from service.domains.apps.secrets import AppSecrets
from service.domains.databases import placement
from service.domains.dns.models import Domain, Route
from service.domains.nodes import guests
from service.domains.nodes.models import Node
from service.domains.projects import access as projects
from service.domains.projects.models import Environment, Project
from service.domains.teams.models import Team
from service.tasks.models import Task

APPS_PROJECT = "apps"  # where an install that names no project goes: a project of the caller's personal team


@dataclass(frozen=True)
class Spec:
    """What a new app is: validated by the API schema; checked against the records and the manifest here."""

    manifest: dict[str, Any]
    catalogue_dir: str | None  # None: an inline manifest, which names its role under roles/
    location: str
    domain: str
    access_restriction: dict[str, list[UUID]] | None = None
    memory_mb: int | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    addon_choices: dict[str, str] = field(default_factory=dict)
    port_bindings: dict[str, Any] = field(default_factory=dict)
    label: str = ""
    tags: list[str] = field(default_factory=list)
    project_id: UUID | None = None
    environment_id: UUID | None = None
    node_id: UUID | None = None


@dataclass(frozen=True)
class Installed:
    app: App
    task: Task
    admin_password: str | None  # the only time it is in the clear outside the app's box


def hostname(app: App) -> str:
    base = re.sub(r"[^a-z0-9-]+", "-", (app.location or app.fqdn.split(".")[0]).lower()).strip("-")[:40] or "app"
    return f"app-{base}-{app.id.hex[:8]}"


async def _project(user: User, project_id: UUID | None) -> Project:
    """The project named (member or above), else the caller's own `apps` project, made on first need."""
    if project_id is not None:
        return await placement.project_for(project_id, user)
    team = await Team.filter(personal=True, members__user=user).first()
    found = await Project.get_or_none(team=team, name=APPS_PROJECT) if team is not None else None
    if found is not None:
        return await placement.project_for(found.id, user)
    return await projects.create_project(user, team_id=None, name=APPS_PROJECT, fields={
        "description": "The apps installed without a project"})


@asynccontextmanager
async def placed(app_secrets: AppSecrets, app: App, *, domain: Domain, project: Project, environment: Environment,
                 used: dict[str, str], user: User) -> AsyncIterator[addons.Made]:
    """A new app's name on its domain, its guest (vmid, address) and its addon databases, recorded `provisioning`;
    the block then starts their runs. When anything in it is refused, none of it stays, the app's record neither."""
    made = addons.Made({}, [], [])
    allocation: guests.Allocation | None = None

    async def forget() -> None:
        await made.discard()
        if allocation is not None:
            await allocation.release()
        await Route.filter(resource_type=RESOURCE, resource_id=str(app.id)).delete()
        await App.filter(id=app.id).delete()

    async with undo_on_failure(forget):
        with taken_on_duplicate(f"{app.fqdn} is in use", field="location"):
            await Route.create(fqdn=app.fqdn, location=app.location, domain=domain, node_id=app.node_id,
                               resource_type=RESOURCE, resource_id=str(app.id))
        node = await Node.get(id=app.node_id)
        allocation = await guests.allocate_guest(
            app_secrets.settings, app_secrets.databases.nodes, node, hostname=hostname(app), resource_type=RESOURCE,
            resource_id=str(app.id), cores=app.cores, memory_mb=app.memory_mb, disk_gb=app.disk_gb,
            project_id=project.id, environment_id=environment.id, static_only=True)
        app.guest, app.host = allocation.guest, allocation.guest.ip
        await addons.make_databases(app_secrets.settings, app_secrets.databases, made, app=app, used=used,
                                    project=project, environment=environment, node=node, user=user)
        app.addon_databases = {kind: str(database.id) for kind, database in made.databases.items()}
        await app.save(update_fields=["guest_id", "host", "addon_databases", "updated_at"])
        yield made


async def install(app_secrets: AppSecrets, spec: Spec, *, user: User) -> Installed:
    manifest = spec.manifest
    if spec.catalogue_dir is None and not manifest.get("role"):
        raise Invalid("An inline manifest names the role that installs it (a role under roles/)",
                      details={"field": "manifest.role"})
    domain, fqdn = await checks.place(spec.location, spec.domain)
    access = await checks.access(spec.access_restriction)
    if access is not None:
        running.check_public_url(app_secrets.settings)
    plain, secret = checks.settings(manifest, spec.settings)
    used = addons.chosen(manifest, spec.addon_choices)
    memory_mb = checks.memory(manifest, spec.memory_mb)
    project = await _project(user, spec.project_id)
    environment: Environment = await placement.environment_for(project, spec.environment_id)
    node = await placement.node_for(project, spec.node_id)
    if "sendmail" in used.values():
        await running.check_sendmail(app_secrets)
    admin_password = secrets.token_urlsafe(18) if manifest.get("adminUser") else None
    own: dict[str, Any] = {"settings": secret}
    if admin_password is not None:
        own["adminPassword"] = admin_password
    taken = f"{fqdn} is in use"
    with taken_on_duplicate(taken, field="location"):  # a concurrent twin won the name
        app = await App.create(
            id=uuid4(), app_store_id=manifest["id"], catalogue_dir=spec.catalogue_dir, manifest=manifest,
            project=project, environment=environment, node=node, location=spec.location.lower(), domain=domain,
            fqdn=fqdn, installation_state=InstallationState.PENDING_INSTALL, run_state=RunState.RUNNING,
            access_restriction=access, memory_mb=memory_mb, port_bindings=spec.port_bindings, settings=plain,
            sealed_secrets=app_secrets.seal(own), admin_user=str(manifest.get("adminUser") or ""),
            addon_choices=used, label=spec.label, tags=spec.tags, created_by=user)
    async with placed(app_secrets, app, domain=domain, project=project, environment=environment, used=used,
                      user=user) as made:
        await addons.launch_databases(app_secrets.engine, app_secrets.settings, app_secrets.databases, made,
                                      user=user)
        task = await running.start_install(app_secrets, app, user=user, wait_for=made.lock_keys())
    return Installed(app=app, task=task, admin_password=admin_password)
