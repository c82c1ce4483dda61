"""A node's static address pool and vmids: checked when a node is saved, handed out race-free to guests.

Race-free by the database, not by a lock in this process: a lease is a row unique per (node, address) and a
guest a row unique per (node, vmid), so of two concurrent creates taking the same number one insert fails
and that create takes the next free one. This holds on SQLite and PostgreSQL, and across processes."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterator
from typing import Any

from tortoise.exceptions import IntegrityError

from service.core.errors import Conflict, Invalid
from service.domains.nodes.models import Guest, IpLease, Node

# Concurrent creates each lose at most once per rival; this bounds a pathological loop, not a normal one.
MAX_ATTEMPTS = 200


def check_network(network: dict[str, Any], field: str = "defaults.network") -> None:
    """Static mode needs a CIDR, and the gateway and range inside it; errors name the field."""
    if network.get("mode") != "static":
        return
    cidr = network.get("cidr")
    if not cidr:
        raise Invalid("Static addressing needs a CIDR", details={"field": f"{field}.cidr"})
    try:
        net = ipaddress.ip_network(cidr, strict=False)
    except ValueError as exc:
        raise Invalid(f"Not a network in CIDR notation: {cidr!r}", details={"field": f"{field}.cidr"}) from exc

    def inside(name: str, *, required: bool) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
        value = network.get(name)
        if not value:
            if required:
                raise Invalid(f"Static addressing needs {name}", details={"field": f"{field}.{_camel(name)}"})
            return None
        try:
            address = ipaddress.ip_address(value)
        except ValueError as exc:
            raise Invalid(f"Not an IP address: {value!r}", details={"field": f"{field}.{_camel(name)}"}) from exc
        if address not in net or address in (net.network_address, net.broadcast_address):
            raise Invalid(f"{value} is not a host address of {net}", details={"field": f"{field}.{_camel(name)}"})
        return address

    inside("gateway", required=False)
    start = inside("range_start", required=True)
    end = inside("range_end", required=True)
    if start is not None and end is not None and int(end) < int(start):
        raise Invalid("The range ends before it starts", details={"field": f"{field}.rangeEnd"})


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _pool(network: dict[str, Any]) -> Iterator[str]:
    start = ipaddress.ip_address(network["range_start"])
    end = ipaddress.ip_address(network["range_end"])
    gateway = network.get("gateway")
    for number in range(int(start), int(end) + 1):
        address = str(ipaddress.ip_address(number))
        if address != gateway:
            yield address


def prefix_length(network: dict[str, Any]) -> int:
    return ipaddress.ip_network(network["cidr"], strict=False).prefixlen


def pool_size(network: dict[str, Any]) -> int:
    return sum(1 for _ in _pool(network))


async def free_addresses(node: Node) -> int:
    """How many addresses of the node's static pool no guest holds (0 for a DHCP node: none are handed out)."""
    network = (node.defaults or {}).get("network") or {}
    if network.get("mode") != "static":
        return 0
    taken = set(await IpLease.filter(node=node).values_list("address", flat=True))
    return sum(1 for address in _pool(network) if address not in taken)


async def lease_address(node: Node) -> IpLease:
    """A free address of the node's static pool, held by a new lease row (not yet bound to a guest)."""
    network = (node.defaults or {}).get("network") or {}
    taken = set(await IpLease.filter(node=node).values_list("address", flat=True))
    for _ in range(MAX_ATTEMPTS):
        address = next((a for a in _pool(network) if a not in taken), None)
        if address is None:
            raise Invalid(f"Node {node.name} has no free address left in {network['range_start']}-"
                          f"{network['range_end']}", code="no_free_address",
                          details={"field": "nodeId", "nodeId": str(node.id)})
        try:
            return await IpLease.create(node=node, address=address)
        except IntegrityError:
            taken.add(address)  # a concurrent create took it first
    raise Conflict("Too many concurrent address allocations; try again", code="busy")


async def insert_guest(node: Node, *, hostname: str, taken: set[int],
                       make: Callable[[int], Any]) -> Guest:
    """Insert the guest under the lowest free vmid from the node's vmidStart, skipping `taken` (vmids in use
    on the cluster by guests Containr did not make) and those its own guests hold."""
    start = int((node.defaults or {}).get("vmid_start") or 1000)
    taken = taken | set(await Guest.filter(node=node).values_list("vmid", flat=True))
    for _ in range(MAX_ATTEMPTS):
        vmid = start
        while vmid in taken:
            vmid += 1
        try:
            return await make(vmid)
        except IntegrityError as exc:
            if await Guest.exists(node=node, hostname=hostname):
                raise Conflict(f"Node {node.name} already has a guest named {hostname!r}", code="taken",
                               details={"field": "hostname"}) from exc
            taken.add(vmid)
    raise Conflict("Too many concurrent vmid allocations; try again", code="busy")
