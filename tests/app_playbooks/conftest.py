"""Fixtures: app_install (a catalogue app from templates/) through the real engine on real LXC guests (the
simulator's `lxc` backend), with the databases an app needs made by database_create in guests of their own.

The service's own database plays no part in these runs, so they use SQLite only (no `db_backend` parameter)."""

from __future__ import annotations

import json
import secrets
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from service.auth.models import User
from service.config import REPO_ROOT
from service.tasks import RunRequest
from tests.conftest import Server
from tests.databases.conftest import PASSWORD_VAR
from tests.factories import owner_headers, wait_task
from tests.harness.lxc import LxcSim
from tests.nodes.conftest import TEMPLATE, Run, Runner, pve_env

SECRETS_VAR = "CONTAINR_APP_SECRETS"
RUN_TIMEOUT = 900
DATABASE_PORTS = {"postgresql": 5432, "mysql": 3306}


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs: SQLite alone


def new_password() -> str:
    return secrets.token_urlsafe(24)


def manifest(app_dir: str) -> dict[str, Any]:
    """The catalogue's manifest of an app (templates/<app_dir>/manifest.yml)."""
    return yaml.safe_load((REPO_ROOT / "templates" / app_dir / "manifest.yml").read_text(encoding="utf-8"))


class AppRunner:
    """Runs app_install (and database_create for an app's database) with the simulator's PROXMOX_* and the
    secrets in the run's environment only; keeps every run's log in `logs`."""

    def __init__(self, runner: Runner, lxc: LxcSim, key: Path) -> None:
        self.runner, self.lxc, self.key = runner, lxc, key
        self.logs: list[str] = []

    def address(self, host: int) -> str:
        return self.lxc.address(host).split("/")[0]

    def guest_vars(self, host: int, hostname: str, *, memory_mb: int = 512) -> dict[str, Any]:
        """The vars of guest 100 + `host` on the lane's bridge, shared by app_install and database_create."""
        return {"containr_ssh_private_key_file": str(self.key), "guest_base_apt_proxy": self.lxc.env.apt_proxy,
                "proxmox_guest_node": "pve", "proxmox_guest_vmid": 100 + host, "proxmox_guest_hostname": hostname,
                "proxmox_guest_template": TEMPLATE, "proxmox_guest_ip": self.lxc.address(host),
                "proxmox_guest_gateway": self.lxc.env.gateway,
                "proxmox_guest_ssh_public_key": Path(f"{self.key}.pub").read_text().strip(),
                "proxmox_guest_memory_mb": memory_mb}

    def install_vars(self, host: int, app_dir: str, *, fqdn: str | None = None,
                     addons: dict[str, dict[str, Any]] | None = None, settings: dict[str, Any] | None = None,
                     **extra: Any) -> dict[str, Any]:
        """app_install's vars for the catalogue app in templates/<app_dir>/ in guest 100 + `host`, from its
        manifest as the service would give them: its id, version, port, health check path, admin user, memory,
        its non-secret settings' defaults (overridden by `settings`) and `addons` (app_addons: localstorage is
        filled in when the manifest names it). `extra` overrides any var."""
        app = manifest(app_dir)
        defaults = {setting["name"]: setting["default"] for setting in app.get("settings") or []
                    if setting.get("type") != "secret" and "default" in setting}
        given = dict(addons or {})
        if "localstorage" in (app.get("addons") or {}):
            given.setdefault("localstorage", {"path": "/var/lib/containr/app"})
        hostname = app_dir.replace("_", "-")
        return {"app_id": app["id"], "app_dir": app_dir, "app_version": app["version"],
                "app_fqdn": fqdn or f"{hostname}.example.com", "app_http_port": app.get("httpPort", 80),
                "app_health_check_path": app.get("healthCheckPath", "/"),
                "app_admin_user": app.get("adminUser") or "", "app_addons": given,
                "app_settings": defaults | (settings or {}),
                **self.guest_vars(host, hostname, memory_mb=max(512, int(app.get("memoryLimit") or 0))),
                **({"app_role": app["role"]} if app.get("role") else {}), **extra}

    @staticmethod
    def app_secrets(*, admin_password: str | None = None, addons: dict[str, str] | None = None,
                    settings: dict[str, str] | None = None) -> dict[str, Any]:
        """CONTAINR_APP_SECRETS's object: `addons` maps an addon to its password."""
        return {"adminPassword": admin_password or "",
                "addons": {name: {"password": password} for name, password in (addons or {}).items()},
                "settings": settings or {}}

    def database_vars(self, host: int, database_type: str, *, database: str = "app", user: str = "app",
                      **extra: Any) -> dict[str, Any]:
        """database_create's vars for a `database_type` (postgresql or mysql) server in guest 100 + `host`."""
        return {"database_type": database_type, "database_name": database, "database_user": user,
                **self.guest_vars(host, f"{database_type}-{host}"), **extra}

    async def create_database(self, host: int, database_type: str, *, password: str, database: str = "app",
                              user: str = "app") -> dict[str, Any]:
        """Runs database_create for an app's database in guest 100 + `host`; answers what app_addons gives the
        app for it ({host, port, database, user})."""
        run = await self("database_create", env={PASSWORD_VAR: password},
                         **self.database_vars(host, database_type, database=database, user=user))
        assert run.task["success"], run.log[-6000:]
        return {"host": self.address(host), "port": int(run.result.get("port") or DATABASE_PORTS[database_type]),
                "database": database, "user": user}

    async def __call__(self, playbook: str, *, app_secrets: dict[str, Any] | None = None,
                       env: dict[str, str] | None = None, **extra_vars: Any) -> Run:
        """Runs `playbook` with `app_secrets` in CONTAINR_APP_SECRETS and `env` besides PROXMOX_*."""
        # Its own submit: a cold apt cache makes a first install take minutes, past the test settings' task timeout.
        runner = self.runner
        if not runner.headers:
            runner.headers = await owner_headers(runner.client)
        owner = await User.get(username="owner")
        run_env = {**pve_env(self.lxc.server, self.lxc.credentials), **(env or {})}
        if app_secrets is not None:
            run_env[SECRETS_VAR] = json.dumps(app_secrets)
        task = await runner.server.engine.submit(RunRequest(
            type="test", playbook=runner.server.settings.playbooks_dir / f"{playbook}.yml", created_by=owner,
            secrets=run_env, extra_vars=extra_vars, timeout=RUN_TIMEOUT))
        done = await wait_task(runner.client, runner.headers, task.id, timeout=RUN_TIMEOUT + 30)
        log = (await runner.client.get(f"/api/v1/tasks/{task.id}/logs", headers=runner.headers)).text
        self.logs.append(log)
        return Run(task=done, log=log)


@pytest.fixture
def app_run(server: Server, client: httpx.AsyncClient, lxc_sim: LxcSim, ssh_key: Path) -> AppRunner:
    return AppRunner(Runner(server, client, pve_env(lxc_sim.server, lxc_sim.credentials)), lxc_sim, ssh_key)
