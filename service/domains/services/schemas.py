"""Shapes of services (seed 000 `Service`, `CreateServiceRequest`, `UpdateServiceRequest`, in our conventions):
what a create and a change take, checked field by field before anything is recorded, and what is answered.
The service's variables are write-only: answers name them, never their values."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import AfterValidator, Field, StringConstraints

from service.core.schemas import ApiModel, RequestModel
from service.domains.git import urls

ServiceName = Annotated[str, StringConstraints(pattern=r"^[a-z]([a-z0-9-]{0,38}[a-z0-9])?$")]
TYPES = ("web", "worker", "cron")
VARIABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
MAX_VARIABLES = 200
DOCKERFILE_PATH = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*$")
# An image reference as the distribution spec writes one: [host[:port]/]path[:tag | @sha256:digest].
_COMPONENT = r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
IMAGE_REFERENCE = re.compile(rf"^(?:(?P<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::[0-9]+)?)/)?"
                             rf"(?P<path>{_COMPONENT}(?:/{_COMPONENT})*)"
                             r"(?::(?P<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@(?P<digest>sha256:[a-f0-9]{64}))?$")


def _type(value: str) -> str:
    if value == "database":
        raise ValueError("a database is its own resource: create it with POST /api/v1/databases and name its id "
                         "in the service's links")
    if value not in TYPES:
        raise ValueError(f"must be one of {', '.join(TYPES)}")
    return value


def _source_type(value: str) -> str:
    if value not in ("git", "image", "dockerfile"):
        raise ValueError("must be git, image or dockerfile")
    return value


def _dockerfile(value: str) -> str:
    # A path inside the build context only: no leading dash (never an option to buildah), no .. and no absolute path.
    if not DOCKERFILE_PATH.fullmatch(value) or any(part in (".", "..") for part in value.split("/")):
        raise ValueError("must be a relative path in the root directory (letters, digits and . _ / -; no .., no "
                         "leading / or -), such as Dockerfile or docker/web.Dockerfile")
    return value


def _image(value: str) -> str:
    if not IMAGE_REFERENCE.fullmatch(value):
        raise ValueError("is not an image reference: [host[:port]/]path[:tag] or ...@sha256:<digest>, the path in "
                         "lower case (for example nginx:1.27 or ghcr.io/acme/shop:2.1)")
    return value


def _repository(value: str) -> str:
    return urls.repository_url(value, provider_field="source.gitProviderId")


def _root_directory(value: str) -> str:
    parts = value.strip("/").split("/") if value.strip("/") else []
    if value.startswith("/") or any(p in ("", ".", "..") for p in parts) or not re.fullmatch(r"[A-Za-z0-9._/-]*",
                                                                                              value):
        raise ValueError("must be a relative folder of the repository (letters, digits and . _ / -; no ..)")
    return value.strip("/")


def _path(value: str) -> str:
    if not value.startswith("/") or any(c.isspace() for c in value):
        raise ValueError("must be a path starting with / and without spaces")
    return value


def _names(values: dict[str, str | None]) -> dict[str, str | None]:
    if len(values) > MAX_VARIABLES:
        raise ValueError(f"at most {MAX_VARIABLES} variables")
    wrong = [name for name in values if not VARIABLE_NAME.fullmatch(name)]
    if wrong:
        raise ValueError(f"{wrong[0][:64]!r} is not a variable name (letters, digits and _, not first a digit)")
    return values


Repository = Annotated[str, StringConstraints(max_length=1024), AfterValidator(_repository)]
Branch = Annotated[str, StringConstraints(min_length=1, max_length=255), AfterValidator(urls.branch_name)]
RootDirectory = Annotated[str, StringConstraints(max_length=255), AfterValidator(_root_directory)]
ImageReference = Annotated[str, StringConstraints(min_length=1, max_length=1024), AfterValidator(_image)]
DockerfilePath = Annotated[str, StringConstraints(min_length=1, max_length=255), AfterValidator(_dockerfile)]
HealthPath = Annotated[str, StringConstraints(max_length=255), AfterValidator(_path)]
HealthTimeout = Annotated[int, Field(ge=5, le=1800)]
Command = Annotated[str, StringConstraints(max_length=4096)]
Schedule = Annotated[str, StringConstraints(max_length=128)]
VariableValue = Annotated[str, StringConstraints(max_length=65536)]
Links = Annotated[list[UUID], Field(max_length=20, description="Ids of databases of the service's environment: "
                                                               "each gives the app its URL (DATABASE_URL alone)")]
Port = Annotated[int, Field(ge=1, le=65535)]
Addon = Literal["sendmail"]  # Cloudron's names; more come with the workloads that need them


def _addons(values: list[str]) -> list[str]:
    return sorted(set(values))  # a set: their order and a repeat mean nothing


Addons = Annotated[list[Addon], AfterValidator(_addons), Field(
    max_length=8, description="Cloudron's addons the platform gives the app. sendmail: its own submission account "
                              "on the instance's mail server, as MAIL_SMTP_SERVER, MAIL_SMTP_PORT, "
                              "MAIL_SMTP_USERNAME, MAIL_SMTP_PASSWORD, MAIL_FROM and MAIL_DOMAIN (mail must be set "
                              "up for a domain)")]


class SourceIn(RequestModel):
    type: Annotated[str, AfterValidator(_source_type)] = Field(
        default="git", description="git: built from a repository into its own guest; image: an OCI image run as a "
                                   "Proxmox VE 9.1 application container; dockerfile: the repository's Dockerfile "
                                   "built with buildah in the project's build guest, pushed to the team's registry "
                                   "(registryId) and run as an image")
    repository: Repository | None = Field(default=None, description="git and dockerfile: http(s):// or git:// URL, "
                                                                    "no credentials in it (required)")
    branch: Branch = "main"
    root_directory: RootDirectory = Field(default="", description="The app's folder in the repository")
    git_provider_id: UUID | None = Field(default=None, description="A git provider of the project's team, whose "
                                                                   "token clones a private repository")
    dockerfile: DockerfilePath | None = Field(
        default=None, description="dockerfile: the Dockerfile's path in rootDirectory, the build context (default "
                                  "Dockerfile)")
    image: ImageReference | None = Field(
        default=None, description="image (required): without registryId a full reference (docker.io when no host "
                                  "is named, tag latest when none is); with it, the image's name in that registry "
                                  "with its tag")
    registry_id: UUID | None = Field(default=None, description="image: a registry of the project's team whose "
                                                               "credentials pull the image; dockerfile (required): "
                                                               "the team's registry the built image is pushed to, as "
                                                               "<host>/<its prefix>/<service name>:<commit>")


def _builder(value: str) -> str:
    if value == "dockerfile":
        raise ValueError("a Dockerfile is a source, not a builder: send source.type dockerfile")
    if value == "image":
        raise ValueError("an image is a source, not a builder: send source.type image with source.image")
    if value not in ("auto", "procfile", "nixpacks"):
        raise ValueError("must be auto (nixpacks means the same) or procfile")
    return "auto" if value == "nixpacks" else value


Builder = Annotated[str, AfterValidator(_builder)]


class BuildConfigIn(RequestModel):
    builder_type: Builder = Field(default="auto", description="auto: the stack is detected (python, node, static; "
                                                              "nixpacks means the same); procfile: its web/worker "
                                                              "line")
    build_command: Command = ""
    start_command: Command = ""
    environment_variables: Annotated[dict[str, VariableValue], AfterValidator(_names)] = Field(
        default_factory=dict, description="The app's own variables: write-only, never shown again")


class Resources(RequestModel):
    cores: int = Field(default=1, ge=1, le=64)
    memory_mb: int = Field(default=512, ge=128, le=262144, description="Memory in MiB")
    disk_gb: int = Field(default=8, ge=2, le=4096, description="Root disk in GiB")


class ServiceCreate(RequestModel):
    name: ServiceName = Field(description="Lower-case letters, digits and dashes; unique in the environment")
    type: Annotated[str, AfterValidator(_type)] = Field(description="web, worker or cron", examples=["web"])
    environment_id: UUID | None = Field(default=None, description="Default: the project's default environment")
    node_id: UUID | None = Field(
        default=None, description="Default: the project's default node, else the team's only online node")
    source: SourceIn
    build_config: BuildConfigIn = Field(default_factory=BuildConfigIn)
    resources: Resources = Field(default_factory=Resources)
    port: Port | None = Field(default=None, description="web only: the port the app listens on (default: the "
                                                        "detected stack's)")
    health_check_path: HealthPath | None = Field(default=None, description="web only (default /)")
    health_check_timeout: HealthTimeout | None = Field(
        default=None, description="web only: seconds a new release has to answer its health check (default 60)")
    schedule: Schedule | None = Field(default=None, description="cron only, required there: five cron fields")
    links: Links = Field(default_factory=list)
    addons: Addons = Field(default_factory=list)


class SourceUpdate(RequestModel):
    type: Annotated[str, AfterValidator(_source_type)] | None = Field(default=None, description="Cannot change")
    repository: Repository | None = None
    branch: Branch | None = None
    root_directory: RootDirectory | None = None
    git_provider_id: UUID | None = Field(default=None, description="null (sent) removes the provider")
    image: ImageReference | None = Field(default=None, description="image: another image or tag (redeploys)")
    registry_id: UUID | None = Field(default=None, description="image: null (sent) pulls without a registry; "
                                                               "dockerfile: another of the team's registries")
    dockerfile: DockerfilePath | None = Field(default=None, description="dockerfile: another Dockerfile path")


class BuildConfigUpdate(RequestModel):
    builder_type: Builder | None = None
    build_command: Command | None = None
    start_command: Command | None = None
    environment_variables: Annotated[dict[str, VariableValue | None], AfterValidator(_names)] | None = Field(
        default=None, description="Replaces the variables: a name sent with null keeps its value, a name left out "
                                  "is removed")


class ServiceUpdate(RequestModel):
    name: str | None = Field(default=None, description="Cannot change")
    type: str | None = Field(default=None, description="Cannot change")
    source: SourceUpdate | None = None
    build_config: BuildConfigUpdate | None = None
    resources: Resources | None = Field(default=None, description="Resizing is not supported yet")
    port: Port | None = None
    health_check_path: HealthPath | None = None
    health_check_timeout: HealthTimeout | None = None
    schedule: Schedule | None = None
    links: Links | None = None
    addons: Addons | None = Field(default=None, description="Replaces the addons ([] removes them all)")


class SourceOut(ApiModel):
    type: Literal["git", "image", "dockerfile"]
    repository: str
    branch: str
    root_directory: str
    git_provider_id: UUID | None
    dockerfile: str = Field(description="dockerfile: the Dockerfile's path in rootDirectory (empty for the others)")
    image: str = Field(description="image: the reference as given (empty for git and dockerfile)")
    registry_id: UUID | None


class BuildConfigOut(ApiModel):
    builder_type: Literal["auto", "procfile"]
    build_command: str
    start_command: str
    environment_variables: dict[str, None] = Field(description="The names; values are write-only (null)")


class ResourcesOut(ApiModel):
    cores: int
    memory_mb: int
    disk_gb: int


class ReleaseRef(ApiModel):
    id: UUID
    commit_sha: str
    image: str = Field(description="An image service's: the full reference that went live")
    build_id: UUID | None
    deployed_at: datetime


class ServiceDomainOut(ApiModel):
    location: str
    domain: str
    fqdn: str
    url: str = Field(description="https://<fqdn>, served by the node's edge")


class ServiceOut(ApiModel):
    id: UUID
    project_id: UUID | None
    environment_id: UUID | None
    name: str
    type: Literal["web", "worker", "cron"]
    status: Literal["building", "deploying", "running", "stopped", "failed", "deleting"]
    status_message: str
    source: SourceOut
    build_config: BuildConfigOut
    resources: ResourcesOut
    port: int | None
    health_check_path: str
    health_check_timeout: int
    schedule: str
    links: list[UUID]
    addons: list[str] = Field(description="The addons it asked for (sendmail); their secrets are only in the "
                                          "app's environment")
    node_id: UUID
    vmid: int | None
    host: str | None
    url: str | None = Field(description="web: https://<its first name> when it has domains, else http://host:port "
                                        "once both are known")
    domains: list[ServiceDomainOut] = Field(default_factory=list,
                                            description="Its names on the instance's domains (PUT .../domains)")
    stack: str | None = Field(description="What the last build detected: python, node, static")
    current_release: ReleaseRef | None
    needs_redeploy: bool = Field(description="A linked database's password changed since the current release "
                                             "went live: a redeploy gives the app the new one")
    webhook_url: str = Field(description="Where a git host posts its push events (with the webhook secret)")
    task_id: int | None = Field(description="The last action's task")
    created_at: datetime
    updated_at: datetime


class ServiceAccepted(ServiceOut):
    task_id: int
    build_id: UUID
    webhook_secret: str = Field(description="Shown this once: the git host signs its push events with it")


class ServiceChanged(ServiceOut):
    build_id: UUID | None = Field(description="The redeploy's build (202); null when nothing changed (200)")


class ServiceDeleted(ApiModel):
    task_id: int = Field(description="The run that destroys the guest")


class ServiceLogs(ApiModel):
    lines: list[str]
    source: str = Field(description="Where in the guest they were read")
