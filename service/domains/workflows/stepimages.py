"""Step images: parsing an image reference, checking that its manifest exists in its registry (with the team's
registry of that host and its sealed credentials, else anonymously) before saving, who sees one (its team, and
everyone for a public one), and finding the image a workflow's step names."""

from __future__ import annotations

import re
from typing import NamedTuple
from uuid import UUID

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from service.auth.models import User
from service.config import Settings
from service.core.errors import Conflict, Forbidden, Invalid, taken_on_duplicate
from service.domains.registries import pulling, v2client
from service.domains.registries.models import Registry
from service.domains.teams import owned
from service.domains.teams.models import MemberStatus, TeamMember
from service.domains.workflows.models import StepImage, WorkflowImage
from service.domains.workflows.schemas import StepImageCreate

DOCKER_HUB = "docker.io"
_API_HOSTS = {DOCKER_HUB: "registry-1.docker.io"}  # Docker Hub's API is not at the host images are named by
_PATH = re.compile(r"^[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*$")
_TAG = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")
_DIGEST = re.compile(r"^sha256:[a-f0-9]{64}$")
FIELD = "imageUrl"


class Reference(NamedTuple):
    host: str  # as images are named: docker.io, registry.example.com:5000
    path: str
    tag: str  # a tag, or sha256:... for a digest


def parse(url: str) -> Reference:
    """`host[:port]/path[:tag|@digest]` (no tag is `latest`; a first part without `.` or `:` is Docker Hub's)."""
    text = url.strip()
    if "://" in text:
        text = text.split("://", 1)[1]
    name, at, digest = text.partition("@")
    head, _, last = name.rpartition("/")
    tag = "latest"
    if ":" in last:
        last, tag = last.split(":", 1)
    name = f"{head}/{last}" if head else last
    if at:
        tag = digest
    first, _, rest = name.partition("/")
    if rest and ("." in first or ":" in first or first == "localhost"):
        host, path = first, rest
    else:
        host, path = DOCKER_HUB, name if "/" in name else f"library/{name}"
    if not _PATH.match(path) or not (_DIGEST.match(tag) if at else _TAG.match(tag)):
        raise Invalid("Not an image reference such as registry.example.com:5000/team/builder:1.0",
                      details={"field": FIELD})
    return Reference(host=host, path=path, tag=tag)


async def _access(settings: Settings, team_id: UUID, ref: Reference) -> v2client.Access:
    """The team's registry of the image's host (its sealed token opened for this call), else anonymous access."""
    for registry in await Registry.filter(team_id=team_id).order_by("created_at"):
        if ref.host in (pulling.reference_host(registry), pulling.api_host(registry)):
            return v2client.Access(url=registry.url, user=registry.user,
                                   token=pulling.open_token(settings, registry), ca_bundle=registry.ca_bundle)
    return v2client.Access(url=f"https://{_API_HOSTS.get(ref.host, ref.host)}")


async def check_exists(settings: Settings, team_id: UUID, ref: Reference) -> None:
    """The reference's manifest is in its registry, else a 422 naming imageUrl: `not_found` when it is not,
    `refused` when the registry refuses the credentials, `unreachable` when it cannot be reached."""
    shown = f"{ref.host}/{ref.path}:{ref.tag}"
    try:
        async with v2client.V2Client(await _access(settings, team_id, ref)) as client:
            found = await client.has_manifest(ref.path, ref.tag)
    except v2client.Refused as exc:
        raise Invalid(f"{exc.message}: add the team's registry for {ref.host} with credentials that may pull "
                      f"{ref.path}", code="refused", details={"field": FIELD}) from exc
    except v2client.RegistryError as exc:
        # As a registry's own check has it: what the caller gave names a registry that does not answer (a 5xx
        # would say the fault is ours), so a 422 on the field, with a code of its own to tell it from a refusal.
        raise Invalid(exc.message, code="unreachable", details={"field": FIELD}) from exc
    if not found:
        raise Invalid(f"The registry has no image {shown}", code="not_found", details={"field": FIELD})


def _taken(slug: str) -> str:
    return f"The team already has a step image {slug!r}"


async def create(settings: Settings, user: User, *, body: StepImageCreate) -> StepImage:
    team_id = await owned.managed_team(body.team_id, user, adding="a step image")
    if body.public and not user.is_admin:
        raise Forbidden("Only an instance admin may make a step image public", details={"field": "public"})
    ref = parse(body.image_url)
    if await StepImage.exists(team_id=team_id, slug=body.slug):
        raise Conflict(_taken(body.slug), code="taken", details={"field": "slug"})
    if body.public and await StepImage.exists(public=True, slug=body.slug):
        # A public slug names one image for every team that has none of its own by that slug.
        raise Conflict(f"A public step image {body.slug!r} exists already", code="taken", details={"field": "slug"})
    await check_exists(settings, team_id, ref)
    with taken_on_duplicate(_taken(body.slug), field="slug"):
        return await StepImage.create(team_id=team_id, slug=body.slug, image_url=body.image_url,
                                      public=body.public, created_by=user)


async def _team_ids(user: User) -> list[UUID]:
    return list(await TeamMember.filter(user=user, status=MemberStatus.MEMBER).values_list("team_id", flat=True))


async def visible(user: User, *, team_id: UUID | None, public: bool | None, search: str | None) -> QuerySet[StepImage]:
    """The images of the caller's teams and the public ones (everything for an instance admin), narrowed."""
    query = StepImage.all()
    if not user.is_admin:
        query = query.filter(Q(team_id__in=await _team_ids(user)) | Q(public=True))
    if team_id is not None:
        query = query.filter(team_id=team_id)
    if public is not None:
        query = query.filter(public=public)
    if search:
        query = query.filter(slug__icontains=search)
    return query


async def visible_one(image_id: UUID, user: User, *, manage: bool = False) -> StepImage:
    """The image if the caller sees it (its team's members; anyone for a public one) else 404; `manage` needs a
    team owner or admin (403)."""
    image = await StepImage.get_or_none(id=image_id)
    if image is not None and image.public and not manage:
        return image
    await owned.check_access(image.team_id if image else None, user, manage=manage,
                             missing=f"No step image {image_id}")
    assert image is not None
    return image


async def in_use(image_ids: list[UUID]) -> set[UUID]:
    return set(await WorkflowImage.filter(step_image_id__in=image_ids).values_list("step_image_id", flat=True))


async def delete(image: StepImage) -> None:
    """Forget the image, unless a workflow uses it (409 `in_use` naming the workflows)."""
    using = await WorkflowImage.filter(step_image=image).prefetch_related("workflow")
    if using:
        names = sorted({use.workflow.name for use in using})
        raise Conflict(f"The step image is used by the workflows {', '.join(names[:5])}", code="in_use",
                       details={"usedBy": names})
    await image.delete()


async def for_team(team_id: UUID, slugs: list[str]) -> dict[str, StepImage]:
    """The image each slug names for a project of the team: the team's own first, else a public one."""
    found: dict[str, StepImage] = {}
    for image in await StepImage.filter(Q(team_id=team_id) | Q(public=True), slug__in=slugs):
        if image.slug not in found or image.team_id == team_id:
            found[image.slug] = image
    return found

