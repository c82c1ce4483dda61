"""The app actions (install, power, uninstall): their vars, which are app_install.yml's, guest_power.yml's and
guest_destroy.yml's own (see each playbook's header), and what the end of each records on the app. Each run
locks the app: one action at a time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import Field

from service.actions.catalogue import Action
from service.domains.apps import finishing
from service.domains.nodes.actions import GuestCreateVars, GuestDestroyVars, GuestPowerVars, GuestSnapshotVars

RESOURCE = "app"
# The playbook's contract: the admin's password, the addons' passwords and the secret settings only ever travel
# in this environment variable, as JSON (see playbooks/app_install.yml).
SECRETS_ENV = "CONTAINR_APP_SECRETS"


class AppInstallVars(GuestCreateVars):
    # An app's guest is a container at a static address, made by the first install and reused after.
    proxmox_guest_template: str
    proxmox_guest_ip: str
    containr_ssh_private_key_file: Path
    guest_base_apt_proxy: str | None = None
    app_id: str = Field(pattern=r"^[a-z0-9]+(\.[a-z0-9-]+)+$")
    app_dir: str | None = Field(default=None, pattern=r"^[a-z0-9][a-z0-9_-]*$")
    app_role: str | None = Field(default=None, pattern=r"^[a-z0-9][a-z0-9_]*$")
    app_version: str
    app_fqdn: str
    app_http_port: int = Field(ge=1, le=65535)
    app_health_check_path: str
    app_admin_user: str | None = None
    app_admin_email: str | None = None
    app_addons: dict[str, dict[str, Any]]
    app_settings: dict[str, Any]


class AppPowerVars(GuestPowerVars):
    pass


class AppUninstallVars(GuestDestroyVars):
    pass


class AppSnapshotVars(GuestSnapshotVars):
    pass


APP_INSTALL = Action(name="app.install", task_type="appInstall", playbook="app_install", vars_model=AppInstallVars,
                     resource_type=RESOURCE, timeout=3600, on_finish=finishing.installed)
APP_POWER = Action(name="app.power", task_type="appPower", playbook="guest_power", vars_model=AppPowerVars,
                   resource_type=RESOURCE, timeout=600, on_finish=finishing.powered)
APP_UNINSTALL = Action(name="app.uninstall", task_type="appUninstall", playbook="guest_destroy",
                       vars_model=AppUninstallVars, resource_type=RESOURCE, timeout=900,
                       on_finish=finishing.uninstalled)
# An update's snapshot before its install run, and its rollback when that run fails (updating.py).
APP_SNAPSHOT = Action(name="app.snapshot", task_type="appSnapshot", playbook="guest_snapshot",
                      vars_model=AppSnapshotVars, resource_type=RESOURCE, timeout=900,
                      on_finish=finishing.snapshotted)
