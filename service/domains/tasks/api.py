"""Tasks in Cloudron's shapes: list, get, logs, live log stream, stop."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Header, Query, Response, status
from fastapi.responses import StreamingResponse

from service.api.deps import CurrentUser, Engine
from service.auth.models import User
from service.core.errors import NotFound
from service.core.paging import PageQuery, PerPageQuery
from service.core.schemas import error_responses
from service.core.sse import sse_comment, sse_event
from service.domains.tasks.schemas import (
    LOG_CONTENT,
    LOG_MEDIA_TYPE,
    LogFormat,
    TaskList,
    TaskOut,
    log_body,
    render_log_line,
)
from service.tasks.follow import FellBehind, KeepAlive, Rendering, follow
from service.tasks.models import Task, TaskState

router = APIRouter(prefix="/tasks", tags=["tasks"])

KEEPALIVE_SECONDS = 15.0
# What a task acts on, as its `resource` names it: a kind (database, node, guest, service, playbook, ...) and its id.
ResourceType = Annotated[str | None, Query(alias="resourceType", min_length=1, max_length=32,
                                           pattern=r"^[a-z][a-zA-Z_]*$",
                                           description="Only tasks acting on this kind of resource (`database`, "
                                                       "`node`, `service`, ...)")]
ResourceId = Annotated[str | None, Query(alias="resourceId", min_length=1, max_length=128,
                                         description="Only tasks acting on the resource with this id")]


async def visible_task(task_id: int, user: User) -> Task:
    """A task its caller may see: their own, or any for an administrator; others are not found."""
    task = await Task.get_or_none(id=task_id) if 0 < task_id < 2**31 else None
    if task is None or (not user.is_admin and task.created_by_id != user.id):
        raise NotFound(f"No task {task_id}")
    return task


@router.get("", response_model=TaskList, responses=error_responses(401, 422), summary="List tasks, newest first")
async def list_tasks(
    user: CurrentUser,
    type: Annotated[str | None, Query(max_length=64)] = None,
    active: bool | None = None,
    resource_type: ResourceType = None,
    resource_id: ResourceId = None,
    page: PageQuery = 1,
    per_page: PerPageQuery = 20,
) -> TaskList:
    query = Task.all() if user.is_admin else Task.filter(created_by_id=user.id)
    if type is not None:
        query = query.filter(type=type)
    if resource_type is not None:
        query = query.filter(resource_type=resource_type)
    if resource_id is not None:
        query = query.filter(resource_id=resource_id)
    if active is not None:
        states = [TaskState.QUEUED, TaskState.RUNNING]
        query = query.filter(state__in=states) if active else query.exclude(state__in=states)
    tasks = await query.order_by("-id").offset((page - 1) * per_page).limit(per_page)
    return TaskList(tasks=[TaskOut.of(task) for task in tasks])


@router.get("/{task_id}", response_model=TaskOut, responses=error_responses(401, 404, 422), summary="Get a task")
async def get_task(task_id: int, user: CurrentUser) -> TaskOut:
    return TaskOut.of(await visible_task(task_id, user))


@router.get("/{task_id}/logs", response_class=Response, responses={**LOG_CONTENT, **error_responses(401, 404, 422)},
            summary="The task's log (the last `lines` lines, or all)")
async def task_logs(
    task_id: int, user: CurrentUser, engine: Engine,
    lines: Annotated[int, Query(ge=-1, le=100000, description="Last N lines; -1 for all")] = -1,
    format: LogFormat = "plain",
) -> Response:
    await visible_task(task_id, user)
    body = log_body(await engine.logs.read_lines(task_id), lines=lines, fmt=format, task_id=task_id)
    return Response(body, media_type=LOG_MEDIA_TYPE)


@router.get("/{task_id}/logstream", response_class=StreamingResponse, responses={
    200: {"content": {"text/event-stream": {"schema": {"type": "string"}}},
          "description": "One event per log line (id = line number), then `event: end` with the task; a "
                         "client too far behind is told so in a comment and the stream closes: it resumes "
                         "with `Last-Event-ID`"},
    **error_responses(401, 404, 422)}, summary="Follow the task's log live (Server-Sent Events)")
async def task_logstream(
    task_id: int, user: CurrentUser, engine: Engine,
    lines: Annotated[int, Query(ge=-1, le=100000, description="Replay only the last N lines; -1 for all")] = -1,
    format: LogFormat = "plain",
    last_event_id: Annotated[str | None, Header(max_length=20)] = None,
) -> StreamingResponse:
    await visible_task(task_id, user)
    after = 0
    if last_event_id is not None and last_event_id.strip().isdigit():
        after = int(last_event_id.strip())
    elif lines >= 0:
        after = max(0, len(await engine.logs.read_lines(task_id)) - lines)

    async def end() -> bytes:
        task = await Task.get(id=task_id)
        return sse_event(TaskOut.of(task).model_dump_json(by_alias=True), event="end").encode()

    rendering = Rendering(key=format, end=end, line=lambda line: sse_event(
        render_log_line(line, format, task_id), event_id=line.number).encode())

    async def stream() -> AsyncIterator[bytes]:
        yield sse_comment("containr task log").encode()
        async for item in follow(task_id, logs=engine.logs, events=engine.events, rendering=rendering,
                                 after=after, keepalive=KEEPALIVE_SECONDS):
            if isinstance(item, KeepAlive):
                yield sse_comment("keep-alive").encode()
            elif isinstance(item, FellBehind):
                # EventSource reconnects by itself and sends the last id it saw as Last-Event-ID.
                yield sse_comment(f"fell behind the task's log by more than the server keeps; "
                                  f"reconnect with Last-Event-ID: {item.after}").encode()
                return
            else:
                yield item

    return StreamingResponse(stream(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


@router.post("/{task_id}/stop", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
             responses=error_responses(401, 404, 409, 422), summary="Stop an active task")
async def stop_task(task_id: int, user: CurrentUser, engine: Engine) -> Response:
    await engine.stop(await visible_task(task_id, user))
    return Response(status_code=status.HTTP_204_NO_CONTENT)
