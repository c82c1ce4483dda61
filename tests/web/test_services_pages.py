"""The services and git providers pages on a simulated node (memory backend: the guest exists only in the
simulator, so a build never reaches an app and its run is stopped): a refused create form, a service made from
the form with its webhook secret shown once and its build's task, a change that redeploys, a rollback and deletion
through the confirmation page, what a viewer is shown (and refused), and a git provider whose token is never echoed.
Image services on the PVE 9.1 simulator (a node record, a registry it pulls from anonymously), whose runs really
happen: made from the form (its errors beside the image, port and type fields; the git fields left filled are not
sent), their page (the image, the registry, the releases' images), the edit form without git fields, the log page
saying why there is none; and in Chromium, made and shown."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from playwright.async_api import expect

from service.domains.services.models import Release, Service
from tests.factories import PASSWORD, login, node_record, online_node, owner_headers, wait_task
from tests.git.fake_providers import TOKEN, FakeProviders
from tests.versions.helpers import project as make_project
from tests.versions.helpers import registry
from tests.web.browser import accessibility_problems, new_page, script_errors
from tests.web.browser import sign_in as browser_sign_in
from tests.web.pages import csrf_of, page, set_up_owner, sign_in, submit

pytestmark = [pytest.mark.one_database, pytest.mark.ansible]

REPOSITORY = "https://git.example.com/shop/web.git"
HOST = "registry.test:5000"  # the address of tests.versions.helpers.registry's registry
HELLO = {"Entrypoint": ["/bin/sh", "/start.sh"], "Env": ["PATH=/bin"]}


@pytest.fixture
async def bob_browser(server) -> AsyncIterator[httpx.AsyncClient]:
    """A second browser, for the viewer."""
    async with httpx.AsyncClient(base_url=server.url, timeout=60) as browser:
        yield browser


@pytest.fixture
def fake() -> Iterator[FakeProviders]:
    with FakeProviders() as server:
        yield server


async def _owner_and_project(browser_client, client, pve_sim=None) -> tuple[dict[str, str], dict[str, Any], str]:
    """The owner signed in on `browser_client`, a project (on the simulator's node, online, when given) and the
    placement value of its default environment."""
    await set_up_owner(browser_client)
    owner = await login(client, "owner")
    body: dict[str, Any] = {"name": "shop"}
    if pve_sim is not None:
        body["defaultNodeId"] = (await online_node(client, owner, pve_sim))["id"]
    project = await client.post("/api/v1/projects", headers=owner, json=body)
    assert project.status_code == 201, project.text
    environments = (await client.get(f"/api/v1/projects/{project.json()['id']}/environments", headers=owner)).json()
    default = next(e for e in environments if e["isDefault"])
    return owner, project.json(), f"{project.json()['id']}/{default['id']}"


def _form(placement: str, **change: str) -> dict[str, str]:
    return {"name": "web", "placement": placement, "nodeId": "", "type": "web", "repository": REPOSITORY,
            "branch": "main", "rootDirectory": "", "gitProviderId": "", "builderType": "auto", "buildCommand": "",
            "startCommand": "",
            "variables": "API_KEY=sk-live-0123456789", "port": "8000", "healthCheckPath": "/health",
            "healthCheckTimeout": "", "schedule": "", "cores": "1", "memoryMb": "512", "diskGb": "8", **change}


async def _created(browser_client, client, owner, placement: str) -> tuple[dict[str, Any], httpx.Response]:
    """A web service made from the form, its first build's run stopped (the simulated guest never answers); with
    the create's `buildId`."""
    answer = await submit(browser_client, "/services/new", "/services", _form(placement), status=201)
    service = (await client.get("/api/v1/services", headers=owner)).json()["items"][0]
    builds = (await client.get("/api/v1/builds", headers=owner, params={"serviceId": service["id"]})).json()
    service["buildId"] = builds["items"][0]["id"]
    await client.post(f"/api/v1/tasks/{service['taskId']}/stop", headers=owner)
    await wait_task(client, owner, service["taskId"])
    return service, answer


async def _services(client, owner) -> int:
    return (await client.get("/api/v1/services", headers=owner)).json()["total"]


async def test_the_create_form_refuses_bad_input_beside_the_field_and_records_nothing(browser_client, client):
    owner, project, placement = await _owner_and_project(browser_client, client)
    html = await page(browser_client, "/services/new")
    assert f'<option value="{placement}"' in html and '<option value="cron"' in html
    bad_name = await submit(browser_client, "/services/new", "/services", _form(placement, name="Web!"), status=422)
    assert 'id="e-name"' in bad_name.text and 'value="Web!"' in bad_name.text
    credentials = await submit(browser_client, "/services/new", "/services",
                               _form(placement, repository="https://deploy:tok@git.example.com/shop.git"), status=422)
    assert 'id="e-repository"' in credentials.text and "git provider" in credentials.text
    cron = await submit(browser_client, "/services/new", "/services", _form(placement, type="cron", port="",
                                                                             schedule="0 3 * * *"), status=422)
    assert 'id="e-nodeId"' in cron.text and "no online node" in cron.text  # no node yet: named beside its field
    # A variables line the page cannot read is refused before the API is asked; what was typed stays.
    lines = await submit(browser_client, "/services/new", "/services", _form(placement, variables="API_KEY"),
                         status=422)
    assert 'id="e-variables"' in lines.text and "Line 1 has no" in lines.text and ">API_KEY</textarea>" in lines.text
    assert await _services(client, owner) == 0


async def test_a_service_made_from_the_form_shows_its_secret_once_and_its_build(browser_client, client, pve_sim):
    owner, project, placement = await _owner_and_project(browser_client, client, pve_sim)
    service, answer = await _created(browser_client, client, owner, placement)
    assert answer.headers["cache-control"] == "no-store"
    secret = answer.text.split('id="webhook-secret">', 1)[1].split("<", 1)[0]
    assert len(secret) >= 32 and f"/api/v1/services/{service['id']}/webhook" in answer.text
    assert f'href="/tasks/{service["taskId"]}"' in answer.text and "sk-live-0123456789" not in answer.text

    detail = await page(browser_client, f"/services/{service['id']}")
    assert secret not in detail and "sk-live-0123456789" not in detail and "<code>API_KEY</code>" in detail
    assert f'href="/tasks/{service["taskId"]}"' in detail and REPOSITORY in detail
    assert "failed" in detail and "Deploy again" in detail  # whichever state the stopped run left
    listed = await page(browser_client, "/services")
    assert f'href="/services/{service["id"]}"' in listed and secret not in listed and "shop / production" in listed

    # A change redeploys: the page says so, and the build's task is a new one.
    edited = await submit(browser_client, f"/services/{service['id']}", f"/services/{service['id']}/edit", {
        **{k: v for k, v in _form(placement).items() if k not in ("name", "placement", "type")},
        "variables": "API_KEY\nMODE=x", "startCommand": "gunicorn app:app", "healthCheckTimeout": "60"})
    after = (await client.get(f"/api/v1/services/{service['id']}", headers=owner)).json()
    assert after["buildConfig"]["startCommand"] == "gunicorn app:app" and after["taskId"] != service["taskId"]
    assert set(after["buildConfig"]["environmentVariables"]) == {"API_KEY", "MODE"}
    assert f"redeploying it: task #{after['taskId']}." in await page(browser_client, edited.headers["location"])
    await client.post(f"/api/v1/tasks/{after['taskId']}/stop", headers=owner)
    await wait_task(client, owner, after["taskId"])


async def test_a_viewer_sees_no_action_forms_and_a_forged_one_is_refused(browser_client, bob_browser, client,
                                                                         pve_sim):
    owner, project, placement = await _owner_and_project(browser_client, client, pve_sim)
    service, _ = await _created(browser_client, client, owner, placement)
    bob = await client.post("/api/v1/users", headers=owner,
                            json={"username": "bob", "email": "bob@example.com", "password": PASSWORD})
    assert bob.status_code == 201, bob.text
    member = await client.post(f"/api/v1/projects/{project['id']}/members", headers=owner,
                               json={"userId": bob.json()["id"], "role": "viewer"})
    assert member.status_code == 201, member.text

    await sign_in(bob_browser, "bob")
    detail = f"/services/{service['id']}"
    html = await page(bob_browser, detail)
    assert "<h1>web" in html and REPOSITORY in html
    for control in ("/deploy", "/edit", "/delete", "/logs", "/rollback", "/start"):
        assert f'{detail}{control}"' not in html, control
    refused = await bob_browser.post(f"{detail}/deploy", data={"csrf_token": csrf_of(html)})
    assert "Refused:" in await page(bob_browser, refused.headers["location"])
    forged = await bob_browser.post(f"{detail}/delete", data={"csrf_token": csrf_of(html), "confirm": "web"})
    assert forged.status_code == 403
    after = (await client.get(f"/api/v1/services/{service['id']}", headers=owner)).json()
    assert after["status"] == "failed" and after["taskId"] == service["taskId"]
    assert (await client.get("/api/v1/builds", headers=owner, params={"serviceId": service["id"]})).json()[
        "total"] == 1


async def test_a_rollback_from_the_releases_and_delete_through_the_confirmation_page(browser_client, client,
                                                                                      pve_sim):
    owner, project, placement = await _owner_and_project(browser_client, client, pve_sim)
    service, _ = await _created(browser_client, client, owner, placement)
    detail = f"/services/{service['id']}"
    # Two releases that went live, as builds that reached the app would have left them.
    record = await Service.get(id=service["id"])
    old = await Release.create(service=record, build_id=service["buildId"], commit_sha="a1b2c3d4e5f6a7b8",
                               commit_message="First page")
    new = await Release.create(service=record, build_id=service["buildId"], commit_sha="0f9e8d7c6b5a4f3e",
                               commit_message="Cart")
    await Service.filter(id=service["id"]).update(current_release_id=new.id, status="running")
    html = await page(browser_client, detail)
    assert "Roll back to a1b2c3d4e5f6" in html and "Roll back to 0f9e8d7c6b5a" not in html  # not to the current
    assert f'href="{detail}/logs"' in html and f'action="{detail}/restart"' in html
    assert f'data-logstream="{detail}/logstream-web"' in await page(browser_client, f"{detail}/logs")
    rolled = await submit(browser_client, detail, f"{detail}/rollback", {"releaseId": str(old.id)})
    after = (await client.get(f"/api/v1/services/{service['id']}", headers=owner)).json()
    assert f"Rolling back: task #{after['taskId']}." in await page(browser_client, rolled.headers["location"])
    builds = (await client.get("/api/v1/builds", headers=owner, params={"serviceId": service["id"]})).json()
    assert (builds["items"][0]["trigger"], builds["items"][0]["commitSha"]) == ("rollback", "a1b2c3d4e5f6a7b8")
    await client.post(f"/api/v1/tasks/{after['taskId']}/stop", headers=owner)
    await wait_task(client, owner, after["taskId"])

    assert f'href="{detail}/delete"' in await page(browser_client, detail)
    wrong = await submit(browser_client, f"{detail}/delete", f"{detail}/delete", {"confirm": "we"}, status=422)
    assert 'id="e-confirm"' in wrong.text
    assert (await client.get(f"/api/v1/services/{service['id']}", headers=owner)).status_code == 200
    deleted = await submit(browser_client, f"{detail}/delete", f"{detail}/delete", {"confirm": "web"})
    assert deleted.headers["location"] == "/services"
    flash = await page(browser_client, "/services")
    assert "Deleting web: task #" in flash
    task = int(flash.split("Deleting web: task #", 1)[1].split(".", 1)[0])
    assert (await wait_task(client, owner, task))["success"]
    assert (await client.get(f"/api/v1/services/{service['id']}", headers=owner)).status_code == 404


async def test_a_git_provider_is_added_without_its_token_echoed_and_forgotten(browser_client, client, fake):
    owner, _, _ = await _owner_and_project(browser_client, client)
    wrong = await submit(browser_client, "/git/providers", "/git/providers", {
        "type": "gitea", "name": "work", "url": fake.url("gitea"), "teamId": "", "accessToken": "not-the-token"},
        status=422)
    assert 'id="e-accessToken"' in wrong.text and "not-the-token" not in wrong.text
    added = await submit(browser_client, "/git/providers", "/git/providers", {
        "type": "gitea", "name": "work", "url": fake.url("gitea"), "teamId": "", "accessToken": TOKEN})
    html = await page(browser_client, added.headers["location"])
    assert "Added work" in html and "tea-user" in html and TOKEN not in html
    provider = (await client.get("/api/v1/git/providers", headers=owner)).json()["items"][0]
    # The create form lists the provider's repositories as suggestions for the repository field.
    form = await page(browser_client, f"/services/new?gitProviderId={provider['id']}")
    assert "tea-user/shop-api" in form and TOKEN not in form

    confirm = f"/git/providers/{provider['id']}/delete"
    assert f'href="{confirm}"' in html
    gone = await submit(browser_client, confirm, confirm)
    assert "Forgot work." in await page(browser_client, gone.headers["location"])
    assert (await client.get("/api/v1/git/providers", headers=owner)).json()["total"] == 0


def _images(pve91, *tags: str) -> None:
    """The simulator's registry holds containr/hello at these tags (pulled anonymously)."""
    for tag in tags:
        pve91[0].sim.backend.registries.add(f"{HOST}/containr/hello:{tag}", {**HELLO, "Labels": {"v": tag}})


def _image_form(placement: str, node: str, reg: str, **change: str) -> dict[str, str]:
    """An image worker; the git fields stay filled as a user may leave them: only the image's are sent."""
    return _form(placement, **{"sourceType": "image", "image": "containr/hello:1.0", "registryId": reg,
                               "nodeId": node, "type": "worker", "port": "", "healthCheckPath": "",
                               "buildCommand": "make", **change})


async def test_an_image_service_made_from_the_form_runs_and_its_pages_show_the_image(browser_client, client, server,
                                                                                      pve91):
    owner, project, placement = await _owner_and_project(browser_client, client)
    node = await node_record(server, pve91, project["teamId"], "main")
    reg = await registry(project["teamId"])
    _images(pve91, "1.0", "2.0")
    form = await page(browser_client, "/services/new")
    assert '<option value="image"' in form and 'name="image"' in form and "None (a public image)" in form
    assert f'<option value="{reg}"' in form and 'name="repository"' in form  # both sources' fields, no script
    # The API's refusals, each beside the field it names; nothing recorded.
    for change, field in (({"image": "NGINX:1.27"}, "image"), ({"type": "web"}, "port"),
                          ({"type": "cron", "schedule": "0 3 * * *"}, "type")):
        refused = await submit(browser_client, "/services/new", "/services", _image_form(placement, node, reg,
                                                                                         **change), status=422)
        assert f'id="e-{field}"' in refused.text, (change, refused.text[-3000:])
    assert 'value="NGINX:1.27"' not in refused.text and await _services(client, owner) == 0

    made = await submit(browser_client, "/services/new", "/services", _image_form(placement, node, reg), status=201)
    assert "pulls <code>containr/hello:1.0</code>" in made.text and 'id="webhook-secret"' not in made.text
    service = (await client.get("/api/v1/services", headers=owner)).json()["items"][0]
    assert (service["source"]["type"], service["source"]["repository"]) == ("image", "")
    assert service["buildConfig"]["buildCommand"] == ""
    assert (await wait_task(client, owner, service["taskId"], timeout=300))["state"] == "success"
    detail = f"/services/{service['id']}"
    html = await page(browser_client, detail)
    assert "<code>containr/hello:1.0</code>" in html and f'href="/registries/{reg}">local</a>' in html
    assert f"<code>{HOST}/containr/hello:1.0</code>, live" in html and REPOSITORY not in html
    assert "Push webhook" not in html and "<th scope=\"col\">Image</th>" in html
    # The edit form: the image, its registry and the start command; no git or build field.
    assert 'name="image"' in html and 'name="registryId"' in html and 'name="startCommand"' in html
    assert 'name="repository"' not in html and 'name="buildCommand"' not in html and 'name="branch"' not in html
    logs = await page(browser_client, f"{detail}/logs")
    assert "has no journal" in logs and "data-logstream" not in logs

    edit = {"image": "containr/hello:2.0", "registryId": reg, "startCommand": "", "variables": "API_KEY",
            "links": []}
    bad = await submit(browser_client, detail, f"{detail}/edit", {**edit, "image": "hello 2.0"}, status=422)
    assert 'id="e-image"' in bad.text and 'value="hello 2.0"' in bad.text
    await submit(browser_client, detail, f"{detail}/edit", edit)
    after = (await client.get(f"/api/v1/services/{service['id']}", headers=owner)).json()
    assert (await wait_task(client, owner, after["taskId"], timeout=300))["state"] == "success"
    html = await page(browser_client, detail)
    assert f"<code>{HOST}/containr/hello:2.0</code>, live" in html
    assert f"Roll back to {HOST}/containr/hello:1.0" in html and f"Roll back to {HOST}/containr/hello:2.0" not in html
    assert html.count(f"<code>{HOST}/containr/hello:2.0</code>") >= 3  # the current release, a build, a release


async def test_an_image_service_is_made_in_a_browser(browser, server, client, pve91):
    owner = await owner_headers(client)
    shop = await make_project(client, owner)
    await node_record(server, pve91, shop["teamId"], "main")
    await registry(shop["teamId"])
    _images(pve91, "1.0")
    page_ = await new_page(browser, server.url)
    await browser_sign_in(page_, "owner")
    await page_.goto("/services/new")
    await page_.get_by_label("Name", exact=True).fill("hello")
    await page_.get_by_label("Node", exact=True).select_option(label="main (online)")
    await page_.get_by_label("Type", exact=True).select_option("worker")
    await page_.get_by_label("Source", exact=True).select_option("image")
    await page_.get_by_label("Image", exact=True).fill("containr/Hello:1.0")
    await page_.get_by_label("Registry", exact=True).select_option(label="local (https://registry.test:5000)")
    problems = {page_.url: await accessibility_problems(page_)}
    await page_.get_by_role("button", name="Create and deploy the service").click()
    await expect(page_.locator("#e-image")).to_be_visible()
    await expect(page_.get_by_label("Source", exact=True)).to_have_value("image")
    await page_.get_by_label("Image", exact=True).fill("containr/hello:1.0")
    await page_.get_by_role("button", name="Create and deploy the service").click()
    await expect(page_.get_by_role("heading", level=1)).to_have_text("Service hello is being deployed")
    service = (await client.get("/api/v1/services", headers=owner)).json()["items"][0]
    assert (await wait_task(client, owner, service["taskId"], timeout=300))["state"] == "success"
    await page_.get_by_role("button", name="Go to hello").click()
    facts = page_.locator("dl.facts")
    await expect(facts).to_contain_text("containr/hello:1.0")
    await expect(facts.get_by_role("link", name="local")).to_have_attribute(
        "href", f"/registries/{service['source']['registryId']}")
    await expect(page_.get_by_label("Repository URL")).to_have_count(0)
    await expect(page_.get_by_label("Image", exact=True)).to_have_value("containr/hello:1.0")
    problems[page_.url] = await accessibility_problems(page_)
    await page_.get_by_role("button", name="Why there is no log of hello").click()
    await expect(page_.get_by_role("heading", level=1)).to_have_text("No log of hello")
    await expect(page_.get_by_role("status")).to_contain_text("has no journal")
    assert problems == {url: [] for url in problems} and not script_errors(page_)
