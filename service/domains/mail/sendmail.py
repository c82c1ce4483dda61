"""Cloudron's sendmail addon: a service that asks for it gets its own submission account on the instance's mail
server (a mailbox owned by the service, never listed as one) and, at each deploy, the variables its app sends
mail with. The services slice announces its creates' and changes' addons, each deploy's environment and a
service that goes (service/domains/services/events.py); these are the mail slice's answers."""

from __future__ import annotations

import logging
import secrets

from starlette.datastructures import State

from service.auth.models import User
from service.core.compensate import undo_on_failure
from service.core.errors import ApiError, Conflict
from service.domains.dns.models import Route
from service.domains.mail import content, hashing, mailboxes, records
from service.domains.mail.models import Mailbox, MailDomain, OwnerType
from service.domains.mail.schemas import LOCAL_PART
from service.domains.services.models import Service

log = logging.getLogger(__name__)
ADDON = "sendmail"
SUBMISSION_PORT = 587  # STARTTLS, SASL through Dovecot (roles/mail_server)
ROUTED = "service"  # a service's routes' resource_type (the edge's)
SUFFIX = ".app"


def _not_set_up() -> Conflict:
    return Conflict("Mail is not set up for any domain: the sendmail addon needs it (POST "
                    "/api/v1/mail/{domain}/enable first)", code="mail_not_set_up", details={"field": "addons"})


async def refuse_without_mail(state: State, *, addons: list[str], service: Service | None) -> None:
    """SERVICE_ADDONS: 409 for a create or change that asks for sendmail while mail is set up nowhere."""
    if ADDON in addons and not await MailDomain.exists():
        raise _not_set_up()


async def account_of(service: Service) -> Mailbox | None:
    return await Mailbox.get_or_none(owner_type=OwnerType.SERVICE, owner_id=str(service.id)) \
        .prefetch_related("mail_domain__domain")


async def _mail_domain_for(service: Service) -> MailDomain | None:
    """The mail domain of the service's first route's domain when mail is set up there, else the first one."""
    route = await Route.filter(resource_type=ROUTED, resource_id=str(service.id)).order_by("created_at", "fqdn") \
        .first()
    found = await MailDomain.get_or_none(domain_id=route.domain_id) if route is not None else None
    return found or await MailDomain.all().order_by("created_at").first()


async def _name(service: Service, mail_domain: MailDomain) -> str:
    """`<service>.app`; a service of the same name in another environment already has it: `<service>-<id>.app`."""
    for name in (f"{service.name}{SUFFIX}", f"{service.name}-{service.id.hex[:8]}{SUFFIX}"):
        if LOCAL_PART.fullmatch(name) and not await mailboxes.answered_by(mail_domain, name):
            return name
    raise Conflict(f"No free mail address for service {service.name} on {mail_domain.domain.domain}",
                   code="taken", details={"field": "addons"})


async def _make(state: State, service: Service, *, user: User | None) -> Mailbox:
    """The service's account, recorded and applied to the mail server (a queued mailMailboxes run); nothing kept
    when the run cannot be queued."""
    mail_domain = await _mail_domain_for(service)
    if mail_domain is None:
        raise _not_set_up()
    await mail_domain.fetch_related("domain")
    password = secrets.token_urlsafe(24)
    box = content.mail_box(state.settings)
    account = await Mailbox.create(mail_domain=mail_domain, name=await _name(service, mail_domain),
                                   owner_type=OwnerType.SERVICE, owner_id=str(service.id),
                                   sealed_password=box.seal(password),
                                   sealed_password_hash=box.seal(hashing.dovecot_hash(password)))
    async with undo_on_failure(lambda: Mailbox.filter(id=account.id).delete()):
        await mailboxes.apply(state, user=user)
    return await account_of(service)  # type: ignore[return-value]


def variables(account: Mailbox, password: str) -> dict[str, str]:
    """Cloudron's sendmail variables for the account."""
    domain = account.mail_domain.domain.domain
    address = content.address(account, domain)
    return {"MAIL_SMTP_SERVER": records.mail_host(domain), "MAIL_SMTP_PORT": str(SUBMISSION_PORT),
            "MAIL_SMTP_USERNAME": address, "MAIL_SMTP_PASSWORD": password, "MAIL_FROM": address,
            "MAIL_DOMAIN": domain}


async def give_environment(state: State, *, service: Service, env: dict[str, str], user: User | None) -> None:
    """SERVICE_ENVIRONMENT: the sendmail variables for a service that asks for them, its account made on the first
    such deploy and the same one after (its password kept sealed for that); 409 while mail is set up nowhere. A
    service that no longer asks for it loses its account."""
    account = await account_of(service)
    if ADDON not in (service.addons or []):
        if account is not None:
            await remove_account(state, service=service, user=user)
        return
    if account is None:
        if not await MailDomain.exists():
            raise _not_set_up()
        account = await _make(state, service, user=user)
    # The addon's values win over variables of the same names: they are what the account answers to.
    env.update(variables(account, str(content.mail_box(state.settings).open(account.sealed_password))))


async def remove_account(state: State, *, service: Service, user: User | None) -> None:
    """SERVICE_GONE (and a deploy of a service that dropped the addon): its account goes, and the mail server
    forgets it with the mailboxes run this queues (or the next one, if this cannot be queued)."""
    deleted = await Mailbox.filter(owner_type=OwnerType.SERVICE, owner_id=str(service.id)).delete()
    if not deleted:
        return
    try:
        await mailboxes.apply(state, user=user)
    except ApiError as refused:  # the row is gone: the next mailboxes run or setup leaves the account out
        log.warning("mail server not applied after service %s's account went: %s", service.name, refused.message)
