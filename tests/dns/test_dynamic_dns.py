"""Dynamic DNS: with it on and a fixed public address, the scheduled job's dynamicDns task (dns_apply.yml, the
real playbook through the engine) writes every name's A record to that address in a real BIND; off, the job
does not fire; a public address that cannot be found starts nothing and says why."""

from __future__ import annotations

import pytest

from service.core.errors import BadGateway
from service.core.settings_store import set_setting
from service.domains.dns import dynamic
from service.domains.dns.models import Domain, Route
from service.tasks.scheduler import JobContext
from tests.factories import online_node, owner_headers, wait_task
from tests.harness.bind import Bind

pytestmark = [pytest.mark.ansible, pytest.mark.one_database]

ZONE = "home.test"


@pytest.fixture
def bind_zones() -> list[str]:
    return [ZONE]


async def test_the_job_points_every_name_at_the_public_address(client, server, pve_sim, bind: Bind):
    headers = await owner_headers(client)
    node = await online_node(client, headers, pve_sim)
    added = await client.post("/api/v1/domains", headers=headers, json={
        "domain": ZONE, "provider": "rfc2136",
        "config": {"server": bind.address, "port": bind.port, "keyName": bind.key_name, "keySecret": bind.key_secret}})
    assert added.status_code == 201, added.text
    home = await Domain.get(domain=ZONE)
    for location in ("shop", "blog"):
        await Route.create(fqdn=f"{location}.{ZONE}", location=location, domain=home, node_id=node["id"],
                           resource_type="service", resource_id=f"service-{location}")
    ctx = JobContext(engine=server.engine, settings=server.settings)

    assert await dynamic._pattern() == "never"
    on = await client.post("/api/v1/settings/dynamic_dns", headers=headers, json={"enabled": True})
    assert on.status_code == 200
    assert await dynamic._pattern() == f"every {dynamic.INTERVAL_SECONDS} s"
    fixed = await client.post("/api/v1/settings/sysinfo_config", headers=headers,
                              json={"provider": "fixed", "ip": "203.0.113.10"})
    assert fixed.status_code == 200, fixed.text

    task = await dynamic.start(ctx)
    assert task is not None and task.type == "dynamicDns"
    done = await wait_task(client, headers, task.id)
    assert done["success"], done
    assert bind.records(f"shop.{ZONE}", "A") == ["203.0.113.10"]
    assert bind.records(f"blog.{ZONE}", "A") == ["203.0.113.10"]
    log = (await client.get(f"/api/v1/tasks/{task.id}/logs", headers=headers)).text
    assert bind.key_secret not in log and bind.key_secret not in str(done)

    await set_setting("sysinfo_config", {"provider": "generic", "url": "http://127.0.0.1:9/"})
    with pytest.raises(BadGateway) as refused:
        await dynamic.start(ctx)
    assert "public address" in refused.value.message
