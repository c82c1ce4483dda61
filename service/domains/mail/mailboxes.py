"""Mailboxes and their aliases: recorded here, applied by a mailMailboxes run that rewrites the server's maps and
password file without restarting anything (queued behind a mail run that goes; none before the server's first
setup, which takes them)."""

from __future__ import annotations

from typing import Any

from starlette.datastructures import State

from service.actions import catalogue
from service.auth.models import Group, User
from service.core import ssh_keys
from service.core.compensate import undo_on_failure
from service.core.errors import Conflict, Invalid, NotFound
from service.domains.mail import content, hashing, setup
from service.domains.mail.actions import MAIL_MAILBOXES, MailMailboxesVars
from service.domains.mail.models import WORKLOAD_OWNERS, Mailbox, MailDomain, OwnerType
from service.domains.mail.schemas import AliasIn, AliasOut, MailboxIn, MailboxOut, MailboxUpdateIn
from service.tasks import locks
from service.tasks.models import Task


async def check_owner(owner_type: str, owner_id: str) -> None:
    model = User if owner_type == OwnerType.USER else Group
    try:
        found = await model.exists(id=owner_id)
    except (ValueError, TypeError):  # not a UUID at all
        found = False
    if not found:
        raise Invalid(f"No {owner_type} {owner_id}", details={"field": "ownerId"})


async def get_mailbox(mail_domain: MailDomain, name: str) -> Mailbox:
    mailbox = await Mailbox.filter(mail_domain=mail_domain, name=name).exclude(owner_type__in=WORKLOAD_OWNERS).first()
    if mailbox is None:
        raise NotFound(f"No mailbox {name}@{mail_domain.domain.domain}")
    return mailbox


async def answered_by(mail_domain: MailDomain, name: str, *, mailbox: Mailbox | None = None) -> str | None:
    """What already answers name@domain: a mailbox, or an alias of another mailbox."""
    if await Mailbox.exists(mail_domain=mail_domain, name=name):
        return "a mailbox"
    wanted = {"name": name, "domain": mail_domain.domain.domain}
    for other in await Mailbox.all():
        if (mailbox is None or other.id != mailbox.id) and wanted in (other.aliases or []):
            return f"an alias of mailbox {other.name}"
    return None


async def apply(state: State, *, user: User | None) -> Task | None:
    """A mailMailboxes run with the mailboxes as recorded now, queued behind a mail run that goes; None while the
    server has not been set up (its first setup takes them)."""
    found = await setup.server()
    if found is None or found.guest is None:
        return None
    if found.applied_at is None and await setup.busy() is None:
        return None  # the first setup failed: the next one takes them
    gathered = await content.gather(content.mail_box(state.settings), with_domain_secrets=False)
    variables = MailMailboxesVars(**gathered.vars, mail_guest_host=str(found.guest.ip),
                                  containr_ssh_private_key_file=ssh_keys.ensure_key(state.settings))
    return await catalogue.start(state.engine, state.settings, MAIL_MAILBOXES, resource_id=str(found.id),
                                 params=variables, user=user, secrets=gathered.env, queue=True,
                                 locks=[locks.resource_key("guest", str(found.guest_id))])


async def create(state: State, mail_domain: MailDomain, body: MailboxIn, *, user: User) -> tuple[Mailbox, Task | None]:
    await check_owner(body.owner_type, body.owner_id)
    holder = await answered_by(mail_domain, body.name)
    if holder:
        raise Conflict(f"{body.name}@{mail_domain.domain.domain} is {holder} already", code="taken",
                       details={"field": "name"})
    box = content.mail_box(state.settings)
    mailbox = await Mailbox.create(mail_domain=mail_domain, name=body.name, owner_type=OwnerType(body.owner_type),
                                   owner_id=body.owner_id, storage_quota_mb=body.storage_quota_mb, active=body.active,
                                   sealed_password_hash=box.seal(hashing.dovecot_hash(body.password)))
    async with undo_on_failure(lambda: Mailbox.filter(id=mailbox.id).delete()):
        task = await apply(state, user=user)
    return mailbox, task


async def update(state: State, mailbox: Mailbox, body: MailboxUpdateIn, *, user: User) -> Task | None:
    fields: dict[str, Any] = body.model_dump(exclude_unset=True, exclude={"password"})
    if "owner_type" in fields or "owner_id" in fields:
        await check_owner(fields.get("owner_type", mailbox.owner_type), fields.get("owner_id", mailbox.owner_id))
    if body.password is not None:
        fields["sealed_password_hash"] = content.mail_box(state.settings).seal(hashing.dovecot_hash(body.password))
    before = {name: getattr(mailbox, name) for name in fields}
    mailbox.update_from_dict(fields)
    await mailbox.save()
    async with undo_on_failure(lambda: Mailbox.filter(id=mailbox.id).update(**before)):
        return await apply(state, user=user)


async def delete(state: State, mailbox: Mailbox, *, user: User) -> Task | None:
    kept = {name: getattr(mailbox, name) for name in ("id", "mail_domain_id", "name", "owner_type", "owner_id",
                                                      "sealed_password_hash", "storage_quota_mb", "active", "aliases")}
    await mailbox.delete()
    async with undo_on_failure(lambda: Mailbox.create(**kept)):
        return await apply(state, user=user)


async def set_aliases(state: State, mailbox: Mailbox, aliases: list[AliasIn], *, user: User) -> Task | None:
    wanted: list[dict[str, str]] = []
    for index, alias in enumerate(aliases):
        target = await MailDomain.get_or_none(domain__domain=alias.domain).prefetch_related("domain")
        if target is None:
            raise Invalid(f"Mail is not set up for domain {alias.domain}",
                          details={"field": f"aliases.{index}.domain"})
        holder = await answered_by(target, alias.name, mailbox=mailbox)
        if holder:
            raise Conflict(f"{alias.name}@{alias.domain} is {holder} already", code="taken",
                           details={"field": f"aliases.{index}.name"})
        entry = {"name": alias.name, "domain": alias.domain}
        if entry not in wanted:
            wanted.append(entry)
    before = list(mailbox.aliases or [])
    mailbox.aliases = wanted
    await mailbox.save(update_fields=["aliases", "updated_at"])
    async with undo_on_failure(lambda: Mailbox.filter(id=mailbox.id).update(aliases=before)):
        return await apply(state, user=user)


def present(mailbox: Mailbox, domain: str) -> MailboxOut:
    return MailboxOut(name=mailbox.name, domain=domain, owner_id=mailbox.owner_id, owner_type=mailbox.owner_type.value,
                      storage_quota_mb=mailbox.storage_quota_mb, active=mailbox.active,
                      aliases=[AliasOut(**alias) for alias in mailbox.aliases or []], created_at=mailbox.created_at,
                      updated_at=mailbox.updated_at)

