"""No secret is kept in clear: after a scenario that handles every kind of secret, grep everything the server
wrote (task logs, run dirs, the service log) and every row of the database for them."""

from __future__ import annotations

import logging

from tortoise import Tortoise

from tests.factories import PASSWORD, owner_headers, run_playbook, wait_task

VARIABLE_SECRET = "s3cret-variable-value-4f8a"
SMTP_PASSWORD = "smtp-secret-password"


async def _database_dump(settings) -> str:
    rows = []
    for model in Tortoise.apps["models"].values():
        rows.extend(map(repr, await model.all().values()))
    text = "\n".join(rows)
    if settings.database_url is None:  # SQLite: the file's bytes too, pages of deleted rows included
        for path in settings.data_dir.glob("containr.sqlite3*"):
            text += path.read_bytes().decode("latin-1")
    return text


async def test_no_secret_reaches_a_log_or_the_database(client, server, smtp_sink, caplog):
    caplog.set_level(logging.DEBUG)
    owner = await owner_headers(client)
    smtp = {"host": "127.0.0.1", "port": smtp_sink.port, "tls": "none", "username": "mailer",
            "password": SMTP_PASSWORD, "fromAddress": "containr@example.com"}
    assert (await client.put("/api/v1/settings/smtp", headers=owner, json=smtp)).status_code == 200
    created = (await client.post("/api/v1/tokens", headers=owner, json={"name": "ci"})).json()
    api_token = created["token"]
    bearer = {"Authorization": f"Bearer {api_token}"}
    project = (await client.post("/api/v1/projects", headers=bearer, json={"name": "shop"})).json()
    env = (await client.get(f"/api/v1/projects/{project['id']}/environments", headers=bearer)).json()[0]
    variables = {"variables": [{"key": "DB_PASSWORD", "value": VARIABLE_SECRET, "secret": True},
                               {"key": "MODE", "value": "fast"}]}
    url = f"/api/v1/projects/{project['id']}/environments/{env['id']}/variables"
    assert (await client.put(url, headers=bearer, json=variables)).status_code == 200
    invite = (await client.post(f"/api/v1/projects/{project['id']}/invites", headers=bearer,
                                json={"email": "dana@example.com"})).json()
    assert invite["emailSent"] is True, invite
    assert (await client.get(f"/api/v1/invites/{invite['token']}")).status_code == 200
    task_id = await run_playbook(client, bearer, "controller_check")
    await wait_task(client, bearer, task_id)
    secrets = {"variable": VARIABLE_SECRET, "smtp password": SMTP_PASSWORD, "api token": api_token,
               "invite token": invite["token"], "account password": PASSWORD}

    files = [p for root in (server.settings.logs_dir, server.settings.runs_dir) if root.exists()
             for p in root.rglob("*") if p.is_file()]
    assert any(p.parent == server.settings.logs_dir for p in files), "the task wrote its log"
    written = {str(p): p.read_bytes().decode("latin-1") for p in files}
    # Everything the server logged (at DEBUG, SQL included); the test's own HTTP client is not the server, nor is
    # the SMTP sink (aiosmtpd's `mail.log`), which receives the invitation's mail and its link as it should.
    written["service log"] = "\n".join(f"{r.name} {r.getMessage()}" for r in caplog.records
                                       if not r.name.startswith(("httpx", "httpcore", "mail.log")))
    written["database"] = await _database_dump(server.settings)
    written["audit log"] = (await client.get("/api/v1/audit-log?per_page=100", headers=owner)).text
    found = [(what, where) for what, secret in secrets.items() for where, text in written.items() if secret in text]
    assert not found, f"secrets in clear: {found}"
    # The sweep looked at real content: the harmless value and the mail's recipient are there.
    assert "MODE" in written["database"] and "dana@example.com" in written["service log"]
