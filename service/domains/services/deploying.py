"""Starting a service's runs: the busy check, a deploy (a build recorded `pending` and its run, with the app's
environment, its addons' variables included, and the git token in the run's environment only), power and delete.
A start that cannot run (busy, refused by the engine) leaves nothing of its own recorded."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from uuid import uuid4

from pydantic import BaseModel

from service.actions import catalogue
from service.auth.models import User
from service.core import ssh_keys
from service.core.compensate import undo_on_failure
from service.core.errors import Conflict, Invalid
from service.domains.git import tokens as git_tokens
from service.domains.nodes import guests
from service.domains.nodes.actions import GUEST, GuestPowerVars
from service.domains.nodes.models import Guest
from service.domains.nodes.registry import connection_env, link_task
from service.domains.services import dockerfile_building, image_deploying, schedule
from service.domains.services.actions import (
    ENVIRONMENT_ENV,
    GIT_TOKEN_ENV,
    RESOURCE,
    SERVICE_DELETE,
    SERVICE_DEPLOY,
    SERVICE_DOCKERFILE_BUILD,
    SERVICE_IMAGE_DEPLOY,
    SERVICE_IMAGE_POWER,
    SERVICE_POWER,
    ServiceDeleteVars,
    ServiceDeployVars,
    ServicePowerVars,
)
from service.domains.services.environment import app_environment
from service.domains.services.events import SERVICE_ENVIRONMENT, SERVICE_GONE
from service.domains.services.models import Build, BuildTrigger, Service, ServiceStatus, ServiceType, SourceType
from service.domains.services.secrets import ServiceSecrets
from service.tasks import TaskEngine, locks
from service.tasks.models import Task

POWER_STATES = {"start": "started", "stop": "stopped", "restart": "restarted"}


def _guest_keys(service: Service) -> list[str]:
    """The run lock a service action takes beside its own: its guest's, which a vzdump archive of it holds."""
    return [locks.resource_key(GUEST, str(service.guest_id))] if service.guest_id is not None else []


async def check_idle(service: Service) -> None:
    """409 while a run holds the service or its guest, in any process (see service/tasks/locks.py)."""
    busy = await locks.busy_with((RESOURCE, str(service.id)), also=_guest_keys(service))
    if busy is not None:
        raise Conflict(f"Service {service.name} is busy with task {busy}", code="busy", details={"taskId": busy})


async def _start(engine: TaskEngine, secrets: ServiceSecrets, service: Service, action: catalogue.Action,
                 params: BaseModel, *, user: User | None, secrets_env: dict[str, str],
                 locks: Sequence[str] = ()) -> Task:
    await check_idle(service)
    task = await catalogue.start(engine, secrets.settings, action, resource_id=str(service.id),
                                 params=params, user=user, secrets=secrets_env,
                                 locks=[*_guest_keys(service), *locks])
    service.task_id = task.id
    await service.save(update_fields=["task_id", "updated_at"])
    await link_task(await service.node, task)
    return task


async def _guest(service: Service) -> Guest:
    guest = await service.guest if service.guest_id else None
    if guest is None or guest.ip is None:
        raise Conflict(f"Service {service.name} has no guest with an address left; delete it and create it anew",
                       code="no_guest")
    return guest


async def deploy_vars(secrets: ServiceSecrets, service: Service, *, commit: str | None,
                      branch: str | None) -> ServiceDeployVars:
    settings = secrets.settings
    node, guest = await service.node, await _guest(service)
    defaults = node.defaults or {}
    params = guests.create_params(settings, node, guest, cores=service.cores, memory_mb=service.memory_mb,
                                  disk_gb=service.disk_gb)
    provider = await service.git_provider if service.git_provider_id else None
    return ServiceDeployVars(
        **params, containr_ssh_private_key_file=ssh_keys.ensure_key(settings),
        guest_base_apt_proxy=str(defaults["apt_proxy"]).rstrip("/") if defaults.get("apt_proxy") else None,
        service_name=service.name, service_type=service.type.value, service_repository=service.repository,
        service_branch=branch or service.branch, service_commit=commit or None,
        service_root_directory=service.root_directory or None, service_builder=service.builder_type.value,
        service_build_command=service.build_command or None, service_start_command=service.start_command or None,
        service_port=service.port if service.type == ServiceType.WEB else None,
        service_health_check_path=service.health_check_path if service.type == ServiceType.WEB else None,
        service_health_timeout=service.health_check_timeout if service.type == ServiceType.WEB else None,
        service_schedule=schedule.on_calendar(service.schedule) if service.type == ServiceType.CRON else None,
        service_keep_releases=settings.service_keep_releases,
        service_pip_index_url=defaults.get("pip_index_url") or None,
        service_npm_registry=defaults.get("npm_registry") or None,
        service_git_username=git_tokens.git_username(provider) if provider is not None else None)


async def deploy_env(secrets: ServiceSecrets, service: Service, *, user: User | None = None) -> dict[str, str]:
    """The run's environment: PVE's connection, the app's variables and the git token (the only ways out). The
    slices that give addons add theirs to the app's (or refuse the deploy: nothing is recorded yet)."""
    app = await app_environment(service, secrets)
    if secrets.hooks is not None:
        await secrets.hooks.fire(SERVICE_ENVIRONMENT, service=service, env=app, user=user)
    env = {**connection_env(await service.node, secrets.nodes), ENVIRONMENT_ENV: json.dumps(app)}
    if service.git_provider_id is not None:
        env[GIT_TOKEN_ENV] = await git_tokens.open_token(secrets.settings, service.git_provider_id)
    return env


@dataclass(frozen=True)
class Deploy:
    build: Build
    task: Task


@dataclass(frozen=True)
class _Run:
    action: catalogue.Action
    params: BaseModel
    env: dict[str, str]
    recorded: dict[str, Any]  # what its build records
    locks: Sequence[str] = ()
    allocation: Any = None  # a build guest allocated for it: released when the run does not start


async def _dockerfile_run(secrets: ServiceSecrets, service: Service, *, commit: str | None,
                          branch: str | None) -> _Run:
    """A Dockerfile service's build in the project's build guest; its end deploys what it pushed."""
    build_id = uuid4()
    guest, params, allocation = await dockerfile_building.build_guest(secrets, service)
    try:
        build_vars = await dockerfile_building.build_vars(secrets, service, guest=guest, params=params,
                                                          build_id=str(build_id), commit=commit, branch=branch)
        env = await dockerfile_building.build_env(secrets, service)
    except BaseException:
        if allocation is not None:
            await allocation.release()
        raise
    return _Run(SERVICE_DOCKERFILE_BUILD, build_vars, env,
                {"id": build_id, "branch": build_vars.build_branch, "commit_sha": commit or None},
                locks=[dockerfile_building.guest_lock(guest)], allocation=allocation)


async def _run_of(secrets: ServiceSecrets, service: Service, *, user: User | None, commit: str | None,
                  branch: str | None, image: str | None) -> _Run:
    """The deploy's action, vars, run environment and what its build records: a git service builds a commit of a
    branch in its guest; a Dockerfile service builds its image in the build guest (a rollback's `image` is
    deployed as it is); an image service runs an image (the one given, else its own) as its container."""
    if service.source_type == SourceType.DOCKERFILE and not image:
        return await _dockerfile_run(secrets, service, commit=commit, branch=branch)
    if service.source_type == SourceType.GIT:
        params = await deploy_vars(secrets, service, commit=commit, branch=branch)
        return _Run(SERVICE_DEPLOY, params, await deploy_env(secrets, service, user=user),
                    {"branch": params.service_branch, "commit_sha": commit or None})
    for value, field in ((commit, "commitSha"), (branch, "branch")):
        if value:
            raise Invalid(f"Service {service.name} runs an image, which has no commits or branches: send neither "
                          "to deploy its image again", details={"field": field})
    reference = image or await image_deploying.reference(service)
    image_vars = await image_deploying.deploy_vars(service, await _guest(service), image=reference)
    return _Run(SERVICE_IMAGE_DEPLOY, image_vars, await image_deploying.deploy_env(secrets, service, user=user),
                {"branch": "" if service.source_type == SourceType.IMAGE else service.branch, "image": reference})


async def deploy(engine: TaskEngine, secrets: ServiceSecrets, service: Service, *, trigger: BuildTrigger,
                 user: User | None, commit: str | None = None, branch: str | None = None,
                 image: str | None = None) -> Deploy:
    """Record a build `pending` and start its run: the commit given, else the head of `branch` (else the
    service's branch) when the run fetches it; an image service's image (`image`: a full reference to deploy
    instead, a rollback's)."""
    if service.status == ServiceStatus.DELETING:
        raise Conflict(f"Service {service.name} is being deleted", code="service_deleting")
    await check_idle(service)
    run = await _run_of(secrets, service, user=user, commit=commit, branch=branch, image=image)
    build = await Build.create(service=service, trigger=trigger, created_by=user, **run.recorded)
    before = (service.status, service.status_message)

    async def forget() -> None:
        await Build.filter(id=build.id).delete()
        if run.allocation is not None:
            await run.allocation.release()

    async with undo_on_failure(forget):
        service.status = ServiceStatus.DEPLOYING if service.current_release_id else ServiceStatus.BUILDING
        service.status_message = ""
        await service.save(update_fields=["status", "status_message", "updated_at"])
        try:
            task = await _start(engine, secrets, service, run.action, run.params, user=user, secrets_env=run.env,
                                locks=run.locks)
        except BaseException:
            service.status, service.status_message = before
            await service.save(update_fields=["status", "status_message", "updated_at"])
            raise
    build.task_id = task.id
    await build.save(update_fields=["task_id"])
    return Deploy(build, task)


async def power(engine: TaskEngine, secrets: ServiceSecrets, service: Service, *, action: str,
                user: User | None) -> Task:
    """Start, stop or restart the service's unit (a cron service's timer) in its guest; an image service's
    container."""
    if service.status not in (ServiceStatus.RUNNING, ServiceStatus.STOPPED) or service.current_release_id is None:
        raise Conflict(f"Service {service.name} is {service.status}; it has no release to {action}",
                       code=f"service_{service.status}")
    guest = await _guest(service)
    if service.source_type != SourceType.GIT:  # an application container: PVE starts and stops it
        return await _start(engine, secrets, service, SERVICE_IMAGE_POWER, GuestPowerVars(
            proxmox_guest_node=guest.pve_node, proxmox_guest_vmid=guest.vmid,
            guest_power_state=POWER_STATES[action]),  # type: ignore[arg-type]
            user=user, secrets_env=connection_env(await service.node, secrets.nodes))
    params = ServicePowerVars(service_name=service.name, service_type=service.type.value, service_host=str(guest.ip),
                              service_state=POWER_STATES[action],  # type: ignore[arg-type]
                              containr_ssh_private_key_file=ssh_keys.ensure_key(secrets.settings))
    return await _start(engine, secrets, service, SERVICE_POWER, params, user=user, secrets_env={})


async def delete(engine: TaskEngine, secrets: ServiceSecrets, service: Service, *, user: User | None) -> Task | None:
    """Destroy the guest and free its address; the record goes when that run succeeds (at once without a guest)."""
    guest = await service.guest if service.guest_id else None
    if guest is None:
        await check_idle(service)
        await service.delete()
        await _gone(secrets, service, user=user)
        return None
    params = ServiceDeleteVars(proxmox_guest_node=guest.pve_node, proxmox_guest_vmid=guest.vmid,
                               proxmox_guest_hostname=guest.hostname)
    before = (service.status, service.status_message)
    await check_idle(service)
    service.status, service.status_message = ServiceStatus.DELETING, ""
    await service.save(update_fields=["status", "status_message", "updated_at"])
    try:
        task = await _start(engine, secrets, service, SERVICE_DELETE, params, user=user,
                            secrets_env=connection_env(await service.node, secrets.nodes))
    except BaseException:
        service.status, service.status_message = before
        await service.save(update_fields=["status", "status_message", "updated_at"])
        raise
    await _gone(secrets, service, user=user)
    return task


async def _gone(secrets: ServiceSecrets, service: Service, *, user: User | None) -> None:
    """What the slices above keep for the service goes once its delete is under way (a failed delete run leaves
    the service `failed`: a later deploy asks for its addons again)."""
    if secrets.hooks is not None:
        await secrets.hooks.fire(SERVICE_GONE, service=service, user=user)
