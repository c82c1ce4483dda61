"""Mail (seed 002 `/mail/{domain}...`): a domain's mail settings, each change applied by a mailSetup task; its
records' status; a test message; its mailboxes and their aliases; the mail server's log. Administrators only."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Query, Request, status
from fastapi.responses import StreamingResponse

from service.api.deps import AdminUser, SettingsDep
from service.core.audit import AuditTarget, note
from service.core.errors import Conflict
from service.core.paging import PagingDep
from service.core.schemas import Page, TaskCreated, error_responses
from service.core.sse import sse_comment, sse_event
from service.domains.dns.models import Domain
from service.domains.dns.registry import get_domain
from service.domains.mail import configuring, content, logs, mailboxes, sending, setup
from service.domains.mail import status as mail_status
from service.domains.mail.models import WORKLOAD_OWNERS, Mailbox, MailDomain
from service.domains.mail.schemas import (
    AliasesIn,
    AliasesOut,
    AliasOut,
    BannerIn,
    CatchAllIn,
    EnableIn,
    FlagIn,
    MailboxChanged,
    MailboxCount,
    MailboxIn,
    MailboxOut,
    MailboxUpdateIn,
    MailDomainChanged,
    MailDomainOut,
    MailLogs,
    MailStatusOut,
    RelayIn,
    TaskMaybe,
    TestMailIn,
)

router = APIRouter(prefix="/mail", tags=["mail"])
Lines = Annotated[int, Query(ge=1, le=logs.MAX_LINES, description="How many of the last lines")]


def _target(domain: Domain) -> AuditTarget:
    # A domain's mail settings are the domain's: the audit log names the domain, as its own routes do.
    return AuditTarget(kind="domain", id=domain.domain, name=domain.domain)


def _mailbox_target(name: str, domain: Domain) -> AuditTarget:
    return AuditTarget(kind="mailbox", id=name, name=f"{name}@{domain.domain}")


async def _mail_domain(name: str) -> tuple[Domain, MailDomain]:
    domain = await get_domain(name)
    mail_domain = await MailDomain.get_or_none(domain=domain).prefetch_related("domain")
    if mail_domain is None:
        raise Conflict(f"Mail is not set up for {domain.domain}: enable it first", code="mail_not_set_up",
                       details={"field": "domain"})
    return domain, mail_domain


async def _changed(request: Request, name: str, user: AdminUser, fields: dict, **options: object
                   ) -> MailDomainChanged:
    domain = await get_domain(name)
    note(_target(domain))
    mail_domain, task = await configuring.change(request.app.state, domain, fields, user=user, **options)
    return configuring.present(domain, mail_domain, await setup.server(), task)  # type: ignore[return-value]


@router.get("/logs", response_model=MailLogs, responses=error_responses(401, 403, 409, 422, 502),
            summary="The last lines of the mail server's log")
async def mail_logs(_: AdminUser, settings: SettingsDep, lines: Lines = 100) -> MailLogs:
    return MailLogs(lines=await logs.tail(settings, lines), source=logs.SOURCE)


@router.get("/logstream", response_class=StreamingResponse, responses={
    200: {"content": {"text/event-stream": {"schema": {"type": "string"}}},
          "description": "One event per line of the mail server's log, the last `lines` first, then live"},
    **error_responses(401, 403, 409, 422)}, summary="Follow the mail server's log live (Server-Sent Events)")
async def mail_logstream(_: AdminUser, settings: SettingsDep, lines: Lines = 10) -> StreamingResponse:
    followed = await logs.follow(settings, lines)  # 409 here, before the stream's 200

    async def stream() -> AsyncIterator[str]:
        yield sse_comment(f"containr mail log: {logs.SOURCE}")
        async for line in followed:
            yield sse_comment("keep-alive") if line is None else sse_event(line)

    return StreamingResponse(stream(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


@router.get("/{domain}", response_model=MailDomainOut, responses=error_responses(401, 403, 404),
            summary="A domain's mail settings (the relay's password never shown)")
async def get_mail_domain(domain: str, _: AdminUser) -> MailDomainOut:
    found = await get_domain(domain)
    return configuring.present(found, await MailDomain.get_or_none(domain=found), await setup.server())


@router.get("/{domain}/status", response_model=MailStatusOut, responses=error_responses(401, 403, 404, 409),
            summary="Whether each mail record holds what Containr writes, and whether the relay answers")
async def get_mail_status(domain: str, _: AdminUser, settings: SettingsDep) -> MailStatusOut:
    found, mail_domain = await _mail_domain(domain)
    return await mail_status.status(settings, found, mail_domain, await setup.server())


@router.post("/{domain}/enable", response_model=MailDomainChanged, status_code=status.HTTP_202_ACCEPTED,
             responses=error_responses(401, 403, 404, 409, 422),
             summary="Set mail up for the domain and turn incoming mail on or off (a mailSetup task)")
async def enable_mail(domain: str, body: EnableIn, user: AdminUser, request: Request) -> MailDomainChanged:
    return await _changed(request, domain, user, {"incoming": body.enabled}, set_up=True, node_id=body.node_id)


@router.post("/{domain}/mail_from_validation", response_model=MailDomainChanged,
             status_code=status.HTTP_202_ACCEPTED, responses=error_responses(401, 403, 404, 409, 422),
             summary="Allow senders only their own addresses (a mailSetup task)")
async def set_mail_from_validation(domain: str, body: FlagIn, user: AdminUser, request: Request) -> MailDomainChanged:
    return await _changed(request, domain, user, {"mail_from_validation": body.enabled})


@router.post("/{domain}/catch_all", response_model=MailDomainChanged, status_code=status.HTTP_202_ACCEPTED,
             responses=error_responses(401, 403, 404, 409, 422),
             summary="Where mail to unknown addresses of the domain goes (a mailSetup task)")
async def set_catch_all(domain: str, body: CatchAllIn, user: AdminUser, request: Request) -> MailDomainChanged:
    return await _changed(request, domain, user, {"catch_all": [str(address).lower() for address in body.addresses]})


@router.post("/{domain}/relay", response_model=MailDomainChanged, status_code=status.HTTP_202_ACCEPTED,
             responses=error_responses(401, 403, 404, 409, 422),
             summary="Where the domain's outgoing mail goes (a mailSetup task); the password is write-only")
async def set_relay(domain: str, body: RelayIn, user: AdminUser, request: Request) -> MailDomainChanged:
    found = await get_domain(domain)
    fields = configuring.relay_fields(body, await MailDomain.get_or_none(domain=found),
                                      content.mail_box(request.app.state.settings))
    return await _changed(request, domain, user, fields)


@router.post("/{domain}/banner", response_model=MailDomainChanged, status_code=status.HTTP_202_ACCEPTED,
             responses=error_responses(401, 403, 404, 409, 422),
             summary="The text (and HTML) appended to the domain's outgoing mail (a mailSetup task)")
async def set_banner(domain: str, body: BannerIn, user: AdminUser, request: Request) -> MailDomainChanged:
    return await _changed(request, domain, user, {"banner_text": body.text, "banner_html": body.html})


@router.post("/{domain}/send_test_mail", response_model=TaskCreated, status_code=status.HTTP_202_ACCEPTED,
             responses=error_responses(401, 403, 404, 409, 422),
             summary="Send a test message from the domain (a sendTestMail task that fails with the SMTP error)")
async def send_test_mail(domain: str, body: TestMailIn, user: AdminUser, request: Request) -> TaskCreated:
    found, _ = await _mail_domain(domain)
    note(_target(found))
    task = await sending.send_test(request.app.state, found.domain, str(body.to), user=user)
    return TaskCreated(task_id=task.id)


@router.get("/{domain}/mailbox_count", response_model=MailboxCount, responses=error_responses(401, 403, 404),
            summary="How many mailboxes the domain has")
async def mailbox_count(domain: str, _: AdminUser) -> MailboxCount:
    found = await get_domain(domain)
    count = await Mailbox.filter(mail_domain__domain=found).exclude(owner_type__in=WORKLOAD_OWNERS).count()
    return MailboxCount(count=count)


@router.get("/{domain}/mailboxes", response_model=Page[MailboxOut], responses=error_responses(401, 403, 404, 422),
            summary="The domain's mailboxes")
async def list_mailboxes(domain: str, _: AdminUser, paging: PagingDep) -> Page[MailboxOut]:
    found = await get_domain(domain)
    query = Mailbox.filter(mail_domain__domain=found).exclude(owner_type__in=WORKLOAD_OWNERS)
    if paging.search:
        query = query.filter(name__icontains=paging.search)
    total = await query.count()
    items = await query.order_by("name").offset(paging.offset).limit(paging.per_page)
    return Page[MailboxOut](items=[mailboxes.present(item, found.domain) for item in items], total=total,
                            page=paging.page, per_page=paging.per_page)


@router.post("/{domain}/mailboxes", response_model=MailboxChanged, status_code=status.HTTP_202_ACCEPTED,
             responses=error_responses(401, 403, 404, 409, 422),
             summary="Add a mailbox (applied by a mailMailboxes task, without restarting the server)")
async def add_mailbox(domain: str, body: MailboxIn, user: AdminUser, request: Request) -> MailboxChanged:
    found, mail_domain = await _mail_domain(domain)
    note(_target(found))
    mailbox, task = await mailboxes.create(request.app.state, mail_domain, body, user=user)
    return MailboxChanged(**mailboxes.present(mailbox, found.domain).model_dump(), task_id=task.id if task else None)


@router.get("/{domain}/mailboxes/{name}", response_model=MailboxOut, responses=error_responses(401, 403, 404, 409),
            summary="One mailbox")
async def get_mailbox(domain: str, name: str, _: AdminUser) -> MailboxOut:
    found, mail_domain = await _mail_domain(domain)
    return mailboxes.present(await mailboxes.get_mailbox(mail_domain, name), found.domain)


@router.put("/{domain}/mailboxes/{name}", response_model=MailboxChanged, status_code=status.HTTP_202_ACCEPTED,
            responses=error_responses(401, 403, 404, 409, 422),
            summary="Change a mailbox's owner, password, quota or state (a mailMailboxes task)")
async def update_mailbox(domain: str, name: str, body: MailboxUpdateIn, user: AdminUser,
                         request: Request) -> MailboxChanged:
    found, mail_domain = await _mail_domain(domain)
    mailbox = await mailboxes.get_mailbox(mail_domain, name)
    note(_mailbox_target(name, found))
    task = await mailboxes.update(request.app.state, mailbox, body, user=user)
    return MailboxChanged(**mailboxes.present(mailbox, found.domain).model_dump(), task_id=task.id if task else None)


@router.delete("/{domain}/mailboxes/{name}", response_model=TaskMaybe, status_code=status.HTTP_202_ACCEPTED,
               responses=error_responses(401, 403, 404, 409),
               summary="Remove a mailbox (its stored mail stays in the server's folder; a mailMailboxes task)")
async def delete_mailbox(domain: str, name: str, user: AdminUser, request: Request) -> TaskMaybe:
    found, mail_domain = await _mail_domain(domain)
    mailbox = await mailboxes.get_mailbox(mail_domain, name)
    note(_mailbox_target(name, found))
    task = await mailboxes.delete(request.app.state, mailbox, user=user)
    return TaskMaybe(task_id=task.id if task else None)


@router.get("/{domain}/mailboxes/{name}/aliases", response_model=AliasesOut,
            responses=error_responses(401, 403, 404, 409), summary="A mailbox's aliases")
async def get_aliases(domain: str, name: str, _: AdminUser) -> AliasesOut:
    _, mail_domain = await _mail_domain(domain)
    mailbox = await mailboxes.get_mailbox(mail_domain, name)
    return AliasesOut(aliases=[AliasOut(**alias) for alias in mailbox.aliases or []])


@router.put("/{domain}/mailboxes/{name}/aliases", response_model=AliasesOut, status_code=status.HTTP_202_ACCEPTED,
            responses=error_responses(401, 403, 404, 409, 422),
            summary="Set a mailbox's aliases (a mailMailboxes task)")
async def set_aliases(domain: str, name: str, body: AliasesIn, user: AdminUser, request: Request) -> AliasesOut:
    found, mail_domain = await _mail_domain(domain)
    mailbox = await mailboxes.get_mailbox(mail_domain, name)
    note(_mailbox_target(name, found))
    task = await mailboxes.set_aliases(request.app.state, mailbox, body.aliases, user=user)
    return AliasesOut(aliases=[AliasOut(**alias) for alias in mailbox.aliases or []],
                      task_id=task.id if task else None)
