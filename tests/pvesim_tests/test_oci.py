"""PVE 9.1's OCI images on the `memory` backend: the schema gates (8.4 has none of it), pulls into a storage's
templates, a repository's tags, and application containers made from a pulled image."""

from __future__ import annotations

import httpx

from tests.pvesim.server import ThreadedServer

from .helpers import wait_task

REGISTRY = "registry.example:5000"
IMAGE = {"Entrypoint": ["/bin/sh", "/start.sh"], "Env": ["PATH=/bin", "PORT=8080", "GREETING=hello"],
         "WorkingDir": "/srv", "User": "1000:1000", "StopSignal": "SIGINT"}


def _pull(api: httpx.Client, reference: str, **extra: str) -> dict:
    response = api.post("/nodes/pve/storage/local/oci-registry-pull", data={"reference": reference, **extra})
    assert response.status_code == 200, response.text
    return wait_task(api, "pve", response.json()["data"])


def test_pve84_has_no_oci_calls_and_no_oci_keys(api: httpx.Client) -> None:
    version = api.get("/version").json()["data"]
    assert version["release"] == "8.4"
    assert {"name": "query-oci-repo-tags"} not in api.get("/nodes/pve").json()["data"]
    pulled = api.post("/nodes/pve/storage/local/oci-registry-pull", data={"reference": "a.example/x:1"})
    assert pulled.status_code == 501
    assert pulled.json()["message"] == "Method 'POST /nodes/pve/storage/local/oci-registry-pull' not implemented\n"
    tags = api.get("/nodes/pve/query-oci-repo-tags", params={"reference": "a.example/x"})
    assert tags.status_code == 501
    created = api.post("/nodes/pve/lxc", data={"vmid": "120", "ostemplate": "local:vztmpl/x.tar",
                                               "entrypoint": "/bin/sh"})
    assert created.status_code == 400
    assert "entrypoint" in created.json()["errors"]


def test_pve91_checks_the_calls_against_its_schema(sim91: ThreadedServer, api91: httpx.Client) -> None:
    assert api91.get("/version").json()["data"]["release"] == "9.1"
    assert {"name": "query-oci-repo-tags"} in api91.get("/nodes/pve").json()["data"]
    assert {"subdir": "oci-registry-pull"} in api91.get("/nodes/pve/storage/local").json()["data"]
    untagged = api91.post("/nodes/pve/storage/local/oci-registry-pull", data={"reference": f"{REGISTRY}/hello"})
    assert untagged.status_code == 400
    assert untagged.json()["errors"]["reference"] == "value does not match the regex pattern"
    unknown = api91.post("/nodes/pve/storage/local/oci-registry-pull",
                         data={"reference": f"{REGISTRY}/hello:1", "username": "u"})
    assert unknown.status_code == 400 and "username" in unknown.json()["errors"]
    lvm = api91.post("/nodes/pve/storage/local-lvm/oci-registry-pull", data={"reference": f"{REGISTRY}/hello:1"})
    assert lvm.status_code == 500
    assert lvm.json()["message"] == "can't upload to storage type 'lvmthin', not a file based storage!\n"
    missing = api91.post("/nodes/pve/storage/nope/oci-registry-pull", data={"reference": f"{REGISTRY}/hello:1"})
    assert missing.json()["message"] == "storage 'nope' does not exist\n"
    bad_env = api91.post("/nodes/pve/lxc", data={"vmid": "121", "ostemplate": "local:vztmpl/x.tar",
                                                 "env": "not a variable"})
    assert bad_env.status_code == 400 and "env" in bad_env.json()["errors"]


def test_pull_names_the_volume_as_pve_and_fails_as_skopeo(sim91: ThreadedServer, api91: httpx.Client) -> None:
    sim91.sim.backend.registries.add(f"{REGISTRY}/containr/hello:1.0", IMAGE)
    status = _pull(api91, f"{REGISTRY}/containr/hello:1.0")
    assert status["exitstatus"] == "OK"
    assert status["type"] == "ociregistrypull" and status["id"] == "hello_1.0.tar"
    assert _pull(api91, f"{REGISTRY}/containr/hello:1.0", filename="web app")["exitstatus"] == "OK"
    content = api91.get("/nodes/pve/storage/local/content", params={"content": "vztmpl"}).json()["data"]
    assert {"local:vztmpl/hello_1.0.tar", "local:vztmpl/web_app.tar"} <= {item["volid"] for item in content}
    assert next(i for i in content if i["volid"] == "local:vztmpl/hello_1.0.tar")["format"] == "tar"

    again = api91.post("/nodes/pve/storage/local/oci-registry-pull",
                       data={"reference": f"{REGISTRY}/containr/hello:1.0"})
    assert again.status_code == 500
    assert again.json()["message"] == "refusing to override existing file 'hello_1.0.tar'\n"

    no_tag = _pull(api91, f"{REGISTRY}/containr/hello:2.0")
    assert no_tag["exitstatus"].startswith(f"command 'skopeo copy docker://{REGISTRY}/containr/hello:2.0 "
                                           "oci-archive:/var/lib/vz/template/cache/hello_2.0.tar.tmp.")
    assert no_tag["exitstatus"].endswith("' failed: exit code 1")
    log = api91.get(f"/nodes/pve/tasks/{no_tag['upid']}/log").json()["data"]
    assert any("manifest unknown" in line["t"] for line in log)
    unreachable = _pull(api91, "nowhere.example/x:1")
    assert unreachable["exitstatus"].endswith("failed: exit code 1")

    sim91.sim.backend.registries.add("private.example/team/app:1", IMAGE, credentials=("ci", "s3cret"))
    refused = _pull(api91, "private.example/team/app:1")
    assert refused["exitstatus"].endswith("failed: exit code 1")
    log = api91.get(f"/nodes/pve/tasks/{refused['upid']}/log").json()["data"]
    assert any("unauthorized" in line["t"] for line in log)
    sim91.sim.backend.registries.logins["private.example"] = ("ci", "s3cret")  # root's `skopeo login`
    assert _pull(api91, "private.example/team/app:1")["exitstatus"] == "OK"


def test_repository_tags(sim91: ThreadedServer, api91: httpx.Client) -> None:
    for tag in ("1.0", "1.1", "latest"):
        sim91.sim.backend.registries.add(f"{REGISTRY}/containr/hello:{tag}", IMAGE)
    tags = api91.get("/nodes/pve/query-oci-repo-tags", params={"reference": f"{REGISTRY}/containr/hello"})
    assert tags.status_code == 200 and tags.json()["data"] == ["1.0", "1.1", "latest"]
    failed = api91.get("/nodes/pve/query-oci-repo-tags", params={"reference": f"{REGISTRY}/containr/other"})
    assert failed.status_code == 500
    assert failed.json()["message"] == f"command 'skopeo list-tags docker://{REGISTRY}/containr/other' failed: " \
                                       "exit code 1\n"


def test_application_container_from_a_pulled_image(sim91: ThreadedServer, api91: httpx.Client) -> None:
    sim91.sim.backend.registries.add(f"{REGISTRY}/containr/hello:1.0", IMAGE)
    assert _pull(api91, f"{REGISTRY}/containr/hello:1.0")["exitstatus"] == "OK"
    created = api91.post("/nodes/pve/lxc", data={
        "vmid": "130", "ostemplate": "local:vztmpl/hello_1.0.tar", "hostname": "web", "rootfs": "local-lvm:1",
        "net0": "name=eth0,bridge=vmbr0,ip=10.0.0.30/24,gw=10.0.0.1", "env": "GREETING=ignored"})
    assert created.status_code == 200, created.text
    status = wait_task(api91, "pve", created.json()["data"])
    assert status["exitstatus"] == "OK", status
    log = [line["t"] for line in api91.get(f"/nodes/pve/tasks/{status['upid']}/log").json()["data"]]
    assert "Detected OCI archive" in log
    assert "Auto-Enabling host-managed network for network device net0." in log

    config = api91.get("/nodes/pve/lxc/130/config").json()["data"]
    assert config["entrypoint"] == "/bin/sh /start.sh"
    # 9.1 replaces a create's own env with the image's: a deployment sets its env after the create.
    assert config["env"] == "PATH=/bin\0PORT=8080\0GREETING=hello"
    assert config["cmode"] == "console" and config["ostype"] == "unmanaged"
    assert "host-managed=1" in config["net0"]
    assert config["lxc"] == [["lxc.init.uid", "1000"], ["lxc.init.gid", "1000"], ["lxc.init.cwd", "/srv"],
                             ["lxc.signal.halt", "SIGINT"]]

    changed = api91.put("/nodes/pve/lxc/130/config", data={"env": "PATH=/bin\0PORT=8080\0GREETING=bonjour"})
    assert changed.status_code == 200, changed.text
    assert api91.get("/nodes/pve/lxc/130/config").json()["data"]["env"].endswith("GREETING=bonjour")
    started = api91.post("/nodes/pve/lxc/130/status/start")
    assert wait_task(api91, "pve", started.json()["data"])["exitstatus"] == "OK"
    assert api91.get("/nodes/pve/lxc/130/status/current").json()["data"]["status"] == "running"
    stopped = api91.post("/nodes/pve/lxc/130/status/stop")
    assert wait_task(api91, "pve", stopped.json()["data"])["exitstatus"] == "OK"
    removed = api91.delete("/nodes/pve/lxc/130")
    assert wait_task(api91, "pve", removed.json()["data"])["exitstatus"] == "OK"
