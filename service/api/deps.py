"""Request dependencies: the engine, the settings, the hooks and the authenticated caller, as Annotated aliases."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import Depends, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from service.api.hooks import Hooks
from service.auth import api_tokens
from service.auth.models import User
from service.auth.tokens import TokenIssuer
from service.config import Settings
from service.core.errors import Forbidden, Unauthorized
from service.core.secrets import SecretBox
from service.tasks import TaskEngine
from service.tasks.scheduler import Scheduler

_bearer = HTTPBearer(auto_error=False, description="An access token from POST /api/v1/auth/login")

# The getters below are coroutines though they never wait: FastAPI runs a plain function dependency in its
# thread pool, a thread hop (and a GIL hand-over) per dependency per request for reading an attribute.


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_engine(request: Request) -> TaskEngine:
    return request.app.state.engine


async def get_scheduler(request: Request) -> Scheduler:
    return request.app.state.scheduler


async def get_issuer(request: Request) -> TokenIssuer:
    return request.app.state.issuer


async def get_variables_box(request: Request) -> SecretBox:
    return request.app.state.variables_box


async def get_settings_box(request: Request) -> SecretBox:
    return request.app.state.settings_box


async def get_public_base(request: Request) -> str:
    """The base of links we hand out: CONTAINR_PUBLIC_URL, else the address this request came in on."""
    return (request.app.state.settings.public_url or str(request.base_url)).rstrip("/")


async def get_nodes_box(request: Request) -> SecretBox:
    return request.app.state.nodes_box


async def get_hooks(request: Request) -> Hooks:
    return request.app.state.hooks


async def get_current_user(
    request: Request,
    issuer: Annotated[TokenIssuer, Depends(get_issuer)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    access_token: Annotated[str | None, Query(description="The token, for EventSource clients that "
                                                          "cannot send headers")] = None,
) -> User:
    token = credentials.credentials if credentials else access_token
    if not token:
        raise Unauthorized()
    user, api_token = None, None
    if api_tokens.looks_like_api_token(token):
        found = await api_tokens.authenticate(token)
        if found is not None:
            user, api_token = found
    else:
        subject = issuer.subject(token)
        try:
            user_id = UUID(subject) if subject else None
        except ValueError:
            user_id = None
        user = await User.get_or_none(id=user_id) if user_id else None
    if user is None or not user.active:
        raise Unauthorized("The access token is invalid or expired", code="invalid_token")
    # The audit log reads who acted from the request state.
    request.state.user = user
    request.state.api_token = api_token
    return user


async def get_admin(user: Annotated[User, Depends(get_current_user)]) -> User:
    if not user.is_admin:
        raise Forbidden("This needs an administrator")
    return user


SettingsDep = Annotated[Settings, Depends(get_settings)]
Engine = Annotated[TaskEngine, Depends(get_engine)]
SchedulerDep = Annotated[Scheduler, Depends(get_scheduler)]
Issuer = Annotated[TokenIssuer, Depends(get_issuer)]
VariablesBox = Annotated[SecretBox, Depends(get_variables_box)]
SettingsBox = Annotated[SecretBox, Depends(get_settings_box)]
PublicBase = Annotated[str, Depends(get_public_base)]


NodesBox = Annotated[SecretBox, Depends(get_nodes_box)]
HooksDep = Annotated[Hooks, Depends(get_hooks)]
CurrentUser = Annotated[User, Depends(get_current_user)]
AdminUser = Annotated[User, Depends(get_admin)]
