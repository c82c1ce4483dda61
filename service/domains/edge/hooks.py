"""The edge slice's answers to events of the slices below it: a service being deleted leaves its names, and its
node's edge is applied without them (their records removed); the edge's guest is not acted on through the
node's container routes while names route through it."""

from __future__ import annotations

import logging

from starlette.datastructures import State

from service.auth.models import User
from service.core.errors import Conflict
from service.domains.dns.models import Route
from service.domains.edge import applying
from service.domains.edge.actions import EDGE
from service.domains.nodes.events import GUEST_ACTING
from service.domains.nodes.models import Guest
from service.domains.services.events import SERVICE_DELETING
from service.domains.services.models import Service

log = logging.getLogger(__name__)


async def forget_service_routes(state: State, *, service: Service, user: User) -> None:
    routes = await Route.filter(resource_type="service", resource_id=str(service.id)).prefetch_related("domain")
    if not routes:
        return
    await Route.filter(id__in=[route.id for route in routes]).delete()
    try:
        await applying.apply(state, await service.node, user=user, queue=True,
                             removed=[(route.domain, route.fqdn) for route in routes])
    except Conflict as refused:  # e.g. the node is offline: the edge drops the names on its next apply
        log.warning("edge not applied after service %s's names went: %s", service.name, refused.message)


async def refuse_serving_edge(state: State, *, guest: Guest) -> None:
    if guest.resource_type != EDGE:
        return
    routes = await Route.filter(node_id=guest.node_id).count()
    if routes:
        raise Conflict(f"Container {guest.hostname} is the node's edge and serves {routes} name(s): remove them from "
                       "their services first, or use /api/v1/nodes/{id}/edge/apply to apply it again",
                       code="owned", details={"routes": routes})


HOOKS = {SERVICE_DELETING: forget_service_routes, GUEST_ACTING: refuse_serving_edge}
