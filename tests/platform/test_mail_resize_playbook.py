"""mail_resize.yml through the real engine against the PVE simulator: the mail guest's memory changes and
nothing else; a second run changes nothing."""

from __future__ import annotations

import httpx
import pytest

from tests.nodes.conftest import SSH_KEY, TEMPLATE, Runner

pytestmark = [pytest.mark.ansible, pytest.mark.slow]


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs: SQLite alone


async def test_the_mail_guest_s_memory_is_resized_and_a_second_run_changes_nothing(run: Runner,
                                                                                   pve_api: httpx.Client):
    made = await run("guest_create", proxmox_guest_node="pve", proxmox_guest_vmid=1300,
                     proxmox_guest_hostname="mail-1", proxmox_guest_template=TEMPLATE,
                     proxmox_guest_ip="10.213.0.30/24", proxmox_guest_gateway="10.213.0.1",
                     proxmox_guest_ssh_public_key=SSH_KEY)
    assert made.task["success"], made.log[-4000:]
    resize = {"proxmox_guest_node": "pve", "proxmox_guest_vmid": 1300, "proxmox_guest_memory_mb": 1024}
    first, _ = await run.twice("mail_resize", **resize)
    assert first.changed > 0 and first.result == {"cores": 1, "memoryMb": 1024, "diskGb": 8}
    config = pve_api.get("/nodes/pve/lxc/1300/config").json()["data"]
    assert (config["memory"], config["cores"], config["swap"]) == (1024, 1, 512)
    assert "size=8G" in config["rootfs"]

    refused = await run("mail_resize", **{**resize, "proxmox_guest_memory_mb": 64})
    assert not refused.task["success"] and "at least 128" in refused.log
    assert pve_api.get("/nodes/pve/lxc/1300/config").json()["data"]["memory"] == 1024
