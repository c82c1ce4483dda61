"""The workflow builds pages, their builds made and moved through the slice's own functions (an external
runner's steps: no node, no LXC): in Chromium, a build started from its form, its page following the running
step's log live, the step's artifact downloaded, a failing step's exit code and its skipped dependent shown as the
page polls; a running build stopped with its button; without JavaScript, the start form's refusals beside their
fields, the status filter, a viewer who reads but may start and stop nothing, and an outsider who sees nothing."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.async_api import expect

from service.auth.models import User
from service.domains.workflows import artifacts, build_progress, runner_protocol, runners
from service.domains.workflows.build_models import BuildState, StepState, WorkflowBuild, WorkflowBuildStep
from service.domains.workflows.runner_schemas import RunnerCreate, StepComplete
from tests.factories import PASSWORD, login, owner_headers, personal_team
from tests.web.browser import accessibility_problems, new_page, script_errors, sign_in
from tests.web.pages import page, set_up_owner, submit
from tests.web.pages import sign_in as sign_in_form
from tests.workflows.helpers import project, step, step_image, user, workflows_url

pytestmark = pytest.mark.one_database

LABEL = "web-test"


async def _workflow(client: Any, headers: dict[str, str], project_id: str, *steps: dict[str, Any],
                    name: str = "ci") -> dict[str, Any]:
    made = await client.post(workflows_url(project_id), headers=headers, json={"name": name, "steps": list(steps)})
    assert made.status_code == 201, made.text
    return made.json()


def _on_runner(name: str, *depends_on: str, **extra: Any) -> dict[str, Any]:
    """A step only an external runner with the test's label takes: the build needs no node."""
    return step(name, *depends_on, runsOn=[LABEL], **extra)


async def _runner() -> runners.BuildRunner:
    owner = await User.get(username="owner")
    made, _ = await runners.create(RunnerCreate(name="web-runner", labels=[LABEL]), user=owner)
    return made


async def _claimed(runner: Any, name: str) -> WorkflowBuildStep:
    taken = await runner_protocol.claim(runner)
    assert taken is not None and taken.name == name, taken
    return taken


async def test_a_build_is_started_followed_and_stopped_in_a_browser(browser, server, client):
    owner = await owner_headers(client)
    await step_image(await personal_team(client, owner))
    shop = await project(client, owner)
    await _workflow(client, owner, shop["id"], _on_runner("compile", outputPaths=["dist"]),
                    _on_runner("check", "compile"), _on_runner("publish", "check"))
    settings = server.app.state.settings
    runner = await _runner()
    page_ = await new_page(browser, server.url)
    await sign_in(page_, "owner")
    problems: dict[str, Any] = {}

    await page_.goto(f"/projects/{shop['id']}/builds")
    await expect(page_.get_by_text("No builds yet.")).to_be_visible()
    problems[page_.url] = await accessibility_problems(page_)
    await page_.get_by_label("Commit (optional)").fill("abc1234")
    await page_.get_by_role("button", name="Start the build").click()
    await expect(page_.get_by_role("status")).to_have_text("Started build #1 of ci.")
    await expect(page_.get_by_role("heading", level=1)).to_contain_text("Build #1")
    build = await WorkflowBuild.get(project_id=shop["id"], number=1)
    assert (build.status, build.commit_hash, build.task_id) == (BuildState.RUNNING, "abc1234", None)

    # The runner takes the first step and writes to its log: the page shows the step's lines as they come.
    compile_ = await _claimed(runner, "compile")
    runner_protocol.append_logs(settings, compile_, "compiling main.c\n")
    await page_.reload()
    log = page_.get_by_role("log", name="Log of step compile")
    await expect(log).to_contain_text("compiling main.c")
    await expect(page_.locator(f"#step-{compile_.id}")).to_contain_text("running")
    problems[page_.url] = await accessibility_problems(page_)
    runner_protocol.append_logs(settings, compile_, "linking app\n")
    await expect(log).to_contain_text("linking app")
    folder = artifacts.prepare_step_dir(settings, build.id, compile_.id)
    (folder / "dist").mkdir()
    (folder / "dist" / "app.bin").write_bytes(b"the built program\n")
    await runner_protocol.complete(settings, compile_, StepComplete(status="SUCCESS", exitCode=0,
                                                                    outputPaths=["dist"]))
    # The page's head polls while the build runs: the step succeeded, its artifact is a download.
    row = page_.locator(f"#step-{compile_.id}")
    await expect(row).to_contain_text("success")
    async with page_.expect_download() as download:
        await row.get_by_role("link", name="dist/app.bin").click()
    saved = await (await download.value).path()
    assert saved is not None and saved.read_bytes() == b"the built program\n"

    # The next step fails with exit code 2: the build fails and the step after it is skipped.
    check = await _claimed(runner, "check")
    await runner_protocol.complete(settings, check, StepComplete(status="FAILED", exitCode=2,
                                                                 logs="test_parse failed\n"))
    await expect(page_.locator("#build-status")).to_have_attribute("data-state", "FAILED")
    await expect(page_.locator(f"#step-{check.id}")).to_contain_text("failed")
    await expect(page_.locator(f"#step-{check.id} td").nth(1)).to_have_text("2")
    publish = await WorkflowBuildStep.get(build_id=build.id, name="publish")
    await expect(page_.locator(f"#step-{publish.id}")).to_contain_text("skipped")
    await page_.get_by_role("link", name="check").click()
    await expect(page_.get_by_role("log", name="Log of step check")).to_contain_text("test_parse failed")
    assert not await page_.get_by_role("button", name="Stop").count()
    problems[page_.url] = await accessibility_problems(page_)

    # A second build, stopped with its button while its first step runs.
    await page_.goto(f"/projects/{shop['id']}/builds")
    await page_.get_by_role("button", name="Start the build").click()
    await expect(page_.get_by_role("status")).to_have_text("Started build #2 of ci.")
    await _claimed(runner, "compile")
    page_.once("dialog", lambda dialog: dialog.accept())
    await page_.get_by_role("button", name="Stop").click()
    await expect(page_.get_by_role("status")).to_have_text("Stopped build #2.")
    await expect(page_.locator("#build-status")).to_have_attribute("data-state", "FAILED")
    await expect(page_.get_by_role("alert")).to_contain_text("stopped")
    await page_.goto(f"/projects/{shop['id']}/builds")
    listed = page_.get_by_role("row").filter(has_text="#1")
    await expect(listed).to_contain_text("failed")
    await expect(listed).to_contain_text("abc1234")
    problems[page_.url] = await accessibility_problems(page_)
    assert script_errors(page_) == [], script_errors(page_)
    assert not {url: found for url, found in problems.items() if found}, problems


async def test_the_start_form_refuses_beside_its_fields_and_the_list_filters(browser_client, client, server):
    await set_up_owner(browser_client)
    owner = await login(client)
    await step_image(await personal_team(client, owner))
    shop = await project(client, owner)
    on_runner = await _workflow(client, owner, shop["id"], _on_runner("compile"))
    on_node = await _workflow(client, owner, shop["id"], step("compile"), name="on-node")
    url = f"/projects/{shop['id']}/builds"
    form = await page(browser_client, f"{url}?workflowId={on_node['id']}")
    assert f'<option value="{on_node["id"]}" selected>' in form and "No builds yet." in form
    fields = {"workflowId": on_runner["id"], "branch": "", "commitHash": "", "nodeId": ""}
    secret = await submit(browser_client, url, url, {**fields, "repoUrl": "https://ci:hunter2@git.example.com/r.git"},
                          status=422)
    assert 'id="e-repoUrl"' in secret.text
    commit = await submit(browser_client, url, url, {**fields, "repoUrl": "", "commitHash": "not-hex"}, status=422)
    assert 'id="e-commitHash"' in commit.text and 'value="not-hex"' in commit.text
    # A step that runs on the node, in a project without a default node: the node is asked for.
    nodeless = await submit(browser_client, url, url, {**fields, "workflowId": on_node["id"], "repoUrl": ""},
                            status=422)
    assert 'id="e-nodeId"' in nodeless.text
    assert not await WorkflowBuild.exists()

    started = await submit(browser_client, url, url, {**fields, "repoUrl": "https://git.example.com/r.git",
                                                      "branch": "main"})
    build = await WorkflowBuild.get(project_id=shop["id"])
    assert started.headers["location"] == f"{url}/{build.id}"
    detail = await page(browser_client, f"{url}/{build.id}")
    assert "https://git.example.com/r.git" in detail and 'hx-get="' in detail  # polled while it runs
    running = await page(browser_client, f"{url}?status=RUNNING")
    assert f'href="{url}/{build.id}"' in running
    assert "No success builds." in await page(browser_client, f"{url}?status=SUCCESS")
    # Ended: nothing polls, nothing streams, no Stop.
    step_row = await WorkflowBuildStep.get(build_id=build.id)
    await build_progress.step_ended(step_row, status=StepState.SKIPPED, exit_code=None, error="", artifacts=[])
    ended = await page(browser_client, f"{url}/{build.id}")
    assert "hx-get=" not in ended and "data-logstream" not in ended and f"{url}/{build.id}/stop" not in ended
    # Another project's id in the address names no build of this one; a file the step did not leave is a 404.
    other = await project(client, owner, "other")
    await page(browser_client, f"/projects/{other['id']}/builds/{build.id}", status=404)
    await page(browser_client, f"{url}/{build.id}/steps/{step_row.id}/artifacts/dist/none", status=404)


async def test_a_viewer_reads_builds_and_an_outsider_sees_nothing(browser_client, client, server):
    owner = await owner_headers(client)
    await step_image(await personal_team(client, owner))
    shop = await project(client, owner)
    workflow = await _workflow(client, owner, shop["id"], _on_runner("compile"))
    started = await client.post(f"/api/v1/projects/{shop['id']}/workflow-builds", headers=owner,
                                json={"workflowId": workflow["id"]})
    assert started.status_code == 202, started.text
    build = started.json()["build"]
    url = f"/projects/{shop['id']}/builds"
    viewer_id, _, _ = await user(client, "vera")
    member = await client.post(f"/api/v1/projects/{shop['id']}/members", headers=owner,
                               json={"userId": viewer_id, "role": "viewer"})
    assert member.status_code == 201, member.text
    await user(client, "olga")

    await sign_in_form(browser_client, "vera", PASSWORD)
    listed = await page(browser_client, url)
    assert f'href="{url}/{build["id"]}"' in listed and "Start the build" not in listed
    detail = await page(browser_client, f"{url}/{build['id']}")
    assert "compile" in detail and f'action="{url}/{build["id"]}/stop"' not in detail
    await submit(browser_client, url, url, {"workflowId": workflow["id"]}, status=403)
    await submit(browser_client, url, f"{url}/{build['id']}/stop", status=403)
    assert await WorkflowBuild.all().count() == 1
    assert (await WorkflowBuild.get(id=build["id"])).status == BuildState.RUNNING

    await browser_client.post("/signout", data={"csrf_token": "x"})
    browser_client.cookies.clear()
    await sign_in_form(browser_client, "olga")
    await page(browser_client, url, status=404)
    await page(browser_client, f"{url}/{build['id']}", status=404)
