"""The audit log: an ASGI middleware records every change made through the API, after its answer."""

from __future__ import annotations

import logging
from typing import Any
from uuid import UUID

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.models import AuditRecord

log = logging.getLogger(__name__)

CHANGING_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Credentials travel in these requests' bodies; their path alone is recorded, like every other's.
TARGET_PARAMS = (
    "node_id", "task_id", "user_id", "member_id", "group_id", "token_id", "name", "team_id", "project_id", "env_id",
    "invite_id",
)


def _action(method: str, route_path: str) -> str:
    """`POST /playbooks/{name}/run` -> `playbooks.run`; `DELETE /users/{user_id}` -> `users.delete`."""
    parts = [part for part in route_path.split("/") if part and not part.startswith("{")]
    if method == "POST" and len(parts) > 1:
        return ".".join(parts)  # the last segment names the action: tasks.stop, auth.login
    verb = {"POST": "create", "PUT": "update", "PATCH": "update", "DELETE": "delete"}[method]
    return ".".join([*parts, verb])


def _target(path_params: dict[str, Any]) -> str:
    return ",".join(f"{key}={path_params[key]}" for key in TARGET_PARAMS if key in path_params)[:255]


def _uuid(value: Any) -> UUID | None:
    try:
        return UUID(str(value)) if value is not None else None
    except ValueError:
        return None


class AuditMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in CHANGING_METHODS:
            await self.app(scope, receive, send)
            return
        status = 500

        async def capture(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, capture)
        finally:
            await self._record(scope, status)

    @staticmethod
    async def _record(scope: Scope, status: int) -> None:
        route = scope.get("route")
        if route is None or not scope.get("path", "").startswith("/api/v1/"):
            return  # unknown paths change nothing
        # Routes of included routers know their path without the /api/v1 prefix.
        template = getattr(route, "path", "").removeprefix("/api/v1")
        state = scope.get("state") or {}
        user, token = state.get("user"), state.get("api_token")
        client = scope.get("client")
        params = scope.get("path_params") or {}
        try:
            await AuditRecord.create(
                action=_action(scope["method"], template), target=_target(params), status=status,
                user_id=getattr(user, "id", None), username=getattr(user, "username", None),
                token_id=getattr(token, "id", None), client_ip=client[0] if client else None,
                team_id=_uuid(params.get("team_id")), project_id=_uuid(params.get("project_id")),
            )
        except Exception:  # an audit write must not turn a done change into an error answer
            log.exception("could not write the audit record of %s %s", scope["method"], template)
