"""Making a service: every check first, then the record (`building`, its webhook secret sealed), its guest's vmid
and address (a container from a template for git, an application container for an image), and the first deploy's
build and run; when any step is refused, nothing of it stays recorded."""

from __future__ import annotations

from dataclasses import dataclass, field
from secrets import token_urlsafe
from uuid import UUID, uuid4

from service.auth.models import User
from service.core.compensate import undo_on_failure
from service.core.errors import Conflict, taken_on_duplicate
from service.domains.nodes import guests
from service.domains.nodes.models import Node
from service.domains.projects.models import Environment, Project
from service.domains.services import checks, deploying, dockerfile_source, image_source
from service.domains.services.actions import RESOURCE
from service.domains.services.events import SERVICE_ADDONS, SERVICE_GONE
from service.domains.services.models import (
    Build,
    BuilderType,
    BuildTrigger,
    Service,
    ServiceStatus,
    ServiceType,
    SourceType,
)
from service.domains.services.secrets import ServiceSecrets
from service.tasks import TaskEngine
from service.tasks.models import Task


@dataclass(frozen=True)
class Spec:
    """What a new service is: its fields validated by the API schema, checked against the records here."""

    name: str
    type: ServiceType
    repository: str = ""
    source_type: SourceType = SourceType.GIT
    image: str = ""
    registry_id: UUID | None = None
    branch: str = "main"
    root_directory: str = ""
    dockerfile: str | None = None  # sent: a dockerfile service's path (default Dockerfile); refused for the others
    git_provider_id: UUID | None = None
    builder_type: BuilderType = BuilderType.AUTO
    build_command: str = ""
    start_command: str = ""
    variables: dict[str, str] = field(default_factory=dict)
    cores: int = 1
    memory_mb: int = 512
    disk_gb: int = 8
    port: int | None = None
    health_check_path: str | None = None
    health_check_timeout: int | None = None
    schedule: str | None = None
    links: list[UUID] = field(default_factory=list)
    addons: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Created:
    service: Service
    build: Build
    task: Task
    webhook_secret: str  # the only time it is in the clear outside the service's box


def hostname(service: Service) -> str:
    return f"svc-{service.name}-{service.id.hex[:8]}"


async def _check(secrets: ServiceSecrets, project: Project, environment: Environment,
                 spec: Spec) -> tuple[list[str], UUID | None]:
    checks.runtime(spec.type, port=spec.port, health_check_path=spec.health_check_path, schedule=spec.schedule,
                   health_check_timeout=spec.health_check_timeout)
    if spec.source_type == SourceType.IMAGE:
        image_source.check_image(service_type=spec.type, image=spec.image, port=spec.port,
                                 sent={"repository": spec.repository, "root_directory": spec.root_directory,
                                       "git_provider_id": spec.git_provider_id},
                                 build_command=spec.build_command, start_command=spec.start_command)
        await image_source.registry_of(spec.registry_id, project.team_id)
        dockerfile_source.check_not_dockerfile(spec.dockerfile)
    elif spec.source_type == SourceType.DOCKERFILE:
        dockerfile_source.check_dockerfile(service_type=spec.type, repository=spec.repository, image=spec.image,
                                           registry_id=spec.registry_id, port=spec.port,
                                           build_command=spec.build_command, start_command=spec.start_command)
        await dockerfile_source.push_registry(spec.registry_id, project.team_id)  # type: ignore[arg-type]
    else:
        dockerfile_source.check_not_dockerfile(spec.dockerfile)
        image_source.check_git(repository=spec.repository, image=spec.image or None, registry_id=spec.registry_id)
    links = await checks.links(environment.id, spec.links)
    provider_id = await checks.provider(spec.git_provider_id, project.team_id)
    if await Service.exists(environment=environment, name=spec.name):
        raise Conflict(f"Environment {environment.name} already has a service named {spec.name!r}", code="taken",
                       details={"field": "name"})
    if spec.addons and secrets.hooks is not None:  # the slice that gives an addon refuses one it cannot give now
        await secrets.hooks.fire(SERVICE_ADDONS, addons=list(spec.addons), service=None)
    return links, provider_id


async def create(engine: TaskEngine, secrets: ServiceSecrets, *, project: Project, environment: Environment,
                 node: Node, spec: Spec, user: User | None) -> Created:
    """Check, record, allocate the guest and start the first deploy; or nothing recorded (the guest's vmid and
    address given back, the build gone) and the refusal raised."""
    links, provider_id = await _check(secrets, project, environment, spec)
    webhook_secret = token_urlsafe(32)
    service_id = uuid4()
    with taken_on_duplicate(f"Environment {environment.name} already has a service named {spec.name!r}",
                            field="name"):  # a concurrent twin won the name
        service = await Service.create(
            id=service_id, project=project, environment=environment, name=spec.name, type=spec.type,
            status=ServiceStatus.BUILDING, source_type=spec.source_type, repository=spec.repository,
            image=spec.image, registry_id=spec.registry_id,
            dockerfile=spec.dockerfile or dockerfile_source.DEFAULT_DOCKERFILE
            if spec.source_type == SourceType.DOCKERFILE else "",
            branch=spec.branch, root_directory=spec.root_directory, git_provider_id=provider_id,
            builder_type=spec.builder_type, build_command=spec.build_command, start_command=spec.start_command,
            sealed_variables=secrets.seal_variables(spec.variables), port=spec.port,
            health_check_path=spec.health_check_path or "/", health_check_timeout=spec.health_check_timeout or 60,
            schedule=spec.schedule or "", links=links, addons=list(spec.addons),
            cores=spec.cores, memory_mb=spec.memory_mb, disk_gb=spec.disk_gb, node=node,
            sealed_webhook_secret=secrets.own.seal(webhook_secret), created_by=user)
    allocation: guests.Allocation | None = None

    async def forget() -> None:
        await Service.filter(id=service.id).delete()  # its builds go with it
        if allocation is not None:
            await allocation.release()
        if spec.addons and secrets.hooks is not None:  # what a deploy that did not start made for an addon
            await secrets.hooks.fire(SERVICE_GONE, service=service, user=user)

    async with undo_on_failure(forget):
        allocation = await guests.allocate_guest(
            secrets.settings, secrets.nodes, node, hostname=hostname(service), resource_type=RESOURCE,
            resource_id=str(service.id), cores=spec.cores, memory_mb=spec.memory_mb, disk_gb=spec.disk_gb,
            project_id=project.id, environment_id=environment.id, static_only=True)
        service.guest = allocation.guest
        service.host = allocation.guest.ip
        await service.save(update_fields=["guest_id", "host", "updated_at"])
        started = await deploying.deploy(engine, secrets, service, trigger=BuildTrigger.CREATE, user=user)
    return Created(service=service, build=started.build, task=started.task, webhook_secret=webhook_secret)
