"""The signed-in account's own pages: its details, its password and its API tokens (a new token shown once)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from fastapi import APIRouter
from starlette.responses import Response

from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values

router = APIRouter(prefix="/profile")

EXPIRY_OPTIONS = [("", "Never"), *((days, f"After {days} days") for days in ("30", "60", "90", "365"))]
# The details form asks for the current password under its own name: the password form has one too, and two
# controls on one page may not share an id.
EMAIL_PASSWORD = "emailPassword"


def _blank() -> dict[str, Any]:
    return {"values": {}, "errors": {}, "error": None}


def _refused(failure: ApiFailure, values: dict[str, str], renamed: dict[str, str] | None = None) -> dict[str, Any]:
    """A refused form's state: what was typed and the API's errors under the form's own field names, each with a
    message (the API names some fields without one, such as a wrong current password)."""
    renamed = renamed or {}
    errors = {renamed.get(name, name): message or failure.message for name, message in failure.fields.items()}
    return {"values": values, "errors": errors, "error": failure.message}


def _with_expiry(token: dict[str, Any], now: datetime) -> dict[str, Any]:
    expires = token.get("expiresAt")
    expired = bool(expires) and datetime.fromisoformat(expires.replace("Z", "+00:00")) <= now
    return {**token, "expired": expired}


async def _profile(web: SignedIn, *, status: int = 200, details: dict[str, Any] | None = None,
                   password: dict[str, Any] | None = None, token: dict[str, Any] | None = None) -> Response:
    me = await web.api.get("/users/me")
    now = datetime.now(UTC)
    tokens = [_with_expiry(t, now) for t in await web.api.get("/tokens")]
    details = details or {"values": {"displayName": me["displayName"], "email": me["email"]}, "errors": {},
                          "error": None}
    return web.page("profile/index.html", status=status, me=me, tokens=tokens, details=details,
                    password=password or _blank(), token=token or _blank(), expiry_options=EXPIRY_OPTIONS)


@router.get("")
async def profile(web: SignedIn) -> Response:
    return await _profile(web)


@router.post("")
async def save_details(web: SignedIn) -> Response:
    form = await web.form()
    values = form_values(form, "displayName", "email")
    body: dict[str, Any] = {"displayName": values["displayName"], "email": values["email"]}
    if current := str(form.get(EMAIL_PASSWORD) or ""):
        body["currentPassword"] = current
    try:
        await web.api.patch("/user/profile", body)
    except ApiFailure as failure:
        return await _profile(web, status=failure.status,
                              details=_refused(failure, values, {"currentPassword": EMAIL_PASSWORD}))
    return web.redirect("/profile", say="Profile saved.")


@router.post("/password")
async def change_password(web: SignedIn) -> Response:
    form = await web.form()
    current, new, confirm = (str(form.get(name) or "") for name in ("currentPassword", "password", "confirm"))
    if new != confirm:
        return await _profile(web, status=422, password={
            "values": {}, "errors": {"confirm": "The two new passwords differ."},
            "error": "The new password and its confirmation differ."})
    try:
        await web.api.patch("/user/profile", {"password": new, "currentPassword": current})
    except ApiFailure as failure:
        return await _profile(web, status=failure.status, password=_refused(failure, {}))
    # The API ends nothing else on a password change (sessions and API tokens stand): say so.
    return web.redirect("/profile", say="Password changed. Other signed-in sessions and your API tokens keep "
                                        "working; revoke any token that may be known to someone else.")


@router.post("/tokens")
async def create_token(web: SignedIn) -> Response:
    form = await web.form()
    values = form_values(form, "name", "expirationInDays")
    body: dict[str, Any] = {"name": values["name"]}
    if days := values["expirationInDays"]:
        body["expirationInDays"] = int(days) if days.isdigit() else days  # the API names any other value
    try:
        created = await web.api.post("/tokens", body)
    except ApiFailure as failure:
        return await _profile(web, status=failure.status, token=_refused(failure, values))
    # The token exists only in this answer: rendered here, never redirected with, and kept out of caches.
    response = web.page("profile/token_created.html", status=201, token=created)
    response.headers["Cache-Control"] = "no-store"
    return response


def _token_path(token_id: str) -> str:
    """The API path of one token; an id that cannot be one is the page's 404, not a JSON validation error."""
    try:
        return f"/tokens/{UUID(token_id)}"
    except ValueError:
        raise ApiFailure(404, {"error": "No such API token", "code": "not_found"}) from None


@router.get("/tokens/{token_id}/revoke")
async def revoke_form(web: SignedIn, token_id: str) -> Response:
    token = await web.api.get(_token_path(token_id))
    return web.page("profile/revoke.html", token=_with_expiry(token, datetime.now(UTC)))


@router.post("/tokens/{token_id}/revoke")
async def revoke(web: SignedIn, token_id: str) -> Response:
    await web.form()
    path = _token_path(token_id)
    token = await web.api.get(path)
    await web.api.delete(path)
    return web.redirect("/profile#tokens", say=f"Token “{token['name']}” revoked: it no longer works.")
