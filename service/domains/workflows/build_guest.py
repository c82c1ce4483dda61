"""The project's build guest on a node: one Debian LXC container per (project, node), `build-<8 hex of the
project>`, recorded as a nodes Guest (resource `buildhost`, the project's id) at a static address, allocated by
the first build that needs it and made by that build's prepare run; later builds find it again."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from service.config import Settings
from service.core.secrets import SecretBox
from service.domains.nodes import guests
from service.domains.nodes.actions import GUEST
from service.domains.nodes.models import Guest, Node
from service.domains.projects.models import Project
from service.tasks import locks

RESOURCE = "buildhost"
# Room for buildah's vfs layers and the caches of a few workflows.
CORES, MEMORY_MB, DISK_GB = 2, 2048, 20


def hostname(project: Project) -> str:
    return f"build-{project.id.hex[:8]}"


def lock_key(guest: Guest) -> str:
    """The run lock of the guest (the guest actions' own): prepare runs of one guest take turns by it."""
    return locks.resource_key(GUEST, str(guest.id))


async def find(project: Project, node: Node) -> Guest | None:
    return await Guest.get_or_none(node=node, resource_type=RESOURCE, resource_id=str(project.id))


@dataclass
class BuildGuest:
    guest: Guest
    params: dict[str, Any]  # the proxmox_guest_* vars that make it (again)
    allocation: guests.Allocation | None  # set when this build allocated it: released if its run does not start


async def ensure(settings: Settings, box: SecretBox, *, project: Project, node: Node) -> BuildGuest:
    """The guest, found or allocated now (vmid and address; a 422/409 naming nodeId when the node cannot have
    one: offline, DHCP, no template)."""
    guest = await find(project, node)
    if guest is not None:
        params = guests.create_params(settings, node, guest, cores=CORES, memory_mb=MEMORY_MB, disk_gb=DISK_GB)
        return BuildGuest(guest=guest, params=params, allocation=None)
    made = await guests.allocate_guest(settings, box, node, hostname=hostname(project), resource_type=RESOURCE,
                                       resource_id=str(project.id), cores=CORES, memory_mb=MEMORY_MB,
                                       disk_gb=DISK_GB, project_id=project.id, static_only=True)
    return BuildGuest(guest=made.guest, params=made.params, allocation=made)
