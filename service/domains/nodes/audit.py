"""A node's audit (dyrector's node audit): the runs made for it and its guests, and the API changes to it."""

from __future__ import annotations

from typing import Any

from tortoise.expressions import Q

from service.core.models import AuditRecord
from service.domains.nodes.models import Node, NodeTask


def _task_item(link: NodeTask) -> dict[str, Any]:
    task = link.task
    return {"created_at": task.created_at, "event": f"task.{task.type}",
            "data": {"taskId": task.id, "state": str(task.state), "message": task.message,
                     "resource": {"type": task.resource_type, "id": task.resource_id},
                     "createdBy": str(task.created_by_id) if task.created_by_id else None}}


def _record_item(record: AuditRecord) -> dict[str, Any]:
    return {"created_at": record.at, "event": record.action,
            "data": {"userId": str(record.user_id) if record.user_id else None, "username": record.username,
                     "target": record.target, "status": record.status}}


async def node_audit(node: Node, *, offset: int, limit: int) -> tuple[list[dict[str, Any]], int]:
    """Newest first. The first offset+limit of the merge lie within the first offset+limit of each source,
    so no more than that is read from either."""
    links = NodeTask.filter(node=node)
    # Its creation names the node as its target; every later change names it in the path.
    records = AuditRecord.filter(Q(target__startswith=f"node_id={node.id}")
                                 | Q(target_kind="node", target_id=str(node.id)))
    total = await links.count() + await records.count()
    tasks = await links.select_related("task").order_by("-task__created_at").limit(offset + limit)
    changes = await records.order_by("-at").limit(offset + limit)
    merged = sorted([*map(_task_item, tasks), *map(_record_item, changes)], key=lambda item: item["created_at"],
                    reverse=True)
    return merged[offset:offset + limit], total
