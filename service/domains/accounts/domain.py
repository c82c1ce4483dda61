"""The accounts slice as the app sees it: login, profile, the caller, accounts, groups and API tokens."""

from service.domains.accounts import ldap_sync
from service.domains.accounts.api import groups, invites, ldap, login, me, profile, tokens, users
from service.domains.domain import Domain

# /users/me before /users/{user_id}: routes match in the order they are included.
DOMAIN = Domain(name="accounts", routers=(login.router, profile.router, me.router, users.router, groups.router,
                                          tokens.router, invites.router, ldap.router),
                actions=(ldap_sync.SYNC,), jobs=ldap_sync.JOBS)
