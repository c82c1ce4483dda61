"""First run, sign-in, sign-out and the dashboard's front page."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter
from starlette.responses import Response

from service.auth.models import User
from service.web.api_client import ApiFailure
from service.web.deps import Anyone, SignedIn, form_values

router = APIRouter()
# The page of a project invitation (its token as the API makes them), where a sign-in may be headed.
INVITATION = re.compile(r"/invites/[A-Za-z0-9_-]{16,128}")


def _safe_next(target: str | None) -> str:
    """Only a path of this site: never a redirect to another one (`//evil`, `https://evil`, `/\\evil`)."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return "/"
    return target


def _invite_signup(target: str) -> str | None:
    """Where someone sent here by an invitation link makes an account with it instead of signing in."""
    return f"{target}/signup" if INVITATION.fullmatch(target) else None


async def _signed_in_answer(web: Anyone, *, username: str, password: str, target: str) -> Response:
    answer = await web.api.post("/auth/login", {"username": username, "password": password})
    web.session.sign_in(answer["accessToken"])
    return web.redirect(_safe_next(target))


@router.get("/setup")
async def setup_form(web: Anyone) -> Response:
    if await User.exists():
        return web.redirect("/signin")
    return web.page("entry/setup.html", values={}, errors={}, error=None)


@router.post("/setup")
async def setup(web: Anyone) -> Response:
    form = await web.form()
    values = form_values(form, "username", "email", "displayName", "password")
    if await User.exists():
        return web.redirect("/signin", say="This instance has its owner already: sign in.")
    body: dict[str, Any] = {"username": values["username"], "email": values["email"],
                            "password": str(form.get("password") or "")}
    if values["displayName"]:
        body["displayName"] = values["displayName"]
    try:
        await web.api.post("/auth/register", body)
    except ApiFailure as failure:
        return web.page("entry/setup.html", status=failure.status, values=values, errors=failure.fields,
                        error=failure.message)
    return await _signed_in_answer(web, username=body["username"], password=body["password"], target="/")


@router.get("/signin")
async def sign_in_form(web: Anyone, next: str | None = None) -> Response:
    if not await User.exists():
        return web.redirect("/setup")
    target = _safe_next(next)
    return web.page("entry/signin.html", values={}, error=None, target=target, signup=_invite_signup(target))


@router.post("/signin")
async def sign_in(web: Anyone) -> Response:
    form = await web.form()
    values = form_values(form, "username", "next")
    try:
        return await _signed_in_answer(web, username=values["username"], password=str(form.get("password") or ""),
                                       target=values["next"])
    except ApiFailure as failure:
        message = {401: "Wrong username or password.",
                   429: "Too many failed sign-ins: wait a minute and try again."}.get(failure.status,
                                                                                      failure.message)
        if failure.code == "ldap_unreachable":  # not the user's mistake: say so
            message = failure.message
        target = _safe_next(values["next"])
        return web.page("entry/signin.html", status=failure.status, values=values, error=message, target=target,
                        signup=_invite_signup(target))


@router.post("/signout")
async def sign_out(web: Anyone) -> Response:
    await web.form()
    web.session.sign_out()
    return web.redirect("/signin", say="Signed out.")


@router.get("/")
async def home(web: SignedIn) -> Response:
    projects = await web.api.get("/projects", per_page=10)
    nodes = await web.api.get("/nodes", per_page=10)
    databases = await web.api.get("/databases", per_page=10)
    tasks = await web.api.get("/tasks", per_page=10)
    return web.page("home.html", projects=projects, nodes=nodes, databases=databases, tasks=tasks["tasks"])
