"""The workflows pages: in Chromium, a workflow made through its form (a cycle refused beside the steps, naming
the step that closes it), its page showing the steps in waves; without JavaScript, text that is neither YAML nor
JSON and an unknown image refused beside the steps, a workflow changed (its steps shown as YAML in the edit form)
and deleted, search, a viewer who reads but is shown no form and whose posts the API refuses, and an outsider
who sees nothing of the project."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.async_api import expect

from service.domains.workflows.models import Workflow
from tests.factories import PASSWORD, login, owner_headers, personal_team
from tests.web.browser import accessibility_problems, new_page, script_errors, sign_in
from tests.web.pages import page, set_up_owner, submit
from tests.web.pages import sign_in as sign_in_form
from tests.workflows.helpers import project, step, step_image, user, workflows_url

pytestmark = pytest.mark.one_database

CYCLE = """- name: test
  imageSlug: builder
  dependsOn: [package]
  runScript: make test
- name: package
  imageSlug: builder
  dependsOn: [test]
  runScript: make dist
"""
FAN_IN = """- name: lint
  imageSlug: builder
  runScript: make lint
- name: test
  imageSlug: builder
  runScript: |
    make test
    make coverage
  cacheDirs: [.cache]
- name: package
  imageSlug: builder
  dependsOn: [lint, test]
  runScript: make dist
  outputPaths: [dist/app.tar.gz]
  runsOn: [arm64]
"""


async def test_a_workflow_is_made_from_its_form_in_a_browser(browser, server, client):
    owner = await owner_headers(client)
    await step_image(await personal_team(client, owner))
    shop = await project(client, owner)
    page_ = await new_page(browser, server.url)
    await sign_in(page_, "owner")
    problems: dict[str, Any] = {}

    await page_.goto(f"/projects/{shop['id']}/workflows")
    await expect(page_.get_by_text("No workflows yet.")).to_be_visible()
    problems[page_.url] = await accessibility_problems(page_)
    await page_.get_by_role("button", name="Make a workflow").click()
    await expect(page_.get_by_role("heading", level=1)).to_have_text("Make a workflow")
    problems[page_.url] = await accessibility_problems(page_)
    await page_.get_by_label("Name").fill("ci")
    await page_.get_by_label("Steps").fill(CYCLE)
    await page_.get_by_role("button", name="Make the workflow").click()
    # The cycle is the API's refusal, beside the steps and naming the step that closes it; nothing is made.
    await expect(page_.locator("#e-steps")).to_contain_text("step 'package', dependsOn")
    await expect(page_.locator("#e-steps")).to_contain_text("closes a cycle")
    await expect(page_.get_by_label("Name")).to_have_value("ci")
    problems[page_.url] = await accessibility_problems(page_)
    assert not await Workflow.exists()

    await page_.get_by_label("Steps").fill(FAN_IN)
    await page_.get_by_role("button", name="Make the workflow").click()
    await expect(page_.get_by_role("heading", level=1)).to_have_text("Workflow ci is made")
    await expect(page_.locator("#trigger-secret")).not_to_be_empty()
    problems[page_.url + "#made"] = await accessibility_problems(page_)
    await page_.get_by_role("button", name="Go to the workflow").click()
    await expect(page_.get_by_role("heading", level=1)).to_have_text("ci")
    # The steps' table: lint and test in the first wave, package after both, on a runner labelled arm64.
    package = page_.locator("#step-package")
    await expect(package).to_contain_text("2")
    await expect(package).to_contain_text("lint, test")
    await expect(package).to_contain_text("dist/app.tar.gz")
    await expect(package).to_contain_text("arm64")
    await expect(page_.locator("#step-test")).to_contain_text(".cache")
    await expect(page_.locator("#step-lint")).to_contain_text("the project's node")
    problems[page_.url] = await accessibility_problems(page_)
    made = await Workflow.get(name="ci")
    assert [s["name"] for s in made.steps] == ["lint", "test", "package"]
    assert made.steps[1]["runScript"] == "make test\nmake coverage\n"

    await page_.goto(f"/projects/{shop['id']}/workflows")
    await expect(page_.get_by_role("link", name="ci")).to_be_visible()
    assert script_errors(page_) == [], script_errors(page_)
    assert not {url: found for url, found in problems.items() if found}, problems


async def test_refusals_name_the_steps_and_a_workflow_is_changed_and_deleted(browser_client, client):
    await set_up_owner(browser_client)
    owner = await login(client)
    await step_image(await personal_team(client, owner))
    shop = await project(client, owner)
    new, action = f"/projects/{shop['id']}/workflows/new", f"/projects/{shop['id']}/workflows"
    assert "imageSlug: builder" in await page(browser_client, new)  # an example to start from
    unreadable = await submit(browser_client, new, action, {"name": "ci", "steps": "- name: [test"}, status=422)
    assert 'id="e-steps"' in unreadable.text and "Not YAML or JSON (line 1" in unreadable.text
    not_a_list = await submit(browser_client, new, action, {"name": "ci", "steps": "name: test"}, status=422)
    assert 'id="e-steps"' in not_a_list.text and "Write the steps as a list" in not_a_list.text
    unknown = await submit(browser_client, new, action, {"name": "ci", "steps": (
        '[{"name": "test", "imageSlug": "nowhere", "runScript": "make test"}]')}, status=422)
    assert 'id="e-steps"' in unknown.text and "step &#39;test&#39;, imageSlug: No step image" in unknown.text
    unsafe = await submit(browser_client, new, action, {"name": "ci", "steps": (
        '[{"name": "test", "imageSlug": "builder", "runScript": "make", "outputPaths": ["../etc"]}]')}, status=422)
    assert 'id="e-steps"' in unsafe.text and "step &#39;test&#39;, outputPaths.0:" in unsafe.text
    nameless = await submit(browser_client, new, action, {"name": "", "steps": FAN_IN}, status=422)
    assert 'id="e-name"' in nameless.text
    assert not await Workflow.exists()

    made = await submit(browser_client, new, action, {"name": "ci", "steps": FAN_IN}, status=201)
    workflow = await Workflow.get(name="ci")
    url = f"/projects/{shop['id']}/workflows/{workflow.id}"
    # The trigger secret is on the answer to the form only, with what to do with it.
    secret = re.search(r'<code id="trigger-secret">([^<]+)</code>', made.text).group(1)
    assert made.headers["cache-control"] == "no-store" and f"/api/v1/workflows/{workflow.id}/webhook" in made.text
    assert f'href="{url}"' in made.text
    trigger = f"/api/v1/workflows/{workflow.id}/trigger"
    known = await client.post(trigger, headers={"Authorization": f"Bearer {secret}"}, json={})
    assert known.status_code == 422 and "nodeId" in known.text, "past the secret: the project has no node"
    shown = await page(browser_client, url)
    assert secret not in shown and "trigger secret: set" in shown
    rotated = await submit(browser_client, url, f"{url}/trigger-secret", status=200)
    fresh = re.search(r'<code id="trigger-secret">([^<]+)</code>', rotated.text).group(1)
    assert fresh != secret and "no longer works" in rotated.text
    old = await client.post(trigger, headers={"Authorization": f"Bearer {secret}"}, json={})
    assert old.status_code == 401
    assert (await client.post(trigger, headers={"Authorization": f"Bearer {fresh}"}, json={})).status_code == 422
    edit = await page(browser_client, f"{url}/edit")
    assert "runScript: |\n    make test\n    make coverage" in edit and "runsOn: [arm64]" in edit
    taken = await client.post(workflows_url(shop["id"]), headers=owner, json={"name": "nightly",
                                                                              "steps": [step("all")]})
    assert taken.status_code == 201, taken.text
    clash = await submit(browser_client, f"{url}/edit", f"{url}/edit", {"name": "nightly", "steps": FAN_IN},
                         status=409)
    assert 'id="e-name"' in clash.text
    saved = await submit(browser_client, f"{url}/edit", f"{url}/edit", {"name": "release", "steps": (
        "- {name: only, imageSlug: builder, runScript: make}")})
    assert saved.headers["location"] == url
    changed = await Workflow.get(id=workflow.id)
    assert changed.name == "release" and [s["name"] for s in changed.steps] == ["only"]
    listed = await page(browser_client, f"{action}?search=rel")
    assert ">release</a>" in listed and ">nightly</a>" not in listed
    assert "No workflow matches" in await page(browser_client, f"{action}?search=nothing")
    # Another project's id in the address names no workflow of this one.
    other = await project(client, owner, "other")
    await page(browser_client, f"/projects/{other['id']}/workflows/{workflow.id}", status=404)
    deleted = await submit(browser_client, f"{url}/delete", f"{url}/delete")
    assert deleted.headers["location"] == action
    assert not await Workflow.exists(id=workflow.id)


async def test_a_viewer_reads_and_changes_nothing_and_an_outsider_sees_nothing(browser_client, client):
    owner = await owner_headers(client)
    await step_image(await personal_team(client, owner))
    shop = await project(client, owner)
    made = await client.post(workflows_url(shop["id"]), headers=owner, json={"name": "ci", "steps": [
        step("test"), step("package", "test", outputPaths=["dist"])]})
    assert made.status_code == 201, made.text
    workflow = made.json()
    url = f"/projects/{shop['id']}/workflows/{workflow['id']}"
    viewer_id, _, _ = await user(client, "vera")
    member = await client.post(f"/api/v1/projects/{shop['id']}/members", headers=owner,
                               json={"userId": viewer_id, "role": "viewer"})
    assert member.status_code == 201, member.text
    await user(client, "olga")

    await sign_in_form(browser_client, "vera", PASSWORD)
    listed = await page(browser_client, f"/projects/{shop['id']}/workflows")
    assert f'href="{url}"' in listed and "Make a workflow" not in listed
    detail = await page(browser_client, url)
    assert "<code>package</code>" in detail and f'href="{url}/edit"' not in detail and "echo package" in detail
    assert "Only the project's admins" in await page(browser_client, f"{url}/edit")
    await submit(browser_client, url, f"{url}/edit", {"name": "hijacked", "steps": "- {name: x, imageSlug: builder,"
                                                                                   " runScript: x}"}, status=403)
    await submit(browser_client, url, f"/projects/{shop['id']}/workflows", {"name": "hijacked", "steps": (
        "- {name: x, imageSlug: builder, runScript: x}")}, status=403)
    await submit(browser_client, url, f"{url}/delete", status=403)
    assert "Make a new trigger secret" not in detail
    before = (await Workflow.get(id=workflow["id"])).sealed_trigger_secret
    await submit(browser_client, url, f"{url}/trigger-secret", status=403)
    assert (await Workflow.get(id=workflow["id"])).sealed_trigger_secret == before
    assert [w.name for w in await Workflow.all()] == ["ci"]

    await browser_client.post("/signout", data={"csrf_token": "x"})
    browser_client.cookies.clear()
    await sign_in_form(browser_client, "olga")
    await page(browser_client, f"/projects/{shop['id']}/workflows", status=404)
    await page(browser_client, url, status=404)
