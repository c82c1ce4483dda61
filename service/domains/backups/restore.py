"""Rebuild a control plane on a fresh data dir from a box backup (Cloudron's restore): the database, the
secret key and the SSH keys come back, after which every resource is known again."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from service.config import SECRET_KEY_FILE, Settings
from service.core import db, postgres_url
from service.domains.backup_storage import restic
from service.domains.backup_storage.config import Repository
from service.domains.backup_storage.models import Backup, BackupState
from service.domains.databases.models import Database
from service.tasks import FinishHook
from service.tasks.models import Task, TaskState

log = logging.getLogger(__name__)
# Why a task the copy has queued or running ends as stopped when the copy is brought back.
NOT_RUN = {
    TaskState.QUEUED: "Queued when the backup was taken; not run after the restore",
    TaskState.RUNNING: "Running when the backup was taken; not run again after the restore",
}


class RestoreError(RuntimeError):
    """The restore cannot go on; the message says why and nothing in the data dir was changed."""


@dataclass
class Restored:
    snapshot_id: str
    snapshot_time: str
    database: str
    files: list[str] = field(default_factory=list)


def repository(location: str, key: str, *, insecure_tls: bool = False) -> Repository:
    env = {"RESTIC_REPOSITORY": location, "RESTIC_PASSWORD": key}
    env.update({name: os.environ[name] for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
                                                    "AWS_DEFAULT_REGION") if os.environ.get(name)})
    return Repository(location=location, env=env, insecure_tls=insecure_tls)


def _choose(snapshots: list[dict[str, Any]], wanted: str | None) -> dict[str, Any]:
    if not snapshots:
        raise RestoreError("The repository holds no box backup")
    if wanted is None:
        return snapshots[-1]
    found = [snap for snap in snapshots if snap["id"].startswith(wanted)]
    if len(found) != 1:
        raise RestoreError(f"No single box backup matches {wanted!r}")
    return found[0]


def _check_fresh(settings: Settings, staged: Path, manifest: dict[str, Any]) -> None:
    target_sqlite = settings.db_url.startswith("sqlite://")
    if manifest["database"] == "sqlite" and not target_sqlite:
        raise RestoreError("This backup holds a SQLite database: restore it with CONTAINR_DATABASE_URL unset")
    if manifest["database"] == "postgres" and target_sqlite:
        raise RestoreError("This backup holds a PostgreSQL dump: set CONTAINR_DATABASE_URL to an empty database")
    if target_sqlite and Path(settings.db_url.removeprefix("sqlite://")).exists():
        raise RestoreError(f"{settings.data_dir} already has a database: restore into a fresh data dir")
    key = settings.data_dir / SECRET_KEY_FILE
    saved = staged / "data" / SECRET_KEY_FILE
    if key.exists() and saved.exists() and key.read_bytes() != saved.read_bytes():
        raise RestoreError(f"{key} holds another instance's key: restore into a fresh data dir")


def _restore_database(settings: Settings, staged: Path, manifest: dict[str, Any]) -> None:
    dump = staged / manifest["databaseFile"]
    if manifest["database"] == "sqlite":
        target = Path(settings.db_url.removeprefix("sqlite://"))
        shutil.copy2(dump, target)
        os.chmod(target, 0o600)
        return
    env = postgres_url.parse(settings.db_url).libpq_env()  # the password off pg_restore's command line
    done = subprocess.run(["pg_restore", "--no-owner", "--exit-on-error", "--dbname", env["PGDATABASE"], str(dump)],
                          env={**os.environ, **env}, capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        raise RestoreError(f"pg_restore failed: {lines[-1] if lines else done.returncode}")


def _restore_files(settings: Settings, staged: Path, manifest: dict[str, Any]) -> list[str]:
    restored = []
    for name in manifest.get("files", []):
        source, target = staged / "data" / name, settings.data_dir / name
        if source.is_dir():
            shutil.copytree(source, target, symlinks=True, dirs_exist_ok=True)
        elif source.is_file():
            shutil.copy2(source, target)
        restored.append(name)
    return restored


async def settle_databases(repo: Repository, backup: Backup) -> list[Backup]:
    """The database backups of a full backup were stored before the copy was taken, so the copy still has them
    `creating`: each is done if its snapshot (tag backup:<id>) is in the repository, else in error, and the box
    backup's dependsOn keeps those done. Answers those in error."""
    kept, lost = [], []
    for backup_id in backup.depends_on or []:
        part = await Backup.get_or_none(id=backup_id)
        if part is None:
            continue
        if part.state == BackupState.CREATING:
            found = await restic.snapshots(repo, tag=f"backup:{backup_id}")
            if found:
                part.state, part.snapshot_id = BackupState.NORMAL, found[-1]["id"]
                part.created_at = datetime.fromisoformat(found[-1]["time"])
            else:
                part.state, part.error_message = BackupState.ERROR, "Its snapshot is not in the repository"
            await part.save()
        (kept if part.state == BackupState.NORMAL else lost).append(part)
    backup.depends_on = [str(part.id) for part in kept]
    await backup.save(update_fields=["depends_on", "updated_at"])
    return lost


async def _stop_pending(own_task_id: int | None, hooks: Mapping[str, FinishHook]) -> None:
    """Every task the copy has queued or running, but the backup's own, ends stopped and runs nothing: the engine
    starts queued tasks at the next start, and an old delete or update must not reach live infrastructure. Each
    resource follows its stopped task as the engine's finish hooks record it."""
    pending = Task.filter(state__in=list(NOT_RUN))
    if own_task_id is not None:
        pending = pending.exclude(id=own_task_id)
    for task in await pending.order_by("id"):
        task.finish(TaskState.STOPPED, message=NOT_RUN[TaskState(task.state)])
        await task.save()
        hook = hooks.get(task.type)
        try:
            if hook is not None:
                await hook(task)
        except Exception:  # as in the engine: a hook that fails is our bug and leaves the task stopped
            log.exception("task %s: finish hook failed after the restore", task.id)


async def _settle(settings: Settings, repo: Repository, manifest: dict[str, Any], snapshot: dict[str, Any], *,
                  hooks: Mapping[str, FinishHook]) -> None:
    """The dump was taken while its own backup ran: that backup and its task are done, not interrupted (the task
    failed if a database's dump is not in the repository, as the run did)."""
    await db.migrate(settings)  # an older backup is brought up to this version's schema
    async with db.database(settings):
        backup = await Backup.get_or_none(id=manifest["backupId"]) if manifest.get("backupId") else None
        await _stop_pending(backup.task_id if backup is not None else None, hooks)
        if backup is None:
            return
        lost = await settle_databases(repo, backup)
        backup.state, backup.snapshot_id = BackupState.NORMAL, snapshot["id"]
        backup.created_at = datetime.fromisoformat(snapshot["time"])
        await backup.save()
        if not backup.task_id:
            return
        done: dict[str, Any] = {"state": TaskState.SUCCESS, "percent": 100,
                                "message": "Done (restored from this backup)"}
        if lost:
            names = sorted(str(name) for name in await Database.filter(
                id__in=[part.resource_id for part in lost]).values_list("name", flat=True))
            reason = (f"The dumps of {len(lost)} database(s) are not in the repository"
                      f"{': ' + ', '.join(names) if names else ''}. The control plane was backed up")
            done = {"state": TaskState.FAILED, "message": reason[:512], "error_code": "failed",
                    "error_message": reason}
        await Task.filter(id=backup.task_id, state__in=[TaskState.QUEUED, TaskState.RUNNING]).update(
            **done, finished_at=datetime.now(UTC), sealed_secrets=None)


async def restore(settings: Settings, repo: Repository, *, finish_hooks: Mapping[str, FinishHook],
                  snapshot_id: str | None = None) -> Restored:
    """The finish hooks are the catalogue's (service.app.CATALOGUE): each resource follows its stopped task."""
    snapshot = _choose(await restic.snapshots(repo, tag="box"), snapshot_id)
    settings.ensure_data_dir()
    scratch = Path(tempfile.mkdtemp(prefix=".restore-", dir=settings.data_dir))
    try:
        repo.env.setdefault("RESTIC_CACHE_DIR", str(scratch / "cache"))
        await restic.run(repo, "restore", snapshot["id"], "--target", str(scratch / "tree"))
        staged = scratch / "tree" / snapshot["paths"][0].lstrip("/")
        manifest = json.loads((staged / "manifest.json").read_text())
        _check_fresh(settings, staged, manifest)
        await asyncio.to_thread(_restore_database, settings, staged, manifest)
        files = _restore_files(settings, staged, manifest)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    await _settle(settings, repo, manifest, snapshot, hooks=finish_hooks)
    return Restored(snapshot_id=snapshot["id"], snapshot_time=snapshot["time"], database=manifest["database"],
                    files=files)
