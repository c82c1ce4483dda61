"""Proxmox VE nodes of teams: who sees and changes one, registration, changes, checks and deletion."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit
from uuid import UUID

from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from service.actions import catalogue
from service.auth.models import User
from service.config import Settings
from service.core.compensate import undo_on_failure
from service.core.errors import Conflict, Forbidden, Invalid, taken_on_duplicate
from service.core.secrets import SecretBox
from service.domains.events import outbox
from service.domains.nodes.actions import NODE_CHECK, NodeCheckVars
from service.domains.nodes.ipam import check_network
from service.domains.nodes.models import Guest, Node, NodeStatus, NodeTask
from service.domains.nodes.schemas import NodeCreate, NodeUpdate
from service.domains.teams import owned
from service.domains.teams.membership import MANAGERS
from service.tasks import TaskEngine
from service.tasks.models import Task, TaskState

CONNECTION_FIELDS = ("api_url", "token_id", "token_secret", "verify_tls", "fingerprint")


async def visible_node(node_id: UUID, user: User, *, manage: bool = False) -> Node:
    """The node if the caller is in its team (else 404); `manage` needs a team owner or admin (else 403)."""
    node = await Node.get_or_none(id=node_id)
    await owned.check_access(node.team_id if node else None, user, manage=manage, missing=f"No node {node_id}")
    assert node is not None
    return node


async def visible_nodes(user: User, *, team_id: UUID | None, search: str | None) -> QuerySet[Node]:
    return await owned.visible(Node.all(), user, team_id=team_id, search=search)


def nodes_box(settings: Settings) -> SecretBox:
    """The box node tokens are sealed with (the app keeps one; scheduled jobs make their own)."""
    return SecretBox(settings.resolved_secret_key(), purpose="node-tokens", previous_keys=settings.previous_keys)


def connection_env(node: Node, box: SecretBox, *, token_secret: str | None = None) -> dict[str, str]:
    """The run's environment that reaches PVE (the contract with the playbooks); the only way out of the
    service for the token's secret."""
    parts = urlsplit(node.api_url)
    user, _, token_name = node.token_id.partition("!")
    secret = token_secret if token_secret is not None else str(box.open(node.sealed_token_secret))
    return {
        "PROXMOX_HOST": parts.hostname or "", "PROXMOX_PORT": str(parts.port or 8006), "PROXMOX_URL": node.api_url,
        "PROXMOX_USER": user, "PROXMOX_TOKEN_ID": token_name, "PROXMOX_TOKEN_SECRET": secret,
        "PROXMOX_VALIDATE_CERTS": "true" if node.verify_tls else "false",
        # requests prefers these over validate_certs=false: empty, they leave the choice to the modules.
        "REQUESTS_CA_BUNDLE": "", "CURL_CA_BUNDLE": "",
    }


async def link_task(node: Node, task: Task) -> None:
    await NodeTask.create(node=node, task=task)


async def _busy(resource_type: str, resource_id: str) -> Task | None:
    return await Task.filter(resource_type=resource_type, resource_id=resource_id,
                             state__in=[TaskState.QUEUED, TaskState.RUNNING]).first()


async def start_check(engine: TaskEngine, settings: Settings, box: SecretBox, node: Node, *,
                      user: User | None) -> Task:
    defaults = node.defaults or {}
    params = NodeCheckVars(node_check_template=defaults.get("template"), node_check_node=defaults.get("node"))
    task = await catalogue.start(engine, settings, NODE_CHECK, resource_id=str(node.id), params=params, user=user,
                                 secrets=connection_env(node, box))
    await link_task(node, task)
    return task


async def _managed_team(team_id: UUID, user: User) -> None:
    role = await owned.team_role(team_id, user)
    if role is None and not user.is_admin:
        raise Invalid(f"No team {team_id} of yours", details={"field": "teamId"})
    if role not in MANAGERS and not user.is_admin:
        raise Forbidden("Registering a node needs a team owner or admin")


def _taken(name: str) -> str:
    return f"The team already has a node named {name!r}"


def _defaults(body: Any) -> dict[str, Any]:
    defaults = body.model_dump(mode="json")
    check_network(defaults.get("network") or {})
    return defaults


async def create_node(engine: TaskEngine, settings: Settings, box: SecretBox, user: User,
                      body: NodeCreate) -> tuple[Node, Task]:
    """Record the node as `checking` and start its check; the check's end makes it online or error."""
    await _managed_team(body.team_id, user)
    if await Node.exists(team_id=body.team_id, name=body.name):
        raise Conflict(_taken(body.name), code="taken", details={"field": "name"})
    defaults = _defaults(body.defaults)
    with taken_on_duplicate(_taken(body.name), field="name"):
        node = await Node.create(team_id=body.team_id, name=body.name, description=body.description,
                                 api_url=body.api_url, token_id=body.token_id,
                                 sealed_token_secret=box.seal(body.token_secret), verify_tls=body.verify_tls,
                                 fingerprint=body.fingerprint, defaults=defaults, status=NodeStatus.CHECKING)
    async with undo_on_failure(node.delete):  # no node is left behind without the check that was to make it online
        task = await start_check(engine, settings, box, node, user=user)
    # Once the node stays: a node undone above was never added.
    await outbox.record("node.added", team_id=body.team_id, kind="node", resource_id=node.id, name=node.name,
                        data={"taskId": task.id})
    return node, task


async def update_node(engine: TaskEngine, settings: Settings, box: SecretBox, user: User, node: Node,
                      body: NodeUpdate) -> Task | None:
    """Apply the changes; a changed connection or defaults start a new check (409 while one is running)."""
    changes = body.model_dump(exclude_unset=True, exclude={"token_secret", "defaults"})
    changes = {key: value for key, value in changes.items() if value is not None or key == "fingerprint"}
    if "name" in changes and changes["name"] != node.name and await Node.exists(team_id=node.team_id,
                                                                                name=changes["name"]):
        raise Conflict(_taken(changes["name"]), code="taken", details={"field": "name"})
    if body.defaults is not None:
        changes["defaults"] = _defaults(body.defaults)
    if body.token_secret is not None:
        changes["sealed_token_secret"] = box.seal(body.token_secret)
    # A new secret always counts (its sealed form differs every time); other fields when their value moves.
    recheck = "sealed_token_secret" in changes or any(
        key in changes and getattr(node, key) != changes[key] for key in (*CONNECTION_FIELDS, "defaults"))
    if recheck and (busy := await _busy("node", str(node.id))) is not None:
        raise Conflict(f"Node {node.name} is busy with task {busy.id}", code="busy", details={"taskId": busy.id})
    # Outside the transaction: its rollback comes before the answer.
    with taken_on_duplicate(_taken(changes.get("name", node.name)), field="name"):
        async with in_transaction():
            await node.update_from_dict(changes).save()
    if not recheck:
        return None
    node.status, node.status_message = NodeStatus.CHECKING, ""
    await node.save(update_fields=["status", "status_message", "updated_at"])
    return await start_check(engine, settings, box, node, user=user)


async def check_node(engine: TaskEngine, settings: Settings, box: SecretBox, user: User, node: Node) -> Task:
    task = await start_check(engine, settings, box, node, user=user)
    node.status, node.status_message = NodeStatus.CHECKING, ""
    await node.save(update_fields=["status", "status_message", "updated_at"])
    return task


async def delete_node(node: Node) -> None:
    """Refused while Containr's guests live on the node: they would be left without anyone to remove them."""
    guests = await Guest.filter(node=node).count()
    if guests:
        raise Conflict(f"Node {node.name} still has {guests} guests of Containr's; destroy them first",
                       code="in_use", details={"guests": guests})
    if (busy := await _busy("node", str(node.id))) is not None:
        raise Conflict(f"Node {node.name} is busy with task {busy.id}", code="busy", details={"taskId": busy.id})
    await node.delete()
