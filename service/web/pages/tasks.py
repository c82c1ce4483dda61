"""Tasks: the list with its filters, a task's page (percent, message, its log live), stopping one."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from starlette.responses import Response

from service.domains.tasks.api import task_logstream
from service.web.api_client import ApiFailure
from service.web.deps import SignedIn

router = APIRouter(prefix="/tasks")

PER_PAGE = 25
STATES = ("queued", "running", "success", "failed", "stopped", "timeout", "crashed")


@router.get("")
async def task_list(web: SignedIn, type: Annotated[str | None, Query(max_length=64)] = None,
                    active: Annotated[str | None, Query(pattern="^(|true|false)$")] = None,
                    page: Annotated[int, Query(ge=1, le=100000)] = 1) -> Response:
    tasks = (await web.api.get("/tasks", type=type, active=active, page=page, per_page=PER_PAGE))["tasks"]
    return web.page("tasks/list.html", tasks=tasks, type=type or "", active=active or "", page=page,
                    more=len(tasks) == PER_PAGE)


@router.get("/{task_id}")
async def task_page(web: SignedIn, task_id: int) -> Response:
    task = await web.api.get(f"/tasks/{task_id}")
    log = await web.api.call("GET", f"/tasks/{task_id}/logs", raw=True)
    lines = log.splitlines()
    return web.page("tasks/detail.html", task=task, log_lines=lines, starter=await _starter(web, task))


async def _starter(web: SignedIn, task: dict[str, Any]) -> str | None:
    """Who started the task, by name: the caller, or (an administrator sees everyone's tasks) another account."""
    if not task["createdBy"]:
        return None
    assert web.user is not None
    if task["createdBy"] == str(web.user.id):
        return "you"
    try:
        return str((await web.api.get(f"/users/{task['createdBy']}"))["username"])
    except ApiFailure:
        return "an account since deleted"


@router.get("/{task_id}/status")
async def task_status(web: SignedIn, task_id: int) -> Response:
    """The task's head (percent, state, message), polled by its page while the task runs."""
    return web.page("tasks/_status.html", task=await web.api.get(f"/tasks/{task_id}"))


@router.get("/{task_id}/logstream")
async def task_log_stream(web: SignedIn, task_id: int,
                          after: Annotated[int, Query(ge=0, le=10**9)] = 0) -> Response:
    """The API's live log stream, for the signed-in browser (EventSource sends cookies, not bearer tokens); it
    starts after the lines the page already shows, and a reconnect resumes from Last-Event-ID."""
    assert web.user is not None
    last_event_id = web.request.headers.get("last-event-id") or (str(after) if after else None)
    return await task_logstream(task_id, web.user, web.request.app.state.engine, lines=-1, format="plain",
                                last_event_id=last_event_id)


@router.post("/{task_id}/stop")
async def stop(web: SignedIn, task_id: int) -> Response:
    await web.form()
    await web.api.post(f"/tasks/{task_id}/stop")
    return web.redirect(f"/tasks/{task_id}", say=f"Stopping task #{task_id}.")
