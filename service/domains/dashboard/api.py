"""A team's dashboard (seed 001 `/{teamSlug}/dashboard`): its members see it; to anyone else the team is not found."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter

from service.api.deps import CurrentUser, SchedulerDep
from service.core.schemas import error_responses
from service.domains.dashboard.schemas import Dashboard
from service.domains.dashboard.summary import team_dashboard
from service.domains.teams.membership import visible_team

router = APIRouter(prefix="/teams/{team_id}/dashboard", tags=["dashboard"])


@router.get("", response_model=Dashboard, responses=error_responses(401, 404, 422),
            summary="The team's counts, onboarding checklist and what needs attention, in one answer")
async def get_dashboard(team_id: UUID, user: CurrentUser, scheduler: SchedulerDep) -> Dashboard:
    team, _ = await visible_team(team_id, user)
    return await team_dashboard(team.id, jobs=scheduler.jobs())
