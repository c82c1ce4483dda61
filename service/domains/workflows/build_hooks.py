"""The workflow builds' answers to the events of the slices below: a project's deletion stops its builds and
destroys its build guests, and a node's container routes leave a build guest alone."""

from __future__ import annotations

from starlette.datastructures import State

from service.auth.models import User
from service.core.errors import Conflict
from service.domains.nodes import guests
from service.domains.nodes.events import GUEST_ACTING
from service.domains.nodes.models import Guest
from service.domains.projects.events import PROJECT_DELETING
from service.domains.projects.models import Project
from service.domains.workflows import build_guest, build_progress
from service.domains.workflows.build_models import BuildState, WorkflowBuild


async def project_deleting(state: State, *, project: Project, user: User) -> None:
    """The project's builds under way are stopped (their runs with them), then each of its build guests is
    destroyed (the guest's record goes when its run succeeds; a run still ending holds the guest: 409, again
    in a moment)."""
    for build in await WorkflowBuild.filter(project_id=project.id, status__in=[BuildState.PENDING,
                                                                              BuildState.RUNNING]):
        await build_progress.stop_quietly(build)
    for guest in await Guest.filter(resource_type=build_guest.RESOURCE, resource_id=str(project.id)):
        await guests.destroy_guest(state.engine, state.settings, state.nodes_box, guest, user=user)


async def guest_acting(state: State, *, guest: Guest) -> None:
    if guest.resource_type == build_guest.RESOURCE:
        raise Conflict(f"Container {guest.hostname} is a project's build guest: its builds use it, and the "
                       "project's deletion removes it", code="managed", details={"projectId": guest.resource_id})


BUILD_HOOKS = {PROJECT_DELETING: project_deleting, GUEST_ACTING: guest_acting}
