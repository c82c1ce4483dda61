"""The checks of an install or a change, each refusal naming the field: the domain and the name on it, the
access restriction's users and groups, the manifest's settings and the memory it needs."""

from __future__ import annotations

import re
from typing import Any
from uuid import UUID

from service.auth.models import Group, User
from service.core.errors import Conflict, Invalid
from service.domains.apps.models import App
from service.domains.dns.models import Domain, Route
from service.domains.dns.records import fqdn as make_fqdn

LOCATION = re.compile(r"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
URL = re.compile(r"^https?://[^\s]+$")


async def place(location: str, domain_name: str, *, app: App | None = None) -> tuple[Domain, str]:
    """The domain and the app's fqdn on it: 422 for a domain Containr does not have, 409 for a name in use."""
    domain = await Domain.get_or_none(domain=domain_name.lower().rstrip("."))
    if domain is None:
        raise Invalid(f"No domain {domain_name!r}: add it under /domains first", details={"field": "domain"})
    location = location.lower()
    if location and not LOCATION.fullmatch(location):
        raise Invalid(f"Not a DNS name: {location!r}", details={"field": "location"})
    name = make_fqdn(location, domain.domain)
    if len(name) > 253:
        raise Invalid(f"{name} is longer than 253 characters", details={"field": "location"})
    route = await Route.get_or_none(fqdn=name)
    if route is not None and (app is None or (route.resource_type, route.resource_id) != ("app", str(app.id))):
        raise Conflict(f"{name} is in use by a {route.resource_type}", code="taken", details={"field": "location"})
    return domain, name


async def access(restriction: dict[str, list[UUID]] | None) -> dict[str, list[str]] | None:
    """null (public), or the users and groups that exist among those named."""
    if restriction is None:
        return None
    users = [str(u) for u in restriction.get("users") or []]
    groups = [str(g) for g in restriction.get("groups") or []]
    for index, user_id in enumerate(users):
        if not await User.exists(id=user_id):
            raise Invalid(f"No user {user_id}", details={"field": f"accessRestriction.users.{index}"})
    for index, group_id in enumerate(groups):
        if not await Group.exists(id=group_id):
            raise Invalid(f"No group {group_id}", details={"field": f"accessRestriction.groups.{index}"})
    return {"users": sorted(set(users)), "groups": sorted(set(groups))}


def _value(setting: dict[str, Any], value: Any, field: str) -> Any:
    kind = setting.get("type", "string")
    wrong = Invalid(f"Setting {setting['name']} takes a {kind}", details={"field": field})
    if kind == "boolean":
        if not isinstance(value, bool):
            raise wrong
    elif kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            raise wrong
    elif not isinstance(value, str):
        raise wrong
    elif kind == "enum" and value not in (setting.get("values") or []):
        raise Invalid(f"Setting {setting['name']} is one of {', '.join(map(str, setting.get('values') or []))}",
                      details={"field": field})
    elif kind == "email" and not EMAIL.fullmatch(value):
        raise Invalid(f"Setting {setting['name']} takes an e-mail address", details={"field": field})
    elif kind == "url" and not URL.fullmatch(value):
        raise Invalid(f"Setting {setting['name']} takes an http(s) URL", details={"field": field})
    elif "\n" in value or "\0" in value:
        raise Invalid(f"Setting {setting['name']} is one line", details={"field": field})
    return value


def settings(manifest: dict[str, Any], given: dict[str, Any], *, kept: dict[str, Any] | None = None
             ) -> tuple[dict[str, Any], dict[str, Any]]:
    """The manifest's settings from `given` (else `kept`, else their defaults): the plain ones and the secret
    ones apart; unknown names and values of the wrong type are refused naming `settings.<name>`."""
    declared = {s["name"]: s for s in manifest.get("settings") or []}
    for name in given:
        if name not in declared:
            raise Invalid(f"The app has no setting {name!r}", details={"field": f"settings.{name}"})
    plain: dict[str, Any] = {}
    secret: dict[str, Any] = {}
    for name, setting in declared.items():
        field = f"settings.{name}"
        if name in given and given[name] is not None:
            value = _value(setting, given[name], field)
        elif kept is not None and name in kept:
            value = kept[name]
        elif "default" in setting:
            value = setting["default"]
        elif setting.get("required"):
            raise Invalid(f"Setting {name} is required", details={"field": field})
        else:
            continue
        (secret if setting.get("type") == "secret" else plain)[name] = value
    return plain, secret


def memory(manifest: dict[str, Any], asked: int | None) -> int:
    """The guest's memory in MiB: as asked, at least the manifest's minimum (and 512 when not asked)."""
    least = int(manifest.get("memoryLimit") or 256)
    if asked is None:
        return max(least, 512)
    if asked < least:
        raise Invalid(f"The app needs at least {least} MiB", details={"field": "memoryLimit"})
    return asked
