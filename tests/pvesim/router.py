"""The handler table: one handler per (method, schema path), registered by the modules under routes/."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import Sim


@dataclass
class Call:
    """One API call as a handler sees it: validated parameters (path ones included) and who made it."""

    params: dict[str, Any]
    user: str
    extra: dict[str, Any] = field(default_factory=dict)  # e.g. the envelope's `total`

    def __getitem__(self, key: str) -> Any:
        return self.params[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.params.get(key, default)

    def flag(self, key: str) -> bool:
        return str(self.params.get(key, "0")) == "1"


Handler = Callable[["Sim", Call], Awaitable[Any]]
HANDLERS: dict[tuple[str, str], Handler] = {}
# Calls allowed without authentication, as in pve-manager's auth_handler.
PUBLIC = {("POST", "/access/ticket"), ("GET", "/access/ticket"), ("GET", "/access/domains")}


def route(method: str, template: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[(method, template)] = handler
        return handler

    return register
