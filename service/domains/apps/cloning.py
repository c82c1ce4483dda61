"""Cloning an app from one of its backups (Cloudron's clone): a new app of the same manifest, settings and secrets
(its admin password is the source's, as the restored data says) on another name, made as an install makes one
(record `pending_clone`, name, guest, addon databases), its databases made and filled from the backup's dumps in
their own runs (database.clone), and one run of app_clone.yml that installs it and then puts the backup's data
folders back. When any step is refused, nothing of it stays recorded."""

from __future__ import annotations

from uuid import UUID, uuid4

from pydantic import Field

from service.actions import catalogue
from service.auth.models import User
from service.core.errors import Invalid, taken_on_duplicate
from service.domains.apps import addons, backups, checks, finishing, installing, running
from service.domains.apps.actions import RESOURCE, AppInstallVars
from service.domains.apps.models import App, InstallationState, RunState
from service.domains.apps.secrets import AppSecrets
from service.domains.backup_storage import config as backup_config
from service.domains.backup_storage.models import Backup, BackupState, BackupType
from service.domains.backups.databases import DATABASE_CLONE, DatabaseCloneVars
from service.domains.databases import placement, provisioning
from service.domains.databases.actions import DatabaseCreateVars
from service.domains.databases.models import Database, DatabaseType
from service.tasks.models import Task


class AppCloneVars(AppInstallVars):
    app_host: str
    app_restore_snapshot: str
    app_backup_dirs: list[str] = Field(default_factory=list)
    backup_insecure_tls: bool = False


APP_CLONE = catalogue.Action(
    name="app.clone", task_type="appClone", playbook="app_clone", vars_model=AppCloneVars, resource_type=RESOURCE,
    timeout=3600, on_finish=finishing.installed, serial_group=catalogue.BACKUP_REPOSITORY)


async def _dumps(backup: Backup) -> dict[DatabaseType, Backup]:
    """The backup's database dumps by their database's type (the clone's databases are new ones of each)."""
    dumps = await Backup.filter(id__in=list(backup.depends_on or []), type=BackupType.DATABASE,
                                state=BackupState.NORMAL)
    sources = {str(d.id): d for d in await Database.filter(id__in=[dump.resource_id for dump in dumps])}
    if len(dumps) != len(backup.depends_on or []) or len(sources) != len(dumps):
        raise Invalid(f"A database dump backup {backup.id} was made with is gone or unfinished", code="not_found",
                      details={"field": "backupId"})
    return {sources[str(dump.resource_id)].type: dump for dump in dumps}


def _filling(snapshot: str, insecure_tls: bool):  # noqa: ANN202 - the wrap provisioning.launch takes
    def clone_vars(create: DatabaseCreateVars) -> DatabaseCloneVars:
        return DatabaseCloneVars(**create.model_dump(), database_restore_snapshot=snapshot,
                                 backup_insecure_tls=insecure_tls)
    return clone_vars


async def clone(app_secrets: AppSecrets, source: App, *, backup_id: UUID, location: str, domain: str,
                user: User) -> tuple[App, Task]:
    settings = app_secrets.settings
    backup = await backups.check_backup_of(source, backup_id)
    dumps = await _dumps(backup)
    config = await backup_config.configured(settings)
    repo = backup_config.repository(config, settings)
    place, fqdn = await checks.place(location, domain)
    manifest = source.manifest
    used = addons.chosen(manifest, dict(source.addon_choices or {}))
    project = await source.project if source.project_id else None
    if project is None:
        raise Invalid(f"App {source.fqdn} belongs to no project any more: it cannot be cloned",
                      details={"field": "backupId"})
    environment = await placement.environment_for(project, source.environment_id)
    node = await source.node
    if "sendmail" in used.values():
        await running.check_sendmail(app_secrets)
    taken = f"{fqdn} is in use"
    with taken_on_duplicate(taken, field="location"):
        app = await App.create(
            id=uuid4(), app_store_id=source.app_store_id, catalogue_dir=source.catalogue_dir, manifest=manifest,
            project=project, environment=environment, node=node, location=location.lower(), domain=place, fqdn=fqdn,
            installation_state=InstallationState.PENDING_CLONE, run_state=RunState.RUNNING,
            access_restriction=source.access_restriction, memory_mb=source.memory_mb, cores=source.cores,
            disk_gb=source.disk_gb, port_bindings=dict(source.port_bindings or {}),
            settings=dict(source.settings or {}), sealed_secrets=source.sealed_secrets,
            admin_user=source.admin_user, addon_choices=used, label=source.label, tags=list(source.tags or []),
            created_by=user)
    async with installing.placed(app_secrets, app, domain=place, project=project, environment=environment,
                                 used=used, user=user) as made:
        for prepared in made.prepared:
            dump = dumps.get(prepared.database.type)
            filling = {} if dump is None else {
                "action": DATABASE_CLONE, "wrap": _filling(str(dump.snapshot_id), config.accept_self_signed_certs),
                "extra_env": dict(repo.env)}
            made.tasks.append(await provisioning.launch(app_secrets.engine, settings, app_secrets.databases,
                                                        prepared, user=user, **filling))
        install, env = await running.install_run(app_secrets, app, user=user)
        params = AppCloneVars(
            **install.model_dump(), app_host=str(app.host).split("/")[0],
            app_restore_snapshot=str(backup.snapshot_id), app_backup_dirs=backups.data_dirs(app),
            backup_insecure_tls=config.accept_self_signed_certs)
        task = await running._start(app_secrets, app, APP_CLONE, params, user=user, env={**env, **repo.env},
                                    pending=InstallationState.PENDING_CLONE, wait_for=made.lock_keys())
    return app, task
