"""The versions slice answers the registries' and storages' `users` events: a registry or storage an image uses
is `inUse` and stays (409 `in_use`, naming the image) until the image lets it go."""

from __future__ import annotations

from service.domains.storages.models import Storage
from tests.factories import owner_headers
from tests.versions.helpers import project, registry, versions_url


async def test_a_registry_in_use_by_an_image_stays(client):
    headers = await owner_headers(client)
    shop = await project(client, headers)
    reg, spare = await registry(shop["teamId"]), await registry(shop["teamId"], "spare")
    version = (await client.post(versions_url(shop["id"]), headers=headers, json={"name": "1.0"})).json()
    url = versions_url(shop["id"], version["id"], "images")
    (web,) = (await client.post(url, headers=headers, json=[{"registryId": reg, "images": ["web:1"]}])).json()
    got = (await client.get(f"/api/v1/registries/{reg}", headers=headers)).json()
    assert got["inUse"] is True
    assert (await client.get(f"/api/v1/registries/{spare}", headers=headers)).json()["inUse"] is False
    refused = await client.delete(f"/api/v1/registries/{reg}", headers=headers)
    assert refused.status_code == 409 and refused.json()["code"] == "in_use"
    assert "image web:1 of version 1.0 of project shop" in refused.text
    assert (await client.delete(f"{url}/{web['id']}", headers=headers)).status_code == 204
    assert (await client.delete(f"/api/v1/registries/{reg}", headers=headers)).status_code == 204


async def test_a_storage_a_volume_seeds_from_stays(client):
    headers = await owner_headers(client)
    shop = await project(client, headers)
    reg = await registry(shop["teamId"])
    used = await Storage.create(team_id=shop["teamId"], name="files", url="https://s3.test/files")
    free = await Storage.create(team_id=shop["teamId"], name="other", url="https://s3.test/other")
    version = (await client.post(versions_url(shop["id"]), headers=headers, json={"name": "1.0"})).json()
    url = versions_url(shop["id"], version["id"], "images")
    (web,) = (await client.post(url, headers=headers, json=[{"registryId": reg, "images": ["web"]}])).json()
    volume = {"name": "site", "path": "/srv", "storageId": str(used.id)}
    assert (await client.patch(f"{url}/{web['id']}", headers=headers,
                               json={"config": {"volumes": [volume]}})).status_code == 200
    assert (await client.get(f"/api/v1/storages/{used.id}", headers=headers)).json()["inUse"] is True
    assert (await client.get(f"/api/v1/storages/{free.id}", headers=headers)).json()["inUse"] is False
    refused = await client.delete(f"/api/v1/storages/{used.id}", headers=headers)
    assert refused.status_code == 409 and refused.json()["code"] == "in_use"
    assert refused.json()["details"] == {"usedBy": ["image web:latest of version 1.0 of project shop"]}
    assert (await client.patch(f"{url}/{web['id']}", headers=headers,
                               json={"config": {"volumes": []}})).status_code == 200
    assert (await client.delete(f"/api/v1/storages/{used.id}", headers=headers)).status_code == 204
