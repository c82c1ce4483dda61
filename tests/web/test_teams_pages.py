"""The teams pages: creating a team, inviting by email, the invitee accepting on /teams, members named by their
accounts, roles, withdrawing an invitation, what a plain member is shown (and refused), field errors and deletion
through its confirmation page."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from tests.factories import PASSWORD, login
from tests.web.pages import page, set_up_owner, sign_in, submit

pytestmark = pytest.mark.one_database


@pytest.fixture
async def bob_browser(server) -> AsyncIterator[httpx.AsyncClient]:
    """A second browser, for the invited account."""
    async with httpx.AsyncClient(base_url=server.url, timeout=60) as browser:
        yield browser


async def _owner_and_bob(browser_client, client) -> dict[str, str]:
    """The owner signed in on `browser_client`, and an account bob made by the owner through the API."""
    await set_up_owner(browser_client)
    owner = await login(client, "owner")
    made = await client.post("/api/v1/users", headers=owner,
                             json={"username": "bob", "email": "bob@example.com", "password": PASSWORD})
    assert made.status_code == 201, made.text
    return owner


async def _new_team(browser, name: str) -> str:
    response = await submit(browser, "/teams/new", "/teams", {"name": name, "slug": ""})
    location = response.headers["location"]
    assert location.startswith("/teams/")
    return location.removeprefix("/teams/")


async def _bob_joins(browser_client, bob_browser, team_id: str, role: str = "user") -> None:
    await submit(browser_client, f"/teams/{team_id}", f"/teams/{team_id}/invite",
                 {"email": "bob@example.com", "role": role})
    await sign_in(bob_browser, "bob")
    accepted = await submit(bob_browser, "/teams", f"/invitations/{team_id}/accept")
    assert accepted.headers["location"] == f"/teams/{team_id}"


async def _members(client, owner, team_id: str) -> dict[str, tuple[str, str]]:
    team = (await client.get(f"/api/v1/teams/{team_id}", headers=owner)).json()
    return {m["email"]: (m["role"], m["status"]) for m in team["members"]}


async def test_a_team_made_from_the_form_is_listed_with_my_role(browser_client):
    await set_up_owner(browser_client)
    html = await page(browser_client, "/teams")
    assert 'href="/teams/new"' in html and "Invitations waiting for you" not in html
    team_id = await _new_team(browser_client, "Platform")
    html = await page(browser_client, f"/teams/{team_id}")
    assert "Team Platform created" in html  # the flash
    assert "owner@<wbr>example.com" in html and "accepted" in html
    listed = await page(browser_client, "/teams")
    row = listed.split(f'href="/teams/{team_id}"')[1].split("</tr>")[0]
    assert "Platform" in row and "Owner" in row
    # Renamed from its own form; a slug another team has is refused beside the slug field.
    await _new_team(browser_client, "Other")  # its slug: "other"
    taken = await submit(browser_client, f"/teams/{team_id}/edit", f"/teams/{team_id}/edit",
                         {"name": "Platform team", "slug": "other"}, status=409)
    assert "is taken" in taken.text.split('id="e-slug"')[1].split("</small>")[0]
    assert 'value="Platform team"' in taken.text
    await submit(browser_client, f"/teams/{team_id}/edit", f"/teams/{team_id}/edit",
                 {"name": "Platform team", "slug": "platform-team"})
    assert "<code>platform-team</code>" in await page(browser_client, f"/teams/{team_id}")


async def test_the_invited_account_accepts_on_its_teams_page_and_shows_as_a_member(browser_client, bob_browser,
                                                                                   client):
    owner = await _owner_and_bob(browser_client, client)
    team_id = await _new_team(browser_client, "Platform")
    invited = await submit(browser_client, f"/teams/{team_id}", f"/teams/{team_id}/invite",
                           {"email": "bob@example.com", "role": "admin"})
    html = await page(browser_client, invited.headers["location"])
    assert "Invited bob@example.com as admin" in html and "pending" in html
    await sign_in(bob_browser, "bob")
    waiting = await page(bob_browser, "/teams")
    section = waiting.split('id="h-invitations"')[1].split("</section>")[0]
    assert "Platform" in section and "Admin" in section and f"/invitations/{team_id}/accept" in section
    assert "Platform" in await page(bob_browser, "/invitations")
    accepted = await submit(bob_browser, "/teams", f"/invitations/{team_id}/accept")
    assert accepted.headers["location"] == f"/teams/{team_id}"
    assert "Welcome to Platform" in await page(bob_browser, f"/teams/{team_id}")
    assert "Invitations waiting for you" not in await page(bob_browser, "/teams")
    assert (await _members(client, owner, team_id))["bob@example.com"] == ("admin", "member")
    seen = await page(browser_client, f"/teams/{team_id}")
    row = seen.split("<td>bob<br>")[1].split("</tr>")[0]  # named by his account, with his email
    assert "bob@<wbr>example.com" in row and "accepted" in row and "pending" not in row


async def test_a_declined_invitation_is_gone(browser_client, bob_browser, client):
    owner = await _owner_and_bob(browser_client, client)
    team_id = await _new_team(browser_client, "Ops")
    await submit(browser_client, f"/teams/{team_id}", f"/teams/{team_id}/invite", {"email": "bob@example.com"})
    await sign_in(bob_browser, "bob")
    declined = await submit(bob_browser, "/invitations", f"/invitations/{team_id}/decline",
                            {"back": "/invitations"})
    assert declined.headers["location"] == "/invitations"
    assert "No invitations are waiting for you" in await page(bob_browser, "/invitations")
    assert "bob@example.com" not in await _members(client, owner, team_id)
    # Not a member: the team's page does not exist for bob.
    await page(bob_browser, f"/teams/{team_id}", status=404)


async def test_an_owner_changes_a_role_from_the_members_table(browser_client, bob_browser, client):
    owner = await _owner_and_bob(browser_client, client)
    team_id = await _new_team(browser_client, "Platform")
    await _bob_joins(browser_client, bob_browser, team_id)
    bob_id = (await client.get("/api/v1/user/profile", headers=await login(client, "bob"))).json()["id"]
    changed = await submit(browser_client, f"/teams/{team_id}", f"/teams/{team_id}/members/{bob_id}/role",
                           {"role": "admin"})
    html = await page(browser_client, changed.headers["location"])
    assert "bob is now admin" in html
    form = html.split(f"/members/{bob_id}/role")[1].split("</form>")[0]
    assert '<option value="admin" selected>' in form
    assert (await _members(client, owner, team_id))["bob@example.com"] == ("admin", "member")
    # The last owner is offered no role change; a posted one is refused by the API, and the page says why.
    owner_id = (await client.get("/api/v1/user/profile", headers=owner)).json()["id"]
    assert f"/members/{owner_id}/role" not in html
    refused = await submit(browser_client, f"/teams/{team_id}", f"/teams/{team_id}/members/{owner_id}/role",
                           {"role": "user"})
    assert "last owner" in await page(browser_client, refused.headers["location"])
    assert (await _members(client, owner, team_id))["owner@example.com"] == ("owner", "member")


async def test_a_plain_member_is_shown_no_forms_and_a_forged_one_is_refused(browser_client, bob_browser, client):
    owner = await _owner_and_bob(browser_client, client)
    team_id = await _new_team(browser_client, "Platform")
    await _bob_joins(browser_client, bob_browser, team_id)
    html = await page(bob_browser, f"/teams/{team_id}")
    assert "owner@<wbr>example.com" in html and "bob@<wbr>example.com" in html
    for control in (f"/teams/{team_id}/invite", "/role", "/remove", "/withdraw", f"/teams/{team_id}/edit",
                    f"/teams/{team_id}/delete"):
        assert control not in html
    assert f"/teams/{team_id}/leave" in html  # a member may leave
    forged = await submit(bob_browser, f"/teams/{team_id}", f"/teams/{team_id}/invite",
                          {"email": "mallory@example.com", "role": "admin"}, status=403)
    assert "This needs a team owner or admin" in forged.text
    owner_id = (await client.get("/api/v1/user/profile", headers=owner)).json()["id"]
    await submit(bob_browser, f"/teams/{team_id}", f"/teams/{team_id}/members/{owner_id}/remove")
    assert await _members(client, owner, team_id) == {"owner@example.com": ("owner", "member"),
                                                      "bob@example.com": ("user", "member")}
    left = await submit(bob_browser, f"/teams/{team_id}", f"/teams/{team_id}/leave")
    assert left.headers["location"] == "/teams"
    assert "bob@example.com" not in await _members(client, owner, team_id)


async def test_a_manager_withdraws_a_pending_invitation_and_a_member_may_not(browser_client, bob_browser, client):
    owner = await _owner_and_bob(browser_client, client)
    team_id = await _new_team(browser_client, "Platform")
    await _bob_joins(browser_client, bob_browser, team_id)
    await submit(browser_client, f"/teams/{team_id}", f"/teams/{team_id}/invite", {"email": "carol@example.com"})
    pending = next(m for m in (await client.get(f"/api/v1/teams/{team_id}", headers=owner)).json()["members"]
                   if m["email"] == "carol@example.com")
    withdraw = f"/teams/{team_id}/members/{pending['id']}/withdraw"
    html = await page(browser_client, f"/teams/{team_id}")
    row = html.split("<td>carol@<wbr>example.com</td>")[1].split("</tr>")[0]  # no account yet: named by the address
    assert "pending invitation" in row and withdraw in row
    assert withdraw not in await page(bob_browser, f"/teams/{team_id}")
    refused = await submit(bob_browser, f"/teams/{team_id}", withdraw)
    assert "This needs a team owner or admin" in await page(bob_browser, refused.headers["location"])
    assert "carol@example.com" in await _members(client, owner, team_id)
    done = await submit(browser_client, f"/teams/{team_id}", withdraw)
    html = await page(browser_client, done.headers["location"])
    assert "Invitation withdrawn." in html and "carol@" not in html
    assert list(await _members(client, owner, team_id)) == ["owner@example.com", "bob@example.com"]


async def test_an_invitation_with_a_bad_address_shows_the_error_beside_the_field(browser_client, client):
    owner = await _owner_and_bob(browser_client, client)
    team_id = await _new_team(browser_client, "Platform")
    bad = await submit(browser_client, f"/teams/{team_id}", f"/teams/{team_id}/invite",
                       {"email": "not an address", "role": "admin"}, status=422)
    assert 'id="e-email"' in bad.text and 'value="not an address"' in bad.text
    assert '<option value="admin" selected>' in bad.text
    await submit(browser_client, f"/teams/{team_id}", f"/teams/{team_id}/invite", {"email": "bob@example.com"})
    again = await submit(browser_client, f"/teams/{team_id}", f"/teams/{team_id}/invite",
                         {"email": "BOB@example.com", "role": "user"}, status=409)
    field = again.text.split('id="e-email"')[1].split("</small>")[0]
    assert "already invited" in field
    assert list(await _members(client, owner, team_id)) == ["owner@example.com", "bob@example.com"]


async def test_a_team_is_deleted_through_its_confirmation_page(browser_client, client):
    await set_up_owner(browser_client)
    owner = await login(client, "owner")
    team_id = await _new_team(browser_client, "Doomed")
    html = await page(browser_client, f"/teams/{team_id}")
    assert f'href="/teams/{team_id}/delete"' in html
    confirm = await page(browser_client, f"/teams/{team_id}/delete")
    assert "Delete the team Doomed?" in confirm and "0 projects" in confirm
    deleted = await submit(browser_client, f"/teams/{team_id}/delete", f"/teams/{team_id}/delete")
    assert deleted.headers["location"] == "/teams"
    assert "Team deleted." in await page(browser_client, "/teams")
    assert (await client.get(f"/api/v1/teams/{team_id}", headers=owner)).status_code == 404
    # A personal team offers no deletion.
    personal = next(t for t in (await client.get("/api/v1/teams", headers=owner)).json() if t["personal"])
    assert f"/teams/{personal['id']}/delete" not in await page(browser_client, f"/teams/{personal['id']}")
