"""The vendored PVE API schema: matching a request path to its schema node and checking parameters the way
PVE's JSONSchema.pm does. A simulator of release 8.4 (the default) checks against both PVE 8.4 and 9.1 (a request
passes only if both would accept it: the project's playbooks must run on either); one of release 9.1 checks
against 9.1 alone, so 9.1's additions (OCI images: oci-registry-pull, query-oci-repo-tags, a container's
`entrypoint` and `env`) are there and 8.4 answers for them as it answers for any unknown path."""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .errors import not_implemented, param_error
from .formats import FormatError, check_named

DATA = Path(__file__).parent / "data" / "apidata-subset.json.gz"
VERSIONS = ("9.1", "8.4")
# The schemas a request must satisfy on a simulator of each release.
RELEASES = {"8.4": VERSIONS, "9.1": ("9.1",)}
DEFAULT_RELEASE = "8.4"

# How many of each indexed option (`net[n]`) PVE defines (pve-container, qemu-server constants).
INDEX_LIMITS = {"net": 32, "mp": 256, "unused": 256, "dev": 256, "ide": 4, "sata": 6, "scsi": 31, "virtio": 16,
                "ipconfig": 32, "serial": 4, "parallel": 3, "usb": 14, "hostpci": 16, "numa": 8,
                "virtiofs": 10, "audio": 1}

_INTEGER = re.compile(r"[+-]?\d+")
_NUMBER = re.compile(r"[+-]?(?:\d+\.\d+|\d+\.|\.\d+|\d+)(?:[eE][+-]?\d+)?")
# Perl's stringified qr// (`(?^:...)`, a group with default flags) as the schema dumps some patterns.
_PERL_GROUP = re.compile(r"\(\?\^:")


@dataclass(frozen=True)
class Endpoint:
    template: str  # the schema path, e.g. /nodes/{node}/lxc/{vmid}
    path_params: dict[str, str]


@cache
def load() -> dict[str, dict[str, dict]]:
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        return json.load(fh)["versions"]


@cache
def _templates() -> list[tuple[re.Pattern[str], str]]:
    paths = set()
    for version in VERSIONS:
        paths |= set(load()[version])
    out = []
    for template in sorted(paths):
        regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
        # A volume id holds a slash (local:vztmpl/x.tar.zst) and PVE takes it unescaped as the path's last part,
        # as proxmoxer sends it (community.proxmox.proxmox_template deletes templates so).
        regex = re.sub(r"\(\?P<volume>\[\^/\]\+\)$", "(?P<volume>.+)", regex)
        out.append((re.compile(regex), template))
    return out


def versions(release: str) -> tuple[str, ...]:
    """The schema versions a request must satisfy on a simulator of `release`."""
    if release not in RELEASES:
        raise ValueError(f"unknown PVE release '{release}' (simulated: {', '.join(RELEASES)})")
    return RELEASES[release]


def match(method: str, path: str, *, release: str = DEFAULT_RELEASE) -> Endpoint:
    """The schema node for `path` (relative to /api2/json) or PVE's 501 for an unknown one."""
    path = path.rstrip("/") or "/"
    for regex, template in _templates():
        found = regex.fullmatch(path)
        if found and all(method in load()[v].get(template, {}) for v in versions(release)):
            return Endpoint(template, found.groupdict())
    raise not_implemented(method, path)


def method_schema(template: str, method: str, version: str = VERSIONS[0]) -> dict:
    return load()[version][template][method]


def _property(properties: dict, key: str) -> dict | None:
    if key in properties:
        return properties[key]
    indexed = re.fullmatch(r"([a-z]+)(\d+)", key)
    if indexed:
        prefix, index = indexed.group(1), int(indexed.group(2))
        schema = properties.get(f"{prefix}[n]")
        if schema is not None and index < INDEX_LIMITS.get(prefix, 32):
            return schema
    return None


def check_value(value: Any, schema: dict, path: str, errors: dict[str, str]) -> None:
    """check_prop for one scalar value (all HTTP parameters are strings, or lists for repeated keys)."""
    if schema.get("alias"):
        return
    kind = schema.get("type", "string")
    if isinstance(value, list):
        if kind == "array":
            return
        errors[path] = f"type check ('{kind}') failed - got ARRAY"
        return
    value = str(value)
    if kind == "boolean" and value not in ("0", "1"):
        errors[path] = f"type check ('boolean') failed - got '{value}'"
        return
    if kind == "integer" and not _INTEGER.fullmatch(value):
        errors[path] = f"type check ('integer') failed - got '{value}'"
        return
    if kind == "number" and not _NUMBER.fullmatch(value):
        errors[path] = f"type check ('number') failed - got '{value}'"
        return
    fmt = schema.get("format")
    if isinstance(fmt, dict):
        try:
            parse_property_string(fmt, value, path)
        except FormatError as exc:
            errors[path] = f"invalid format - {str(exc).rstrip(chr(10))}\n"
            return
    elif isinstance(fmt, str):
        try:
            check_named(fmt, value)
        except FormatError as exc:
            errors[path] = f"invalid format - {exc}\n"
            return
    if "pattern" in schema and not re.fullmatch(_PERL_GROUP.sub("(?:", schema["pattern"]), value):
        errors[path] = "value does not match the regex pattern"
        return
    if "maxLength" in schema and len(value) > int(schema["maxLength"]):
        errors[path] = f"value may only be {schema['maxLength']} characters long"
        return
    if "minLength" in schema and len(value) < int(schema["minLength"]):
        errors[path] = f"value must be at least {schema['minLength']} characters long"
        return
    if _NUMBER.fullmatch(value):
        if "maximum" in schema and float(value) > float(schema["maximum"]):
            errors[path] = f"value must have a maximum value of {schema['maximum']}"
            return
        if "minimum" in schema and float(value) < float(schema["minimum"]):
            errors[path] = f"value must have a minimum value of {schema['minimum']}"
            return
    if "enum" in schema and value not in [str(e) for e in schema["enum"]]:
        errors[path] = f"value '{value}' does not have a value in the enumeration '{', '.join(schema['enum'])}'"


def parse_property_string(fmt: dict, data: str, path: str) -> dict[str, str]:
    """parse_property_string: `key=value,...` with an optional default key; raises FormatError."""
    result: dict[str, str] = {}
    default_key = None
    for part in data.split(","):
        if not part.strip():
            continue
        if "=" in part and re.fullmatch(r"[^=]+=.+", part):
            key, value = part.split("=", 1)
            schema = fmt.get(key)
            if schema and schema.get("alias"):
                key = schema["alias"]
                schema = fmt.get(key)
            if key in result:
                raise FormatError(f"duplicate key in comma-separated list property: {key}")
            if schema is None:
                raise FormatError(f"invalid key in comma-separated list property: {key}")
            result[key] = value
        elif "=" not in part:
            if default_key:
                raise FormatError(f"duplicate key in comma-separated list property: {default_key}")
            default_key = next((k for k, s in fmt.items() if s.get("default_key")), None)
            if default_key is None:
                raise FormatError("value without key, but schema does not define a default key")
            result[default_key] = part
        else:
            raise FormatError("missing key in comma-separated list property")
    errors: dict[str, str] = {}
    for key, schema in fmt.items():
        if key not in result and not schema.get("optional") and not schema.get("alias"):
            errors[f"{path}.{key}"] = "property is missing and it is not optional"
    for key, value in result.items():
        check_value(value, fmt[key], f"{path}.{key}", errors)
    if errors:
        detail = "".join(f"{k}: {v.rstrip(chr(10))}\n" for k, v in sorted(errors.items()))
        raise FormatError("format error\n" + detail)
    return result


def normalize(params: dict[str, Any], properties: dict) -> dict[str, Any]:
    """RESTHandler's legacy normalization: repeated keys of a `-list` string are joined with commas."""
    out = dict(params)
    for key, value in params.items():
        schema = _property(properties, key)
        if schema and isinstance(value, list) and schema.get("type", "string") == "string" \
                and str(schema.get("format", "")).endswith("-list"):
            out[key] = ",".join(value)
    return out


def validate(template: str, method: str, params: dict[str, Any], *,
             release: str = DEFAULT_RELEASE) -> dict[str, Any]:
    """Checks `params` (path parameters included) against the release's versions; PVE's 400 on the first
    failure."""
    normalized = params
    for version in versions(release):
        spec = load()[version][template][method].get("parameters", {})
        properties = spec.get("properties", {})
        normalized = normalize(params, properties)
        errors: dict[str, str] = {}
        for key, schema in properties.items():
            if "[n]" in key:
                continue
            if key not in normalized and not schema.get("optional"):
                errors[key] = "property is missing and it is not optional"
        for key, value in normalized.items():
            schema = _property(properties, key)
            if schema is None:
                if not spec.get("additionalProperties"):
                    errors[key] = "property is not defined in schema and the schema does not allow " \
                                  "additional properties"
                continue
            check_value(value, schema, key, errors)
        if errors:
            raise param_error(errors)
    return normalized
