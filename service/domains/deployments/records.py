"""Deployments as records: who sees and changes one, making one (an instance per image of the version), its
changes while it waits, copies, and the config and secrets an instance runs with."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from pydantic import ValidationError
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from service.auth.models import User
from service.config import Settings
from service.core.errors import Conflict, Invalid, NotFound, validation_details
from service.core.secrets import SecretBox
from service.domains.deployments.models import Deployment, DeploymentStatus, Instance
from service.domains.deployments.schemas import DeploymentCopy, DeploymentCreate, SecretValue, Variable
from service.domains.events import outbox
from service.domains.nodes.models import Node
from service.domains.projects import access as projects
from service.domains.projects.models import Project, ProjectRole
from service.domains.versions.config import ImageConfig, stored
from service.domains.versions.models import Image, Version

SECRETS_PURPOSE = "deployment-secrets"  # the SecretBox purpose instances' secret values are sealed under


def secrets_box(settings: Settings) -> SecretBox:
    return SecretBox(settings.resolved_secret_key(), purpose=SECRETS_PURPOSE, previous_keys=settings.previous_keys)


async def visible(deployment_id: UUID, user: User, *, at_least: ProjectRole) -> tuple[Deployment, Project]:
    """The deployment if the caller sees its project (else 404) with at least the role (else 403)."""
    deployment = await Deployment.get_or_none(id=deployment_id)
    if deployment is None:
        raise NotFound(f"No deployment {deployment_id}")
    try:
        project, _ = await projects.visible_project(deployment.project_id, user, at_least=at_least)
    except NotFound:
        raise NotFound(f"No deployment {deployment_id}") from None
    return deployment, project


async def instance_of(deployment: Deployment, instance_id: UUID) -> Instance:
    instance = await Instance.get_or_none(id=instance_id, deployment=deployment).prefetch_related("image", "guest")
    if instance is None:
        raise NotFound(f"No instance {instance_id} in deployment {deployment.prefix}")
    return instance


async def _node(project: Project, node_id: UUID) -> Node:
    node = await Node.get_or_none(id=node_id, team_id=project.team_id)
    if node is None:
        raise Invalid(f"No node {node_id} in the project's team", code="not_found", details={"field": "nodeId"})
    return node


async def check_prefix(*, node: Node, prefix: str, project: Project, version_id: UUID,
                       besides: UUID | None = None) -> None:
    """A prefix on a node belongs to one project; within it, a version is deployed there once (a new version
    deploys over the old one under the same prefix)."""
    holders = Deployment.filter(node=node, prefix=prefix)
    if besides is not None:
        holders = holders.exclude(id=besides)
    for holder in await holders:
        if holder.project_id != project.id or holder.version_id == version_id:
            raise Conflict(f"Prefix {prefix!r} is taken on node {node.name}", code="taken",
                           details={"field": "prefix"})


async def create(user: User, body: DeploymentCreate) -> Deployment:
    version = await Version.get_or_none(id=body.version_id)
    project = None
    if version is not None:
        try:
            project, _ = await projects.visible_project(version.project_id, user, at_least=ProjectRole.ADMIN)
        except NotFound:
            project = None
    if version is None or project is None:
        raise Invalid(f"No version {body.version_id}", code="not_found", details={"field": "versionId"})
    node = await _node(project, body.node_id)
    images = await Image.filter(version=version).order_by("order")
    if not images:
        raise Invalid(f"Version {version.name} has no images to deploy", code="empty",
                      details={"field": "versionId"})
    await check_prefix(node=node, prefix=body.prefix, project=project, version_id=version.id)
    async with in_transaction() as conn:
        deployment = await Deployment.create(project=project, version=version, node=node, prefix=body.prefix,
                                             note=body.note, created_by=user, updated_by=user, using_db=conn)
        for image in images:
            await Instance.create(deployment=deployment, image=image, using_db=conn)
        await created_event(deployment, project=project, version_name=version.name, connection=conn)
    return deployment


async def update(deployment: Deployment, project: Project, changes: dict[str, Any], user: User) -> Deployment:
    prefix = changes.get("prefix")
    if prefix is not None and prefix != deployment.prefix:
        if deployment.status is not DeploymentStatus.PREPARING:
            raise Conflict("The prefix changes only while the deployment is preparing", code="not_preparing",
                           details={"field": "prefix"})
        await check_prefix(node=await deployment.node, prefix=prefix, project=project,
                           version_id=deployment.version_id, besides=deployment.id)
        deployment.prefix = prefix
    if changes.get("note") is not None:
        deployment.note = changes["note"]
    if changes.get("environment") is not None:
        variables = [Variable.model_validate(v) for v in changes["environment"]]
        keys = [v.key for v in variables]
        for index, key in enumerate(keys):
            if key in keys[:index]:
                raise Invalid(f"Variable {key!r} is given twice", details={"field": f"environment.{index}.key"})
        deployment.environment = [v.model_dump(mode="json") for v in variables]
    deployment.updated_by = user
    await deployment.save()
    return deployment


async def copy(deployment: Deployment, project: Project, body: DeploymentCopy, user: User) -> Deployment:
    node = await _node(project, body.node_id)
    await check_prefix(node=node, prefix=body.prefix, project=project, version_id=deployment.version_id)
    async with in_transaction() as conn:
        made = await Deployment.create(project=project, version_id=deployment.version_id, node=node,
                                       prefix=body.prefix, environment=deployment.environment,
                                       note=deployment.note if body.note is None else body.note,
                                       created_by=user, updated_by=user, using_db=conn)
        for instance in await Instance.filter(deployment=deployment).using_db(conn):
            await Instance.create(deployment=made, image_id=instance.image_id, config=instance.config,
                                  sealed_secrets=instance.sealed_secrets, using_db=conn)
        version = await Version.get(id=deployment.version_id).using_db(conn)
        await created_event(made, project=project, version_name=version.name, connection=conn)
    return made


async def created_event(deployment: Deployment, *, project: Project, version_name: str,
                        connection: BaseDBAsyncClient) -> None:
    await outbox.record("deployment.created", team_id=project.team_id, kind="deployment",  # type: ignore[attr-defined]
                        resource_id=deployment.id, name=deployment.prefix, connection=connection,
                        data={"projectId": str(project.id), "project": project.name, "version": version_name,
                              "nodeId": str(deployment.node_id)})  # type: ignore[attr-defined]


def merged_config(image: Image, overrides: dict[str, Any], *, field: str = "config") -> ImageConfig:
    try:
        return ImageConfig.model_validate({**(image.config or {}), **overrides})
    except ValidationError as exc:
        details = [{**d, "field": f"{field}.{d['field']}"} for d in validation_details(list(exc.errors()))]
        raise Invalid(f"Invalid {details[0]['field']}: {details[0]['message']}", details=details) from exc


def secret_values(box: SecretBox, instance: Instance) -> dict[str, str]:
    opened = box.open(instance.sealed_secrets) if instance.sealed_secrets else {}
    return {str(k): str(v) for k, v in dict(opened or {}).items()}  # type: ignore[call-overload]


async def patch_instance(box: SecretBox, instance: Instance, config: dict[str, Any]) -> Instance:
    """Lay config overrides over the image's; `secrets` given here are values of the image's secret keys."""
    given = dict(config)
    secrets = given.pop("secrets", None)
    image: Image = instance.image
    overrides = {**(instance.config or {}), **given}
    merged = merged_config(image, overrides)
    if secrets is not None:
        if not isinstance(secrets, list):
            raise Invalid("config.secrets is a list of {key, value}", details={"field": "config.secrets"})
        values = secret_values(box, instance)
        keys = {s.key for s in merged.secrets}
        for index, raw in enumerate(secrets):
            try:
                secret = SecretValue.model_validate(raw)
            except ValidationError as exc:
                detail = validation_details(list(exc.errors()))[0]
                raise Invalid(f"Invalid config.secrets.{index}.{detail['field']}: {detail['message']}",
                              details={"field": f"config.secrets.{index}.{detail['field']}"}) from exc
            if secret.key not in keys:
                raise Invalid(f"The image has no secret {secret.key!r} (its keys: {', '.join(sorted(keys)) or 'none'})",
                              details={"field": f"config.secrets.{index}.key"})
            if secret.value is None:
                values.pop(secret.key, None)
            else:
                values[secret.key] = secret.value
        instance.sealed_secrets = box.seal(values) if values else ""
    full = stored(merged)
    instance.config = {key: full[key] for key in _camel_keys(given, full) | set(instance.config or {})
                       if key in full and key != "secrets"}
    await instance.save()
    return instance


def _camel_keys(given: dict[str, Any], full: dict[str, Any]) -> set[str]:
    """The stored keys the given fields set (a client may write a field in either case; stored is camelCase)."""
    lowered = {key.replace("_", "").lower(): key for key in full}
    return {lowered[key.replace("_", "").lower()] for key in given if key.replace("_", "").lower() in lowered}


def missing_secrets(box: SecretBox, instance: Instance) -> list[str]:
    merged = merged_config(instance.image, instance.config or {})
    values = secret_values(box, instance)
    return [s.key for s in merged.secrets if s.required and not values.get(s.key)]
