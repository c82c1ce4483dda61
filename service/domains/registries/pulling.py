"""A registry as the slices above use it to pull an image: the reference to name it by and the credentials to
pull it with (opened here only, and never shown in a repr)."""

from __future__ import annotations

import base64
from typing import Any, NamedTuple
from urllib.parse import urlsplit
from uuid import UUID

from service.config import Settings
from service.core.errors import Invalid
from service.core.secrets import SecretBox
from service.domains.instance import registry_config
from service.domains.registries.models import Registry, RegistryType

PURPOSE = "registry-tokens"  # the SecretBox purpose registries.sealed_token is sealed under

# Docker Hub's API answers at registry-1.docker.io, but an image is named by docker.io (what pullers expect).
_REFERENCE_HOSTS = {"registry-1.docker.io": "docker.io", "index.docker.io": "docker.io"}


class PullAccess(NamedTuple):
    """Where to pull from and as whom: the registry's host[:port], the user, the opened token (None when the
    registry is anonymous) and the PEM to trust for a self-signed registry."""

    host: str
    user: str
    token: str | None
    ca_bundle: str | None

    def __repr__(self) -> str:  # a log line or a traceback that shows one must not show the token
        shown = "'***'" if self.token else "None"
        return f"PullAccess(host={self.host!r}, user={self.user!r}, token={shown}, ca_bundle=...)"


def tokens_box(settings: Settings) -> SecretBox:
    return SecretBox(settings.resolved_secret_key(), purpose=PURPOSE, previous_keys=settings.previous_keys)


def seal_token(settings: Settings, token: str) -> str:
    return tokens_box(settings).seal(token)


def open_token(settings: Settings, registry: Registry) -> str | None:
    return str(tokens_box(settings).open(registry.sealed_token)) if registry.sealed_token else None


def api_host(registry: Registry) -> str:
    """host[:port] of the registry's API (registry-1.docker.io for Docker Hub)."""
    return urlsplit(registry.url).netloc or registry.url


def reference_host(registry: Registry) -> str:
    host = api_host(registry)
    return _REFERENCE_HOSTS.get(host, host)


def image_path(registry: Registry, name: str) -> str:
    """The repository's path in the registry: the name under the registry's imageNamePrefix unless the name
    already starts with it (Docker Hub's official images live under `library/`)."""
    name = name.strip("/")
    prefix = registry.image_name_prefix.strip("/")
    if prefix and name != prefix and not name.startswith(prefix + "/"):
        name = f"{prefix}/{name}"
    if registry.type == RegistryType.HUB and "/" not in name:
        name = f"library/{name}"
    return name


def reference(registry: Registry, name: str, tag: str) -> str:
    """The full image reference, `host[:port]/path:tag` (`@sha256:...` kept as a digest)."""
    separator = "@" if tag.startswith("sha256:") else ":"
    return f"{reference_host(registry)}/{image_path(registry, name)}{separator}{tag}"


async def pull_credentials(settings: Settings, registry: Registry) -> PullAccess:
    return PullAccess(host=reference_host(registry), user=registry.user, token=open_token(settings, registry),
                      ca_bundle=registry.ca_bundle)


async def team_registry(registry_id: UUID, team_id: UUID, *, field: str = "registryId") -> Registry:
    """The registry if it is the team's; a 422 naming the field otherwise (another team's is not found)."""
    registry = await Registry.get_or_none(id=registry_id, team_id=team_id)
    if registry is None:
        raise Invalid(f"No registry {registry_id} in the team", code="not_found", details={"field": field})
    return registry


def auth_file(settings: Settings, registries: list[Registry]) -> dict[str, Any]:
    """The registries' credentials in containers-auth.json form, {"auths": {host: {"auth": base64 user:token}}}
    (anonymous ones left out), for the run's environment only: skopeo reads it from a private file."""
    auths: dict[str, Any] = {}
    for registry in registries:
        token = open_token(settings, registry)
        if token:
            pair = f"{registry.user}:{token}".encode()
            auths[reference_host(registry)] = {"auth": base64.b64encode(pair).decode()}
    return {"auths": auths}


async def auth_file_with_default(settings: Settings, registries: list[Registry]) -> dict[str, Any]:
    """auth_file(), plus the instance's default registry (settings/registry_config) for its host when none of
    `registries` serves that host: an image that names no registry of the team's is pulled with it."""
    found = auth_file(settings, registries)
    box = SecretBox(settings.resolved_secret_key(), purpose="settings", previous_keys=settings.previous_keys)
    default = await registry_config.default_registry(box)
    if default is None or not default.username or not default.password:
        return found
    host = _REFERENCE_HOSTS.get(default.host, default.host)
    if host not in found["auths"]:
        pair = f"{default.username}:{default.password}".encode()
        found["auths"][host] = {"auth": base64.b64encode(pair).decode()}
    return found
