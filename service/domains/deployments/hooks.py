"""The deployments slice's answers to events of the slices below it: which versions its deployments use, a
project's deletion while deployments run in it, a node's container route on one of its containers, where the
edge sends a deployment's names."""

from __future__ import annotations

from uuid import UUID

from starlette.datastructures import State

from service.auth.models import User
from service.core.errors import Conflict
from service.domains.deployments import removing
from service.domains.deployments import routes as routing
from service.domains.deployments.actions import RESOURCE
from service.domains.deployments.models import SETTLED, Deployment, DeploymentStatus
from service.domains.dns.models import Route
from service.domains.edge.events import ROUTE_UPSTREAMS
from service.domains.edge.upstreams import Upstream
from service.domains.nodes.events import GUEST_ACTING
from service.domains.nodes.models import Guest
from service.domains.projects.events import PROJECT_DELETING
from service.domains.projects.models import Project
from service.domains.versions.events import VERSION_DEPLOYMENTS


def _named(deployment: Deployment) -> str:
    return f"deployment {deployment.prefix} ({deployment.status.value})"


async def version_deployments(state: State, *, version_ids: list[UUID], deployments: dict[UUID, list[str]],
                              deployed: dict[UUID, list[str]]) -> None:
    for deployment in await Deployment.filter(version_id__in=version_ids).order_by("created_at"):
        deployments.setdefault(deployment.version_id, []).append(_named(deployment))
        if deployment.status is not DeploymentStatus.PREPARING:
            deployed.setdefault(deployment.version_id, []).append(_named(deployment))


async def project_deleting(state: State, *, project: Project, user: User) -> None:
    """Start the removal of every deployment of the project that has containers; refused as a whole, before any
    starts, while one of them runs."""
    held = await Deployment.filter(project_id=project.id).order_by("created_at")
    busy = [d for d in held if d.status not in SETTLED]
    if busy:
        raise Conflict(f"Project {project.name} has deployments running: {', '.join(map(_named, busy))}",
                       code="busy", details={"deployments": [str(d.id) for d in busy]})
    for deployment in held:
        await removing.remove(state.engine, state.settings, nodes_box=state.nodes_box, deployment=deployment,
                              user=user)


async def guest_acting(state: State, *, guest: Guest) -> None:
    if guest.resource_type == RESOURCE:
        raise Conflict(f"Container {guest.hostname} belongs to a deployment: start it, or delete the deployment, "
                       "through /api/v1/deployments", code="managed", details={"deploymentId": guest.resource_id})


async def route_upstreams(state: State, *, routes: list[Route], upstreams: dict[str, Upstream]) -> None:
    upstreams.update(await routing.upstreams(routes))


HOOKS = {VERSION_DEPLOYMENTS: version_deployments, PROJECT_DELETING: project_deleting, GUEST_ACTING: guest_acting,
         ROUTE_UPSTREAMS: route_upstreams}
