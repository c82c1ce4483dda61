"""The task: one tracked playbook run, with Cloudron's semantics and explicit state transitions."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class TaskState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    SUCCESS = "success"
    FAILED = "failed"
    STOPPED = "stopped"
    TIMEOUT = "timeout"
    CRASHED = "crashed"

    @property
    def active(self) -> bool:
        return self in ACTIVE_STATES


ACTIVE_STATES = frozenset({TaskState.QUEUED, TaskState.RUNNING})
TERMINAL_STATES = frozenset(TaskState) - ACTIVE_STATES

# Which state may follow which; anything else is a bug in the caller and is refused.
TRANSITIONS: dict[TaskState, frozenset[TaskState]] = {
    TaskState.QUEUED: frozenset({TaskState.RUNNING, TaskState.STOPPED, TaskState.FAILED}),
    TaskState.RUNNING: frozenset(TERMINAL_STATES),
    **{state: frozenset() for state in TERMINAL_STATES},
}


class IllegalTransition(RuntimeError):
    pass


class Task(Model):
    id = fields.IntField(primary_key=True)
    type = fields.CharField(max_length=64, db_index=True)
    state = fields.CharEnumField(TaskState, max_length=16, default=TaskState.QUEUED, db_index=True)
    percent = fields.IntField(default=0)
    message = fields.CharField(max_length=512, default="Queued")
    error_message = fields.TextField(null=True)
    error_code = fields.CharField(max_length=32, null=True)
    result = fields.JSONField(null=True)
    playbook = fields.CharField(max_length=255)
    # Non-secret variables and run options, kept so that a queued task survives a restart.
    extra_vars = fields.JSONField(default=dict)
    options = fields.JSONField(default=dict)
    # Secrets of a queued task, encrypted with the instance key; wiped when the run starts.
    sealed_secrets = fields.TextField(null=True)
    resource_type = fields.CharField(max_length=32, null=True)
    resource_id = fields.CharField(max_length=128, null=True)
    timeout = fields.IntField()
    # The worker that claimed the run (Worker.id) and the job that carried it to that worker (the queue's id), when
    # workers are external; both None for the embedded engine's runs.
    worker_id = fields.UUIDField(null=True, db_index=True)
    job_id = fields.BigIntField(null=True)
    created_by = fields.ForeignKeyField("models.User", related_name="tasks", null=True,
                                        on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    started_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "tasks"
        indexes = (("resource_type", "resource_id", "state"),)

    @property
    def active(self) -> bool:
        return TaskState(self.state).active

    def _move(self, to: TaskState) -> None:
        current = TaskState(self.state)
        if to not in TRANSITIONS[current]:
            raise IllegalTransition(f"task {self.id}: {current} -> {to} is not allowed")
        self.state = to

    def start(self) -> None:
        self._move(TaskState.RUNNING)
        self.started_at = datetime.now(UTC)
        self.message = "Starting"

    def finish(self, state: TaskState, *, message: str, error_code: str | None = None,
               error_message: str | None = None, result: Any = None) -> None:
        if state not in TERMINAL_STATES:
            raise IllegalTransition(f"task {self.id}: {state} is not a final state")
        self._move(state)
        self.finished_at = datetime.now(UTC)
        self.message = message[:512]
        self.sealed_secrets = None
        if result is not None:
            self.result = result
        if state is TaskState.SUCCESS:
            self.percent = 100
        else:
            self.error_code = error_code or state.value
            self.error_message = error_message or message


class TaskLogLine(Model):
    """One line of a task's log in the database: the log store every instance reads when workers run elsewhere
    (service/tasks/dblog.py); numbered from 1 per task."""

    id = fields.BigIntField(primary_key=True)
    task_id = fields.IntField()  # not a foreign key: lines are written as fast as a run makes them
    number = fields.IntField()
    at = fields.DatetimeField()
    text = fields.TextField()

    class Meta:
        table = "task_log_lines"
        unique_together = (("task_id", "number"),)


class Worker(Model):
    """A `containr worker` process (or the embedded engine): what it runs and when it was last heard of."""

    id = fields.UUIDField(primary_key=True)
    name = fields.CharField(max_length=128)
    host = fields.CharField(max_length=255)
    pid = fields.IntField()
    queues = fields.JSONField(default=list)  # empty: every queue
    concurrency = fields.IntField()
    started_at = fields.DatetimeField(auto_now_add=True)
    last_heartbeat = fields.DatetimeField(db_index=True)
    stopped_at = fields.DatetimeField(null=True)

    class Meta:
        table = "workers"


class Lease(Model):
    """A named role one process holds for the whole cluster until `expires_at` (the scheduler's): renewed by its
    holder, taken over by another once it has expired."""

    name = fields.CharField(max_length=64, primary_key=True)
    holder = fields.CharField(max_length=128)
    expires_at = fields.DatetimeField()

    class Meta:
        table = "leases"
