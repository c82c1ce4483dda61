"""Reading workflow builds: one the caller may see (through its project's role, else 404), a project's builds
a page at a time, and the answer's shape with the steps in the workflow's order."""

from __future__ import annotations

from uuid import UUID

from service.auth.models import User
from service.core.errors import NotFound
from service.domains.projects import access as projects
from service.domains.projects.models import Project, ProjectRole
from service.domains.workflows.build_models import WorkflowBuild, WorkflowBuildStep
from service.domains.workflows.build_schemas import ArtifactOut, BuildOut, BuildStepOut


async def visible(build_id: UUID, user: User, *, at_least: ProjectRole) -> tuple[Project, ProjectRole, WorkflowBuild]:
    build = await WorkflowBuild.get_or_none(id=build_id)
    if build is None:
        raise NotFound(f"No workflow build {build_id}")
    try:
        project, role = await projects.visible_project(build.project_id, user, at_least=at_least)
    except NotFound:
        raise NotFound(f"No workflow build {build_id}") from None
    return project, role, build


async def step_of(build: WorkflowBuild, step_id: UUID) -> WorkflowBuildStep:
    step = await WorkflowBuildStep.get_or_none(id=step_id, build=build)
    if step is None:
        raise NotFound(f"No step {step_id} in build {build.number}")
    return step


def step_out(step: WorkflowBuildStep) -> BuildStepOut:
    spec = step.spec or {}
    return BuildStepOut(
        id=step.id, name=step.name, status=step.status, exit_code=step.exit_code, error=step.error,
        started_at=step.started_at, finished_at=step.finished_at, task_id=step.task_id, runner_id=step.runner_id,
        image_url=step.image_url, depends_on=list(spec.get("dependsOn") or []), runs_on=list(spec.get("runsOn") or []),
        artifacts=[ArtifactOut.model_validate(item) for item in step.artifacts or []])


def out(build: WorkflowBuild, steps: list[WorkflowBuildStep]) -> BuildOut:
    return BuildOut(
        id=build.id, project_id=build.project_id, workflow_id=build.workflow_id, workflow_name=build.workflow_name,
        number=build.number, status=build.status, error=build.error, commit_hash=build.commit_hash,
        repo_url=build.repo_url, branch=build.branch, commit_message=build.commit_message,
        commit_author=build.commit_author, node_id=build.node_id, task_id=build.task_id,
        created_at=build.created_at, started_at=build.started_at, finished_at=build.finished_at,
        steps=[step_out(step) for step in sorted(steps, key=lambda s: s.position)])


async def one(build: WorkflowBuild) -> BuildOut:
    """The build as it is now, read again with its steps."""
    fresh = await WorkflowBuild.get(id=build.id)
    return out(fresh, await WorkflowBuildStep.filter(build_id=build.id).order_by("position"))


async def page(project: Project, *, status: str | None, offset: int, limit: int) -> tuple[list[BuildOut], int]:
    """The project's builds, newest first."""
    query = WorkflowBuild.filter(project=project)
    if status:
        query = query.filter(status=status)
    total = await query.count()
    builds = await query.order_by("-number").offset(offset).limit(limit)
    steps: dict[UUID, list[WorkflowBuildStep]] = {build.id: [] for build in builds}
    for step in await WorkflowBuildStep.filter(build_id__in=list(steps)).order_by("position"):
        steps[step.build_id].append(step)
    return [out(build, steps[build.id]) for build in builds], total
