"""dyrector's templates (`/api/v1/templates`): the catalogue in dyrector's shape, a template's image, and a project
made from a template in the caller's team."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.config import Settings
from service.domains.accounts.registration import create_user
from service.domains.apps import catalogue
from tests.apps.test_appstore_api import NOTES, PNG, REPO_TEMPLATES, SVG, catalogue_project, with_catalogue
from tests.factories import PASSWORD, login, owner_headers, personal_team


@pytest.fixture
def own_catalogue(tmp_path: Path, project_dir: Path) -> Path:
    return catalogue_project(tmp_path / "project", project_dir)


@pytest.fixture
def settings(settings: Settings, request: pytest.FixtureRequest) -> Settings:
    return with_catalogue(settings, request)


def _body(**extra: str) -> dict[str, str]:
    return {"id": "org.example.notes", "name": "notes-site", "type": "versionless", **extra}


@pytest.mark.one_database
async def test_the_catalogue_as_templates(client, own_catalogue):
    assert (await client.get("/api/v1/templates")).status_code == 401
    headers = await owner_headers(client)
    page = (await client.get("/api/v1/templates", headers=headers)).json()
    assert page == {**page, "total": 2, "page": 1, "perPage": 20}
    assert page["items"] == [
        {"id": "org.example.board", "name": "Board", "description": "A forum", "technologies": ["forum", "postgresql"]},
        {"id": "org.example.notes", "name": "Notes", "description": "Notes for a team",
         "technologies": ["notes", "wiki", "mysql", "postgresql"]},
    ]
    found = (await client.get("/api/v1/templates?search=moderation", headers=headers)).json()
    assert [t["id"] for t in found["items"]] == ["org.example.board"]


@pytest.mark.one_database
async def test_a_templates_image(client, own_catalogue):
    assert (await client.get("/api/v1/templates/org.example.notes/image")).status_code == 401
    headers = await owner_headers(client)
    svg = await client.get("/api/v1/templates/org.example.notes/image", headers=headers)
    assert svg.status_code == 200 and svg.content == SVG and svg.headers["content-type"] == "image/svg+xml"
    assert svg.headers["x-content-type-options"] == "nosniff" and svg.headers["etag"]
    png = await client.get("/api/v1/templates/org.example.board/image", headers=headers)
    assert png.content == PNG and png.headers["content-type"] == "image/png"
    missing = await client.get("/api/v1/templates/org.example.none/image", headers=headers)
    assert missing.status_code == 404 and missing.json()["details"] == {"field": "id"}


async def test_a_project_from_a_template_in_the_personal_team(client, own_catalogue):
    assert (await client.post("/api/v1/templates", json=_body())).status_code == 401
    headers = await owner_headers(client)
    response = await client.post("/api/v1/templates", headers=headers, json=_body())
    assert response.status_code == 201, response.text
    made = response.json()
    assert made["name"] == "notes-site" and made["type"] == "versionless"
    assert made["description"] == NOTES["description"].strip()
    assert made["teamId"] == await personal_team(client, headers)
    me = (await client.get("/api/v1/user/profile", headers=headers)).json()
    audit = made["audit"]
    assert audit["createdBy"] == me["id"] and audit["updatedBy"] == me["id"]
    assert audit["createdAt"] and audit["updatedAt"]
    project = (await client.get(f"/api/v1/projects/{made['id']}", headers=headers)).json()
    assert project["name"] == "notes-site" and project["role"] == "owner"
    assert project["description"] == made["description"] and project["type"] == "versionless"
    # A versionless project holds its one rolling version from the start, as POST /projects makes it.
    versions = (await client.get(f"/api/v1/projects/{made['id']}/versions", headers=headers)).json()["items"]
    assert [v["type"] for v in versions] == ["rolling"]
    environments = (await client.get(f"/api/v1/projects/{made['id']}/environments", headers=headers)).json()
    assert [e["name"] for e in environments] == ["production"]  # made as POST /projects makes one
    log = (await client.get("/api/v1/audit-log?filter=templates.create", headers=headers)).json()
    record = next(r for r in log["items"] if r["action"] == "templates.create")
    assert (record["targetKind"], record["targetId"], record["targetName"]) == ("project", made["id"], "notes-site")
    assert record["projectId"] == made["id"] and record["teamId"] == made["teamId"]


async def test_a_project_from_a_template_in_a_named_team_with_its_own_description(client, own_catalogue):
    headers = await owner_headers(client)
    team = (await client.post("/api/v1/teams", headers=headers, json={"name": "Shop", "slug": "shop"})).json()
    response = await client.post("/api/v1/templates", headers=headers,
                                 json=_body(teamSlug="shop", description="Our notes", type="versioned"))
    assert response.status_code == 201, response.text
    made = response.json()
    assert made["teamId"] == team["id"] and made["description"] == "Our notes" and made["type"] == "versioned"
    taken = await client.post("/api/v1/templates", headers=headers, json=_body(teamSlug="shop"))
    assert taken.status_code == 409 and taken.json()["details"] == {"field": "name"}
    # The same name in another team is free.
    assert (await client.post("/api/v1/templates", headers=headers, json=_body())).status_code == 201


async def test_a_team_of_someone_else_is_refused(client, own_catalogue):
    headers = await owner_headers(client)
    await client.post("/api/v1/teams", headers=headers, json={"name": "Shop", "slug": "shop"})
    await create_user(username="eve", email="eve@example.com", password=PASSWORD)
    eve = await login(client, "eve")
    for slug in ("shop", "no-such-team"):
        refused = await client.post("/api/v1/templates", headers=eve, json=_body(teamSlug=slug))
        assert refused.status_code == 422, refused.text
        assert refused.json()["details"] == {"field": "teamSlug"}
    projects = (await client.get("/api/v1/projects", headers=headers)).json()
    assert projects["total"] == 0


@pytest.mark.one_database
@pytest.mark.parametrize(("body", "field"), [
    (_body(id="org.example.none"), "id"),
    (_body(id="org.example.wrong"), "id"),  # a folder the catalogue leaves out is no template
    (_body(type="shared"), "type"),
    (_body(name="Not A Name"), "name"),
    ({"id": "org.example.notes", "type": "versionless"}, "name"),
    (_body(teamId="6f1f0c4e-7a55-4a8e-9d0b-3c2d1e0f9a8b"), "teamId"),
])
async def test_invalid_requests_name_the_field(client, own_catalogue, body, field):
    headers = await owner_headers(client)
    refused = await client.post("/api/v1/templates", headers=headers, json=body)
    assert refused.status_code == 422, refused.text
    details = refused.json()["details"]
    fields = [d["field"] for d in details] if isinstance(details, list) else [details["field"]]
    assert fields == [field]


@pytest.mark.one_database
async def test_the_repository_catalogue_as_templates(client):
    headers = await owner_headers(client)
    expected = catalogue.Catalogue.read(REPO_TEMPLATES)
    page = (await client.get("/api/v1/templates?per_page=100", headers=headers)).json()
    assert [(t["id"], t["name"]) for t in page["items"]] == [(a.id, a.manifest["title"]) for a in expected.apps]
    for app in expected.apps:
        image = await client.get(f"/api/v1/templates/{app.id}/image", headers=headers)
        assert image.status_code == 200 and image.headers["content-type"] == app.icon_type
        made = await client.post("/api/v1/templates", headers=headers,
                                 json={"id": app.id, "name": app.dir, "type": "versionless"})
        assert made.status_code == 201, made.text
