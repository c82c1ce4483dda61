"""The audit log records every change made through the API, without secrets, and is read-only."""

from __future__ import annotations

from tests.factories import PASSWORD, login, owner_headers, run_playbook, wait_task


async def test_changes_are_recorded_with_who_what_and_outcome(client):
    headers = await owner_headers(client)
    task_id = await run_playbook(client, headers, "controller_check")
    await wait_task(client, headers, task_id)
    await client.post("/api/v1/auth/login", json={"username": "owner", "password": "wrong password"})
    secret = "a password nobody may read"
    await client.post("/api/v1/users", headers=headers,
                      json={"username": "bob", "email": "bob@example.com", "password": secret})
    log = (await client.get("/api/v1/audit-log?per_page=100", headers=headers)).json()
    records = log["items"]
    actions = [(r["action"], r["status"]) for r in records]
    assert ("auth.register", 201) in actions
    assert ("auth.login", 200) in actions and ("auth.login", 401) in actions
    assert ("playbooks.run", 202) in actions
    assert ("users.create", 201) in actions
    run = next(r for r in records if r["action"] == "playbooks.run")
    assert run["username"] == "owner" and run["target"] == "name=controller_check" and run["clientIp"] == "127.0.0.1"
    assert (run["targetKind"], run["targetId"]) == ("playbook", "controller_check")
    made = next(r for r in records if r["action"] == "users.create")
    owner_id = next(r["targetId"] for r in records if r["action"] == "auth.login" and r["targetName"] == "owner")
    # The new account, not its maker.
    assert (made["targetKind"], made["targetName"]) == ("user", "bob") and made["targetId"] != owner_id
    assert [r["id"] for r in records] == sorted((r["id"] for r in records), reverse=True)
    assert secret not in str(log) and PASSWORD not in str(log)
    filtered = (await client.get("/api/v1/audit-log?filter=playbooks", headers=headers)).json()
    assert filtered["total"] == 1
    # Reading changes nothing and is not recorded; the log has no way to change it.
    assert (await client.get("/api/v1/audit-log", headers=headers)).json()["total"] == log["total"]
    assert (await client.delete("/api/v1/audit-log", headers=headers)).status_code == 405
    bob = await login(client, "bob", secret)
    assert (await client.get("/api/v1/audit-log", headers=bob)).status_code == 403
