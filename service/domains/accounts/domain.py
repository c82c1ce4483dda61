"""The accounts slice as the app sees it: login, profile, the caller, accounts, groups and API tokens."""

from service.domains.accounts.api import groups, login, me, profile, tokens, users
from service.domains.domain import Domain

# /users/me before /users/{user_id}: routes match in the order they are included.
DOMAIN = Domain(name="accounts", routers=(login.router, profile.router, me.router, users.router, groups.router,
                                          tokens.router))
