"""A Dockerfile service's build: build_image.yml in the project's build guest on the service's node (made by the
first build, as the workflows slice's prepare run makes it) checks out the commit, builds the Dockerfile with
buildah and pushes the image to the service's registry; the end of that run starts the image deploy of what it
pushed (SERVICE_IMAGE_DEPLOY), on the same build row. A failed build leaves the running release alone."""

from __future__ import annotations

import json
import logging
from typing import Any

from starlette.datastructures import State

from service.actions import catalogue
from service.core import ssh_keys
from service.core.errors import ApiError
from service.domains.git import tokens as git_tokens
from service.domains.nodes import guests
from service.domains.nodes.actions import GUEST
from service.domains.nodes.containers import REGISTRY_AUTH_ENV
from service.domains.nodes.models import Guest, Node
from service.domains.nodes.registry import connection_env, link_task
from service.domains.registries import pulling
from service.domains.registries.models import Registry
from service.domains.services import dockerfile_source, image_deploying
from service.domains.services.actions import (
    GIT_TOKEN_ENV,
    SERVICE_DOCKERFILE_BUILD,
    SERVICE_IMAGE_DEPLOY,
    BuildImageCa,
    ServiceDockerfileBuildVars,
    deployed,
)
from service.domains.services.models import Build, Service
from service.domains.services.secrets import ServiceSecrets, secrets_of
from service.tasks import locks
from service.tasks.models import Task, TaskState

log = logging.getLogger(__name__)

# The project's build guest, as the workflows slice records it (service/domains/workflows/build_guest.py; a slice
# above this one, so its values are repeated here and a test holds the two equal): one per (project, node).
BUILD_GUEST_RESOURCE = "buildhost"
BUILD_GUEST_SIZE = {"cores": 2, "memory_mb": 2048, "disk_gb": 20}
# Runs whose build folders in the build guest are in use (their vars name build_project_id and build_id).
BUILD_TASK_TYPES = ("workflowBuildPrepare", "workflowBuildStep", SERVICE_DOCKERFILE_BUILD.task_type)

_state: list[State] = []


async def remember(state: State) -> None:
    """The app's state, for the finish hook that starts the deploy (engine, settings, secret boxes)."""
    _state[:] = [state]


def build_guest_hostname(project_id: Any) -> str:
    return f"build-{project_id.hex[:8]}"


async def build_guest(secrets: ServiceSecrets, service: Service) -> tuple[Guest, dict[str, Any], Any]:
    """The project's build guest on the service's node, found or allocated now; with the vars that make it and,
    when allocated here, its allocation (released when the run does not start)."""
    node: Node = await service.node
    guest = await Guest.get_or_none(node=node, resource_type=BUILD_GUEST_RESOURCE,
                                    resource_id=str(service.project_id))
    if guest is not None:
        return guest, guests.create_params(secrets.settings, node, guest, **BUILD_GUEST_SIZE), None
    made = await guests.allocate_guest(secrets.settings, secrets.nodes, node,
                                       hostname=build_guest_hostname(service.project_id),
                                       resource_type=BUILD_GUEST_RESOURCE, resource_id=str(service.project_id),
                                       project_id=service.project_id, static_only=True, **BUILD_GUEST_SIZE)
    return made.guest, made.params, made


def guest_lock(guest: Guest) -> str:
    """The build guest's run lock: its prepare runs (which may make it) take turns, ours among them."""
    return locks.resource_key(GUEST, str(guest.id))


async def _kept(project_id: str, build_id: str) -> list[str]:
    """The builds whose folders in the guest stay: this one and those of the project's runs under way."""
    active = await Task.filter(state__in=[TaskState.QUEUED, TaskState.RUNNING], type__in=BUILD_TASK_TYPES)
    kept = {build_id}
    for task in active:
        params = task.extra_vars or {}
        if str(params.get("build_project_id")) == project_id and params.get("build_id"):
            kept.add(str(params["build_id"]))
    return sorted(kept)


async def _team_registries(service: Service) -> list[Registry]:
    project = await service.project
    return await Registry.filter(team_id=project.team_id).order_by("created_at")


async def build_vars(secrets: ServiceSecrets, service: Service, *, guest: Guest, params: dict[str, Any],
                     build_id: str, commit: str | None, branch: str | None) -> ServiceDockerfileBuildVars:
    settings = secrets.settings
    node = await service.node
    defaults = node.defaults or {}
    registry = await service.registry
    provider = await service.git_provider if service.git_provider_id else None
    cas = {pulling.reference_host(r): r.ca_bundle for r in await _team_registries(service) if r.ca_bundle}
    return ServiceDockerfileBuildVars(
        **params, containr_ssh_private_key_file=ssh_keys.ensure_key(settings),
        guest_base_apt_proxy=str(defaults["apt_proxy"]).rstrip("/") if defaults.get("apt_proxy") else None,
        build_id=build_id, build_project_id=str(service.project_id), build_repo_url=service.repository,
        build_branch=branch or service.branch, build_commit=commit or "",
        build_git_username=git_tokens.git_username(provider) if provider is not None else "",
        build_keep=await _kept(str(service.project_id), build_id),
        build_image_dockerfile=service.dockerfile or dockerfile_source.DEFAULT_DOCKERFILE,
        build_image_context=service.root_directory,
        build_image_reference=dockerfile_source.repository_path(registry, service.name),
        build_image_cas=[BuildImageCa(host=host, ca_bundle=pem) for host, pem in sorted(cas.items())])


async def build_env(secrets: ServiceSecrets, service: Service) -> dict[str, str]:
    """PVE's connection, the repository's token (askpass only) and the team's registries' credentials: the push
    registry's, and those a FROM line may pull through."""
    env = {**connection_env(await service.node, secrets.nodes),
           REGISTRY_AUTH_ENV: json.dumps(await pulling.auth_file_with_default(
               secrets.settings, await _team_registries(service)))}
    if service.git_provider_id is not None:
        env[GIT_TOKEN_ENV] = await git_tokens.open_token(secrets.settings, service.git_provider_id)
    return env


def pushed_image(task: Task) -> str:
    """What the deploy pulls and its release records: the pushed repository at its tag, the commit built (which
    names the image as the run's digest does: a rebuild of a commit pushes the same tag again). "" when the run
    pushed nothing."""
    result = task.result or {}
    repository, commit = (task.extra_vars or {}).get("build_image_reference"), result.get("build_commit")
    if not result.get("build_image_pushed") or not repository or not commit:
        return ""
    return f"{repository}:{commit}"


async def built(task: Task) -> None:
    """The end of a build run: a failure is recorded as a deploy's (the release that serves goes on); a success
    records the image and commit on the build and starts the deploy of that image, which ends the build."""
    service = await Service.get_or_none(id=task.resource_id)
    build = await Build.get_or_none(task_id=task.id)
    result = task.result or {}
    image = pushed_image(task)
    if task.state == TaskState.SUCCESS and not image:
        # The run is recorded as what it was for the service: a build that gave nothing to deploy.
        task.state, task.error_message = TaskState.FAILED, "The build returned no pushed image"
    if task.state != TaskState.SUCCESS or service is None or build is None:
        await deployed(task)
        return
    build.image = image
    build.commit_sha = str(result.get("build_commit") or "") or build.commit_sha
    build.commit_message = str(result.get("build_commit_message") or "") or None
    build.author = str(result.get("build_commit_author") or "") or None
    build.started_at = build.started_at or task.started_at
    await build.save(update_fields=["image", "commit_sha", "commit_message", "author", "started_at"])
    try:
        deploy = await _start_deploy(service, build)
    except Exception as refused:
        # Recorded as the run's failure whatever went wrong (a service left `building` would wait for a deploy
        # that never comes): its image was pushed and not deployed, the release before still serves.
        if not isinstance(refused, ApiError | LookupError):
            log.exception("service %s: the deploy of %s did not start", service.name, image)
        task.state, task.error_message = TaskState.FAILED, f"The deploy of {image} did not start: {refused}"
        await deployed(task)
        return
    build.task_id = deploy.id
    await build.save(update_fields=["task_id"])
    service.task_id = deploy.id
    await service.save(update_fields=["task_id", "updated_at"])
    await link_task(await service.node, deploy)


async def _start_deploy(service: Service, build: Build) -> Task:
    """The image deploy, queued behind this build's run (which still holds the service's lock)."""
    if not _state:
        raise LookupError("no running app to start it")
    state = _state[0]
    secrets = secrets_of(state)
    guest = await service.guest if service.guest_id else None
    if guest is None or guest.ip is None:
        raise LookupError(f"service {service.name} has no guest with an address left")
    user = await build.created_by if build.created_by_id else None
    params = await image_deploying.deploy_vars(service, guest, image=build.image)
    env = await image_deploying.deploy_env(secrets, service, user=user)
    return await catalogue.start(state.engine, secrets.settings, SERVICE_IMAGE_DEPLOY, resource_id=str(service.id),
                                 params=params, user=user, secrets=env, queue=True,
                                 locks=[locks.resource_key(GUEST, str(guest.id))])

