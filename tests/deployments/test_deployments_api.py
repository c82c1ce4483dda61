"""Deployments through the API without a run: made with an instance per image, prefixes taken per node, changes
while preparing, instance overrides and write-only secrets, copies, the token and its trigger, deletion, and the
version's freeze once deployed."""

from __future__ import annotations

import shlex
from datetime import UTC, datetime

import httpx
import pytest

from service.domains.deployments.models import Deployment, DeploymentStatus, DeploymentToken, Instance
from tests.deployments.helpers import URL, deploy, node, world
from tests.factories import owner_headers
from tests.versions.helpers import field, project, versions_url

SECRET = {"secrets": [{"key": "SECRET_TOKEN", "required": True}],
          "environment": [{"key": "GREETING", "value": "hi"}], "ports": [{"internal": 8080}]}


async def test_a_deployment_has_an_instance_per_image_and_the_seed_summaries(client, server, pve_sim):
    headers = await owner_headers(client)
    made = await world(client, server, pve_sim, headers, images=["containr/hello:1.0", "tools/side:2"])
    created = await client.post(URL, headers=headers, json={"versionId": made["version"]["id"],
                                                            "nodeId": made["node"], "prefix": "web", "note": "first"})
    assert created.status_code == 201, created.text
    out = created.json()
    assert out["status"] == "preparing" and out["prefix"] == "web" and out["note"] == "first"
    assert out["project"] == {"id": made["project"]["id"], "name": "shop", "type": "versioned"}
    assert out["version"] == {"id": made["version"]["id"], "name": "1.0", "type": "incremental"}
    assert out["node"] == {"id": made["node"], "name": "main", "type": "proxmox"}
    assert out["audit"]["createdBy"] == "owner" and out["taskId"] is None
    detail = (await client.get(f"{URL}/{out['id']}", headers=headers)).json()
    assert [(i["image"]["name"], i["image"]["order"], i["state"], i["container"]) for i in detail["instances"]] == [
        ("containr/hello", 0, None, None), ("tools/side", 1, None, None)]
    assert detail["environment"] == [] and detail["publicKey"] is None and detail["tokenName"] is None
    listed = (await client.get(URL, headers=headers, params={"projectId": made["project"]["id"]})).json()
    assert listed["total"] == 1 and listed["items"][0]["id"] == out["id"]
    assert (await client.get(URL, headers=headers, params={"status": "failed"})).json()["total"] == 0
    # The version counts it: not deletable while it has one.
    refused = await client.delete(versions_url(made["project"]["id"], made["version"]["id"]), headers=headers)
    assert refused.status_code == 409 and refused.json()["code"] == "in_use"


async def test_prefixes_are_taken_per_node_and_bad_input_names_the_field(client, server, pve_sim):
    headers = await owner_headers(client)
    made = await world(client, server, pve_sim, headers)
    first = await deploy(client, headers, made)
    again = await client.post(URL, headers=headers, json={"versionId": made["version"]["id"], "nodeId": made["node"],
                                                          "prefix": "web"})
    assert again.status_code == 409 and field(again) == "prefix"
    # Another version of the same project deploys over it under the same prefix.
    newer = (await client.post(versions_url(made["project"]["id"], made["version"]["id"], "increase"),
                               headers=headers, json={"name": "1.1"})).json()
    assert (await deploy(client, headers, made, version_id=newer["id"]))["prefix"] == "web"
    # Another project may not take it on that node.
    other = await project(client, headers, name="other", teamId=made["project"]["teamId"])
    version = (await client.post(versions_url(other["id"]), headers=headers, json={"name": "1"})).json()
    await client.post(versions_url(other["id"], version["id"], "images"), headers=headers,
                      json=[{"registryId": made["registry"], "images": ["x:1"]}])
    taken = await client.post(URL, headers=headers, json={"versionId": version["id"], "nodeId": made["node"],
                                                          "prefix": "web"})
    assert taken.status_code == 409 and field(taken) == "prefix"
    for body, named in (({"versionId": made["version"]["id"], "nodeId": made["node"], "prefix": "Web"}, ["prefix"]),
                        ({"versionId": first["id"], "nodeId": made["node"], "prefix": "x"}, "versionId"),
                        ({"versionId": made["version"]["id"], "nodeId": first["id"], "prefix": "x"}, "nodeId")):
        refused = await client.post(URL, headers=headers, json=body)
        assert refused.status_code == 422 and field(refused) == named, refused.text
    assert await Deployment.filter(project_id=made["project"]["id"]).count() == 2


async def test_changes_while_preparing_and_the_environment(client, server, pve_sim):
    headers = await owner_headers(client)
    made = await world(client, server, pve_sim, headers)
    out = await deploy(client, headers, made)
    url = f"{URL}/{out['id']}"
    changed = await client.patch(url, headers=headers, json={"note": "n", "prefix": "shop",
                                                            "environment": [{"key": "MODE", "value": "prod"}]})
    assert changed.status_code == 200, changed.text
    assert (changed.json()["prefix"], changed.json()["note"]) == ("shop", "n")
    assert [(v["key"], v["value"]) for v in changed.json()["environment"]] == [("MODE", "prod")]
    twice = await client.patch(url, headers=headers, json={"environment": [{"key": "A"}, {"key": "A"}]})
    assert twice.status_code == 422 and field(twice) == "environment.1.key"
    await Deployment.filter(id=out["id"]).update(status=DeploymentStatus.SUCCESSFUL)
    frozen = await client.patch(url, headers=headers, json={"prefix": "other"})
    assert frozen.status_code == 409 and frozen.json()["code"] == "not_preparing"
    # Deployed, the incremental version is frozen: increase it for changes.
    image = made["images"][0]
    patched = await client.patch(versions_url(made["project"]["id"], made["version"]["id"], "images", image["id"]),
                                 headers=headers, json={"tag": "2.0"})
    assert patched.status_code == 409 and patched.json()["code"] == "immutable"


async def test_instance_overrides_and_write_only_secrets(client, server, pve_sim):
    headers = await owner_headers(client)
    made = await world(client, server, pve_sim, headers, config=SECRET)
    out = await deploy(client, headers, made)
    detail = (await client.get(f"{URL}/{out['id']}", headers=headers)).json()
    instance = detail["instances"][0]
    url = f"{URL}/{out['id']}/instances/{instance['id']}"
    assert instance["image"]["config"]["environment"][0]["key"] == "GREETING"
    missing = await client.post(f"{URL}/{out['id']}/start", headers=headers, json={})
    assert missing.status_code == 422 and missing.json()["code"] == "missing_secrets"
    assert missing.json()["details"] == {"field": f"instances.{instance['id']}.secrets", "keys": ["SECRET_TOKEN"]}
    assert await Deployment.filter(id=out["id"], status=DeploymentStatus.PREPARING).exists(), "nothing started"
    patched = await client.patch(url, headers=headers, json={"config": {
        "environment": [{"key": "GREETING", "value": "overridden"}],
        "secrets": [{"key": "SECRET_TOKEN", "value": "s3cr3t-value"}]}})
    assert patched.status_code == 200, patched.text
    body = patched.json()
    assert body["image"]["config"]["environment"][0]["value"] == "overridden"
    assert body["overrides"]["environment"][0]["value"] == "overridden" and "secrets" not in body["overrides"]
    assert "s3cr3t-value" not in patched.text
    stored = await Instance.get(id=instance["id"])
    assert "s3cr3t-value" not in stored.sealed_secrets and "s3cr3t-value" not in str(stored.config)
    secrets = (await client.get(f"{url}/secrets", headers=headers)).json()
    assert secrets == {"container": {"prefix": "web", "name": "web-hello"}, "publicKey": None,
                       "keys": ["SECRET_TOKEN"]}
    for wrong, named in (({"secrets": [{"key": "NOPE", "value": "x"}]}, "config.secrets.0.key"),
                         ({"ports": [{"internal": 0}]}, "config.ports.0.internal"),
                         ({"tty": True}, "config.tty")):
        refused = await client.patch(url, headers=headers, json={"config": wrong})
        assert refused.status_code == 422, refused.text
        assert named in (field(refused) if isinstance(field(refused), list) else [field(refused)]), refused.text
    removed = await client.patch(url, headers=headers, json={"config": {"secrets": [{"key": "SECRET_TOKEN",
                                                                                      "value": None}]}})
    assert removed.status_code == 200
    assert (await client.get(f"{url}/secrets", headers=headers)).json()["keys"] == []


async def test_a_user_override_or_args_alone_are_refused_at_start(client, server, pve_sim):
    headers = await owner_headers(client)
    made = await world(client, server, pve_sim, headers)
    out = await deploy(client, headers, made)
    instance = (await client.get(f"{URL}/{out['id']}", headers=headers)).json()["instances"][0]
    url = f"{URL}/{out['id']}/instances/{instance['id']}"
    for config, named in (({"user": 1000}, "user"), ({"args": [{"key": "--verbose"}]}, "args")):
        await Instance.filter(id=instance["id"]).update(config={})
        assert (await client.patch(url, headers=headers, json={"config": config})).status_code == 200
        refused = await client.post(f"{URL}/{out['id']}/start", headers=headers)
        assert refused.status_code == 422 and field(refused) == f"instances.{instance['id']}.config.{named}"


async def test_copy_keeps_environment_overrides_and_secrets(client, server, pve_sim):
    headers = await owner_headers(client)
    made = await world(client, server, pve_sim, headers, config=SECRET)
    out = await deploy(client, headers, made)
    await client.patch(f"{URL}/{out['id']}", headers=headers, json={"environment": [{"key": "MODE", "value": "x"}]})
    instance = (await client.get(f"{URL}/{out['id']}", headers=headers)).json()["instances"][0]
    await client.patch(f"{URL}/{out['id']}/instances/{instance['id']}", headers=headers,
                       json={"config": {"secrets": [{"key": "SECRET_TOKEN", "value": "v"}]}})
    spare = await node(server, pve_sim, made["project"]["teamId"], "spare")
    taken = await client.post(f"{URL}/{out['id']}/copy", headers=headers, json={"nodeId": made["node"],
                                                                                "prefix": "web"})
    assert taken.status_code == 409 and field(taken) == "prefix"
    copied = await client.post(f"{URL}/{out['id']}/copy", headers=headers, json={"nodeId": spare, "prefix": "web"})
    assert copied.status_code == 201, copied.text
    copy = (await client.get(f"{URL}/{copied.json()['id']}", headers=headers)).json()
    assert copy["status"] == "preparing" and copy["node"]["name"] == "spare"
    assert [(v["key"], v["value"]) for v in copy["environment"]] == [("MODE", "x")]
    secrets = await client.get(f"{URL}/{copy['id']}/instances/{copy['instances'][0]['id']}/secrets", headers=headers)
    assert secrets.json()["keys"] == ["SECRET_TOKEN"]


async def test_the_token_is_shown_once_hashed_at_rest_and_starts_only_its_deployment(client, server, pve_sim):
    headers = await owner_headers(client)
    made = await world(client, server, pve_sim, headers, config=SECRET)
    out = await deploy(client, headers, made)
    other = await deploy(client, headers, made, prefix="other")
    made_token = await client.put(f"{URL}/{out['id']}/token", headers=headers,
                                  json={"name": "ci", "expirationInDays": 30})
    assert made_token.status_code == 201, made_token.text
    token = made_token.json()["token"]
    assert token.startswith("ctrd_") and made_token.json()["expiresAt"] is not None
    words = shlex.split(made_token.json()["curl"])
    assert words[:4] == ["curl", "-fsS", "-X", "POST"] and words[5] == f"Authorization: Bearer {token}"
    assert words[6].endswith(f"/api/v1/deployments/{out['id']}/trigger")
    assert token not in (await client.get(f"{URL}/{out['id']}", headers=headers)).text
    assert (await client.get(f"{URL}/{out['id']}", headers=headers)).json()["tokenName"] == "ci"
    assert not await DeploymentToken.filter(token_hash=token).exists()
    again = await client.put(f"{URL}/{out['id']}/token", headers=headers, json={"name": "ci2"})
    assert again.status_code == 409
    trigger = f"{URL}/{out['id']}/trigger"
    for wrong in ({}, {"Authorization": "Bearer ctrd_wrong"}, headers,
                  {"Authorization": f"Basic {token}"}):
        refused = await client.post(trigger, headers=wrong)
        assert refused.status_code == 401, refused.text
    assert (await client.post(f"{URL}/{other['id']}/trigger",
                              headers={"Authorization": f"Bearer {token}"})).status_code == 401
    # The token gets in: what the start then says (a required secret without a value) is the deployment's.
    started = await client.post(trigger, headers={"Authorization": f"Bearer {token}"})
    assert started.status_code == 422 and started.json()["code"] == "missing_secrets"
    await DeploymentToken.filter(deployment_id=out["id"]).update(expires_at=datetime(2020, 1, 1, tzinfo=UTC))
    assert (await client.post(trigger, headers={"Authorization": f"Bearer {token}"})).status_code == 401
    assert (await client.delete(f"{URL}/{out['id']}/token", headers=headers)).status_code == 204
    assert (await client.get(f"{URL}/{out['id']}", headers=headers)).json()["tokenName"] is None


async def test_a_deployment_without_containers_is_deleted_at_once(client, server, pve_sim):
    headers = await owner_headers(client)
    made = await world(client, server, pve_sim, headers)
    out = await deploy(client, headers, made)
    assert (await client.delete(f"{URL}/{out['id']}", headers=headers)).status_code == 204
    assert (await client.get(f"{URL}/{out['id']}", headers=headers)).status_code == 404
    assert (await client.delete(versions_url(made["project"]["id"], made["version"]["id"]),
                                headers=headers)).status_code == 204


@pytest.mark.one_database
async def test_a_new_deployment_has_an_empty_log(client: httpx.AsyncClient, server, pve_sim):
    headers = await owner_headers(client)
    made = await world(client, server, pve_sim, headers)
    out = await deploy(client, headers, made)
    log = await client.get(f"{URL}/{out['id']}/log", headers=headers)
    assert log.status_code == 200 and log.json() == {"items": [], "total": 0}
