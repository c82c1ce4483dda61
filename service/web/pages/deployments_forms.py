"""The deployments pages' forms: what the create and copy forms offer (versions of versioned projects, nodes),
an instance's config overrides as form text and back as the API's body, and the API's field names beside the
controls that hold them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.datastructures import FormData

from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values
from service.web.pages.choices import first_hundred

STATUSES = ("preparing", "in_progress", "successful", "failed", "obsolete", "downgraded")
MANAGERS = ("owner", "admin")  # the project roles the API lets make, change, start and delete deployments
# The override form's controls, each holding one field of the image's config.
OVERRIDE_FIELDS = ("environment", "ports", "commands", "args", "user", "restartPolicy")
RESTART_POLICIES = (("unlessStopped", "Unless stopped (started with the node)"), ("always", "Always"),
                    ("no", "No"))


def errors_of(failure: ApiFailure, *, strip: str = "") -> dict[str, str]:
    """The failure's field errors under the forms' names: `config.environment.2.key` is the environment's
    control (its message naming the line), a conflict names its field with no message of its own."""
    found: dict[str, str] = {}
    for name, message in failure.fields.items():
        path = name.removeprefix(strip).split(".")
        control = path[0]
        if len(path) > 2 and path[1].isdigit():
            message = f"line {int(path[1]) + 1}: {message}"
        found.setdefault(control, message or failure.message)
    return found


def text_values(form: FormData, *names: str) -> dict[str, str]:
    """The named fields, trimmed, with a browser's CRLF line ends as LF: compared with what the page showed,
    a textarea sent back untouched reads as unchanged."""
    return {name: value.replace("\r\n", "\n") for name, value in form_values(form, *names).items()}


def refuse_forbidden(failure: ApiFailure) -> None:
    """A refusal of the caller's rights is the forbidden page, not a form shown again with fields it may not
    change (the forms are not on its pages at all)."""
    if failure.status == 403:
        raise failure


async def version_options(web: SignedIn) -> list[tuple[str, str]]:
    """(versionId, "project · version") of each versioned project the caller may deploy (owner or admin)."""
    options: list[tuple[str, str]] = []
    for project in await first_hundred(web, "/projects"):
        if project.get("type") != "versioned" or project["role"] not in MANAGERS:
            continue
        for version in await first_hundred(web, f"/projects/{project['id']}/versions"):
            label = f"{project.get('displayName') or project['name']} · {version['name']}"
            extra = [word for word, on in (("default", version["default"]),
                                           ("no images", not version["imagesCount"])) if on]
            options.append((version["id"], f"{label} ({', '.join(extra)})" if extra else label))
    return options


async def node_options(web: SignedIn) -> list[tuple[str, str]]:
    return [(n["id"], f"{n['name']} ({n['status']})") for n in await first_hundred(web, "/nodes")]


def override_values(config: Mapping[str, Any]) -> dict[str, str]:
    """An instance's merged config as the override form's text: `KEY=value` lines, ports, one word a line."""
    return {"environment": env_text(config.get("environment") or []),
            "ports": ", ".join(str(p["internal"]) for p in config.get("ports") or []),
            "commands": "\n".join(a["key"] for a in config.get("commands") or []),
            "args": "\n".join(a["key"] for a in config.get("args") or []),
            "user": "" if config.get("user") is None else str(config["user"]),
            "restartPolicy": str(config.get("restartPolicy") or "unlessStopped")}


def _lines(text: str) -> list[str]:
    return [line.rstrip("\r") for line in text.split("\n") if line.strip()]


def env_text(variables: list[dict[str, Any]]) -> str:
    return "\n".join(f"{v['key']}={v.get('value', '')}" for v in variables)


def env_list(text: str) -> tuple[list[dict[str, str]], str | None]:
    """`KEY=value` lines as [{key, value}], and what is wrong with the first line that has no `=`."""
    variables, error = [], None
    for number, line in enumerate(_lines(text), start=1):
        key, equals, value = line.partition("=")
        if not equals and error is None:
            error = f"line {number}: write KEY=value"
        variables.append({"key": key.strip(), "value": value})
    return variables, error


def override_body(values: Mapping[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    """The form's text as the API's `config` overrides, and what the page itself refuses (a line without `=`,
    a port that is no number): the API checks everything else and names the field."""
    errors: dict[str, str] = {}
    environment, wrong = env_list(values["environment"])
    if wrong:
        errors["environment"] = wrong
    ports: list[dict[str, Any]] = []
    for word in values["ports"].replace(",", " ").split():
        if not word.isdigit():
            errors.setdefault("ports", f"{word!r} is not a port number")
            continue
        ports.append({"internal": int(word)})
    user = values["user"]
    if user and not user.isdigit():
        errors["user"] = "a numeric uid, or empty for the image's"
    config: dict[str, Any] = {
        "environment": environment, "ports": ports,
        "commands": [{"key": word} for word in _lines(values["commands"])],
        "args": [{"key": word} for word in _lines(values["args"])],
        "user": int(user) if user.isdigit() else None, "restartPolicy": values["restartPolicy"] or "unlessStopped"}
    return config, errors


def secret_rows(config: Mapping[str, Any], have: list[str]) -> list[dict[str, Any]]:
    """The image's secret keys, each with whether it is required and whether a value is set (never the value)."""
    return [{"key": s["key"], "required": s.get("required", True), "set": s["key"] in have}
            for s in config.get("secrets") or []]


def secrets_body(form: Mapping[str, Any], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`[{key, value}]` for the keys given a new value, `value: null` for those asked to be cleared; the rest
    stay as they are (an empty field keeps the value: it is never shown, so it cannot be re-sent)."""
    body: list[dict[str, Any]] = []
    for row in rows:
        value = str(form.get(f"secret.{row['key']}") or "")
        if form.get(f"clear.{row['key']}"):
            body.append({"key": row["key"], "value": None})
        elif value:
            body.append({"key": row["key"], "value": value})
    return body
