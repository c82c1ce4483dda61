"""A project's environments (seed 003): create, change, delete, set the default, clone, variables."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Query, Response, status

from service.api.deps import CurrentUser, HooksDep, VariablesBox
from service.core.audit import AuditTarget, note
from service.core.errors import Invalid
from service.core.schemas import error_responses
from service.domains.projects import access as projects
from service.domains.projects import environments, events
from service.domains.projects.models import ProjectRole
from service.domains.projects.schemas import (
    EnvironmentClone,
    EnvironmentCreate,
    EnvironmentOut,
    EnvironmentUpdate,
    Variable,
    Variables,
)

router = APIRouter(prefix="/projects/{project_id}/environments", tags=["environments"])
CHANGES = error_responses(401, 403, 404, 409, 422)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=EnvironmentOut, responses=CHANGES,
             summary="Create an environment (project admins)")
async def create_environment(project_id: UUID, body: EnvironmentCreate, user: CurrentUser) -> EnvironmentOut:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.ADMIN)
    fields = body.model_dump(exclude={"name"}, exclude_none=True)
    return EnvironmentOut.model_validate(await environments.create(project, name=body.name, fields=fields))


@router.get("/{env_id}", response_model=EnvironmentOut, responses=error_responses(401, 404, 422),
            summary="Get an environment")
async def get_environment(project_id: UUID, env_id: UUID, user: CurrentUser) -> EnvironmentOut:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.VIEWER)
    return EnvironmentOut.model_validate(await environments.get_environment(project, env_id))


@router.put("/{env_id}", response_model=EnvironmentOut, responses=CHANGES, summary="Change an environment")
async def update_environment(project_id: UUID, env_id: UUID, body: EnvironmentUpdate,
                             user: CurrentUser) -> EnvironmentOut:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.ADMIN)
    environment = await environments.get_environment(project, env_id)
    return EnvironmentOut.model_validate(await environments.update(environment, body.model_dump(exclude_none=True)))


@router.delete("/{env_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response, responses=CHANGES,
               summary="Delete an environment (not the default)")
async def delete_environment(project_id: UUID, env_id: UUID, user: CurrentUser, hooks: HooksDep,
                             force: bool = Query(default=False, description="Also when it holds databases: "
                                                 "their deletes start (tasks) and the environment goes")
                             ) -> Response:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.ADMIN)
    environment = await environments.get_environment(project, env_id)
    note(AuditTarget.of("environment", environment))
    environments.check_deletable(environment)
    # Without force, 409 while it holds databases; with it, their deletes start.
    await hooks.fire(events.ENVIRONMENT_DELETING, environment=environment, force=force, user=user)
    await environments.delete(environment)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/{env_id}/set-default", response_model=EnvironmentOut, responses=CHANGES,
             summary="Make this the project's default environment")
async def set_default(project_id: UUID, env_id: UUID, user: CurrentUser) -> EnvironmentOut:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.ADMIN)
    return EnvironmentOut.model_validate(
        await environments.set_default(await environments.get_environment(project, env_id)))


@router.post("/{env_id}/clone", status_code=status.HTTP_201_CREATED, response_model=EnvironmentOut,
             responses=CHANGES, summary="A new environment with this one's variables, and databases of the same "
                                        "spec (empty; their creates run as tasks)")
async def clone_environment(project_id: UUID, env_id: UUID, body: EnvironmentClone, user: CurrentUser,
                            hooks: HooksDep) -> EnvironmentOut:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.ADMIN)
    source = await environments.get_environment(project, env_id)
    await hooks.fire(events.ENVIRONMENT_CLONING, source=source)  # refusals before the copy exists
    copy = await environments.clone(source, name=body.name, fields={"type": body.type, "description": body.description})
    await hooks.fire(events.ENVIRONMENT_CLONED, source=source, copy=copy, user=user)  # the databases' creates start
    return EnvironmentOut.model_validate(copy)


@router.get("/{env_id}/variables", response_model=Variables, responses=error_responses(401, 404, 422),
            summary="The environment's variables; secrets show as null")
async def get_variables(project_id: UUID, env_id: UUID, user: CurrentUser, box: VariablesBox) -> Variables:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.VIEWER)
    environment = await environments.get_environment(project, env_id)
    found = await environments.variables(environment, box)
    return Variables(variables=[Variable(key=k, value=v, secret=s) for k, v, s in found])


@router.put("/{env_id}/variables", response_model=Variables, responses=CHANGES,
            summary="Replace the variables (members); a secret sent as null keeps its value")
async def put_variables(project_id: UUID, env_id: UUID, body: Variables, user: CurrentUser,
                        box: VariablesBox) -> Variables:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.MEMBER)
    environment = await environments.get_environment(project, env_id)
    keys = [v.key for v in body.variables]
    if len(set(keys)) != len(keys):
        raise Invalid("Each key may appear once", details={"field": "variables"})
    await environments.replace_variables(environment, [(v.key, v.value, v.secret) for v in body.variables], box)
    found = await environments.variables(environment, box)
    return Variables(variables=[Variable(key=k, value=v, secret=s) for k, v, s in found])
