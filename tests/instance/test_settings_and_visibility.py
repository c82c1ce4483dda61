"""Instance registration setting, and who may see which task (and the tasks of one resource)."""

from __future__ import annotations

import pytest

from service.domains.accounts.registration import create_user
from tests.factories import PASSWORD, login, online_node, owner_headers, run_playbook, wait_task

NOWHERE = "00000000-0000-0000-0000-000000000000"


async def test_owner_opens_registration_for_others(client):
    headers = await owner_headers(client)
    assert (await client.get("/api/v1/settings/registration", headers=headers)).json() == {"registration": "closed"}
    body = {"username": "second", "email": "second@example.com", "password": PASSWORD}
    assert (await client.post("/api/v1/auth/register", json=body)).status_code == 403
    changed = await client.put("/api/v1/settings/registration", json={"registration": "open"}, headers=headers)
    assert changed.status_code == 200 and changed.json() == {"registration": "open"}
    second = await client.post("/api/v1/auth/register", json=body)
    assert second.status_code == 201 and second.json()["role"] == "user"
    user_headers = await login(client, "second")
    refused = await client.put("/api/v1/settings/registration", json={"registration": "closed"},
                               headers=user_headers)
    assert refused.status_code == 403 and refused.json()["code"] == "forbidden"
    bad = await client.put("/api/v1/settings/registration", json={"registration": "sometimes"}, headers=headers)
    assert bad.status_code == 422 and bad.json()["details"][0]["field"] == "registration"


async def test_a_task_is_visible_to_its_creator_and_admins_only(client):
    headers = await owner_headers(client)
    task_id = await run_playbook(client, headers, "controller_check")
    await wait_task(client, headers, task_id)
    await create_user(username="viewer", email="viewer@example.com", password=PASSWORD)
    viewer = await login(client, "viewer")
    for path in (f"/api/v1/tasks/{task_id}", f"/api/v1/tasks/{task_id}/logs", f"/api/v1/tasks/{task_id}/logstream"):
        response = await client.get(path, headers=viewer)
        assert response.status_code == 404, path
        assert response.json()["code"] == "not_found"
    assert (await client.post(f"/api/v1/tasks/{task_id}/stop", headers=viewer)).status_code == 404
    assert (await client.get("/api/v1/tasks", headers=viewer)).json() == {"tasks": []}
    assert [t["id"] for t in (await client.get("/api/v1/tasks", headers=headers)).json()["tasks"]] == [task_id]
    listed = (await client.get("/api/v1/tasks?type=playbook&active=false", headers=headers)).json()["tasks"]
    assert [t["id"] for t in listed] == [task_id]
    assert (await client.get("/api/v1/tasks?active=true", headers=headers)).json() == {"tasks": []}


def _ids(answer) -> list[int]:
    assert answer.status_code == 200, answer.text
    return [task["id"] for task in answer.json()["tasks"]]


@pytest.mark.ansible
async def test_the_tasks_of_one_resource_and_still_only_the_callers(client, pve_sim):
    headers = await owner_headers(client)
    playbook = await run_playbook(client, headers, "controller_check")
    await wait_task(client, headers, playbook)
    node = await online_node(client, headers, pve_sim)
    project = (await client.post("/api/v1/projects", headers=headers,
                                 json={"name": "shop", "defaultNodeId": node["id"]})).json()
    made = []
    for name in ("orders", "invoices"):
        answer = await client.post("/api/v1/databases", headers=headers,
                                   json={"name": name, "type": "redis", "projectId": project["id"]})
        assert answer.status_code == 202, answer.text
        made.append(answer.json())
        await client.post(f"/api/v1/tasks/{answer.json()['taskId']}/stop", headers=headers)
        await wait_task(client, headers, answer.json()["taskId"])
    orders, invoices = made

    def listed(**params: str):
        return client.get("/api/v1/tasks", headers=headers, params=params)

    assert _ids(await listed(resourceType="database", resourceId=orders["id"])) == [orders["taskId"]]
    assert _ids(await listed(resourceId=invoices["id"])) == [invoices["taskId"]]
    assert _ids(await listed(resourceType="database")) == [invoices["taskId"], orders["taskId"]]
    (check,) = _ids(await listed(resourceType="node", resourceId=node["id"]))
    assert check not in (playbook, orders["taskId"], invoices["taskId"])
    assert _ids(await listed(resourceType="database", resourceId=NOWHERE)) == []
    assert _ids(await listed(resourceType="node", resourceId=orders["id"])) == []
    answer = await listed(resourceType="database", resourceId=orders["id"], active="false", type="databaseCreate")
    assert answer.json()["tasks"][0]["resource"] == {"type": "database", "id": orders["id"]}  # the shape as before
    for params, field in (({"resourceType": "Data base!"}, "resourceType"), ({"resourceType": ""}, "resourceType"),
                          ({"resourceId": "x" * 129}, "resourceId")):
        refused = await listed(**params)
        assert refused.status_code == 422, params
        assert refused.json()["details"][0]["field"] == field, refused.json()

    # Another account names the database and still sees only its own tasks: none.
    await create_user(username="mallory", email="mallory@example.com", password=PASSWORD)
    mallory = await login(client, "mallory")
    hidden = await client.get("/api/v1/tasks", headers=mallory,
                              params={"resourceType": "database", "resourceId": orders["id"]})
    assert hidden.status_code == 200 and hidden.json() == {"tasks": []}
