"""The registry forms: each registry type (the seed's) with the detail fields it takes, labelled and explained,
and the API body made from a posted form. Field names are the API's (`details.url`, ...), so its errors land
beside them; the token is write-only: never put back into a form, and left out of a change when left empty."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.datastructures import FormData

from service.domains.registries.models import RegistryType

# What each type is, in the chooser's words (in the order the chooser lists them).
TYPES = {
    RegistryType.V2: "Docker Registry (HTTP API v2): any registry at its own address",
    RegistryType.HUB: "Docker Hub: an organisation's or user's images",
    RegistryType.GITHUB: "GitHub Container Registry (ghcr.io)",
    RegistryType.GITLAB: "GitLab Container Registry (gitlab.com or self-hosted)",
    RegistryType.GOOGLE: "Google Artifact Registry / Container Registry",
    RegistryType.GROUP: "An image name prefix on Docker Hub or another registry's host",
    RegistryType.UNCHECKED: "Any registry, saved without checking it",
}
TOKEN = "details.token"
# The detail fields each type takes, in the form's order (the token is shown as a password field).
FIELDS: dict[str, tuple[str, ...]] = {
    RegistryType.V2: ("details.url", "details.user", TOKEN, "details.caBundle"),
    RegistryType.UNCHECKED: ("details.url", "details.user", TOKEN, "details.caBundle"),
    RegistryType.HUB: ("details.imageNamePrefix", "details.user", TOKEN),
    RegistryType.GROUP: ("details.imageNamePrefix", "details.url"),
    RegistryType.GITHUB: ("details.imageNamePrefix", "details.user", TOKEN),
    RegistryType.GITLAB: ("details.imageNamePrefix", "details.namespace", "details.user", TOKEN, "details.url",
                          "details.apiUrl", "details.caBundle"),
    RegistryType.GOOGLE: ("details.url", "details.imageNamePrefix", "details.user", TOKEN),
}
# Label and hint of each detail field; a type may word the hint its own way.
LABELS = {
    "details.url": "Registry address",
    "details.user": "User",
    TOKEN: "Token or password",
    "details.imageNamePrefix": "Image name prefix",
    "details.namespace": "The prefix is a",
    "details.apiUrl": "GitLab address (self-hosted)",
    "details.caBundle": "CA certificates (optional)",
}
HINTS = {
    "details.url": "https://host[:port], e.g. https://registry.example.com:5000 (http only on this machine).",
    "details.user": "Leave empty, with the token, for a public registry.",
    TOKEN: "Checked with the registry, then sealed: it is never shown again.",
    "details.imageNamePrefix": "The organisation, user or project whose images these are, e.g. acme.",
    "details.apiUrl": "Only for a self-hosted GitLab, e.g. https://gitlab.example.com.",
    "details.caBundle": "PEM certificates to trust, for a registry with a self-signed certificate.",
}
TYPE_HINTS = {
    (RegistryType.GROUP, "details.url"): "Empty for Docker Hub; else the registry's https://host[:port].",
    (RegistryType.GITLAB, "details.url"): "Empty for gitlab.com; else the self-hosted registry's address.",
    (RegistryType.GOOGLE, "details.url"): "The region's host, e.g. https://europe-docker.pkg.dev.",
    (RegistryType.GOOGLE, "details.imageNamePrefix"): "The project and repository, e.g. my-project/images.",
    (RegistryType.GOOGLE, "details.user"): "Empty for _json_key: the token is then a service account's JSON key.",
    (RegistryType.UNCHECKED, TOKEN): "Sealed without a check: it is never shown again.",
}
NAMESPACES = [("group", "Group"), ("project", "Project")]
TEXTAREAS = ("details.caBundle",)
MAIN = ("name", "description")


def type_options() -> list[tuple[str, str]]:
    return [(kind.value, text) for kind, text in TYPES.items()]


def known(kind: str) -> bool:
    return kind in FIELDS


def fields_of(kind: str) -> list[dict[str, Any]]:
    """The type's detail fields for the form: name, label, hint, and how each is shown."""
    return [{"name": name, "label": LABELS[name], "hint": TYPE_HINTS.get((kind, name), HINTS.get(name)),
             "secret": name == TOKEN, "textarea": name in TEXTAREAS, "choices": NAMESPACES
             if name == "details.namespace" else None} for name in FIELDS[kind]]


def shown(kind: str) -> tuple[str, ...]:
    """The fields whose errors stand beside their control (any other the form's top error lists)."""
    return (*MAIN, "type", "teamId", "details", *(FIELDS.get(kind) or ()))


def values_from(form: FormData, kind: str) -> dict[str, str]:
    """What the form posted, to show again when refused: never the token."""
    public = [name for name in FIELDS[kind] if name != TOKEN]
    values = {name: str(form.get(name) or "").strip() for name in (*MAIN, "teamId", "removeToken", *public)}
    if "details.caBundle" in public:  # a PEM keeps its lines
        values["details.caBundle"] = str(form.get("details.caBundle") or "").strip()
    return values


def body_of(kind: str, values: Mapping[str, str], form: FormData) -> dict[str, Any]:
    """The API body: blank details left out (the type's defaults apply); the token only when one was typed, so a
    change keeps the stored one, or empty when the edit form's "remove the token" is ticked (the API removes it)."""
    details: dict[str, Any] = {}
    for name in FIELDS[kind]:
        key = name.removeprefix("details.")
        if name == TOKEN:
            if token := str(form.get(TOKEN) or ""):
                details[key] = token
            elif form.get("removeToken"):
                details[key] = ""
        elif values.get(name):
            details[key] = values[name]
    return {"name": values["name"], "description": values["description"], "type": kind, "details": details}


def values_of(registry: Mapping[str, Any]) -> dict[str, str]:
    """A registry as its edit form's values (the details as the API answers them, without any token)."""
    details = registry["details"]
    values = {"name": registry["name"], "description": registry["description"]}
    for answer, name in (("url", "details.url"), ("user", "details.user"), ("imageNamePrefix",
                         "details.imageNamePrefix"), ("apiUrl", "details.apiUrl"),
                         ("namespace", "details.namespace"), ("caBundle", "details.caBundle")):
        values[name] = str(details.get(answer) or "")
    return values
