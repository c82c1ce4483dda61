"""A renewal pass leaves out the http-01 certificates whose edge is being applied: a first apply installs nginx,
and until it ends the name's challenge is not answered (a daily pass that met such an apply once failed its
order with a 404). The apply's end issues what was never tried; dns-01 certificates and other edges go on."""

from __future__ import annotations

from uuid import uuid4

from service.domains.dns.models import Domain, Route
from service.domains.edge import renewal
from service.domains.edge.actions import EDGE_APPLY
from service.domains.edge.models import Certificate, Challenge, Edge
from service.tasks.models import Task, TaskState
from tests.factories import node_record, owner_headers, personal_team


async def test_certificates_of_an_edge_being_applied_wait_for_it(client, server, pve_sim):
    headers = await owner_headers(client)
    team_id = await personal_team(client, headers)
    domain = await Domain.create(domain="shop.test", zone_name="shop.test", provider="rfc2136")
    edges = {}
    for name in ("www", "api"):
        node_id = await node_record(server, pve_sim, team_id, f"pve-{name}")
        await Route.create(fqdn=f"{name}.shop.test", location=name, domain=domain, node_id=node_id,
                           resource_type="service", resource_id=str(uuid4()))
        edges[name] = await Edge.create(node_id=node_id)
    www, api, wildcard = [await Certificate.create(name=name, domain=domain, fqdns=[name], challenge=challenge)
                          for name, challenge in (("www.shop.test", Challenge.HTTP), ("api.shop.test", Challenge.HTTP),
                                                  ("*.shop.test", Challenge.DNS))]
    certs = [www, api, wildcard]
    assert await renewal.held_by_their_edges(certs) == []

    apply = await Task.create(type=EDGE_APPLY.task_type, playbook="edge_apply.yml", state=TaskState.RUNNING,
                              resource_type="edge", resource_id=str(edges["www"].id), timeout=60)
    assert [cert.name for cert in await renewal.held_by_their_edges(certs)] == ["www.shop.test"]
    await Task.filter(id=apply.id).update(state=TaskState.QUEUED)
    assert [cert.name for cert in await renewal.held_by_their_edges(certs)] == ["www.shop.test"]
    await Task.filter(id=apply.id).update(state=TaskState.SUCCESS)
    assert await renewal.held_by_their_edges(certs) == []
