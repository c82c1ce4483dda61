"""A deployment's routed instances on the node's edge: an instance whose config has `routing.domain` gets that
name routed by the edge (HTTPS, the certificate the edge gets for it) to its container's first `ports[].internal`
once a start succeeds; the deployments it replaced hand their names over to it, a removed one's names go, and the
node's edge is applied as a task each time. The edge routes whole names, one body limit for all: a path other
than `/` and an `uploadLimit` are refused at the start rather than silently ignored."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from uuid import UUID

from tortoise.transactions import in_transaction

from service.core.errors import ApiError, Conflict, Invalid
from service.domains.deployments import eventlog, records
from service.domains.deployments.models import Deployment, Instance, InstanceState
from service.domains.dns.models import Domain, Route
from service.domains.edge import applying
from service.domains.edge.context import state as app_state
from service.domains.edge.models import Edge
from service.domains.edge.upstreams import Upstream
from service.domains.nodes.models import Node
from service.domains.versions.config import ImageConfig

log = logging.getLogger(__name__)
RESOURCE = "deployment"  # actions.RESOURCE, which imports this module through finishing
# One DNS label under the domain, as a service's names (the edge's wildcard certificates cover one level).
LABEL = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")


@dataclass(frozen=True)
class Place:
    instance_id: UUID
    domain: Domain
    location: str
    fqdn: str
    port: int


def _field(instance: Instance, name: str) -> str:
    return f"instances.{instance.id}.config.{name}"


async def _domain_of(name: str) -> Domain | None:
    """The instance's domain that `name` is, or is a name under (the longest when domains nest)."""
    labels = name.split(".")
    candidates = [".".join(labels[i:]) for i in range(len(labels))]
    found = {d.domain: d for d in await Domain.filter(domain__in=candidates)}
    return next((found[c] for c in candidates if c in found), None)


async def place(instance: Instance, config: ImageConfig, *, owners: set[str]) -> Place | None:
    """The instance's name on the edge, None when it is not routed; 422 naming the routing field the edge cannot
    honour, 409 when another workload has the name (`owners`: the deployment and those it replaces)."""
    routing = config.routing
    if routing is None or not routing.domain:
        return None
    name = routing.domain.lower().rstrip(".")
    # Domains are the instance's (administrators add them under /domains, every team may place names on them).
    domain = await _domain_of(name)
    if domain is None:
        raise Invalid(f"{name} is not under a domain of this Containr: an administrator adds the domain under "
                      "/domains first", details={"field": _field(instance, "routing.domain")})
    location = name[:-len(domain.domain) - 1] if name != domain.domain else ""
    if location and not LABEL.fullmatch(location):
        raise Invalid(f"{name} is more than one label under {domain.domain}: the edge routes the domain itself or "
                      f"<name>.{domain.domain}", details={"field": _field(instance, "routing.domain")})
    if routing.path not in (None, "", "/"):
        raise Invalid(f"The node's edge routes a whole name to one container, not paths of it: route {name} with "
                      "path / (or none), or give this instance a name of its own",
                      details={"field": _field(instance, "routing.path")})
    if routing.upload_limit is not None:
        raise Invalid("The node's edge has one request body limit for all its names (edge_max_body_size, 1g by "
                      "default), none per name: leave uploadLimit out",
                      details={"field": _field(instance, "routing.uploadLimit")})
    # stripPath: with the whole name routed the path is `/`, and stripping it leaves every request as it came.
    if not config.ports:
        raise Invalid(f"Instance {config.name or instance.id} is routed but has no port: the edge sends {name} to "
                      "the first ports[].internal", details={"field": _field(instance, "ports")})
    taken = await Route.get_or_none(fqdn=name)
    if taken is not None and (taken.resource_type != RESOURCE or taken.resource_id not in owners):
        raise Conflict(f"{name} is in use by a {taken.resource_type}", code="taken",
                       details={"field": _field(instance, "routing.domain")})
    return Place(instance_id=instance.id, domain=domain, location=location, fqdn=name, port=config.ports[0].internal)


async def check(deployment: Deployment, instances: Iterable[tuple[Instance, ImageConfig]], *,
                replaced: list[Deployment]) -> list[Place]:
    """The start's refusals: each routed instance's name and port, no name given twice."""
    owners = {str(deployment.id), *(str(d.id) for d in replaced)}
    seen: set[str] = set()
    places: list[Place] = []
    for instance, config in instances:
        found = await place(instance, config, owners=owners)
        if found is None:
            continue
        if found.fqdn in seen:
            raise Invalid(f"{found.fqdn} is routed to two instances of the deployment",
                          details={"field": _field(instance, "routing.domain")})
        seen.add(found.fqdn)
        places.append(found)
    return places


async def _wanted(deployment: Deployment, owners: set[str], task_id: int) -> list[Place]:
    """The names of the deployment's instances that have a container; one refused since the start (its config
    changed, the name taken) is left out and said in the event log."""
    places: dict[str, Place] = {}
    for instance in await Instance.filter(deployment=deployment, guest_id__not_isnull=True).prefetch_related("image"):
        try:
            config = records.merged_config(instance.image, instance.config or {},
                                           field=f"instances.{instance.id}.config")
            found = await place(instance, config, owners=owners)
        except ApiError as refused:
            await eventlog.status(deployment, task_id=task_id, lines=[f"not routed: {refused.message}"])
            continue
        if found is not None and found.fqdn not in places:
            places[found.fqdn] = found
    return list(places.values())


async def _apply(node_id: UUID, removed: list[tuple[Domain, str]], *, deployment: Deployment | None,
                 task_id: int | None) -> None:
    """Apply the node's edge after the runs ahead of it (a task); a refusal leaves it to its next apply."""
    state = app_state()
    if state is None:
        return
    if not await Route.filter(node_id=node_id).exists() and \
            not await Edge.filter(node_id=node_id, guest_id__not_isnull=True).exists():
        return  # no edge ever served these names: none is made to forget them
    node = await Node.get(id=node_id)
    try:
        await applying.apply(state, node, user=None, queue=True, removed=removed)
    except ApiError as refused:  # e.g. the node is offline: its edge's next apply catches up
        log.warning("edge of node %s not applied for a deployment's names: %s", node.name, refused.message)
        if deployment is not None:
            await eventlog.status(deployment, task_id=task_id, lines=[f"edge not applied: {refused.message}"])


async def settle(deployment: Deployment, replaced: list[Deployment], *, task_id: int) -> None:
    """After a successful start: the deployment's names recorded (those of the deployments it replaced handed
    over or gone), and the node's edge applied when they changed."""
    owners = {str(deployment.id), *(str(d.id) for d in replaced)}
    wanted = await _wanted(deployment, owners, task_id)
    old = await Route.filter(resource_type=RESOURCE, resource_id__in=list(owners)).prefetch_related("domain")
    if {(r.fqdn, r.resource_id) for r in old} == {(p.fqdn, str(deployment.id)) for p in wanted}:
        return
    kept = {p.fqdn for p in wanted}
    async with in_transaction():
        await Route.filter(id__in=[r.id for r in old]).delete()
        for found in wanted:
            await Route.create(fqdn=found.fqdn, location=found.location, domain=found.domain,
                               node_id=deployment.node_id, resource_type=RESOURCE, resource_id=str(deployment.id))
    if wanted:
        await eventlog.status(deployment, task_id=task_id,
                              lines=[f"routed by the node's edge: {', '.join(f'https://{n}' for n in sorted(kept))}"])
    await _apply(deployment.node_id, [(r.domain, r.fqdn) for r in old if r.fqdn not in kept],
                 deployment=deployment, task_id=task_id)


async def forget(deployment_id: str) -> None:
    """A removed deployment's names go, and the edge of their node is applied without them."""
    old = await Route.filter(resource_type=RESOURCE, resource_id=deployment_id).prefetch_related("domain")
    if not old:
        return
    await Route.filter(id__in=[r.id for r in old]).delete()
    await _apply(old[0].node_id, [(r.domain, r.fqdn) for r in old], deployment=None, task_id=None)


async def upstreams(routes: list[Route]) -> dict[str, Upstream]:
    """ROUTE_UPSTREAMS: each deployment name's container address and first port; an instance without a running
    container yet (or any more) is left out."""
    mine = {(r.fqdn, r.resource_id) for r in routes if r.resource_type == RESOURCE}
    if not mine:
        return {}
    found: dict[str, Upstream] = {}
    instances = await Instance.filter(deployment_id__in=list({UUID(d) for _, d in mine}),
                                      guest_id__not_isnull=True).prefetch_related("image", "guest")
    for instance in instances:
        if instance.state is InstanceState.REMOVED or not instance.guest.ip:
            continue
        try:
            config = records.merged_config(instance.image, instance.config or {})
        except ApiError:
            continue
        routing = config.routing
        if routing is None or not routing.domain or not config.ports:
            continue
        name = routing.domain.lower().rstrip(".")
        if (name, str(instance.deployment_id)) in mine:
            found[name] = Upstream(str(instance.guest.ip).split("/")[0], config.ports[0].internal)
    return found
