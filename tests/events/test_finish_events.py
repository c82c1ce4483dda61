"""Events recorded by the ends that need guests or a CA to happen for real, from the records those runs leave
(their finish hooks called with a real task row, the probe against a real HTTP server on loopback): an app turning
unhealthy (once per transition), a certificate that could not be renewed (one event per team it serves, none for
a name no team routes), updates of a node's guests applied or rolled back, an app's update applied and rolled
back."""

from __future__ import annotations

from uuid import uuid4

from service.domains.apps import health, updating
from service.domains.apps.models import App, InstallationState
from service.domains.dns.models import Domain, Route
from service.domains.edge import renewal
from service.domains.edge.models import Certificate, CertificateStatus, Challenge
from service.domains.events.models import Event
from service.domains.nodes.actions import BOX_UPDATE
from service.domains.teams.models import Team
from service.tasks.models import Task, TaskState
from tests.apps.test_app_health import _app
from tests.factories import node_record, owner_headers, personal_team


async def _task(task_type: str, state: TaskState, *, resource: tuple[str, str], result: dict | None = None,
                extra_vars: dict | None = None, error: str | None = None) -> Task:
    return await Task.create(type=task_type, playbook="x.yml", state=state, result=result,
                             extra_vars=extra_vars or {}, resource_type=resource[0], resource_id=resource[1],
                             error_message=error, timeout=60)


async def _events(event_type: str) -> list[Event]:
    return await Event.filter(type=event_type).order_by("at", "id")


async def test_an_app_turning_unhealthy_is_one_event_per_transition(client, server, pve_sim, answering):
    http_server, handler = answering
    headers = await owner_headers(client)
    team_id = await personal_team(client, headers)
    node_id = await node_record(server, pve_sim, team_id, "pve1")
    domain = await Domain.create(domain="health.test", zone_name="health.test", provider="rfc2136")
    app = await _app(node_id, domain, "wiki", http_server.server_address[1])
    handler.status = 500
    for _ in range(health.REPORT_AFTER + 2):
        await health.probe_all()
    (unhealthy,) = await _events("app.unhealthy")
    assert (str(unhealthy.team_id), unhealthy.resource_kind, unhealthy.resource_id, unhealthy.resource_name) == (
        team_id, "app", str(app.id), "wiki.health.test")
    assert unhealthy.data == {"health": "unhealthy", "probes": health.REPORT_AFTER, "appStoreId": "org.example"}
    handler.status = 200
    await health.probe_all()
    handler.status = 503
    for _ in range(health.REPORT_AFTER):
        await health.probe_all()
    assert len(await _events("app.unhealthy")) == 2


async def test_a_failed_renewal_is_one_event_per_team_it_serves(client, server, pve_sim):
    headers = await owner_headers(client)
    mine = await personal_team(client, headers)
    other = await Team.create(name="other", slug="other")
    domain = await Domain.create(domain="shop.test", zone_name="shop.test", provider="rfc2136")
    for team_id, name in ((mine, "www"), (mine, "api"), (str(other.id), "blog")):
        node_id = await node_record(server, pve_sim, team_id, f"pve-{name}")
        await Route.create(fqdn=f"{name}.shop.test", location=name, domain=domain, node_id=node_id,
                           resource_type="service", resource_id=str(uuid4()))
    wildcard = await Certificate.create(name="*.shop.test", domain=domain, fqdns=["*.shop.test"],
                                        challenge=Challenge.DNS, status=CertificateStatus.VALID)
    unrouted = await Certificate.create(name="old.example.test", domain=domain, fqdns=["old.example.test"],
                                        challenge=Challenge.HTTP, status=CertificateStatus.VALID)
    task = await _task("renewcerts", TaskState.FAILED, resource=("certificates", "all"), result={"failed": [
        {"name": "*.shop.test", "error": "the CA refused the order"}, {"name": "old.example.test", "error": "no"}]})
    await renewal.issued(task)

    found = await _events("certificate.renewal_failed")
    assert sorted(str(e.team_id) for e in found) == sorted([mine, str(other.id)])  # once per team, not per route
    assert {(e.resource_kind, e.resource_id, e.resource_name) for e in found} == {
        ("certificate", str(wildcard.id), "*.shop.test")}
    assert all(e.data["error"] == "the CA refused the order" and e.data["taskId"] == task.id for e in found)
    for cert in (wildcard, unrouted):
        assert (await Certificate.get(id=cert.id)).status == CertificateStatus.FAILED


async def test_a_nodes_update_applied_and_rolled_back(client, server, pve_sim):
    headers = await owner_headers(client)
    team_id = await personal_team(client, headers)
    node_id = await node_record(server, pve_sim, team_id, "pve1")
    guests = [{"hostname": "db-a", "status": "updated"}, {"hostname": "db-b", "status": "up_to_date"},
              {"hostname": "db-c", "status": "rolled_back"}]
    failed = await _task("update", TaskState.FAILED, resource=("node", node_id), result={"guests": guests},
                         extra_vars={"guest_update_mode": "box"}, error="db-c: the box update failed")
    await BOX_UPDATE.on_finish(failed)  # type: ignore[misc]
    dry = await _task("update", TaskState.SUCCESS, resource=("node", node_id),
                      result={"guests": [{"hostname": "db-a", "status": "would_update"}]})
    await BOX_UPDATE.on_finish(dry)  # type: ignore[misc]

    (applied,) = await _events("update.applied")
    (rolled_back,) = await _events("update.rolled_back")
    assert (str(applied.team_id), applied.resource_kind, applied.resource_id) == (team_id, "node", node_id)
    assert applied.data == {"taskId": failed.id, "mode": "box", "guests": ["db-a"], "error": None}
    assert rolled_back.data == {"taskId": failed.id, "mode": "box", "guests": ["db-c"],
                                "error": "db-c: the box update failed"}


async def test_an_apps_update_applied_and_rolled_back(client, server, pve_sim):
    headers = await owner_headers(client)
    team_id = await personal_team(client, headers)
    node_id = await node_record(server, pve_sim, team_id, "pve1")
    domain = await Domain.create(domain="apps.test", zone_name="apps.test", provider="rfc2136")
    old, new = {"id": "org.example", "version": "1.0.0"}, {"id": "org.example", "version": "1.1.0"}
    app = await _app(node_id, domain, "wiki", 80, installation_state=InstallationState.PENDING_UPDATE,
                     update_from={"manifest": old, "to": new, "snapshot": "update1"})
    install = await _task("appInstall", TaskState.SUCCESS, resource=("app", str(app.id)))
    assert await updating.install_ended(app, install) is False
    (applied,) = await _events("update.applied")
    assert (str(applied.team_id), applied.resource_kind, applied.resource_name) == (team_id, "app", "wiki.apps.test")
    assert applied.data == {"taskId": install.id, "version": "1.1.0"}

    # The next update's install failed; its snapshot's rollback succeeded.
    await App.filter(id=app.id).update(update_from={"manifest": old, "to": new, "snapshot": "update2",
                                                    "failed": {"message": "the install failed", "taskId": 41}})
    rollback = await _task("appSnapshot", TaskState.SUCCESS, resource=("app", str(app.id)),
                           result={"state": "rollback"})
    await updating.snapshotted(rollback)
    (rolled_back,) = await _events("update.rolled_back")
    assert rolled_back.data == {"taskId": 41, "to": "1.1.0", "version": "1.0.0", "error": "the install failed"}
    assert len(await _events("update.applied")) == 1
