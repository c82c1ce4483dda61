"""Auth, tasks and persistence, with answers shaped as PVE's (schema `returns`, CALLS.md)."""

from __future__ import annotations

import re
from pathlib import Path

import httpx

from tests.pvesim.server import Credentials, ThreadedServer, build_sim
from tests.pvesim.tasks import format_upid, parse_upid

from .helpers import create_ct, wait_task

UPID = re.compile(r"UPID:pve:[0-9A-F]{8}:[0-9A-F]{8}:[0-9A-F]{8}:vzcreate:300:root@pam!containr:")


def test_ticket_login_and_csrf(sim_server: tuple[ThreadedServer, Credentials]) -> None:
    server, creds = sim_server
    with httpx.Client(base_url=server.url + "/api2/json", verify=False) as client:
        bad = client.post("/access/ticket", data={"username": "root@pam", "password": "wrong"})
        assert (bad.status_code, bad.json()["message"]) == (401, "authentication failure\n")
        assert client.get("/version").status_code == 401
        assert client.get("/version").reason_phrase == "No ticket"
        login = client.post("/access/ticket", data={"username": "root@pam", "password": creds.password}).json()
        assert set(login["data"]) >= {"ticket", "CSRFPreventionToken", "username", "clustername"}
        client.cookies.set("PVEAuthCookie", login["data"]["ticket"])
        assert client.get("/version").json()["data"]["version"].startswith("8.")
        no_csrf = client.post("/pools", data={"poolid": "apps"})
        assert (no_csrf.status_code, no_csrf.reason_phrase) == (401, "Permission denied - invalid csrf token")
        ok = client.post("/pools", data={"poolid": "apps"},
                         headers={"CSRFPreventionToken": login["data"]["CSRFPreventionToken"]})
        assert ok.json() == {"data": None}


def test_wrong_token_is_401(sim_server: tuple[ThreadedServer, Credentials]) -> None:
    server, creds = sim_server
    wrong = f"PVEAPIToken={creds.user}!{creds.token_id}=00000000-0000-0000-0000-000000000000"
    response = httpx.get(server.url + "/api2/json/nodes", headers={"Authorization": wrong}, verify=False)
    assert (response.status_code, response.reason_phrase, response.content) == (401, "invalid token value!", b"")


def test_upid_format_and_task_progression(api: httpx.Client) -> None:
    response = api.post("/nodes/pve/lxc", data={"vmid": "300", "ostemplate":
                                                "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst",
                                                "rootfs": "local-lvm:8"})
    upid = response.json()["data"]
    assert UPID.fullmatch(upid)
    first = api.get(f"/nodes/pve/tasks/{upid}/status").json()["data"]
    assert first["status"] == "running" and "exitstatus" not in first
    assert api.get("/nodes/pve/lxc/300/config").json()["data"]["lock"] == "create"
    final = wait_task(api, "pve", upid)
    assert (final["status"], final["exitstatus"], final["type"], final["id"]) == ("stopped", "OK", "vzcreate", "300")
    log = api.get(f"/nodes/pve/tasks/{upid}/log").json()
    assert log["data"][-1] == {"n": len(log["data"]), "t": "TASK OK"}
    listed = api.get("/nodes/pve/tasks", params={"source": "all"}).json()["data"]
    assert [(t["upid"], t["status"]) for t in listed] == [(upid, "OK")]
    assert parse_upid(upid)["user"] == "root@pam!containr"
    assert format_upid(node="pve", pid=0x1A2B, pstart=0x33, starttime=0x65000000, dtype="vzstart", wid="100",
                       user="root@pam") == "UPID:pve:00001A2B:00000033:65000000:vzstart:100:root@pam:"


def test_conflicts_and_failed_tasks_as_pve_reports_them(api: httpx.Client) -> None:
    create_ct(api, 100)
    again = api.post("/nodes/pve2/lxc", data={"vmid": "100", "ostemplate":
                                              "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst"})
    assert (again.status_code, again.reason_phrase) == (500, "CT 100 already exists on node 'pve'")
    stop = api.post("/nodes/pve/lxc/100/status/stop")
    assert (stop.status_code, stop.json()["message"]) == (500, "CT 100 not running\n")
    missing = api.post("/nodes/pve/lxc", data={"vmid": "101", "ostemplate": "local:vztmpl/nope.tar.zst",
                                               "rootfs": "local-lvm:8"})
    status = wait_task(api, "pve", missing.json()["data"])
    assert status["exitstatus"] == "unable to create CT 101 - volume 'local:vztmpl/nope.tar.zst' does not exist"
    no_rootdir = api.post("/nodes/pve/lxc", data={"vmid": "102", "ostemplate":
                                                  "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst"})
    assert no_rootdir.json()["errors"] == {"storage": "storage 'local' does not support container directories"}


def test_config_and_resources_shapes(api: httpx.Client) -> None:
    create_ct(api, 105, tags="web;containr", memory="1024", cores="2")
    config = api.get("/nodes/pve/lxc/105/config").json()["data"]
    assert config["rootfs"] == "local-lvm:vm-105-disk-0,size=8G"
    assert re.fullmatch(r"name=eth0,bridge=vmbr0,gw=10.0.0.1,hwaddr=BC:24:11(:[0-9A-F]{2}){3},ip=10.0.0.\d+/24,"
                        r"type=veth", config["net0"])
    assert (config["memory"], config["cores"], config["tags"]) == (1024, 2, "containr;web")
    item = api.get("/cluster/resources", params={"type": "vm"}).json()["data"][0]
    assert {k: item[k] for k in ("id", "type", "vmid", "name", "node", "status", "maxmem", "maxdisk")} == {
        "id": "lxc/105", "type": "lxc", "vmid": 105, "name": "ct105", "node": "pve", "status": "stopped",
        "maxmem": 1024 * 1024**2, "maxdisk": 8 * 1024**3}
    content = api.get("/nodes/pve/storage/local-lvm/content", params={"vmid": "105"}).json()["data"]
    assert [(c["volid"], c["content"], c["size"]) for c in content] == [("local-lvm:vm-105-disk-0", "rootdir",
                                                                        8 * 1024**3)]
    backup = api.post("/nodes/pve/vzdump", data={"vmid": "105", "storage": "local", "compress": "zstd"})
    assert wait_task(api, "pve", backup.json()["data"])["exitstatus"] == "OK"
    backups = api.get("/nodes/pve/storage/local/content", params={"content": "backup"}).json()["data"]
    assert re.fullmatch(r"local:backup/vzdump-lxc-105-\d{4}_\d\d_\d\d-\d\d_\d\d_\d\d\.tar\.zst", backups[0]["volid"])


def test_state_survives_a_restart(tmp_path: Path) -> None:
    state_dir = tmp_path / "state"
    sim, creds = build_sim(state_dir, nodes=["pve"], task_delay=0.01)
    server = ThreadedServer(sim).start()
    try:
        with httpx.Client(base_url=server.url + "/api2/json", verify=False,
                          headers={"Authorization": creds.token_header}) as api:
            create_ct(api, 110)
            wait_task(api, "pve", api.post("/nodes/pve/lxc/110/snapshot", data={"snapname": "s1"}).json()["data"])
    finally:
        server.stop()
    sim2, creds2 = build_sim(state_dir, nodes=["other"], task_delay=0.01)
    assert creds2.token_secret == creds.token_secret
    server = ThreadedServer(sim2).start()
    try:
        with httpx.Client(base_url=server.url + "/api2/json", verify=False,
                          headers={"Authorization": creds2.token_header}) as api:
            assert [n["node"] for n in api.get("/nodes").json()["data"]] == ["pve"]
            snaps = api.get("/nodes/pve/lxc/110/snapshot").json()["data"]
            assert [s["name"] for s in snaps] == ["s1", "current"]
            assert len(api.get("/nodes/pve/tasks").json()["data"]) == 2
    finally:
        server.stop()
