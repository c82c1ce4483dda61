"""Guests Containr makes on a node for its resources: create (vmid and address allocated here), destroy,
power and snapshot, each one run of its playbook."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from pydantic import ValidationError

from service.actions import catalogue
from service.auth.models import User
from service.config import Settings
from service.core import ssh_keys
from service.core.compensate import undo_on_failure
from service.core.errors import Conflict, Invalid, NotFound
from service.core.secrets import SecretBox
from service.domains.nodes import ipam, pve
from service.domains.nodes.actions import (
    GUEST_CREATE,
    GUEST_DESTROY,
    GUEST_POWER,
    GUEST_SNAPSHOT,
    GuestCreateVars,
    GuestDestroyVars,
    GuestPowerVars,
    GuestSnapshotVars,
)
from service.domains.nodes.models import Guest, GuestKind, GuestStatus, IpLease, Node, NodeStatus
from service.domains.nodes.registry import connection_env, link_task
from service.tasks import TaskEngine
from service.tasks.models import Task

HOSTNAME = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")
POWER_STATES = {"start": "started", "stop": "stopped", "restart": "restarted"}


def _pve_node(node: Node) -> str:
    """The PVE node guests go to: the node's default, else the first online one the last check saw."""
    chosen = (node.defaults or {}).get("node")
    if chosen:
        return chosen
    found = [n.get("name") for n in (node.facts or {}).get("nodes") or [] if n.get("status") == "online"]
    if not found:
        raise Invalid(f"Node {node.name} has no default PVE node and its check found none online",
                      details={"field": "nodeId"})
    return str(found[0])


@dataclass
class Allocation:
    """A guest recorded `provisioning` with its vmid and (static mode) address, and the playbook vars that make
    it; `release()` undoes it when the run that would make it does not start."""

    guest: Guest
    lease: IpLease | None
    params: dict[str, Any]

    async def release(self) -> None:
        if self.lease is not None:
            await IpLease.filter(id=self.lease.id).delete()
        await Guest.filter(id=self.guest.id).delete()


async def allocate_guest(settings: Settings, box: SecretBox, node: Node, *, hostname: str, resource_type: str,
                         resource_id: str, kind: GuestKind = GuestKind.LXC, cores: int = 1, memory_mb: int = 512,
                         swap_mb: int = 512, disk_gb: int = 8, project_id: UUID | None = None,
                         environment_id: UUID | None = None, taken_vmids: set[int] | None = None,
                         static_only: bool = False) -> Allocation:
    """Allocate a vmid and (static mode) an address and record the guest `provisioning`.

    Bad input or an exhausted pool raise before anything is recorded. `taken_vmids`, the vmids in use on the
    cluster, are read live from the node unless given (502 when it does not answer); the playbook's own guard
    still refuses a vmid that a guest made meanwhile by someone else holds. `static_only`: refuse a node that
    hands out addresses by DHCP (what is configured over SSH needs an address known in advance)."""
    if not HOSTNAME.fullmatch(hostname):
        raise Invalid(f"Not a host name: {hostname!r} (lower-case letters, digits and dashes)",
                      details={"field": "hostname"})
    if node.status != NodeStatus.ONLINE:
        raise Conflict(f"Node {node.name} is {node.status}, not online", code="node_not_online",
                       details={"field": "nodeId"})
    defaults = node.defaults or {}
    network = defaults.get("network") or {}
    if static_only and network.get("mode") != "static":
        raise Invalid(f"Node {node.name} hands out addresses by DHCP; this needs a node with a static address "
                      "pool (defaults.network.mode static)", code="static_network_required",
                      details={"field": "nodeId"})
    template = defaults.get("template")
    if kind is GuestKind.LXC and not template:
        raise Invalid(f"Node {node.name} has no default template for containers",
                      details={"field": "defaults.template"})
    pve_node = _pve_node(node)
    if await Guest.exists(node=node, hostname=hostname):  # checked again by the insert, for a concurrent twin
        raise Conflict(f"Node {node.name} already has a guest named {hostname!r}", code="taken",
                       details={"field": "hostname"})
    if taken_vmids is None:
        taken_vmids = {int(entry["vmid"]) for entry in await pve.cluster_guests(node, box)}
    lease = await ipam.lease_address(node) if network.get("mode") == "static" else None
    guest: Guest | None = None

    async def forget() -> None:  # the address and the record, whichever were made
        if lease is not None:
            await IpLease.filter(id=lease.id).delete()
        if guest is not None:
            await Guest.filter(id=guest.id).delete()

    async with undo_on_failure(forget):
        guest = await ipam.insert_guest(node, hostname=hostname, taken=set(taken_vmids), make=lambda vmid: (
            Guest.create(node=node, pve_node=pve_node, vmid=vmid, hostname=hostname, kind=kind,
                         resource_type=resource_type, resource_id=resource_id, project_id=project_id,
                         environment_id=environment_id, ip=lease.address if lease else None,
                         status=GuestStatus.PROVISIONING)))
        if lease is not None:
            lease.guest = guest
            await lease.save(update_fields=["guest_id"])
    params = create_params(settings, node, guest, cores=cores, memory_mb=memory_mb, swap_mb=swap_mb,
                           disk_gb=disk_gb)
    return Allocation(guest=guest, lease=lease, params=params)


def create_params(settings: Settings, node: Node, guest: Guest, *, cores: int, memory_mb: int, disk_gb: int,
                  swap_mb: int = 512) -> dict[str, Any]:
    """The proxmox_guest vars that make this recorded guest (again, for a retry) from the node's defaults."""
    defaults = node.defaults or {}
    network = defaults.get("network") or {}
    params: dict[str, Any] = {
        "proxmox_guest_node": guest.pve_node, "proxmox_guest_vmid": guest.vmid,
        "proxmox_guest_hostname": guest.hostname, "proxmox_guest_kind": guest.kind.value,
        "proxmox_guest_template": defaults.get("template"), "proxmox_guest_storage": defaults.get("storage"),
        "proxmox_guest_cores": cores, "proxmox_guest_memory_mb": memory_mb, "proxmox_guest_swap_mb": swap_mb,
        "proxmox_guest_disk_gb": disk_gb, "proxmox_guest_bridge": defaults.get("bridge"),
        "proxmox_guest_ssh_public_key": ssh_keys.public_key(settings),
        "proxmox_guest_tags": ["containr", guest.resource_type.lower()],
        "proxmox_guest_description": f"Containr {guest.resource_type} {guest.resource_id}",
    }
    if guest.ip is not None:
        params.update(proxmox_guest_ip=f"{guest.ip}/{ipam.prefix_length(network)}",
                      proxmox_guest_gateway=network.get("gateway"))
    return params


async def create_guest(engine: TaskEngine, settings: Settings, box: SecretBox, node: Node, *, hostname: str,
                       resource_type: str, resource_id: str, user: User | None, **sizes: Any) -> tuple[Guest, Task]:
    """Allocate the guest (see allocate_guest, which takes `sizes`) and start guest.create."""
    made = await allocate_guest(settings, box, node, hostname=hostname, resource_type=resource_type,
                                resource_id=resource_id, **sizes)
    async with undo_on_failure(made.release):  # nothing half-made: the vmid and the address go back with the record
        task = await catalogue.start(engine, settings, GUEST_CREATE, resource_id=str(made.guest.id),
                                     params=GuestCreateVars(**made.params), user=user,
                                     secrets=connection_env(node, box))
    await link_task(node, task)
    return made.guest, task


async def managed_guest(node: Node, name: str) -> Guest:
    """A guest Containr made on the node, by its hostname; anything else is not found."""
    guest = await Guest.get_or_none(node=node, hostname=name)
    if guest is None:
        raise NotFound(f"Node {node.name} has no container {name!r} made by Containr")
    return guest


async def _start(engine: TaskEngine, settings: Settings, box: SecretBox, guest: Guest, action: catalogue.Action,
                 params: object, user: User | None) -> Task:
    node = await guest.node
    task = await catalogue.start(engine, settings, action, resource_id=str(guest.id), params=params,  # type: ignore[arg-type]
                                 user=user, secrets=connection_env(node, box))
    await link_task(node, task)
    return task


async def destroy_guest(engine: TaskEngine, settings: Settings, box: SecretBox, guest: Guest, *,
                        user: User | None) -> Task:
    params = GuestDestroyVars(proxmox_guest_node=guest.pve_node, proxmox_guest_vmid=guest.vmid,
                              proxmox_guest_hostname=guest.hostname)
    task = await _start(engine, settings, box, guest, GUEST_DESTROY, params, user)
    guest.status = GuestStatus.DESTROYING
    await guest.save(update_fields=["status", "updated_at"])
    return task


async def power_guest(engine: TaskEngine, settings: Settings, box: SecretBox, guest: Guest, *, action: str,
                      user: User | None) -> Task:
    if action not in POWER_STATES:
        raise Invalid(f"No power action {action!r}; use start, stop or restart", details={"field": "action"})
    params = GuestPowerVars(proxmox_guest_node=guest.pve_node, proxmox_guest_vmid=guest.vmid,
                            guest_power_state=POWER_STATES[action])  # type: ignore[arg-type]
    return await _start(engine, settings, box, guest, GUEST_POWER, params, user)


async def snapshot_guest(engine: TaskEngine, settings: Settings, box: SecretBox, guest: Guest, *, name: str,
                         state: str = "present", description: str | None = None, user: User | None) -> Task:
    try:
        params = GuestSnapshotVars(proxmox_guest_node=guest.pve_node, proxmox_guest_vmid=guest.vmid,
                                   guest_snapshot_name=name, guest_snapshot_state=state,  # type: ignore[arg-type]
                                   guest_snapshot_description=description)
    except ValidationError as exc:
        field = str(exc.errors()[0]["loc"][0]).removeprefix("guest_snapshot_")
        raise Invalid(f"Invalid snapshot {field}: {exc.errors()[0]['msg']}", details={"field": field}) from exc
    return await _start(engine, settings, box, guest, GUEST_SNAPSHOT, params, user)
