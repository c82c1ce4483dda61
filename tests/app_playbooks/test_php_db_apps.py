"""app_install with the catalogue's PHP apps that keep their data in a database server of its own, on real LXC
guests through the real engine: WordPress (templates/wordpress) on MariaDB, and MediaWiki (templates/mediawiki)
on PostgreSQL, the alternative its manifest allows to mysql. Each database is made by database_create in a guest of
its own. WordPress's front page answers for its name with links to its https address, and its login takes the
admin with the generated password; MediaWiki's Main Page answers and its API logs the admin in. A second run of
each changes nothing, and no password is in any log or command line."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from tests.app_playbooks.conftest import AppRunner, new_password
from tests.databases.conftest import argv_watch
from tests.factories import owner_headers
from tests.harness.lxc import ssh

pytestmark = [pytest.mark.ansible, pytest.mark.slow, pytest.mark.prepared_guests]

BLOG = "blog.example.com"
WIKI = "wiki.example.com"
# What the edge sends: it terminates TLS.
EDGE = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"}


def _owner(key: Path, address: str, path: str) -> list[str]:
    return ssh(key, address, f"stat -c '%U %G %a' {path}").split()


async def _wordpress(app_run: AppRunner, db_password: str, admin_password: str) -> None:
    key = app_run.key
    address = app_run.address(81)
    secrets = app_run.app_secrets(admin_password=admin_password, addons={"mysql": db_password})
    database = await app_run.create_database(80, "mysql", password=db_password, database="wordpress",
                                             user="wordpress")
    # MariaDB looks up the name of each client's address, and the lanes have no DNS server (each lookup waits
    # for its timeout): the database's guest knows the app's guest by its hosts file.
    ssh(key, app_run.address(80), f"echo '{address} wordpress' >> /etc/hosts")
    install = app_run.install_vars(81, "wordpress", fqdn=BLOG, addons={"mysql": database},
                                   settings={"siteTitle": "Containr Notes"})
    run = await app_run("app_install", app_secrets=secrets, **install)
    assert run.task["success"], run.log[-6000:]
    assert run.result == {"vmid": 181, "node": "pve", "hostname": "wordpress", "ip": address, "host": address,
                          "port": 80, "appId": "org.wordpress", "version": "1.0.0", "adminUser": "admin"}

    with httpx.Client(base_url=f"http://{address}", headers={"Host": BLOG}, timeout=30) as client:
        front = client.get("/", headers=EDGE)
        assert front.status_code == 200, front.text[:2000]
        assert "Containr Notes" in front.text
        # Its links are the edge's https address, never the guest's.
        assert f"https://{BLOG}/" in front.text and address not in front.text

        # Straight to the guest over http the admin pages send the browser to https.
        plain = client.get("/wp-login.php")
        assert plain.status_code == 302 and plain.headers["location"] == f"https://{BLOG}/wp-login.php"

        wrong = client.post("/wp-login.php", headers=EDGE, data={"log": "admin", "pwd": "not-the-password"})
        assert wrong.status_code == 200 and "wordpress_logged_in_" not in wrong.headers.get("set-cookie", "")
        login = client.post("/wp-login.php", headers=EDGE, data={"log": "admin", "pwd": admin_password})
        assert login.status_code == 302, login.text[:2000]
        assert login.headers["location"] == f"https://{BLOG}/wp-admin/"
        cookies = login.headers.get_list("set-cookie")
        assert any(cookie.startswith("wordpress_logged_in_") and "secure" in cookie.lower() for cookie in cookies)

    config = f"/etc/wordpress/config-{BLOG}.php"
    assert _owner(key, address, config) == ["root", "www-data", "640"]
    assert _owner(key, address, f"/etc/wordpress/keys-{BLOG}.php") == ["root", "www-data", "640"]
    # The data folder of the manifest is where uploads go, and PHP may write there.
    assert _owner(key, address, "/var/lib/wordpress/wp-content/uploads")[:2] == ["www-data", "www-data"]

    again = await app_run("app_install", app_secrets=secrets, **install)
    assert again.task["success"], again.log[-6000:]
    assert again.changed == 0, again.log[-6000:]


async def _mediawiki(app_run: AppRunner, db_password: str, admin_password: str) -> None:
    key = app_run.key
    address = app_run.address(83)
    secrets = app_run.app_secrets(admin_password=admin_password, addons={"postgresql": db_password})
    database = await app_run.create_database(82, "postgresql", password=db_password, database="mediawiki",
                                             user="mediawiki")
    install = app_run.install_vars(83, "mediawiki", fqdn=WIKI, addons={"postgresql": database},
                                   settings={"siteName": "Containr Wiki"})
    run = await app_run("app_install", app_secrets=secrets, **install)
    assert run.task["success"], run.log[-6000:]
    assert (run.result["appId"], run.result["host"], run.result["adminUser"]) == ("org.mediawiki", address, "admin")

    with httpx.Client(base_url=f"http://{address}", headers={"Host": WIKI}, timeout=30) as client:
        page = client.get("/index.php/Main_Page", headers=EDGE)
        assert page.status_code == 200, page.text[:2000]
        assert "MediaWiki has been installed" in page.text and "Containr Wiki" in page.text
        # Its links are the edge's https address, never the guest's.
        assert f'<link rel="canonical" href="https://{WIKI}/index.php?title=Main_Page"/>' in page.text, page.text[:4000]
        assert address not in page.text

        # The API's login, as a client that keeps the session's cookie (over plain http: no secure cookie).
        tokens = client.get("/api.php", params={"action": "query", "meta": "tokens", "type": "login",
                                                "format": "json"}).json()
        login = client.post("/api.php", data={
            "action": "clientlogin", "username": "admin", "password": admin_password, "format": "json",
            "logintoken": tokens["query"]["tokens"]["logintoken"], "loginreturnurl": f"https://{WIKI}/"}).json()
        assert login["clientlogin"]["status"] == "PASS", login
        me = client.get("/api.php", params={"action": "query", "meta": "userinfo", "uiprop": "groups",
                                            "format": "json"}).json()["query"]["userinfo"]
        assert me["name"] == "Admin" and "sysop" in me["groups"], me

    assert _owner(key, address, "/etc/mediawiki/LocalSettings.php") == ["root", "www-data", "640"]
    assert _owner(key, address, "/etc/mediawiki/containr.php") == ["root", "www-data", "640"]
    assert _owner(key, address, "/var/lib/mediawiki/images") == ["www-data", "www-data", "700"]
    # The installer's password files are gone.
    assert ssh(key, address, "ls -a /root").split().count(".containr-mediawiki-install") == 0

    again = await app_run("app_install", app_secrets=secrets, **install)
    assert again.task["success"], again.log[-6000:]
    assert again.changed == 0, again.log[-6000:]


@pytest.mark.lxc(lane=1)
async def test_wordpress_on_mariadb_and_mediawiki_on_postgresql(app_run: AppRunner) -> None:
    # The two apps side by side (the engine runs two playbooks at once): each waits on its own apt and database.
    passwords = [new_password() for _ in range(4)]
    # Signed in once before the two run side by side (each would otherwise make the owner's account).
    app_run.runner.headers = await owner_headers(app_run.runner.client)
    with argv_watch(*passwords) as seen:
        outcomes = await asyncio.gather(_wordpress(app_run, *passwords[:2]), _mediawiki(app_run, *passwords[2:]),
                                        return_exceptions=True)
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            raise outcome

    assert seen == []
    assert all(password not in log for log in app_run.logs for password in passwords)
