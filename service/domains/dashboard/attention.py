"""What needs a team's attention: its tasks running and failed lately, its nodes by state, certificates of its
names that expire soon, and the instance's next scheduled jobs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import reduce
from operator import or_
from typing import Any
from uuid import UUID

from pypika_tortoise.enums import SqlTypes
from pypika_tortoise.functions import Cast
from tortoise.expressions import Q, Subquery
from tortoise.functions import Count, Function
from tortoise.queryset import QuerySet

from service.domains.apps.models import App
from service.domains.dashboard.schemas import ExpiringCertificate, NextJob, NodeCounts, TaskCounts
from service.domains.databases.models import Database
from service.domains.deployments.models import Deployment
from service.domains.dns.models import Route
from service.domains.edge.certificates import covers
from service.domains.edge.models import Certificate, Edge
from service.domains.nodes.models import Guest, Node, NodeStatus
from service.domains.projects.models import Project
from service.domains.services.models import Service
from service.tasks.models import ACTIVE_STATES, Task, TaskState
from service.tasks.scheduler import ScheduledJob

EXPIRING = timedelta(days=14)
FAILED_SINCE = timedelta(hours=24)
FAILED = (TaskState.FAILED, TaskState.TIMEOUT, TaskState.CRASHED)  # a stop is the user's, not a failure
NEXT_JOBS = 5


class _Text(Function):
    # A task names its resource's id as text; the resources' ids are UUID columns in PostgreSQL, and a UUID
    # compared with text is refused there: the subquery answers them as text.
    database_func = Cast


def _ids(query: QuerySet[Any]) -> Subquery:
    return Subquery(query.annotate(text_id=_Text("id", SqlTypes.VARCHAR)).values("text_id"))


def _team_resources(team_id: UUID) -> Q:
    """Tasks acting on one of the team's resources, by the kind each names (Task.resource_type)."""
    kinds: dict[str, QuerySet[Any]] = {
        "node": Node.filter(team_id=team_id),
        "guest": Guest.filter(node__team_id=team_id),
        "edge": Edge.filter(node__team_id=team_id),
        "database": Database.filter(project__team_id=team_id),
        "service": Service.filter(project__team_id=team_id),
        "app": App.filter(project__team_id=team_id),
        "deployment": Deployment.filter(project__team_id=team_id),
        "buildhost": Project.filter(team_id=team_id),  # a project's Dockerfile build guest
    }
    return reduce(or_, (Q(resource_type=kind, resource_id__in=_ids(query)) for kind, query in kinds.items()))


async def tasks(team_id: UUID, *, now: datetime) -> TaskCounts:
    theirs = Task.filter(_team_resources(team_id))
    running = await theirs.filter(state__in=list(ACTIVE_STATES)).count()
    failed = await theirs.filter(state__in=list(FAILED), finished_at__gte=now - FAILED_SINCE).count()
    return TaskCounts(running=running, failed24h=failed)


async def nodes(team_id: UUID) -> NodeCounts:
    by_status = {row["status"]: row["n"] for row in await Node.filter(team_id=team_id).annotate(n=Count("id"))
                 .group_by("status").values("status", "n")}
    return NodeCounts(online=by_status.get(NodeStatus.ONLINE, 0), offline=by_status.get(NodeStatus.ERROR, 0),
                      checking=by_status.get(NodeStatus.CHECKING, 0))


async def expiring_certificates(team_id: UUID, *, now: datetime) -> list[ExpiringCertificate]:
    """Certificates (the instance's) that serve a name routed on one of the team's nodes and expire within 14 days
    (or have expired): the few expiring ones first, then which of their names the team routes."""
    soon = await (Certificate.filter(not_after__isnull=False, not_after__lte=now + EXPIRING)
                  .order_by("not_after", "name").values("id", "name", "fqdns", "not_after", "domain__domain"))
    if not soon:
        return []
    names = {name for cert in soon for name in cert["fqdns"] if not name.startswith("*.")}
    parents = {name[2:] for cert in soon for name in cert["fqdns"] if name.startswith("*.")}
    near = Q(fqdn__in=list(names)) if names else Q(fqdn__in=[])
    for parent in parents:
        near |= Q(fqdn__endswith=f".{parent}")
    routed = await Route.filter(near, node__team_id=team_id).values_list("fqdn", flat=True)
    return [ExpiringCertificate(id=cert["id"], name=cert["name"], domain=cert["domain__domain"],
                                expires_at=cert["not_after"])
            for cert in soon if any(covers(name, fqdn) for name in cert["fqdns"] for fqdn in routed)]


def next_jobs(jobs: list[ScheduledJob]) -> list[NextJob]:
    planned = sorted((job for job in jobs if job.next_run_time is not None), key=lambda job: job.next_run_time
                     or datetime.max.replace(tzinfo=UTC))
    return [NextJob(name=job.id, task_type=job.task_type, next_run_at=job.next_run_time)
            for job in planned[:NEXT_JOBS] if job.next_run_time is not None]
