"""What the workflows tests start from: a project, step images recorded as a passed registry check leaves them,
and a workflow body."""

from __future__ import annotations

from typing import Any

import httpx

from service.domains.accounts.registration import create_user
from service.domains.workflows.models import StepImage
from tests.factories import PASSWORD, login, personal_team


async def project(client: httpx.AsyncClient, headers: dict[str, str], name: str = "shop") -> dict[str, Any]:
    made = await client.post("/api/v1/projects", headers=headers, json={"name": name})
    assert made.status_code == 201, made.text
    return made.json()


async def user(client: httpx.AsyncClient, name: str) -> tuple[str, dict[str, str], str]:
    """Another user (registration is closed after the owner): their id, headers and personal team's id."""
    made = await create_user(username=name, email=f"{name}@example.com", password=PASSWORD)
    headers = await login(client, name)
    return str(made.id), headers, await personal_team(client, headers)


async def step_image(team_id: str, slug: str = "builder", *, public: bool = False) -> str:
    made = await StepImage.create(team_id=team_id, slug=slug, image_url=f"registry.test:5000/ci/{slug}:1",
                                  public=public)
    return str(made.id)


def step(name: str, *depends_on: str, image: str = "builder", **extra: Any) -> dict[str, Any]:
    return {"name": name, "imageSlug": image, "dependsOn": list(depends_on), "runScript": f"echo {name}",
            "cacheDirs": [], "outputPaths": [], **extra}


def workflows_url(project_id: str) -> str:
    return f"/api/v1/projects/{project_id}/workflows"


def field(response: httpx.Response) -> str | list[str]:
    """The field(s) a 4xx names: our own refusals name one, pydantic's a list."""
    details = response.json()["details"]
    return details["field"] if isinstance(details, dict) else [d["field"] for d in details]
