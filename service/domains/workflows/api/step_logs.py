"""A workflow build step's log (seed 004 `/api/builds/{id}/steps/{stepId}/logs` and `/logstream`, here under
`/api/v1/workflow-builds`): its task's log when Containr runs it, the runner's appended lines when a runner does.
The project's members read it (viewers and up); others get 404."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Header, Query, Response
from fastapi.responses import StreamingResponse

from service.api.deps import CurrentUser, Engine, SettingsDep
from service.auth.models import User
from service.core.errors import NotFound
from service.core.schemas import error_responses
from service.core.sse import sse_comment, sse_event
from service.domains.projects import access as projects
from service.domains.projects.models import ProjectRole
from service.domains.tasks.schemas import log_body
from service.domains.workflows import step_logs
from service.domains.workflows.build_models import STEP_ENDED, WorkflowBuild, WorkflowBuildStep
from service.tasks.follow import FellBehind, KeepAlive, Rendering, follow
from service.tasks.logstore import LogLine

router = APIRouter(prefix="/workflow-builds/{build_id}/steps/{step_id}", tags=["workflow builds"])
KEEPALIVE_SECONDS = 15.0
SEEN = error_responses(401, 404, 422)
Lines = Annotated[int, Query(ge=-1, le=100000, description="Last N lines; -1 for all")]


async def _step(build_id: UUID, step_id: UUID, user: User) -> WorkflowBuildStep:
    build = await WorkflowBuild.get_or_none(id=build_id)
    step = await WorkflowBuildStep.get_or_none(id=step_id, build_id=build_id) if build else None
    if build is None or step is None:
        raise NotFound(f"No step {step_id} in workflow build {build_id}")
    await projects.visible_project(build.project_id, user, at_least=ProjectRole.VIEWER)
    return step


@router.get("/logs", response_class=Response, responses={
    200: {"content": {"text/plain": {"schema": {"type": "string"}}},
          "description": "The step's log lines, each after its time"}, **SEEN},
    summary="A build step's log (its task's when Containr runs it, its runner's lines otherwise)")
async def step_log(build_id: UUID, step_id: UUID, user: CurrentUser, engine: Engine, settings: SettingsDep,
                   lines: Lines = -1) -> Response:
    step = await _step(build_id, step_id, user)
    if step.task_id is not None:
        entries = await engine.logs.read_lines(step.task_id)
    else:
        entries = step_logs.read(settings, step.id)
    return Response(log_body(entries, lines=lines, fmt="plain", task_id=step.task_id or 0),
                    media_type="text/plain; charset=utf-8")


def _line(line: LogLine) -> bytes:
    return sse_event(line.render(), event_id=line.number).encode()


async def _end(step_id: UUID) -> bytes:
    step = await WorkflowBuildStep.get(id=step_id)
    data = {"stepId": str(step.id), "status": step.status.value, "exitCode": step.exit_code,
            "error": step.error}
    return sse_event(json.dumps(data), event="end").encode()


@router.get("/logstream", response_class=StreamingResponse, responses={
    200: {"content": {"text/event-stream": {"schema": {"type": "string"}}},
          "description": "One event per log line (id = line number), then `event: end` with the step's status; "
                         "resume with `Last-Event-ID`"}, **SEEN},
    summary="Follow a build step's log live (Server-Sent Events) until the step ends")
async def step_logstream(build_id: UUID, step_id: UUID, user: CurrentUser, engine: Engine, settings: SettingsDep,
                         lines: Lines = -1,
                         last_event_id: Annotated[str | None, Header(max_length=20)] = None) -> StreamingResponse:
    step = await _step(build_id, step_id, user)
    after = int(last_event_id.strip()) if last_event_id is not None and last_event_id.strip().isdigit() else None

    def start(count: int) -> int:
        if after is not None:
            return after
        return max(0, count - lines) if lines >= 0 else 0

    async def from_task(task_id: int) -> AsyncIterator[bytes]:
        rendering = Rendering(key="step", line=_line, end=lambda: _end(step.id))
        async for item in follow(task_id, logs=engine.logs, events=engine.events, rendering=rendering,
                                 after=start(len(await engine.logs.read_lines(task_id))), keepalive=KEEPALIVE_SECONDS):
            if isinstance(item, KeepAlive):
                yield sse_comment("keep-alive").encode()
            elif isinstance(item, FellBehind):
                yield sse_comment(f"fell behind the step's log; reconnect with Last-Event-ID: {item.after}").encode()
                return
            else:
                yield item

    async def moved_on() -> bool:
        """The step ended, or Containr's run of it started (its log is then the task's)."""
        now = await WorkflowBuildStep.get(id=step.id)
        step.task_id = now.task_id
        return now.status in STEP_ENDED or now.task_id is not None

    async def stream() -> AsyncIterator[bytes]:
        yield sse_comment("containr build step log").encode()
        if step.task_id is None:
            async for batch in step_logs.follow(settings, step.id, after=start(len(step_logs.read(settings, step.id))),
                                                ended=moved_on, keepalive=KEEPALIVE_SECONDS):
                yield sse_comment("keep-alive").encode() if batch is None else b"".join(map(_line, batch))
        if step.task_id is not None:
            async for chunk in from_task(step.task_id):
                yield chunk
            return
        yield await _end(step.id)

    return StreamingResponse(stream(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
