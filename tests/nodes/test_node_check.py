"""node_check through the real engine against the PVE simulator: a good token reports the node, a wrong one
fails readably, and no token secret reaches a log or an answer."""

from __future__ import annotations

import pytest

from tests.conftest import Server
from tests.nodes.conftest import TEMPLATE, Runner, pve_env
from tests.pvesim.server import Credentials, ThreadedServer

pytestmark = [pytest.mark.ansible, pytest.mark.slow]


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs: SQLite alone


async def test_a_good_token_reports_version_nodes_storages_and_template(
        run: Runner, pve: tuple[ThreadedServer, Credentials], server: Server) -> None:
    done = await run("node_check", node_check_template=TEMPLATE)
    assert done.task["success"], done.log[-4000:]
    assert done.changed == 0
    result = done.result
    assert result["pveVersion"].startswith("8.")
    assert [(n["name"], n["status"]) for n in result["nodes"]] == [("pve", "online"), ("pve2", "online")]
    assert set(result["nodes"][0]) == {"name", "status", "cpu", "maxcpu", "mem", "maxmem", "disk", "maxdisk",
                                       "uptime"}
    assert result["nodes"][0]["maxmem"] > 0
    storages = {(s["node"], s["storage"]): s for s in result["storages"]}
    assert set(storages) == {(n, s) for n in ("pve", "pve2") for s in ("local", "local-lvm")}
    local = storages[("pve", "local")]
    assert local["type"] == "dir" and "vztmpl" in local["content"] and local["total"] > local["used"] >= 0
    assert result["templateFound"] is True

    other = await run("node_check", node_check_template="local:vztmpl/alpine-3.20-default_20240908_amd64.tar.xz",
                      node_check_node="pve2")
    assert other.result["templateFound"] is False
    plain = await run("node_check")
    assert "templateFound" not in plain.result
    secret = pve[1].token_secret
    assert not [path for path in server.settings.data_dir.rglob("*")
                if path.is_file() and path.suffix != ".sqlite3" and secret in path.read_text(errors="replace")]


async def test_a_wrong_token_fails_readably_and_leaks_nothing(
        run: Runner, pve: tuple[ThreadedServer, Credentials], server: Server) -> None:
    wrong = "0badc0de-1111-2222-3333-444455556666"
    done = await run("node_check", env=pve_env(*pve, secret=wrong))
    assert done.task["state"] == "failed"
    message = done.task["error"]["message"]
    assert "refused the API token root@pam!containr (HTTP 401)" in message, message
    responses = [done.log, message,
                 (await run.client.get(f"/api/v1/tasks/{done.task['id']}", headers=run.headers)).text,
                 (await run.client.get(f"/api/v1/tasks/{done.task['id']}/logs?format=json",
                                       headers=run.headers)).text]
    for secret in (wrong, pve[1].token_secret):
        assert not [text for text in responses if secret in text]
        assert not [path for path in server.settings.data_dir.rglob("*")
                    if path.is_file() and path.suffix != ".sqlite3" and secret in path.read_text(errors="replace")]

    unreachable = await run("node_check", env={**pve_env(*pve), "PROXMOX_PORT": "1"})
    assert unreachable.task["state"] == "failed"
    assert "Cannot reach Proxmox VE at https://127.0.0.1:1/api2/json" in unreachable.task["error"]["message"]
