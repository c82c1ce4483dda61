"""Teams: the caller's teams and pending invitations, a team's members (invite, withdraw, roles, remove, leave),
renaming and deleting a team, and answering an invitation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from uuid import UUID

from fastapi import APIRouter
from starlette.responses import Response

from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values

router = APIRouter()

ROLES = {"owner": "Owner", "admin": "Admin", "user": "Member"}
# Where answering an invitation returns to: the page it was answered on, never a URL from the form.
BACK = ("/teams", "/invitations")


def _powers(web: SignedIn, team: dict[str, Any]) -> dict[str, Any]:
    """What the caller may do in the team, as the API decides it: owners and admins of the team (and instance
    admins) manage; only owners (and instance admins) make or unmake owners and delete the team."""
    assert web.user is not None
    role = team["role"]
    manage = role in ("owner", "admin") or web.user.is_admin
    owner = role == "owner" or web.user.is_admin
    me = str(web.user.id)
    owners = sum(1 for m in team["members"] if m["role"] == "owner" and m["status"] == "member")
    members = []
    for member in team["members"]:
        accepted = member["status"] == "member"
        reachable = manage and accepted and (owner or member["role"] != "owner")
        mine = member["userId"] == me
        # The last owner cannot step down (the API says 409): no control that can only be refused.
        last = member["role"] == "owner" and owners <= 1
        # A pending invitation names only an email; an account is named once it accepts.
        name = member["displayName"] or member["username"] or member["email"]
        members.append({**member, "name": name, "me": mine, "change_role": reachable and not last,
                        "remove": reachable and not mine,
                        "reinvite": manage and not accepted, "withdraw": manage and not accepted})
    return {"manage": manage, "owner": owner, "delete": owner and not team["personal"],
            "leave": role is not None, "last_owner": role == "owner" and owners <= 1,
            "role_options": [(key, text) for key, text in ROLES.items() if owner or key != "owner"],
            "members": members}


async def _team_page(web: SignedIn, team_id: UUID, *, status: int = 200, values: Mapping[str, str] | None = None,
                     errors: Mapping[str, str] | None = None, error: str | None = None) -> Response:
    team = await web.api.get(f"/teams/{team_id}")
    return web.page("teams/detail.html", status=status, team=team, can=_powers(web, team), roles=ROLES,
                    values=values or {"role": "user"}, errors=errors or {}, error=error)


@router.get("/teams")
async def team_list(web: SignedIn) -> Response:
    teams = await web.api.get("/teams")
    me = await web.api.get("/users/me")
    return web.page("teams/list.html", teams=teams, invitations=me["invitations"], roles=ROLES)


@router.get("/teams/new")
async def new_team_form(web: SignedIn) -> Response:
    return web.page("teams/new.html", values={}, errors={}, error=None)


@router.post("/teams")
async def create_team(web: SignedIn) -> Response:
    form = await web.form()
    values = form_values(form, "name", "slug")
    body = {"name": values["name"], "slug": values["slug"] or None}
    try:
        team = await web.api.post("/teams", body)
    except ApiFailure as failure:
        return web.page("teams/new.html", status=failure.status, values=values, errors=failure.fields,
                        error=failure.message)
    return web.redirect(f"/teams/{team['id']}", say=f"Team {team['name']} created: invite its members here.")


@router.get("/teams/{team_id}")
async def team_page(web: SignedIn, team_id: UUID) -> Response:
    return await _team_page(web, team_id)


@router.post("/teams/{team_id}/invite")
async def invite(web: SignedIn, team_id: UUID) -> Response:
    form = await web.form()
    values = form_values(form, "email", "role")
    try:
        invited = await web.api.post(f"/teams/{team_id}/users", {"email": values["email"],
                                                                 "role": values["role"] or "user"})
    except ApiFailure as failure:
        if failure.status == 404:
            raise
        return await _team_page(web, team_id, status=failure.status, values=values, errors=failure.fields,
                                error=failure.message)
    return web.redirect(f"/teams/{team_id}", say=_invited_note(invited, "Invited"))


def _invited_note(invited: dict[str, Any], done: str) -> str:
    mail = "an email went out" if invited["emailSent"] else \
        f"no email went out ({invited['emailError'] or 'mail is not set up'})"
    return (f"{done} {invited['email']} as {ROLES[invited['role']].lower()}: {mail}. The invitation waits under "
            "Teams once they sign in with that address.")


@router.post("/teams/{team_id}/members/{member_id}/reinvite")
async def reinvite(web: SignedIn, team_id: UUID, member_id: UUID) -> Response:
    await web.form()
    try:
        invited = await web.api.post(f"/teams/{team_id}/users/{member_id}/reinvite")
    except ApiFailure as failure:
        return web.redirect(f"/teams/{team_id}", say=failure.message)
    return web.redirect(f"/teams/{team_id}", say=_invited_note(invited, "Invited again"))


@router.post("/teams/{team_id}/members/{member_id}/withdraw")
async def withdraw(web: SignedIn, team_id: UUID, member_id: UUID) -> Response:
    await web.form()
    try:
        await web.api.delete(f"/teams/{team_id}/users/{member_id}/invitation")
    except ApiFailure as failure:
        return web.redirect(f"/teams/{team_id}", say=failure.message)
    return web.redirect(f"/teams/{team_id}", say="Invitation withdrawn.")


@router.post("/teams/{team_id}/members/{user_id}/role")
async def change_role(web: SignedIn, team_id: UUID, user_id: UUID) -> Response:
    form = await web.form()
    role = form_values(form, "role")["role"]
    try:
        member = await web.api.put(f"/teams/{team_id}/users/{user_id}/role", {"role": role})
    except ApiFailure as failure:
        return web.redirect(f"/teams/{team_id}", say=failure.message)
    name = member["displayName"] or member["username"] or member["email"]
    return web.redirect(f"/teams/{team_id}", say=f"{name} is now {ROLES[member['role']].lower()}.")


@router.post("/teams/{team_id}/members/{user_id}/remove")
async def remove_member(web: SignedIn, team_id: UUID, user_id: UUID) -> Response:
    await web.form()
    try:
        await web.api.delete(f"/teams/{team_id}/users/{user_id}")
    except ApiFailure as failure:
        return web.redirect(f"/teams/{team_id}", say=failure.message)
    return web.redirect(f"/teams/{team_id}", say="Member removed from the team.")


@router.post("/teams/{team_id}/leave")
async def leave(web: SignedIn, team_id: UUID) -> Response:
    await web.form()
    try:
        await web.api.delete(f"/teams/{team_id}/users/leave")
    except ApiFailure as failure:
        return web.redirect(f"/teams/{team_id}", say=failure.message)
    return web.redirect("/teams", say="You left the team.")


@router.get("/teams/{team_id}/edit")
async def edit_form(web: SignedIn, team_id: UUID) -> Response:
    team = await web.api.get(f"/teams/{team_id}")
    return web.page("teams/edit.html", team=team, values={"name": team["name"], "slug": team["slug"]},
                    errors={}, error=None)


@router.post("/teams/{team_id}/edit")
async def edit(web: SignedIn, team_id: UUID) -> Response:
    form = await web.form()
    values = form_values(form, "name", "slug")
    try:
        team = await web.api.put(f"/teams/{team_id}", {"name": values["name"], "slug": values["slug"] or None})
    except ApiFailure as failure:
        if failure.status == 404:
            raise
        team = await web.api.get(f"/teams/{team_id}")
        return web.page("teams/edit.html", status=failure.status, team=team, values=values,
                        errors=failure.fields, error=failure.message)
    return web.redirect(f"/teams/{team_id}", say=f"Team {team['name']} saved.")


@router.get("/teams/{team_id}/delete")
async def delete_form(web: SignedIn, team_id: UUID) -> Response:
    team = await web.api.get(f"/teams/{team_id}")
    projects = await web.api.get("/projects", teamId=team_id, per_page=1)
    nodes = await web.api.get("/nodes", teamId=team_id, per_page=1)
    return web.page("teams/delete.html", team=team, projects=projects["total"], nodes=nodes["total"], error=None)


@router.post("/teams/{team_id}/delete")
async def delete(web: SignedIn, team_id: UUID) -> Response:
    await web.form()
    try:
        await web.api.delete(f"/teams/{team_id}")
    except ApiFailure as failure:
        if failure.status == 404:
            raise
        team = await web.api.get(f"/teams/{team_id}")
        projects = await web.api.get("/projects", teamId=team_id, per_page=1)
        nodes = await web.api.get("/nodes", teamId=team_id, per_page=1)
        return web.page("teams/delete.html", status=failure.status, team=team, projects=projects["total"],
                        nodes=nodes["total"], error=failure.message)
    return web.redirect("/teams", say="Team deleted.")


@router.get("/invitations")
async def invitations(web: SignedIn) -> Response:
    me = await web.api.get("/users/me")
    return web.page("teams/invitations.html", invitations=me["invitations"], roles=ROLES)


@router.post("/invitations/{team_id}/accept")
async def accept(web: SignedIn, team_id: UUID) -> Response:
    await web.form()
    try:
        me = await web.api.post(f"/users/me/invitations/{team_id}")
    except ApiFailure as failure:
        return web.redirect("/invitations", say=failure.message)
    name = next((t["name"] for t in me["teams"] if t["id"] == str(team_id)), "the team")
    return web.redirect(f"/teams/{team_id}", say=f"Welcome to {name}.")


@router.post("/invitations/{team_id}/decline")
async def decline(web: SignedIn, team_id: UUID) -> Response:
    form = await web.form()
    back = form_values(form, "back")["back"]
    back = back if back in BACK else "/invitations"
    try:
        await web.api.delete(f"/users/me/invitations/{team_id}")
    except ApiFailure as failure:
        return web.redirect(back, say=failure.message)
    return web.redirect(back, say="Invitation declined.")
