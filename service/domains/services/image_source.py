"""An image service's source: the checks of what a create or change sends (each refusal a 422 naming the field)
and the full image reference it pulls, from the image as given and the team's registry it names."""

from __future__ import annotations

import shlex
from uuid import UUID

from service.core.errors import Invalid
from service.domains.registries import pulling
from service.domains.registries.models import Registry
from service.domains.services.models import ServiceType
from service.domains.services.schemas import IMAGE_REFERENCE

# What a git service has and an image service does not, by the field a request names it with.
GIT_ONLY = {"repository": "source.repository", "root_directory": "source.rootDirectory",
            "git_provider_id": "source.gitProviderId"}


def check_git(*, repository: str | None, image: str | None, registry_id: UUID | None) -> None:
    if not repository:
        raise Invalid("A git service needs source.repository", details={"field": "source.repository"})
    for value, field in ((image, "source.image"), (registry_id, "source.registryId")):
        if value is not None:
            raise Invalid(f"{field} is an image service's: send source.type image, or leave it out",
                          details={"field": field})


def check_image(*, service_type: ServiceType, image: str | None, port: int | None, sent: dict[str, object],
                build_command: str, start_command: str) -> None:
    """`sent`: the git fields the request set, by model attribute (a default is not sent)."""
    if not image:
        raise Invalid("An image service needs source.image, such as nginx:1.27", details={"field": "source.image"})
    for name, field in GIT_ONLY.items():
        if sent.get(name):
            raise Invalid(f"An image service has no {field}: its image is built already",
                          details={"field": field})
    if service_type == ServiceType.CRON:
        raise Invalid("A cron service runs from git (a timer in its guest); an image's container runs its own "
                      "command all the time: make it a worker", details={"field": "type"})
    if service_type == ServiceType.WEB and port is None:
        raise Invalid("A web service from an image needs the port its container listens on",
                      details={"field": "port"})
    if build_command:
        raise Invalid("An image service builds nothing: its image is built already",
                      details={"field": "buildConfig.buildCommand"})
    entrypoint(start_command)


def entrypoint(start_command: str) -> list[str] | None:
    """The words that replace the image's Entrypoint and Cmd (None: the image's own)."""
    if not start_command.strip():
        return None
    try:
        return shlex.split(start_command)
    except ValueError as exc:
        raise Invalid(f"The start command cannot be split into words: {exc}",
                      details={"field": "buildConfig.startCommand"}) from None


def reference(image: str, registry: Registry | None) -> str:
    """The full reference: under the registry when one is named (its host, its imageNamePrefix), else on Docker
    Hub when no host is written (library/ for an official image); the tag latest when none is written."""
    found = IMAGE_REFERENCE.fullmatch(image)
    if found is None:  # the schema checked it; a record from before is checked again here
        raise Invalid(f"{image!r} is not an image reference", details={"field": "source.image"})
    host, path, tag, digest = found.group("host", "path", "tag", "digest")
    version = digest or tag or "latest"
    if registry is not None:
        name = path if host is None or host == pulling.reference_host(registry) else f"{host}/{path}"
        return pulling.reference(registry, name, version)
    if host is None or ("." not in host and ":" not in host and host != "localhost"):
        path = f"{host}/{path}" if host else path
        host = "docker.io"
        if "/" not in path:
            path = f"library/{path}"
    separator = "@" if version.startswith("sha256:") else ":"
    return f"{host}/{path}{separator}{version}"


async def registry_of(registry_id: UUID | None, team_id: UUID) -> Registry | None:
    if registry_id is None:
        return None
    return await pulling.team_registry(registry_id, team_id, field="source.registryId")
