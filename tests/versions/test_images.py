"""Images of a version through the API: added from the team's registries, configured (PATCH merges), refused
naming the field (what a Proxmox OCI container cannot honour among them), ordered and removed."""

from __future__ import annotations

import pytest

from service.domains.storages.models import Storage
from service.domains.versions.config import CANNOT_HONOUR
from tests.factories import owner_headers
from tests.versions.helpers import field, project, registry, versions_url


async def _version(client, headers, **extra):
    shop = await project(client, headers, **extra)
    version = (await client.post(versions_url(shop["id"]), headers=headers, json={"name": "1.0"})).json()
    return shop, version, await registry(shop["teamId"])


async def test_images_are_added_listed_ordered_and_removed(client):
    headers = await owner_headers(client)
    shop, version, reg = await _version(client, headers)
    url = versions_url(shop["id"], version["id"], "images")
    added = await client.post(url, headers=headers, json=[{"registryId": reg, "images": [
        "library/nginx:1.27", "app", "tools/app:v2"]}])
    assert added.status_code == 201, added.text
    images = added.json()
    assert [(i["name"], i["tag"], i["order"], i["config"]["name"]) for i in images] == [
        ("library/nginx", "1.27", 0, "nginx"), ("app", "latest", 1, "app"), ("tools/app", "v2", 2, "app-2")]
    assert images[0]["registry"] == {"id": reg, "name": "local", "type": "v2"}
    assert images[0]["versionId"] == version["id"]
    assert images[0]["config"]["restartPolicy"] == "unlessStopped" and images[0]["config"]["networkMode"] == "bridge"
    more = (await client.post(url, headers=headers, json=[{"registryId": reg, "images": ["redis:7"]}])).json()
    assert more[0]["order"] == 3
    ids = [i["id"] for i in images] + [more[0]["id"]]
    new_order = [ids[3], ids[0], ids[2], ids[1]]
    ordered = await client.put(f"{url}/order", headers=headers, json=new_order)
    assert ordered.status_code == 200 and [i["id"] for i in ordered.json()] == new_order
    assert [(i["id"], i["order"]) for i in (await client.get(url, headers=headers)).json()] == [
        (image_id, index) for index, image_id in enumerate(new_order)]
    for wrong in (new_order[:3], [*new_order, new_order[0]], [*new_order[:3], version["id"]]):
        refused = await client.put(f"{url}/order", headers=headers, json=wrong)
        assert refused.status_code == 422 and field(refused) == "body"
    assert (await client.delete(f"{url}/{ids[0]}", headers=headers)).status_code == 204
    assert (await client.get(f"{url}/{ids[0]}", headers=headers)).status_code == 404
    assert [(i["id"], i["order"]) for i in (await client.get(url, headers=headers)).json()] == [
        (ids[3], 0), (ids[2], 1), (ids[1], 2)]
    detail = (await client.get(versions_url(shop["id"], version["id"]), headers=headers)).json()
    assert [i["id"] for i in detail["images"]] == [ids[3], ids[2], ids[1]] and detail["imagesCount"] == 3


async def test_adding_refuses_another_teams_registry_and_bad_names(client):
    headers = await owner_headers(client)
    shop, version, reg = await _version(client, headers)
    team = (await client.post("/api/v1/teams", headers=headers, json={"name": "Other", "slug": "other"})).json()
    foreign = await registry(team["id"], "theirs")
    url = versions_url(shop["id"], version["id"], "images")
    refused = await client.post(url, headers=headers, json=[{"registryId": reg, "images": ["a"]},
                                                            {"registryId": foreign, "images": ["b"]}])
    assert refused.status_code == 422 and field(refused) == "1.registryId"
    bad = await client.post(url, headers=headers, json=[{"registryId": reg, "images": ["ok", "Bad Name:1", "x:"]}])
    assert bad.status_code == 422 and field(bad) == ["0.images.1", "0.images.2"]
    empty = await client.post(url, headers=headers, json=[{"registryId": reg, "images": []}])
    assert empty.status_code == 422 and field(empty) == ["0.images"]
    assert (await client.get(url, headers=headers)).json() == [], "nothing half-added"


async def test_patch_merges_the_config_and_checks_it_whole(client):
    headers = await owner_headers(client)
    shop, version, reg = await _version(client, headers)
    url = versions_url(shop["id"], version["id"], "images")
    web, worker = (await client.post(url, headers=headers, json=[{"registryId": reg, "images": ["web", "worker"]}])
                   ).json()
    first = await client.patch(f"{url}/{web['id']}", headers=headers, json={"tag": "1.2", "config": {
        "environment": [{"key": "MODE", "value": "prod"}], "ports": [{"internal": 80, "external": 80}],
        "secrets": [{"key": "API_TOKEN", "required": True}], "restartPolicy": "always"}})
    assert first.status_code == 200, first.text
    config = first.json()["config"]
    assert first.json()["tag"] == "1.2" and config["name"] == "web" and config["restartPolicy"] == "always"
    assert config["secrets"][0]["key"] == "API_TOKEN" and "value" not in config["secrets"][0]
    second = await client.patch(f"{url}/{web['id']}", headers=headers, json={"config": {"user": 1000}})
    merged = second.json()["config"]
    assert merged["user"] == 1000 and merged["environment"] == config["environment"], "the other fields stay"
    assert merged["ports"] == config["ports"] and first.json()["tag"] == second.json()["tag"]
    cases = [
        ({"ports": [{"internal": 0}]}, ["config.ports.0.internal"]),
        ({"ports": [{"internal": 80}, {"internal": 80}]}, "config.ports.1.internal"),
        ({"environment": [{"key": "1BAD", "value": ""}]}, ["config.environment.0.key"]),
        ({"environment": [{"key": "A"}, {"key": "A"}]}, "config.environment.1.key"),
        ({"secrets": [{"key": "MODE"}]}, "config.secrets.0.key"),
        ({"secrets": [{"key": "S", "value": "hunter2"}]}, ["config.secrets.0.value"]),
        ({"volumes": [{"name": "d", "path": "relative"}]}, ["config.volumes.0.path"]),
        ({"volumes": [{"name": "d", "path": "/a"}, {"name": "e", "path": "/a"}]}, "config.volumes.1.path"),
        ({"volumes": [{"name": "d", "path": "/a", "storageId": version["id"]}]}, "config.volumes.0.storageId"),
        ({"routing": {"domain": "Not A Domain"}}, ["config.routing.domain"]),
        ({"expose": "expose", "ports": []}, "config.ports"),
        ({"networkMode": "none"}, "config.networkMode"),
        ({"user": -1}, ["config.user"]),
        ({"surprise": True}, ["config.surprise"]),
        ({"name": "Web!"}, ["config.name"]),
    ]
    for change, named in cases:
        refused = await client.patch(f"{url}/{web['id']}", headers=headers, json={"config": change})
        assert refused.status_code == 422 and field(refused) == named, (change, refused.text)
    assert "hunter2" not in refused.text
    taken = await client.patch(f"{url}/{worker['id']}", headers=headers, json={"config": {"name": "web"}})
    assert taken.status_code == 409 and field(taken) == "config.name"
    unchanged = (await client.get(f"{url}/{web['id']}", headers=headers)).json()
    assert unchanged["config"] == merged, "a refused change leaves the config as it was"
    bad_tag = await client.patch(f"{url}/{web['id']}", headers=headers, json={"tag": "no spaces"})
    assert bad_tag.status_code == 422 and field(bad_tag) == ["tag"]


async def test_a_volume_names_a_storage_of_the_team(client):
    headers = await owner_headers(client)
    shop, version, reg = await _version(client, headers)
    storage = await Storage.create(team_id=shop["teamId"], name="files", url="https://s3.test/bucket")
    url = versions_url(shop["id"], version["id"], "images")
    (web,) = (await client.post(url, headers=headers, json=[{"registryId": reg, "images": ["web"]}])).json()
    volume = {"name": "site", "path": "/srv/site", "size": "1Gi", "type": "ro", "class": "local-lvm",
              "storageId": str(storage.id)}
    patched = await client.patch(f"{url}/{web['id']}", headers=headers, json={"config": {"volumes": [volume]}})
    assert patched.status_code == 200, patched.text
    assert {k: v for k, v in patched.json()["config"]["volumes"][0].items() if k != "id"} == volume


# What each refused seed field (or value) is sent as; CANNOT_HONOUR is the list API-MAP repeats.
UNHONOURED = {
    "tty": ({"tty": True}, "config.tty"),
    "networks": ({"networks": [{"key": "backend"}]}, "config.networks"),
    "networkMode=host": ({"networkMode": "host"}, "config.networkMode"),
    "initContainers": ({"initContainers": [{"name": "init", "image": "busybox"}]}, "config.initContainers"),
    "configContainer": ({"configContainer": {"image": "cfg", "volume": "v", "path": "/c"}}, "config.configContainer"),
    "capabilities": ({"capabilities": [{"key": "NET_ADMIN"}]}, "config.capabilities"),
    "storage": ({"storage": {"storageId": "x", "path": "/p"}}, "config.storage"),
    "logConfig": ({"logConfig": {"driver": "syslog"}}, "config.logConfig"),
    "dockerLabels": ({"dockerLabels": [{"key": "a", "value": "b"}]}, "config.dockerLabels"),
    "labels": ({"labels": {"service": [{"key": "a", "value": "b"}]}}, "config.labels"),
    "annotations": ({"annotations": {"ingress": [{"key": "a", "value": "b"}]}}, "config.annotations"),
    "useLoadBalancer": ({"useLoadBalancer": True}, "config.useLoadBalancer"),
    "extraLBAnnotations": ({"extraLBAnnotations": [{"key": "a", "value": "b"}]}, "config.extraLBAnnotations"),
    "healthCheckConfig": ({"healthCheckConfig": {"port": 80, "livenessProbe": "/"}}, "config.healthCheckConfig"),
    "customHeaders": ({"customHeaders": [{"key": "X-A"}]}, "config.customHeaders"),
    "proxyHeaders": ({"proxyHeaders": True}, "config.proxyHeaders"),
    "resourceConfig.requests": ({"resourceConfig": {"requests": {"cpu": "1"}}}, "config.resourceConfig.requests"),
    "restartPolicy=onFailure": ({"restartPolicy": "onFailure"}, "config.restartPolicy"),
    "deploymentStrategy=rolling": ({"deploymentStrategy": "rolling"}, "config.deploymentStrategy"),
    "volumes.type=rwx": ({"volumes": [{"name": "v", "path": "/v", "type": "rwx"}]}, "config.volumes.0.type"),
    "volumes.type=mem": ({"volumes": [{"name": "v", "path": "/v", "type": "mem"}]}, "config.volumes.0.type"),
    "volumes.type=tmp": ({"volumes": [{"name": "v", "path": "/v", "type": "tmp"}]}, "config.volumes.0.type"),
    "ports.external": ({"ports": [{"internal": 80, "external": 8080}]}, "config.ports.0.external"),
    "portRanges.external": ({"portRanges": [{"internal": {"from": 1, "to": 2}, "external": {"from": 3, "to": 4}}]},
                            "config.portRanges.0.external"),
}


@pytest.mark.one_database
async def test_what_a_proxmox_container_cannot_honour_is_refused_saying_why(client):
    assert set(UNHONOURED) == set(CANNOT_HONOUR), "every entry of the list is tried"
    headers = await owner_headers(client)
    shop, version, reg = await _version(client, headers)
    url = versions_url(shop["id"], version["id"], "images")
    (web,) = (await client.post(url, headers=headers, json=[{"registryId": reg, "images": ["web"]}])).json()
    for key, (config, named) in UNHONOURED.items():
        refused = await client.patch(f"{url}/{web['id']}", headers=headers, json={"config": config})
        assert refused.status_code == 422 and field(refused) == [named], (key, refused.text)
        assert CANNOT_HONOUR[key] in refused.json()["details"][0]["message"], key
    empty = {"tty": False, "networks": [], "labels": {}, "initContainers": None, "proxyHeaders": False}
    assert (await client.patch(f"{url}/{web['id']}", headers=headers, json={"config": empty})).status_code == 200
    limits = await client.patch(f"{url}/{web['id']}", headers=headers,
                                json={"config": {"resourceConfig": {"limits": {"cpu": "500m", "memory": "512Mi"}}}})
    assert limits.status_code == 200 and limits.json()["config"]["resourceConfig"]["limits"]["memory"] == "512Mi"
