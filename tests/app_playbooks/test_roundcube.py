"""app_install with Roundcube (templates/roundcube) on real LXC guests, through the real engine: its PostgreSQL
database made by database_create in a guest of its own, a sendmail addon on the lane's gateway and an imapHost
setting. The login page answers for the app's name, the schema is in the database once, a wrong login reaches
the IMAP server of the setting (none listens there: Roundcube's own storage error, and its log names it), a
second run changes nothing, and smtpLogin addon puts the sendmail addon's account in the configuration. No
password in any log or command line."""

from __future__ import annotations

import re

import httpx
import pytest

from tests.app_playbooks.conftest import AppRunner, new_password
from tests.databases.conftest import argv_watch
from tests.harness.lxc import ssh

pytestmark = [pytest.mark.ansible, pytest.mark.slow]

FQDN = "webmail.example.com"
# A port of the gateway where nothing listens: a login must be tried there, and fail to connect.
IMAP_PORT = 10993
CONFIG = "/etc/roundcube/config.inc.php"


def _get(client: httpx.Client, address: str, path: str = "/", **headers: str) -> httpx.Response:
    return client.get(f"http://{address}{path}", headers={"Host": FQDN, **headers})


def _token(page: str) -> str:
    found = re.search(r'name="_token" value="([^"]+)"', page)
    assert found, page[:2000]
    return found.group(1)


@pytest.mark.lxc(lane=2)
async def test_roundcube_with_its_database_and_mail_server(app_run: AppRunner) -> None:
    key, gateway = app_run.key, app_run.lxc.env.gateway
    db_password, mail_password = new_password(), new_password()
    address = app_run.address(71)
    sendmail = {"server": gateway, "port": 587, "username": "webmail@example.test", "from": "webmail@example.test",
                "domain": "example.test"}
    secrets = app_run.app_secrets(addons={"postgresql": db_password, "sendmail": mail_password})

    with argv_watch(db_password, mail_password) as seen:
        database = await app_run.create_database(70, "postgresql", password=db_password, database="roundcube",
                                                 user="roundcube")
        install = app_run.install_vars(
            71, "roundcube", fqdn=FQDN, addons={"postgresql": database, "sendmail": sendmail},
            settings={"imapHost": f"ssl://{gateway}:{IMAP_PORT}", "productName": "Containr Mail"})

        run = await app_run("app_install", app_secrets=secrets, **install)
        assert run.task["success"], run.log[-6000:]
        assert run.result == {"vmid": 171, "node": "pve", "hostname": "roundcube", "ip": address, "host": address,
                              "port": 80, "appId": "net.roundcube", "version": "1.0.0", "adminUser": ""}

        with httpx.Client(timeout=30) as client:
            page = _get(client, address)
            assert page.status_code == 200, page.text[:2000]
            assert "<title>Containr Mail :: Welcome to Containr Mail</title>" in page.text
            assert 'id="rcmloginuser"' in page.text and "DATABASE ERROR" not in page.text
            # A wrong login: Roundcube's own failed-login page, after it tried the IMAP server of the setting.
            answer = client.post(f"http://{address}/?_task=login", headers={"Host": FQDN}, data={
                "_token": _token(page.text), "_task": "login", "_action": "login", "_timezone": "UTC", "_url": "",
                "_user": "nobody@example.test", "_pass": "not-the-password"})
            assert answer.status_code in (200, 401), answer.text[:2000]
            assert "Connection to storage server failed." in answer.text, answer.text[:4000]
            assert 'id="rcmloginuser"' in answer.text
        errors = ssh(key, address, "cat /var/log/roundcube/errors.log")
        assert f"ssl://{gateway}:{IMAP_PORT}" in errors and "nobody@example.test" in errors, errors[-2000:]
        # Behind the edge, over HTTPS: its session cookie is a secure one.
        with httpx.Client(timeout=30) as client:
            cookie = _get(client, address, **{"X-Forwarded-Proto": "https"}).headers.get("set-cookie", "")
            assert "roundcube_sessid=" in cookie and "secure" in cookie.lower(), cookie

        # The schema, loaded once, as the database server holds it.
        version = ssh(key, app_run.address(70), "runuser -u postgres -- psql -d roundcube -tAc "
                      "\"SELECT value FROM system WHERE name = 'roundcube-version'\"").strip()
        assert re.fullmatch(r"20[0-9]{8}", version), version
        assert ssh(key, address, f"stat -c '%U %G %a' {CONFIG}").split() == ["root", "www-data", "640"]
        config = ssh(key, address, f"cat {CONFIG}")
        assert f"'ssl://{gateway}:{IMAP_PORT}'" in config and f"'tls://{gateway}:587'" in config
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
