"""What the create forms offer, read through the API: a listing's first page of 100, the places (project /
environment) where the caller may create something, and the teams whose things (registries, storages) the caller
may manage."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from service.web.deps import SignedIn

TEAM_MANAGERS = ("owner", "admin")


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


async def teams_by_id(web: SignedIn) -> dict[str, dict[str, Any]]:
    return {team["id"]: team for team in await web.api.get("/teams")}


def may_manage(web: SignedIn, teams: Mapping[str, Mapping[str, Any]], team_id: str) -> bool:
    """As the API decides it: the team's owners and admins, and instance admins."""
    assert web.user is not None
    return web.user.is_admin or (teams.get(team_id) or {}).get("role") in TEAM_MANAGERS


def managed_options(web: SignedIn, teams: Mapping[str, Mapping[str, Any]]) -> list[tuple[str, str]]:
    """(teamId, name) of the teams where the caller may add a team's thing."""
    return [(team_id, team["name"] + (" (personal)" if team["personal"] else ""))
            for team_id, team in teams.items() if may_manage(web, teams, team_id)]
