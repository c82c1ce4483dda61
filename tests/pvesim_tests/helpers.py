"""Small helpers for talking to the simulator in tests."""

from __future__ import annotations

import time

import httpx

TEMPLATE = "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst"


def wait_task(api: httpx.Client, node: str, upid: str, *, attempts: int = 400) -> dict:
    """Polls a task like community.proxmox does, until it stops (bounded, not timed)."""
    for _ in range(attempts):
        status = api.get(f"/nodes/{node}/tasks/{upid}/status").json()["data"]
        if status["status"] == "stopped":
            return status
        time.sleep(0.02)
    raise AssertionError(f"task {upid} did not stop")


def create_ct(api: httpx.Client, vmid: int, *, node: str = "pve", **extra: str) -> dict:
    params = {"vmid": str(vmid), "ostemplate": TEMPLATE, "hostname": f"ct{vmid}", "rootfs": "local-lvm:8",
              "net0": f"name=eth0,bridge=vmbr0,ip=10.0.0.{vmid % 200 + 2}/24,gw=10.0.0.1", **extra}
    response = api.post(f"/nodes/{node}/lxc", data=params)
    assert response.status_code == 200, response.text
    return wait_task(api, node, response.json()["data"])
