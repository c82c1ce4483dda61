"""The service actions (deploy, power, delete): their vars, which are service_deploy.yml's and
service_power.yml's own (see each playbook's header), and what the end of each records on the service, its
build, its release and its guest. Each run locks the service: one action at a time."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from service.actions.catalogue import Action
from service.domains.databases.models import Database
from service.domains.dns.models import Route
from service.domains.nodes.actions import GuestCreateVars, GuestDestroyVars, GuestPowerVars, PlaybookVars
from service.domains.nodes.containers import ContainersStartVars
from service.domains.nodes.models import Guest, GuestStatus, IpLease
from service.domains.services.models import Build, BuildStatus, Release, Service, ServiceStatus
from service.tasks.models import Task, TaskState

RESOURCE = "service"
# The playbooks' contract: the app's variables and a git token only ever travel in these environment variables.
ENVIRONMENT_ENV = "CONTAINR_SERVICE_ENVIRONMENT"
GIT_TOKEN_ENV = "CONTAINR_GIT_TOKEN"
SERVICE_IMAGE_DEPLOY_TYPE = "serviceImageDeploy"


class ServiceDeployVars(GuestCreateVars):
    # A service's guest is a container at a static address, made on the first deploy and reused after.
    proxmox_guest_template: str
    proxmox_guest_ip: str
    containr_ssh_private_key_file: Path
    guest_base_apt_proxy: str | None = None
    service_name: str
    service_type: Literal["web", "worker", "cron"]
    service_repository: str
    service_branch: str
    service_commit: str | None = None
    service_root_directory: str | None = None
    service_builder: Literal["auto", "procfile"] = "auto"
    service_build_command: str | None = None
    service_start_command: str | None = None
    service_port: int | None = Field(default=None, ge=1, le=65535)
    service_health_check_path: str | None = None
    service_health_timeout: int | None = Field(default=None, ge=1)
    service_schedule: str | None = None  # systemd OnCalendar, made from the cron expression (schedule.py)
    service_keep_releases: int | None = Field(default=None, ge=2)
    service_pip_index_url: str | None = None
    service_npm_registry: str | None = None
    service_git_username: str | None = None


class BuildImageCa(BaseModel):
    host: str  # host[:port] of a registry the build pulls from or pushes to
    ca_bundle: str  # the PEM buildah trusts for it


class ServiceDockerfileBuildVars(GuestCreateVars):
    """build_image.yml's: build_prepare.yml's own (the build guest made or found, the repository checked out;
    the same fields as the workflows slice's BuildPrepareVars, tests/services/test_dockerfile_services_api.py
    holds them equal), then the Dockerfile built and pushed."""

    proxmox_guest_template: str
    proxmox_guest_ip: str
    containr_ssh_private_key_file: Path
    guest_base_apt_proxy: str | None = None
    build_id: str
    build_project_id: str
    build_images: list[dict[str, str]] = Field(default_factory=list)  # none: buildah pulls the FROM images itself
    build_repo_url: str = ""
    build_branch: str = ""
    build_commit: str = ""
    build_git_username: str = ""
    build_keep: list[str] = Field(default_factory=list)
    build_image_dockerfile: str
    build_image_context: str = ""
    build_image_reference: str
    build_image_cas: list[BuildImageCa] = Field(default_factory=list)


class ServicePowerVars(PlaybookVars):
    service_name: str
    service_type: Literal["web", "worker", "cron"]
    service_host: str
    service_state: Literal["started", "stopped", "restarted"]
    containr_ssh_private_key_file: Path


class ServiceDeleteVars(GuestDestroyVars):
    pass


def _reason(task: Task) -> str:
    return task.error_message or task.message or f"the run ended {task.state}"


def _container_kept(reason: str) -> bool:
    """Whether a failed image deploy left the container of the release before in place: deployment_start.yml
    names the failed step, and only reading the container and pulling the image come before its replacement."""
    return re.search(r"\binstance [a-z0-9-]+: (preparing|reading container|pulling) ", reason) is not None


async def links_digest(service: Service) -> str:
    """A digest of the linked databases' sealed passwords: it changes when one of them is rotated."""
    sealed = await Database.filter(id__in=service.links or []).order_by("id").values_list("id", "sealed_password")
    return hashlib.sha256(repr([(str(i), s) for i, s in sealed]).encode()).hexdigest()


async def _service(task: Task) -> tuple[Service | None, Guest | None]:
    service = await Service.get_or_none(id=task.resource_id)
    guest = await service.guest if service is not None and service.guest_id else None
    return service, guest


async def deployed(task: Task) -> None:
    service, guest = await _service(task)
    build = await Build.get_or_none(task_id=task.id)
    if build is not None:
        # A Dockerfile service's build started with its build run; its deploy run ends it.
        build.started_at = build.started_at or task.started_at
        build.finished_at = task.finished_at or datetime.now(UTC)
    if service is None:
        if build is not None:
            build.status = BuildStatus.CANCELLED if task.state == TaskState.STOPPED else BuildStatus.FAILED
            await build.save()
        return
    result = task.result or {}
    if task.state == TaskState.SUCCESS:
        release = await Release.create(
            service=service, build=build, image=build.image if build is not None else "",
            # A built image's deploy returns no commit: its build found it.
            commit_sha=str(result.get("commitSha") or (build.commit_sha if build is not None else "") or ""),
            commit_message=str(result.get("commitMessage") or (build.commit_message if build else "") or ""),
            author=str(result.get("author") or (build.author if build is not None else "") or ""),
            links_digest=await links_digest(service))
        service.current_release_id = release.id
        service.status, service.status_message = ServiceStatus.RUNNING, ""
        service.host = str(result.get("host") or service.host or "") or None
        service.port = int(result.get("port") or 0) or service.port
        service.stack = str(result.get("stack") or "") or service.stack
        if build is not None:
            build.status, build.error = BuildStatus.SUCCESS, None
            build.commit_sha, build.commit_message, build.author = release.commit_sha, release.commit_message, \
                release.author
        if guest is not None:
            guest.status, guest.status_message = GuestStatus.RUNNING, ""
            await guest.save()
    else:
        reason = _reason(task)
        if build is not None:
            build.status = BuildStatus.CANCELLED if task.state == TaskState.STOPPED else BuildStatus.FAILED
            build.error = reason
        if task.type == SERVICE_IMAGE_DEPLOY_TYPE and service.current_release_id is not None \
                and not _container_kept(reason):
            # The container was made from the new image (at the same vmid) and did not come up.
            service.status = ServiceStatus.FAILED
            service.status_message = f"The deploy failed after its container was replaced: {reason}; roll back " \
                                     f"to a release before (POST /api/v1/services/{service.id}/rollback)"
        elif service.current_release_id is not None:
            # The release that served before still serves: the playbook switched back to it or never left it.
            service.status = ServiceStatus.RUNNING
            service.status_message = f"The last build failed: {reason}"
        else:
            service.status, service.status_message = ServiceStatus.FAILED, reason
            if guest is not None:
                guest.status, guest.status_message = GuestStatus.ERROR, reason
                await guest.save()
    if build is not None:
        await build.save()
    # Only what the run decides: a change of the service's fields made while it ran stays.
    await service.save(update_fields=["current_release_id", "status", "status_message", "host", "port", "stack",
                                      "updated_at"])


async def _powered(task: Task) -> None:
    service, _ = await _service(task)
    if service is None:
        return
    status = (task.result or {}).get("status")
    if task.state == TaskState.SUCCESS and status in ("running", "stopped"):
        service.status = ServiceStatus.RUNNING if status == "running" else ServiceStatus.STOPPED
        service.status_message = ""
    else:
        service.status_message = _reason(task)
    await service.save(update_fields=["status", "status_message", "updated_at"])


async def _deleted(task: Task) -> None:
    service, guest = await _service(task)
    if service is None:
        return
    if task.state == TaskState.SUCCESS:
        if guest is not None:
            await IpLease.filter(guest=guest).delete()
            await guest.delete()
        # Its names go with it (the delete route's hooks took them off the edge; a project's deletion leaves the
        # edge's records to its next apply).
        await Route.filter(resource_type=RESOURCE, resource_id=str(service.id)).delete()
        await service.delete()
        return
    service.status, service.status_message = ServiceStatus.FAILED, f"Delete failed: {_reason(task)}"
    await service.save(update_fields=["status", "status_message", "updated_at"])


async def _dockerfile_built(task: Task) -> None:
    from service.domains.services import dockerfile_building  # it starts SERVICE_IMAGE_DEPLOY, declared here

    await dockerfile_building.built(task)


SERVICE_DEPLOY = Action(name="service.deploy", task_type="serviceDeploy", playbook="service_deploy",
                        vars_model=ServiceDeployVars, resource_type=RESOURCE, timeout=3600, on_finish=deployed)
SERVICE_POWER = Action(name="service.power", task_type="servicePower", playbook="service_power",
                       vars_model=ServicePowerVars, resource_type=RESOURCE, timeout=600, on_finish=_powered)
# An image service runs as an OCI application container: deployment_start.yml makes and replaces it, PVE powers it.
SERVICE_IMAGE_DEPLOY = Action(name="service.imageDeploy", task_type=SERVICE_IMAGE_DEPLOY_TYPE,
                              playbook="deployment_start", vars_model=ContainersStartVars, resource_type=RESOURCE,
                              timeout=3600, on_finish=deployed)
SERVICE_IMAGE_POWER = Action(name="service.imagePower", task_type="serviceImagePower", playbook="guest_power",
                             vars_model=GuestPowerVars, resource_type=RESOURCE, timeout=600, on_finish=_powered)
SERVICE_DELETE = Action(name="service.delete", task_type="serviceDelete", playbook="guest_destroy",
                        vars_model=ServiceDeleteVars, resource_type=RESOURCE, timeout=900, on_finish=_deleted)
# A Dockerfile service's build: build_image.yml in the project's build guest builds and pushes its image; the end
# of a successful one starts SERVICE_IMAGE_DEPLOY of that image (dockerfile_building.built).
SERVICE_DOCKERFILE_BUILD = Action(name="service.dockerfileBuild", task_type="serviceDockerfileBuild",
                                  playbook="build_image", vars_model=ServiceDockerfileBuildVars,
                                  resource_type=RESOURCE, timeout=3600, on_finish=_dockerfile_built)
