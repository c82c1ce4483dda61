"""Builds started without a user's token (issue 22): a git host's push webhook signed with the workflow's trigger
secret (`/api/v1/workflows/{id}/webhook`), a CI script sending that secret as a bearer token
(`/api/v1/workflows/{id}/trigger`), and the secret's rotation by the project's admins."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Body, Header, Request, status
from fastapi.responses import JSONResponse

from service.api.deps import CurrentUser, Engine, NodesBox, SettingsDep
from service.core.audit import AuditTarget, note
from service.core.schemas import ErrorResponse, error_responses
from service.domains.git import webhooks as git_webhooks
from service.domains.git.webhooks import PINGS, event_of
from service.domains.projects import access as projects
from service.domains.projects.models import ProjectRole
from service.domains.workflows import build_records, records, triggers
from service.domains.workflows.schemas import TriggerIgnored, TriggerSecretOut, TriggerStart, TriggerStarted

router = APIRouter(prefix="/workflows", tags=["workflows"])
REFUSED = {401: {"model": ErrorResponse, "description": "Unknown workflow, no trigger secret yet, or a missing or "
                                                        "wrong signature or token"}}
STARTS = ("The build starts exactly as `POST /api/v1/projects/{id}/workflow-builds` starts one, with the workflow's "
          "git provider and the project's default node, and no user; refused as it would be (409 a node not online, "
          "422 naming the field).")
_PUSH_BODY = {**git_webhooks.OPENAPI_PUSH_BODY, "properties": {
    **git_webhooks.OPENAPI_PUSH_BODY["properties"],
    "repository": {"type": "object", "description": "clone_url (GitHub, Gitea, Gogs) or git_http_url (GitLab): "
                                                    "the repository the build checks out"}}}
_IGNORED = {"model": TriggerIgnored, "description": "A ping, or an event that starts nothing (why: `reason`); "
                                                    "nothing was recorded"}


def _ignored(reason: str) -> JSONResponse:
    return JSONResponse(TriggerIgnored(reason=reason).model_dump(by_alias=True))


async def _answer(started: Any) -> TriggerStarted:
    return TriggerStarted(build=await build_records.one(started.build),
                          task_id=started.task.id if started.task is not None else None)


@router.post("/{workflow_id}/trigger-secret", response_model=TriggerSecretOut,
             responses=error_responses(401, 403, 404, 422),
             summary="Make a new trigger secret (project admins): shown this once; the old one stops working")
async def rotate_trigger_secret(workflow_id: UUID, user: CurrentUser, settings: SettingsDep) -> TriggerSecretOut:
    workflow = await records.get(workflow_id)
    await projects.visible_project(workflow.project_id, user, at_least=ProjectRole.ADMIN)
    note(AuditTarget.of("workflow", workflow))
    return TriggerSecretOut(workflow_id=workflow.id, trigger_secret=await triggers.rotate(settings, workflow))


@router.post("/{workflow_id}/webhook", status_code=status.HTTP_202_ACCEPTED, response_model=TriggerStarted,
             responses={200: _IGNORED, **REFUSED, **error_responses(409, 422)},
             openapi_extra={"security": [], "parameters": git_webhooks.OPENAPI_HEADERS, "requestBody": {
                 "required": True, "content": {"application/json": {"schema": _PUSH_BODY}}}},
             summary="A git host's push webhook: a push to the workflow's branch (any, when it has none) starts a "
                     "build of the pushed commit", description=STARTS)
async def push_webhook(workflow_id: UUID, request: Request, engine: Engine, settings: SettingsDep,
                       box: NodesBox) -> TriggerStarted | JSONResponse:
    body = await request.body()  # raw: the signature is of these bytes; the body limit caps them
    workflow = await triggers.authentic_webhook(settings, workflow_id, request.headers, body)
    note(AuditTarget.of("workflow", workflow))
    if event_of(request.headers) in PINGS:
        return _ignored("ping")
    asked = triggers.push_to_build(workflow, request.headers, body)
    if isinstance(asked, triggers.Ignored):
        return _ignored(asked.reason)
    started = await triggers.start(engine, settings, box, workflow=workflow, asked=asked, trigger=triggers.WEBHOOK)
    return await _answer(started)


@router.post("/{workflow_id}/trigger", status_code=status.HTTP_202_ACCEPTED, response_model=TriggerStarted,
             responses={**REFUSED, **error_responses(409, 422)},
             openapi_extra={"security": []},
             summary="A CI script's start, with `Authorization: Bearer <the workflow's trigger secret>`",
             description=STARTS + " The branch defaults to the workflow's.")
async def token_trigger(workflow_id: UUID, engine: Engine, settings: SettingsDep, box: NodesBox,
                        authorization: Annotated[str | None, Header(max_length=512)] = None,
                        body: Annotated[TriggerStart | None, Body()] = None) -> TriggerStarted:
    workflow = await triggers.authentic_token(settings, workflow_id, authorization)
    note(AuditTarget.of("workflow", workflow))
    asked = (body or TriggerStart()).model_dump(by_alias=True, exclude_none=True)
    if "branch" not in asked and workflow.branch:
        asked["branch"] = workflow.branch
    started = await triggers.start(engine, settings, box, workflow=workflow, asked=asked, trigger=triggers.TOKEN)
    return await _answer(started)
