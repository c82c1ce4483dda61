"""Instance settings (administrators): registration, SMTP, the time zone, the autoupdate patterns and the
schedules they make, dynamic DNS and where the public address comes from; one page, a form per setting, each
posted to its own route."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from zoneinfo import available_timezones

from fastapi import APIRouter
from starlette.responses import Response

from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values

router = APIRouter(prefix="/settings")

ZONES = sorted(available_timezones())
# The pattern forms share a page: each names its field apart, and the API's `pattern` error goes beside it.
PATTERNS = {"apps": ("apps_autoupdate_pattern", "appsPattern"), "box": ("box_autoupdate_pattern", "boxPattern")}
SMTP_FIELDS = ("host", "port", "tls", "username", "fromAddress")
SYSINFO_FIELDS = ("provider", "ip", "ifname", "url")
SYSINFO = {"generic": "Asked of a URL that answers it (plain text or {\"ip\": …})",
           "fixed": "A fixed address", "network-interface": "The address of one of this machine's interfaces"}


def _current(registration: dict, smtp: dict, zone: dict, apps: dict, box: dict, dynamic: dict,
             sysinfo: dict) -> dict[str, dict[str, Any]]:
    """Each form's values as the API reports the settings now (never a password: the API has none to give)."""
    return {
        "registration": {"registration": registration["registration"]},
        "smtp": {"host": smtp["host"] or "", "port": str(smtp["port"]), "tls": smtp["tls"],
                 "username": smtp["username"] or "", "fromAddress": smtp["fromAddress"] or ""},
        "timeZone": {"timeZone": zone["timeZone"]},
        "apps": {"appsPattern": apps["pattern"]},
        "box": {"boxPattern": box["pattern"]},
        "dynamicDns": {"enabled": "true" if dynamic["enabled"] else "false"},
        "sysinfo": {name: sysinfo.get(name) or "" for name in SYSINFO_FIELDS},
    }


async def _page(web: SignedIn, *, status: int = 200, refused: str | None = None,
                values: Mapping[str, str] | None = None, failure: ApiFailure | None = None,
                renamed: Mapping[str, str] | None = None) -> Response:
    """The settings page; after a refused form, that form keeps what was typed and shows the API's errors (the
    API's field names mapped to the form's by `renamed`)."""
    registration = await web.api.get("/settings/registration")
    smtp = await web.api.get("/settings/smtp")
    zone = await web.api.get("/settings/time_zone")
    apps = await web.api.get(f"/settings/{PATTERNS['apps'][0]}")
    box = await web.api.get(f"/settings/{PATTERNS['box'][0]}")
    dynamic = await web.api.get("/settings/dynamic_dns")
    sysinfo = await web.api.get("/settings/sysinfo_config")
    schedules = await web.api.get("/schedules", per_page=100)
    forms = {name: {"values": shown, "errors": {}, "error": None}
             for name, shown in _current(registration, smtp, zone, apps, box, dynamic, sysinfo).items()}
    if refused and failure is not None:
        errors = {(renamed or {}).get(name, name): message for name, message in failure.fields.items()}
        forms[refused] = {"values": dict(values or {}), "errors": errors, "error": failure.message}
    return web.page("settings/index.html", status=status, forms=forms, smtp=smtp, schedules=schedules["items"],
                    zones=ZONES, sysinfo_providers=list(SYSINFO.items()))


@router.get("")
async def settings_page(web: SignedIn) -> Response:
    # The API refuses anyone but an administrator: its 403 becomes the "Not allowed" page, not a form.
    return await _page(web)


@router.post("/registration")
async def set_registration(web: SignedIn) -> Response:
    form = await web.form()
    values = form_values(form, "registration")
    try:
        await web.api.put("/settings/registration", values)
    except ApiFailure as failure:
        return await _page(web, status=failure.status, refused="registration", values=values, failure=failure)
    state = "open to anyone" if values["registration"] == "open" else "by invitation only"
    return web.redirect("/settings", say=f"Registration is {state} now.")


@router.post("/smtp")
async def set_smtp(web: SignedIn) -> Response:
    form = await web.form()
    values = form_values(form, *SMTP_FIELDS)
    password = str(form.get("password") or "")
    body: dict[str, Any]
    if not values["host"]:
        body = {"host": None}
    else:
        body = {"host": values["host"], "tls": values["tls"] or "starttls", "username": values["username"] or None,
                "fromAddress": values["fromAddress"] or None}
        if values["port"]:
            body["port"] = values["port"]
        # The password is write-only: typed, it replaces the stored one; blank keeps it unless asked to forget.
        if password:
            body["password"] = password
        elif form.get("forgetPassword"):
            body["password"] = None
    try:
        answer = await web.api.put("/settings/smtp", body)
    except ApiFailure as failure:
        return await _page(web, status=failure.status, refused="smtp", values=values, failure=failure)
    say = (f"Invitations are emailed through {answer['host']} now." if answer["configured"]
           else "Mail is off: invitations are shown as links only.")
    return web.redirect("/settings", say=say)


@router.post("/time_zone")
async def set_time_zone(web: SignedIn) -> Response:
    form = await web.form()
    values = form_values(form, "timeZone")
    try:
        await web.api.post("/settings/time_zone", values)
    except ApiFailure as failure:
        return await _page(web, status=failure.status, refused="timeZone", values=values, failure=failure)
    return web.redirect("/settings", say=f"Schedules fire in {values['timeZone']} now.")


async def _set_pattern(web: SignedIn, which: str) -> Response:
    form = await web.form()
    setting, name = PATTERNS[which]
    values = form_values(form, name)
    try:
        await web.api.post(f"/settings/{setting}", {"pattern": values[name]})
    except ApiFailure as failure:
        return await _page(web, status=failure.status, refused=which, values=values, failure=failure,
                           renamed={"pattern": name})
    what = "Guest OS updates" if which == "box" else "Database server updates"
    pattern = values[name]
    return web.redirect("/settings", say=f"{what} are off now." if pattern == "never"
                        else f"{what} run on {pattern} now.")


@router.post("/apps_autoupdate_pattern")
async def set_apps_pattern(web: SignedIn) -> Response:
    return await _set_pattern(web, "apps")


@router.post("/box_autoupdate_pattern")
async def set_box_pattern(web: SignedIn) -> Response:
    return await _set_pattern(web, "box")


@router.post("/dynamic_dns")
async def set_dynamic_dns(web: SignedIn) -> Response:
    form = await web.form()
    values = form_values(form, "enabled")
    try:
        await web.api.post("/settings/dynamic_dns", {"enabled": values["enabled"] == "true"})
    except ApiFailure as failure:
        return await _page(web, status=failure.status, refused="dynamicDns", values=values, failure=failure)
    return web.redirect("/settings", say="Dynamic DNS is on: the records follow the public address now."
                        if values["enabled"] == "true" else "Dynamic DNS is off.")


@router.post("/sysinfo_config")
async def set_sysinfo(web: SignedIn) -> Response:
    form = await web.form()
    values = form_values(form, *SYSINFO_FIELDS)
    provider = values["provider"]
    # Only the chosen provider's own setting goes: the API refuses the others' (the form shows them all).
    own = {"fixed": "ip", "network-interface": "ifname", "generic": "url"}.get(provider)
    body: dict[str, Any] = {"provider": provider}
    if own and values[own]:
        body[own] = values[own]
    try:
        answer = await web.api.post("/settings/sysinfo_config", body)
    except ApiFailure as failure:
        return await _page(web, status=failure.status, refused="sysinfo", values=values, failure=failure)
    where = {"fixed": f"is {answer.get('ip')}", "network-interface": f"is {answer.get('ifname')}'s",
             "generic": f"is asked of {answer.get('url') or 'the default URL'}"}.get(answer["provider"], "")
    return web.redirect("/settings", say=f"The public address {where} now.")
