"""Cloudron's sendmail addon: a service that asks for it gets its own submission account on the instance's mail
server (a mailbox owned by the service, never listed as one) and, at each deploy, the variables its app sends
mail with. The services slice announces its creates' and changes' addons, each deploy's environment and a
service that goes (service/domains/services/events.py); these are the mail slice's answers."""

from __future__ import annotations

from starlette.datastructures import State

from service.auth.models import User
from service.domains.dns.models import Route
from service.domains.mail import accounts
from service.domains.mail.models import Mailbox, MailDomain, OwnerType
from service.domains.services.models import Service

ADDON = "sendmail"
ROUTED = "service"  # a service's routes' resource_type (the edge's)


async def refuse_without_mail(state: State, *, addons: list[str], service: Service | None) -> None:
    """SERVICE_ADDONS: 409 for a create or change that asks for sendmail while mail is set up nowhere."""
    if ADDON in addons and not await MailDomain.exists():
        raise accounts.not_set_up()


async def account_of(service: Service) -> Mailbox | None:
    return await accounts.account_of(OwnerType.SERVICE, str(service.id))


async def _make(state: State, service: Service, *, user: User | None) -> Mailbox:
    """`<service>.app` on the mail domain of the service's first route's domain (else the first one); a service of
    the same name in another environment already has it: `<service>-<id>.app`."""
    route = await Route.filter(resource_type=ROUTED, resource_id=str(service.id)).order_by("created_at", "fqdn") \
        .first()
    return await accounts.make(state, owner_type=OwnerType.SERVICE, owner_id=str(service.id),
                               names=[service.name, f"{service.name}-{service.id.hex[:8]}"],
                               domain_id=route.domain_id if route is not None else None, user=user)


def variables(state: State, account: Mailbox) -> dict[str, str]:
    """Cloudron's sendmail variables for the account."""
    login = accounts.login(state, account)
    return {"MAIL_SMTP_SERVER": login["server"], "MAIL_SMTP_PORT": login["port"],
            "MAIL_SMTP_USERNAME": login["username"], "MAIL_SMTP_PASSWORD": login["password"],
            "MAIL_FROM": login["from"], "MAIL_DOMAIN": login["domain"]}


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
            raise accounts.not_set_up()
        account = await _make(state, service, user=user)
    # The addon's values win over variables of the same names: they are what the account answers to.
    env.update(variables(state, account))


async def remove_account(state: State, *, service: Service, user: User | None) -> None:
    """SERVICE_GONE (and a deploy of a service that dropped the addon): its account goes (accounts.remove)."""
    await accounts.remove(state, owner_type=OwnerType.SERVICE, owner_id=str(service.id), user=user)
