"""The mail slice's answers to events of the slices below it: a domain with mailboxes is not deleted; issued
certificates of the mail hosts are put to use by a setup; the mail guest is not acted on through the node's
container routes while mail is set up; services with the sendmail addon get their submission account."""

from __future__ import annotations

import logging

from starlette.datastructures import State

from service.core.errors import ApiError, Conflict
from service.domains.dns.events import DOMAIN_DELETING
from service.domains.dns.models import Domain
from service.domains.edge import certificates
from service.domains.edge.events import CERTIFICATES_ISSUED
from service.domains.mail import sendmail, setup
from service.domains.mail.actions import MAIL
from service.domains.mail.models import WORKLOAD_OWNERS, Mailbox, MailDomain
from service.domains.mail.records import mail_host
from service.domains.nodes.events import GUEST_ACTING
from service.domains.nodes.models import Guest
from service.domains.services.events import SERVICE_ADDONS, SERVICE_ENVIRONMENT, SERVICE_GONE

log = logging.getLogger(__name__)


async def refuse_domain_with_mailboxes(state: State, *, domain: Domain) -> None:
    count = await Mailbox.filter(mail_domain__domain=domain).exclude(owner_type__in=WORKLOAD_OWNERS).count()
    if count:
        raise Conflict(f"Domain {domain.domain} has {count} mailbox(es): remove them first", code="in_use",
                       details={"mailboxes": count})


async def apply_issued(state: State, *, names: list[str]) -> None:
    hosts = [mail_host(domain) for domain in await MailDomain.all().values_list("domain__domain", flat=True)]
    if not any(certificates.covers(name, host) for name in names for host in hosts):
        return
    try:
        await setup.apply(state, user=None, queue=True)
    except ApiError as refused:  # the next setup serves them
        log.warning("mail server not applied after its certificates were issued: %s", refused.message)


async def refuse_mail_guest(state: State, *, guest: Guest) -> None:
    if guest.resource_type == MAIL and await MailDomain.exists():
        raise Conflict(f"Container {guest.hostname} is the mail server: it is changed through /api/v1/mail",
                       code="owned")


HOOKS = {DOMAIN_DELETING: refuse_domain_with_mailboxes, CERTIFICATES_ISSUED: apply_issued,
         GUEST_ACTING: refuse_mail_guest, SERVICE_ADDONS: sendmail.refuse_without_mail,
         SERVICE_ENVIRONMENT: sendmail.give_environment, SERVICE_GONE: sendmail.remove_account}
