"""dyrector's templates (seed 001 `/templates`): the app catalogue in dyrector's `Template` shape, and a project
made from one. Any signed-in user reads them, as the app store (see api/appstore.py)."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Request, Response, status

from service.api.deps import CurrentUser, HooksDep, SettingsDep
from service.auth.models import User
from service.core.audit import AuditTarget, note
from service.core.errors import Invalid
from service.core.paging import PagingDep
from service.core.schemas import Page, error_responses
from service.core.settings_store import get_setting
from service.domains.apps import catalogue, icons
from service.domains.apps.catalogue import App
from service.domains.apps.catalogue_schemas import (
    Template,
    TemplateAudit,
    TemplateProject,
    TemplateProjectCreate,
)
from service.domains.projects import access as projects
from service.domains.projects.events import PROJECT_CREATED
from service.domains.projects.models import ProjectType
from service.domains.teams.membership import membership
from service.domains.teams.models import Team

router = APIRouter(prefix="/templates", tags=["apps"])
# The databases an app runs on are what dyrector's templates call their technologies, beside its tags.
DATABASE_ADDONS = ("postgresql", "mysql", "redis")


def _template(app: App) -> Template:
    m = app.manifest
    databases = [a for addon, options in m["addons"].items() if addon in DATABASE_ADDONS
                 for a in (addon, *options.get("alternatives", ()))]
    return Template(id=app.id, name=m["title"], description=m["tagline"],
                    technologies=list(dict.fromkeys([*m["tags"], *databases])))


@router.get("", response_model=Page[Template], responses=error_responses(401, 422),
            summary="The app catalogue as dyrector's templates, by name")
async def list_templates(user: CurrentUser, settings: SettingsDep, paging: PagingDep) -> Page[Template]:
    found = catalogue.load(settings).search(text=paging.search, unstable=bool(await get_setting("unstable_apps")))
    items = [_template(app) for app in found[paging.offset:paging.offset + paging.per_page]]
    return Page[Template](items=items, total=len(found), page=paging.page, per_page=paging.per_page)


@router.get("/{template_id}/image", response_class=Response,
            responses={200: icons.IMAGES, 304: icons.NOT_MODIFIED, **error_responses(401, 404, 422)},
            summary="The template's image: the app's icon")
async def get_image(template_id: Annotated[str, Path(max_length=128)], request: Request, user: CurrentUser,
                    settings: SettingsDep) -> Response:
    return icons.answer(catalogue.load(settings).get(template_id), request)


async def _team_id(slug: str | None, user: User) -> UUID | None:
    """The team `teamSlug` names, if the caller is in it (instance admins: any team); None: the personal team."""
    if slug is None:
        return None
    team = await Team.get_or_none(slug=slug)
    if team is None or (not user.is_admin and await membership(team, user) is None):
        raise Invalid(f"No team {slug!r} of yours", details={"field": "teamSlug"})
    return team.id


@router.post("", status_code=status.HTTP_201_CREATED, response_model=TemplateProject,
             responses=error_responses(401, 409, 422), summary="Create a project from a template")
async def create_from_template(body: TemplateProjectCreate, user: CurrentUser, settings: SettingsDep,
                               hooks: HooksDep) -> TemplateProject:
    """A project of the team `teamSlug` names (else the caller's personal team), made as `POST /projects` makes
    one, of dyrector's `type` (a versionless one with its rolling version), with the template's description
    unless one is given. An unknown template is a 422 naming `id`; a name the team has is a 409 naming `name`."""
    app = catalogue.load(settings).find(body.id)
    if app is None:
        raise Invalid(f"No template {body.id!r}", details={"field": "id"})
    description = body.description if body.description is not None else app.manifest["description"].strip()
    project = await projects.create_project(user, team_id=await _team_id(body.team_slug, user), name=body.name,
                                            fields={"description": description[:2000],
                                                    "type": ProjectType(body.type)})
    await hooks.fire(PROJECT_CREATED, project=project, user=user)  # a versionless one's rolling version
    note(AuditTarget.of("project", project))
    audit = TemplateAudit(created_at=project.created_at, created_by=user.id, updated_at=project.updated_at,
                          updated_by=user.id)
    return TemplateProject(id=project.id, name=project.name, description=project.description, type=project.type.value,
                           team_id=project.team_id, audit=audit)
