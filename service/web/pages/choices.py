"""What the create forms offer, read through the API: a listing's first page of 100, and the places (project /
environment) where the caller may create something."""

from __future__ import annotations

from typing import Any

from service.web.deps import SignedIn


async def first_hundred(web: SignedIn, path: str, **params: Any) -> list[dict[str, Any]]:
    return list((await web.api.get(path, per_page=100, **params))["items"])


async def placement_options(web: SignedIn, projects: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(projectId/environmentId, "project / environment") for each project the caller may create in."""
    options: list[tuple[str, str]] = []
    for project in projects:
        if project["role"] == "viewer":
            continue
        for environment in await web.api.get(f"/projects/{project['id']}/environments"):
            options.append((f"{project['id']}/{environment['id']}",
                            f"{project['name']} / {environment['name']}"
                            f"{' (default)' if environment['isDefault'] else ''}"))
    return options
