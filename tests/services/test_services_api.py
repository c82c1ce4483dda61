"""Services through the API on a simulated node (memory backend: guests exist only in the simulator, so no app
ever runs and the deploys are stopped): what is refused before anything is recorded, what a create records and
answers (the webhook secret once, variables' values never), changes and their redeploys, delete, and what
project and environment deletes do to services. The builds themselves run in test_service_playbooks.py."""

from __future__ import annotations

import pytest

from service.actions import catalogue
from service.core.errors import Conflict
from service.domains.accounts.registration import create_user
from service.domains.databases.models import Database, DatabaseStatus, DatabaseType
from service.domains.nodes.actions import GUEST
from service.domains.nodes.models import Guest, IpLease
from service.domains.projects.models import Environment
from service.domains.services.actions import links_digest
from service.domains.services.models import Build, Release, Service
from service.domains.services.secrets import secrets_of
from service.tasks import locks
from service.tasks.locks import RunLock
from service.tasks.models import Task
from tests.factories import PASSWORD, login, online_node, owner_headers, wait_task

pytestmark = pytest.mark.ansible

NOTHING = "6f1f0c4e-7a55-4a8e-9d0b-3c2d1e0f9a8b"
SECRET_VALUE = "sk-live-0123456789abcdef"
REPOSITORY = "https://git.example.com/shop/web.git"


def _field(answer) -> str:
    details = answer.json()["details"]
    return details[0]["field"] if isinstance(details, list) else details["field"]


async def _counts() -> tuple[int, ...]:
    return (await Service.all().count(), await Guest.all().count(), await IpLease.all().count(),
            await Build.all().count(), await Task.filter(type__startswith="service").count())


async def _setup(client, pve_sim):
    headers = await owner_headers(client)
    node = await online_node(client, headers, pve_sim)
    project = (await client.post("/api/v1/projects", headers=headers,
                                 json={"name": "shop", "defaultNodeId": node["id"]})).json()
    return headers, node, project


async def _database(server, project: dict, environment_id, name: str) -> str:
    """A database recorded as running (its guest plays no part in a service's API)."""
    database = await Database.create(
        project_id=project["id"], environment_id=environment_id, name=name, type=DatabaseType.POSTGRESQL,
        node_id=project["defaultNodeId"], db_name=name, db_user=f"{name}_app", host="10.213.0.200", port=5432,
        sealed_password=server.app.state.databases_box.seal("a-database-password"), status=DatabaseStatus.RUNNING)
    return str(database.id)


async def _stop(client, headers, task_id: int) -> dict:
    await client.post(f"/api/v1/tasks/{task_id}/stop", headers=headers)
    return await wait_task(client, headers, task_id)


async def _delete_task(service_id: str) -> int:
    """The delete run a cascade started for the service (its end removes the record)."""
    task = await Task.get(type="serviceDelete", resource_id=service_id)
    return task.id


def _body(**change) -> dict:
    return {"name": "web", "type": "web", "source": {"repository": REPOSITORY}, **change}


async def test_bad_input_is_refused_naming_the_field_and_records_nothing(client, server, pve_sim, monkeypatch):
    headers, node, project = await _setup(client, pve_sim)
    url = f"/api/v1/projects/{project['id']}/services"
    staging = (await client.post(f"/api/v1/projects/{project['id']}/environments", headers=headers,
                                 json={"name": "staging"})).json()
    elsewhere = await _database(server, project, staging["id"], "orders")
    before = await _counts()
    cases = [
        (_body(name="Web!"), 422, "name"),
        (_body(name="x" * 41), 422, "name"),
        (_body(type="database"), 422, "type"),
        (_body(type="lambda"), 422, "type"),
        (_body(source={"type": "image", "repository": REPOSITORY}), 422, "source.image"),
        (_body(source={"type": "image", "image": "nginx:1.27", "repository": REPOSITORY}), 422, "source.repository"),
        (_body(source={"repository": REPOSITORY, "image": "nginx:1.27"}), 422, "source.image"),
        (_body(source={}), 422, "source.repository"),
        (_body(source={"type": "dockerfile", "repository": REPOSITORY}), 422, "source.registryId"),
        (_body(source={"repository": "https://deploy:ghp_token@github.com/shop/web.git"}), 422, "source.repository"),
        (_body(source={"repository": "git@github.com:shop/web.git"}), 422, "source.repository"),
        (_body(source={"repository": "file:///etc/passwd"}), 422, "source.repository"),
        (_body(source={"repository": "https://[::1/x"}), 422, "source.repository"),
        (_body(source={"repository": REPOSITORY, "branch": "--upload-pack=x"}), 422, "source.branch"),
        (_body(source={"repository": REPOSITORY, "rootDirectory": "../etc"}), 422, "source.rootDirectory"),
        (_body(source={"repository": REPOSITORY, "gitProviderId": NOTHING}), 422, "source.gitProviderId"),
        (_body(buildConfig={"builderType": "dockerfile"}), 422, "buildConfig.builderType"),
        (_body(buildConfig={"environmentVariables": {"1BAD": "x"}}), 422, "buildConfig.environmentVariables"),
        (_body(links=[elsewhere]), 422, "links"),
        (_body(links=[NOTHING]), 422, "links"),
        (_body(type="cron"), 422, "schedule"),
        (_body(type="cron", schedule="61 * * * *"), 422, "schedule"),
        (_body(schedule="* * * * *"), 422, "schedule"),
        (_body(type="worker", port=8000), 422, "port"),
        (_body(type="worker", healthCheckPath="/up"), 422, "healthCheckPath"),
        (_body(type="cron", schedule="* * * * *", healthCheckTimeout=30), 422, "healthCheckTimeout"),
        (_body(healthCheckTimeout=1), 422, "healthCheckTimeout"),
        (_body(port=70000), 422, "port"),
        (_body(environmentId=NOTHING), 422, "environmentId"),
        (_body(nodeId=NOTHING), 422, "nodeId"),
        (_body(resources={"memoryMb": 1}), 422, "resources.memoryMb"),
        (_body(extra=1), 422, "extra"),
    ]
    for body, status, field in cases:
        answer = await client.post(url, headers=headers, json=body)
        assert answer.status_code == status, (body, answer.text)
        assert _field(answer) == field, (body, answer.json())
        assert await _counts() == before, body
    database = await client.post(url, headers=headers, json=_body(type="database"))
    assert "/api/v1/databases" in database.text
    dockerfile = await client.post(url, headers=headers, json=_body(source={"type": "dockerfile",
                                                                            "repository": REPOSITORY}))
    assert "registry its image is pushed to" in dockerfile.text
    token = await client.post(url, headers=headers, json=_body(
        source={"repository": "https://deploy:ghp_token@github.com/shop/web.git"}))
    assert "git provider" in token.text
    unknown = await client.post(f"/api/v1/projects/{NOTHING}/services", headers=headers, json=_body())
    assert unknown.status_code == 404

    # Another account's project is not seen; a viewer may look but not create.
    await create_user(username="mallory", email="mallory@example.com", password=PASSWORD)
    mallory = await login(client, "mallory")
    assert (await client.post(url, headers=mallory, json=_body())).status_code == 404
    assert (await client.get(url, headers=mallory)).status_code == 404
    mallory_id = (await client.get("/api/v1/user/profile", headers=mallory)).json()["id"]
    member = await client.post(f"/api/v1/projects/{project['id']}/members", headers=headers,
                               json={"userId": mallory_id, "role": "viewer"})
    assert member.status_code == 201, member.text
    refused = await client.post(url, headers=mallory, json=_body())
    assert refused.status_code == 403, refused.text
    assert (await client.get(url, headers=mallory)).json()["total"] == 0
    assert await _counts() == before

    # The engine refusing the deploy (a run that started elsewhere) leaves no service, guest, address or build.
    async def busy(*args, **kwargs):
        raise Conflict("Resource service is busy with task 999", code="busy")

    monkeypatch.setattr(catalogue, "start", busy)
    answer = await client.post(url, headers=headers, json=_body())
    monkeypatch.undo()
    assert answer.status_code == 409, answer.text
    assert await _counts() == before


async def test_a_service_is_created_changed_and_deleted(client, server, pve_sim, monkeypatch):
    headers, node, project = await _setup(client, pve_sim)
    url = f"/api/v1/projects/{project['id']}/services"
    default_env = await Environment.get(project_id=project["id"], is_default=True)
    linked = await _database(server, project, default_env.id, "orders")
    answer = await client.post(url, headers=headers, json=_body(
        source={"repository": REPOSITORY, "branch": "release/1.x", "rootDirectory": "app/"},
        buildConfig={"builderType": "nixpacks", "environmentVariables": {"API_KEY": SECRET_VALUE}},
        links=[linked], port=8000, healthCheckPath="/health", healthCheckTimeout=90))
    assert answer.status_code == 202, answer.text
    created = answer.json()
    service_id = created["id"]
    service_url = f"/api/v1/services/{service_id}"
    assert created["status"] == "building" and created["environmentId"] == str(default_env.id)
    assert created["source"] == {"type": "git", "repository": REPOSITORY, "branch": "release/1.x",
                                 "rootDirectory": "app", "gitProviderId": None, "dockerfile": "", "image": "",
                                 "registryId": None}
    assert created["buildConfig"] == {"builderType": "auto", "buildCommand": "", "startCommand": "",
                                      "environmentVariables": {"API_KEY": None}}
    assert created["resources"] == {"cores": 1, "memoryMb": 512, "diskGb": 8}
    assert created["links"] == [linked] and created["currentRelease"] is None and not created["needsRedeploy"]
    assert created["vmid"] >= 100 and created["host"].startswith("10.213.0.")
    assert created["url"] == f"http://{created['host']}:8000"
    assert created["webhookUrl"] == f"/api/v1/services/{service_id}/webhook"
    secret = created["webhookSecret"]
    assert len(secret) >= 32 and SECRET_VALUE not in answer.text

    service = await Service.get(id=service_id)
    assert secrets_of(server.app.state).own.open(service.sealed_webhook_secret) == secret
    assert secret not in service.sealed_webhook_secret and SECRET_VALUE not in (service.sealed_variables or "")
    guest = await Guest.get(id=service.guest_id)
    assert guest.resource_type == "service" and guest.hostname == f"svc-web-{service.id.hex[:8]}"
    build = await Build.get(id=created["buildId"])
    assert build.trigger == "create" and build.task_id == created["taskId"] and build.branch == "release/1.x"
    task = await Task.get(id=created["taskId"])
    assert task.type == "serviceDeploy" and task.resource_id == service_id
    assert SECRET_VALUE not in str(task.extra_vars) and "a-database-password" not in str(task.extra_vars)
    assert task.extra_vars["service_root_directory"] == "app" and task.extra_vars["service_port"] == 8000
    assert task.extra_vars["service_health_timeout"] == 90 and created["healthCheckTimeout"] == 90
    assert task.extra_vars["service_keep_releases"] == server.settings.service_keep_releases

    # The secret and the variables' values are never shown again.
    for path in (service_url, url, "/api/v1/services", "/api/v1/services?type=web"):
        shown = await client.get(path, headers=headers)
        assert shown.status_code == 200, shown.text
        assert secret not in shown.text and SECRET_VALUE not in shown.text and "webhookSecret" not in shown.text
    listed = (await client.get(f"{url}?environmentId={default_env.id}&search=we", headers=headers)).json()
    assert [s["id"] for s in listed["items"]] == [service_id] and listed["perPage"] == 20
    assert (await client.get(f"{url}?type=cron", headers=headers)).json()["total"] == 0
    inventory = (await client.get("/api/v1/inventory", headers=headers)).json()
    assert inventory["kind_service"]["hosts"] == [guest.hostname]

    twin = await client.post(url, headers=headers, json=_body())
    assert twin.status_code == 409 and twin.json()["code"] == "taken" and _field(twin) == "name"
    # A linked database is not deleted from under the service: its next deploy would lose DATABASE_URL.
    refused = await client.delete(f"/api/v1/databases/{linked}", headers=headers)
    assert refused.status_code == 409 and refused.json()["code"] == "linked", refused.text
    assert refused.json()["details"] == {"serviceIds": [service_id]} and await Database.exists(id=linked)
    # A node's routes leave the service's guest to the service's own.
    owned = await client.post(f"/api/v1/nodes/{node['id']}/containers/{guest.hostname}/stop", headers=headers)
    assert owned.status_code == 409 and owned.json()["code"] == "owned"

    # A run on it or its guest (a vzdump archive of the guest, here) refuses a change, which records nothing.
    stopped = await _stop(client, headers, created["taskId"])
    assert stopped["state"] in ("stopped", "failed")
    failed = (await client.get(service_url, headers=headers)).json()
    assert failed["status"] == "failed" and failed["statusMessage"]
    assert (await Build.get(id=created["buildId"])).status in ("cancelled", "failed")
    lock = await RunLock.create(key=locks.resource_key(GUEST, str(service.guest_id)), task_id=999999)
    busy = await client.put(service_url, headers=headers, json={"buildConfig": {"startCommand": "gunicorn app"}})
    assert busy.status_code == 409 and busy.json()["details"] == {"taskId": 999999}, busy.text
    assert (await Service.get(id=service_id)).start_command == "" and await Build.all().count() == 1
    await lock.delete()

    # What cannot change, what does not exist yet, and what a failed service cannot do.
    for body, field in (({"name": "api"}, "name"), ({"type": "worker"}, "type"),
                        ({"resources": {"cores": 2}}, "resources"), ({"links": [NOTHING]}, "links"),
                        ({"schedule": "* * * * *"}, "schedule")):
        refused = await client.put(service_url, headers=headers, json=body)
        assert refused.status_code == 422 and _field(refused) == field, (body, refused.text)
    assert "not supported yet" in (await client.put(service_url, headers=headers,
                                                    json={"resources": {"cores": 2}})).text
    for action in ("start", "stop", "restart"):
        assert (await client.post(f"{service_url}/{action}", headers=headers)).status_code == 409
    assert (await client.get(f"{service_url}/logs", headers=headers)).status_code == 409
    same = await client.put(service_url, headers=headers, json={"name": "web", "port": 8000,
                                                                "resources": created["resources"]})
    assert same.status_code == 200 and same.json()["buildId"] is None
    assert await Build.all().count() == 1

    # A change records and redeploys; a variable sent as null keeps its value, one left out goes.
    changed = await client.put(service_url, headers=headers, json={
        "buildConfig": {"startCommand": "gunicorn app:app", "environmentVariables": {"API_KEY": None, "MODE": "x"}},
        "healthCheckPath": "/up", "links": []})
    assert changed.status_code == 202, changed.text
    redeploy = changed.json()
    assert redeploy["taskId"] != created["taskId"] and redeploy["buildConfig"]["environmentVariables"] == {
        "API_KEY": None, "MODE": None}
    assert redeploy["healthCheckPath"] == "/up" and redeploy["links"] == [] and SECRET_VALUE not in changed.text
    assert (await Build.get(id=redeploy["buildId"])).trigger == "redeploy"
    service = await Service.get(id=service_id)
    assert secrets_of(server.app.state).open_variables(service.sealed_variables) == {"API_KEY": SECRET_VALUE,
                                                                                    "MODE": "x"}
    await _stop(client, headers, redeploy["taskId"])

    # The engine refusing the redeploy leaves the record as it was.
    async def refused_start(*args, **kwargs):
        raise Conflict("Resource service is busy with task 999", code="busy")

    monkeypatch.setattr(catalogue, "start", refused_start)
    refused = await client.put(service_url, headers=headers, json={"source": {"branch": "main"}})
    monkeypatch.undo()
    assert refused.status_code == 409
    assert (await Service.get(id=service_id)).branch == "release/1.x" and await Build.all().count() == 2

    deleted = await client.delete(service_url, headers=headers)
    assert deleted.status_code == 202, deleted.text
    done = await wait_task(client, headers, deleted.json()["taskId"])
    assert done["success"], done
    assert (await client.get(service_url, headers=headers)).status_code == 404
    assert await Service.all().count() == 0 and await Guest.all().count() == 0 and await IpLease.all().count() == 0
    assert await Build.all().count() == 0


async def test_cron_and_worker_services_and_what_deletes_of_environments_and_projects_do(client, server, pve_sim):
    headers, node, project = await _setup(client, pve_sim)
    url = f"/api/v1/projects/{project['id']}/services"
    default_env = await Environment.get(project_id=project["id"], is_default=True)
    linked = await _database(server, project, default_env.id, "orders")
    staging = (await client.post(f"/api/v1/projects/{project['id']}/environments", headers=headers,
                                 json={"name": "staging"})).json()
    made = []
    for body in (_body(name="nightly", type="cron", schedule="0 3 * * *", environmentId=staging["id"]),
                 _body(name="queue", type="worker", links=[linked])):
        answer = await client.post(url, headers=headers, json=body)
        assert answer.status_code == 202, answer.text
        made.append(answer.json())
        await _stop(client, headers, answer.json()["taskId"])
    cron, worker = made
    assert cron["schedule"] == "0 3 * * *" and cron["url"] is None and cron["port"] is None
    task = await Task.get(id=cron["taskId"])
    assert task.extra_vars["service_schedule"] == "*-*-* 03:00:00" and task.extra_vars.get("service_port") is None
    assert (await client.put(f"/api/v1/services/{cron['id']}", headers=headers,
                             json={"schedule": ""})).status_code == 422

    # A release that went live: it serves until a linked database's password changes under it.
    service = await Service.get(id=worker["id"])
    release = await Release.create(service=service, build_id=worker["buildId"], commit_sha="c0ffee",
                                   links_digest=await links_digest(service))
    await Service.filter(id=service.id).update(current_release_id=release.id, status="running")
    shown = (await client.get(f"/api/v1/services/{worker['id']}", headers=headers)).json()
    assert shown["currentRelease"]["commitSha"] == "c0ffee" and shown["currentRelease"]["buildId"] == worker["buildId"]
    assert shown["needsRedeploy"] is False
    await Database.filter(id=linked).update(sealed_password=server.app.state.databases_box.seal("rotated"))
    assert (await client.get(f"/api/v1/services/{worker['id']}", headers=headers)).json()["needsRedeploy"] is True
    started = await client.post(f"/api/v1/services/{worker['id']}/restart", headers=headers)
    assert started.status_code == 202, started.text
    power = await Task.get(id=started.json()["taskId"])
    assert power.type == "servicePower" and power.extra_vars["service_state"] == "restarted"
    await _stop(client, headers, power.id)

    # The environment's services go with it when asked for, not otherwise.
    environment_url = f"/api/v1/projects/{project['id']}/environments/{staging['id']}"
    refused = await client.delete(environment_url, headers=headers)
    assert refused.status_code == 409 and refused.json()["code"] == "not_empty"
    assert refused.json()["details"]["services"] == [cron["id"]]
    assert (await client.delete(f"{environment_url}?force=true", headers=headers)).status_code == 204
    await wait_task(client, headers, await _delete_task(cron["id"]))
    assert not await Service.exists(id=cron["id"])

    # A clone of an environment does not copy its services, and leaves the source's as they were.
    clone = await client.post(f"/api/v1/projects/{project['id']}/environments/{default_env.id}/clone",
                              headers=headers, json={"name": "preview"})
    assert clone.status_code == 201, clone.text
    assert (await client.get(f"{url}?environmentId={clone.json()['id']}", headers=headers)).json()["total"] == 0
    assert [s["id"] for s in (await client.get(url, headers=headers)).json()["items"]] == [worker["id"]]

    for copy in (await client.get(f"/api/v1/databases?environmentId={clone.json()['id']}", headers=headers)).json()[
            "items"]:  # the clone's copy of the linked database is being made: stopped, or the project stays
        await _stop(client, headers, copy["taskId"])
    deleted = await client.delete(f"/api/v1/projects/{project['id']}", headers=headers)
    assert deleted.status_code == 204, deleted.text
    await wait_task(client, headers, await _delete_task(worker["id"]))
    assert await Service.all().count() == 0 and await Guest.filter(resource_type="service").count() == 0
