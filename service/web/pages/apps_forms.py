"""The apps pages' forms: what the install and configure forms offer (domains, projects, users and groups, the
manifest's settings by type, its addon alternatives), their posted fields as the API's bodies, and the API's
field names beside the controls that hold them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.datastructures import FormData

from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values
from service.web.pages.choices import first_hundred

MIB = 1024 * 1024
PLACE_FIELDS = ("location", "domain", "access", "label", "tags")
INSTALL_FIELDS = (*PLACE_FIELDS, "projectId", "memoryMb")
# The manifest's setting types as the form's controls.
CONTROLS = {"string": "text", "email": "email", "url": "url", "integer": "number", "secret": "password",
            "boolean": "switch", "enum": "select"}


class Refused(Exception):
    """The page refuses the form before the API is asked: a message and the fields it names."""

    def __init__(self, message: str, errors: Mapping[str, str]) -> None:
        super().__init__(message)
        self.errors = dict(errors)


async def _listed(web: SignedIn, path: str) -> list[dict[str, Any]]:
    # Users are listed for administrators only: a member restricts an app to groups, or asks one.
    try:
        return await first_hundred(web, path)
    except ApiFailure as failure:
        if failure.status in (401, 404):
            raise
        return []


async def choices(web: SignedIn) -> dict[str, list[tuple[str, str]]]:
    """The selects the install and configure forms share: domains, users, groups."""
    domains = (await web.api.get("/domains"))["domains"]
    users = await _listed(web, "/users")
    groups = await _listed(web, "/groups")
    return {"domains": [(d["domain"], d["domain"]) for d in domains],
            "users": [(u["id"], u.get("displayName") or u["username"]) for u in users],
            "groups": [(g["id"], g["name"]) for g in groups]}


async def projects(web: SignedIn) -> list[tuple[str, str]]:
    mine = [p for p in await first_hundred(web, "/projects") if p["role"] != "viewer"]
    return [("", "My own apps project (made on first install)"),
            *((p["id"], p.get("displayName") or p["name"]) for p in mine)]


def settings_of(manifest: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The manifest's settings, each with the control that edits it (and an enum's options)."""
    return [{**s, "control": CONTROLS.get(s.get("type", "string"), "text"),
             "options": [(str(v), str(v)) for v in s.get("values") or []]} for s in manifest.get("settings") or []]


def alternatives_of(manifest: Mapping[str, Any]) -> list[tuple[str, list[str]]]:
    """(addon, [it and what may take its place]) for each addon the manifest offers alternatives for."""
    return [(name, [name, *options["alternatives"]]) for name, options in (manifest.get("addons") or {}).items()
            if isinstance(options, dict) and options.get("alternatives")]


def setting_values(manifest: Mapping[str, Any], kept: Mapping[str, Any] | None = None) -> dict[str, str]:
    """`setting.<name>` form values: what the app has (secret ones never shown), else the manifest's default."""
    values = {}
    for setting in manifest.get("settings") or []:
        if setting.get("type") == "secret":
            continue
        value = (kept or {}).get(setting["name"], setting.get("default", ""))
        value = ("true" if value else "") if isinstance(value, bool) else str(value)
        values[f"setting.{setting['name']}"] = value
    return values


def access_values(restriction: Mapping[str, list[str]] | None) -> dict[str, Any]:
    if restriction is None:
        return {"access": "public", "users": [], "groups": []}
    return {"access": "restricted", "users": list(restriction.get("users") or []),
            "groups": list(restriction.get("groups") or [])}


def posted(form: FormData, manifest: Mapping[str, Any], *names: str) -> dict[str, Any]:
    """The form's values to show again: its named fields, the lists, the settings (not the secret ones) and the
    addon choices."""
    values: dict[str, Any] = dict(form_values(form, *names))
    values["users"] = [str(u) for u in form.getlist("users")]
    values["groups"] = [str(g) for g in form.getlist("groups")]
    for setting in manifest.get("settings") or []:
        if setting.get("type") != "secret":
            key = f"setting.{setting['name']}"
            values[key] = str(form.get(key) or "").strip()
    for addon, _ in alternatives_of(manifest):
        values[f"addon.{addon}"] = str(form.get(f"addon.{addon}") or addon)
    return values


def _number(text: str) -> int | str:
    # Anything but digits goes as typed, so the API names the setting that takes a number.
    return int(text) if text.lstrip("-").isdigit() else text


def settings_body(form: FormData, manifest: Mapping[str, Any], *, configuring: bool) -> dict[str, Any]:
    """The manifest's settings from the form: an empty field is left out (its default, or on a change what the
    app has) but an optional text one on a change, which empties it; a switch is sent as it stands."""
    body: dict[str, Any] = {}
    for setting in manifest.get("settings") or []:
        name, kind = setting["name"], setting.get("type", "string")
        raw = str(form.get(f"setting.{name}") or "")
        if kind == "boolean":
            body[name] = raw == "true"
        elif kind == "secret":
            if raw:  # write-only: empty keeps the one set
                body[name] = raw
        elif raw.strip() or (configuring and kind == "string" and not setting.get("required")):
            body[name] = _number(raw.strip()) if kind == "integer" else raw.strip()
    return body


def access_body(values: Mapping[str, Any]) -> dict[str, list[str]] | None:
    if values["access"] != "restricted":
        return None
    if not values["users"] and not values["groups"]:
        raise Refused("Choose who may use the app, or make it public",
                      {"access": "Choose at least one user or group"})
    return {"users": list(values["users"]), "groups": list(values["groups"])}


def tags_of(text: str) -> list[str]:
    return [tag for tag in text.replace(",", " ").split() if tag]


def install_body(app_id: str, values: Mapping[str, Any], form: FormData,
                 manifest: Mapping[str, Any]) -> dict[str, Any]:
    body: dict[str, Any] = {"appStoreId": app_id, "location": values["location"].lower(), "domain": values["domain"],
                            "accessRestriction": access_body(values), "label": values["label"],
                            "tags": tags_of(values["tags"]), "settings": settings_body(form, manifest,
                                                                                       configuring=False)}
    if values["projectId"]:
        body["projectId"] = values["projectId"]
    if values["memoryMb"]:
        if not values["memoryMb"].isdigit():
            raise Refused("The memory is a number of MiB", {"memoryMb": "A whole number of MiB"})
        body["memoryLimit"] = int(values["memoryMb"]) * MIB
    choices = {addon: values[f"addon.{addon}"] for addon, _ in alternatives_of(manifest)
               if values[f"addon.{addon}"] != addon}
    if choices:
        body["addonChoices"] = choices
    return body


def configure_body(values: Mapping[str, Any], form: FormData, manifest: Mapping[str, Any]) -> dict[str, Any]:
    return {"location": values["location"].lower(), "domain": values["domain"],
            "accessRestriction": access_body(values), "label": values["label"], "tags": tags_of(values["tags"]),
            "settings": settings_body(form, manifest, configuring=True)}


def errors_of(failure: ApiFailure) -> dict[str, str]:
    """The API's field names as the form's: a setting, the access lists, the memory, an addon choice."""
    errors: dict[str, str] = {}
    for name, message in failure.fields.items():
        if name.startswith("settings."):
            key = "setting." + name.split(".", 1)[1]
        elif name.startswith("accessRestriction"):
            key = "access"
        elif name == "memoryLimit":
            key = "memoryMb"
        elif name.startswith("addonChoices"):
            key = "addon." + name.split(".", 1)[1] if "." in name else "addons"
        else:
            key = name
        errors[key] = "; ".join(filter(None, (errors.get(key), message)))
    return errors
