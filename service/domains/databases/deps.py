"""The databases slice's request dependency: the secret boxes a database action opens, from the app's state."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from starlette.datastructures import State

from service.domains.databases.operations import DatabaseSecrets


def secrets_of(state: State) -> DatabaseSecrets:
    """Node tokens (to reach PVE) and database passwords, as the app keeps them."""
    return DatabaseSecrets(nodes=state.nodes_box, passwords=state.databases_box)


async def get_database_secrets(request: Request) -> DatabaseSecrets:
    # A coroutine though it never waits, like service/api/deps.py's getters: no thread hop per request.
    return secrets_of(request.app.state)


DatabaseSecretsDep = Annotated[DatabaseSecrets, Depends(get_database_secrets)]
