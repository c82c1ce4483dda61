"""The audit log: an ASGI middleware records every change made through the API, after its answer, and what it hit."""

from __future__ import annotations

import json
import logging
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from uuid import UUID

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.core.models import AuditRecord

log = logging.getLogger(__name__)

CHANGING_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Credentials travel in these requests' bodies and in some paths (an invitation's token): only these path
# parameters are ever recorded, and of an answer only the fields `_ANSWER_FIELDS` names.
TARGET_PARAMS = (
    "node_id", "task_id", "user_id", "member_id", "group_id", "token_id", "name", "team_id", "project_id", "env_id",
    "invite_id", "database_id", "service_id", "build_id", "provider_id", "domain", "app_id",
    "storage_id", "registry_id", "version_id", "image_id", "deployment_id", "instance_id", "step_image_id",
    "workflow_id", "runner_id", "step_id", "notification_id",
)
PARAM_KINDS = {
    "node_id": "node", "task_id": "task", "user_id": "user", "member_id": "member", "group_id": "group",
    "token_id": "token", "team_id": "team", "project_id": "project", "env_id": "environment", "invite_id": "invite",
    "database_id": "database", "service_id": "service", "build_id": "build", "provider_id": "git_provider",
    "domain": "domain", "app_id": "app",
    "storage_id": "storage", "registry_id": "registry", "version_id": "version", "image_id": "image",
    "deployment_id": "deployment", "instance_id": "instance", "step_image_id": "step_image",
    "workflow_id": "workflow", "runner_id": "build_runner", "step_id": "workflow_build_step",
    "notification_id": "notification",
}
# `{name}` is named by its collection
NAMED_KINDS = {"playbooks": "playbook", "containers": "container", "mailboxes": "mailbox"}
# What a POST to a collection makes (a clone makes one of the kind its path names).
COLLECTION_KINDS = {
    "users": "user", "groups": "group", "tokens": "token", "teams": "team", "projects": "project",
    "members": "member", "environments": "environment", "invites": "invite", "nodes": "node",
    "databases": "database", "services": "service", "builds": "build", "providers": "git_provider",
    "domains": "domain",
    "storages": "storage", "registries": "registry", "versions": "version", "images": "image",
    "deployments": "deployment", "step-images": "step_image", "workflows": "workflow",
    "build-runners": "build_runner", "notifications": "notification",
}
# Calls that are not recorded, by method, route and status: a runner's ask that took no step (it changed nothing)
# and its log lines (the step's log is their record), which every runner sends every few seconds.
UNRECORDED = frozenset({("POST", "/runner/claim", 204), ("POST", "/runner/{step_id}/logs", 204)})
ANSWER_CAP = 64 * 1024  # a longer answer is not kept (creates answer far less): the path alone names its target


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditTarget:
    """What a request acted on: a kind (`project`), its id, its name then, and the team or project it is in."""

    kind: str | None
    id: str | None = None
    name: str | None = None
    team_id: UUID | None = None
    project_id: UUID | None = None

    @classmethod
    def of(cls, kind: str, resource: Any, *, name: str | None = None) -> AuditTarget:
        """The target a model instance is: its id, its name (an account's username), its team or project."""
        if name is None:
            name = getattr(resource, "name", None) or getattr(resource, "username", None)
        return cls(kind=kind, id=str(resource.id), name=name, team_id=getattr(resource, "team_id", None),
                   project_id=getattr(resource, "project_id", None))


_noted: ContextVar[list[AuditTarget] | None] = ContextVar("audit_noted", default=None)


def note(target: AuditTarget) -> None:
    """Name what this request acts on where its path and answer cannot (a name before a delete, a create whose
    collection is not its kind); the last note counts. Outside a request through the API it does nothing."""
    noted = _noted.get()
    if noted is not None:
        noted.append(target)


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


def _text(value: Any, limit: int) -> str | None:
    return str(value)[:limit] if isinstance(value, str | int) and not isinstance(value, bool) else None


@dataclass(frozen=True, slots=True)
class _Route:
    action: str
    param: str | None  # the path parameter that names the target
    kind: str | None  # the kind of that target (or of a setting)
    created: str | None  # what a create through this route makes
    fixed_id: str | None  # a singleton's own name: /settings/smtp is the setting `smtp`


@lru_cache(maxsize=512)
def _route(method: str, template: str) -> _Route:
    """What a route template says about its target; worked out once per route."""
    segments = [segment for segment in template.split("/") if segment]
    param = kind = fixed_id = None
    for before, segment in zip(["", *segments], segments, strict=False):
        name = segment[1:-1] if segment.startswith("{") else None
        if name in PARAM_KINDS:
            param, kind = name, PARAM_KINDS[name]
        elif name == "name":
            param, kind = name, NAMED_KINDS.get(before, before)
    if param is None and len(segments) == 2 and segments[0] == "settings":
        kind, fixed_id = "setting", segments[1]
    created = COLLECTION_KINDS.get(segments[-1]) if segments else None
    return _Route(_action(method, template), param, kind, created or kind, fixed_id)


def _resolve(route: _Route, *, method: str, status: int, params: dict[str, Any], answer: dict[str, Any] | None,
             noted: AuditTarget | None) -> AuditTarget:
    """The target: what the route noted, else a create's answer, else the path (named by the answer if it is it)."""
    if noted is not None:
        return noted
    path_id = _text(params.get(route.param), 64) if route.param else route.fixed_id
    answer = answer or {}
    answer_id = _text(answer.get("id"), 64)
    about = {"name": _text(answer.get("name", answer.get("username")), 255),
             "team_id": _uuid(answer.get("teamId")), "project_id": _uuid(answer.get("projectId"))}
    if answer_id is not None and method == "POST" and status in (201, 202) and answer_id != path_id:
        return AuditTarget(kind=route.created, id=answer_id, **about)
    if path_id is not None:
        return AuditTarget(kind=route.kind, id=path_id, **(about if answer_id == path_id else {}))
    if answer.get("taskId") is not None:  # a run started on nothing the path names: the run is what was made
        return AuditTarget(kind="task", id=_text(answer["taskId"], 64))
    return AuditTarget(kind=None)


class _Answer:
    """A successful JSON answer's top level, kept only for what names a target, and only up to ANSWER_CAP."""

    __slots__ = ("body",)

    def __init__(self) -> None:
        self.body: bytearray | None = None

    def start(self, message: Message) -> None:
        if not 200 <= message["status"] < 300:
            return
        headers = dict(message.get("headers") or ())
        if not headers.get(b"content-type", b"").startswith(b"application/json"):
            return
        length = headers.get(b"content-length", b"0")
        if length.isdigit() and int(length) <= ANSWER_CAP:  # a streamed answer (no length) is read up to the cap
            self.body = bytearray()

    def feed(self, chunk: bytes) -> None:
        if self.body is not None:
            self.body += chunk
            if len(self.body) > ANSWER_CAP:
                self.body = None

    def fields(self) -> dict[str, Any] | None:
        if not self.body:
            return None
        try:
            data = json.loads(self.body)
        except ValueError:
            return None
        return data if isinstance(data, dict) else None


class AuditMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in CHANGING_METHODS:
            await self.app(scope, receive, send)
            return
        status = 500
        noted: list[AuditTarget] = []
        answer = _Answer()

        async def capture(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                if not noted:  # a route that named its target needs no answer read
                    answer.start(message)
            elif message["type"] == "http.response.body":
                answer.feed(message.get("body", b""))
            await send(message)

        reset = _noted.set(noted)
        try:
            await self.app(scope, receive, capture)
        finally:
            _noted.reset(reset)
            await self._record(scope, status, noted=noted[-1] if noted else None, answer=answer)

    @staticmethod
    async def _record(scope: Scope, status: int, *, noted: AuditTarget | None, answer: _Answer) -> None:
        route = scope.get("route")
        if route is None or not scope.get("path", "").startswith("/api/v1/"):
            return  # unknown paths change nothing
        # Routes of included routers know their path without the /api/v1 prefix.
        template = getattr(route, "path", "").removeprefix("/api/v1")
        if (scope["method"], template, status) in UNRECORDED:
            return
        state = scope.get("state") or {}
        user, token = state.get("user"), state.get("api_token")
        client = scope.get("client")
        params = scope.get("path_params") or {}
        try:
            info = _route(scope["method"], template)
            target = _resolve(info, method=scope["method"], status=status, params=params, answer=answer.fields(),
                              noted=noted)
            await AuditRecord.create(
                action=info.action, target=_target(params), status=status,
                target_kind=_text(target.kind, 32), target_id=_text(target.id, 64), target_name=_text(target.name, 255),
                user_id=getattr(user, "id", None), username=getattr(user, "username", None),
                token_id=getattr(token, "id", None), client_ip=client[0] if client else None,
                team_id=_uuid(params.get("team_id")) or target.team_id or _own(target, "team"),
                project_id=_uuid(params.get("project_id")) or target.project_id or _own(target, "project"),
            )
        except Exception:  # an audit write must not turn a done change into an error answer
            log.exception("could not write the audit record of %s %s", scope["method"], template)


def _own(target: AuditTarget, kind: str) -> UUID | None:
    """A team's (a project's) record is in that team (project) itself."""
    return _uuid(target.id) if target.kind == kind else None
