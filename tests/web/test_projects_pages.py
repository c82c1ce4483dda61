"""The projects pages: creating a project from the form, a refused name beside its field, an environment's
variables with a secret never shown, an invitation link accepted by a second account or used to make one, members
named by their accounts, what a viewer is shown (and refused), and deletion through its confirmation page."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import httpx
import pytest

from tests.factories import PASSWORD, login
from tests.web.pages import csrf_of, page, set_up_owner, sign_in, submit

pytestmark = pytest.mark.one_database

SECRET = "s3cret-Value-that-must-not-show"


@pytest.fixture
async def bob_browser(server) -> AsyncIterator[httpx.AsyncClient]:
    """A second browser, for the invited account."""
    async with httpx.AsyncClient(base_url=server.url, timeout=60) as browser:
        yield browser


async def _new_project(browser: httpx.AsyncClient, name: str = "shop", **fields: str) -> str:
    html = await page(browser, "/projects/new")
    team = re.search(r'<option value="([^"]+)" selected>', html)
    assert team, "the personal team is chosen by default"
    response = await submit(browser, "/projects/new", "/projects",
                            {"teamId": team.group(1), "name": name, "displayName": "", "description": "",
                             "color": "", **fields})
    location = response.headers["location"]
    assert location.startswith("/projects/")
    return location.removeprefix("/projects/")


async def _production(browser: httpx.AsyncClient, project_id: str) -> str:
    html = await page(browser, f"/projects/{project_id}")
    found = re.search(rf'href="/projects/{project_id}/environments/([0-9a-f-]{{36}})">Production<', html)
    assert found, "a new project has its production environment"
    return f"/projects/{project_id}/environments/{found.group(1)}"


async def _bob_joins(browser_client, bob_browser, client, project_id: str, role: str) -> str:
    """Bob, made by the owner through the API, accepts an invitation link in his own browser."""
    owner = await login(client, "owner")
    made = await client.post("/api/v1/users", headers=owner,
                             json={"username": "bob", "email": "bob@example.com", "password": PASSWORD})
    assert made.status_code == 201, made.text
    made = await submit(browser_client, f"/projects/{project_id}", f"/projects/{project_id}/invites",
                        {"email": "bob@example.com", "role": role}, status=201)
    assert made.headers["cache-control"] == "no-store"
    link = re.search(r'<code id="invite-link" class="secret">([^<]+)</code>', made.text)
    assert link and "/api/" not in link.group(1)
    path = httpx.URL(link.group(1)).path
    # Signed out, the link leads through the sign-in page and back.
    asked = await bob_browser.get(path)
    assert asked.status_code == 303 and asked.headers["location"].startswith("/signin?next=")
    await sign_in(bob_browser, "bob")
    offer = await page(bob_browser, path)
    assert "Invitation to shop" in offer and f"as {role}" in offer
    accepted = await submit(bob_browser, path, f"{path}/accept")
    assert accepted.headers["location"] == f"/projects/{project_id}"
    assert (await bob_browser.get(path)).status_code == 404  # used once
    return path


async def test_a_project_made_from_the_form_is_listed_and_has_its_production_environment(browser_client):
    await set_up_owner(browser_client)
    listed = await page(browser_client, "/projects")
    assert 'href="/projects/new"' in listed and "No projects yet." in listed
    project_id = await _new_project(browser_client, "shop", displayName="The Shop", description="Orders and stock")
    html = await page(browser_client, f"/projects/{project_id}")
    assert "Project The Shop created" in html  # the flash
    assert "<h1>The Shop</h1>" in html and "Orders and stock" in html and "your role: owner" in html
    await _production(browser_client, project_id)
    listed = await page(browser_client, "/projects")
    assert f'<a href="/projects/{project_id}">The Shop</a>' in listed
    assert f'href="/projects/{project_id}"' in await page(browser_client, "/")


async def test_a_refused_name_is_shown_beside_its_field(browser_client):
    await set_up_owner(browser_client)
    refused = await submit(browser_client, "/projects/new", "/projects",
                           {"name": "Not A Name", "displayName": "Kept as typed"}, status=422)
    assert 'id="e-name"' in refused.text and 'value="Kept as typed"' in refused.text
    await _new_project(browser_client, "shop")
    taken = await submit(browser_client, "/projects/new", "/projects", {"name": "shop"}, status=409)
    assert re.search(r'id="e-name" class="field-error">The team already has a project named', taken.text)


async def test_variables_are_added_changed_and_removed_and_a_secret_never_shows(browser_client, client):
    await set_up_owner(browser_client)
    project_id = await _new_project(browser_client)
    environment = await _production(browser_client, project_id)
    variables = f"{environment}/variables"
    await submit(browser_client, environment, variables,
                 {"rows": "3", "key-0": "GREETING", "value-0": "hello", "key-1": "API_TOKEN", "value-1": SECRET,
                  "secret-1": "on", "key-2": "", "value-2": ""})
    html = await page(browser_client, environment)
    assert 'value="hello"' in html and "API_TOKEN" in html and SECRET not in html
    assert 'name="value-0" type="password"' in html and "kept if left blank" in html
    # Saved again with the secret left blank: it keeps its value; GREETING changes, a new one is refused.
    form = {"rows": "4", "key-0": "API_TOKEN", "value-0": "", "secret-0": "on", "stored-0": "1",
            "key-1": "GREETING", "value-1": "hi", "key-2": "NEW_SECRET", "value-2": "", "secret-2": "on",
            "key-3": "", "value-3": ""}
    refused = await submit(browser_client, environment, variables, form, status=422)
    assert re.search(r'class="field-error">Variable NEW_SECRET needs a value', refused.text)
    assert SECRET not in refused.text
    form.update({"key-2": "", "remove-1": "on"})
    await submit(browser_client, environment, variables, form)
    owner = await login(client, "owner")
    stored = (await client.get(f"/api/v1{variables}", headers=owner)).json()["variables"]
    assert stored == [{"key": "API_TOKEN", "value": None, "secret": True}]
    assert SECRET not in await page(browser_client, environment)


async def test_an_invitation_link_is_accepted_by_a_second_account_that_then_sees_the_project(
        browser_client, bob_browser, client):
    await set_up_owner(browser_client)
    project_id = await _new_project(browser_client)
    await _bob_joins(browser_client, bob_browser, client, project_id, "member")
    html = await page(bob_browser, f"/projects/{project_id}")
    assert "You joined shop as member." in html and "your role: member" in html
    assert f'<a href="/projects/{project_id}">shop</a>' in await page(bob_browser, "/projects")
    members = await page(browser_client, f"/projects/{project_id}")
    assert "Role of bob" in members  # the owner may change it
    row = members.split('id="h-members"')[1].split("<td>bob<br>")[1].split("</tr>")[0]
    assert "bob@<wbr>example.com" in row, "named by his account, with his email, as the API gives them"
    assert "No invitations waiting." in members


async def test_an_invitee_without_an_account_makes_one_from_the_invitation_and_lands_on_the_project(
        browser_client, bob_browser, client):
    await set_up_owner(browser_client)  # registration stays closed
    project_id = await _new_project(browser_client)
    made = await submit(browser_client, f"/projects/{project_id}", f"/projects/{project_id}/invites",
                        {"email": "dana@example.com", "role": "member"}, status=201)
    path = httpx.URL(re.search(r'<code id="invite-link" class="secret">([^<]+)</code>', made.text).group(1)).path
    asked = await bob_browser.get(path)
    signin = await page(bob_browser, asked.headers["location"])
    assert f'<a href="{path}/signup">Create one with this invitation</a>' in signin
    assert "Create one with this invitation" not in await page(bob_browser, "/signin")
    form = await page(bob_browser, f"{path}/signup")
    assert "Create an account to join shop" in form and "as member" in form
    # Refused beside the field it names: another address than the invitation's, a username taken.
    wrong = await submit(bob_browser, f"{path}/signup", f"{path}/signup",
                         {"username": "dana", "email": "eve@example.com", "password": PASSWORD}, status=403)
    assert "another email address" in wrong.text.split('id="e-email"')[1].split("</small>")[0]
    assert 'value="dana"' in wrong.text and PASSWORD not in wrong.text
    taken = await submit(bob_browser, f"{path}/signup", f"{path}/signup",
                         {"username": "owner", "email": "dana@example.com", "password": PASSWORD}, status=409)
    assert "already exists" in taken.text.split('id="e-username"')[1].split("</small>")[0]
    joined = await submit(bob_browser, f"{path}/signup", f"{path}/signup",
                          {"username": "dana", "email": "dana@example.com", "password": PASSWORD})
    assert joined.headers["location"] == f"/projects/{project_id}"
    html = await page(bob_browser, joined.headers["location"])
    assert "Welcome: you joined shop as member." in html and "your role: member" in html
    again = await bob_browser.get(f"{path}/signup")
    assert again.status_code == 303 and again.headers["location"] == path  # signed in now: no second account
    assert (await bob_browser.get(path)).status_code == 404  # and the invitation is spent
    dana = await login(client, "dana")
    assert (await client.get(f"/api/v1/projects/{project_id}", headers=dana)).json()["role"] == "member"


async def test_a_viewer_sees_no_edit_forms_and_a_forged_post_is_refused(browser_client, bob_browser, client):
    await set_up_owner(browser_client)
    project_id = await _new_project(browser_client)
    environment = await _production(browser_client, project_id)
    await _bob_joins(browser_client, bob_browser, client, project_id, "viewer")
    html = await page(bob_browser, f"/projects/{project_id}")
    assert "your role: viewer" in html
    assert f"/projects/{project_id}/edit" not in html and "/invites" not in html and "Change role" not in html
    env_html = await page(bob_browser, environment)
    assert 'name="key-0"' not in env_html and "/set-default" not in env_html
    assert '<form method="post"' not in (await page(bob_browser, f"/projects/{project_id}/edit")).split("</header>")[1]
    token = csrf_of(env_html)
    forged = await bob_browser.post(f"/projects/{project_id}/edit", data={"csrf_token": token, "name": "mine"})
    assert forged.status_code == 403 and "Not allowed" in forged.text
    forged = await bob_browser.post(f"{environment}/variables",
                                    data={"csrf_token": token, "rows": "1", "key-0": "X", "value-0": "1"})
    assert forged.status_code == 403
    owner = await login(client, "owner")
    assert (await client.get(f"/api/v1/projects/{project_id}", headers=owner)).json()["name"] == "shop"


async def test_a_project_is_deleted_through_its_confirmation_page(browser_client, client):
    await set_up_owner(browser_client)
    project_id = await _new_project(browser_client)
    html = await page(browser_client, f"/projects/{project_id}")
    assert f'href="/projects/{project_id}/delete"' in html
    confirm = await page(browser_client, f"/projects/{project_id}/delete")
    assert "Delete the project shop?" in confirm and "production" in confirm
    deleted = await submit(browser_client, f"/projects/{project_id}/delete", f"/projects/{project_id}/delete")
    assert deleted.headers["location"] == "/projects"
    assert "Project deleted" in await page(browser_client, "/projects")
    owner = await login(client, "owner")
    assert (await client.get(f"/api/v1/projects/{project_id}", headers=owner)).status_code == 404
    assert (await browser_client.get(f"/projects/{project_id}")).status_code == 404
