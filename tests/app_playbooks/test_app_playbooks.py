"""app_install on real LXC guests, through the real engine: DokuWiki (its start page read, a page saved through
its own edit form by the admin logged in with the generated password) and Adminer (its login page); each installed
twice, the second run changing nothing. One guest per app.

Then app_backup and app_restore on DokuWiki's guest, into a real restic repository (a folder): a page backed up,
changed and a page added, restored: the old page is served again, the added one is gone, owners kept; a snapshot
that is not an app's is refused before the guest is touched. (app_clone runs in tests/apps/test_apps_e2e.py,
through the API.)"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest

from tests.app_playbooks.conftest import AppRunner, manifest, new_password
from tests.backups.conftest import KEY, restic, restic_repository, store_dump
from tests.databases.conftest import argv_watch
from tests.harness.lxc import ssh

pytestmark = [pytest.mark.ansible, pytest.mark.slow, pytest.mark.lxc(lane=0), pytest.mark.prepared_guests]

WIKI = "wiki.example.com"
PAGES = "/var/lib/dokuwiki/data/pages"


class _Forms(HTMLParser):
    """The forms of a page: each one's action and its inputs' values by name (textareas too)."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict[str, object]] = []
        self._textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "form":
            self.forms.append({"id": found.get("id") or "", "action": found.get("action") or "", "fields": {}})
        elif self.forms and tag == "input" and found.get("name") and found.get("type") not in ("submit", "checkbox"):
            self.forms[-1]["fields"][found["name"]] = found.get("value") or ""  # type: ignore[index]
        elif self.forms and tag == "textarea" and found.get("name"):
            self._textarea = found["name"]
            self.forms[-1]["fields"][self._textarea] = ""  # type: ignore[index]

    def handle_endtag(self, tag: str) -> None:
        if tag == "textarea":
            self._textarea = None

    def handle_data(self, data: str) -> None:
        if self._textarea and self.forms:
            self.forms[-1]["fields"][self._textarea] += data  # type: ignore[index]


def _form(html: str, form_id: str) -> dict[str, str]:
    parser = _Forms()
    parser.feed(html)
    for form in parser.forms:
        if form["id"] == form_id:
            return dict(form["fields"])  # type: ignore[call-overload]
    raise AssertionError(f"no form {form_id} in the page:\n{html[:3000]}")


async def test_dokuwiki(app_run: AppRunner, tmp_path: Path) -> None:
    password = new_password()
    install = app_run.install_vars(40, "dokuwiki", fqdn=WIKI, settings={"siteTitle": "Team notes"})
    address, key = app_run.address(40), app_run.key

    with argv_watch(password) as seen:
        run = await app_run("app_install", app_secrets=app_run.app_secrets(admin_password=password), **install)
        assert run.task["success"], run.log[-6000:]
        assert run.result == {"vmid": 140, "node": "pve", "hostname": "dokuwiki", "ip": address, "host": address,
                              "port": 80, "appId": "org.dokuwiki", "version": "1.0.0", "adminUser": "admin"}

        async with httpx.AsyncClient(base_url=f"http://{address}", headers={"Host": WIKI},
                                     timeout=20) as wiki:
            start = await wiki.get("/")
            assert start.status_code == 200 and "Team notes" in start.text
            # Links are the edge's: https at the app's name.
            assert "https://wiki.example.com/" in start.text
            assert (await wiki.get("/install.php")).status_code == 403
            # Anyone reads; only a logged-in user gets the edit form.
            anonymous = await wiki.get("/doku.php", params={"id": "playground:containr", "do": "edit"})
            assert "dw__editform" not in anonymous.text

            login_page = await wiki.get("/doku.php", params={"id": "start", "do": "login"})
            fields = _form(login_page.text, "dw__login") | {"u": "admin", "p": password}
            logged_in = await wiki.post("/doku.php", params={"id": "start"}, data=fields)
            assert logged_in.status_code in (200, 302, 303), logged_in.text[:2000]
            assert "Log Out" in (await wiki.get("/doku.php", params={"id": "start"})).text
            # The admin is the wiki's superuser: its configuration manager opens, and may save.
            admin = await wiki.get("/doku.php", params={"id": "start", "do": "admin", "page": "config"})
            assert "dw__configform" in admin.text and "can not be updated" not in admin.text, admin.text[:3000]

            editor = await wiki.get("/doku.php", params={"id": "playground:containr", "do": "edit"})
            assert editor.status_code in (200, 404), editor.text[:2000]
            fields = _form(editor.text, "dw__editform")
            text = "====== Saved by the test ======\n\nWritten through DokuWiki's own edit form.\n"
            saved = await wiki.post("/doku.php", data=fields | {"wikitext": text, "summary": "test",
                                                                 "do[save]": "Save"})
            assert saved.status_code in (200, 302, 303), saved.text[:2000]
            raw = await wiki.get("/doku.php", params={"id": "playground:containr", "do": "export_raw"})
            assert raw.text.strip() == text.strip()
            page = await wiki.get("/doku.php", params={"id": "playground:containr"})
            assert page.status_code == 200 and "Saved by the test" in page.text

        # The account's password is a bcrypt hash; the secrets file is root's only.
        users = ssh(key, address, "cat /var/lib/dokuwiki/acl/users.auth.php")
        assert re.search(r"^admin:\$2y\$", users, re.MULTILINE), users
        assert ssh(key, address, "stat -c '%U %a' /etc/containr/app-secrets.json").split() == ["root", "600"]

        again = await app_run("app_install", app_secrets=app_run.app_secrets(admin_password=password), **install)
        assert again.task["success"], again.log[-6000:]
        assert again.changed == 0, again.log[-6000:]

    assert seen == []
    assert all(password not in log for log in app_run.logs)
    await _backed_up_and_restored(app_run, address, tmp_path)


async def _page(address: str, page: str) -> str:
    async with httpx.AsyncClient(base_url=f"http://{address}", headers={"Host": WIKI}, timeout=20) as wiki:
        answer = await wiki.get("/doku.php", params={"id": page, "do": "export_raw"})
    assert answer.status_code in (200, 404), answer.text[:500]
    return answer.text


async def _backed_up_and_restored(app_run: AppRunner, address: str, tmp_path: Path) -> None:
    repository = restic_repository(tmp_path / "restic")
    restic_env = {"RESTIC_REPOSITORY": str(repository), "RESTIC_PASSWORD": KEY}
    key = app_run.key
    ssh(key, address, f"printf 'Written before the backup\\n' > {PAGES}/containr.txt"
                      f" && chown www-data:www-data {PAGES}/containr.txt")
    assert "Written before the backup" in await _page(address, "containr")
    guest = {"app_id": "app-notes", "app_host": address, "app_backup_dirs": manifest("dokuwiki")["dataDirs"],
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
    refused = await app_run("app_restore", env=restic_env, app_restore_snapshot=foreign, app_fqdn=WIKI, **guest)
    assert not refused.task["success"]
    assert f"Snapshot {foreign} is not a backup of an app's data folders" in refused.log
    assert "Changed after the backup" in await _page(address, "containr")

    restore = await app_run("app_restore", env=restic_env, app_restore_snapshot=backup.result["snapshot_id"],
                            app_fqdn=WIKI, **guest)
    assert restore.task["success"], restore.log[-6000:]
    assert restore.result == {"snapshot_id": backup.result["snapshot_id"], "appId": "app-notes"}
    assert "Written before the backup" in await _page(address, "containr")
    listing = ssh(key, address, f"ls {PAGES}; stat -c '%U' {PAGES}/containr.txt;"
                                " ls -d /var/lib/dokuwiki* /etc/dokuwiki*")
    assert "later.txt" not in listing and "www-data" in listing
    assert "containr-old" not in listing  # the folders replaced are gone, and the scratch folder
    assert not ssh(key, address, "ls -A /var/lib/containr/app-restore 2>/dev/null || true")
    assert KEY not in "".join(app_run.logs)


async def test_adminer(app_run: AppRunner) -> None:
    install = app_run.install_vars(41, "adminer", fqdn="db.example.com")
    address = app_run.address(41)

    run = await app_run("app_install", app_secrets=app_run.app_secrets(), **install)
    assert run.task["success"], run.log[-6000:]
    assert (run.result["appId"], run.result["host"], run.result["port"], run.result["adminUser"]) == (
        "org.adminer", address, 80, "")

    login = httpx.get(f"http://{address}/", headers={"Host": "db.example.com"}, timeout=20)
    assert login.status_code == 200
    assert "Adminer" in login.text and 'name="auth[username]"' in login.text
    # Both drivers are there: MySQL's and PostgreSQL's.
    assert 'value="server"' in login.text and 'value="pgsql"' in login.text

    again = await app_run("app_install", app_secrets=app_run.app_secrets(), **install)
    assert again.task["success"], again.log[-6000:]
    assert again.changed == 0, again.log[-6000:]
