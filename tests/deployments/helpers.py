"""What the deployments API tests start from: a versioned project with a version holding an image (a registry
recorded as the registries slice records one), and an online node of the team recorded as a passed check leaves
it."""

from __future__ import annotations

from typing import Any

import httpx

from tests.factories import node_record
from tests.versions.helpers import project, registry, versions_url

URL = "/api/v1/deployments"


async def node(server: Any, sim: Any, team_id: str, name: str = "main") -> str:
    return await node_record(server, sim, team_id, name)


async def world(client: httpx.AsyncClient, server: Any, sim: Any, headers: dict[str, str], *,
                registry_id: str | None = None, images: list[str] | None = None,
                config: dict[str, Any] | None = None) -> dict[str, Any]:
    """A project `shop` with version 1.0 holding the images (default `containr/hello:1.0`, configured with
    `config`), and a node: {project, version, images, registry, node}."""
    shop = await project(client, headers)
    version = (await client.post(versions_url(shop["id"]), headers=headers, json={"name": "1.0"})).json()
    reg = registry_id or await registry(shop["teamId"])
    added = await client.post(versions_url(shop["id"], version["id"], "images"), headers=headers,
                              json=[{"registryId": reg, "images": images or ["containr/hello:1.0"]}])
    assert added.status_code == 201, added.text
    made = added.json()
    if config:
        for image in made:
            patched = await client.patch(versions_url(shop["id"], version["id"], "images", image["id"]),
                                         headers=headers, json={"config": config})
            assert patched.status_code == 200, patched.text
    return {"project": shop, "version": version, "images": made, "registry": reg,
            "node": await node(server, sim, shop["teamId"])}


async def deploy(client: httpx.AsyncClient, headers: dict[str, str], made: dict[str, Any], *,
                 prefix: str = "web", version_id: str | None = None, node_id: str | None = None) -> dict[str, Any]:
    answer = await client.post(URL, headers=headers, json={
        "versionId": version_id or made["version"]["id"], "nodeId": node_id or made["node"], "prefix": prefix})
    assert answer.status_code == 201, answer.text
    return answer.json()
