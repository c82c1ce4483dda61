"""What the end of a deployment's run records: the deployment's status, its instances' containers, the
deployment it replaced (obsolete, or downgraded when an older version went over it), the event log, the names the
node's edge routes to it (routes.py)."""

from __future__ import annotations

from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from service.domains.deployments import eventlog, routes
from service.domains.deployments.models import Deployment, DeploymentStatus, Instance, InstanceState
from service.domains.events import outbox
from service.domains.nodes.models import Guest, GuestStatus, Node
from service.domains.versions.models import Version
from service.tasks.models import Task, TaskState


def _reason(task: Task) -> str:
    return task.error_message or task.message or f"the run ended {task.state}"


def _removed(task: Task) -> set[int]:
    return {int(vmid) for vmid in (task.result or {}).get("deployment_removed") or []}


async def replaced_by(deployment: Deployment) -> list[Deployment]:
    """The project's other deployments under this prefix on this node: a start of this one removes their
    containers once its own run."""
    return await Deployment.filter(project_id=deployment.project_id, node_id=deployment.node_id,
                                   prefix=deployment.prefix).exclude(id=deployment.id).order_by("created_at")


async def _forget_containers(deployment: Deployment, removed: set[int], task: Task) -> bool:
    """Drop the guests of the deployment's instances the run removed; answers whether none is left."""
    left = False
    for instance in await Instance.filter(deployment=deployment).prefetch_related("guest"):
        guest: Guest | None = instance.guest
        if guest is None:
            continue
        if guest.vmid in removed:
            await Guest.filter(id=guest.id).delete()  # its address lease goes with it
            instance.state = InstanceState.REMOVED
            await instance.save(update_fields=["state", "updated_at"])
            await eventlog.container(deployment, instance_id=instance.id, state="removed", task_id=task.id)
        else:
            left = True
    return not left


async def _retire(deployment: Deployment, newer: Deployment, task: Task) -> None:
    if not await _forget_containers(deployment, _removed(task), task):
        return
    if deployment.status is DeploymentStatus.SUCCESSFUL:
        mine = await Version.get(id=deployment.version_id)
        theirs = await Version.get(id=newer.version_id)
        older = theirs.created_at < mine.created_at and theirs.id != mine.id
        deployment.status = DeploymentStatus.DOWNGRADED if older else DeploymentStatus.OBSOLETE
        await deployment.save(update_fields=["status", "updated_at"])
        await eventlog.status(deployment, task_id=task.id,
                              lines=[f"replaced by deployment {newer.id} (version {theirs.name})"])


async def _ran(deployment: Deployment, task: Task) -> None:
    ran: dict[str, Any] = {str(i.get("id")): i for i in (task.result or {}).get("deployment_instances") or []}
    for instance in await Instance.filter(deployment=deployment).prefetch_related("guest"):
        if str(instance.id) not in ran:
            continue
        instance.state = InstanceState(ran[str(instance.id)].get("state") or "running")
        await instance.save(update_fields=["state", "updated_at"])
        if instance.guest is not None:
            instance.guest.status = GuestStatus.RUNNING if instance.state is InstanceState.RUNNING \
                else GuestStatus.STOPPED
            instance.guest.status_message = ""
            await instance.guest.save(update_fields=["status", "status_message", "updated_at"])
        await eventlog.container(deployment, instance_id=instance.id, state=instance.state.value, task_id=task.id)


async def _event(deployment: Deployment, task: Task, *, event_type: str, connection: BaseDBAsyncClient) -> None:
    data: dict[str, Any] = {"taskId": task.id, "status": deployment.status.value}
    if event_type == "deployment.failed":
        data["error"] = _reason(task)
    node = await Node.get(id=deployment.node_id).using_db(connection)
    await outbox.record(event_type, team_id=node.team_id, kind="deployment",  # type: ignore[attr-defined]
                        resource_id=deployment.id, name=deployment.prefix, data=data, connection=connection)


async def started(task: Task) -> None:
    deployment = await Deployment.get_or_none(id=task.resource_id)
    if deployment is None:
        return
    if task.state is TaskState.SUCCESS:
        await _ran(deployment, task)
        deployment.status = DeploymentStatus.SUCCESSFUL
        async with in_transaction() as conn:
            await deployment.save(update_fields=["status", "updated_at"], using_db=conn)
            await _event(deployment, task, event_type="deployment.succeeded", connection=conn)
        await eventlog.status(deployment, task_id=task.id)
        replaced = await replaced_by(deployment)
        for previous in replaced:
            await _retire(previous, deployment, task)
        await routes.settle(deployment, replaced, task_id=task.id)
        return
    deployment.status = DeploymentStatus.FAILED
    async with in_transaction() as conn:
        await deployment.save(update_fields=["status", "updated_at"], using_db=conn)
        await _event(deployment, task, event_type="deployment.failed", connection=conn)
    await eventlog.status(deployment, task_id=task.id, lines=[_reason(task)])
    for instance in await Instance.filter(deployment=deployment, guest_id__not_isnull=True):
        if instance.state is not InstanceState.RUNNING:
            instance.state = InstanceState.FAILED
            await instance.save(update_fields=["state", "updated_at"])


async def removed(task: Task) -> None:
    """The end of a DELETE's run: the deployment goes with its record once every container is gone."""
    deployment = await Deployment.get_or_none(id=task.resource_id)
    if deployment is None:  # its project went meanwhile: the containers' records go with them
        await Guest.filter(resource_type="deployment", resource_id=task.resource_id,
                           vmid__in=list(_removed(task))).delete()
        await routes.forget(str(task.resource_id))
        return
    if await _forget_containers(deployment, _removed(task), task) and task.state is TaskState.SUCCESS:
        await deployment.delete()
        await routes.forget(str(deployment.id))
        return
    await eventlog.status(deployment, task_id=task.id, lines=[f"removal ended: {_reason(task)}"])
