"""Starting an app's runs: the busy check, the install run (also a repair's, a configure's and an update's: the
same playbook with the app's records as they are now), power and uninstall. A start that cannot run (busy,
refused by the engine) leaves the app as it was."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from service.actions import catalogue as actions
from service.auth.models import User
from service.config import Settings
from service.core import ssh_keys
from service.core.errors import Conflict
from service.domains.apps import addons, finishing
from service.domains.apps.actions import (
    APP_INSTALL,
    APP_POWER,
    APP_UNINSTALL,
    RESOURCE,
    SECRETS_ENV,
    AppInstallVars,
    AppPowerVars,
    AppUninstallVars,
)
from service.domains.apps.models import App, InstallationState
from service.domains.apps.secrets import AppSecrets
from service.domains.databases import operations as databases
from service.domains.databases.models import DatabaseStatus
from service.domains.mail import accounts as mail_accounts
from service.domains.mail.models import MailDomain, OwnerType
from service.domains.nodes import guests
from service.domains.nodes.actions import GUEST
from service.domains.nodes.models import Guest
from service.domains.nodes.registry import connection_env, link_task
from service.tasks import locks
from service.tasks.models import Task

POWER_STATES = {"start": "started", "stop": "stopped", "restart": "restarted"}
PENDING_POWER = {"start": InstallationState.PENDING_START, "stop": InstallationState.PENDING_STOP,
                 "restart": InstallationState.PENDING_RESTART}


def check_public_url(settings: Settings) -> None:
    """An access restriction is checked by the edge asking Containr: it needs the URL the guests reach it at."""
    if not settings.public_url:
        raise Conflict("An access restriction needs CONTAINR_PUBLIC_URL: the URL at which the edge reaches "
                       "Containr to check a visitor's sign-in", code="no_public_url",
                       details={"field": "accessRestriction"})


async def check_sendmail(app_secrets: AppSecrets) -> None:
    if not await MailDomain.exists():
        raise mail_accounts.not_set_up()


def access_url(settings: Settings, app: App) -> str:
    """Containr's access endpoints of a restricted app, as the edge reaches them; "" for a public one."""
    if app.access_restriction is None or not settings.public_url:
        return ""
    return f"{settings.public_url.rstrip('/')}/api/v1/apps/{app.id}/access"


def guest_keys(app: App) -> list[str]:
    """The run lock an app action takes beside its own: its guest's, which a vzdump archive of it holds."""
    return [locks.resource_key(GUEST, str(app.guest_id))] if app.guest_id is not None else []


async def check_idle(app: App) -> None:
    """409 while a run holds the app or its guest, in any process (see service/tasks/locks.py)."""
    busy = await locks.busy_with((RESOURCE, str(app.id)), also=guest_keys(app))
    if busy is not None:
        raise Conflict(f"App {app.fqdn} is busy with task {busy}", code="busy", details={"taskId": busy})


async def _guest(app: App) -> Guest:
    guest = await Guest.get_or_none(id=app.guest_id) if app.guest_id else None
    if guest is None or guest.ip is None:
        raise Conflict(f"App {app.fqdn} has no guest with an address left; uninstall it and install it anew",
                       code="no_guest")
    return guest


async def _start(app_secrets: AppSecrets, app: App, action: actions.Action, params: BaseModel, *,
                 user: User | None, env: dict[str, str], pending: InstallationState,
                 wait_for: list[str] | None = None) -> Task:
    """Start the run with the app marked `pending`; the app as it was when the run does not start."""
    if wait_for is None:
        await check_idle(app)
    before = app.installation_state
    app.installation_state = pending
    await app.save(update_fields=["installation_state", "updated_at"])
    try:
        task = await actions.start(app_secrets.engine, app_secrets.settings, action, resource_id=str(app.id),
                                   params=params, user=user, secrets=env,
                                   locks=[*guest_keys(app), *(wait_for or [])], queue=wait_for is not None)
    except BaseException:
        app.installation_state = before
        await app.save(update_fields=["installation_state", "updated_at"])
        raise
    app.task_id = task.id
    await app.save(update_fields=["task_id", "updated_at"])
    await link_task(await app.node, task)
    return task


async def _sendmail(app_secrets: AppSecrets, app: App, *, user: User | None) -> dict[str, Any] | None:
    """The app's submission account (made on its first run), when its manifest asks for sendmail."""
    if "sendmail" not in (app.addon_choices or {}).values():
        return None
    account = await mail_accounts.account_of(OwnerType.APP, str(app.id))
    if account is None:
        base = (app.location or app.fqdn.split(".")[0]).replace(".", "-")
        account = await mail_accounts.make(app_secrets.state, owner_type=OwnerType.APP, owner_id=str(app.id),
                                           names=[base, f"{base}-{app.id.hex[:8]}"], domain_id=app.domain_id,
                                           user=user)
    login = mail_accounts.login(app_secrets.state, account)
    return {**login, "port": int(login["port"])}


async def install_run(app_secrets: AppSecrets, app: App, *, user: User | None
                      ) -> tuple[AppInstallVars, dict[str, str]]:
    """app_install.yml's vars and the run's environment for the app as its records say now."""
    settings = app_secrets.settings
    node, guest = await app.node, await _guest(app)
    defaults = node.defaults or {}
    manifest = app.manifest
    params = guests.create_params(settings, node, guest, cores=app.cores, memory_mb=app.memory_mb,
                                  disk_gb=app.disk_gb)
    databases_of = await addons.databases_of(app)
    sendmail = await _sendmail(app_secrets, app, user=user)
    owner = await app.created_by if app.created_by_id else None
    own = app_secrets.open(app.sealed_secrets)
    variables = AppInstallVars(
        **params, containr_ssh_private_key_file=ssh_keys.ensure_key(settings),
        guest_base_apt_proxy=str(defaults["apt_proxy"]).rstrip("/") if defaults.get("apt_proxy") else None,
        app_id=manifest["id"], app_dir=app.catalogue_dir, app_role=manifest.get("role") or None,
        app_version=str(manifest["version"]), app_fqdn=app.fqdn, app_http_port=int(manifest["httpPort"]),
        app_health_check_path=str(manifest.get("healthCheckPath") or "/"), app_admin_user=app.admin_user or None,
        app_admin_email=(owner.email if owner is not None else None) or f"admin@{app.fqdn}",
        app_addons=addons.role_vars(app.addon_choices or {}, databases_of, sendmail=sendmail),
        app_settings=dict(app.settings or {}))
    run_secrets = {"addons": addons.secrets(app_secrets.databases, databases_of, sendmail=sendmail),
                   "settings": own.get("settings") or {}}
    if own.get("adminPassword"):
        run_secrets["adminPassword"] = own["adminPassword"]
    env = {**connection_env(node, app_secrets.databases.nodes), SECRETS_ENV: json.dumps(run_secrets)}
    return variables, env


async def start_install(app_secrets: AppSecrets, app: App, *, user: User | None,
                        pending: InstallationState = InstallationState.PENDING_INSTALL,
                        wait_for: list[str] | None = None) -> Task:
    """The install run (after the runs holding `wait_for`, the app's addon databases' creates)."""
    variables, env = await install_run(app_secrets, app, user=user)
    return await _start(app_secrets, app, APP_INSTALL, variables, user=user, env=env, pending=pending,
                        wait_for=wait_for)


async def power(app_secrets: AppSecrets, app: App, *, action: str, user: User | None,
                after_rollback: bool = False) -> Task:
    """Start, stop or restart the app's guest (`after_rollback`: the start after an update's rollback, queued
    behind the rollback's own end)."""
    if app.installation_state != InstallationState.INSTALLED and not after_rollback:
        raise Conflict(f"App {app.fqdn} is {app.installation_state}: it can be {action}ed once it is installed "
                       "(an app in error is repaired first)", code=f"app_{app.installation_state}")
    guest = await _guest(app)
    params = AppPowerVars(proxmox_guest_node=guest.pve_node, proxmox_guest_vmid=guest.vmid,
                          guest_power_state=POWER_STATES[action])  # type: ignore[arg-type]
    env = connection_env(await app.node, app_secrets.databases.nodes)
    return await _start(app_secrets, app, APP_POWER, params, user=user, env=env, pending=PENDING_POWER[action],
                        wait_for=[] if after_rollback else None)


async def uninstall(app_secrets: AppSecrets, app: App, *, keep_databases: bool, user: User | None) -> Task | None:
    """Destroy the guest; the record, its name and (unless kept) its databases go when that run succeeds: the
    databases' deletes start now, beside it. Without a guest the app goes at once."""
    await check_idle(app)
    # One its project's deletion already deletes is left to that run.
    owned = [d for d in (await addons.databases_of(app)).values() if d.status != DatabaseStatus.DELETING]
    for database in owned:
        await databases.check_idle(database)
    guest = await Guest.get_or_none(id=app.guest_id) if app.guest_id else None
    task = None
    if guest is not None:
        params = AppUninstallVars(proxmox_guest_node=guest.pve_node, proxmox_guest_vmid=guest.vmid,
                                  proxmox_guest_hostname=guest.hostname)
        env = connection_env(await app.node, app_secrets.databases.nodes)
        task = await _start(app_secrets, app, APP_UNINSTALL, params, user=user, env=env,
                            pending=InstallationState.PENDING_UNINSTALL)
    await mail_accounts.remove(app_secrets.state, owner_type=OwnerType.APP, owner_id=str(app.id), user=user)
    for database in owned:
        if keep_databases:
            database.owner_type = database.owner_id = None
            await database.save(update_fields=["owner_type", "owner_id", "updated_at"])
        else:
            await databases.delete(app_secrets.engine, app_secrets.settings, app_secrets.databases, database,
                                   user=user)
    if task is None:
        await finishing.forget(app)
    return task
