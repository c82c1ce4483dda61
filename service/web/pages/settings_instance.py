"""Instance identity and platform settings (administrators): the name, the avatar (shown; uploaded through the
API), unstable apps, the default registry and the platform guests' memory defaults; a form per setting."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter
from starlette.responses import Response

from service.domains.instance import identity
from service.domains.instance.settings_schemas import PLACEHOLDER
from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values
from service.web.templating import ENV

router = APIRouter(prefix="/settings/instance")
# Every page's header shows the name: read from memory, never a query per page (see identity.shown_name).
ENV.globals["instance_name"] = identity.shown_name

REGISTRY_FIELDS = ("serverAddress", "username", "email")
KINDS = (("mysql", "MySQL (MariaDB)"), ("postgresql", "PostgreSQL"), ("mail", "Mail server"))
MIB = 1024 * 1024


def _mib(amount: int | None) -> str:
    return str(amount // MIB) if amount else ""


def _current(name: dict, unstable: dict, registry: dict, platform: dict) -> dict[str, dict[str, str]]:
    memory = {}
    for kind, _ in KINDS:
        entry = platform.get(kind) or {}
        memory[f"{kind}Memory"] = _mib(entry.get("memory"))
        memory[f"{kind}Swap"] = _mib(entry.get("memorySwap"))
    return {"name": {"name": name["name"]}, "unstable": {"enabled": "true" if unstable["enabled"] else "false"},
            "registry": {field: registry.get(field) or "" for field in REGISTRY_FIELDS}, "platform": memory}


async def _page(web: SignedIn, *, status: int = 200, refused: str | None = None,
                values: Mapping[str, str] | None = None, failure: ApiFailure | None = None,
                renamed: Mapping[str, str] | None = None) -> Response:
    registry = await web.api.get("/settings/registry_config")
    forms = {name: {"values": shown, "errors": {}, "error": None} for name, shown in _current(
        await web.api.get("/settings/cloudron_name"), await web.api.get("/settings/unstable_apps"), registry,
        await web.api.get("/settings/platform_config")).items()}
    if refused and failure is not None:
        errors = {(renamed or {}).get(name, name): message for name, message in failure.fields.items()}
        forms[refused] = {"values": dict(values or {}), "errors": errors, "error": failure.message}
    return web.page("settings/instance.html", status=status, forms=forms, kinds=KINDS,
                    registry_password=registry.get("password") is not None)


@router.get("")
async def instance_page(web: SignedIn) -> Response:
    # The API refuses anyone but an administrator: its 403 becomes the "Not allowed" page, not a form.
    return await _page(web)


@router.post("/name")
async def set_name(web: SignedIn) -> Response:
    values = form_values(await web.form(), "name")
    try:
        answer = await web.api.post("/settings/cloudron_name", values)
    except ApiFailure as failure:
        return await _page(web, status=failure.status, refused="name", values=values, failure=failure)
    return web.redirect("/settings/instance", say=f"This instance is called {answer['name']} now.")


@router.post("/unstable_apps")
async def set_unstable_apps(web: SignedIn) -> Response:
    values = form_values(await web.form(), "enabled")
    try:
        await web.api.post("/settings/unstable_apps", {"enabled": values["enabled"] == "true"})
    except ApiFailure as failure:
        return await _page(web, status=failure.status, refused="unstable", values=values, failure=failure)
    return web.redirect("/settings/instance", say="Unstable apps are listed and installable now."
                        if values["enabled"] == "true" else "Unstable apps are hidden now.")


@router.post("/registry")
async def set_registry(web: SignedIn) -> Response:
    form = await web.form()
    values = form_values(form, *REGISTRY_FIELDS)
    body: dict[str, Any] = {field: values[field] or None for field in REGISTRY_FIELDS}
    # Write-only: typed, it replaces the stored one; left empty, the placeholder keeps the stored one.
    password = str(form.get("password") or "")
    stored = (await web.api.get("/settings/registry_config")).get("password") is not None
    body["password"] = password or (PLACEHOLDER if stored and not form.get("forgetPassword") else None)
    try:
        answer = await web.api.post("/settings/registry_config", body)
    except ApiFailure as failure:
        return await _page(web, status=failure.status, refused="registry", values=values, failure=failure)
    return web.redirect("/settings/instance", say=f"Images are pulled from {answer['serverAddress']} by default now."
                        if answer["serverAddress"] else "No default registry now.")


@router.post("/platform")
async def set_platform(web: SignedIn) -> Response:
    form = await web.form()
    names = [f"{kind}{part}" for kind, _ in KINDS for part in ("Memory", "Swap")]
    values = form_values(form, *names)
    body: dict[str, Any] = {"applyToExisting": bool(form.get("applyToExisting"))}
    renamed: dict[str, str] = {}
    for kind, _ in KINDS:
        memory, swap = values[f"{kind}Memory"], values[f"{kind}Swap"]
        renamed.update({f"{kind}.memory": f"{kind}Memory", f"{kind}.memorySwap": f"{kind}Swap", kind: f"{kind}Swap"})
        if not memory and not swap:
            continue
        # MiB in the form, bytes in the API (as Cloudron): a non-number goes as it is, for the API to name.
        entry = {"memory": int(memory) * MIB if memory.isdigit() else memory}
        if swap:
            entry["memorySwap"] = int(swap) * MIB if swap.isdigit() else swap
        body[kind] = entry
    try:
        answer = await web.api.post("/settings/platform_config", body)
    except ApiFailure as failure:
        return await _page(web, status=failure.status, refused="platform", values=values, failure=failure,
                           renamed=renamed)
    started = answer["taskIds"]
    say = "The memory defaults are saved."
    if started:
        say += f" Resizing {len(started)} existing guest{'s' if len(started) != 1 else ''}."
    if answer["skipped"]:
        say += f" {len(answer['skipped'])} left as they are (not running or busy)."
    return web.redirect("/settings/instance", say=say)
