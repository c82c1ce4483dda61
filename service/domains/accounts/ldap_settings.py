"""Cloudron's `settings/external_ldap_config`: its shapes, and saving it once the directory accepted our bind
and knows the base DN (the bind password sealed with the settings box, answered as a placeholder)."""

from __future__ import annotations

import asyncio
from typing import Any, Literal

import ldap3
from pydantic import Field, field_validator

from service.auth import ldap
from service.core.errors import Invalid
from service.core.schemas import ApiModel, RequestModel
from service.core.secrets import SecretBox
from service.core.settings_store import get_setting, set_setting

# What GET answers instead of the bind password; sent back unchanged (or left out), it keeps the stored one.
PLACEHOLDER = "\u25cf" * 8
Provider = Literal["ad", "jumpcloud", "okta", "other", "noop"]


class LdapConfigIn(RequestModel):
    provider: Provider = Field(description="The directory's kind; `noop` turns external LDAP off")
    url: str = Field("", max_length=512, description="ldap://host[:port] or ldaps://host[:port]")
    base_dn: str = Field("", max_length=512, description="Where users are searched")
    filter: str = Field("", max_length=1024, description="LDAP filter users must match, e.g. (objectClass=person)")
    username_field: str = Field("uid", min_length=1, max_length=64, pattern=r"^[A-Za-z][A-Za-z0-9-]*$")
    bind_dn: str = Field("", max_length=512, description="The DN the service binds as to search")
    bind_password: str | None = Field(None, max_length=1024, description="Write-only")
    auto_create: bool = Field(False, description="Create the account on an LDAP user's first login")
    group_base_dn: str | None = Field(None, max_length=512, description="Where groups are searched (sync)")
    group_filter: str | None = Field(None, max_length=1024, description="Default (objectClass=groupOfNames)")
    groupname_field: str | None = Field(None, max_length=64, pattern=r"^[A-Za-z][A-Za-z0-9-]*$",
                                        description="Default cn")

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        if value and not value.lower().startswith(("ldap://", "ldaps://")):
            raise ValueError("must start with ldap:// or ldaps://")
        return value


class LdapConfigOut(ApiModel):
    provider: Provider
    url: str = ""
    base_dn: str = ""
    filter: str = ""
    username_field: str = "uid"
    bind_dn: str = ""
    bind_password: str | None = Field(None, description="The placeholder when one is stored; never the password")
    auto_create: bool = False
    group_base_dn: str | None = None
    group_filter: str | None = None
    groupname_field: str | None = None


def _invalid(field: str, message: str) -> Invalid:
    return Invalid(f"{field}: {message}", details=[{"field": field, "message": message}])


async def public() -> LdapConfigOut:
    stored: dict[str, Any] | None = await get_setting(ldap.SETTING)
    if not stored:
        return LdapConfigOut(provider="noop")
    values = {k: v for k, v in stored.items() if k != ldap.SEALED}
    return LdapConfigOut.model_validate({**values, "bindPassword": PLACEHOLDER if stored.get(ldap.SEALED) else None})


def _check(config: ldap.LdapConfig) -> None:
    """Bind as bindDn, then look at baseDn (blocking); 422 naming the field at fault."""
    try:
        conn = ldap.connect(config.url, config.bind_dn, config.bind_password)
    except ldap.Unreachable as exc:
        raise _invalid("url", f"the directory could not be reached ({exc})") from None
    except ldap.Refused as exc:
        raise _invalid("bindPassword", f"the directory refused the bind as bindDn ({exc})") from None
    try:
        found = conn.search(config.base_dn, "(objectClass=*)", search_scope=ldap3.BASE, attributes=[])
        if not found:
            raise _invalid("baseDn", f"no such entry in the directory ({conn.result.get('description')})")
    finally:
        conn.unbind()


async def save(box: SecretBox, body: LdapConfigIn) -> LdapConfigOut:
    """Check and store the configuration; a placeholder or absent bind password keeps the stored one."""
    if body.provider == "noop":
        await set_setting(ldap.SETTING, {"provider": "noop"})
        return await public()
    for name, value in (("url", body.url), ("baseDn", body.base_dn), ("bindDn", body.bind_dn)):
        if not value:
            raise _invalid(name, "required unless the provider is noop")
    stored: dict[str, Any] = await get_setting(ldap.SETTING) or {}
    password = body.bind_password
    if password in (None, "", PLACEHOLDER):
        sealed = stored.get(ldap.SEALED)
        if not sealed:
            raise _invalid("bindPassword", "required: none is stored")
        password = str(box.open(sealed))
    config = ldap.LdapConfig(
        provider=body.provider, url=body.url, base_dn=body.base_dn, filter=body.filter,
        username_field=body.username_field, bind_dn=body.bind_dn, bind_password=password,
        auto_create=body.auto_create, group_base_dn=body.group_base_dn, group_filter=body.group_filter,
        groupname_field=body.groupname_field)
    await asyncio.to_thread(_check, config)
    values = body.model_dump(by_alias=True, exclude={"bind_password"})
    await set_setting(ldap.SETTING, {**values, ldap.SEALED: box.seal(password)})
    return await public()
