"""`containr restore`: a fresh data dir rebuilt from a box backup has its users, projects and backups again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from service.auth.accounts import create_user
from service.config import Settings
from tests.backups.conftest import KEY, configure, filesystem_config
from tests.conftest import Server
from tests.factories import PASSWORD, login, owner_headers, wait_task

pytestmark = pytest.mark.ansible


def _restore(settings: Settings, *args: str, key: str = KEY) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CONTAINR_DATA_DIR": str(settings.data_dir), "CONTAINR_BACKUP_KEY": key,
           "CONTAINR_SECRET_KEY": settings.secret_key or ""}
    env.pop("CONTAINR_DATABASE_URL", None)
    if settings.database_url:
        env["CONTAINR_DATABASE_URL"] = settings.database_url
    command = [str(Path(sys.executable).parent / "containr"), "restore", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL,
                          timeout=300)


async def test_restore_on_a_clean_data_dir_brings_the_control_plane_back(client, server, settings, tmp_path,
                                                                         db_backend, request):
    headers = await owner_headers(client)
    await create_user(username="alice", email="alice@example.com", password=PASSWORD)
    alice = await login(client, "alice")
    project = (await client.post("/api/v1/projects", headers=alice, json={"name": "shop"})).json()
    folder = tmp_path / "repo"
    await configure(client, headers, filesystem_config(folder))
    task_id = (await client.post("/api/v1/backups/create", headers=headers)).json()["taskId"]
    assert (await wait_task(client, headers, task_id))["success"]
    backup = (await client.get("/api/v1/backups", headers=headers)).json()["backups"][0]

    database_url = None
    if db_backend == "postgres":
        database_url = request.getfixturevalue("pg_cluster").create_database(f"containr_restored_{os.getpid()}")
    fresh = settings.model_copy(update={"data_dir": tmp_path / "fresh", "database_url": database_url})

    wrong = _restore(fresh, "--from", str(folder), key="not-the-key")
    assert wrong.returncode == 1 and "wrong password" in wrong.stderr and "not-the-key" not in wrong.stderr
    assert not (fresh.data_dir / "containr.sqlite3").exists()

    done = _restore(fresh, "--from", str(folder))
    assert done.returncode == 0, done.stderr
    assert backup["snapshotId"][:8] in done.stdout and KEY not in done.stdout + done.stderr

    again = _restore(fresh, "--from", str(folder))  # the data dir is not fresh any more
    if db_backend == "sqlite":
        assert again.returncode == 1 and "fresh data dir" in again.stderr

    restored = Server(fresh)
    await restored.start()
    try:
        async with httpx.AsyncClient(base_url=restored.url, timeout=60) as other:
            alice = await login(other, "alice", PASSWORD)
            projects = (await other.get("/api/v1/projects", headers=alice)).json()["items"]
            assert [p["id"] for p in projects] == [project["id"]]
            headers = await login(other, "owner")
            backups = (await other.get("/api/v1/backups", headers=headers)).json()["backups"]
            assert [(b["id"], b["state"], b["snapshotId"]) for b in backups] == [
                (backup["id"], "normal", backup["snapshotId"])]
            task = (await other.get(f"/api/v1/tasks/{task_id}", headers=headers)).json()
            assert task["success"], task
            # The restored instance reads its stored target (sealed with the same key) and backs up again.
            assert (await other.get("/api/v1/settings/backup_config", headers=headers)).json()["backupFolder"] \
                == str(folder)
    finally:
        await restored.stop()
