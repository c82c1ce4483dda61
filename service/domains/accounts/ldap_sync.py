"""Cloudron's `syncExternalLdap` task: a run of playbooks/ldap_sync.yml reads the directory, and its finish hook
makes the accounts and groups follow (new users made when autoCreate, users whose entry is gone made inactive,
groups made and their external members set). Hourly, and on demand."""

from __future__ import annotations

import logging
from typing import Any

from pydantic import BaseModel, Field

from service.actions import catalogue
from service.auth import ldap
from service.auth.models import Group, User
from service.config import Settings
from service.core.errors import Invalid
from service.core.secrets import SecretBox
from service.core.settings_store import get_setting
from service.domains.accounts.ldap_login import create_external
from service.tasks import TaskEngine, scheduler
from service.tasks.models import Task, TaskState

log = logging.getLogger(__name__)

PASSWORD_ENV = "CONTAINR_LDAP_BIND_PASSWORD"
INTERVAL_SECS = 3600
LOCK = ("ldap", "external")


class LdapSyncVars(BaseModel):
    ldap_url: str
    ldap_base_dn: str
    ldap_filter: str = ""
    ldap_username_field: str = "uid"
    ldap_bind_dn: str
    ldap_group_base_dn: str = ""
    ldap_group_filter: str = Field("(objectClass=groupOfNames)")
    ldap_groupname_field: str = "cn"


def settings_box(settings: Settings) -> SecretBox:
    """The app's settings box (service/app.py makes the same one), for runs started without a request."""
    return SecretBox(settings.resolved_secret_key(), purpose="settings", previous_keys=settings.previous_keys)


async def _accounts(users: list[dict[str, Any]], *, auto_create: bool) -> dict[str, User]:
    """Every directory user's account by username (made when autoCreate); accounts whose DN is gone inactive."""
    dns = {str(u["dn"]).lower() for u in users}
    accounts: dict[str, User] = {}
    for entry in users:
        user = await User.filter(username__iexact=str(entry["username"])).first()
        if user is not None and not user.external:
            continue  # a local account of the same name stays local: its password never goes to LDAP
        if user is None and auto_create and entry.get("email"):
            user = await create_external(username=str(entry["username"]), email=str(entry["email"]),
                                         display_name=entry.get("displayName"), dn=str(entry["dn"]))
        if user is None:
            continue
        if user.ldap_dn != entry["dn"] or not user.active:
            user.ldap_dn, user.active = str(entry["dn"]), True
            await user.save(update_fields=["ldap_dn", "active"])
        accounts[user.username.lower()] = user
    for user in await User.filter(external=True, active=True):
        if (user.ldap_dn or "").lower() not in dns:
            user.active = False
            await user.save(update_fields=["active"])
            log.info("LDAP: account %s made inactive: %s is gone from the directory", user.username, user.ldap_dn)
    return accounts


async def _groups(groups: list[dict[str, Any]], accounts: dict[str, User]) -> None:
    """Each directory group as a group here (by DN, else by name) with exactly its external members; the
    local members of a group stay."""
    for entry in groups:
        dn, name = str(entry["dn"]), str(entry["name"])[:64]
        group = await Group.filter(ldap_dn=dn).first() or await Group.filter(name=name).first()
        if group is None:
            group = await Group.create(name=name, ldap_dn=dn)
        elif group.ldap_dn != dn or group.name != name:
            group.ldap_dn, group.name = dn, name
            await group.save(update_fields=["ldap_dn", "name", "updated_at"])
        wanted = {accounts[m.lower()].id: accounts[m.lower()] for m in entry.get("members") or []
                  if m.lower() in accounts}
        current = {u.id: u for u in await group.members.all() if u.external}
        gone = [u for uid, u in current.items() if uid not in wanted]
        new = [u for uid, u in wanted.items() if uid not in current]
        if gone:
            await group.members.remove(*gone)
        if new:
            await group.members.add(*new)


async def _finished(task: Task) -> None:
    result = task.result or {}
    if task.state != TaskState.SUCCESS or not isinstance(result.get("users"), list):
        return
    stored = await get_setting(ldap.SETTING) or {}
    accounts = await _accounts(result["users"], auto_create=bool(stored.get("autoCreate")))
    await _groups([g for g in result.get("groups") or [] if isinstance(g, dict)], accounts)


SYNC = catalogue.Action(name="ldap.sync", task_type="syncExternalLdap", playbook="ldap_sync",
                        vars_model=LdapSyncVars, resource_type=LOCK[0], on_finish=_finished)


async def start_sync(engine: TaskEngine, settings: Settings, *, user: User | None) -> Task:
    """Queue a sync (422 while external LDAP is off; 409 while one runs)."""
    config = await ldap.load(settings_box(settings))
    if config is None:
        raise Invalid("External LDAP is off: set a directory with POST /api/v1/settings/external_ldap_config",
                      code="not_configured")
    params = LdapSyncVars(
        ldap_url=config.url, ldap_base_dn=config.base_dn, ldap_filter=config.filter,
        ldap_username_field=config.username_field, ldap_bind_dn=config.bind_dn,
        ldap_group_base_dn=config.group_base_dn or "",
        ldap_group_filter=config.group_filter or "(objectClass=groupOfNames)",
        ldap_groupname_field=config.groupname_field or "cn")
    return await catalogue.start(engine, settings, SYNC, resource_id=LOCK[1], params=params, user=user,
                                 secrets={PASSWORD_ENV: config.bind_password})


async def _pattern() -> str:
    stored = await get_setting(ldap.SETTING)
    return "never" if not stored or stored.get("provider") == "noop" else scheduler.interval_pattern(INTERVAL_SECS)


JOBS = (scheduler.JobSpec("syncExternalLdap", SYNC.task_type, _pattern,
                          lambda ctx: start_sync(ctx.engine, ctx.settings, user=None)),)
