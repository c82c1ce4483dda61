"""Teams: personal teams, invitations by email, roles, the last owner's protection, visibility."""

from __future__ import annotations

from service.core.settings_store import set_setting
from tests.factories import PASSWORD, login, owner_headers, register


async def _two_people(client):
    owner = await owner_headers(client)
    await set_setting("registration", "open")
    await register(client, "bob")
    return owner, await login(client, "bob")


async def test_every_account_gets_a_personal_team(client):
    owner = await owner_headers(client)
    me = (await client.get("/api/v1/users/me", headers=owner)).json()
    assert me["username"] == "owner" and me["invitations"] == []
    (team,) = me["teams"]
    assert team["role"] == "owner" and team["slug"]
    listed = (await client.get("/api/v1/teams", headers=owner)).json()
    assert [t["id"] for t in listed] == [team["id"]] and listed[0]["personal"] is True
    refused = await client.delete(f"/api/v1/teams/{team['id']}", headers=owner)
    assert refused.status_code == 409 and refused.json()["code"] == "personal"


async def test_invite_accept_roles_and_the_last_owner(client):
    owner, bob = await _two_people(client)
    created = await client.post("/api/v1/teams", headers=owner, json={"name": "Platform", "slug": "platform"})
    assert created.status_code == 201, created.text
    team = created.json()
    taken = await client.post("/api/v1/teams", headers=owner, json={"name": "x", "slug": "platform"})
    assert taken.status_code == 409
    # Not a member: the team does not exist for bob.
    assert (await client.get(f"/api/v1/teams/{team['id']}", headers=bob)).status_code == 404
    invited = await client.post(f"/api/v1/teams/{team['id']}/users", headers=owner,
                                json={"email": "bob@example.com", "role": "admin"})
    assert invited.status_code == 201 and invited.json()["status"] == "invited"
    # An invitation names an email: the account is bound, and named, only once it accepts.
    assert (invited.json()["userId"], invited.json()["username"], invited.json()["displayName"]) == (None, None, None)
    again = await client.post(f"/api/v1/teams/{team['id']}/users", headers=owner, json={"email": "BOB@example.com"})
    assert again.status_code == 409
    renewed = await client.post(f"/api/v1/teams/{team['id']}/users/{invited.json()['id']}/reinvite", headers=owner)
    assert renewed.status_code == 200 and renewed.json()["invitedAt"] >= invited.json()["invitedAt"]
    pending = (await client.get("/api/v1/users/me", headers=bob)).json()["invitations"]
    assert [(i["teamName"], i["role"]) for i in pending] == [("Platform", "admin")]
    accepted = await client.post(f"/api/v1/users/me/invitations/{team['id']}", headers=bob)
    assert {t["slug"]: t["role"] for t in accepted.json()["teams"]}["platform"] == "admin"
    bob_id = (await client.get("/api/v1/user/profile", headers=bob)).json()["id"]
    await client.patch("/api/v1/user/profile", headers=bob, json={"displayName": "Bob B."})
    members = (await client.get(f"/api/v1/teams/{team['id']}", headers=bob)).json()["members"]
    assert [(m["username"], m["displayName"], m["email"], m["status"]) for m in members] == [
        ("owner", "owner", "owner@example.com", "member"), ("bob", "Bob B.", "bob@example.com", "member")]
    owner_id = (await client.get("/api/v1/user/profile", headers=owner)).json()["id"]
    # An admin of the team manages it, but makes no owners and cannot unmake one.
    assert (await client.put(f"/api/v1/teams/{team['id']}", headers=bob, json={"name": "Platform team"})
            ).json()["name"] == "Platform team"
    assert (await client.put(f"/api/v1/teams/{team['id']}/users/{bob_id}/role", headers=bob,
                             json={"role": "owner"})).status_code == 403
    assert (await client.delete(f"/api/v1/teams/{team['id']}", headers=bob)).status_code == 403
    # The last owner can neither be demoted nor leave.
    demote = await client.put(f"/api/v1/teams/{team['id']}/users/{owner_id}/role", headers=owner,
                              json={"role": "user"})
    assert demote.status_code == 409 and demote.json()["code"] == "last_owner"
    leave = await client.delete(f"/api/v1/teams/{team['id']}/users/leave", headers=owner)
    assert leave.status_code == 409
    promoted = await client.put(f"/api/v1/teams/{team['id']}/users/{bob_id}/role", headers=owner,
                                json={"role": "owner"})
    assert (promoted.json()["role"], promoted.json()["username"]) == ("owner", "bob")
    assert (await client.delete(f"/api/v1/teams/{team['id']}/users/leave", headers=owner)).status_code == 204
    assert (await client.get(f"/api/v1/teams/{team['id']}", headers=owner)).status_code == 200, "instance admin"
    members = (await client.get(f"/api/v1/teams/{team['id']}", headers=bob)).json()["members"]
    assert [(m["email"], m["username"], m["role"], m["status"]) for m in members] == [
        ("bob@example.com", "bob", "owner", "member")]
    assert (await client.delete(f"/api/v1/teams/{team['id']}", headers=bob)).status_code == 204


async def test_declining_and_removing(client):
    owner, bob = await _two_people(client)
    team = (await client.post("/api/v1/teams", headers=owner, json={"name": "Ops"})).json()
    await client.post(f"/api/v1/teams/{team['id']}/users", headers=owner, json={"email": "bob@example.com"})
    assert (await client.delete(f"/api/v1/users/me/invitations/{team['id']}", headers=bob)).status_code == 204
    assert (await client.get("/api/v1/users/me", headers=bob)).json()["invitations"] == []
    assert (await client.post(f"/api/v1/users/me/invitations/{team['id']}", headers=bob)).status_code == 404
    await client.post(f"/api/v1/teams/{team['id']}/users", headers=owner, json={"email": "bob@example.com"})
    await client.post(f"/api/v1/users/me/invitations/{team['id']}", headers=bob)
    bob_id = (await client.get("/api/v1/user/profile", headers=bob)).json()["id"]
    # A plain member reads the team but does not manage it.
    assert (await client.get(f"/api/v1/teams/{team['id']}", headers=bob)).status_code == 200
    assert (await client.post(f"/api/v1/teams/{team['id']}/users", headers=bob,
                              json={"email": "x@example.com"})).status_code == 403
    assert (await client.delete(f"/api/v1/teams/{team['id']}/users/{bob_id}", headers=owner)).status_code == 204
    assert (await client.get(f"/api/v1/teams/{team['id']}", headers=bob)).status_code == 404
    log = (await client.get("/api/v1/audit-log?filter=teams", headers=owner)).json()["items"]
    assert all(record["teamId"] == team["id"] for record in log if record["action"] != "teams.create")
    assert PASSWORD not in str(log)


async def test_a_pending_invitation_is_withdrawn_by_the_team_managers(client):
    owner, bob = await _two_people(client)
    team = (await client.post("/api/v1/teams", headers=owner, json={"name": "Ops"})).json()
    await client.post(f"/api/v1/teams/{team['id']}/users", headers=owner, json={"email": "bob@example.com"})
    await client.post(f"/api/v1/users/me/invitations/{team['id']}", headers=bob)
    pending = (await client.post(f"/api/v1/teams/{team['id']}/users", headers=owner,
                                 json={"email": "nobody@example.com"})).json()
    url = f"/api/v1/teams/{team['id']}/users/{pending['id']}/invitation"
    assert (await client.delete(url, headers=bob)).status_code == 403, "a plain member manages nothing"
    assert (await client.delete(url, headers=owner)).status_code == 204
    members = (await client.get(f"/api/v1/teams/{team['id']}", headers=owner)).json()["members"]
    assert [m["email"] for m in members] == ["owner@example.com", "bob@example.com"]
    assert (await client.delete(url, headers=owner)).status_code == 404
    # An accepted membership is not an invitation: it stays, and is removed as a member.
    bob_member = next(m for m in members if m["username"] == "bob")
    refused = await client.delete(f"/api/v1/teams/{team['id']}/users/{bob_member['id']}/invitation", headers=owner)
    assert refused.status_code == 404
    assert (await client.get(f"/api/v1/teams/{team['id']}", headers=bob)).status_code == 200


async def test_the_team_audit_log_is_for_its_managers(client):
    owner, bob = await _two_people(client)
    team = (await client.post("/api/v1/teams", headers=owner, json={"name": "Audit"})).json()
    await client.post(f"/api/v1/teams/{team['id']}/users", headers=owner, json={"email": "bob@example.com"})
    await client.post(f"/api/v1/users/me/invitations/{team['id']}", headers=bob)
    await client.put(f"/api/v1/teams/{team['id']}", headers=owner, json={"name": "Audited"})
    log = (await client.get(f"/api/v1/teams/{team['id']}/audit-log", headers=owner)).json()
    actions = [r["action"] for r in log["items"]]
    assert actions == ["teams.update", "users.me.invitations", "teams.users", "teams.create"]
    assert all(r["teamId"] == team["id"] for r in log["items"])
    assert (await client.get(f"/api/v1/teams/{team['id']}/audit-log", headers=bob)).status_code == 403


async def test_the_team_audit_log_lists_changes_inside_its_projects(client):
    owner, _ = await _two_people(client)
    team = (await client.post("/api/v1/teams", headers=owner, json={"name": "Shops"})).json()
    other = (await client.post("/api/v1/teams", headers=owner, json={"name": "Elsewhere"})).json()
    project = (await client.post("/api/v1/projects", headers=owner,
                                 json={"name": "shop", "teamId": team["id"]})).json()
    await client.post("/api/v1/projects", headers=owner, json={"name": "away", "teamId": other["id"]})
    staging = await client.post(f"/api/v1/projects/{project['id']}/environments", headers=owner,
                                json={"name": "staging"})
    assert staging.status_code == 201, staging.text
    log = (await client.get(f"/api/v1/teams/{team['id']}/audit-log", headers=owner)).json()
    named = [(r["action"], r["targetName"]) for r in log["items"]]
    assert named == [("projects.environments", "staging"), ("projects.create", "shop"),
                     ("teams.create", "Shops")]


async def test_accepting_an_invitation_to_a_team_one_is_in_adds_no_second_membership(client):
    owner = await owner_headers(client)
    team = (await client.post("/api/v1/teams", headers=owner, json={"name": "Ops"})).json()
    changed = await client.patch("/api/v1/user/profile", headers=owner,
                                 json={"email": "new@example.com", "currentPassword": PASSWORD})
    assert changed.status_code == 200, changed.text
    invited = await client.post(f"/api/v1/teams/{team['id']}/users", headers=owner,
                                json={"email": "new@example.com", "role": "user"})
    assert invited.status_code == 201, invited.text
    accepted = await client.post(f"/api/v1/users/me/invitations/{team['id']}", headers=owner)
    assert accepted.status_code < 300, accepted.text
    members = (await client.get(f"/api/v1/teams/{team['id']}", headers=owner)).json()["members"]
    assert len(members) == 1 and members[0]["role"] == "owner"
    assert (await client.delete(f"/api/v1/teams/{team['id']}/users/leave", headers=owner)).status_code == 409
