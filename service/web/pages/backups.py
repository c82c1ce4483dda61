"""Backups of the instance (administrators): the list, backing up and cleaning up now, where backups go and how
long they are kept, their schedule, and how to restore the instance from one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

from fastapi import APIRouter, Query
from starlette.responses import Response

from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values

router = APIRouter(prefix="/backups")

PER_PAGE = 20
# What the API answers in place of a stored secret; sent back, it keeps that secret.
PLACEHOLDER = "\u25cf" * 8
JOBS = ("backup", "cleanBackups")
TEXT_FIELDS = ("provider", "backupFolder", "bucket", "prefix", "region", "endpoint", "accessKeyId",
               "intervalHours", "schedulePattern", "retentionDays", "keepDaily", "keepWeekly", "keepMonthly")
# The form speaks hours and days; the API seconds.
RENAMED = {"intervalSecs": "intervalHours", "retentionSecs": "retentionDays"}
HOUR, DAY = 3600, 86400


def location(config: Mapping[str, Any]) -> str | None:
    """Where the repository is, as `containr restore --from` takes it (no credentials in it)."""
    if config["provider"] == "filesystem":
        return config["backupFolder"]
    if config["provider"] == "s3":
        endpoint = (config["endpoint"] or "s3.amazonaws.com").rstrip("/")
        return f"s3:{endpoint}/{config['bucket']}" + (f"/{config['prefix']}" if config["prefix"] else "")
    return None


def _shown(config: Mapping[str, Any]) -> dict[str, str]:
    """The form's values from the stored configuration; the secrets are never among them."""
    values = {name: "" if config.get(name) is None else str(config[name]) for name in TEXT_FIELDS}
    if config.get("intervalSecs"):
        values["intervalHours"] = str(config["intervalSecs"] // HOUR)
    if config.get("retentionSecs"):
        values["retentionDays"] = str(config["retentionSecs"] // DAY)
    values["acceptSelfSignedCerts"] = "1" if config.get("acceptSelfSignedCerts") else ""
    return values


def _number(text: str, unit: int = 1) -> int | str | None:
    """A whole number times `unit`; anything else goes to the API as typed, for it to name the field."""
    if not text:
        return None
    return int(text) * unit if text.isdigit() else text


def _body(values: Mapping[str, str], *, key: str, secret: str, stored: Mapping[str, Any]) -> dict[str, Any]:
    provider = values["provider"]
    if provider not in ("filesystem", "s3"):
        return {"provider": provider}
    body: dict[str, Any] = {
        "provider": provider,
        # A blank secret keeps the stored one: the placeholder says so to the API.
        "key": key or (PLACEHOLDER if stored.get("key") else None),
        "intervalSecs": _number(values["intervalHours"], HOUR), "schedulePattern": values["schedulePattern"] or None,
        "retentionSecs": _number(values["retentionDays"], DAY), "keepDaily": _number(values["keepDaily"]),
        "keepWeekly": _number(values["keepWeekly"]), "keepMonthly": _number(values["keepMonthly"])}
    if provider == "filesystem":
        body["backupFolder"] = values["backupFolder"] or None
    else:
        body.update({name: values[name] or None for name in ("bucket", "prefix", "region", "endpoint",
                                                              "accessKeyId")})
        body["secretAccessKey"] = secret or (PLACEHOLDER if stored.get("secretAccessKey") else None)
        body["acceptSelfSignedCerts"] = bool(values.get("acceptSelfSignedCerts"))
    return body


async def _page(web: SignedIn, *, page: int = 1, status: int = 200, values: Mapping[str, str] | None = None,
                failure: ApiFailure | None = None) -> Response:
    try:
        backups = (await web.api.get("/backups", page=page, per_page=PER_PAGE))["backups"]
    except ApiFailure as refused:
        if refused.status != 403:
            raise
        # Only administrators back up the instance; everyone else is told where their own backups are.
        return web.page("backups/not_admin.html", status=403, message=refused.message)
    config = await web.api.get("/settings/backup_config")
    jobs = [job for job in (await web.api.get("/schedules", per_page=100))["items"] if job["id"] in JOBS]
    errors = {RENAMED.get(name, name): message for name, message in failure.fields.items()} if failure else {}
    return web.page("backups/index.html", status=status, backups=backups, page=page,
                    more=len(backups) == PER_PAGE, config=config, location=location(config), jobs=jobs,
                    values=dict(values) if values is not None else _shown(config), errors=errors,
                    error=failure.message if failure else None)


@router.get("")
async def backups_page(web: SignedIn, page: Annotated[int, Query(ge=1, le=100000)] = 1) -> Response:
    return await _page(web, page=page)


async def _start(web: SignedIn, path: str, done: str) -> Response:
    await web.form()
    try:
        answer = await web.api.post(path)
    except ApiFailure as failure:
        # Not configured (422) or the repository busy with another run (409): said on the page.
        say = ("Backups are not configured: choose where they go first." if failure.code == "not_configured"
               else failure.message)
        return web.redirect("/backups", say=say)
    return web.redirect(f"/tasks/{answer['taskId']}", say=f"{done} as task #{answer['taskId']}.")


@router.post("/create")
async def back_up_now(web: SignedIn) -> Response:
    return await _start(web, "/backups/create", "The backup started")


@router.post("/cleanup")
async def clean_up(web: SignedIn) -> Response:
    return await _start(web, "/backups/cleanup", "The cleanup started")


@router.post("/config")
async def save_config(web: SignedIn) -> Response:
    form = await web.form()
    values = {**form_values(form, *TEXT_FIELDS), "acceptSelfSignedCerts": "1" if form.get("acceptSelfSignedCerts")
              else ""}
    stored = await web.api.get("/settings/backup_config")
    body = _body(values, key=str(form.get("key") or ""), secret=str(form.get("secretAccessKey") or ""),
                 stored=stored)
    try:
        saved = await web.api.post("/settings/backup_config", body)
    except ApiFailure as failure:
        return await _page(web, status=failure.status, values=values, failure=failure)
    where = location(saved)
    return web.redirect("/backups", say=f"Backups go to {where} now." if where else "Backups are off now.")
