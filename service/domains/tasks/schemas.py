"""The task object in Cloudron's shape, with Containr's own fields beside it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel

from service.core.schemas import ApiModel
from service.tasks.logstore import LogLine
from service.tasks.models import Task, TaskState

LogFormat = Literal["plain", "json"]
# GET .../logs answers: what the tasks' logs and the logs of what runs as a task (a build) both document.
LOG_CONTENT = {200: {"content": {"application/x-logs": {"schema": {"type": "string"}}}, "description": "Log lines"}}
LOG_MEDIA_TYPE = "application/x-logs"


def _millis(value: datetime | None) -> int | None:
    return int(value.timestamp() * 1000) if value else None


class TaskError(BaseModel):
    message: str
    code: Literal["stopped", "crashed", "timeout", "failed"]


class TaskResource(BaseModel):
    type: str
    id: str


class TaskOut(ApiModel):
    id: int
    type: str
    state: Literal["queued", "running", "success", "failed", "stopped", "timeout", "crashed"]
    percent: int
    message: str
    error: TaskError | None
    active: bool
    success: bool
    result: Any = None
    creation_time: int
    ts: int
    playbook: str
    resource: TaskResource | None
    created_by: str | None
    started_at: datetime | None
    finished_at: datetime | None

    @classmethod
    def of(cls, task: Task) -> TaskOut:
        state = TaskState(task.state)
        error = None
        if task.error_code:
            error = TaskError(message=task.error_message or task.message, code=task.error_code)
        resource = None
        if task.resource_type:
            resource = TaskResource(type=task.resource_type, id=task.resource_id or "")
        return cls(
            id=task.id, type=task.type, state=state.value, percent=task.percent, message=task.message,
            error=error, active=state.active, success=state is TaskState.SUCCESS, result=task.result,
            creation_time=_millis(task.created_at) or 0, ts=_millis(task.updated_at) or 0,
            playbook=task.playbook.rsplit("/", 1)[-1].removesuffix(".yml"), resource=resource,
            created_by=str(task.created_by_id) if task.created_by_id else None,
            started_at=task.started_at, finished_at=task.finished_at,
        )


class TaskList(BaseModel):
    tasks: list[TaskOut]


def render_log_line(line: LogLine, fmt: LogFormat, task_id: int) -> str:
    """One line of a task's log as GET /tasks/{id}/logs gives it: plain text, or Cloudron's JSON line."""
    if fmt == "json":
        return json.dumps({"realtimeTimestamp": line.millis, "message": line.text, "source": task_id})
    return line.render()


def log_body(entries: Sequence[LogLine], *, lines: int, fmt: LogFormat, task_id: int) -> str:
    """The last `lines` lines (-1: all) of a task's log, one rendered line each."""
    if lines >= 0:
        entries = entries[len(entries) - lines:] if lines else []
    return "".join(render_log_line(line, fmt, task_id) + "\n" for line in entries)
