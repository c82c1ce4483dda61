"""`containr rotate-secrets` re-seals every stored secret under the new key, or nothing at all."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from service.core.models import InstanceSetting
from service.core.secrets import SecretBox
from service.domains.nodes.models import Node
from service.domains.teams.models import Team
from service.tasks.models import Task, TaskState
from tests.factories import owner_headers

CONTAINR = Path(sys.executable).parent / "containr"
OLD, NEW = "t" * 48, "n" * 48


async def _rotate(settings, key: str, previous: str = "") -> tuple[int, str]:
    env = {**os.environ, "CONTAINR_DATA_DIR": str(settings.data_dir), "CONTAINR_SECRET_KEY": key,
           "CONTAINR_PREVIOUS_SECRET_KEYS": previous}
    env.pop("CONTAINR_DATABASE_URL", None)
    if settings.database_url:
        env["CONTAINR_DATABASE_URL"] = settings.database_url
    process = await asyncio.create_subprocess_exec(str(CONTAINR), "rotate-secrets", env=env,
                                                   stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await process.communicate()
    return process.returncode or 0, out.decode()


async def test_rotate_secrets_reseals_under_the_new_key(client, server):
    assert server.settings.secret_key == OLD
    await owner_headers(client)
    team = await Team.first()
    node = await Node.create(team=team, name="n1", api_url="https://pve.example.com:8006", token_id="root@pam!c",
                             sealed_token_secret=SecretBox(OLD, purpose="node-tokens").seal("s3cret"))
    task = await Task.create(type="test", playbook="x.yml", timeout=60, state=TaskState.FAILED,
                             sealed_secrets=SecretBox(OLD, purpose="task-secrets").seal({"A": "b"}))
    smtp = {"host": "mail.example.com", "port": 587, "tls": "starttls", "username": "u", "from_address": "a@b.c",
            "sealed_password": SecretBox(OLD, purpose="settings").seal("smtp-pw")}
    await InstanceSetting.create(key="smtp", value={"value": smtp})

    # A key that opens nothing: refused, and nothing changed.
    code, out = await _rotate(server.settings, NEW)
    assert code == 1 and "Nothing re-sealed" in out and "CONTAINR_PREVIOUS_SECRET_KEYS" in out, out
    await node.refresh_from_db()
    assert SecretBox(OLD, purpose="node-tokens").open(node.sealed_token_secret) == "s3cret"

    code, out = await _rotate(server.settings, NEW, previous=OLD)
    assert code == 0 and "re-sealed 1 in nodes" in out and "re-sealed 1 in tasks" in out, out
    await node.refresh_from_db()
    await task.refresh_from_db()
    assert SecretBox(NEW, purpose="node-tokens").open(node.sealed_token_secret) == "s3cret"
    assert SecretBox(NEW, purpose="task-secrets").open(task.sealed_secrets or "") == {"A": "b"}
    stored = (await InstanceSetting.get(key="smtp")).value["value"]
    assert SecretBox(NEW, purpose="settings").open(stored["sealed_password"]) == "smtp-pw"
    assert {k: v for k, v in stored.items() if k != "sealed_password"} == {
        k: v for k, v in smtp.items() if k != "sealed_password"}
    code, out = await _rotate(server.settings, NEW)  # everything is under the new key now
    assert code == 0, out
