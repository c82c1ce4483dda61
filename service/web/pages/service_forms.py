"""The service forms' fields and the API bodies made of them: the chosen source's fields only (a git repository,
an image with its registry, or a repository's Dockerfile with the registry its image is pushed to), variables as
NAME=value lines, the fields of a service's type, the API's nested field names mapped back to the form's for its
errors; the names form's rows."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from service.web.api_client import ApiFailure

TYPES = [("web", "web: answers HTTP on its port"), ("worker", "worker: stays up, answers nothing"),
         ("cron", "cron: runs on a schedule")]
BUILDERS = [("auto", "auto: the stack is detected (Python, Node, a static site)"),
            ("procfile", "procfile: its Procfile's web or worker line")]
SOURCE_TYPES = [("git", "git: a repository, built in its own guest"),
                ("image", "image: run as an application container"),
                ("dockerfile", "dockerfile: the repository's Dockerfile, built and pushed to a registry of the team")]
RESOURCES = ("cores", "memoryMb", "diskGb")
SOURCE = ("repository", "branch", "rootDirectory", "gitProviderId")
IMAGE = ("image", "registryId")
# A Dockerfile service's registry has its own field: the image's is optional, this one is required.
DOCKERFILE = ("dockerfile", "pushRegistryId")
BUILD = ("builderType", "buildCommand", "startCommand")
RUNTIME = ("port", "healthCheckPath", "healthCheckTimeout", "schedule")
EDIT_FIELDS = (*SOURCE, *IMAGE, *DOCKERFILE, *BUILD, "variables", *RUNTIME)
CREATE_FIELDS = ("name", "placement", "nodeId", "type", "sourceType", *EDIT_FIELDS, *RESOURCES)
CREATE_DEFAULTS = {"type": "web", "sourceType": "git", "branch": "main", "dockerfile": "Dockerfile",
                   "builderType": "auto", "cores": "1",
                   "memoryMb": "512", "diskGb": "8"}
# The API's nested field names as the forms name them (source.type is the source select, not the service's type).
PREFIXES = ("source.", "buildConfig.", "resources.")
FORM_FIELD = {"projectId": "placement", "environmentId": "placement", "source.type": "sourceType",
              "buildConfig.environmentVariables": "variables"}


MAX_NAMES = 50  # as many name rows as the API takes


class Refused(Exception):
    """A form the page refuses before asking the API (a line of variables it cannot read)."""

    def __init__(self, message: str, errors: dict[str, str]) -> None:
        super().__init__(message)
        self.errors = errors


def errors_of(failure: ApiFailure, source_type: str = "") -> dict[str, str]:
    """The failure's field errors under the forms' names (a Dockerfile service's registry is pushRegistryId)."""
    found: dict[str, str] = {}
    for name, message in failure.fields.items():
        shown = FORM_FIELD.get(name) or next((name.removeprefix(p) for p in PREFIXES if name.startswith(p)), name)
        if source_type == "dockerfile" and shown == "registryId":
            shown = "pushRegistryId"
        found.setdefault(shown, message or failure.message)
    return found


def number(value: str) -> int | str:
    return int(value) if value.isdigit() else value  # anything else goes as typed: the API names the field


def variables(text: str, *, keep: bool) -> dict[str, str | None]:
    """NAME=value lines; with `keep`, a NAME alone keeps its value (the API's null)."""
    found: dict[str, str | None] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, equals, value = line.partition("=")
        if not equals and not keep:
            raise Refused("The variables could not be read", {
                "variables": f"Line {number} has no '=': write NAME=value, one a line."})
        found[name.strip()] = value if equals else None
    return found


def runtime(values: Mapping[str, Any], service_type: str) -> dict[str, Any]:
    """The fields of the service's type, as filled in (an empty one is left to the API's default)."""
    wanted = {"web": ("port", "healthCheckPath", "healthCheckTimeout"), "cron": ("schedule",)}.get(service_type, ())
    numbers = ("port", "healthCheckTimeout")
    return {name: number(values[name]) if name in numbers else values[name] for name in RUNTIME
            if values[name] and (name in wanted or service_type not in TYPE_NAMES)}


TYPE_NAMES = {value for value, _ in TYPES}


def _source(values: Mapping[str, Any], source_type: str) -> dict[str, Any]:
    """Only the chosen source's fields: the API refuses a git field on an image service and the reverse."""
    if source_type == "image":
        return {"image": values["image"], "registryId": values["registryId"] or None}
    found = {"repository": values["repository"], "branch": values["branch"] or "main",
             "rootDirectory": values["rootDirectory"], "gitProviderId": values["gitProviderId"] or None}
    if source_type == "dockerfile":
        found.update(dockerfile=values["dockerfile"] or "Dockerfile", registryId=values["pushRegistryId"] or None)
    return found


def _build(values: Mapping[str, Any], source_type: str, *, keep: bool) -> dict[str, Any]:
    """An image is not built (a Dockerfile is the build): their services send only the start command (replacing the
    image's) and variables."""
    found: dict[str, Any] = {"startCommand": values["startCommand"],
                             "environmentVariables": variables(values["variables"], keep=keep)}
    if source_type == "git":
        found.update(builderType=values["builderType"] or "auto", buildCommand=values["buildCommand"])
    return found


def create_body(values: Mapping[str, Any], environment_id: str) -> dict[str, Any]:
    source_type = values["sourceType"] or "git"
    return {
        "name": values["name"], "type": values["type"], "environmentId": environment_id or None,
        "nodeId": values["nodeId"] or None, "source": {"type": source_type, **_source(values, source_type)},
        "buildConfig": _build(values, source_type, keep=False),
        "resources": {name: number(values[name]) for name in RESOURCES if values[name]},
        "links": list(values["links"]), **runtime(values, values["type"])}


def update_body(values: Mapping[str, Any], service: Mapping[str, Any]) -> dict[str, Any]:
    source_type = service["source"]["type"]
    return {"source": _source(values, source_type), "buildConfig": _build(values, source_type, keep=True),
            "links": list(values["links"]), **runtime(values, service["type"])}


def edit_values(service: dict[str, Any]) -> dict[str, Any]:
    """The edit form as the service is: its variables by name alone (a name alone keeps its value)."""
    source, build = service["source"], service["buildConfig"]
    return {"repository": source["repository"], "branch": source["branch"], "rootDirectory": source["rootDirectory"],
            "gitProviderId": source["gitProviderId"] or "", "image": source["image"],
            "registryId": source["registryId"] or "", "dockerfile": source["dockerfile"],
            "pushRegistryId": source["registryId"] or "", "builderType": build["builderType"],
            "buildCommand": build["buildCommand"], "startCommand": build["startCommand"],
            "variables": "\n".join(build["environmentVariables"]), "port": str(service["port"] or ""),
            "healthCheckPath": service["healthCheckPath"], "healthCheckTimeout": str(service["healthCheckTimeout"]),
            "schedule": service["schedule"], "links": list(service["links"])}


def name_rows(form: Any) -> list[dict[str, str]]:
    """The names form's rows (`domains.N.location`, `domains.N.domain`), the empty ones dropped."""
    rows = []
    for index in range(MAX_NAMES + 1):
        location = str(form.get(f"domains.{index}.location") or "").strip().lower()
        domain = str(form.get(f"domains.{index}.domain") or "").strip()
        if location or domain:
            rows.append({"location": location, "domain": domain})
    return rows


def names_form(rows: list[dict[str, str]], errors: Mapping[str, str] | None = None,
                error: str | None = None) -> dict[str, Any]:
    """The rows as the form's values, with one empty row to add a name."""
    values = {}
    for index, row in enumerate([*rows, {"location": "", "domain": ""}]):
        values[f"domains.{index}.location"], values[f"domains.{index}.domain"] = row["location"], row["domain"]
    return {"count": len(rows) + 1, "values": values, "errors": dict(errors or {}), "error": error}
