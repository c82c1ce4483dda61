"""Plain functions that make what tests need through the API."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from service.core.settings_store import set_setting

PASSWORD = "correct horse battery"


async def register(client: httpx.AsyncClient, username: str = "owner", **extra: Any) -> dict[str, Any]:
    body = {"username": username, "email": f"{username}@example.com", "password": PASSWORD, **extra}
    response = await client.post("/api/v1/auth/register", json=body)
    assert response.status_code == 201, response.text
    return response.json()


async def login(client: httpx.AsyncClient, username: str = "owner", password: str = PASSWORD) -> dict[str, str]:
    response = await client.post("/api/v1/auth/login", json={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['accessToken']}"}


async def owner_headers(client: httpx.AsyncClient) -> dict[str, str]:
    await register(client)
    return await login(client)


async def run_playbook(client: httpx.AsyncClient, headers: dict[str, str], name: str,
                       **body: Any) -> int:
    response = await client.post(f"/api/v1/playbooks/{name}/run", json=body, headers=headers)
    assert response.status_code == 202, response.text
    return response.json()["taskId"]


class TaskSeen(dict):
    """A task as the API answered it, whose repr (what a failed `assert task["success"], task` shows, cut to a
    few hundred characters) leads with its message instead of its ids and percent."""

    def __repr__(self) -> str:
        return (f"<task {self.get('id')} {self.get('type')} {self.get('state')}: "
                f"{self.get('message')!r}>")


async def wait_task(client: httpx.AsyncClient, headers: dict[str, str], task_id: int, *,
                    until: str = "done", timeout: float = 120) -> dict[str, Any]:
    """Poll the task until it is finished (or, with until="running", until it runs). Quick at first, then every
    half second: each poll is a request through the whole service, and a long run polled 20 times a second
    spends a good part of a core on it."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    pause = 0.05
    while True:
        response = await _get_again_on_a_dropped_connection(client, f"/api/v1/tasks/{task_id}", headers)
        assert response.status_code == 200, response.text
        task = TaskSeen(response.json())
        if (until == "done" and not task["active"]) or (until == "running" and task["state"] != "queued"):
            return task
        assert loop.time() < deadline, f"task {task_id} still {task['state']}: {task}"
        await asyncio.sleep(pause)
        pause = min(pause * 1.25, 0.5)


async def next_task(client: httpx.AsyncClient, headers: dict[str, str], task_type: str, after: int, *,
                    timeout: float = 300) -> int:
    """The id of the first task of `task_type` started after task `after` (a finished run starts the next)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        tasks = (await client.get(f"/api/v1/tasks?type={task_type}", headers=headers)).json()["tasks"]
        later = sorted(task["id"] for task in tasks if task["id"] > after)
        if later:
            return later[0]
        await asyncio.sleep(0.5)
    raise AssertionError(f"no {task_type} task after {after}")


async def _get_again_on_a_dropped_connection(client: httpx.AsyncClient, path: str,
                                            headers: dict[str, str]) -> httpx.Response:
    """A poll, sent again when the server closed the pooled connection under it: a test that blocked the event loop
    (a synchronous ssh or lxc call; the server runs in the same loop) leaves keep-alive connections whose idle
    timeout fires only as the loop resumes, as the next request goes out on one of them."""
    for attempt in range(3):
        try:
            return await client.get(path, headers=headers)
        except (httpx.ReadError, httpx.RemoteProtocolError):
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


TEMPLATE = "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst"


def node_body(sim_url: str, creds: Any, team_id: str, *, name: str = "pve1", secret: str | None = None,
              network: dict[str, Any] | None = None) -> dict[str, Any]:
    """A POST /nodes body for a simulator (tests.pvesim); `secret` overrides the token's secret."""
    return {"name": name, "teamId": team_id, "apiUrl": sim_url, "tokenId": f"{creds.user}!{creds.token_id}",
            "tokenSecret": secret if secret is not None else creds.token_secret, "verifyTls": False,
            "defaults": {"node": "pve", "template": TEMPLATE, "storage": "local-lvm", "bridge": "vmbr0",
                         "network": network or {"mode": "static", "cidr": "10.213.0.0/24", "gateway": "10.213.0.1",
                                                "rangeStart": "10.213.0.10", "rangeEnd": "10.213.0.60"}}}


async def node_record(server: Any, sim: Any, team_id: str, name: str) -> str:
    """An online node of the team on the simulator, recorded as a passed check leaves it (its defaults stored
    as the API stores them), for tests about what comes after a node: a real check costs a playbook run."""
    from service.domains.nodes.models import Node, NodeStatus

    sim_server, creds = sim
    body = node_body(sim_server.url, creds, team_id, name=name)
    network = body["defaults"]["network"]
    defaults = {**body["defaults"], "network": {**network, "range_start": network.pop("rangeStart"),
                                                "range_end": network.pop("rangeEnd")}}
    node = await Node.create(team_id=team_id, name=name, api_url=body["apiUrl"], token_id=body["tokenId"],
                             sealed_token_secret=server.app.state.nodes_box.seal(body["tokenSecret"]),
                             verify_tls=False, defaults=defaults, status=NodeStatus.ONLINE)
    return str(node.id)


async def personal_team(client: httpx.AsyncClient, headers: dict[str, str]) -> str:
    teams = (await client.get("/api/v1/teams", headers=headers)).json()
    items = teams["items"] if isinstance(teams, dict) else teams
    return items[0]["id"]


async def team_member(client: httpx.AsyncClient, owner: dict[str, str], team_id: str,
                      username: str = "member") -> dict[str, str]:
    """A new account (registration opened for it) that is a plain member (`user`) of the team: its headers."""
    await set_setting("registration", "open")
    await register(client, username)
    member = await login(client, username)
    invited = await client.post(f"/api/v1/teams/{team_id}/users", headers=owner,
                                json={"email": f"{username}@example.com", "role": "user"})
    assert invited.status_code in (200, 201), invited.text
    assert (await client.post(f"/api/v1/users/me/invitations/{team_id}", headers=member)).status_code == 200
    return member


async def online_node(client: httpx.AsyncClient, headers: dict[str, str], sim: Any, **body: Any) -> dict[str, Any]:
    """Register the simulator as a node and wait for its check to make it online."""
    server, creds = sim
    response = await client.post("/api/v1/nodes", headers=headers,
                                 json=node_body(server.url, creds, await personal_team(client, headers), **body))
    assert response.status_code == 202, response.text
    task = await wait_task(client, headers, response.json()["taskId"])
    assert task["success"], task
    node = (await client.get(f"/api/v1/nodes/{response.json()['id']}", headers=headers)).json()
    assert node["status"] == "online", node
    return node


def self_signed(name: str, *, days: int = 9) -> tuple[str, str]:
    """A self-signed certificate for `name` and its key, both PEM (a fallback certificate to upload)."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now + timedelta(days=days))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
            .sign(key, hashes.SHA256()))
    return (cert.public_bytes(serialization.Encoding.PEM).decode(),
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()).decode())


def pem_body(pem: str) -> str:
    """A line from the middle of a PEM key: what any copy of it holds, however it was wrapped or escaped."""
    return pem.strip().splitlines()[1]


async def assert_secrets_nowhere(client: httpx.AsyncClient, headers: dict[str, str], data_dir: Path,
                                 secrets: list[str], *, answers: tuple[str, ...] = ()) -> None:
    """None of `secrets` in any task's answer or log, in the answers of the paths `answers`, or in a file of the
    data dir (its database holds them sealed)."""
    for task in (await client.get("/api/v1/tasks", headers=headers)).json()["tasks"]:
        shown = (await client.get(f"/api/v1/tasks/{task['id']}", headers=headers)).text
        log = (await client.get(f"/api/v1/tasks/{task['id']}/logs", headers=headers)).text
        for secret in secrets:
            assert secret not in shown and secret not in log, (task["type"], task["id"])
    for path in answers:
        answer = await client.get(path, headers=headers)
        assert not any(secret in answer.text for secret in secrets), path
    for path in data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(secret.encode() in data for secret in secrets), path
