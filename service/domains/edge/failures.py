"""certificate.renewal_failed: a certificate that could not be issued or renewed is marked failed with one event
for each team whose routes it serves (a certificate is the instance's; the names on it are teams')."""

from __future__ import annotations

from uuid import UUID

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from service.domains.dns.models import Route
from service.domains.edge.models import Certificate, CertificateStatus
from service.domains.events import outbox


async def _teams(fqdns: list[str]) -> set[UUID]:
    wanted = Q(fqdn__in=[name for name in fqdns if not name.startswith("*.")])
    for name in fqdns:
        if name.startswith("*."):  # a wildcard covers one label more under its domain
            wanted |= Q(fqdn__endswith=name[1:])
    return set(await Route.filter(wanted).values_list("node__team_id", flat=True))


async def mark_failed(name: str, error: str, *, task_id: int) -> None:
    """The certificate `name` failed (the one before keeps serving): saved with its teams' events."""
    cert = await Certificate.get_or_none(name=name)
    if cert is None:
        return
    teams = await _teams(list(cert.fqdns or [name]))
    async with in_transaction() as conn:
        await Certificate.filter(id=cert.id).using_db(conn).update(
            status=CertificateStatus.FAILED, last_error=error[:4000], sealed_next_key=None)
        for team_id in sorted(teams, key=str):
            await outbox.record("certificate.renewal_failed", team_id=team_id, kind="certificate",
                                resource_id=cert.id, name=cert.name, connection=conn,
                                data={"taskId": task_id, "error": error[:1000],
                                      "notAfter": cert.not_after.isoformat() if cert.not_after else None})
