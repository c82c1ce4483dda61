"""Shapes of a team's dashboard: seed 001's counts and onboarding checklist (camelCase), and Containr's own
counts and what needs attention."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from pydantic import Field

from service.core.schemas import ApiModel


class OnboardingItem(ApiModel):
    done: bool
    resource_id: str | None = Field(description="The team's first resource that did the step; null until one did")


class Onboarding(ApiModel):
    sign_up: OnboardingItem
    create_team: OnboardingItem
    create_node: OnboardingItem
    create_project: OnboardingItem
    create_version: OnboardingItem
    add_images: OnboardingItem = Field(description="Its resourceId is the version that holds the first image")
    add_deployment: OnboardingItem
    deploy: OnboardingItem = Field(description="A deployment that started its instances at least once")


class TaskCounts(ApiModel):
    running: int = Field(description="Tasks of the team's resources queued or running now")
    failed24h: int = Field(alias="failed24h",  # not the alias generator's failed24H
                           description="Tasks of the team's resources that failed, timed out or crashed in the last "
                                       "24 h")


class NodeCounts(ApiModel):
    online: int
    offline: int = Field(description="Nodes whose last check failed")
    checking: int = Field(description="Nodes added or being checked, not known to answer yet")


class NextJob(ApiModel):
    name: str = Field(description="The scheduled job (the instance's: backups, certificate renewal, ...)")
    task_type: str
    next_run_at: datetime


class ExpiringCertificate(ApiModel):
    id: UUID
    name: str
    domain: str
    expires_at: datetime


class Dashboard(ApiModel):
    users: int = Field(description="The team's members (pending invitations left out)")
    audit_log: int = Field(description="Audit records of the team and of its projects")
    projects: int
    versions: int
    deployments: int
    failed_deployments: int
    onboarding: Onboarding
    databases: int
    services: int
    apps: int
    tasks: TaskCounts
    nodes: NodeCounts
    next_jobs: list[NextJob] = Field(description="The instance's next scheduled jobs, soonest first")
    expiring_certificates: list[ExpiringCertificate] = Field(
        description="Certificates of the team's names (routes on its nodes) expiring within 14 days, soonest first")
