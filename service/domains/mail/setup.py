"""Setting up the mail server: its guest made on first use (on the node chosen then, an address from its pool),
every mail domain's DNS records, Postfix, Dovecot and DKIM with every domain's settings and mailboxes; one run.
When it has run, the mail hosts without a certificate get one (renewcerts), whose end applies the server again."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from uuid import UUID

from starlette.datastructures import State

from service.actions import catalogue
from service.auth.models import User
from service.core import ssh_keys
from service.core.compensate import undo_on_failure
from service.core.errors import ApiError, Conflict, Invalid
from service.domains.dns import addresses
from service.domains.dns.records import Records
from service.domains.dns.registry import dns_box
from service.domains.edge import renewal
from service.domains.edge.context import state as app_state
from service.domains.instance import platform_defaults
from service.domains.mail import certs, content, records
from service.domains.mail.actions import MAIL, MAIL_SETUP, MailSetupVars
from service.domains.mail.models import MailDomain, MailServer, MailServerStatus
from service.domains.nodes import guests
from service.domains.nodes.models import Guest, GuestStatus, IpLease, Node
from service.domains.nodes.registry import connection_env, link_task
from service.tasks import TaskEngine, locks
from service.tasks.models import Task, TaskState

log = logging.getLogger(__name__)
MAIL_MEMORY_MB = 512
MAIL_DISK_GB = 8


async def guest_sizes() -> dict[str, int]:
    """The mail guest's memory (and swap): the platform default for mail (settings/platform_config), else ours."""
    default = await platform_defaults.guest_memory("mail")
    if default is None:
        return {"memory_mb": MAIL_MEMORY_MB}
    return {"memory_mb": default.memory_mb, **({"swap_mb": default.swap_mb} if default.swap_mb is not None else {})}


async def server() -> MailServer | None:
    return await MailServer.first().prefetch_related("guest", "node")


async def _choose_node(node_id: UUID | None) -> Node:
    if node_id is not None:
        node = await Node.get_or_none(id=node_id)
        if node is None:
            raise Invalid(f"No node {node_id}", details={"field": "nodeId"})
        return node
    nodes = await Node.all().limit(2)
    if len(nodes) != 1:
        raise Invalid("Name the node the mail server is made on (nodeId): there is not exactly one node",
                      details={"field": "nodeId"})
    return nodes[0]


async def _server_for(state: State, node_id: UUID | None) -> MailServer:
    """The mail server, recorded with its guest allocated (vmid, address) on first use; nothing kept when refused."""
    found = await server()
    if found is not None:
        if node_id is not None and found.node_id != node_id:
            raise Conflict(f"The mail server runs on node {found.node.name}", code="mail_node",
                           details={"field": "nodeId"})
        if found.guest_id is not None:
            return found
    node = await _choose_node(node_id) if found is None else found.node
    made = found or await MailServer.create(node=node)
    async with undo_on_failure(lambda: MailServer.filter(id=made.id, guest_id=None, task_id=None).delete()):
        allocation = await guests.allocate_guest(state.settings, state.nodes_box, node,
                                                 hostname=f"mail-{made.id.hex[:8]}", resource_type=MAIL,
                                                 resource_id=str(made.id), disk_gb=MAIL_DISK_GB,
                                                 static_only=True, **await guest_sizes())
    made.guest = allocation.guest
    await made.save(update_fields=["guest_id", "updated_at"])
    return await server()  # type: ignore[return-value]


async def plan(state: State, mail_server: MailServer) -> tuple[MailSetupVars, dict[str, str]]:
    """The vars and the run's environment of a setup as the records say now."""
    settings = state.settings
    node: Node = mail_server.node
    guest: Guest = mail_server.guest
    gathered = await content.gather(content.mail_box(settings), with_domain_secrets=True)
    domains = [mail_domain.domain for mail_domain in gathered.domains]
    address = await addresses.record_address(str(guest.ip))
    dns = Records(dns_box(settings))
    for mail_domain in gathered.domains:
        await records.add(dns, mail_domain.domain, mail_domain, address, nameservers=settings.nameservers or None)
    await certs.wanted(state, domains, str(guest.ip))
    chosen, mail_certificates, cert_env = await certs.serving(state, domains)
    for entry in gathered.vars["mail_domains"]:
        entry["certificate"] = chosen.get(entry["domain"], "")
    defaults = node.defaults or {}
    params = guests.create_params(settings, node, guest, cores=1, disk_gb=MAIL_DISK_GB, **await guest_sizes())
    variables = MailSetupVars(
        **params, **gathered.vars, containr_ssh_private_key_file=ssh_keys.ensure_key(settings),
        guest_base_apt_proxy=str(defaults["apt_proxy"]).rstrip("/") if defaults.get("apt_proxy") else None,
        mail_server_hostname=records.mail_host(domains[0].domain) if domains else f"{guest.hostname}.localdomain",
        mail_certificates=mail_certificates, dns_records_zones=dns.zones())
    return variables, {**connection_env(node, state.nodes_box), **dns.env(), **gathered.env, **cert_env}


async def busy() -> int | None:
    found = await MailServer.first()
    return await locks.busy_with((MAIL, str(found.id))) if found is not None else None


async def refuse_busy() -> None:
    """409 while a mail run is queued or runs: a change is recorded only when its run can start."""
    task_id = await busy()
    if task_id is not None:
        raise Conflict(f"The mail server is busy with task {task_id}", code="busy", details={"taskId": task_id})


async def apply(state: State, *, user: User | None, node_id: UUID | None = None, queue: bool = False) -> Task:
    """Start the setup of the mail server (409 while a mail run goes, unless `queue`: then it waits its turn)."""
    engine: TaskEngine = state.engine
    fresh = not await MailServer.filter(guest_id__not_isnull=True).exists()
    mail_server = await _server_for(state, node_id)

    async def forget() -> None:  # a new server whose first run did not start is not kept, nor its vmid and address
        if fresh and mail_server.guest_id is not None:
            await MailServer.filter(id=mail_server.id, task_id=None).delete()
            await IpLease.filter(guest_id=mail_server.guest_id).delete()
            await Guest.filter(id=mail_server.guest_id).delete()

    async with undo_on_failure(forget):
        variables, env = await plan(state, mail_server)
        guest_key = locks.resource_key("guest", str(mail_server.guest_id))
        task = await catalogue.start(engine, state.settings, MAIL_SETUP, resource_id=str(mail_server.id),
                                     params=variables, user=user, secrets=env, locks=[guest_key], queue=queue)
    mail_server.status, mail_server.task_id = MailServerStatus.APPLYING, task.id
    await mail_server.save(update_fields=["status", "task_id", "updated_at"])
    await link_task(mail_server.node, task)
    return task


async def ready_server() -> MailServer:
    """The mail server once set up (409 before: its guest has nothing to change yet)."""
    found = await server()
    if found is None or found.guest is None or found.applied_at is None:
        raise Conflict("Mail is not set up yet: enable it for a domain first (POST /api/v1/mail/{domain}/enable)",
                       code="mail_not_set_up")
    return found


async def finished(task: Task) -> None:
    """The end of a setup: the server's state, its guest's; then certificates for the mail hosts that have none."""
    mail_server = await MailServer.get_or_none(id=task.resource_id).prefetch_related("guest")
    if mail_server is None:
        return
    guest = mail_server.guest
    if task.state == TaskState.SUCCESS:
        mail_server.status, mail_server.status_message = MailServerStatus.READY, ""
        mail_server.applied_at = datetime.now(UTC)
        if guest is not None:
            guest.status, guest.status_message = GuestStatus.RUNNING, ""
            await guest.save(update_fields=["status", "status_message", "updated_at"])
    else:
        mail_server.status = MailServerStatus.ERROR
        mail_server.status_message = task.error_message or task.message or f"the run ended {task.state}"
    await mail_server.save(update_fields=["status", "status_message", "applied_at", "updated_at"])
    state = app_state()
    if task.state != TaskState.SUCCESS or state is None or guest is None:
        return
    domains = [mail_domain.domain for mail_domain in await MailDomain.all().prefetch_related("domain")]
    wanted = await certs.missing(await certs.wanted(state, domains, str(guest.ip)))
    if not wanted:
        return
    try:
        await renewal.start(state, wanted, user=None, queue=True)
    except ApiError as refused:
        log.info("mail host certificates wait: %s", refused.message)

