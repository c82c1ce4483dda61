"""Logins of external accounts: the password checked by a bind as the user's entry, and the account made on
first login when the configuration says autoCreate."""

from __future__ import annotations

import logging
import secrets

from service.auth import ldap
from service.auth.accounts import ExternalCheck
from service.auth.models import User
from service.core.errors import Conflict, Unauthorized
from service.core.secrets import SecretBox
from service.domains.accounts.registration import create_user

log = logging.getLogger(__name__)

# The local password of an external account: no argon2 hash, so no password ever matches it here.
NO_PASSWORD = "!external"


async def create_external(*, username: str, email: str, display_name: str | None, dn: str) -> User | None:
    """An account for a directory entry (None when its username or email is taken by another account)."""
    try:
        # create_user hashes a password; a random one is replaced at once by NO_PASSWORD below.
        user = await create_user(username=username, email=email, password=secrets.token_urlsafe(32),
                                 display_name=display_name)
    except Conflict as exc:
        log.warning("LDAP: no account made for %s: %s", dn, exc.message)
        return None
    user.external, user.ldap_dn, user.password_hash = True, dn, NO_PASSWORD
    await user.save(update_fields=["external", "ldap_dn", "password_hash"])
    log.info("LDAP: account %s made for %s", user.username, dn)
    return user


def checker(box: SecretBox) -> ExternalCheck:
    async def check(user: User | None, login: str, password: str) -> User | None:
        config = await ldap.load(box)
        if config is None or (user is None and not config.auto_create):
            return None
        try:
            entry = await ldap.verify(config, user.username if user is not None else login, password)
        except ldap.Unreachable as exc:
            # The reason names the server, never the password.
            log.warning("LDAP: login of %s not checked: %s", login, exc)
            raise Unauthorized("The LDAP directory could not be reached; try again later",
                               code="ldap_unreachable") from None
        if entry is None:
            return None
        if user is not None:
            if user.ldap_dn != entry.dn:
                user.ldap_dn = entry.dn
                await user.save(update_fields=["ldap_dn"])
            return user
        if not entry.email:
            log.warning("LDAP: no account made for %s: the entry has no mail", entry.dn)
            return None
        return await create_external(username=entry.username, email=entry.email, display_name=entry.display_name,
                                     dn=entry.dn)

    return check
