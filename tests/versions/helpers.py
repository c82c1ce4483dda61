"""What the versions tests start from: an owner, a project, a registry of its team (made as the registries slice
records one: its routes check a real registry, which these tests need not)."""

from __future__ import annotations

from typing import Any

import httpx

from service.domains.registries.models import Registry, RegistryType


async def project(client: httpx.AsyncClient, headers: dict[str, str], name: str = "shop",
                  **extra: Any) -> dict[str, Any]:
    made = await client.post("/api/v1/projects", headers=headers, json={"name": name, **extra})
    assert made.status_code == 201, made.text
    return made.json()


async def registry(team_id: str, name: str = "local") -> str:
    made = await Registry.create(team_id=team_id, name=name, type=RegistryType.V2, url="https://registry.test:5000")
    return str(made.id)


def versions_url(project_id: str, *rest: str) -> str:
    return "/".join([f"/api/v1/projects/{project_id}/versions", *rest])


def field(response: httpx.Response) -> str | list[str]:
    """The field(s) a 4xx names: our own refusals name one, pydantic's a list."""
    details = response.json()["details"]
    return details["field"] if isinstance(details, dict) else [d["field"] for d in details]
