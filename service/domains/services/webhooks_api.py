"""Push to deploy: the webhook a git host (GitHub, GitLab, Gitea, Gogs) calls on a push. It takes no bearer token:
the signature made with the service's webhook secret is its authentication (see webhooks.py)."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Request, status
from fastapi.responses import JSONResponse

from service.api.deps import Engine
from service.core.audit import AuditTarget, note
from service.core.schemas import ErrorResponse, error_responses
from service.domains.git import webhooks as git_webhooks
from service.domains.services import builds, webhooks
from service.domains.services.builds_schemas import BuildAccepted, WebhookIgnored, WebhookNoBuild, WebhookPing
from service.domains.services.secrets import ServiceSecretsDep

router = APIRouter(prefix="/services", tags=["services"])

_NO_BUILD = {"model": WebhookNoBuild,
             "description": "A ping, or an event that deploys nothing (why: `ignored`); nothing was recorded"}


@router.post("/{service_id}/webhook", status_code=status.HTTP_202_ACCEPTED, response_model=BuildAccepted,
             responses={200: _NO_BUILD, 401: {"model": ErrorResponse, "description": "Unknown service, or missing or "
                                                                                      "wrong signature"},
                        **error_responses(409, 422)},
             openapi_extra={"security": [], "parameters": git_webhooks.OPENAPI_HEADERS, "requestBody": {
                 "required": True, "content": {"application/json": {"schema": git_webhooks.OPENAPI_PUSH_BODY}}}},
             summary="A git host's push webhook: a push to the service's branch deploys the pushed commit")
async def push_webhook(service_id: UUID, request: Request, engine: Engine,
                       secrets: ServiceSecretsDep) -> BuildAccepted | JSONResponse:
    body = await request.body()  # raw: the signature is of these bytes; the body limit caps them
    service = await webhooks.authentic_service(secrets, service_id, request.headers, body)
    note(AuditTarget.of("service", service))
    if webhooks.event_of(request.headers) in webhooks.PINGS:
        return JSONResponse(WebhookPing().model_dump(by_alias=True))
    push = webhooks.read_push(service, request.headers, body)
    if isinstance(push, str):
        return JSONResponse(WebhookIgnored(ignored=push).model_dump(by_alias=True))
    started = await webhooks.deploy_push(engine, secrets, service, push)
    return BuildAccepted(**(await builds.out_one(started.build)).model_dump())
