"""The backups page: the target saved from its form (secrets never shown again), a backup made from it, errors
beside their field, and the page kept from anyone but administrators."""

from __future__ import annotations

import re

import pytest

from tests.backups.conftest import KEY
from tests.factories import PASSWORD, login, register, wait_task
from tests.web.pages import page, set_up_owner, sign_in, submit

pytestmark = pytest.mark.one_database


def _target(folder, **extra: str) -> dict[str, str]:
    return {"provider": "filesystem", "backupFolder": str(folder), "key": KEY, "intervalHours": "",
            "schedulePattern": "0 0 3 * * *", "keepDaily": "7", **extra}


@pytest.mark.ansible
async def test_a_target_saved_from_the_form_then_a_backup_made_now(browser_client, client, tmp_path):
    await set_up_owner(browser_client)
    html = await page(browser_client, "/backups")
    assert "Backups are off" in html and 'action="/backups/create"' not in html

    folder = tmp_path / "repo"
    saved = await submit(browser_client, "/backups", "/backups/config", _target(folder))
    assert saved.headers["location"] == "/backups"
    html = await page(browser_client, "/backups")
    assert f"Backups go to {folder} now." in html and KEY not in html
    assert f'value="{folder}"' in html and 'value="0 0 3 * * *"' in html and 'value="7"' in html
    assert "A key is stored: leave empty to keep it." in html
    assert f"containr restore --from {folder}" in html  # the restore steps name this repository
    # Saved again with the key left empty: the stored key is kept (another one would be refused).
    await submit(browser_client, "/backups", "/backups/config", _target(folder, key="", keepDaily="3"))
    config = (await client.get("/api/v1/settings/backup_config", headers=await login(client))).json()
    assert config["keepDaily"] == 3 and config["schedulePattern"] == "0 0 3 * * *"

    started = await submit(browser_client, "/backups", "/backups/create")
    task_id = int(re.fullmatch(r"/tasks/(\d+)", started.headers["location"]).group(1))
    assert f"The backup started as task #{task_id}." in await page(browser_client, f"/tasks/{task_id}")
    task = await wait_task(client, await login(client), task_id)
    assert task["success"], task
    html = await page(browser_client, "/backups")
    assert f'href="/tasks/{task_id}"' in html and ">done<" in html and KEY not in html


async def test_a_bad_target_is_named_beside_its_field_and_the_key_not_echoed(browser_client, tmp_path):
    await set_up_owner(browser_client)
    refused = await submit(browser_client, "/backups", "/backups/config",
                           _target("relative/path", intervalHours="2", schedulePattern=""), status=422)
    assert 'id="e-backupFolder"' in refused.text and 'id="e-intervalHours"' in refused.text
    assert 'value="relative/path"' in refused.text and KEY not in refused.text
    # Nothing was saved, so there is still nothing to back up.
    again = await submit(browser_client, "/backups", "/backups/create")
    assert again.headers["location"] == "/backups"
    html = await page(browser_client, "/backups")
    assert "Backups are not configured: choose where they go first." in html and "Backups are off" in html
    assert not (tmp_path / "relative").exists()


async def test_only_administrators_see_and_change_backups(browser_client, client, tmp_path):
    await set_up_owner(browser_client)
    await submit(browser_client, "/settings", "/settings/registration", {"registration": "open"})
    await register(client, "bob")
    await submit(browser_client, "/", "/signout")
    await sign_in(browser_client, "bob", PASSWORD)

    html = await page(browser_client, "/backups", status=403)
    assert "are for its administrators" in html and 'href="/databases"' in html
    assert 'action="/backups/config"' not in html and 'action="/backups/create"' not in html
    # Sent anyway, the form is refused by the API and nothing changes.
    await submit(browser_client, "/", "/backups/config", _target(tmp_path / "repo"), status=403)
    assert not (tmp_path / "repo").exists()
    config = (await client.get("/api/v1/settings/backup_config", headers=await login(client))).json()
    assert config["provider"] == "noop"
