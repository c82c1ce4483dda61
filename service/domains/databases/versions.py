"""Which server versions a node's template can run: the roles' own table of what each Debian release provides
(roles/<type>/vars/main.yml), read once, so the API and the playbooks never disagree."""

from __future__ import annotations

import re
from functools import cache

import yaml

from service.config import REPO_ROOT
from service.core.errors import Invalid
from service.domains.databases.models import DatabaseType
from service.domains.nodes.models import Node

DEFAULT_PORTS = {DatabaseType.POSTGRESQL: 5432, DatabaseType.MYSQL: 3306, DatabaseType.REDIS: 6379}
# What a client calls each type in a URL.
URL_SCHEMES = {DatabaseType.POSTGRESQL: "postgresql", DatabaseType.MYSQL: "mysql", DatabaseType.REDIS: "redis"}
_DEBIAN_TEMPLATE = re.compile(r"debian-(\d+)-")


@cache
def debian_versions(database_type: DatabaseType) -> dict[str, list[str]]:
    """Debian major release -> the versions of this server it provides."""
    path = REPO_ROOT / "roles" / database_type.value / "vars" / "main.yml"
    table = yaml.safe_load(path.read_text())[f"_{database_type.value}_debian_versions"]
    return {str(release): [str(v) for v in versions] for release, versions in table.items()}


def debian_release(node: Node) -> str | None:
    """The Debian major release of the node's container template, from its name (debian-12-standard_...)."""
    found = _DEBIAN_TEMPLATE.search(str((node.defaults or {}).get("template") or ""))
    return found.group(1) if found else None


def available(node: Node, database_type: DatabaseType) -> list[str]:
    release = debian_release(node)
    table = debian_versions(database_type)
    if release is not None:
        return table.get(release, [])
    return sorted({v for versions in table.values() for v in versions})


def check_version(node: Node, database_type: DatabaseType, version: str) -> None:
    """422 naming `version` when the node's template cannot run it; the answer lists what it can."""
    choices = available(node, database_type)
    if not choices:
        raise Invalid(f"The template of node {node.name} is not a Debian release that provides {database_type.value}",
                      code="unsupported_template", details={"field": "nodeId"})
    if version and version not in choices:
        raise Invalid(f"{database_type.value} {version} is not available on node {node.name}; it has "
                      f"{', '.join(choices)}", code="unsupported_version",
                      details={"field": "version", "available": choices})
