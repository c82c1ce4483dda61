"""The caller's API tokens (dyrector's tokens): for CI and scripts instead of a password."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Response, status

from service.api.deps import CurrentUser
from service.auth import api_tokens
from service.auth.models import ApiToken
from service.auth.schemas import ApiTokenCreated, ApiTokenOut, TokenCreate
from service.core.audit import AuditTarget, note
from service.core.schemas import error_responses

router = APIRouter(prefix="/tokens", tags=["tokens"])


@router.get("", response_model=list[ApiTokenOut], responses=error_responses(401), summary="My API tokens")
async def list_tokens(user: CurrentUser) -> list[ApiTokenOut]:
    return [ApiTokenOut.model_validate(t) for t in await ApiToken.filter(user=user).order_by("-created_at")]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ApiTokenCreated,
             responses=error_responses(401, 422), summary="Create an API token (shown once)")
async def create_token(body: TokenCreate, user: CurrentUser) -> ApiTokenCreated:
    record, token = await api_tokens.issue(user, name=body.name, expiration_days=body.expiration_in_days)
    return ApiTokenCreated(**ApiTokenOut.model_validate(record).model_dump(), token=token)


@router.get("/{token_id}", response_model=ApiTokenOut, responses=error_responses(401, 404, 422),
            summary="One of my API tokens")
async def get_token(token_id: UUID, user: CurrentUser) -> ApiTokenOut:
    return ApiTokenOut.model_validate(await api_tokens.owned(user, token_id))


@router.delete("/{token_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
               responses=error_responses(401, 404, 422), summary="Revoke an API token")
async def delete_token(token_id: UUID, user: CurrentUser) -> Response:
    token = await api_tokens.owned(user, token_id)
    note(AuditTarget.of("token", token))
    await token.delete()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
