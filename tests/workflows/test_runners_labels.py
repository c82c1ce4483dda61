"""A workflow step's `runsOn`: labels of the external runner that must run it, kept as given (once each) and
answered; a bad label or too many are refused naming the field; a step without it answers an empty list."""

from __future__ import annotations

import pytest

from service.domains.workflows.models import Workflow
from tests.factories import owner_headers
from tests.workflows.helpers import field, project, step, step_image, workflows_url

pytestmark = pytest.mark.usefixtures("workflow_tables")


async def test_runs_on_is_kept_and_answered(client):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    await step_image(shop["teamId"])
    body = {"name": "ci", "steps": [step("node"), step("gpu", runsOn=["gpu", "linux.x86_64", "gpu"])]}
    made = await client.post(workflows_url(shop["id"]), headers=owner, json=body)
    assert made.status_code == 201, made.text
    assert [s["runsOn"] for s in made.json()["steps"]] == [[], ["gpu", "linux.x86_64"]]
    stored = await Workflow.get(id=made.json()["id"])
    assert stored.steps[1]["runsOn"] == ["gpu", "linux.x86_64"]


@pytest.mark.parametrize(("runs_on", "named"), [
    (["GPU"], "steps.0.runsOn.0"),
    (["ok", "-bad"], "steps.0.runsOn.1"),
    (["with space"], "steps.0.runsOn.0"),
    (["x" * 64], "steps.0.runsOn.0"),
    ([f"l{n}" for n in range(11)], "steps.0.runsOn"),
])
async def test_a_bad_label_is_refused_naming_it(client, runs_on, named):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    await step_image(shop["teamId"])
    refused = await client.post(workflows_url(shop["id"]), headers=owner,
                                json={"name": "ci", "steps": [step("a", runsOn=runs_on)]})
    assert refused.status_code == 422, refused.text
    assert named in field(refused), refused.text
    assert not await Workflow.exists()
