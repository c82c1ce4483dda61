"""The secret boxes an app action opens, from the app's state: node tokens, its addon databases' passwords and
the app's own sealed values (its admin password, its secret settings); with the app's hooks and engine."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from starlette.datastructures import State

from service.api.hooks import Hooks
from service.config import Settings
from service.core.secrets import SecretBox
from service.domains.databases.operations import DatabaseSecrets
from service.tasks import TaskEngine

OWN_PURPOSE = "app-secrets"


@dataclass(frozen=True)
class AppSecrets:
    engine: TaskEngine
    settings: Settings
    databases: DatabaseSecrets  # node tokens and database passwords
    own: SecretBox  # the app's admin password and secret settings
    state: State
    hooks: Hooks | None = None

    def open(self, sealed: str | None) -> dict[str, Any]:
        return dict(self.own.open(sealed)) if sealed else {}  # type: ignore[call-overload]

    def seal(self, values: dict[str, Any]) -> str | None:
        return self.own.seal(values) if values else None


def own_box(settings: Settings) -> SecretBox:
    return SecretBox(settings.resolved_secret_key(), purpose=OWN_PURPOSE, previous_keys=settings.previous_keys)


def secrets_of(state: State) -> AppSecrets:
    own = getattr(state, "apps_box", None)
    if own is None:  # made once per app, on first use
        own = state.apps_box = own_box(state.settings)
    return AppSecrets(engine=state.engine, settings=state.settings,
                      databases=DatabaseSecrets(nodes=state.nodes_box, passwords=state.databases_box), own=own,
                      state=state, hooks=getattr(state, "hooks", None))


async def get_app_secrets(request: Request) -> AppSecrets:
    # A coroutine though it never waits, like service/api/deps.py's getters: no thread hop per request.
    return secrets_of(request.app.state)


AppSecretsDep = Annotated[AppSecrets, Depends(get_app_secrets)]
