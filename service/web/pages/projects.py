"""Projects: the list, creating one, a project's page (environments, versions, members, invitations, databases),
editing, transferring and deleting it, and opening and accepting an invitation link (or making an account with it)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Path, Query
from starlette.responses import Response

from service.web.api_client import ApiClient, ApiFailure
from service.web.deps import Anyone, SignedIn, form_values
from service.web.pages.environments import can

router = APIRouter()

PER_PAGE = 25
ROLES = {"owner": "Owner", "admin": "Admin", "member": "Member", "viewer": "Viewer"}
# The roles a member or an invitation may be given: the owner's changes only by a transfer.
GIVEN = [("viewer", "Viewer"), ("member", "Member"), ("admin", "Admin")]
PROJECT_FIELDS = ("name", "displayName", "description", "color")
# An invitation token as the API makes them (URL-safe base64); anything else names no invitation.
Token = Annotated[str, Path(pattern=r"^[A-Za-z0-9_-]{16,128}$")]


def _optional(values: Mapping[str, str], *names: str) -> dict[str, str | None]:
    return {name: values[name] or None for name in names}


def _named(members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each member with the name the page shows: an account's display name (or username), a group's name."""
    return [{**m, "name": (m["displayName"] or m["username"]) if m["userId"] else f"Group {m['groupName']}"}
            for m in members]


async def _recent_tasks(web: SignedIn, databases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The last task of each of the project's databases, newest first (the tasks list has no project filter)."""
    tasks = []
    for task_id in sorted({d["taskId"] for d in databases if d["taskId"]}, reverse=True)[:10]:
        try:
            tasks.append(await web.api.get(f"/tasks/{task_id}"))
        except ApiFailure:
            continue  # pruned, or started by someone whose tasks the caller may not read
    return tasks


async def _project_page(web: SignedIn, project_id: UUID, *, status: int = 200,
                        values: Mapping[str, str] | None = None, errors: Mapping[str, str] | None = None,
                        error: str | None = None) -> Response:
    project = await web.api.get(f"/projects/{project_id}")
    powers = can(project)
    members = _named(await web.api.get(f"/projects/{project_id}/members"))
    environments_ = await web.api.get(f"/projects/{project_id}/environments")
    databases = await web.api.get("/databases", projectId=str(project_id), per_page=50)
    versions = await web.api.get(f"/projects/{project_id}/versions", per_page=10)
    return web.page(
        "projects/detail.html", status=status, project=project, can=powers, roles=ROLES, given=GIVEN,
        versions=versions,
        environments=environments_, env_names={e["id"]: e["displayName"] or e["name"] for e in environments_},
        members=members,
        invites=await web.api.get(f"/projects/{project_id}/invites") if powers["manage"] else [],
        me=str(web.user.id if web.user else ""), databases=databases,
        tasks=await _recent_tasks(web, databases["items"]),
        values=values or {"role": "member"}, errors=errors or {}, error=error)


@router.get("/projects")
async def project_list(web: SignedIn, search: Annotated[str, Query(max_length=100)] = "",
                       page: Annotated[int, Query(ge=1, le=100000)] = 1) -> Response:
    listing = await web.api.get("/projects", search=search, page=page, per_page=PER_PAGE)
    teams = await web.api.get("/teams")
    invites = await web.api.get("/me/invites")
    return web.page("projects/list.html", listing=listing, search=search, roles=ROLES, invites=invites,
                    may_create=any(team["role"] for team in teams))


async def _teams(web: SignedIn) -> list[dict[str, Any]]:
    return [team for team in await web.api.get("/teams") if team["role"]]


def _team_options(teams: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(team["id"], team["name"] + (" (personal)" if team["personal"] else "")) for team in teams]


@router.get("/projects/new")
async def new_project_form(web: SignedIn) -> Response:
    teams = await _teams(web)
    personal = next((team["id"] for team in teams if team["personal"]), "")
    return web.page("projects/new.html", teams=_team_options(teams), values={"teamId": personal}, errors={},
                    error=None)


@router.post("/projects")
async def create_project(web: SignedIn) -> Response:
    form = await web.form()
    values = form_values(form, "teamId", *PROJECT_FIELDS)
    body = {"name": values["name"], "description": values["description"],
            **_optional(values, "teamId", "displayName", "color")}
    try:
        project = await web.api.post("/projects", body)
    except ApiFailure as failure:
        return web.page("projects/new.html", status=failure.status, teams=_team_options(await _teams(web)),
                        values=values, errors=failure.fields, error=failure.message)
    return web.redirect(f"/projects/{project['id']}",
                        say=f"Project {project['displayName']} created with its production environment.")


@router.get("/projects/{project_id}")
async def project_page(web: SignedIn, project_id: UUID) -> Response:
    return await _project_page(web, project_id)


async def _edit_page(web: SignedIn, project: dict[str, Any], *, status: int = 200, values: Mapping[str, str],
                     errors: Mapping[str, str], error: str | None) -> Response:
    nodes = await web.api.get("/nodes", teamId=project["teamId"], per_page=100)
    options = [("", "None: chosen for each database")] + [(n["id"], n["name"]) for n in nodes["items"]]
    return web.page("projects/edit.html", status=status, project=project, nodes=options, values=values,
                    errors=errors, error=error)


@router.get("/projects/{project_id}/edit")
async def edit_form(web: SignedIn, project_id: UUID) -> Response:
    project = await web.api.get(f"/projects/{project_id}")
    values = {name: project[name] or "" for name in PROJECT_FIELDS}
    values.update(defaultNodeId=project["defaultNodeId"] or "",
                  singleServerMode="on" if project["singleServerMode"] else "")
    return await _edit_page(web, project, values=values, errors={}, error=None)


@router.post("/projects/{project_id}/edit")
async def edit(web: SignedIn, project_id: UUID) -> Response:
    form = await web.form()
    values = form_values(form, *PROJECT_FIELDS, "defaultNodeId", "singleServerMode")
    body = {"name": values["name"] or None, "displayName": values["displayName"] or None,
            "description": values["description"], "color": values["color"] or None,
            "singleServerMode": bool(values["singleServerMode"]), "defaultNodeId": values["defaultNodeId"] or None}
    try:
        project = await web.api.put(f"/projects/{project_id}", body)
    except ApiFailure as failure:
        if failure.status in (403, 404):
            raise
        project = await web.api.get(f"/projects/{project_id}")
        return await _edit_page(web, project, status=failure.status, values=values, errors=failure.fields,
                                error=failure.message)
    return web.redirect(f"/projects/{project_id}", say=f"Project {project['displayName']} saved.")


async def _delete_page(web: SignedIn, project_id: UUID, *, status: int = 200, error: str | None = None) -> Response:
    project = await web.api.get(f"/projects/{project_id}")
    return web.page("projects/delete.html", status=status, project=project,
                    environments=await web.api.get(f"/projects/{project_id}/environments"),
                    databases=await web.api.get("/databases", projectId=str(project_id), per_page=100),
                    error=error)


@router.get("/projects/{project_id}/delete")
async def delete_form(web: SignedIn, project_id: UUID) -> Response:
    return await _delete_page(web, project_id)


@router.post("/projects/{project_id}/delete")
async def delete(web: SignedIn, project_id: UUID) -> Response:
    await web.form()
    try:
        await web.api.delete(f"/projects/{project_id}")
    except ApiFailure as failure:
        if failure.status in (403, 404):
            raise
        return await _delete_page(web, project_id, status=failure.status, error=failure.message)
    return web.redirect("/projects", say="Project deleted; its databases' deletes run as tasks.")


@router.post("/projects/{project_id}/members/{member_id}/role")
async def change_role(web: SignedIn, project_id: UUID, member_id: UUID) -> Response:
    form = await web.form()
    role = form_values(form, "role")["role"]
    try:
        await web.api.put(f"/projects/{project_id}/members/{member_id}", {"role": role})
    except ApiFailure as failure:
        return web.redirect(f"/projects/{project_id}#members", say=failure.message)
    return web.redirect(f"/projects/{project_id}#members", say=f"The member is now {ROLES[role].lower()}.")


@router.post("/projects/{project_id}/members/{member_id}/remove")
async def remove_member(web: SignedIn, project_id: UUID, member_id: UUID) -> Response:
    await web.form()
    try:
        await web.api.delete(f"/projects/{project_id}/members/{member_id}")
    except ApiFailure as failure:
        return web.redirect(f"/projects/{project_id}#members", say=failure.message)
    return web.redirect(f"/projects/{project_id}#members", say="Member removed from the project.")


@router.post("/projects/{project_id}/transfer")
async def transfer(web: SignedIn, project_id: UUID) -> Response:
    form = await web.form()
    new_owner = form_values(form, "newOwnerId")["newOwnerId"]
    try:
        await web.api.post(f"/projects/{project_id}/transfer", {"newOwnerId": new_owner or None})
    except ApiFailure as failure:
        return web.redirect(f"/projects/{project_id}", say=failure.message)
    return web.redirect(f"/projects/{project_id}", say="Ownership handed over; you stay an admin of the project.")


@router.post("/projects/{project_id}/invites")
async def invite(web: SignedIn, project_id: UUID) -> Response:
    form = await web.form()
    values = form_values(form, "email", "role")
    try:
        invited = await web.api.post(f"/projects/{project_id}/invites", {"email": values["email"],
                                                                         "role": values["role"] or "member"})
    except ApiFailure as failure:
        if failure.status in (403, 404):
            raise
        return await _project_page(web, project_id, status=failure.status, values=values,
                                   errors=failure.fields, error=failure.message)
    project = await web.api.get(f"/projects/{project_id}")
    # The token exists only in this answer: rendered here, never redirected with, and kept out of caches.
    response = web.page("projects/invite_created.html", status=201, project=project, invited=invited,
                        link=invited["link"],
                        roles=ROLES)
    response.headers["Cache-Control"] = "no-store"
    return response


@router.post("/projects/{project_id}/invites/{invite_id}/withdraw")
async def withdraw_invite(web: SignedIn, project_id: UUID, invite_id: UUID) -> Response:
    await web.form()
    try:
        await web.api.delete(f"/projects/{project_id}/invites/{invite_id}")
    except ApiFailure as failure:
        return web.redirect(f"/projects/{project_id}#invites", say=failure.message)
    return web.redirect(f"/projects/{project_id}#invites", say="Invitation withdrawn: its link no longer works.")


@router.get("/invites/{token}")
async def invitation(web: SignedIn, token: Token) -> Response:
    offer = await web.api.get(f"/invites/{token}")
    response = web.page("projects/invitation.html", offer=offer, token=token, roles=ROLES)
    response.headers["Cache-Control"] = "no-store"
    return response


@router.post("/invites/{token}/accept")
async def accept_invitation(web: SignedIn, token: Token) -> Response:
    await web.form()
    offer = await web.api.get(f"/invites/{token}")
    member = await web.api.post(f"/invites/{token}/accept")
    return web.redirect(f"/projects/{member['projectId']}",
                        say=f"You joined {offer['projectName']} as {ROLES[member['role']].lower()}.")


def _signup_page(web: Anyone, token: str, offer: Mapping[str, Any], *, status: int = 200,
                 values: Mapping[str, str] | None = None, errors: Mapping[str, str] | None = None,
                 error: str | None = None) -> Response:
    response = web.page("projects/signup.html", status=status, offer=offer, token=token, roles=ROLES,
                        values=values or {}, errors=errors or {}, error=error)
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/invites/{token}/signup")
async def signup_form(web: Anyone, token: Token) -> Response:
    if web.session.token:
        return web.redirect(f"/invites/{token}")  # signed in already: accept as that account
    return _signup_page(web, token, await web.api.get(f"/invites/{token}"))


@router.post("/invites/{token}/signup")
async def signup(web: Anyone, token: Token) -> Response:
    """An account made with the invitation (which registration accepts at once, also when it is closed), signed
    in, and on to the project."""
    form = await web.form()
    if web.session.token:
        return web.redirect(f"/invites/{token}")
    values = form_values(form, "username", "email")
    offer = await web.api.get(f"/invites/{token}")
    password = str(form.get("password") or "")
    try:
        await web.api.post("/auth/register", {**values, "password": password, "inviteToken": token})
    except ApiFailure as failure:
        return _signup_page(web, token, offer, status=failure.status, values=values, errors=failure.fields,
                            error=failure.message)
    said = f"Welcome: you joined {offer['projectName']} as {ROLES[offer['role']].lower()}."
    try:
        answer = await web.api.post("/auth/login", {"username": values["username"], "password": password})
    except ApiFailure:
        return web.redirect("/signin", say=f"{said} Sign in with your new account.")
    web.session.sign_in(answer["accessToken"])
    return web.redirect(await _joined(web, answer["accessToken"]), say=said)


async def _joined(web: Anyone, access_token: str) -> str:
    """The project a new account joined: the only one it sees (its own team has none yet)."""
    api = ApiClient(web.request, access_token)
    try:
        seen = await api.get("/projects", per_page=2)
    finally:
        await api.aclose()
    return f"/projects/{seen['items'][0]['id']}" if seen["total"] == 1 else "/projects"
