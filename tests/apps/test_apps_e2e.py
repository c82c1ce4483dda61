"""Apps end to end through the API on real LXC guests, with BIND 9 (TSIG) and Pebble (ACME) on the lane's bridge:
DokuWiki and WordPress (its MariaDB addon database in a guest of its own, made through the databases code) are
installed by one call each and served over HTTPS by the node's edge with Pebble's certificates; DokuWiki saves and
shows a page, WordPress answers its front page and its admin signs in with the password the install showed once;
restart, stop and start; an access restriction sends an anonymous visitor to Containr's sign-in page on the app's
own name and lets a listed user's cookie through; an update under a snapshot, and a failed one rolled back; a
backup, a change and a restore that brings the old page back, and a clone serving it under another name;
uninstall takes the guest, the addon database, the name and its DNS record. No generated password, addon
credential or backup key reaches a log, an answer after the install's, a command line or a file of the data
dir."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from service.config import Settings
from service.core import ssh_keys
from service.domains.databases.models import Database
from tests.app_playbooks.test_app_playbooks import _form
from tests.backups.conftest import KEY, configure, filesystem_config
from tests.conftest import Server, _free_port
from tests.databases.conftest import argv_watch
from tests.databases.test_databases_api import _listed, lxc_node
from tests.factories import PASSWORD, assert_secrets_nowhere, next_task, owner_headers, wait_task
from tests.harness.bind import Bind
from tests.harness.lxc import LxcSim, ssh
from tests.harness.pebble import Pebble
from tests.pvesim.lxc_setup import LxcEnvironment

pytestmark = [pytest.mark.ansible, pytest.mark.slow, pytest.mark.prepared_guests]

RUN_TIMEOUT = 900
ZONE = "apps-e2e.test"
WIKI = f"wiki.{ZONE}"
BLOG = f"blog.{ZONE}"


@pytest.fixture
def bind_zones() -> list[str]:
    return [ZONE]


@pytest.fixture
def database_url() -> None:
    return None  # what is tested here is the guests' and the servers' side: SQLite alone


@pytest.fixture
async def server(settings: Settings, lxc_env: LxcEnvironment) -> AsyncIterator[Server]:
    """Containr on the lane's gateway, where the edge's guest reaches it to check a restricted app's visitors."""
    port = _free_port()
    settings.public_url = f"http://{lxc_env.gateway}:{port}"
    running = Server(settings, host=lxc_env.gateway, port=port)
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


@contextlib.contextmanager
def resolving(names: dict[str, str]) -> Iterator[None]:
    """These names resolve to these addresses in this process (the host's resolver does not ask BIND)."""
    original = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        return original(names.get(host, host), *args, **kwargs)

    socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]
    try:
        yield
    finally:
        socket.getaddrinfo = original  # type: ignore[assignment]


async def _done(client: httpx.AsyncClient, headers: dict[str, str], task_id: int) -> dict[str, Any]:
    task = await wait_task(client, headers, task_id, timeout=RUN_TIMEOUT)
    assert task["success"], task
    return task


async def _settled(client: httpx.AsyncClient, headers: dict[str, str], *, after: int = 0) -> list[dict[str, Any]]:
    """Once every run has ended, each one's end having started the next (an install applies its node's edge,
    which asks for the names' certificates, whose issue applies the edge again): the tasks after `after`, all
    successful."""
    quiet = 0
    deadline = asyncio.get_running_loop().time() + RUN_TIMEOUT
    while quiet < 3:
        assert asyncio.get_running_loop().time() < deadline, "runs still active"
        tasks = (await client.get("/api/v1/tasks", headers=headers)).json()["tasks"]
        quiet = quiet + 1 if not any(task["active"] for task in tasks) else 0
        await asyncio.sleep(1)
    tasks = [task for task in tasks if task["id"] > after]
    assert all(task["success"] for task in tasks), [(t["id"], t["type"], t["error"]) for t in tasks]
    return tasks


def _browser(roots: str) -> httpx.Client:
    return httpx.Client(verify=ssl.create_default_context(cadata=roots), timeout=30, follow_redirects=False)


def _dokuwiki_saves_a_page(roots: str, password: str) -> None:
    with _browser(roots) as wiki:
        base = f"https://{WIKI}"
        login_page = wiki.get(f"{base}/doku.php", params={"id": "start", "do": "login"})
        assert login_page.status_code == 200, login_page.text[:2000]
        fields = _form(login_page.text, "dw__login") | {"u": "admin", "p": password}
        assert wiki.post(f"{base}/doku.php", params={"id": "start"}, data=fields).status_code in (200, 302, 303)
        editor = wiki.get(f"{base}/doku.php", params={"id": "notes", "do": "edit"})
        text = "====== Over HTTPS ======\n\nSaved through the edge.\n"
        saved = wiki.post(f"{base}/doku.php", data=_form(editor.text, "dw__editform")
                          | {"wikitext": text, "summary": "e2e", "do[save]": "Save"})
        assert saved.status_code in (200, 302, 303), saved.text[:2000]
        page = wiki.get(f"{base}/doku.php", params={"id": "notes"})
        assert page.status_code == 200 and "Saved through the edge" in page.text


def _wordpress_admin_signs_in(roots: str, password: str) -> None:
    with _browser(roots) as blog:
        front = blog.get(f"https://{BLOG}/")
        assert front.status_code == 200 and f"https://{BLOG}/" in front.text, front.text[:2000]
        signed = blog.post(f"https://{BLOG}/wp-login.php", data={"log": "admin", "pwd": password})
        assert signed.status_code == 302 and signed.headers["location"] == f"https://{BLOG}/wp-admin/", signed.text
        # An admin page that asks nothing of wordpress.org (the dashboard's news would wait out the guests' DNS here).
        profile = blog.get(f"https://{BLOG}/wp-admin/profile.php")
        assert profile.status_code == 200 and 'id="user_login"' in profile.text and 'value="admin"' in profile.text


def _restricted(roots: str, username: str) -> None:
    with _browser(roots) as visitor:
        anonymous = visitor.get(f"https://{WIKI}/doku.php?id=notes")
        assert anonymous.status_code == 302, anonymous.text[:2000]
        assert anonymous.headers["location"] == f"https://{WIKI}/.containr/login?rd=/doku.php?id=notes"
        page = visitor.get(anonymous.headers["location"])
        assert page.status_code == 200 and 'name="password"' in page.text
        wrong = visitor.post(f"https://{WIKI}/.containr/login", data={"username": username, "password": "nope",
                                                                       "rd": "/doku.php?id=notes"})
        assert wrong.status_code == 401 and "containr_app_session" not in visitor.cookies
        signed = visitor.post(f"https://{WIKI}/.containr/login", data={"username": username, "password": PASSWORD,
                                                                        "rd": "/doku.php?id=notes"})
        assert signed.status_code == 303 and signed.headers["location"] == "/doku.php?id=notes", signed.text
        inside = visitor.get(f"https://{WIKI}/doku.php?id=notes")
        assert inside.status_code == 200 and "Saved through the edge" in inside.text


def _bumped(text: str, version: str, **change: Any) -> str:
    manifest = yaml.safe_load(text)
    manifest.update(version=version, **change)
    manifest["changelog"].insert(0, {"version": version, "date": "2026-12-06", "notes": "A test's version"})
    return yaml.safe_dump(manifest, sort_keys=False)


async def _updated_then_rolled_back(client: httpx.AsyncClient, headers: dict[str, str], settings: Settings,
                                    app: dict[str, Any]) -> None:
    """An update to the catalogue's newer version installs it under a snapshot; one that fails (its role does not
    exist) rolls the guest back to the snapshot and starts it again, the app on the version before, saying why."""
    path = settings.project_dir / "templates" / "dokuwiki" / "manifest.yml"
    original = path.read_text()
    url = f"/api/v1/apps/{app['id']}"
    try:
        path.write_text(_bumped(original, "1.0.1"))
        updated = await client.post(f"{url}/update", headers=headers, json={})
        assert updated.status_code == 202, updated.text
        snapshot = await _done(client, headers, updated.json()["taskId"])
        await _done(client, headers, await next_task(client, headers, "appInstall", snapshot["id"]))
        shown = (await client.get(url, headers=headers)).json()
        assert (shown["version"], shown["installationState"], shown["error"]) == ("1.0.1", "installed", None)
        again = await client.post(f"{url}/update", headers=headers, json={})
        assert again.status_code == 409 and again.json()["code"] == "up_to_date"

        path.write_text(_bumped(original, "1.0.2", role="no_such_role"))
        broken = await client.post(f"{url}/update", headers=headers, json={"appStoreVersion": "1.0.2"})
        assert broken.status_code == 202, broken.text
        snapshot = await _done(client, headers, broken.json()["taskId"])
        failed = await wait_task(client, headers, await next_task(client, headers, "appInstall", snapshot["id"]),
                                 timeout=RUN_TIMEOUT)
        assert failed["state"] == "failed", failed
        rolled = await _done(client, headers, await next_task(client, headers, "appSnapshot", failed["id"]))
        assert rolled["result"]["state"] == "rollback"
        await _done(client, headers, await next_task(client, headers, "appPower", rolled["id"]))
        shown = (await client.get(url, headers=headers)).json()
        assert (shown["version"], shown["installationState"], shown["runState"]) == ("1.0.1", "installed",
                                                                                     "running")
        assert shown["error"]["code"] == "update_failed" and "rolled back to version 1.0.1" in shown["error"]["message"]
        page = await asyncio.to_thread(httpx.get, f"http://{shown['host']}/doku.php?id=notes",
                                       headers={"Host": WIKI}, timeout=30)
        assert page.status_code == 200 and "Saved through the edge" in page.text
    finally:
        path.write_text(original)


async def _backed_up_restored_and_cloned(client: httpx.AsyncClient, headers: dict[str, str], key: Path,
                                         app: dict[str, Any], folder: Path) -> None:
    """A backup of DokuWiki, a change of its page, a restore that brings the page back, and a clone under another
    name that serves the same page from its own guest."""
    await configure(client, headers, filesystem_config(folder))
    url = f"/api/v1/apps/{app['id']}"
    backup = await client.post(f"{url}/backup", headers=headers)
    assert backup.status_code == 202, backup.text
    await _done(client, headers, backup.json()["taskId"])
    listed = (await client.get(f"{url}/backups", headers=headers)).json()["items"]
    assert [item["id"] for item in listed] == [backup.json()["backupId"]]
    page = "/var/lib/dokuwiki/data/pages/notes.txt"
    await asyncio.to_thread(ssh, key, app["host"], f"echo 'Changed after the backup' > {page}")
    assert "Changed after the backup" in await _page(app["host"], WIKI)
    restored = await client.post(f"{url}/restore", headers=headers, json={"backupId": backup.json()["backupId"]})
    assert restored.status_code == 202, restored.text
    await _done(client, headers, restored.json()["taskId"])
    assert "Saved through the edge" in await _page(app["host"], WIKI)

    clone = await client.post(f"{url}/clone", headers=headers, json={
        "backupId": backup.json()["backupId"], "location": "copy", "domain": ZONE})
    assert clone.status_code == 202, clone.text
    await _done(client, headers, clone.json()["taskId"])
    await _settled(client, headers, after=clone.json()["taskId"])
    shown = (await client.get(f"/api/v1/apps/{clone.json()['id']}", headers=headers)).json()
    assert (shown["installationState"], shown["fqdn"]) == ("installed", f"copy.{ZONE}"), shown
    assert shown["host"] != app["host"] and "Saved through the edge" in await _page(shown["host"], f"copy.{ZONE}")
    served = await asyncio.to_thread(httpx.get, f"http://{shown['host']}/doku.php?id=notes",
                                     headers={"Host": f"copy.{ZONE}"}, timeout=30)
    assert f"https://copy.{ZONE}/" in served.text and WIKI not in served.text  # its own name, not the source's


async def _page(host: str, name: str) -> str:
    answer = await asyncio.to_thread(httpx.get, f"http://{host}/doku.php?id=notes&do=export_raw",
                                     headers={"Host": name}, timeout=30)
    assert answer.status_code == 200, answer.text[:2000]
    return answer.text


@pytest.mark.lxc(lane=0)
async def test_apps_installed_served_restricted_and_uninstalled(client: httpx.AsyncClient, server: Server,
                                                                 lxc_sim: LxcSim, bind: Bind, pebble: Pebble,
                                                                 settings: Settings, tmp_path: Path) -> None:
    headers = await owner_headers(client)
    node = await lxc_node(client, headers, lxc_sim, lxc_sim.env.apt_proxy)
    me = (await client.get("/api/v1/user/profile", headers=headers)).json()
    domain = await client.post("/api/v1/domains", headers=headers, json={
        "domain": ZONE, "provider": "rfc2136",
        "config": {"server": bind.address, "port": bind.port, "keyName": bind.key_name, "keySecret": bind.key_secret},
        "tlsConfig": {"provider": "acme", "directoryUrl": pebble.directory_url, "caBundle": pebble.ca_bundle()}})
    assert domain.status_code == 201, domain.text
    secrets = [bind.key_secret]
    roots = pebble.roots_pem()

    with argv_watch(watched=secrets) as argv:
        # Two installs at once: DokuWiki alone, WordPress after its MariaDB addon's guest.
        wiki = await client.post("/api/v1/apps/install", headers=headers, json={
            "appStoreId": "org.dokuwiki", "location": "wiki", "domain": ZONE, "accessRestriction": None,
            "settings": {"siteTitle": "Team notes"}})
        assert wiki.status_code == 202, wiki.text
        blog = await client.post("/api/v1/apps/install", headers=headers, json={
            "appStoreId": "org.wordpress", "location": "blog", "domain": ZONE})
        assert blog.status_code == 202, blog.text
        wiki_app, blog_app = wiki.json(), blog.json()
        assert wiki_app["installationState"] == "pending_install" and wiki_app["adminPassword"]
        secrets += [wiki_app["adminPassword"], blog_app["adminPassword"]]
        assert wiki_app["nodeId"] == node["id"] and wiki_app["fqdn"] == WIKI
        [addon] = blog_app["databases"]
        assert addon["addon"] == "mysql"
        database = await Database.get(id=addon["id"])
        secrets.append(str(server.app.state.databases_box.open(database.sealed_password)))

        wiki_task = await _done(client, headers, wiki_app["taskId"])
        blog_task = await _done(client, headers, blog_app["taskId"])
        assert blog_task["result"]["appId"] == "org.wordpress"
        types = [task["type"] for task in await _settled(client, headers)]
        assert types.count("renewcerts") >= 1 and types.count("edgeApply") >= 2, types

        shown = (await client.get(f"/api/v1/apps/{wiki_app['id']}", headers=headers)).json()
        assert (shown["installationState"], shown["runState"]) == ("installed", "running"), shown
        assert "adminPassword" not in shown
        listed = (await client.get("/api/v1/databases", headers=headers)).json()["items"]
        assert [(d["id"], d["owner"]) for d in listed] == [(addon["id"], {"type": "app", "id": blog_app["id"]})]
        edge = (await client.get(f"/api/v1/nodes/{node['id']}/edge", headers=headers)).json()
        assert bind.records(WIKI, "A") == [edge["host"]] and bind.records(BLOG, "A") == [edge["host"]]

        # The guests ask the lane's BIND for names, as a node's guests ask a resolver that answers (the image's
        # own points nowhere here: WordPress's admin pages would wait out each lookup of wordpress.org).
        key = ssh_keys.private_key_path(settings)
        for app in (wiki_app, blog_app):
            await asyncio.to_thread(ssh, key, app["host"], f"echo 'nameserver {bind.address}' > /etc/resolv.conf")

        with resolving({WIKI: edge["host"], BLOG: edge["host"]}):
            await asyncio.to_thread(_dokuwiki_saves_a_page, roots, wiki_app["adminPassword"])
            await asyncio.to_thread(_wordpress_admin_signs_in, roots, blog_app["adminPassword"])

            # Restart, stop, start: the app's guest, and its state with it.
            for action, run_state in (("restart", "running"), ("stop", "stopped"), ("start", "running")):
                answer = await client.post(f"/api/v1/apps/{wiki_app['id']}/{action}", headers=headers)
                assert answer.status_code == 202, answer.text
                await _done(client, headers, answer.json()["taskId"])
                shown = (await client.get(f"/api/v1/apps/{wiki_app['id']}", headers=headers)).json()
                assert (shown["installationState"], shown["runState"]) == ("installed", run_state)
            logs = (await client.get(f"/api/v1/apps/{wiki_app['id']}/logs?lines=20", headers=headers)).json()
            assert logs["lines"]

            # Only the listed user, signed in on the app's own name, gets through the edge.
            restricted = await client.post(f"/api/v1/apps/{wiki_app['id']}/configure", headers=headers,
                                           json={"accessRestriction": {"users": [me["id"]]}})
            assert restricted.status_code == 202, restricted.text
            await _done(client, headers, restricted.json()["taskId"])
            await asyncio.to_thread(_restricted, roots, me["username"])

        await _updated_then_rolled_back(client, headers, settings, wiki_app)
        await _backed_up_restored_and_cloned(client, headers, key, wiki_app, tmp_path / "backups")
        secrets.append(KEY)

        # Uninstall: the guest, the addon database, the name and its record go.
        gone = await client.post(f"/api/v1/apps/{blog_app['id']}/uninstall", headers=headers, json={})
        assert gone.status_code == 202, gone.text
        await _done(client, headers, gone.json()["taskId"])
        assert (await client.get(f"/api/v1/apps/{blog_app['id']}", headers=headers)).status_code == 404
        deleting = await Database.get_or_none(id=addon["id"])
        if deleting is not None:
            await _done(client, headers, deleting.task_id)
        assert (await client.get(f"/api/v1/databases/{addon['id']}", headers=headers)).status_code == 404
        await _done(client, headers, await next_task(client, headers, "edgeApply", gone.json()["taskId"]))
        assert bind.records(BLOG, "A") == [] and bind.records(WIKI, "A") == [edge["host"]]
        blog_vmid = blog_task["result"]["vmid"]
        assert lxc_sim.container(blog_vmid) not in await asyncio.to_thread(_listed)
        assert lxc_sim.container(wiki_task["result"]["vmid"]) in await asyncio.to_thread(_listed)

    assert argv == []
    await assert_secrets_nowhere(client, headers, settings.data_dir, secrets,
                                 answers=("/api/v1/apps", f"/api/v1/apps/{wiki_app['id']}", "/api/v1/databases"))
