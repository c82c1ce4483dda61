"""Environments of a project: the default one, clones, and variables sealed at rest (secrets write-only)."""

from __future__ import annotations

from uuid import UUID

from tortoise.transactions import in_transaction

from service.core.errors import Conflict, Invalid, NotFound, taken_on_duplicate
from service.core.secrets import SecretBox
from service.domains.projects.models import Environment, EnvVariable, Project


async def get_environment(project: Project, env_id: UUID) -> Environment:
    environment = await Environment.get_or_none(project=project, id=env_id)
    if environment is None:
        raise NotFound(f"No environment {env_id} in this project")
    return environment


def _taken(name: str) -> str:
    return f"The project already has an environment named {name!r}"


async def _ensure_name_free(project: Project, name: str) -> None:
    if await Environment.exists(project=project, name=name):
        raise Conflict(_taken(name), code="taken", details={"field": "name"})


async def create(project: Project, *, name: str, fields: dict) -> Environment:
    await _ensure_name_free(project, name)
    with taken_on_duplicate(_taken(name), field="name"):
        return await Environment.create(project=project, name=name, **fields)


async def update(environment: Environment, changes: dict) -> Environment:
    if "name" in changes and changes["name"] != environment.name:
        await _ensure_name_free(await environment.project, changes["name"])
    with taken_on_duplicate(_taken(changes.get("name", environment.name)), field="name"):
        await environment.update_from_dict(changes).save()
    return environment


def check_deletable(environment: Environment) -> None:
    if environment.is_default:
        raise Conflict("The default environment cannot be deleted; make another one the default first",
                       code="default_environment")


async def delete(environment: Environment) -> None:
    check_deletable(environment)
    await environment.delete()


async def set_default(environment: Environment) -> Environment:
    async with in_transaction():
        await Environment.filter(project_id=environment.project_id, is_default=True).update(is_default=False)
        environment.is_default = True
        await environment.save()
    return environment


async def clone(environment: Environment, *, name: str, fields: dict) -> Environment:
    """A new environment with the same variables (secret values stay sealed and unseen)."""
    project = await environment.project
    await _ensure_name_free(project, name)
    with taken_on_duplicate(_taken(name), field="name"):  # outside the transaction: it rolls back first
        async with in_transaction():
            copy = await Environment.create(project=project, name=name, git_branch=environment.git_branch,
                                            color=environment.color, **fields)
            for variable in await EnvVariable.filter(environment=environment):
                await EnvVariable.create(environment=copy, key=variable.key, sealed_value=variable.sealed_value,
                                         secret=variable.secret)
    return copy


async def variables(environment: Environment, box: SecretBox) -> list[tuple[str, str | None, bool]]:
    """(key, value, secret) in key order; a secret's value is never handed out."""
    found = await EnvVariable.filter(environment=environment).order_by("key")
    return [(v.key, None if v.secret else str(box.open(v.sealed_value)), v.secret) for v in found]


async def replace_variables(environment: Environment, wanted: list[tuple[str, str | None, bool]],
                            box: SecretBox) -> None:
    """Replace them all; a secret sent without a value keeps the value it has."""
    async with in_transaction():
        # Replacements of one environment take turns: the environment's row lock makes a twin wait for this
        # commit and then read what it wrote. Without it both delete the old rows, and the second insert meets the
        # unique key (PostgreSQL; SQLite runs one writer at a time anyway).
        await Environment.select_for_update().filter(id=environment.id).first()
        existing = {v.key: v for v in await EnvVariable.filter(environment=environment)}
        await EnvVariable.filter(environment=environment).delete()
        for key, value, secret in wanted:
            if value is None:
                kept = existing.get(key)
                if kept is None or not kept.secret:
                    raise Invalid(f"Variable {key} needs a value", details={"field": "variables", "key": key})
                sealed = kept.sealed_value
            else:
                sealed = box.seal(value)
            await EnvVariable.create(environment=environment, key=key, sealed_value=sealed, secret=secret)
