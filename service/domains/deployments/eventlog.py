"""The deployment's event log (seed 001's `/log`): its status changes, its containers' states and the lines of
its runs: the changes recorded as they happen, the runs' lines read from their task logs."""

from __future__ import annotations

from uuid import UUID

from service.domains.deployments.models import Deployment, DeploymentEvent


async def status(deployment: Deployment, *, task_id: int | None = None, lines: list[str] | None = None) -> None:
    await DeploymentEvent.create(deployment=deployment, type="deploymentStatus", status=deployment.status.value,
                                 task_id=task_id, lines=lines or [])


async def container(deployment: Deployment, *, instance_id: UUID, state: str, task_id: int | None = None) -> None:
    await DeploymentEvent.create(deployment=deployment, type="containerState", status=deployment.status.value,
                                 instance_id=instance_id, state=state, task_id=task_id)
