"""Control-plane backups: created as tracked tasks into real repositories, listed in Cloudron's shape,
pruned by the retention policy, and never a secret in a log, an answer or a command line."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import uuid
from datetime import datetime
from pathlib import Path

import ansible_runner
import psutil
import pytest

from service.auth.models import User
from service.domains.backup_storage.models import Backup, BackupState, BackupType
from service.domains.backups import platform
from service.tasks.models import Task
from tests.backups.conftest import KEY, S3_ACCESS, S3_SECRET, configure, filesystem_config, restic_snapshots, s3_config
from tests.factories import owner_headers, wait_task

pytestmark = pytest.mark.ansible


def _clean_by_hand(project_dir: Path, env: dict[str, str], *, keep_daily: int, tmp: Path) -> dict[str, dict]:
    """clean_backups.yml run by hand, through ansible-runner: the run's stats, each count (ok, changed,
    failures, dark, ...) per host."""
    (tmp / "by-hand").mkdir()
    done = ansible_runner.run(private_data_dir=str(tmp / "by-hand"), project_dir=str(project_dir),
                              playbook="playbooks/clean_backups.yml", extravars={"backup_keep_daily": keep_daily},
                              envvars={"PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
                                       **env},
                              quiet=True, suppress_env_files=True)
    assert done.status == "successful", done.stdout.read()[-2000:]
    return done.stats


def _counted(stats: dict[str, dict], *counts: str) -> int:
    """Counts of ansible-runner's stats (changed, failures, dark, ...) summed over the hosts."""
    return sum(number for count in counts for number in stats[count].values())


async def _argv_watch(stop: asyncio.Event, seen: list[str]) -> None:
    """Every process command line on the machine while the backup runs."""
    while not stop.is_set():
        for proc in psutil.process_iter(["cmdline"]):
            seen.append(" ".join(proc.info["cmdline"] or []))
        await asyncio.sleep(0.2)


@pytest.mark.slow
async def test_a_backup_to_s3_is_recorded_and_no_secret_leaks(client, server, s3_server, caplog):
    headers = await owner_headers(client)
    bucket = f"containr-box-{uuid.uuid4().hex[:12]}"  # the S3 server lives for the whole session
    await configure(client, headers, s3_config(s3_server, bucket))
    stop, argv = asyncio.Event(), []
    watcher = asyncio.create_task(_argv_watch(stop, argv))
    answer = await client.post("/api/v1/backups/create", headers=headers)
    assert answer.status_code == 202, answer.text
    task_id = answer.json()["taskId"]
    busy = await client.post("/api/v1/backups/create", headers=headers)
    assert busy.status_code == 409 and busy.json()["code"] == "busy"
    task = await wait_task(client, headers, task_id)
    stop.set()
    await watcher
    assert task["success"], task
    assert task["type"] == "backup" and task["result"]["snapshot_id"]

    backups = (await client.get("/api/v1/backups", headers=headers)).json()["backups"]
    assert len(backups) == 1  # the refused second request left no record
    backup = backups[0]
    assert (backup["type"], backup["state"], backup["format"]) == ("box", "normal", "restic")
    assert backup["snapshotId"] == task["result"]["snapshot_id"] and backup["size"] > 0
    assert backup["dependsOn"] == [] and backup["taskId"] == task_id
    snaps = restic_snapshots(f"s3:{s3_server.endpoint}/{bucket}/containr/box",
                             env={"AWS_ACCESS_KEY_ID": S3_ACCESS, "AWS_SECRET_ACCESS_KEY": S3_SECRET})
    assert [snap["id"] for snap in snaps] == [backup["snapshotId"]] and "box" in snaps[0]["tags"]

    logs = (await client.get(f"/api/v1/tasks/{task_id}/logs", headers=headers)).text
    answers = [logs, str(task), str(backups),
               (await client.get("/api/v1/settings/backup_config", headers=headers)).text,
               (await client.get("/api/v1/tasks", headers=headers)).text]
    stored = [str(t.extra_vars) + str(t.sealed_secrets) + t.message for t in await Task.all()]
    service_log = "\n".join(record.getMessage() for record in caplog.records)
    for secret in (KEY, S3_SECRET):
        assert not [text for text in [*answers, *stored, service_log] if secret in text]
        assert not [line for line in argv if secret in line]
    assert any("restic" in line for line in argv)  # the watch saw the run itself


@pytest.mark.one_database  # the box backup of each database kind is tested above
@pytest.mark.slow
async def test_retention_keeps_exactly_what_the_policy_names(client, server, tmp_path, settings):
    headers = await owner_headers(client)
    folder = tmp_path / "repo"
    await configure(client, headers, filesystem_config(folder, keepDaily=2))
    owner = await User.get(username="owner")
    times = ["2026-01-01 09:00:00", "2026-01-01 18:00:00", "2026-01-02 09:00:00", "2026-01-03 09:00:00"]
    for moment in times:  # backups made at controlled times, through the real action
        task = await platform.start_platform_backup(server.engine, server.settings, user=owner,
                                                    time=datetime.fromisoformat(moment))
        assert (await wait_task(client, headers, task.id))["success"]
    listed = (await client.get("/api/v1/backups?per_page=2&page=2", headers=headers)).json()["backups"]
    assert [b["creationTime"][:19] for b in listed] == ["2026-01-01T18:00:00", "2026-01-01T09:00:00"]

    answer = await client.post("/api/v1/backups/cleanup", headers=headers)
    assert answer.status_code == 202
    task = await wait_task(client, headers, answer.json()["taskId"])
    assert task["success"] and task["type"] == "cleanBackups", task
    # Two daily backups: the last of each of the two newest days; the 1st of January goes.
    kept = [snap["time"][:19] for snap in restic_snapshots(str(folder))]
    assert kept == ["2026-01-02T09:00:00", "2026-01-03T09:00:00"]
    listed = (await client.get("/api/v1/backups", headers=headers)).json()["backups"]
    assert [b["creationTime"][:19] for b in listed] == ["2026-01-03T09:00:00", "2026-01-02T09:00:00"]

    # By hand, the same cleanup a second time changes nothing.
    env = {"RESTIC_REPOSITORY": str(folder), "RESTIC_PASSWORD": KEY, "RESTIC_CACHE_DIR": str(tmp_path / "cache")}
    stats = _clean_by_hand(settings.project_dir, env, keep_daily=2, tmp=tmp_path)
    assert stats["processed"] and _counted(stats, "changed", "failures", "dark") == 0, stats
    assert len(restic_snapshots(str(folder))) == 2


def _store_dump(folder: Path, cache: Path, *, database_id: str, version: str, moment: str) -> str:
    """A database backup made at a controlled time, tagged as database_backup tags one; its Backup record's id."""
    backup_id = str(uuid.uuid4())
    subprocess.run(["restic", "backup", "--quiet", "--stdin", "--stdin-filename", "shop.pgdump", "--host", "containr",
                    "--tag", "database", "--tag", f"db:{database_id}", "--tag", "type:postgresql",
                    "--tag", f"version:{version}", "--tag", f"backup:{backup_id}", "--time", moment],
                   input=f"PGDMP {database_id} {moment}", text=True, capture_output=True, check=True,
                   env={**os.environ, "RESTIC_REPOSITORY": str(folder), "RESTIC_PASSWORD": KEY,
                        "RESTIC_CACHE_DIR": str(cache), "TZ": "UTC"})
    return backup_id


@pytest.mark.one_database  # the box backup of each database kind is tested above
@pytest.mark.slow
async def test_retention_keeps_exactly_what_the_policy_names_of_each_database(client, server, tmp_path, settings):
    headers = await owner_headers(client)
    folder, cache = tmp_path / "repo", tmp_path / "cache"
    await configure(client, headers, filesystem_config(folder, keepDaily=2))
    # Every snapshot has a backup: tag of its own, and the shop's server was upgraded on the 2nd. The other
    # database's backups are all older than the shop's two newest days: cleaned together, none would stay.
    shop, other = "db-shop", str(uuid.uuid4())
    made = {
        shop: [("15", "2026-01-01 09:00:00"), ("15", "2026-01-01 18:00:00"), ("16", "2026-01-02 09:00:00"),
               ("16", "2026-01-03 09:00:00")],
        other: [("10.11", "2025-12-30 09:00:00"), ("10.11", "2025-12-31 09:00:00"), ("10.11", "2025-12-31 21:00:00")],
    }
    backup_ids, owners = {}, {}  # time of a snapshot -> its Backup record, its database
    for database_id, dumps in made.items():
        for version, moment in dumps:
            backup_ids[moment] = _store_dump(folder, cache, database_id=database_id, version=version, moment=moment)
            owners[moment] = database_id
    snapshots = {snap["time"][:19].replace("T", " "): snap for snap in restic_snapshots(str(folder), tag="database")}
    assert sorted(snapshots) == sorted(backup_ids)
    for moment, backup_id in backup_ids.items():
        await Backup.create(id=backup_id, type=BackupType.DATABASE, state=BackupState.NORMAL, version="test",
                            target=str(folder), resource_type="database", resource_id=owners[moment],
                            snapshot_id=snapshots[moment]["id"])

    answer = await client.post("/api/v1/backups/cleanup", headers=headers)
    assert answer.status_code == 202
    task = await wait_task(client, headers, answer.json()["taskId"])
    assert task["success"] and task["type"] == "cleanBackups", task
    # Per database, the last backup of each of its two newest days, whatever their version.
    expected = {shop: ["2026-01-02 09:00:00", "2026-01-03 09:00:00"],
                other: ["2025-12-30 09:00:00", "2025-12-31 21:00:00"]}
    for database_id, moments in expected.items():
        kept = [snap["time"][:19].replace("T", " ") for snap in restic_snapshots(str(folder), tag=f"db:{database_id}")]
        assert kept == moments, database_id
        records = await Backup.filter(resource_id=database_id).order_by("created_at")
        assert sorted(str(b.id) for b in records) == sorted(backup_ids[moment] for moment in moments), database_id
    kept_ids = {snapshots[m]["id"] for moments in expected.values() for m in moments}
    assert sorted(task["result"]["removed"]) == sorted({s["id"] for s in snapshots.values()} - kept_ids)
    assert sorted(task["result"]["kept"]) == sorted(kept_ids)

    # By hand, the same cleanup a second time changes nothing.
    env = {"RESTIC_REPOSITORY": str(folder), "RESTIC_PASSWORD": KEY, "RESTIC_CACHE_DIR": str(cache)}
    stats = _clean_by_hand(settings.project_dir, env, keep_daily=2, tmp=tmp_path)
    assert stats["processed"] and _counted(stats, "changed", "failures", "dark") == 0, stats
    assert len(restic_snapshots(str(folder), tag="database")) == 4


@pytest.mark.one_database  # the box backup of each database kind is tested above
async def test_without_a_target_nothing_starts(client, server):
    headers = await owner_headers(client)
    for path in ("/api/v1/backups/create", "/api/v1/backups/cleanup"):
        answer = await client.post(path, headers=headers)
        assert answer.status_code == 422 and answer.json()["code"] == "not_configured", answer.text
    assert await Task.all().count() == 0
    assert (await client.get("/api/v1/backups", headers=headers)).json() == {"backups": []}




@pytest.mark.one_database  # the box backup of each database kind is tested above
async def test_a_backup_that_cannot_store_fails_readably_and_is_marked(client, server, tmp_path):
    headers = await owner_headers(client)
    folder = tmp_path / "repo"
    await configure(client, headers, filesystem_config(folder))
    shutil.rmtree(folder)  # the disk went away after the target was checked
    task_id = (await client.post("/api/v1/backups/create", headers=headers)).json()["taskId"]
    task = await wait_task(client, headers, task_id)
    assert task["state"] == "failed" and "restic backup failed: Fatal: unable to open config file" in \
        task["error"]["message"], task
    assert KEY not in str(task)
    backup = (await client.get("/api/v1/backups", headers=headers)).json()["backups"][0]
    assert backup["state"] == "error" and backup["snapshotId"] is None and backup["error"]


@pytest.mark.one_database  # the box backup of each database kind is tested above
async def test_the_backup_job_follows_the_configured_pattern(client, server, tmp_path):
    headers = await owner_headers(client)
    folder = tmp_path / "repo"
    await configure(client, headers, filesystem_config(folder, schedulePattern="*/2 * * * * *"))
    for _ in range(900):
        if await Task.filter(type="backup", state="success", created_by_id=None).count() >= 2:
            break
        await asyncio.sleep(0.1)
    await configure(client, headers, {"provider": "noop"})
    jobs = {job["id"]: job for job in (await client.get("/api/v1/schedules", headers=headers)).json()["items"]}
    assert jobs["backup"]["nextRunTime"] is None and jobs["cleanBackups"]["nextRunTime"] is None
    while await Task.filter(type="backup", state__in=["queued", "running"]).exists():
        await asyncio.sleep(0.1)
    tasks = await Task.filter(type="backup").order_by("id")
    assert len(tasks) >= 2 and all(t.state == "success" for t in tasks)
    for earlier, later in zip(tasks, tasks[1:], strict=False):
        assert later.created_at >= earlier.finished_at  # never two at once
    backups = (await client.get("/api/v1/backups?per_page=100", headers=headers)).json()["backups"]
    assert len(backups) == len(tasks) and {b["state"] for b in backups} == {"normal"}
