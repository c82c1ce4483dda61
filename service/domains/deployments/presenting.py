"""Deployments as the API shows them: the seed's summaries of project, version and node, the audit object, the
instances with their merged configs and containers, the event log with the runs' lines."""

from __future__ import annotations

from service.auth.models import User
from service.domains.deployments import records
from service.domains.deployments.models import Deployment, DeploymentEvent, DeploymentToken, Instance
from service.domains.deployments.schemas import (
    Audit,
    Container,
    DeploymentDetail,
    DeploymentOut,
    InstanceImage,
    InstanceOut,
    LogContainerState,
    LogItem,
    NodeSummary,
    ProjectSummary,
    Variable,
    VersionSummary,
)
from service.domains.nodes.models import Node
from service.domains.projects.models import Project
from service.domains.versions.config import stored
from service.domains.versions.models import Version
from service.tasks.logstore import LogStore


async def summaries(deployments: list[Deployment]) -> list[DeploymentOut]:
    projects = {p.id: p for p in await Project.filter(id__in={d.project_id for d in deployments})}
    versions = {v.id: v for v in await Version.filter(id__in={d.version_id for d in deployments})}
    nodes = {n.id: n for n in await Node.filter(id__in={d.node_id for d in deployments})}
    user_ids = {i for d in deployments for i in (d.created_by_id, d.updated_by_id) if i is not None}
    names = {u.id: u.username for u in await User.filter(id__in=user_ids)} if user_ids else {}
    return [DeploymentOut(
        id=d.id, prefix=d.prefix, note=d.note, status=d.status.value, task_id=d.task_id,
        audit=Audit(created_at=d.created_at, created_by=names.get(d.created_by_id), updated_at=d.updated_at,
                    updated_by=names.get(d.updated_by_id)),
        project=ProjectSummary(id=d.project_id, name=projects[d.project_id].name,
                               type=projects[d.project_id].type.value),
        version=VersionSummary(id=d.version_id, name=versions[d.version_id].name,
                               type=versions[d.version_id].type.value),
        node=NodeSummary(id=d.node_id, name=nodes[d.node_id].name)) for d in deployments]


async def summary(deployment: Deployment) -> DeploymentOut:
    (out,) = await summaries([deployment])
    return out


def instance_out(instance: Instance) -> InstanceOut:
    image = instance.image
    config = records.merged_config(image, instance.config or {})
    guest = instance.guest
    return InstanceOut(
        id=instance.id, updated_at=instance.updated_at, state=instance.state.value if instance.state else None,
        container=Container(name=guest.hostname, vmid=guest.vmid, ip=guest.ip) if guest is not None else None,
        overrides=instance.config or {},
        image=InstanceImage(id=image.id, name=image.name, tag=image.tag, order=image.order,
                            config=stored(config)))


async def detail(deployment: Deployment) -> DeploymentDetail:
    instances = await Instance.filter(deployment=deployment).prefetch_related("image", "guest")
    instances.sort(key=lambda i: i.image.order)
    token = await DeploymentToken.get_or_none(deployment=deployment)
    return DeploymentDetail(**(await summary(deployment)).model_dump(),
                            environment=[Variable.model_validate(v) for v in deployment.environment or []],
                            token_name=token.name if token else None,
                            token_expires_at=token.expires_at if token else None,
                            instances=[instance_out(i) for i in instances])


def _item(event: DeploymentEvent) -> LogItem:
    state = LogContainerState(state=event.state or "", instance_id=event.instance_id) \
        if event.type == "containerState" and event.instance_id is not None else None
    return LogItem(type=event.type, deployment_status=event.status, created_at=event.created_at,  # type: ignore[arg-type]
                   log=list(event.lines or []), container_state=state)


async def log_items(deployment: Deployment, logs: LogStore) -> list[LogItem]:
    """The deployment's events in order, and after the event that started each run, that run's lines."""
    items: list[LogItem] = []
    seen: set[int] = set()
    events = await DeploymentEvent.filter(deployment=deployment).order_by("id")
    for event in events:
        items.append(_item(event))
        if event.task_id is not None and event.task_id not in seen and event.type == "deploymentStatus":
            seen.add(event.task_id)
            lines = await logs.read_lines(event.task_id)
            if lines:
                items.append(LogItem(type="log", deployment_status=event.status,  # type: ignore[arg-type]
                                     created_at=lines[0].timestamp, log=[line.text for line in lines],
                                     container_state=None))
    return items
