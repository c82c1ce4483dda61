"""The apps and app store pages on a simulated node (memory backend: an app's guest exists only in the simulator,
so an install never reaches the app and its run is stopped): the catalogue searched and filtered, an app's
manifest facts and install form (refusals beside their field, the addon alternatives, the access restriction),
an install from the form whose admin password is shown on its answer only, an app's page with its actions,
configure form and uninstall through a confirmation page, what a viewer is shown (and refused), and an install
in Chromium."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from service.domains.apps.models import App
from tests.factories import PASSWORD, login, online_node, wait_task
from tests.web.browser import new_page, script_errors
from tests.web.browser import sign_in as browser_sign_in
from tests.web.pages import csrf_of, page, set_up_owner, sign_in, submit

pytestmark = [pytest.mark.one_database, pytest.mark.ansible]

DOMAIN = "shop.test"
WIKI = "/appstore/org.dokuwiki"


@pytest.fixture
async def bob_browser(server) -> AsyncIterator[httpx.AsyncClient]:
    """A second browser, for the viewer."""
    async with httpx.AsyncClient(base_url=server.url, timeout=60) as browser:
        yield browser


async def _world(browser_client, client, pve_sim) -> tuple[dict[str, str], dict[str, Any]]:
    """The owner signed in on `browser_client`, a project on the simulator's node (online) and a domain."""
    await set_up_owner(browser_client)
    owner = await login(client, "owner")
    node = await online_node(client, owner, pve_sim)
    project = await client.post("/api/v1/projects", headers=owner, json={"name": "shop", "defaultNodeId": node["id"]})
    assert project.status_code == 201, project.text
    domain = await client.post("/api/v1/domains", headers=owner, json={"domain": DOMAIN, "provider": "noop"})
    assert domain.status_code == 201, domain.text
    return owner, project.json()


def _form(project_id: str = "", **change: str) -> dict[str, str]:
    return {"location": "wiki", "domain": DOMAIN, "projectId": project_id, "memoryMb": "512", "access": "public",
            "setting.siteTitle": "Team notes", "label": "", "tags": "docs", **change}


async def _stopped(client, owner, task_id: int) -> dict[str, Any]:
    """The run stopped (the simulated guest never answers) and waited for."""
    await client.post(f"/api/v1/tasks/{task_id}/stop", headers=owner)
    return await wait_task(client, owner, task_id)


async def _installed(browser_client, client, owner, project_id: str, **change: str
                     ) -> tuple[dict[str, Any], httpx.Response]:
    answer = await submit(browser_client, WIKI, f"{WIKI}/install", _form(project_id, **change), status=202)
    app = (await client.get("/api/v1/apps", headers=owner)).json()["items"][0]
    await _stopped(client, owner, app["taskId"])
    return (await client.get(f"/api/v1/apps/{app['id']}", headers=owner)).json(), answer


async def test_the_store_lists_searches_and_filters_the_catalogue(browser_client, client):
    await set_up_owner(browser_client)
    html = await page(browser_client, "/appstore")
    for title in ("DokuWiki", "WordPress", "MediaWiki", "Roundcube", "Adminer"):
        assert f">{title}</a>" in html, title
    assert 'href="/appstore/org.dokuwiki"' in html and 'src="/appstore/org.dokuwiki/icon"' in html
    assert '<option value="wiki">wiki</option>' in html
    wikis = await page(browser_client, "/appstore?tag=wiki")
    assert ">DokuWiki</a>" in wikis and ">MediaWiki</a>" in wikis and ">WordPress</a>" not in wikis
    searched = await page(browser_client, "/appstore?search=plain+text")
    assert ">DokuWiki</a>" in searched and ">MediaWiki</a>" not in searched
    assert "No app matches." in await page(browser_client, "/appstore?search=nothing-like-it")
    icon = await browser_client.get("/appstore/org.dokuwiki/icon")
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/")
    assert icon.headers["etag"] and icon.headers["x-content-type-options"] == "nosniff"
    assert (await browser_client.get("/appstore/org.nothing/icon")).status_code == 404
    assert (await browser_client.get("/appstore/org.nothing")).status_code == 404


async def test_an_apps_store_page_has_its_facts_versions_and_install_form(browser_client, client, pve_sim):
    owner, project = await _world(browser_client, client, pve_sim)
    wiki = await page(browser_client, WIKI)
    assert "2022-07-31a" in wiki and "https://www.dokuwiki.org" in wiki and "1.0.0" in wiki
    assert "First packaging" in wiki and f'action="{WIKI}/install"' in wiki
    assert f'<option value="{DOMAIN}" selected>' in wiki and f'<option value="{project["id"]}">' in wiki
    assert 'name="setting.siteTitle"' in wiki and 'value="My wiki"' in wiki and 'name="users"' in wiki
    assert 'name="addon.' not in wiki  # DokuWiki's only addon has no alternative
    media = await page(browser_client, "/appstore/org.mediawiki")
    assert 'name="addon.mysql"' in media and '<option value="postgresql">' in media


async def test_refused_installs_name_their_field_and_record_nothing(browser_client, client, pve_sim):
    owner, project = await _world(browser_client, client, pve_sim)
    taken = await App.exists()
    assert not taken
    bad_domain = await submit(browser_client, WIKI, f"{WIKI}/install", _form(domain="other.test"), status=422)
    assert 'id="e-domain"' in bad_domain.text and 'value="Team notes"' in bad_domain.text
    bad_location = await submit(browser_client, WIKI, f"{WIKI}/install", _form(location="not_a name"), status=422)
    assert 'id="e-location"' in bad_location.text
    too_small = await submit(browser_client, WIKI, f"{WIKI}/install", _form(memoryMb="64"), status=422)
    assert 'id="e-memoryMb"' in too_small.text and "256 MiB" in too_small.text
    nobody = await submit(browser_client, WIKI, f"{WIKI}/install", _form(access="restricted"), status=422)
    assert 'id="e-access"' in nobody.text
    assert (await client.get("/api/v1/apps", headers=owner)).json()["total"] == 0


async def test_an_install_shows_its_password_once_and_the_apps_page_acts(browser_client, client, pve_sim):
    owner, project = await _world(browser_client, client, pve_sim)
    app, answer = await _installed(browser_client, client, owner, project["id"])
    assert answer.headers["cache-control"] == "no-store"
    password = answer.text.split('id="admin-password">', 1)[1].split("<", 1)[0]
    assert len(password) >= 20 and f'href="/tasks/{app["taskId"]}"' in answer.text
    assert f'href="/apps/{app["id"]}"' in answer.text and "wiki.shop.test" in answer.text
    assert app["settings"] == {"siteTitle": "Team notes"} and app["tags"] == ["docs"]

    base = f"/apps/{app['id']}"
    listed = await page(browser_client, "/apps")
    assert f'href="{base}"' in listed and 'href="https://wiki.shop.test"' in listed and password not in listed
    detail = await page(browser_client, base)
    assert password not in detail and "<code>admin</code>" in detail and "Team notes" in detail
    assert f'href="/tasks/{app["taskId"]}"' in detail and app["installationState"].replace("_", " ") in detail
    for control in ("/restart", "/repair", "/configure"):
        assert f'action="{base}{control}"' in detail, control
    assert f'href="{base}/uninstall"' in detail and f'href="{base}/logs"' in detail
    # A failed run: its message, the step that failed and its task, on the app's page and in the list.
    await App.filter(id=app["id"]).update(installation_state="error", error={
        "message": "The role failed", "code": "failed", "taskId": app["taskId"], "step": "Install the package"})
    failed = await page(browser_client, base)
    assert "at “Install the package”:</strong> The role failed" in failed and ">error</span>" in failed
    assert f'href="/tasks/{app["taskId"]}">Task #{app["taskId"]}</a>' in failed
    assert "The role failed" in await page(browser_client, "/apps")
    # The password is gone with its answer: not in a page since, nor in the task's page.
    assert password not in await page(browser_client, f"/tasks/{app['taskId']}")
    assert password not in (await client.get(f"/api/v1/apps/{app['id']}", headers=owner)).text

    # Label and tags need no run; a new setting runs the install again.
    saved = await submit(browser_client, base, f"{base}/configure", {
        "location": "wiki", "domain": DOMAIN, "access": "public", "setting.siteTitle": "Team notes",
        "label": "Notes", "tags": "docs, team"})
    assert "nothing to apply" in await page(browser_client, saved.headers["location"])
    after = (await client.get(f"/api/v1/apps/{app['id']}", headers=owner)).json()
    assert (after["label"], after["tags"], after["taskId"]) == ("Notes", ["docs", "team"], app["taskId"])
    wrong = await submit(browser_client, base, f"{base}/configure", {
        "location": "wiki", "domain": "other.test", "access": "public", "label": "Notes"}, status=422)
    assert 'id="e-domain"' in wrong.text
    changed = await submit(browser_client, base, f"{base}/configure", {
        "location": "wiki", "domain": DOMAIN, "access": "public", "setting.siteTitle": "Our notes", "label": "Notes",
        "tags": "docs team"})
    after = (await client.get(f"/api/v1/apps/{app['id']}", headers=owner)).json()
    assert after["settings"] == {"siteTitle": "Our notes"} and after["taskId"] != app["taskId"]
    assert f"applying it: task #{after['taskId']}." in await page(browser_client, changed.headers["location"])
    await _stopped(client, owner, after["taskId"])

    repaired = await submit(browser_client, base, f"{base}/repair")
    flash = await page(browser_client, repaired.headers["location"])
    now = (await client.get(f"/api/v1/apps/{app['id']}", headers=owner)).json()
    assert f"Repairing the app: task #{now['taskId']}." in flash
    await _stopped(client, owner, now["taskId"])
    logs = await page(browser_client, f"{base}/logs")
    assert f'data-logstream="{base}/logstream-web"' in logs and f'href="{base}/logs?lines=100"' in logs

    assert "Keep its databases" not in await page(browser_client, f"{base}/uninstall")  # DokuWiki has none
    refused = await submit(browser_client, f"{base}/uninstall", f"{base}/uninstall", {"confirm": "wiki"},
                           status=422)
    assert 'id="e-confirm"' in refused.text
    gone = await submit(browser_client, f"{base}/uninstall", f"{base}/uninstall", {"confirm": "wiki.shop.test"})
    assert gone.headers["location"] == "/apps"
    flash = await page(browser_client, "/apps")
    assert "Uninstall" in flash and "wiki.shop.test" in flash
    if "task #" in flash:
        task = int(flash.split("task #", 1)[1].split(".", 1)[0])
        await wait_task(client, owner, task)
    assert (await client.get(f"/api/v1/apps/{app['id']}", headers=owner)).status_code == 404


async def test_an_install_with_an_addon_alternative_and_kept_databases(browser_client, client, pve_sim):
    owner, project = await _world(browser_client, client, pve_sim)
    form = {**_form(project["id"], location="pedia"), "setting.siteName": "Pedia", "addon.mysql": "postgresql"}
    del form["setting.siteTitle"]
    await submit(browser_client, "/appstore/org.mediawiki", "/appstore/org.mediawiki/install", form, status=202)
    app = (await client.get("/api/v1/apps", headers=owner)).json()["items"][0]
    assert [d["addon"] for d in app["databases"]] == ["postgresql"]
    made = (await client.get(f"/api/v1/databases/{app['databases'][0]['id']}", headers=owner)).json()
    await _stopped(client, owner, made["taskId"])  # the database's own run first: the install waits for it
    await _stopped(client, owner, app["taskId"])
    base = f"/apps/{app['id']}"
    detail = await page(browser_client, base)
    database = app["databases"][0]
    assert f'href="/databases/{database["id"]}"' in detail and "postgresql" in detail
    confirm = await page(browser_client, f"{base}/uninstall")
    assert "Keep its databases" in confirm and database["name"] in confirm
    await submit(browser_client, f"{base}/uninstall", f"{base}/uninstall",
                 {"confirm": "pedia.shop.test", "keepDatabases": "true"})
    flash = await page(browser_client, "/apps")
    if "task #" in flash:
        await wait_task(client, owner, int(flash.split("task #", 1)[1].split(".", 1)[0]))
    assert (await client.get(f"/api/v1/databases/{database['id']}", headers=owner)).status_code == 200


async def test_a_viewer_sees_no_action_forms_and_a_forged_one_is_refused(browser_client, bob_browser, client,
                                                                         pve_sim):
    owner, project = await _world(browser_client, client, pve_sim)
    app, _ = await _installed(browser_client, client, owner, project["id"])
    bob = await client.post("/api/v1/users", headers=owner,
                            json={"username": "bob", "email": "bob@example.com", "password": PASSWORD})
    assert bob.status_code == 201, bob.text
    member = await client.post(f"/api/v1/projects/{project['id']}/members", headers=owner,
                               json={"userId": bob.json()["id"], "role": "viewer"})
    assert member.status_code == 201, member.text

    await sign_in(bob_browser, "bob")
    base = f"/apps/{app['id']}"
    html = await page(bob_browser, base)
    assert "wiki.shop.test" in html
    for control in ("/restart", "/stop", "/repair", "/configure", "/uninstall", "/logs"):
        assert f'{base}{control}"' not in html, control
    assert f'href="{base}"' in await page(bob_browser, "/apps")
    refused = await bob_browser.post(f"{base}/restart", data={"csrf_token": csrf_of(html)})
    assert "Refused:" in await page(bob_browser, refused.headers["location"])
    forged = await bob_browser.post(f"{base}/configure", data={
        "csrf_token": csrf_of(html), "location": "hijacked", "domain": DOMAIN, "access": "public", "label": "x"})
    assert forged.status_code == 403
    forged = await bob_browser.post(f"{base}/uninstall", data={"csrf_token": csrf_of(html),
                                                               "confirm": "wiki.shop.test"})
    assert forged.status_code == 403
    after = (await client.get(f"/api/v1/apps/{app['id']}", headers=owner)).json()
    assert (after["fqdn"], after["label"], after["taskId"]) == ("wiki.shop.test", "", app["taskId"])


async def test_an_install_in_the_browser(browser, server, settings, client, pve_sim):
    settings.public_url = server.url  # where the edge would ask whether a visitor may use a restricted app
    async with httpx.AsyncClient(base_url=server.url, timeout=60) as setup:
        owner, project = await _world(setup, client, pve_sim)
    tab = await new_page(browser, server.url)
    await browser_sign_in(tab, "owner")
    await tab.get_by_role("link", name="App store").click()
    await tab.get_by_label("Tag").select_option("wiki")
    await tab.get_by_role("button", name="Filter").click()
    await tab.get_by_role("link", name="DokuWiki").click()
    await tab.get_by_label("Location").fill("docs")
    await tab.get_by_label("Project").select_option(project["id"])
    await tab.get_by_label("Access").select_option("restricted")
    await tab.get_by_label("Users").select_option(label="owner")
    await tab.get_by_role("button", name="Install DokuWiki").click()
    await tab.get_by_role("heading", name="Installing DokuWiki at docs.shop.test").wait_for()
    password = (await tab.locator("#admin-password").text_content() or "").strip()
    assert len(password) >= 20
    app = (await client.get("/api/v1/apps", headers=owner)).json()["items"][0]
    assert app["accessRestriction"] is not None and len(app["accessRestriction"]["users"]) == 1
    await _stopped(client, owner, app["taskId"])
    await tab.get_by_role("button", name="Go to the app").click()
    await tab.wait_for_url(f"**/apps/{app['id']}")
    assert password not in await tab.content()
    assert "only owner" in await tab.content()
    await tab.get_by_role("link", name="Apps", exact=True).click()
    assert await tab.get_by_role("link", name="docs.shop.test").count() == 1
    assert script_errors(tab) == []
    await tab.context.close()
