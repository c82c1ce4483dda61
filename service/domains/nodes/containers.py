"""OCI application containers on a Proxmox VE 9.1 node, as deployment_start.yml and deployment_remove.yml (role
oci_container) run them for the slices that deploy images (a deployment's instances, an image service): the
playbooks' vars, the environment variables their secrets travel in, and the template file an image is kept as."""

from __future__ import annotations

import hashlib
import re
from typing import Literal

from pydantic import BaseModel, Field

from service.domains.nodes.actions import PlaybookVars

# The playbooks' contract: each container's environment (variables and secret values) and the registries'
# credentials only ever travel in these environment variables.
ENVIRONMENT_ENV = "CONTAINR_DEPLOYMENT_ENV"
REGISTRY_AUTH_ENV = "CONTAINR_REGISTRY_AUTH"


class VolumeVars(PlaybookVars):
    name: str
    path: str
    size_gb: int = Field(ge=1)
    storage: str | None = None
    readonly: bool = False


class HttpCheck(BaseModel):
    port: int = Field(ge=1, le=65535)
    path: str = "/"


class InstanceVars(PlaybookVars):
    id: str
    hostname: str
    vmid: int = Field(ge=100)
    ip: str
    image: str
    image_file: str = Field(pattern=r"^[A-Za-z0-9_][A-Za-z0-9_.-]*\.tar$")
    pull: Literal["node", "host"]
    ca_bundle: str | None = None
    cores: int = Field(default=1, ge=1, le=128)
    memory_mb: int = Field(default=256, ge=16)
    disk_gb: int = Field(default=2, ge=1)
    entrypoint: list[str] | None = None
    volumes: list[VolumeVars] = []
    onboot: bool = True
    http_check: HttpCheck | None = None


class RemovedContainer(BaseModel):
    vmid: int = Field(ge=100)
    hostname: str


class ContainersStartVars(PlaybookVars):
    """deployment_start.yml's vars."""

    deployment_id: str
    deployment_prefix: str
    deployment_node: str
    deployment_template_storage: str | None = None
    deployment_rootfs_storage: str | None = None
    deployment_bridge: str | None = None
    deployment_gateway: str | None = None
    deployment_check_seconds: int | None = Field(default=None, ge=1)
    deployment_instances: list[InstanceVars]
    deployment_remove: list[RemovedContainer] = []


class ContainersRemoveVars(PlaybookVars):
    """deployment_remove.yml's vars."""

    deployment_node: str
    deployment_remove: list[RemovedContainer]


def image_file(reference: str) -> str:
    """The template file an image is kept as on the node: readable, and one per full reference."""
    path, _, tag = reference.rpartition(":") if "@" not in reference else reference.partition("@")
    stem = re.sub(r"[^A-Za-z0-9_.-]", "-", path.split("/", 1)[-1]).strip("-.")[:80]
    digest = hashlib.sha256(reference.encode()).hexdigest()[:10]
    return f"{stem}_{re.sub(r'[^A-Za-z0-9_.-]', '-', tag)[:40]}_{digest}.tar"


def template_storage(template: str) -> str | None:
    """The storage of a node's default template volid (`local:vztmpl/...`): where pulled images go too."""
    return template.split(":", 1)[0] if ":" in template else None
