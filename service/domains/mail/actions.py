"""The mail server's actions: setting it up (mail_setup.yml: the guest, the DNS records, Postfix, Dovecot and DKIM
with every domain's settings), changing its mailboxes without a restart (mail_mailboxes.yml), sending a test
message (mail_send_test.yml) and resizing its guest (mail_resize.yml). Their vars are the playbooks' own (see
each header); secrets travel only in the environment variables named here."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from service.actions.catalogue import Action
from service.domains.edge.actions import DnsZone, EdgeCertificate
from service.domains.nodes.actions import GuestCreateVars, GuestRef, PlaybookVars
from service.tasks.models import Task

MAIL = "mail"  # the resource the mail actions lock: the mail server, by its id
PASSWORDS_ENV = "CONTAINR_MAIL_PASSWORDS"  # {"<address>": "<Dovecot password hash>"}
RELAY_PASSWORDS_ENV = "CONTAINR_MAIL_RELAY_PASSWORDS"  # {"<domain>": "<password>"}
DKIM_KEYS_ENV = "CONTAINR_MAIL_DKIM_KEYS"  # {"<domain>": "<PEM>"}
CERTIFICATES_ENV = "CONTAINR_MAIL_CERTIFICATES"  # {"<name>": {"cert": "<PEM chain>", "key": "<PEM>"}}


class MailRelay(PlaybookVars):
    provider: str
    host: str = ""
    port: int = Field(default=587, ge=1, le=65535)
    auth: bool = False
    username: str = ""
    tls: Literal["secure", "encrypt", "may"] = "secure"


class MailDomainVars(PlaybookVars):
    domain: str
    incoming: bool
    mail_from_validation: bool
    catch_all: list[str]
    relay: MailRelay
    banner_text: str = ""
    banner_html: str = ""
    dkim_selector: str
    certificate: str = ""


class MailboxVars(PlaybookVars):
    address: str
    quota_mb: int = Field(default=0, ge=0)
    active: bool = True


class MailAliasVars(PlaybookVars):
    address: str
    targets: list[str]


class MailContentVars(PlaybookVars):
    mail_domains: list[MailDomainVars]
    mail_mailboxes: list[MailboxVars]
    mail_aliases: list[MailAliasVars]


class MailSetupVars(MailContentVars, GuestCreateVars):
    proxmox_guest_template: str
    proxmox_guest_ip: str
    containr_ssh_private_key_file: Path
    guest_base_apt_proxy: str | None = None
    mail_server_hostname: str
    mail_certificates: list[EdgeCertificate]
    dns_records_zones: list[DnsZone]


class MailMailboxesVars(MailContentVars):
    mail_guest_host: str
    containr_ssh_private_key_file: Path


class MailSendTestVars(PlaybookVars):
    mail_guest_host: str
    containr_ssh_private_key_file: Path
    mail_test_from: str
    mail_test_to: str


async def _set_up(task: Task) -> None:
    from service.domains.mail import setup  # the runs it starts next are setup's (which imports this module)

    await setup.finished(task)


MAIL_SETUP = Action(name="mail.setup", task_type="mailSetup", playbook="mail_setup", vars_model=MailSetupVars,
                    resource_type=MAIL, timeout=1800, on_finish=_set_up)
MAIL_MAILBOXES = Action(name="mail.mailboxes", task_type="mailMailboxes", playbook="mail_mailboxes",
                        vars_model=MailMailboxesVars, resource_type=MAIL, timeout=600)
class MailResizeVars(GuestRef):
    proxmox_guest_memory_mb: int = Field(ge=128)


MAIL_RESIZE = Action(name="mail.resize", task_type="mailResize", playbook="mail_resize", vars_model=MailResizeVars,
                     resource_type=MAIL, timeout=600)
MAIL_SEND_TEST = Action(name="mail.send_test", task_type="sendTestMail", playbook="mail_send_test",
                        vars_model=MailSendTestVars, resource_type=MAIL, timeout=300)
