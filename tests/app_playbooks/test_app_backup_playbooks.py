"""app_backup and app_restore on a real LXC guest, through the real engine, into a real restic repository (a
folder): DokuWiki installed by app_install, a page written in its data folder, backed up, changed and a page
added, restored: the old page is served again, the added one is gone, owners kept; a snapshot that is not an
app's is refused before the guest is touched. Then app_clone makes a second DokuWiki from that backup: the same
page, served under the clone's own name."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from tests.app_playbooks.conftest import AppRunner, manifest, new_password
from tests.backups.conftest import KEY, restic, restic_repository, store_dump
from tests.harness.lxc import ssh

pytestmark = [pytest.mark.ansible, pytest.mark.slow, pytest.mark.lxc(lane=0)]

HOST, CLONE_HOST = 61, 62
FQDN, CLONE_FQDN = "notes.example.com", "copy.example.com"
PAGES = "/var/lib/dokuwiki/data/pages"


async def _page(address: str, page: str, *, fqdn: str = FQDN, raw: bool = True) -> str:
    async with httpx.AsyncClient(base_url=f"http://{address}", headers={"Host": fqdn}, timeout=20) as wiki:
        answer = await wiki.get("/doku.php", params={"id": page, **({"do": "export_raw"} if raw else {})})
    assert answer.status_code in (200, 404), answer.text[:500]
    return answer.text


async def test_dokuwiki_data_backed_up_and_restored(app_run: AppRunner, tmp_path: Path) -> None:
    repository = restic_repository(tmp_path / "restic")
    restic_env = {"RESTIC_REPOSITORY": str(repository), "RESTIC_PASSWORD": KEY}
    address, key = app_run.address(HOST), app_run.key
    dirs = manifest("dokuwiki")["dataDirs"]
    install = app_run.install_vars(HOST, "dokuwiki", fqdn=FQDN)
    secrets = app_run.app_secrets(admin_password=new_password())
    run = await app_run("app_install", app_secrets=secrets, **install)
    assert run.task["success"], run.log[-6000:]

    ssh(key, address, f"printf 'Written before the backup\\n' > {PAGES}/containr.txt"
                      f" && chown www-data:www-data {PAGES}/containr.txt")
    assert "Written before the backup" in await _page(address, "containr")
    guest = {"app_id": "app-notes", "app_host": address, "app_backup_dirs": dirs,
             "containr_ssh_private_key_file": str(key)}

    backup = await app_run("app_backup", env=restic_env, app_backup_id="backup-1", **guest)
    assert backup.task["success"], backup.log[-6000:]
    assert set(backup.result) == {"snapshot_id", "snapshot_time", "size", "appId"}
    assert backup.result["appId"] == "app-notes" and int(backup.result["size"]) > 0
    snapshots = json.loads(restic(repository, "snapshots", "--json", "--tag", "app"))
    assert [s["id"] for s in snapshots] == [backup.result["snapshot_id"]]
    assert {"app", "app:app-notes", "backup:backup-1"} <= set(snapshots[0]["tags"])
    listed = restic(repository, "dump", backup.result["snapshot_id"], "/app-data.tar")
    assert b"var/lib/dokuwiki/data/pages/containr.txt" in listed and b"etc/dokuwiki/" in listed

    ssh(key, address, f"printf 'Changed after the backup\\n' > {PAGES}/containr.txt"
                      f" && printf 'Added after\\n' > {PAGES}/later.txt")
    assert "Changed after the backup" in await _page(address, "containr")

    # A database dump's snapshot is no app backup: refused before anything in the guest changes.
    foreign = store_dump(repository, b"PGDMP not an app", "postgresql")
    refused = await app_run("app_restore", env=restic_env, app_restore_snapshot=foreign, app_fqdn=FQDN, **guest)
    assert not refused.task["success"]
    assert f"Snapshot {foreign} is not a backup of an app's data folders" in refused.log
    assert "Changed after the backup" in await _page(address, "containr")

    restore = await app_run("app_restore", env=restic_env, app_restore_snapshot=backup.result["snapshot_id"],
                            app_fqdn=FQDN, **guest)
    assert restore.task["success"], restore.log[-6000:]
    assert restore.result == {"snapshot_id": backup.result["snapshot_id"], "appId": "app-notes"}
    assert "Written before the backup" in await _page(address, "containr")
    listing = ssh(key, address, f"ls {PAGES}; stat -c '%U' {PAGES}/containr.txt;"
                                " ls -d /var/lib/dokuwiki* /etc/dokuwiki*")
    assert "later.txt" not in listing and "www-data" in listing
    assert "containr-old" not in listing  # the folders replaced are gone, and the scratch folder
    assert not ssh(key, address, "ls -A /var/lib/containr/app-restore 2>/dev/null || true")
    assert KEY not in "".join(app_run.logs)

    clone = app_run.install_vars(CLONE_HOST, "dokuwiki", fqdn=CLONE_FQDN, proxmox_guest_hostname="copy")
    cloned = await app_run("app_clone", app_secrets=secrets, env=restic_env, app_host=app_run.address(CLONE_HOST),
                           app_restore_snapshot=backup.result["snapshot_id"], app_backup_dirs=dirs, **clone)
    assert cloned.task["success"], cloned.log[-6000:]
    assert cloned.result["snapshot_id"] == backup.result["snapshot_id"] and cloned.result["vmid"] == 100 + CLONE_HOST
    copy = app_run.address(CLONE_HOST)
    assert "Written before the backup" in await _page(copy, "containr", fqdn=CLONE_FQDN)
    shown = await _page(copy, "containr", fqdn=CLONE_FQDN, raw=False)
    assert f"https://{CLONE_FQDN}/" in shown and FQDN not in shown  # its own name, not the source's
