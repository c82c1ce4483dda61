"""Applying a node's edge: its guest made on first use (an address from the node's pool), the DNS records of its
routes pointed at it, nginx configured with every route and the certificates that cover them; one run. When it
has run, the names without a certificate get one (renewal.py), which applies the edge again to serve it."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import UTC, datetime

from starlette.datastructures import State

from service.actions import catalogue
from service.auth.models import User
from service.core import ssh_keys
from service.core.compensate import undo_on_failure
from service.core.errors import ApiError
from service.domains.dns import addresses
from service.domains.dns.models import Domain, Route
from service.domains.dns.records import Records
from service.domains.dns.registry import dns_box
from service.domains.edge import certificates
from service.domains.edge.actions import EDGE, EDGE_APPLY, EDGE_CERTIFICATES_ENV, EdgeApplyVars
from service.domains.edge.context import state as app_state
from service.domains.edge.events import ROUTE_UPSTREAMS
from service.domains.edge.models import Edge, EdgeStatus
from service.domains.edge.upstreams import Upstream
from service.domains.nodes import guests
from service.domains.nodes.models import Guest, GuestStatus, IpLease, Node
from service.domains.nodes.registry import connection_env, link_task
from service.domains.services.models import Service
from service.tasks import TaskEngine, locks
from service.tasks.models import Task, TaskState

log = logging.getLogger(__name__)
EDGE_MEMORY_MB = 256


def _hostname(node: Node) -> str:
    return f"edge-{node.id.hex[:8]}"


async def _edge(state: State, node: Node) -> Edge:
    """The node's edge, its guest allocated (vmid, address) on first use; nothing recorded when refused."""
    edge = await Edge.get_or_none(node=node)
    if edge is None:
        edge, _ = await Edge.get_or_create(node=node)
    if edge.guest_id is not None:
        return edge
    async with undo_on_failure(lambda: Edge.filter(id=edge.id, guest_id=None, task_id=None).delete()):
        made = await guests.allocate_guest(state.settings, state.nodes_box, node, hostname=_hostname(node),
                                           resource_type=EDGE, resource_id=str(edge.id), memory_mb=EDGE_MEMORY_MB,
                                           disk_gb=4, static_only=True)
    edge.guest = made.guest
    await edge.save(update_fields=["guest_id", "updated_at"])
    return edge


async def _upstreams(state: State, routes: list[Route]) -> dict[str, Upstream]:
    """Each route's upstream (its workload's address and port); a workload without both yet is left out. The
    slices above answer for their own routes (ROUTE_UPSTREAMS)."""
    ids = [route.resource_id for route in routes if route.resource_type == "service"]
    services = {str(service.id): service for service in await Service.filter(id__in=ids)}
    found: dict[str, Upstream] = {}
    for route in routes:
        service = services.get(route.resource_id) if route.resource_type == "service" else None
        if service is not None and service.host and service.port:
            found[route.fqdn] = Upstream(service.host, service.port)
    others = [route for route in routes if route.resource_type != "service"]
    hooks = getattr(state, "hooks", None)
    if others and hooks is not None:
        await hooks.fire(ROUTE_UPSTREAMS, routes=others, upstreams=found)
    return found


async def plan(state: State, node: Node, edge: Edge, *, removed: Iterable[tuple[Domain, str]] = ()
               ) -> tuple[EdgeApplyVars, dict[str, str]]:
    """The vars and the run's environment of an apply of the node's edge as the records say now."""
    settings = state.settings
    guest = await edge.guest
    routes = await Route.filter(node=node).order_by("fqdn").prefetch_related("domain")
    upstreams = await _upstreams(state, list(routes))
    served = await certificates.serving([route for route in routes if route.fqdn in upstreams])
    records = Records(dns_box(settings))
    target = await addresses.record_address(str(guest.ip))
    for route in routes:
        records.add(route.domain, route.fqdn, [target])
    for domain, name in removed:
        records.add(domain, name, [], state="absent")
    edge_routes = [{"fqdn": route.fqdn, "upstream_host": upstreams[route.fqdn].host,
                    "upstream_port": upstreams[route.fqdn].port, "access_url": upstreams[route.fqdn].access_url,
                    "certificate": certificates.file_name(served[route.fqdn]) if route.fqdn in served else ""}
                   for route in routes if route.fqdn in upstreams]
    used = {certificates.file_name(cert): cert for cert in served.values()}
    defaults = node.defaults or {}
    params = guests.create_params(settings, node, guest, cores=1, memory_mb=EDGE_MEMORY_MB, disk_gb=4)
    variables = EdgeApplyVars(
        **params, containr_ssh_private_key_file=ssh_keys.ensure_key(settings),
        guest_base_apt_proxy=str(defaults["apt_proxy"]).rstrip("/") if defaults.get("apt_proxy") else None,
        edge_routes=edge_routes, edge_certificates=[{"name": name, "fqdns": cert.fqdns} for name, cert in used.items()],
        dns_records_zones=records.zones())
    env = {**connection_env(node, state.nodes_box), **records.env()}
    if used:
        env[EDGE_CERTIFICATES_ENV] = json.dumps(certificates.pems(used, certificates.keys_box(settings)))
    return variables, env


async def apply(state: State, node: Node, *, user: User | None, removed: Iterable[tuple[Domain, str]] = (),
                queue: bool = False) -> Task:
    """Start the apply of the node's edge (409 while one runs, unless `queue`: then it waits its turn)."""
    engine: TaskEngine = state.engine
    fresh = not await Edge.filter(node=node, guest_id__not_isnull=True).exists()
    edge = await _edge(state, node)

    async def forget() -> None:  # a new edge whose first run did not start is not kept, nor its vmid and address
        if fresh and edge.guest_id is not None:
            await Edge.filter(id=edge.id, task_id=None).delete()
            await IpLease.filter(guest_id=edge.guest_id).delete()
            await Guest.filter(id=edge.guest_id).delete()

    async with undo_on_failure(forget):
        variables, env = await plan(state, node, edge, removed=removed)
        guest_key = locks.resource_key("guest", str(edge.guest_id))
        task = await catalogue.start(engine, state.settings, EDGE_APPLY, resource_id=str(edge.id), params=variables,
                                     user=user, secrets=env, locks=[guest_key], queue=queue)
    edge.status, edge.task_id = EdgeStatus.APPLYING, task.id
    await edge.save(update_fields=["status", "task_id", "updated_at"])
    await link_task(node, task)
    return task


async def busy(edge: Edge) -> int | None:
    return await locks.busy_with((EDGE, str(edge.id)))


async def applied(task: Task) -> None:
    """The end of an apply: the edge's state, its guest's; then certificates for the names that have none."""
    edge = await Edge.get_or_none(id=task.resource_id).prefetch_related("node")
    if edge is None:
        return
    guest = await Guest.get_or_none(id=edge.guest_id) if edge.guest_id else None
    if task.state == TaskState.SUCCESS:
        edge.status, edge.status_message = EdgeStatus.READY, ""
        edge.applied_at = datetime.now(UTC)
        edge.routes_applied = int((task.result or {}).get("routes") or 0)
        if guest is not None:
            guest.status, guest.status_message = GuestStatus.RUNNING, ""
            await guest.save(update_fields=["status", "status_message", "updated_at"])
    else:
        edge.status = EdgeStatus.ERROR
        edge.status_message = task.error_message or task.message or f"the run ended {task.state}"
    await edge.save(update_fields=["status", "status_message", "applied_at", "routes_applied", "updated_at"])
    state = app_state()
    if task.state != TaskState.SUCCESS or state is None:
        return
    from service.domains.edge import renewal  # renewal applies edges too

    try:
        await renewal.issue_missing(state, edge.node, user=None)
    except ApiError as refused:  # a renewal runs already: its end takes the new names
        log.info("certificates of node %s wait: %s", edge.node.name, refused.message)
