"""External LDAP (administrators): the directory's form, the sync button and the last sync task."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter
from starlette.responses import Response

from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values

router = APIRouter(prefix="/settings/ldap")

API = "/settings/external_ldap_config"
FIELDS = ("provider", "url", "baseDn", "filter", "usernameField", "bindDn", "groupBaseDn", "groupFilter",
          "groupnameField")
PROVIDERS = [("noop", "Off: accounts are local only"), ("other", "OpenLDAP or another LDAP server"),
             ("ad", "Active Directory"), ("jumpcloud", "JumpCloud"), ("okta", "Okta")]


def _shown(config: Mapping[str, Any]) -> dict[str, str]:
    values = {name: str(config.get(name) or "") for name in FIELDS}
    values["autoCreate"] = "true" if config.get("autoCreate") else ""
    return values


async def _page(web: SignedIn, *, status: int = 200, values: Mapping[str, str] | None = None,
                failure: ApiFailure | None = None) -> Response:
    config = await web.api.get(API)
    tasks = (await web.api.get("/tasks", type="syncExternalLdap", per_page=1))["tasks"]
    return web.page("settings/ldap.html", status=status, config=config,
                    values=dict(values) if values is not None else _shown(config),
                    errors=failure.fields if failure else {}, error=failure.message if failure else None,
                    providers=PROVIDERS, last_sync=tasks[0] if tasks else None)


@router.get("")
async def ldap_page(web: SignedIn) -> Response:
    # The API refuses anyone but an administrator: its 403 becomes the "Not allowed" page, not a form.
    return await _page(web)


@router.post("")
async def set_ldap(web: SignedIn) -> Response:
    form = await web.form()
    values = {**form_values(form, *FIELDS), "autoCreate": "true" if form.get("autoCreate") else ""}
    body: dict[str, Any]
    if values["provider"] == "noop":
        body = {"provider": "noop"}
    else:
        body = {name: values[name] for name in FIELDS if values[name] or name in ("filter",)}
        for optional in ("groupBaseDn", "groupFilter", "groupnameField"):
            body[optional] = values[optional] or None
        body["autoCreate"] = bool(values["autoCreate"])
        # Write-only: typed, it replaces the stored one; left empty, the stored one is kept.
        password = str(form.get("bindPassword") or "")
        if password:
            body["bindPassword"] = password
    try:
        answer = await web.api.post(API, body)
    except ApiFailure as failure:
        return await _page(web, status=failure.status, values=values, failure=failure)
    say = ("External LDAP is off: accounts are local only." if answer["provider"] == "noop"
           else f"Accounts can come from {answer['url']} now.")
    return web.redirect("/settings/ldap", say=say)


@router.post("/sync")
async def sync_ldap(web: SignedIn) -> Response:
    await web.form()
    try:
        started = await web.api.post(f"{API}/sync")
    except ApiFailure as failure:
        return await _page(web, status=failure.status, failure=failure)
    return web.redirect("/settings/ldap", say=f"Sync started (task {started['taskId']}).")
