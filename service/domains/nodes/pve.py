"""Reading a Proxmox VE node's API directly, for answers that must be live (the guests on it now).

Changes never go this way: they are playbook runs. The token travels only in the request header."""

from __future__ import annotations

from typing import Any

import httpx

from service.core.errors import BadGateway
from service.core.secrets import SecretBox
from service.domains.nodes.models import Node

TIMEOUT = httpx.Timeout(5.0, connect=3.0)


async def get(node: Node, box: SecretBox, path: str, **params: str) -> Any:
    """`data` of GET /api2/json/<path>; an unreachable or refusing node is a 502 that says which and why."""
    secret = box.open(node.sealed_token_secret)
    headers = {"Authorization": f"PVEAPIToken={node.token_id}={secret}"}
    try:
        async with httpx.AsyncClient(verify=node.verify_tls, timeout=TIMEOUT) as client:
            response = await client.get(f"{node.api_url}/api2/json{path}", params=params, headers=headers)
    except httpx.TimeoutException as exc:
        raise BadGateway(f"Node {node.name} did not answer within {TIMEOUT.read:g} s", code="node_unreachable",
                         details={"nodeId": str(node.id)}) from exc
    except httpx.HTTPError as exc:
        reason = "its TLS certificate is not trusted (verifyTls)" if "CERTIFICATE" in str(exc).upper() else str(exc)
        raise BadGateway(f"Node {node.name} cannot be reached: {reason}", code="node_unreachable",
                         details={"nodeId": str(node.id)}) from exc
    if response.status_code == 401:
        raise BadGateway(f"Node {node.name} refused Containr's API token", code="node_refused",
                         details={"nodeId": str(node.id)})
    if response.status_code >= 400:
        raise BadGateway(f"Node {node.name} answered {response.status_code}: {response.reason_phrase}",
                         code="node_error", details={"nodeId": str(node.id)})
    try:
        return response.json()["data"]
    except (ValueError, KeyError, TypeError) as exc:
        raise BadGateway(f"Node {node.name} did not answer like Proxmox VE", code="node_error",
                         details={"nodeId": str(node.id)}) from exc


async def cluster_guests(node: Node, box: SecretBox) -> list[dict[str, Any]]:
    """Every container and VM of the node's cluster, as /cluster/resources lists them."""
    found = await get(node, box, "/cluster/resources", type="vm")
    return [entry for entry in found or [] if entry.get("type") in ("lxc", "qemu")]
