"""What deleting a project or an environment, and cloning an environment, do to the databases in them (the
projects slice announces these: hooks.py answers)."""

from __future__ import annotations

from collections import Counter
from functools import partial

from service.auth.models import User
from service.config import Settings
from service.core.compensate import undo_on_failure
from service.core.errors import Conflict, Invalid
from service.domains.databases import operations, provisioning
from service.domains.databases.models import Database, DatabaseStatus
from service.domains.nodes import ipam
from service.domains.nodes.models import Node, NodeStatus
from service.domains.projects import environments
from service.domains.projects.models import Environment, Project
from service.tasks import TaskEngine
from service.tasks.models import Task


async def delete_all(engine: TaskEngine, settings: Settings, boxes: operations.DatabaseSecrets,
                     databases: list[Database], *, user: User | None) -> list[Task]:
    """Start the delete of each database (those already being deleted are left to their run). Refused as a
    whole, before any starts, while one of them is busy with another action."""
    pending = [d for d in databases if d.status != DatabaseStatus.DELETING]
    for database in pending:
        await operations.check_idle(database)
    tasks = []
    for database in pending:
        task = await operations.delete(engine, settings, boxes, database, user=user)
        if task is not None:
            tasks.append(task)
    return tasks


async def holding(environment: Environment) -> list[Database]:
    return await Database.filter(environment=environment)


async def check_room(source: Environment) -> None:
    """409 unless every node is online, 422 naming nodeId unless each has the addresses for clones of all the
    source's databases: checked before the clone exists, so that it is made whole or not at all."""
    needed = Counter(d.node_id for d in await _live(source))
    for node in await Node.filter(id__in=list(needed)):
        if node.status != NodeStatus.ONLINE:
            raise Conflict(f"Node {node.name} is {node.status}, not online: the environment's databases cannot be "
                           "cloned onto it now", code="node_not_online", details={"field": "nodeId"})
        if await ipam.free_addresses(node) < needed[node.id]:
            raise Invalid(f"Node {node.name} has no room for the {needed[node.id]} databases of the environment",
                          code="no_free_address", details={"field": "nodeId", "nodeId": str(node.id)})


async def _live(environment: Environment) -> list[Database]:
    return [d for d in await Database.filter(environment=environment).order_by("created_at")
            if d.status != DatabaseStatus.DELETING]


async def fill_clone(engine: TaskEngine, settings: Settings, boxes: operations.DatabaseSecrets, *, source: Environment,
                     copy: Environment, user: User | None) -> list[Task]:
    """In the copy of an environment (made after check_room passed), a database of the same spec (type, version,
    size, node; new password, empty) for each of the source's: all recorded before any run starts, so that a
    refusal on the way (a node that stopped answering, a version its template lacks) leaves nothing of the clone
    behind, the copy included."""
    originals = await _live(source)
    nodes = {node.id: node for node in await Node.filter(id__in=[d.node_id for d in originals])}
    project: Project = await copy.project
    prepared: list[provisioning.Prepared] = []

    async def forget() -> None:
        await _discard(prepared)
        await environments.delete(copy)

    async with undo_on_failure(forget):
        for original in originals:
            spec = provisioning.Spec(name=original.name, type=original.type, version=original.version,
                                     cores=original.cores, memory_mb=original.memory_mb, disk_gb=original.disk_gb,
                                     backups_enabled=original.backups_enabled, vzdump_backups=original.vzdump_backups)
            prepared.append(await provisioning.prepare(settings, boxes, project=project, environment=copy,
                                                       node=nodes[original.node_id], spec=spec, user=user))
    tasks = []
    for index, made in enumerate(prepared):
        # When the engine refuses one, the databases not started yet are not kept either.
        async with undo_on_failure(partial(_discard, prepared[index:])):
            tasks.append(await provisioning.launch(engine, settings, boxes, made, user=user))
    return tasks


async def _discard(prepared: list[provisioning.Prepared]) -> None:
    for made in prepared:
        await made.discard()


def refuse_unless_forced(databases: list[Database], *, force: bool) -> None:
    if databases and not force:
        raise Conflict(f"The environment holds {len(databases)} database(s) "
                       f"({', '.join(d.name for d in databases[:5])}); delete with ?force=true to delete them too",
                       code="not_empty", details={"databases": [str(d.id) for d in databases]})
