"""Workflow builds (seed 004 `/api/projects/{id}/builds` and `/api/builds/{id}`, here
`/api/v1/projects/{id}/workflow-builds` and `/api/v1/workflow-builds/{id}`: our `/builds` are services'):
started by the project's members, read by its viewers, stopped by its admins or whoever started it; each step's
artifacts listed and downloaded."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query, status
from fastapi.responses import FileResponse

from service.api.deps import CurrentUser, Engine, NodesBox, SettingsDep
from service.core.errors import Forbidden, NotFound
from service.core.paging import MAX_PAGE
from service.core.schemas import Page, error_responses
from service.domains.projects import access as projects
from service.domains.projects.models import ProjectRole
from service.domains.workflows import artifacts, build_progress, build_records, building
from service.domains.workflows.build_models import BuildState
from service.domains.workflows.build_schemas import ArtifactOut, BuildOut, BuildStart, BuildStarted, BuildStopped

router = APIRouter(prefix="/projects/{project_id}/workflow-builds", tags=["workflow builds"])
single = APIRouter(prefix="/workflow-builds", tags=["workflow builds"])
SEEN = error_responses(401, 403, 404, 422)
CHANGED = error_responses(401, 403, 404, 409, 422)
START = ("Numbers the build in the project, snapshots the workflow's steps (each step image's reference now) and "
         "starts the run that prepares the project's build guest on the node (made by the first build); its "
         "steps then run as their dependencies succeed, independent ones side by side. Steps with `runsOn` wait "
         "for an external runner; a build of only such steps needs no node and has no taskId. Refused with a 422 "
         "naming the field: a workflow of another project (`workflowId`), a repoUrl with credentials or not "
         "http(s)/git (`repoUrl`), a commit that is not 7 to 40 hex digits (`commitHash`), no node when a step "
         "runs on one, or a node of another team (`nodeId`), a git provider of another team (`gitProviderId`). "
         "A repository token (the git provider's) reaches the run's environment only.")


@router.post("", status_code=status.HTTP_202_ACCEPTED, response_model=BuildStarted, responses=CHANGED,
             summary="Start a build of a workflow (project members)", description=START)
async def start_build(project_id: UUID, body: BuildStart, user: CurrentUser, engine: Engine, settings: SettingsDep,
                      box: NodesBox) -> BuildStarted:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.MEMBER)
    started = await building.start(engine, settings, box, project=project, body=body, user=user)
    return BuildStarted(build=await build_records.one(started.build),
                        task_id=started.task.id if started.task is not None else None)


@router.get("", response_model=Page[BuildOut], responses=SEEN, summary="The project's builds, newest first")
async def list_builds(
    project_id: UUID, user: CurrentUser,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE, description="From 1")] = 1,
    per_page: Annotated[int, Query(ge=1, le=100, description="Items per page, at most 100")] = 20,
    build_status: Annotated[BuildState | None, Query(alias="status", description="Only builds in this state")] = None,
    limit: Annotated[int | None, Query(ge=1, le=100, description="Seed 004's paging: at most this many")] = None,
    offset: Annotated[int | None, Query(ge=0, le=MAX_PAGE * 100, description="Seed 004's paging: skip this many")]
    = None,
) -> Page[BuildOut]:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.VIEWER)
    if limit is not None or offset is not None:  # seed 004's limit/offset, answered as the page they fall on
        per_page = limit or per_page
        skip = offset or 0
        page = skip // per_page + 1
    else:
        skip = (page - 1) * per_page
    items, total = await build_records.page(project, status=build_status, offset=skip, limit=per_page)
    return Page[BuildOut](items=items, total=total, page=page, per_page=per_page)


@single.get("/{build_id}", response_model=BuildOut, responses=SEEN, summary="A build with its steps")
async def get_build(build_id: UUID, user: CurrentUser) -> BuildOut:
    _, _, build = await build_records.visible(build_id, user, at_least=ProjectRole.VIEWER)
    return await build_records.one(build)


@single.post("/{build_id}/stop", response_model=BuildStopped, responses=CHANGED,
             summary="Stop a build (project admins, or whoever started it)",
             description="Every active run of the build is stopped; running steps end FAILED and pending ones "
                         "SKIPPED, the build FAILED with the error `stopped`. A build that has ended is a 409.")
async def stop_build(build_id: UUID, user: CurrentUser) -> BuildStopped:
    _, role, build = await build_records.visible(build_id, user, at_least=ProjectRole.VIEWER)
    if projects.RANK[role] < projects.RANK[ProjectRole.ADMIN] and not (
            build.created_by_id == user.id and projects.RANK[role] >= projects.RANK[ProjectRole.MEMBER]):
        raise Forbidden("Only the project's admins or whoever started the build may stop it")
    stopped = await build_progress.stop(build)
    return BuildStopped(build=await build_records.one(build), stopped_task_ids=stopped)


@single.get("/{build_id}/steps/{step_id}/artifacts", response_model=list[ArtifactOut], responses=SEEN,
            summary="The files a step left (its output paths), with sizes and SHA-256 digests")
async def list_artifacts(build_id: UUID, step_id: UUID, user: CurrentUser) -> list[ArtifactOut]:
    _, _, build = await build_records.visible(build_id, user, at_least=ProjectRole.VIEWER)
    step = await build_records.step_of(build, step_id)
    return [ArtifactOut.model_validate(item) for item in step.artifacts or []]


@single.get("/{build_id}/steps/{step_id}/artifacts/{path:path}", response_class=FileResponse,
            responses={200: {"content": {"application/octet-stream": {"schema": {"type": "string",
                                                                                 "format": "binary"}}},
                             "description": "The file"}, **SEEN},
            summary="One artifact file of a step, by its relative path")
async def get_artifact(build_id: UUID, step_id: UUID, path: str, user: CurrentUser,
                       settings: SettingsDep) -> FileResponse:
    _, _, build = await build_records.visible(build_id, user, at_least=ProjectRole.VIEWER)
    step = await build_records.step_of(build, step_id)
    found = artifacts.file_in(artifacts.step_dir(settings, build.id, step.id), path)
    if found is None:
        raise NotFound(f"Step {step.name} has no artifact {path!r}")
    return FileResponse(found, media_type="application/octet-stream", filename=found.name)
