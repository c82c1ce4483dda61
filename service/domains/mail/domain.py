"""The mail slice as the app sees it: the mail API, the mail server's actions and its answers to the domains',
certificates' and guests' events."""

from service.domains.domain import Domain
from service.domains.mail import actions, api, hooks

DOMAIN = Domain(name="mail", routers=(api.router,),
                actions=(actions.MAIL_SETUP, actions.MAIL_MAILBOXES, actions.MAIL_SEND_TEST, actions.MAIL_RESIZE),
                hooks=hooks.HOOKS)
