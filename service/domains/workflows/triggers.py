"""Builds started without a user: a git host's push webhook signed with the workflow's trigger secret, or a CI
script holding that secret as a bearer token. The secret is sealed at rest and shown only when made (at the
workflow's creation or a rotation). Nothing is said about a workflow, and nothing recorded, before the caller
proves it knows the secret: an unknown id, a missing or wrong signature or token are the same 401."""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from secrets import token_urlsafe
from typing import Any
from uuid import UUID

from pydantic import ValidationError
from tortoise.exceptions import DoesNotExist

from service.config import Settings
from service.core.errors import Invalid, Unauthorized
from service.core.secrets import SecretBox
from service.domains.git import webhooks as git_webhooks
from service.domains.projects.models import Project
from service.domains.workflows import building
from service.domains.workflows.build_schemas import BuildStart
from service.domains.workflows.models import Workflow
from service.tasks import TaskEngine

PURPOSE = "workflow-triggers"  # the SecretBox purpose Workflow.sealed_trigger_secret is sealed under
WEBHOOK, TOKEN = "webhook", "token"  # WorkflowBuild.trigger of the builds started here
# Compared against when there is nothing to compare with, so that an unknown id costs what a known one does.
_NO_SECRET = b"containr: no such workflow"
_BEARER = "bearer "


def box(settings: Settings) -> SecretBox:
    return SecretBox(settings.resolved_secret_key(), purpose=PURPOSE, previous_keys=settings.previous_keys)


def new_secret(settings: Settings) -> tuple[str, str]:
    """A fresh trigger secret and its sealed form: the first is answered once, the second kept."""
    secret = token_urlsafe(32)
    return secret, box(settings).seal(secret)


async def rotate(settings: Settings, workflow: Workflow) -> str:
    """A new secret for the workflow; the old one stops working at once."""
    secret, sealed = new_secret(settings)
    await Workflow.filter(id=workflow.id).update(sealed_trigger_secret=sealed)
    workflow.sealed_trigger_secret = sealed
    return secret


def _refused() -> Unauthorized:
    return Unauthorized("Missing or wrong trigger secret or webhook signature", headers={})


async def _with_secret(settings: Settings, workflow_id: UUID) -> tuple[Workflow | None, bytes]:
    workflow = await Workflow.get_or_none(id=workflow_id)
    if workflow is None or not workflow.sealed_trigger_secret:  # made before trigger secrets: none until rotated
        return None, _NO_SECRET
    return workflow, str(box(settings).open(workflow.sealed_trigger_secret)).encode()


async def authentic_webhook(settings: Settings, workflow_id: UUID, headers: Mapping[str, str],
                            body: bytes) -> Workflow:
    """The workflow, if the webhook is signed with its trigger secret; else 401, whatever was wrong."""
    workflow, secret = await _with_secret(settings, workflow_id)
    if not git_webhooks.signed(headers, body, secret) or workflow is None:
        raise _refused()
    return workflow


async def authentic_token(settings: Settings, workflow_id: UUID, authorization: str | None) -> Workflow:
    """The workflow, if `Authorization: Bearer <its trigger secret>`; else 401, whatever was wrong."""
    workflow, secret = await _with_secret(settings, workflow_id)
    given = authorization[len(_BEARER):].strip() if authorization and authorization.lower().startswith(
        _BEARER) else ""
    if not hmac.compare_digest(given.encode(), secret) or workflow is None:
        raise _refused()
    return workflow


@dataclass(frozen=True)
class Ignored:
    reason: str


def push_to_build(workflow: Workflow, headers: Mapping[str, str], body: bytes) -> dict[str, Any] | Ignored:
    """The start a push asks for (BuildStart's fields by alias), or why it starts nothing."""
    push = git_webhooks.read_branch_push(headers, body)
    if isinstance(push, str):
        return Ignored(push)
    if workflow.branch and push.branch != workflow.branch:
        return Ignored(f"a push to {push.branch}: the workflow builds {workflow.branch}")
    if push.deleted:
        return Ignored(f"branch {push.branch} was deleted")
    return {"repoUrl": push.clone_url or None, "branch": push.branch, "commitHash": push.checked_commit(),
            "commitMessage": push.message, "commitAuthor": push.author}


def _start_body(workflow: Workflow, asked: dict[str, Any]) -> BuildStart:
    """The API's start body for the workflow (its git provider, the project's default node); a value the API would
    refuse is a 422 naming its field."""
    try:
        return BuildStart.model_validate({**asked, "workflowId": str(workflow.id),
                                          "gitProviderId": str(workflow.git_provider_id)
                                          if workflow.git_provider_id else None})
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first.get("loc", ())) or "body"
        raise Invalid(f"The start's {field} is refused: {first.get('msg', 'invalid')}",
                      details={"field": field}) from None


async def start(engine: TaskEngine, settings: Settings, nodes_box: SecretBox, *, workflow: Workflow,
                asked: dict[str, Any], trigger: str) -> building.Started:
    """A build started exactly as the API starts one, recorded with its trigger and no user."""
    body = _start_body(workflow, asked)
    try:
        project = await Project.get(id=workflow.project_id)
    except DoesNotExist:
        raise _refused() from None
    return await building.start(engine, settings, nodes_box, project=project, body=body, user=None,
                                trigger=trigger)
