"""Instance registration setting, and who may see which task."""

from __future__ import annotations

from service.domains.accounts.registration import create_user
from tests.factories import PASSWORD, login, owner_headers, run_playbook, wait_task


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
