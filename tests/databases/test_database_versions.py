"""GET /nodes/{id}/database-versions: the versions a create on that node accepts, for whoever sees the node."""

from __future__ import annotations

import pytest

from service.domains.accounts.registration import create_user
from service.domains.databases import versions
from service.domains.databases.models import DatabaseType
from service.domains.nodes.models import Node
from tests.factories import PASSWORD, login, online_node, owner_headers

pytestmark = pytest.mark.ansible

NOWHERE = "00000000-0000-0000-0000-000000000000"


async def test_a_nodes_versions_are_those_a_create_accepts(client, pve_sim):
    headers = await owner_headers(client)
    node = await online_node(client, headers, pve_sim)  # a Debian 12 template
    url = f"/api/v1/nodes/{node['id']}/database-versions"
    answer = await client.get(url, headers=headers)
    assert answer.status_code == 200, answer.text
    offered = answer.json()
    assert set(offered) == {kind.value for kind in DatabaseType}
    assert offered["postgresql"] == ["15"] and offered["redis"] == ["7.0"] and offered["mysql"]
    assert offered == {kind.value: versions.debian_versions(kind)["12"] for kind in DatabaseType}

    project = (await client.post("/api/v1/projects", headers=headers,
                                 json={"name": "shop", "defaultNodeId": node["id"]})).json()
    refused = await client.post("/api/v1/databases", headers=headers,
                                json={"name": "orders", "type": "mysql", "version": "5.5", "projectId": project["id"]})
    assert refused.status_code == 422 and refused.json()["details"]["available"] == offered["mysql"]

    # A Debian release the roles do not know offers nothing, and a create there is refused naming the node.
    found = await Node.get(id=node["id"])
    stretch = "local:vztmpl/debian-9-standard_9.7-1_amd64.tar.gz"
    await Node.filter(id=node["id"]).update(defaults={**found.defaults, "template": stretch})
    assert (await client.get(url, headers=headers)).json() == {"postgresql": [], "mysql": [], "redis": []}
    nowhere = await client.post("/api/v1/databases", headers=headers,
                                json={"name": "orders", "type": "redis", "projectId": project["id"]})
    assert nowhere.status_code == 422 and nowhere.json()["details"]["field"] == "nodeId"

    # Someone outside the node's team does not learn it exists.
    await create_user(username="mallory", email="mallory@example.com", password=PASSWORD)
    mallory = await login(client, "mallory")
    assert (await client.get(url, headers=mallory)).status_code == 404
    assert (await client.get(f"/api/v1/nodes/{NOWHERE}/database-versions", headers=headers)).status_code == 404
    assert (await client.get(url)).status_code == 401
