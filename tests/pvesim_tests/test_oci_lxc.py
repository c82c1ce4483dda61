"""PVE 9.1's OCI images on the `lxc` backend: a real pull with skopeo from the test registry (TLS from a test CA,
htpasswd), an application container unpacked from it, started with the image's entrypoint and the env set
after the create, answering HTTP on its static address from the host."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from tests.harness.lxc import LxcSim
from tests.harness.registry import Registry

from .helpers import wait_task

pytestmark = [pytest.mark.lxc(lane=1), pytest.mark.slow]


def _ok(api: httpx.Client, method: str, path: str, **data: str) -> dict:
    response = api.delete(path, params=data) if method == "DELETE" else api.request(method, path, data=data or None)
    assert response.status_code == 200, response.text
    status = wait_task(api, "pve", response.json()["data"], attempts=3000)
    assert status["exitstatus"] == "OK", (status, api.get(f"/nodes/pve/tasks/{status['upid']}/log").json())
    return status


def _page(address: str, *, attempts: int = 100) -> str:
    for attempt in range(attempts):
        try:
            return httpx.get(f"http://{address.split('/')[0]}:8080/", timeout=3).text
        except httpx.TransportError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.2)
    raise AssertionError("unreachable")


def test_application_container_from_the_registry(lxc_sim: LxcSim, registry: Registry, tmp_path: Path) -> None:
    sim = lxc_sim.server.sim
    sim.set_release("9.1")
    address = lxc_sim.address(60)
    with httpx.Client(base_url=lxc_sim.server.url + "/api2/json", verify=False, timeout=30,
                      headers={"Authorization": lxc_sim.credentials.token_header}) as api:
        reference = f"{registry.host}/containr/hello:1.0"
        # Neither the CA nor a login yet: skopeo's failure is the task's, as on a PVE node.
        refused = api.post("/nodes/pve/storage/local/oci-registry-pull", data={"reference": reference})
        status = wait_task(api, "pve", refused.json()["data"], attempts=3000)
        assert status["exitstatus"].startswith(f"command 'skopeo copy docker://{reference} oci-archive:")
        assert status["exitstatus"].endswith("failed: exit code 1")

        lxc_sim.backend.trust_registry(ca_file=registry.ca_file)
        unauthorized = api.post("/nodes/pve/storage/local/oci-registry-pull", data={"reference": reference})
        status = wait_task(api, "pve", unauthorized.json()["data"], attempts=3000)
        assert status["exitstatus"].endswith("failed: exit code 1")
        log = " ".join(line["t"] for line in api.get(f"/nodes/pve/tasks/{status['upid']}/log").json()["data"])
        assert "unauthorized" in log or "authentication required" in log

        lxc_sim.backend.trust_registry(authfile=registry.authfile(tmp_path / "root-login"))
        tags = api.get("/nodes/pve/query-oci-repo-tags", params={"reference": f"{registry.host}/containr/hello"})
        assert tags.status_code == 200 and tags.json()["data"] == ["1.0"]
        _ok(api, "POST", "/nodes/pve/storage/local/oci-registry-pull", reference=reference)
        volumes = api.get("/nodes/pve/storage/local/content", params={"content": "vztmpl"}).json()["data"]
        assert "local:vztmpl/hello_1.0.tar" in {v["volid"] for v in volumes}

        _ok(api, "POST", "/nodes/pve/lxc", vmid="160", ostemplate="local:vztmpl/hello_1.0.tar", hostname="hello",
            rootfs="local-lvm:1", memory="128", swap="0",
            net0=f"name=eth0,bridge=vmbr0,ip={address},gw={lxc_sim.env.gateway}")
        config = api.get("/nodes/pve/lxc/160/config").json()["data"]
        assert config["entrypoint"] == "/bin/sh /start.sh" and config["ostype"] == "unmanaged"
        assert "GREETING=from-image" in config["env"].split("\0")
        env = [v for v in config["env"].split("\0") if not v.startswith("GREETING=")] + ["GREETING=from-create"]
        response = api.put("/nodes/pve/lxc/160/config", data={"env": "\0".join(env)})
        assert response.status_code == 200, response.text

        _ok(api, "POST", "/nodes/pve/lxc/160/status/start")
        page = _page(address)
        assert "greeting=from-create" in page and "version=1.0" in page
        eth0 = next(i for i in api.get("/nodes/pve/lxc/160/interfaces").json()["data"] if i["name"] == "eth0")
        assert eth0["inet"] == address

        _ok(api, "POST", "/nodes/pve/lxc/160/status/stop")
        assert api.get("/nodes/pve/lxc/160/status/current").json()["data"]["status"] == "stopped"
        with pytest.raises(httpx.TransportError):
            httpx.get(f"http://{address.split('/')[0]}:8080/", timeout=2)
        _ok(api, "POST", "/nodes/pve/lxc/160/status/start")
        assert "greeting=from-create" in _page(address)
        _ok(api, "POST", "/nodes/pve/lxc/160/status/stop")
        _ok(api, "DELETE", "/nodes/pve/lxc/160")
        assert not (lxc_sim.backend.settings.lxcpath / lxc_sim.container(160)).exists()
