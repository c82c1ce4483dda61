"""A deployment's `routing` on the node's edge: refused at the start when the edge cannot honour it (the field
named), recorded as the deployment's route when a start succeeds (PVE 9.1 memory simulator; the container's HTTP
check answered by a server of the test), its upstream the container's address and first port, handed over to the
deployment that replaces it, gone when that one is deleted; each change applies the node's edge as a task."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from service.domains.dns.models import Domain, Route
from service.domains.edge.events import ROUTE_UPSTREAMS
from service.domains.edge.upstreams import Upstream
from service.domains.nodes.models import Node
from service.tasks.models import Task
from tests.deployments.helpers import URL, deploy, world
from tests.factories import owner_headers, wait_task
from tests.versions.helpers import versions_url

HOST = "registry.test:5000"
IMAGE = {"Entrypoint": ["/bin/sh", "/start.sh"], "Env": ["PATH=/bin"]}
ZONE = "example.test"
NAME = f"shop.{ZONE}"


def _field(answer: httpx.Response) -> str:
    body = answer.json()
    return (body.get("details") or {}).get("field", "")


async def _instance(client: httpx.AsyncClient, headers: dict[str, str], deployment: dict) -> str:
    detail = (await client.get(f"{URL}/{deployment['id']}", headers=headers)).json()
    return detail["instances"][0]["id"]


async def _refused(client: httpx.AsyncClient, headers: dict[str, str], deployment: dict, instance: str,
                   config: dict[str, Any]) -> httpx.Response:
    patched = await client.patch(f"{URL}/{deployment['id']}/instances/{instance}", headers=headers,
                                 json={"config": config})
    assert patched.status_code == 200, patched.text
    return await client.post(f"{URL}/{deployment['id']}/start", headers=headers, json={})


async def test_a_start_refuses_routing_the_edge_cannot_honour(client, server, pve91):
    headers = await owner_headers(client)
    await Domain.create(domain=ZONE, zone_name=ZONE, provider="noop")
    made = await world(client, server, pve91, headers, config={"ports": [{"internal": 8080}],
                                                               "routing": {"domain": NAME}})
    first = await deploy(client, headers, made)
    instance = await _instance(client, headers, first)
    field = f"instances.{instance}.config"
    tasks = await Task.all().count()
    cases = [
        ({"routing": {"domain": "shop.elsewhere.test"}}, 422, f"{field}.routing.domain"),
        ({"routing": {"domain": f"a.b.{ZONE}"}}, 422, f"{field}.routing.domain"),
        ({"routing": {"domain": NAME, "path": "/shop"}}, 422, f"{field}.routing.path"),
        ({"routing": {"domain": NAME, "uploadLimit": "10m"}}, 422, f"{field}.routing.uploadLimit"),
        ({"routing": {"domain": NAME}, "ports": []}, 422, f"{field}.ports"),
    ]
    for config, code, name in cases:
        answer = await _refused(client, headers, first, instance, config)
        assert answer.status_code == code and _field(answer) == name, (config, answer.text)
    # A name another workload has is 409, naming the field too.
    node = await Node.get(id=made["node"])
    await Route.create(fqdn=NAME, location="shop", domain=await Domain.get(domain=ZONE), node=node,
                       resource_type="service", resource_id="another")
    taken = await _refused(client, headers, first, instance, {"routing": {"domain": NAME}, "ports": [{"internal": 80}]})
    assert taken.status_code == 409 and taken.json()["code"] == "taken", taken.text
    assert _field(taken) == f"{field}.routing.domain"
    # Nothing ran, nothing was recorded for the deployment.
    assert await Task.all().count() == tasks
    assert (await client.get(f"{URL}/{first['id']}", headers=headers)).json()["status"] == "preparing"
    assert not await Route.exists(resource_type="deployment")


class _Answer(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def answering() -> Iterator[int]:
    """A port answering HTTP on every loopback address: the containers' addresses in the test's pool are
    127.0.0.x, so the start's HTTP check of a routed instance reaches it."""
    with socket.socket() as probe:
        probe.bind(("0.0.0.0", 0))
        port = probe.getsockname()[1]
    httpd = ThreadingHTTPServer(("0.0.0.0", port), _Answer)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield port
    httpd.shutdown()
    httpd.server_close()


async def _run(client: httpx.AsyncClient, headers: dict[str, str], deployment: dict) -> dict:
    started = await client.post(f"{URL}/{deployment['id']}/start", headers=headers, json={})
    assert started.status_code == 202, started.text
    return await wait_task(client, headers, started.json()["taskId"], timeout=300)


async def _edge_apply(client: httpx.AsyncClient, headers: dict[str, str], after: int) -> Task:
    """The edge apply the end of run `after` started; stopped here (the simulator's guests run no nginx)."""
    task = await Task.filter(type="edgeApply", id__gt=after).order_by("-id").first()
    assert task is not None, "no edge apply started"
    await client.post(f"/api/v1/tasks/{task.id}/stop", headers=headers)
    await wait_task(client, headers, task.id)
    return task


async def _upstreams(server: Any, routes: list[Route]) -> dict[str, Upstream]:
    found: dict[str, Upstream] = {}
    await server.app.state.hooks.fire(ROUTE_UPSTREAMS, routes=routes, upstreams=found)
    return found


@pytest.mark.slow
@pytest.mark.one_database  # runs and their records; the refusals are tested on both
async def test_routes_follow_the_deployment_through_replace_and_delete(client, server, pve91, answering):
    sim, _ = pve91
    for tag in ("1.0", "2.0"):
        sim.sim.backend.registries.add(f"{HOST}/containr/hello:{tag}", {**IMAGE, "Labels": {"v": tag}})
    headers = await owner_headers(client)
    domain = await Domain.create(domain=ZONE, zone_name=ZONE, provider="noop")
    made = await world(client, server, pve91, headers, images=["containr/hello:1.0"],
                       config={"ports": [{"internal": answering}], "routing": {"domain": NAME, "path": "/",
                                                                                "stripPath": True}})
    from service.domains.registries.models import Registry

    await Registry.filter(id=made["registry"]).update(url=f"https://{HOST}")
    node = await Node.get(id=made["node"])
    network = {**node.defaults["network"], "cidr": "127.0.0.0/24", "gateway": "127.0.0.1",
               "range_start": "127.0.0.10", "range_end": "127.0.0.60"}
    await Node.filter(id=node.id).update(defaults={**node.defaults, "network": network})

    first = await deploy(client, headers, made)
    ran = await _run(client, headers, first)
    assert ran["state"] == "success", ran
    (route,) = await Route.filter(resource_type="deployment").prefetch_related("domain")
    assert (route.fqdn, route.resource_id, route.location, route.domain.id) == (NAME, first["id"], "shop", domain.id)
    ip = (await client.get(f"{URL}/{first['id']}", headers=headers)).json()["instances"][0]["container"]["ip"]
    assert ip.startswith("127.0.0.")
    assert await _upstreams(server, [route]) == {NAME: Upstream(ip.split("/")[0], answering)}
    applied = await _edge_apply(client, headers, ran["id"])
    routed = [r for r in applied.extra_vars["edge_routes"] if r["fqdn"] == NAME]
    assert [(r["upstream_host"], r["upstream_port"]) for r in routed] == [(ip.split("/")[0], answering)]
    log = (await client.get(f"{URL}/{first['id']}/log", headers=headers, params={"take": 1000})).json()
    assert any(f"https://{NAME}" in line for item in log["items"] for line in item.get("log") or []), log

    # A newer version under the same prefix takes the name over; the old deployment has none left.
    newer = (await client.post(versions_url(made["project"]["id"], made["version"]["id"], "increase"),
                               headers=headers, json={"name": "2.0"})).json()
    image = (await client.get(versions_url(made["project"]["id"], newer["id"], "images"), headers=headers)).json()[0]
    await client.patch(versions_url(made["project"]["id"], newer["id"], "images", image["id"]), headers=headers,
                       json={"tag": "2.0"})
    second = await deploy(client, headers, made, version_id=newer["id"])
    replaced = await _run(client, headers, second)
    assert replaced["state"] == "success", replaced
    assert (await client.get(f"{URL}/{first['id']}", headers=headers)).json()["status"] == "obsolete"
    (moved,) = await Route.filter(resource_type="deployment")
    assert (moved.fqdn, moved.resource_id) == (NAME, second["id"])
    now = (await client.get(f"{URL}/{second['id']}", headers=headers)).json()["instances"][0]["container"]["ip"]
    assert now != ip and await _upstreams(server, [moved]) == {NAME: Upstream(now.split("/")[0], answering)}
    again = await _edge_apply(client, headers, replaced["id"])
    assert [r["upstream_host"] for r in again.extra_vars["edge_routes"] if r["fqdn"] == NAME] == [now.split("/")[0]]

    # Deleted: its containers go, then its name, and the edge is applied without it.
    gone = await client.delete(f"{URL}/{second['id']}", headers=headers)
    assert gone.status_code == 202, gone.text
    removal = await wait_task(client, headers, gone.json()["taskId"], timeout=300)
    assert removal["state"] == "success", removal
    assert not await Route.filter(resource_type="deployment").exists()
    dropped = await _edge_apply(client, headers, removal["id"])
    assert not [r for r in dropped.extra_vars["edge_routes"] if r["fqdn"] == NAME]
    await client.delete(f"{URL}/{first['id']}", headers=headers)
