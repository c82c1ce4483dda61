"""Submitting a build's steps that run on the node: each as a build_step.yml run in the project's build guest,
with its image's CA as a var and its registry's credentials in the run's environment only; the dependencies'
artifacts as its inputs."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from service.actions import catalogue
from service.config import Settings
from service.core import ssh_keys
from service.core.secrets import SecretBox
from service.domains.nodes.models import Node
from service.domains.nodes.registry import link_task
from service.domains.projects.models import Project
from service.domains.registries import pulling
from service.domains.registries.models import Registry
from service.domains.workflows import artifacts, build_guest
from service.domains.workflows.build_models import WorkflowBuild, WorkflowBuildStep
from service.domains.workflows.build_vars import REGISTRY_AUTH_ENV, STEP_RUN, BuildImage, BuildStepVars
from service.domains.workflows.stepimages import parse
from service.tasks import TaskEngine
from service.tasks.models import Task

DEFAULT_TIMEOUT = 3600  # seconds a step's script may run when its workflow names no timeout


@dataclass(frozen=True)
class Runs:
    """What submitting a run needs: the app's engine, settings and the nodes' secret box."""

    engine: TaskEngine
    settings: Settings
    nodes_box: SecretBox


def on_node(step: WorkflowBuildStep) -> bool:
    """Whether Containr runs the step itself (no `runsOn` labels: no external runner takes it)."""
    return not (step.spec or {}).get("runsOn")


def workflow_key(build: WorkflowBuild) -> str:
    """The caches' folder of the build's workflow: its id (a deleted workflow's builds keep theirs apart)."""
    return str(build.workflow_id) if build.workflow_id else f"deleted-{build.id}"


async def registry_of(team_id: Any, image: str) -> Registry | None:
    """The team's registry of the image's host, if it has one."""
    host = parse(image).host
    for registry in await Registry.filter(team_id=team_id).order_by("created_at"):
        if host in (pulling.reference_host(registry), pulling.api_host(registry)):
            return registry
    return None


async def pulls(settings: Settings, team_id: Any, images: list[str]) -> tuple[list[BuildImage], str]:
    """The images with their registries' CAs, and the credentials for them as containers-auth.json text."""
    found: list[BuildImage] = []
    registries: dict[Any, Registry] = {}
    for image in dict.fromkeys(images):
        registry = await registry_of(team_id, image)
        if registry is not None:
            registries[registry.id] = registry
        found.append(BuildImage(image=image, ca_bundle=(registry.ca_bundle or "") if registry else ""))
    return found, json.dumps(await pulling.auth_file_with_default(settings, list(registries.values())))


async def submit(runs: Runs, build: WorkflowBuild, step: WorkflowBuildStep, steps: list[WorkflowBuildStep]) -> Task:
    """Start the step's run (the caller has marked it RUNNING)."""
    project: Project = await build.project
    node: Node | None = await build.node if build.node_id else None
    guest = await build_guest.find(project, node) if node is not None else None
    if guest is None or not guest.ip:
        raise RuntimeError("the build has no build guest with an address on its node")
    spec = step.spec or {}
    by_name = {other.name: other for other in steps}
    inputs = [str(artifacts.step_dir(runs.settings, build.id, by_name[name].id))
              for name in spec.get("dependsOn") or [] if name in by_name]
    out_dir = artifacts.prepare_step_dir(runs.settings, build.id, step.id)
    images, auth = await pulls(runs.settings, project.team_id, [step.image_url])
    params = BuildStepVars(
        build_guest_ip=guest.ip, containr_ssh_private_key_file=ssh_keys.ensure_key(runs.settings),
        build_id=str(build.id), build_project_id=str(project.id), build_workflow_key=workflow_key(build),
        build_step_id=str(step.id), build_step_name=step.name, build_step_image=step.image_url,
        build_step_ca_bundle=images[0].ca_bundle, build_step_script=str(spec.get("runScript") or ""),
        build_step_env={str(k): str(v) for k, v in (spec.get("env") or {}).items()},
        build_step_cache_dirs=list(spec.get("cacheDirs") or []),
        build_step_output_paths=list(spec.get("outputPaths") or []),
        build_step_timeout=int(spec.get("timeoutSeconds") or DEFAULT_TIMEOUT), build_step_inputs=inputs,
        build_artifacts_dir=str(out_dir))
    task = await catalogue.start(runs.engine, runs.settings, STEP_RUN, resource_id=str(step.id), params=params,
                                 user=await build.created_by if build.created_by_id else None,
                                 secrets={REGISTRY_AUTH_ENV: auth}, queue=True)
    if node is not None:
        await link_task(node, task)
    return task
