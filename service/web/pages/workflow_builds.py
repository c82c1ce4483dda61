"""Workflow builds of a project: the list (status filter, paging) with a form that starts one, and a build's page:
its head polled while it runs, each step's status, exit code and times, one step's log followed live, its
artifacts as downloads, and a Stop button while it runs. Every rule is the API's; the log stream and the
artifact files are the API's own handlers, called for the signed-in browser (which sends cookies, not tokens)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Annotated, Any
from urllib.parse import quote, urlencode
from uuid import UUID

from fastapi import APIRouter, Query
from starlette.responses import Response

from service.core.errors import ApiError
from service.domains.workflows.api.builds import get_artifact
from service.domains.workflows.api.step_logs import step_logstream
from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values
from service.web.pages.choices import first_hundred
from service.web.pages.environments import can

router = APIRouter(prefix="/projects/{project_id}/builds")

PER_PAGE = 25
STATUSES = ("PENDING", "RUNNING", "SUCCESS", "FAILED")
ACTIVE = ("PENDING", "RUNNING")
START_FIELDS = ("workflowId", "repoUrl", "branch", "commitHash", "nodeId")
# The step whose log the page shows first: a running one, else the first that failed, else the first.
LOG_ORDER = ("RUNNING", "FAILED", "SUCCESS", "PENDING", "SKIPPED")


def _url(project_id: UUID | str, *rest: object) -> str:
    return "/".join([f"/projects/{project_id}/builds", *map(str, rest)])


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


def duration(started: str | None, finished: str | None, *, now: datetime | None = None) -> str:
    """How long it ran (so far, while it runs): "1 h 2 min", "3 min 4 s", "5 s"; "—" before it started."""
    begin = _moment(started)
    if begin is None:
        return "—"
    end = _moment(finished) or now or datetime.now(UTC)
    seconds = max(0, int((end - begin).total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min {seconds} s" if minutes else f"{seconds} s"


async def _list_page(web: SignedIn, project_id: UUID, *, status_filter: str = "", page: int = 1, code: int = 200,
                     values: Mapping[str, str] | None = None, errors: Mapping[str, str] | None = None,
                     error: str | None = None) -> Response:
    project = await web.api.get(f"/projects/{project_id}")
    listing = await web.api.get(f"/projects/{project_id}/workflow-builds", status=status_filter or None,
                                page=page, per_page=PER_PAGE)
    workflows = await first_hundred(web, f"/projects/{project_id}/workflows")
    may_start = can(project)["variables"]  # members and up start builds, as the API decides
    nodes = [(n["id"], f"{n['name']} ({n['status']})") for n in await first_hundred(web, "/nodes")] \
        if may_start else []
    base = f"{_url(project_id)}?" + (f"{urlencode({'status': status_filter})}&" if status_filter else "")
    return web.page("workflow_builds/list.html", status=code, project=project, listing=listing, base=base,
                    statuses=STATUSES, status_filter=status_filter, may_start=may_start,
                    workflows=[(w["id"], w["name"]) for w in workflows], nodes=nodes,
                    durations={b["id"]: duration(b["startedAt"], b["finishedAt"]) for b in listing["items"]},
                    values=values or {}, errors=errors or {}, error=error, shown=START_FIELDS)


@router.get("")
async def build_list(web: SignedIn, project_id: UUID,
                     status: Annotated[str, Query(max_length=16)] = "",
                     workflow_id: Annotated[str, Query(alias="workflowId", max_length=64)] = "",
                     page: Annotated[int, Query(ge=1, le=100000)] = 1) -> Response:
    """The builds, newest first; `workflowId` chooses the start form's workflow (a workflow's page links here)."""
    state = status if status in STATUSES else ""  # any other word filters nothing out
    return await _list_page(web, project_id, status_filter=state, page=page, values={"workflowId": workflow_id})


@router.post("")
async def start(web: SignedIn, project_id: UUID) -> Response:
    values = form_values(await web.form(), *START_FIELDS)
    body = {name: values[name] or None for name in START_FIELDS}
    try:
        started = await web.api.post(f"/projects/{project_id}/workflow-builds", body)
    except ApiFailure as failure:
        if failure.status in (401, 403, 404) and not failure.fields:
            raise
        return await _list_page(web, project_id, code=failure.status, values=values, errors=failure.fields,
                                error=failure.message)
    build = started["build"]
    return web.redirect(_url(project_id, build["id"]),
                        say=f"Started build #{build['number']} of {build['workflowName']}.")


async def _build(web: SignedIn, project_id: UUID, build_id: UUID) -> dict[str, Any]:
    """The build, when it is this project's: another project's id in the address names nothing here."""
    build: dict[str, Any] = await web.api.get(f"/workflow-builds/{build_id}")
    if build["projectId"] != str(project_id):
        raise ApiFailure(404, {"error": f"No build {build_id} in this project", "code": "not_found"})
    return build


def _shown_step(build: Mapping[str, Any], step_id: UUID | None) -> dict[str, Any] | None:
    steps = build["steps"]
    chosen = next((s for s in steps if step_id is not None and s["id"] == str(step_id)), None)
    if chosen is None and steps:
        chosen = min(steps, key=lambda s: LOG_ORDER.index(s["status"]) if s["status"] in LOG_ORDER else 99)
    return chosen


def _head(web: SignedIn, project: Mapping[str, Any], build: Mapping[str, Any], template: str,
          **extra: Any) -> Response:
    assert web.user is not None
    rank = can(project)
    # As the API decides: the project's admins, or a member who started it (the API refuses anyone else).
    may_stop = build["status"] in ACTIVE and (rank["manage"] or rank["variables"])
    return web.page(template, project=project, build=build, may_stop=may_stop, active=build["status"] in ACTIVE,
                    durations={s["id"]: duration(s["startedAt"], s["finishedAt"]) for s in build["steps"]},
                    duration=duration(build["startedAt"], build["finishedAt"]), quote=quote, **extra)


@router.get("/{build_id}")
async def build_page(web: SignedIn, project_id: UUID, build_id: UUID,
                     step: Annotated[UUID | None, Query()] = None) -> Response:
    build = await _build(web, project_id, build_id)
    project = await web.api.get(f"/projects/{project_id}")
    shown = _shown_step(build, step)
    log_lines: list[str] = []
    if shown is not None:
        log = await web.api.call("GET", f"/workflow-builds/{build_id}/steps/{shown['id']}/logs", raw=True)
        log_lines = log.splitlines()
    return _head(web, project, build, "workflow_builds/detail.html", shown=shown, log_lines=log_lines,
                 following=shown is not None and shown["status"] in ACTIVE and build["status"] in ACTIVE)


@router.get("/{build_id}/status")
async def build_status(web: SignedIn, project_id: UUID, build_id: UUID,
                       step: Annotated[UUID | None, Query()] = None) -> Response:
    """The build's head and steps, polled by its page while it runs."""
    build = await _build(web, project_id, build_id)
    project = await web.api.get(f"/projects/{project_id}")
    return _head(web, project, build, "workflow_builds/_status.html", shown=_shown_step(build, step))


@router.post("/{build_id}/stop")
async def stop(web: SignedIn, project_id: UUID, build_id: UUID) -> Response:
    await web.form()
    build = await _build(web, project_id, build_id)
    try:
        await web.api.post(f"/workflow-builds/{build_id}/stop")
    except ApiFailure as failure:
        if failure.status != 409:
            raise
        return web.redirect(_url(project_id, build_id), say=f"Not stopped: {failure.message}")
    return web.redirect(_url(project_id, build_id), say=f"Stopped build #{build['number']}.")


@router.get("/{build_id}/steps/{step_id}/logstream")
async def step_log_stream(web: SignedIn, project_id: UUID, build_id: UUID, step_id: UUID,
                          after: Annotated[int, Query(ge=0, le=10**9)] = 0) -> Response:
    """The API's live step log, from the lines the page already shows; a reconnect resumes from Last-Event-ID."""
    assert web.user is not None
    await _build(web, project_id, build_id)
    app = web.request.app
    last_event_id = web.request.headers.get("last-event-id") or (str(after) if after else None)
    return await step_logstream(build_id, step_id, web.user, app.state.engine, app.state.settings, lines=-1,
                                last_event_id=last_event_id)


@router.get("/{build_id}/steps/{step_id}/artifacts/{path:path}")
async def artifact(web: SignedIn, project_id: UUID, build_id: UUID, step_id: UUID, path: str) -> Response:
    """One artifact file, as the API answers it (a download)."""
    assert web.user is not None
    await _build(web, project_id, build_id)
    try:
        return await get_artifact(build_id, step_id, path, web.user, web.request.app.state.settings)
    except ApiError as exc:  # no such step or file: the not-found page, not the API's JSON
        raise ApiFailure(exc.status, {"error": exc.message, "code": exc.code}) from exc
