"""Making databases: prepare (the record and its guest's vmid and address), launch (the run that makes the guest
and the server), create (both, or nothing recorded), and retry of a making run that failed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel

from service.actions import catalogue
from service.auth.models import User
from service.config import Settings
from service.core import ssh_keys
from service.core.compensate import undo_on_failure
from service.core.errors import Conflict, taken_on_duplicate
from service.domains.databases import versions
from service.domains.databases.actions import DATABASE_CREATE, RESOURCE, DatabaseCreateVars
from service.domains.databases.models import Database, DatabaseStatus, DatabaseType
from service.domains.databases.operations import PASSWORD_ENV, DatabaseSecrets, new_password, start_action
from service.domains.instance import platform_defaults
from service.domains.nodes import guests
from service.domains.nodes.models import Node
from service.domains.nodes.registry import connection_env
from service.domains.projects.models import Environment, Project
from service.tasks import TaskEngine
from service.tasks.models import Task

DEFAULT_MEMORY_MB = 512


@dataclass(frozen=True)
class Spec:
    """What a new database is: validated by the API schema; checked against the node here."""

    name: str
    type: DatabaseType
    version: str = ""
    cores: int = 1
    memory_mb: int | None = None  # None: the platform default for its type (settings/platform_config), else 512
    disk_gb: int = 8
    backups_enabled: bool = True
    vzdump_backups: bool = False
    owner_type: str | None = None  # what makes it for its own use: "app" (see Database.owner_type)
    owner_id: str | None = None


def _hostname(database: Database) -> str:
    return f"db-{database.name}-{database.id.hex[:8]}"


def _create_vars(settings: Settings, database: Database, node: Node, guest_params: dict) -> DatabaseCreateVars:
    apt_proxy = (node.defaults or {}).get("apt_proxy")
    return DatabaseCreateVars(
        **guest_params, database_type=database.type.value, database_name=database.db_name,
        database_user=database.db_user, database_version=database.version or None,
        containr_ssh_private_key_file=str(ssh_keys.ensure_key(settings)),
        guest_base_apt_proxy=str(apt_proxy).rstrip("/") if apt_proxy else None)


@dataclass(frozen=True)
class Prepared:
    """A database recorded `provisioning` with its guest allocated, whose run has not started yet."""

    database: Database
    node: Node
    allocation: guests.Allocation

    async def discard(self) -> None:
        await Database.filter(id=self.database.id).delete()
        await self.allocation.release()


async def prepare(settings: Settings, boxes: DatabaseSecrets, *, project: Project, environment: Environment, node: Node,
                  spec: Spec, user: User | None) -> Prepared:
    """Record the database `provisioning` with its guest (vmid, address). Anything refused on the way (version,
    name taken, no free address, node offline) leaves nothing recorded."""
    versions.check_version(node, spec.type, spec.version)
    memory_mb, swap = spec.memory_mb, {}
    if memory_mb is None:
        default = await platform_defaults.guest_memory(spec.type.value)
        memory_mb = default.memory_mb if default else DEFAULT_MEMORY_MB
        if default and default.swap_mb is not None:
            swap = {"swap_mb": default.swap_mb}
    taken = f"Environment {environment.name} already has a database named {spec.name!r}"
    if await Database.exists(environment=environment, name=spec.name):
        raise Conflict(taken, code="taken", details={"field": "name"})
    db_name = spec.name.replace("-", "_")
    with taken_on_duplicate(taken, field="name"):  # a concurrent twin won the name
        database = await Database.create(
            project=project, environment=environment, name=spec.name, type=spec.type, version=spec.version,
            node=node, db_name=db_name, db_user=f"{db_name}_app", sealed_password=boxes.passwords.seal(new_password()),
            cores=spec.cores, memory_mb=memory_mb, disk_gb=spec.disk_gb, backups_enabled=spec.backups_enabled,
            vzdump_backups=spec.vzdump_backups, owner_type=spec.owner_type, owner_id=spec.owner_id, created_by=user)
    async with undo_on_failure(lambda: Database.filter(id=database.id).delete()):
        made = await guests.allocate_guest(
            settings, boxes.nodes, node, hostname=_hostname(database), resource_type=RESOURCE,
            resource_id=str(database.id), cores=spec.cores, memory_mb=memory_mb, disk_gb=spec.disk_gb,
            project_id=project.id, environment_id=environment.id, static_only=True, **swap)
        database.guest = made.guest
        database.host = made.guest.ip
        database.port = versions.DEFAULT_PORTS[spec.type]
        await database.save()
    return Prepared(database, node, made)


async def launch(engine: TaskEngine, settings: Settings, boxes: DatabaseSecrets, prepared: Prepared, *,
                 user: User | None, action: catalogue.Action = DATABASE_CREATE,
                 wrap: Callable[[DatabaseCreateVars], BaseModel] | None = None,
                 extra_env: dict[str, str] | None = None) -> Task:
    """Start database.create (or `action`, whose vars `wrap` makes from the create's, with `extra_env` in its
    environment: a clone) for a prepared database; when it cannot start, the caller discards what was prepared."""
    database, node = prepared.database, prepared.node
    params = _create_vars(settings, database, node, prepared.allocation.params)
    env = {**connection_env(node, boxes.nodes), **(extra_env or {}),
           PASSWORD_ENV: str(boxes.passwords.open(database.sealed_password))}
    return await start_action(engine, settings, database, action, wrap(params) if wrap else params, user=user,
                              secrets_env=env)


async def create(engine: TaskEngine, settings: Settings, boxes: DatabaseSecrets, *, project: Project,
                 environment: Environment, node: Node, spec: Spec, user: User | None,
                 action: catalogue.Action = DATABASE_CREATE,
                 wrap: Callable[[DatabaseCreateVars], BaseModel] | None = None,
                 extra_env: dict[str, str] | None = None) -> tuple[Database, Task]:
    """prepare() then launch(): the database recorded and its run started, or nothing recorded."""
    prepared = await prepare(settings, boxes, project=project, environment=environment, node=node, spec=spec,
                             user=user)
    async with undo_on_failure(prepared.discard):
        task = await launch(engine, settings, boxes, prepared, user=user, action=action, wrap=wrap,
                            extra_env=extra_env)
    return prepared.database, task


async def retry(engine: TaskEngine, settings: Settings, boxes: DatabaseSecrets, database: Database, *,
                user: User | None, action: catalogue.Action = DATABASE_CREATE,
                wrap: Callable[[DatabaseCreateVars], BaseModel] | None = None,
                extra_env: dict[str, str] | None = None) -> Task:
    """Run the create (or `action`, as in create()) again for a failed database: the same guest (vmid, address)
    and the same password, with the node's defaults as they are now."""
    if database.status != DatabaseStatus.FAILED:
        raise Conflict(f"Database {database.name} is {database.status}; only a failed database is retried",
                       code="not_failed")
    last = await Task.filter(resource_type=RESOURCE, resource_id=str(database.id)).order_by("-id").first()
    if last is None or last.type != action.task_type:
        # Only the run that made the database is repeated: after a failed delete, say, a clone's retry would
        # restore an old backup over the live data.
        raise Conflict(f"Database {database.name}'s last run ({last.type if last else 'none'}) is not the one "
                       "that makes it, and only that one is retried; see its statusMessage (a failed delete is "
                       "deleted again)", code="not_retriable", details={"taskId": last.id if last else None})
    guest = await database.guest if database.guest_id else None
    if guest is None:
        raise Conflict(f"Database {database.name} has no guest left to make again; delete it and create it anew",
                       code="no_guest")
    if guest.ip is None:
        raise Conflict(f"Database {database.name} lost its address; delete it and create it anew", code="no_address")
    node = await database.node
    params = guests.create_params(settings, node, guest, cores=database.cores, memory_mb=database.memory_mb,
                                  disk_gb=database.disk_gb)
    env = {**connection_env(node, boxes.nodes), **(extra_env or {}),
           PASSWORD_ENV: str(boxes.passwords.open(database.sealed_password))}
    create_vars = _create_vars(settings, database, node, params)

    async def record() -> None:
        database.status, database.status_message = DatabaseStatus.PROVISIONING, ""
        await database.save(update_fields=["status", "status_message", "updated_at"])

    return await start_action(engine, settings, database, action, wrap(create_vars) if wrap else create_vars,
                              user=user, secrets_env=env, record=record)
