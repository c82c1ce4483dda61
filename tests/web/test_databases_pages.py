"""The databases pages on a simulated node (memory backend: the guest exists only in the simulator, so a create
never reaches a server and its run is stopped): the create form's choices (the node's versions by type) and a
refused form, a database made from the form with its own tasks, credentials fetched only on request, an action
and a deletion from the pages, and what a viewer is shown (and refused)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from service.domains.databases.models import Database
from tests.factories import PASSWORD, login, online_node, wait_task
from tests.web.pages import csrf_of, page, set_up_owner, sign_in, submit

pytestmark = [pytest.mark.one_database, pytest.mark.ansible]


@pytest.fixture
async def bob_browser(server) -> AsyncIterator[httpx.AsyncClient]:
    """A second browser, for the viewer."""
    async with httpx.AsyncClient(base_url=server.url, timeout=60) as browser:
        yield browser


async def _owner_and_project(browser_client, client, pve_sim=None) -> tuple[dict[str, str], dict[str, Any]]:
    """The owner signed in on `browser_client`, a project (on the simulator's node, online, when given)."""
    await set_up_owner(browser_client)
    owner = await login(client, "owner")
    body: dict[str, Any] = {"name": "shop"}
    if pve_sim is not None:
        body["defaultNodeId"] = (await online_node(client, owner, pve_sim))["id"]
    project = await client.post("/api/v1/projects", headers=owner, json=body)
    assert project.status_code == 201, project.text
    return owner, project.json()


async def _created(browser_client, client, owner, project, name: str = "orders") -> dict[str, Any]:
    """A redis database made from the form, its create run stopped (the simulated guest never answers)."""
    response = await submit(browser_client, "/databases/new", "/databases", {
        "name": name, "placement": project["id"], "nodeId": "", "type": "redis", "version": "",
        "cores": "1", "memoryMb": "256", "diskGb": "8", "backupsEnabled": "on"})
    task_id = int(response.headers["location"].removeprefix("/tasks/"))
    listing = (await client.get("/api/v1/databases", headers=owner)).json()["items"]
    database = next(d for d in listing if d["name"] == name)
    assert database["taskId"] == task_id
    return database


async def _stop_run(client, owner, task_id: int) -> None:
    await client.post(f"/api/v1/tasks/{task_id}/stop", headers=owner)
    await wait_task(client, owner, task_id)


async def test_the_create_form_offers_the_api_choices_and_a_refused_one_keeps_what_was_typed(browser_client, client):
    owner, project = await _owner_and_project(browser_client, client)
    html = await page(browser_client, "/databases/new")
    for kind in ("postgresql", "mysql", "redis"):
        assert f'<option value="{kind}"' in html
    assert "mongodb" not in html
    assert 'name="memoryMb"' in html and 'value="512"' in html and 'max="262144"' in html  # the API's default, limit
    assert f'<option value="{project["id"]}/' in html  # the project's environment
    response = await submit(browser_client, "/databases/new", "/databases", {
        "name": "Bad Name!", "placement": project["id"], "nodeId": "", "type": "postgresql", "version": "15",
        "cores": "2", "memoryMb": "1024", "diskGb": "8"}, status=422)
    assert 'id="e-name"' in response.text  # beside the field
    assert 'value="Bad Name!"' in response.text and 'value="1024"' in response.text
    assert (await client.get("/api/v1/databases", headers=owner)).json()["total"] == 0


async def test_a_database_made_from_the_form_shows_its_task_and_reveals_credentials_only_when_asked(
        browser_client, client, pve_sim):
    owner, project = await _owner_and_project(browser_client, client, pve_sim)
    # Without JavaScript the version select lists every type's versions the project's node offers, by type.
    form = await page(browser_client, "/databases/new")
    assert '<optgroup label="PostgreSQL">' in form and '<option value="15">PostgreSQL 15</option>' in form
    assert '<optgroup label="Redis">' in form and '<option value="7.0">Redis 7.0</option>' in form
    # A version of another type is the API's to refuse: beside the field, the choice kept.
    refused = await submit(browser_client, "/databases/new", "/databases", {
        "name": "orders", "placement": project["id"], "nodeId": "", "type": "redis", "version": "15",
        "cores": "1", "memoryMb": "256", "diskGb": "8"}, status=422)
    assert 'id="e-version"' in refused.text and "it has 7.0" in refused.text
    assert '<option value="15" selected>PostgreSQL 15</option>' in refused.text
    # With JavaScript the field comes again for the type chosen: that type's versions only.
    node_id = project["defaultNodeId"]
    narrowed = await page(browser_client, f"/databases/new/versions?type=redis&nodeId={node_id}&version=7.0")
    assert '<option value="7.0" selected>Redis 7.0</option>' in narrowed and "PostgreSQL" not in narrowed
    assert "<html" not in narrowed and 'id="version-field"' in narrowed
    switched = await page(browser_client, f"/databases/new/versions?type=postgresql&nodeId={node_id}&version=7.0")
    assert '<option value="15">PostgreSQL 15</option>' in switched and "7.0" not in switched  # redis's goes

    database = await _created(browser_client, client, owner, project)
    task_page = await page(browser_client, f"/tasks/{database['taskId']}")
    assert f"Creating database orders: task #{database['taskId']}." in task_page
    other = await _created(browser_client, client, owner, project, name="invoices")
    html = await page(browser_client, f"/databases/{database['id']}")
    assert f'href="/tasks/{database["taskId"]}"' in html and "provisioning" in html
    assert f'href="/tasks/{other["taskId"]}"' not in html  # its recent tasks are its own
    await _stop_run(client, owner, other["taskId"])
    listed = await page(browser_client, "/databases")
    assert f'href="/databases/{database["id"]}"' in listed and "shop" in listed

    await _stop_run(client, owner, database["taskId"])
    html = await page(browser_client, f"/databases/{database['id']}")
    assert "failed" in html and "Run the create again" in html  # whichever state the run left
    password = (await client.get(f"/api/v1/databases/{database['id']}/credentials", headers=owner)).json()["password"]
    assert password not in html and database["host"] in html
    assert f'hx-get="/databases/{database["id"]}/credentials"' in html
    fragment = await browser_client.get(f"/databases/{database['id']}/credentials", headers={"HX-Request": "true"})
    assert fragment.status_code == 200 and password in fragment.text and "<html" not in fragment.text
    assert fragment.headers["cache-control"] == "no-store"
    logs = await page(browser_client, f"/databases/{database['id']}/logs")
    assert "data-logstream" not in logs and "orders is failed" in logs


async def test_stop_from_the_page_starts_a_task_and_delete_asks_for_the_name(browser_client, client, pve_sim):
    owner, project = await _owner_and_project(browser_client, client, pve_sim)
    database = await _created(browser_client, client, owner, project)
    detail = f"/databases/{database['id']}"
    await _stop_run(client, owner, database["taskId"])
    refused = await submit(browser_client, detail, f"{detail}/stop")
    assert "Refused:" in await page(browser_client, refused.headers["location"])  # a failed database
    await Database.filter(id=database["id"]).update(status="running")  # as a create that reached its server

    stopped = await submit(browser_client, detail, f"{detail}/stop")
    assert stopped.headers["location"] == detail
    task_id = (await client.get(f"/api/v1/databases/{database['id']}", headers=owner)).json()["taskId"]
    assert task_id != database["taskId"]
    html = await page(browser_client, detail)
    assert f"Stopping the database: task #{task_id}." in html
    assert "databasePower" in await page(browser_client, f"/tasks/{task_id}")
    done = await wait_task(client, owner, task_id)  # the simulated guest may not take it: either state shows
    assert f'badge-{"ok" if done["success"] else "bad"}">{done["state"]}<' in await page(browser_client, detail)

    wrong = await submit(browser_client, f"{detail}/delete", f"{detail}/delete", {"confirm": "order"}, status=422)
    assert 'id="e-confirm"' in wrong.text
    assert (await client.get(f"/api/v1/databases/{database['id']}", headers=owner)).status_code == 200
    deleted = await submit(browser_client, f"{detail}/delete", f"{detail}/delete", {"confirm": "orders"})
    assert deleted.headers["location"] == "/databases"
    flash = await page(browser_client, "/databases")
    assert "Deleting orders: task #" in flash
    delete_task = int(flash.split("Deleting orders: task #", 1)[1].split(".", 1)[0])
    assert (await wait_task(client, owner, delete_task))["success"]
    assert (await client.get(f"/api/v1/databases/{database['id']}", headers=owner)).status_code == 404


async def test_a_viewer_sees_no_action_forms_and_a_forged_one_is_refused(browser_client, bob_browser, client,
                                                                         pve_sim):
    owner, project = await _owner_and_project(browser_client, client, pve_sim)
    database = await _created(browser_client, client, owner, project)
    await _stop_run(client, owner, database["taskId"])
    bob = await client.post("/api/v1/users", headers=owner,
                            json={"username": "bob", "email": "bob@example.com", "password": PASSWORD})
    assert bob.status_code == 201, bob.text
    member = await client.post(f"/api/v1/projects/{project['id']}/members", headers=owner,
                               json={"userId": bob.json()["id"], "role": "viewer"})
    assert member.status_code == 201, member.text

    await sign_in(bob_browser, "bob")
    detail = f"/databases/{database['id']}"
    html = await page(bob_browser, detail)
    assert "orders" in html and database["host"] in html
    for control in ("/retry", "/stop", "/credentials", "/delete", "/resize", "/settings", "/backup"):
        assert f'{detail}{control}"' not in html, control
    refused = await bob_browser.post(f"{detail}/retry", data={"csrf_token": csrf_of(html)})
    assert "Refused:" in await page(bob_browser, refused.headers["location"])
    forged = await bob_browser.post(f"{detail}/delete", data={"csrf_token": csrf_of(html), "confirm": "orders"})
    assert forged.status_code == 403
    after = (await client.get(f"/api/v1/databases/{database['id']}", headers=owner)).json()
    assert after["status"] == "failed" and after["taskId"] == database["taskId"]


async def test_a_resize_the_api_refuses_shows_beside_its_field_and_a_rename_is_saved(browser_client, client,
                                                                                    pve_sim):
    owner, project = await _owner_and_project(browser_client, client, pve_sim)
    database = await _created(browser_client, client, owner, project)
    await _stop_run(client, owner, database["taskId"])
    await Database.filter(id=database["id"]).update(status="running")
    detail = f"/databases/{database['id']}"
    shrink = await submit(browser_client, detail, f"{detail}/resize", {"cores": "2", "memoryMb": "256", "diskGb": "4"},
                          status=422)
    assert 'id="e-diskGb"' in shrink.text and "A disk never shrinks" in shrink.text
    assert 'name="cores" type="number" value="2"' in shrink.text  # what was asked stays in the form
    assert (await client.get(f"/api/v1/databases/{database['id']}", headers=owner)).json()["resources"]["cores"] == 1

    saved = await submit(browser_client, detail, f"{detail}/settings", {"name": "invoices", "backupsEnabled": ""})
    assert saved.headers["location"] == detail
    html = await page(browser_client, detail)
    assert "Saved invoices." in html and "<h1>invoices" in html
    after = (await client.get(f"/api/v1/databases/{database['id']}", headers=owner)).json()
    assert after["name"] == "invoices" and after["backupsEnabled"] is False
