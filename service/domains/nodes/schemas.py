"""Shapes of Proxmox VE nodes, their defaults, their guest containers and their audit (dyrector's nodes)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
from uuid import UUID

from pydantic import AnyHttpUrl, Field, StringConstraints, field_validator

from service.core.schemas import ApiModel, RequestModel

NodeName = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,62}$")]
# PVE's own formats: pve-node, pve-storage-id, a bridge interface name, a volume id (storage:path).
PveNodeName = Annotated[str, StringConstraints(pattern=r"^[a-zA-Z0-9]([a-zA-Z0-9.-]{0,61}[a-zA-Z0-9])?$")]
StorageId = Annotated[str, StringConstraints(pattern=r"^[a-zA-Z][a-zA-Z0-9._-]{0,62}$")]
BridgeName = Annotated[str, StringConstraints(pattern=r"^[a-zA-Z][a-zA-Z0-9._-]{0,14}$")]
VolumeId = Annotated[str, StringConstraints(pattern=r"^[a-zA-Z][a-zA-Z0-9._-]*:[a-zA-Z0-9][a-zA-Z0-9._/-]{0,254}$")]
TokenId = Annotated[str, StringConstraints(
    pattern=r"^[A-Za-z0-9._-]+@[A-Za-z0-9._-]+![A-Za-z][A-Za-z0-9._-]{0,63}$")]
TokenSecret = Annotated[str, StringConstraints(min_length=1, max_length=256, pattern=r"^\S+$")]
Fingerprint = Annotated[str, StringConstraints(pattern=r"^([0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$")]
Address = Annotated[str, StringConstraints(max_length=64)]


def check_api_url(value: str) -> str:
    """https://host[:port][/] (PVE's API lives at /api2/json under it); answered without a trailing slash."""
    parts = urlsplit(value.strip())
    if parts.scheme != "https":
        raise ValueError("must be an https:// URL such as https://pve.example.com:8006")
    if not parts.hostname:
        raise ValueError("has no host name")
    try:
        port = parts.port
    except ValueError as exc:
        raise ValueError("has an invalid port") from exc
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError("must name only the host and port, e.g. https://pve.example.com:8006")
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return f"https://{host}:{port or 8006}"


class NetworkDefaults(RequestModel):
    mode: Literal["static", "dhcp"] = "dhcp"
    cidr: Address | None = Field(default=None, description="The guests' network, e.g. 10.213.0.0/24")
    gateway: Address | None = None
    range_start: Address | None = Field(default=None, description="First address handed to guests")
    range_end: Address | None = Field(default=None, description="Last address handed to guests")


class NodeDefaults(RequestModel):
    node: PveNodeName | None = Field(default=None, description="The PVE node guests go to (default: the first)")
    storage: StorageId = "local-lvm"
    template_storage: StorageId = "local"
    backup_storage: StorageId = Field(default="local", description="Where vzdump archives of guests go")
    template: VolumeId | None = Field(default=None, description="e.g. local:vztmpl/debian-12-standard_12.7-1_amd64"
                                                                 ".tar.zst")
    bridge: BridgeName = "vmbr0"
    network: NetworkDefaults = Field(default_factory=NetworkDefaults)
    apt_proxy: AnyHttpUrl | None = Field(default=None, description="An apt proxy the guests use")
    pip_index_url: AnyHttpUrl | None = Field(default=None, description="The package index pip uses in services' "
                                             "guests (unset: PyPI)")
    npm_registry: AnyHttpUrl | None = Field(default=None, description="The registry npm uses in services' guests "
                                            "(unset: npm's own)")
    vmid_start: int = Field(default=1000, ge=100, le=999_999_000, description="The first vmid Containr hands out")


class NodeCreate(RequestModel):
    name: NodeName
    team_id: UUID
    description: Annotated[str, Field(max_length=2000)] = ""
    api_url: str = Field(description="https://host:8006")
    token_id: TokenId = Field(description="user@realm!tokenname, e.g. root@pam!containr")
    token_secret: TokenSecret = Field(description="Write-only: never shown again")
    verify_tls: bool = True
    fingerprint: Fingerprint | None = Field(default=None, description="The certificate's SHA-256 fingerprint as PVE "
                                            "shows it, kept for operators; TLS trust follows verifyTls")
    defaults: NodeDefaults = Field(default_factory=NodeDefaults)

    @field_validator("api_url")
    @classmethod
    def _api_url(cls, value: str) -> str:
        return check_api_url(value)


class NodeUpdate(RequestModel):
    """Any of the fields; a change of the connection (URL, token, TLS) checks the node again."""

    name: NodeName | None = None
    description: Annotated[str, Field(max_length=2000)] | None = None
    api_url: str | None = None
    token_id: TokenId | None = None
    token_secret: TokenSecret | None = None
    verify_tls: bool | None = None
    fingerprint: Fingerprint | None = None
    defaults: NodeDefaults | None = None

    @field_validator("api_url")
    @classmethod
    def _api_url(cls, value: str | None) -> str | None:
        return None if value is None else check_api_url(value)


class NodeOut(ApiModel):
    id: UUID
    team_id: UUID
    type: Literal["proxmox"] = "proxmox"
    name: str
    description: str
    api_url: str
    token_id: str
    has_token: bool = True
    verify_tls: bool
    fingerprint: str | None
    defaults: dict[str, Any]
    status: Literal["checking", "online", "error"]
    status_message: str
    pve_version: str | None
    nodes: list[dict[str, Any]] = Field(description="The cluster's nodes as the last check found them")
    storages: list[dict[str, Any]] = Field(description="The storages as the last check found them")
    template_found: bool | None = None
    in_use: bool = Field(description="Containr's guests live on it")
    last_checked_at: datetime | None
    created_at: datetime
    updated_at: datetime


class NodeAccepted(NodeOut):
    task_id: int | None = Field(description="The node.check run, when one was started")


class GuestUpdateRequest(RequestModel):
    mode: Literal["box", "apps"] = Field(default="box", description="box: every OS package (apt-get upgrade); "
                                         "apps: the database servers only, within their major version")


class ContainerId(ApiModel):
    prefix: str = Field(description="The PVE node it runs on")
    name: str


class ContainerOut(ApiModel):
    """A guest on the node, as PVE reports it now; `managed` ones are Containr's and take actions."""

    id: ContainerId
    name: str
    vmid: int
    node: str
    kind: Literal["lxc", "qemu"]
    state: str
    managed: bool
    guest_id: UUID | None
    resource_type: str | None
    resource_id: str | None
    ip: str | None
    tags: list[str]
    uptime: int | None
    cpus: float | None
    max_memory: int | None
    max_disk: int | None


class NodeAuditItem(ApiModel):
    created_at: datetime
    event: str = Field(description="task.<type> for a run, or the API action (nodes.update, ...)")
    data: dict[str, Any]
