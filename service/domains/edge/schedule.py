"""The daily `renewcerts` job (its time is the setting certificates_renew_pattern): renews what expires within
certificates_renew_days, skipped while a renewal runs."""

from __future__ import annotations

from starlette.datastructures import State

from service.domains.edge import renewal
from service.domains.edge.actions import RENEW_CERTS
from service.domains.nodes.registry import nodes_box
from service.tasks import scheduler
from service.tasks.models import Task


async def _start(ctx: scheduler.JobContext) -> Task | None:
    state = State({"engine": ctx.engine, "settings": ctx.settings, "nodes_box": nodes_box(ctx.settings)})
    return await renewal.renew(state, user=None)


JOBS = (scheduler.JobSpec("renewcerts", RENEW_CERTS.task_type,
                          lambda: scheduler.setting_pattern("certificates_renew_pattern"), _start),)
