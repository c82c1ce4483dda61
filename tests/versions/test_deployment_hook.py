"""The hook point for the deployments slice (versions.deployments): a deployed incremental version's images are
frozen and a version with deployments stays, while a rolling version stays changeable. A stand-in hook answers
here as that slice will."""

from __future__ import annotations

from collections.abc import Iterator
from uuid import UUID

import pytest

from service.domains.versions.events import VERSION_DEPLOYMENTS
from tests.factories import owner_headers
from tests.versions.helpers import field, project, registry, versions_url

DEPLOYED: dict[str, str] = {}  # version id -> the deployment a stand-in reports, past `preparing`


async def _deployments(state, *, version_ids: list[UUID], deployments: dict, deployed: dict) -> None:
    for version_id in version_ids:
        if (note := DEPLOYED.get(str(version_id))) is not None:
            deployments.setdefault(version_id, []).append(note)
            deployed.setdefault(version_id, []).append(note)


@pytest.fixture
def deployments(server) -> Iterator[dict[str, str]]:
    hooks = server.app.state.hooks.by_event.setdefault(VERSION_DEPLOYMENTS, [])
    hooks.append(_deployments)
    yield DEPLOYED
    hooks.remove(_deployments)
    DEPLOYED.clear()


async def test_a_deployed_version_is_frozen_and_kept(client, deployments):
    headers = await owner_headers(client)
    shop = await project(client, headers)
    reg = await registry(shop["teamId"])
    first = (await client.post(versions_url(shop["id"]), headers=headers, json={"name": "1.0"})).json()
    edge = (await client.post(versions_url(shop["id"]), headers=headers,
                              json={"name": "edge", "type": "rolling"})).json()
    images = {}
    for version in (first, edge):
        (images[version["id"]],) = (await client.post(versions_url(shop["id"], version["id"], "images"),
                                                      headers=headers,
                                                      json=[{"registryId": reg, "images": ["web"]}])).json()
        deployments[version["id"]] = f"deployment prod on node main of {version['name']}"
    frozen = (await client.get(versions_url(shop["id"], first["id"]), headers=headers)).json()
    assert frozen["mutable"] is False and frozen["deletable"] is False and frozen["increasable"] is True
    url = versions_url(shop["id"], first["id"], "images")
    image_id = images[first["id"]]["id"]
    for method, path, body in (("PATCH", f"{url}/{image_id}", {"tag": "2"}), ("DELETE", f"{url}/{image_id}", None),
                               ("POST", url, [{"registryId": reg, "images": ["more"]}]),
                               ("PUT", f"{url}/order", [image_id])):
        refused = await client.request(method, path, headers=headers, json=body)
        assert refused.status_code == 409 and refused.json()["code"] == "immutable", (method, path)
    kept = await client.delete(versions_url(shop["id"], edge["id"]), headers=headers)
    assert kept.status_code == 409 and kept.json()["code"] == "in_use"
    assert kept.json()["details"] == {"deployments": ["deployment prod on node main of edge"]}
    # A rolling version changes while deployed; an incremental one is increased instead.
    rolling = versions_url(shop["id"], edge["id"], "images", images[edge["id"]]["id"])
    assert (await client.patch(rolling, headers=headers, json={"tag": "2"})).status_code == 200
    increased = await client.post(versions_url(shop["id"], first["id"], "increase"), headers=headers,
                                  json={"name": "1.1"})
    assert increased.status_code == 201 and increased.json()["mutable"] is True
    renamed = await client.put(versions_url(shop["id"], first["id"]), headers=headers, json={"name": "edge"})
    assert renamed.status_code == 409 and field(renamed) == "name"
