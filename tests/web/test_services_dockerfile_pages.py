"""Dockerfile services' pages on a simulated node (memory backend: no guest runs, so a build's run is stopped): the
create form offering the Dockerfile source (its path, the team's registry to push to), the API's refusals beside
their fields with nothing recorded, the service made from the form (its webhook secret shown once), its page
showing the Dockerfile and the registry, and its edit form sending the Dockerfile fields (no image or build field);
in Chromium, the edit form with a refused path beside its field."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.async_api import expect

from tests.factories import login, online_node, wait_task
from tests.versions.helpers import registry
from tests.web.browser import accessibility_problems, new_page, script_errors
from tests.web.browser import sign_in as browser_sign_in
from tests.web.pages import page, set_up_owner, submit

pytestmark = [pytest.mark.one_database, pytest.mark.ansible]

REPOSITORY = "https://git.example.com/shop/web.git"


async def _set_up(browser_client, client, pve_sim) -> tuple[dict[str, str], dict[str, Any], str, str]:
    """The owner signed in, a project on the simulator's online node, its default environment's placement and a
    registry of its team."""
    await set_up_owner(browser_client)
    owner = await login(client, "owner")
    node = await online_node(client, owner, pve_sim)
    made = await client.post("/api/v1/projects", headers=owner, json={"name": "shop", "defaultNodeId": node["id"]})
    assert made.status_code == 201, made.text
    project = made.json()
    environments = (await client.get(f"/api/v1/projects/{project['id']}/environments", headers=owner)).json()
    default = next(e for e in environments if e["isDefault"])
    return owner, project, f"{project['id']}/{default['id']}", await registry(project["teamId"])


def _form(placement: str, reg: str, **change: str) -> dict[str, str]:
    """A Dockerfile web service; the image field left filled as a user may leave it: it is not sent."""
    return {"name": "web", "placement": placement, "nodeId": "", "type": "web", "sourceType": "dockerfile",
            "repository": REPOSITORY, "branch": "main", "rootDirectory": "site", "gitProviderId": "",
            "dockerfile": "docker/web.Dockerfile", "pushRegistryId": reg, "image": "nginx:1.27", "registryId": "",
            "builderType": "auto", "buildCommand": "make", "startCommand": "", "variables": "API_KEY=sk-0123456789",
            "port": "8080", "healthCheckPath": "", "healthCheckTimeout": "", "schedule": "", "cores": "1",
            "memoryMb": "512", "diskGb": "8", **change}


async def _services(client, owner) -> list[dict[str, Any]]:
    return (await client.get("/api/v1/services", headers=owner)).json()["items"]


async def _stopped(client, owner, task_id: int) -> None:
    """The build's run stopped: the simulated guest never answers."""
    await client.post(f"/api/v1/tasks/{task_id}/stop", headers=owner)
    await wait_task(client, owner, task_id)


async def test_a_dockerfile_service_is_made_from_the_form_its_refusals_beside_their_fields(browser_client, client,
                                                                                          pve_sim):
    owner, _, placement, reg = await _set_up(browser_client, client, pve_sim)
    form = await page(browser_client, "/services/new")
    assert '<option value="dockerfile"' in form and 'name="dockerfile"' in form
    assert 'name="pushRegistryId"' in form and f'<option value="{reg}"' in form

    for change, field in (({"pushRegistryId": ""}, "pushRegistryId"), ({"dockerfile": "../Dockerfile"}, "dockerfile"),
                          ({"port": ""}, "port"), ({"type": "cron", "schedule": "0 3 * * *"}, "type"),
                          ({"repository": ""}, "repository")):
        refused = await submit(browser_client, "/services/new", "/services", _form(placement, reg, **change),
                               status=422)
        assert f'id="e-{field}"' in refused.text, (change, refused.text[-3000:])
        assert 'value="dockerfile" selected' in refused.text  # the form comes back as it was sent
    assert await _services(client, owner) == []

    made = await submit(browser_client, "/services/new", "/services", _form(placement, reg), status=201)
    assert "builds its <code>docker/web.Dockerfile</code>" in made.text and 'id="webhook-secret"' in made.text
    service = (await _services(client, owner))[0]
    assert service["source"] == {"type": "dockerfile", "repository": REPOSITORY, "branch": "main",
                                 "rootDirectory": "site", "gitProviderId": None, "dockerfile": "docker/web.Dockerfile",
                                 "image": "", "registryId": reg}
    assert service["buildConfig"]["buildCommand"] == "" and service["port"] == 8080
    await _stopped(client, owner, service["taskId"])


async def test_a_dockerfile_service_s_page_and_its_edit_form(browser_client, client, pve_sim):
    owner, _, placement, reg = await _set_up(browser_client, client, pve_sim)
    await submit(browser_client, "/services/new", "/services", _form(placement, reg), status=201)
    service = (await _services(client, owner))[0]
    await _stopped(client, owner, service["taskId"])
    detail = f"/services/{service['id']}"
    html = await page(browser_client, detail)
    assert "<dt>Dockerfile</dt><dd><code>docker/web.Dockerfile</code>" in html
    assert f'<dt>Pushed to</dt><dd><a href="/registries/{reg}">local</a>' in html
    assert f"<code>{REPOSITORY}</code>, branch <code>main</code>, folder <code>site</code>" in html
    logs = await page(browser_client, f"{detail}/logs")  # none to stream: the page says why
    assert "Its image is built from <code>docker/web.Dockerfile</code>" in logs and "data-logstream" not in logs
    # The edit form: the repository's and the Dockerfile's fields; no image, builder or build command.
    assert 'name="dockerfile" type="text" value="docker/web.Dockerfile"' in html
    assert f'<option value="{reg}" selected>' in html and 'name="pushRegistryId"' in html
    assert 'name="repository"' in html and 'name="image"' not in html and 'name="registryId"' not in html
    assert 'name="buildCommand"' not in html and 'name="builderType"' not in html

    edit = {"repository": REPOSITORY, "branch": "main", "rootDirectory": "site", "gitProviderId": "",
            "dockerfile": "Containerfile", "pushRegistryId": reg, "startCommand": "", "variables": "API_KEY",
            "port": "8080", "healthCheckPath": "/", "healthCheckTimeout": "60", "links": []}
    for change, field in (({"dockerfile": "/etc/passwd"}, "dockerfile"), ({"pushRegistryId": ""}, "pushRegistryId"),
                          ({"startCommand": "serve 'unclosed"}, "startCommand")):
        bad = await submit(browser_client, detail, f"{detail}/edit", {**edit, **change}, status=422)
        assert f'id="e-{field}"' in bad.text, (change, bad.text[-3000:])
    unchanged = (await client.get(f"/api/v1/services/{service['id']}", headers=owner)).json()
    assert unchanged["source"]["dockerfile"] == "docker/web.Dockerfile"

    saved = await submit(browser_client, detail, f"{detail}/edit", edit)
    assert "redeploying it" in await page(browser_client, saved.headers["location"])
    after = (await client.get(f"/api/v1/services/{service['id']}", headers=owner)).json()
    assert (after["source"]["dockerfile"], after["source"]["registryId"]) == ("Containerfile", reg)
    await _stopped(client, owner, after["taskId"])


async def test_a_dockerfile_service_s_edit_form_in_a_browser(browser, server, browser_client, client, pve_sim):
    owner, _, placement, reg = await _set_up(browser_client, client, pve_sim)
    await submit(browser_client, "/services/new", "/services", _form(placement, reg), status=201)
    service = (await _services(client, owner))[0]
    await _stopped(client, owner, service["taskId"])
    page_ = await new_page(browser, server.url)
    await browser_sign_in(page_, "owner")
    await page_.goto(f"/services/{service['id']}")
    problems = {page_.url: await accessibility_problems(page_)}
    await expect(page_.get_by_label("Registry to push to")).to_have_value(reg)
    await page_.get_by_label("Dockerfile path").fill("../Dockerfile")
    await page_.get_by_role("button", name="Save and redeploy web").click()
    # The API's refusal beside the path, the form as typed, nothing changed.
    await expect(page_.locator("#e-dockerfile")).to_be_visible()
    await expect(page_.get_by_label("Dockerfile path")).to_have_value("../Dockerfile")
    problems[page_.url] = await accessibility_problems(page_)
    after = (await client.get(f"/api/v1/services/{service['id']}", headers=owner)).json()
    assert after["source"]["dockerfile"] == "docker/web.Dockerfile"
    assert not any(problems.values()), problems
    assert not script_errors(page_)
