"""Build runners (`/api/v1/build-runners`, instance admins) and the runner protocol (seed 004's `/api/runner/...`,
here `/api/v1/runner/...`), whose callers authenticate with a runner token, not a user's."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Header, Request, Response, status

from service.api.deps import AdminUser, SettingsDep
from service.core.audit import AuditTarget, note
from service.core.body_limit import UploadLimit
from service.core.schemas import ErrorResponse, error_responses
from service.domains.workflows import runner_protocol, runners
from service.domains.workflows.build_models import BuildRunner
from service.domains.workflows.runner_schemas import (
    ClaimIn,
    LogAppend,
    RunnerCreate,
    RunnerCreated,
    RunnerOut,
    RunnerStep,
    StepComplete,
    StepCompleted,
)

admin = APIRouter(prefix="/build-runners", tags=["build runners"])
protocol = APIRouter(prefix="/runner", tags=["runner protocol"],
                     responses={401: {"model": ErrorResponse, "description": "No or a wrong runner token"}})
# An artifact's path has as many segments as its folders: the body limit reads a `{...}` as one segment.
UPLOADS = tuple(UploadLimit("PUT", f"{protocol.prefix}/{{step_id}}/artifacts/" + "/".join(["{p}"] * depth),
                            runner_protocol.ARTIFACT_MAX) for depth in range(1, 17))
TAKEN = error_responses(403, 404, 409, 422)
SECURITY = {"security": [{"runnerToken": []}]}


async def _runner(authorization: Annotated[str | None, Header(max_length=512)] = None) -> BuildRunner:
    return await runners.authenticate(authorization)


Runner = Annotated[BuildRunner, Depends(_runner)]


@admin.get("", response_model=list[RunnerOut], responses=error_responses(401, 403),
           summary="The build runners (instance admins), without their tokens")
async def list_runners(_: AdminUser) -> list[RunnerOut]:
    return [runners.out(runner) for runner in await BuildRunner.all().order_by("name")]


@admin.post("", status_code=status.HTTP_201_CREATED, response_model=RunnerCreated,
            responses=error_responses(401, 403, 409, 422),
            summary="Make a build runner (instance admins): its token is shown this once")
async def create_runner(body: RunnerCreate, user: AdminUser) -> RunnerCreated:
    runner, token = await runners.create(body, user=user)
    return RunnerCreated(**runners.out(runner).model_dump(), token=token)


@admin.delete("/{runner_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
              responses=error_responses(401, 403, 404, 422),
              summary="Delete a build runner (instance admins): its token stops working; a step it runs stays "
                      "RUNNING until the build is stopped")
async def delete_runner(runner_id: UUID, _: AdminUser) -> Response:
    runner = await runners.get(runner_id)
    note(AuditTarget.of("build_runner", runner))
    await runner.delete()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@protocol.post("/claim", response_model=RunnerStep, openapi_extra=SECURITY,
               responses={204: {"description": "No step for this runner now: ask again later"}},
               summary="Take the next step this runner may run (its `runsOn` labels all the runner's, its "
                       "dependencies done): the step is RUNNING on this runner")
async def claim(runner: Runner, body: ClaimIn | None = None) -> RunnerStep | Response:
    step = await runner_protocol.claim(runner, labels=body.labels if body else None)
    if step is None:
        return Response(status_code=status.HTTP_204_NO_CONTENT)
    note(AuditTarget(kind="workflow_build_step", id=str(step.id), name=step.name))
    return await runner_protocol.facts(step)


@protocol.get("/{step_id}", response_model=RunnerStep, openapi_extra=SECURITY, responses={
    200: {"content": {"text/plain": {"schema": {"type": "string"}}},
          "description": "The step's facts; with `Accept: text/plain`, seed 004's shell script of the step"},
    **TAKEN},
    summary="The step this runner took (seed 004's step script, as facts): image, script, env, paths and what to "
            "check out. No repository or registry credential is handed out: a runner clones public repositories "
            "or with its own credentials, and pulls with its machine's registry credentials")
async def get_step(step_id: UUID, runner: Runner,
                   accept: Annotated[str | None, Header(max_length=1024)] = None) -> RunnerStep | Response:
    facts = await runner_protocol.facts(await runner_protocol.taken_step(runner, step_id))
    if accept is not None and "text/plain" in accept and "json" not in accept:
        return Response(runner_protocol.script(facts), media_type="text/plain; charset=utf-8")
    return facts


@protocol.post("/{step_id}/logs", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
               responses={**TAKEN, **error_responses(413)}, openapi_extra=SECURITY,
               summary="Add output lines to the step's log (while it runs; the step's log has a size limit)")
async def append_logs(step_id: UUID, body: LogAppend, runner: Runner, settings: SettingsDep) -> Response:
    step = await runner_protocol.taken_step(runner, step_id)
    runner_protocol.append_logs(settings, step, body.text)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@protocol.put("/{step_id}/artifacts/{path:path}", status_code=status.HTTP_204_NO_CONTENT,
              response_class=Response, responses={**TAKEN, **error_responses(413)},
              openapi_extra={**SECURITY, "requestBody": {
                  "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
                  "required": True}},
              summary="Upload one output file of the step (the body is the file), at its path relative to the "
                      "step's work folder, inside one of the step's output paths")
async def put_artifact(step_id: UUID, path: str, request: Request, runner: Runner,
                       settings: SettingsDep) -> Response:
    step = await runner_protocol.taken_step(runner, step_id)
    await runner_protocol.store_artifact(settings, step, path, request.stream())
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@protocol.post("/{step_id}/complete", response_model=StepCompleted, responses=TAKEN, openapi_extra=SECURITY,
               summary="End the step this runner runs: SUCCESS or FAILED with the script's exit code; the "
                       "build goes on (or ends) as when Containr runs a step")
async def complete(step_id: UUID, body: StepComplete, runner: Runner, settings: SettingsDep) -> StepCompleted:
    step = await runner_protocol.taken_step(runner, step_id)
    return await runner_protocol.complete(settings, step, body)
