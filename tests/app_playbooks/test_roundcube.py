"""app_install with Roundcube (templates/roundcube) on real LXC guests, through the real engine: its PostgreSQL
database made by database_create in a guest of its own, a sendmail addon on the lane's gateway and an imapHost
setting naming a real IMAP server: Debian's Dovecot, installed beside PostgreSQL in the database's guest while
the app installs (IMAPS with its self-signed certificate, a system user). The login page answers for the app's
name, the schema is in the database once, a wrong login gets Roundcube's failed-login page from that server and
the right one the user's inbox, a second run changes nothing, and smtpLogin addon puts the sendmail addon's
account in the configuration. No password in any log or command line."""

from __future__ import annotations

import asyncio
import re

import httpx
import pytest

from tests.app_playbooks.conftest import AppRunner, new_password
from tests.databases.conftest import argv_watch
from tests.harness.lxc import ssh

pytestmark = [pytest.mark.ansible, pytest.mark.slow]

FQDN = "webmail.example.com"
CONFIG = "/etc/roundcube/config.inc.php"
# A mailbox of the test's IMAP server (a system user of its guest): not a secret Containr keeps.
IMAP_USER, IMAP_PASSWORD = "alice", "imap-test-password"
IMAP_SERVER = f"""set -e
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends dovecot-imapd >/dev/null
useradd --create-home {IMAP_USER}
echo '{IMAP_USER}:{IMAP_PASSWORD}' | chpasswd
systemctl is-active dovecot
"""


def _get(client: httpx.Client, address: str, path: str = "/", **headers: str) -> httpx.Response:
    return client.get(f"http://{address}{path}", headers={"Host": FQDN, **headers})


def _login(client: httpx.Client, address: str, page: httpx.Response, user: str, password: str) -> httpx.Response:
    return client.post(f"http://{address}/?_task=login", headers={"Host": FQDN}, data={
        "_token": _token(page.text), "_task": "login", "_action": "login", "_timezone": "UTC", "_url": "",
        "_user": user, "_pass": password})


def _token(page: str) -> str:
    found = re.search(r'name="_token" value="([^"]+)"', page)
    assert found, page[:2000]
    return found.group(1)


@pytest.mark.lxc(lane=1)
async def test_roundcube_with_its_database_and_mail_server(app_run: AppRunner) -> None:
    key, gateway = app_run.key, app_run.lxc.env.gateway
    db_password, mail_password = new_password(), new_password()
    address, db_address = app_run.address(71), app_run.address(70)
    sendmail = {"server": gateway, "port": 587, "username": "webmail@example.test", "from": "webmail@example.test",
                "domain": "example.test"}
    secrets = app_run.app_secrets(addons={"postgresql": db_password, "sendmail": mail_password})

    with argv_watch(db_password, mail_password) as seen:
        database = await app_run.create_database(70, "postgresql", password=db_password, database="roundcube",
                                                 user="roundcube")
        install = app_run.install_vars(
            71, "roundcube", fqdn=FQDN, addons={"postgresql": database, "sendmail": sendmail},
            settings={"imapHost": f"ssl://{db_address}:993", "verifyTls": False, "productName": "Containr Mail"})

        run, imap = await asyncio.gather(app_run("app_install", app_secrets=secrets, **install),
                                         asyncio.to_thread(ssh, key, db_address, IMAP_SERVER, timeout=300))
        assert run.task["success"], run.log[-6000:]
        assert imap.strip() == "active"
        assert run.result == {"vmid": 171, "node": "pve", "hostname": "roundcube", "ip": address, "host": address,
                              "port": 80, "appId": "net.roundcube", "version": "1.0.0", "adminUser": ""}

        with httpx.Client(timeout=30) as client:
            page = _get(client, address)
            assert page.status_code == 200, page.text[:2000]
            assert "<title>Containr Mail :: Welcome to Containr Mail</title>" in page.text
            assert 'id="rcmloginuser"' in page.text and "DATABASE ERROR" not in page.text
            # A wrong password: Roundcube's own failed-login page, from the IMAP server of the setting.
            answer = _login(client, address, page, IMAP_USER, "not-the-password")
            assert answer.status_code == 401, answer.text[:2000]
            assert "Login failed." in answer.text and 'id="rcmloginuser"' in answer.text, answer.text[:4000]
            # The right one: the user's inbox.
            answer = _login(client, address, answer, IMAP_USER, IMAP_PASSWORD)
            assert answer.status_code == 302, answer.text[:2000]
            inbox = _get(client, address, "/?_task=mail&_mbox=INBOX")
            assert inbox.status_code == 200 and '"mailboxes_list":["INBOX"]' in inbox.text, inbox.text[:4000]
        # Behind the edge, over HTTPS: its session cookie is a secure one.
        with httpx.Client(timeout=30) as client:
            cookie = _get(client, address, **{"X-Forwarded-Proto": "https"}).headers.get("set-cookie", "")
            assert "roundcube_sessid=" in cookie and "secure" in cookie.lower(), cookie

        # The schema, loaded once, as the database server holds it.
        version = ssh(key, app_run.address(70), "runuser -u postgres -- psql -d roundcube -tAc "
                      "\"SELECT value FROM system WHERE name = 'roundcube-version'\"").strip()
        assert re.fullmatch(r"20[0-9]{8}", version), version
        users = ssh(key, app_run.address(70), "runuser -u postgres -- psql -d roundcube -tAc "
                    "'SELECT username, mail_host FROM users'").split()
        assert users == [f"{IMAP_USER}|{db_address}"], users
        assert ssh(key, address, f"stat -c '%U %G %a' {CONFIG}").split() == ["root", "www-data", "640"]
        assert ssh(key, address, "stat -c '%U %G %a' /etc/roundcube/containr.pgpass").split() == ["root", "root", "600"]
        config = ssh(key, address, f"cat {CONFIG}")
        assert f"'ssl://{db_address}:993'" in config and f"'tls://{gateway}:587'" in config
        assert "$config['smtp_user'] = '%u';" in config
        des_key = re.search(r"\$config\['des_key'\] = '([A-Za-z0-9]{24})';", config)
        assert des_key, config

        again = await app_run("app_install", app_secrets=secrets, **install)
        assert again.task["success"], again.log[-6000:]
        assert again.changed == 0, again.log[-6000:]

        # Mail sent with the sendmail addon's account: its login in the configuration, the key kept.
        addon = await app_run("app_install", app_secrets=secrets,
                              **(install | {"app_settings": install["app_settings"] | {"smtpLogin": "addon"}}))
        assert addon.task["success"], addon.log[-6000:]
        config = ssh(key, address, f"cat {CONFIG}")
        assert "$config['smtp_user'] = 'webmail@example.test';" in config
        assert f"$config['smtp_pass'] = '{mail_password}';" in config
        assert f"$config['des_key'] = '{des_key.group(1)}';" in config
        assert ssh(key, address, f"stat -c '%U %G %a' {CONFIG}").split() == ["root", "www-data", "640"]

    assert seen == []
    assert all(db_password not in log and mail_password not in log for log in app_run.logs)
