"""The deployment actions: start (deployment_start.yml) and remove (deployment_remove.yml), their vars (the
playbooks' own, see each header) and what the end of each records on the deployment, its instances, their guests
and the deployment it replaced. Each run locks its deployment."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from service.actions.catalogue import Action
from service.domains.deployments import finishing
from service.domains.nodes.actions import PlaybookVars

RESOURCE = "deployment"
# The playbooks' contract: the instances' environments (variables and secret values) and the registries'
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


class DeploymentStartVars(PlaybookVars):
    deployment_id: str
    deployment_prefix: str
    deployment_node: str
    deployment_template_storage: str | None = None
    deployment_rootfs_storage: str | None = None
    deployment_bridge: str | None = None
    deployment_gateway: str | None = None
    deployment_instances: list[InstanceVars]
    deployment_remove: list[RemovedContainer] = []


class DeploymentRemoveVars(PlaybookVars):
    deployment_node: str
    deployment_remove: list[RemovedContainer]


DEPLOYMENT_START = Action(name="deployment.start", task_type="deploymentStart", playbook="deployment_start",
                          vars_model=DeploymentStartVars, resource_type=RESOURCE, timeout=3600,
                          on_finish=finishing.started)
DEPLOYMENT_REMOVE = Action(name="deployment.remove", task_type="deploymentRemove", playbook="deployment_remove",
                           vars_model=DeploymentRemoveVars, resource_type=RESOURCE, timeout=1800,
                           on_finish=finishing.removed)
ACTIONS = (DEPLOYMENT_START, DEPLOYMENT_REMOVE)
