"""Deleting a deployment: its containers are removed by one run (deployment_remove.yml), then its record goes
(actions.DEPLOYMENT_REMOVE's end); one that never made a container goes at once."""

from __future__ import annotations

from service.actions import catalogue
from service.auth.models import User
from service.config import Settings
from service.core.secrets import SecretBox
from service.domains.deployments import eventlog, routes
from service.domains.deployments.actions import DEPLOYMENT_REMOVE
from service.domains.deployments.models import Deployment, Instance
from service.domains.nodes.containers import ContainersRemoveVars, RemovedContainer
from service.domains.nodes.models import Guest
from service.domains.nodes.registry import connection_env, link_task
from service.tasks import TaskEngine
from service.tasks.models import Task


async def remove(engine: TaskEngine, settings: Settings, *, nodes_box: SecretBox, deployment: Deployment,
                 user: User | None) -> Task | None:
    """The run that removes the deployment's containers, or None when it had none (the record is gone then)."""
    guest_ids = await Instance.filter(deployment=deployment, guest_id__not_isnull=True).values_list("guest_id",
                                                                                                  flat=True)
    found = await Guest.filter(id__in=list(guest_ids)).order_by("-vmid")
    if not found:
        await deployment.delete()
        await routes.forget(str(deployment.id))
        return None
    node = await deployment.node
    params = ContainersRemoveVars(deployment_node=found[0].pve_node,
                                  deployment_remove=[RemovedContainer(vmid=g.vmid, hostname=g.hostname)
                                                     for g in found])
    task = await catalogue.start(engine, settings, DEPLOYMENT_REMOVE, resource_id=str(deployment.id), params=params,
                                 user=user, secrets=connection_env(node, nodes_box))
    await link_task(node, task)
    deployment.task_id = task.id
    await deployment.save(update_fields=["task_id", "updated_at"])
    await eventlog.status(deployment, task_id=task.id, lines=["removing the deployment's containers"])
    return task
