"""The Proxmox playbooks' header comments document the contract's vars and returns, which the catalogue
(GET /playbooks) reads."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from service.actions.playbooks import catalogue, describe
from service.config import REPO_ROOT

CONTRACT = {
    "node_check": ({"node_check_template", "node_check_node"}, set(),
                   ["pveVersion", "nodes", "storages", "templateFound"]),
    "guest_create": ({"proxmox_guest_kind", "proxmox_guest_template", "proxmox_guest_storage", "proxmox_guest_cores",
                      "proxmox_guest_memory_mb", "proxmox_guest_swap_mb", "proxmox_guest_disk_gb",
                      "proxmox_guest_bridge", "proxmox_guest_ip", "proxmox_guest_gateway", "proxmox_guest_tags",
                      "proxmox_guest_description", "proxmox_guest_unprivileged", "proxmox_guest_nesting"},
                     {"proxmox_guest_node", "proxmox_guest_vmid", "proxmox_guest_hostname",
                      "proxmox_guest_ssh_public_key"}, ["vmid", "node", "ip", "hostname"]),
    "guest_destroy": (set(), {"proxmox_guest_node", "proxmox_guest_vmid", "proxmox_guest_hostname"},
                      ["vmid", "destroyed"]),
    "guest_power": (set(), {"proxmox_guest_node", "proxmox_guest_vmid", "guest_power_state"}, ["vmid", "status"]),
    "guest_snapshot": ({"guest_snapshot_state", "guest_snapshot_description"},
                       {"proxmox_guest_node", "proxmox_guest_vmid", "guest_snapshot_name"},
                       ["vmid", "snapshot", "state"]),
    "guest_update": ({"guest_update_mode", "guest_base_apt_proxy", "guest_update_snapshot_name",
                      "guest_update_connect_timeout", "guest_update_check_retries", "guest_update_check_delay",
                      "guest_update_api_timeout"},
                     {"guest_update_guests", "containr_ssh_private_key_file"}, ["guests"]),
    "database_backup": ({"database_backup_time", "backup_insecure_tls"},
                        {"database_id", "database_type", "database_name", "database_user", "database_host",
                         "database_version", "containr_ssh_private_key_file"},
                        ["snapshot_id", "snapshot_time", "size", "type", "version"]),
    "database_restore": ({"backup_insecure_tls"},
                         {"database_restore_snapshot", "database_type", "database_name", "database_user",
                          "database_host", "containr_ssh_private_key_file"}, ["snapshot_id", "type", "database"]),
    "database_resize": ({"proxmox_guest_cores", "proxmox_guest_memory_mb", "proxmox_guest_disk_gb"},
                        {"database_type", "database_host", "containr_ssh_private_key_file", "proxmox_guest_node",
                         "proxmox_guest_vmid"}, ["cores", "memoryMb", "diskGb"]),
    "guest_backup": ({"guest_backup_storage", "guest_backup_mode", "guest_backup_notes"},
                     {"proxmox_guest_node", "proxmox_guest_vmid"}, ["vmid", "storage", "volid", "size"]),
    "database_delete": ({"database_id", "database_delete_backups", "backup_insecure_tls"},
                        {"proxmox_guest_node", "proxmox_guest_vmid", "proxmox_guest_hostname"},
                        ["vmid", "destroyed", "forgotten"]),
    "database_clone": ({"database_version", "guest_base_apt_proxy", "backup_insecure_tls"},
                       {"database_restore_snapshot", "database_type", "database_name", "database_user",
                        "proxmox_guest_vmid", "proxmox_guest_ip"},
                       ["vmid", "node", "hostname", "ip", "host", "port", "database", "user", "version", "type",
                        "snapshot_id"]),
}


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_header_documents_the_contract(name: str) -> None:
    optional, required, returns = CONTRACT[name]
    doc = describe(REPO_ROOT / "playbooks" / f"{name}.yml")
    documented = {var.name: var for var in doc.vars}
    assert required <= {n for n, v in documented.items() if v.required}
    assert optional <= {n for n, v in documented.items() if not v.required}
    assert doc.returns == returns
    assert doc.description


def _role_tags() -> set[str]:
    """Every tag a task under roles/ carries (`tags: [a, b]`), reached through dynamic includes too."""
    found: set[str] = set()
    for path in (REPO_ROOT / "roles").glob("*/tasks/*.yml"):
        for match in re.finditer(r"^\s*tags:\s*\[(?P<tags>[^\]]*)\]", path.read_text(), re.MULTILINE):
            found.update(tag.strip() for tag in match["tags"].split(",") if tag.strip())
    return found


TAGGED = sorted(doc.name for doc in catalogue(REPO_ROOT / "playbooks") if doc.tags)


def test_the_database_and_guest_playbooks_have_tags() -> None:
    assert {"database_create", "database_rotate_password", "guest_create", "guest_destroy", "guest_power",
            "guest_snapshot"} <= set(TAGGED)


@pytest.mark.parametrize("name", TAGGED)
def test_the_header_lists_the_playbook_s_tags(name: str) -> None:
    """What Ansible lists (the static part) is documented, and every documented tag exists: a run selecting it
    runs something."""
    doc = describe(REPO_ROOT / "playbooks" / f"{name}.yml")
    listed = subprocess.run([str(Path(sys.executable).parent / "ansible-playbook"), "--list-tags",
                             f"playbooks/{name}.yml"], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    static = {tag.strip() for found in re.findall(r"TASK TAGS: \[([^\]]*)\]", listed.stdout)
              for tag in found.split(",") if tag.strip()}
    assert static - {"always"} <= set(doc.tags), listed.stdout
    assert set(doc.tags) <= static | _role_tags()
    assert "always" not in doc.tags
