"""An image's config form: the stored config as the form's values (KEY=value lines, rows of secrets, ports and
volumes), the posted form as the PATCH body, and the API's field names (`config.ports.1.external`) as the control
that holds them (the row or line the user typed), so that a refusal shows beside what caused it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.datastructures import FormData

from service.web.api_client import ApiFailure

# Rows the form offers for each list, and the columns of each row (the API's names).
ROWS = {"secrets": ("key", "required"), "ports": ("internal", "external"),
        "volumes": ("name", "path", "size", "type")}
BLANK_ROWS = 2
# A new secret is required at deploy unless unticked; a new volume is read-write.
NEW_ROW = {"secrets": {"required": "true"}, "volumes": {"type": "rwo"}}
LINES = ("environment", "labels", "commands", "args")
SCALARS = ("name", "tag", "restartPolicy", "expose", "routing-domain", "routing-path", "routing-stripPath",
           "routing-uploadLimit")
RESTART = [("unlessStopped", "Unless stopped (started with the node)"), ("always", "Always"), ("no", "No"),
           ("onFailure", "On failure")]
EXPOSE = [("none", "No: reached on its address only"), ("expose", "Through the node's edge, HTTP"),
          ("exposeWithTls", "Through the node's edge, HTTPS")]
VOLUME_TYPES = [("rwo", "Read-write"), ("ro", "Read-only"), ("rwx", "Shared read-write"), ("mem", "Memory"),
                ("tmp", "Temporary")]


def _pairs(items: list[Mapping[str, Any]]) -> str:
    return "\n".join(f"{item['key']}={item.get('value', '')}" for item in items)


def values_of(image: Mapping[str, Any]) -> dict[str, Any]:
    """The form's values for the stored image: one string per control, and the rows of each list."""
    config = image["config"]
    routing = config.get("routing") or {}
    labels = config.get("labels") or {}
    values: dict[str, Any] = {
        "name": config.get("name") or "", "tag": image["tag"], "restartPolicy": config.get("restartPolicy") or "",
        "expose": config.get("expose") or "none", "environment": _pairs(config.get("environment") or []),
        "labels": _pairs(labels.get("service") or []) if isinstance(labels, dict) else "",
        "commands": "\n".join(a["key"] for a in config.get("commands") or []),
        "args": "\n".join(a["key"] for a in config.get("args") or []),
        "routing-domain": routing.get("domain") or "", "routing-path": routing.get("path") or "",
        "routing-stripPath": "true" if routing.get("stripPath") else "",
        "routing-uploadLimit": routing.get("uploadLimit") or ""}
    for name, columns in ROWS.items():
        rows = []
        for item in config.get(name) or []:
            row = {column: "" if item.get(column) is None else str(item[column]) for column in columns}
            if name == "secrets":
                row["required"] = "true" if item.get("required") else ""
            rows.append(row)
        values[name] = rows
    return with_blank_rows(values)


def with_blank_rows(values: dict[str, Any]) -> dict[str, Any]:
    """A few empty rows after the filled ones, for adding (no script needed)."""
    for name, columns in ROWS.items():
        filled = [row for row in values[name] if any(row.get(c) for c in columns if c not in ("required", "type"))]
        blank = dict.fromkeys(columns, "") | NEW_ROW.get(name, {})
        values[name] = filled + [dict(blank) for _ in range(BLANK_ROWS)]
    return values


@dataclass
class Posted:
    """The form as typed (to show again) and where each list item sent came from (for the API's errors)."""

    values: dict[str, Any]
    lines: dict[str, list[int]] = field(default_factory=dict)  # list -> the line number of each item sent
    rows: dict[str, list[int]] = field(default_factory=dict)  # list -> the form row of each item sent


def posted(form: FormData) -> Posted:
    values: dict[str, Any] = {name: str(form.get(name) or "").strip() for name in (*SCALARS, *LINES)}
    for name, columns in ROWS.items():
        rows, index = [], 0
        while f"{name}-{index}-{columns[0]}" in form:
            rows.append({column: str(form.get(f"{name}-{index}-{column}") or "").strip() for column in columns})
            index += 1
        values[name] = rows
    return Posted(values=values)


def _number(text: str) -> int | str:
    # Anything but digits goes as typed, so that the API names the port that takes a number.
    return int(text) if text.isdigit() else text


def _lines(sent: Posted, name: str) -> list[tuple[int, str]]:
    numbered = [(number, line.strip()) for number, line in enumerate(sent.values[name].splitlines(), 1)]
    numbered = [(number, line) for number, line in numbered if line]
    sent.lines[name] = [number for number, _ in numbered]
    return numbered


def _key_values(sent: Posted, name: str, kept: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """KEY=value lines; an item keeps its id when its key stays (what a deployment's overrides refer to)."""
    ids = {item["key"]: item["id"] for item in kept if "id" in item}
    items = []
    for _, line in _lines(sent, name):
        key, _, value = line.partition("=")
        item: dict[str, Any] = {"key": key.strip(), "value": value.strip()}
        if item["key"] in ids:
            item["id"] = ids[item["key"]]
        items.append(item)
    return items


def _rows(sent: Posted, name: str) -> list[tuple[int, dict[str, str]]]:
    columns = ROWS[name]
    used = [(index, row) for index, row in enumerate(sent.values[name])
            if any(row.get(c) for c in columns if c not in ("required", "type"))]
    sent.rows[name] = [index for index, _ in used]
    return used


def body(sent: Posted, image: Mapping[str, Any]) -> dict[str, Any]:
    """The PATCH body: every field the form holds, so that emptying one empties it; the others stay."""
    values, config = sent.values, image["config"]
    secret_ids = {s["key"]: s["id"] for s in config.get("secrets") or []}
    port_ids = {p["internal"]: p["id"] for p in config.get("ports") or []}
    # A volume kept by name keeps what the form does not show (its node storage, the storage seeding it).
    kept_volumes = {v["name"]: v for v in config.get("volumes") or []}
    volumes = []
    for _, row in _rows(sent, "volumes"):
        kept = kept_volumes.get(row["name"], {})
        volumes.append({**{k: kept[k] for k in ("id", "class", "storageId") if kept.get(k) is not None},
                        "name": row["name"], "path": row["path"], "size": row["size"] or None,
                        "type": row["type"] or "rwo"})
    ports = []
    for _, row in _rows(sent, "ports"):
        port: dict[str, Any] = {"internal": _number(row["internal"])}
        if row["external"]:
            port["external"] = _number(row["external"])
        if port["internal"] in port_ids:
            port["id"] = port_ids[port["internal"]]
        ports.append(port)
    routing = {"domain": values["routing-domain"] or None, "path": values["routing-path"] or None,
               "stripPath": values["routing-stripPath"] == "true",
               "uploadLimit": values["routing-uploadLimit"] or None}
    result: dict[str, Any] = {
        "name": values["name"] or None,
        "environment": _key_values(sent, "environment", config.get("environment") or []),
        "secrets": [{"key": row["key"], "required": row["required"] == "true",
                     **({"id": secret_ids[row["key"]]} if row["key"] in secret_ids else {})}
                    for _, row in _rows(sent, "secrets")],
        "ports": ports,
        "volumes": volumes,
        "commands": [{"key": line} for _, line in _lines(sent, "commands")],
        "args": [{"key": line} for _, line in _lines(sent, "args")],
        "restartPolicy": values["restartPolicy"] or "unlessStopped",
        "expose": values["expose"] or "none",
        "routing": routing if any(v for k, v in routing.items() if k != "stripPath") or routing["stripPath"]
        else None}
    labels = _key_values(sent, "labels", [])
    if labels:  # dyrector's service labels; the API says why a Proxmox container has none
        result["labels"] = {"service": labels}
    answer: dict[str, Any] = {"config": result}
    if values["tag"] != image["tag"]:
        answer["tag"] = values["tag"]
    return answer


def _place(sent: Posted, parts: list[str]) -> tuple[str, str]:
    """The form control for an API field below `config.`, and what to say before the API's message."""
    head = parts[0]
    index = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
    if head in LINES and index is not None and index < len(sent.lines.get(head, [])):
        return head, f"line {sent.lines[head][index]}: "
    if head in ROWS and index is not None and index < len(sent.rows.get(head, [])):
        column = parts[2] if len(parts) > 2 and parts[2] in ROWS[head] else ROWS[head][0]
        return f"{head}-{sent.rows[head][index]}-{column}", ""
    if head == "routing":
        return f"routing-{parts[1] if len(parts) > 1 else 'domain'}", ""
    if head == "portRanges":
        return "ports", "port ranges: "
    return head, ""


def errors_of(failure: ApiFailure, sent: Posted) -> dict[str, str]:
    """The API's field names as the form's controls; what the form has no control for keeps the API's name."""
    errors: dict[str, str] = {}
    for name, message in failure.fields.items():
        parts = name.split(".")
        if parts[0] == "config" and len(parts) > 1:
            key, before = _place(sent, parts[1:])
        else:
            key, before = name, ""
        errors[key] = "; ".join(filter(None, (errors.get(key), before + (message or failure.message))))
    return errors


def row_values(row: Mapping[str, str], prefix: str) -> dict[str, str]:
    """A row's values under its controls' names (`ports-1-internal`), as the field macros look them up."""
    return {f"{prefix}-{column}": value for column, value in row.items()}


def controls(values: Mapping[str, Any]) -> set[str]:
    """Every control of the form: the API errors on them show beside them, the others above the form."""
    names = {*SCALARS, *LINES, *ROWS}
    for name, columns in ROWS.items():
        names |= {f"{name}-{index}-{column}" for index in range(len(values[name])) for column in columns}
    return names
