"""`send_test_mail`: a sendTestMail run that sends a short message from the domain's no-reply address through the
mail server (banner, DKIM and relay as for any mail) and ends with the receiving server's answer."""

from __future__ import annotations

from starlette.datastructures import State

from service.actions import catalogue
from service.auth.models import User
from service.core import ssh_keys
from service.domains.mail import setup
from service.domains.mail.actions import MAIL_SEND_TEST, MailSendTestVars
from service.tasks import locks
from service.tasks.models import Task


async def send_test(state: State, domain: str, to: str, *, user: User) -> Task:
    found = await setup.ready_server()
    variables = MailSendTestVars(mail_guest_host=str(found.guest.ip), mail_test_from=f"no-reply@{domain}",
                                 mail_test_to=to, containr_ssh_private_key_file=ssh_keys.ensure_key(state.settings))
    return await catalogue.start(state.engine, state.settings, MAIL_SEND_TEST, resource_id=str(found.id),
                                 params=variables, user=user, locks=[locks.resource_key("guest", str(found.guest_id))])
