"""An image's container configuration (seed 001's `config`), validated strictly: what Proxmox VE runs an OCI image
as is one LXC application container with its own address on the node's bridge, its environment, entrypoint and
command, user and mount points. What such a container cannot honour is refused (422) naming the field, with the
reason from CANNOT_HONOUR, the one list of them (API-MAP.md repeats it)."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from uuid import UUID, uuid4

from pydantic import Field, StringConstraints, ValidationInfo, field_validator

from service.core.schemas import RequestModel

# Field (as a client names it) -> why a Proxmox OCI container cannot have it. A seed field listed here is accepted
# only empty (null, false, [] or {}); a listed value (`field=value`) is refused, the field's other values taken.
CANNOT_HONOUR: dict[str, str] = {
    "tty": "a Proxmox application container runs its entrypoint without a terminal: no tty is allocated",
    "networks": "no Docker networks: a Proxmox container has one interface on the node's bridge",
    "networkMode=host": "a Proxmox container has its own network namespace and address: it cannot share the node's",
    "initContainers": "a Proxmox container runs one image: no init containers (run the step in the entrypoint)",
    "configContainer": "no container runtime runs a helper image: seed files from a storage (volumes.storageId)",
    "capabilities": "Proxmox runs application containers unprivileged with its own capability set",
    "storage": "name the storage on the volume it seeds (volumes.N.storageId)",
    "logConfig": "no Docker log drivers: a container's output goes to its console and the deployment's log",
    "dockerLabels": "no Docker daemon: a Proxmox container carries no labels",
    "labels": "Kubernetes labels: Containr deploys to Proxmox VE, not Kubernetes",
    "annotations": "Kubernetes annotations: Containr deploys to Proxmox VE, not Kubernetes",
    "useLoadBalancer": "Kubernetes load balancers: the node's edge routes to the container instead (routing)",
    "extraLBAnnotations": "Kubernetes load balancers: the node's edge routes to the container instead (routing)",
    "healthCheckConfig": "Kubernetes probes: a routed container is checked over HTTP at deploy by the edge",
    "customHeaders": "the edge (nginx) passes every request header on; it has no per-container header list",
    "proxyHeaders": "the edge (nginx) always sets the X-Forwarded-* headers; it cannot be switched on here",
    "resourceConfig.requests": "no scheduler reserves resources: give limits (cores and memory of the container)",
    "restartPolicy=onFailure": "Proxmox restarts no container by its exit code: use always or unlessStopped "
                               "(started with the node) or no",
    "deploymentStrategy=rolling": "one container per image: no replicas to roll; the new version's containers "
                                  "start before the old ones go (recreate)",
    "volumes.type=rwx": "a Proxmox mount point belongs to one container: no volume shared read-write",
    "volumes.type=mem": "Proxmox mount points are storage volumes: no tmpfs",
    "volumes.type=tmp": "Proxmox mount points are storage volumes: no tmpfs",
    "ports.external": "a Proxmox container has its own address on the node's bridge, and the node publishes no "
                      "port: leave external out, or equal to internal",
    "portRanges.external": "a Proxmox container has its own address on the node's bridge, and the node publishes no "
                           "port: leave external out, or equal to internal",
}

EnvKey = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,127}$")]
Hostname = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")]
PortNumber = Annotated[int, Field(ge=1, le=65535)]
Text = Annotated[str, Field(max_length=65536, pattern=r"^[^\x00]*$")]
Size = Annotated[str, StringConstraints(pattern=r"^[1-9][0-9]{0,5}(\.[0-9]{1,3})?(Ki|Mi|Gi|Ti|K|M|G|T)?$")]
Domain = Annotated[str, StringConstraints(
    max_length=253, pattern=r"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")]


def _refuse(key: str) -> None:
    raise ValueError(CANNOT_HONOUR[key])


def _empty(value: Any) -> bool:
    return value is None or value is False or value == [] or value == {}


class Item(RequestModel):
    id: UUID = Field(default_factory=uuid4)


class EnvVar(Item):
    key: EnvKey
    value: Text = ""


class SecretKey(Item):
    key: EnvKey
    required: bool = True
    value: Any = Field(default=None, exclude=True, description="Refused: a secret's value is given at deploy")

    @field_validator("value")
    @classmethod
    def _no_value(cls, value: Any) -> None:
        if value is not None:
            raise ValueError("a secret's value is never stored with the image: it is given at deploy")
        return None


class Port(Item):
    internal: PortNumber
    external: PortNumber | None = None

    @field_validator("external")
    @classmethod
    def _not_published(cls, value: int | None, info: ValidationInfo) -> int | None:
        if value is not None and value != info.data.get("internal"):
            _refuse("ports.external")
        return value


class PortSpan(RequestModel):
    from_: PortNumber = Field(alias="from")
    to: PortNumber

    @field_validator("to")
    @classmethod
    def _ordered(cls, value: int, info: ValidationInfo) -> int:
        if value < info.data.get("from_", 1):
            raise ValueError("must not be below from")
        return value


class PortRange(Item):
    internal: PortSpan
    external: PortSpan | None = None

    @field_validator("external")
    @classmethod
    def _not_published(cls, value: PortSpan | None, info: ValidationInfo) -> PortSpan | None:
        if value is not None and value != info.data.get("internal"):
            _refuse("portRanges.external")
        return value


class Volume(Item):
    name: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_.-]{0,62}$")]
    path: Annotated[str, StringConstraints(pattern=r"^/[A-Za-z0-9._/@+-]*[A-Za-z0-9._@+-]$", max_length=255)]
    size: Size | None = Field(default=None,
                              description="Of the mount point's volume (PVE rounds up to whole GiB); default 1Gi")
    type: Literal["ro", "rwo", "rwx", "mem", "tmp"] = "rwo"
    class_: Annotated[str, StringConstraints(pattern=r"^[a-zA-Z][a-zA-Z0-9_.-]{0,62}$")] | None = Field(
        default=None, alias="class", description="The node storage the volume goes on (default: the node's)")
    storage_id: UUID | None = Field(default=None, description="One of the team's storages, whose files seed it")

    @field_validator("type")
    @classmethod
    def _mountable(cls, value: str) -> str:
        if f"volumes.type={value}" in CANNOT_HONOUR:
            _refuse(f"volumes.type={value}")
        return value


class Arg(Item):
    key: Annotated[str, Field(min_length=1, max_length=4096, pattern=r"^[^\x00]*$")]


class Routing(RequestModel):
    domain: Domain | None = None
    path: Annotated[str, StringConstraints(pattern=r"^/[A-Za-z0-9._~!$&'()*+,;=:@%/-]{0,254}$")] | None = None
    strip_path: bool = False
    upload_limit: Annotated[str, StringConstraints(pattern=r"^[0-9]{1,6}[kKmMgG]?$")] | None = Field(
        default=None, description="nginx's client_max_body_size: 10m, 1g, 0 for none")


class Limits(RequestModel):
    cpu: Annotated[str, StringConstraints(pattern=r"^([0-9]{1,3}(\.[0-9]{1,3})?|[0-9]{1,6}m)$")] | None = None
    memory: Annotated[str, StringConstraints(pattern=r"^[1-9][0-9]{0,6}(Ki|Mi|Gi|K|M|G)?$")] | None = None


class ResourceConfig(RequestModel):
    limits: Limits | None = None
    requests: Any = None

    @field_validator("requests")
    @classmethod
    def _no_requests(cls, value: Any) -> None:
        if not _empty(value):
            _refuse("resourceConfig.requests")
        return None


# The model fields of the seed's fields a Proxmox container cannot honour (keys of CANNOT_HONOUR, in snake case).
_UNHONOURED_FIELDS = ("tty", "networks", "init_containers", "config_container", "capabilities", "storage",
                      "log_config", "docker_labels", "labels", "annotations", "use_load_balancer",
                      "extra_l_b_annotations", "health_check_config", "custom_headers", "proxy_headers")


class ImageConfig(RequestModel):
    """Every field is optional; PATCH merges the fields given over the stored ones."""

    name: Hostname | None = Field(default=None, description="The container's hostname; default the image's name")
    environment: Annotated[list[EnvVar], Field(max_length=500)] = []
    secrets: Annotated[list[SecretKey], Field(max_length=500)] = []
    ports: Annotated[list[Port], Field(max_length=100)] = []
    port_ranges: Annotated[list[PortRange], Field(max_length=20)] = []
    volumes: Annotated[list[Volume], Field(max_length=50)] = []
    commands: Annotated[list[Arg], Field(max_length=100)] = Field(default=[], description="The entrypoint's words")
    args: Annotated[list[Arg], Field(max_length=100)] = Field(default=[], description="The command's words")
    user: Annotated[int, Field(ge=0, le=4294967294)] | None = Field(default=None, description="A uid")
    expose: Literal["none", "expose", "exposeWithTls"] = "none"
    routing: Routing | None = None
    restart_policy: Literal["always", "no", "unlessStopped", "onFailure"] = "unlessStopped"
    network_mode: Literal["none", "host", "bridge"] = "bridge"
    deployment_strategy: Literal["recreate", "rolling", "unknown"] = "recreate"
    resource_config: ResourceConfig | None = None
    # The seed's fields a Proxmox container cannot honour: accepted empty only (CANNOT_HONOUR says why).
    tty: bool = False
    networks: Any = None
    init_containers: Any = None
    config_container: Any = None
    capabilities: Any = None
    storage: Any = None
    log_config: Any = None
    docker_labels: Any = None
    labels: Any = None
    annotations: Any = None
    use_load_balancer: Any = None
    extra_l_b_annotations: Any = Field(default=None, alias="extraLBAnnotations")
    health_check_config: Any = None
    custom_headers: Any = None
    proxy_headers: Any = None

    @field_validator(*_UNHONOURED_FIELDS)
    @classmethod
    def _unhonoured(cls, value: Any, info: ValidationInfo) -> Any:
        if not _empty(value):
            _refuse(cls.model_fields[info.field_name].alias or info.field_name)
        return value

    @field_validator("restart_policy", "network_mode", "deployment_strategy")
    @classmethod
    def _refused_value(cls, value: str, info: ValidationInfo) -> str:
        key = f"{cls.model_fields[info.field_name].alias}={value}"
        if key in CANNOT_HONOUR:
            _refuse(key)
        return value


def stored(config: ImageConfig) -> dict[str, Any]:
    """The JSON an image keeps: the honoured fields only (the others are empty by validation)."""
    return config.model_dump(mode="json", by_alias=True, exclude=set(_UNHONOURED_FIELDS) - {"tty"})

