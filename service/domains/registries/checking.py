"""A registry's details as each type needs them (the default address of Docker Hub, GitHub's and GitLab's
registries, what each type requires) and the check against the registry's `/v2/` before anything is saved."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from service.core.errors import Invalid
from service.domains.registries import v2client
from service.domains.registries.models import RegistryType
from service.domains.registries.schemas import RegistryDetails

# Docker Hub's registry API lives on registry-1.docker.io (its token realm, auth.docker.io, is named by its
# challenge); GitHub's and GitLab.com's registries are at fixed hosts.
DEFAULT_URLS = {
    RegistryType.HUB: "https://registry-1.docker.io",
    RegistryType.GROUP: "https://registry-1.docker.io",
    RegistryType.GITHUB: "https://ghcr.io",
    RegistryType.GITLAB: "https://registry.gitlab.com",
}
GITLAB_API = "https://gitlab.com"
GOOGLE_USER = "_json_key"  # with a service account's JSON key as the token (oauth2accesstoken for an access token)
NEEDS_PREFIX = (RegistryType.GROUP, RegistryType.GITHUB, RegistryType.GITLAB, RegistryType.GOOGLE)


@dataclass(frozen=True)
class Resolved:
    """What a registry record keeps of its details: the address, the credentials, the prefix and the rest."""

    url: str
    user: str
    token: str | None = field(repr=False)
    image_name_prefix: str
    ca_bundle: str | None = field(repr=False)
    extra: dict[str, Any]

    def access(self) -> v2client.Access:
        return v2client.Access(url=self.url, user=self.user, token=self.token, ca_bundle=self.ca_bundle)


def _missing(field_name: str, what: str, kind: RegistryType) -> Invalid:
    return Invalid(f"A {kind.value} registry needs {what}", details={"field": f"details.{field_name}"})


def resolve(kind: RegistryType, details: RegistryDetails, *, token: str | None) -> Resolved:
    """The type's details filled in and checked for what the type needs; `token` is the one to use (the body's,
    or the kept one on a change that omits it)."""
    url = details.url or DEFAULT_URLS.get(kind)
    if url is None:
        raise _missing("url", "the registry's address (details.url), e.g. https://registry.example.com:5000", kind)
    prefix = (details.image_name_prefix or "").strip("/")
    if kind in NEEDS_PREFIX and not prefix:
        raise _missing("imageNamePrefix", "an image name prefix (the organisation, group or project)", kind)
    user = details.user or ""
    if token and not user and kind == RegistryType.GOOGLE:
        user = GOOGLE_USER
    if token and not user:
        raise _missing("user", "the user name that goes with the token", kind)
    if user and not token:
        raise _missing("token", "the token or password of the user", kind)
    extra: dict[str, Any] = {}
    if kind == RegistryType.GITLAB:
        extra = {"apiUrl": details.api_url or (GITLAB_API if details.url is None else None),
                 "namespace": details.namespace or "group"}
    return Resolved(url=url, user=user, token=token or None, image_name_prefix=prefix,
                    ca_bundle=details.ca_bundle, extra=extra)


async def check(kind: RegistryType, resolved: Resolved) -> None:
    """The registry answers its `/v2/` with these credentials (not for `unchecked`); a 422 naming the detail that
    is wrong otherwise: the credentials (`details.token`, or `details.user` when there are none) or the address."""
    if kind == RegistryType.UNCHECKED:
        return
    try:
        async with v2client.V2Client(resolved.access()) as client:
            await client.check()
    except v2client.Refused as exc:
        named = "token" if resolved.token else "user"
        hint = "" if resolved.token else ": give a user and a token"
        raise Invalid(f"{exc.message}{hint}", code="refused", details={"field": f"details.{named}"}) from exc
    except v2client.RegistryError as exc:
        raise Invalid(exc.message, code="unreachable", details={"field": "details.url"}) from exc
