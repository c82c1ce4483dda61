"""An image service's deploy: deployment_start.yml (role oci_container) runs its image as a Proxmox VE 9.1
application container at the guest's vmid and static address, with the app's environment (PORT for a web
service, as a git service gets it) and the registry's credentials in the run's environment only."""

from __future__ import annotations

import json

from service.auth.models import User
from service.domains.nodes import ipam
from service.domains.nodes.containers import (
    ENVIRONMENT_ENV,
    REGISTRY_AUTH_ENV,
    ContainersStartVars,
    HttpCheck,
    InstanceVars,
    image_file,
    template_storage,
)
from service.domains.nodes.models import Guest
from service.domains.nodes.registry import connection_env
from service.domains.registries import pulling
from service.domains.services import image_source
from service.domains.services.environment import app_environment
from service.domains.services.events import SERVICE_ENVIRONMENT
from service.domains.services.models import Service, ServiceType
from service.domains.services.secrets import ServiceSecrets

PREFIX = "svc"  # the containers' prefix in the playbook's terms (a service's hostname is svc-<name>-<id>)


async def reference(service: Service) -> str:
    """The full reference the service's image is pulled by now."""
    registry = await service.registry if service.registry_id else None
    return image_source.reference(service.image, registry)


async def deploy_vars(service: Service, guest: Guest, *, image: str) -> ContainersStartVars:
    node = await service.node
    registry = await service.registry if service.registry_id else None
    defaults = node.defaults or {}
    network = defaults.get("network") or {}
    web = service.type == ServiceType.WEB and service.port is not None
    instance = InstanceVars(
        id=str(service.id), hostname=guest.hostname, vmid=guest.vmid,
        ip=f"{guest.ip}/{ipam.prefix_length(network)}", image=image, image_file=image_file(image),
        pull="host" if registry is not None and registry.sealed_token else "node",
        ca_bundle=registry.ca_bundle or None if registry is not None else None,
        cores=service.cores, memory_mb=service.memory_mb, disk_gb=service.disk_gb,
        entrypoint=image_source.entrypoint(service.start_command), onboot=True,
        http_check=HttpCheck(port=service.port, path=service.health_check_path or "/") if web else None)
    return ContainersStartVars(
        deployment_id=str(service.id), deployment_prefix=PREFIX, deployment_node=guest.pve_node,
        deployment_template_storage=template_storage(str(defaults.get("template") or "")),
        deployment_rootfs_storage=defaults.get("storage"), deployment_bridge=defaults.get("bridge"),
        deployment_gateway=network.get("gateway"),
        deployment_check_seconds=service.health_check_timeout if web else None,
        deployment_instances=[instance])


async def deploy_env(secrets: ServiceSecrets, service: Service, *, user: User | None) -> dict[str, str]:
    """PVE's connection, the app's variables (its addons' included) and the registry's credentials."""
    app = await app_environment(service, secrets)
    if secrets.hooks is not None:
        await secrets.hooks.fire(SERVICE_ENVIRONMENT, service=service, env=app, user=user)
    if service.type == ServiceType.WEB and service.port is not None:
        app["PORT"] = str(service.port)
    registry = await service.registry if service.registry_id else None
    return {**connection_env(await service.node, secrets.nodes), ENVIRONMENT_ENV: json.dumps({str(service.id): app}),
            REGISTRY_AUTH_ENV: json.dumps(await pulling.auth_file_with_default(secrets.settings,
                                                                               [registry] if registry else []))}
