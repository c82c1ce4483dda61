"""The secret boxes a service action opens, from the app's state: node tokens, linked databases' passwords,
the environment's variables, and the service's own sealed values (its variables and its webhook secret); with
the app's hooks, through which a deploy asks the slices above for its addons' variables."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from starlette.datastructures import State

from service.api.hooks import Hooks
from service.config import Settings
from service.core.secrets import SecretBox

OWN_PURPOSE = "service-secrets"


@dataclass(frozen=True)
class ServiceSecrets:
    nodes: SecretBox
    passwords: SecretBox  # database passwords, for the links' URLs
    variables: SecretBox  # the environments' variables
    own: SecretBox  # the service's own variables and webhook secret
    settings: Settings
    hooks: Hooks | None = None  # the app's: every deploy, webhook and cascade reaches them through here

    def open_variables(self, sealed: str | None) -> dict[str, str]:
        opened = self.own.open(sealed) if sealed else {}
        return {str(key): str(value) for key, value in dict(opened).items()}  # type: ignore[call-overload]

    def seal_variables(self, values: dict[str, str]) -> str | None:
        return self.own.seal(dict(sorted(values.items()))) if values else None


def own_box(settings: Settings) -> SecretBox:
    return SecretBox(settings.resolved_secret_key(), purpose=OWN_PURPOSE, previous_keys=settings.previous_keys)


def secrets_of(state: State) -> ServiceSecrets:
    own = getattr(state, "services_box", None)
    if own is None:  # made once per app, on first use
        own = state.services_box = own_box(state.settings)
    return ServiceSecrets(nodes=state.nodes_box, passwords=state.databases_box, variables=state.variables_box,
                          own=own, settings=state.settings, hooks=getattr(state, "hooks", None))


async def get_service_secrets(request: Request) -> ServiceSecrets:
    # A coroutine though it never waits, like service/api/deps.py's getters: no thread hop per request.
    return secrets_of(request.app.state)


ServiceSecretsDep = Annotated[ServiceSecrets, Depends(get_service_secrets)]
