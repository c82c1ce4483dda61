"""The external LDAP directory: its stored configuration (bind password sealed) and the binds and searches of
a login, with ldap3. Blocking ldap3 calls run in a thread."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any

import ldap3
from ldap3.core.exceptions import LDAPException
from ldap3.utils.conv import escape_filter_chars

from service.core.secrets import SecretBox
from service.core.settings_store import get_setting

log = logging.getLogger(__name__)

SETTING = "external_ldap_config"
SEALED = "sealedBindPassword"
TIMEOUT_SECONDS = 10


class Unreachable(Exception):
    """The directory did not answer (refused connection, timeout, TLS failure)."""


class Refused(Exception):
    """The directory answered but refused the bind."""


@dataclass(frozen=True)
class LdapConfig:
    provider: str
    url: str
    base_dn: str
    filter: str
    username_field: str
    bind_dn: str
    bind_password: str = field(repr=False)
    auto_create: bool = False
    group_base_dn: str | None = None
    group_filter: str | None = None
    groupname_field: str | None = None


@dataclass(frozen=True)
class Entry:
    dn: str
    username: str
    email: str | None
    display_name: str | None


def user_filter(config: LdapConfig, name: str) -> str:
    """The configured filter narrowed to one name, escaped: a name is never LDAP filter syntax."""
    base = config.filter.strip() or "(objectClass=*)"
    if not base.startswith("("):
        base = f"({base})"
    return f"(&{base}({config.username_field}={escape_filter_chars(name)}))"


async def load(box: SecretBox) -> LdapConfig | None:
    """The stored configuration with its bind password opened; None when it is off (`noop` or never set)."""
    stored: dict[str, Any] | None = await get_setting(SETTING)
    if not stored or stored.get("provider") == "noop":
        return None
    sealed = stored.get(SEALED)
    return LdapConfig(
        provider=stored["provider"], url=stored["url"], base_dn=stored["baseDn"], filter=stored.get("filter") or "",
        username_field=stored.get("usernameField") or "uid", bind_dn=stored.get("bindDn") or "",
        bind_password=str(box.open(sealed)) if sealed else "", auto_create=bool(stored.get("autoCreate")),
        group_base_dn=stored.get("groupBaseDn"), group_filter=stored.get("groupFilter"),
        groupname_field=stored.get("groupnameField"))


def connect(url: str, dn: str, password: str) -> ldap3.Connection:
    """A bound connection (blocking). An empty password is refused here: LDAP takes a simple bind without one
    as an anonymous bind, which would let anyone in."""
    if not password:
        raise Refused("an empty password")
    server = ldap3.Server(url, connect_timeout=TIMEOUT_SECONDS, get_info=ldap3.NONE)
    conn = ldap3.Connection(server, user=dn or None, password=password, receive_timeout=TIMEOUT_SECONDS,
                            raise_exceptions=False)
    try:
        bound = conn.bind()
    except LDAPException as exc:
        if conn.socket is not None:  # ldap3 leaves the socket of a failed connect open
            conn.socket.close()
        raise Unreachable(f"{url}: {type(exc).__name__}: {exc}") from None
    if not bound:
        conn.unbind()
        raise Refused(str(conn.result.get("description") or "bind refused"))
    return conn


def _first(entry: Any, name: str) -> str | None:
    values = entry.get("attributes", {}).get(name)
    if isinstance(values, list):
        return str(values[0]) if values else None
    return str(values) if values else None


def find(config: LdapConfig, name: str) -> Entry | None:
    """The one entry under baseDn whose usernameField is `name` (blocking; None when there is none)."""
    conn = connect(config.url, config.bind_dn, config.bind_password)
    try:
        conn.search(config.base_dn, user_filter(config, name), search_scope=ldap3.SUBTREE,
                    attributes=[config.username_field, "mail", "displayName", "cn"], size_limit=2)
        found = [e for e in conn.response or [] if e.get("type") == "searchResEntry"]
    finally:
        conn.unbind()
    if len(found) != 1:
        return None
    entry = found[0]
    return Entry(dn=entry["dn"], username=_first(entry, config.username_field) or name,
                 email=_first(entry, "mail"), display_name=_first(entry, "displayName") or _first(entry, "cn"))


def _verify(config: LdapConfig, name: str, password: str) -> Entry | None:
    entry = find(config, name)
    if entry is None:
        return None
    try:
        connect(config.url, entry.dn, password).unbind()
    except Refused:
        return None
    return entry


async def verify(config: LdapConfig, name: str, password: str) -> Entry | None:
    """The user's entry when the directory accepts `password` for `name`, else None; Unreachable when the
    directory does not answer (or refuses our own bind DN: a login cannot be checked then either)."""
    if not password:
        return None
    try:
        return await asyncio.to_thread(_verify, config, name, password)
    except Refused as exc:
        log.warning("LDAP: the directory refused the configured bind DN %s: %s", config.bind_dn, exc)
        raise Unreachable("the directory refused the configured bind DN") from None
