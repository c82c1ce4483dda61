"""Ansible's JSON inventory of every guest Containr manages, for operators who run playbooks by hand."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from service.config import Settings
from service.core.ssh_keys import private_key_path
from service.domains.nodes.models import Guest
from service.domains.projects.models import Environment, Project


def group_name(prefix: str, name: str) -> str:
    # Ansible group names are identifiers: anything else becomes an underscore.
    return f"{prefix}_{re.sub(r'[^A-Za-z0-9_]', '_', name)}"


async def inventory(settings: Settings) -> dict[str, Any]:
    """`ansible-inventory --list` format: groups per node, project, environment and resource kind, with
    every hostvar a playbook needs to reach the guest over SSH."""
    guests = await Guest.all().select_related("node").order_by("node__name", "hostname")
    projects = {p.id: p.name for p in await Project.filter(id__in={g.project_id for g in guests if g.project_id})}
    environments = {e.id: e.name for e in await Environment.filter(
        id__in={g.environment_id for g in guests if g.environment_id})}
    hostnames = [g.hostname for g in guests]
    groups: dict[str, list[str]] = defaultdict(list)
    hostvars: dict[str, dict[str, Any]] = {}
    key_file = str(private_key_path(settings))
    for guest in guests:
        # A hostname is unique per node; the vmid tells apart equal names on different nodes.
        host = guest.hostname if hostnames.count(guest.hostname) == 1 else f"{guest.hostname}_{guest.vmid}"
        hostvars[host] = {
            # Without an address yet (DHCP, still provisioning) Ansible falls back to the host's name.
            **({"ansible_host": guest.ip} if guest.ip else {}), "ansible_user": "root",
            "ansible_ssh_private_key_file": key_file,
            "vmid": guest.vmid, "node": guest.pve_node, "containr_node": guest.node.name,
            "containr_node_id": str(guest.node_id), "containr_guest_id": str(guest.id),
            "containr_resource_type": guest.resource_type, "containr_resource_id": guest.resource_id,
            "containr_status": str(guest.status), "containr_kind": str(guest.kind),
        }
        groups[group_name("node", guest.node.name)].append(host)
        groups[group_name("kind", guest.resource_type)].append(host)
        if guest.project_id in projects:
            groups[group_name("project", projects[guest.project_id])].append(host)
        if guest.environment_id in environments:
            groups[group_name("environment", environments[guest.environment_id])].append(host)
    answer: dict[str, Any] = {"_meta": {"hostvars": hostvars},
                              "all": {"children": ["ungrouped", *sorted(groups)]}, "ungrouped": {"hosts": []}}
    answer.update({name: {"hosts": hosts} for name, hosts in sorted(groups.items())})
    return answer
