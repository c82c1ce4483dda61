"""A team's counts (seed 001's and ours), each one COUNT query, and its onboarding checklist: each step done when
the team has a first resource of its kind."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from service.core.models import AuditRecord
from service.domains.apps.models import App
from service.domains.dashboard.schemas import Onboarding, OnboardingItem
from service.domains.databases.models import Database
from service.domains.deployments.models import Deployment, DeploymentStatus
from service.domains.nodes.models import Node
from service.domains.projects.models import Project
from service.domains.services.models import Service
from service.domains.teams.models import MemberStatus, TeamMember
from service.domains.versions.models import Image, Version

# A deployment that reached these started its instances once (a newer or an older version ran over it since).
DEPLOYED = (DeploymentStatus.SUCCESSFUL, DeploymentStatus.OBSOLETE, DeploymentStatus.DOWNGRADED)


def _audit(team_id: UUID) -> QuerySet[AuditRecord]:
    # As the team's audit log lists them: changes inside a project name the project, not its team.
    return AuditRecord.filter(Q(team_id=team_id)
                              | Q(project_id__in=Subquery(Project.filter(team_id=team_id).values("id"))))


async def counts(team_id: UUID) -> dict[str, int]:
    """The team's records by kind, in the answer's field names."""
    queries: dict[str, QuerySet[Any]] = {
        "users": TeamMember.filter(team_id=team_id, status=MemberStatus.MEMBER),
        "audit_log": _audit(team_id),
        "projects": Project.filter(team_id=team_id),
        "versions": Version.filter(project__team_id=team_id),
        "deployments": Deployment.filter(project__team_id=team_id),
        "failed_deployments": Deployment.filter(project__team_id=team_id, status=DeploymentStatus.FAILED),
        "databases": Database.filter(project__team_id=team_id),
        "services": Service.filter(project__team_id=team_id),
        "apps": App.filter(project__team_id=team_id),
    }
    return {name: await query.count() for name, query in queries.items()}


async def _first(query: QuerySet[Any], field: str = "id") -> OnboardingItem:
    found = await query.order_by("created_at", "id").first().values_list(field, flat=True)
    return OnboardingItem(done=found is not None, resource_id=str(found) if found is not None else None)


async def onboarding(team_id: UUID) -> Onboarding:
    """Seed 001's checklist; each step's resourceId is the team's first resource of its kind."""
    return Onboarding(
        # Every member signed up; the first one is the team's.
        sign_up=await _first(TeamMember.filter(team_id=team_id, status=MemberStatus.MEMBER), "user_id"),
        create_team=OnboardingItem(done=True, resource_id=str(team_id)),
        create_node=await _first(Node.filter(team_id=team_id)),
        create_project=await _first(Project.filter(team_id=team_id)),
        create_version=await _first(Version.filter(project__team_id=team_id)),
        # The version that holds the first image: where images are added and seen.
        add_images=await _first(Image.filter(version__project__team_id=team_id), "version_id"),
        add_deployment=await _first(Deployment.filter(project__team_id=team_id)),
        deploy=await _first(Deployment.filter(project__team_id=team_id, status__in=list(DEPLOYED))),
    )
