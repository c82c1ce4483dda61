"""settings/unstable_apps: a catalogue app whose manifest says `unstable: true` is hidden from the app store and
the templates and refused at install (422 naming appStoreId) until an administrator enables unstable apps."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.config import Settings
from service.domains.apps import catalogue
from tests.apps.test_appstore_api import BOARD, NOTES, write_app
from tests.factories import owner_headers

pytestmark = pytest.mark.one_database

TRIAL = {**BOARD, "id": "org.example.trial", "title": "Trial", "tagline": "Not ready yet", "unstable": True}


@pytest.fixture
def settings(settings: Settings, tmp_path: Path, project_dir: Path) -> Settings:
    """A project folder like the suite's, with a catalogue of one stable and one unstable app."""
    root = tmp_path / "project"
    root.mkdir()
    for entry in project_dir.iterdir():
        if entry.name != "templates":
            (root / entry.name).symlink_to(entry)
    templates = root / "templates"
    templates.mkdir()
    write_app(templates, "notes", NOTES)
    write_app(templates, "trial", TRIAL)
    return settings.model_copy(update={"project_dir": root})


def test_the_manifest_schema_takes_the_flag_and_only_a_boolean():
    assert catalogue.validate({**TRIAL})["unstable"] is True
    with pytest.raises(Exception, match="manifest.unstable"):
        catalogue.validate({**TRIAL, "unstable": "yes"})


async def _listed(client, headers) -> tuple[list[str], list[str]]:
    store = (await client.get("/api/v1/appstore/apps", headers=headers)).json()
    templates = (await client.get("/api/v1/templates", headers=headers)).json()
    assert store["total"] == len(store["items"]) and templates["total"] == len(templates["items"])
    return [app["id"] for app in store["items"]], [t["id"] for t in templates["items"]]


async def test_unstable_apps_are_hidden_and_refused_until_enabled(client):
    headers = await owner_headers(client)
    setting = "/api/v1/settings/unstable_apps"
    assert (await client.get(setting, headers=headers)).json() == {"enabled": False}
    assert await _listed(client, headers) == (["org.example.notes"], ["org.example.notes"])
    install = {"appStoreId": "org.example.trial", "domain": "nowhere.example.com", "location": "trial"}
    refused = await client.post("/api/v1/apps/install", headers=headers, json=install)
    assert refused.status_code == 422 and refused.json()["code"] == "unstable", refused.text
    assert refused.json()["details"]["field"] == "appStoreId"

    enabled = await client.post(setting, headers=headers, json={"enabled": True})
    assert enabled.status_code == 200 and enabled.json() == {"enabled": True}
    assert (await client.get(setting, headers=headers)).json() == {"enabled": True}
    both = ["org.example.notes", "org.example.trial"]
    assert await _listed(client, headers) == (both, both)
    # Past the unstable check: what refuses it now is the install's own next check (no such domain).
    allowed = await client.post("/api/v1/apps/install", headers=headers, json=install)
    assert allowed.json().get("code") != "unstable", allowed.text
    assert allowed.status_code in (404, 422) and allowed.json()["details"]["field"] != "appStoreId"

    assert (await client.post(setting, headers=headers, json={"enabled": "sometimes"})).status_code == 422
    assert (await client.post(setting, headers=headers, json={"enabled": False})).json() == {"enabled": False}
    assert await _listed(client, headers) == (["org.example.notes"], ["org.example.notes"])
