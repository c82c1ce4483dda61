"""A service's releases, newest first, and rolling back: a deploy of an earlier release's commit (an image
service's: its image reference)."""

from __future__ import annotations

from uuid import UUID

from tortoise.queryset import QuerySet

from service.auth.models import User
from service.core.errors import Conflict, Invalid
from service.domains.services import deploying
from service.domains.services.builds_schemas import ReleaseOut
from service.domains.services.models import BuildTrigger, Release, Service, SourceType
from service.domains.services.secrets import ServiceSecrets
from service.tasks import TaskEngine


def releases_of(service: Service) -> QuerySet[Release]:
    return Release.filter(service_id=service.id).order_by("-deployed_at", "-id")


def out(release: Release, service: Service) -> ReleaseOut:
    return ReleaseOut(id=release.id, commit_sha=release.commit_sha, image=release.image,
                      commit_message=release.commit_message, author=release.author, build_id=release.build_id,
                      deployed_at=release.deployed_at, current=release.id == service.current_release_id)


async def _target(service: Service, release_id: UUID | None) -> Release:
    """The release asked for (one of this service's, else 422 naming releaseId), or by default the latest one
    before the current one whose commit (image) differs from it: a redeploy of the same one is no step back."""
    if release_id is not None:
        release = await Release.get_or_none(id=release_id, service_id=service.id)
        if release is None:
            raise Invalid(f"No release {release_id} of service {service.name}", code="not_found",
                          details={"field": "releaseId"})
        return release
    current = await Release.get_or_none(id=service.current_release_id) if service.current_release_id else None
    if current is None:
        raise Conflict(f"Service {service.name} has no current release to roll back from", code="no_release")
    same = {"image": current.image} if service.source_type != SourceType.GIT else {"commit_sha": current.commit_sha}
    earlier = await releases_of(service).filter(deployed_at__lte=current.deployed_at).exclude(
        id=current.id).exclude(**same).first()
    if earlier is None:
        raise Conflict(f"Service {service.name} has no release before the current one to roll back to",
                       code="no_previous_release")
    return earlier


async def rollback(engine: TaskEngine, secrets: ServiceSecrets, service: Service, *, release_id: UUID | None,
                   user: User | None) -> deploying.Deploy:
    """Deploy a release's commit again, from the branch its build fetched it from (else the service's)."""
    release = await _target(service, release_id)
    if service.source_type != SourceType.GIT:  # a Dockerfile service's release is its built image: no rebuild
        if not release.image:
            raise Conflict(f"Release {release.id} recorded no image to deploy", code="no_image")
        return await deploying.deploy(engine, secrets, service, trigger=BuildTrigger.ROLLBACK, user=user,
                                      image=release.image)
    if not release.commit_sha:
        raise Conflict(f"Release {release.id} recorded no commit to deploy", code="no_commit")
    build = await release.build if release.build_id is not None else None
    return await deploying.deploy(engine, secrets, service, trigger=BuildTrigger.ROLLBACK, user=user,
                                  commit=release.commit_sha, branch=build.branch if build is not None else None)
