"""A team's dashboard page: its counts, the onboarding checklist with a link to where each step is done, its tasks
and nodes by state, the next scheduled jobs and its certificates expiring soon; `/dashboard` opens the caller's
own (personal) team's."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from fastapi import APIRouter
from starlette.responses import Response

from service.web.deps import SignedIn

router = APIRouter()

# Seed 001's steps in their order: what each says, where it is done, and where a done one's resource is seen.
STEPS = (("signUp", "Sign up"), ("createTeam", "Create a team"), ("createNode", "Register a Proxmox VE node"),
         ("createProject", "Create a project"), ("createVersion", "Create a version"),
         ("addImages", "Add images to a version"), ("addDeployment", "Add a deployment"), ("deploy", "Deploy"))


def _links(onboarding: dict[str, Any], team_id: UUID) -> dict[str, str]:
    """Where each step is done (a done one: its resource), as far as the answer's ids tell it."""
    rid = {step: item["resourceId"] for step, item in onboarding.items()}
    # A version's page needs its project: the first project's versions are where versions and images are made.
    versions = f"/projects/{rid['createProject']}/versions" if rid["createProject"] else "/projects/new"
    return {
        "signUp": "/profile",
        "createTeam": f"/teams/{team_id}",
        "createNode": f"/nodes/{rid['createNode']}" if rid["createNode"] else "/nodes/new",
        "createProject": f"/projects/{rid['createProject']}" if rid["createProject"] else "/projects/new",
        "createVersion": versions,
        "addImages": versions,
        "addDeployment": f"/deployments/{rid['addDeployment']}" if rid["addDeployment"] else "/deployments/new",
        "deploy": (f"/deployments/{rid['deploy'] or rid['addDeployment']}"
                   if rid["deploy"] or rid["addDeployment"] else "/deployments/new"),
    }


@router.get("/teams/{team_id}/dashboard")
async def team_dashboard(web: SignedIn, team_id: UUID) -> Response:
    team = await web.api.get(f"/teams/{team_id}")
    found = await web.api.get(f"/teams/{team_id}/dashboard")
    links = _links(found["onboarding"], team_id)
    steps = [{"key": key, "text": text, "done": found["onboarding"][key]["done"], "link": links[key]}
             for key, text in STEPS]
    return web.page("dashboard/team.html", team=team, found=found, steps=steps,
                    left=sum(1 for step in steps if not step["done"]))


@router.get("/dashboard")
async def own_dashboard(web: SignedIn) -> Response:
    teams = await web.api.get("/teams")
    own = next((team for team in teams if team["personal"]), teams[0] if teams else None)
    return web.redirect(f"/teams/{own['id']}/dashboard" if own else "/teams")
