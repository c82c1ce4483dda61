"""Issuing and renewing certificates (`renewcerts`): the names the edges route that have none, and those that
expire within the renewal window, in one run per ACME directory; a new key per issue, sealed, promoted only when
its certificate arrives (a failed renewal leaves the old one serving). Issued certificates apply their edges."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from starlette.datastructures import State

from service.actions import catalogue
from service.auth.models import User
from service.core import ssh_keys
from service.core.errors import ApiError
from service.core.settings_store import get_setting
from service.domains.dns.models import Domain, Route, TlsProvider
from service.domains.dns.registry import dns_box, open_secrets, open_tls_secrets
from service.domains.dns.tls import directory_url
from service.domains.edge import certificates, failures
from service.domains.edge.actions import (
    ACME_ACCOUNT_KEY_ENV,
    ACME_CA_BUNDLE_ENV,
    ACME_EAB_HMAC_KEY_ENV,
    ACME_KEYS_ENV,
    CERTIFICATES_ID,
    DNS_CREDENTIALS_ENV,
    EDGE_APPLY,
    RENEW_CERTS,
    CertsIssueVars,
)
from service.domains.edge.context import state as app_state
from service.domains.edge.events import CERTIFICATES_ISSUED
from service.domains.edge.models import AcmeAccount, Certificate, CertificateStatus, Challenge, Edge
from service.domains.nodes.models import Node
from service.tasks.models import ACTIVE_STATES, Task, TaskState

log = logging.getLogger(__name__)


async def _account_key(state: State, url: str) -> str:
    box = certificates.keys_box(state.settings)
    account = await AcmeAccount.get_or_none(directory_url=url)
    if account is None:
        account, _ = await AcmeAccount.get_or_create(defaults={"sealed_key": box.seal(certificates.new_key())},
                                                     directory_url=url)
    return str(box.open(account.sealed_key))


async def wanted(routes: Iterable[Route], state: State) -> tuple[list[Certificate], bool]:
    """The certificates these routes need from a CA (made `pending` when new), and whether a fallback
    certificate was made (the edge then needs applying to serve it)."""
    needed: dict[str, Certificate] = {}
    made_fallback = False
    keys, dns = certificates.keys_box(state.settings), dns_box(state.settings)
    for route in routes:
        domain: Domain = route.domain
        if domain.tls_provider == TlsProvider.FALLBACK:
            if not await Certificate.exists(name=route.fqdn, fullchain__not_isnull=True):
                await certificates.fallback(domain, route.fqdn, keys, dns)
                made_fallback = True
            continue
        name = certificates.wanted_name(domain, route.fqdn)
        cert = await Certificate.get_or_none(name=name)
        if cert is None:
            cert, _ = await Certificate.get_or_create(defaults={
                "domain": domain, "fqdns": [name],
                "challenge": Challenge.DNS if name.startswith("*.") else Challenge.HTTP}, name=name)
        needed[name] = cert
    return list(needed.values()), made_fallback


async def _edge_host(fqdns: list[str]) -> str | None:
    route = await Route.filter(fqdn__in=fqdns).first()
    if route is None:
        return None
    edge = await Edge.get_or_none(node_id=route.node_id).prefetch_related("guest")
    return edge.guest.ip if edge is not None and edge.guest is not None else None


async def start(state: State, certs: list[Certificate], *, user: User | None, queue: bool = False) -> Task | None:
    """One renewcerts run for the certificates of the first ACME directory among them (the others, on the
    run's end); 409 while a renewal runs, unless `queue` (a finished run's hook: it waits its turn)."""
    by_directory: dict[str, list[Certificate]] = {}
    for cert in certs:
        domain = await cert.domain
        by_directory.setdefault(directory_url(domain), []).append(cert)
    if not by_directory:
        return None
    url, group = next(iter(by_directory.items()))
    keys, dns = certificates.keys_box(state.settings), dns_box(state.settings)
    domain = await group[0].domain
    tls_secrets = open_tls_secrets(dns, domain)
    env: dict[str, str] = {ACME_ACCOUNT_KEY_ENV: await _account_key(state, url)}
    if (domain.tls_config or {}).get("caBundle"):
        env[ACME_CA_BUNDLE_ENV] = str(domain.tls_config["caBundle"])
    if tls_secrets.get("eabHmacKey"):
        env[ACME_EAB_HMAC_KEY_ENV] = tls_secrets["eabHmacKey"]
    entries: list[dict[str, Any]] = []
    new_keys: dict[str, str] = {}
    credentials: dict[str, dict[str, str]] = {}
    for cert in group:
        cert_domain = await cert.domain
        entry: dict[str, Any] = {"name": cert.name, "fqdns": cert.fqdns, "challenge": cert.challenge.value}
        if cert.challenge == Challenge.DNS:
            entry["dns_zone"] = {"zone": cert_domain.zone_name, "provider": cert_domain.provider,
                                 "config": dict(cert_domain.config or {})}
            credentials[cert_domain.zone_name] = open_secrets(dns, cert_domain)
        else:
            host = await _edge_host(cert.fqdns) or cert.challenge_host
            if host is None:
                continue  # no edge routes the name (any more), nor does another slice answer for it
            entry["edge_host"] = host
        new_keys[cert.name] = certificates.new_key()
        entries.append(entry)
    if not entries:
        return None
    env[ACME_KEYS_ENV] = json.dumps(new_keys)
    if credentials:
        env[DNS_CREDENTIALS_ENV] = json.dumps(credentials)
    params = CertsIssueVars(acme_cert_directory_url=url, acme_cert_eab_kid=(domain.tls_config or {}).get("eabKid"),
                            containr_ssh_private_key_file=ssh_keys.ensure_key(state.settings),
                            acme_cert_certificates=entries)
    # Sealed before the run starts (its end promotes them); a start refused leaves keys that the next one replaces.
    now = datetime.now(UTC)
    for cert in group:
        if cert.name in new_keys:
            await Certificate.filter(id=cert.id).update(sealed_next_key=keys.seal(new_keys[cert.name]),
                                                        last_attempt_at=now)
    return await catalogue.start(state.engine, state.settings, RENEW_CERTS, resource_id=CERTIFICATES_ID,
                                 params=params, user=user, secrets=env, queue=queue)


async def issue_missing(state: State, node: Node | None, *, user: User | None) -> Task | None:
    """Certificates for the routes (of a node, or all) that have none yet, queued behind a renewal that runs
    (this is called by finished runs' hooks, while their own keys are still held)."""
    routes = await (Route.filter(node=node) if node is not None else Route.all()).prefetch_related("domain")
    needed, made_fallback = await wanted(routes, state)
    if made_fallback and node is not None:
        from service.domains.edge import applying

        await applying.apply(state, node, user=user, queue=True)
    missing = [cert for cert in needed if cert.fullchain is None and cert.last_attempt_at is None]
    return await start(state, missing, user=user, queue=True) if missing else None


async def due(*, within_days: int, names: list[str] | None = None) -> list[Certificate]:
    """The certificates from a CA whose routes still exist (or that another slice keeps) that expire within the
    window or have never been issued (`names`: exactly these, whatever their dates)."""
    routed = set(await Route.all().values_list("fqdn", flat=True))
    query = Certificate.exclude(challenge=Challenge.FALLBACK)
    if names:
        query = query.filter(name__in=names)
    horizon = datetime.now(UTC) + timedelta(days=within_days)
    found = []
    for cert in await query:
        if not cert.kept_for and not any(certificates.covers(name, fqdn) for name in cert.fqdns for fqdn in routed):
            continue
        if names or cert.not_after is None or cert.not_after <= horizon:
            found.append(cert)
    return found


async def held_by_their_edges(certs: list[Certificate]) -> list[Certificate]:
    """The http-01 certificates whose names an edge that is being applied serves: such an edge may not answer
    the challenge yet (its first apply installs nginx), and its apply's end issues what was never tried."""
    applying = set(await Task.filter(type=EDGE_APPLY.task_type, state__in=list(ACTIVE_STATES))
                   .values_list("resource_id", flat=True))
    if not applying:
        return []
    held = []
    for cert in certs:
        if cert.challenge != Challenge.HTTP:
            continue
        nodes = await Route.filter(fqdn__in=cert.fqdns).values_list("node_id", flat=True)
        edges = await Edge.filter(node_id__in=list(nodes)).values_list("id", flat=True)
        if any(str(edge) in applying for edge in edges):
            held.append(cert)
    return held


async def renew(state: State, *, user: User | None, names: list[str] | None = None) -> Task | None:
    """Renew what is due (or the named certificates now); the fallback ones of the routes are made too. What is
    due but served by an edge being applied waits for the apply's end or the next pass (named ones do not)."""
    routes = await Route.all().prefetch_related("domain")
    await wanted(routes, state)
    days = int(await get_setting("certificates_renew_days"))
    certs = await due(within_days=days, names=names)
    if not names:
        held = {cert.id for cert in await held_by_their_edges(certs)}
        certs = [cert for cert in certs if cert.id not in held]
    return await start(state, certs, user=user)


def _parse_time(value: Any) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


async def issued(task: Task) -> None:
    """The end of a renewcerts run: each certificate issued is kept with its key; each failure says why while
    the certificate before keeps serving; then the edges that serve what changed are applied."""
    result = task.result or {}
    changed: set[str] = set()
    for entry in result.get("certificates") or []:
        cert = await Certificate.get_or_none(name=str(entry.get("name")))
        if cert is None or not cert.sealed_next_key or not entry.get("fullchain"):
            continue
        known = certificates.facts(str(entry["fullchain"]))
        cert.update_from_dict({"fullchain": str(entry["fullchain"]), "sealed_key": cert.sealed_next_key,
                               "sealed_next_key": None, "status": CertificateStatus.VALID, "last_error": "",
                               "renewed_at": datetime.now(UTC), **known})
        await cert.save()
        changed.update(cert.fqdns)
    failed = {str(entry.get("name")): str(entry.get("error") or "") for entry in result.get("failed") or []}
    if task.state != TaskState.SUCCESS and not failed and not changed:
        reason = task.error_message or task.message or f"the run ended {task.state}"
        names = [entry["name"] for entry in (task.extra_vars or {}).get("acme_cert_certificates") or []]
        failed = dict.fromkeys(names, reason)
    for name, error in failed.items():
        await failures.mark_failed(name, error, task_id=task.id)
    state = app_state()
    if state is None:
        return
    try:  # names routed while this run ran wait for no daily pass (never tried ones only: no loop on failures)
        await issue_missing(state, None, user=None)
    except ApiError as refused:
        log.warning("certificates of new names not started: %s", refused.message)
    if not changed:
        return
    try:
        await state.hooks.fire(CERTIFICATES_ISSUED, names=sorted(changed))
    except ApiError as refused:
        log.warning("issued certificates not applied everywhere: %s", refused.message)
    nodes = set(await Route.filter(fqdn__in=[fqdn for fqdn in changed if not fqdn.startswith("*.")])
                .values_list("node_id", flat=True))
    for pattern in (fqdn for fqdn in changed if fqdn.startswith("*.")):
        nodes.update(await Route.filter(fqdn__endswith=pattern[1:]).values_list("node_id", flat=True))
    from service.domains.edge import applying

    for node in await Node.filter(id__in=list(nodes)):
        try:
            await applying.apply(state, node, user=None, queue=True)
        except ApiError as refused:
            log.warning("edge of node %s not applied after renewal: %s", node.name, refused.message)
