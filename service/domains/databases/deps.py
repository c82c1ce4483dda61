"""The databases slice's request dependency: the secret boxes a database action opens, from the app's state."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from starlette.datastructures import State

from service.domains.databases.operations import Boxes


def boxes_of(state: State) -> Boxes:
    """Node tokens (to reach PVE) and database passwords, as the app keeps them."""
    return Boxes(nodes=state.nodes_box, passwords=state.databases_box)


async def get_database_boxes(request: Request) -> Boxes:
    # A coroutine though it never waits, like service/api/deps.py's getters: no thread hop per request.
    return boxes_of(request.app.state)


DatabaseBoxes = Annotated[Boxes, Depends(get_database_boxes)]
