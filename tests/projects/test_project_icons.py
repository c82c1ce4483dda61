"""Project icons: PNG, JPEG or WebP by content, at most 1 MiB, admins upload, viewers read."""

from __future__ import annotations

from service.domains.accounts.registration import create_user
from service.domains.projects.models import ProjectIcon
from tests.factories import PASSWORD, login, owner_headers

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(40)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(40)
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 " + bytes(40)
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


async def _project_with_viewer(client):
    owner = await owner_headers(client)
    await create_user(username="vera", email="vera@example.com", password=PASSWORD)
    await create_user(username="otto", email="otto@example.com", password=PASSWORD)
    project = (await client.post("/api/v1/projects", headers=owner, json={"name": "shop"})).json()
    vera = (await client.get("/api/v1/users?search=vera", headers=owner)).json()["items"][0]
    await client.post(f"/api/v1/projects/{project['id']}/members", headers=owner,
                      json={"userId": vera["id"], "role": "viewer"})
    return owner, await login(client, "vera"), await login(client, "otto"), project


async def test_upload_read_replace_and_remove_an_icon(client):
    owner, viewer, outsider, project = await _project_with_viewer(client)
    url = f"/api/v1/projects/{project['id']}/icon"
    assert project["icon"] is None
    assert (await client.get(url, headers=owner)).status_code == 404
    # The declared name and type do not count: the bytes do.
    uploaded = await client.post(url, headers=owner, files={"file": ("icon.svg", PNG, "image/svg+xml")})
    assert uploaded.status_code == 200, uploaded.text
    assert uploaded.json()["icon"] == url
    got = await client.get(url, headers=viewer)
    assert got.status_code == 200 and got.content == PNG and got.headers["content-type"] == "image/png"
    assert got.headers["x-content-type-options"] == "nosniff"
    listed = (await client.get("/api/v1/projects", headers=viewer)).json()["items"]
    assert [p["icon"] for p in listed] == [url]
    for data, kind in ((JPEG, "image/jpeg"), (WEBP, "image/webp")):
        assert (await client.post(url, headers=owner, files={"file": ("x.png", data, "image/png")})).status_code == 200
        assert (await client.get(url, headers=owner)).headers["content-type"] == kind
    assert await ProjectIcon.filter(project_id=project["id"]).count() == 1
    assert (await client.post(url, headers=viewer, files={"file": ("i.png", PNG, "image/png")})).status_code == 403
    assert (await client.delete(url, headers=viewer)).status_code == 403
    assert (await client.get(url, headers=outsider)).status_code == 404, "invisible, not forbidden"
    assert (await client.delete(url, headers=owner)).status_code == 204
    assert (await client.get(url, headers=owner)).status_code == 404
    assert (await client.delete(url, headers=owner)).status_code == 404
    assert (await client.get(f"/api/v1/projects/{project['id']}", headers=owner)).json()["icon"] is None


async def test_svg_other_files_and_oversized_images_are_refused(client):
    owner, _, _, project = await _project_with_viewer(client)
    url = f"/api/v1/projects/{project['id']}/icon"
    for name, data, kind in (("i.svg", SVG, "image/svg+xml"), ("i.png", SVG, "image/png"),
                             ("i.gif", b"GIF89a" + bytes(20), "image/gif"), ("i.png", b"", "image/png")):
        refused = await client.post(url, headers=owner, files={"file": (name, data, kind)})
        assert refused.status_code == 422, (name, refused.text)
        assert refused.json()["code"] == "invalid" and refused.json()["details"] == {"field": "file"}
    big = PNG + bytes(1024 * 1024)
    too_large = await client.post(url, headers=owner, files={"file": ("big.png", big, "image/png")})
    assert too_large.status_code == 413 and too_large.json()["details"] == {"field": "file"}
    exact = PNG + bytes(1024 * 1024 - len(PNG))
    assert (await client.post(url, headers=owner, files={"file": ("ok.png", exact, "image/png")})).status_code == 200
    missing = await client.post(url, headers=owner, data={"other": "x"})
    assert missing.status_code == 422 and missing.json()["details"][0]["field"] == "file"
    assert (await client.get(url, headers=owner)).content == exact
    # Deleting the project takes its icon along.
    assert (await client.delete(f"/api/v1/projects/{project['id']}", headers=owner)).status_code == 204
    assert await ProjectIcon.filter(project_id=project["id"]).count() == 0
