"""The app store (`/api/v1/appstore/apps`): the catalogue read from templates/, searched, paged, one app with its
versions, its icon; broken folders left out; a change on disk seen at the next request."""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from service.config import Settings
from service.domains.apps import catalogue
from tests.factories import owner_headers

pytestmark = pytest.mark.one_database  # the catalogue is files: the service's database plays no part

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle cx="4" cy="4" r="3"/></svg>\n'
PNG = b"\x89PNG\r\n\x1a\n" + bytes(24)
REPO_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"

NOTES: dict[str, Any] = {
    "id": "org.example.notes", "title": "Notes", "version": "1.1.0", "upstreamVersion": "3.4",
    "tagline": "Notes for a team", "description": "Keeps a team's notes in Markdown.\n", "tags": ["notes", "wiki"],
    "icon": "icon.svg", "website": "https://notes.example.org", "author": "Notes people", "httpPort": 80,
    "healthCheckPath": "/login", "addons": {"mysql": {"alternatives": ["postgresql"]}, "localstorage": {}},
    "memoryLimit": 256, "dataDirs": ["/var/lib/notes"], "adminUser": "admin", "role": None,
    "settings": [{"name": "siteTitle", "title": "Site title", "type": "string", "default": "Notes"}],
    "changelog": [{"version": "1.1.0", "date": "2026-12-05", "notes": "Search"},
                  {"version": "1.0.0", "date": "2026-11-01", "notes": "First packaging"}],
}
BOARD: dict[str, Any] = {
    **NOTES, "id": "org.example.board", "title": "Board", "version": "0.3.0", "tagline": "A forum",
    "description": "Threads and replies, with moderation.\n", "tags": ["forum"], "icon": "logo.png",
    "addons": {"postgresql": {}, "sendmail": {}}, "settings": [],
    "changelog": [{"version": "0.3.0", "date": "2026-12-01", "notes": "First packaging"}],
}


def write_app(root: Path, folder: str, manifest: dict[str, Any] | str, *, icon: bytes | None = None) -> Path:
    """A catalogue folder: its manifest (a dict, or text as it stands) and its icon."""
    path = root / folder
    (path / "role" / "tasks").mkdir(parents=True, exist_ok=True)
    text = manifest if isinstance(manifest, str) else yaml.safe_dump(manifest, sort_keys=False)
    (path / "manifest.yml").write_text(text)
    if isinstance(manifest, dict):
        (path / manifest["icon"]).write_bytes(icon or (PNG if manifest["icon"].endswith(".png") else SVG))
    return path


def make_catalogue(root: Path) -> Path:
    """Two good apps and three folders the catalogue leaves out; the project's other folders are the suite's."""
    templates = root / "templates"
    templates.mkdir(parents=True)
    (templates / "README.md").write_text("not an app\n")
    write_app(templates, "notes", NOTES)
    write_app(templates, "board", BOARD)
    write_app(templates, "broken", "id: [unclosed\n")
    write_app(templates, "twin", {**NOTES, "title": "Notes again"})  # the id is notes': the first folder keeps it
    write_app(templates, "wrong", {**NOTES, "id": "org.example.wrong", "httpPort": "eighty"})
    (templates / "empty").mkdir()  # no manifest: not an app (yet)
    return templates


def catalogue_project(root: Path, project_dir: Path) -> Path:
    """A project folder like the suite's (its folders linked), with a catalogue of the test's own."""
    root.mkdir()
    for entry in project_dir.iterdir():
        if entry.name != "templates":
            (root / entry.name).symlink_to(entry)
    make_catalogue(root)
    return root


def with_catalogue(settings: Settings, request: pytest.FixtureRequest) -> Settings:
    """The tests that ask for `own_catalogue` read it; the others read the repository's templates/."""
    if "own_catalogue" not in request.fixturenames:
        return settings
    return settings.model_copy(update={"project_dir": request.getfixturevalue("own_catalogue")})


@pytest.fixture
def own_catalogue(tmp_path: Path, project_dir: Path) -> Path:
    return catalogue_project(tmp_path / "project", project_dir)


@pytest.fixture
def settings(settings: Settings, request: pytest.FixtureRequest) -> Settings:
    return with_catalogue(settings, request)


async def test_anonymous_callers_are_refused(client, own_catalogue):
    for path in ("", "/org.example.notes", "/org.example.notes/icon", "/org.example.notes/versions/1.0.0"):
        response = await client.get(f"/api/v1/appstore/apps{path}")
        assert response.status_code == 401, path
        assert response.json()["code"] == "unauthorized"


async def test_the_list_holds_the_good_apps_by_title(client, own_catalogue, caplog):
    headers = await owner_headers(client)
    response = await client.get("/api/v1/appstore/apps", headers=headers)
    assert response.status_code == 200, response.text
    page = response.json()
    assert page["total"] == 2 and page["page"] == 1 and page["perPage"] == 20
    assert [app["id"] for app in page["items"]] == ["org.example.board", "org.example.notes"]
    notes = page["items"][1]
    assert notes == {"id": "org.example.notes", "title": "Notes", "version": "1.1.0", "upstreamVersion": "3.4",
                     "tagline": "Notes for a team", "description": "Keeps a team's notes in Markdown.\n",
                     "tags": ["notes", "wiki"], "website": "https://notes.example.org", "author": "Notes people",
                     "addons": ["mysql", "localstorage"], "memoryLimit": 256,
                     "iconUrl": "/api/v1/appstore/apps/org.example.notes/icon"}
    left_out = " ".join(r.getMessage() for r in caplog.records if r.name == catalogue.__name__)
    for folder in ("broken", "twin", "wrong"):
        assert f"/{folder} left out" in left_out
    assert "manifest.httpPort" in left_out  # the broken field is named in the log


@pytest.mark.parametrize(("query", "found"), [
    ("search=NOTES", ["org.example.notes"]),  # the title, any case
    ("search=forum", ["org.example.board"]),  # the tagline and a tag
    ("search=moderation", ["org.example.board"]),  # the description
    ("search=example.notes", ["org.example.notes"]),  # the id
    ("search=wiki", ["org.example.notes"]),  # a tag
    ("search=nothing-like-it", []),
    ("tag=forum", ["org.example.board"]),
    ("tag=notes&search=board", []),
    ("tag=Wiki", ["org.example.notes"]),
])
async def test_search_and_tag(client, own_catalogue, query, found):
    headers = await owner_headers(client)
    page = (await client.get(f"/api/v1/appstore/apps?{query}", headers=headers)).json()
    assert [app["id"] for app in page["items"]] == found and page["total"] == len(found)


async def test_pages(client, own_catalogue):
    headers = await owner_headers(client)
    second = (await client.get("/api/v1/appstore/apps?page=2&per_page=1", headers=headers)).json()
    assert second == {**second, "total": 2, "page": 2, "perPage": 1}
    assert [app["id"] for app in second["items"]] == ["org.example.notes"]
    beyond = (await client.get("/api/v1/appstore/apps?page=3&per_page=1", headers=headers)).json()
    assert beyond["items"] == [] and beyond["total"] == 2
    refused = await client.get("/api/v1/appstore/apps?per_page=101", headers=headers)
    assert refused.status_code == 422 and refused.json()["details"][0]["field"] == "per_page"


async def test_one_app_with_its_manifest_and_versions(client, own_catalogue):
    headers = await owner_headers(client)
    response = await client.get("/api/v1/appstore/apps/org.example.notes", headers=headers)
    assert response.status_code == 200, response.text
    app = response.json()
    assert app["id"] == "org.example.notes" and app["version"] == "1.1.0"
    assert app["manifest"] == NOTES
    assert app["versions"] == NOTES["changelog"]
    assert app["iconUrl"] == "/api/v1/appstore/apps/org.example.notes/icon"
    older = (await client.get("/api/v1/appstore/apps/org.example.notes/versions/1.0.0", headers=headers)).json()
    assert older == {"id": "org.example.notes", "version": "1.0.0", "date": "2026-11-01", "notes": "First packaging",
                     "current": False}
    current = (await client.get("/api/v1/appstore/apps/org.example.notes/versions/1.1.0", headers=headers)).json()
    assert current["current"] is True


async def test_unknown_apps_and_versions_are_404_naming_the_field(client, own_catalogue):
    headers = await owner_headers(client)
    for path, field in (("/org.example.wrong", "id"), ("/org.example.none/icon", "id"),
                        ("/org.example.notes/versions/9.9.9", "version"), ("/org.example.none/versions/1.0.0", "id")):
        response = await client.get(f"/api/v1/appstore/apps{path}", headers=headers)
        assert response.status_code == 404, path
        assert response.json()["code"] == "not_found" and response.json()["details"] == {"field": field}


async def test_the_icon_with_its_media_type_and_cache_headers(client, own_catalogue):
    headers = await owner_headers(client)
    svg = await client.get("/api/v1/appstore/apps/org.example.notes/icon", headers=headers)
    assert svg.status_code == 200 and svg.content == SVG
    assert svg.headers["content-type"] == "image/svg+xml"
    assert svg.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'none'" in svg.headers["content-security-policy"]
    assert svg.headers["cache-control"] == "private, max-age=3600"
    again = await client.get("/api/v1/appstore/apps/org.example.notes/icon",
                             headers={**headers, "If-None-Match": svg.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    png = await client.get("/api/v1/appstore/apps/org.example.board/icon", headers=headers)
    assert png.status_code == 200 and png.content == PNG and png.headers["content-type"] == "image/png"
    assert png.headers["etag"] != svg.headers["etag"]


async def test_a_change_on_disk_is_read_at_the_next_request(client, own_catalogue):
    headers = await owner_headers(client)
    assert (await client.get("/api/v1/appstore/apps", headers=headers)).json()["total"] == 2
    templates = own_catalogue / "templates"
    changed = copy.deepcopy(BOARD)
    changed["title"] = "Agora"
    manifest = write_app(templates, "board", changed) / "manifest.yml"
    later = os.stat(manifest).st_mtime_ns + 5_000_000_000  # past any coarse file-system clock
    os.utime(manifest, ns=(later, later))
    write_app(templates, "fixed", {**NOTES, "id": "org.example.fixed", "title": "Fixed"})
    (templates / "broken" / "manifest.yml").unlink()
    page = (await client.get("/api/v1/appstore/apps", headers=headers)).json()
    assert [(app["id"], app["title"]) for app in page["items"]] == [
        ("org.example.board", "Agora"), ("org.example.fixed", "Fixed"), ("org.example.notes", "Notes")]


async def test_the_repository_catalogue(client):
    """Whatever apps templates/ holds now (tests/unit/test_app_manifests.py keeps each of them whole)."""
    headers = await owner_headers(client)
    expected = catalogue.Catalogue.read(REPO_TEMPLATES)
    page = (await client.get("/api/v1/appstore/apps?per_page=100", headers=headers)).json()
    assert [app["id"] for app in page["items"]] == [app.id for app in expected.apps]
    for app in expected.apps:
        one = (await client.get(f"/api/v1/appstore/apps/{app.id}", headers=headers)).json()
        assert one["manifest"] == app.manifest and one["versions"][0]["version"] == app.version
        icon = await client.get(one["iconUrl"], headers=headers)
        assert icon.status_code == 200 and icon.headers["content-type"] == app.icon_type
        assert icon.content == app.icon_path.read_bytes()
