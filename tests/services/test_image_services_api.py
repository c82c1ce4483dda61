"""Image services through the API, with no run needed: what a create and a change refuse (each a 422 naming the
field, nothing recorded), the full reference an image is pulled by, a registry in use, and the routes that mean
git only (a push webhook, a commit to build, the journal)."""

from __future__ import annotations

import json

import pytest

from service.domains.registries.models import Registry, RegistryType
from service.domains.services import image_source, webhooks
from service.domains.services.models import Build, Service, SourceType
from tests.factories import node_record, owner_headers
from tests.versions.helpers import field, project, registry

NOTHING = "00000000-0000-4000-8000-000000000000"


@pytest.mark.parametrize(("image", "named", "expected"), [
    ("nginx", None, "docker.io/library/nginx:latest"),
    ("nginx:1.27", None, "docker.io/library/nginx:1.27"),
    ("acme/shop:2.1", None, "docker.io/acme/shop:2.1"),
    ("ghcr.io/acme/shop:2.1", None, "ghcr.io/acme/shop:2.1"),
    ("localhost:5000/shop", None, "localhost:5000/shop:latest"),
    ("registry.test:5000/a/b@sha256:" + "a" * 64, None, "registry.test:5000/a/b@sha256:" + "a" * 64),
    ("containr/hello:1.0", "registry.test:5000", "registry.test:5000/containr/hello:1.0"),
    ("registry.test:5000/containr/hello:1.0", "registry.test:5000", "registry.test:5000/containr/hello:1.0"),
    ("hello", "registry.test:5000/team", "registry.test:5000/team/hello:latest"),
])
def test_the_full_reference_of_an_image(image, named, expected):
    found = None
    if named is not None:
        host, _, prefix = named.partition("/")
        found = Registry(type=RegistryType.V2, url=f"https://{host}", image_name_prefix=prefix)
    assert image_source.reference(image, found) == expected


async def _setup(client, server, pve91):
    headers = await owner_headers(client)
    shop = await project(client, headers)
    node = await node_record(server, pve91, shop["teamId"], "main")
    return headers, shop, node


def _body(node: str, **change) -> dict:
    return {"name": "web", "type": "web", "nodeId": node, "port": 8080,
            "source": {"type": "image", "image": "nginx:1.27"}, **change}


async def _counts() -> tuple[int, int]:
    return await Service.all().count(), await Build.all().count()


async def test_an_image_service_s_bad_input_is_refused_naming_the_field(client, server, pve91):
    headers, shop, node = await _setup(client, server, pve91)
    url = f"/api/v1/projects/{shop['id']}/services"
    other_team = (await client.post("/api/v1/teams", headers=headers, json={"name": "others"})).json()
    foreign = await registry(other_team["id"], "theirs")
    before = await _counts()
    image = {"type": "image", "image": "nginx:1.27"}
    cases = [
        (_body(node, source={"type": "image"}), "source.image"),
        (_body(node, source={"type": "image", "image": "NGINX:1.27"}), "source.image"),
        (_body(node, source={"type": "image", "image": "nginx:1.27 --privileged"}), "source.image"),
        (_body(node, source={**image, "repository": "https://git.example.com/a.git"}), "source.repository"),
        (_body(node, source={**image, "rootDirectory": "app"}), "source.rootDirectory"),
        (_body(node, source={**image, "registryId": NOTHING}), "source.registryId"),
        (_body(node, source={**image, "registryId": foreign}), "source.registryId"),
        (_body(node, port=None), "port"),
        (_body(node, type="cron", port=None, schedule="* * * * *"), "type"),
        (_body(node, buildConfig={"buildCommand": "make"}), "buildConfig.buildCommand"),
        (_body(node, buildConfig={"startCommand": "serve 'unclosed"}), "buildConfig.startCommand"),
        (_body(node, buildConfig={"builderType": "image"}), "buildConfig.builderType"),
    ]
    for body, named in cases:
        answer = await client.post(url, headers=headers, json=body)
        assert answer.status_code == 422, (body, answer.text)
        assert field(answer) in (named, [named]), (body, answer.json())
        assert await _counts() == before, body


async def test_a_change_keeps_to_the_service_s_source_type(client, server, pve91):
    headers, shop, node = await _setup(client, server, pve91)
    reg = await registry(shop["teamId"])
    image = await Service.create(
        project_id=shop["id"], name="img", type="worker", source_type=SourceType.IMAGE, image="containr/hello:1.0",
        registry_id=reg, repository="", node_id=node, sealed_webhook_secret="x")
    git = await Service.create(project_id=shop["id"], name="code", type="worker", repository="https://g.test/a.git",
                               node_id=node, sealed_webhook_secret="x")
    cases = [
        (image, {"source": {"type": "git"}}, "source.type"),
        (image, {"source": {"repository": "https://g.test/b.git"}}, "source.repository"),
        (image, {"source": {"branch": "main"}}, "source.branch"),
        (image, {"source": {"registryId": NOTHING}}, "source.registryId"),
        (image, {"buildConfig": {"buildCommand": "make"}}, "buildConfig.buildCommand"),
        (git, {"source": {"image": "nginx:1.27"}}, "source.image"),
        (git, {"source": {"type": "image"}}, "source.type"),
    ]
    for service, body, named in cases:
        answer = await client.put(f"/api/v1/services/{service.id}", headers=headers, json=body)
        assert answer.status_code == 422, (body, answer.text)
        assert field(answer) == named, (body, answer.json())
        assert await Build.filter(service=service).count() == 0
    # A commit or a branch means git: an image service has neither.
    for body, named in (({"commitSha": "a" * 40}, "commitSha"), ({"branch": "main"}, "branch")):
        answer = await client.post("/api/v1/builds", headers=headers, json={"serviceId": str(image.id), **body})
        assert answer.status_code == 422 and field(answer) == named, answer.text
    # A git push deploys nothing; the journal is a git service's guest's.
    push = json.dumps({"ref": "refs/heads/main", "after": "b" * 40}).encode()
    ignored = webhooks.read_push(image, {"x-github-event": "push"}, push)
    assert isinstance(ignored, str) and "runs an image" in ignored
    image.status, image.current_release_id, image.host = "running", image.id, "10.0.0.9"
    await image.save()
    logs = await client.get(f"/api/v1/services/{image.id}/logs", headers=headers)
    assert logs.status_code == 409 and logs.json()["code"] == "not_supported", logs.text
    # The registry it pulls with is in use: not deleted under it.
    listed = (await client.get(f"/api/v1/registries/{reg}", headers=headers)).json()
    assert listed["inUse"] is True
    refused = await client.delete(f"/api/v1/registries/{reg}", headers=headers)
    assert refused.status_code == 409 and "service img" in refused.text, refused.text
