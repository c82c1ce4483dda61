"""Dockerfile services through the API, on a simulated node (memory backend: no guest runs, so the builds are
stopped): what a create and a change refuse (each a 422 naming the field, nothing recorded), what a create
records and answers (its build run in the project's build guest, pushing to the team's registry, the registry's
password in no vars), and what a push webhook does. The builds themselves run in tests/dockerfile_e2e/."""

from __future__ import annotations

import json

import pytest

from service.domains.nodes.models import Guest, IpLease
from service.domains.registries import pulling
from service.domains.registries.models import Registry, RegistryType
from service.domains.services import dockerfile_building, webhooks
from service.domains.services.actions import ServiceDockerfileBuildVars
from service.domains.services.models import Build, Service, SourceType
from service.domains.workflows import build_guest, build_vars
from service.tasks.models import Task
from tests.factories import node_record, online_node, owner_headers, wait_task
from tests.versions.helpers import field, project, registry

NOTHING = "00000000-0000-4000-8000-000000000000"
REPOSITORY = "https://git.example.com/shop/web.git"
REGISTRY_PASSWORD = "registry-password-0123456789"


def _body(node: str | None, registry_id: str, **change) -> dict:
    body = {"name": "web", "type": "web", "port": 8080,
            "source": {"type": "dockerfile", "repository": REPOSITORY, "registryId": registry_id}, **change}
    if node is not None:
        body["nodeId"] = node
    return body


async def _counts() -> tuple[int, ...]:
    return (await Service.all().count(), await Build.all().count(), await Guest.all().count(),
            await IpLease.all().count(), await Task.filter(type__startswith="service").count())


async def test_a_dockerfile_service_s_bad_input_is_refused_naming_the_field(client, server, pve91):
    headers = await owner_headers(client)
    shop = await project(client, headers)
    node = await node_record(server, pve91, shop["teamId"], "main")
    ours = await registry(shop["teamId"])
    other_team = (await client.post("/api/v1/teams", headers=headers, json={"name": "others"})).json()
    foreign = await registry(other_team["id"], "theirs")
    url = f"/api/v1/projects/{shop['id']}/services"
    source = {"type": "dockerfile", "repository": REPOSITORY, "registryId": ours}
    before = await _counts()
    cases = [
        (_body(node, ours, source={"type": "dockerfile", "registryId": ours}), "source.repository"),
        (_body(node, ours, source={**source, "registryId": None}), "source.registryId"),
        (_body(node, ours, source={**source, "registryId": NOTHING}), "source.registryId"),
        (_body(node, ours, source={**source, "registryId": foreign}), "source.registryId"),
        (_body(node, ours, source={**source, "image": "nginx:1.27"}), "source.image"),
        (_body(node, ours, source={**source, "repository": "https://me:token@git.example.com/a.git"}),
         "source.repository"),
        (_body(node, ours, port=None), "port"),
        (_body(node, ours, type="cron", port=None, schedule="* * * * *"), "type"),
        (_body(node, ours, buildConfig={"buildCommand": "make"}), "buildConfig.buildCommand"),
        (_body(node, ours, buildConfig={"startCommand": "serve 'unclosed"}), "buildConfig.startCommand"),
        (_body(node, ours, buildConfig={"builderType": "dockerfile"}), "buildConfig.builderType"),
        # A git or an image service has no Dockerfile: the path is refused, not ignored.
        (_body(node, ours, source={"repository": REPOSITORY, "dockerfile": "Dockerfile"}), "source.dockerfile"),
        (_body(node, ours, source={"type": "image", "image": "nginx:1.27", "dockerfile": "Dockerfile"}),
         "source.dockerfile"),
    ]
    # The Dockerfile's path stays inside the build context and is never an option to buildah.
    for path in ("../Dockerfile", "/etc/passwd", "-f", "a/../../Dockerfile", "docker//web", "./Dockerfile",
                 "Docker file", "a/", ""):
        cases.append((_body(node, ours, source={**source, "dockerfile": path}), "source.dockerfile"))
    for body, named in cases:
        answer = await client.post(url, headers=headers, json=body)
        assert answer.status_code == 422, (body, answer.text)
        assert field(answer) in (named, [named]), (body, answer.json())
        assert await _counts() == before, body


@pytest.mark.ansible
async def test_a_dockerfile_service_is_built_in_the_project_s_build_guest_and_pushed_to_its_registry(
        client, server, pve_sim):
    headers = await owner_headers(client)
    node = await online_node(client, headers, pve_sim)
    shop = await project(client, headers, defaultNodeId=node["id"])
    pushed_to = await Registry.create(team_id=shop["teamId"], name="ours", type=RegistryType.V2,
                                      url="https://registry.test:5000", user="ci", image_name_prefix="team",
                                      sealed_token=pulling.seal_token(server.settings, REGISTRY_PASSWORD),
                                      ca_bundle="-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----")
    url = f"/api/v1/projects/{shop['id']}/services"
    answer = await client.post(url, headers=headers, json=_body(None, str(pushed_to.id), source={
        "type": "dockerfile", "repository": REPOSITORY, "branch": "release", "rootDirectory": "site/",
        "dockerfile": "docker/web.Dockerfile", "registryId": str(pushed_to.id)}))
    assert answer.status_code == 202, answer.text
    created = answer.json()
    assert created["status"] == "building" and "webhookSecret" in created
    assert created["source"] == {"type": "dockerfile", "repository": REPOSITORY, "branch": "release",
                                 "rootDirectory": "site", "gitProviderId": None, "dockerfile": "docker/web.Dockerfile",
                                 "image": "", "registryId": str(pushed_to.id)}
    assert REGISTRY_PASSWORD not in answer.text

    service = await Service.get(id=created["id"])
    assert service.source_type == SourceType.DOCKERFILE and service.dockerfile == "docker/web.Dockerfile"
    own_guest = await Guest.get(id=service.guest_id)
    assert own_guest.resource_type == "service" and own_guest.ip == created["host"]
    # The build runs in the project's build guest, one per (project, node), as the workflows slice records it.
    builder = await Guest.get(resource_type="buildhost", resource_id=shop["id"])
    assert builder.hostname == f"build-{shop['id'].replace('-', '')[:8]}" and builder.ip != own_guest.ip
    task = await Task.get(id=created["taskId"])
    assert task.type == "serviceDockerfileBuild" and task.resource_id == created["id"]
    assert task.playbook.endswith("build_image.yml")
    extra = task.extra_vars
    assert extra["proxmox_guest_vmid"] == builder.vmid and extra["proxmox_guest_hostname"] == builder.hostname
    assert extra["build_image_reference"] == "registry.test:5000/team/web"
    assert extra["build_image_dockerfile"] == "docker/web.Dockerfile" and extra["build_image_context"] == "site"
    assert extra["build_image_cas"] == [{"host": "registry.test:5000", "ca_bundle": pushed_to.ca_bundle}]
    assert extra["build_repo_url"] == REPOSITORY and extra["build_branch"] == "release"
    assert extra["build_commit"] == "" and extra["build_project_id"] == shop["id"]
    assert extra["build_id"] == created["buildId"] and created["buildId"] in extra["build_keep"]
    assert extra["build_images"] == []
    assert REGISTRY_PASSWORD not in json.dumps(extra)
    build = await Build.get(id=created["buildId"])
    assert build.task_id == task.id and build.branch == "release" and build.image == ""

    # Stopped before it built anything: the build is over, the service has nothing to run.
    await client.post(f"/api/v1/tasks/{task.id}/stop", headers=headers)
    ended = await wait_task(client, headers, task.id)
    assert ended["state"] in ("stopped", "failed"), ended
    failed = (await client.get(f"/api/v1/services/{created['id']}", headers=headers)).json()
    assert failed["status"] == "failed" and failed["currentRelease"] is None
    assert (await Build.get(id=created["buildId"])).status in ("cancelled", "failed")
    log = await client.get(f"/api/v1/tasks/{task.id}/logs", headers=headers)
    assert REGISTRY_PASSWORD not in log.text

    # A second service of the project builds in the same guest; its source type never changes.
    second = await client.post(url, headers=headers, json=_body(None, str(pushed_to.id), name="api", type="worker",
                                                                port=None))
    assert second.status_code == 202, second.text
    assert await Guest.filter(resource_type="buildhost").count() == 1
    again = await Task.get(id=second.json()["taskId"])
    assert again.extra_vars["proxmox_guest_vmid"] == builder.vmid
    assert again.extra_vars["build_image_dockerfile"] == "Dockerfile" and second.json()["source"]["dockerfile"] == \
        "Dockerfile"
    await client.post(f"/api/v1/tasks/{again.id}/stop", headers=headers)
    await wait_task(client, headers, again.id)
    for body, named in (({"source": {"type": "git"}}, "source.type"),
                        ({"source": {"type": "image"}}, "source.type"),
                        ({"source": {"dockerfile": "../Dockerfile"}}, "source.dockerfile"),
                        ({"source": {"registryId": None}}, "source.registryId"),
                        ({"source": {"registryId": NOTHING}}, "source.registryId"),
                        ({"source": {"image": "nginx:1.27"}}, "source.image"),
                        ({"buildConfig": {"buildCommand": "make"}}, "buildConfig.buildCommand")):
        refused = await client.put(f"/api/v1/services/{created['id']}", headers=headers, json=body)
        assert refused.status_code == 422 and field(refused) in (named, [named]), refused.text

    # A build of a commit asked for through the API, and a change's redeploy, build the image again.
    asked = await client.post("/api/v1/builds", headers=headers, json={"serviceId": created["id"],
                                                                       "commitSha": "d" * 40})
    assert asked.status_code == 202, asked.text
    run = await Task.get(id=asked.json()["taskId"])
    assert run.type == "serviceDockerfileBuild" and run.extra_vars["build_commit"] == "d" * 40
    assert run.extra_vars["build_id"] == asked.json()["id"] != created["buildId"]
    await client.post(f"/api/v1/tasks/{run.id}/stop", headers=headers)
    await wait_task(client, headers, run.id)
    changed = await client.put(f"/api/v1/services/{created['id']}", headers=headers,
                               json={"port": 8081, "source": {"dockerfile": "Other.Dockerfile"}})
    assert changed.status_code == 202, changed.text
    redeploy = await Task.get(id=changed.json()["taskId"])
    assert redeploy.type == "serviceDockerfileBuild" and changed.json()["port"] == 8081
    assert changed.json()["source"]["dockerfile"] == "Other.Dockerfile"
    assert redeploy.extra_vars["build_image_dockerfile"] == "Other.Dockerfile"
    await client.post(f"/api/v1/tasks/{redeploy.id}/stop", headers=headers)
    await wait_task(client, headers, redeploy.id)

    # A push to its branch builds the pushed commit, as a git service's deploys it.
    push = json.dumps({"ref": "refs/heads/release", "after": "c" * 40}).encode()
    read = webhooks.read_push(service, {"x-github-event": "push"}, push)
    assert read == webhooks.Push(commit="c" * 40, branch="release")
    # The registry it pushes to is in use: not deleted under it.
    refused = await client.delete(f"/api/v1/registries/{pushed_to.id}", headers=headers)
    assert refused.status_code == 409 and "service web" in refused.text, refused.text


def test_the_build_guest_and_its_vars_are_the_workflows_slice_s():
    """The services slice sits below the workflows slice and cannot import it: the facts both rely on to share one
    build guest (and build_prepare.yml's vars) are repeated, and held equal here."""
    assert dockerfile_building.BUILD_GUEST_RESOURCE == build_guest.RESOURCE
    assert dockerfile_building.BUILD_GUEST_SIZE == {"cores": build_guest.CORES, "memory_mb": build_guest.MEMORY_MB,
                                                    "disk_gb": build_guest.DISK_GB}
    project = type("P", (), {"id": __import__("uuid").uuid4()})()
    assert dockerfile_building.build_guest_hostname(project.id) == build_guest.hostname(project)
    prepare = build_vars.BuildPrepareVars.model_fields
    ours = ServiceDockerfileBuildVars.model_fields
    assert set(prepare) <= set(ours)
    assert {name: ours[name].is_required() for name in prepare} == \
        {name: field.is_required() for name, field in prepare.items()}
    assert {"workflowBuildPrepare", "workflowBuildStep"} <= set(dockerfile_building.BUILD_TASK_TYPES)
    assert build_vars.PREPARE_RUN.task_type in dockerfile_building.BUILD_TASK_TYPES
    assert build_vars.STEP_RUN.task_type in dockerfile_building.BUILD_TASK_TYPES
