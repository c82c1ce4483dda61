"""deployment_start.yml and deployment_remove.yml through the real engine against the PVE 9.1 simulator (memory
backend): node pulls, the env laid over the image's, replacements, failures that name the instance and the step,
the removal of the containers a deployment replaces, and no secret in what the runs leave."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from tests.conftest import Server
from tests.factories import assert_secrets_nowhere
from tests.nodes.conftest import Runner
from tests.pvesim.server import Credentials, ThreadedServer
from tests.pvesim_tests.helpers import create_ct

from .conftest import deployment_env

pytestmark = [pytest.mark.ansible, pytest.mark.slow]

REGISTRY = "registry.example:5000"
IMAGE = {"Entrypoint": ["/bin/sh", "/start.sh"], "Env": ["PATH=/bin", "PORT=8080", "GREETING=hello"],
         "WorkingDir": "/srv"}
DEPLOYMENT = str(uuid.UUID(int=21))
WEB, WORKER = str(uuid.UUID(int=1)), str(uuid.UUID(int=2))
SECRET = "s3cr3t-token-never-shown-4242"


def _instance(ident: str, hostname: str, vmid: int, address: str, tag: str = "1.0", **extra: Any) -> dict[str, Any]:
    return {"id": ident, "hostname": hostname, "vmid": vmid, "ip": f"10.213.2.{address}/24",
            "image": f"{REGISTRY}/containr/hello:{tag}", "image_file": f"containr-hello_{tag}.tar", "pull": "node",
            **extra}


def _vars(instances: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {"deployment_id": DEPLOYMENT, "deployment_prefix": "web", "deployment_node": "pve",
            "deployment_gateway": "10.213.2.1", "deployment_instances": instances, **extra}


def _config(api: httpx.Client, vmid: int) -> dict[str, Any]:
    return api.get(f"/nodes/pve/lxc/{vmid}/config").json()["data"]


def _status(api: httpx.Client, vmid: int) -> str | None:
    found = [g for g in api.get("/cluster/resources", params={"type": "vm"}).json()["data"] if g["vmid"] == vmid]
    return found[0]["status"] if found else None


@pytest.fixture
def sim(pve91: tuple[ThreadedServer, Credentials]) -> ThreadedServer:
    server = pve91[0]
    for tag in ("1.0", "1.1"):
        server.sim.backend.registries.add(f"{REGISTRY}/containr/hello:{tag}", IMAGE)
    return server


async def test_a_deployment_runs_its_instances_and_a_second_run_changes_nothing(
        run: Runner, sim: ThreadedServer, pve_api: httpx.Client, pve91: tuple[ThreadedServer, Credentials],
        server: Server) -> None:
    run.env = deployment_env(pve91, env={WEB: {"GREETING": "bonjour", "SECRET_TOKEN": SECRET},
                                         WORKER: {"MODE": "worker"}})
    instances = [
        _instance(WEB, "web-hello", 2100, "30", cores=2, memory_mb=128, disk_gb=2,
                  volumes=[{"name": "data", "path": "/srv/data", "size_gb": 1, "readonly": False},
                           {"name": "seed", "path": "/srv/seed", "size_gb": 1, "storage": "local-lvm",
                            "readonly": True}]),
        _instance(WORKER, "web-worker", 2101, "31", entrypoint=["/bin/sh", "-c", "echo working; sleep 1d"],
                  onboot=False),
    ]
    first, second = await run.twice("deployment_start", **_vars(instances))
    assert first.changed > 0
    assert first.result["deployment_instances"] == [
        {"id": WEB, "vmid": 2100, "ip": "10.213.2.30", "state": "running"},
        {"id": WORKER, "vmid": 2101, "ip": "10.213.2.31", "state": "running"}]
    assert first.result["deployment_removed"] == []
    assert second.result == first.result

    # Both from one image file, pulled once by the node, named as the instances ask.
    content = pve_api.get("/nodes/pve/storage/local/content", params={"content": "vztmpl"}).json()["data"]
    assert [c["volid"] for c in content if "hello" in c["volid"]] == ["local:vztmpl/containr-hello_1.0.tar"]
    pulls = [t for t in pve_api.get("/nodes/pve/tasks").json()["data"] if t["type"] == "ociregistrypull"]
    assert len(pulls) == 1

    web = _config(pve_api, 2100)
    assert web["hostname"] == "web-hello" and (web["cores"], web["memory"], web["swap"]) == (2, 128, 0)
    assert web["env"] == f"PATH=/bin\0PORT=8080\0GREETING=bonjour\0SECRET_TOKEN={SECRET}"
    assert web["entrypoint"] == "/bin/sh /start.sh"  # the image's
    assert web["onboot"] == 1 and web["unprivileged"] == 1 and web["tags"] == "containr;deployment"
    assert web["rootfs"].startswith("local-lvm:vm-2100-disk-0") and "size=2G" in web["rootfs"]
    assert web["mp0"].startswith("local-lvm:vm-2100-disk-1") and "mp=/srv/data" in web["mp0"]
    assert "mp=/srv/seed" in web["mp1"] and "ro=1" in web["mp1"] and "ro=1" not in web["mp0"]
    assert "ip=10.213.2.30/24" in web["net0"] and "gw=10.213.2.1" in web["net0"]
    assert web["description"] == (f"Containr deployment {DEPLOYMENT} instance {WEB} image containr-hello_1.0.tar"
                                  " env GREETING,SECRET_TOKEN")
    worker = _config(pve_api, 2101)
    assert worker["env"] == "PATH=/bin\0PORT=8080\0GREETING=hello\0MODE=worker"
    assert worker["entrypoint"] == "/bin/sh -c 'echo working; sleep 1d'"
    assert worker.get("onboot", 0) == 0
    assert _status(pve_api, 2100) == _status(pve_api, 2101) == "running"
    # In order: the web container was made and started before the worker's.
    made = sorted((t["starttime"], t["id"]) for t in pve_api.get("/nodes/pve/tasks").json()["data"]
                  if t["type"] in ("vzcreate", "vzstart"))
    assert [ident for _, ident in made] == ["2100", "2100", "2101", "2101"]

    await assert_secrets_nowhere(run.client, run.headers, server.settings.data_dir, [SECRET])


def _tasks(api: httpx.Client, vmid: int) -> list[str]:
    """The types of the PVE tasks of a vmid, oldest first; a shutdown counts as a stop."""
    found = api.get("/nodes/pve/tasks", params={"vmid": vmid, "limit": 500}).json()["data"]
    return [t["type"].replace("vzshutdown", "vzstop") for t in sorted(found, key=lambda t: (t["starttime"], t["upid"]))]


async def test_a_changed_env_restarts_a_new_image_replaces_and_the_next_deployment_removes_the_old(
        run: Runner, sim: ThreadedServer, pve_api: httpx.Client, pve91: tuple[ThreadedServer, Credentials]) -> None:
    web = _instance(WEB, "web-hello", 2200, "40")
    run.env = deployment_env(pve91, env={WEB: {"GREETING": "hi", "EXTRA": "x"}})
    first = await run("deployment_start", **_vars([web]))
    assert first.task["success"], first.log[-4000:]
    assert _tasks(pve_api, 2200) == ["vzcreate", "vzstart"]

    assert _config(pve_api, 2200)["env"] == "PATH=/bin\0PORT=8080\0GREETING=hi\0EXTRA=x"
    # A changed value and a variable removed: the running container gets the new env and is restarted to read it.
    run.env = deployment_env(pve91, env={WEB: {"GREETING": "hello again"}})
    changed, _ = await run.twice("deployment_start", **_vars([web]))
    assert changed.changed > 0
    assert _config(pve_api, 2200)["env"] == "PATH=/bin\0PORT=8080\0GREETING=hello again"
    assert _tasks(pve_api, 2200)[2:] == ["vzstop", "vzstart"]
    assert _status(pve_api, 2200) == "running"

    # A new image file: the container is made again at the same vmid, from it, with the env set again.
    newer = {**web, "image": f"{REGISTRY}/containr/hello:1.1", "image_file": "containr-hello_1.1.tar"}
    replaced, _ = await run.twice("deployment_start", **_vars([newer]))
    assert replaced.result["deployment_instances"] == [{"id": WEB, "vmid": 2200, "ip": "10.213.2.40",
                                                         "state": "running"}]
    config = _config(pve_api, 2200)
    assert config["description"].endswith("image containr-hello_1.1.tar env GREETING")
    assert config["env"] == "PATH=/bin\0PORT=8080\0GREETING=hello again"
    assert _tasks(pve_api, 2200)[4:] == ["vzstop", "vzdestroy", "vzcreate", "vzstart"]

    # The next deployment of the project on that prefix: its containers run first, then the old ones go (never
    # one of its own, even when the caller lists it).
    other = str(uuid.UUID(int=22))
    successor = _instance(other, "web-hello2", 2201, "41")
    run.env = deployment_env(pve91, env={other: {"GREETING": "next"}})
    moved, again = await run.twice("deployment_start", **_vars(
        [successor], deployment_id=str(uuid.UUID(int=23)),
        deployment_remove=[{"vmid": 2200, "hostname": "web-hello"}, {"vmid": 2201, "hostname": "web-hello2"}]))
    assert moved.result == {"deployment_instances": [{"id": other, "vmid": 2201, "ip": "10.213.2.41",
                                                      "state": "running"}], "deployment_removed": [2200]}
    assert again.result == moved.result
    assert _status(pve_api, 2200) is None and _status(pve_api, 2201) == "running"


async def test_a_failure_names_the_instance_and_step_and_leaves_the_old_containers_running(
        run: Runner, sim: ThreadedServer, pve_api: httpx.Client, pve91: tuple[ThreadedServer, Credentials],
        server: Server) -> None:
    old = _instance(WEB, "web-hello", 2300, "50")
    run.env = deployment_env(pve91, env={WEB: {"SECRET_TOKEN": SECRET}})
    assert (await run("deployment_start", **_vars([old]))).task["success"]

    other = str(uuid.UUID(int=24))
    missing = _instance(other, "web-next", 2301, "51", tag="9.9")
    failed = await run("deployment_start", **_vars([missing], deployment_id=str(uuid.UUID(int=25)),
                                                  deployment_remove=[{"vmid": 2300, "hostname": "web-hello"}]))
    assert failed.task["state"] == "failed"
    message = failed.task["error"]["message"]
    assert f"instance web-next: pulling {REGISTRY}/containr/hello:9.9 failed: command 'skopeo copy" in message
    assert "manifest unknown" in message  # from the task's log
    assert _status(pve_api, 2300) == "running" and _status(pve_api, 2301) is None

    # deployment_remove.yml on its own: a vmid never made (2301) is fine; a second run changes nothing.
    gone = [{"vmid": 2300, "hostname": "web-hello"}, {"vmid": 2301, "hostname": "web-next"}]
    removed, again = await run.twice("deployment_remove", deployment_node="pve", deployment_remove=gone)
    assert removed.changed > 0 and removed.result == {"deployment_removed": [2300, 2301]}
    assert again.result == removed.result
    assert _status(pve_api, 2300) is None
    await assert_secrets_nowhere(run.client, run.headers, server.settings.data_dir, [SECRET])


async def test_a_vmid_of_another_hostname_is_refused(run: Runner, sim: ThreadedServer,
                                                     pve_api: httpx.Client) -> None:
    create_ct(pve_api, 2400, hostname="payroll", rootfs="local-lvm:4")

    taken = await run("deployment_start", **_vars([_instance(WEB, "web-hello", 2400, "60")]))
    assert taken.task["state"] == "failed"
    assert "instance web-hello: reading container 2400 failed: vmid 2400 already holds the lxc guest 'payroll'" \
           in taken.task["error"]["message"]
    removed = await run("deployment_remove", deployment_node="pve",
                        deployment_remove=[{"vmid": 2400, "hostname": "web-hello"}])
    assert removed.task["state"] == "failed"
    assert "never removes a guest it did not make" in removed.task["error"]["message"]
    assert _config(pve_api, 2400)["hostname"] == "payroll"


async def test_an_http_check_that_gets_no_answer_fails_the_run(run: Runner, sim: ThreadedServer,
                                                               pve_api: httpx.Client) -> None:
    # Nothing listens on this loopback address's port 9: the connection is refused at once.
    checked = _instance(WEB, "web-hello", 2600, "0", ip="127.0.0.9/8", http_check={"port": 9, "path": "/health"})
    failed = await run("deployment_start", **_vars([checked], deployment_gateway="",
                                                   deployment_check_seconds=2))
    assert failed.task["state"] == "failed"
    assert "instance web-hello: checking http://127.0.0.9:9/health failed:" in failed.task["error"]["message"]
    assert _status(pve_api, 2600) == "running"  # started: what failed is the check
