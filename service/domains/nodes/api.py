"""Proxmox VE nodes (dyrector's nodes): registration with a check run, the guests on them, their audit."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Query, Response, status

from service.api.deps import CurrentUser, Engine, HooksDep, NodesBox, SettingsDep
from service.core.audit import AuditTarget, note
from service.core.paging import PagingDep
from service.core.schemas import Page, TaskCreated, error_responses
from service.domains.nodes import audit as node_audit
from service.domains.nodes import events, guests, pve
from service.domains.nodes import registry as nodes
from service.domains.nodes.models import Guest, Node
from service.domains.nodes.schemas import (
    ContainerId,
    ContainerOut,
    NodeAccepted,
    NodeAuditItem,
    NodeCreate,
    NodeOut,
    NodeUpdate,
)

router = APIRouter(prefix="/nodes", tags=["nodes"])
SEEN = error_responses(401, 403, 404, 422)
CHANGE = error_responses(401, 403, 404, 409, 422)
ContainerName = Annotated[str, Path(pattern=r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$",
                                    description="The guest's host name")]


async def _out(node: Node, task_id: int | None = None, *, in_use: bool | None = None) -> NodeAccepted:
    """The node's answer; `in_use` (whether guests live on it) is asked for when the caller has not found it."""
    facts = node.facts or {}
    return NodeAccepted(
        id=node.id, team_id=node.team_id, name=node.name, description=node.description, api_url=node.api_url,
        token_id=node.token_id, verify_tls=node.verify_tls, fingerprint=node.fingerprint,
        defaults=node.defaults or {}, status=node.status, status_message=node.status_message,
        pve_version=node.pve_version, nodes=facts.get("nodes") or [], storages=facts.get("storages") or [],
        template_found=facts.get("templateFound"),
        in_use=await Guest.exists(node=node) if in_use is None else in_use,
        last_checked_at=node.last_checked_at, created_at=node.created_at, updated_at=node.updated_at,
        task_id=task_id)


@router.get("", response_model=Page[NodeOut], responses=error_responses(401, 422),
            summary="The nodes of the caller's teams")
async def list_nodes(user: CurrentUser, paging: PagingDep,
                     team_id: UUID | None = Query(default=None, alias="teamId")) -> Page[NodeOut]:
    query = await nodes.visible_nodes(user, team_id=team_id, search=paging.search)
    total = await query.count()
    found = await query.order_by("name", "id").offset(paging.offset).limit(paging.per_page)
    # Which of them hold guests, in one query for the page rather than one per node.
    used = set(await Guest.filter(node_id__in=[node.id for node in found]).distinct().values_list("node_id",
                                                                                                flat=True))
    items: list[NodeOut] = [await _out(node, in_use=node.id in used) for node in found]
    return Page[NodeOut](items=items, total=total, page=paging.page, per_page=paging.per_page)


@router.post("", status_code=status.HTTP_202_ACCEPTED, response_model=NodeAccepted, responses=CHANGE,
             summary="Register a Proxmox VE node (team owners and admins); its check runs at once")
async def create_node(body: NodeCreate, user: CurrentUser, engine: Engine, settings: SettingsDep,
                      box: NodesBox) -> NodeAccepted:
    node, task = await nodes.create_node(engine, settings, box, user, body)
    return await _out(node, task.id)


@router.get("/{node_id}", response_model=NodeAccepted, responses=SEEN, summary="Get a node")
async def get_node(node_id: UUID, user: CurrentUser) -> NodeAccepted:
    return await _out(await nodes.visible_node(node_id, user))


@router.put("/{node_id}", response_model=NodeAccepted, responses=CHANGE,
            summary="Change a node; a changed connection or defaults check it again (taskId)")
async def update_node(node_id: UUID, body: NodeUpdate, user: CurrentUser, engine: Engine, settings: SettingsDep,
                      box: NodesBox) -> NodeAccepted:
    node = await nodes.visible_node(node_id, user, manage=True)
    task = await nodes.update_node(engine, settings, box, user, node, body)
    return await _out(node, task.id if task else None)


@router.delete("/{node_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response, responses=CHANGE,
               summary="Forget a node (refused while Containr's guests live on it)")
async def delete_node(node_id: UUID, user: CurrentUser) -> Response:
    node = await nodes.visible_node(node_id, user, manage=True)
    note(AuditTarget.of("node", node))
    await nodes.delete_node(node)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/{node_id}/check", status_code=status.HTTP_202_ACCEPTED, response_model=NodeAccepted,
             responses=CHANGE, summary="Check the node again: API, version, nodes, storages, template")
async def check_node(node_id: UUID, user: CurrentUser, engine: Engine, settings: SettingsDep,
                     box: NodesBox) -> NodeAccepted:
    node = await nodes.visible_node(node_id, user, manage=True)
    task = await nodes.check_node(engine, settings, box, user, node)
    return await _out(node, task.id)


@router.get("/{node_id}/containers", response_model=list[ContainerOut], responses=error_responses(401, 404, 502),
            summary="The containers and VMs on the node now (read live from Proxmox VE)")
async def list_containers(node_id: UUID, user: CurrentUser, box: NodesBox) -> list[ContainerOut]:
    node = await nodes.visible_node(node_id, user)
    live = await pve.cluster_guests(node, box)
    ours = {(g.pve_node, g.vmid): g for g in await Guest.filter(node=node)}
    answer = []
    for entry in sorted(live, key=lambda e: int(e.get("vmid") or 0)):
        vmid, pve_node = int(entry["vmid"]), str(entry.get("node") or "")
        guest = ours.get((pve_node, vmid))
        name = str(entry.get("name") or f"{entry['type']}{vmid}")
        answer.append(ContainerOut(
            id=ContainerId(prefix=pve_node, name=name), name=name, vmid=vmid, node=pve_node, kind=entry["type"],
            state=str(entry.get("status") or "unknown"), managed=guest is not None and guest.hostname == name,
            guest_id=guest.id if guest else None, resource_type=guest.resource_type if guest else None,
            resource_id=guest.resource_id if guest else None, ip=guest.ip if guest else None,
            tags=[t for t in str(entry.get("tags") or "").replace(",", ";").split(";") if t],
            uptime=entry.get("uptime"), cpus=entry.get("maxcpu"), max_memory=entry.get("maxmem"),
            max_disk=entry.get("maxdisk")))
    return answer


async def _power(node_id: UUID, name: str, action: str, user: CurrentUser, engine: Engine,
                 settings: SettingsDep, box: NodesBox, hooks: HooksDep) -> TaskCreated:
    node = await nodes.visible_node(node_id, user, manage=True)
    guest = await guests.managed_guest(node, name)
    await hooks.fire(events.GUEST_ACTING, guest=guest)  # the slice that owns the guest refuses
    task = await guests.power_guest(engine, settings, box, guest, action=action, user=user)
    return TaskCreated(task_id=task.id)


@router.post("/{node_id}/containers/{name}/start", status_code=status.HTTP_202_ACCEPTED,
             response_model=TaskCreated, responses=CHANGE, summary="Start a container Containr made")
async def start_container(node_id: UUID, name: ContainerName, user: CurrentUser, engine: Engine,
                          settings: SettingsDep, box: NodesBox, hooks: HooksDep) -> TaskCreated:
    return await _power(node_id, name, "start", user, engine, settings, box, hooks)


@router.post("/{node_id}/containers/{name}/stop", status_code=status.HTTP_202_ACCEPTED,
             response_model=TaskCreated, responses=CHANGE, summary="Stop a container Containr made")
async def stop_container(node_id: UUID, name: ContainerName, user: CurrentUser, engine: Engine,
                         settings: SettingsDep, box: NodesBox, hooks: HooksDep) -> TaskCreated:
    return await _power(node_id, name, "stop", user, engine, settings, box, hooks)


@router.post("/{node_id}/containers/{name}/restart", status_code=status.HTTP_202_ACCEPTED,
             response_model=TaskCreated, responses=CHANGE, summary="Restart a container Containr made")
async def restart_container(node_id: UUID, name: ContainerName, user: CurrentUser, engine: Engine,
                            settings: SettingsDep, box: NodesBox, hooks: HooksDep) -> TaskCreated:
    return await _power(node_id, name, "restart", user, engine, settings, box, hooks)


@router.delete("/{node_id}/containers/{name}", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
               responses=CHANGE, summary="Destroy a container Containr made; its address goes back to the pool")
async def delete_container(node_id: UUID, name: ContainerName, user: CurrentUser, engine: Engine,
                           settings: SettingsDep, box: NodesBox, hooks: HooksDep) -> TaskCreated:
    node = await nodes.visible_node(node_id, user, manage=True)
    guest = await guests.managed_guest(node, name)
    await hooks.fire(events.GUEST_ACTING, guest=guest)
    task = await guests.destroy_guest(engine, settings, box, guest, user=user)
    return TaskCreated(task_id=task.id)


@router.get("/{node_id}/audit", response_model=Page[NodeAuditItem], responses=SEEN,
            summary="The node's runs (its checks and its guests' runs) and the API changes to it, newest first")
async def audit(node_id: UUID, user: CurrentUser, paging: PagingDep) -> Page[NodeAuditItem]:
    node = await nodes.visible_node(node_id, user)
    items, total = await node_audit.node_audit(node, offset=paging.offset, limit=paging.per_page)
    return Page[NodeAuditItem](items=[NodeAuditItem(**item) for item in items], total=total, page=paging.page,
                               per_page=paging.per_page)
