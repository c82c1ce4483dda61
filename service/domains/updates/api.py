"""Updating a node's guests now: the updates slice's own route, under the node's path."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, status

from service.api.deps import CurrentUser, Engine, NodesBox, SettingsDep
from service.core.schemas import TaskCreated, error_responses
from service.domains.nodes import registry as nodes
from service.domains.nodes.schemas import GuestUpdateRequest
from service.domains.updates import actions as updates

router = APIRouter(prefix="/nodes", tags=["nodes"])
CHANGE = error_responses(401, 403, 404, 409, 422)


@router.post("/{node_id}/update", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
             responses=CHANGE, summary="Update the packages of the node's running guests now, one at a time under a "
                                       "snapshot that is rolled back if the guest's service fails (task `update`)")
async def update_guests(node_id: UUID, user: CurrentUser, engine: Engine, settings: SettingsDep, box: NodesBox,
                        body: GuestUpdateRequest | None = None) -> TaskCreated:
    node = await nodes.visible_node(node_id, user, manage=True)
    task = await updates.start_update(engine, settings, box, node, mode=(body or GuestUpdateRequest()).mode,
                                      user=user)
    return TaskCreated(task_id=task.id)
