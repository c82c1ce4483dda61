"""Starting a deployment: its instances' containers allocated on the node (vmid, static address) at the first
start, the playbook's vars from the merged configs, the environments and registry credentials in the run's
environment only, and the run itself, which replaces the project's deployment under the same prefix."""

from __future__ import annotations

import json
import math
import re
from typing import Any

from service.actions import catalogue
from service.auth.models import User
from service.config import Settings
from service.core.compensate import undo_on_failure
from service.core.errors import Conflict, Invalid
from service.core.secrets import SecretBox
from service.domains.deployments import eventlog, finishing, records, routes
from service.domains.deployments.actions import DEPLOYMENT_START, RESOURCE
from service.domains.deployments.models import SETTLED, Deployment, DeploymentStatus, Instance
from service.domains.nodes import guests, ipam
from service.domains.nodes.containers import (
    ENVIRONMENT_ENV,
    REGISTRY_AUTH_ENV,
    ContainersStartVars,
    HttpCheck,
    InstanceVars,
    RemovedContainer,
    VolumeVars,
    image_file,
    template_storage,
)
from service.domains.nodes.models import Guest, Node
from service.domains.nodes.registry import connection_env, link_task
from service.domains.registries import pulling
from service.domains.registries.models import Registry
from service.domains.versions.config import ImageConfig
from service.tasks import TaskEngine
from service.tasks.locks import resource_key
from service.tasks.models import Task

_UNITS = {"": 1, "K": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40}


def _bytes(size: str) -> float:
    number, unit = re.fullmatch(r"([0-9.]+)([A-Za-z]*)", size).groups()  # type: ignore[union-attr]
    return float(number) * _UNITS[unit]


def _cores(cpu: str | None) -> int:
    if not cpu:
        return 1
    value = float(cpu[:-1]) / 1000 if cpu.endswith("m") else float(cpu)
    return max(1, math.ceil(value))


def _hostname(deployment: Deployment, config: ImageConfig, image_name: str) -> str:
    """`<prefix>-<name>-<4 hex of the deployment>`: a new deployment runs next to the one it replaces."""
    name = config.name or re.sub(r"[^a-z0-9-]", "-", image_name.rsplit("/", 1)[-1].lower()).strip("-") or "app"
    return f"{deployment.prefix}-{name[:63 - len(deployment.prefix) - 6].strip('-')}-{deployment.id.hex[:4]}"


def _check_honourable(instance: Instance, config: ImageConfig) -> None:
    field = f"instances.{instance.id}.config"
    if config.user is not None:
        raise Invalid("Proxmox VE runs an OCI container as the image's own User; another uid is a raw LXC key that "
                      "only root@pam may set: build the image with that user", details={"field": f"{field}.user"})
    if config.args and not config.commands:
        raise Invalid("Proxmox VE keeps the image's Entrypoint and Cmd as one command line: give commands with "
                      "the args", details={"field": f"{field}.args"})


def _instance_vars(deployment: Deployment, instance: Instance, config: ImageConfig, registry: Registry,
                   guest: Guest, node: Node) -> InstanceVars:
    network = (node.defaults or {}).get("network") or {}
    reference = pulling.reference(registry, instance.image.name, instance.image.tag)
    limits = config.resource_config.limits if config.resource_config and config.resource_config.limits else None
    memory = max(16, math.ceil(_bytes(limits.memory) / 2**20)) if limits and limits.memory else 256
    routed = config.ports and (config.expose != "none" or config.routing is not None)
    return InstanceVars(
        id=str(instance.id), hostname=guest.hostname, vmid=guest.vmid,
        ip=f"{guest.ip}/{ipam.prefix_length(network)}", image=reference, image_file=image_file(reference),
        pull="host" if registry.sealed_token else "node", ca_bundle=registry.ca_bundle or None,
        cores=_cores(limits.cpu if limits else None), memory_mb=memory,
        entrypoint=[a.key for a in [*config.commands, *config.args]] or None,
        volumes=[VolumeVars(name=v.name, path=v.path, size_gb=max(1, math.ceil(_bytes(v.size or "1Gi") / 2**30)),
                            storage=v.class_, readonly=v.type == "ro") for v in config.volumes],
        onboot=config.restart_policy in ("always", "unlessStopped"),
        http_check=HttpCheck(port=config.ports[0].internal, path=(config.routing.path if config.routing and
                                                                  config.routing.path else "/"))
        if routed else None)


def _environment(deployment: Deployment, config: ImageConfig, secrets: dict[str, str]) -> dict[str, str]:
    env = {str(v["key"]): str(v.get("value") or "") for v in deployment.environment or []}
    env.update({v.key: v.value for v in config.environment})
    env.update({key: value for key, value in secrets.items() if key in {s.key for s in config.secrets}})
    return env


async def _allocate(settings: Settings, nodes_box: SecretBox, deployment: Deployment, node: Node,
                    instances: list[tuple[Instance, ImageConfig]], made: list[guests.Allocation]) -> None:
    for instance, config in instances:
        if instance.guest is not None:
            continue
        allocation = await guests.allocate_guest(
            settings, nodes_box, node, hostname=_hostname(deployment, config, instance.image.name),
            resource_type=RESOURCE, resource_id=str(deployment.id), project_id=deployment.project_id,
            static_only=True)
        made.append(allocation)
        instance.guest = allocation.guest
        await Instance.filter(id=instance.id).update(guest_id=allocation.guest.id)


async def start(engine: TaskEngine, settings: Settings, *, nodes_box: SecretBox, deployment: Deployment,
                user: User | None, only: list[Any] | None = None) -> Task:
    if deployment.status not in SETTLED:
        raise Conflict(f"Deployment {deployment.prefix} is {deployment.status.value}", code="busy")
    box = records.secrets_box(settings)
    instances = await Instance.filter(deployment=deployment).prefetch_related("image", "guest")
    instances.sort(key=lambda i: i.image.order)
    if only:
        unknown = {str(i) for i in only} - {str(i.id) for i in instances}
        if unknown:
            raise Invalid(f"No instance {sorted(unknown)[0]} in the deployment", details={"field": "instances"})
        instances = [i for i in instances if str(i.id) in {str(x) for x in only}]
    configs: list[tuple[Instance, ImageConfig]] = []
    for instance in instances:
        config = records.merged_config(instance.image, instance.config or {}, field=f"instances.{instance.id}.config")
        _check_honourable(instance, config)
        missing = records.missing_secrets(box, instance)
        if missing:
            raise Invalid(f"Instance {config.name or instance.image.name} needs a value for {', '.join(missing)}",
                          code="missing_secrets",
                          details={"field": f"instances.{instance.id}.secrets", "keys": missing})
        configs.append((instance, config))
    node = await deployment.node
    registries = {r.id: r for r in await Registry.filter(id__in={i.image.registry_id for i in instances})}
    replaced = await finishing.replaced_by(deployment)
    await routes.check(deployment, configs, replaced=replaced)
    removing = await Guest.filter(resource_type=RESOURCE, resource_id__in=[str(d.id) for d in replaced])
    made: list[guests.Allocation] = []

    async def release() -> None:
        for allocation in made:
            await Instance.filter(guest_id=allocation.guest.id).update(guest_id=None)
            await allocation.release()

    async with undo_on_failure(release):
        await _allocate(settings, nodes_box, deployment, node, configs, made)
        defaults = node.defaults or {}
        params = ContainersStartVars(
            deployment_id=str(deployment.id), deployment_prefix=deployment.prefix,
            deployment_node=configs[0][0].guest.pve_node if configs and configs[0][0].guest else "",
            deployment_template_storage=template_storage(str(defaults.get("template") or "")),
            deployment_rootfs_storage=defaults.get("storage"), deployment_bridge=defaults.get("bridge"),
            deployment_gateway=(defaults.get("network") or {}).get("gateway"),
            deployment_instances=[_instance_vars(deployment, i, c, registries[i.image.registry_id], i.guest, node)
                                  for i, c in configs if i.guest is not None],
            deployment_remove=[RemovedContainer(vmid=g.vmid, hostname=g.hostname) for g in removing])
        environment = {str(i.id): _environment(deployment, c, records.secret_values(box, i)) for i, c in configs}
        secrets = {**connection_env(node, nodes_box), ENVIRONMENT_ENV: json.dumps(environment),
                   REGISTRY_AUTH_ENV: json.dumps(await pulling.auth_file_with_default(settings,
                                                                                          list(registries.values())))}
        task = await catalogue.start(engine, settings, DEPLOYMENT_START, resource_id=str(deployment.id),
                                     params=params, user=user, secrets=secrets,
                                     locks=[resource_key(RESOURCE, str(d.id)) for d in replaced])
    await link_task(node, task)
    deployment.status, deployment.task_id = DeploymentStatus.IN_PROGRESS, task.id
    await deployment.save(update_fields=["status", "task_id", "updated_at"])
    await eventlog.status(deployment, task_id=task.id)
    return task
