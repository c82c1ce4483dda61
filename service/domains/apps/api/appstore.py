"""The app store (ours, after Cloudron's `/appstore`): the catalogue in templates/, read by any signed-in user.

Who may read: anyone signed in. The catalogue is the same for everyone and says nothing about the instance or
its users (it is the public contents of the repository's templates/ folder), so there is nothing to keep from
a member who cannot install; Cloudron shows its app store to its admins because installing is theirs, and here
installing is decided by the install's own rights (a project's members), which need the catalogue to choose
from. Anonymous callers get 401, as everywhere in the API but health and invitations."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response

from service.api.deps import CurrentUser, SettingsDep
from service.core.errors import NotFound
from service.core.paging import PagingDep
from service.core.schemas import Page, error_responses
from service.core.settings_store import get_setting
from service.domains.apps import catalogue, icons
from service.domains.apps.catalogue import App
from service.domains.apps.catalogue_schemas import AppStoreApp, AppStoreItem, AppStoreVersion, AppVersion

router = APIRouter(prefix="/appstore/apps", tags=["apps"])
SEEN = error_responses(401, 404, 422)
AppId = Annotated[str, Path(max_length=128, description="The app's reverse-DNS id (org.wordpress)")]


def _item(app: App) -> AppStoreItem:
    m = app.manifest
    return AppStoreItem(id=app.id, title=m["title"], version=app.version, upstream_version=m["upstreamVersion"],
                        tagline=m["tagline"], description=m["description"], tags=m["tags"], website=m["website"],
                        author=m["author"], addons=list(m["addons"]), memory_limit=m["memoryLimit"],
                        icon_url=icons.url(app.id))


@router.get("", response_model=Page[AppStoreItem], responses=error_responses(401, 422),
            summary="The apps that can be installed, by title")
async def list_apps(user: CurrentUser, settings: SettingsDep, paging: PagingDep,
                    tag: Annotated[str | None, Query(max_length=32, description="Only apps with this tag")] = None,
                    ) -> Page[AppStoreItem]:
    """`search` looks in the id, title, tagline, description and tags (any case). Apps marked unstable are
    listed only while settings/unstable_apps is enabled."""
    found = catalogue.load(settings).search(text=paging.search, tag=tag,
                                            unstable=bool(await get_setting("unstable_apps")))
    items = [_item(app) for app in found[paging.offset:paging.offset + paging.per_page]]
    return Page[AppStoreItem](items=items, total=len(found), page=paging.page, per_page=paging.per_page)


@router.get("/{app_id}", response_model=AppStoreApp, responses=SEEN,
            summary="One app: its manifest and its versions")
async def get_app(app_id: AppId, user: CurrentUser, settings: SettingsDep) -> AppStoreApp:
    app = catalogue.load(settings).get(app_id)
    return AppStoreApp(id=app.id, version=app.version, manifest=app.manifest,
                       versions=[AppVersion(**v) for v in app.versions], icon_url=icons.url(app.id))


@router.get("/{app_id}/versions/{version}", response_model=AppStoreVersion, responses=SEEN,
            summary="One version of an app, from its changelog")
async def get_version(app_id: AppId, version: Annotated[str, Path(max_length=64)], user: CurrentUser,
                      settings: SettingsDep) -> AppStoreVersion:
    """The catalogue installs only its current version; older ones are listed for their notes."""
    app = catalogue.load(settings).get(app_id)
    entry = next((v for v in app.versions if v["version"] == version), None)
    if entry is None:
        raise NotFound(f"The app {app_id} has no version {version!r}", details={"field": "version"})
    return AppStoreVersion(id=app.id, current=version == app.version, **entry)


@router.get("/{app_id}/icon", response_class=Response, responses={200: icons.IMAGES, 304: icons.NOT_MODIFIED, **SEEN},
            summary="The app's icon (SVG or PNG), with an ETag")
async def get_icon(app_id: AppId, request: Request, user: CurrentUser, settings: SettingsDep) -> Response:
    return icons.answer(catalogue.load(settings).get(app_id), request)
