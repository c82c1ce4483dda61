"""The instance's name, avatar and unstable-apps switch (seed 002 settings), administrators only but for reading
the avatar.

The avatar is public: the sign-in page shows it before anyone is signed in, and it says no more than the name a
visitor already sees there (Cloudron serves it publicly too)."""

from __future__ import annotations

from fastapi import APIRouter, File, Request, Response, UploadFile

from service.api.deps import AdminUser
from service.core.body_limit import MULTIPART_ROOM, UploadLimit
from service.core.schemas import error_responses
from service.core.settings_store import get_setting, set_setting
from service.domains.instance import identity
from service.domains.instance.settings_schemas import AvatarSet, NameIn, NameSetting, UnstableApps, UnstableAppsIn

router = APIRouter(prefix="/settings", tags=["settings"])
UPLOAD = UploadLimit("POST", f"{router.prefix}/cloudron_avatar", identity.MAX_AVATAR_BYTES + MULTIPART_ROOM)
IMAGES = {"content": {kind: {"schema": {"type": "string", "format": "binary"}}
                      for kind in ("image/png", "image/jpeg", "image/webp")}, "description": "The avatar"}
# nosniff: the bytes were checked to be an image; public but revalidated, so a new avatar shows at once.
HEADERS = {"X-Content-Type-Options": "nosniff", "Cache-Control": "public, no-cache"}


@router.get("/cloudron_name", response_model=NameSetting, responses=error_responses(401, 403),
            summary="The instance's name")
async def get_name(_: AdminUser) -> NameSetting:
    return NameSetting(name=await identity.name())


@router.post("/cloudron_name", response_model=NameSetting, responses=error_responses(401, 403, 422),
             summary="Rename the instance: 1-64 characters, no control characters")
async def set_name(body: NameIn, _: AdminUser) -> NameSetting:
    return NameSetting(name=await identity.set_name(body.name))


@router.get("/cloudron_avatar", response_class=Response, responses={
    200: IMAGES, 304: {"description": "The avatar the request's If-None-Match names is still the avatar"}},
    summary="The instance's avatar image, with an ETag (public: the sign-in page shows it); a built-in one "
            "until one is uploaded")
async def get_avatar(request: Request) -> Response:
    avatar = await identity.avatar()
    headers = {**HEADERS, "ETag": avatar.etag}
    if avatar.etag in [tag.strip() for tag in request.headers.get("if-none-match", "").split(",")]:
        return Response(status_code=304, headers=headers)
    return Response(content=avatar.data, media_type=avatar.content_type, headers=headers)


@router.post("/cloudron_avatar", response_model=AvatarSet, responses=error_responses(401, 403, 413, 422),
             summary="Upload the instance's avatar: PNG, JPEG or WebP, at most 1 MiB")
async def set_avatar(_: AdminUser,
                     avatar: UploadFile = File(description="PNG, JPEG or WebP, at most 1 MiB")) -> AvatarSet:
    # One byte past the limit is enough to know the file is too large without reading all of it.
    stored = await identity.set_avatar(await avatar.read(identity.MAX_AVATAR_BYTES + 1))
    return AvatarSet(content_type=stored.content_type, etag=stored.etag)


@router.get("/unstable_apps", response_model=UnstableApps, responses=error_responses(401, 403),
            summary="Whether catalogue apps marked unstable are listed and installable")
async def get_unstable_apps(_: AdminUser) -> UnstableApps:
    return UnstableApps(enabled=bool(await get_setting("unstable_apps")))


@router.post("/unstable_apps", response_model=UnstableApps, responses=error_responses(401, 403, 422),
             summary="List and allow installing catalogue apps marked unstable, or hide and refuse them")
async def set_unstable_apps(body: UnstableAppsIn, _: AdminUser) -> UnstableApps:
    await set_setting("unstable_apps", body.enabled)
    return UnstableApps(enabled=body.enabled)
