"""The apps' health: every minute Containr asks each running app's guest for the manifest's healthCheckPath (with
the app's name as Host, as the edge asks) and records `healthy` (2xx, 3xx), `unhealthy` (another answer) or
`not_responding` (no answer in time), with how many probes in a row were not healthy. No task: a probe is a
request from this process, not a change."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from uuid import UUID

import httpx
from tortoise.transactions import in_transaction

from service.domains.apps.models import App, Health, InstallationState, RunState
from service.domains.events import outbox
from service.domains.nodes.models import Node
from service.tasks import scheduler
from service.tasks.models import Task

log = logging.getLogger(__name__)
INTERVAL = 60  # seconds between two probes of an app
TIMEOUT = 10  # seconds an app has to answer one
# Probes in a row, not healthy, after which the app is reported (the service log and an app.unhealthy event).
REPORT_AFTER = 3
TASK_TYPE = "appHealth"  # no task of this type is ever made: the job never waits for one


async def _probe(client: httpx.AsyncClient, app: App) -> Health:
    manifest = app.manifest or {}
    url = f"http://{app.host}:{int(manifest.get('httpPort') or 80)}{manifest.get('healthCheckPath') or '/'}"
    try:
        answer = await client.get(url, headers={"Host": app.fqdn, "X-Forwarded-Proto": "https"})
    except httpx.HTTPError:
        return Health.NOT_RESPONDING
    return Health.HEALTHY if 200 <= answer.status_code < 400 else Health.UNHEALTHY


async def _team(app: App) -> UUID:
    return (await Node.get(id=app.node_id)).team_id  # type: ignore[attr-defined]


async def probe_all() -> dict[str, Health]:
    """Probe every installed, running app once; record and answer what each said, by fqdn."""
    apps = await App.filter(installation_state=InstallationState.INSTALLED, run_state=RunState.RUNNING,
                            host__isnull=False)
    async with httpx.AsyncClient(timeout=TIMEOUT, follow_redirects=False, trust_env=False) as client:
        found = await asyncio.gather(*(_probe(client, app) for app in apps))
    now = datetime.now(UTC)
    for app, health in zip(apps, found, strict=True):
        probes = 0 if health == Health.HEALTHY else app.unhealthy_probes + 1
        # The streak reaching REPORT_AFTER is the transition to unhealthy: reported once, until a healthy probe.
        reported = probes == REPORT_AFTER
        if reported:
            log.warning("app %s is %s for %d probes in a row", app.fqdn, health, probes)
        async with in_transaction() as conn:
            # Only these fields: a run that ended meanwhile keeps what it recorded (and its app is not reported).
            changed = await App.filter(id=app.id, installation_state=InstallationState.INSTALLED,
                                       run_state=RunState.RUNNING).using_db(conn) \
                .update(health=health, unhealthy_probes=probes, health_checked_at=now)
            if reported and changed:
                await outbox.record("app.unhealthy", team_id=await _team(app), kind="app", resource_id=app.id,
                                    name=app.fqdn, connection=conn,
                                    data={"health": str(health), "probes": probes, "appStoreId": app.app_store_id})
    return {app.fqdn: health for app, health in zip(apps, found, strict=True)}


async def _start(ctx: scheduler.JobContext) -> Task | None:
    await probe_all()
    return None


async def _every() -> str:
    return scheduler.interval_pattern(INTERVAL)


JOBS = (scheduler.JobSpec("appsHealth", TASK_TYPE, _every, _start),)
