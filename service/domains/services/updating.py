"""Changing a service: its source, build settings, variables, port, health check, schedule, links or addons are
recorded and a redeploy starts; when the redeploy cannot start (busy, refused), the record is as it was.
Its name and type never change, and its guest is not resized (yet)."""

from __future__ import annotations

from typing import Any

from service.auth.models import User
from service.core.compensate import undo_on_failure
from service.core.errors import Conflict, Invalid
from service.domains.services import checks, deploying, dockerfile_source, image_source
from service.domains.services.events import SERVICE_ADDONS
from service.domains.services.models import BuilderType, BuildTrigger, Service, ServiceStatus, SourceType
from service.domains.services.schemas import BuildConfigUpdate, ServiceUpdate, SourceUpdate
from service.domains.services.secrets import ServiceSecrets
from service.tasks import TaskEngine


def _unchangeable(service: Service, body: ServiceUpdate) -> None:
    if body.name is not None and body.name != service.name:
        raise Invalid(f"A service's name cannot change (its guest, unit and URL carry it): create a service named "
                      f"{body.name!r} instead", details={"field": "name"})
    if body.type is not None and body.type != service.type:
        raise Invalid(f"A service's type cannot change: create a {body.type} service instead",
                      details={"field": "type"})
    sizes = body.resources
    if sizes is not None and (sizes.cores, sizes.memory_mb, sizes.disk_gb) != (service.cores, service.memory_mb,
                                                                                service.disk_gb):
        raise Invalid("Resizing a service's guest is not supported yet: its cores, memory and disk stay as created "
                      "(delete and create the service anew to change them)", code="not_supported",
                      details={"field": "resources"})


async def _team_id(service: Service) -> Any:
    project = await service.project if service.project_id else None
    if project is None:
        raise Conflict(f"Service {service.name} is being deleted with its project", code="service_deleting")
    return project.team_id


async def _image_source(service: Service, source: SourceUpdate) -> dict[str, Any]:
    sent = source.model_fields_set
    for name, field in (*image_source.GIT_ONLY.items(), ("branch", "source.branch")):
        if name in sent:
            raise Invalid(f"Service {service.name} runs an image: it has no {field}", details={"field": field})
    wanted: dict[str, Any] = {"image": source.image}
    if "registry_id" in sent:
        registry = await image_source.registry_of(source.registry_id, await _team_id(service))
        wanted["registry_id"] = registry.id if registry is not None else None
    return {key: value for key, value in wanted.items() if value is not None or key == "registry_id"}


async def _dockerfile_source(service: Service, source: SourceUpdate) -> dict[str, Any]:
    """A Dockerfile service's own fields: another Dockerfile path, another of the team's registries to push to
    (never none: its image has to go somewhere); the image is the one it builds."""
    if source.image is not None:
        raise Invalid(f"Service {service.name} runs the image its Dockerfile builds: leave source.image out",
                      details={"field": "source.image"})
    wanted: dict[str, Any] = {"dockerfile": source.dockerfile}
    if "registry_id" in source.model_fields_set:
        if source.registry_id is None:
            raise Invalid(f"Service {service.name} pushes its image to a registry: name one of the team's",
                          details={"field": "source.registryId"})
        wanted["registry_id"] = (await dockerfile_source.push_registry(source.registry_id,
                                                                       await _team_id(service))).id
    return wanted


async def _source(service: Service, source: SourceUpdate | None) -> dict[str, Any]:
    if source is None:
        return {}
    if source.type is not None and source.type != service.source_type:
        raise Invalid(f"A service's source type cannot change: create a service from {source.type} instead",
                      details={"field": "source.type"})
    if service.source_type == SourceType.IMAGE:
        dockerfile_source.check_not_dockerfile(source.dockerfile)
        return await _image_source(service, source)
    wanted: dict[str, Any] = {"repository": source.repository, "branch": source.branch,
                              "root_directory": source.root_directory}
    if service.source_type == SourceType.DOCKERFILE:
        wanted.update(await _dockerfile_source(service, source))
    else:
        dockerfile_source.check_not_dockerfile(source.dockerfile)
        for value, field in ((source.image, "source.image"), (source.registry_id, "source.registryId")):
            if value is not None:
                raise Invalid(f"{field} is an image service's; service {service.name} is built from git",
                              details={"field": field})
    if "git_provider_id" in source.model_fields_set:
        wanted["git_provider_id"] = await checks.provider(source.git_provider_id, await _team_id(service))
    return {key: value for key, value in wanted.items() if value is not None or key == "git_provider_id"}


def _variables(secrets: ServiceSecrets, service: Service, sent: dict[str, str | None]) -> dict[str, str]:
    """The variables a change asks for: a name sent with null keeps its value, a name left out goes."""
    current = secrets.open_variables(service.sealed_variables)
    kept = [name for name, value in sent.items() if value is None and name not in current]
    if kept:
        raise Invalid(f"Variable {kept[0]} has no value to keep: send one", details={"field": "buildConfig."
                                                                                          "environmentVariables"})
    return {name: current[name] if value is None else value for name, value in sent.items()}


def _build(secrets: ServiceSecrets, service: Service, config: BuildConfigUpdate | None) -> dict[str, Any]:
    if config is None:
        return {}
    if service.source_type != SourceType.GIT:
        if config.build_command:
            raise Invalid("An image service builds nothing: its image is built already"
                          if service.source_type == SourceType.IMAGE else
                          "A dockerfile service is built by its Dockerfile: leave buildConfig.buildCommand out",
                          details={"field": "buildConfig.buildCommand"})
        if config.start_command is not None:
            image_source.entrypoint(config.start_command)
    wanted: dict[str, Any] = {"build_command": config.build_command, "start_command": config.start_command}
    if config.builder_type is not None:
        wanted["builder_type"] = BuilderType(config.builder_type)
    if config.environment_variables is not None:
        variables = _variables(secrets, service, config.environment_variables)
        if variables != secrets.open_variables(service.sealed_variables):
            wanted["sealed_variables"] = secrets.seal_variables(variables)
    return {key: value for key, value in wanted.items() if value is not None or key == "sealed_variables"}


async def changes(secrets: ServiceSecrets, service: Service, body: ServiceUpdate) -> dict[str, Any]:
    """The fields that change, by model attribute, each checked; refusals name the field sent."""
    _unchangeable(service, body)
    checks.runtime(service.type, port=body.port, health_check_path=body.health_check_path,
                   health_check_timeout=body.health_check_timeout,
                   schedule=body.schedule if body.schedule is not None else service.schedule)
    wanted: dict[str, Any] = {**await _source(service, body.source), **_build(secrets, service, body.build_config),
                              "port": body.port, "health_check_path": body.health_check_path,
                              "health_check_timeout": body.health_check_timeout,
                              "schedule": body.schedule}
    if body.links is not None:
        wanted["links"] = await checks.links(service.environment_id, body.links)
    if body.addons is not None and body.addons != list(service.addons or []):
        if body.addons and secrets.hooks is not None:  # the slice that gives an addon refuses one it cannot give
            await secrets.hooks.fire(SERVICE_ADDONS, addons=list(body.addons), service=service)
        wanted["addons"] = list(body.addons)
    wanted = {key: value for key, value in wanted.items()
              if value is not None or key in ("git_provider_id", "registry_id", "sealed_variables")}
    return {key: value for key, value in wanted.items() if getattr(service, key) != value}


async def update(engine: TaskEngine, secrets: ServiceSecrets, service: Service, body: ServiceUpdate, *,
                 user: User | None) -> deploying.Deploy | None:
    """Record the changes and start the redeploy; None (nothing recorded, nothing started) when nothing changes."""
    changed = await changes(secrets, service, body)
    if not changed:
        return None
    if service.status == ServiceStatus.DELETING:
        raise Conflict(f"Service {service.name} is being deleted", code="service_deleting")
    await deploying.check_idle(service)
    before = {key: getattr(service, key) for key in changed}

    async def restore() -> None:
        for key, value in before.items():
            setattr(service, key, value)
        await service.save(update_fields=[*before, "updated_at"])

    for key, value in changed.items():
        setattr(service, key, value)
    async with undo_on_failure(restore):
        await service.save(update_fields=[*changed, "updated_at"])
        return await deploying.deploy(engine, secrets, service, trigger=BuildTrigger.REDEPLOY, user=user)
