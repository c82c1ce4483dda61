"""Builds the caller may see, the status each one reads (a pending build whose run has started is running),
and cancelling one through its run."""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from service.auth.models import User
from service.core.errors import Conflict, NotFound
from service.domains.projects import access as projects
from service.domains.projects.models import ProjectRole
from service.domains.services.builds_schemas import BuildOut
from service.domains.services.models import Build, BuildStatus, Service
from service.domains.services.queries import visible_service
from service.tasks import TaskEngine
from service.tasks.models import Task, TaskState


def _running_tasks() -> Subquery:
    return Subquery(Task.filter(state=TaskState.RUNNING).values("id"))


async def visible_builds(user: User, *, service_id: UUID | None, status: BuildStatus | None) -> QuerySet[Build]:
    """The builds of the services whose projects the caller may see; `status` as the builds read it."""
    if service_id is not None:
        service = await visible_service(service_id, user, at_least=ProjectRole.VIEWER)
        query = Build.filter(service_id=service.id)
    elif user.is_admin:
        query = Build.all()
    else:
        seen = await projects.visible_projects(user, team_id=None, search=None)
        query = Build.filter(service__project_id__in=[project.id for project in await seen])
    if status == BuildStatus.RUNNING:
        query = query.filter(Q(status=BuildStatus.RUNNING) | Q(status=BuildStatus.PENDING,
                                                               task_id__in=_running_tasks()))
    elif status == BuildStatus.PENDING:
        query = query.filter(Q(status=BuildStatus.PENDING) & (Q(task_id__isnull=True)
                                                              | ~Q(task_id__in=_running_tasks())))
    elif status is not None:
        query = query.filter(status=status)
    return query


async def visible_build(build_id: UUID, user: User, *, at_least: ProjectRole) -> tuple[Build, Service]:
    """The build and its service if the caller may see the service's project (else 404), with at least the
    given role (else 403)."""
    build = await Build.get_or_none(id=build_id)
    if build is None:
        raise NotFound(f"No build {build_id}")
    try:
        service = await visible_service(build.service_id, user, at_least=at_least)
    except NotFound:
        raise NotFound(f"No build {build_id}") from None
    return build, service


async def task_states(builds: Iterable[Build]) -> dict[int, TaskState]:
    """The states of the builds' runs, in one query."""
    ids = [build.task_id for build in builds if build.task_id is not None]
    if not ids:
        return {}
    return {task_id: TaskState(state) for task_id, state in await Task.filter(id__in=ids).values_list("id", "state")}


def out(build: Build, states: dict[int, TaskState]) -> BuildOut:
    status = BuildStatus(build.status)
    if status == BuildStatus.PENDING and build.task_id is not None and states.get(build.task_id) == TaskState.RUNNING:
        status = BuildStatus.RUNNING
    return BuildOut(id=build.id, service_id=build.service_id, status=status.value, trigger=build.trigger.value,
                    branch=build.branch, commit_sha=build.commit_sha, image=build.image,
                    commit_message=build.commit_message, author=build.author, error=build.error,
                    task_id=build.task_id, created_at=build.created_at, started_at=build.started_at,
                    finished_at=build.finished_at)


async def out_one(build: Build) -> BuildOut:
    return out(build, await task_states([build]))


async def cancel(engine: TaskEngine, build: Build) -> Task:
    """Stop the build's run; its end marks the build cancelled (see actions.deployed). 409 once it has ended."""
    task = await Task.get_or_none(id=build.task_id) if build.task_id is not None else None
    if build.status not in (BuildStatus.PENDING, BuildStatus.RUNNING) or task is None or not task.active:
        raise Conflict(f"Build {build.id} is {build.status.value}: no longer active", code="not_active")
    await engine.stop(task)
    return task
