"""A Dockerfile service's source: the checks of what a create sends (each refusal a 422 naming the field), and
the reference its built image is pushed to and run by: <registry host>/<its prefix>/<service name>:<commit>."""

from __future__ import annotations

from uuid import UUID

from service.core.errors import Invalid
from service.domains.registries import pulling
from service.domains.registries.models import Registry
from service.domains.services import image_source
from service.domains.services.models import ServiceType

DEFAULT_DOCKERFILE = "Dockerfile"


def check_dockerfile(*, service_type: ServiceType, repository: str, image: str, registry_id: UUID | None,
                     port: int | None, build_command: str, start_command: str) -> None:
    """What a Dockerfile service needs: a repository to build, a registry to push to; it runs as an image
    service does (no cron, a web service's port), so its start command replaces the image's."""
    if not repository:
        raise Invalid("A dockerfile service needs source.repository, the repository holding its Dockerfile",
                      details={"field": "source.repository"})
    if image:
        raise Invalid("A dockerfile service's image is the one it builds (named after the service in its "
                      "registry): leave source.image out", details={"field": "source.image"})
    if registry_id is None:
        raise Invalid("A dockerfile service needs source.registryId, the team's registry its image is pushed to",
                      details={"field": "source.registryId"})
    if service_type == ServiceType.CRON:
        raise Invalid("A cron service runs from git (a timer in its guest); a built image's container runs its "
                      "own command all the time: make it a worker", details={"field": "type"})
    if service_type == ServiceType.WEB and port is None:
        raise Invalid("A web service from a Dockerfile needs the port its container listens on",
                      details={"field": "port"})
    if build_command:
        raise Invalid("A dockerfile service is built by its Dockerfile: leave buildConfig.buildCommand out",
                      details={"field": "buildConfig.buildCommand"})
    image_source.entrypoint(start_command)


def check_not_dockerfile(dockerfile: str | None) -> None:
    """A git or image service has no Dockerfile: a path sent for one is refused, not ignored."""
    if dockerfile is not None:
        raise Invalid("source.dockerfile is a dockerfile service's: send source.type dockerfile, or leave it out",
                      details={"field": "source.dockerfile"})


async def push_registry(registry_id: UUID, team_id: UUID) -> Registry:
    return await pulling.team_registry(registry_id, team_id, field="source.registryId")


def repository_path(registry: Registry, service_name: str) -> str:
    """host[:port]/path of the service's image in the registry (no tag)."""
    return f"{pulling.reference_host(registry)}/{pulling.image_path(registry, service_name)}"


def push_reference(registry: Registry, service_name: str, commit: str) -> str:
    """Where a build of `commit` goes, tagged with the full commit (a rebuild of it replaces the tag)."""
    return pulling.reference(registry, service_name, commit)
