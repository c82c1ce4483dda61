"""A workflow build with steps on the node: its prepare run gets the build guest's vars (allocated once per
project and node, found again by the next build), the step images' CAs as vars and the registries' and the
repository's credentials in its environment only; a stop while that run waits in the queue stops it and ends
the build `stopped`."""

from __future__ import annotations

import pytest

from service.auth.models import User
from service.domains.git import tokens as git_tokens
from service.domains.git.models import GitProvider, GitProviderType
from service.domains.nodes.models import Guest, Node, NodeStatus
from service.domains.registries import pulling
from service.domains.registries.models import Registry, RegistryType
from service.domains.workflows.build_models import WorkflowBuild
from service.tasks import RunRequest
from service.tasks.models import Task
from tests.factories import assert_secrets_nowhere, node_record, owner_headers, wait_task
from tests.workflows.helpers import project, step, step_image, workflows_url

pytestmark = [pytest.mark.usefixtures("workflow_tables"), pytest.mark.ansible]

REGISTRY_PASSWORD = "registry-password-never-shown"
GIT_TOKEN = "git-token-never-shown"
CA = "-----BEGIN CERTIFICATE-----\nMIIBbuildsCA\n-----END CERTIFICATE-----\n"


async def test_a_queued_prepare_run_is_stopped_with_its_build(client, server, pve_sim, tmp_path):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    team_id = shop["teamId"]
    node_id = await node_record(server, pve_sim, team_id, "main")
    await step_image(team_id)  # registry.test:5000/ci/builder:1
    await Registry.create(team_id=team_id, name="ci", type=RegistryType.UNCHECKED, url="https://registry.test:5000",
                          user="ci", sealed_token=pulling.seal_token(server.settings, REGISTRY_PASSWORD),
                          ca_bundle=CA)
    provider = await GitProvider.create(team_id=team_id, type=GitProviderType.GITEA, name="git",
                                        sealed_token=git_tokens.seal_token(server.settings, GIT_TOKEN))
    made = await client.post(workflows_url(shop["id"]), headers=owner,
                             json={"name": "ci", "steps": [step("a"), step("b", "a")]})
    workflow_id = made.json()["id"]
    await Node.filter(id=node_id).update(status=NodeStatus.ERROR)  # its last check failed
    refused = await client.post(f"/api/v1/projects/{shop['id']}/workflow-builds", headers=owner,
                                json={"workflowId": workflow_id, "nodeId": node_id})
    assert refused.status_code == 409 and refused.json()["details"] == {"field": "nodeId"}, refused.text
    await Node.filter(id=node_id).update(status=NodeStatus.ONLINE)
    assert not await WorkflowBuild.exists() and not await Guest.exists()
    # Both of the engine's slots are taken by sleeping runs: the prepare run waits in the queue.
    books, user = server.settings.playbooks_dir, await User.get(username="owner")
    sleepers = [await server.engine.submit(RunRequest(type="test", playbook=books / "sleep.yml", created_by=user,
                                                      extra_vars={"sleep_pid_file": str(tmp_path / f"{n}.pid")}))
                for n in range(2)]
    try:
        started = await client.post(f"/api/v1/projects/{shop['id']}/workflow-builds", headers=owner, json={
            "workflowId": workflow_id, "nodeId": node_id, "repoUrl": "https://git.example.com/shop.git",
            "gitProviderId": str(provider.id)})
        assert started.status_code == 202, started.text
        build, task_id = started.json()["build"], started.json()["taskId"]
        assert (build["status"], build["taskId"], build["nodeId"]) == ("PENDING", task_id, node_id)
        task = await Task.get(id=task_id)
        assert (task.state, task.type, task.resource_type) == ("queued", "workflowBuildPrepare", "workflowbuild")
        extra = task.extra_vars
        guest = await Guest.get(resource_type="buildhost", resource_id=shop["id"])
        assert (extra["proxmox_guest_hostname"], extra["proxmox_guest_vmid"]) == (guest.hostname, guest.vmid)
        assert guest.hostname == f"build-{shop['id'].replace('-', '')[:8]}"
        assert extra["build_images"] == [{"image": "registry.test:5000/ci/builder:1", "ca_bundle": CA}]
        assert (extra["build_repo_url"], extra["build_git_username"], extra["build_keep"]) == (
            "https://git.example.com/shop.git", git_tokens.git_username(provider),
            [build["id"]])
        # The next build of the project on the node finds the same guest.
        again = await client.post(f"/api/v1/projects/{shop['id']}/workflow-builds", headers=owner,
                                  json={"workflowId": workflow_id, "nodeId": node_id})
        assert again.status_code == 202, again.text
        assert await Guest.filter(resource_type="buildhost").count() == 1
        second = await Task.get(id=again.json()["taskId"])
        assert second.extra_vars["proxmox_guest_vmid"] == guest.vmid
        assert sorted(second.extra_vars["build_keep"]) == sorted([build["id"], again.json()["build"]["id"]])

        stopped = await client.post(f"/api/v1/workflow-builds/{build['id']}/stop", headers=owner)
        assert stopped.status_code == 200, stopped.text
        assert stopped.json()["stoppedTaskIds"] == [task_id]
        assert (await wait_task(client, owner, task_id))["state"] == "stopped"
        ended = stopped.json()["build"]
        assert (ended["status"], ended["error"]) == ("FAILED", "stopped")
        assert [s["status"] for s in ended["steps"]] == ["SKIPPED", "SKIPPED"]
        # Stopping the other build's run (the tasks' own stop) stops that build too.
        assert (await client.post(f"/api/v1/tasks/{second.id}/stop", headers=owner)).status_code in (200, 202, 204)
        await wait_task(client, owner, second.id)
        other = await WorkflowBuild.get(id=again.json()["build"]["id"])
        assert (other.status, other.error) == ("FAILED", "stopped")
    finally:
        for sleeper in sleepers:
            await server.engine.stop(await Task.get(id=sleeper.id))
            await wait_task(client, owner, sleeper.id)
    await assert_secrets_nowhere(client, owner, server.settings.data_dir, [REGISTRY_PASSWORD, GIT_TOKEN],
                                 answers=(f"/api/v1/workflow-builds/{build['id']}",
                                          f"/api/v1/projects/{shop['id']}/workflow-builds"))


async def test_a_project_s_deletion_stops_its_builds_and_destroys_its_build_guest(client, server, pve_sim, tmp_path):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    node_id = await node_record(server, pve_sim, shop["teamId"], "main")
    await step_image(shop["teamId"])
    made = await client.post(workflows_url(shop["id"]), headers=owner, json={"name": "ci", "steps": [step("a")]})
    books, user = server.settings.playbooks_dir, await User.get(username="owner")
    sleepers = [await server.engine.submit(RunRequest(type="test", playbook=books / "sleep.yml", created_by=user,
                                                      extra_vars={"sleep_pid_file": str(tmp_path / f"{n}.pid")}))
                for n in range(2)]
    started = await client.post(f"/api/v1/projects/{shop['id']}/workflow-builds", headers=owner,
                                json={"workflowId": made.json()["id"], "nodeId": node_id})
    assert started.status_code == 202, started.text
    guest = await Guest.get(resource_type="buildhost", resource_id=shop["id"])
    # A node's container routes leave the build guest to its builds.
    acted = await client.post(f"/api/v1/nodes/{node_id}/containers/{guest.hostname}/stop", headers=owner)
    assert acted.status_code == 409 and acted.json()["code"] == "managed", acted.text
    deleted = await client.delete(f"/api/v1/projects/{shop['id']}", headers=owner)
    assert deleted.status_code == 204, deleted.text
    assert (await wait_task(client, owner, started.json()["taskId"]))["state"] == "stopped"
    for sleeper in sleepers:
        await server.engine.stop(await Task.get(id=sleeper.id))
        await wait_task(client, owner, sleeper.id)
    destroy = await Task.get(type="guestDestroy", resource_id=str(guest.id))
    assert (await wait_task(client, owner, destroy.id))["success"]
    assert not await Guest.exists(id=guest.id) and not await WorkflowBuild.exists()
