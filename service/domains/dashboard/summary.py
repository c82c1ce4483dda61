"""A team's dashboard in one answer, from its records."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from service.domains.dashboard import attention
from service.domains.dashboard.counts import counts, onboarding
from service.domains.dashboard.schemas import Dashboard
from service.tasks.scheduler import ScheduledJob


async def team_dashboard(team_id: UUID, *, jobs: list[ScheduledJob]) -> Dashboard:
    now = datetime.now(UTC)
    return Dashboard(**await counts(team_id), onboarding=await onboarding(team_id),
                     tasks=await attention.tasks(team_id, now=now), nodes=await attention.nodes(team_id),
                     next_jobs=attention.next_jobs(jobs),
                     expiring_certificates=await attention.expiring_certificates(team_id, now=now))
