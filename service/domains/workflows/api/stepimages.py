"""Step images (seed 004 `/api/docker-images`, here `/api/v1/step-images` with `teamId` as registries have it):
a team's images that build steps run in, each checked against its registry before it is saved."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Query, Response, status

from service.api.deps import CurrentUser, SettingsDep
from service.core.audit import AuditTarget, note
from service.core.paging import PagingDep
from service.core.schemas import Page, error_responses
from service.domains.workflows import stepimages
from service.domains.workflows.models import StepImage
from service.domains.workflows.schemas import StepImageCreate, StepImageOut

router = APIRouter(prefix="/step-images", tags=["step images"])
SEEN = error_responses(401, 404, 422)
CHANGE = error_responses(401, 403, 404, 409, 422)


def _out(image: StepImage, used: set[UUID]) -> StepImageOut:
    return StepImageOut(id=image.id, team_id=image.team_id, slug=image.slug, image_url=image.image_url,
                        public=image.public, in_use=image.id in used, created_at=image.created_at)


@router.get("", response_model=Page[StepImageOut], responses=error_responses(401, 422),
            summary="The step images of the caller's teams and the public ones")
async def list_step_images(user: CurrentUser, paging: PagingDep,
                           team_id: UUID | None = Query(default=None, alias="teamId"),
                           public: bool | None = Query(default=None, description="Only public (or only private) "
                                                                                 "images")) -> Page[StepImageOut]:
    query = await stepimages.visible(user, team_id=team_id, public=public, search=paging.search)
    total = await query.count()
    found = await query.order_by("slug", "id").offset(paging.offset).limit(paging.per_page)
    used = await stepimages.in_use([image.id for image in found])
    return Page[StepImageOut](items=[_out(image, used) for image in found], total=total, page=paging.page,
                              per_page=paging.per_page)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=StepImageOut,
             responses=CHANGE,
             summary="Add a step image (team owners and admins; public ones instance admins only)")
async def create_step_image(body: StepImageCreate, user: CurrentUser, settings: SettingsDep) -> StepImageOut:
    """The image's manifest is asked of its registry first (the team's registry of the image's host with its
    credentials, else anonymously): no such tag (`not_found`), credentials refused (`refused`) or a registry that
    cannot be reached (`unreachable`) is a 422 naming `imageUrl`. A slug the team has is a 409 naming `slug`."""
    image = await stepimages.create(settings, user, body=body)
    note(AuditTarget.of("step_image", image, name=image.slug))
    return _out(image, set())


@router.get("/{step_image_id}", response_model=StepImageOut, responses=SEEN, summary="Get a step image")
async def get_step_image(step_image_id: UUID, user: CurrentUser) -> StepImageOut:
    image = await stepimages.visible_one(step_image_id, user)
    return _out(image, await stepimages.in_use([image.id]))


@router.delete("/{step_image_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
               responses=CHANGE, summary="Forget a step image (409 in_use while a workflow's step uses it)")
async def delete_step_image(step_image_id: UUID, user: CurrentUser) -> Response:
    image = await stepimages.visible_one(step_image_id, user, manage=True)
    note(AuditTarget.of("step_image", image, name=image.slug))
    await stepimages.delete(image)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
