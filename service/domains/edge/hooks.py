"""The edge slice's answers to events of the slices below it: a service being deleted leaves its names, and its
node's edge is applied without them (their records removed)."""

from __future__ import annotations

import logging

from starlette.datastructures import State

from service.auth.models import User
from service.core.errors import Conflict
from service.domains.dns.models import Route
from service.domains.edge import applying
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


HOOKS = {SERVICE_DELETING: forget_service_routes}
