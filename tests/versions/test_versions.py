"""Versions through the API: create, list, get, change, default, increase, delete, and who may do what."""

from __future__ import annotations

from service.domains.accounts.registration import create_user
from tests.factories import PASSWORD, login, owner_headers
from tests.versions.helpers import field, project, registry, versions_url


async def test_a_version_lives_and_goes(client):
    headers = await owner_headers(client)
    shop = await project(client, headers)
    url = versions_url(shop["id"])
    assert (await client.get(url, headers=headers)).json() == {"items": [], "total": 0, "page": 1, "perPage": 20}
    made = await client.post(url, headers=headers, json={"name": "1.0.0", "changelog": "first"})
    assert made.status_code == 201, made.text
    first = made.json()
    assert first["type"] == "incremental" and first["default"] is True and first["increasable"] is True
    assert first["mutable"] is True and first["deletable"] is True and first["imagesCount"] == 0
    assert first["audit"]["createdBy"] == "owner" and first["projectId"] == shop["id"]
    taken = await client.post(url, headers=headers, json={"name": "1.0.0"})
    assert taken.status_code == 409 and field(taken) == "name"
    bad = await client.post(url, headers=headers, json={"name": "no spaces", "type": "weekly"})
    assert bad.status_code == 422 and set(field(bad)) == {"name", "type"}
    rolling = (await client.post(url, headers=headers, json={"name": "edge", "type": "rolling"})).json()
    assert rolling["default"] is False and rolling["increasable"] is False
    listed = (await client.get(url, headers=headers)).json()
    assert [v["name"] for v in listed["items"]] == ["1.0.0", "edge"] and listed["total"] == 2
    assert (await client.get(url, headers=headers, params={"search": "edg"})).json()["total"] == 1
    # The default goes last; first another one becomes the default.
    refused = await client.delete(versions_url(shop["id"], first["id"]), headers=headers)
    assert refused.status_code == 409 and refused.json()["code"] == "default"
    got = (await client.get(versions_url(shop["id"], first["id"]), headers=headers)).json()
    assert got["deletable"] is False and got["images"] == []
    made_default = await client.put(versions_url(shop["id"], rolling["id"], "default"), headers=headers)
    assert made_default.status_code == 200 and made_default.json()["default"] is True
    assert (await client.get(versions_url(shop["id"], first["id"]), headers=headers)).json()["default"] is False
    renamed = await client.put(versions_url(shop["id"], first["id"]), headers=headers,
                               json={"name": "1.0.1", "changelog": "fixed"})
    assert renamed.status_code == 200 and renamed.json()["name"] == "1.0.1" and renamed.json()["changelog"] == "fixed"
    clash = await client.put(versions_url(shop["id"], first["id"]), headers=headers, json={"name": "edge"})
    assert clash.status_code == 409 and field(clash) == "name"
    assert (await client.delete(versions_url(shop["id"], first["id"]), headers=headers)).status_code == 204
    assert (await client.get(versions_url(shop["id"], first["id"]), headers=headers)).status_code == 404
    assert (await client.delete(versions_url(shop["id"], rolling["id"]), headers=headers)).status_code == 204


async def test_new_versions_start_with_the_defaults_images(client):
    headers = await owner_headers(client)
    shop = await project(client, headers)
    reg = await registry(shop["teamId"])
    base = (await client.post(versions_url(shop["id"]), headers=headers, json={"name": "1.0"})).json()
    await client.post(versions_url(shop["id"], base["id"], "images"), headers=headers,
                      json=[{"registryId": reg, "images": ["web:1", "worker"]}])
    other = (await client.post(versions_url(shop["id"]), headers=headers, json={"name": "2.0"})).json()
    assert other["imagesCount"] == 2 and other["parentId"] is None
    images = (await client.get(versions_url(shop["id"], other["id"]), headers=headers)).json()["images"]
    assert [(i["name"], i["tag"], i["order"]) for i in images] == [("web", "1", 0), ("worker", "latest", 1)]


async def test_increase_copies_images_and_configs_once(client):
    headers = await owner_headers(client)
    shop = await project(client, headers)
    reg = await registry(shop["teamId"])
    base = (await client.post(versions_url(shop["id"]), headers=headers, json={"name": "1.0"})).json()
    images = (await client.post(versions_url(shop["id"], base["id"], "images"), headers=headers,
                                json=[{"registryId": reg, "images": ["web:1", "db:16"]}])).json()
    config = {"environment": [{"key": "MODE", "value": "prod"}], "secrets": [{"key": "TOKEN"}],
              "ports": [{"internal": 8080}], "volumes": [{"name": "data", "path": "/data", "size": "2Gi"}],
              "commands": [{"key": "/bin/web"}], "args": [{"key": "--port=8080"}], "user": 1000,
              "expose": "exposeWithTls", "routing": {"domain": "shop.example.com", "path": "/", "stripPath": False}}
    patched = await client.patch(versions_url(shop["id"], base["id"], "images", images[0]["id"]), headers=headers,
                                 json={"config": config})
    assert patched.status_code == 200, patched.text
    increased = await client.post(versions_url(shop["id"], base["id"], "increase"), headers=headers,
                                  json={"name": "1.1", "changelog": "more"})
    assert increased.status_code == 201, increased.text
    copy = increased.json()
    assert copy["type"] == "incremental" and copy["parentId"] == base["id"] and copy["changelog"] == "more"
    assert copy["default"] is False and copy["imagesCount"] == 2
    source = (await client.get(versions_url(shop["id"], base["id"]), headers=headers)).json()
    copied = (await client.get(versions_url(shop["id"], copy["id"]), headers=headers)).json()
    assert source["increasable"] is False and copied["increasable"] is True
    assert [(i["name"], i["tag"], i["order"], i["config"]) for i in copied["images"]] == [
        (i["name"], i["tag"], i["order"], i["config"]) for i in source["images"]]
    assert {i["id"] for i in copied["images"]}.isdisjoint({i["id"] for i in source["images"]})
    assert copied["images"][0]["config"]["environment"][0]["value"] == "prod"
    # The copy is its own: changing it leaves the source as it was.
    await client.patch(versions_url(shop["id"], copy["id"], "images", copied["images"][0]["id"]), headers=headers,
                       json={"tag": "2"})
    assert (await client.get(versions_url(shop["id"], base["id"], "images", images[0]["id"]),
                             headers=headers)).json()["tag"] == "1"
    again = await client.post(versions_url(shop["id"], base["id"], "increase"), headers=headers, json={"name": "1.2"})
    assert again.status_code == 409 and again.json()["code"] == "increased"
    taken = await client.post(versions_url(shop["id"], copy["id"], "increase"), headers=headers, json={"name": "1.0"})
    assert taken.status_code == 409 and field(taken) == "name"
    rolling = (await client.post(versions_url(shop["id"]), headers=headers,
                                 json={"name": "edge", "type": "rolling"})).json()
    refused = await client.post(versions_url(shop["id"], rolling["id"], "increase"), headers=headers,
                                json={"name": "edge-2"})
    assert refused.status_code == 409 and refused.json()["code"] == "rolling"


async def test_a_versionless_project_has_one_rolling_version_until_converted(client):
    headers = await owner_headers(client)
    single = await project(client, headers, "single", type="versionless")
    (only,) = (await client.get(versions_url(single["id"]), headers=headers)).json()["items"]
    assert only["name"] == "rolling" and only["type"] == "rolling" and only["default"] is True
    assert only["deletable"] is False and only["increasable"] is False and only["mutable"] is True
    more = await client.post(versions_url(single["id"]), headers=headers, json={"name": "2"})
    assert more.status_code == 409 and more.json()["code"] == "versionless"
    kept = await client.delete(versions_url(single["id"], only["id"]), headers=headers)
    assert kept.status_code == 409 and kept.json()["code"] == "versionless"
    assert (await client.post(f"/api/v1/projects/{single['id']}/convert", headers=headers)).status_code == 200
    added = await client.post(versions_url(single["id"]), headers=headers, json={"name": "2.0"})
    assert added.status_code == 201
    listed = (await client.get(versions_url(single["id"]), headers=headers)).json()["items"]
    assert [(v["name"], v["default"]) for v in listed] == [("rolling", True), ("2.0", False)]


async def test_members_read_and_admins_change(client):
    headers = await owner_headers(client)
    shop = await project(client, headers)
    version = (await client.post(versions_url(shop["id"]), headers=headers, json={"name": "1.0"})).json()
    for name, role in (("vera", "viewer"), ("adam", "admin")):
        user = await create_user(username=name, email=f"{name}@example.com", password=PASSWORD)
        added = await client.post(f"/api/v1/projects/{shop['id']}/members", headers=headers,
                                  json={"userId": str(user.id), "role": role})
        assert added.status_code == 201
    await create_user(username="olga", email="olga@example.com", password=PASSWORD)
    vera, adam, olga = [await login(client, n) for n in ("vera", "adam", "olga")]
    assert (await client.get(versions_url(shop["id"], version["id"]), headers=vera)).status_code == 200
    assert (await client.get(versions_url(shop["id"], version["id"]), headers=olga)).status_code == 404
    assert (await client.put(versions_url(shop["id"], version["id"]), headers=vera,
                             json={"changelog": "x"})).status_code == 403
    changed = await client.put(versions_url(shop["id"], version["id"]), headers=adam, json={"changelog": "x"})
    assert changed.status_code == 200 and changed.json()["audit"]["updatedBy"] == "adam"
    assert (await client.post(versions_url(shop["id"]), headers=vera, json={"name": "2"})).status_code == 403
    other = await project(client, headers, "other")
    elsewhere = await client.get(versions_url(other["id"], version["id"]), headers=headers)
    assert elsewhere.status_code == 404
