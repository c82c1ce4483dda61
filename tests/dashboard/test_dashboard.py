"""A team's dashboard: its counts follow its records, the onboarding checklist flips as each step is done, tasks
and nodes are counted by state, certificates of its names expiring within 14 days are listed (later ones and other
teams' not), the next scheduled jobs are the scheduler's; only the team's members see it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import uuid4

import httpx

from service.core.settings_store import set_setting
from service.domains.apps.models import App
from service.domains.databases.models import Database, DatabaseType
from service.domains.deployments.models import Deployment, DeploymentStatus
from service.domains.dns.models import Domain, Route
from service.domains.edge.models import Certificate, Challenge
from service.domains.nodes.models import Node, NodeStatus
from service.domains.registries.models import Registry, RegistryType
from service.domains.services.models import Service, ServiceType
from service.domains.services.secrets import own_box
from service.domains.versions.models import Image
from service.tasks.models import Task, TaskState
from tests.factories import login, owner_headers, personal_team, register, team_member

ZERO = {"users": 1, "auditLog": 0, "projects": 0, "versions": 0, "deployments": 0, "failedDeployments": 0,
        "databases": 0, "services": 0, "apps": 0}


async def _dashboard(client: httpx.AsyncClient, headers: dict[str, str], team_id: str) -> dict[str, Any]:
    response = await client.get(f"/api/v1/teams/{team_id}/dashboard", headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def _counts(found: dict[str, Any]) -> dict[str, int]:
    return {key: found[key] for key in ZERO}


def _steps(found: dict[str, Any]) -> dict[str, str | None]:
    """Each onboarding step's resourceId, None while not done (done and resourceId agree)."""
    for step, item in found["onboarding"].items():
        assert item["done"] is (item["resourceId"] is not None), (step, item)
    return {step: item["resourceId"] for step, item in found["onboarding"].items()}


async def _node(server: Any, team_id: str, name: str, status: NodeStatus = NodeStatus.ONLINE) -> Node:
    return await Node.create(team_id=team_id, name=name, api_url="https://pve.test:8006", token_id="root@pam!c",
                             sealed_token_secret=server.app.state.nodes_box.seal("a-token-secret"),
                             verify_tls=False, status=status)


async def _another(client: httpx.AsyncClient, username: str) -> dict[str, str]:
    """A second account, in no team of the first one: its headers."""
    await set_setting("registration", "open")
    await register(client, username)
    return await login(client, username)


async def _task(resource_type: str, resource_id: Any, state: TaskState, *, finished: datetime | None = None) -> None:
    await Task.create(type="test", playbook="test", timeout=60, state=state, resource_type=resource_type,
                      resource_id=str(resource_id), finished_at=finished)


async def test_counts_and_onboarding_follow_the_teams_records(client, server):
    owner = await owner_headers(client)
    team_id = await personal_team(client, owner)
    me = (await client.get("/api/v1/users/me", headers=owner)).json()
    found = await _dashboard(client, owner, team_id)
    assert _counts(found) == ZERO
    assert _steps(found) == {"signUp": me["id"], "createTeam": team_id, "createNode": None, "createProject": None,
                             "createVersion": None, "addImages": None, "addDeployment": None, "deploy": None}

    node = await _node(server, team_id, "pve1")
    project = (await client.post("/api/v1/projects", headers=owner, json={"name": "shop"})).json()
    version = (await client.post(f"/api/v1/projects/{project['id']}/versions", headers=owner,
                                 json={"name": "1.0"})).json()
    found = await _dashboard(client, owner, team_id)
    # The project and the version were made through the API: the audit log holds both changes.
    assert (found["projects"], found["versions"], found["auditLog"]) == (1, 1, 2)
    steps = _steps(found)
    assert (steps["createNode"], steps["createProject"], steps["createVersion"]) == (
        str(node.id), project["id"], version["id"])
    assert steps["addImages"] is None and steps["addDeployment"] is None

    registry = await Registry.create(team_id=team_id, name="hub", url="https://127.0.0.1:1",
                                     type=RegistryType.UNCHECKED)
    await Image.create(version_id=version["id"], registry=registry, name="shop/web", tag="1", order=0, config={})
    failed = await Deployment.create(project_id=project["id"], version_id=version["id"], node=node, prefix="a",
                                     status=DeploymentStatus.FAILED)
    found = await _dashboard(client, owner, team_id)
    steps = _steps(found)
    assert (steps["addImages"], steps["addDeployment"], steps["deploy"]) == (version["id"], str(failed.id), None)
    assert (found["deployments"], found["failedDeployments"]) == (1, 1)

    deployed = await Deployment.create(project_id=project["id"], version_id=version["id"], node=node, prefix="b",
                                       status=DeploymentStatus.SUCCESSFUL)
    environment = (await client.get(f"/api/v1/projects/{project['id']}/environments", headers=owner)).json()
    env_id = (environment if isinstance(environment, list) else environment["items"])[0]["id"]
    await Database.create(project_id=project["id"], environment_id=env_id, name="orders", node=node,
                          type=DatabaseType.POSTGRESQL, db_name="orders", db_user="orders",
                          sealed_password=server.app.state.databases_box.seal("a-password"))
    await Service.create(project_id=project["id"], environment_id=env_id, name="web", type=ServiceType.WEB,
                         repository="https://git.example.com/shop.git", node=node,
                         sealed_webhook_secret=own_box(server.settings).seal("a-webhook-secret"))
    domain = await Domain.create(domain="shop.test", zone_name="shop.test", provider="noop")
    await App.create(id=uuid4(), app_store_id="org.example.wiki", manifest={}, project_id=project["id"],
                     node=node, location="wiki", domain=domain, fqdn="wiki.shop.test", memory_mb=256)
    found = await _dashboard(client, owner, team_id)
    assert _steps(found)["deploy"] == str(deployed.id)
    assert {key: found[key] for key in ("deployments", "failedDeployments", "databases", "services", "apps")} == {
        "deployments": 2, "failedDeployments": 1, "databases": 1, "services": 1, "apps": 1}
    assert all(item["done"] for item in found["onboarding"].values())

    # Another team's records count for it, not for this one.
    other = await _another(client, "other")
    other_team = await personal_team(client, other)
    await client.post("/api/v1/projects", headers=other, json={"name": "elsewhere"})
    await _node(server, other_team, "pve9")
    assert _counts(await _dashboard(client, owner, team_id)) == _counts(found)
    theirs = await _dashboard(client, other, other_team)
    assert (theirs["projects"], theirs["versions"], theirs["deployments"], theirs["nodes"]["online"]) == (1, 0, 0, 1)
    assert _steps(theirs)["createVersion"] is None


async def test_only_the_teams_members_see_it(client):
    owner = await owner_headers(client)
    team_id = await personal_team(client, owner)
    member = await team_member(client, owner, team_id)
    assert (await _dashboard(client, member, team_id))["users"] == 2
    outsider = await _another(client, "outsider")
    refused = await client.get(f"/api/v1/teams/{team_id}/dashboard", headers=outsider)
    assert refused.status_code == 404 and refused.json()["code"] == "not_found", refused.text
    missing = await client.get(f"/api/v1/teams/{uuid4()}/dashboard", headers=owner)
    assert missing.status_code == 404
    assert (await client.get(f"/api/v1/teams/{team_id}/dashboard")).status_code == 401
    assert (await client.get("/api/v1/teams/not-an-id/dashboard", headers=owner)).status_code == 422


async def test_tasks_of_the_teams_resources_and_its_nodes_by_state(client, server):
    owner = await owner_headers(client)
    team_id = await personal_team(client, owner)
    online = await _node(server, team_id, "pve1")
    await _node(server, team_id, "pve2", NodeStatus.ERROR)
    await _node(server, team_id, "pve3", NodeStatus.CHECKING)
    project = (await client.post("/api/v1/projects", headers=owner, json={"name": "shop"})).json()
    now = datetime.now(UTC)
    await _task("node", online.id, TaskState.RUNNING)
    await _task("buildhost", project["id"], TaskState.RUNNING)
    await _task("node", online.id, TaskState.FAILED, finished=now - timedelta(hours=1))
    await _task("node", online.id, TaskState.CRASHED, finished=now - timedelta(hours=2))
    # Not counted: a failure of two days ago, a stop (the user's), and tasks of what is not the team's.
    await _task("node", online.id, TaskState.FAILED, finished=now - timedelta(days=2))
    await _task("node", online.id, TaskState.STOPPED, finished=now - timedelta(hours=1))
    await _task("node", uuid4(), TaskState.RUNNING)
    await _task("database", online.id, TaskState.FAILED, finished=now)  # the node's id, as another kind
    await _task("certificates", "all", TaskState.FAILED, finished=now)
    found = await _dashboard(client, owner, team_id)
    assert found["tasks"] == {"running": 2, "failed24h": 2}
    assert found["nodes"] == {"online": 1, "offline": 1, "checking": 1}


async def test_certificates_of_its_names_expiring_within_14_days(client, server):
    owner = await owner_headers(client)
    team_id = await personal_team(client, owner)
    node = await _node(server, team_id, "pve1")
    elsewhere = await _node(server, await personal_team(client, await _another(client, "other")), "pve9")
    domain = await Domain.create(domain="shop.test", zone_name="shop.test", provider="noop")
    now = datetime.now(UTC)

    async def cert(name: str, days: int, fqdns: list[str] | None = None) -> str:
        made = await Certificate.create(name=name, domain=domain, fqdns=fqdns or [name], challenge=Challenge.HTTP,
                                        not_after=now + timedelta(days=days))
        return str(made.id)

    for fqdn, on in (("www.shop.test", node), ("later.shop.test", node), ("theirs.shop.test", elsewhere),
                     ("api.shop.test", node)):
        await Route.create(fqdn=fqdn, location=fqdn.split(".")[0], domain=domain, node=on, resource_type="service",
                           resource_id=str(uuid4()))
    soon = await cert("www.shop.test", 5)
    wildcard = await cert("*.shop.test", 13)  # covers api.shop.test
    expired = await cert("old.shop.test", -1, ["www.shop.test"])
    await cert("later.shop.test", 40)
    await cert("theirs.shop.test", 3)
    await cert("unrouted.shop.test", 3)
    found = (await _dashboard(client, owner, team_id))["expiringCertificates"]
    assert [(c["id"], c["name"], c["domain"]) for c in found] == [
        (expired, "old.shop.test", "shop.test"), (soon, "www.shop.test", "shop.test"),
        (wildcard, "*.shop.test", "shop.test")]
    assert datetime.fromisoformat(found[1]["expiresAt"]) == now + timedelta(days=5)


async def test_next_jobs_are_the_schedulers(client, server):
    owner = await owner_headers(client)
    found = (await _dashboard(client, owner, await personal_team(client, owner)))["nextJobs"]
    planned = sorted((job for job in server.app.state.scheduler.jobs() if job.next_run_time is not None),
                     key=lambda job: job.next_run_time)
    assert planned, "the default settings schedule some jobs"
    assert [(j["name"], j["taskType"], datetime.fromisoformat(j["nextRunAt"])) for j in found] == [
        (job.id, job.task_type, job.next_run_time) for job in planned[:5]]
