"""The apps' health probe against real HTTP servers on loopback: an answer of 2xx or 3xx is `healthy`, another
answer `unhealthy`, none `not_responding`, and the count of probes in a row that were not healthy grows until the
app answers again; stopped apps and apps still installing are not probed."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from uuid import uuid4

import pytest

from service.domains.apps import health
from service.domains.apps.models import App, Health, InstallationState, RunState
from service.domains.dns.models import Domain
from tests.factories import online_node, owner_headers


class _Answer(http.server.BaseHTTPRequestHandler):
    status = 200
    seen_hosts: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        type(self).seen_hosts.append(self.headers.get("Host", ""))
        self.send_response(type(self).status)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def answering() -> Iterator[tuple[http.server.HTTPServer, type[_Answer]]]:
    handler = type("Handler", (_Answer,), {"status": 200, "seen_hosts": []})
    server = http.server.HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server, handler
    finally:
        server.shutdown()
        server.server_close()


async def _app(node_id: str, domain: Domain, name: str, port: int, **fields: object) -> App:
    manifest = {"id": "org.example", "version": "1.0.0", "httpPort": port, "healthCheckPath": "/ready"}
    return await App.create(id=uuid4(), app_store_id="org.example", manifest=manifest, node_id=node_id,
                            location=name, domain=domain, fqdn=f"{name}.{domain.domain}", host="127.0.0.1",
                            memory_mb=512, **{"installation_state": InstallationState.INSTALLED, **fields})


async def test_probes_record_each_apps_health(client, pve_sim, answering) -> None:
    server, handler = answering
    headers = await owner_headers(client)
    node = await online_node(client, headers, pve_sim)
    domain = await Domain.create(domain="health.test", zone_name="health.test", provider="rfc2136")
    port = server.server_address[1]
    with_server = await _app(node["id"], domain, "up", port)
    closed = await _app(node["id"], domain, "down", 1)  # nothing listens on port 1
    stopped = await _app(node["id"], domain, "off", port, run_state=RunState.STOPPED)
    installing = await _app(node["id"], domain, "new", port, installation_state=InstallationState.PENDING_INSTALL)

    assert await health.probe_all() == {"up.health.test": Health.HEALTHY, "down.health.test": Health.NOT_RESPONDING}
    assert handler.seen_hosts == ["up.health.test"]  # asked as the edge asks: with the app's name
    handler.status = 503
    await health.probe_all()
    handler.status = 302
    await health.probe_all()
    up, down = await App.get(id=with_server.id), await App.get(id=closed.id)
    assert (up.health, up.unhealthy_probes) == (Health.HEALTHY, 0) and up.health_checked_at is not None
    assert (down.health, down.unhealthy_probes) == (Health.NOT_RESPONDING, 3)
    handler.status = 500
    await health.probe_all()
    assert (await App.get(id=with_server.id)).health == Health.UNHEALTHY
    for untouched in (stopped, installing):
        again = await App.get(id=untouched.id)
        assert (again.health, again.health_checked_at) == (None, None)
