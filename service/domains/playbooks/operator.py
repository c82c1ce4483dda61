"""An operator's run of any playbook under playbooks/, as a tracked task."""

from __future__ import annotations

from service.actions.playbooks import check_options, describe, resolve
from service.auth.models import User
from service.config import Settings
from service.domains.playbooks.schemas import PlaybookRunRequest
from service.tasks import RunRequest, TaskEngine
from service.tasks.models import Task

TASK_TYPE = "playbook"


async def run_playbook(engine: TaskEngine, settings: Settings, *, name: str, body: PlaybookRunRequest,
                       user: User) -> Task:
    """One run of a playbook at a time (per playbook and limit), so two runs never race on the same hosts: a
    run asked for while another is active waits behind it, or is refused if the caller says so (as AWX queues
    the launches of a busy job template)."""
    path = resolve(settings.playbooks_dir, name)
    check_options(describe(path), check=body.check, tags=body.tags)
    lock = f"{name}@{body.limit}" if body.limit else name
    return await engine.submit(RunRequest(
        type=TASK_TYPE, playbook=path, extra_vars=body.extra_vars, resource=("playbook", lock),
        limit=body.limit, check=body.check, tags=body.tags, timeout=body.timeout, created_by=user,
        if_busy=body.if_busy,
    ))
