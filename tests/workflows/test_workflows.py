"""Workflows through the API: made, read, replaced and deleted; each refusal names its field and records
nothing; project members read and admins change; an image in use cannot be deleted."""

from __future__ import annotations

import pytest

from service.domains.workflows.models import Workflow, WorkflowImage
from tests.factories import owner_headers
from tests.workflows.helpers import field, project, step, step_image, user, workflows_url

pytestmark = pytest.mark.usefixtures("workflow_tables")


async def test_a_workflow_is_made_read_changed_and_deleted(client):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    image_id = await step_image(shop["teamId"])
    body = {"name": "ci", "steps": [
        step("lint"), step("test", cacheDirs=["node_modules"], env={"CI": "1"}, timeoutSeconds=600),
        step("pack", "lint", "test", "test", outputPaths=["dist/app.tar.gz", "dist/"])]}
    made = await client.post(workflows_url(shop["id"]), headers=owner, json=body)
    assert made.status_code == 201, made.text
    answer = made.json()
    assert (answer["projectId"], answer["name"], [s["name"] for s in answer["steps"]]) == (
        shop["id"], "ci", ["lint", "test", "pack"])
    pack = answer["steps"][2]
    # A dependency named twice is kept once; a trailing slash is dropped from a path.
    assert (pack["dependsOn"], pack["outputPaths"], pack["stepImageId"]) == (
        ["lint", "test"], ["dist/app.tar.gz", "dist"], image_id)
    assert (answer["steps"][1]["env"], answer["steps"][1]["timeoutSeconds"]) == ({"CI": "1"}, 600)
    listed = (await client.get(workflows_url(shop["id"]), headers=owner)).json()
    assert (listed["total"], listed["items"][0]["id"]) == (1, answer["id"])
    one = f"/api/v1/workflows/{answer['id']}"
    # The trigger secret is answered by the create only.
    secret = answer.pop("triggerSecret")
    assert len(secret) >= 32 and (await client.get(one, headers=owner)).json() == answer
    changed = await client.put(one, headers=owner, json={"name": "release", "steps": [step("only")]})
    assert changed.status_code == 200, changed.text
    assert (changed.json()["name"], len(changed.json()["steps"])) == ("release", 1)
    assert (await client.delete(one, headers=owner)).status_code == 204
    assert (await client.get(one, headers=owner)).status_code == 404
    assert not await WorkflowImage.exists(step_image_id=image_id)


@pytest.mark.parametrize(("steps", "named"), [
    ([step("a"), step("a")], "steps.1.name"),
    ([step("a", "ghost")], "steps.0.dependsOn"),
    ([step("a", "b"), step("b", "a")], "steps.1.dependsOn"),
    ([step("a", "a")], "steps.0.dependsOn"),
    ([step("a", image="nowhere")], "steps.0.imageSlug"),
    ([step("a", image="elsewhere")], "steps.0.imageSlug"),
    ([step("a", cacheDirs=["../up"])], "steps.0.cacheDirs.0"),
    ([step("a", outputPaths=["ok", "/etc/passwd"])], "steps.0.outputPaths.1"),
    ([step("a", cacheDirs=["a//b"])], "steps.0.cacheDirs.0"),
    ([step("a", env={"BAD-NAME": "x"})], "steps.0.env.BAD-NAME.[key]"),
    ([step("a", timeoutSeconds=0)], "steps.0.timeoutSeconds"),
    ([step("bad name")], "steps.0.name"),
])
async def test_each_refusal_names_its_field_and_records_nothing(client, steps, named):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    await step_image(shop["teamId"])
    _, _, olga_team = await user(client, "olga")
    await step_image(olga_team, "elsewhere")  # another team's private image
    refused = await client.post(workflows_url(shop["id"]), headers=owner, json={"name": "ci", "steps": steps})
    assert refused.status_code == 422, refused.text
    assert named in (field(refused) if isinstance(field(refused), list) else [field(refused)]), refused.text
    assert not await Workflow.exists()


async def test_a_public_image_serves_every_team_and_a_name_is_taken_once(client):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    _, _, olga_team = await user(client, "olga")
    await step_image(olga_team, "shared", public=True)
    body = {"name": "ci", "steps": [step("a", image="shared")]}
    assert (await client.post(workflows_url(shop["id"]), headers=owner, json=body)).status_code == 201
    again = await client.post(workflows_url(shop["id"]), headers=owner, json=body)
    assert (again.status_code, field(again)) == (409, "name")
    assert await Workflow.filter(project_id=shop["id"]).count() == 1


async def test_members_read_and_admins_change(client):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    await step_image(shop["teamId"])
    made = (await client.post(workflows_url(shop["id"]), headers=owner,
                              json={"name": "ci", "steps": [step("a")]})).json()
    headers = {}
    for name, role in (("vera", "viewer"), ("adam", "admin")):
        user_id, headers[name], _ = await user(client, name)
        added = await client.post(f"/api/v1/projects/{shop['id']}/members", headers=owner,
                                  json={"userId": user_id, "role": role})
        assert added.status_code == 201, added.text
    _, headers["out"], _ = await user(client, "out")
    one = f"/api/v1/workflows/{made['id']}"
    body = {"name": "ci", "steps": [step("b")]}
    assert (await client.get(one, headers=headers["vera"])).status_code == 200
    assert (await client.get(workflows_url(shop["id"]), headers=headers["vera"])).json()["total"] == 1
    assert (await client.put(one, headers=headers["vera"], json=body)).status_code == 403
    assert (await client.post(workflows_url(shop["id"]), headers=headers["vera"],
                              json={"name": "x", "steps": [step("a")]})).status_code == 403
    assert (await client.get(one, headers=headers["out"])).status_code == 404
    assert (await client.get(workflows_url(shop["id"]), headers=headers["out"])).status_code == 404
    assert (await client.put(one, headers=headers["adam"], json=body)).status_code == 200
    assert (await client.delete(one, headers=headers["adam"])).status_code == 204


async def test_an_image_in_use_is_not_deleted(client):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    image_id = await step_image(shop["teamId"])
    made = (await client.post(workflows_url(shop["id"]), headers=owner,
                              json={"name": "ci", "steps": [step("a"), step("b", "a")]})).json()
    image = f"/api/v1/step-images/{image_id}"
    assert (await client.get(image, headers=owner)).json()["inUse"] is True
    refused = await client.delete(image, headers=owner)
    assert (refused.status_code, refused.json()["code"], refused.json()["details"]) == (
        409, "in_use", {"usedBy": ["ci"]})
    assert (await client.delete(f"/api/v1/workflows/{made['id']}", headers=owner)).status_code == 204
    assert (await client.delete(image, headers=owner)).status_code == 204
