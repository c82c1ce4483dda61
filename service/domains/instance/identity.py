"""The instance's name and avatar (Cloudron's cloudron_name and cloudron_avatar): stored, checked and served."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from starlette.datastructures import State

from service.core.errors import Invalid, TooLarge
from service.core.images import image_type
from service.core.settings_store import DEFAULTS, get_setting, set_setting

NAME = "cloudron_name"
AVATAR = "cloudron_avatar"
MAX_AVATAR_BYTES = 1024 * 1024
# A 64x64 PNG, shown until an administrator uploads one.
_DEFAULT_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAAkUlEQVR42u3bwQnAIBAEwKsjzaYDWza/fDQQIRD1ZuEK2HkJshEPOc5Sd7p4k91K"
    "D2FkKd9FyFa+QQCQGSBr+RsBAAAAAAAAAAAAAAAAAAAM3GwBAAAAAAAAAMwD8PWDBQAAAAAAAAAAAAAAAAAAAADwP4CfIQAAAAAAAAAAAAAAAACw"
    "G7IaA2A9aj9sSb5k6Qs6NNCcvJTtcgAAAABJRU5ErkJggg==")


@dataclass(frozen=True)
class Avatar:
    data: bytes
    content_type: str
    etag: str


def _etag(data: bytes) -> str:
    return '"' + hashlib.sha256(data).hexdigest()[:32] + '"'


DEFAULT_AVATAR = Avatar(data=_DEFAULT_PNG, content_type="image/png", etag=_etag(_DEFAULT_PNG))


def check_name(name: str) -> str:
    """The name trimmed; 422 naming `name` when empty, longer than 64 characters or holding a control character
    (it goes into mail headers and the page title, where a line break would be an injection)."""
    trimmed = name.strip()
    if not 1 <= len(trimmed) <= 64:
        raise Invalid("The name must be 1 to 64 characters", details=[{"field": "name", "message": "1-64 chars"}])
    if any(ord(c) < 32 or 0x7f <= ord(c) < 0xa0 or c in "\u2028\u2029" for c in trimmed):
        raise Invalid("The name must not hold control characters",
                      details=[{"field": "name", "message": "control character"}])
    return trimmed


async def name() -> str:
    return str(await get_setting(NAME) or DEFAULTS[NAME])


# The running app's name for every page of the dashboard: read once at start-up (DOMAIN.started) and kept
# current by set_name, so that no page pays a query for it.
_shown: list[str] = []


async def remember(_: State) -> None:
    _shown[:] = [await name()]


def shown_name() -> str:
    return _shown[0] if _shown else str(DEFAULTS[NAME])


async def set_name(value: str) -> str:
    checked = check_name(value)
    await set_setting(NAME, checked)
    _shown[:] = [checked]
    return checked


async def set_avatar(data: bytes) -> Avatar:
    """`data` may be one byte longer than allowed: that is how the caller tells us it did not fit."""
    if len(data) > MAX_AVATAR_BYTES:
        raise TooLarge(f"The avatar may be at most {MAX_AVATAR_BYTES // 1024} KiB", details={"field": "avatar"})
    content_type = image_type(data)
    if content_type is None:
        raise Invalid("The avatar must be a PNG, JPEG or WebP image", details={"field": "avatar"})
    avatar = Avatar(data=data, content_type=content_type, etag=_etag(data))
    await set_setting(AVATAR, {"contentType": content_type, "etag": avatar.etag,
                               "data": base64.b64encode(data).decode()})
    return avatar


async def avatar() -> Avatar:
    stored = await get_setting(AVATAR)
    if not stored:
        return DEFAULT_AVATAR
    return Avatar(data=base64.b64decode(stored["data"]), content_type=stored["contentType"], etag=stored["etag"])
