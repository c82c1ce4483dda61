"""The Proxmox playbooks' header comments document what each run returns and its tags, which the catalogue
(GET /playbooks) reads."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from service.actions.playbooks import catalogue, describe
from service.config import REPO_ROOT


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs: SQLite alone

# What each run returns through set_stats, as the header lists it (the vars each takes are checked against their
# vars model and the roles' argument_specs in tests/test_run_contracts.py).
RETURNS = {
    "node_check": ["pveVersion", "nodes", "storages", "templateFound"],
    "certs_issue": ["certificates", "failed"],
    "edge_apply": ["vmid", "node", "hostname", "ip", "host", "routes", "certificates"],
    "mail_setup": ["vmid", "node", "hostname", "ip", "host", "domains", "mailboxes"],
    "mail_mailboxes": ["mailboxes", "aliases"],
    "mail_send_test": ["queue_id", "relay", "status"],
    "dns_apply": ["changed"],
    "guest_create": ["vmid", "node", "ip", "hostname"],
    "guest_destroy": ["vmid", "destroyed"],
    "guest_power": ["vmid", "status"],
    "guest_snapshot": ["vmid", "snapshot", "state"],
    "guest_update": ["guests"],
    "database_backup": ["snapshot_id", "snapshot_time", "size", "type", "version"],
    "database_restore": ["snapshot_id", "type", "database"],
    "database_resize": ["cores", "memoryMb", "diskGb"],
    "mail_resize": ["cores", "memoryMb", "diskGb"],
    "guest_backup": ["vmid", "storage", "volid", "size"],
    "database_delete": ["vmid", "destroyed", "forgotten"],
    "database_clone": ["vmid", "node", "hostname", "ip", "host", "port", "database", "user", "version", "type",
                       "snapshot_id"],
    "app_install": ["vmid", "node", "hostname", "ip", "host", "port", "appId", "version", "adminUser"],
    "app_backup": ["snapshot_id", "snapshot_time", "size", "appId"],
    "app_restore": ["snapshot_id", "appId"],
    "app_clone": ["vmid", "node", "hostname", "ip", "host", "port", "appId", "version", "adminUser", "snapshot_id"],
    "deployment_start": ["deployment_instances", "deployment_removed"],
    "deployment_remove": ["deployment_removed"],
    "build_prepare": ["vmid", "node", "ip", "hostname", "build_commit", "build_commit_message", "build_commit_author"],
    "build_step": ["build_step_exit_code", "build_step_outputs"],
    "ldap_sync": ["users", "groups"],
    "build_image": ["vmid", "node", "ip", "hostname", "build_commit", "build_commit_message", "build_commit_author",
                    "build_image_pushed", "build_image_digest"],
}


@pytest.mark.parametrize("name", sorted(RETURNS))
def test_header_documents_what_the_run_returns(name: str) -> None:
    doc = describe(REPO_ROOT / "playbooks" / f"{name}.yml")
    assert doc.returns == RETURNS[name]
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
