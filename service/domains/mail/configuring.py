"""Changing a domain's mail settings (Cloudron's `/mail/{domain}/...` posts): each change is recorded and applied
by one mailSetup run, or neither (a busy server, a refused start: the settings before stay). A domain's mail is
recorded on its first change, with a DKIM key of its own."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from starlette.datastructures import State

from service.auth.models import User
from service.core.compensate import undo_on_failure
from service.core.errors import Conflict
from service.core.secrets import SecretBox
from service.domains.dns.models import Domain
from service.domains.mail import content, dkim, setup
from service.domains.mail import relay as relays
from service.domains.mail.models import MailDomain, MailServer
from service.domains.mail.records import mail_host
from service.domains.mail.schemas import BannerOut, MailDomainChanged, MailDomainOut, RelayIn, RelayOut
from service.tasks.models import Task


async def _record(domain: Domain, box: SecretBox) -> MailDomain:
    private, public = dkim.new_key()
    return await MailDomain.create(domain=domain, dkim_selector=dkim.new_selector(),
                                   sealed_dkim_key=box.seal(private), dkim_public_key=public)


async def change(state: State, domain: Domain, fields: dict[str, Any], *, user: User, set_up: bool = False,
                 node_id: UUID | None = None) -> tuple[MailDomain, Task]:
    """Record a change and start the setup that applies it; `set_up` (enable) records the domain's mail first
    when it has none, any other change needs it set up (409)."""
    existing = await MailDomain.get_or_none(domain=domain)
    if existing is None and not set_up:
        raise Conflict(f"Mail is not set up for {domain.domain}: enable it first", code="mail_not_set_up",
                       details={"field": "domain"})
    await setup.refuse_busy()
    box = content.mail_box(state.settings)
    mail_domain = existing or await _record(domain, box)
    before = {name: getattr(mail_domain, name) for name in fields}
    mail_domain.update_from_dict(fields)
    await mail_domain.save()

    async def undo() -> None:
        if existing is None:
            await MailDomain.filter(id=mail_domain.id).delete()
        else:
            await MailDomain.filter(id=mail_domain.id).update(**before)

    async with undo_on_failure(undo):
        task = await setup.apply(state, user=user, node_id=node_id)
    return mail_domain, task


def relay_fields(body: RelayIn, mail_domain: MailDomain | None, box: SecretBox) -> dict[str, Any]:
    """The columns of a relay from a request (a password left out keeps the stored one of the same provider)."""
    kept = mail_domain is not None and mail_domain.relay_provider == body.provider \
        and mail_domain.sealed_relay_password is not None
    relay = relays.resolve(body.provider, host=body.host, port=body.port, username=body.username,
                           has_password=bool(body.password) or kept, accept_self_signed=body.accept_self_signed_certs)
    if not relay.auth:
        sealed = None
    elif body.password:
        sealed = box.seal(body.password)
    else:
        sealed = mail_domain.sealed_relay_password if mail_domain is not None else None
    return {"relay_provider": relay.provider, "relay_host": relay.host, "relay_port": relay.port,
            "relay_username": relay.username, "sealed_relay_password": sealed,
            "relay_accept_self_signed": relay.accept_self_signed}


def present(domain: Domain, mail_domain: MailDomain | None, server: MailServer | None,
            task: Task | None = None) -> MailDomainOut | MailDomainChanged:
    values: dict[str, Any] = {
        "domain": domain.domain, "configured": mail_domain is not None, "mail_host": mail_host(domain.domain),
        "server_status": server.status.value if server is not None else "none",
        "server_message": server.status_message if server is not None else ""}
    if mail_domain is None:
        values.update(enabled=False, mail_from_validation=True, catch_all=[], dkim_selector=None,
                      relay=RelayOut(provider=relays.DIRECT, host="", port=587, username="", password_set=False,
                                     accept_self_signed_certs=False),
                      banner=BannerOut(text="", html=""))
    else:
        values.update(
            enabled=mail_domain.incoming, mail_from_validation=mail_domain.mail_from_validation,
            catch_all=list(mail_domain.catch_all or []), dkim_selector=mail_domain.dkim_selector,
            relay=RelayOut(provider=mail_domain.relay_provider, host=mail_domain.relay_host,
                           port=mail_domain.relay_port, username=mail_domain.relay_username,
                           password_set=mail_domain.sealed_relay_password is not None,
                           accept_self_signed_certs=mail_domain.relay_accept_self_signed),
            banner=BannerOut(text=mail_domain.banner_text, html=mail_domain.banner_html))
    if task is None:
        return MailDomainOut(**values)
    return MailDomainChanged(**values, task_id=task.id)
