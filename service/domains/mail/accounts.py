"""Submission accounts the instance's mail server keeps for workloads that send mail (Cloudron's sendmail addon):
a mailbox owned by a service or an app, never listed as one, whose password is kept sealed so that every run
of its owner can hand it over again."""

from __future__ import annotations

import logging
import secrets
from uuid import UUID

from starlette.datastructures import State

from service.auth.models import User
from service.core.compensate import undo_on_failure
from service.core.errors import ApiError, Conflict
from service.domains.mail import content, hashing, mailboxes, records
from service.domains.mail.models import Mailbox, MailDomain, OwnerType
from service.domains.mail.schemas import LOCAL_PART

log = logging.getLogger(__name__)
SUBMISSION_PORT = 587  # STARTTLS, SASL through Dovecot (roles/mail_server)
SUFFIX = ".app"


def not_set_up(field: str = "addons") -> Conflict:
    return Conflict("Mail is not set up for any domain: the sendmail addon needs it (POST "
                    "/api/v1/mail/{domain}/enable first)", code="mail_not_set_up", details={"field": field})


async def account_of(owner_type: OwnerType, owner_id: str) -> Mailbox | None:
    return await Mailbox.get_or_none(owner_type=owner_type, owner_id=owner_id).prefetch_related("mail_domain__domain")


async def _mail_domain(domain_id: UUID | None) -> MailDomain | None:
    """The mail domain of `domain_id` when mail is set up there, else the first one."""
    found = await MailDomain.get_or_none(domain_id=domain_id) if domain_id is not None else None
    return found or await MailDomain.all().order_by("created_at").first()


async def _name(names: list[str], mail_domain: MailDomain) -> str:
    for name in names:
        if LOCAL_PART.fullmatch(name) and not await mailboxes.answered_by(mail_domain, name):
            return name
    raise Conflict(f"No free mail address among {', '.join(names)} on {mail_domain.domain.domain}", code="taken",
                   details={"field": "addons"})


async def make(state: State, *, owner_type: OwnerType, owner_id: str, names: list[str], domain_id: UUID | None,
               user: User | None) -> Mailbox:
    """The owner's account (the first free of `names`, each `<name>.app`), recorded and applied to the mail server
    (a queued mailMailboxes run); nothing kept when the run cannot be queued."""
    mail_domain = await _mail_domain(domain_id)
    if mail_domain is None:
        raise not_set_up()
    await mail_domain.fetch_related("domain")
    password = secrets.token_urlsafe(24)
    box = content.mail_box(state.settings)
    account = await Mailbox.create(mail_domain=mail_domain,
                                   name=await _name([f"{name}{SUFFIX}" for name in names], mail_domain),
                                   owner_type=owner_type, owner_id=owner_id, sealed_password=box.seal(password),
                                   sealed_password_hash=box.seal(hashing.dovecot_hash(password)))
    async with undo_on_failure(lambda: Mailbox.filter(id=account.id).delete()):
        await mailboxes.apply(state, user=user)
    return await account_of(owner_type, owner_id)  # type: ignore[return-value]


def login(state: State, account: Mailbox) -> dict[str, str]:
    """Where and how the account sends: server, port, username (its address), from, domain, password."""
    domain = account.mail_domain.domain.domain
    address = content.address(account, domain)
    password = str(content.mail_box(state.settings).open(account.sealed_password))
    return {"server": records.mail_host(domain), "port": str(SUBMISSION_PORT), "username": address,
            "from": address, "domain": domain, "password": password}


async def remove(state: State, *, owner_type: OwnerType, owner_id: str, user: User | None) -> None:
    """The owner's account goes, and the mail server forgets it with the mailboxes run this queues (or the next
    one, if this cannot be queued)."""
    deleted = await Mailbox.filter(owner_type=owner_type, owner_id=owner_id).delete()
    if not deleted:
        return
    try:
        await mailboxes.apply(state, user=user)
    except ApiError as refused:  # the row is gone: the next mailboxes run or setup leaves the account out
        log.warning("mail server not applied after %s %s's account went: %s", owner_type, owner_id, refused.message)
