"""An app's access endpoints, which its node's edge serves on the app's own name under /.containr/ (see
roles/edge): `check` answers nginx's auth_request (204 or 401), `login` is the sign-in page that sets the
app's session cookie, `logout` clears it. No bearer token here: the visitor is a browser on the app's name."""

from __future__ import annotations

from html import escape
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Cookie, Form, Query, Response, status
from fastapi.responses import HTMLResponse, RedirectResponse

from service.api.deps import SettingsBox, SettingsDep
from service.auth import accounts
from service.core.errors import ApiError, NotFound
from service.domains.accounts import ldap_login
from service.domains.apps import access
from service.domains.apps.models import App

router = APIRouter(prefix="/apps/{app_id}/access", tags=["apps"])
Target = Annotated[str, Query(max_length=2048, description="Where to go after signing in (a path)")]
SessionCookie = Annotated[str | None, Cookie(alias=access.COOKIE, max_length=512)]

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Sign in to {name}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:24rem;margin:4rem auto;padding:0 1rem}}
label{{display:block;margin:.8rem 0 .2rem}}input{{width:100%;padding:.4rem}}button{{margin-top:1rem;padding:.5rem 1rem}}
.error{{color:#a00}}</style></head>
<body><h1>Sign in to {name}</h1><p>This app is open to the Containr accounts its administrators chose.</p>
{error}<form method="post" action="login"><input type="hidden" name="rd" value="{target}">
<label for="username">Username or email</label><input id="username" name="username" autocomplete="username" required>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button></form></body></html>
"""


async def _restricted(app_id: UUID) -> App:
    app = await App.get_or_none(id=app_id)
    if app is None or app.access_restriction is None:
        raise NotFound(f"No app {app_id} with an access restriction")
    return app


def _page(app: App, target: str, error: str = "", status_code: int = 200) -> HTMLResponse:
    shown = f'<p class="error" role="alert">{escape(error)}</p>' if error else ""
    return HTMLResponse(PAGE.format(name=escape(app.label or app.fqdn), error=shown, target=escape(target)),
                        status_code=status_code, headers={"Cache-Control": "no-store"})


@router.get("/check", status_code=status.HTTP_204_NO_CONTENT, responses={
    401: {"description": "No sign-in of a user the app lets in"}, 404: {"description": "No such restricted app"}},
    summary="Whether the request's sign-in cookie lets it into the app (the edge's auth_request)")
async def check(app_id: UUID, settings: SettingsDep, session: SessionCookie = None) -> Response:
    app = await _restricted(app_id)
    if await access.check(settings, app, session):
        return Response(status_code=status.HTTP_204_NO_CONTENT)
    return Response(status_code=status.HTTP_401_UNAUTHORIZED)


@router.get("/login", response_class=HTMLResponse, responses={404: {"description": "No such restricted app"}},
            summary="The sign-in page of a restricted app (served by the edge on the app's name)")
async def login_page(app_id: UUID, rd: Target = "/") -> HTMLResponse:
    return _page(await _restricted(app_id), access.safe_target(rd))


@router.post("/login", response_class=HTMLResponse, responses={
    303: {"description": "Signed in: the session cookie is set, on to `rd`"},
    401: {"description": "Wrong credentials: the page again"}, 403: {"description": "Not one the app lets in"},
    404: {"description": "No such restricted app"}},
    summary="Sign in to a restricted app with a Containr account")
async def login(app_id: UUID, settings: SettingsDep, box: SettingsBox,
                username: Annotated[str, Form(max_length=254)], password: Annotated[str, Form(max_length=1024)],
                rd: Annotated[str, Form(max_length=2048)] = "/") -> Response:
    app = await _restricted(app_id)
    target = access.safe_target(rd)
    try:
        # A directory account signs in to a restricted app as it signs in to Containr.
        user = await accounts.authenticate(login=username, password=password, external=ldap_login.checker(box))
    except ApiError as refused:
        return _page(app, target, refused.message, status_code=refused.status)
    if not await access.allowed(app, user):
        return _page(app, target, f"{user.username} may not use this app: ask its administrators",
                     status_code=status.HTTP_403_FORBIDDEN)
    answer = RedirectResponse(target, status_code=status.HTTP_303_SEE_OTHER)
    answer.set_cookie(access.COOKIE, access.issue(settings, app, user), max_age=access.LIFETIME, path="/",
                      secure=True, httponly=True, samesite="lax")
    return answer


@router.get("/logout", status_code=status.HTTP_303_SEE_OTHER, responses={
    303: {"description": "Signed out: on to the sign-in page"}}, summary="Sign out of a restricted app")
async def logout(app_id: UUID) -> Response:
    await _restricted(app_id)
    answer = RedirectResponse("login", status_code=status.HTTP_303_SEE_OTHER)
    answer.delete_cookie(access.COOKIE, path="/", secure=True, httponly=True, samesite="lax")
    return answer
